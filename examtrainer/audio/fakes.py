"""File-backed fakes of the audio devices, driven by a fake clock, for tests and headless runs."""

from __future__ import annotations

import wave
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from examtrainer.audio.devices import (
    AudioError,
    DeviceProbe,
    DeviceStatus,
    DiskFull,
    NoInputDevice,
    NoOutputDevice,
    Player,
    Recorder,
    RecordingInterrupted,
    UnreadableAudio,
)
from examtrainer.audio.probe import duration_seconds
from examtrainer.audio.wav import PcmFormat, WavWriter, measure_level

MIN_RATE = 0.5
MAX_RATE = 2.0


class FakeDeviceProbe:
    """A ``DeviceProbe`` reporting ``self.current``, which tests may replace at any time."""

    def __init__(self, current: DeviceStatus | None = None) -> None:
        self.current = current or DeviceStatus(
            has_output=True,
            has_input=True,
            output_names=("Fake speaker",),
            input_names=("Fake microphone",),
        )

    def status(self) -> DeviceStatus:
        """Return ``self.current``."""
        return self.current


class FakePlayer:
    """A ``Player`` that plays nothing aloud but keeps honest time.

    With ``instant=True`` (the default) ``play`` runs to the end at once: ``on_position`` with
    the duration, then ``on_finished``. With ``instant=False`` time moves only through
    ``advance(seconds)``, scaled by the rate. Durations come from the file headers (WAV and
    Ogg/Opus); ``played`` lists every file whose playback started from the beginning, and
    ``calls`` logs every call, e.g. ``["load:q1.ogg", "rate:0.75", "play", "stop"]``.
    ``fail_next(error)`` makes the next ``play`` report ``error`` through ``on_error``.
    """

    def __init__(self, *, instant: bool = True) -> None:
        self.instant = instant
        self.on_finished: Callable[[], None] | None = None
        self.on_error: Callable[[AudioError], None] | None = None
        self.on_position: Callable[[float], None] | None = None
        self.played: list[Path] = []
        self.calls: list[str] = []
        self.rate = 1.0
        self._path: Path | None = None
        self._duration = 0.0
        self._position = 0.0
        self._playing = False
        self._pending_error: AudioError | None = None

    @property
    def position_seconds(self) -> float:
        """The current position in seconds of the file."""
        return self._position

    @property
    def duration_seconds(self) -> float:
        """The length of the loaded file in seconds; 0.0 when nothing is loaded."""
        return self._duration

    @property
    def is_playing(self) -> bool:
        """True while playing."""
        return self._playing

    @property
    def loaded(self) -> Path | None:
        """The loaded file, if any."""
        return self._path

    def fail_next(self, error: AudioError | None = None) -> None:
        """Make the next ``play`` fail with ``error`` (default ``NoOutputDevice``)."""
        self._pending_error = error or NoOutputDevice("fake player told to fail")

    def load(self, path: Path) -> None:
        """Load ``path``; raises ``UnreadableAudio`` if it is missing or not WAV/Ogg-Opus."""
        path = Path(path)
        self.calls.append(f"load:{path.name}")
        self._playing = False
        self._duration = duration_seconds(path)
        self._path = path
        self._position = 0.0

    def play(self) -> None:
        """Start or resume; raises ``RuntimeError`` if nothing is loaded."""
        self.calls.append("play")
        if self._path is None:
            raise RuntimeError("play() before load()")
        if self._pending_error is not None:
            error, self._pending_error = self._pending_error, None
            self._playing = False
            if self.on_error:
                self.on_error(error)
            return
        if self._position >= self._duration:
            self._position = 0.0  # like Qt: play after the end starts again
        if self._position == 0.0:
            self.played.append(self._path)
        self._playing = True
        if self.instant:
            self._move_to(self._duration)

    def pause(self) -> None:
        """Pause, keeping the position."""
        self.calls.append("pause")
        self._playing = False

    def stop(self) -> None:
        """Stop and rewind to 0 seconds."""
        self.calls.append("stop")
        self._playing = False
        self._position = 0.0

    def set_rate(self, rate: float) -> None:
        """Set the speed; raises ``ValueError`` outside 0.5..2.0."""
        if not MIN_RATE <= rate <= MAX_RATE:
            raise ValueError(f"rate must be between {MIN_RATE} and {MAX_RATE}, not {rate}")
        self.calls.append(f"rate:{rate:g}")
        self.rate = rate

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` of fake wall-clock time pass (the file moves ``seconds * rate``)."""
        if seconds < 0:
            raise ValueError("time does not run backwards")
        if self._playing:
            self._move_to(min(self._duration, self._position + seconds * self.rate))

    def _move_to(self, position: float) -> None:
        self._position = position
        if self.on_position:
            self.on_position(position)
        if position >= self._duration:
            self._playing = False
            if self.on_finished:
                self.on_finished()


class FakeRecorder:
    """A ``Recorder`` whose microphone "hears" a given WAV file, so recordings are real WAVs.

    The recording uses the source's own format. With ``instant=True`` (the default) ``start``
    records the whole source at once; with ``instant=False`` sound arrives only through
    ``advance(seconds)``, and after the source runs out the microphone hears silence.
    ``on_level`` gets the RMS dBFS of each ``chunk_seconds`` of sound. ``has_microphone=False``
    makes ``start`` raise ``NoInputDevice``; ``disk_full_after_seconds`` makes the disk fill up
    after that much sound (0 makes ``start`` raise ``DiskFull``), which is reported through
    ``on_error`` and raised again by ``stop``. ``recorded`` lists the finished recordings.
    """

    def __init__(
        self,
        source: Path,
        *,
        instant: bool = True,
        has_microphone: bool = True,
        disk_full_after_seconds: float | None = None,
        chunk_seconds: float = 0.1,
    ) -> None:
        self.source = Path(source)
        self.instant = instant
        self.has_microphone = has_microphone
        self.disk_full_after_seconds = disk_full_after_seconds
        self.chunk_seconds = chunk_seconds
        self.on_level: Callable[[float], None] | None = None
        self.on_error: Callable[[AudioError], None] | None = None
        self.recorded: list[Path] = []
        self._writer: WavWriter | None = None
        self._source_pcm = b""
        self._read_at = 0
        self._failure: AudioError | None = None

    @property
    def is_recording(self) -> bool:
        """True between ``start`` and ``stop`` or a failure."""
        return self._writer is not None

    @property
    def elapsed_seconds(self) -> float:
        """Seconds of sound recorded so far."""
        return self._writer.duration_seconds if self._writer else 0.0

    def start(self, path: Path) -> None:
        """Start recording into ``path``; see the class docstring for the simulated failures."""
        if self._writer is not None:
            raise RuntimeError("start() while already recording")
        if not self.has_microphone:
            raise NoInputDevice("fake recorder has no microphone")
        if self.disk_full_after_seconds is not None and self.disk_full_after_seconds <= 0:
            raise DiskFull("fake disk is full")
        pcm_format, self._source_pcm = _read_pcm(self.source)
        self._read_at = 0
        self._failure = None
        self._writer = WavWriter(Path(path), pcm_format)
        if self.instant:
            self._record(len(self._source_pcm) / pcm_format.bytes_per_second)

    def advance(self, seconds: float) -> None:
        """Let ``seconds`` of fake time pass while recording (ignored when not recording)."""
        if seconds < 0:
            raise ValueError("time does not run backwards")
        if self._writer is not None:
            self._record(seconds)

    def stop(self) -> Path:
        """Finish and return the WAV path, or raise the failure that ended the recording."""
        if self._failure is not None:
            failure, self._failure = self._failure, None
            raise failure
        if self._writer is None:
            raise RuntimeError("stop() while not recording")
        writer, self._writer = self._writer, None
        path = writer.close()
        self.recorded.append(path)
        return path

    def unplug(self) -> None:
        """Pull out the fake microphone while recording: like a real one, what was recorded
        so far is kept as a WAV and ``RecordingInterrupted`` goes to ``on_error``."""
        writer, self._writer = self._writer, None
        if writer is None:
            return
        seconds = writer.duration_seconds
        path: Path | None = None
        if seconds > 0:
            path = writer.close()
            self.recorded.append(path)
        else:
            writer.abort()
        self._failure = RecordingInterrupted("fake microphone unplugged", path, seconds)
        if self.on_error:
            self.on_error(self._failure)

    def _record(self, seconds: float) -> None:
        writer = self._writer
        assert writer is not None
        fmt = writer.format
        chunk_bytes = max(1, round(self.chunk_seconds * fmt.sample_rate)) * fmt.frame_bytes
        remaining = round(seconds * fmt.sample_rate) * fmt.frame_bytes
        while remaining > 0:
            size = min(chunk_bytes, remaining)
            chunk = self._source_pcm[self._read_at : self._read_at + size]
            self._read_at += len(chunk)
            silence = b"\x80" if fmt.sample_width == 1 else b"\x00"
            chunk += silence * (size - len(chunk))
            limit = self.disk_full_after_seconds
            if limit is not None and writer.duration_seconds + size / fmt.bytes_per_second > limit:
                self._fail(DiskFull("fake disk filled up"))
                return
            writer.write(chunk)
            remaining -= size
            if self.on_level:
                self.on_level(measure_level(chunk, fmt.sample_width).rms_dbfs)

    def _fail(self, error: AudioError) -> None:
        if self._writer is not None:
            self._writer.abort()
            self._writer = None
        self._failure = error
        if self.on_error:
            self.on_error(error)


def _read_pcm(path: Path) -> tuple[PcmFormat, bytes]:
    try:
        with wave.open(str(path), "rb") as reader:
            fmt = PcmFormat(reader.getframerate(), reader.getnchannels(), reader.getsampwidth())
            return fmt, reader.readframes(reader.getnframes())
    except (OSError, wave.Error, EOFError, ValueError) as exc:
        raise UnreadableAudio(f"{path}: fake microphone source is not a PCM WAV ({exc})") from exc


if TYPE_CHECKING:  # mypy proves the fakes satisfy the protocols the GUI implements
    _player: Player = FakePlayer()
    _recorder: Recorder = FakeRecorder(Path("source.wav"))
    _probe: DeviceProbe = FakeDeviceProbe()
