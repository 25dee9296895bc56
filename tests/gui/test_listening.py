"""A learner practises listening through the real widgets, with fake audio devices."""

from __future__ import annotations

from pathlib import Path

import pytest

from examtrainer.gui.qt import Qt

LEFT = Qt.MouseButton.LeftButton


def _open(window, qtbot, placement: bool = False):  # type: ignore[no-untyped-def]
    window.show_screen("listening", skill="listening", placement=placement)
    screen = window.current
    qtbot.waitUntil(lambda: bool(screen.run) and screen.panel.item is not None)
    return screen


def _answer(screen, qtbot, right: bool = True) -> None:  # type: ignore[no-untyped-def]
    item = screen.panel.item
    index = screen.panel.shown.index(item.answer)
    if not right:
        index = (index + 1) % len(screen.panel.shown)
    screen.panel.buttons[index].click()
    qtbot.mouseClick(screen.check_button, LEFT)


def test_listening_item_plays_slows_down_and_shows_transcript(  # type: ignore[no-untyped-def]
    av_window, devices, qtbot
) -> None:
    ctx, window = av_window
    screen = _open(window, qtbot)
    question = screen.question
    fragment = question.stimulus
    expected = Path(question.media_root) / fragment.audio
    assert screen.audio.path == expected
    assert screen.audio.status.text() == "U mag het fragment 2 keer horen."
    if fragment.image:
        assert screen.picture.isVisible()

    qtbot.mouseClick(screen.audio.button, LEFT)
    assert devices.player.played == [expected]
    assert screen.audio.bar.value() == 1000, "the progress bar reached the end"
    assert screen.audio.button.text() == "Nog een keer luisteren"

    screen.slow.setChecked(True)
    qtbot.mouseClick(screen.audio.button, LEFT)
    assert devices.player.played == [expected, expected]
    assert devices.player.rate == 0.75
    assert not screen.audio.button.isEnabled(), "practice allows two plays per fragment"
    assert "al 2 keer gehoord" in screen.audio.status.text()

    assert not screen.transcript_button.isVisible()
    _answer(screen, qtbot, right=True)
    assert screen.feedback_title.text().startswith("Goed zo")
    assert screen.transcript_button.isVisible()
    qtbot.mouseClick(screen.transcript_button, LEFT)
    assert screen.transcript.isVisible()
    assert fragment.script[0].text in screen.transcript.toPlainText()
    assert screen.transcript_button.text() == "Verberg de tekst"

    answered = [screen.panel.item.id]
    qtbot.mouseClick(screen.next_button, LEFT)
    if screen.question.stimulus.id == fragment.id:  # same fragment: the plays are not reset
        assert not screen.audio.button.isEnabled()
    assert not screen.transcript.isVisible()
    answered.append(screen.panel.item.id)
    _answer(screen, qtbot, right=False)
    assert screen.feedback_title.text().startswith("Bijna")
    qtbot.mouseClick(screen.stop_button, LEFT)
    qtbot.waitUntil(lambda: window.current.objectName() == "screen_summary")

    responses = ctx.services.store.responses.of_learner(ctx.learner.id)
    assert [r.item_key for r in responses] == answered
    assert [r.correct for r in responses] == [True, False]


@pytest.mark.qt_log_ignore("Could not open media")  # FFmpeg stops loading when the screen closes
def test_no_output_device_explains_and_waits(av_window, devices, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx, window = av_window
    devices.set_status(has_output=False, has_input=True)
    window.show_screen("listening", skill="listening", placement=False)
    screen = window.current
    assert screen.pages.currentWidget() is screen.no_output_page
    assert screen.problem.title.text() == "Er is geen geluid"
    assert "geen luidspreker of koptelefoon" in screen.problem.text.text()
    assert screen.retry_button.text() == "Opnieuw kijken"
    assert ctx.services.store.sessions.of_learner(ctx.learner.id) == [], "no session started"

    qtbot.mouseClick(screen.retry_button, LEFT)  # still nothing plugged in
    assert screen.pages.currentWidget() is screen.no_output_page
    devices.set_status(has_output=True, has_input=True)
    qtbot.mouseClick(screen.retry_button, LEFT)
    assert screen.pages.currentWidget() is screen.practice_page
    qtbot.waitUntil(lambda: screen.panel.item is not None)

    qtbot.mouseClick(screen.home_button, LEFT)
    assert window.current.objectName() == "screen_home"


def test_output_lost_while_playing_shows_the_message(av_window, devices, qtbot) -> None:  # type: ignore[no-untyped-def]
    from examtrainer.audio.devices import NoOutputDevice

    _ctx, window = av_window
    screen = _open(window, qtbot)
    devices.player.fail_next(NoOutputDevice("unplugged"))
    qtbot.mouseClick(screen.audio.button, LEFT)
    assert screen.pages.currentWidget() is screen.no_output_page


def test_home_runs_the_sound_check_first(av_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx, window = av_window
    home = window.current
    qtbot.waitUntil(lambda: home.cards["listening"].start.isEnabled())
    qtbot.mouseClick(home.cards["listening"].start, LEFT)
    check = window.current
    assert check.objectName() == "screen_soundcheck"
    assert check.continue_button.text() == "Verder naar luisteren"
    qtbot.mouseClick(check.continue_button, LEFT)
    screen = window.current
    assert screen.objectName() == "screen_listening"
    assert screen.placement, "a learner without a listening level starts with the short test"
    assert ctx.sound_checked
    qtbot.waitUntil(lambda: screen.panel.item is not None)
    assert not screen.slow.isVisible()
    qtbot.mouseClick(screen.stop_button, LEFT)
    qtbot.waitUntil(lambda: window.current.objectName() == "screen_summary")
    qtbot.mouseClick(window.current.home_button, LEFT)
    home = window.current
    qtbot.waitUntil(lambda: home.cards["listening"].start.isEnabled())
    qtbot.mouseClick(home.cards["listening"].start, LEFT)
    assert window.current.objectName() == "screen_listening", "checked once per run"
