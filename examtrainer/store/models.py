"""SQLAlchemy 2.0 table models of the learner database (SQLite by default, PostgreSQL for schools).

Only :mod:`examtrainer.store` touches these classes; the rest of the app sees plain objects
returned by the repositories.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """A moment in time, always handed out timezone-aware in UTC, on every backend.

    SQLite has no time zones: SQLAlchemy stores the wall time and returns it naive, while
    PostgreSQL returns aware datetimes in the session's time zone. This type stores UTC and
    returns aware UTC datetimes on both, so callers can compare them with
    ``datetime.now(UTC)``. A naive datetime passed in is taken to be UTC already.
    The column type in the database stays ``DateTime(timezone=True)``.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC) if dialect.name != "sqlite" else value
        value = value.astimezone(UTC)
        # SQLite keeps only the text of the wall time: store it as naive UTC.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class GroupRow(Base):
    """A class of learners at a school."""

    __tablename__ = "groups"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class LearnerRow(Base):
    __tablename__ = "learners"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    language: Mapped[str] = mapped_column(String(16), default="nl")
    exam_target: Mapped[str] = mapped_column(String(4), default="A2")
    goal: Mapped[str] = mapped_column(Text, default="")
    deadline: Mapped[date | None] = mapped_column(Date, nullable=True)
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("groups.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    # scrypt hash of the learner's own code ("" = none): protects the profile on a shared PC.
    pin_hash: Mapped[str] = mapped_column(String(200), default="", server_default="")


class PinAttemptRow(Base):
    """Wrong tries of one PIN (``teacher`` or ``learner:<id>``): kept in the database so that
    closing the dialog or restarting the app does not reset the wait."""

    __tablename__ = "pin_attempts"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class BankRow(Base):
    """An installed content pack."""

    __tablename__ = "banks"
    id: Mapped[str] = mapped_column(String(100), primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    version: Mapped[str] = mapped_column(String(50))
    language: Mapped[str] = mapped_column(String(16))
    author: Mapped[str] = mapped_column(String(200))
    licence: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(500))
    origin: Mapped[str] = mapped_column(Text)  # folder the pack's media are read from
    bundled: Mapped[bool] = mapped_column(Boolean, default=False)
    installed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class StimulusRow(Base):
    __tablename__ = "stimuli"
    __table_args__ = (UniqueConstraint("bank_id", "key"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bank_id: Mapped[str] = mapped_column(ForeignKey("banks.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(100))
    skill: Mapped[str] = mapped_column(String(16))
    level: Mapped[str] = mapped_column(String(4))
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class ItemRow(Base):
    __tablename__ = "items"
    __table_args__ = (
        UniqueConstraint("bank_id", "key"),
        Index("ix_items_skill_level", "skill", "level"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    bank_id: Mapped[str] = mapped_column(ForeignKey("banks.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(100))
    stimulus_key: Mapped[str | None] = mapped_column(String(100), nullable=True)
    skill: Mapped[str] = mapped_column(String(16))
    level: Mapped[str] = mapped_column(String(4))
    type: Mapped[str] = mapped_column(String(32))
    # Difficulty in logits: from the pack, else from the level, then refined by calibration.
    difficulty: Mapped[float] = mapped_column(Float)
    discrimination: Mapped[float] = mapped_column(Float, default=1.0)
    difficulty_source: Mapped[str] = mapped_column(String(16), default="level")
    n_responses: Mapped[int] = mapped_column(Integer, default=0)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)


class SessionRow(Base):
    """A practice session, placement test or mock exam of one learner."""

    __tablename__ = "sessions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))  # practice | placement | timed | exam
    skill: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), default="active")  # active|finished|abandoned
    started_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    ended_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)
    # Plan and progress (item keys in order, time left in seconds, ...), updated as it happens.
    state: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class ResponseRow(Base):
    __tablename__ = "responses"
    __table_args__ = (
        UniqueConstraint("session_id", "item_id"),
        Index("ix_responses_learner", "learner_id", "answered_at"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    answer: Mapped[dict[str, Any]] = mapped_column(JSON)  # {"value": ...}
    correct: Mapped[bool | None] = mapped_column(Boolean, nullable=True)  # None: to be rated
    seconds: Mapped[float] = mapped_column(Float, default=0.0)
    answered_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class AbilityRow(Base):
    """One ability estimate (logits) of a learner for a skill; the rows form its history."""

    __tablename__ = "abilities"
    __table_args__ = (Index("ix_abilities_learner_skill", "learner_id", "skill", "measured_at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"))
    skill: Mapped[str] = mapped_column(String(16))
    theta: Mapped[float] = mapped_column(Float)
    standard_error: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(16))  # placement | practice | exam
    measured_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)


class RecordingRow(Base):
    __tablename__ = "recordings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"))
    item_id: Mapped[int] = mapped_column(ForeignKey("items.id", ondelete="CASCADE"))
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), nullable=True
    )
    path: Mapped[str] = mapped_column(Text)
    duration_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    analysis: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    self_rating: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    teacher_rating: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    teacher_comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
    reviewed_at: Mapped[datetime | None] = mapped_column(UtcDateTime, nullable=True)


class EventRow(Base):
    """Session log: focus lost, exam paused, resumed after a crash, ..."""

    __tablename__ = "events"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow)
