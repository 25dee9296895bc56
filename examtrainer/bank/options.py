"""The order in which a question's options are shown.

Options are stored in the order their author wrote them, and an answer is always stored as
the option's text, never its position. Shown, they are shuffled, so that the place of the
right answer gives nothing away (a bank where the key is often the last option cannot be
guessed from). ``Juist`` / ``Onjuist`` keep their fixed order: that pair has no pattern to
hide, and learners look for "Juist" first.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from examtrainer.bank.model import ItemType

FIXED_ORDER_TYPES = frozenset({ItemType.TRUE_FALSE})


def shown_options(
    options: Sequence[str], item_type: ItemType | str, rng: random.Random
) -> tuple[str, ...]:
    """``options`` in the order to show them: shuffled by ``rng``, or as written for
    true/false. The result always holds exactly the same options (a permutation)."""
    if ItemType(item_type) in FIXED_ORDER_TYPES or len(options) < 2:
        return tuple(options)
    order = list(options)
    rng.shuffle(order)
    return tuple(order)


def stable_rng(*parts: object) -> random.Random:
    """A generator seeded from ``parts`` (e.g. an exam's seed and an item's key), so that a
    question shows its options in the same order each time it is visited within one exam."""
    return random.Random("\x1f".join(str(part) for part in parts))
