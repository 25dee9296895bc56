"""Exposure control that holds for 2PL banks (issue 11, point 5): the restricted method.

Before: randomesque selection keeps no history, so on a 2PL bank whose discriminations
vary a little the same few items win again and again (over half of all tests)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from examtrainer.adaptive import AdaptiveTest, ExposureHistory, ItemParameters


def two_pl_world(
    n_items: int, n_learners: int, seed: int
) -> tuple[list[ItemParameters], np.ndarray, np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    a = rng.lognormal(0.0, 0.25, n_items)
    b = rng.normal(0.0, 1.0, n_items)
    bank = [ItemParameters(f"i{i:03d}", float(b[i]), float(a[i])) for i in range(n_items)]
    return bank, a, b, rng.normal(0.0, 1.0, n_learners)


def simulate(
    history: ExposureHistory | None, exposure_k: int, n_items: int = 120, n_learners: int = 300
) -> tuple[float, float]:
    """Max exposure and RMSE of 20-item tests for ``n_learners`` simulated learners."""
    bank, a, b, truth = two_pl_world(n_items, n_learners, seed=21)
    rng = np.random.default_rng(22)
    seen = np.zeros(n_items)
    errors = []
    for j, theta in enumerate(truth):
        test = AdaptiveTest(
            bank,
            max_items=20,
            exposure_k=exposure_k,
            exposure_history=history,
            rng=np.random.default_rng(j),
        )
        while (item_id := test.next_item()) is not None:
            i = int(item_id[1:])
            seen[i] += 1
            p = 1.0 / (1.0 + math.exp(-a[i] * (theta - b[i])))
            test.record(item_id, correct=bool(rng.random() < p))
        errors.append(test.theta - theta)
    return float(seen.max() / n_learners), math.sqrt(float(np.mean(np.square(errors))))


def test_randomesque_alone_overexposes_items_of_a_2pl_bank() -> None:
    exposure, _ = simulate(None, exposure_k=10)
    assert exposure > 0.5  # the defect the restricted method fixes


def test_restricted_method_keeps_every_item_at_or_below_a_quarter_of_tests() -> None:
    history = ExposureHistory(0.25)
    exposure, rmse = simulate(history, exposure_k=1)
    assert exposure <= 0.25
    assert history.max_exposure() == pytest.approx(exposure)
    assert history.tests == 300
    assert rmse < 0.5  # still a measurement (unrestricted maximum information: about 0.35)


def test_a_history_continues_from_stored_counts() -> None:
    history = ExposureHistory(0.5, counts={"x": 10, "y": 0}, tests=20)
    assert history.rate("x") == 0.5 and history.count("unknown") == 0
    bank = [ItemParameters("x", 0.0, 2.0), ItemParameters("y", 1.5, 0.5)]
    # "x" is by far the most informative at 0, but one more use would take it past 0.5.
    test = AdaptiveTest(bank, max_items=1, exposure_k=1, exposure_history=history)
    assert test.next_item() == "y"
    test.record("y", correct=True)
    assert history.count("y") == 1 and history.tests == 21


def test_exposure_control_never_cuts_a_test_short() -> None:
    history = ExposureHistory(0.1, warm_up=1)
    bank = [ItemParameters(f"i{i}", float(i) / 10) for i in range(5)]
    for _ in range(3):  # the bank is too small for the limit: the least used items serve
        test = AdaptiveTest(bank, max_items=5, exposure_history=history)
        while (item_id := test.next_item()) is not None:
            test.record(item_id, correct=True)
        assert len(test.administered) == 5


@pytest.mark.parametrize("bad", [0.0, 1.5, math.nan])
def test_limits_are_checked(bad: float) -> None:
    with pytest.raises(ValueError):
        ExposureHistory(bad)
