"""The QtMultimedia devices on a machine without sound (CI, Xvfb, offscreen): they must report
the missing devices through the audio error family, never crash or hang."""

from __future__ import annotations

from pathlib import Path

import pytest

from examtrainer.audio.devices import AudioError, NoInputDevice, NoOutputDevice

ROOT = Path(__file__).resolve().parents[2]
TONE = ROOT / "tests" / "fixtures" / "audio" / "tone_1s.wav"


@pytest.fixture
def no_sound(qtbot):  # type: ignore[no-untyped-def]
    from examtrainer.gui.audio_devices import QtDeviceProbe

    status = QtDeviceProbe().status()
    if status.has_output or status.has_input:
        pytest.skip("this machine has audio devices")
    return status


def test_probe_finds_nothing(no_sound) -> None:  # type: ignore[no-untyped-def]
    assert [e.code for e in no_sound.problems()] == ["no_output_device", "no_input_device"]


@pytest.mark.qt_log_ignore("Could not open media")  # the test loads a missing file on purpose
def test_player_reports_no_output(no_sound, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from examtrainer.gui.audio_devices import QtPlayer

    player = QtPlayer()
    errors: list[AudioError] = []
    player.on_error = errors.append
    player.load(TONE)
    assert player.duration_seconds == pytest.approx(1.0)
    player.set_rate(0.75)
    with pytest.raises(ValueError):
        player.set_rate(3.0)
    player.play()
    assert len(errors) == 1 and isinstance(errors[0], NoOutputDevice)
    assert not player.is_playing
    with pytest.raises(AudioError):
        player.load(tmp_path / "missing.ogg")


def test_recorder_reports_no_input(no_sound, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from examtrainer.gui.audio_devices import QtRecorder

    recorder = QtRecorder()
    with pytest.raises(NoInputDevice):
        recorder.start(tmp_path / "answer.wav")
    assert not recorder.is_recording
    assert list(tmp_path.iterdir()) == [], "no half-written file is left"
