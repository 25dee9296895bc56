"""Plain, Qt-free and SQL-free objects that the repositories hand to the rest of the app."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from examtrainer.bank.model import Item, Stimulus


@dataclass(frozen=True)
class Learner:
    id: int
    name: str
    language: str = "nl"
    exam_target: str = "A2"
    goal: str = ""
    deadline: date | None = None
    group_id: int | None = None
    has_pin: bool = False  # the profile is protected by the learner's own code


@dataclass(frozen=True)
class Group:
    id: int
    name: str


@dataclass(frozen=True)
class BankInfo:
    id: str
    title: str
    version: str
    author: str
    licence: str
    source: str
    origin: str
    bundled: bool
    item_count: int
    counts: dict[str, int] = field(default_factory=dict)  # per skill


@dataclass(frozen=True)
class StoredContent:
    """One item of an installed bank as stored: its data, whether it is retired, and how
    many answers learners gave to it (they stay in the history, also when it is retired)."""

    key: str
    data: dict[str, Any]
    retired: bool
    answers: int


@dataclass(frozen=True)
class StoredItem:
    """An installed item with its database id, current IRT parameters (logits) and stimulus."""

    id: int
    bank_id: str
    item: Item
    stimulus: Stimulus | None
    difficulty: float
    discrimination: float
    n_responses: int
    media_root: str  # folder the item's media paths are relative to

    @property
    def key(self) -> str:
        return self.item.id


@dataclass(frozen=True)
class SessionRecord:
    id: int
    learner_id: int
    kind: str
    skill: str
    status: str
    started_at: datetime
    ended_at: datetime | None
    state: dict[str, Any]


@dataclass(frozen=True)
class ResponseRecord:
    id: int
    session_id: int
    learner_id: int
    item_id: int
    item_key: str
    answer: Any
    correct: bool | None
    seconds: float
    answered_at: datetime


@dataclass(frozen=True)
class SkillActivity:
    """One row of a teacher's class overview: what a learner did in one skill."""

    learner_id: int
    learner_name: str
    skill: str
    answered: int
    correct: int  # answers marked right; answers still to be rated count as not correct
    last_activity: datetime  # when the latest answer was given (UTC)
    practice_seconds: float  # time spent on the answers, in seconds


@dataclass(frozen=True)
class AbilityRecord:
    skill: str
    theta: float
    standard_error: float
    source: str
    measured_at: datetime


@dataclass(frozen=True)
class NewRecording:
    """A recorded answer about to be stored: its WAV file, length and analysis (JSON)."""

    path: Path
    duration_seconds: float
    analysis: dict[str, Any]


@dataclass(frozen=True)
class RecordingRecord:
    id: int
    learner_id: int
    item_id: int
    session_id: int | None
    path: str
    duration_seconds: float
    analysis: dict[str, Any]
    self_rating: dict[str, Any]
    teacher_rating: dict[str, Any]
    teacher_comment: str
    created_at: datetime
