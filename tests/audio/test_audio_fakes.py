"""The file-backed device fakes behave like the protocols promise."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

from examtrainer.audio.analysis import analyse_recording
from examtrainer.audio.devices import (
    AudioError,
    DeviceStatus,
    DiskFull,
    NoInputDevice,
    NoOutputDevice,
    UnreadableAudio,
)
from examtrainer.audio.fakes import FakeDeviceProbe, FakePlayer, FakeRecorder
from examtrainer.audio.wav import PARTIAL_SUFFIX


class Events:
    """Collects what the callbacks of a fake report."""

    def __init__(self) -> None:
        self.finished = 0
        self.errors: list[AudioError] = []
        self.positions: list[float] = []
        self.levels: list[float] = []

    def attach_player(self, player: FakePlayer) -> None:
        player.on_finished = self.finish
        player.on_error = self.errors.append
        player.on_position = self.positions.append

    def attach_recorder(self, recorder: FakeRecorder) -> None:
        recorder.on_error = self.errors.append
        recorder.on_level = self.levels.append

    def finish(self) -> None:
        self.finished += 1


def frames_of(path: Path) -> bytes:
    with wave.open(str(path), "rb") as reader:
        return reader.readframes(reader.getnframes())


# --- FakePlayer ---------------------------------------------------------------------------


def test_instant_player_plays_to_the_end(tone_wav: Path) -> None:
    player, events = FakePlayer(), Events()
    events.attach_player(player)

    player.load(tone_wav)
    player.play()

    assert player.duration_seconds == pytest.approx(1.0)
    assert events.positions == [pytest.approx(1.0)]
    assert events.finished == 1
    assert not player.is_playing
    assert player.played == [tone_wav]
    assert player.calls == ["load:tone_1s.wav", "play"]


def test_stepping_player_follows_the_fake_clock_and_rate(speech_wav: Path) -> None:
    player, events = FakePlayer(instant=False), Events()
    events.attach_player(player)
    player.load(speech_wav)
    player.set_rate(0.5)

    player.play()
    player.advance(1.0)
    assert player.position_seconds == pytest.approx(0.5)
    player.pause()
    player.advance(10.0)
    assert player.position_seconds == pytest.approx(0.5)
    assert not player.is_playing

    player.set_rate(1.0)
    player.play()
    player.advance(10.0)

    assert events.finished == 1
    assert player.position_seconds == pytest.approx(player.duration_seconds)
    assert player.played == [speech_wav]  # resuming is not a new play
    assert events.positions == [pytest.approx(0.5), pytest.approx(player.duration_seconds)]


def test_stop_rewinds_and_play_after_the_end_starts_again(tone_wav: Path) -> None:
    player, events = FakePlayer(instant=False), Events()
    events.attach_player(player)
    player.load(tone_wav)

    player.play()
    player.advance(0.4)
    player.stop()
    assert player.position_seconds == 0.0
    player.play()
    player.advance(2.0)
    player.play()  # replay after the end

    assert player.played == [tone_wav, tone_wav, tone_wav]
    assert events.finished == 1
    assert player.is_playing and player.position_seconds == 0.0


def test_player_told_to_fail(tone_wav: Path) -> None:
    player, events = FakePlayer(), Events()
    events.attach_player(player)
    player.load(tone_wav)

    player.fail_next()
    player.play()

    assert isinstance(events.errors[0], NoOutputDevice)
    assert events.finished == 0 and player.played == [] and not player.is_playing
    player.play()  # only the next play fails
    assert events.finished == 1


def test_player_refuses_bad_use(tmp_path: Path, tone_wav: Path) -> None:
    player = FakePlayer()
    with pytest.raises(RuntimeError):
        player.play()
    with pytest.raises(UnreadableAudio):
        player.load(tmp_path / "missing.ogg")
    (tmp_path / "text.ogg").write_text("not audio")
    with pytest.raises(UnreadableAudio):
        player.load(tmp_path / "text.ogg")
    for rate in (0.49, 2.01):
        with pytest.raises(ValueError):
            player.set_rate(rate)
    with pytest.raises(ValueError):
        player.advance(-1)


# --- FakeRecorder -------------------------------------------------------------------------


def test_instant_recording_is_a_copy_of_the_source(tmp_path: Path, tone_wav: Path) -> None:
    recorder, events = FakeRecorder(tone_wav), Events()
    events.attach_recorder(recorder)
    target = tmp_path / "answer.wav"

    recorder.start(target)
    assert recorder.is_recording and not target.exists()
    assert recorder.stop() == target

    assert frames_of(target) == frames_of(tone_wav)
    assert recorder.recorded == [target]
    assert not recorder.is_recording
    assert len(events.levels) == 10  # one per 0.1 s
    assert all(level == pytest.approx(-20.0, abs=0.2) for level in events.levels)


def test_streaming_recording_hears_silence_after_the_source(tmp_path: Path, tone_wav: Path) -> None:
    recorder = FakeRecorder(tone_wav, instant=False)
    target = tmp_path / "answer.wav"

    recorder.start(target)
    recorder.advance(0.5)
    assert recorder.elapsed_seconds == pytest.approx(0.5)
    recorder.advance(2.0)
    path = recorder.stop()

    result = analyse_recording(path)
    assert result.duration_seconds == pytest.approx(2.5)
    assert result.speech_seconds == pytest.approx(1.0, abs=0.05)
    assert recorder.elapsed_seconds == 0.0


def test_recorder_without_microphone(tmp_path: Path, tone_wav: Path) -> None:
    recorder = FakeRecorder(tone_wav, has_microphone=False)

    with pytest.raises(NoInputDevice) as caught:
        recorder.start(tmp_path / "answer.wav")
    assert "microfoon" in caught.value.message_nl
    assert not recorder.is_recording


def test_disk_already_full(tmp_path: Path, tone_wav: Path) -> None:
    with pytest.raises(DiskFull):
        FakeRecorder(tone_wav, disk_full_after_seconds=0).start(tmp_path / "answer.wav")
    assert list(tmp_path.iterdir()) == []


def test_disk_fills_up_while_recording(tmp_path: Path, tone_wav: Path) -> None:
    recorder, events = FakeRecorder(tone_wav, instant=False, disk_full_after_seconds=0.5), Events()
    events.attach_recorder(recorder)
    target = tmp_path / "answer.wav"

    recorder.start(target)
    recorder.advance(0.3)
    assert events.errors == []
    recorder.advance(0.3)

    assert [type(e) for e in events.errors] == [DiskFull]
    assert not recorder.is_recording
    with pytest.raises(DiskFull):
        recorder.stop()
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(RuntimeError):
        recorder.stop()  # the failure is raised once; then the recorder is simply idle


def test_recorder_refuses_bad_use(tmp_path: Path, tone_wav: Path) -> None:
    recorder = FakeRecorder(tone_wav, instant=False)
    with pytest.raises(RuntimeError):
        recorder.stop()
    recorder.start(tmp_path / "a.wav")
    with pytest.raises(RuntimeError):
        recorder.start(tmp_path / "b.wav")
    recorder.stop()
    with pytest.raises(UnreadableAudio):
        FakeRecorder(tmp_path / "missing.wav").start(tmp_path / "c.wav")
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(PARTIAL_SUFFIX)]


# --- Devices ------------------------------------------------------------------------------


def test_probe_and_status_problems() -> None:
    probe = FakeDeviceProbe()
    assert probe.status().problems() == []

    probe.current = DeviceStatus(has_output=False, has_input=False)
    problems = probe.status().problems()

    assert [type(p) for p in problems] == [NoOutputDevice, NoInputDevice]
