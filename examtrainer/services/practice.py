"""Use case: a practice session (or placement test) of one skill, adaptive and stored as it goes.

Every answer is committed before the learner sees its feedback; the ability estimate and
the item's online calibration are updated with it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from examtrainer.adaptive import (
    PLACEMENT_MIN_ITEMS,
    AdaptiveTest,
    ItemParameters,
    level_for_theta,
    online_update,
    placement_test,
    starting_prior,
)
from examtrainer.bank.model import SCORED_BY_KEY
from examtrainer.errors import NotFound
from examtrainer.exam.practice import Answered, Clock, PracticeSession, Question, Summary
from examtrainer.store.records import StoredItem
from examtrainer.store.repositories import Store

PRACTICE_TARGET_SUCCESS = 0.75  # practice where the learner succeeds about 3 times in 4
PRACTICE_TARGET_BAND = 0.10  # any item predicted 0.65-0.85 may come: spreads use over the bank
PRIOR_WIDENING = (
    0.3  # logits added (in quadrature) to the last SE: learners change between sessions
)
SECONDS_PER_QUESTION = {"A0": 45.0, "A1": 50.0, "A2": 60.0, "B1": 90.0}


def ability_prior(store: Store, learner_id: int, skill: str) -> tuple[float, float]:
    """The normal prior (mean, SD in logits) for the next measurement of ``skill``: the
    learner's latest estimate, widened by PRIOR_WIDENING; before the first one the new
    learner's prior of the exam target (``adaptive.starting_prior``).
    Practice, placement and exams all start from it, so there is one ability per skill."""
    latest = store.abilities.latest(learner_id).get(skill)
    return starting_prior(
        store.learners.get(learner_id).exam_target,
        (latest.theta, latest.standard_error) if latest else None,
        widening=PRIOR_WIDENING,
    )


def testlet_key(stored: StoredItem) -> str | None:
    return f"{stored.bank_id}/{stored.item.stimulus}" if stored.item.stimulus else None


def parameters(stored: StoredItem) -> ItemParameters:
    return ItemParameters(
        item_id=str(stored.id),
        difficulty=stored.difficulty,
        discrimination=stored.discrimination,
        themes=tuple(stored.item.themes),
        item_type=stored.item.type.value,
        testlet=testlet_key(stored),
    )


@dataclass(frozen=True)
class PracticeResult:
    """How a session went. ``level_after`` is None for a placement test stopped before
    PLACEMENT_MIN_ITEMS scored answers: it gives no level; ``placement_to_go`` says how
    many answers were missing and ``level_range`` what it knows so far (the levels of
    theta ± one SE; None without any answer)."""

    summary: Summary
    theta: float
    standard_error: float
    level_before: str | None
    level_after: str | None
    placement_to_go: int = 0
    level_range: tuple[str, str] | None = None


class PracticeRun:
    """A running practice session: ``session`` drives the screen; ``finish`` closes it."""

    def __init__(
        self,
        store: Store,
        learner_id: int,
        skill: str,
        kind: str,
        items: list[StoredItem],
        engine: AdaptiveTest,
        budget_seconds: float,
        clock: Clock,
        level_before: str | None,
    ) -> None:
        self.store = store
        self.learner_id = learner_id
        self.skill = skill
        self.kind = kind
        self.engine = engine
        self.level_before = level_before
        self._by_id = {str(s.id): s for s in items}
        self._budget = budget_seconds
        self._clock = clock
        self._start = clock()
        self._in_testlet: dict[str, int] = {}
        self._scored = 0  # scored answers in this session
        self.record = store.sessions.start(
            learner_id, kind, skill, {"budget_seconds": budget_seconds}
        )
        self.session = PracticeSession(
            next_block=self._next_block, on_answer=self._on_answer, clock=clock
        )

    def _testlet_size(self, key: str | None) -> int:
        if key is None:
            return 1
        return sum(1 for s in self._by_id.values() if testlet_key(s) == key)

    def _next_block(self) -> list[Question]:
        out_of_time = self._clock() - self._start >= self._budget
        if out_of_time and not self.engine.testlet_in_progress:
            return []
        item_id = self.engine.next_item()
        if item_id is None:
            return []
        stored = self._by_id[item_id]
        key = testlet_key(stored)
        position = self._in_testlet.get(key or item_id, 0) + 1
        self._in_testlet[key or item_id] = position
        return [
            Question(
                item_id=stored.id,
                item=stored.item,
                stimulus=stored.stimulus,
                media_root=stored.media_root,
                position=position,
                of=self._testlet_size(key),
            )
        ]

    def _on_answer(self, answered: Answered) -> None:
        stored = self._by_id[str(answered.question.item_id)]
        self.store.responses.record(
            self.record.id,
            self.learner_id,
            stored.id,
            answered.answer,
            answered.correct,
            answered.seconds,
        )
        if answered.correct is None:
            return
        theta_before = self.engine.theta
        estimate = self.engine.record(str(stored.id), bool(answered.correct))
        self._scored += 1
        if self.kind != "placement" or self._scored >= PLACEMENT_MIN_ITEMS:
            # a placement test gives a level only after its minimum number of items
            self.store.abilities.add(
                self.learner_id, self.skill, estimate.theta, estimate.standard_error, self.kind
            )
        if stored.item.irt is None:
            new_difficulty = online_update(
                stored.difficulty, theta_before, bool(answered.correct), stored.n_responses
            )
            self.store.items.add_response_count(stored.id, new_difficulty)

    def finish(self) -> PracticeResult:
        """Close the session (also when the learner stops early) and report how it went."""
        self.session.stop()
        summary = self.session.summary()
        self.store.sessions.finish(
            self.record.id,
            state={
                "budget_seconds": self._budget,
                "answered": summary.answered,
                "correct": summary.correct,
                "theta": self.engine.theta,
                "standard_error": self.engine.standard_error,
            },
        )
        theta, se = self.engine.theta, self.engine.standard_error
        if self.kind == "placement" and self._scored < PLACEMENT_MIN_ITEMS:
            return PracticeResult(
                summary=summary,
                theta=theta,
                standard_error=se,
                level_before=self.level_before,
                level_after=None,
                placement_to_go=PLACEMENT_MIN_ITEMS - self._scored,
                level_range=(level_for_theta(theta - se), level_for_theta(theta + se))
                if self._scored
                else None,
            )
        return PracticeResult(
            summary=summary,
            theta=theta,
            standard_error=se,
            level_before=self.level_before,
            level_after=level_for_theta(theta),
        )


def start_practice(
    store: Store,
    learner_id: int,
    skill: str,
    *,
    placement: bool = False,
    minutes: float = 10.0,
    rng: np.random.Generator | None = None,
    clock: Clock = time.monotonic,
    item_filter: Callable[[StoredItem], bool] | None = None,
) -> PracticeRun:
    """Start adaptive practice (or the placement test) of ``skill`` for a learner.

    Items the learner answered right before are left out while enough others remain, so
    practice does not repeat itself. Raises NotFound when the skill has no keyed items.
    """
    items = [
        s
        for s in store.items.for_skill(skill)
        if s.item.type in SCORED_BY_KEY and (item_filter is None or item_filter(s))
    ]
    if not items:
        raise NotFound(f"Er zijn nog geen oefeningen voor {skill}.")
    done_right = {r.item_id for r in store.responses.of_learner(learner_id, skill) if r.correct}
    fresh = [s for s in items if s.id not in done_right]
    if len(fresh) >= 12:
        items = fresh
    latest = store.abilities.latest(learner_id).get(skill)
    prior_mean, prior_sd = ability_prior(store, learner_id, skill)
    bank = [parameters(s) for s in items]
    generator = rng if rng is not None else np.random.default_rng()
    if placement:
        engine = placement_test(bank, rng=generator, prior_mean=prior_mean, prior_sd=prior_sd)
        budget = math.inf
    else:
        engine = AdaptiveTest(
            bank,
            max_items=min(len(bank), 60),
            target_success=PRACTICE_TARGET_SUCCESS,
            target_band=PRACTICE_TARGET_BAND,
            prior_mean=prior_mean,
            prior_sd=prior_sd,
            rng=generator,
        )
        budget = minutes * 60.0
    return PracticeRun(
        store,
        learner_id,
        skill,
        "placement" if placement else "practice",
        items,
        engine,
        budget,
        clock,
        level_for_theta(latest.theta) if latest else None,
    )
