"""Use case: what a learner has done so far, their level per skill and readiness for the exam."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from examtrainer.adaptive import level_for_theta, readiness
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
    readiness_a2: float | None = None  # probability 0..1 of passing that exam part
    readiness_b1: float | None = None
    history: tuple[tuple[date, float], ...] = ()  # last estimate of each day

    @property
    def placed(self) -> bool:
        return self.theta is not None


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
    responses = store.responses.of_learner(learner_id)
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
        skills[skill] = SkillProgress(
            skill=skill,
            answered=len(mine),
            correct=sum(1 for r in mine if r.correct),
            seconds=sum(r.seconds for r in mine),
            theta=latest.theta if latest else None,
            standard_error=latest.standard_error if latest else None,
            level=level_for_theta(latest.theta) if latest else None,
            readiness_a2=readiness(latest.theta, latest.standard_error, "A2") if latest else None,
            readiness_b1=readiness(latest.theta, latest.standard_error, "B1") if latest else None,
            history=tuple(sorted(per_day.items())),
        )
    return Progress(
        learner_id=learner_id,
        skills=skills,
        weak_themes=tuple(theme for theme, _ in wrong_themes.most_common(3)),
    )
