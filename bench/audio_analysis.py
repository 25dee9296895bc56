"""Times ``analyse_recording`` on a 60-second synthetic WAV: pydub's 1 ms seek step vs ours."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

import numpy as np

from examtrainer.audio.analysis import SEEK_STEP_MS, analyse_recording
from examtrainer.audio.wav import PcmFormat, write_wav

RATE = 16_000


def synthetic_answer(seconds: float = 60.0, seed: int = 7) -> bytes:
    """int16 mono 16 kHz PCM: 2 s bursts of -20 dBFS noise with 1 s gaps of -70 dBFS hiss."""
    rng = np.random.default_rng(seed)
    total = int(seconds * RATE)
    signal = rng.normal(0.0, 10 ** (-70 / 20), total)
    burst, gap = 2 * RATE, RATE
    for start in range(0, total, burst + gap):
        end = min(total, start + burst)
        signal[start:end] = rng.normal(0.0, 10 ** (-20 / 20), end - start)
    return (np.clip(signal, -1.0, 1.0) * 32767).astype("<i2").tobytes()


def best_of(runs: int, path: Path, seek_step_ms: int) -> float:
    """The fastest of ``runs`` analyses, in seconds."""
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        analyse_recording(path, seek_step_ms=seek_step_ms)
        timings.append(time.perf_counter() - started)
    return min(timings)


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "answer.wav"
        write_wav(path, synthetic_answer(), PcmFormat(sample_rate=RATE))
        result = analyse_recording(path)
        fine = best_of(1, path, seek_step_ms=1)
        coarse = best_of(3, path, seek_step_ms=SEEK_STEP_MS)
    speech, pauses = result.speech_seconds, result.pause_count
    print(f"60 s int16 mono 16 kHz; speech {speech:.2f} s, {pauses} pauses")
    print(f"seek_step=1 ms:  {fine:.3f} s")
    print(f"seek_step={SEEK_STEP_MS} ms: {coarse:.3f} s")
    print(f"ratio: {fine / coarse:.1f}x faster")


if __name__ == "__main__":
    main()
