"""The practice ladder toward the exam: untimed practice, then short timed sets, then full mock
exams. :func:`next_step` says which step a learner should take next in one skill; the home
screen shows it as one line with a button.

A "timed set" is a short exam-like set: the exam's own rules with fewer questions and a time
limit in proportion (:func:`timed_set_blueprint`), run through exam mode with feedback at the
end. It is stored as an exam session whose blueprint has ``kind = "timed_set"``;
:func:`is_timed_set` reads that kind. :func:`effective_blueprint` is the one way screens get
the blueprint of a mock exam or a timed set: the bundled one with the school's override (site
config) on top, so every count, time and warning they state comes from there.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from examtrainer.exam.blueprint import (
    Blueprint,
    BlueprintError,
    Span,
    SpeakingPart,
    load_blueprint,
    site_override,
)
from examtrainer.services.exam import KIND as EXAM_KIND
from examtrainer.services.progress import Progress
from examtrainer.store.repositories import Store

StepCode = Literal["placement", "practice", "timed_set", "mock_exam"]

TIMED_SET_QUESTIONS = 10
# Untimed practice answers before the first timed set (speaking: about one practice session).
PRACTICE_BEFORE_SETS = {"reading": 20, "listening": 20, "speaking": 6}
SETS_BEFORE_MOCK = 2
READINESS_FOR_MOCK = 0.5  # estimated chance of passing; below it, timed sets come first


@dataclass(frozen=True)
class SkillHistory:
    """What a learner has done in one skill, as far as the ladder cares."""

    placed: bool = False
    answered: int = 0  # questions answered in practice and exams
    readiness: float | None = None  # chance 0..1 of passing the target exam part
    timed_sets: int = 0  # finished timed sets
    mock_exams: int = 0  # finished full mock exams


@dataclass(frozen=True)
class LadderStep:
    skill: str
    code: StepCode
    target: str


def next_step(skill: str, history: SkillHistory, target: str = "A2") -> LadderStep:
    """The next step for ``skill``.

    Reading and listening start with the short placement test. Then untimed practice until
    ``PRACTICE_BEFORE_SETS`` answers, then ``SETS_BEFORE_MOCK`` timed sets. A full mock exam
    follows when the readiness estimate reaches ``READINESS_FOR_MOCK`` (or is unknown, as for
    speaking, whose recordings are not scored by the app); otherwise more timed sets."""
    if skill != "speaking" and not history.placed:
        return LadderStep(skill, "placement", target)
    if history.answered < PRACTICE_BEFORE_SETS.get(skill, 20):
        return LadderStep(skill, "practice", target)
    if history.timed_sets < SETS_BEFORE_MOCK:
        return LadderStep(skill, "timed_set", target)
    if history.readiness is not None and history.readiness < READINESS_FOR_MOCK:
        return LadderStep(skill, "timed_set", target)
    return LadderStep(skill, "mock_exam", target)


def timed_set_blueprint(blueprint: Blueprint, questions: int = TIMED_SET_QUESTIONS) -> Blueprint:
    """A short timed set with the rules of ``blueprint``: ``questions`` questions, the time
    limit in proportion (whole minutes, at least 1), no practice questions.

    Texts are re-planned so that the questions fit; speaking parts keep their share."""
    questions = min(questions, blueprint.questions)
    share = questions / blueprint.questions
    minutes = float(max(1, round(blueprint.time_limit_minutes * share)))
    changes: dict[str, Any] = {
        "questions": questions,
        "time_limit_minutes": minutes,
        "practice_questions": 0,
        "pass_raw": None,
        "kind": "timed_set",
    }
    if blueprint.parts:
        counts = [max(1, round(part.count * share)) for part in blueprint.parts]
        counts[-1] = max(1, questions - sum(counts[:-1]))
        changes["parts"] = tuple(
            SpeakingPart(part.name, part.item_type, count)
            for part, count in zip(blueprint.parts, counts, strict=True)
        )
        changes["questions"] = sum(counts)
    elif blueprint.questions_per_text is not None:
        per_text = blueprint.questions_per_text
        fewest = max(1, math.ceil(questions / per_text.max))
        changes["texts"] = Span(fewest, max(fewest, questions // per_text.min))
    return replace(blueprint, **changes)


def effective_blueprint(
    site_config: Path | None, target: str, skill: str, mode: StepCode | str = "mock_exam"
) -> Blueprint:
    """The blueprint a learner gets: the bundled one for ``target`` and ``skill`` with the
    school's override from ``site_config`` (``exam-a2-reading.toml``) on top; for ``mode``
    ``"timed_set"`` the timed set made from it. Raises BlueprintError for a broken override."""
    override = site_override(site_config, target, skill) if site_config is not None else None
    blueprint = load_blueprint(target, skill, override)
    return timed_set_blueprint(blueprint) if mode == "timed_set" else blueprint


def is_timed_set(state: dict[str, Any]) -> bool:
    """Whether a stored exam state is a timed set: its blueprint's ``kind``.

    Exams stored before blueprints had a kind are told apart as they were then (fewer
    questions than the bundled exam); nothing new is stored without a kind."""
    data = state.get("blueprint") or {}
    if "kind" in data:
        return data["kind"] == "timed_set"
    try:
        full = load_blueprint(str(data.get("target", "A2")), str(data.get("skill", "reading")))
    except BlueprintError:  # a blueprint that no longer exists: count it as a full exam
        return False
    return int(data.get("questions", full.questions)) < full.questions


def skill_histories(
    store: Store, learner_id: int, progress: Progress, target: str
) -> dict[str, SkillHistory]:
    """Per skill: placement, answers, readiness for ``target`` and finished sets and exams."""
    sets: dict[str, int] = {}
    mocks: dict[str, int] = {}
    for record in store.sessions.of_learner(learner_id, kind=EXAM_KIND, status="finished"):
        tally = sets if is_timed_set(record.state) else mocks
        tally[record.skill] = tally.get(record.skill, 0) + 1
    histories = {}
    for skill, sp in progress.skills.items():
        chance = sp.readiness_b1 if target == "B1" else sp.readiness_a2
        histories[skill] = SkillHistory(
            placed=sp.placed,
            answered=sp.answered,
            readiness=chance,
            timed_sets=sets.get(skill, 0),
            mock_exams=mocks.get(skill, 0),
        )
    return histories
