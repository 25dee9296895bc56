"""The AdaptiveTest driver: public API, stopping rules, placement, error handling."""

from __future__ import annotations

import math

import numpy as np
import pytest

from examtrainer.adaptive import (
    PLACEMENT_MAX_ITEMS,
    PLACEMENT_TARGET_SE,
    AdaptiveTest,
    ItemParameters,
    placement_test,
)


def rasch_bank(n: int, seed: int) -> list[ItemParameters]:
    rng = np.random.default_rng(seed)
    return [ItemParameters(f"i{i:03d}", float(b)) for i, b in enumerate(rng.normal(0, 1, n))]


def run(test: AdaptiveTest, bank: list[ItemParameters], theta: float, seed: int) -> None:
    rng = np.random.default_rng(seed)
    by_id = {item.item_id: item for item in bank}
    while (item_id := test.next_item()) is not None:
        p = 1.0 / (1.0 + math.exp(by_id[item_id].difficulty - theta))
        test.record(item_id, correct=bool(rng.random() < p))


def test_public_api_as_used_by_the_benchmark() -> None:
    bank = [ItemParameters(item_id="r001", difficulty=-0.4, discrimination=1.0)]
    bank += rasch_bank(50, seed=0)
    test = AdaptiveTest(bank, max_items=20, rng=np.random.default_rng(1))
    run(test, bank, theta=0.5, seed=2)
    assert len(test.administered) == 20
    assert len(set(test.administered)) == 20
    assert len(test.responses) == 20
    assert test.stop_reason == "max_items"
    assert math.isfinite(test.theta)
    assert 0 < test.standard_error < 1
    assert test.level in ("A0", "A1", "A2", "B1")
    assert 0.0 <= test.readiness("B1") <= test.readiness("A2") <= 1.0


def test_before_any_answer_the_estimate_is_the_prior() -> None:
    test = AdaptiveTest(rasch_bank(10, 0), prior_mean=0.4, prior_sd=0.8)
    assert test.theta == pytest.approx(0.4, abs=1e-6)
    assert test.standard_error == pytest.approx(0.8, abs=1e-3)


def test_stopping_by_standard_error() -> None:
    bank = rasch_bank(300, seed=3)
    for seed, theta in enumerate((-1.5, 0.0, 1.2)):
        test = AdaptiveTest(bank, max_items=60, target_se=0.45, rng=np.random.default_rng(seed))
        ses = [test.standard_error]
        by_id = {item.item_id: item for item in bank}
        rng = np.random.default_rng(seed + 10)
        while (item_id := test.next_item()) is not None:
            p = 1.0 / (1.0 + math.exp(by_id[item_id].difficulty - theta))
            test.record(item_id, correct=bool(rng.random() < p))
            ses.append(test.standard_error)
        assert test.stop_reason == "target_se"
        assert ses[-1] <= 0.45
        assert all(se > 0.45 for se in ses[:-1]), "did not stop as soon as the SE was reached"
        assert len(test.administered) < 60


def test_min_items_holds_back_the_se_rule() -> None:
    bank = rasch_bank(100, seed=4)
    test = AdaptiveTest(bank, max_items=30, target_se=0.99, min_items=3)
    run(test, bank, theta=0.0, seed=5)
    assert len(test.administered) == 3
    assert test.stop_reason == "target_se"


def test_bank_exhausted() -> None:
    bank = rasch_bank(5, seed=6)
    test = AdaptiveTest(bank, max_items=20)
    run(test, bank, theta=0.0, seed=7)
    assert len(test.administered) == 5
    assert test.stop_reason == "bank_exhausted"


def test_next_item_is_idempotent_and_record_validates() -> None:
    bank = rasch_bank(20, seed=8)
    test = AdaptiveTest(bank, rng=np.random.default_rng(0))
    first = test.next_item()
    assert first is not None
    assert test.next_item() == first
    test.record(first, correct=True)
    with pytest.raises(ValueError):
        test.record(first, correct=True)
    with pytest.raises(KeyError):
        test.record("nope", correct=False)
    # Any unadministered item may be recorded out of turn.
    other = next(i.item_id for i in bank if i.item_id not in test.administered)
    test.record(other, correct=False)
    assert test.administered == (first, other)


def test_constructor_validation() -> None:
    with pytest.raises(ValueError):
        AdaptiveTest([])
    with pytest.raises(ValueError):
        AdaptiveTest([ItemParameters("a", 0.0), ItemParameters("a", 1.0)])
    with pytest.raises(ValueError):
        AdaptiveTest(rasch_bank(3, 0), exposure_k=0)
    with pytest.raises(ValueError):
        AdaptiveTest(rasch_bank(3, 0), target_success=1.0)
    with pytest.raises(ValueError):
        AdaptiveTest(rasch_bank(3, 0), theme_targets={"work": 1.5})


def test_placement_reaches_se_06_within_12_items_for_at_least_90_percent() -> None:
    """300 learners, theta ~ N(0, 1), bank of 500 Rasch items b ~ N(0, 1)."""
    bank = rasch_bank(500, seed=9)
    truth = np.random.default_rng(10).normal(0, 1, 300)
    reached = 0
    for j, theta in enumerate(truth):
        test = placement_test(bank, rng=np.random.default_rng(j))
        run(test, bank, float(theta), seed=1000 + j)
        assert len(test.administered) <= PLACEMENT_MAX_ITEMS
        reached += test.standard_error <= PLACEMENT_TARGET_SE
    assert reached / 300 >= 0.90
