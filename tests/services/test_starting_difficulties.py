"""The bundled A2 reading bank is used whole from the first day (issue 11, point 6).

Before: items without IRT values got the difficulty of their level alone (four values),
so practice always opened with the same few texts and 42 of the items were never used.
Here 200 simulated new learners (abilities spread over A0-B1) each start a practice
session through the real service on a real SQLite database with the bundled bank.
"""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import numpy as np
import pytest

from examtrainer.bank.loader import load_pack
from examtrainer.services.app import Services
from examtrainer.services.practice import start_practice
from examtrainer.store.repositories import Store

CONTENT = Path(__file__).resolve().parents[2] / "content"
LEARNERS = 200
ANSWERS = 12  # about a ten-minute session


@pytest.fixture
def reading_bank(services: Services) -> Store:
    folder = CONTENT / "lezen-a1-a2"
    services.store.banks.install(load_pack(folder), str(folder), bundled=True)
    return services.store


def test_new_learners_open_with_many_texts_and_use_nearly_every_item(
    reading_bank: Store,
) -> None:
    store = reading_bank
    rng = np.random.default_rng(11)
    firsts: Counter[str] = Counter()
    used: Counter[str] = Counter()
    total = len(store.items.for_skill("reading"))
    for n in range(LEARNERS):
        learner = store.learners.create(f"L{n}")
        theta = float(rng.normal(-0.5, 1.0))
        run = start_practice(store, learner.id, "reading", rng=np.random.default_rng(n))
        engine = run.engine
        by_id = {str(s.id): s for s in store.items.for_skill("reading")}
        for position in range(ANSWERS):
            item_id = engine.next_item()
            if item_id is None:
                break
            stored = by_id[item_id]
            if position == 0:
                firsts[stored.key] += 1
            used[stored.key] += 1
            p = 1.0 / (1.0 + math.exp(-(theta - stored.difficulty)))
            engine.record(item_id, correct=bool(rng.random() < p))
    # Opening items are spread: many different first questions, none dominates.
    # Opening items are spread: every A1 text (the level a learner of unknown level starts
    # at, for 75 % success) opens some sessions, and none opens more than 15 % of them.
    # Before: the same 10 texts opened every session.
    a1_texts = {
        s.stimulus.id for s in store.items.for_skill("reading", levels=["A1"]) if s.stimulus
    }
    assert len(a1_texts) >= 13 and len(firsts) >= len(a1_texts), firsts
    assert max(firsts.values()) <= 0.15 * LEARNERS, firsts.most_common(3)
    # (Nearly) every item of the bank is used by someone (before: 77 of 90).
    assert len(used) >= 0.95 * total, total - len(used)


def test_a_new_learner_starts_from_the_wide_prior_of_the_chosen_exam(
    reading_bank: Store,
) -> None:
    """Before, every new learner started at N(0, 1), which pulled weak learners up."""
    a2 = reading_bank.learners.create("Nieuw", exam_target="A2")
    b1 = reading_bank.learners.create("Ander", exam_target="B1")
    for learner, mean in ((a2, -0.5), (b1, 0.1)):
        for placement in (False, True):
            engine = start_practice(reading_bank, learner.id, "reading", placement=placement).engine
            assert engine.theta == pytest.approx(mean, abs=1e-3)
            assert engine.standard_error == pytest.approx(2.0, abs=1e-2)
