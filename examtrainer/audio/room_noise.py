"""A quiet exam-room murmur (distant voices, chairs, air) generated at run time, so no sound
file has to be bundled. Exam mode can loop it softly so learners get used to a noisy room."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from examtrainer.audio.wav import PcmFormat, write_wav

NOISE_FORMAT = PcmFormat(sample_rate=16_000, channels=1, sample_width=2)
DEFAULT_LEVEL_DBFS = -38.0  # RMS: clearly audible on headphones, far below the exam audio
VOICES = 5  # distant talkers mixed into the murmur


def _band_noise(rng: np.random.Generator, count: int, rate: int, low: float, high: float) -> Any:
    """White noise limited to ``low``–``high`` Hz (a rough stand-in for a voice's spectrum)."""
    spectrum = np.fft.rfft(rng.standard_normal(count))
    freqs = np.fft.rfftfreq(count, 1.0 / rate)
    spectrum[(freqs < low) | (freqs > high)] = 0.0
    return np.fft.irfft(spectrum, count)


def _envelope(rng: np.random.Generator, count: int, rate: int, per_second: float) -> Any:
    """A smooth random loudness curve with about ``per_second`` bumps a second (syllables)."""
    points = max(2, int(count / rate * per_second) + 2)
    knots = rng.random(points)
    return np.interp(np.arange(count), np.linspace(0, count - 1, points), knots)


def room_noise_pcm(
    seconds: float = 20.0,
    level_dbfs: float = DEFAULT_LEVEL_DBFS,
    seed: int = 7,
    pcm_format: PcmFormat = NOISE_FORMAT,
) -> bytes:
    """int16 mono PCM of ``seconds`` of murmur at ``level_dbfs`` RMS that loops without a click.

    Deterministic for a given seed. The loop point is smooth because the last half second is
    cross-faded into the first."""
    if pcm_format.sample_width != 2 or pcm_format.channels != 1:
        raise ValueError("room_noise_pcm writes int16 mono only")
    rate = pcm_format.sample_rate
    fade = rate // 2
    count = max(fade * 2, round(seconds * rate))
    total = count + fade
    rng = np.random.default_rng(seed)
    mix = 0.35 * _band_noise(rng, total, rate, 60.0, 400.0)  # air and footsteps
    for _ in range(VOICES):
        low = float(rng.uniform(150.0, 300.0))
        voice = _band_noise(rng, total, rate, low, low + float(rng.uniform(700.0, 1500.0)))
        syllables = _envelope(rng, total, rate, float(rng.uniform(3.0, 5.0))) ** 2
        phrases = _envelope(rng, total, rate, 0.4) > 0.45  # a talker pauses now and then
        mix += voice * syllables * phrases
    ramp = np.linspace(0.0, 1.0, fade)
    looped = mix[:count].copy()
    looped[:fade] = looped[:fade] * ramp + mix[count:] * (1.0 - ramp)
    rms = float(np.sqrt(np.mean(looped**2))) or 1.0
    scaled = looped * (10 ** (level_dbfs / 20) / rms)
    samples = np.clip(np.round(scaled * 32767), -32768, 32767).astype("<i2")
    return samples.tobytes()


def write_room_noise(path: Path, seconds: float = 20.0) -> Path:
    """Write the murmur to ``path`` (folders created) unless it is there; returns ``path``."""
    path = Path(path)
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        write_wav(path, room_noise_pcm(seconds), NOISE_FORMAT)
    return path
