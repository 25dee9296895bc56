"""Durations of WAV and Ogg/Opus files read from their headers, without decoding or ffmpeg."""

from __future__ import annotations

import struct
import wave
from pathlib import Path
from typing import Final

from examtrainer.audio.devices import UnreadableAudio

_OGG_CAPTURE: Final = b"OggS"
_OPUS_HEAD: Final = b"OpusHead"
_OPUS_GRANULE_RATE: Final = 48_000  # Opus granule positions always count 48 kHz samples


def duration_seconds(path: Path) -> float:
    """Return the playing time of a PCM WAV or Ogg/Opus file in seconds.

    Reads headers only (the whole file for Ogg, which is small). Raises ``UnreadableAudio``
    for a missing file, another format, or a damaged header.
    """
    path = Path(path)
    try:
        with path.open("rb") as handle:
            magic = handle.read(4)
    except OSError as exc:
        raise UnreadableAudio(f"{path}: {exc}") from exc
    if magic == b"RIFF":
        return _wav_duration(path)
    if magic == _OGG_CAPTURE:
        return _opus_duration(path)
    raise UnreadableAudio(f"{path}: neither WAV nor Ogg")


def _wav_duration(path: Path) -> float:
    try:
        with wave.open(str(path), "rb") as reader:
            return reader.getnframes() / reader.getframerate()
    except (wave.Error, EOFError, ZeroDivisionError):
        pass  # e.g. WAVE_FORMAT_EXTENSIBLE, which the stdlib reader of Python 3.11 refuses
    from examtrainer.audio.wav import read_wav

    segment = read_wav(path)
    return segment.frame_count() / segment.frame_rate


def _opus_duration(path: Path) -> float:
    data = path.read_bytes()
    head_at = data.find(_OPUS_HEAD)
    if head_at < 0 or len(data) < head_at + 12:
        raise UnreadableAudio(f"{path}: Ogg without an Opus stream")
    (pre_skip,) = struct.unpack_from("<H", data, head_at + 10)
    granule = _last_granule(data)
    if granule is None:
        raise UnreadableAudio(f"{path}: no complete Ogg page at the end")
    return max(0, granule - pre_skip) / _OPUS_GRANULE_RATE


def _last_granule(data: bytes) -> int | None:
    """Granule position of the last Ogg page that ends exactly at the end of ``data``."""
    at = data.rfind(_OGG_CAPTURE)
    while at >= 0:
        if len(data) >= at + 27 and data[at + 4] == 0:
            segments = data[at + 26]
            table = data[at + 27 : at + 27 + segments]
            if at + 27 + segments + sum(table) == len(data):
                (granule,) = struct.unpack_from("<q", data, at + 6)
                return int(granule)
        at = data.rfind(_OGG_CAPTURE, 0, at)
    return None
