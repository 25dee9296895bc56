"""The sound check through the real widgets: sample playback, a 3 s microphone test, and the
plain messages when devices are missing."""

from __future__ import annotations

import wave

import pytest

from examtrainer.gui.qt import Qt

LEFT = Qt.MouseButton.LeftButton


def test_sound_check_plays_a_sample_and_records_three_seconds(  # type: ignore[no-untyped-def]
    av_window, devices, qtbot
) -> None:
    ctx, window = av_window
    qtbot.mouseClick(window.current.sound_button, LEFT)
    screen = window.current
    assert screen.objectName() == "screen_soundcheck"
    assert screen.speaker_device.text() == "Gevonden: Koptelefoon"
    assert screen.microphone_device.text() == "Gevonden: Microfoon"
    assert screen.sample.path is not None and screen.sample.path.is_file()

    qtbot.mouseClick(screen.sample.button, LEFT)
    assert devices.player.played == [screen.sample.path]
    assert screen.sample_yes.isVisible()
    qtbot.mouseClick(screen.sample_no, LEFT)
    assert "harder" in screen.speaker_advice.text()
    qtbot.mouseClick(screen.sample_yes, LEFT)
    assert screen.speaker_advice.text() == "Goed zo. Het geluid werkt."

    devices.recorder.instant = False
    assert not screen.voice_yes.isVisible()
    qtbot.mouseClick(screen.record_button, LEFT)
    assert devices.recorder.is_recording
    assert not screen.record_button.isEnabled()
    assert "Nog 3 seconden" in screen.record_state.text()
    devices.recorder.advance(1.0)
    assert screen.meter.value() > 0
    devices.recorder.advance(1.0)
    devices.clock.advance(2.0)
    # No tick() by hand: the screen's own QTimer must notice the time.
    qtbot.waitUntil(lambda: screen.record_state.text().endswith("Nog 1 seconde."))
    devices.clock.advance(1.0)
    qtbot.wait(300)
    assert devices.recorder.is_recording, "the time is up, but only 2 s of sound are in"
    devices.recorder.advance(1.0)
    qtbot.waitUntil(lambda: not devices.recorder.is_recording)
    with wave.open(str(devices.recorder.recorded[-1]), "rb") as reader:
        assert reader.getnframes() / reader.getframerate() == pytest.approx(3.0, abs=0.01)
    recorded = devices.recorder.recorded[-1]
    assert recorded.parent == ctx.paths.data / "soundcheck"
    assert devices.player.played[-1] == recorded, "the recording is played back at once"
    assert screen.playback.isVisible()
    assert screen.record_button.text() == "Opnieuw opnemen"
    qtbot.mouseClick(screen.voice_yes, LEFT)
    assert screen.microphone_advice.text() == "Goed zo. De microfoon werkt."

    assert screen.continue_button.text() == "Klaar"
    qtbot.mouseClick(screen.continue_button, LEFT)
    assert window.current.objectName() == "screen_home"
    assert ctx.sound_checked


def test_sound_check_without_devices_says_so(av_window, devices, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ctx, window = av_window
    devices.set_status(has_output=False, has_input=False)
    window.show_screen("soundcheck")
    screen = window.current
    assert screen.speaker_device.text() == "Niet gevonden."
    assert screen.microphone_device.text() == "Niet gevonden."
    assert not screen.sample.isVisible()
    assert not screen.record_button.isVisible()
    assert "geen luidspreker of koptelefoon" in screen.speaker_advice.text()
    assert "geen microfoon" in screen.microphone_advice.text()
    assert "zonder microfoon spreken oefenen" in screen.microphone_advice.text()

    devices.set_status(has_output=True, has_input=True)
    qtbot.mouseClick(screen.retry_button, LEFT)
    assert screen.sample.isVisible()
    assert screen.record_button.isVisible()
    assert not screen.speaker_advice.isVisible()


def test_microphone_failing_at_start_is_explained(av_window, devices, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ctx, window = av_window
    devices.recorder.has_microphone = False  # listed, but it refuses to start
    window.show_screen("soundcheck")
    screen = window.current
    qtbot.mouseClick(screen.record_button, LEFT)
    assert screen.microphone_advice.text().startswith("We vinden geen microfoon.")
    assert screen.record_button.isEnabled()
