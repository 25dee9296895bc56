"""Guessing that does not pay: every PIN check goes through a counter in the database.

Three tries are free; after the third wrong one the next try waits 30 s, then 1 min, 5 min,
15 min and 1 hour after each further wrong one (``WAITS``). The counters live in the database
(table ``pin_attempts``, one per teacher PIN and per learner profile), so closing the dialog,
restarting the app or moving to another PC of a school database does not reset the wait; a
right PIN does. A try is counted *before* the slow hash check, so killing the app in between
does not help either. Waits use the wall clock of the PC (injected for tests), since they
must survive a restart.

A protected profile also opens with the teacher PIN. So that the profiles of a class cannot
be used to guess the teacher PIN many times faster (nor a learner's own right code reset the
count between guesses), every wrong code in a profile also counts on one more counter,
``teacher:profiles``, which only the teacher PIN resets: while it waits, the teacher PIN
does not open profiles (the teacher dialog has its own counter and is not affected, so
learners' typing errors never lock the teacher out of teacher mode).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy.exc import IntegrityError

from examtrainer.services.teacher import verify_pin
from examtrainer.store.repositories import Store

FREE_TRIES = 3
WAITS = (30.0, 60.0, 300.0, 900.0, 3600.0)  # seconds, after wrong try 3, 4, 5, 6, 7 and on
TEACHER = "teacher"
TEACHER_VIA_PROFILES = "teacher:profiles"


def learner_key(learner_id: int) -> str:
    return f"learner:{learner_id}"


def wait_after(failures: int) -> float:
    """Seconds to wait after ``failures`` wrong tries in a row."""
    if failures < FREE_TRIES:
        return 0.0
    return WAITS[min(failures - FREE_TRIES, len(WAITS) - 1)]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class PinCheck:
    """The outcome of one try: ``accepted``, else ``wait_seconds`` before the next try
    (0: the next try may come at once)."""

    accepted: bool
    wait_seconds: float = 0.0
    refused_unchecked: bool = False  # still waiting: the PIN was not even looked at


class PinGuard:
    """Checks PINs against their hashes, with the counters above. Thread-safe (the state is
    in the database); slow (a hash check takes about 0.25 s): call it off the UI thread."""

    def __init__(self, store: Store, now: Callable[[], datetime] = utc_now) -> None:
        self.store = store
        self.now = now

    def wait_left(self, key: str) -> float:
        """Seconds until ``key`` may be tried again (0 when it may now)."""
        until = self.store.pin_attempts.locked_until(key)
        if until is None:
            return 0.0
        return max(0.0, (until - self.now()).total_seconds())

    def _reserve(self, key: str) -> tuple[int, float | None]:
        """(tries counted, None) or (tries, seconds still to wait) when refused."""
        now = self.now()
        for attempt in range(2):
            try:
                failures, locked = self.store.pin_attempts.reserve(key, now, wait_after)
                break
            except IntegrityError:  # another PC made the counter row at the same moment
                if attempt:
                    raise
        if locked is None:
            return failures, None
        return failures, max(0.0, (locked - now).total_seconds())

    def check(self, key: str, pin: str, stored_hashes: Sequence[str]) -> PinCheck:
        """Try ``pin`` against each hash in ``stored_hashes`` under the counter ``key``."""
        failures, refused = self._reserve(key)
        if refused is not None:
            return PinCheck(False, refused, refused_unchecked=True)
        if any(verify_pin(pin, stored) for stored in stored_hashes if stored):
            self.store.pin_attempts.clear(key)
            return PinCheck(True)
        return PinCheck(False, wait_after(failures))

    def check_teacher(self, pin: str, teacher_hash: str) -> PinCheck:
        return self.check(TEACHER, pin, [teacher_hash])

    def check_profile(
        self, learner_id: int, pin: str, learner_hash: str, teacher_hash: str
    ) -> PinCheck:
        """The code of a protected profile, or the teacher PIN (see the module docstring)."""
        key = learner_key(learner_id)
        failures, refused = self._reserve(key)
        if refused is not None:
            return PinCheck(False, refused, refused_unchecked=True)
        if verify_pin(pin, learner_hash):
            self.store.pin_attempts.clear(key)
            return PinCheck(True)
        if teacher_hash:
            _, teacher_refused = self._reserve(TEACHER_VIA_PROFILES)
            if teacher_refused is None and verify_pin(pin, teacher_hash):
                self.store.pin_attempts.clear(key)
                self.store.pin_attempts.clear(TEACHER_VIA_PROFILES)
                return PinCheck(True)
        return PinCheck(False, wait_after(failures))
