"""Ability estimation by EAP (expected a posteriori) with a normal prior on a quadrature grid.

The posterior of ability ``theta`` (logits) is kept as a log-density on a fixed grid of
points. Each response adds its log-likelihood to that array, so an update costs
O(grid points) whatever the length of the history. The estimate is the posterior mean,
its standard error the posterior standard deviation. Because of the prior the estimate
is finite for every response string, including all-correct and all-wrong ones, and it
always lies inside the grid.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from examtrainer.adaptive.irt import FloatArray, log_likelihood
from examtrainer.adaptive.levels import REAL_EXAM_SE, ExamTarget, posterior_pass_probability

DEFAULT_GRID_POINTS = 161
DEFAULT_GRID_BOUND = 10.0


@dataclass(frozen=True, slots=True)
class AbilityEstimate:
    """An ability estimate in logits with its standard error (posterior SD, logits)."""

    theta: float
    standard_error: float


def quadrature_grid(
    points: int = DEFAULT_GRID_POINTS, bound: float = DEFAULT_GRID_BOUND
) -> FloatArray:
    """Equally spaced grid on ``[-bound, bound]`` logits (default 161 points on [-10, 10])."""
    if points < 3:
        raise ValueError("a quadrature grid needs at least 3 points")
    if not (math.isfinite(bound) and bound > 0):
        raise ValueError("grid bound must be finite and > 0")
    return np.linspace(-bound, bound, points, dtype=np.float64)


class AbilityPosterior:
    """Posterior of one learner's ability on a quadrature grid, updated response by response.

    ``prior_mean`` and ``prior_sd`` (logits) define the normal prior; the prior mean must
    lie inside the grid. ``update`` is O(grid points); ``estimate`` is cached between
    updates. Not thread-safe (plain mutable state owned by one test session).
    """

    __slots__ = ("_estimate", "_grid", "_grid_sq", "_log_posterior", "_n_responses")

    def __init__(
        self,
        prior_mean: float = 0.0,
        prior_sd: float = 1.0,
        *,
        grid_points: int = DEFAULT_GRID_POINTS,
        grid_bound: float = DEFAULT_GRID_BOUND,
    ) -> None:
        if not (math.isfinite(prior_sd) and prior_sd > 0):
            raise ValueError("prior_sd must be finite and > 0")
        if not (math.isfinite(prior_mean) and abs(prior_mean) < grid_bound):
            raise ValueError("prior_mean must be finite and inside the quadrature grid")
        self._grid = quadrature_grid(grid_points, grid_bound)
        self._grid_sq = self._grid * self._grid
        # Unnormalised log prior: constants cancel in the posterior moments.
        self._log_posterior = -0.5 * np.square((self._grid - prior_mean) / prior_sd)
        self._n_responses = 0
        self._estimate: AbilityEstimate | None = None

    @property
    def grid(self) -> FloatArray:
        """The quadrature points (logits); a copy, so callers cannot corrupt the state."""
        return self._grid.copy()

    @property
    def n_responses(self) -> int:
        """Number of responses added so far."""
        return self._n_responses

    def update(self, difficulty: float, discrimination: float, correct: bool) -> None:
        """Add one scored response to an item with the given parameters (logits)."""
        self._log_posterior += log_likelihood(self._grid, difficulty, discrimination, correct)
        # Keep the maximum at 0 so the array never drifts towards -inf after long tests.
        self._log_posterior -= self._log_posterior.max()
        self._n_responses += 1
        self._estimate = None

    def weights(self) -> FloatArray:
        """Normalised posterior weights on the grid (sum to 1)."""
        w = np.exp(self._log_posterior - self._log_posterior.max())
        return np.asarray(w / w.sum(), dtype=np.float64)

    def pass_probability(
        self, target: ExamTarget = "A2", *, exam_se: float = REAL_EXAM_SE
    ) -> float:
        """P(pass) of the real exam part, integrated over this posterior (see
        :func:`~examtrainer.adaptive.levels.posterior_pass_probability`)."""
        return posterior_pass_probability(self._grid, self.weights(), target, exam_se=exam_se)

    def estimate(self) -> AbilityEstimate:
        """Posterior mean and standard deviation, both in logits."""
        if self._estimate is None:
            w = np.exp(self._log_posterior - self._log_posterior.max())
            total = float(w.sum())
            mean = float(w @ self._grid) / total
            second = float(w @ self._grid_sq) / total
            self._estimate = AbilityEstimate(mean, math.sqrt(max(second - mean * mean, 0.0)))
        return self._estimate


def estimate_ability(
    responses: Iterable[tuple[float, float, bool]],
    *,
    prior_mean: float = 0.0,
    prior_sd: float = 1.0,
    grid_points: int = DEFAULT_GRID_POINTS,
    grid_bound: float = DEFAULT_GRID_BOUND,
) -> AbilityEstimate:
    """EAP estimate from ``(difficulty, discrimination, correct)`` triples (logits).

    With no responses this returns the prior mean and (up to grid truncation) the prior SD.
    """
    posterior = AbilityPosterior(
        prior_mean, prior_sd, grid_points=grid_points, grid_bound=grid_bound
    )
    for difficulty, discrimination, correct in responses:
        posterior.update(difficulty, discrimination, correct)
    return posterior.estimate()
