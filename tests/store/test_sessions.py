"""Sessions, their event log, answers (committed at once) and ability estimates."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from examtrainer.errors import NotFound
from examtrainer.store.records import Learner, StoredItem
from examtrainer.store.repositories import Store


def test_start_save_state_finish(store: Store, learner: Learner) -> None:
    plan = {"plan": ["tiny-r1-q1", "tiny-r1-q2"], "seconds_left": 600, "nested": {"a": [1, 2]}}
    session = store.sessions.start(learner.id, "practice", "reading", plan)
    assert (session.status, session.ended_at, session.state) == ("active", None, plan)

    store.sessions.save_state(session.id, {**plan, "seconds_left": 420})
    assert store.sessions.get(session.id).state["seconds_left"] == 420

    store.sessions.finish(session.id, state={**plan, "seconds_left": 0})
    finished = store.sessions.get(session.id)
    assert finished.status == "finished"
    assert finished.state["seconds_left"] == 0
    assert finished.ended_at is not None and finished.ended_at >= finished.started_at


def test_finish_without_state_keeps_it(store: Store, learner: Learner) -> None:
    session = store.sessions.start(learner.id, "exam", "listening", {"part": 2})
    store.sessions.finish(session.id, status="abandoned")
    record = store.sessions.get(session.id)
    assert (record.status, record.state) == ("abandoned", {"part": 2})


def test_of_learner_filters_and_orders(store: Store, learner: Learner) -> None:
    other = store.learners.create("Bram")
    first = store.sessions.start(learner.id, "placement", "reading", {})
    second = store.sessions.start(learner.id, "practice", "reading", {})
    third = store.sessions.start(learner.id, "practice", "listening", {})
    store.sessions.start(other.id, "practice", "reading", {})
    store.sessions.finish(second.id)

    assert [s.id for s in store.sessions.of_learner(learner.id)] == [first.id, second.id, third.id]
    assert [s.id for s in store.sessions.of_learner(learner.id, kind="practice")] == [
        second.id,
        third.id,
    ]
    assert [s.id for s in store.sessions.of_learner(learner.id, status="active")] == [
        first.id,
        third.id,
    ]
    with pytest.raises(NotFound):
        store.sessions.get(third.id + 100)


def test_log_and_events(store: Store, learner: Learner) -> None:
    session = store.sessions.start(learner.id, "exam", "reading", {})
    other = store.sessions.start(learner.id, "exam", "reading", {})
    store.sessions.log(session.id, "focus_lost")
    store.sessions.log(other.id, "paused")
    store.sessions.log(session.id, "resumed_after_crash", "laatste vraag 4")
    assert store.sessions.events(session.id) == [
        ("focus_lost", ""),
        ("resumed_after_crash", "laatste vraag 4"),
    ]


def test_record_commits_at_once(
    store: Store,
    database_url: str,
    open_store: Callable[[str], Store],
    learner: Learner,
    items: list[StoredItem],
) -> None:
    """Another PC (a second engine on the same URL) sees an answer as soon as record returns."""
    other_pc = open_store(database_url)
    session = store.sessions.start(learner.id, "practice", "reading", {})
    response_id = store.responses.record(
        session.id, learner.id, items[0].id, "Op zaterdag", True, seconds=7.5
    )
    [seen] = other_pc.responses.of_session(session.id)
    assert (seen.id, seen.item_key, seen.answer, seen.correct, seen.seconds) == (
        response_id,
        "tiny-r1-q1",
        "Op zaterdag",
        True,
        7.5,
    )


def test_answering_again_replaces(store: Store, learner: Learner, items: list[StoredItem]) -> None:
    session = store.sessions.start(learner.id, "practice", "reading", {})
    first = store.responses.record(session.id, learner.id, items[0].id, "Op vrijdag", False, 4.0)
    again = store.responses.record(session.id, learner.id, items[0].id, "Op zaterdag", True, 9.0)
    assert again == first
    [only] = store.responses.of_session(session.id)
    assert (only.answer, only.correct, only.seconds) == ("Op zaterdag", True, 9.0)
    # The same item in another session is another answer.
    later = store.sessions.start(learner.id, "practice", "reading", {})
    store.responses.record(later.id, learner.id, items[0].id, "Op zaterdag", True)
    assert len(store.responses.of_learner(learner.id)) == 2


def test_answers_of_any_json_shape(store: Store, learner: Learner, items: list[StoredItem]) -> None:
    session = store.sessions.start(learner.id, "practice", "reading", {})
    answers: list[object] = [["a", "b"], {"links": "rechts"}, None, "tekst met ë en €", 3]
    for item, answer in zip(items, answers, strict=True):
        store.responses.record(session.id, learner.id, item.id, answer, None)
    assert [r.answer for r in store.responses.of_session(session.id)] == answers


def test_of_learner_by_skill_seconds_and_calibration(
    store: Store, learner: Learner, items: list[StoredItem]
) -> None:
    session = store.sessions.start(learner.id, "practice", "reading", {})
    store.responses.record(session.id, learner.id, items[0].id, "x", True, 10.0)
    rated_later = store.responses.record(session.id, learner.id, items[1].id, "y", None, 5.5)
    assert len(store.responses.of_learner(learner.id, skill="reading")) == 2
    assert store.responses.of_learner(learner.id, skill="listening") == []
    assert store.responses.practice_seconds(learner.id) == {"reading": pytest.approx(15.5)}
    assert store.responses.all_for_calibration("reading") == [(learner.id, items[0].id, True)]
    store.responses.set_correct(rated_later, False)
    assert sorted(store.responses.all_for_calibration("reading")) == [
        (learner.id, items[0].id, True),
        (learner.id, items[1].id, False),
    ]


def test_response_count_increments(store: Store, items: list[StoredItem]) -> None:
    store.items.add_response_count(items[0].id, 0.3)
    store.items.add_response_count(items[0].id, 0.4)
    stored = store.items.by_ids([items[0].id])[0]
    assert (stored.difficulty, stored.n_responses) == (pytest.approx(0.4), 2)
    with pytest.raises(NotFound):
        store.items.by_ids([items[0].id, 10_000])


def test_abilities_history_and_latest(store: Store, learner: Learner) -> None:
    store.abilities.add(learner.id, "reading", -1.0, 0.6, "placement")
    store.abilities.add(learner.id, "listening", 0.2, 0.5, "placement")
    store.abilities.add(learner.id, "reading", -0.4, 0.4, "practice")
    history = store.abilities.history(learner.id, "reading")
    assert [(a.theta, a.source) for a in history] == [(-1.0, "placement"), (-0.4, "practice")]
    assert len(store.abilities.history(learner.id)) == 3
    latest = store.abilities.latest(learner.id)
    assert {skill: a.theta for skill, a in latest.items()} == {"reading": -0.4, "listening": 0.2}
    assert latest["reading"].standard_error == pytest.approx(0.4)
    assert store.abilities.latest(learner.id + 1) == {}


def test_times_come_back_aware_in_utc(
    store: Store, learner: Learner, items: list[StoredItem]
) -> None:
    """Both backends hand out the same kind of datetime, so callers can compare and subtract."""
    before = datetime.now(UTC) - timedelta(seconds=1)
    session = store.sessions.start(learner.id, "practice", "reading", {})
    store.responses.record(session.id, learner.id, items[0].id, "x", True)
    store.abilities.add(learner.id, "reading", 0.0, 1.0, "practice")
    store.sessions.finish(session.id)
    moments = [
        store.sessions.get(session.id).started_at,
        store.sessions.get(session.id).ended_at,
        store.responses.of_session(session.id)[0].answered_at,
        store.abilities.history(learner.id)[0].measured_at,
    ]
    for moment in moments:
        assert moment is not None
        assert moment.utcoffset() == timedelta(0)
        assert before <= moment <= datetime.now(UTC) + timedelta(seconds=1)
