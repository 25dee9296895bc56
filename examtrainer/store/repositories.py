"""Repositories: the only place where SQL meets the domain. Every write commits at once.

A :class:`Store` is cheap to share between threads; each method opens its own short
session, so an answer is durable the moment :meth:`Responses.record` returns.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, case, delete, func, or_, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from examtrainer.adaptive import difficulty_for_level
from examtrainer.bank.loader import media_root
from examtrainer.bank.model import Item, Pack, Stimulus
from examtrainer.errors import BankConflict, DiskFull, NotFound, StorageError
from examtrainer.store import models as m
from examtrainer.store.records import (
    AbilityRecord,
    BankInfo,
    Group,
    Learner,
    NewRecording,
    RecordingRecord,
    ResponseRecord,
    SessionRecord,
    SkillActivity,
    StoredContent,
    StoredItem,
)


class Store:
    """The learner database. Create with an engine whose schema is up to date (db.upgrade)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._open_db = sessionmaker(engine, expire_on_commit=False)
        self.learners = Learners(self)
        self.banks = Banks(self)
        self.items = Items(self)
        self.sessions = Sessions(self)
        self.responses = Responses(self)
        self.abilities = Abilities(self)
        self.recordings = Recordings(self)
        self.pin_attempts = PinAttempts(self)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error.

        Yields SQLAlchemy's session, always called ``db`` in the store: in this codebase a
        "session" is a practice or exam session (``SessionRecord``, the ``sessions`` table;
        its state machine is ``exam.session.ExamSession``)."""
        db = self._open_db()
        try:
            with db.begin():
                yield db
        except OperationalError as error:
            if _is_disk_full(error.orig):
                raise DiskFull(
                    "De schijf is vol. Uw laatste antwoord is niet bewaard. "
                    "Maak ruimte vrij en probeer het opnieuw."
                ) from error
            raise StorageError(f"De database werkt niet: {error.orig}") from error
        finally:
            db.close()

    def dispose(self) -> None:
        self.engine.dispose()


SQLITE_FULL = 13
"""SQLite's result code for "database or disk is full" (also a reached ``max_page_count``)."""
POSTGRES_DISK_FULL = "53100"
"""PostgreSQL's SQLSTATE ``disk_full``."""


def _is_disk_full(error: BaseException | None) -> bool:
    """Whether a driver error says the disk is full: by SQLite's result code or PostgreSQL's
    SQLSTATE, never by searching the message text."""
    if error is None:
        return False
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int) and code & 0xFF == SQLITE_FULL:  # primary code of an extended one
        return True
    return getattr(error, "sqlstate", None) == POSTGRES_DISK_FULL


class _Repository:
    def __init__(self, store: Store) -> None:
        self._store = store

    def _tx(self) -> Any:
        return self._store.transaction()


def _learner(row: m.LearnerRow) -> Learner:
    return Learner(
        id=row.id,
        name=row.name,
        language=row.language,
        exam_target=row.exam_target,
        goal=row.goal,
        deadline=row.deadline,
        group_id=row.group_id,
        has_pin=bool(row.pin_hash),
    )


class Learners(_Repository):
    def create(
        self,
        name: str,
        language: str = "nl",
        exam_target: str = "A2",
        goal: str = "",
        deadline: date | None = None,
        group_id: int | None = None,
    ) -> Learner:
        with self._tx() as db:
            row = m.LearnerRow(
                name=name.strip(),
                language=language,
                exam_target=exam_target,
                goal=goal,
                deadline=deadline,
                group_id=group_id,
            )
            db.add(row)
            db.flush()
            return _learner(row)

    def get(self, learner_id: int) -> Learner:
        with self._tx() as db:
            row = db.get(m.LearnerRow, learner_id)
            if row is None:
                raise NotFound(f"Profiel {learner_id} bestaat niet.")
            return _learner(row)

    def all(self, include_archived: bool = False) -> list[Learner]:
        with self._tx() as db:
            query = select(m.LearnerRow).order_by(func.lower(m.LearnerRow.name))
            if not include_archived:
                query = query.where(m.LearnerRow.archived.is_(False))
            return [_learner(row) for row in db.scalars(query)]

    def update(self, learner_id: int, **changes: Any) -> Learner:
        allowed = {"name", "language", "exam_target", "goal", "deadline", "group_id", "archived"}
        unknown = set(changes) - allowed
        if unknown:
            raise ValueError(f"cannot change {sorted(unknown)}")
        with self._tx() as db:
            row = db.get(m.LearnerRow, learner_id)
            if row is None:
                raise NotFound(f"Profiel {learner_id} bestaat niet.")
            for key, value in changes.items():
                setattr(row, key, value)
            db.flush()
            return _learner(row)

    def pin_hash(self, learner_id: int) -> str:
        """The stored hash of the learner's code ("" when the profile has none)."""
        with self._tx() as db:
            row = db.get(m.LearnerRow, learner_id)
            if row is None:
                raise NotFound(f"Profiel {learner_id} bestaat niet.")
            return row.pin_hash

    def set_pin_hash(self, learner_id: int, pin_hash: str) -> None:
        """Store (or with "" remove) the hash of the learner's code."""
        with self._tx() as db:
            row = db.get(m.LearnerRow, learner_id)
            if row is None:
                raise NotFound(f"Profiel {learner_id} bestaat niet.")
            row.pin_hash = pin_hash

    def create_group(self, name: str) -> Group:
        with self._tx() as db:
            row = m.GroupRow(name=name.strip())
            db.add(row)
            db.flush()
            return Group(row.id, row.name)

    def groups(self) -> list[Group]:
        with self._tx() as db:
            return [
                Group(r.id, r.name)
                for r in db.scalars(select(m.GroupRow).order_by(m.GroupRow.name))
            ]


class PinAttempts(_Repository):
    """Counters of wrong PIN tries, shared by every PC on the database."""

    def reserve(
        self, key: str, now: datetime, wait_after: Callable[[int], float]
    ) -> tuple[int, datetime | None]:
        """Count one more try of ``key`` *before* the PIN is checked (a killed app still
        counts it) and set the wait that follows it if it turns out wrong.

        Returns (tries counted, None) when the try may go ahead, or (tries, locked_until)
        when ``key`` is still waiting (nothing counted then). The first statement writes, so
        on SQLite the write lock is held from the start and two PCs cannot both pass.
        """
        table = m.PinAttemptRow
        with self._tx() as db:
            counted = db.execute(
                update(table)
                .where(table.key == key)
                .where(or_(table.locked_until.is_(None), table.locked_until <= now))
                .values(failures=table.failures + 1)
                .execution_options(synchronize_session=False)
            )
            row = db.get(table, key)
            if row is None:
                row = table(key=key, failures=1)
                db.add(row)
            elif getattr(counted, "rowcount", 0) == 0:
                return row.failures, row.locked_until
            wait = wait_after(row.failures)
            row.locked_until = now + timedelta(seconds=wait) if wait > 0 else None
            return row.failures, None

    def locked_until(self, key: str) -> datetime | None:
        with self._tx() as db:
            row = db.get(m.PinAttemptRow, key)
            return row.locked_until if row is not None else None

    def clear(self, key: str) -> None:
        """The right PIN was given: start again from zero."""
        with self._tx() as db:
            db.execute(delete(m.PinAttemptRow).where(m.PinAttemptRow.key == key))


def _item_difficulty(item: Item) -> tuple[float, float, str]:
    if item.irt is not None:
        return item.irt.difficulty, item.irt.discrimination, "pack"
    return difficulty_for_level(item.level.value), 1.0, "level"


class Banks(_Repository):
    def install(self, pack: Pack, origin: str, bundled: bool = False) -> BankInfo:
        """Install or update ``pack`` in one transaction.

        Items are matched by id: existing ones are updated (keeping their responses and
        calibration), new ones added, and ones no longer in the pack retired (not deleted,
        so the learners' history stays intact).

        PCs sharing a school database install the bundled packs when they start; when two
        insert the same new pack at the same moment, the second one's insert fails on the
        bank's key after the first committed. It then installs again, now as an update.
        """
        try:
            return self._install(pack, origin, bundled)
        except IntegrityError:
            return self._install(pack, origin, bundled)

    def _install(self, pack: Pack, origin: str, bundled: bool) -> BankInfo:
        manifest = pack.manifest
        media = str(media_root(Path(origin), manifest))
        with self._tx() as db:
            bank = db.get(m.BankRow, manifest.id)
            if bank is not None and bank.bundled != bundled:
                raise BankConflict(
                    f"Itembank '{manifest.id}' is al geïnstalleerd als "
                    + ("meegeleverde bank" if bank.bundled else "bank van een docent")
                    + "; die wordt niet vervangen."
                )
            if bank is None:
                bank = m.BankRow(id=manifest.id)
                db.add(bank)
            bank.title = manifest.title
            bank.version = manifest.version
            bank.language = manifest.language
            bank.author = manifest.author
            bank.licence = manifest.licence
            bank.source = manifest.source
            bank.origin = media
            bank.bundled = bundled
            bank.installed_at = datetime.now(UTC)
            db.flush()
            old_stimuli = {
                r.key: r
                for r in db.scalars(
                    select(m.StimulusRow).where(m.StimulusRow.bank_id == manifest.id)
                )
            }
            for stimulus in pack.stimuli:
                row = old_stimuli.pop(stimulus.id, None) or m.StimulusRow(
                    bank_id=manifest.id, key=stimulus.id
                )
                row.skill = stimulus.skill.value
                row.level = stimulus.level.value
                row.data = stimulus.model_dump(mode="json")
                db.add(row)
            for row in old_stimuli.values():
                db.delete(row)
            old_items = {
                r.key: r
                for r in db.scalars(select(m.ItemRow).where(m.ItemRow.bank_id == manifest.id))
            }
            for item in pack.items:
                item_row = old_items.pop(item.id, None)
                difficulty, discrimination, source = _item_difficulty(item)
                if item_row is None:
                    item_row = m.ItemRow(bank_id=manifest.id, key=item.id, n_responses=0)
                    db.add(item_row)
                if item_row.difficulty_source != "calibrated" or source == "pack":
                    item_row.difficulty = difficulty
                    item_row.discrimination = discrimination
                    item_row.difficulty_source = source
                item_row.stimulus_key = item.stimulus
                item_row.skill = item.skill.value
                item_row.level = item.level.value
                item_row.type = item.type.value
                item_row.retired = False
                item_row.data = item.model_dump(mode="json")
            for item_row in old_items.values():
                item_row.retired = True
        return self.get(manifest.id)

    def get(self, bank_id: str) -> BankInfo:
        for info in self.all():
            if info.id == bank_id:
                return info
        raise NotFound(f"Itembank '{bank_id}' is niet geïnstalleerd.")

    def all(self) -> list[BankInfo]:
        with self._tx() as db:
            counts: dict[str, dict[str, int]] = {}
            for bank_id, skill, count in db.execute(
                select(m.ItemRow.bank_id, m.ItemRow.skill, func.count())
                .where(m.ItemRow.retired.is_(False))
                .group_by(m.ItemRow.bank_id, m.ItemRow.skill)
            ):
                counts.setdefault(bank_id, {})[skill] = count
            return [
                BankInfo(
                    id=b.id,
                    title=b.title,
                    version=b.version,
                    author=b.author,
                    licence=b.licence,
                    source=b.source,
                    origin=b.origin,
                    bundled=b.bundled,
                    item_count=sum(counts.get(b.id, {}).values()),
                    counts=counts.get(b.id, {}),
                )
                for b in db.scalars(select(m.BankRow).order_by(m.BankRow.title))
            ]

    def versions(self) -> dict[str, str]:
        with self._tx() as db:
            return {b.id: b.version for b in db.scalars(select(m.BankRow))}

    def contents(self, bank_id: str) -> list[StoredContent]:
        """Every item of the bank (retired ones too) with the number of answers to it."""
        with self._tx() as db:
            answers = dict(
                db.execute(
                    select(m.ResponseRow.item_id, func.count())
                    .join(m.ItemRow, m.ItemRow.id == m.ResponseRow.item_id)
                    .where(m.ItemRow.bank_id == bank_id)
                    .group_by(m.ResponseRow.item_id)
                ).all()
            )
            return [
                StoredContent(row.key, dict(row.data), row.retired, int(answers.get(row.id, 0)))
                for row in db.scalars(
                    select(m.ItemRow).where(m.ItemRow.bank_id == bank_id).order_by(m.ItemRow.id)
                )
            ]

    def set_media(self, bank_id: str, key: str, field: str, path: str) -> None:
        """Point ``field`` (``audio`` of a stimulus, ``model_audio``/``prompt_audio`` of an
        item) of the entry ``key`` of the bank at the media file ``path``."""
        row_type: Any = m.StimulusRow if field == "audio" else m.ItemRow
        with self._tx() as db:
            row = db.scalar(
                select(row_type).where(row_type.bank_id == bank_id, row_type.key == key)
            )
            if row is None:
                raise NotFound(f"'{key}' staat niet in itembank '{bank_id}'.")
            row.data = {**row.data, field: path}

    def retire_all(self, bank_id: str) -> None:
        """Retire every item of the bank: learners no longer get them, their answers stay."""
        with self._tx() as db:
            db.execute(update(m.ItemRow).where(m.ItemRow.bank_id == bank_id).values(retired=True))

    def remove(self, bank_id: str) -> None:
        with self._tx() as db:
            db.execute(delete(m.BankRow).where(m.BankRow.id == bank_id))


class Items(_Repository):
    def for_skill(self, skill: str, levels: Iterable[str] | None = None) -> list[StoredItem]:
        """Active items of a skill (optionally some levels), with their stimuli, in bank order."""
        with self._tx() as db:
            query = (
                select(m.ItemRow, m.BankRow.origin)
                .join(m.BankRow, m.BankRow.id == m.ItemRow.bank_id)
                .where(m.ItemRow.skill == skill, m.ItemRow.retired.is_(False))
                .order_by(m.ItemRow.id)
            )
            if levels is not None:
                query = query.where(m.ItemRow.level.in_(list(levels)))
            rows = list(db.execute(query))
            stimuli = self._stimuli(db, {(r.bank_id, r.stimulus_key) for r, _ in rows})
            return [
                _stored(row, origin, stimuli.get((row.bank_id, row.stimulus_key)))
                for row, origin in rows
            ]

    def by_ids(self, ids: Sequence[int]) -> list[StoredItem]:
        with self._tx() as db:
            rows = list(
                db.execute(
                    select(m.ItemRow, m.BankRow.origin)
                    .join(m.BankRow, m.BankRow.id == m.ItemRow.bank_id)
                    .where(m.ItemRow.id.in_(list(ids)))
                )
            )
            stimuli = self._stimuli(db, {(r.bank_id, r.stimulus_key) for r, _ in rows})
            by_id = {
                row.id: _stored(row, origin, stimuli.get((row.bank_id, row.stimulus_key)))
                for row, origin in rows
            }
        missing = [i for i in ids if i not in by_id]
        if missing:
            raise NotFound(f"Vragen {missing} bestaan niet meer.")
        return [by_id[i] for i in ids]

    @staticmethod
    def _stimuli(
        db: Session, keys: set[tuple[str, str | None]]
    ) -> dict[tuple[str, str | None], Stimulus]:
        wanted = {(b, k) for b, k in keys if k is not None}
        if not wanted:
            return {}
        banks = {b for b, _ in wanted}
        found: dict[tuple[str, str | None], Stimulus] = {}
        for row in db.scalars(select(m.StimulusRow).where(m.StimulusRow.bank_id.in_(banks))):
            if (row.bank_id, row.key) in wanted:
                found[(row.bank_id, row.key)] = Stimulus.model_validate(row.data)
        return found

    def set_difficulty(self, item_id: int, difficulty: float, n_responses: int) -> None:
        with self._tx() as db:
            db.execute(
                update(m.ItemRow)
                .where(m.ItemRow.id == item_id)
                .values(
                    difficulty=difficulty, n_responses=n_responses, difficulty_source="calibrated"
                )
            )

    def add_response_count(self, item_id: int, difficulty: float) -> None:
        """Store an online-calibrated difficulty and count one more response, atomically."""
        with self._tx() as db:
            db.execute(
                update(m.ItemRow)
                .where(m.ItemRow.id == item_id)
                .values(
                    difficulty=difficulty,
                    n_responses=m.ItemRow.n_responses + 1,
                    difficulty_source="calibrated",
                )
            )


def _stored(row: m.ItemRow, origin: str, stimulus: Stimulus | None) -> StoredItem:
    return StoredItem(
        id=row.id,
        bank_id=row.bank_id,
        item=Item.model_validate(row.data),
        stimulus=stimulus,
        difficulty=row.difficulty,
        discrimination=row.discrimination,
        n_responses=row.n_responses,
        media_root=origin,
    )


def _session(row: m.SessionRow) -> SessionRecord:
    return SessionRecord(
        id=row.id,
        learner_id=row.learner_id,
        kind=row.kind,
        skill=row.skill,
        status=row.status,
        started_at=row.started_at,
        ended_at=row.ended_at,
        state=dict(row.state or {}),
    )


class Sessions(_Repository):
    def start(self, learner_id: int, kind: str, skill: str, state: dict[str, Any]) -> SessionRecord:
        with self._tx() as db:
            row = m.SessionRow(learner_id=learner_id, kind=kind, skill=skill, state=state)
            db.add(row)
            db.flush()
            return _session(row)

    def get(self, session_id: int) -> SessionRecord:
        with self._tx() as db:
            row = db.get(m.SessionRow, session_id)
            if row is None:
                raise NotFound(f"Sessie {session_id} bestaat niet.")
            return _session(row)

    def save_state(self, session_id: int, state: dict[str, Any]) -> None:
        with self._tx() as db:
            db.execute(
                update(m.SessionRow).where(m.SessionRow.id == session_id).values(state=state)
            )

    def finish(
        self, session_id: int, status: str = "finished", state: dict[str, Any] | None = None
    ) -> None:
        values: dict[str, Any] = {"status": status, "ended_at": datetime.now(UTC)}
        if state is not None:
            values["state"] = state
        with self._tx() as db:
            db.execute(update(m.SessionRow).where(m.SessionRow.id == session_id).values(**values))

    def of_learner(
        self, learner_id: int, kind: str | None = None, status: str | None = None
    ) -> list[SessionRecord]:
        with self._tx() as db:
            query = select(m.SessionRow).where(m.SessionRow.learner_id == learner_id)
            if kind:
                query = query.where(m.SessionRow.kind == kind)
            if status:
                query = query.where(m.SessionRow.status == status)
            return [_session(r) for r in db.scalars(query.order_by(m.SessionRow.started_at))]

    def log(self, session_id: int, kind: str, detail: str = "") -> None:
        with self._tx() as db:
            db.add(m.EventRow(session_id=session_id, kind=kind, detail=detail))

    def events(self, session_id: int) -> list[tuple[str, str]]:
        with self._tx() as db:
            return [
                (e.kind, e.detail)
                for e in db.scalars(
                    select(m.EventRow)
                    .where(m.EventRow.session_id == session_id)
                    .order_by(m.EventRow.id)
                )
            ]


def _put_response(
    db: Session,
    session_id: int,
    learner_id: int,
    item_id: int,
    answer: Any,
    correct: bool | None,
    seconds: float,
) -> int:
    """Insert or replace the answer to ``item_id`` in a session, inside the caller's unit."""
    existing = db.scalar(
        select(m.ResponseRow).where(
            m.ResponseRow.session_id == session_id, m.ResponseRow.item_id == item_id
        )
    )
    if existing is not None:
        existing.answer = {"value": answer}
        existing.correct = correct
        existing.seconds = seconds
        existing.answered_at = datetime.now(UTC)
        return existing.id
    row = m.ResponseRow(
        session_id=session_id,
        learner_id=learner_id,
        item_id=item_id,
        answer={"value": answer},
        correct=correct,
        seconds=seconds,
    )
    db.add(row)
    try:
        db.flush()
    except IntegrityError as error:
        raise StorageError("Dit antwoord is al opgeslagen.") from error
    return row.id


class Responses(_Repository):
    def record(
        self,
        session_id: int,
        learner_id: int,
        item_id: int,
        answer: Any,
        correct: bool | None,
        seconds: float = 0.0,
    ) -> int:
        """Store one answer and commit at once; answering the same item again replaces it."""
        with self._tx() as db:
            return _put_response(db, session_id, learner_id, item_id, answer, correct, seconds)

    def of_session(self, session_id: int) -> list[ResponseRecord]:
        return self._query(m.ResponseRow.session_id == session_id)

    def of_learner(self, learner_id: int, skill: str | None = None) -> list[ResponseRecord]:
        condition = m.ResponseRow.learner_id == learner_id
        if skill is None:
            return self._query(condition)
        return self._query(condition, m.ItemRow.skill == skill)

    def _query(self, *conditions: Any) -> list[ResponseRecord]:
        with self._tx() as db:
            rows = db.execute(
                select(m.ResponseRow, m.ItemRow.key)
                .join(m.ItemRow, m.ItemRow.id == m.ResponseRow.item_id)
                .where(*conditions)
                .order_by(m.ResponseRow.answered_at, m.ResponseRow.id)
            )
            return [
                ResponseRecord(
                    id=r.id,
                    session_id=r.session_id,
                    learner_id=r.learner_id,
                    item_id=r.item_id,
                    item_key=key,
                    answer=(r.answer or {}).get("value"),
                    correct=r.correct,
                    seconds=r.seconds,
                    answered_at=r.answered_at,
                )
                for r, key in rows
            ]

    def set_correct(self, response_id: int, correct: bool | None) -> None:
        with self._tx() as db:
            db.execute(
                update(m.ResponseRow).where(m.ResponseRow.id == response_id).values(correct=correct)
            )

    def all_for_calibration(self, skill: str) -> list[tuple[int, int, bool]]:
        """(learner id, item id, correct) of every keyed answer of a skill, for calibration."""
        with self._tx() as db:
            rows = db.execute(
                select(m.ResponseRow.learner_id, m.ResponseRow.item_id, m.ResponseRow.correct)
                .join(m.ItemRow, m.ItemRow.id == m.ResponseRow.item_id)
                .where(m.ItemRow.skill == skill, m.ResponseRow.correct.is_not(None))
            )
            return [(a, b, bool(c)) for a, b, c in rows]

    def practice_seconds(self, learner_id: int) -> dict[str, float]:
        with self._tx() as db:
            rows = db.execute(
                select(m.ItemRow.skill, func.sum(m.ResponseRow.seconds))
                .join(m.ItemRow, m.ItemRow.id == m.ResponseRow.item_id)
                .where(m.ResponseRow.learner_id == learner_id)
                .group_by(m.ItemRow.skill)
            )
            return {skill: float(total or 0) for skill, total in rows}

    def class_overview(self, group_id: int | None) -> list[SkillActivity]:
        """Per learner (of ``group_id``, or all) and skill: answers, right ones, last activity
        and practice time, in one query. Archived learners and learners without answers in a
        skill have no row. Sorted by learner name, then skill."""
        r, item, learner = m.ResponseRow, m.ItemRow, m.LearnerRow
        query = (
            select(
                learner.id,
                learner.name,
                item.skill,
                func.count(r.id),
                func.sum(case((r.correct.is_(True), 1), else_=0)),
                func.max(r.answered_at),
                func.sum(r.seconds),
            )
            .select_from(r)
            .join(item, item.id == r.item_id)
            .join(learner, learner.id == r.learner_id)
            .where(learner.archived.is_(False))
            .group_by(learner.id, learner.name, item.skill)
            .order_by(func.lower(learner.name), learner.id, item.skill)
        )
        if group_id is not None:
            query = query.where(learner.group_id == group_id)
        with self._tx() as db:
            return [
                SkillActivity(
                    learner_id=learner_id,
                    learner_name=name,
                    skill=skill,
                    answered=int(answered),
                    correct=int(correct or 0),
                    last_activity=last,
                    practice_seconds=float(seconds or 0.0),
                )
                for learner_id, name, skill, answered, correct, last, seconds in db.execute(query)
            ]


class Abilities(_Repository):
    def add(self, learner_id: int, skill: str, theta: float, se: float, source: str) -> None:
        with self._tx() as db:
            db.add(
                m.AbilityRow(
                    learner_id=learner_id,
                    skill=skill,
                    theta=theta,
                    standard_error=se,
                    source=source,
                )
            )

    def history(self, learner_id: int, skill: str | None = None) -> list[AbilityRecord]:
        with self._tx() as db:
            query = select(m.AbilityRow).where(m.AbilityRow.learner_id == learner_id)
            if skill:
                query = query.where(m.AbilityRow.skill == skill)
            return [
                AbilityRecord(r.skill, r.theta, r.standard_error, r.source, r.measured_at)
                for r in db.scalars(query.order_by(m.AbilityRow.measured_at, m.AbilityRow.id))
            ]

    def latest(self, learner_id: int) -> dict[str, AbilityRecord]:
        latest: dict[str, AbilityRecord] = {}
        for record in self.history(learner_id):
            latest[record.skill] = record
        return latest


def _recording(r: m.RecordingRow) -> RecordingRecord:
    return RecordingRecord(
        id=r.id,
        learner_id=r.learner_id,
        item_id=r.item_id,
        session_id=r.session_id,
        path=r.path,
        duration_seconds=r.duration_seconds,
        analysis=dict(r.analysis or {}),
        self_rating=dict(r.self_rating or {}),
        teacher_rating=dict(r.teacher_rating or {}),
        teacher_comment=r.teacher_comment,
        created_at=r.created_at,
    )


class Recordings(_Repository):
    def add(
        self,
        learner_id: int,
        item_id: int,
        session_id: int | None,
        path: str,
        duration_seconds: float,
        analysis: dict[str, Any],
    ) -> RecordingRecord:
        with self._tx() as db:
            row = m.RecordingRow(
                learner_id=learner_id,
                item_id=item_id,
                session_id=session_id,
                path=path,
                duration_seconds=duration_seconds,
                analysis=analysis,
            )
            db.add(row)
            db.flush()
            return _recording(row)

    def add_answer(
        self,
        session_id: int,
        learner_id: int,
        item_id: int,
        answer: Any,
        seconds: float,
        recording: NewRecording,
    ) -> RecordingRecord:
        """Store a spoken answer and its recording as one unit: the response (``correct`` is
        None until someone rates it) and the recording row commit together or not at all, so
        there is never an answer without its recording nor a recording the teacher cannot
        find. Returns the recording."""
        with self._tx() as db:
            _put_response(db, session_id, learner_id, item_id, answer, None, seconds)
            row = m.RecordingRow(
                learner_id=learner_id,
                item_id=item_id,
                session_id=session_id,
                path=str(recording.path),
                duration_seconds=recording.duration_seconds,
                analysis=recording.analysis,
            )
            db.add(row)
            db.flush()
            return _recording(row)

    def rate_self(self, recording_id: int, rating: dict[str, Any]) -> None:
        with self._tx() as db:
            db.execute(
                update(m.RecordingRow)
                .where(m.RecordingRow.id == recording_id)
                .values(self_rating=rating)
            )

    def rate_by_teacher(self, recording_id: int, rating: dict[str, Any], comment: str) -> None:
        with self._tx() as db:
            db.execute(
                update(m.RecordingRow)
                .where(m.RecordingRow.id == recording_id)
                .values(
                    teacher_rating=rating, teacher_comment=comment, reviewed_at=datetime.now(UTC)
                )
            )

    def of_learner(self, learner_id: int) -> list[RecordingRecord]:
        with self._tx() as db:
            return [
                _recording(r)
                for r in db.scalars(
                    select(m.RecordingRow)
                    .where(m.RecordingRow.learner_id == learner_id)
                    .order_by(m.RecordingRow.created_at)
                )
            ]

    def awaiting_review(self) -> list[RecordingRecord]:
        with self._tx() as db:
            return [
                _recording(r)
                for r in db.scalars(
                    select(m.RecordingRow)
                    .where(m.RecordingRow.reviewed_at.is_(None))
                    .order_by(m.RecordingRow.created_at)
                )
            ]

    def older_than(self, moment: datetime) -> list[RecordingRecord]:
        with self._tx() as db:
            return [
                _recording(r)
                for r in db.scalars(
                    select(m.RecordingRow).where(m.RecordingRow.created_at < moment)
                )
            ]

    def remove(self, recording_ids: Iterable[int]) -> None:
        with self._tx() as db:
            db.execute(delete(m.RecordingRow).where(m.RecordingRow.id.in_(list(recording_ids))))
