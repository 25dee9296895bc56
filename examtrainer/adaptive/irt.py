"""Item response models (Rasch and 2PL): item parameters, success probability, information.

Everything here is on the logit scale: ability ``theta`` and item ``difficulty`` are in
logits, ``discrimination`` is a slope per logit. The Rasch model is the 2PL model with
``discrimination == 1``; the functions below serve both.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import overload

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]

DEFAULT_ITEM_TYPE = "multiple_choice"


@dataclass(frozen=True, slots=True)
class ItemParameters:
    """IRT parameters and balancing metadata of one item.

    ``difficulty`` (logits) is the ability at which the success probability is 0.5;
    ``discrimination`` (> 0, 1.0 = Rasch) is the slope of the item characteristic curve.
    ``themes`` and ``item_type`` are used for content balancing; items sharing a
    ``testlet`` id (for instance one reading text with its questions) are administered
    together, in bank order. Raises ``ValueError`` on non-finite numbers, a
    non-positive discrimination or an empty id.
    """

    item_id: str
    difficulty: float
    discrimination: float = 1.0
    themes: tuple[str, ...] = ()
    item_type: str = DEFAULT_ITEM_TYPE
    testlet: str | None = None

    def __post_init__(self) -> None:
        if not self.item_id:
            raise ValueError("item_id must not be empty")
        if not math.isfinite(self.difficulty):
            raise ValueError(f"item {self.item_id}: difficulty must be finite")
        if not (math.isfinite(self.discrimination) and self.discrimination > 0):
            raise ValueError(f"item {self.item_id}: discrimination must be finite and > 0")
        if isinstance(self.themes, str):
            # A bare string would silently become a tuple of characters.
            raise TypeError(f"item {self.item_id}: themes must be a tuple of strings")


@overload
def probability(theta: float, difficulty: float, discrimination: float = 1.0) -> float: ...


@overload
def probability(
    theta: float | FloatArray,
    difficulty: float | FloatArray,
    discrimination: float | FloatArray = 1.0,
) -> float | FloatArray: ...


def probability(
    theta: float | FloatArray,
    difficulty: float | FloatArray,
    discrimination: float | FloatArray = 1.0,
) -> float | FloatArray:
    """Probability of a correct answer, ``1 / (1 + exp(-a (theta - b)))``.

    Arguments broadcast like numpy arrays; all in logits. Numerically stable for any
    finite input (written with tanh, so no overflow warnings for large logits).
    """
    z = np.multiply(discrimination, np.subtract(theta, difficulty))
    p = 0.5 * (1.0 + np.tanh(0.5 * z))
    if np.ndim(p) == 0:
        return float(p)
    return np.asarray(p, dtype=np.float64)


@overload
def information(theta: float, difficulty: float, discrimination: float = 1.0) -> float: ...


@overload
def information(
    theta: float | FloatArray,
    difficulty: float | FloatArray,
    discrimination: float | FloatArray = 1.0,
) -> float | FloatArray: ...


def information(
    theta: float | FloatArray,
    difficulty: float | FloatArray,
    discrimination: float | FloatArray = 1.0,
) -> float | FloatArray:
    """Fisher information of an item at ``theta``: ``a**2 p (1 - p)`` (per logit squared).

    For the Rasch model the maximum is 0.25, reached where ``theta == difficulty``.
    """
    p = probability(theta, difficulty, discrimination)
    info = np.square(discrimination) * p * (1.0 - p)
    if np.ndim(info) == 0:
        return float(info)
    return np.asarray(info, dtype=np.float64)


def log_likelihood(
    theta: FloatArray, difficulty: float, discrimination: float, correct: bool
) -> FloatArray:
    """Log-likelihood of one response as a function of ``theta`` (array of logits).

    Uses ``log p = -log(1 + exp(-z))`` via ``logaddexp`` so that it stays finite
    far in the tails, where ``p`` itself would round to 0 or 1.
    """
    z = discrimination * (theta - difficulty)
    return np.asarray(-np.logaddexp(0.0, -z if correct else z), dtype=np.float64)


def logit(p: float) -> float:
    """Log-odds of a probability in (0, 1); raises ``ValueError`` outside it."""
    if not 0.0 < p < 1.0:
        raise ValueError(f"probability must be strictly between 0 and 1, got {p}")
    return math.log(p / (1.0 - p))
