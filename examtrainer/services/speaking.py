"""Use case: speaking practice, and keeping the recordings folder within its retention time.

A session mixes recorded tasks (``speaking_short``, ``speaking_medium``) near the learner's
level with choose-the-reaction items, which are scored by key like reading. A recorded
answer is stored as a response with ``correct=None`` (a person rates it), a WAV file under
``recordings/<learner id>/`` and a recording row with its analysis; the learner's own check
against the rubric is added to that row afterwards.
"""

from __future__ import annotations

import dataclasses
import logging
import math
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Final

import numpy as np

from examtrainer.adaptive import AbilityPosterior, level_for_theta, online_update
from examtrainer.audio.analysis import (
    Feedback as SpeechFeedback,
)
from examtrainer.audio.analysis import (
    RecordingAnalysis,
    analyse_recording,
    describe,
    expected_range,
)
from examtrainer.audio.retention import discard_recording, expired_recordings
from examtrainer.bank.model import LEVEL_ORDER, RECORDED_TYPES, ItemType
from examtrainer.errors import NotFound
from examtrainer.exam.practice import Answered, Clock, PracticeSession, Question, Summary
from examtrainer.services.practice import PRIOR_WIDENING
from examtrainer.store.records import NewRecording, RecordingRecord, StoredItem
from examtrainer.store.repositories import Store

log = logging.getLogger(__name__)

SPEAKING_TYPES: Final = RECORDED_TYPES | {ItemType.CHOOSE_REACTION}
SESSION_ITEMS: Final = 6
"""Tasks in one speaking session: about 10 minutes with preparation, answer and self-check."""
RECENT_DAYS: Final = 14
"""Items answered this many days ago or less come only after all others."""
REACTION_EVERY: Final = 3
"""Every third task is a choose-the-reaction item (when there are any), the rest are recorded."""


def speaking_levels(current: str | None, exam_target: str = "A2") -> tuple[str, ...]:
    """The CEFR levels to practise: the learner's speaking level and the one above it.

    Without a speaking level yet: A1 and A2 for the A2 exam, A2 and B1 for the B1 exam.
    """
    if current is None:
        return ("A2", "B1") if exam_target == "B1" else ("A1", "A2")
    names = [level.value for level in LEVEL_ORDER]
    at = names.index(current)
    return tuple(names[at : at + 2])


def plan_speaking(
    items: Iterable[StoredItem],
    levels: Iterable[str],
    recent_ids: set[int],
    rng: np.random.Generator,
    count: int = SESSION_ITEMS,
) -> list[StoredItem]:
    """Choose ``count`` tasks: near ``levels`` (all levels when none there), fresh ones first,
    a choose-the-reaction item every ``REACTION_EVERY`` tasks when available."""
    wanted = set(levels)
    pool = [s for s in items if s.item.type in SPEAKING_TYPES]
    near = [s for s in pool if s.item.level.value in wanted] or pool

    def ordered(kind: set[ItemType] | frozenset[ItemType]) -> list[StoredItem]:
        chosen = [s for s in near if s.item.type in kind]
        fresh = [s for s in chosen if s.id not in recent_ids]
        old = [s for s in chosen if s.id in recent_ids]
        rng.shuffle(fresh)
        rng.shuffle(old)
        return fresh + old

    recorded = ordered(RECORDED_TYPES)
    reactions = ordered({ItemType.CHOOSE_REACTION})
    plan: list[StoredItem] = []
    while len(plan) < count and (recorded or reactions):
        want_reaction = len(plan) % REACTION_EVERY == REACTION_EVERY - 1
        first, second = (reactions, recorded) if want_reaction else (recorded, reactions)
        plan.append((first or second).pop(0))
    return plan


@dataclass(frozen=True)
class SavedRecording:
    """A stored recorded answer: its database id, file, analysis and kind remarks."""

    recording_id: int
    path: Path
    analysis: RecordingAnalysis
    expected: tuple[float, float]  # good speaking time, seconds
    remarks: tuple[SpeechFeedback, ...]


@dataclass(frozen=True)
class SpeakingResult:
    """How a speaking session went; like ``PracticeResult`` plus the number of recordings.

    ``level_after`` is None while no choose-the-reaction answer has measured the level.
    """

    summary: Summary
    theta: float
    standard_error: float
    level_before: str | None
    level_after: str | None
    recorded: int  # tasks answered by speaking (recorded or aloud)
    keyed: int  # choose-the-reaction answers
    saved_recordings: int = 0  # recordings that reached disk and the teacher's review list
    not_recorded: int = 0  # tasks done without a recording because recording failed


def analysis_record(
    analysis: RecordingAnalysis, expected: tuple[float, float], remarks: Iterable[SpeechFeedback]
) -> dict[str, Any]:
    """The analysis as stored with a recording (JSON): measurements, range and remark codes."""
    data = dataclasses.asdict(analysis)
    data["speech_spans"] = [list(span) for span in analysis.speech_spans]
    data["expected_seconds"] = list(expected)
    data["feedback"] = [remark.code for remark in remarks]
    return data


def self_rating_record(checks: Mapping[str, bool]) -> dict[str, Any]:
    """A self-check as stored: each rubric question with the learner's yes/no, and the share."""
    values = {str(question): bool(done) for question, done in checks.items()}
    share = sum(values.values()) / len(values) if values else 0.0
    return {"checks": values, "share": share, "rated_at": datetime.now(UTC).isoformat()}


class SpeakingRun:
    """A running speaking session: ``session`` drives the screen; ``finish`` closes it.

    ``save_recording`` and ``rate_self`` read files and write the database: call them off
    the UI thread, one at a time.
    """

    def __init__(
        self,
        store: Store,
        learner_id: int,
        recordings_folder: Path,
        plan: list[StoredItem],
        clock: Clock,
        prior: tuple[float, float],
        level_before: str | None,
    ) -> None:
        self.store = store
        self.learner_id = learner_id
        self.recordings_folder = Path(recordings_folder)
        self.level_before = level_before
        self._plan = list(plan)
        self.total = len(plan)  # tasks in this session
        self._by_id = {s.id: s for s in plan}
        self._posterior = AbilityPosterior(*prior)
        self._keyed = 0
        self._spoken = 0
        self._saved_recordings = 0
        self._not_recorded = 0
        self._pending: NewRecording | None = None  # the recording of the answer being stored
        self._stored_recording: RecordingRecord | None = None
        self.record = store.sessions.start(
            learner_id, "practice", "speaking", {"plan": [s.id for s in plan]}
        )
        self.session = PracticeSession(
            next_block=self._next_block, on_answer=self._on_answer, clock=clock
        )

    def _next_block(self) -> list[Question]:
        if not self._plan:
            return []
        stored = self._plan.pop(0)
        return [
            Question(
                item_id=stored.id,
                item=stored.item,
                stimulus=stored.stimulus,
                media_root=stored.media_root,
            )
        ]

    def _on_answer(self, answered: Answered) -> None:
        stored = self._by_id[answered.question.item_id]
        if self._pending is not None:  # a recorded answer: the answer and its recording as one
            self._stored_recording = self.store.recordings.add_answer(
                self.record.id,
                self.learner_id,
                stored.id,
                answered.answer,
                answered.seconds,
                self._pending,
            )
            self._spoken += 1
            return
        self.store.responses.record(
            self.record.id,
            self.learner_id,
            stored.id,
            answered.answer,
            answered.correct,
            answered.seconds,
        )
        if answered.correct is None:
            self._spoken += 1
            return
        self._keyed += 1
        theta_before = self._posterior.estimate().theta
        self._posterior.update(stored.difficulty, stored.discrimination, bool(answered.correct))
        estimate = self._posterior.estimate()
        self.store.abilities.add(
            self.learner_id, "speaking", estimate.theta, estimate.standard_error, "practice"
        )
        if stored.item.irt is None:
            difficulty = online_update(
                stored.difficulty, theta_before, bool(answered.correct), stored.n_responses
            )
            self.store.items.add_response_count(stored.id, difficulty)

    def expected_seconds(self, question: Question) -> tuple[float, float]:
        item = question.item
        return expected_range(item.type.value, item.level.value, item.answer_seconds)

    def recording_path(self, question: Question, now: datetime | None = None) -> Path:
        """Where the answer to ``question`` is recorded; the learner's folder is created."""
        folder = self.recordings_folder / str(self.learner_id)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = (now or datetime.now()).strftime("%Y%m%d-%H%M%S")
        return folder / f"{stamp}-{question.item.id}.wav"

    def save_recording(self, path: Path) -> SavedRecording:
        """Answer the current recorded task with the finished WAV at ``path``.

        Analyses the recording (raises ``UnreadableAudio`` for a broken file; then nothing is
        stored), then commits the response (``correct=None``) and the recording row with its
        analysis in one transaction, and returns the remarks for the learner. When that
        transaction fails (``DiskFull``, any ``StorageError``, a refused write) the WAV is
        deleted, so no recording is left that the teacher's review list does not show, and the
        task stays open: the learner can record again or go on without a recording.
        """
        question = self.session.current
        if question is None or not question.item.is_recorded:
            raise RuntimeError("the current question is not a recorded task")
        analysis = analyse_recording(path)
        expected = self.expected_seconds(question)
        remarks = tuple(describe(analysis, expected))
        self._pending = NewRecording(
            Path(path), analysis.duration_seconds, analysis_record(analysis, expected, remarks)
        )
        try:
            self.session.answer({"recording": str(path)})
        except Exception:  # nothing was stored: keep no recording the teacher cannot find
            discard_recording(Path(path))
            raise
        finally:
            self._pending = None
        record, self._stored_recording = self._stored_recording, None
        if record is None:  # _on_answer sets it in the same call
            raise RuntimeError("the recorded answer was not stored")
        self._saved_recordings += 1
        return SavedRecording(record.id, Path(path), analysis, expected, remarks)

    def rate_self(self, recording_id: int, checks: Mapping[str, bool]) -> None:
        """Store the learner's own check of a recording against the rubric."""
        self.store.recordings.rate_self(recording_id, self_rating_record(checks))

    def answer_without_recording(self, reason: str) -> None:
        """Go on past the current recorded task although recording it failed (``reason`` is a
        stable code such as an ``AudioError.code``); the summary then says so."""
        self._not_recorded += 1
        self.session.answer({"recording": None, "problem": reason})

    def answer_aloud(self, checks: Mapping[str, bool]) -> None:
        """Answer the current task spoken aloud without a recording (no microphone)."""
        self.session.answer({"mode": "aloud", "self_rating": self_rating_record(checks)})

    def finish(self) -> SpeakingResult:
        """Close the session (also when the learner stops early) and report how it went."""
        self.session.stop()
        summary = self.session.summary()
        estimate = self._posterior.estimate()
        self.store.sessions.finish(
            self.record.id,
            state={
                "answered": summary.answered,
                "recorded": self._spoken,
                "keyed": self._keyed,
                "saved_recordings": self._saved_recordings,
                "not_recorded": self._not_recorded,
                "theta": estimate.theta,
                "standard_error": estimate.standard_error,
            },
        )
        measured = self._keyed > 0 or self.level_before is not None
        return SpeakingResult(
            summary=summary,
            theta=estimate.theta,
            standard_error=estimate.standard_error,
            level_before=self.level_before,
            level_after=level_for_theta(estimate.theta) if measured else None,
            recorded=self._spoken,
            keyed=self._keyed,
            saved_recordings=self._saved_recordings,
            not_recorded=self._not_recorded,
        )


def start_speaking(
    store: Store,
    learner_id: int,
    recordings_folder: Path,
    *,
    exam_target: str = "A2",
    count: int = SESSION_ITEMS,
    rng: np.random.Generator | None = None,
    clock: Clock = time.monotonic,
    now: datetime | None = None,
) -> SpeakingRun:
    """Start speaking practice; raises NotFound when no speaking tasks are installed."""
    items = [s for s in store.items.for_skill("speaking") if s.item.type in SPEAKING_TYPES]
    if not items:
        raise NotFound("Er zijn nog geen spreekopdrachten.")
    moment = now or datetime.now(UTC)
    recent = {
        r.item_id
        for r in store.responses.of_learner(learner_id, "speaking")
        if _aware(r.answered_at) >= moment - timedelta(days=RECENT_DAYS)
    }
    latest = store.abilities.latest(learner_id).get("speaking")
    level = level_for_theta(latest.theta) if latest else None
    plan = plan_speaking(
        items,
        speaking_levels(level, exam_target),
        recent,
        rng if rng is not None else np.random.default_rng(),
        count,
    )
    prior = (
        (latest.theta, math.hypot(latest.standard_error, PRIOR_WIDENING)) if latest else (0.0, 1.0)
    )
    return SpeakingRun(store, learner_id, recordings_folder, plan, clock, prior, level)


def _aware(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes for UTC columns; treat them as UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def delete_expired_recordings(
    store: Store, recordings_folder: Path, keep_days: float, now: datetime | None = None
) -> int:
    """Delete recordings older than ``keep_days`` days: their rows, their files, and any
    other old recording or half-written file in the learners' folders. Returns the number
    of files deleted. A file that cannot be deleted is logged and left for the next run."""
    moment = now or datetime.now(UTC)
    old = store.recordings.older_than(moment - timedelta(days=keep_days))
    deleted = 0
    for record in old:
        deleted += _unlink(Path(record.path))
    store.recordings.remove(r.id for r in old)
    folder = Path(recordings_folder)
    folders = (
        [folder, *(p for p in folder.iterdir() if p.is_dir() and not p.is_symlink())]
        if (folder.is_dir())
        else []
    )
    for sub in folders:
        for path in expired_recordings(sub, keep_days, moment):
            deleted += _unlink(path)
    if deleted:
        log.info("deleted %d recordings older than %s days", deleted, keep_days)
    return deleted


def _unlink(path: Path) -> int:
    try:
        path.unlink()
    except FileNotFoundError:
        return 0
    except OSError as error:
        log.warning("could not delete old recording %s: %s", path, error)
        return 0
    return 1
