"""Estimating Rasch item difficulties (logits) from learners' responses, offline and online.

* :func:`calibrate` re-estimates all difficulties from a response table by marginal
  maximum likelihood (EM over a quadrature grid, Bock–Aitkin), with learners' abilities
  integrated out under a normal distribution. The scale is fixed by ``anchors`` (items
  whose difficulty is known and kept), or, without anchors, by a mean ability of 0.
  A wide normal prior on each free difficulty (centred on ``prior_difficulties``, e.g.
  the CEFR-level default from :func:`~examtrainer.adaptive.levels.difficulty_for_level`,
  else 0) keeps items that everyone got right or wrong finite; with a few dozen
  responses per item its pull is negligible.
* :func:`online_update` is an Elo-style step after a single answer, with a step size
  that decays with the number of responses the item already has.

Plain data in, plain data out: no database access here.
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from examtrainer.adaptive.irt import probability


class ResponseRecord(NamedTuple):
    """One scored answer: who answered which item, and whether it was correct."""

    learner_id: str
    item_id: str
    correct: bool


@dataclass(frozen=True, slots=True)
class ItemCalibration:
    """Calibrated difficulty (logits), its standard error (logits; 0.0 for anchors) and
    the number of responses it rests on."""

    difficulty: float
    standard_error: float
    n_responses: int


def calibrate(
    responses: Iterable[tuple[str, str, bool]],
    *,
    anchors: Mapping[str, float] | None = None,
    prior_difficulties: Mapping[str, float] | None = None,
    difficulty_prior_sd: float = 3.0,
    grid_points: int = 61,
    grid_bound: float = 6.0,
    max_iterations: int = 500,
    tolerance: float = 1e-5,
) -> dict[str, ItemCalibration]:
    """Rasch difficulties for every item in ``responses`` by marginal maximum likelihood.

    ``responses`` holds ``(learner_id, item_id, correct)`` triples (e.g.
    :class:`ResponseRecord`); repeated pairs count as separate answers. ``anchors`` maps
    item ids to fixed difficulties (logits); when given, the learners' ability mean and SD
    are estimated on the anchors' scale, otherwise the mean ability is fixed at 0 and only
    its SD is estimated. The standard error is ``1 / sqrt(information)`` at the solution
    (expected information given the posterior abilities, plus the prior's). EM stops when
    no difficulty moves more than ``tolerance`` logits; if that takes more than
    ``max_iterations`` a ``RuntimeWarning`` is issued and the last iterate is returned.
    Raises ``ValueError`` if there are no responses.
    """
    anchors = dict(anchors or {})
    priors = dict(prior_difficulties or {})
    learner_index: dict[str, int] = {}
    item_index: dict[str, int] = {}
    rows: list[int] = []
    cols: list[int] = []
    scores: list[float] = []
    for learner_id, item_id, correct in responses:
        rows.append(learner_index.setdefault(learner_id, len(learner_index)))
        cols.append(item_index.setdefault(item_id, len(item_index)))
        scores.append(1.0 if correct else 0.0)
    if not rows:
        raise ValueError("no responses to calibrate from")
    n_learners, n_items = len(learner_index), len(item_index)
    n_matrix = np.zeros((n_learners, n_items))
    r_matrix = np.zeros((n_learners, n_items))
    np.add.at(n_matrix, (rows, cols), 1.0)
    np.add.at(r_matrix, (rows, cols), scores)
    w_matrix = n_matrix - r_matrix  # wrong answers

    item_ids = list(item_index)
    fixed = np.array([i in anchors for i in item_ids], dtype=np.bool_)
    free = ~fixed
    prior_mean = np.array([priors.get(i, 0.0) for i in item_ids])
    prior_precision = 1.0 / difficulty_prior_sd**2
    n_per_item = n_matrix.sum(axis=0)
    # Start free items from their logit proportion wrong (clipped), anchors at their value.
    share_right = np.clip((r_matrix.sum(axis=0) + 0.5) / (n_per_item + 1.0), 0.02, 0.98)
    b = np.where(
        fixed, [anchors.get(i, 0.0) for i in item_ids], -np.log(share_right / (1 - share_right))
    )

    grid = np.linspace(-grid_bound, grid_bound, grid_points)
    mu, sigma = 0.0, 1.0
    info = np.ones(n_items)
    for _iteration in range(max_iterations):
        # E-step: posterior of each learner's ability over the grid.
        z = grid[None, :] - b[:, None]  # (items, grid)
        log_p = -np.logaddexp(0.0, -z)
        log_q = -np.logaddexp(0.0, z)
        log_post = r_matrix @ log_p + w_matrix @ log_q - 0.5 * ((grid - mu) / sigma) ** 2
        log_post -= log_post.max(axis=1, keepdims=True)
        post = np.exp(log_post)
        post /= post.sum(axis=1, keepdims=True)
        expected_n = n_matrix.T @ post  # (items, grid): expected answers at each node
        expected_r = r_matrix.T @ post  # expected right answers at each node

        # M-step for the items: a few Newton steps on the expected complete-data posterior.
        old_b = b.copy()
        for _ in range(3):
            p = probability(grid[None, :], b[:, None])
            gradient = -(expected_r - expected_n * p).sum(axis=1) - prior_precision * (
                b - prior_mean
            )
            info = (expected_n * p * (1.0 - p)).sum(axis=1) + prior_precision
            b = np.where(free, b + gradient / info, b)

        # M-step for the ability distribution (its mean only when anchors fix the scale).
        theta_mean = post @ grid
        theta_sq = post @ (grid * grid)
        if fixed.any():
            mu = float(theta_mean.mean())
        sigma = math.sqrt(max(float(theta_sq.mean()) - mu * mu, 0.01))
        if float(np.max(np.abs(b - old_b))) < tolerance:
            break
    else:
        warnings.warn(
            f"calibration did not converge in {max_iterations} EM iterations",
            RuntimeWarning,
            stacklevel=2,
        )

    return {
        item_id: ItemCalibration(
            difficulty=float(b[j]),
            standard_error=0.0 if fixed[j] else float(1.0 / math.sqrt(info[j])),
            n_responses=int(n_per_item[j]),
        )
        for item_id, j in item_index.items()
    }


def online_update(
    difficulty: float,
    theta: float,
    correct: bool,
    n_responses: int,
    *,
    discrimination: float = 1.0,
    base_step: float = 0.8,
    decay: float = 0.05,
) -> float:
    """New difficulty (logits) after one answer, Elo style.

    ``b_new = b - K * (correct - P(theta, b))`` with ``K = base_step / (1 + decay * n)``,
    where ``n`` is the number of responses the item had before this one and ``theta`` the
    learner's current estimate (logits). A correct answer makes the item easier (lower
    ``b``), a wrong one harder; the first answers move it by up to ``base_step`` logits,
    the hundredth by about an sixth of that.
    """
    if n_responses < 0:
        raise ValueError("n_responses must be >= 0")
    step = base_step / (1.0 + decay * n_responses)
    expected = probability(theta, difficulty, discrimination)
    return difficulty - step * ((1.0 if correct else 0.0) - expected)
