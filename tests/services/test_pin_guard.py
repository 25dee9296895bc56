"""Guessing that does not pay (issue 12, point 2). Before, the wait after three wrong PINs
lived in the dialog: closing and reopening it reset it (1,132 guesses a minute). Now the
counters are in the database, the wait grows, and a restart changes nothing. The clock is
injected: no test sleeps."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from examtrainer.services.app import Services
from examtrainer.services.pin_guard import WAITS, PinGuard, wait_after
from examtrainer.services.teacher import hash_pin


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def teacher_services(services: Services, clock: FakeClock) -> Services:
    services.settings = replace(services.settings, teacher_pin_hash=hash_pin("2468"))
    services.wall_clock = clock
    return services


def test_the_waits_grow() -> None:
    assert [wait_after(n) for n in range(1, 9)] == [0, 0, 30, 60, 300, 900, 3600, 3600]
    assert WAITS[:4] == (30.0, 60.0, 300.0, 900.0)


def test_waits_grow_and_a_wait_refuses_without_checking(
    teacher_services: Services, clock: FakeClock
) -> None:
    services = teacher_services
    assert [services.check_teacher_pin("0000").wait_seconds for _ in range(3)] == [0, 0, 30]
    refused = services.check_teacher_pin("2468")  # even the right PIN waits
    assert not refused.accepted and refused.refused_unchecked and refused.wait_seconds == 30
    clock.advance(30)
    assert services.check_teacher_pin("0000").wait_seconds == 60
    clock.advance(59)
    assert services.check_teacher_pin("0000").refused_unchecked
    clock.advance(1)
    assert services.check_teacher_pin("0000").wait_seconds == 300
    clock.advance(300)
    assert services.check_teacher_pin("0000").wait_seconds == 900
    clock.advance(900)
    assert services.check_teacher_pin("2468").accepted
    # A right PIN starts again from zero.
    assert [services.check_teacher_pin("0000").wait_seconds for _ in range(3)] == [0, 0, 30]


def test_the_wait_survives_a_restart(teacher_services: Services, clock: FakeClock) -> None:
    """Closing the dialog or the app: the counter is in the database."""
    for _ in range(3):
        teacher_services.check_teacher_pin("0000")
    paths, settings = teacher_services.paths, teacher_services.settings
    teacher_services.close()
    again = Services.open(paths, settings, install_content=False)
    try:
        again.wall_clock = clock
        assert again.pin_wait_left() == 30
        assert again.check_teacher_pin("2468").refused_unchecked
        clock.advance(30)
        assert again.pin_wait_left() == 0
        assert again.check_teacher_pin("2468").accepted
    finally:
        again.close()


def test_a_learner_code_has_its_own_counter(teacher_services: Services, clock: FakeClock) -> None:
    services = teacher_services
    amina = services.create_learner("Amina", "nl")
    bilal = services.create_learner("Bilal", "nl")
    services.set_learner_pin(amina.id, "1357")
    services.set_learner_pin(bilal.id, "9753")
    assert [services.check_profile_pin(amina.id, "0000").wait_seconds for _ in range(3)] == [
        0,
        0,
        30,
    ]
    assert services.pin_wait_left(amina.id) == 30
    assert services.check_profile_pin(amina.id, "1357").refused_unchecked
    assert services.check_profile_pin(bilal.id, "9753").accepted  # Bilal is not affected
    assert services.pin_wait_left() == 0  # nor the teacher PIN
    clock.advance(30)
    assert services.check_profile_pin(amina.id, "1357").accepted
    assert services.pin_wait_left(amina.id) == 0


def test_profiles_cannot_multiply_teacher_pin_guesses(
    teacher_services: Services, clock: FakeClock
) -> None:
    """The teacher PIN also opens a profile. Wrong codes in all profiles together count on
    one counter for that way in, which a learner's own right code does not reset: 30 profiles
    do not give 30 times as many teacher guesses, and typing errors never lock teacher mode."""
    services = teacher_services
    learners = [services.create_learner(f"L{i}", "nl") for i in range(4)]
    for learner in learners:
        services.set_learner_pin(learner.id, "1357")
    for learner in learners[:3]:
        services.check_profile_pin(learner.id, "0000")  # one wrong code in three profiles
    assert services.check_profile_pin(learners[0].id, "1357").accepted  # resets only L0
    assert services.check_profile_pin(learners[3].id, "2468").accepted is False
    assert services.pin_guard.wait_left("teacher:profiles") == 30
    assert services.pin_wait_left() == 0  # the teacher dialog is not affected
    assert services.check_teacher_pin("2468").accepted
    clock.advance(30)
    assert services.check_profile_pin(learners[3].id, "2468").accepted
    assert services.pin_guard.wait_left("teacher:profiles") == 0


def test_a_try_is_counted_before_the_hash_is_checked(
    teacher_services: Services, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killing the app during the slow check does not make the try free."""
    import examtrainer.services.pin_guard as guard

    def killed(pin: str, stored: str) -> bool:
        raise KeyboardInterrupt

    monkeypatch.setattr(guard, "verify_pin", killed)
    for _ in range(3):
        with pytest.raises(KeyboardInterrupt):
            teacher_services.check_teacher_pin("0000")
    assert teacher_services.pin_wait_left() == 30


def test_two_guards_share_one_counter(teacher_services: Services, clock: FakeClock) -> None:
    """Two PCs on one database (two guards on one store) count together."""
    other_pc = PinGuard(teacher_services.store, clock)
    hashed = teacher_services.settings.teacher_pin_hash
    teacher_services.check_teacher_pin("0000")
    other_pc.check_teacher("0000", hashed)
    assert teacher_services.check_teacher_pin("0000").wait_seconds == 30
    assert other_pc.check_teacher("2468", hashed).refused_unchecked
