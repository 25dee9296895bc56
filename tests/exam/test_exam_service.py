"""The exam service end to end on a temporary SQLite store."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from exam_fixtures import FakeClock, open_services, write_reading_pack

from examtrainer.exam.assembly import FormShortage
from examtrainer.services.app import Services
from examtrainer.services.banks import install_pack_folder
from examtrainer.services.exam import (
    end_exam,
    resumable_exams,
    resume_exam,
    start_exam,
)

CrashWindow = Callable[[Any], None]


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    services = open_services(tmp_path / "home")
    pack = write_reading_pack(tmp_path / "pack", texts=14, per_text=3)
    install_pack_folder(services.store, services.paths.installed_packs, pack)
    yield services
    services.close()


def test_start_answer_resume_and_finish(services: Services, crash_window: CrashWindow) -> None:
    store = services.store
    learner = store.learners.create("Amina")
    clock = FakeClock()
    run = start_exam(store, learner.id, "A2", "reading", seed=3, clock=clock)
    session = run.session
    assert len(session.form.questions) == 25 and len(session.form.practice) == 2
    record = store.sessions.get(run.session_id)
    assert record.kind == "exam" and record.status == "active"
    assert record.state["form"]["questions"] == list(session.form.questions)

    session.advance()  # instructions -> practice
    session.answer_practice(session.form.practice[0], "Maandag")
    session.advance()  # -> running
    first = session.question(1)
    assert session.answer(1, first.item.answer)
    session.goto(2)
    clock.advance(120)
    session.answer(2, "iets anders")
    run.note("focus_lost", "another window")

    responses = store.responses.of_session(run.session_id)
    assert [(r.item_key, r.correct) for r in responses] == [
        (session.form.questions[0], True),
        (session.form.questions[1], False),
    ]  # practice answers are not stored
    state = store.sessions.get(run.session_id).state
    assert state["current"] == 2 and state["elapsed"] == pytest.approx(120)
    assert store.sessions.events(run.session_id) == [("focus_lost", "another window")]

    # The app crashes; an hour later the learner comes back.
    crash_window(run)
    [waiting] = resumable_exams(store, learner.id)
    assert waiting.session_id == run.session_id and waiting.answered == 2
    assert waiting.time_left_seconds == pytest.approx(65 * 60 - 120)
    later = FakeClock(now=99_999.0)
    again = resume_exam(store, run.session_id, later)
    assert again.session.form == session.form
    assert again.session.time_left() == pytest.approx(65 * 60 - 120)
    assert again.session.answer_of(1) == first.item.answer and again.session.current == 2
    later.advance(60)
    again.session.answer(3, "x")
    result = end_exam(again)
    assert result.raw == 1 and result.answered == 3 and result.finish_reason == "submitted"
    assert store.sessions.get(run.session_id).status == "finished"
    assert resumable_exams(store, learner.id) == []


def test_answers_missing_from_the_snapshot_are_recovered(
    services: Services, crash_window: CrashWindow
) -> None:
    store = services.store
    learner = store.learners.create("Bilal")
    run = start_exam(store, learner.id, "A2", "reading", seed=1, clock=FakeClock())
    run.session.start()
    snapshot_before = store.sessions.get(run.session_id).state
    run.session.answer(5, "Maandag")  # committed as a response ...
    store.sessions.save_state(run.session_id, snapshot_before)  # ... the snapshot was not
    crash_window(run)
    again = resume_exam(store, run.session_id, FakeClock())
    assert again.session.answer_of(5) == "Maandag"


def test_second_exam_avoids_the_first(services: Services) -> None:
    store = services.store
    learner = store.learners.create("Chen")
    first = start_exam(store, learner.id, "A2", "reading", seed=1, clock=FakeClock())
    end_exam(first, "abandoned")
    assert store.sessions.get(first.session_id).status == "abandoned"
    second = start_exam(store, learner.id, "A2", "reading", seed=2, clock=FakeClock())
    fresh = 42 - 25 - 2  # questions not in the first form (nor its practice)
    overlap = set(first.session.form.questions) & set(second.session.form.questions)
    assert len(overlap) <= 25 - fresh + 3  # whole texts: a little slack
    other = store.learners.create("Dina")
    third = start_exam(store, other.id, "A2", "reading", seed=1, clock=FakeClock())
    assert third.session.form == first.session.form  # same seed, same bank, nothing to avoid


def test_rating_a_recording_updates_the_response(services: Services) -> None:
    # Reading has no recordings; rating a keyed question is refused.
    store = services.store
    learner = store.learners.create("Eva")
    run = start_exam(store, learner.id, "A2", "reading", seed=1, clock=FakeClock())
    run.session.start()
    run.session.answer(1, "Maandag")
    with pytest.raises(Exception, match="speaking"):
        run.rate(1, True)


def test_shortage_when_the_bank_is_too_small(services: Services) -> None:
    learner = services.store.learners.create("Farah")
    with pytest.raises(FormShortage, match="listening A2: need 25 questions, bank has 0"):
        start_exam(services.store, learner.id, "A2", "listening", seed=1)
    with pytest.raises(FormShortage, match="level B1"):
        start_exam(services.store, learner.id, "B1", "reading", seed=1)


def test_time_up_while_away_finishes_on_resume(
    services: Services, crash_window: CrashWindow
) -> None:
    store = services.store
    learner = store.learners.create("Goran")
    clock = FakeClock()
    run = start_exam(store, learner.id, "A2", "reading", seed=1, clock=clock)
    run.session.start()
    clock.advance(65 * 60 - 1)
    run.session.answer(1, "Maandag")
    crash_window(run)
    again = resume_exam(store, run.session_id, clock)
    assert again.session.time_left() == pytest.approx(1)
    clock.advance(2)
    assert again.session.tick() == "finished"
    assert again.session.finish_reason == "time_up"
    assert store.sessions.get(run.session_id).state["phase"] == "finished"
    result = end_exam(again)
    assert result.finish_reason == "time_up"


def test_a_recorded_exam_answer_waits_for_the_teacher_and_then_counts(tmp_path: Path) -> None:
    import shutil

    from examtrainer.paths import default_paths
    from examtrainer.services.teacher import RUBRIC, rate_recording
    from examtrainer.settings import Settings

    home = tmp_path / "home"
    paths = default_paths({"EXAMTRAINER_HOME": str(home)})
    services = Services.open(paths, Settings())  # with the bundled speaking content
    try:
        store = services.store
        learner = store.learners.create("Amina")
        run = start_exam(store, learner.id, "A2", "speaking", seed=5, clock=FakeClock())
        session = run.session
        while session.phase != "running":
            session.advance()
        number = next(
            n for n in range(1, session.count + 1) if session.question(n).item.is_recorded
        )
        answer = tmp_path / "antwoord.wav"
        shutil.copy(Path(__file__).parents[1] / "fixtures" / "audio" / "speech_nl.wav", answer)
        assert session.answer(number, {"recording": str(answer)})

        (waiting,) = store.recordings.awaiting_review()
        assert (waiting.session_id, waiting.learner_id) == (run.session_id, learner.id)
        assert waiting.duration_seconds > 1 and waiting.analysis["speech_seconds"] > 0
        (response,) = store.responses.of_session(run.session_id)
        assert response.correct is None  # to be rated

        rate_recording(store, waiting.id, {c.key: c.max_points for c in RUBRIC}, "Goed!")
        (response,) = store.responses.of_session(run.session_id)
        assert response.correct is True
        assert store.recordings.awaiting_review() == []
    finally:
        services.close()


def test_an_answer_whose_save_failed_does_not_count(services: Services) -> None:
    """Before: the answer counted as answered (and right) in the result, with no response."""
    import sqlite3

    from sqlalchemy import event

    from examtrainer.errors import StorageError

    store = services.store
    learner = store.learners.create("Hamid")
    run = start_exam(store, learner.id, "A2", "reading", seed=4, clock=FakeClock())
    session = run.session
    session.start()
    assert session.answer(1, session.question(1).item.answer)

    def full_disk(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("UPDATE SESSIONS"):
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode = 13  # SQLITE_FULL, as SQLite sets it
            raise error

    event.listen(store.engine, "before_cursor_execute", full_disk)
    try:
        with pytest.raises(StorageError, match="schijf is vol"):
            session.answer(2, session.question(2).item.answer)
        with pytest.raises(StorageError):  # a change that fails keeps the stored answer
            session.answer(1, "iets anders")
    finally:
        event.remove(store.engine, "before_cursor_execute", full_disk)
    assert [r.item_key for r in store.responses.of_session(run.session_id)] == [
        session.form.questions[0]
    ]
    result = end_exam(run)
    assert (result.answered, result.raw) == (1, 1)
    assert result.review[0].answer == session.question(1).item.answer


def test_the_result_is_what_is_stored_even_when_the_snapshot_is_behind(
    services: Services, crash_window: CrashWindow
) -> None:
    """Before: a changed answer whose snapshot was not written showed the old value in the
    result and the new one in the database."""
    store = services.store
    learner = store.learners.create("Iris")
    run = start_exam(store, learner.id, "A2", "reading", seed=5, clock=FakeClock())
    session = run.session
    session.start()
    right = session.question(1).item.answer
    session.answer(1, "iets anders")
    # the change reached the response row, not the snapshot (an older app, a crash)
    store.responses.record(
        run.session_id, learner.id, run.items[session.question(1).key].id, right, True
    )
    crash_window(run)
    again = resume_exam(store, run.session_id, FakeClock())
    assert again.session.answer_of(1) == right
    result = end_exam(again)
    assert result.raw == 1 and result.review[0].answer == right
    assert store.sessions.get(run.session_id).state["answers"] == {session.question(1).key: right}


def _sit(store: Any, learner_id: int, seed: int, right: int) -> Any:
    """A whole A2 reading mock exam with ``right`` questions right, the rest wrong."""
    run = start_exam(store, learner_id, "A2", "reading", seed=seed, clock=FakeClock())
    session = run.session
    session.start()
    for number in range(1, session.count + 1):
        item = session.question(number).item
        wrong = next(o for o in item.options if o != item.answer)
        session.answer(number, item.answer if number <= right else wrong)
    return run


def test_exam_answers_enter_the_statistics_only_when_the_exam_ends(services: Services) -> None:
    """Before: during an exam the home tally already counted its answers (23/17 -> 30/21),
    which told the learner how many were right."""
    from examtrainer.services.progress import learner_progress
    from examtrainer.store.teaching import Teaching

    store = services.store
    learner = store.learners.create("Jamal")
    run = _sit(store, learner.id, seed=6, right=20)
    reading = learner_progress(store, learner.id).skills["reading"]
    assert (reading.answered, reading.correct) == (0, 0)
    [row] = [s for s in Teaching(store).class_progress().learners if s.learner.id == learner.id]
    assert row.skills["reading"].answered == 0
    assert all(a.learner_id != learner.id for a in store.responses.class_overview(None))
    end_exam(run)
    reading = learner_progress(store, learner.id).skills["reading"]
    assert (reading.answered, reading.correct) == (25, 20)


def test_mock_exams_update_the_one_ability_of_the_skill(services: Services) -> None:
    """Before: home said 'B1, klaar 100%' from practice while three A2 mock exams scored
    5, 2 and 1 of 25 ('Geschat niveau A1/A0'): the exams never touched the estimate."""
    from examtrainer.services.progress import learner_progress

    store = services.store
    learner = store.learners.create("Kemal")
    store.abilities.add(learner.id, "reading", 1.6, 0.25, "practice")  # B1 from practice
    results = [
        end_exam(_sit(store, learner.id, seed, right)) for seed, right in ((7, 5), (8, 2), (9, 1))
    ]
    reading = learner_progress(store, learner.id).skills["reading"]
    last = results[-1]
    assert reading.theta == pytest.approx(last.theta)  # home == the exam's result
    assert reading.level == last.level and reading.level in ("A0", "A1")
    assert reading.readiness_a2 is not None and reading.readiness_a2 < 0.05
    assert [a.source for a in store.abilities.history(learner.id, "reading")][-3:] == ["exam"] * 3
    again = resume_exam(store, store.sessions.of_learner(learner.id, "exam")[-1].id)
    assert again.result().theta == pytest.approx(last.theta)  # the same estimate afterwards
