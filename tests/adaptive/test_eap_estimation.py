"""EAP ability estimation against independent numeric integration, extremes and recovery."""

from __future__ import annotations

import math

import numpy as np
import pytest

from examtrainer.adaptive import AbilityPosterior, AdaptiveTest, ItemParameters, estimate_ability
from examtrainer.adaptive.estimation import DEFAULT_GRID_BOUND


def brute_force_eap(
    items: list[tuple[float, float, bool]], prior_mean: float = 0.0, prior_sd: float = 1.0
) -> tuple[float, float]:
    """Posterior mean and SD by a fine trapezoid rule on [-10, 10], written independently."""
    theta = np.linspace(-10.0, 10.0, 40001)
    density = np.exp(-0.5 * ((theta - prior_mean) / prior_sd) ** 2)
    for b, a, correct in items:
        p = 1.0 / (1.0 + np.exp(-a * (theta - b)))
        density = density * (p if correct else 1.0 - p)
    step = theta[1] - theta[0]

    def integral(values: np.ndarray) -> float:
        return float((values.sum() - 0.5 * (values[0] + values[-1])) * step)

    total = integral(density)
    mean = integral(theta * density) / total
    var = integral((theta - mean) ** 2 * density) / total
    return mean, math.sqrt(var)


@pytest.mark.parametrize(
    "items",
    [
        # Three Rasch items: right, right, wrong.
        [(-1.0, 1.0, True), (0.0, 1.0, True), (1.0, 1.0, False)],
        # Three Rasch items, all wrong.
        [(-1.0, 1.0, False), (0.5, 1.0, False), (1.5, 1.0, False)],
        # A 2PL mix.
        [(-0.5, 1.7, True), (0.2, 0.6, False), (1.1, 1.2, True), (2.0, 2.0, False)],
    ],
)
def test_eap_matches_brute_force_integration(items: list[tuple[float, float, bool]]) -> None:
    expected_mean, expected_sd = brute_force_eap(items)
    estimate = estimate_ability(items)
    assert estimate.theta == pytest.approx(expected_mean, abs=1e-3)
    assert estimate.standard_error == pytest.approx(expected_sd, abs=1e-3)


def test_eap_with_non_standard_prior() -> None:
    items = [(0.0, 1.0, True), (1.0, 1.0, True)]
    expected_mean, expected_sd = brute_force_eap(items, prior_mean=-0.8, prior_sd=0.7)
    estimate = estimate_ability(items, prior_mean=-0.8, prior_sd=0.7)
    assert estimate.theta == pytest.approx(expected_mean, abs=1e-3)
    assert estimate.standard_error == pytest.approx(expected_sd, abs=1e-3)


def test_textbook_cases_no_data_and_symmetry() -> None:
    # No responses: the prior itself (N(0, 1), truncated at the grid's +-8).
    empty = estimate_ability([])
    assert empty.theta == pytest.approx(0.0, abs=1e-9)
    assert empty.standard_error == pytest.approx(1.0, abs=1e-3)
    # One right and one wrong answer to two items at +-0.5 give a posterior symmetric
    # around 0 (L(t) = s(t + 0.5) s(0.5 - t) = L(-t)), so the EAP is exactly 0, and the
    # SD is below the prior's 1.
    sym = estimate_ability([(-0.5, 1.0, True), (0.5, 1.0, False)])
    assert sym.theta == pytest.approx(0.0, abs=1e-12)
    assert 0.8 < sym.standard_error < 1.0
    # One correct answer to a Rasch item at 0 under a N(0, 1) prior. With s the logistic
    # function, E[s(t)] = 1/2 by symmetry; Stein's lemma E[t f(t)] = E[f'(t)] gives
    # EAP = 2 E[s'(t)], and E[t^2 f(t)] = E[f] + E[f''] with E[s''] = 0 (s'' is odd) gives
    # a posterior second moment of 1, so SD = sqrt(1 - EAP^2). E[s'] by Gauss-Hermite.
    nodes, weights = np.polynomial.hermite_e.hermegauss(60)
    s = 1.0 / (1.0 + np.exp(-nodes))
    eap = 2.0 * float(weights @ (s * (1.0 - s))) / math.sqrt(2.0 * math.pi)
    one = estimate_ability([(0.0, 1.0, True)])
    assert one.theta == pytest.approx(eap, abs=1e-4)
    assert one.standard_error == pytest.approx(math.sqrt(1.0 - eap * eap), abs=1e-3)
    assert 0.3 < one.theta < 0.45


def test_incremental_updates_equal_batch_and_ignore_order() -> None:
    rng = np.random.default_rng(3)
    items = [
        (float(b), 1.0, bool(x))
        for b, x in zip(rng.normal(size=25), rng.random(25) < 0.6, strict=True)
    ]
    posterior = AbilityPosterior()
    for b, a, x in items:
        posterior.update(b, a, x)
    forward = posterior.estimate()
    backward = estimate_ability(list(reversed(items)))
    assert forward.theta == pytest.approx(backward.theta, abs=1e-12)
    assert forward.standard_error == pytest.approx(backward.standard_error, abs=1e-12)
    assert posterior.n_responses == 25
    assert posterior.weights().sum() == pytest.approx(1.0)


@pytest.mark.parametrize("correct", [True, False])
@pytest.mark.parametrize("n_items", [1, 10, 60, 400])
def test_all_correct_and_all_wrong_stay_finite_and_bounded(correct: bool, n_items: int) -> None:
    rng = np.random.default_rng(n_items)
    items = [(float(b), 1.0, correct) for b in rng.normal(0.0, 1.0, n_items)]
    estimate = estimate_ability(items)
    assert math.isfinite(estimate.theta)
    assert math.isfinite(estimate.standard_error)
    assert -DEFAULT_GRID_BOUND <= estimate.theta <= DEFAULT_GRID_BOUND  # inside the grid
    assert estimate.standard_error > 0.0
    if correct:
        assert estimate.theta > 0.3
    else:
        assert estimate.theta < -0.3


def test_all_correct_is_monotone_in_the_number_of_items() -> None:
    thetas = [estimate_ability([(0.0, 1.0, True)] * n).theta for n in (1, 2, 5, 20, 100)]
    assert thetas == sorted(thetas)


def test_recovery_of_known_abilities_in_simulation() -> None:
    """300 learners x 30 items (bank of 400 Rasch items b ~ N(0, 1)): RMSE < 0.5 logits."""
    rng = np.random.default_rng(20240601)
    difficulty = rng.normal(0.0, 1.0, 400)
    bank = [ItemParameters(f"i{i}", float(b)) for i, b in enumerate(difficulty)]
    truth = rng.normal(0.0, 1.0, 300)
    uniform = rng.random((300, 400))
    errors = []
    for j, theta in enumerate(truth):
        test = AdaptiveTest(bank, max_items=30, rng=np.random.default_rng(j))
        while (item_id := test.next_item()) is not None:
            i = int(item_id[1:])
            test.record(
                item_id, correct=bool(uniform[j, i] < 1 / (1 + math.exp(difficulty[i] - theta)))
            )
        assert len(test.administered) == 30
        errors.append(test.theta - theta)
    rmse = math.sqrt(float(np.mean(np.square(errors))))
    assert rmse < 0.5
    assert abs(float(np.mean(errors))) < 0.1


def test_prior_outside_grid_is_rejected() -> None:
    with pytest.raises(ValueError):
        AbilityPosterior(prior_mean=DEFAULT_GRID_BOUND + 1.0)
    with pytest.raises(ValueError):
        AbilityPosterior(prior_sd=0.0)
