"""The teacher's class overview: per learner and skill, answers, right ones, last activity, time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from examtrainer.bank.model import Pack, Skill
from examtrainer.store.records import StoredItem
from examtrainer.store.repositories import Store


def _listening_copy(pack: Pack) -> Pack:
    """The tiny pack's questions again, as a listening pack (enough for a second skill)."""
    return pack.model_copy(
        update={
            "manifest": pack.manifest.model_copy(update={"id": "test.tiny-listening"}),
            "stimuli": (),
            "items": tuple(
                i.model_copy(update={"id": f"{i.id}-l", "skill": Skill.LISTENING, "stimulus": None})
                for i in pack.items
            ),
        }
    )


def test_class_overview(
    store: Store, items: list[StoredItem], tiny_pack: Pack, tiny_pack_folder: Path
) -> None:
    store.banks.install(_listening_copy(tiny_pack), str(tiny_pack_folder))
    listening = store.items.for_skill("listening")
    morning = store.learners.create_group("Ochtend")
    evening = store.learners.create_group("Avond")
    bram = store.learners.create("bram", group_id=morning.id)
    amira = store.learners.create("Amira", group_id=morning.id)
    celik = store.learners.create("Celik", group_id=evening.id)
    idle = store.learners.create("Anna", group_id=morning.id)  # no answers: no rows
    gone = store.learners.create("Aaron", group_id=morning.id)

    def answer(learner_id: int, item: StoredItem, correct: bool | None, seconds: float) -> None:
        session = store.sessions.start(learner_id, "practice", item.item.skill.value, {})
        store.responses.record(session.id, learner_id, item.id, "x", correct, seconds)

    before = datetime.now(UTC) - timedelta(seconds=1)
    answer(amira.id, items[0], True, 10.0)
    answer(amira.id, items[1], False, 5.0)
    answer(amira.id, items[2], None, 2.5)  # still to be rated
    answer(amira.id, listening[0], True, 30.0)
    answer(bram.id, items[0], True, 4.0)
    answer(celik.id, items[0], False, 8.0)
    answer(gone.id, items[0], True, 1.0)
    store.learners.update(gone.id, archived=True)

    rows = store.responses.class_overview(morning.id)
    assert [(r.learner_name, r.skill, r.answered, r.correct, r.practice_seconds) for r in rows] == [
        ("Amira", "listening", 1, 1, 30.0),
        ("Amira", "reading", 3, 1, 17.5),
        ("bram", "reading", 1, 1, 4.0),
    ]
    assert idle.id not in {r.learner_id for r in rows}
    for row in rows:
        assert row.last_activity.utcoffset() == timedelta(0)
        assert before <= row.last_activity <= datetime.now(UTC) + timedelta(seconds=1)
    amira_reading = store.responses.of_learner(amira.id, skill="reading")
    assert rows[1].last_activity == max(r.answered_at for r in amira_reading)

    everyone = store.responses.class_overview(None)
    assert [r.learner_name for r in everyone] == ["Amira", "Amira", "bram", "Celik"]
    assert store.responses.class_overview(evening.id)[0].correct == 0
    assert store.responses.class_overview(evening.id + 100) == []


def test_class_overview_of_an_empty_database(store: Store) -> None:
    assert store.responses.class_overview(None) == []
