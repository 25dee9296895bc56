"""Scoring one answer against an item's key, for every item type."""

from __future__ import annotations

from typing import Any

import pytest

from examtrainer.bank.model import Item, ItemType
from examtrainer.exam.scoring import key_text, normalise, score


def item(item_type: ItemType, **fields: Any) -> Item:
    skill = (
        "speaking"
        if item_type
        in {ItemType.CHOOSE_REACTION, ItemType.SPEAKING_SHORT, ItemType.SPEAKING_MEDIUM}
        else "writing"
        if item_type is ItemType.WRITING
        else "reading"
    )
    return Item.model_validate(
        {"id": "i", "skill": skill, "level": "A2", "type": item_type, "question": "?", **fields}
    )


CHOICE = item(ItemType.MULTIPLE_CHOICE, options=["Op vrijdag", "Op zaterdag"], answer="Op zaterdag")


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("Op zaterdag", True),
        ("Op vrijdag", False),
        ("op zaterdag", False),  # options are clicked, never typed: exact match
        ("", False),
        (None, False),
        (["Op zaterdag"], False),
    ],
)
def test_multiple_choice(answer: Any, expected: bool) -> None:
    assert score(CHOICE, answer) is expected


def test_true_false_and_choose_reaction() -> None:
    true_false = item(ItemType.TRUE_FALSE, options=["Juist", "Onjuist"], answer="Onjuist")
    assert score(true_false, "Onjuist") is True
    assert score(true_false, "Juist") is False

    reaction = item(
        ItemType.CHOOSE_REACTION,
        options=["Mag ik pinnen?", "Hoe laat is het?"],
        answer="Mag ik pinnen?",
    )
    assert score(reaction, "Mag ik pinnen?") is True
    assert score(reaction, "Hoe laat is het?") is False


MULTI = item(
    ItemType.MULTIPLE_RESPONSE, options=["brood", "melk", "kaas", "zeep"], answer=["brood", "kaas"]
)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        (["brood", "kaas"], True),
        (("kaas", "brood"), True),  # order does not matter
        ({"kaas", "brood"}, False),  # not a sequence
        (["brood"], False),  # too few
        (["brood", "kaas", "melk"], False),  # too many
        ([], False),
        ("brood", False),  # one string is not a choice of options
        (None, False),
    ],
)
def test_multiple_response_needs_exactly_the_right_options(answer: Any, expected: bool) -> None:
    assert score(MULTI, answer) is expected


SHORT = item(ItemType.SHORT_ANSWER, answer="Zaterdag", accept=["za", "6 mei"])


@pytest.mark.parametrize(
    "typed",
    [
        "Zaterdag",
        "zaterdag",
        "ZATERDAG",
        "  zaterdag  ",
        "zaterdag.",
        "zaterdag!",
        '"zaterdag"',
        "Za",
        "6  mei",
        " 6 Mei. ",
        "zátêrdäg",  # accents are ignored
    ],
)
def test_short_answer_normalises_case_spaces_accents_and_end_punctuation(typed: str) -> None:
    assert score(SHORT, typed) is True


@pytest.mark.parametrize("typed", ["zondag", "zater dag", "", "6 mei 2024", "zaterdagen"])
def test_short_answer_wrong(typed: str) -> None:
    assert score(SHORT, typed) is False


def test_short_answer_with_accents_in_the_key_and_a_non_text_answer() -> None:
    cafe = item(ItemType.SHORT_ANSWER, accept=["café"])
    assert score(cafe, "cafe") is True
    assert score(cafe, "CAFÉ") is True
    assert score(cafe, 42) is False
    assert score(cafe, None) is False


def test_normalise() -> None:
    assert normalise("  Één   Twee\tDRIE?! ") == "een twee drie"
    assert normalise("9.00 uur.") == "9.00 uur"  # inner punctuation stays
    assert normalise("") == ""


MATCHING = item(
    ItemType.MATCHING, pairs=[["huisarts", "ziek"], ["gemeente", "paspoort"], ["school", "kind"]]
)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ([["huisarts", "ziek"], ["gemeente", "paspoort"], ["school", "kind"]], True),
        ([("school", "kind"), ("huisarts", "ziek"), ("gemeente", "paspoort")], True),
        ([["huisarts", "paspoort"], ["gemeente", "ziek"], ["school", "kind"]], False),
        ([["huisarts", "ziek"], ["gemeente", "paspoort"]], False),  # one pair missing
        ([], False),
        ("huisarts ziek", False),
        (None, False),
    ],
)
def test_matching(answer: Any, expected: bool) -> None:
    assert score(MATCHING, answer) is expected


@pytest.mark.parametrize(
    "item_type", [ItemType.SPEAKING_SHORT, ItemType.SPEAKING_MEDIUM, ItemType.WRITING]
)
def test_rated_items_are_not_scored(item_type: ItemType) -> None:
    rated = item(item_type, answer_seconds=30, model_answer="Ik ga naar de markt.")
    assert score(rated, "recordings/1.wav") is None
    assert score(rated, None) is None


def test_key_text_for_each_type() -> None:
    assert key_text(CHOICE) == "Op zaterdag"
    assert key_text(MULTI) == "brood, kaas"
    assert key_text(SHORT) == "Zaterdag"
    assert key_text(item(ItemType.SHORT_ANSWER, accept=["twaalf", "12"])) == "twaalf"
    assert key_text(MATCHING) == "huisarts → ziek; gemeente → paspoort; school → kind"
    assert key_text(item(ItemType.SPEAKING_SHORT, answer_seconds=30, model_answer="Ja.")) == ""
