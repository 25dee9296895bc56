"""Where items and learners start (issue 11, points 6 and 7): feature-based starting
difficulties without ties, a grid wide enough for A0, a prior that does not pull weak
learners up, and practice that hits the target rate for weak and strong learners."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pytest

from examtrainer.adaptive import (
    AdaptiveTest,
    ItemParameters,
    difficulty_for_level,
    estimate_ability,
    level_for_theta,
    placement_test,
    starting_difficulty,
    starting_prior,
)
from examtrainer.bank.loader import load_pack
from examtrainer.store.repositories import item_starting_difficulty

CONTENT = Path(__file__).resolve().parents[2] / "content"


def test_offsets_follow_the_documented_features() -> None:
    base = starting_difficulty("A2", n_options=3)
    assert base == pytest.approx(difficulty_for_level("A2"))  # the typical item: no offset
    assert starting_difficulty("A2", item_type="true_false", n_options=2) == pytest.approx(
        base - 0.2027, abs=1e-3
    )
    assert starting_difficulty("A2", n_options=4) == pytest.approx(base + 0.0912, abs=1e-3)
    assert starting_difficulty("A2", item_type="short_answer") == pytest.approx(
        base + 0.3466, abs=1e-3
    )
    # A longer text and a longer question make an item harder, within their limits.
    short, long = (starting_difficulty("A2", n_options=3, text_chars=n) for n in (250, 1000))
    assert long - short == pytest.approx(0.5)
    assert starting_difficulty("A2", n_options=3, question_chars=160) == pytest.approx(base + 0.1)
    # The tie-breaker is small and the same on every run; offsets never leave the band.
    assert abs(starting_difficulty("A2", n_options=3, key="x") - base) <= 0.03
    extreme = starting_difficulty("A1", item_type="true_false", text_chars=10, question_chars=5)
    assert extreme == pytest.approx(difficulty_for_level("A1") - 0.45)


@pytest.mark.parametrize("folder", ["lezen-a1-a2", "luisteren-a1-a2", "lezen-b1"])
def test_bundled_banks_start_without_ties_inside_their_levels(folder: str) -> None:
    pack = load_pack(CONTENT / folder)
    stimuli = {s.id: s for s in pack.stimuli}
    values = {
        item.id: item_starting_difficulty(item, stimuli.get(item.stimulus or ""))
        for item in pack.items
    }
    assert len(set(values.values())) == len(values)  # before: 2 or 1 distinct values
    for item in pack.items:
        assert level_for_theta(values[item.id]) == item.level.value


def exact_posterior(
    items: list[tuple[float, float, bool]], mean: float, sd: float
) -> tuple[float, float]:
    """Posterior mean and SD by adaptive quadrature over the whole real line (scipy)."""
    integrate = pytest.importorskip("scipy.integrate", reason="scipy comes with catsim (bench)")

    def density(t: float) -> float:
        value = math.exp(-0.5 * ((t - mean) / sd) ** 2)
        for b, a, correct in items:
            p = 0.5 * (1.0 + math.tanh(0.5 * a * (t - b)))
            value *= p if correct else 1.0 - p
        return value

    def moment(f: object) -> float:
        return float(integrate.quad(f, -np.inf, np.inf, epsabs=0, epsrel=1e-11, limit=200)[0])

    total = moment(density)
    mu = moment(lambda t: t * density(t)) / total
    var = moment(lambda t: (t - mu) ** 2 * density(t)) / total
    return mu, math.sqrt(var)


def test_grid_is_wide_enough_for_a0_learners() -> None:
    """A new learner who gets twelve A1/A0 items wrong: an A0 estimate, not truncated.

    The old grid (81 points on [-5, 5]) gave -4.06 where the exact value is -4.57."""
    mean, sd = starting_prior("A2")
    items = [(float(b), 1.0, False) for b in np.linspace(-2.5, -1.0, 12)]
    exact_mean, exact_sd = exact_posterior(items, mean, sd)
    estimate = estimate_ability(items, prior_mean=mean, prior_sd=sd)
    assert exact_mean < -4.0
    assert estimate.theta == pytest.approx(exact_mean, abs=2e-3)
    assert estimate.standard_error == pytest.approx(exact_sd, abs=2e-3)
    # A learner far below A0 stays inside the grid, with a finite estimate.
    hopeless = estimate_ability([(-3.0, 1.0, False)] * 60, prior_mean=mean, prior_sd=sd)
    assert -10.0 < hopeless.theta < -5.0


def wide_bank(seed: int = 3) -> tuple[list[ItemParameters], np.ndarray]:
    difficulty = np.random.default_rng(seed).uniform(-4.0, 3.0, 400)
    return [ItemParameters(f"i{i}", float(b)) for i, b in enumerate(difficulty)], difficulty


def answer(rng: np.random.Generator, theta: float, b: float) -> bool:
    return bool(rng.random() < 1.0 / (1.0 + math.exp(-(theta - b))))


def test_the_new_learner_prior_does_not_pull_weak_learners_up() -> None:
    """150 learners at theta = -2 take the placement test from the new-learner prior.

    With the old N(0, 1) prior their mean estimate was about +0.7 too high."""
    bank, difficulty = wide_bank()
    mean, sd = starting_prior("A2")
    assert (mean, sd) == (-0.5, 2.0)
    estimates = []
    for j in range(150):
        rng = np.random.default_rng([j, 5])
        test = placement_test(bank, rng=rng, prior_mean=mean, prior_sd=sd)
        while (item_id := test.next_item()) is not None:
            test.record(item_id, correct=answer(rng, -2.0, difficulty[int(item_id[1:])]))
        estimates.append(test.theta)
    assert abs(float(np.mean(estimates)) + 2.0) <= 0.15


def test_a_previous_estimate_is_the_next_prior_widened() -> None:
    mean, sd = starting_prior("B1", (-1.2, 0.4))
    assert mean == -1.2 and sd == pytest.approx(0.5)
    assert starting_prior("B1") == (0.1, 2.0)
    assert starting_prior("anything") == starting_prior("A2")


@pytest.mark.parametrize("theta", [-2.0, -1.0, 0.0, 1.0, 2.0])
def test_practice_after_placement_hits_the_target_for_every_learner(theta: float) -> None:
    """Point 7: placement, then three 15-item practice sessions aimed at 75 % success,
    each starting from the previous estimate, as the app does. 100 learners per theta;
    the bank (b uniform on [-4, 3]) has items for all of them. Each session's success
    rate, averaged over the learners, is within 0.65-0.85 (before: about 0.5 for
    theta = -2 and 0.85-0.9 for theta = +2)."""
    bank, difficulty = wide_bank()
    rates: list[list[float]] = [[], [], []]
    for j in range(100):
        rng = np.random.default_rng([j, 7, int(theta * 10) + 50])
        placement = placement_test(bank, rng=rng, prior_mean=-0.5, prior_sd=2.0)
        while (item_id := placement.next_item()) is not None:
            placement.record(item_id, correct=answer(rng, theta, difficulty[int(item_id[1:])]))
        previous = (placement.theta, placement.standard_error)
        for session in range(3):
            mean, sd = starting_prior("A2", previous)
            test = AdaptiveTest(
                bank,
                max_items=15,
                target_success=0.75,
                target_band=0.10,
                prior_mean=mean,
                prior_sd=sd,
                rng=rng,
            )
            while (item_id := test.next_item()) is not None:
                test.record(item_id, correct=answer(rng, theta, difficulty[int(item_id[1:])]))
            rates[session].append(float(np.mean(test.responses)))
            previous = (test.theta, test.standard_error)
    for session_rates in rates:
        assert 0.65 <= float(np.mean(session_rates)) <= 0.85
