"""Teacher-mode fixtures: a small class in the temporary home's SQLite database.

``home``, ``paths`` and ``services`` come from tests/conftest.py; ``store`` is overridden here
to be the services' store (SQLite), not the backend-parametrized one of the store tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from examtrainer.bank.loader import load_pack
from examtrainer.services.app import Services
from examtrainer.store import models as m
from examtrainer.store.repositories import Store

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TINY = FIXTURES / "packs" / "tiny"
TONE = FIXTURES / "audio" / "tone_1s.wav"


@pytest.fixture
def store(services: Services) -> Store:
    return services.store


@dataclass
class Classroom:
    """Two groups: 'Maandag' (Amina, Bilal, archived Chen) and 'Dinsdag' (Dewi), and Eva
    without a group. Answers, abilities, a recording and a mock exam are set below."""

    store: Store
    groups: dict[str, int]
    learners: dict[str, int]
    items: dict[str, int]


def _at(store: Store, response_id: int, moment: datetime) -> None:
    with store.transaction() as db:
        db.execute(
            update(m.ResponseRow).where(m.ResponseRow.id == response_id).values(answered_at=moment)
        )


@pytest.fixture
def classroom(store: Store) -> Classroom:
    store.banks.install(load_pack(TINY), str(TINY))
    items = {s.key: s.id for s in store.items.for_skill("reading")}
    monday = store.learners.create_group("Maandag").id
    tuesday = store.learners.create_group("Dinsdag").id
    learners = {
        "Amina": store.learners.create("Amina", group_id=monday).id,
        "Bilal": store.learners.create("Bilal", group_id=monday).id,
        "Chen": store.learners.create("Chen", group_id=monday).id,
        "Dewi": store.learners.create("Dewi", group_id=tuesday).id,
        "Eva": store.learners.create("Eva").id,
    }
    store.learners.update(learners["Chen"], archived=True)
    base = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
    keys = sorted(items)

    def answer(name: str, correct: list[bool], seconds: float, day: int) -> None:
        session = store.sessions.start(learners[name], "practice", "reading", {})
        for i, ok in enumerate(correct):
            rid = store.responses.record(
                session.id, learners[name], items[keys[i]], "x", ok, seconds
            )
            _at(store, rid, base + timedelta(days=day, minutes=i))

    answer("Amina", [True, True, False, True], 30.0, 0)
    answer("Amina", [True], 60.0, 2)
    answer("Bilal", [False, False], 45.0, 1)
    answer("Chen", [True, True, True], 10.0, 1)
    answer("Dewi", [True], 20.0, 3)
    store.abilities.add(learners["Amina"], "reading", -1.0, 0.6, "placement")
    store.abilities.add(learners["Amina"], "reading", 0.2, 0.4, "practice")  # latest
    store.abilities.add(learners["Bilal"], "reading", -2.0, 0.5, "placement")
    store.abilities.add(learners["Dewi"], "reading", 1.0, 0.5, "placement")
    exam = store.sessions.start(learners["Amina"], "exam", "reading", {})
    store.sessions.finish(exam.id)
    return Classroom(store, {"Maandag": monday, "Dinsdag": tuesday}, learners, items)
