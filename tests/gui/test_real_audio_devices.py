"""The real QtRecorder and QtPlayer on real (PulseAudio virtual) sound devices.

The devices come from tools/virtual_audio.sh: a null sink ``speaker`` (what is played can be
recorded from its monitor) and a ``microphone`` that hears Dutch speech by espeak-ng without
end. See tests/gui/virtual_audio.py for when these tests skip and when they must fail.
"""

from __future__ import annotations

import time
import wave
from pathlib import Path

import numpy as np
import pytest
import virtual_audio as va

from examtrainer.gui.qt import Qt

pytestmark = [pytest.mark.audio_devices, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
LEFT = Qt.MouseButton.LeftButton
SILENCE_RMS = 0.003  # about -50 dBFS: far above digital silence, far below spoken Dutch


@pytest.fixture
def sound_server() -> None:
    va.need_server()


def _wav(path: Path) -> tuple[float, np.ndarray, tuple[int, int, int]]:
    with wave.open(str(path), "rb") as reader:
        layout = (reader.getframerate(), reader.getnchannels(), reader.getsampwidth())
        frames = reader.readframes(reader.getnframes())
        seconds = reader.getnframes() / reader.getframerate()
    return seconds, np.frombuffer(frames, dtype="<i2").astype(np.float64) / 32768, layout


def _short_fragment(at_least: float = 3.0) -> Path:
    from examtrainer.audio.probe import duration_seconds

    fragments = sorted((duration_seconds(p), p) for p in (ROOT / "assets" / "audio").glob("*.ogg"))
    return next(path for seconds, path in fragments if seconds >= at_least)


@pytest.mark.parametrize(
    "device_format",
    [None, (48_000, 2, "float32")],
    ids=["device-choice", "48k-stereo-float"],
)
def test_three_seconds_recorded_hold_the_fed_speech(
    sound_server,
    qtbot,
    tmp_path: Path,
    device_format,  # type: ignore[no-untyped-def]
) -> None:
    from examtrainer.audio.analysis import analyse_recording
    from examtrainer.audio.convert import InputFormat, SampleKind
    from examtrainer.gui.audio_devices import QtRecorder

    wanted = None
    if device_format is not None:
        rate, channels, kind = device_format
        wanted = InputFormat(rate, channels, SampleKind(kind))
    recorder = QtRecorder(input_format=wanted)
    levels: list[float] = []
    errors: list[object] = []
    recorder.on_level = levels.append
    recorder.on_error = errors.append
    began = time.monotonic()
    recorder.start(tmp_path / "answer.wav")
    assert recorder.is_recording
    assert list(tmp_path.glob("answer.wav")) == [], "nothing at the path until stop()"
    qtbot.wait(3000)
    path = recorder.stop()
    took = time.monotonic() - began  # a busy machine may wake the test late
    assert errors == []
    seconds, samples, layout = _wav(path)
    assert layout == (16_000, 1, 2), "stored as 16 kHz mono int16, whatever the device gave"
    assert abs(seconds - took) <= 0.3, "the WAV holds the time recorded: nothing lost"
    assert seconds >= 2.7
    assert va.rms(samples) > 10 * SILENCE_RMS, "the WAV holds speech, not silence"
    assert max(levels) > -40, "the level callback heard the voice"
    analysis = analyse_recording(path)
    assert analysis.speech_seconds > 1.0
    assert list(tmp_path.glob("*.part")) == []


@pytest.mark.parametrize("rate", [1.0, 0.75])
def test_a_bundled_fragment_arrives_at_the_speaker(
    sound_server,
    qtbot,
    tmp_path: Path,
    rate: float,  # type: ignore[no-untyped-def]
) -> None:
    fragment = _short_fragment()
    source = va.decode_with_qt(qtbot, fragment)
    assert va.played_seconds(source) > 2.0
    arrived = _play_and_listen(qtbot, tmp_path, fragment, rate)
    assert va.rms(arrived) > SILENCE_RMS, "sound reached the speaker"
    expected = va.played_seconds(source) / rate
    played = va.played_seconds(arrived)
    assert abs(played - expected) <= 0.05 * expected, (played, expected)


def _play_and_listen(qtbot, folder: Path, fragment: Path, rate: float) -> np.ndarray:  # type: ignore[no-untyped-def]
    from examtrainer.gui.audio_devices import QtPlayer

    player = QtPlayer()
    finished: list[bool] = []
    errors: list[object] = []
    player.on_finished = lambda: finished.append(True)
    player.on_error = errors.append
    player.load(fragment)
    player.set_rate(rate)
    monitor = va.MonitorRecording(folder / "monitor.raw")
    try:
        qtbot.wait(300)  # the monitor is listening before the first sound
        player.play()
        qtbot.waitUntil(lambda: bool(finished or errors), timeout=60_000)
    finally:
        samples = monitor.stop()
        player.stop()
        player.deleteLater()
    assert errors == []
    return samples


def test_the_microphone_unplugged_mid_answer_keeps_the_part(
    sound_server,
    qtbot,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from examtrainer.audio.devices import RecordingInterrupted
    from examtrainer.gui.audio_devices import QtRecorder
    from examtrainer.gui.widgets.audio import audio_error_text

    recorder = QtRecorder()
    errors: list[BaseException] = []
    recorder.on_error = errors.append
    with va.microphone_unplugged_later() as unplug:
        recorder.start(tmp_path / "answer.wav")
        qtbot.waitUntil(lambda: recorder.elapsed_seconds >= 1.5, timeout=10_000)
        unplug()  # type: ignore[operator]
        qtbot.waitUntil(lambda: bool(errors), timeout=15_000)
    assert not recorder.is_recording
    (error,) = errors
    assert isinstance(error, RecordingInterrupted)
    assert audio_error_text(error) == (
        "De microfoon doet het niet meer. Wat u al had gezegd, is bewaard."
    )
    with pytest.raises(RecordingInterrupted):
        recorder.stop()
    assert error.path is not None and error.path.is_file()
    seconds, samples, _layout = _wav(error.path)
    assert seconds >= 1.4
    assert va.rms(samples) > 10 * SILENCE_RMS, "the part before the unplug holds the speech"
    assert list(tmp_path.glob("*.part")) == []


# -- the screens on the real devices ---------------------------------------------------------


@pytest.fixture
def device_window(qtbot, gui_home: Path, sound_server):  # type: ignore[no-untyped-def]
    """(context, window) over the listen-speak test pack with the app's own Qt player,
    recorder and device probe and the real clock: nothing is faked."""
    from examtrainer.gui.app import build
    from examtrainer.gui.qt import QApplication
    from examtrainer.services.app import Services
    from examtrainer.services.banks import install_pack_folder

    app = QApplication.instance()
    ctx, window = build(app, "nl")  # type: ignore[arg-type]
    ctx.services = Services.open(ctx.paths, ctx.settings, install_content=False)
    install_pack_folder(ctx.services.store, ctx.paths.installed_packs, LISTEN_SPEAK_PACK)
    ctx.learner = ctx.services.create_learner("Amina", language="nl")
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    window.show_screen("home")
    yield ctx, window
    window.show_screen("home")  # the screens let go of their devices
    ctx.runner.wait()
    ctx.languages.switch("nl")
    ctx.services.close()


LISTEN_SPEAK_PACK = ROOT / "tests" / "fixtures" / "packs" / "listen-speak"


def test_the_sound_check_meter_moves_and_the_recording_plays_back(device_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ctx, window = device_window
    window.show_screen("soundcheck")
    screen = window.current
    assert screen.status.has_input and screen.status.has_output
    assert "Virtuele_microfoon" in screen.microphone_device.text()
    values: list[int] = []
    screen.meter.valueChanged.connect(values.append)
    qtbot.mouseClick(screen.record_button, LEFT)
    assert screen.recorder.is_recording
    assert "Spreek nu" in screen.record_state.text()
    qtbot.waitUntil(lambda: not screen.recorder.is_recording, timeout=15_000)
    assert len({v for v in values if v > 0}) >= 3, "the meter moved with the voice"
    assert screen.recording_error is None
    path = screen.playback.path
    assert path is not None and path.is_file()
    seconds, samples, _layout = _wav(path)
    assert abs(seconds - 3.0) <= 0.3
    assert va.rms(samples) > 10 * SILENCE_RMS
    assert screen.record_state.text().startswith("Dit is uw opname.")


def test_a_whole_speaking_session_on_the_real_devices(device_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from examtrainer.audio.analysis import analyse_recording
    from examtrainer.bank.model import ItemType

    ctx, window = device_window
    window.show_screen("speaking", skill="speaking")
    screen = window.current
    qtbot.waitUntil(lambda: bool(screen.run) and screen.question is not None, timeout=10_000)
    assert screen.pages.currentWidget() is screen.task_page, "the microphone was found"
    let_timer_run = True  # the first task waits for its countdown; the others start at once
    for _ in range(screen.run.total):
        item = screen.question.item
        if item.type is ItemType.CHOOSE_REACTION:
            screen.panel.buttons[item.options.index(item.answer)].click()
            qtbot.mouseClick(screen.check_button, LEFT)
            qtbot.mouseClick(screen.next_button, LEFT)
            continue
        qtbot.waitUntil(lambda: screen.phase == "prep", timeout=30_000)  # the task was heard
        if let_timer_run:
            let_timer_run = False
            qtbot.waitUntil(lambda: screen.phase == "answer", timeout=item.prep_seconds * 3000)
        else:
            qtbot.mouseClick(screen.start_now_button, LEFT)
        assert screen.phase == "answer" and screen.recording_label.isVisible()
        qtbot.waitUntil(lambda: screen.recorder.elapsed_seconds >= 3.0, timeout=15_000)
        assert screen.meter.value() > 0 or screen.recorder.elapsed_seconds > 0
        qtbot.mouseClick(screen.done_button, LEFT)
        qtbot.waitUntil(lambda: screen.phase == "review", timeout=30_000)
        assert screen.saved is not None, screen.remarks.text()
        assert screen.remarks.text()
        qtbot.mouseClick(screen.next_task_button, LEFT)
        qtbot.waitUntil(lambda: screen.phase != "storing", timeout=10_000)
    qtbot.waitUntil(lambda: window.current.objectName() == "screen_summary", timeout=10_000)
    recordings = ctx.services.store.recordings.of_learner(ctx.learner.id)
    assert len(recordings) == 2
    for recording in recordings:
        path = Path(recording.path)
        assert path.parent == ctx.paths.recordings / str(ctx.learner.id)
        seconds, samples, layout = _wav(path)
        assert layout == (16_000, 1, 2)
        assert seconds >= 2.9
        assert va.rms(samples) > 10 * SILENCE_RMS, "the WAV holds the fed speech"
        assert analyse_recording(path).speech_seconds > 1.0
        assert recording.analysis["speech_seconds"] > 1.0
    assert list(ctx.paths.recordings.rglob("*.part")) == []
