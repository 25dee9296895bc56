"""Reading and safely writing PCM WAV files, and measuring the level of PCM chunks."""

from __future__ import annotations

import errno
import io
import math
import os
import tempfile
import wave
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, TYPE_CHECKING, Final

import numpy as np

from examtrainer.audio.devices import DiskFull, UnreadableAudio

if TYPE_CHECKING:
    from pydub import AudioSegment

LEVEL_FLOOR_DBFS: Final = -96.0
"""Levels are never reported below this (the noise floor of 16-bit audio), so never -inf."""

PARTIAL_SUFFIX: Final = ".part"
"""Suffix of the temporary file a ``WavWriter`` writes before renaming it into place."""

_NO_SPACE_ERRNOS: Final = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


@dataclass(frozen=True)
class PcmFormat:
    """The layout of raw PCM: little-endian signed integers (unsigned for 8-bit), interleaved."""

    sample_rate: int = 16_000
    channels: int = 1
    sample_width: int = 2
    """Bytes per sample: 1, 2 or 4."""

    def __post_init__(self) -> None:
        if self.sample_width not in (1, 2, 4):
            raise ValueError(f"sample_width must be 1, 2 or 4 bytes, not {self.sample_width}")
        if self.sample_rate <= 0 or self.channels <= 0:
            raise ValueError("sample_rate and channels must be positive")

    @property
    def frame_bytes(self) -> int:
        """Bytes per frame (one sample for every channel)."""
        return self.sample_width * self.channels

    @property
    def bytes_per_second(self) -> int:
        """Bytes of PCM per second of sound."""
        return self.frame_bytes * self.sample_rate


DEFAULT_FORMAT: Final = PcmFormat()
"""int16 mono 16 kHz: what recordings use unless the GUI's device forces another format."""


@dataclass(frozen=True)
class ChunkLevel:
    """The level of one PCM chunk, in dBFS (0 dBFS = full scale; a full-scale sine has -3 RMS)."""

    rms_dbfs: float
    peak_dbfs: float


def _to_dbfs(ratio: float) -> float:
    if ratio <= 0.0:
        return LEVEL_FLOOR_DBFS
    return max(LEVEL_FLOOR_DBFS, 20.0 * math.log10(ratio))


def pcm_to_float(chunk: bytes, sample_width: int = 2) -> np.ndarray:
    """Decode interleaved PCM bytes into float64 samples where 1.0 is full scale.

    A trailing partial sample is ignored. 8-bit PCM is unsigned (as in WAV), wider is signed.
    """
    usable = len(chunk) - len(chunk) % sample_width
    if sample_width == 1:
        raw = np.frombuffer(chunk, dtype=np.uint8, count=usable)
        return (raw.astype(np.float64) - 128.0) / 128.0
    if sample_width == 2:
        return np.frombuffer(chunk, dtype="<i2", count=usable // 2).astype(np.float64) / 32768.0
    if sample_width == 4:
        return np.frombuffer(chunk, dtype="<i4", count=usable // 4).astype(np.float64) / 2.0**31
    raise ValueError(f"sample_width must be 1, 2 or 4 bytes, not {sample_width}")


def measure_level(chunk: bytes, sample_width: int = 2) -> ChunkLevel:
    """Return the RMS and peak level of a PCM chunk for a level meter.

    Both are in dBFS, clamped to ``LEVEL_FLOOR_DBFS`` for silence or an empty chunk. Channels
    are not separated: the level is over all samples. Cheap (numpy only), safe on any thread.
    """
    samples = pcm_to_float(chunk, sample_width)
    if samples.size == 0:
        return ChunkLevel(LEVEL_FLOOR_DBFS, LEVEL_FLOOR_DBFS)
    rms = float(np.sqrt(np.mean(samples * samples)))
    peak = float(np.max(np.abs(samples)))
    return ChunkLevel(_to_dbfs(rms), _to_dbfs(peak))


class WavWriter:
    """Writes a WAV file from raw PCM chunks, atomically.

    Chunks go to a temporary file beside ``path``; ``close`` (or leaving the ``with`` block
    normally) finishes the header, syncs to disk and renames it onto ``path``, so ``path`` is
    either absent (or its old content) or a complete WAV, never half written. ``abort`` (or an
    exception in the ``with`` block) removes the temporary file. A chunk may end in the middle
    of a frame; the rest is carried into the next chunk and a partial frame at the end is
    dropped. A full disk raises ``DiskFull`` after removing the temporary file.
    Not thread-safe: call it from one thread.
    """

    def __init__(self, path: Path, pcm_format: PcmFormat = DEFAULT_FORMAT) -> None:
        self.path = Path(path)
        self.format = pcm_format
        self._frames = 0
        self._carry = b""
        self._closed = False
        try:
            handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed in close()/abort()
                mode="wb",
                dir=self.path.parent,
                prefix=f".{self.path.name}.",
                suffix=PARTIAL_SUFFIX,
                delete=False,
            )
        except OSError as exc:
            if exc.errno in _NO_SPACE_ERRNOS:
                raise DiskFull(f"{self.path}: {exc}") from exc
            raise
        self._file: IO[bytes] = handle
        self.temp_path = Path(handle.name)
        try:
            self._wave = wave.open(handle, "wb")  # noqa: SIM115 - closed in close()/abort()
            self._wave.setnchannels(pcm_format.channels)
            self._wave.setsampwidth(pcm_format.sample_width)
            self._wave.setframerate(pcm_format.sample_rate)
        except BaseException as exc:
            handle.close()
            self.temp_path.unlink(missing_ok=True)
            if isinstance(exc, OSError) and exc.errno in _NO_SPACE_ERRNOS:
                raise DiskFull(f"{self.path}: {exc}") from exc
            raise

    @property
    def duration_seconds(self) -> float:
        """Seconds of sound written so far (whole frames only)."""
        return self._frames / self.format.sample_rate

    @property
    def closed(self) -> bool:
        """True after ``close`` or ``abort``."""
        return self._closed

    def write(self, chunk: bytes) -> None:
        """Append raw PCM in this writer's format; raises ``DiskFull`` if the disk is full."""
        if self._closed:
            raise ValueError("write to a closed WavWriter")
        data = self._carry + bytes(chunk)
        whole = len(data) - len(data) % self.format.frame_bytes
        self._carry = data[whole:]
        if not whole:
            return
        try:
            self._wave.writeframesraw(data[:whole])
        except OSError as exc:
            self._fail(exc)
        self._frames += whole // self.format.frame_bytes

    def close(self) -> Path:
        """Finish the file and move it onto ``path``; returns ``path``. Idempotent."""
        if self._closed:
            return self.path
        try:
            self._wave.close()  # rewrites the header with the final sizes
            self._file.flush()
            os.fsync(self._file.fileno())
            self._file.close()
            os.replace(self.temp_path, self.path)
        except OSError as exc:
            self._fail(exc)
        self._closed = True
        return self.path

    def abort(self) -> None:
        """Throw the recording away; ``path`` is left as it was. Idempotent."""
        if self._closed:
            return
        self._closed = True
        try:
            self._wave.close()
        except OSError:
            pass  # the file is being thrown away; a failing header write does not matter
        finally:
            self._file.close()
            self.temp_path.unlink(missing_ok=True)

    def _fail(self, exc: OSError) -> None:
        self.abort()
        if exc.errno in _NO_SPACE_ERRNOS:
            raise DiskFull(f"{self.path}: {exc}") from exc
        raise exc

    def __enter__(self) -> WavWriter:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None:
            self.close()
        else:
            self.abort()


def write_wav(
    path: Path, chunks: bytes | Iterable[bytes], pcm_format: PcmFormat = DEFAULT_FORMAT
) -> float:
    """Write PCM (one bytes object or an iterable of chunks) atomically to ``path``.

    Returns the duration written in seconds.
    """
    with WavWriter(path, pcm_format) as writer:
        if isinstance(chunks, bytes | bytearray | memoryview):
            writer.write(bytes(chunks))
        else:
            for chunk in chunks:
                writer.write(chunk)
        return writer.duration_seconds


def wav_bytes(pcm: bytes, pcm_format: PcmFormat = DEFAULT_FORMAT) -> bytes:
    """Return a complete in-memory WAV file holding ``pcm``."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(pcm_format.channels)
        out.setsampwidth(pcm_format.sample_width)
        out.setframerate(pcm_format.sample_rate)
        out.writeframes(pcm)
    return buffer.getvalue()


def read_wav(path: Path) -> AudioSegment:
    """Read a PCM WAV file into a pydub ``AudioSegment`` without ever calling ffmpeg.

    ``AudioSegment.from_wav`` silently falls back to ffmpeg when its own parser fails; this
    parses with pydub's built-in WAV reader only and raises ``UnreadableAudio`` instead.
    """
    from examtrainer.audio._pydub import AudioSegment, CouldntDecodeError

    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UnreadableAudio(f"{path}: {exc}") from exc
    try:
        return AudioSegment(data=data)
    except (CouldntDecodeError, ValueError, IndexError) as exc:
        raise UnreadableAudio(f"{path}: not a PCM WAV file ({exc})") from exc
