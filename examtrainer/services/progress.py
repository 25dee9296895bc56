"""Use case: what a learner has done so far, their level per skill and readiness for the exam.

One ability per skill: the latest stored estimate, which practice, placement and finished
mock exams all update (see ``services.exam.end_exam``). The answers of an exam that is still
open are left out of every tally until it ends."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from examtrainer.adaptive import Readiness, level_for_theta, readiness_of
from examtrainer.store.repositories import Store

SKILLS = ("reading", "listening", "speaking")


@dataclass(frozen=True)
class SkillProgress:
    skill: str
    answered: int = 0
    correct: int = 0
    seconds: float = 0.0
    theta: float | None = None  # logits; None before the first answer
    standard_error: float | None = None
    level: str | None = None
    readiness_a2: float | None = None  # P(pass) 0..1 of that exam part; None: not known yet
    readiness_b1: float | None = None
    history: tuple[tuple[date, float], ...] = ()  # last estimate of each day
    scored: int = 0  # answers with a score (recordings only once rated)

    @property
    def placed(self) -> bool:
        return self.theta is not None

    def readiness(self, target: str = "A2") -> Readiness:
        """The chance of passing ``target``, or how many answers are still needed."""
        return readiness_of(
            self.theta, self.standard_error, self.scored, "B1" if target == "B1" else "A2"
        )


@dataclass(frozen=True)
class Progress:
    learner_id: int
    skills: dict[str, SkillProgress] = field(default_factory=dict)
    weak_themes: tuple[str, ...] = ()

    @property
    def total_seconds(self) -> float:
        return sum(s.seconds for s in self.skills.values())

    @property
    def total_answered(self) -> int:
        return sum(s.answered for s in self.skills.values())


def learner_progress(store: Store, learner_id: int) -> Progress:
    abilities = store.abilities.history(learner_id)
    skills: dict[str, SkillProgress] = {}
    wrong_themes: Counter[str] = Counter()
    items_by_id = {}
    open_exams = {s.id for s in store.sessions.of_learner(learner_id, "exam", "active")}
    responses = [
        r for r in store.responses.of_learner(learner_id) if r.session_id not in open_exams
    ]
    if responses:
        items_by_id = {s.id: s for s in store.items.by_ids(sorted({r.item_id for r in responses}))}
    for skill in SKILLS:
        mine = [r for r in responses if items_by_id[r.item_id].item.skill.value == skill]
        for r in mine:
            if r.correct is False:
                wrong_themes.update(items_by_id[r.item_id].item.themes)
        history = [a for a in abilities if a.skill == skill]
        per_day: dict[date, float] = {}
        for a in history:
            per_day[a.measured_at.date()] = a.theta
        latest = history[-1] if history else None
        scored = sum(1 for r in mine if r.correct is not None)
        theta = latest.theta if latest else None
        se = latest.standard_error if latest else None
        skills[skill] = SkillProgress(
            skill=skill,
            answered=len(mine),
            correct=sum(1 for r in mine if r.correct),
            seconds=sum(r.seconds for r in mine),
            theta=latest.theta if latest else None,
            standard_error=latest.standard_error if latest else None,
            level=level_for_theta(latest.theta) if latest else None,
            readiness_a2=readiness_of(theta, se, scored, "A2").probability,
            readiness_b1=readiness_of(theta, se, scored, "B1").probability,
            history=tuple(sorted(per_day.items())),
            scored=scored,
        )
    return Progress(
        learner_id=learner_id,
        skills=skills,
        weak_themes=tuple(theme for theme, _ in wrong_themes.most_common(3)),
    )
