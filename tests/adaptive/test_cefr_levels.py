"""CEFR level mapping, default difficulties and exam readiness."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from examtrainer.adaptive import (
    CUT_POINTS,
    difficulty_for_level,
    level_for_theta,
    pass_cut,
    readiness,
)


@pytest.mark.parametrize(
    ("theta", "level"),
    [
        (-10.0, "A0"),
        (math.nextafter(-1.5, -math.inf), "A0"),
        (-1.5, "A1"),
        (math.nextafter(-0.5, -math.inf), "A1"),
        (-0.5, "A2"),
        (0.0, "A2"),
        (math.nextafter(0.7, -math.inf), "A2"),
        (0.7, "B1"),
        (10.0, "B1"),
    ],
)
def test_level_boundaries(theta: float, level: str) -> None:
    assert level_for_theta(theta) == level


def test_level_of_nan_is_an_error() -> None:
    with pytest.raises(ValueError):
        level_for_theta(math.nan)


@pytest.mark.parametrize("level", ["A0", "A1", "A2", "B1"])
def test_default_difficulty_lies_in_its_own_band(level: str) -> None:
    assert level_for_theta(difficulty_for_level(level)) == level
    assert difficulty_for_level(level.lower()) == difficulty_for_level(level)


def test_default_difficulties_increase_with_level() -> None:
    values = [difficulty_for_level(lv) for lv in ("A0", "A1", "A2", "B1")]
    assert values == sorted(values)


def test_unknown_level_is_an_error() -> None:
    with pytest.raises(ValueError):
        difficulty_for_level("C2")
    with pytest.raises(ValueError):
        pass_cut("A1")  # type: ignore[arg-type]


def test_pass_cuts_are_the_level_cut_points() -> None:
    assert pass_cut("A2") == CUT_POINTS["A2"] == -0.5
    assert pass_cut("B1") == CUT_POINTS["B1"] == 0.7


def test_readiness_known_values() -> None:
    assert readiness(-0.5, 0.4, "A2") == pytest.approx(0.5)
    assert readiness(0.7 + 0.5, 0.5, "B1") == pytest.approx(0.841344746, abs=1e-8)
    assert readiness(0.0, 0.0, "A2") == 1.0
    assert readiness(-0.6, 0.0, "A2") == 0.0
    # Adding the real exam's own error pulls a confident estimate towards 1/2.
    assert 0.5 < readiness(0.2, 0.3, "A2", exam_se=0.4) < readiness(0.2, 0.3, "A2")


def test_readiness_rejects_bad_errors() -> None:
    with pytest.raises(ValueError):
        readiness(0.0, -0.1)
    with pytest.raises(ValueError):
        readiness(0.0, math.inf)
    with pytest.raises(ValueError):
        readiness(math.nan, 0.3)


thetas = st.floats(min_value=-8.0, max_value=8.0, allow_nan=False)
ses = st.floats(min_value=0.0, max_value=3.0, allow_nan=False)
targets = st.sampled_from(["A2", "B1"])


@given(a=thetas, b=thetas, se=ses, target=targets)
def test_readiness_is_monotone_in_theta_and_a_probability(
    a: float, b: float, se: float, target: str
) -> None:
    low, high = min(a, b), max(a, b)
    r_low = readiness(low, se, target)  # type: ignore[arg-type]
    r_high = readiness(high, se, target)  # type: ignore[arg-type]
    assert 0.0 <= r_low <= r_high <= 1.0


@given(theta=thetas, se=st.floats(min_value=0.01, max_value=3.0))
def test_b1_is_never_easier_than_a2(theta: float, se: float) -> None:
    assert readiness(theta, se, "B1") <= readiness(theta, se, "A2")
