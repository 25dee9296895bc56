"""Builders of synthetic WAV files with known speech and silence for the audio tests."""

from __future__ import annotations

import wave
from collections.abc import Callable
from pathlib import Path

import numpy as np

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "audio"

Signal = Callable[[int], np.ndarray]
"""A part of a synthetic recording: given the sample rate, its float samples (1.0 = full scale)."""


def tone(seconds: float, dbfs: float = -20.0, freq: float = 440.0) -> Signal:
    """A sine whose RMS level is ``dbfs``."""

    def render(rate: int) -> np.ndarray:
        t = np.arange(round(seconds * rate)) / rate
        return np.sqrt(2) * 10 ** (dbfs / 20) * np.sin(2 * np.pi * freq * t)

    return render


def noise(seconds: float, dbfs: float = -20.0, seed: int = 1) -> Signal:
    """White noise whose RMS level is about ``dbfs``."""

    def render(rate: int) -> np.ndarray:
        rng = np.random.default_rng(seed)
        return rng.normal(0.0, 10 ** (dbfs / 20), round(seconds * rate))

    return render


def silence(seconds: float) -> Signal:
    """Digital silence."""

    def render(rate: int) -> np.ndarray:
        return np.zeros(round(seconds * rate))

    return render


def render_wav(
    path: Path,
    parts: list[Signal],
    *,
    rate: int = 16_000,
    channels: int = 1,
    sample_width: int = 2,
    hiss_dbfs: float | None = None,
) -> Path:
    """Write the parts one after the other as a PCM WAV (same signal on every channel).

    Samples beyond full scale are clipped, as a real converter would. ``hiss_dbfs`` adds
    background noise of that RMS level under everything.
    """
    signal = np.concatenate([part(rate) for part in parts]) if parts else np.zeros(0)
    if hiss_dbfs is not None:
        signal = signal + np.random.default_rng(99).normal(0, 10 ** (hiss_dbfs / 20), signal.size)
    full = 2.0 ** (8 * sample_width - 1)
    ints = np.clip(np.round(signal * full), -full, full - 1)
    if channels > 1:
        ints = np.repeat(ints, channels)
    if sample_width == 1:
        pcm = (ints + 128).astype(np.uint8).tobytes()
    else:
        pcm = ints.astype(f"<i{sample_width}").tobytes()
    with wave.open(str(path), "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(sample_width)
        out.setframerate(rate)
        out.writeframes(pcm)
    return path
