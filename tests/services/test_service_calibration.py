"""Batch calibration recovers the order and spread of item difficulties from stored answers."""

from __future__ import annotations

import numpy as np

from examtrainer.adaptive import difficulty_for_level, level_for_theta
from examtrainer.bank.model import Item, Manifest, Pack
from examtrainer.services.calibration import recalibrate
from examtrainer.store.repositories import Store

TRUE = {f"cal-{i:02d}": d for i, d in enumerate(np.linspace(-2.0, 2.0, 12))}


def _pack() -> Pack:
    items = tuple(
        Item(
            id=key,
            skill="reading",
            level="A2",
            type="multiple_choice",
            question=f"Vraag {key}?",
            options=("ja", "nee"),
            answer="ja",
        )
        for key in TRUE
    )
    manifest = Manifest(
        id="test.calibration",
        title="Kalibratie",
        version="1",
        author="tests",
        licence="CC0-1.0",
        source="original",
    )
    return Pack(manifest=manifest, stimuli=(), items=items)


def test_recalibration_recovers_known_difficulties(store: Store) -> None:
    # 150 simulated learners x 12 Rasch items = 1,800 answers; tolerance: correlation > 0.9
    # with the true difficulties and the shift keeps the mean on the level's difficulty.
    store.banks.install(_pack(), origin="/nowhere")
    stored = {s.key: s for s in store.items.for_skill("reading")}
    rng = np.random.default_rng(7)
    for n in range(150):
        learner = store.learners.create(f"L{n}")
        session = store.sessions.start(learner.id, "practice", "reading", {})
        theta = rng.normal()
        for key, difficulty in TRUE.items():
            correct = rng.random() < 1 / (1 + np.exp(-(theta - difficulty)))
            store.responses.record(session.id, learner.id, stored[key].id, "ja", bool(correct))
    before = {key: s.difficulty for key, s in stored.items()}
    # Uncalibrated items start at the A2 difficulty plus feature offsets: all different.
    assert len(set(before.values())) == len(before)
    assert all(level_for_theta(b) == "A2" for b in before.values())

    report = recalibrate(store, "reading", min_responses=100)

    assert (report.responses, report.items_updated, report.anchors) == (1800, 12, 0)
    after = {s.key: s for s in store.items.for_skill("reading")}
    estimated = np.array([after[key].difficulty for key in TRUE])
    truth = np.array(list(TRUE.values()))
    assert np.corrcoef(estimated, truth)[0, 1] > 0.9
    assert abs(estimated.mean() - difficulty_for_level("A2")) < 1e-6
    assert all(after[key].n_responses == 150 for key in TRUE)


def test_items_with_too_few_answers_keep_their_difficulty(store: Store) -> None:
    store.banks.install(_pack(), origin="/nowhere")
    stored = store.items.for_skill("reading")
    learner = store.learners.create("Eén")
    session = store.sessions.start(learner.id, "practice", "reading", {})
    store.responses.record(session.id, learner.id, stored[0].id, "ja", True)

    report = recalibrate(store, "reading", min_responses=20)

    assert report.items_updated == 0
    assert store.items.for_skill("reading")[0].difficulty == stored[0].difficulty
