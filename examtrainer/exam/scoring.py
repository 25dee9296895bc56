"""Scoring one answer against an item's key (recorded answers are rated, not keyed), and
the pieces of an exam result: estimated scale score, review entries, kind advice."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from examtrainer.bank.model import CHOICE_TYPES, Item, ItemType
from examtrainer.exam.blueprint import Scale


def normalise(text: str) -> str:
    """Lower case, no accents, single spaces, no punctuation at the ends: for typed answers."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = re.sub(r"\s+", " ", text.strip().lower())
    return text.strip(" .,!?;:\"'")


def score(item: Item, answer: Any) -> bool | None:
    """True or False for keyed items; None for items a person rates (speaking, writing).

    ``answer`` is an option text for choice items, a sequence of option texts for
    multiple_response, the typed text for short_answer, a sequence of [left, right]
    pairs for matching, and the option texts in the chosen order for ordering.
    An empty answer is wrong, never an error.
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
    if item.type is ItemType.ORDERING:
        if not isinstance(answer, Sequence) or isinstance(answer, str):
            return False
        return [str(part) for part in answer] == list(item.right_answers)
    if item.type is ItemType.MATCHING:
        if not isinstance(answer, Sequence) or isinstance(answer, str):
            return False
        given = {(str(left), str(right)) for left, right in answer}
        return given == {(left, right) for left, right in item.pairs}
    return None


def credit(item: Item, answer: Any) -> float | None:
    """The share of the points (0–1) ``answer`` earns; None for items a person rates.

    1.0 when :func:`score` says right. Otherwise the item's partial credit, as the source
    defined it (Moodle fractions, GIFT ``%50%``, a QTI mapping): the share of the chosen
    option or of the typed answer; for multiple_response the sum of the shares of the
    chosen options (negative ones take points off), kept between 0 and 1, and below 1
    unless exactly the right options were chosen.
    """
    right = score(item, answer)
    if right is None or right:
        return None if right is None else 1.0
    if not item.credit:
        return 0.0
    if item.type is ItemType.MULTIPLE_CHOICE and isinstance(answer, str):
        return item.credit.get(answer, 0.0)
    if item.type is ItemType.SHORT_ANSWER and isinstance(answer, str):
        typed = normalise(answer)
        return max(
            (share for text, share in item.credit.items() if normalise(text) == typed),
            default=0.0,
        )
    if item.type is ItemType.MULTIPLE_RESPONSE and isinstance(answer, Sequence):
        total = sum(item.credit.get(str(option), 0.0) for option in set(answer))
        return round(min(max(total, 0.0), PARTIAL_MAX), 4)
    return 0.0


PARTIAL_MAX = 0.99  # a share of the points for an answer that is not the right one


def key_text(item: Item) -> str:
    """The right answer as a learner reads it in feedback and review."""
    if item.type is ItemType.MATCHING:
        return "; ".join(f"{left} → {right}" for left, right in item.pairs)
    if item.type is ItemType.SHORT_ANSWER:
        return item.right_answers[0] if item.right_answers else ""
    if item.type is ItemType.ORDERING:
        return " → ".join(item.right_answers)
    return ", ".join(item.right_answers)


# -- exam results ---------------------------------------------------------------------------
# The result of an exam is built by ExamSession.result() (session.py) from these pieces.


def estimated_scale_score(proportion: float, scale: Scale) -> int:
    """An ESTIMATE of the B1 scale score from the share of correct answers (0–1).

    Piecewise linear: 0 correct → 0, ``scale.estimated_cut`` → ``scale.pass_score`` (500),
    all correct → ``scale.max_score`` (1000). The official conversion differs per exam
    version and is not published; this mapping only says "below, near or above the cut".
    """
    p = min(max(proportion, 0.0), 1.0)
    cut = scale.estimated_cut
    if p <= cut:
        value = scale.pass_score * p / cut
    else:
        value = scale.pass_score + (scale.max_score - scale.pass_score) * (p - cut) / (1 - cut)
    return round(value)


@dataclass(frozen=True)
class ReviewEntry:
    """One question on the review screen after the exam."""

    number: int  # 1-based, as on the exam's bottom bar
    key: str
    part: str
    question: str
    answer: Any  # the learner's answer; None when not answered
    right_answer: str  # key_text(), or the model answer of a speaking task
    explanation: str  # the item's feedback
    correct: bool | None  # None: a recording that is not rated yet
    answered: bool
    themes: tuple[str, ...] = ()
    text_type: str = ""


@dataclass(frozen=True)
class PartScore:
    """Raw score of one part (the whole exam for reading and listening)."""

    name: str
    raw: int
    max_raw: int
    pending: int = 0  # recorded answers that still need a rating


@dataclass(frozen=True)
class Advice:
    """One piece of advice: a ``code`` and ``data`` for translation, and the Dutch ``text``."""

    code: str
    data: dict[str, Any]
    text: str


@dataclass(frozen=True)
class ExamResult:
    """The outcome of one exam. Everything except the raw scores is an estimate.

    ``scale_score`` (B1 only) comes from :func:`estimated_scale_score`; ``pass_raw_hint``
    (A2) is a [conflict] hint from preparation sites, not an official pass mark; ``theta``
    (logits), ``level`` and ``readiness`` come from the adaptive engine and are None when
    nothing could be scored yet (for example speaking that is not rated).
    """

    blueprint: str
    target: str
    skill: str
    parts: tuple[PartScore, ...]
    raw: int
    max_raw: int
    answered: int
    pending_rating: int
    finish_reason: str
    scale_score: int | None
    scale_pass: int | None
    pass_raw_hint: int | None
    theta: float | None
    standard_error: float | None
    level: str | None
    readiness: float | None
    review: tuple[ReviewEntry, ...]
    advice: tuple[Advice, ...]


# Every Dutch text of the exam result lives here, so that translators find them in one place.
THEME_NAMES_NL: dict[str, str] = {
    "municipality": "de gemeente",
    "work": "werk",
    "health": "gezondheid",
    "housing": "wonen",
    "school": "school",
    "shopping": "winkelen",
    "transport": "reizen en vervoer",
    "leisure": "vrije tijd",
    "money": "geld",
    "family": "familie",
    "neighbours": "buren",
    "services": "instanties",
    "news": "nieuws",
    "general": "het dagelijks leven",
}
TEXT_TYPE_NAMES_NL: dict[str, str] = {
    "letter": "brieven",
    "email": "e-mails",
    "message": "berichten",
    "notice": "mededelingen",
    "advert": "advertenties",
    "timetable": "dienstregelingen",
    "form": "formulieren",
    "webpage": "websites",
    "news": "nieuwsberichten",
    "leaflet": "folders",
    "instructions": "instructies",
    "opinion": "meningen",
    "dialogue": "gesprekken",
    "conversation": "gesprekken",
    "announcement": "omroepberichten",
    "voicemail": "voicemails",
}
ADVICE_TEXTS_NL: dict[str, str] = {
    "well_done": "Heel goed gedaan! Blijf zo oefenen, dan houdt u dit niveau vast.",
    "theme": "Oefen nog wat meer met het onderwerp {theme_nl}. Daar had u {mistakes} fouten.",
    "text_type": "Oefen nog wat meer met {text_type_nl}. Daar had u {mistakes} fouten.",
    "unanswered": "U hebt {count} vragen niet beantwoord. Geef altijd een antwoord. "
    "Een gok kan ook goed zijn.",
    "rate_recordings": "Luister naar uw {count} opnames en geef uzelf een cijfer. "
    "Of vraag uw docent om te luisteren.",
    "keep_going": "Oefen elke dag een beetje. Korte stukjes helpen al.",
}
MIN_MISTAKES_FOR_ADVICE = 2
WELL_DONE_SHARE = 0.9


def exam_advice(
    mistakes_by_theme: Counter[str],
    mistakes_by_text_type: Counter[str],
    unanswered: int,
    pending: int,
    share_correct: float | None,
) -> list[Advice]:
    """Kind advice from the mistakes (wrong or unanswered) per theme and text type."""
    advice: list[Advice] = []

    def add(code: str, **data: Any) -> None:
        advice.append(Advice(code, data, ADVICE_TEXTS_NL[code].format(**data)))

    if share_correct is not None and share_correct >= WELL_DONE_SHARE:
        add("well_done")
    if unanswered:
        add("unanswered", count=unanswered)
    themes = sorted(mistakes_by_theme.items(), key=lambda kv: (-kv[1], kv[0]))
    for theme, mistakes in themes[:2]:
        if mistakes >= MIN_MISTAKES_FOR_ADVICE:
            add("theme", theme=theme, theme_nl=THEME_NAMES_NL.get(theme, theme), mistakes=mistakes)
    types = sorted(mistakes_by_text_type.items(), key=lambda kv: (-kv[1], kv[0]))
    for text_type, mistakes in types[:1]:
        if mistakes >= MIN_MISTAKES_FOR_ADVICE and text_type:
            add(
                "text_type",
                text_type=text_type,
                text_type_nl=TEXT_TYPE_NAMES_NL.get(text_type, text_type),
                mistakes=mistakes,
            )
    if pending:
        add("rate_recordings", count=pending)
    if not advice or advice[-1].code != "well_done":
        add("keep_going")
    return advice
