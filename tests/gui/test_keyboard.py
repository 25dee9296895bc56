"""Everything works with the keyboard alone, and the focus can always be seen.

The learner's runs below use QTest.keyClick only (Tab, arrows, Space, Enter): no mouse,
no calls into the screens."""

from __future__ import annotations

from typing import Any

import pytest

from examtrainer.bank.model import ItemType
from examtrainer.gui.qt import QApplication, QPushButton, Qt, QWidget

pytest.importorskip("PySide6.QtTest")
from PySide6.QtTest import QTest

KEY = Qt.Key


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press(key: Qt.Key, times: int = 1) -> None:
    for _ in range(times):
        widget = focused()
        assert widget is not None, "the keyboard focus was lost"
        QTest.keyClick(widget, key)


def differing_pixels(a: Any, b: Any) -> int:
    if a.size() != b.size():
        return a.width() * a.height()
    return sum(
        1
        for y in range(0, a.height(), 2)
        for x in range(0, a.width(), 2)
        if a.pixel(x, y) != b.pixel(x, y)
    )


def focus_chain(root: QWidget, limit: int = 60) -> list[QWidget]:
    """The widgets that Tab visits inside ``root``, in order (once round)."""
    seen: list[QWidget] = []
    for _ in range(limit):
        widget = focused()
        if widget is None or widget in seen:
            break
        if root.isAncestorOf(widget):
            seen.append(widget)
        press(KEY.Key_Tab)
    return seen


def assert_focus_visible(root: QWidget, qtbot: Any) -> int:
    """Every Tab stop inside ``root`` looks different with the focus than without it."""
    chain = focus_chain(root)
    assert chain, "no control takes the keyboard focus"
    invisible = []
    for widget in chain:
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        with_focus = widget.grab().toImage()
        widget.clearFocus()
        qtbot.waitUntil(lambda w=widget: not w.hasFocus())
        without = widget.grab().toImage()
        if differing_pixels(with_focus, without) < 12:
            invisible.append(f"{type(widget).__name__} {widget.objectName()!r}")
    assert invisible == [], "no visible focus on these Tab stops"
    return len(chain)


def _activate(window: Any, qtbot: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_focus_is_visible_on_every_control_of_home_and_reading(learner_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ctx, window = learner_window
    _activate(window, qtbot)
    home = window.current
    qtbot.waitUntil(lambda: home.cards["reading"].start.isEnabled())
    qtbot.waitUntil(lambda: focused() is not None and home.isAncestorOf(focused()))
    assert assert_focus_visible(home, qtbot) >= 6
    window.show_screen("reading", skill="reading", placement=False)
    screen = window.current
    qtbot.waitUntil(lambda: screen.run is not None and screen.panel.item is not None)
    qtbot.waitUntil(lambda: focused() is not None and screen.isAncestorOf(focused()))
    assert assert_focus_visible(screen, qtbot) >= 3


def _choose_by_keyboard(panel: Any, right: bool) -> None:
    """Arrow keys to the right (or a wrong) option, or type the answer."""
    item = panel.item
    if item.type is ItemType.SHORT_ANSWER:
        assert focused() is panel.typed
        QTest.keyClicks(panel.typed, item.right_answers[0] if right else "nee")
        return
    target = panel.shown.index(item.answer)
    if not right:
        target = (target + 1) % len(panel.shown)
    assert focused() in panel.buttons, "the keyboard starts on the options"
    press(KEY.Key_Up, len(panel.shown))  # the arrows choose: all the way up is the first
    press(KEY.Key_Down, target)
    assert panel.buttons[target].isChecked()


def test_a_practice_session_with_the_keyboard_alone(learner_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx, window = learner_window
    _activate(window, qtbot)
    home = window.current
    qtbot.waitUntil(lambda: home.cards["reading"].start.isEnabled())
    qtbot.waitUntil(lambda: focused() is not None and home.isAncestorOf(focused()))
    for _ in range(40):  # Tab to "Korte test" of reading, then Space
        if focused() is home.cards["reading"].start:
            break
        press(KEY.Key_Tab)
    assert focused() is home.cards["reading"].start
    press(KEY.Key_Space)
    qtbot.waitUntil(lambda: window.current.objectName() == "screen_reading")
    screen = window.current
    qtbot.waitUntil(lambda: screen.run is not None and screen.panel.item is not None)
    qtbot.waitUntil(lambda: focused() is not None and screen.isAncestorOf(focused()))
    assert focused() is not screen.stop_button
    answered = 0
    while window.current is screen and screen.run is not None and answered < 40:
        panel = screen.panel
        if panel.item.type not in (
            ItemType.SHORT_ANSWER,
            ItemType.MULTIPLE_CHOICE,
            ItemType.TRUE_FALSE,
        ):
            pytest.skip(f"no keyboard script here for {panel.item.type}")
        _choose_by_keyboard(panel, right=answered % 3 != 2)
        press(KEY.Key_Return)  # "Controleer" (placement: the next question comes at once)
        answered += 1
    qtbot.waitUntil(lambda: window.current.objectName() == "screen_summary")
    summary = window.current
    assert summary.result.summary.answered == answered >= 5
    # Practice proper: Enter checks, Enter again goes to the next question.
    qtbot.waitUntil(lambda: focused() is summary.again_button)  # the main button
    press(KEY.Key_Return)
    screen = window.current
    qtbot.waitUntil(lambda: screen.run is not None and screen.panel.item is not None)
    qtbot.waitUntil(lambda: focused() is not None and screen.isAncestorOf(focused()))
    for number in range(3):
        _choose_by_keyboard(screen.panel, right=number != 1)
        press(KEY.Key_Return)
        assert screen.feedback.isVisible() and screen.next_button.isVisible()
        assert focused() is screen.next_button
        press(KEY.Key_Return)  # "Volgende vraag"
    responses = ctx.services.store.responses.of_learner(ctx.learner.id)
    assert len(responses) == answered + 3
    assert [r.correct for r in responses[-3:]] == [True, False, True]


def test_a_short_mock_exam_with_the_keyboard_alone(app_window, devices, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A timed reading set, start to result: Enter begins, arrows answer, Enter goes on,
    Tab and Space hand in (the question's safe default is "Terug naar het examen")."""
    from examtrainer.gui.qt import QMessageBox

    ctx, window = app_window
    ctx.player_factory = lambda: devices.player
    ctx.recorder_factory = lambda: devices.recorder
    ctx.device_probe = devices.probe
    ctx.clock = devices.clock
    ctx.learner = ctx.services.create_learner("Amina", language="nl", exam_target="A2")
    _activate(window, qtbot)
    window.show_screen("exam_start", skill="reading", mode="timed_set")
    start = window.current
    qtbot.waitUntil(lambda: focused() is start.begin_button)
    press(KEY.Key_Return)
    qtbot.waitUntil(lambda: start.exam_window is not None)
    exam = start.exam_window
    _activate(exam, qtbot)  # what the window manager does with a new full-screen window
    qtbot.waitUntil(lambda: focused() is exam.intro_button)
    press(KEY.Key_Return)  # "Beginnen"
    while exam.session.phase == "practice":
        if exam.pages.currentWidget() is exam.ready_page:
            qtbot.waitUntil(lambda: focused() is exam.ready_button)
        else:
            _choose_by_keyboard(exam.area.panel, right=True)
        press(KEY.Key_Return)
    assert exam.session.phase == "running"
    count = exam.session.count
    meant = []
    for number in range(1, count + 1):
        assert exam.session.current == number
        right = number % 3 != 0
        _choose_by_keyboard(exam.area.panel, right=right)
        meant.append(right)
        press(KEY.Key_Return)  # "Volgende"; on the last question "Inleveren"
    box = exam.findChild(QMessageBox, "hand_in_box")
    assert box is not None and box.isVisible()
    qtbot.waitUntil(lambda: focused() is box.findChild(QPushButton, "hand_in_box_no"))
    press(KEY.Key_Tab)
    if focused() is not box.findChild(QPushButton, "hand_in_box_yes"):
        press(KEY.Key_Tab)
    assert focused() is box.findChild(QPushButton, "hand_in_box_yes")
    press(KEY.Key_Space)
    qtbot.waitUntil(lambda: window.current.objectName() == "screen_exam_result")
    result = window.current.result
    assert (result.raw, result.max_raw, result.answered) == (sum(meant), count, count)


@pytest.mark.parametrize("skill", ["listening", "speaking"])
def test_focus_never_starts_on_stoppen(av_window, qtbot, skill: str) -> None:  # type: ignore[no-untyped-def]
    """One press of Space used to end the session: the focus started on "Stoppen"."""
    ctx, window = av_window
    ctx.sound_checked = True
    _activate(window, qtbot)
    window.show_screen(skill, skill=skill, placement=False)
    screen = window.current
    qtbot.waitUntil(lambda: screen.run not in (None, False))
    qtbot.waitUntil(lambda: focused() is not None and screen.isAncestorOf(focused()))
    qtbot.wait(50)
    assert focused() is not screen.stop_button
    if skill == "listening":
        assert focused() is screen.audio.button, "the keyboard starts on the play button"
    press(KEY.Key_Space)  # whatever it does, it does not end the session
    qtbot.wait(20)
    assert window.current is screen and screen.run not in (None, False)
