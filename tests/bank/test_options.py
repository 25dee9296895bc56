"""Options are shown shuffled; the order never changes which option is the answer."""

from __future__ import annotations

import random
from collections import Counter

from examtrainer.bank.model import ItemType
from examtrainer.bank.options import shown_options, stable_rng

OPTIONS = ("Op maandag", "Op dinsdag", "Op woensdag", "Op donderdag")


def test_every_position_comes_up_for_the_key() -> None:
    rng = random.Random(7)
    places = Counter(
        shown_options(OPTIONS, ItemType.MULTIPLE_CHOICE, rng).index("Op donderdag")
        for _ in range(400)
    )
    assert set(places) == {0, 1, 2, 3}
    assert min(places.values()) > 60  # about 100 each: no position is favoured


def test_shuffled_options_are_the_same_options() -> None:
    rng = random.Random(1)
    for _ in range(50):
        shown = shown_options(OPTIONS, "choose_reaction", rng)
        assert sorted(shown) == sorted(OPTIONS)


def test_true_false_keeps_its_order() -> None:
    rng = random.Random(3)
    assert all(
        shown_options(("Juist", "Onjuist"), ItemType.TRUE_FALSE, rng) == ("Juist", "Onjuist")
        for _ in range(20)
    )


def test_a_stable_generator_repeats_the_order_for_one_exam_and_item() -> None:
    first = shown_options(OPTIONS, ItemType.MULTIPLE_CHOICE, stable_rng(42, "lb-01-q1"))
    again = shown_options(OPTIONS, ItemType.MULTIPLE_CHOICE, stable_rng(42, "lb-01-q1"))
    assert first == again
    others = {
        shown_options(OPTIONS, ItemType.MULTIPLE_CHOICE, stable_rng(seed, "lb-01-q1"))
        for seed in range(20)
    }
    assert len(others) > 1, "another exam shows another order"
