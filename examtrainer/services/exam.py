"""Use case: a full exam rehearsal (exam mode), assembled from the bank and stored as it goes.

The exam's truth is what is stored. An answer is given only once its response row is
committed, in one transaction with the snapshot that mentions it (a changed answer too); if
the save fails, the session forgets the answer and the error reaches the screen. The
session's snapshot is also saved after every navigation, so after a crash or power cut
:func:`resume_exam` continues where the learner was, with the time that was left and with
exactly the stored answers. The result is computed from the stored responses.

One ability per skill: a finished exam (or timed set) is a measurement. Its estimate starts
from the learner's ability before it (``services.practice.ability_prior``) and is stored as
the skill's new ability (source ``exam``) in the same transaction that closes the exam; the
result shows that same estimate. The answers of an open exam enter no statistics until it
ends (``services.progress``, ``store.teaching``).

One window at a time: each :class:`ExamRun` is a lease holder (``store.leases``); every
write checks the lease in its own transaction, so a window whose exam was taken over by
another one (:class:`~examtrainer.errors.ExamTakenOver`) can no longer write.
"""

from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from examtrainer.errors import ExamtrainerError
from examtrainer.exam.assembly import Form, PoolItem, assemble_form
from examtrainer.exam.blueprint import Blueprint, load_blueprint
from examtrainer.exam.practice import Clock
from examtrainer.exam.scoring import ExamResult
from examtrainer.exam.session import ExamAnswer, ExamQuestion, ExamSession
from examtrainer.store.records import NewRecording, StoredItem
from examtrainer.store.repositories import Store, new_holder

log = logging.getLogger(__name__)

KIND = "exam"
ITEM_IDS = "item_ids"  # key in the stored state: item key -> database id
PRIOR = "prior"  # key in a finished exam's state: the ability prior (mean, SD) of its result
HEARTBEAT_SECONDS = 10.0  # how often an open exam tells the database its window is there


def pool_item(stored: StoredItem) -> PoolItem:
    item, stimulus = stored.item, stored.stimulus
    return PoolItem(
        key=item.id,
        stimulus=item.stimulus,
        level=item.level.value,
        item_type=item.type.value,
        themes=tuple(item.themes or (stimulus.themes if stimulus else ())),
        text_type=stimulus.type if stimulus else "",
        difficulty=stored.difficulty,
    )


def exam_pool(store: Store, skill: str) -> tuple[list[PoolItem], dict[str, StoredItem]]:
    """The active items of ``skill`` as a pool, and the stored items by key.

    Should two installed banks use the same item key, the first one installed wins."""
    by_key: dict[str, StoredItem] = {}
    for stored in store.items.for_skill(skill):
        if stored.key in by_key:
            log.warning(
                "item key %s is in banks %s and %s",
                stored.key,
                by_key[stored.key].bank_id,
                stored.bank_id,
            )
            continue
        by_key[stored.key] = stored
    return [pool_item(s) for s in by_key.values()], by_key


def exam_question(stored: StoredItem) -> ExamQuestion:
    return ExamQuestion(
        key=stored.key,
        item=stored.item,
        stimulus=stored.stimulus,
        item_id=stored.id,
        difficulty=stored.difficulty,
        discrimination=stored.discrimination,
        media_root=stored.media_root,
    )


def earlier_forms(store: Store, learner_id: int) -> set[str]:
    """Item keys of all the learner's earlier exams (to give them a different one)."""
    keys: set[str] = set()
    for record in store.sessions.of_learner(learner_id, kind=KIND):
        form = record.state.get("form") or {}
        keys.update(form.get("questions", []))
        keys.update(form.get("practice", []))
    return keys


class ExamRun:
    """A running exam: ``session`` drives the screen; answers and snapshots are stored.

    The screen calls ``run.session.answer(...)``, ``goto``, ``tick`` ... directly; this
    object commits each answer with its snapshot (one transaction), each other snapshot,
    and logs events (``note``). Every write holds the lease of ``holder``; the screen calls
    :meth:`keep_alive` about once a second and :meth:`pause` when the learner stops."""

    def __init__(
        self,
        store: Store,
        learner_id: int,
        session_id: int,
        items: dict[str, StoredItem],
        holder: str | None = None,
        wall_clock: Clock = time.monotonic,
    ) -> None:
        self.store = store
        self.learner_id = learner_id
        self.session_id = session_id
        self.items = items
        self.holder = holder or new_holder()
        self.leased = False  # True while this run holds the exam's lease
        self.prior: tuple[float, float] | None = None  # fixed when the exam ends
        self.wall_clock = wall_clock
        self._last_write = wall_clock()
        self._session: ExamSession | None = None

    @property
    def session(self) -> ExamSession:
        if self._session is None:
            raise RuntimeError("the exam session is not attached yet")
        return self._session

    def attach(self, session: ExamSession) -> None:
        session.on_answer = self._on_answer
        session.on_change = self._on_change
        self._session = session

    def state(self, snapshot: dict[str, Any]) -> dict[str, Any]:
        return {**snapshot, ITEM_IDS: {key: s.id for key, s in self.items.items()}}

    def _on_answer(self, answer: ExamAnswer) -> None:
        stored = self.items[answer.question.key]
        recording = answer.value.get("recording") if isinstance(answer.value, dict) else None
        path = Path(recording) if recording else None
        try:
            self.store.sessions.save_answer(
                self.session_id,
                self.learner_id,
                stored.id,
                answer.value,
                answer.correct,
                answer.seconds,
                self.state(dict(answer.snapshot)),
                holder=self.holder,
                recording=_exam_recording(stored, path) if path is not None else None,
            )
        except Exception:  # nothing was stored: keep no recording the teacher cannot find
            if path is not None:
                from examtrainer.audio.retention import discard_recording

                discard_recording(path)
            raise
        self._last_write = self.wall_clock()

    def _on_change(self, snapshot: dict[str, Any]) -> None:
        self.store.sessions.save_state(
            self.session_id, self.state(snapshot), holder=self.holder if self.leased else None
        )
        self._last_write = self.wall_clock()

    def keep_alive(self) -> None:
        """Renew the lease when nothing was written for HEARTBEAT_SECONDS (call often).
        Raises ExamTakenOver when another window has the exam now."""
        if self.leased and self.wall_clock() - self._last_write >= HEARTBEAT_SECONDS:
            self.store.leases.heartbeat(self.session_id, self.holder)
            self._last_write = self.wall_clock()

    def pause(self) -> None:
        """The learner stops: save the snapshot and give the exam free (it stays open)."""
        self.store.sessions.save_state(
            self.session_id, self.state(self.session.snapshot()), holder=self.holder
        )
        self.store.leases.release(self.session_id, self.holder)
        self.leased = False

    def stored_answers(self) -> tuple[dict[str, Any], dict[str, bool]]:
        """The committed answers of the exam's questions and the ratings of recorded ones
        (a teacher's or the learner's own), by item key: the record of what was answered."""
        by_id = {s.id: key for key, s in self.items.items()}
        questions = set(self.session.form.questions)
        answers: dict[str, Any] = {}
        ratings: dict[str, bool] = {}
        for response in self.store.responses.of_session(self.session_id):
            key = by_id.get(response.item_id)
            if key is None or key not in questions or response.answer is None:
                continue
            answers[key] = response.answer
            if self.items[key].item.is_recorded and response.correct is not None:
                ratings[key] = bool(response.correct)
        return answers, ratings

    def note(self, kind: str, detail: str = "") -> None:
        """Log an event of the exam (``focus_lost``, ``exit_asked``, ``sound_check_failed``)."""
        self.store.sessions.log(self.session_id, kind, detail)

    def rate(self, number: int, correct: bool) -> None:
        """Self-rating of a recorded answer; also written to its response row."""
        self.session.rate(number, correct)
        item_id = self.items[self.session.form.questions[number - 1]].id
        for response in self.store.responses.of_session(self.session_id):
            if response.item_id == item_id:
                self.store.responses.set_correct(response.id, bool(correct))

    def result(self) -> ExamResult:
        """The result of the stored responses (not of what the screen holds), estimated
        from the learner's ability before the exam ended."""
        from examtrainer.services.practice import ability_prior

        answers, ratings = self.stored_answers()
        prior = self.prior or ability_prior(
            self.store, self.learner_id, self.session.blueprint.skill.value
        )
        return self.session.result(answers, ratings, prior)


def _exam_recording(stored: StoredItem, path: Path) -> NewRecording:
    """A recorded exam answer with its analysis, to wait for the teacher's review like
    practice recordings; the teacher's rating then marks its response (see
    services.teacher), which counts in the exam's results. A recording that cannot be
    analysed is kept for the teacher to hear, without measurements."""
    from examtrainer.audio.analysis import analyse_recording, describe, expected_range
    from examtrainer.audio.devices import AudioError
    from examtrainer.services.speaking import analysis_record

    item = stored.item
    expected = expected_range(item.type.value, item.level.value, item.answer_seconds)
    try:
        analysis = analyse_recording(path)
    except AudioError as error:
        log.warning("exam recording %s not analysed: %s", path, error)
        return NewRecording(path, 0.0, {})
    return NewRecording(
        path,
        analysis.duration_seconds,
        analysis_record(analysis, expected, describe(analysis, expected)),
    )


def _items_for(store: Store, keys: list[str], ids: dict[str, int]) -> dict[str, StoredItem]:
    wanted = [ids[k] for k in keys if k in ids]
    if len(wanted) != len(keys):
        raise ExamtrainerError("Dit examen kan niet verder: de opgeslagen vragen ontbreken.")
    return {s.key: s for s in store.items.by_ids(wanted)}


def start_exam(
    store: Store,
    learner_id: int,
    target: str,
    skill: str,
    seed: int | None = None,
    clock: Clock = time.monotonic,
    *,
    override: Path | None = None,
    blueprint: Blueprint | None = None,
) -> ExamRun:
    """Assemble a new exam for the learner and store it as an active session.

    The form avoids the items of the learner's earlier exams as far as the bank allows.
    ``override`` is a school's blueprint file; ``blueprint`` replaces loading altogether.
    Raises FormShortage (an ExamtrainerError) when the bank cannot fill the blueprint.
    """
    blueprint = blueprint or load_blueprint(target, skill, override)
    pool, by_key = exam_pool(store, blueprint.skill.value)
    if seed is None:
        seed = random.SystemRandom().randrange(1, 2**31)
    form = assemble_form(blueprint, pool, seed, avoid=earlier_forms(store, learner_id))
    items = {key: by_key[key] for key in (*form.questions, *form.practice)}
    questions = {key: exam_question(stored) for key, stored in items.items()}
    session = ExamSession(blueprint, form, questions, clock)
    record = store.sessions.start(
        learner_id,
        KIND,
        blueprint.skill.value,
        {**session.snapshot(), ITEM_IDS: {key: s.id for key, s in items.items()}},
    )
    run = ExamRun(store, learner_id, record.id, items)
    store.leases.acquire(record.id, run.holder)
    run.leased = True
    run.attach(session)
    return run


@dataclass(frozen=True)
class ResumableExam:
    """An exam that was not finished (the app closed or crashed during it)."""

    session_id: int
    blueprint: str
    target: str
    skill: str
    started_at: datetime
    phase: str
    answered: int
    questions: int
    time_left_seconds: float


def resumable_exams(store: Store, learner_id: int) -> list[ResumableExam]:
    found = []
    for record in store.sessions.of_learner(learner_id, kind=KIND, status="active"):
        state = record.state
        blueprint = state.get("blueprint", {})
        form = state.get("form", {})
        limit = float(blueprint.get("time_limit_minutes", 0)) * 60.0
        found.append(
            ResumableExam(
                session_id=record.id,
                blueprint=str(blueprint.get("id", "")),
                target=str(blueprint.get("target", "")),
                skill=record.skill,
                started_at=record.started_at,
                phase=str(state.get("phase", "")),
                answered=len(state.get("answers", {})),
                questions=len(form.get("questions", [])),
                time_left_seconds=max(0.0, limit - float(state.get("elapsed", 0.0))),
            )
        )
    return found


def resume_exam(
    store: Store,
    session_id: int,
    clock: Clock = time.monotonic,
    *,
    take_over: bool = False,
) -> ExamRun:
    """Continue an exam from its last snapshot, with the time that was left then.

    An active exam is leased to the new run first: ExamOpenElsewhere when another window
    that is still alive has it, unless ``take_over`` (that window then stops at its next
    write). The session's answers become exactly the stored responses (the record of what
    was answered)."""
    record = store.sessions.get(session_id)
    if record.kind != KIND:
        raise ExamtrainerError(f"Sessie {session_id} is geen examen.")
    holder = new_holder()
    if record.status == "active":
        store.leases.acquire(session_id, holder, take_over=take_over)
        record = store.sessions.get(session_id)  # as the window before left it
    state = dict(record.state)
    ids = {str(k): int(v) for k, v in state.pop(ITEM_IDS, {}).items()}
    form = Form.from_dict(state["form"])
    items = _items_for(store, [*form.questions, *form.practice], ids)
    questions = {key: exam_question(stored) for key, stored in items.items()}
    session = ExamSession.restore(state, clock, questions)
    run = ExamRun(store, record.learner_id, session_id, items, holder=holder)
    run.leased = record.status == "active"
    if PRIOR in record.state:
        mean, sd = record.state[PRIOR]
        run.prior = (float(mean), float(sd))
    run.attach(session)
    if run.leased:
        session.adopt_stored(run.stored_answers()[0])
    if record.status != "active":
        log.info("exam %s resumed for its result only (status %s)", session_id, record.status)
    return run


def end_exam(run: ExamRun, status: str = "finished") -> ExamResult:
    """Close the exam: ``finished`` (handed in or time up) or ``abandoned``; returns the result.

    A finished exam's estimate becomes the skill's ability in the same transaction
    (recorded answers that are not rated yet are left out of it)."""
    from examtrainer.services.practice import ability_prior

    if status not in ("finished", "abandoned"):
        raise ValueError("status is 'finished' or 'abandoned'")
    session = run.session
    if status == "finished":
        session.submit()
    else:
        session.abandon()
    skill = session.blueprint.skill.value
    run.prior = run.prior or ability_prior(run.store, run.learner_id, skill)
    result = run.result()
    ability = None
    if status == "finished" and result.theta is not None and result.standard_error is not None:
        ability = (skill, result.theta, result.standard_error, KIND)
    run.store.sessions.finish(
        run.session_id,
        status,
        state={**run.state(session.snapshot()), PRIOR: list(run.prior)},
        holder=run.holder if run.leased else None,
        ability=ability,
    )
    run.leased = False
    return result
