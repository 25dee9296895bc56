"""Use case: a full exam rehearsal (exam mode), assembled from the bank and stored as it goes.

Every answer is committed as a response row the moment it is given, and the session's
snapshot is saved after every answer and navigation, so after a crash or power cut
:func:`resume_exam` continues where the learner was, with the time that was left.
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
from examtrainer.store.repositories import Store

log = logging.getLogger(__name__)

KIND = "exam"
ITEM_IDS = "item_ids"  # key in the stored state: item key -> database id


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
    object commits each answer (response row) and each snapshot (session state) as they
    happen, and logs events (``note``)."""

    def __init__(
        self,
        store: Store,
        learner_id: int,
        session_id: int,
        items: dict[str, StoredItem],
    ) -> None:
        self.store = store
        self.learner_id = learner_id
        self.session_id = session_id
        self.items = items
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
        if not recording:
            self.store.responses.record(
                self.session_id,
                self.learner_id,
                stored.id,
                answer.value,
                answer.correct,
                answer.seconds,
            )
            return
        path = Path(recording)
        try:
            self.store.recordings.add_answer(
                self.session_id,
                self.learner_id,
                stored.id,
                answer.value,
                answer.seconds,
                _exam_recording(stored, path),
            )
        except Exception:  # nothing was stored: keep no recording the teacher cannot find
            from examtrainer.audio.retention import discard_recording

            discard_recording(path)
            raise

    def _on_change(self, snapshot: dict[str, Any]) -> None:
        self.store.sessions.save_state(self.session_id, self.state(snapshot))

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
        return self.session.result()


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


def resume_exam(store: Store, session_id: int, clock: Clock = time.monotonic) -> ExamRun:
    """Continue an exam from its last snapshot, with the time that was left then.

    Answers that were committed as responses but missed the last snapshot are taken back
    (the responses are the record of what was answered)."""
    record = store.sessions.get(session_id)
    if record.kind != KIND:
        raise ExamtrainerError(f"Sessie {session_id} is geen examen.")
    state = dict(record.state)
    ids = {str(k): int(v) for k, v in state.pop(ITEM_IDS, {}).items()}
    form = Form.from_dict(state["form"])
    items = _items_for(store, [*form.questions, *form.practice], ids)
    questions = {key: exam_question(stored) for key, stored in items.items()}
    session = ExamSession.restore(state, clock, questions)
    run = ExamRun(store, record.learner_id, session_id, items)
    run.attach(session)
    by_id = {s.id: key for key, s in items.items()}
    committed = {
        by_id[r.item_id]: r.answer
        for r in store.responses.of_session(session_id)
        if r.item_id in by_id
    }
    session.recover_answers(committed)
    if record.status != "active":
        log.info("exam %s resumed for its result only (status %s)", session_id, record.status)
    return run


def end_exam(run: ExamRun, status: str = "finished") -> ExamResult:
    """Close the exam: ``finished`` (handed in or time up) or ``abandoned``; returns the result."""
    if status not in ("finished", "abandoned"):
        raise ValueError("status is 'finished' or 'abandoned'")
    session = run.session
    if status == "finished":
        session.submit()
    else:
        session.abandon()
    run.store.sessions.finish(run.session_id, status, state=run.state(session.snapshot()))
    return session.result()
