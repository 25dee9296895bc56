"""The QtMultimedia implementations of the audio device protocols in examtrainer.audio.devices.

Everything here lives on the UI thread: QMediaPlayer decodes in its own threads and
QAudioSource delivers small PCM chunks through ``readyRead``, so nothing in here blocks.
Tests never build these; they inject examtrainer.audio.fakes instead.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

import numpy as np

from examtrainer.audio.devices import (
    AudioError,
    DeviceStatus,
    NoInputDevice,
    NoOutputDevice,
    UnreadableAudio,
)
from examtrainer.audio.fakes import MAX_RATE, MIN_RATE
from examtrainer.audio.probe import duration_seconds
from examtrainer.audio.wav import PcmFormat, WavWriter, measure_level
from examtrainer.gui.qt import (
    QAudio,
    QAudioFormat,
    QAudioOutput,
    QAudioSource,
    QMediaDevices,
    QMediaPlayer,
    QObject,
    QUrl,
)

log = logging.getLogger(__name__)

LEVEL_INTERVAL_SECONDS = 0.1  # the level meter is updated about ten times per second


class QtDeviceProbe:
    """Reports the loudspeakers/headphones and microphones Qt sees right now."""

    def status(self) -> DeviceStatus:
        outputs = QMediaDevices.audioOutputs()
        inputs = QMediaDevices.audioInputs()
        return DeviceStatus(
            has_output=bool(outputs),
            has_input=bool(inputs),
            output_names=tuple(d.description() for d in outputs),
            input_names=tuple(d.description() for d in inputs),
        )


class QtPlayer(QObject):
    """A ``Player`` on QMediaPlayer + QAudioOutput; ``set_rate`` keeps the pitch when it can."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_finished: Callable[[], None] | None = None
        self.on_error: Callable[[AudioError], None] | None = None
        self.on_position: Callable[[float], None] | None = None
        self._player = QMediaPlayer(self)
        self._output = QAudioOutput(self)
        self._player.setAudioOutput(self._output)
        if hasattr(self._player, "setPitchCompensation"):  # Qt 6.10+: slower, not deeper
            self._player.setPitchCompensation(True)
        self._duration = 0.0
        self._player.positionChanged.connect(self._position_changed)
        self._player.mediaStatusChanged.connect(self._status_changed)
        self._player.errorOccurred.connect(self._error)

    def load(self, path: Path) -> None:
        path = Path(path)
        self._duration = duration_seconds(path)  # headers only; raises UnreadableAudio
        self._player.stop()
        self._player.setSource(QUrl.fromLocalFile(str(path)))

    def play(self) -> None:
        if not QMediaDevices.audioOutputs():
            self._fail(NoOutputDevice("Qt lists no audio output"))
            return
        self._output.setDevice(QMediaDevices.defaultAudioOutput())
        self._player.play()

    def pause(self) -> None:
        self._player.pause()

    def stop(self) -> None:
        self._player.stop()

    def set_rate(self, rate: float) -> None:
        if not MIN_RATE <= rate <= MAX_RATE:
            raise ValueError(f"rate must be between {MIN_RATE} and {MAX_RATE}, not {rate}")
        self._player.setPlaybackRate(rate)

    @property
    def position_seconds(self) -> float:
        return self._player.position() / 1000.0

    @property
    def duration_seconds(self) -> float:
        return self._duration

    @property
    def is_playing(self) -> bool:
        return self._player.playbackState() == QMediaPlayer.PlaybackState.PlayingState

    def _position_changed(self, ms: int) -> None:
        if self.on_position:
            self.on_position(ms / 1000.0)

    def _status_changed(self, status: QMediaPlayer.MediaStatus) -> None:
        if status == QMediaPlayer.MediaStatus.EndOfMedia:
            if self.on_position:
                self.on_position(self._duration)
            if self.on_finished:
                self.on_finished()
        elif status == QMediaPlayer.MediaStatus.InvalidMedia:
            self._fail(UnreadableAudio(self._player.errorString()))

    def _error(self, error: QMediaPlayer.Error, text: str) -> None:
        if error == QMediaPlayer.Error.NoError:
            return
        log.warning("playback failed: %s", text)
        if error in (QMediaPlayer.Error.FormatError, QMediaPlayer.Error.ResourceError):
            self._fail(UnreadableAudio(text))
        else:
            self._fail(AudioError(text))

    def _fail(self, error: AudioError) -> None:
        self._player.stop()
        if self.on_error:
            self.on_error(error)


def _recording_format(device: object) -> tuple[QAudioFormat, PcmFormat, bool]:
    """The format to ask the microphone for: 16 kHz mono int16 when it can, else its own
    preferred rate and channels (as int16, or float converted to int16 on arrival)."""
    wanted = QAudioFormat()
    wanted.setSampleRate(16_000)
    wanted.setChannelCount(1)
    wanted.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    if device.isFormatSupported(wanted):  # type: ignore[attr-defined]
        return wanted, PcmFormat(16_000, 1, 2), False
    preferred: QAudioFormat = device.preferredFormat()  # type: ignore[attr-defined]
    pcm = PcmFormat(preferred.sampleRate(), preferred.channelCount(), 2)
    as_int = QAudioFormat(preferred)
    as_int.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    if device.isFormatSupported(as_int):  # type: ignore[attr-defined]
        return as_int, pcm, False
    return preferred, pcm, preferred.sampleFormat() == QAudioFormat.SampleFormat.Float


class QtRecorder(QObject):
    """A ``Recorder`` on QAudioSource: PCM chunks go straight into a ``WavWriter``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_level: Callable[[float], None] | None = None
        self.on_error: Callable[[AudioError], None] | None = None
        self._source: QAudioSource | None = None
        self._io: object = None
        self._writer: WavWriter | None = None
        self._float_input = False
        self._failure: AudioError | None = None
        self._since_level = 0.0

    @property
    def is_recording(self) -> bool:
        return self._writer is not None

    @property
    def elapsed_seconds(self) -> float:
        return self._writer.duration_seconds if self._writer else 0.0

    def start(self, path: Path) -> None:
        if self._writer is not None:
            raise RuntimeError("start() while already recording")
        device = QMediaDevices.defaultAudioInput()
        if device.isNull():
            raise NoInputDevice("Qt has no default audio input")
        qt_format, pcm_format, self._float_input = _recording_format(device)
        self._failure = None
        self._since_level = 0.0
        self._writer = WavWriter(Path(path), pcm_format)
        self._source = QAudioSource(device, qt_format, self)
        self._source.stateChanged.connect(self._state_changed)
        self._io = self._source.start()
        if self._io is None or self._source.error() != QAudio.Error.NoError:
            self._abort()
            raise NoInputDevice(f"the microphone did not start: {self._source_error()}")
        self._io.readyRead.connect(self._read)

    def stop(self) -> Path:
        if self._failure is not None:
            failure, self._failure = self._failure, None
            raise failure
        if self._writer is None:
            raise RuntimeError("stop() while not recording")
        self._read()
        writer, self._writer = self._writer, None
        self._close_source()
        return writer.close()

    def _read(self) -> None:
        if self._writer is None or self._io is None:
            return
        data = bytes(self._io.readAll().data())  # type: ignore[attr-defined]
        if not data:
            return
        if self._float_input:
            samples = np.frombuffer(data[: len(data) - len(data) % 4], dtype="<f4")
            data = (np.clip(samples, -1.0, 1.0) * 32767).astype("<i2").tobytes()
        try:
            self._writer.write(data)
        except AudioError as error:
            self._fail(error)
            return
        except OSError as error:
            self._fail(AudioError(str(error)))
            return
        fmt = self._writer.format
        self._since_level += len(data) / fmt.bytes_per_second
        if self.on_level and self._since_level >= LEVEL_INTERVAL_SECONDS:
            self._since_level = 0.0
            self.on_level(measure_level(data, fmt.sample_width).rms_dbfs)

    def _state_changed(self, _state: object) -> None:
        if self._source is None or self._writer is None:
            return
        if self._source.error() != QAudio.Error.NoError:
            self._fail(NoInputDevice(f"the microphone stopped: {self._source_error()}"))

    def _source_error(self) -> str:
        return str(self._source.error()) if self._source is not None else "no source"

    def _fail(self, error: AudioError) -> None:
        self._abort()
        self._failure = error
        if self.on_error:
            self.on_error(error)

    def _abort(self) -> None:
        if self._writer is not None:
            self._writer.abort()
            self._writer = None
        self._close_source()

    def _close_source(self) -> None:
        if self._source is not None:
            self._source.stateChanged.disconnect(self._state_changed)
            self._source.stop()
            self._source.deleteLater()
            self._source = None
        self._io = None
