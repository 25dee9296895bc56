"""One learner's adaptive test: selection, EAP ability updates and stopping, Qt-free.

Typical use::

    test = AdaptiveTest(bank, max_items=20, rng=numpy.random.default_rng(1))
    while (item_id := test.next_item()) is not None:
        test.record(item_id, correct=answer_of_learner(item_id))
    test.theta, test.standard_error, test.administered

Abilities and difficulties are in logits (see :mod:`examtrainer.adaptive.levels` for the
scale and CEFR cut points).
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Mapping, Sequence
from typing import Literal

import numpy as np

from examtrainer.adaptive.estimation import (
    DEFAULT_GRID_BOUND,
    DEFAULT_GRID_POINTS,
    AbilityEstimate,
    AbilityPosterior,
)
from examtrainer.adaptive.exposure import ExposureHistory
from examtrainer.adaptive.irt import ItemParameters
from examtrainer.adaptive.levels import (
    REAL_EXAM_SE,
    CefrLevel,
    ExamTarget,
    level_for_theta,
    readiness,
)
from examtrainer.adaptive.selection import DEFAULT_EXPOSURE_K, ItemSelector

StopReason = Literal["max_items", "target_se", "bank_exhausted"]

#: Placement test: stop as soon as the standard error is at most 0.6 logits (about half
#: a CEFR band), after at least 5 and at most 12 items (a few minutes).
PLACEMENT_MAX_ITEMS = 12
PLACEMENT_TARGET_SE = 0.6
PLACEMENT_MIN_ITEMS = 5


class AdaptiveTest:
    """Adaptive administration of items from ``bank`` to one learner.

    Keyword arguments (defaults in brackets):

    * ``max_items`` [20]: hard maximum test length.
    * ``target_se`` [None]: stop once the standard error (logits) is at or below this,
      provided ``min_items`` were given; ``None`` gives a fixed-length test.
    * ``min_items`` [1]: minimum length before the standard-error rule may stop the test.
    * ``target_success`` [None]: practice targeting; choose items whose predicted
      probability of success is closest to this value (e.g. 0.75). ``None`` selects by
      maximum information (placement and measurement).
    * ``exposure_k`` [10]: randomesque exposure control; pick at random among the k best
      units. 1 disables it.
    * ``theme_targets`` / ``type_targets`` [None]: desired share of administered items per
      theme / item type, e.g. ``{"work": 0.4, "health": 0.3, "housing": 0.3}``.
    * ``prior_mean`` [0.0], ``prior_sd`` [1.0]: normal prior of ability (logits); pass a
      previous estimate and a widened SE to continue from an earlier session.
    * ``rng`` [fresh unseeded generator]: randomness for exposure control; inject a
      seeded ``numpy.random.Generator`` for reproducible tests.
    * ``grid_points`` [161], ``grid_bound`` [10.0]: EAP quadrature grid on [-bound, bound]
      (a step of 0.125; wide enough for A0 learners under the wide new-learner prior).

    Testlets are never split: once a testlet is chosen its remaining items are returned by
    consecutive ``next_item`` calls, and a testlet that would not fit into ``max_items`` is
    not chosen. Raises ``ValueError`` for an empty bank or duplicate item ids.
    """

    def __init__(
        self,
        bank: Sequence[ItemParameters],
        *,
        max_items: int = 20,
        target_se: float | None = None,
        min_items: int = 1,
        target_success: float | None = None,
        exposure_k: int = DEFAULT_EXPOSURE_K,
        theme_targets: Mapping[str, float] | None = None,
        type_targets: Mapping[str, float] | None = None,
        prior_mean: float = 0.0,
        prior_sd: float = 1.0,
        rng: np.random.Generator | None = None,
        grid_points: int = DEFAULT_GRID_POINTS,
        grid_bound: float = DEFAULT_GRID_BOUND,
        exposure_history: ExposureHistory | None = None,
        target_band: float | None = None,
    ) -> None:
        items = tuple(bank)
        if not items:
            raise ValueError("the item bank is empty")
        if max_items < 1 or min_items < 0:
            raise ValueError("max_items must be >= 1 and min_items >= 0")
        if target_se is not None and not (math.isfinite(target_se) and target_se > 0):
            raise ValueError("target_se must be > 0 or None")
        self._items = items
        self._index: dict[str, int] = {}
        for i, item in enumerate(items):
            if item.item_id in self._index:
                raise ValueError(f"duplicate item id {item.item_id!r} in the bank")
            self._index[item.item_id] = i
        self.max_items = max_items
        self.min_items = min_items
        self.target_se = target_se
        self.target_success = target_success
        self._selector = ItemSelector(
            items,
            rng=rng if rng is not None else np.random.default_rng(),
            target_success=target_success,
            exposure_k=exposure_k,
            theme_targets=theme_targets,
            type_targets=type_targets,
            history=exposure_history,
            target_band=target_band,
        )
        self._posterior = AbilityPosterior(
            prior_mean, prior_sd, grid_points=grid_points, grid_bound=grid_bound
        )
        self._estimate = self._posterior.estimate()
        self._administered: list[str] = []
        self._responses: list[bool] = []
        self._pending: int | None = None
        self._queue: deque[int] = deque()
        self._stop_reason: StopReason | None = None

    # -- driving the test ----------------------------------------------------------------

    def next_item(self) -> str | None:
        """Id of the item to present next, or ``None`` when the test is over.

        Idempotent until :meth:`record` is called: asking twice gives the same item.
        When it returns ``None``, :attr:`stop_reason` says why.
        """
        n = len(self._administered)
        if n >= self.max_items:
            return self._stop("max_items")
        if self._pending is not None:
            return self._items[self._pending].item_id
        if self._queue:
            self._pending = self._queue.popleft()
            return self._items[self._pending].item_id
        if (
            self.target_se is not None
            and n >= self.min_items
            and self._estimate.standard_error <= self.target_se
        ):
            return self._stop("target_se")
        unit = self._selector.select(
            self._estimate.theta,
            self._estimate.standard_error,
            self.max_items - n,
        )
        if unit is None:
            return self._stop("bank_exhausted")
        self._pending = int(unit[0])
        self._queue.extend(int(i) for i in unit[1:])
        self._stop_reason = None
        return self._items[self._pending].item_id

    def record(self, item_id: str, correct: bool) -> AbilityEstimate:
        """Score the learner's answer to ``item_id`` and update the ability estimate.

        Normally ``item_id`` is the one :meth:`next_item` returned, but any bank item not
        yet administered is accepted (it is then also removed from a queued testlet).
        Raises ``KeyError`` for an unknown id and ``ValueError`` for a repeated one.
        Returns the new estimate (logits).
        """
        index = self._index[item_id]
        self._selector.mark_administered(index)  # raises ValueError on a repeat
        if self._pending == index:
            self._pending = None
        elif index in self._queue:
            self._queue.remove(index)
        item = self._items[index]
        self._posterior.update(item.difficulty, item.discrimination, bool(correct))
        self._estimate = self._posterior.estimate()
        self._administered.append(item_id)
        self._responses.append(bool(correct))
        self._stop_reason = None
        return self._estimate

    def _stop(self, reason: StopReason) -> str | None:
        """Record why the test ended; returns ``None`` so ``next_item`` can return it."""
        self._stop_reason = reason
        return None

    # -- results -------------------------------------------------------------------------

    @property
    def theta(self) -> float:
        """Current EAP ability estimate (logits); the prior mean before any response."""
        return self._estimate.theta

    @property
    def standard_error(self) -> float:
        """Posterior standard deviation of ability (logits)."""
        return self._estimate.standard_error

    @property
    def estimate(self) -> AbilityEstimate:
        """Current estimate and standard error together."""
        return self._estimate

    @property
    def testlet_in_progress(self) -> bool:
        """True while items of an already chosen testlet are still to be presented."""
        return bool(self._queue)

    @property
    def administered(self) -> tuple[str, ...]:
        """Ids of the answered items, in order."""
        return tuple(self._administered)

    @property
    def responses(self) -> tuple[bool, ...]:
        """Scored answers, aligned with :attr:`administered`."""
        return tuple(self._responses)

    @property
    def stop_reason(self) -> StopReason | None:
        """Why the last :meth:`next_item` call returned ``None``; ``None`` while running."""
        return self._stop_reason

    @property
    def level(self) -> CefrLevel:
        """CEFR level of the current estimate."""
        return level_for_theta(self._estimate.theta)

    def readiness(self, target: ExamTarget = "A2") -> float:
        """Probability (0–1) that the learner's ability is at the pass cut of ``target``."""
        return readiness(self._estimate.theta, self._estimate.standard_error, target)

    def pass_probability(
        self, target: ExamTarget = "A2", *, exam_se: float = REAL_EXAM_SE
    ) -> float:
        """P(pass) of the real exam part, integrated over the full ability posterior."""
        return self._posterior.pass_probability(target, exam_se=exam_se)

    def category_counts(self) -> dict[str, dict[str, int]]:
        """Administered items per constrained theme / item type (see ``theme_targets``)."""
        return self._selector.category_counts()


def placement_test(
    bank: Sequence[ItemParameters],
    *,
    rng: np.random.Generator | None = None,
    prior_mean: float = 0.0,
    prior_sd: float = 1.0,
    exposure_k: int = DEFAULT_EXPOSURE_K,
    theme_targets: Mapping[str, float] | None = None,
    type_targets: Mapping[str, float] | None = None,
) -> AdaptiveTest:
    """A placement test: maximum information, stops at SE <= 0.6 logits or 12 items.

    Uses :data:`PLACEMENT_TARGET_SE`, :data:`PLACEMENT_MAX_ITEMS` and
    :data:`PLACEMENT_MIN_ITEMS`; the other arguments are as for :class:`AdaptiveTest`.
    """
    return AdaptiveTest(
        bank,
        max_items=PLACEMENT_MAX_ITEMS,
        target_se=PLACEMENT_TARGET_SE,
        min_items=PLACEMENT_MIN_ITEMS,
        exposure_k=exposure_k,
        theme_targets=theme_targets,
        type_targets=type_targets,
        prior_mean=prior_mean,
        prior_sd=prior_sd,
        rng=rng,
    )
