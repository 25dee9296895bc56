"""A learner's progress: counts, level and readiness per skill, weak themes."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from examtrainer.adaptive import MIN_ANSWERS, level_for_theta
from examtrainer.services.app import Services
from examtrainer.services.practice import start_practice
from examtrainer.services.progress import SKILLS, learner_progress
from examtrainer.store.records import Learner
from examtrainer.store.repositories import Store

from .conftest import FakeClock


def test_progress_before_any_practice(store: Store, learner: Learner) -> None:
    progress = learner_progress(store, learner.id)

    assert progress.learner_id == learner.id
    assert set(progress.skills) == set(SKILLS)
    for skill in progress.skills.values():
        assert (skill.answered, skill.correct, skill.seconds) == (0, 0, 0.0)
        assert not skill.placed
        assert skill.level is None and skill.readiness_a2 is None and skill.history == ()
    assert progress.total_answered == 0
    assert progress.weak_themes == ()


@pytest.mark.usefixtures("tiny")
def test_progress_after_practice(store: Store, learner: Learner, clock: FakeClock) -> None:
    run = start_practice(store, learner.id, "reading", rng=np.random.default_rng(5), clock=clock)
    wrong_ids = {"tiny-r2-q1", "tiny-r2-q2"}  # both about school
    question = run.session.start()
    while question is not None:
        item = question.item
        clock.advance(15)
        answer = (
            item.answer
            if item.id not in wrong_ids
            else next(option for option in item.options if option != item.answer)
        )
        run.session.answer(answer)
        question = run.session.next()
    result = run.finish()

    progress = learner_progress(store, learner.id)

    reading = progress.skills["reading"]
    assert (reading.answered, reading.correct, reading.seconds) == (5, 3, 75.0)
    assert reading.placed
    assert reading.theta == pytest.approx(result.theta)
    assert reading.standard_error == pytest.approx(result.standard_error)
    assert reading.level == level_for_theta(result.theta)
    # 5 answers are too little to state a chance of passing (before: a percentage)
    assert reading.readiness_a2 is None and reading.readiness_b1 is None
    assert reading.readiness("A2").answers_to_go == MIN_ANSWERS - 5
    assert len(reading.history) in (1, 2)  # the last estimate of each day (2: past midnight)
    assert reading.history[-1][1] == pytest.approx(result.theta)
    assert progress.skills["listening"].answered == 0
    assert progress.total_answered == 5
    assert progress.total_seconds == 75.0
    assert progress.weak_themes[0] == "school"


def test_readiness_and_level_grow_with_ability(services: Services, store: Store) -> None:
    readiness_a2 = []
    readiness_b1 = []
    levels = []
    for theta in (-2.5, -1.0, 0.0, 0.5, 1.0, 2.5):
        learner = services.create_learner(f"theta {theta}", language="nl")
        store.abilities.add(learner.id, "reading", theta, 0.4, "placement")
        reading = learner_progress(store, learner.id).skills["reading"]
        assert reading.theta == theta
        assert reading.readiness_a2 is None  # an estimate without answers: not known yet
        reading = replace(reading, scored=MIN_ANSWERS)
        readiness_a2.append(reading.readiness("A2").probability)
        readiness_b1.append(reading.readiness("B1").probability)
        levels.append(reading.level)

    assert readiness_a2 == sorted(readiness_a2)
    assert readiness_b1 == sorted(readiness_b1)
    assert readiness_a2[0] < 0.01 and 0.99 < readiness_a2[-1] < 1.0
    assert all(b1 <= a2 for a2, b1 in zip(readiness_a2, readiness_b1, strict=True))
    assert levels == ["A0", "A1", "A2", "A2", "B1", "B1"]


def test_the_latest_estimate_counts(services: Services, store: Store, learner: Learner) -> None:
    for theta in (-1.0, 0.2, 0.9):
        store.abilities.add(learner.id, "listening", theta, 0.5, "practice")

    listening = learner_progress(store, learner.id).skills["listening"]

    assert listening.theta == 0.9
    assert listening.level == "B1"
    days = [day for day, _ in listening.history]
    assert days == sorted(set(days))  # one point per day, in order
    assert listening.history[-1][1] == 0.9  # the last estimate of the day
