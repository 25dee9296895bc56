"""P(pass) integrated over the ability posterior (issue 11, point 3's pure function)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from examtrainer.adaptive import (
    REAL_EXAM_SE,
    AbilityPosterior,
    AdaptiveTest,
    ItemParameters,
    pass_cut,
    posterior_pass_probability,
    starting_prior,
)


def normal_closed_form(theta: float, sd: float, target: str = "A2") -> float:
    z = (theta - pass_cut(target)) / math.hypot(sd, REAL_EXAM_SE)  # type: ignore[arg-type]
    return 0.5 * math.erfc(-z / math.sqrt(2.0))


@pytest.mark.parametrize(("theta", "sd"), [(-0.5, 1.0), (0.4, 0.3), (-2.0, 0.6), (1.5, 2.0)])
def test_a_normal_posterior_gives_the_closed_form(theta: float, sd: float) -> None:
    posterior = AbilityPosterior(theta, sd)
    assert posterior.pass_probability("A2") == pytest.approx(
        normal_closed_form(theta, sd), abs=1e-4
    )
    assert posterior.pass_probability("B1") == pytest.approx(
        normal_closed_form(theta, sd, "B1"), abs=1e-4
    )


def test_it_is_never_certain_and_rises_with_ability() -> None:
    values = [AbilityPosterior(t, 0.2).pass_probability() for t in np.linspace(-3, 3, 13)]
    assert values == sorted(values)
    assert values[0] > 0.0 and values[-1] < 1.0
    # exam_se = 0: the chance of being at or above the cut.
    grid = np.array([-1.0, 0.0, 1.0])
    assert posterior_pass_probability(grid, [1, 1, 2], exam_se=0.0) == pytest.approx(0.75)
    with pytest.raises(ValueError):
        posterior_pass_probability(grid, [0, 0, 0])
    with pytest.raises(ValueError):
        posterior_pass_probability(grid, [1, 1])


def test_seven_answers_do_not_make_a_learner_97_percent_ready() -> None:
    """The issue's listening case: 4 of 7 right. The full posterior keeps it uncertain."""
    mean, sd = starting_prior("A2")
    bank = [ItemParameters(f"i{i}", b) for i, b in enumerate(np.linspace(-1.5, 1.0, 30))]
    test = AdaptiveTest(
        bank, max_items=7, prior_mean=mean, prior_sd=sd, rng=np.random.default_rng(1)
    )
    answers = iter([True, True, False, True, False, True, False])
    while (item_id := test.next_item()) is not None:
        test.record(item_id, correct=next(answers))
    assert 0.2 < test.pass_probability("A2") < 0.9
