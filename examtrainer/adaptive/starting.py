"""Where a new item and a new learner start: difficulties from item features, and priors.

**Starting difficulty.** An item without IRT values used to get the difficulty of its
CEFR level alone (four values for a whole bank), so all A2 items tied: the selector then
took the same few items every time and never used the others. :func:`starting_difficulty`
adds small, documented offsets (logits) for what makes a question harder or easier:

* **text length** (the reading text, or the words of a listening fragment):
  ``+0.25`` per doubling of the length relative to the level's typical length
  (:data:`REFERENCE_TEXT_CHARS`), at most ±0.25; no text, no offset;
* **question length** (question and options together): ``+0.10`` per doubling relative
  to 80 characters, at most ±0.20;
* **guessing** (question type and number of options): a learner who does not know the
  answer still guesses right with chance ``c`` (1/2 for true/false, 1/n for n options,
  0 for a typed answer, 0.05 for matching/ordering/several right options). The offset is
  ``-0.5 (logit((1 + c) / 2) - logit(2 / 3))``: 0 for three options (the typical item the
  level difficulty stands for), −0.20 for true/false, +0.09 for four options, +0.35 for a
  typed answer;
* a **tie-breaker** of at most ±0.03 derived from the item's id (a hash, so the same on
  every PC), so no two items start exactly equal.

The sum of the offsets is kept within ±0.45, so an item stays inside its level's band
(see :mod:`examtrainer.adaptive.levels`). Online calibration then moves it with the
answers learners give; items with IRT values in their pack keep those.

**Starting prior.** :func:`starting_prior` gives the normal prior of a learner's ability
for a first session. With a previous estimate (placement, practice or a mock exam) it is
that estimate with its SE widened by ``widening`` logits (learners change between
sessions). Without one it is wide — SD 2 logits — and centred on the A1/A2 boundary
for learners preparing for A2 and on the middle of A2 for B1: the N(0, 1) used before
pulled learners at θ = −2 up by 0.2–0.4 logits after a session.
"""

from __future__ import annotations

import hashlib
import math

from examtrainer.adaptive.levels import CUT_POINTS, difficulty_for_level

#: Typical length (characters) of a reading text or listening script per level.
REFERENCE_TEXT_CHARS = {"A0": 150, "A1": 300, "A2": 500, "B1": 1600}
#: Typical length (characters) of a question with its options.
REFERENCE_QUESTION_CHARS = 80
TEXT_STEP = 0.25  # logits per doubling of the text length
TEXT_LIMIT = 0.25
QUESTION_STEP = 0.10  # logits per doubling of the question length
QUESTION_LIMIT = 0.20
GUESSING_WEIGHT = 0.5
TIE_BREAK = 0.03
OFFSET_LIMIT = 0.45

#: Chance of guessing right, per question type without options to count.
GUESSING_CHANCE = {
    "true_false": 0.5,
    "short_answer": 0.0,
    "matching": 0.05,
    "ordering": 0.05,
    "multiple_response": 0.05,
}

#: Prior of a learner without any estimate yet, per exam target: (mean, SD) in logits.
NEW_LEARNER_PRIOR = {"A2": (CUT_POINTS["A2"], 2.0), "B1": (0.1, 2.0)}
PRIOR_WIDENING = 0.3


def _logit(p: float) -> float:
    return math.log(p / (1.0 - p))


def guessing_offset(item_type: str, n_options: int = 0) -> float:
    """Difficulty offset (logits) for the chance of guessing right (see module docs)."""
    if item_type in GUESSING_CHANCE:
        chance = GUESSING_CHANCE[item_type]
    elif n_options >= 2:
        chance = 1.0 / n_options
    else:
        chance = 1.0 / 3.0
    return -GUESSING_WEIGHT * (_logit((1.0 + chance) / 2.0) - _logit(2.0 / 3.0))


def _doublings(length: int, reference: int) -> float:
    return math.log2(max(length, 1) / reference)


def tie_break(key: str) -> float:
    """A value in [-0.03, 0.03] from ``key``'s SHA-256: stable on every PC and Python run."""
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    unit = int.from_bytes(digest[:8], "big") / 2.0**64
    return TIE_BREAK * (2.0 * unit - 1.0)


def starting_difficulty(
    level: str,
    *,
    item_type: str = "multiple_choice",
    n_options: int = 0,
    text_chars: int = 0,
    question_chars: int = 0,
    key: str = "",
) -> float:
    """Starting difficulty (logits) of an item without IRT values, from level and features.

    ``text_chars``: length of its reading text or listening script (0: none);
    ``question_chars``: length of question plus options (0: not known); ``key``: the
    item's id, for the tie-breaker. Raises ``ValueError`` for an unknown level.
    """
    base = difficulty_for_level(level)
    offset = guessing_offset(item_type, n_options)
    if text_chars > 0:
        reference = REFERENCE_TEXT_CHARS[level.strip().upper()]
        offset += max(-TEXT_LIMIT, min(TEXT_LIMIT, TEXT_STEP * _doublings(text_chars, reference)))
    if question_chars > 0:
        offset += max(
            -QUESTION_LIMIT,
            min(
                QUESTION_LIMIT,
                QUESTION_STEP * _doublings(question_chars, REFERENCE_QUESTION_CHARS),
            ),
        )
    if key:
        offset += tie_break(key)
    return base + max(-OFFSET_LIMIT, min(OFFSET_LIMIT, offset))


def starting_prior(
    exam_target: str = "A2",
    previous: tuple[float, float] | None = None,
    *,
    widening: float = PRIOR_WIDENING,
) -> tuple[float, float]:
    """Normal prior (mean, SD; logits) for a learner's next session of one skill.

    ``previous`` is the latest (theta, standard error) of that skill, from placement,
    practice or a mock exam; without it the wide :data:`NEW_LEARNER_PRIOR` of the exam
    target is used (an unknown target counts as A2).
    """
    if previous is not None:
        theta, se = previous
        return float(theta), math.hypot(float(se), widening)
    return NEW_LEARNER_PRIOR.get(exam_target.strip().upper(), NEW_LEARNER_PRIOR["A2"])
