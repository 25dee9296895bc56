"""Mapping between the ability scale (logits) and CEFR levels A0–B1, and exam readiness.

The scale: the bank's logit scale, anchored so that 0 is the middle of A2 (the level of
the largest group of learners). Cut points (lower bounds, logits)::

    A0  <  -1.5  <=  A1  <  -0.5  <=  A2  <  0.7  <=  B1

A level holds from its cut point (inclusive) up to the next one (exclusive). Until items
are calibrated, an item of level L gets the difficulty ``difficulty_for_level(L)``: the
middle of L's band (for the open bands, half a band beyond the cut), so a learner in
the middle of the band answers a typical item of that level correctly half the time.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Literal, get_args

import numpy as np

from examtrainer.adaptive.irt import FloatArray

CefrLevel = Literal["A0", "A1", "A2", "B1"]
ExamTarget = Literal["A2", "B1"]

LEVELS: tuple[CefrLevel, ...] = get_args(CefrLevel)

#: Lower cut point (logits) of each level above A0; ``theta >= cut`` means at least that level.
CUT_POINTS: dict[CefrLevel, float] = {"A1": -1.5, "A2": -0.5, "B1": 0.7}

#: Default item difficulty (logits) per CEFR level, used before calibration.
LEVEL_DIFFICULTIES: dict[CefrLevel, float] = {"A0": -2.0, "A1": -1.0, "A2": 0.1, "B1": 1.3}


def level_for_theta(theta: float) -> CefrLevel:
    """The CEFR level of an ability ``theta`` (logits); a value on a cut point belongs above it."""
    if math.isnan(theta):
        raise ValueError("theta is NaN")
    level: CefrLevel = "A0"
    for candidate in LEVELS[1:]:
        if theta >= CUT_POINTS[candidate]:
            level = candidate
    return level


def difficulty_for_level(level: str) -> float:
    """Default difficulty (logits) of an uncalibrated item of CEFR ``level``.

    Raises ``ValueError`` for anything but A0, A1, A2 or B1 (case-insensitive).
    """
    key = level.strip().upper()
    for known in LEVELS:
        if key == known:
            return LEVEL_DIFFICULTIES[known]
    raise ValueError(f"unknown CEFR level {level!r}; expected one of {', '.join(LEVELS)}")


def pass_cut(target: ExamTarget) -> float:
    """The ability (logits) a learner needs to pass the exam at ``target`` level."""
    if target not in ("A2", "B1"):
        raise ValueError(f"exam target must be 'A2' or 'B1', got {target!r}")
    return CUT_POINTS[target]


def readiness(theta: float, se: float, target: ExamTarget = "A2", *, exam_se: float = 0.0) -> float:
    """Probability (0–1) that the learner's true ability is at or above the pass cut.

    The learner's ability is taken as normal with mean ``theta`` and standard deviation
    ``se`` (logits: the EAP estimate and its standard error), and the answer is
    ``P(ability >= pass_cut(target)) = Phi((theta - cut) / se)``. ``exam_se`` (logits,
    default 0) optionally adds the measurement error of the real exam itself, giving
    ``Phi((theta - cut) / sqrt(se**2 + exam_se**2))``. Non-decreasing in ``theta``;
    with both errors 0 it is a step: 1.0 at or above the cut, 0.0 below.
    """
    if math.isnan(theta):
        raise ValueError("theta is NaN")
    if not (se >= 0 and exam_se >= 0) or math.isinf(se) or math.isinf(exam_se):
        raise ValueError("se and exam_se must be finite and >= 0")
    cut = pass_cut(target)
    spread = math.hypot(se, exam_se)
    if spread == 0.0:
        return 1.0 if theta >= cut else 0.0
    z = (theta - cut) / spread
    return 0.5 * math.erfc(-z / math.sqrt(2.0))


#: Measurement error (logits) of one real exam part of about 25 multiple-choice questions
#: near the cut: 1 / sqrt(25 x 0.2). A learner exactly at the cut passes about half the time.
REAL_EXAM_SE = 0.45


def posterior_pass_probability(
    grid: Sequence[float] | FloatArray,
    weights: Sequence[float] | FloatArray,
    target: ExamTarget = "A2",
    *,
    exam_se: float = REAL_EXAM_SE,
) -> float:
    """P(pass) integrated over an ability posterior given on a grid (logits).

    ``P(pass) = sum_k w_k P(pass | grid_k)`` with ``P(pass | a) = Phi((a - cut) / exam_se)``:
    the chance of passing the real exam part, not the chance of "being at the level".
    ``weights`` need not be normalised (e.g. :meth:`AbilityPosterior.weights`). With
    ``exam_se = 0`` the real exam is taken as error-free (a step at the cut). This is the
    pure function behind the calibration benchmark (``bench/calibration.py``); with a
    normal posterior N(theta, se²) it equals ``Phi((theta - cut) / hypot(se, exam_se))``.
    """
    if not (exam_se >= 0 and math.isfinite(exam_se)):
        raise ValueError("exam_se must be finite and >= 0")
    points = np.asarray(grid, dtype=np.float64)
    w = np.asarray(weights, dtype=np.float64)
    if points.shape != w.shape or points.ndim != 1 or not points.size:
        raise ValueError("grid and weights must be one-dimensional and of the same length")
    total = float(w.sum())
    if not (total > 0 and math.isfinite(total)) or (w < 0).any():
        raise ValueError("weights must be >= 0 with a positive, finite sum")
    cut = pass_cut(target)
    if exam_se == 0.0:
        curve = (points >= cut).astype(np.float64)
    else:
        curve = 0.5 * np.vectorize(math.erfc)(-(points - cut) / (exam_se * math.sqrt(2.0)))
    return float(w @ curve) / total
