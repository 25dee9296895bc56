"""The QtMultimedia implementations of the audio device protocols in examtrainer.audio.devices.

Everything here lives on the UI thread: QMediaPlayer decodes in its own threads and
QAudioSource delivers small PCM chunks through ``readyRead``, so nothing in here blocks.
Most GUI tests inject examtrainer.audio.fakes instead; the tests marked ``audio_devices``
run these on the PulseAudio virtual devices of tools/virtual_audio.sh.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from examtrainer.audio.convert import InputFormat, PcmConverter, SampleKind
from examtrainer.audio.devices import (
    AudioError,
    DeviceStatus,
    NoInputDevice,
    NoOutputDevice,
    RecordingInterrupted,
    UnreadableAudio,
)
from examtrainer.audio.fakes import MAX_RATE, MIN_RATE
from examtrainer.audio.probe import duration_seconds
from examtrainer.audio.wav import DEFAULT_FORMAT, WavWriter, measure_level
from examtrainer.gui.qt import (
    QAudioDevice,
    QAudioFormat,
    QAudioOutput,
    QAudioSource,
    QMediaDevices,
    QMediaPlayer,
    QObject,
    QtAudio,
    QTimer,
    QUrl,
)

log = logging.getLogger(__name__)

LEVEL_INTERVAL_SECONDS = 0.1  # the level meter is updated about ten times per second
WATCHDOG_MS = 100  # how often a recording checks that the microphone still sends sound
STALL_SECONDS = 2.0
"""No sound for this long after sound arrived: the microphone is gone (unplugged)."""
START_SECONDS = 5.0
"""No data at all for this long after start: the microphone did not start."""


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


_SAMPLE_KINDS = {
    "UInt8": SampleKind.UINT8,
    "Int16": SampleKind.INT16,
    "Int32": SampleKind.INT32,
    "Float": SampleKind.FLOAT32,
}


def _is_error(error: object) -> bool:
    """True when a ``QAudioSource.error()`` value is an error.

    PySide6 6.11 returns a ``QtAudio.Error``, which never equals ``QAudio.Error.NoError``;
    comparing by name works with both enums.
    """
    return getattr(error, "name", str(error)) != "NoError"


def _qt_format(wanted: InputFormat) -> QAudioFormat:
    fmt = QAudioFormat()
    fmt.setSampleRate(wanted.sample_rate)
    fmt.setChannelCount(wanted.channels)
    kind = next(name for name, value in _SAMPLE_KINDS.items() if value is wanted.kind)
    fmt.setSampleFormat(getattr(QAudioFormat.SampleFormat, kind))
    return fmt


def _input_format(fmt: QAudioFormat) -> InputFormat | None:
    kind = _SAMPLE_KINDS.get(fmt.sampleFormat().name)
    if kind is None or fmt.sampleRate() <= 0 or fmt.channelCount() <= 0:
        return None
    return InputFormat(fmt.sampleRate(), fmt.channelCount(), kind)


STORED_INPUT = InputFormat(DEFAULT_FORMAT.sample_rate, DEFAULT_FORMAT.channels, SampleKind.INT16)


def recording_format(device: QAudioDevice, wanted: InputFormat | None = None) -> InputFormat:
    """The format to ask the microphone for: ``wanted`` when given (and supported), else the
    stored format (16 kHz mono int16) when the device offers it, else the device's own
    preferred format, which ``PcmConverter`` turns into the stored one on arrival."""
    for choice in (wanted, STORED_INPUT):
        if choice is not None and device.isFormatSupported(_qt_format(choice)):
            return choice
    preferred = _input_format(device.preferredFormat())
    if preferred is None:
        raise NoInputDevice(f"the microphone offers no usable format ({device.description()})")
    return preferred


class QtRecorder(QObject):
    """A ``Recorder`` on QAudioSource: PCM chunks are converted to the stored format (16 kHz
    mono int16) and go straight into a ``WavWriter``.

    What real devices do, and what this does about it:

    * the source is Idle until the first sound arrives, and may be Suspended by the system:
      neither is an error (a suspended source is resumed);
    * an error state (``OpenError``, ``IOError``, ``FatalError``) ends the recording;
    * a microphone that is unplugged often reports nothing at all: Qt keeps listing it, and
      PulseAudio either stops sending or moves the stream to another source, often a monitor
      that sends exact digital silence. So the microphone counts as gone when Qt no longer
      lists it, or when, after sound had arrived, nothing or only exact zeros arrive for
      ``STALL_SECONDS`` (a working microphone always hears a little noise). The part recorded
      so far is then finished as a WAV and reported as ``RecordingInterrupted``;
    * a microphone that sends no data at all within ``START_SECONDS`` did not start
      (``NoInputDevice``; nothing is kept).

    ``input_format`` asks the device for that format instead of choosing one (the
    tests use it to make the device deliver 48 kHz stereo float). ``clock`` gives seconds
    for the two watchdogs.
    """

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        input_format: InputFormat | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.on_level: Callable[[float], None] | None = None
        self.on_error: Callable[[AudioError], None] | None = None
        self.input_format = input_format
        self.device_name = ""
        self._clock = clock
        self._source: QAudioSource | None = None
        self._io: Any = None
        self._writer: WavWriter | None = None
        self._converter: PcmConverter | None = None
        self._failure: AudioError | None = None
        self._since_level = 0.0
        self._started_at = 0.0
        self._last_data_at: float | None = None
        self._last_sound_at: float | None = None
        self._device_id = b""
        self._watchdog = QTimer(self)
        self._watchdog.setInterval(WATCHDOG_MS)
        self._watchdog.timeout.connect(self._watch)

    @property
    def is_recording(self) -> bool:
        return self._writer is not None

    @property
    def elapsed_seconds(self) -> float:
        return self._writer.duration_seconds if self._writer else 0.0

    def start(self, path: Path) -> None:
        if self._writer is not None:
            raise RuntimeError("start() while already recording")
        if not QMediaDevices.audioInputs():
            raise NoInputDevice("Qt lists no audio input")
        device = QMediaDevices.defaultAudioInput()
        if device.isNull():
            raise NoInputDevice("Qt has no default audio input")
        chosen = recording_format(device, self.input_format)
        self.device_name = device.description()
        self._device_id = bytes(device.id().data())
        self._failure = None
        self._since_level = 0.0
        self._last_data_at = None
        self._last_sound_at = None
        self._converter = None if chosen.is_stored_format else PcmConverter(chosen)
        self._writer = WavWriter(Path(path), DEFAULT_FORMAT)  # raises DiskFull, OSError
        source = QAudioSource(device, _qt_format(chosen), self)
        self._source = source
        # stateChanged carries a QAudio::State that PySide6 6.11 cannot convert for a Python
        # slot with an argument; the slot reads state() and error() itself.
        source.stateChanged.connect(self._state_changed)
        self._io = source.start()
        error = source.error()
        if self._io is None or _is_error(error):
            self._abort()
            raise NoInputDevice(f"the microphone did not start: {error}")
        self._io.readyRead.connect(self._read)
        self._started_at = self._clock()
        self._watchdog.start()

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
        data = bytes(self._io.readAll().data())
        if not data:
            return
        self._last_data_at = self._clock()
        if self._converter is not None:
            data = self._converter.convert(data)
        if data.strip(b"\x00"):
            self._last_sound_at = self._last_data_at
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

    def _state_changed(self) -> None:
        source = self._source
        if source is None or self._writer is None:
            return
        error = source.error()
        if _is_error(error):
            self._lost(f"the microphone stopped: {error}")
        elif source.state() == QtAudio.State.SuspendedState:
            source.resume()

    def _watch(self) -> None:
        """Every ``WATCHDOG_MS`` while recording: take what arrived, notice a silent device."""
        if self._writer is None:
            self._watchdog.stop()
            return
        self._read()
        if self._writer is None:
            return
        if self._device_id not in {bytes(d.id().data()) for d in QMediaDevices.audioInputs()}:
            self._lost("Qt no longer lists the microphone")
            return
        now = self._clock()
        if self._last_data_at is None:
            if now - self._started_at >= START_SECONDS:
                self._fail(NoInputDevice("the microphone sends nothing"))
        elif now - self._last_data_at >= STALL_SECONDS:
            self._lost(f"nothing from the microphone for {now - self._last_data_at:.1f} s")
        elif self._last_sound_at is not None and now - self._last_sound_at >= STALL_SECONDS:
            self._lost(f"nothing but digital silence for {now - self._last_sound_at:.1f} s")

    def _lost(self, detail: str) -> None:
        """The microphone went away: keep what was recorded, then report it."""
        log.warning("recording interrupted: %s", detail)
        writer, self._writer = self._writer, None
        self._close_source()
        if writer is None:
            return
        seconds = writer.duration_seconds
        path: Path | None = None
        if writer.duration_seconds > 0:
            try:
                path = writer.close()
            except AudioError as error:
                self._report(error)
                return
        else:
            writer.abort()
        self._report(RecordingInterrupted(detail, path, seconds))

    def _fail(self, error: AudioError) -> None:
        self._abort()
        self._report(error)

    def _report(self, error: AudioError) -> None:
        self._failure = error
        if self.on_error:
            self.on_error(error)

    def _abort(self) -> None:
        if self._writer is not None:
            self._writer.abort()
            self._writer = None
        self._close_source()

    def _close_source(self) -> None:
        self._watchdog.stop()
        source, self._source = self._source, None
        self._io = None
        self._converter = None
        if source is not None:
            source.stateChanged.disconnect(self._state_changed)
            source.stop()
            source.deleteLater()
