"""Protocols for the audio devices the GUI provides, and the audio error family."""

# The GUI implements Player, Recorder and DeviceProbe with QtMultimedia; tests and headless code
# use the file-backed fakes in examtrainer.audio.fakes.

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Protocol

from examtrainer import errors
from examtrainer.audio.messages import error_text


class AudioError(Exception):
    """Base of the audio errors; ``code`` is stable, ``message_nl`` is for the learner.

    ``detail`` (the constructor argument) is technical context for logs, never shown as is.
    """

    code: ClassVar[str] = "audio_error"

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.code)
        self.detail = detail

    @property
    def message_nl(self) -> str:
        """A short, plain Dutch sentence (the GUI translates it with ``messages.error_text``)."""
        return error_text(self.code)


class NoOutputDevice(AudioError):
    """There is no loudspeaker or headphone to play through."""

    code: ClassVar[str] = "no_output_device"


class NoInputDevice(AudioError):
    """There is no microphone, or the system refused access to it."""

    code: ClassVar[str] = "no_input_device"


class RecordingInterrupted(NoInputDevice):
    """The microphone went away (unplugged, switched off) in the middle of a recording.

    What was recorded before is kept: ``path`` is a complete WAV of ``seconds`` of sound, or
    None when nothing had been recorded yet (then no file exists).
    """

    code: ClassVar[str] = "recording_interrupted"

    def __init__(self, detail: str = "", path: Path | None = None, seconds: float = 0.0) -> None:
        super().__init__(detail)
        self.path = path
        self.seconds = seconds


class DiskFull(AudioError, errors.DiskFull):
    """A recording could not be written because the disk (or quota) is full.

    Also the project's ``errors.DiskFull`` (a ``StorageError``), so code that handles a full
    disk handles it whether the database or a recording found the disk full; ``str`` is the
    plain Dutch message, ``detail`` the technical context."""

    code: ClassVar[str] = "disk_full"

    def __str__(self) -> str:
        return self.message_nl


class UnreadableAudio(AudioError):
    """An audio file is missing, truncated or in a format we cannot decode."""

    code: ClassVar[str] = "unreadable_audio"


class EncoderUnavailable(AudioError):
    """The ffmpeg binary (needed only by the content tools for Ogg/Opus) is not available."""

    code: ClassVar[str] = "encoder_unavailable"


@dataclass(frozen=True)
class DeviceStatus:
    """Which audio devices the system offers, for the sound and microphone check."""

    has_output: bool
    has_input: bool
    output_names: tuple[str, ...] = ()
    input_names: tuple[str, ...] = ()

    def problems(self) -> list[AudioError]:
        """Return the errors that block an exam: a missing output first, then a missing input."""
        found: list[AudioError] = []
        if not self.has_output:
            found.append(NoOutputDevice())
        if not self.has_input:
            found.append(NoInputDevice())
        return found


class DeviceProbe(Protocol):
    """Reports the audio devices present right now."""

    def status(self) -> DeviceStatus:
        """Return the current devices; cheap enough to call when a screen opens."""
        ...


class Player(Protocol):
    """Plays one audio file at a time (WAV or Ogg/Opus).

    Positions and durations are in seconds of the file's own time line, whatever the rate.
    Errors found while loading are raised; errors during playback go to ``on_error``.
    Callbacks run on the thread that owns the player (the UI thread for Qt) and must be quick.
    """

    on_finished: Callable[[], None] | None
    """Called once when playback reaches the end of the file (not after ``stop``)."""
    on_error: Callable[[AudioError], None] | None
    """Called when playback fails; the player is then stopped."""
    on_position: Callable[[float], None] | None
    """Called with the position in seconds while playing, a few times per second."""

    def load(self, path: Path) -> None:
        """Load ``path`` and rewind; raises ``UnreadableAudio`` if it is missing or bad."""
        ...

    def play(self) -> None:
        """Start or resume playback from the current position."""
        ...

    def pause(self) -> None:
        """Pause, keeping the position."""
        ...

    def stop(self) -> None:
        """Stop and rewind to 0 seconds; does not call ``on_finished``."""
        ...

    def set_rate(self, rate: float) -> None:
        """Set the playback speed (1.0 normal, 0.75 for slowed-down listening).

        Raises ``ValueError`` outside 0.5..2.0.
        """
        ...

    @property
    def position_seconds(self) -> float:
        """The current position in seconds."""
        ...

    @property
    def duration_seconds(self) -> float:
        """The length of the loaded file in seconds; 0.0 when nothing is loaded."""
        ...

    @property
    def is_playing(self) -> bool:
        """True between ``play`` and the end, ``pause``, ``stop`` or an error."""
        ...


class Recorder(Protocol):
    """Records the microphone to a WAV file (int16 mono 16 kHz unless the GUI chooses otherwise).

    ``start`` raises ``NoInputDevice`` or ``DiskFull`` when the problem is known at once;
    a problem found while recording goes to ``on_error`` and ends the recording.
    Callbacks run on the thread that owns the recorder (the UI thread for Qt) and must be quick.
    """

    on_level: Callable[[float], None] | None
    """Called with the RMS level in dBFS (<= 0) of the latest sound, a few times per second."""
    on_error: Callable[[AudioError], None] | None
    """Called when recording fails after ``start``; the recorder is then idle."""

    def start(self, path: Path) -> None:
        """Start recording into ``path``; nothing appears at ``path`` until ``stop``."""
        ...

    def stop(self) -> Path:
        """Finish the recording and return its path, a complete WAV file.

        Raises the ``AudioError`` that ended the recording (also given to ``on_error``) or
        ``DiskFull`` if the file cannot be finished; the file then does not exist, except
        after ``RecordingInterrupted``, whose ``path`` (when not None) holds the part that was
        recorded before the microphone went away.
        """
        ...

    @property
    def is_recording(self) -> bool:
        """True between ``start`` and ``stop`` or an error."""
        ...

    @property
    def elapsed_seconds(self) -> float:
        """Seconds of sound recorded so far."""
        ...
