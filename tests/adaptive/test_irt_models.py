"""Rasch and 2PL probability and information, and ItemParameters validation."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest

from examtrainer.adaptive import ItemParameters, information, probability


def test_probability_known_values() -> None:
    assert probability(0.3, 0.3) == pytest.approx(0.5)
    assert probability(1.0, 0.0) == pytest.approx(1.0 / (1.0 + math.exp(-1.0)))
    # 2PL: a = 2 doubles the logit.
    assert probability(0.5, 0.0, 2.0) == pytest.approx(1.0 / (1.0 + math.exp(-1.0)))


def test_probability_vectorises_and_stays_finite_in_the_tails() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        p = probability(np.array([-1000.0, 0.0, 1000.0]), 0.0)
    assert isinstance(p, np.ndarray)
    assert p.tolist() == pytest.approx([0.0, 0.5, 1.0])


def test_information_peaks_at_the_difficulty() -> None:
    assert information(0.0, 0.0) == pytest.approx(0.25)
    assert information(1.0, 1.0, 2.0) == pytest.approx(1.0)  # a**2 / 4
    grid = np.linspace(-3, 3, 601)
    info = information(grid, 0.7)
    assert isinstance(info, np.ndarray)
    assert grid[int(np.argmax(info))] == pytest.approx(0.7)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"item_id": "", "difficulty": 0.0}, ValueError),
        ({"item_id": "x", "difficulty": math.inf}, ValueError),
        ({"item_id": "x", "difficulty": 0.0, "discrimination": 0.0}, ValueError),
        ({"item_id": "x", "difficulty": 0.0, "themes": "work"}, TypeError),
    ],
)
def test_item_parameters_reject_bad_values(kwargs: dict[str, object], error: type) -> None:
    with pytest.raises(error):
        ItemParameters(**kwargs)  # type: ignore[arg-type]


def test_item_parameters_defaults_and_frozen() -> None:
    item = ItemParameters(item_id="r001", difficulty=-0.4)
    assert item.discrimination == 1.0
    assert item.themes == ()
    assert item.item_type == "multiple_choice"
    assert item.testlet is None
    with pytest.raises(AttributeError):
        item.difficulty = 1.0  # type: ignore[misc]
