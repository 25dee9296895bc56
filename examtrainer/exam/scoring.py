"""Scoring one answer against an item's key; recorded answers are rated, not keyed."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from examtrainer.bank.model import CHOICE_TYPES, Item, ItemType


def normalise(text: str) -> str:
    """Lower case, no accents, single spaces, no punctuation at the ends: for typed answers."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"\s+", " ", text.strip().lower())
    return text.strip(" .,!?;:\"'")


def score(item: Item, answer: Any) -> bool | None:
    """True or False for keyed items; None for items a person rates (speaking, writing).

    ``answer`` is an option text for choice items, a sequence of option texts for
    multiple_response, the typed text for short_answer, and a sequence of [left, right]
    pairs for matching. An empty answer is wrong, never an error.
    """
    if item.type in CHOICE_TYPES:
        return isinstance(answer, str) and answer == item.answer
    if item.type is ItemType.MULTIPLE_RESPONSE:
        chosen = (
            set(answer) if isinstance(answer, Sequence) and not isinstance(answer, str) else set()
        )
        return chosen == set(item.right_answers)
    if item.type is ItemType.SHORT_ANSWER:
        if not isinstance(answer, str):
            return False
        return normalise(answer) in {normalise(a) for a in item.right_answers}
    if item.type is ItemType.MATCHING:
        if not isinstance(answer, Sequence) or isinstance(answer, str):
            return False
        given = {(str(left), str(right)) for left, right in answer}
        return given == {(left, right) for left, right in item.pairs}
    return None


def key_text(item: Item) -> str:
    """The right answer as a learner reads it in feedback and review."""
    if item.type is ItemType.MATCHING:
        return "; ".join(f"{left} → {right}" for left, right in item.pairs)
    if item.type is ItemType.SHORT_ANSWER:
        return item.right_answers[0] if item.right_answers else ""
    return ", ".join(item.right_answers)
