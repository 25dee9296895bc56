"""Turning what a microphone delivers into the WAV format recordings are stored in.

Real input devices deliver what they like best: 48 kHz stereo float on most laptops,
44.1 kHz stereo int16 on many USB headsets. Recordings are stored as ``DEFAULT_FORMAT``
(16 kHz mono int16) so that every recording looks the same to the analysis, the player and
the teacher's review list. ``PcmConverter`` does that conversion chunk by chunk, as the
chunks arrive, keeping what it needs between chunks (a partial frame, the resampling phase).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Final

import numpy as np

from examtrainer.audio.wav import DEFAULT_FORMAT, PcmFormat


class SampleKind(Enum):
    """How one sample is encoded in the raw input (always little-endian, interleaved)."""

    UINT8 = "uint8"
    INT16 = "int16"
    INT32 = "int32"
    FLOAT32 = "float32"

    @property
    def width(self) -> int:
        """Bytes per sample."""
        return _WIDTHS[self]


_WIDTHS: Final = {
    SampleKind.UINT8: 1,
    SampleKind.INT16: 2,
    SampleKind.INT32: 4,
    SampleKind.FLOAT32: 4,
}


@dataclass(frozen=True)
class InputFormat:
    """The layout of the raw PCM an input device delivers."""

    sample_rate: int
    channels: int
    kind: SampleKind

    def __post_init__(self) -> None:
        if self.sample_rate <= 0 or self.channels <= 0:
            raise ValueError("sample_rate and channels must be positive")

    @property
    def frame_bytes(self) -> int:
        """Bytes per frame (one sample for every channel)."""
        return self.kind.width * self.channels

    @property
    def is_stored_format(self) -> bool:
        """True when the input is already in ``DEFAULT_FORMAT`` and needs no conversion."""
        return (
            self.kind is SampleKind.INT16
            and self.channels == DEFAULT_FORMAT.channels
            and self.sample_rate == DEFAULT_FORMAT.sample_rate
        )


def decode(data: bytes, kind: SampleKind) -> np.ndarray:
    """Decode whole samples of ``kind`` into float64, 1.0 being full scale."""
    if kind is SampleKind.UINT8:
        return (np.frombuffer(data, dtype=np.uint8).astype(np.float64) - 128.0) / 128.0
    if kind is SampleKind.INT16:
        return np.frombuffer(data, dtype="<i2").astype(np.float64) / 32768.0
    if kind is SampleKind.INT32:
        return np.frombuffer(data, dtype="<i4").astype(np.float64) / 2.0**31
    samples = np.frombuffer(data, dtype="<f4").astype(np.float64)
    return np.nan_to_num(samples, nan=0.0, posinf=1.0, neginf=-1.0)


def encode_int16(samples: np.ndarray) -> bytes:
    """Encode float samples (1.0 full scale) as int16 PCM, clipping what is out of range."""
    scaled = np.clip(np.rint(samples * 32767.0), -32768, 32767)
    return scaled.astype("<i2").tobytes()


class PcmConverter:
    """Converts raw PCM of ``source`` into PCM of ``target`` (int16 mono), chunk by chunk.

    Channels are averaged to mono. The rate is changed by averaging blocks of input frames
    when the input rate is a whole multiple of the target rate (48 kHz -> 16 kHz: blocks of
    three, which also removes most of what would alias), else by linear interpolation. A chunk
    may end anywhere, even inside a sample: the rest is kept for the next chunk. Not
    thread-safe; one converter per recording.
    """

    def __init__(self, source: InputFormat, target: PcmFormat = DEFAULT_FORMAT) -> None:
        if target.channels != 1 or target.sample_width != 2:
            raise ValueError("the target must be mono int16")
        self.source = source
        self.target = target
        self._carry = b""
        ratio = source.sample_rate / target.sample_rate
        self._block = round(ratio) if ratio >= 1 and ratio == round(ratio) else 0
        self._step = ratio
        self._held = np.zeros(0)  # mono input frames not used yet
        self._position = 0.0  # where the next output frame falls, in frames of _held

    def convert(self, chunk: bytes) -> bytes:
        """Return the target PCM for ``chunk`` (possibly empty while frames are collected)."""
        data = self._carry + bytes(chunk)
        whole = len(data) - len(data) % self.source.frame_bytes
        self._carry = data[whole:]
        if not whole:
            return b""
        samples = decode(data[:whole], self.source.kind)
        mono = samples.reshape(-1, self.source.channels).mean(axis=1)
        if self._block:
            return encode_int16(self._by_blocks(mono))
        return encode_int16(self._by_interpolation(mono))

    def _by_blocks(self, mono: np.ndarray) -> np.ndarray:
        held = np.concatenate([self._held, mono])
        usable = len(held) - len(held) % self._block
        self._held = held[usable:]
        if self._block == 1:
            return held[:usable]
        return held[:usable].reshape(-1, self._block).mean(axis=1)

    def _by_interpolation(self, mono: np.ndarray) -> np.ndarray:
        held = np.concatenate([self._held, mono])
        if len(held) < 2:
            self._held = held
            return np.zeros(0)
        last = len(held) - 1  # interpolation needs a frame on both sides
        count = max(0, int(np.floor((last - self._position) / self._step)) + 1)
        if self._position > last:
            count = 0
        positions = self._position + self._step * np.arange(count)
        out = np.interp(positions, np.arange(len(held)), held)
        next_position = self._position + self._step * count
        keep_from = min(int(np.floor(next_position)), last)
        self._held = held[keep_from:]
        self._position = next_position - keep_from
        return out
