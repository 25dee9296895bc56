"""Calibration of Rasch difficulties: marginal ML with anchors, and the online Elo step."""

from __future__ import annotations

import math

import numpy as np
import pytest

from examtrainer.adaptive import (
    ItemCalibration,
    ResponseRecord,
    calibrate,
    difficulty_for_level,
    online_update,
)


def simulate(
    n_learners: int,
    n_items: int,
    seed: int,
    mean: float = 0.0,
    sd: float = 1.0,
    share_answered: float = 1.0,
) -> tuple[np.ndarray, np.ndarray, list[ResponseRecord]]:
    rng = np.random.default_rng(seed)
    difficulty = rng.normal(0.0, 1.0, n_items)
    theta = rng.normal(mean, sd, n_learners)
    p = 1.0 / (1.0 + np.exp(-(theta[:, None] - difficulty[None, :])))
    correct = rng.random(p.shape) < p
    answered = rng.random(p.shape) < share_answered
    records = [
        ResponseRecord(f"l{j}", f"q{i}", bool(correct[j, i]))
        for j in range(n_learners)
        for i in range(n_items)
        if answered[j, i]
    ]
    return difficulty, theta, records


def test_anchored_calibration_recovers_known_difficulties() -> None:
    """400 learners x 40 items, abilities N(0.3, 1.1^2), 5 anchors: RMSE < 0.2 logits."""
    difficulty, _, records = simulate(400, 40, seed=1, mean=0.3, sd=1.1)
    anchors = {f"q{i}": float(difficulty[i]) for i in range(5)}
    result = calibrate(records, anchors=anchors)
    assert set(result) == {f"q{i}" for i in range(40)}
    for i in range(5):
        assert result[f"q{i}"] == ItemCalibration(float(difficulty[i]), 0.0, 400)
    estimated = np.array([result[f"q{i}"].difficulty for i in range(5, 40)])
    rmse = math.sqrt(float(np.mean((estimated - difficulty[5:]) ** 2)))
    assert rmse < 0.2
    errors = [result[f"q{i}"].standard_error for i in range(5, 40)]
    assert all(0.08 < se < 0.2 for se in errors)  # about 1 / sqrt(400 * 0.2)
    assert all(result[f"q{i}"].n_responses == 400 for i in range(40))


def test_unanchored_calibration_sets_mean_ability_to_zero() -> None:
    """Same design without anchors: after centring, RMSE < 0.2; scale shifted by the mean."""
    difficulty, theta, records = simulate(400, 40, seed=2, mean=0.5)
    result = calibrate(records)
    estimated = np.array([result[f"q{i}"].difficulty for i in range(40)])
    centred_error = (estimated - estimated.mean()) - (difficulty - difficulty.mean())
    assert math.sqrt(float(np.mean(centred_error**2))) < 0.2
    # Abilities have mean 0 on the new scale, so difficulties move down by the true mean.
    assert estimated.mean() == pytest.approx(difficulty.mean() - theta.mean(), abs=0.15)


def test_incomplete_design_is_handled() -> None:
    """Each of 600 learners answers about half of 40 items: RMSE < 0.25 after anchoring."""
    difficulty, _, records = simulate(600, 40, seed=3, share_answered=0.5)
    anchors = {f"q{i}": float(difficulty[i]) for i in range(4)}
    result = calibrate(records, anchors=anchors)
    estimated = np.array([result[f"q{i}"].difficulty for i in range(4, 40)])
    assert math.sqrt(float(np.mean((estimated - difficulty[4:]) ** 2))) < 0.25


def test_items_everyone_got_right_or_wrong_stay_finite() -> None:
    _, _, records = simulate(100, 10, seed=4)
    records += [ResponseRecord(f"l{j}", "easy", True) for j in range(100)]
    records += [ResponseRecord(f"l{j}", "hard", False) for j in range(100)]
    result = calibrate(
        records, prior_difficulties={"easy": difficulty_for_level("A1"), "hard": 1.3}
    )
    assert math.isfinite(result["easy"].difficulty) and result["easy"].difficulty < -2.5
    assert math.isfinite(result["hard"].difficulty) and result["hard"].difficulty > 2.5


def test_no_responses_is_an_error() -> None:
    with pytest.raises(ValueError):
        calibrate([])


def test_online_update_direction_and_decay() -> None:
    assert online_update(0.0, 0.0, True, 0) == pytest.approx(-0.4)  # 0.8 * (1 - 0.5)
    assert online_update(0.0, 0.0, False, 0) == pytest.approx(0.4)
    late = online_update(0.0, 0.0, True, 100)
    assert -0.4 < late < 0.0
    assert late == pytest.approx(-0.4 / 6.0)
    with pytest.raises(ValueError):
        online_update(0.0, 0.0, True, -1)


def test_online_updates_converge_to_the_true_difficulty() -> None:
    """3,000 answers by learners of known ability; start from the A2 default: within 0.15."""
    rng = np.random.default_rng(5)
    true_b = 1.0
    b = difficulty_for_level("A2")
    for n in range(3000):
        theta = float(rng.normal())
        correct = bool(rng.random() < 1.0 / (1.0 + math.exp(true_b - theta)))
        b = online_update(b, theta, correct, n)
    assert b == pytest.approx(true_b, abs=0.15)
