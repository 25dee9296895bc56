"""The headless sound check of ``examtrainer audio devices|check``, for school IT.

It uses the very player and recorder the app uses (``QtPlayer``, ``QtRecorder``) under a
``QCoreApplication``, so no screen is needed: play a short tone on the default output, record
from the default input, analyse the recording like a spoken answer.
"""

from __future__ import annotations

import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from examtrainer.audio.analysis import analyse_recording
from examtrainer.audio.devices import AudioError, NoInputDevice, NoOutputDevice
from examtrainer.audio.tone import write_tone
from examtrainer.audio.wav import measure_level
from examtrainer.gui.qt import QCoreApplication, QEventLoop, QTimer

TONE_SECONDS = 0.6
TONE_TIMEOUT_SECONDS = 10.0
START_GRACE_SECONDS = 6.0  # the longest a microphone may take to send its first sound


@dataclass(frozen=True)
class Device:
    name: str
    default: bool


@dataclass(frozen=True)
class DeviceList:
    outputs: tuple[Device, ...]
    inputs: tuple[Device, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "outputs": [asdict(d) for d in self.outputs],
            "inputs": [asdict(d) for d in self.inputs],
        }


@dataclass(frozen=True)
class CheckResult:
    """What ``check`` found; ``heard`` is False when the recording holds no speech."""

    output_device: str
    input_device: str
    tone_played: bool
    seconds_recorded: float
    speech_seconds: float
    level_dbfs: float
    speech_dbfs: float
    peak_dbfs: float
    clipping: bool
    output: str | None

    @property
    def heard(self) -> bool:
        return self.speech_seconds > 0

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["heard"] = self.heard
        return data


def _application() -> QCoreApplication:
    app = QCoreApplication.instance()
    return app if app is not None else QCoreApplication(["examtrainer"])


def devices() -> DeviceList:
    """The outputs and inputs Qt sees, with the defaults marked."""
    from examtrainer.gui.qt import QMediaDevices

    _application()
    default_out = bytes(QMediaDevices.defaultAudioOutput().id().data())
    default_in = bytes(QMediaDevices.defaultAudioInput().id().data())
    return DeviceList(
        outputs=tuple(
            Device(d.description(), bytes(d.id().data()) == default_out)
            for d in QMediaDevices.audioOutputs()
        ),
        inputs=tuple(
            Device(d.description(), bytes(d.id().data()) == default_in)
            for d in QMediaDevices.audioInputs()
        ),
    )


def _wait(loop: QEventLoop, seconds: float) -> None:
    QTimer.singleShot(round(seconds * 1000), loop.quit)
    loop.exec()


def check(record_seconds: float = 3.0, output: Path | None = None) -> CheckResult:
    """Play a tone, record ``record_seconds`` of sound and analyse it.

    Raises ``NoOutputDevice``/``NoInputDevice`` when a device is missing or refuses, and the
    recorder's ``AudioError`` when the recording fails. The WAV goes to ``output`` (kept) or
    to a temporary file (deleted).
    """
    from examtrainer.gui.audio_devices import QtPlayer, QtRecorder

    if record_seconds <= 0:
        raise ValueError("record_seconds must be positive")
    _application()
    found = devices()
    if not found.outputs:
        raise NoOutputDevice("Qt lists no audio output")
    if not found.inputs:
        raise NoInputDevice("Qt lists no audio input")
    with tempfile.TemporaryDirectory(prefix="examtrainer-audio-check-") as folder:
        tone = write_tone(Path(folder) / "tone.wav", seconds=TONE_SECONDS, frequency=660.0)
        played = _play(QtPlayer(), tone)
        target = Path(output) if output is not None else Path(folder) / "check.wav"
        target.parent.mkdir(parents=True, exist_ok=True)
        recorder = QtRecorder()
        path = _record(recorder, target, record_seconds)
        analysis = analyse_recording(path)
        level = measure_level(_pcm(path)).rms_dbfs
        result = CheckResult(
            output_device=next((d.name for d in found.outputs if d.default), ""),
            input_device=recorder.device_name,
            tone_played=played,
            seconds_recorded=round(analysis.duration_seconds, 3),
            speech_seconds=round(analysis.speech_seconds, 3),
            level_dbfs=round(level, 1),
            speech_dbfs=round(analysis.speech_dbfs, 1),
            peak_dbfs=round(analysis.peak_dbfs, 1),
            clipping=analysis.clipping,
            output=str(target) if output is not None else None,
        )
    return result


def _play(player: Any, tone: Path) -> bool:
    loop = QEventLoop()
    outcome: list[AudioError | None] = []

    def done(error: AudioError | None = None) -> None:
        outcome.append(error)
        loop.quit()

    player.on_finished = done
    player.on_error = done
    player.load(tone)
    player.play()
    if not outcome:
        _wait(loop, TONE_TIMEOUT_SECONDS)
    player.stop()
    if outcome and outcome[0] is not None:
        raise outcome[0]
    return bool(outcome)


def _record(recorder: Any, target: Path, seconds: float) -> Path:
    loop = QEventLoop()
    failures: list[AudioError] = []

    def failed(error: AudioError) -> None:
        failures.append(error)
        loop.quit()

    def enough() -> None:
        if recorder.elapsed_seconds >= seconds:
            loop.quit()

    recorder.on_error = failed
    recorder.start(target)
    poll = QTimer()
    poll.setInterval(50)
    poll.timeout.connect(enough)
    poll.start()
    _wait(loop, seconds + START_GRACE_SECONDS)
    poll.stop()
    if failures:
        raise failures[0]
    return Path(recorder.stop())


def _pcm(path: Path) -> bytes:
    import wave

    with wave.open(str(path), "rb") as reader:
        return reader.readframes(reader.getnframes())
