"""Countdowns (preparation and answer time) and the play allowance of a listening fragment.

Plain state driven by an injected clock: the GUI polls them from a timer a few times per
second, tests move a fake clock forward instead of sleeping.
"""

from __future__ import annotations

import math
import time

from examtrainer.exam.practice import Clock


class Countdown:
    """Counts ``seconds`` down from :meth:`start`; nothing happens until it is polled.

    ``remaining_seconds`` never goes below 0. :meth:`poll` returns True exactly once: the
    first time it is called after the time ran out, so a screen moves on only once however
    often its timer fires. :meth:`stop` ends it early (``poll`` then never reports expiry).
    """

    def __init__(self, seconds: float, clock: Clock = time.monotonic) -> None:
        if seconds < 0:
            raise ValueError(f"a countdown cannot be negative, not {seconds}")
        self.seconds = float(seconds)
        self._clock = clock
        self._started_at: float | None = None
        self._stopped_at: float | None = None
        self._reported = False

    def start(self) -> None:
        """Start (or restart) counting from the full time."""
        self._started_at = self._clock()
        self._stopped_at = None
        self._reported = False

    def stop(self) -> None:
        """Stop counting; the time used so far stays readable in ``elapsed_seconds``."""
        if self._started_at is not None and self._stopped_at is None:
            self._stopped_at = self._clock()

    @property
    def running(self) -> bool:
        return self._started_at is not None and self._stopped_at is None and not self.expired

    @property
    def elapsed_seconds(self) -> float:
        if self._started_at is None:
            return 0.0
        end = self._stopped_at if self._stopped_at is not None else self._clock()
        return min(self.seconds, max(0.0, end - self._started_at))

    @property
    def remaining_seconds(self) -> float:
        return self.seconds - self.elapsed_seconds

    @property
    def expired(self) -> bool:
        return (
            self._started_at is not None
            and self._stopped_at is None
            and self.remaining_seconds <= 0.0
        )

    @property
    def shown_seconds(self) -> int:
        """Whole seconds to show: rounded up, so "1" stays on screen until the very end."""
        return math.ceil(round(self.remaining_seconds, 6))

    @property
    def fraction_left(self) -> float:
        """1.0 at the start, 0.0 at the end; for a progress bar."""
        return self.remaining_seconds / self.seconds if self.seconds else 0.0

    def poll(self) -> bool:
        """True once, on the first call after the time ran out."""
        if self.expired and not self._reported:
            self._reported = True
            return True
        return False


class PlayAllowance:
    """How often a learner may play one fragment; ``allowed=None`` means without limit.

    A play counts when playback starts from the beginning; pausing and resuming is the
    same play.
    """

    def __init__(self, allowed: int | None) -> None:
        if allowed is not None and allowed < 1:
            raise ValueError(f"at least one play must be allowed, not {allowed}")
        self.allowed = allowed
        self.used = 0

    @property
    def can_start(self) -> bool:
        return self.allowed is None or self.used < self.allowed

    @property
    def left(self) -> int | None:
        return None if self.allowed is None else max(0, self.allowed - self.used)

    def start(self) -> None:
        """Count one play; raises RuntimeError when none are left."""
        if not self.can_start:
            raise RuntimeError("no plays left for this fragment")
        self.used += 1
