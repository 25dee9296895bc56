"""Exam mode through the real widgets: the calm start, the full-screen exam window, the result
and review, leaving and resuming. Bundled content, fake audio devices, a fake clock: the exam's
time moves only when a test says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from examtrainer.gui.qt import QApplication, QEvent, QMessageBox, QPushButton, Qt
from examtrainer.gui.screens.exam_window import ExamWindow

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def exam_app(app_window, devices):  # type: ignore[no-untyped-def]
    """(context, main window) over the bundled content with fake devices and a fake clock."""
    ctx, window = app_window
    _use_fakes(ctx, devices)
    ctx.learner = ctx.services.create_learner("Amina", language="nl", exam_target="A2")
    return ctx, window


def _use_fakes(ctx, devices) -> None:  # type: ignore[no-untyped-def]
    ctx.player_factory = lambda: devices.player
    ctx.recorder_factory = lambda: devices.recorder
    ctx.device_probe = devices.probe
    ctx.clock = devices.clock


def _box(parent, name: str) -> QMessageBox:  # type: ignore[no-untyped-def]
    box = parent.findChild(QMessageBox, name)
    assert box is not None and box.isVisible(), f"{name} is not open"
    return box


def _click_box(qtbot, parent, name: str, answer: str) -> None:  # type: ignore[no-untyped-def]
    box = _box(parent, name)
    button = box.findChild(QPushButton, f"{name}_{answer}")
    qtbot.mouseClick(button, LEFT)

    def gone() -> bool:
        try:
            return parent.findChild(QMessageBox, name) is None
        except RuntimeError:  # the exam window closed with it
            return True

    qtbot.waitUntil(gone)


def _open_exam(window, qtbot, skill: str, **kwargs):  # type: ignore[no-untyped-def]
    window.show_screen("exam_start", skill=skill, **kwargs)
    start = window.current
    qtbot.mouseClick(start.begin_button, LEFT)
    qtbot.waitUntil(lambda: start.exam_window is not None)
    return start.exam_window


def _through_practice(exam, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Answer the two practice questions (not scored, no clock) and start the exam."""
    for n in (1, 2):
        assert exam.area.panel.counter.text() == f"Oefenvraag {n} van 2"
        assert exam.practice_note.isVisible()
        exam.area.panel.buttons[0].click()
        qtbot.mouseClick(exam.next_button, LEFT)
    assert exam.pages.currentWidget() is exam.ready_page
    assert exam.session.phase == "practice", "the clock has not started yet"
    qtbot.mouseClick(exam.ready_button, LEFT)
    assert exam.session.phase == "running"


def _to_running(exam, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(exam.intro_button, LEFT)
    if exam.session.phase == "sound_check":
        qtbot.mouseClick(exam.sound_check.continue_button, LEFT)
    _through_practice(exam, qtbot)


def _answer_all(exam, qtbot) -> list[bool]:  # type: ignore[no-untyped-def]
    """Answer every question: the first five through the overview bar, the rest with
    Volgende; every third answer is wrong on purpose. Returns what was meant to be right."""
    meant = []
    for number in range(1, exam.session.count + 1):
        if number <= 5:
            qtbot.mouseClick(exam.overview.buttons[number - 1], LEFT)
        elif number > 1:
            qtbot.mouseClick(exam.next_button, LEFT)
        assert exam.session.current == number
        assert exam.counter.text() == f"Vraag {number} van {exam.session.count}"
        item = exam.area.panel.item
        right = number % 3 != 0
        shown = exam.area.panel.shown
        index = shown.index(item.answer)
        exam.area.panel.buttons[index if right else (index + 1) % len(shown)].click()
        assert exam.overview.buttons[number - 1].property("answered") is True
        assert exam.overview.buttons[number - 1].property("current") is True
        meant.append(right)
    assert not exam.next_button.isEnabled(), "no Volgende on the last question"
    return meant


def _hand_in(exam, window, qtbot, unanswered: int = 0) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(exam.hand_in_button, LEFT)
    box = _box(exam, "hand_in_box")
    if unanswered:
        assert f"U heeft {unanswered} vragen nog niet beantwoord." in box.text()
    else:
        assert "U heeft alle vragen beantwoord." in box.text()
    _click_box(qtbot, exam, "hand_in_box", "yes")
    qtbot.waitUntil(lambda: window.current.objectName() == "screen_exam_result")


def test_a_school_override_is_what_the_exam_start_and_window_say(  # type: ignore[no-untyped-def]
    exam_app, qtbot
) -> None:
    """Before: the school's time_limit_minutes = 6 was shown by `examtrainer exam blueprint`,
    but the exam start still said 65 minutes, and the warnings were always '5 and 1'."""
    ctx, window = exam_app
    ctx.paths.site_config.mkdir(parents=True, exist_ok=True)
    (ctx.paths.site_config / "exam-a2-reading.toml").write_text(
        "time_limit_minutes = 6\nwarnings_minutes = [3]\n", encoding="utf-8"
    )
    window.show_screen("exam_start", skill="reading")
    plan = window.current.plan.text()
    assert "U heeft 6 minuten." in plan and "65" not in plan
    assert "U krijgt een melding als u nog 3 minuten heeft." in plan
    assert "nog 5 minuten" not in plan
    exam = _open_exam(window, qtbot, "reading")
    assert "U heeft 6 minuten." in exam.intro_text.text()
    assert "U heeft 6 minuten." in exam.ready_text.text()
    _to_running(exam, qtbot)
    assert exam.session.time_left() == 6 * 60
    assert exam.session.blueprint.warnings_minutes == (3,)
    exam.pause()


def test_a2_reading_mock_exam_from_start_to_review(exam_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx, window = exam_app
    window.show_screen("exam_start", skill="reading")
    start = window.current
    plan = start.plan.text()
    assert "Er zijn 25 vragen." in plan and "U heeft 65 minuten." in plan
    assert "nog 5 minuten en nog 1 minuut" in plan
    assert "geen officiële grens" in plan
    exam = _open_exam(window, qtbot, "reading")
    assert exam.isFullScreen()
    assert not window.isVisible(), "nothing else of ours on screen"
    assert exam.pages.currentWidget() is exam.intro_page
    assert "Er zijn 25 vragen." in exam.intro_text.text()
    assert not exam.overview.isVisible()
    qtbot.mouseClick(exam.intro_button, LEFT)
    assert exam.session.phase == "practice", "reading has no sound check"
    _through_practice(exam, qtbot)
    assert exam.area.text.isVisible(), "the text beside the question"
    assert exam.previous_button.isVisible() and not exam.previous_button.isEnabled()
    assert not exam.timer_label.isVisible(), "no clock by default, as in the real exam"
    meant = _answer_all(exam, qtbot)
    qtbot.mouseClick(exam.previous_button, LEFT)
    assert exam.session.current == 24
    _hand_in(exam, window, qtbot)
    assert window.isVisible()
    result = window.current
    raw = sum(meant)
    assert result.score.text() == f"{raw} van de 25 goed"
    assert "geen officiële uitslag" in result.estimate_note.text()
    assert len(result.cards) == 25
    third = result.cards[2]
    assert third.title.text() == "✗ Vraag 3: fout"
    assert third.right.text().startswith("Het goede antwoord: ")
    assert result.cards[0].title.text() == "✓ Vraag 1: goed"
    assert result.advice.text()
    record = ctx.services.store.sessions.get(exam.run.session_id)
    assert record.status == "finished"
    qtbot.mouseClick(result.home_button, LEFT)
    assert window.current.objectName() == "screen_home"


def test_a2_listening_mock_exam_with_sound_check(exam_app, devices, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx, window = exam_app
    exam = _open_exam(window, qtbot, "listening")
    qtbot.mouseClick(exam.intro_button, LEFT)
    assert exam.session.phase == "sound_check"
    check = exam.sound_check
    assert exam.pages.currentWidget() is check
    assert not check.back_button.isVisible()
    qtbot.mouseClick(check.sample_no, LEFT)  # did not hear it: noted, the learner may go on
    qtbot.mouseClick(check.continue_button, LEFT)
    assert exam.session.phase == "practice"
    _through_practice(exam, qtbot)
    assert exam.area.media.isVisible() and not exam.area.text.isVisible()
    assert not hasattr(exam.area, "slow"), "no slowing down in the exam"
    fragment = exam.session.current_question.stimulus.id
    assert exam.area.audio.status.text() == "U mag het fragment 2 keer horen."
    qtbot.mouseClick(exam.area.audio.button, LEFT)
    assert devices.player.played[-1].name == Path(exam.area.audio.path).name
    assert exam.session.plays_left(fragment) == 1
    assert exam.area.audio.status.text() == "U mag het nog 1 keer horen."
    qtbot.mouseClick(exam.area.audio.button, LEFT)
    assert exam.session.plays_left(fragment) == 0
    assert not exam.area.audio.button.isEnabled()
    meant = _answer_all(exam, qtbot)
    _hand_in(exam, window, qtbot)
    result = window.current
    assert result.score.text() == f"{sum(meant)} van de 25 goed"
    assert len(result.cards) == 25
    events = ctx.services.store.sessions.events(exam.run.session_id)
    assert ("sound_check_failed", "") in events


def test_warnings_at_5_and_1_minutes_and_time_up(exam_app, devices, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx, window = exam_app
    exam = _open_exam(window, qtbot, "reading")
    _to_running(exam, qtbot)
    exam.area.panel.buttons[0].click()
    devices.clock.advance(59 * 60)
    exam.tick()
    assert not exam.banner.isVisible()
    qtbot.wait(10)
    page_before = exam.pages.geometry()
    question_before = exam.area.mapTo(exam, exam.area.rect().topLeft())
    devices.clock.advance(60 + 1)
    exam.tick()
    assert exam.banner.isVisible()
    assert exam.banner_text.text().startswith("Nog 5 minuten.")
    qtbot.wait(10)  # let a layout pass run: the page must not move for the banner
    assert exam.pages.geometry() == page_before
    assert exam.area.mapTo(exam, exam.area.rect().topLeft()) == question_before
    assert exam.banner.geometry().bottom() < page_before.top(), "it covers nothing"
    assert exam.banner.height() >= exam.banner_text.sizeHint().height()
    assert QApplication.activeModalWidget() is None, "a banner, not a dialog"
    qtbot.mouseClick(exam.banner_ok, LEFT)
    assert not exam.banner.isVisible()
    exam.tick()
    assert not exam.banner.isVisible(), "each warning once"
    devices.clock.advance(4 * 60)
    exam.tick()
    assert exam.banner_text.text().startswith("Nog 1 minuut.")
    devices.clock.advance(60)
    exam.tick()
    qtbot.waitUntil(lambda: window.current.objectName() == "screen_exam_result")
    result = window.current
    assert result.reason.text().startswith("De tijd was om.")
    assert result.score.text().endswith("van de 25 goed")
    assert ctx.services.store.sessions.get(exam.run.session_id).status == "finished"


def test_visible_timer_when_chosen(exam_app, devices, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ctx, window = exam_app
    window.show_screen("exam_start", skill="reading")
    start = window.current
    start.show_timer.setChecked(True)
    assert "Boven in het scherm ziet u hoeveel tijd u nog heeft." in start.plan.text()
    qtbot.mouseClick(start.begin_button, LEFT)
    qtbot.waitUntil(lambda: start.exam_window is not None)
    exam = start.exam_window
    _to_running(exam, qtbot)
    devices.clock.advance(90)
    exam.tick()
    assert exam.timer_label.isVisible()
    assert exam.timer_label.text() == "Tijd: 63:30"


def test_escape_and_closing_ask_first(exam_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx, window = exam_app
    exam = _open_exam(window, qtbot, "reading")
    _to_running(exam, qtbot)
    exam.area.panel.buttons[0].click()
    qtbot.keyClick(exam, Qt.Key.Key_Escape)
    box = _box(exam, "exit_box")
    assert "Uw antwoorden zijn bewaard. U kunt later verder gaan." in box.text()
    assert box.findChild(QPushButton, "exit_box_yes").text() == "Stoppen"
    assert box.findChild(QPushButton, "exit_box_no").text() == "Verder met het examen"
    _click_box(qtbot, exam, "exit_box", "no")
    assert exam.isVisible() and exam.session.phase == "running"
    assert not window.isVisible()

    exam.close()  # Alt+F4 or the window's cross
    assert exam.isVisible()
    run = exam.run
    _click_box(qtbot, exam, "exit_box", "yes")
    qtbot.waitUntil(lambda: window.current.objectName() == "screen_home")
    assert window.isVisible()
    assert window.findChild(ExamWindow) is None
    store = ctx.services.store
    assert store.sessions.get(run.session_id).status == "active", "it can be resumed"
    events = [kind for kind, _ in store.sessions.events(run.session_id)]
    assert events.count("exit_asked") == 2 and "paused" in events


def test_focus_loss_is_noted(exam_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx, window = exam_app
    exam = _open_exam(window, qtbot, "reading")
    _to_running(exam, qtbot)
    QApplication.sendEvent(exam, QEvent(QEvent.Type.WindowDeactivate))
    QApplication.sendEvent(exam, QEvent(QEvent.Type.WindowDeactivate))  # the same loss
    QApplication.sendEvent(exam, QEvent(QEvent.Type.WindowActivate))
    app = QApplication.instance()
    app.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)
    events = ctx.services.store.sessions.events(exam.run.session_id)
    assert [e for e in events if e[0] == "focus_lost"] == [
        ("focus_lost", "window"),
        ("focus_lost", "application"),
    ]
    qtbot.keyClick(exam, Qt.Key.Key_Escape)  # our own question does not count as a loss
    QApplication.sendEvent(exam, QEvent(QEvent.Type.WindowActivate))
    QApplication.sendEvent(exam, QEvent(QEvent.Type.WindowDeactivate))
    events = ctx.services.store.sessions.events(exam.run.session_id)
    assert len([e for e in events if e[0] == "focus_lost"]) == 2
    _click_box(qtbot, exam, "exit_box", "no")


def test_resume_after_a_crash_at_the_same_question_with_the_time_left(  # type: ignore[no-untyped-def]
    exam_app, devices, qtbot, crash_window
) -> None:
    _ctx, window = exam_app
    exam = _open_exam(window, qtbot, "reading")
    _to_running(exam, qtbot)
    for number in (1, 2, 3):
        qtbot.mouseClick(exam.overview.buttons[number - 1], LEFT)
        exam.area.panel.buttons[0].click()
    qtbot.mouseClick(exam.overview.buttons[6], LEFT)
    devices.clock.advance(28 * 60)
    exam.tick()
    qtbot.mouseClick(exam.overview.buttons[7], LEFT)  # saved with the time used
    answers = [exam.session.answer_of(n) for n in (1, 2, 3)]
    session_id = exam.run.session_id
    # The power goes: nothing is closed properly. The window is simply dropped.
    crash_window(exam.run)
    exam.release()
    exam.may_close = True
    exam.hide()

    from examtrainer.gui.app import build
    from examtrainer.services.app import Services

    later = type(devices)()  # new fake devices for the second start (tests/gui/conftest.py)
    later.set_status()
    later.clock.advance(5000)
    ctx2, window2 = build(QApplication.instance(), "nl")
    ctx2.services = Services.open(ctx2.paths, ctx2.settings, install_content=False)
    try:
        _use_fakes(ctx2, later)
        ctx2.learner = ctx2.services.learners()[0]
        qtbot.addWidget(window2)
        window2.show()
        window2.show_screen("home")
        qtbot.waitUntil(lambda: window2.findChild(QMessageBox, "resume_box") is not None)
        box = _box(window2, "resume_box")
        assert box.text() == (
            "U was bezig met een examen (Lezen A2, nog 37 minuten). Wilt u verder gaan?"
        )
        _click_box(qtbot, window2, "resume_box", "yes")
        again = window2.findChild(ExamWindow)
        assert again is not None and again.isFullScreen() and not window2.isVisible()
        assert again.run.session_id == session_id
        assert again.session.phase == "running"
        assert again.session.current == 8
        assert again.counter.text() == "Vraag 8 van 25"
        assert again.session.time_left() == pytest.approx(37 * 60)
        assert [again.session.answer_of(n) for n in (1, 2, 3)] == answers
        assert [b.property("answered") for b in again.overview.buttons[:4]] == [
            True,
            True,
            True,
            False,
        ]
        _hand_in(again, window2, qtbot, unanswered=22)
    finally:
        ctx2.runner.wait()
        ctx2.services.close()


def test_a_failed_save_is_said_and_the_answer_is_not_shown_as_given(  # type: ignore[no-untyped-def]
    exam_app, qtbot
) -> None:
    """Before: the option stayed chosen, the number turned green, and the result counted
    the answer although no response row was stored."""
    import sqlite3

    from sqlalchemy import event

    ctx, window = exam_app
    exam = _open_exam(window, qtbot, "reading")
    _to_running(exam, qtbot)
    item = exam.area.panel.item
    right = exam.area.panel.shown.index(item.answer)
    engine = ctx.services.store.engine

    def full_disk(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("UPDATE SESSIONS"):
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode = 13  # SQLITE_FULL, as SQLite sets it
            raise error

    event.listen(engine, "before_cursor_execute", full_disk)
    try:
        exam.area.panel.buttons[right].click()
    finally:
        event.remove(engine, "before_cursor_execute", full_disk)
    box = _box(exam, "exam_error")
    assert box.text().startswith("Uw antwoord is niet bewaard.")
    assert exam.area.panel.group.checkedId() == -1, "not shown as given"
    assert exam.overview.buttons[0].property("answered") is False
    assert exam.session.answer_of(1) is None
    assert ctx.services.store.responses.of_session(exam.run.session_id) == []
    _click_box(qtbot, exam, "exam_error", "ok")
    run = exam.run
    assert run.result().answered == 0 and run.result().raw == 0
    exam.area.panel.buttons[right].click()  # the disk has room again: now it counts
    assert exam.overview.buttons[0].property("answered") is True
    assert run.result().raw == 1


def test_a_second_window_offers_to_take_over_and_the_first_stops(  # type: ignore[no-untyped-def]
    exam_app, devices, qtbot
) -> None:
    """Before: two windows on one exam overwrote each other's answers silently."""
    ctx, window = exam_app
    exam = _open_exam(window, qtbot, "reading")
    _to_running(exam, qtbot)
    exam.area.panel.buttons[0].click()
    first_answer = exam.session.answer_of(1)
    session_id = exam.run.session_id

    from examtrainer.gui.app import build
    from examtrainer.services.app import Services

    ctx2, window2 = build(QApplication.instance(), "nl")
    ctx2.services = Services.open(ctx2.paths, ctx2.settings, install_content=False)
    try:
        _use_fakes(ctx2, devices)
        ctx2.learner = ctx2.services.learners()[0]
        qtbot.addWidget(window2)
        window2.show()
        window2.show_screen("home")
        qtbot.waitUntil(lambda: window2.findChild(QMessageBox, "resume_box") is not None)
        _click_box(qtbot, window2, "resume_box", "yes")
        box = _box(window2, "take_over_box")
        assert "al open in een ander venster" in box.text()
        _click_box(qtbot, window2, "take_over_box", "yes")
        second = window2.findChild(ExamWindow)
        assert second is not None and second.run.session_id == session_id
        assert second.session.answer_of(1) == first_answer

        # The first window may not write any more: its click is not stored, it says why
        # and stops.
        qtbot.mouseClick(exam.overview.buttons[1], LEFT)
        assert _box(exam, "exam_taken_over").text().startswith(
            "Dit examen is nu open in een ander venster."
        )
        store = ctx.services.store
        assert [r.item_key for r in store.responses.of_session(session_id)] == [
            second.session.form.questions[0]
        ]
        _click_box(qtbot, exam, "exam_taken_over", "ok")
        qtbot.waitUntil(lambda: window.isVisible())
        second.area.panel.buttons[1].click()
        assert len(store.responses.of_session(session_id)) == 1
        assert store.sessions.get(session_id).state["answers"] == {
            second.session.form.questions[0]: second.session.answer_of(1)
        }
        second.pause()
    finally:
        ctx2.runner.wait()
        ctx2.services.close()


def test_stopping_an_interrupted_exam_abandons_it(exam_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx, window = exam_app
    exam = _open_exam(window, qtbot, "reading")
    _to_running(exam, qtbot)
    exam.pause()
    qtbot.waitUntil(lambda: window.current.objectName() == "screen_home")
    home = window.current
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "resume_box") is not None)
    _click_box(qtbot, window, "resume_box", "no")
    assert ctx.services.store.sessions.get(exam.run.session_id).status == "abandoned"
    assert home is not None


def test_speaking_exam_records_moves_on_and_is_rated_afterwards(  # type: ignore[no-untyped-def]
    exam_app, devices, qtbot
) -> None:
    ctx, window = exam_app
    exam = _open_exam(window, qtbot, "speaking", mode="timed_set")
    assert exam.session.count == 10
    qtbot.mouseClick(exam.intro_button, LEFT)
    qtbot.mouseClick(exam.sound_check.continue_button, LEFT)
    assert exam.session.phase == "running", "a timed set has no practice questions"
    assert not exam.previous_button.isVisible(), "speaking goes forward only"
    assert not exam.overview.buttons[1].isEnabled()
    recorded = 0
    count = exam.session.count
    # The A2 speaking exam since 1 March 2025 has spoken tasks only (no choose-the-reaction).
    for number in range(1, count + 1):
        assert exam.session.current == number
        item = exam.session.current_question.item
        assert item.is_recorded
        area = exam.area
        assert area.phase == "prep", "the task was played, now the preparation time"
        assert not exam.next_button.isEnabled()
        assert area.speaking.timer.isActive(), "the countdown's timer runs"
        devices.clock.advance(item.prep_seconds if item.prep_seconds is not None else 10)
        qtbot.waitUntil(lambda a=area: a.phase == "answer")  # moved on by the real QTimer
        assert area.recording_label.isVisible()
        assert area.meter.isVisible()
        devices.clock.advance(item.answer_seconds or 30)
        qtbot.waitUntil(lambda a=area: a.phase != "answer")
        recorded += 1
        if number < count:
            assert exam.session.current == number + 1, "moves on by itself"
        qtbot.waitUntil(lambda n=number: bool((exam.session.answer_of(n) or {}).get("recording")))
        assert Path(exam.session.answer_of(number)["recording"]).is_file()
    assert recorded == 10
    _hand_in(exam, window, qtbot)
    result = window.current
    assert "Deel 1 (inspreken): 0 van de 10 goed (10 opnames nog niet beoordeeld)" in (
        result.score.text()
    )
    first = result.cards[0]
    assert first.audio is not None
    qtbot.mouseClick(first.audio.button, LEFT)
    assert devices.player.played[-1] == Path(exam.run.session.answer_of(1)["recording"])
    first.rating.button(1).click()
    assert "Deel 1 (inspreken): 1 van de 10 goed (9 opnames nog niet beoordeeld)" in (
        result.score.text()
    )
    assert first.title.text() == "✓ Vraag 1: goed"
    responses = ctx.services.store.responses.of_session(exam.run.session_id)
    assert [r.correct for r in responses if r.item_key == exam.session.form.questions[0]] == [True]


def test_breathing_exercise_follows_the_clock_and_can_be_skipped(  # type: ignore[no-untyped-def]
    exam_app, devices, qtbot
) -> None:
    _ctx, window = exam_app
    window.show_screen("exam_start", skill="listening", target="B1")
    start = window.current
    assert start.heading.text() == "Examen Luisteren B1"
    assert "Er zijn 40 vragen." in start.plan.text()
    assert "500 punten" in start.plan.text()
    start.target_box.setCurrentIndex(0)
    assert "Er zijn 25 vragen." in start.plan.text()
    qtbot.mouseClick(start.breath_button, LEFT)
    assert start.circle.isVisible()
    devices.clock.advance(1)
    start._breath_words()
    assert start.breath_word.text() == "Adem in…"
    small = start.circle.size_share
    devices.clock.advance(2.5)
    start._breath_words()
    assert start.circle.size_share > small
    devices.clock.advance(2)
    start._breath_words()
    assert start.breath_word.text() == "Adem uit…"
    assert start.breath_button.text() == "Overslaan"
    devices.clock.advance(60)
    start._breath_words()
    assert not start.circle.isVisible()
    assert start.breath_word.text() == "Goed gedaan. U bent klaar om te beginnen."
    qtbot.mouseClick(start.breath_button, LEFT)
    qtbot.mouseClick(start.breath_button, LEFT)  # skip
    assert not start.circle.isVisible()


def test_home_suggests_the_next_step_toward_the_exam(exam_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ctx, window = exam_app
    window.show_screen("home")
    home = window.current
    qtbot.waitUntil(lambda: bool(home.ladder.steps))
    assert "Begin met de korte test." in home.ladder.lines["reading"].text()
    assert home.ladder.buttons["speaking"].text() == "Oefenen"
    qtbot.mouseClick(home.ladder.exam_button, LEFT)
    assert window.current.objectName() == "screen_exam_start"


def test_exam_room_noise_is_made_and_looped_softly(exam_app, qtbot) -> None:  # type: ignore[no-untyped-def]
    from examtrainer.audio.fakes import FakePlayer

    ctx, window = exam_app
    players: list[FakePlayer] = []

    def new_player() -> FakePlayer:
        players.append(FakePlayer())
        return players[-1]

    ctx.player_factory = new_player
    window.show_screen("exam_start", skill="reading")
    start = window.current
    assert not start.noise.isChecked(), "off by default"
    start.noise.setChecked(True)
    qtbot.mouseClick(start.begin_button, LEFT)
    qtbot.waitUntil(lambda: start.exam_window is not None)
    exam = start.exam_window
    qtbot.waitUntil(lambda: exam.noise.player is not None)
    noise = exam.noise.player
    path = ctx.paths.data / "exam" / "room-noise.wav"
    assert path.is_file() and noise.played[0] == path
    qtbot.waitUntil(lambda: len(noise.played) >= 2)  # the instant fake reached the end: again
    assert set(noise.played) == {path}
    _to_running(exam, qtbot)
    _hand_in(exam, window, qtbot, unanswered=25)
    assert not noise.is_playing and noise.on_finished is None


def test_a_spoken_exam_answer_that_cannot_be_stored_is_recorded_again(  # type: ignore[no-untyped-def]
    exam_app, devices, qtbot, monkeypatch
) -> None:
    """The database refuses the first answer (a full disk): a plain message, no WAV left, the
    exam stays at that task and starts it again; the second recording is stored as one unit
    with its answer and waits for the teacher."""
    from examtrainer.errors import DiskFull

    ctx, window = exam_app
    exam = _open_exam(window, qtbot, "speaking", mode="timed_set")
    qtbot.mouseClick(exam.intro_button, LEFT)
    qtbot.mouseClick(exam.sound_check.continue_button, LEFT)
    recordings = ctx.services.store.recordings
    sessions = ctx.services.store.sessions
    real_add = sessions.save_answer  # the answer, its recording and the snapshot: one unit

    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise DiskFull("De schijf is vol. Uw laatste antwoord is niet bewaard.")

    def answer_first_task() -> None:
        item = exam.session.current_question.item
        devices.clock.advance(item.prep_seconds if item.prep_seconds is not None else 10)
        qtbot.waitUntil(lambda: exam.area.phase == "answer")
        devices.clock.advance(item.answer_seconds or 30)
        qtbot.waitUntil(lambda: exam.area.phase != "answer")

    monkeypatch.setattr(sessions, "save_answer", full)
    answer_first_task()
    qtbot.waitUntil(lambda: exam.dialog is not None and exam.dialog.isVisible())
    assert "schijf is vol" in exam.dialog.text()
    assert exam.session.current == 1, "still the first task"
    assert exam.session.answer_of(1) is None
    folder = ctx.paths.recordings / str(ctx.learner.id)
    assert [p for p in folder.iterdir()] == [], "no WAV and no .part file left"
    exam.dialog.accept()
    assert exam.area.phase in ("prompt", "prep"), "the task starts again"

    monkeypatch.setattr(sessions, "save_answer", real_add)
    qtbot.waitUntil(lambda: exam.area.phase == "prep")
    answer_first_task()
    qtbot.waitUntil(lambda: exam.session.current == 2)
    path = Path(exam.session.answer_of(1)["recording"])
    (waiting,) = recordings.awaiting_review()
    assert Path(waiting.path) == path and path.is_file()
