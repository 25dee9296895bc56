"""A test tone written as a WAV file, for the sound check when no bundled sample exists."""

from __future__ import annotations

import math
import struct
from pathlib import Path

from examtrainer.audio.wav import PcmFormat, write_wav

TONE_FORMAT = PcmFormat(sample_rate=16_000, channels=1, sample_width=2)


def tone_pcm(
    seconds: float = 1.0,
    frequency: float = 440.0,
    level_dbfs: float = -12.0,
    fade_seconds: float = 0.05,
    pcm_format: PcmFormat = TONE_FORMAT,
) -> bytes:
    """int16 mono PCM of a sine at ``level_dbfs`` peak, faded in and out (no clicks)."""
    if pcm_format.sample_width != 2 or pcm_format.channels != 1:
        raise ValueError("tone_pcm writes int16 mono only")
    rate = pcm_format.sample_rate
    count = max(0, round(seconds * rate))
    amplitude = 32767 * 10 ** (level_dbfs / 20)
    fade = max(1, round(fade_seconds * rate))
    samples = []
    for n in range(count):
        envelope = min(1.0, n / fade, (count - 1 - n) / fade)
        samples.append(round(amplitude * envelope * math.sin(2 * math.pi * frequency * n / rate)))
    return struct.pack(f"<{count}h", *samples)


def write_tone(path: Path, seconds: float = 1.0, frequency: float = 440.0) -> Path:
    """Write a test tone to ``path`` (atomically, folders created); returns ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_wav(path, tone_pcm(seconds, frequency), TONE_FORMAT)
    return path
