"""A learner's own code protects their profile on a shared PC; the teacher PIN opens it too."""

from __future__ import annotations

from dataclasses import replace

import pytest

from examtrainer.services.app import Services
from examtrainer.services.teacher import PinError, hash_pin


def test_a_profile_without_code_opens_for_anyone(services: Services) -> None:
    learner = services.create_learner("Amina", "nl")
    assert not services.store.learners.get(learner.id).has_pin
    assert services.may_open_profile(learner.id, "")


def test_a_code_protects_the_profile(services: Services) -> None:
    learner = services.create_learner("Amina", "nl")
    services.set_learner_pin(learner.id, "2468")

    assert services.store.learners.get(learner.id).has_pin
    assert services.may_open_profile(learner.id, "2468")
    assert not services.may_open_profile(learner.id, "1357")
    assert not services.may_open_profile(learner.id, "")
    assert services.store.learners.pin_hash(learner.id).startswith("scrypt$")


def test_the_teacher_pin_opens_a_protected_profile(services: Services) -> None:
    learner = services.create_learner("Amina", "nl")
    services.set_learner_pin(learner.id, "2468")
    services.settings = replace(services.settings, teacher_pin_hash=hash_pin("docent-123"))

    assert services.may_open_profile(learner.id, "docent-123")


def test_removing_the_code_and_too_short_codes(services: Services) -> None:
    learner = services.create_learner("Amina", "nl")
    services.set_learner_pin(learner.id, "2468")
    services.set_learner_pin(learner.id, "")
    assert not services.store.learners.get(learner.id).has_pin
    with pytest.raises(PinError):
        services.set_learner_pin(learner.id, "12")
