"""Queries and writes for teacher mode: the class roster, progress of many learners at once,
recordings to review and an installed bank read back as a pack.

``Teaching(store)`` sits beside the repositories of :class:`~examtrainer.store.repositories.Store`
and uses the same short transactions. :meth:`Teaching.class_progress` answers for a whole class
with a fixed number of aggregate queries (five), whatever the number of learners or answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import case, func, select, update
from sqlalchemy.exc import IntegrityError

from examtrainer.adaptive import Readiness, level_for_theta, readiness_of
from examtrainer.bank.model import Item, Manifest, Pack, Stimulus
from examtrainer.errors import ExamtrainerError, NotFound
from examtrainer.store import models as m
from examtrainer.store.records import Group, Learner, RecordingRecord
from examtrainer.store.repositories import Store, _learner, _recording, ended_or_not_an_exam

SKILLS = ("reading", "listening", "speaking")


def aware(moment: datetime | None) -> datetime | None:
    """SQLite hands back naive datetimes; every stored time is UTC."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class RosterEntry:
    """A learner as teacher mode lists them: with archive flag and class name."""

    learner: Learner
    archived: bool
    group_name: str = ""


@dataclass(frozen=True)
class SkillSummary:
    """What one learner did in one skill. ``theta``/``standard_error`` in logits (None: no
    estimate yet); ``seconds`` is the time spent answering."""

    skill: str
    answered: int = 0
    correct: int = 0
    to_rate: int = 0  # answers waiting for a teacher (recorded speaking without a rating)
    seconds: float = 0.0
    last_activity: datetime | None = None
    theta: float | None = None
    standard_error: float | None = None

    @property
    def level(self) -> str | None:
        return level_for_theta(self.theta) if self.theta is not None else None

    def readiness(self, target: str = "A2") -> float | None:
        """Probability 0–1 of passing this exam part at ``target`` (A2 or B1); None while
        there is no estimate or too little evidence (see ``adaptive.exam_readiness``)."""
        return self.chance(target).probability

    def chance(self, target: str = "A2") -> Readiness:
        """The readiness with the evidence it rests on (scored answers of ended sessions)."""
        return readiness_of(
            self.theta,
            self.standard_error,
            self.answered - self.to_rate,
            "B1" if target == "B1" else "A2",
        )

    @property
    def percent_correct(self) -> float | None:
        rated = self.answered - self.to_rate
        return 100.0 * self.correct / rated if rated > 0 else None


@dataclass(frozen=True)
class LearnerSummary:
    learner: Learner
    group_name: str
    skills: dict[str, SkillSummary]
    recordings_to_review: int = 0
    mock_exams: int = 0  # finished sessions of kind "exam"

    @property
    def answered(self) -> int:
        return sum(s.answered for s in self.skills.values())

    @property
    def seconds(self) -> float:
        return sum(s.seconds for s in self.skills.values())

    @property
    def last_activity(self) -> datetime | None:
        moments = [s.last_activity for s in self.skills.values() if s.last_activity]
        return max(moments) if moments else None


@dataclass(frozen=True)
class ClassSkillSummary:
    """One skill over a class: how many learners have a level, the level of the average
    ability (logits), the mean readiness (0–1) of the learners with enough evidence
    (``with_readiness`` of them; None: nobody yet) and the totals."""

    skill: str
    learners: int
    placed: int
    mean_theta: float | None
    mean_readiness_a2: float | None
    answered: int
    correct: int
    seconds: float
    levels: dict[str, int] = field(default_factory=dict)
    to_rate: int = 0
    with_readiness: int = 0

    @property
    def percent_correct(self) -> float | None:
        rated = self.answered - self.to_rate
        return 100.0 * self.correct / rated if rated > 0 else None

    @property
    def level(self) -> str | None:
        return level_for_theta(self.mean_theta) if self.mean_theta is not None else None


@dataclass(frozen=True)
class ClassProgress:
    group_id: int | None
    learners: list[LearnerSummary]

    def skill(self, skill: str) -> ClassSkillSummary:
        rows = [s.skills[skill] for s in self.learners]
        placed = [r for r in rows if r.theta is not None]
        chances = [c for c in (r.readiness("A2") for r in placed) if c is not None]
        levels: dict[str, int] = {}
        for r in placed:
            levels[r.level or ""] = levels.get(r.level or "", 0) + 1
        return ClassSkillSummary(
            skill=skill,
            learners=len(rows),
            placed=len(placed),
            mean_theta=(sum(r.theta or 0.0 for r in placed) / len(placed)) if placed else None,
            mean_readiness_a2=sum(chances) / len(chances) if chances else None,
            answered=sum(r.answered for r in rows),
            correct=sum(r.correct for r in rows),
            seconds=sum(r.seconds for r in rows),
            levels=levels,
            to_rate=sum(r.to_rate for r in rows),
            with_readiness=len(chances),
        )

    @property
    def skills(self) -> dict[str, ClassSkillSummary]:
        return {skill: self.skill(skill) for skill in SKILLS}


@dataclass(frozen=True)
class ReviewEntry:
    """A recording with what the review screen shows next to it."""

    recording: RecordingRecord
    learner_name: str
    item_key: str
    bank_id: str


class Teaching:
    """Teacher-mode repository over a :class:`Store`; every method is one short transaction."""

    def __init__(self, store: Store) -> None:
        self._store = store

    # -- roster ----------------------------------------------------------------------------
    def roster(self, include_archived: bool = True) -> list[RosterEntry]:
        with self._store.transaction() as db:
            query = (
                select(m.LearnerRow, m.GroupRow.name)
                .outerjoin(m.GroupRow, m.GroupRow.id == m.LearnerRow.group_id)
                .order_by(m.LearnerRow.archived, func.lower(m.LearnerRow.name), m.LearnerRow.id)
            )
            if not include_archived:
                query = query.where(m.LearnerRow.archived.is_(False))
            return [
                RosterEntry(_learner(row), row.archived, name or "")
                for row, name in db.execute(query)
            ]

    def rename_group(self, group_id: int, name: str) -> Group:
        name = name.strip()
        if not name:
            raise ExamtrainerError("Een groep heeft een naam nodig.")
        try:
            with self._store.transaction() as db:
                row = db.get(m.GroupRow, group_id)
                if row is None:
                    raise NotFound(f"Groep {group_id} bestaat niet.")
                row.name = name
                db.flush()
                return Group(row.id, row.name)
        except IntegrityError as error:
            raise ExamtrainerError(f"Er is al een groep met de naam '{name}'.") from error

    def create_group(self, name: str) -> Group:
        name = name.strip()
        if not name:
            raise ExamtrainerError("Een groep heeft een naam nodig.")
        try:
            return self._store.learners.create_group(name)
        except IntegrityError as error:
            raise ExamtrainerError(f"Er is al een groep met de naam '{name}'.") from error

    def remove_group(self, group_id: int) -> None:
        """Delete a group; its learners stay, without a group."""
        with self._store.transaction() as db:
            db.execute(
                update(m.LearnerRow).where(m.LearnerRow.group_id == group_id).values(group_id=None)
            )
            row = db.get(m.GroupRow, group_id)
            if row is not None:
                db.delete(row)

    # -- progress --------------------------------------------------------------------------
    def class_progress(
        self, group_id: int | None = None, *, learner_ids: Sequence[int] | None = None
    ) -> ClassProgress:
        """Per learner and skill: answers, right answers, time, last answer and the latest
        ability estimate, for the learners of ``group_id`` (None: every active learner) or
        exactly ``learner_ids``. Archived learners only appear when named in ``learner_ids``."""
        with self._store.transaction() as db:
            who = select(m.LearnerRow.id)
            if learner_ids is not None:
                who = who.where(m.LearnerRow.id.in_(list(learner_ids)))
            else:
                who = who.where(m.LearnerRow.archived.is_(False))
                if group_id is not None:
                    who = who.where(m.LearnerRow.group_id == group_id)
            members = who.scalar_subquery()
            learners = list(
                db.execute(
                    select(m.LearnerRow, m.GroupRow.name)
                    .outerjoin(m.GroupRow, m.GroupRow.id == m.LearnerRow.group_id)
                    .where(m.LearnerRow.id.in_(members))
                    .order_by(func.lower(m.LearnerRow.name), m.LearnerRow.id)
                )
            )
            answers = db.execute(
                select(
                    m.ResponseRow.learner_id,
                    m.ItemRow.skill,
                    func.count(),
                    func.sum(case((m.ResponseRow.correct.is_(True), 1), else_=0)),
                    func.sum(case((m.ResponseRow.correct.is_(None), 1), else_=0)),
                    func.sum(m.ResponseRow.seconds),
                    func.max(m.ResponseRow.answered_at),
                )
                .join(m.ItemRow, m.ItemRow.id == m.ResponseRow.item_id)
                .join(m.SessionRow, m.SessionRow.id == m.ResponseRow.session_id)
                .where(m.ResponseRow.learner_id.in_(members), ended_or_not_an_exam())
                .group_by(m.ResponseRow.learner_id, m.ItemRow.skill)
            )
            totals: dict[tuple[int, str], tuple[int, int, int, float, datetime | None]] = {
                (learner, skill): (n, int(good or 0), int(open_ or 0), float(sec or 0), last)
                for learner, skill, n, good, open_, sec, last in answers
            }
            ranked = (
                select(
                    m.AbilityRow.learner_id,
                    m.AbilityRow.skill,
                    m.AbilityRow.theta,
                    m.AbilityRow.standard_error,
                    func.row_number()
                    .over(
                        partition_by=(m.AbilityRow.learner_id, m.AbilityRow.skill),
                        order_by=(m.AbilityRow.measured_at.desc(), m.AbilityRow.id.desc()),
                    )
                    .label("rank"),
                )
                .where(m.AbilityRow.learner_id.in_(members))
                .subquery()
            )
            latest = {
                (learner, skill): (theta, se)
                for learner, skill, theta, se in db.execute(
                    select(
                        ranked.c.learner_id, ranked.c.skill, ranked.c.theta, ranked.c.standard_error
                    ).where(ranked.c.rank == 1)
                )
            }
            waiting: dict[int, int] = {
                learner: count
                for learner, count in db.execute(
                    select(m.RecordingRow.learner_id, func.count())
                    .where(
                        m.RecordingRow.learner_id.in_(members),
                        m.RecordingRow.reviewed_at.is_(None),
                    )
                    .group_by(m.RecordingRow.learner_id)
                )
            }
            exams: dict[int, int] = {
                learner: count
                for learner, count in db.execute(
                    select(m.SessionRow.learner_id, func.count())
                    .where(
                        m.SessionRow.learner_id.in_(members),
                        m.SessionRow.kind == "exam",
                        m.SessionRow.status == "finished",
                    )
                    .group_by(m.SessionRow.learner_id)
                )
            }
        summaries = []
        for row, group_name in learners:
            skills = {}
            for skill in SKILLS:
                n, good, open_, seconds, last = totals.get((row.id, skill), (0, 0, 0, 0.0, None))
                theta, se = latest.get((row.id, skill), (None, None))
                skills[skill] = SkillSummary(skill, n, good, open_, seconds, aware(last), theta, se)
            summaries.append(
                LearnerSummary(
                    _learner(row),
                    group_name or "",
                    skills,
                    recordings_to_review=int(waiting.get(row.id, 0)),
                    mock_exams=int(exams.get(row.id, 0)),
                )
            )
        return ClassProgress(group_id, summaries)

    # -- recordings ------------------------------------------------------------------------
    def recording(self, recording_id: int) -> RecordingRecord:
        with self._store.transaction() as db:
            row = db.get(m.RecordingRow, recording_id)
            if row is None:
                raise NotFound(f"Opname {recording_id} bestaat niet.")
            return _recording(row)

    def review_queue(self, include_reviewed: bool = False) -> list[ReviewEntry]:
        """Recordings (oldest first) with learner name and item; by default only those that
        a teacher has not rated yet."""
        with self._store.transaction() as db:
            query = (
                select(m.RecordingRow, m.LearnerRow.name, m.ItemRow.key, m.ItemRow.bank_id)
                .join(m.LearnerRow, m.LearnerRow.id == m.RecordingRow.learner_id)
                .join(m.ItemRow, m.ItemRow.id == m.RecordingRow.item_id)
                .order_by(m.RecordingRow.created_at, m.RecordingRow.id)
            )
            if not include_reviewed:
                query = query.where(m.RecordingRow.reviewed_at.is_(None))
            return [
                ReviewEntry(_recording(row), name, key, bank)
                for row, name, key, bank in db.execute(query)
            ]

    # -- banks -----------------------------------------------------------------------------
    def bank_pack(self, bank_id: str) -> tuple[Pack, Path]:
        """An installed bank read back as a pack (active items only) and the folder its media
        paths are relative to."""
        with self._store.transaction() as db:
            bank = db.get(m.BankRow, bank_id)
            if bank is None:
                raise NotFound(f"Itembank '{bank_id}' is niet geïnstalleerd.")
            items = [
                Item.model_validate(data)
                for data in db.scalars(
                    select(m.ItemRow.data)
                    .where(m.ItemRow.bank_id == bank_id, m.ItemRow.retired.is_(False))
                    .order_by(m.ItemRow.id)
                )
            ]
            used = {item.stimulus for item in items if item.stimulus}
            stimuli = [
                Stimulus.model_validate(data)
                for key, data in db.execute(
                    select(m.StimulusRow.key, m.StimulusRow.data)
                    .where(m.StimulusRow.bank_id == bank_id)
                    .order_by(m.StimulusRow.id)
                )
                if key in used
            ]
            manifest: dict[str, Any] = {
                "id": bank.id,
                "title": bank.title,
                "version": bank.version,
                "language": bank.language,
                "author": bank.author,
                "licence": bank.licence,
                "source": bank.source,
            }
            origin = Path(bank.origin)
        pack = Pack(
            manifest=Manifest.model_validate(manifest),
            stimuli=tuple(stimuli),
            items=tuple(items),
            root=str(origin),
        )
        return pack, origin
