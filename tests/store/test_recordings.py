"""Speaking recordings: add, self and teacher ratings, review queue, clean-up by age."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import delete

from examtrainer.store import models
from examtrainer.store.records import Learner, StoredItem
from examtrainer.store.repositories import Store


def test_add_and_rate(store: Store, learner: Learner, items: list[StoredItem]) -> None:
    session = store.sessions.start(learner.id, "practice", "speaking", {})
    added = store.recordings.add(
        learner.id, items[0].id, session.id, "rec/1.wav", 12.5, {"speech_seconds": 10.0}
    )
    assert (added.path, added.duration_seconds, added.analysis) == (
        "rec/1.wav",
        12.5,
        {"speech_seconds": 10.0},
    )
    assert (added.self_rating, added.teacher_rating, added.teacher_comment) == ({}, {}, "")

    store.recordings.rate_self(added.id, {"fluency": 3})
    store.recordings.rate_by_teacher(added.id, {"fluency": 4, "content": 2}, "Goed verstaanbaar.")
    [record] = store.recordings.of_learner(learner.id)
    assert record.self_rating == {"fluency": 3}
    assert record.teacher_rating == {"fluency": 4, "content": 2}
    assert record.teacher_comment == "Goed verstaanbaar."


def test_awaiting_review(store: Store, learner: Learner, items: list[StoredItem]) -> None:
    first = store.recordings.add(learner.id, items[0].id, None, "a.wav", 3.0, {})
    second = store.recordings.add(learner.id, items[1].id, None, "b.wav", 4.0, {})
    store.recordings.rate_self(first.id, {"fluency": 2})  # a self rating is no review
    assert [r.id for r in store.recordings.awaiting_review()] == [first.id, second.id]
    store.recordings.rate_by_teacher(first.id, {"fluency": 3}, "")
    assert [r.id for r in store.recordings.awaiting_review()] == [second.id]


def test_older_than_and_remove(store: Store, learner: Learner, items: list[StoredItem]) -> None:
    old = store.recordings.add(learner.id, items[0].id, None, "old.wav", 3.0, {})
    new = store.recordings.add(learner.id, items[1].id, None, "new.wav", 3.0, {})
    assert store.recordings.older_than(datetime.now(UTC) - timedelta(days=1)) == []
    found = store.recordings.older_than(datetime.now(UTC) + timedelta(seconds=5))
    assert sorted(r.id for r in found) == sorted([old.id, new.id])
    store.recordings.remove([old.id])
    assert [r.id for r in store.recordings.of_learner(learner.id)] == [new.id]
    store.recordings.remove([])
    assert len(store.recordings.of_learner(learner.id)) == 1


def test_recording_outlives_its_session(
    store: Store, learner: Learner, items: list[StoredItem]
) -> None:
    """Deleting a session keeps its recordings (session_id set to NULL), as the schema says."""
    session = store.sessions.start(learner.id, "practice", "speaking", {})
    store.recordings.add(learner.id, items[0].id, session.id, "a.wav", 3.0, {})
    with store.transaction() as db:
        db.execute(delete(models.SessionRow).where(models.SessionRow.id == session.id))
    [record] = store.recordings.of_learner(learner.id)
    assert record.session_id is None
