"""Countdowns and the play allowance, driven by a fake clock (never sleeping)."""

from __future__ import annotations

import pytest

from examtrainer.exam.countdown import Countdown, PlayAllowance


class Clock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


def test_countdown_runs_out_once() -> None:
    clock = Clock()
    countdown = Countdown(10, clock)
    assert not countdown.running and countdown.remaining_seconds == 10
    countdown.start()
    assert countdown.running and countdown.shown_seconds == 10
    clock.now += 9.2
    assert countdown.shown_seconds == 1, "1 stays on screen until the very end"
    assert not countdown.poll()
    clock.now += 0.8
    assert countdown.expired and countdown.shown_seconds == 0
    assert countdown.poll()
    assert not countdown.poll(), "expiry is reported once"
    clock.now += 5
    assert countdown.remaining_seconds == 0 and countdown.fraction_left == 0


def test_stopped_countdown_keeps_its_time() -> None:
    clock = Clock()
    countdown = Countdown(30, clock)
    countdown.start()
    clock.now += 12
    countdown.stop()
    clock.now += 100
    assert countdown.elapsed_seconds == 12
    assert not countdown.expired and not countdown.poll() and not countdown.running
    countdown.start()
    assert countdown.remaining_seconds == 30


def test_zero_countdown_expires_at_once() -> None:
    countdown = Countdown(0, Clock())
    countdown.start()
    assert countdown.poll() and countdown.fraction_left == 0
    with pytest.raises(ValueError):
        Countdown(-1)


def test_play_allowance() -> None:
    plays = PlayAllowance(2)
    assert plays.can_start and plays.left == 2
    plays.start()
    plays.start()
    assert not plays.can_start and plays.left == 0
    with pytest.raises(RuntimeError):
        plays.start()
    endless = PlayAllowance(None)
    for _ in range(10):
        endless.start()
    assert endless.can_start and endless.left is None
    with pytest.raises(ValueError):
        PlayAllowance(0)
