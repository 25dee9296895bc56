"""Exposure history shared by many learners' tests: the restricted method's bookkeeping.

Randomesque selection keeps no memory, so on a 2PL bank the few highly discriminating
items near the middle of the ability distribution win again and again (one item in 66 %
of 20-item tests on a 400-item bank). The *restricted* method of Revuelta and Ponsoda
(1998) remembers how often each item was given: an item whose exposure rate (tests in
which it was given / tests started) would exceed ``max_rate`` is not eligible. (Their
progressive method, random early and informative late, lost accuracy in our 2PL
benchmark and is not used.)

    Revuelta, J. & Ponsoda, V. (1998). A comparison of item exposure control methods in
    computerized adaptive testing. *Journal of Educational Measurement*, 35(4), 311–327.

Here the rule is applied exactly: item ``i`` is eligible in the ``n``-th test started
only while ``count_i + 1 <= max_rate * max(n, warm_up)``, so after ``N >= warm_up``
tests no item's exposure rate is above ``max_rate`` (unless a test could not be filled
otherwise: then the least exposed items are used, see ``ItemSelector``). ``warm_up``
(default 20 tests) lets the first tests use the best items before there is a history.

Plain mutable state, not thread-safe; ids are strings as in
:class:`~examtrainer.adaptive.irt.ItemParameters`.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

import numpy as np

from examtrainer.adaptive.irt import FloatArray

#: Highest share of tests an item may appear in (the benchmark's target: 0.25).
DEFAULT_MAX_EXPOSURE = 0.25
#: Tests before the rate rule applies in full (the allowance is ``max_rate * warm_up``).
DEFAULT_WARM_UP = 20


class ExposureHistory:
    """How often each item was given, over all tests that share this history.

    ``counts`` (item id -> tests it was given in) and ``tests`` (tests started) continue
    an earlier history, for instance from the response counts in the database.
    """

    __slots__ = ("_counts", "_slot", "max_rate", "tests", "warm_up")

    def __init__(
        self,
        max_rate: float = DEFAULT_MAX_EXPOSURE,
        *,
        counts: Mapping[str, int] | None = None,
        tests: int = 0,
        warm_up: int = DEFAULT_WARM_UP,
    ) -> None:
        if not (math.isfinite(max_rate) and 0.0 < max_rate <= 1.0):
            raise ValueError(f"max_rate must be in (0, 1], got {max_rate}")
        if tests < 0 or warm_up < 1:
            raise ValueError("tests must be >= 0 and warm_up >= 1")
        self.max_rate = float(max_rate)
        self.tests = int(tests)
        self.warm_up = int(warm_up)
        self._slot: dict[str, int] = {}
        self._counts: FloatArray = np.zeros(0, dtype=np.float64)
        if counts:
            self.slots(counts)
            for item_id, count in counts.items():
                self._counts[self._slot[item_id]] = float(count)

    def slots(self, item_ids: Iterable[str]) -> np.ndarray:
        """Positions of ``item_ids`` in :attr:`counts` (new ids start at 0 uses)."""
        ids = list(item_ids)
        for item_id in ids:
            if item_id not in self._slot:
                self._slot[item_id] = len(self._slot)
        if len(self._slot) > self._counts.size:
            grown = np.zeros(len(self._slot), dtype=np.float64)
            grown[: self._counts.size] = self._counts
            self._counts = grown
        return np.fromiter((self._slot[i] for i in ids), dtype=np.intp, count=len(ids))

    @property
    def counts(self) -> FloatArray:
        """Uses per slot (see :meth:`slots`); the live array, read it, do not write it."""
        return self._counts

    def begin_test(self) -> None:
        """Count one more test started (call once per learner's test, before selecting)."""
        self.tests += 1

    def use(self, slot: int) -> None:
        """Count one use of the item at ``slot`` (see :meth:`slots`)."""
        self._counts[slot] += 1.0

    def record(self, item_id: str) -> None:
        """Count one use of ``item_id`` (once per test in which it is given)."""
        (slot,) = self.slots([item_id])
        self.use(int(slot))

    @property
    def allowance(self) -> float:
        """Most uses an item may have after the current test: ``max_rate * max(tests, warm_up)``."""
        return self.max_rate * max(self.tests, self.warm_up)

    def count(self, item_id: str) -> int:
        """Tests in which ``item_id`` was given (0 for an unknown id)."""
        slot = self._slot.get(item_id)
        return 0 if slot is None else int(self._counts[slot])

    def rate(self, item_id: str) -> float:
        """Exposure rate of ``item_id``: its uses per test started (0 before any test)."""
        return self.count(item_id) / self.tests if self.tests else 0.0

    def max_exposure(self) -> float:
        """Highest exposure rate of any item so far (0 before any test)."""
        if not self.tests or not self._counts.size:
            return 0.0
        return float(self._counts.max()) / self.tests
