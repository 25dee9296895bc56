"""Analysis of a spoken answer (speaking time, pauses, loudness, clipping) and kind feedback."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Final

import numpy as np

from examtrainer.audio.messages import FEEDBACK, feedback_text
from examtrainer.audio.wav import LEVEL_FLOOR_DBFS, read_wav

# --- Thresholds. All levels are dBFS: RMS or peak relative to full scale (a full-scale sine
# has an RMS of -3 dBFS). They are module constants so the GUI, the docs and tests agree.

MIN_PAUSE_SECONDS: Final = 0.5
"""A silence between two stretches of speech counts as a pause from this length on."""

SEEK_STEP_MS: Final = 10
"""Step of pydub's silence search; 1 ms is the pydub default and about 10x slower."""

SILENCE_FLOOR_DBFS: Final = -60.0
"""Sound quieter than this (over 0.5 s, RMS) is always silence, however quiet the recording."""

SILENCE_BELOW_LOUD_DB: Final = 30.0
"""Silence is at least this far below the recording's loud level (95th percentile of 10 ms RMS)."""

SILENCE_ABOVE_NOISE_DB: Final = 6.0
"""Silence may be up to this far above the noise floor (10th percentile of 10 ms RMS)..."""

SILENCE_MIN_BELOW_LOUD_DB: Final = 6.0
"""...but never closer than this to the loud level, so steady noise cannot hide all speech."""

TOO_QUIET_SPEECH_DBFS: Final = -40.0
"""Speech with an RMS level below this is too quiet (normal close-mic speech is about -25)."""

TOO_QUIET_PEAK_DBFS: Final = -30.0
"""A recording whose loudest sample stays below this is too quiet (speech peaks ~12 dB over RMS)."""

CLIP_LEVEL: Final = 0.99
"""A sample at or above this share of full scale (about -0.09 dBFS) counts as clipped."""

CLIPPING_SHARE: Final = 0.001
"""The recording clips when more than this share (0.1 %) of its speech samples are clipped."""

_FRAME_SECONDS: Final = 0.010


@dataclass(frozen=True)
class RecordingAnalysis:
    """What we measured in a recording. Times in seconds, levels in dBFS.

    ``speech_seconds`` is the total length of the stretches of speech; silences shorter than
    ``MIN_PAUSE_SECONDS`` inside a stretch count as speech. ``pause_count`` and
    ``longest_pause_seconds`` cover only silences between speech (not before or after it).
    Levels are never below ``LEVEL_FLOOR_DBFS`` (-96); ``speech_dbfs`` is that floor when no
    speech was found. ``clipped_share`` is the share (0..1) of speech samples at ``CLIP_LEVEL``.
    """

    duration_seconds: float
    speech_seconds: float
    pause_count: int
    longest_pause_seconds: float
    leading_silence_seconds: float
    too_quiet: bool
    clipping: bool
    peak_dbfs: float
    speech_dbfs: float
    clipped_share: float = 0.0
    silence_threshold_dbfs: float = SILENCE_FLOOR_DBFS
    speech_spans: tuple[tuple[float, float], ...] = ()
    """(start, end) of each stretch of speech, in seconds from the start."""


def _dbfs(ratio: float) -> float:
    if ratio <= 0.0:
        return LEVEL_FLOOR_DBFS
    return max(LEVEL_FLOOR_DBFS, 20.0 * math.log10(ratio))


def _frame_levels_dbfs(mono: np.ndarray, frame_rate: int) -> np.ndarray:
    """RMS level of consecutive 10 ms frames, in dBFS (floored)."""
    size = max(1, int(frame_rate * _FRAME_SECONDS))
    count = mono.size // size
    if count == 0:
        frames = mono[np.newaxis, :] if mono.size else np.zeros((1, 1))
    else:
        frames = mono[: count * size].reshape(count, size)
    rms = np.sqrt(np.mean(frames * frames, axis=1))
    with np.errstate(divide="ignore"):
        levels = 20.0 * np.log10(rms)
    return np.maximum(levels, LEVEL_FLOOR_DBFS)


def _trim_spans(
    spans_ms: list[list[int]],
    levels: np.ndarray,
    threshold: float,
    frame_rate: int,
    duration: float,
) -> tuple[tuple[float, float], ...]:
    """Shrink pydub's spans to their first and last 10 ms frame above ``threshold``.

    pydub only finds silences of at least a window (0.5 s) and steps in ``seek_step``, so a
    span also holds the shorter silence at its edges, such as a 0.3 s wait before speaking.
    """
    frame_seconds = max(1, int(frame_rate * _FRAME_SECONDS)) / frame_rate
    trimmed = []
    for start_ms, end_ms in spans_ms:
        first = int(start_ms / 1000 / frame_seconds)
        last = math.ceil(end_ms / 1000 / frame_seconds)
        loud = np.flatnonzero(levels[first:last] > threshold)
        if loud.size == 0:
            continue
        start = (first + int(loud[0])) * frame_seconds
        end = min(duration, (first + int(loud[-1]) + 1) * frame_seconds)
        if end > start:
            trimmed.append((start, end))
    return tuple(trimmed)


def silence_threshold_dbfs(loud_dbfs: float, noise_dbfs: float) -> float:
    """The RMS level at or below which 0.5 s of sound counts as silence, in dBFS.

    ``max(SILENCE_FLOOR_DBFS, loud - 30 dB, noise + 6 dB)``, but at most ``loud - 6 dB``
    (and never below the floor): relative to the recording's own loudness, so a quiet
    microphone still shows pauses, with an absolute floor so hiss is never speech.
    """
    threshold = max(loud_dbfs - SILENCE_BELOW_LOUD_DB, noise_dbfs + SILENCE_ABOVE_NOISE_DB)
    threshold = min(threshold, loud_dbfs - SILENCE_MIN_BELOW_LOUD_DB)
    return max(SILENCE_FLOOR_DBFS, threshold)


def analyse_recording(path: Path, *, seek_step_ms: int = SEEK_STEP_MS) -> RecordingAnalysis:
    """Measure a PCM WAV recording (any rate, width or channel count) without using ffmpeg.

    Raises ``UnreadableAudio`` if the file is missing or not a PCM WAV. Takes well under a
    second for a minute of 16 kHz mono; safe to run on a worker thread.
    """
    from examtrainer.audio._pydub import detect_nonsilent

    segment = read_wav(path)
    rate = segment.frame_rate
    channels = segment.channels
    full_scale = float(segment.max_possible_amplitude)
    # pydub holds signed little-endian PCM of 1, 2 or 4 bytes (it converts 8-bit WAV to signed)
    dtype = {1: "i1", 2: "<i2", 4: "<i4"}[segment.sample_width]
    samples = np.frombuffer(segment.raw_data, dtype=dtype).astype(np.float64) / full_scale
    frames = samples.reshape(-1, channels)
    frame_count = frames.shape[0]
    duration = frame_count / rate
    mono_segment = segment.set_channels(1) if channels > 1 else segment
    mono = frames.mean(axis=1) if channels > 1 else samples

    levels = _frame_levels_dbfs(mono, rate)
    loud = float(np.percentile(levels, 95))
    noise = float(np.percentile(levels, 10))
    threshold = silence_threshold_dbfs(loud, noise)

    window_ms = round(MIN_PAUSE_SECONDS * 1000)
    spans_ms: list[list[int]]
    if len(mono_segment) < window_ms:
        # pydub reports a recording shorter than one window as all speech; judge it as a whole
        whole = _dbfs(float(np.sqrt(np.mean(mono * mono)))) if mono.size else LEVEL_FLOOR_DBFS
        spans_ms = [[0, len(mono_segment)]] if whole > threshold else []
    else:
        spans_ms = detect_nonsilent(
            mono_segment,
            min_silence_len=window_ms,
            silence_thresh=threshold,
            seek_step=seek_step_ms,
        )
    spans = _trim_spans(spans_ms, levels, threshold, rate, duration)

    speech_mask = np.zeros(frame_count, dtype=bool)
    for start, end in spans:
        speech_mask[int(start * rate) : math.ceil(end * rate)] = True
    speech = frames[speech_mask]
    peak = _dbfs(float(np.abs(frames).max())) if frame_count else LEVEL_FLOOR_DBFS
    if speech.size:
        speech_dbfs = _dbfs(float(np.sqrt(np.mean(speech * speech))))
        clipped_share = float(np.mean(np.abs(speech) >= CLIP_LEVEL))
    else:
        speech_dbfs = LEVEL_FLOOR_DBFS
        clipped_share = 0.0

    pauses = [b_start - a_end for (_, a_end), (b_start, _) in pairwise(spans)]
    return RecordingAnalysis(
        duration_seconds=duration,
        speech_seconds=sum(end - start for start, end in spans),
        pause_count=len(pauses),
        longest_pause_seconds=max(pauses, default=0.0),
        leading_silence_seconds=spans[0][0] if spans else duration,
        too_quiet=peak < TOO_QUIET_PEAK_DBFS or speech_dbfs < TOO_QUIET_SPEECH_DBFS,
        clipping=clipped_share > CLIPPING_SHARE,
        peak_dbfs=peak,
        speech_dbfs=speech_dbfs,
        clipped_share=clipped_share,
        silence_threshold_dbfs=threshold,
        speech_spans=spans,
    )


# --- Feedback -----------------------------------------------------------------------------

NO_SPEECH_SECONDS: Final = 0.5
"""Less speech than this (seconds) means we heard no answer at all."""

LATE_START_SECONDS: Final = 5.0
"""Starting to speak this many seconds or more after the recording began earns a tip."""

LONG_PAUSE_SECONDS: Final = 3.0
"""A pause of this many seconds or more earns a tip."""

DEFAULT_EXPECTED_SECONDS: Final = (15.0, 30.0)
"""The usual length of a good spoken answer in the exam, in seconds of speech."""

FEEDBACK_CODES: Final = tuple(FEEDBACK)
"""Every code ``describe`` can return, in the order it returns them."""


@dataclass(frozen=True)
class Feedback:
    """One remark on a recording: a stable ``code``, the Dutch text and the numbers in it.

    ``text_nl`` is ``messages.feedback_text(code, values)``; the GUI translates with the same
    function (``seconds`` is always the whole number shown in the text).
    """

    code: str
    text_nl: str
    values: Mapping[str, float]


def whole_seconds(seconds: float) -> int:
    """Round to whole seconds the way the learner reads them: halves go up (14.5 -> 15)."""
    return math.floor(seconds + 0.5)


def _feedback(code: str, **values: float) -> Feedback:
    fields: dict[str, object] = dict(values)
    for name in ("seconds", "low", "high"):
        if name in values:
            fields[name] = whole_seconds(values[name])
    shown = {k: float(v) for k, v in fields.items() if isinstance(v, int | float)}
    return Feedback(code=code, text_nl=feedback_text(code, shown), values=shown)


def describe(
    analysis: RecordingAnalysis,
    expected: tuple[float, float] = DEFAULT_EXPECTED_SECONDS,
) -> list[Feedback]:
    """Turn an analysis into short, kind feedback, most important first.

    ``expected`` is the (shortest, longest) good speaking time in seconds. The length is judged
    on ``speech_seconds`` rounded to whole seconds (``whole_seconds``), so the number in the
    text always agrees with the verdict: with (15, 30), 14.49 s is too short, 14.5 s and
    30.49 s are good, 30.5 s is too long. When no speech was heard, only "no_speech" is given.
    Sound problems ("too_quiet", "clipping") come first, then exactly one of "too_short",
    "too_long" or "good_length", then the tips "late_start" and "long_pauses".
    """
    low, high = expected
    if not 0 <= low <= high:
        raise ValueError(f"expected must be (low, high) with 0 <= low <= high, not {expected}")
    if analysis.speech_seconds < NO_SPEECH_SECONDS:
        return [_feedback("no_speech", speech_seconds=analysis.speech_seconds)]

    remarks: list[Feedback] = []
    if analysis.too_quiet:
        remarks.append(
            _feedback("too_quiet", speech_dbfs=analysis.speech_dbfs, peak_dbfs=analysis.peak_dbfs)
        )
    if analysis.clipping:
        remarks.append(_feedback("clipping", clipped_share=analysis.clipped_share))

    spoken = whole_seconds(analysis.speech_seconds)
    if spoken < whole_seconds(low):
        length_code = "too_short"
    elif spoken > whole_seconds(high):
        length_code = "too_long"
    else:
        length_code = "good_length"
    remarks.append(
        _feedback(
            length_code,
            seconds=analysis.speech_seconds,
            low=low,
            high=high,
            speech_seconds=analysis.speech_seconds,
        )
    )

    if analysis.leading_silence_seconds >= LATE_START_SECONDS:
        remarks.append(_feedback("late_start", seconds=analysis.leading_silence_seconds))
    if analysis.longest_pause_seconds >= LONG_PAUSE_SECONDS:
        remarks.append(
            _feedback(
                "long_pauses",
                seconds=analysis.longest_pause_seconds,
                pause_count=analysis.pause_count,
            )
        )
    return remarks


# --- Expected speaking time per task ---------------------------------------------------------

EXPECTED_SECONDS: Final[dict[tuple[str, str], tuple[float, float]]] = {
    ("speaking_short", "A0"): (5.0, 20.0),
    ("speaking_short", "A1"): (5.0, 20.0),
    ("speaking_short", "A2"): (10.0, 30.0),
    ("speaking_short", "B1"): (15.0, 30.0),
    ("speaking_medium", "A2"): (30.0, 60.0),
    ("speaking_medium", "B1"): (45.0, 90.0),
}
"""(shortest, longest) good speaking time in seconds per (item type, CEFR level).

Short A1 answers are one or two sentences ("Ik heet ... Ik kom uit ..."); an A2 answer adds a
question or a reason; a B1 medium task asks for an opinion with arguments, so about a minute.
"""


def expected_range(
    item_type: str, level: str, answer_seconds: float | None = None
) -> tuple[float, float]:
    """The (shortest, longest) good speaking time in seconds for a recorded task.

    Unknown combinations get ``DEFAULT_EXPECTED_SECONDS``. When the task gives the learner
    only ``answer_seconds`` to speak, the longest time is capped to that (and the shortest to
    the longest), so ``describe`` never asks for more than the recording can hold.
    """
    low, high = EXPECTED_SECONDS.get((str(item_type), str(level)), DEFAULT_EXPECTED_SECONDS)
    if answer_seconds is not None and answer_seconds > 0:
        high = min(high, float(answer_seconds))
        low = min(low, high)
    return low, high
