"""An exam session as a plain state machine: phases, navigation, timer, replays, snapshots.

Phases: ``instructions`` → ``sound_check`` (listening and speaking only) → ``practice``
(the practice questions of the form: not scored, not timed; skipped when there are none)
→ ``running`` → ``finished``. Only ``running`` counts time. There is no feedback until the
end; :meth:`ExamSession.result` scores the exam.

Question numbers are 1-based everywhere, as on the bar along the bottom of the screen.
Time comes from the injected clock (seconds); the session never sleeps and has no thread:
the screen calls :meth:`ExamSession.tick` about once a second, and every other public call
ticks too, so the exam finishes by itself when the time is up.

Crash safety: :meth:`ExamSession.snapshot` is a JSON-ready dict that holds the exam time
used so far (not clock readings), so :meth:`ExamSession.restore` continues with the time
that was left; the time between a crash and the resume does not count. ``on_change`` gets
a fresh snapshot after every answer, navigation, play, flag, phase change and warning, and
at least every ``AUTOSAVE_SECONDS`` of running time on a tick.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal, cast

from examtrainer.adaptive import estimate_ability, level_for_theta, readiness
from examtrainer.bank.model import Item, Stimulus
from examtrainer.errors import ExamtrainerError
from examtrainer.exam.assembly import Form
from examtrainer.exam.blueprint import Blueprint, blueprint_from_dict
from examtrainer.exam.practice import Clock
from examtrainer.exam.scoring import (
    ExamResult,
    PartScore,
    ReviewEntry,
    estimated_scale_score,
    exam_advice,
    key_text,
    score,
)

Phase = Literal["instructions", "sound_check", "practice", "running", "finished"]
FinishReason = Literal["submitted", "time_up", "abandoned"]

SNAPSHOT_VERSION = 1
AUTOSAVE_SECONDS = 10.0


class ExamRuleError(ExamtrainerError):
    """A call the exam's rules do not allow now (going back in a forward-only exam, ...).

    The screen should prevent these (``can_go_back``, ``phase``); they signal a bug."""


@dataclass(frozen=True)
class ExamQuestion:
    """One question of the form with what scoring needs; ``difficulty`` is in logits."""

    key: str
    item: Item
    stimulus: Stimulus | None = None
    item_id: int | None = None  # database id (the service sets it)
    difficulty: float = 0.0
    discrimination: float = 1.0
    media_root: str = ""


@dataclass(frozen=True)
class ExamAnswer:
    """An answer as announced to ``on_answer`` (the service commits it as a response row)."""

    number: int
    question: ExamQuestion
    value: Any
    correct: bool | None  # None: a recording that needs a rating
    seconds: float  # time spent on this question so far

    @property
    def needs_rating(self) -> bool:
        return self.correct is None


@dataclass(frozen=True)
class OverviewEntry:
    """One number on the bar along the bottom of the screen."""

    number: int
    answered: bool
    flagged: bool
    current: bool
    part: str = ""


def is_recording(value: Any) -> bool:
    return isinstance(value, Mapping) and isinstance(value.get("recording"), str)


class ExamSession:
    """One exam in progress. Not thread-safe: owned by one screen (or the CLI).

    ``questions`` maps every item key of the form (exam and practice questions) to its
    :class:`ExamQuestion`. ``on_answer`` is called before ``on_change`` for each answer, so a
    response row is committed before the snapshot that mentions it.
    """

    def __init__(
        self,
        blueprint: Blueprint,
        form: Form,
        questions: Mapping[str, ExamQuestion],
        clock: Clock = time.monotonic,
        *,
        on_change: Callable[[dict[str, Any]], None] | None = None,
        on_answer: Callable[[ExamAnswer], None] | None = None,
    ) -> None:
        missing = [k for k in (*form.questions, *form.practice) if k not in questions]
        if missing:
            raise ValueError(f"no question data for {missing}")
        self.blueprint = blueprint
        self.form = form
        self.questions = dict(questions)
        self.clock = clock
        self.on_change = on_change
        self.on_answer = on_answer
        self._phase: Phase = "instructions"
        self._current = 1
        self._answers: dict[str, Any] = {}
        self._seconds: dict[str, float] = {}
        self._flags: set[str] = set()
        self._elapsed = 0.0  # running seconds before _running_since
        self._running_since: float | None = None
        self._shown_at: float | None = None
        self._plays: dict[str, int] = {}
        self._warnings_given: set[float] = set()
        self._ratings: dict[str, bool] = {}
        self._practice_answers: dict[str, Any] = {}
        self._finish_reason: FinishReason | None = None
        self._saved_at_elapsed = 0.0

    # -- phases ------------------------------------------------------------------------
    @property
    def phase(self) -> Phase:
        return self._phase

    @property
    def finish_reason(self) -> FinishReason | None:
        return self._finish_reason

    def _phases(self) -> list[Phase]:
        phases: list[Phase] = ["instructions"]
        if self.blueprint.has_audio:
            phases.append("sound_check")
        if self.form.practice:
            phases.append("practice")
        phases += ["running", "finished"]
        return phases

    def advance(self) -> Phase:
        """Go on to the next phase (after instructions, sound check, practice); the exam's
        time starts when ``running`` begins. Use :meth:`submit` to finish a running exam."""
        if self._phase in ("running", "finished"):
            raise ExamRuleError("the exam has already started")
        phases = self._phases()
        self._phase = phases[phases.index(self._phase) + 1]
        if self._phase == "running":
            now = self.clock()
            self._running_since = now
            self._shown_at = now
            self._current = 1
        self._changed()
        return self._phase

    def start(self) -> None:
        """Skip to ``running`` (instructions, sound check and practice done or skipped)."""
        while self._phase not in ("running", "finished"):
            self.advance()

    def submit(self) -> None:
        """The learner hands the exam in."""
        self._finish("submitted")

    def abandon(self) -> None:
        self._finish("abandoned")

    def _finish(self, reason: FinishReason) -> None:
        if self._phase == "finished":
            return
        if self._phase == "running":
            self._book_time()
            self._elapsed = min(self.elapsed(), self.blueprint.time_limit_seconds)
        self._running_since = None
        self._phase = "finished"
        self._finish_reason = reason
        self._changed()

    # -- time --------------------------------------------------------------------------
    def elapsed(self) -> float:
        """Exam seconds used so far (only the ``running`` phase counts)."""
        if self._running_since is None:
            return self._elapsed
        return self._elapsed + max(0.0, self.clock() - self._running_since)

    def time_left(self) -> float:
        """Seconds left, never below 0."""
        return max(0.0, self.blueprint.time_limit_seconds - self.elapsed())

    def tick(self) -> Phase:
        """Finish the exam when the time is up; save a snapshot now and then. Call often."""
        if self._phase == "running":
            if self.time_left() <= 0:
                self._finish("time_up")
            elif self.elapsed() - self._saved_at_elapsed >= AUTOSAVE_SECONDS:
                self._changed()
        return self._phase

    def warnings_due(self) -> list[float]:
        """Warnings (minutes left, e.g. [5]) to show now; each is given once.

        When several are due at once (after a resume with little time left) only the most
        urgent is returned and the others count as given."""
        if self.tick() != "running":
            return []
        left = self.time_left()
        due = [
            minutes
            for minutes in self.blueprint.warnings_minutes
            if minutes not in self._warnings_given and left <= minutes * 60.0
        ]
        if not due:
            return []
        self._warnings_given.update(due)
        self._changed()
        return [min(due)]

    @property
    def timer_visible(self) -> bool:
        return self.blueprint.timer == "visible"

    # -- navigation --------------------------------------------------------------------
    @property
    def count(self) -> int:
        return len(self.form.questions)

    @property
    def current(self) -> int:
        """Number (1-based) of the question on screen."""
        return self._current

    @property
    def can_go_back(self) -> bool:
        return self.blueprint.navigation == "free"

    def question(self, number: int) -> ExamQuestion:
        self._check_number(number)
        return self.questions[self.form.questions[number - 1]]

    @property
    def current_question(self) -> ExamQuestion:
        return self.question(self._current)

    def goto(self, number: int) -> ExamQuestion:
        """Show question ``number``; forward-only exams cannot go back."""
        self._require_running()
        self._check_number(number)
        if number < self._current and not self.can_go_back:
            raise ExamRuleError("in this exam you cannot go back")
        if number != self._current:
            self._book_time()
            self._current = number
            self._changed()
        return self.current_question

    def next(self) -> ExamQuestion | None:
        """The next question, or None on the last one (then the screen offers to hand in)."""
        self._require_running()
        if self._current >= self.count:
            return None
        return self.goto(self._current + 1)

    def previous(self) -> ExamQuestion | None:
        self._require_running()
        if not self.can_go_back:
            raise ExamRuleError("in this exam you cannot go back")
        if self._current <= 1:
            return None
        return self.goto(self._current - 1)

    def flag(self, number: int, flagged: bool = True) -> None:
        """Mark a question to come back to (free navigation)."""
        self._check_number(number)
        key = self.form.questions[number - 1]
        if flagged:
            self._flags.add(key)
        else:
            self._flags.discard(key)
        self._changed()

    def overview(self) -> list[OverviewEntry]:
        return [
            OverviewEntry(
                number=n,
                answered=key in self._answers,
                flagged=key in self._flags,
                current=n == self._current,
                part=self.form.part_of(key),
            )
            for n, key in enumerate(self.form.questions, 1)
        ]

    # -- answers -----------------------------------------------------------------------
    def answer(self, number: int, value: Any) -> bool:
        """Store the answer to question ``number``; False when the exam is already over.

        In free navigation any question can be answered and answers can be changed until
        the end; forward-only exams take answers to the current question only. A speaking
        answer is ``{"recording": path}`` and needs a rating later.
        """
        if self.tick() == "finished":
            return False
        self._require_running()
        self._check_number(number)
        if self.blueprint.navigation == "forward" and number != self._current:
            raise ExamRuleError("in this exam you can only answer the current question")
        if value is None:
            raise ValueError("an answer cannot be None")
        question = self.question(number)
        if question.item.is_recorded and not is_recording(value):
            raise ValueError('a speaking answer is {"recording": path}')
        if number == self._current:
            self._book_time()
        correct = None if question.item.is_recorded else score(question.item, value)
        answered = ExamAnswer(
            number, question, value, correct, self._seconds.get(question.key, 0.0)
        )
        if self.on_answer is not None:
            self.on_answer(answered)  # stored first: an answer that was not stored is not given
        self._answers[question.key] = value
        self._ratings.pop(question.key, None)
        self._changed()
        return True

    def answer_of(self, number: int) -> Any:
        self._check_number(number)
        return self._answers.get(self.form.questions[number - 1])

    @property
    def answered_count(self) -> int:
        return len(self._answers)

    def recover_answers(self, answers: Mapping[str, Any]) -> list[str]:
        """Take answers that were committed but missed the last snapshot (after a crash).

        Only keys of the form without an answer are taken; returns the keys taken."""
        taken = [
            key
            for key, value in answers.items()
            if key in self.form.questions and key not in self._answers and value is not None
        ]
        for key in taken:
            self._answers[key] = answers[key]
        if taken:
            self._changed()
        return taken

    def rate(self, number: int, correct: bool) -> None:
        """Rate a recorded answer (the learner's self-rating now, a teacher's later)."""
        question = self.question(number)
        if question.key not in self._answers or not question.item.is_recorded:
            raise ExamRuleError("only an answered speaking task can be rated")
        self._ratings[question.key] = bool(correct)
        self._changed()

    def needs_rating(self) -> list[int]:
        """Numbers of recorded answers that are not rated yet."""
        return [
            n
            for n, key in enumerate(self.form.questions, 1)
            if key in self._answers
            and self.questions[key].item.is_recorded
            and key not in self._ratings
        ]

    # -- practice ----------------------------------------------------------------------
    def practice_questions(self) -> list[ExamQuestion]:
        return [self.questions[key] for key in self.form.practice]

    def answer_practice(self, key: str, value: Any) -> bool | None:
        """Answer a practice question; not scored and not stored as a response."""
        if self._phase != "practice" or key not in self.form.practice:
            raise ExamRuleError("this is not a practice question now")
        self._practice_answers[key] = value
        question = self.questions[key]
        return None if question.item.is_recorded else score(question.item, value)

    # -- audio -------------------------------------------------------------------------
    def plays_left(self, stimulus: str) -> int | None:
        """How often a fragment may still be played; None: no limit."""
        limit = self.blueprint.plays_allowed
        if limit is None or self._phase == "practice":
            return None
        return max(0, limit - self._plays.get(stimulus, 0))

    def play(self, stimulus: str) -> bool:
        """Record one play of a fragment; False when no plays are left or the exam is over.

        Playing costs exam time simply because the clock keeps running."""
        if self.tick() == "finished":
            return False
        if self._phase == "practice":
            return True
        self._require_running()
        if stimulus not in self.form.stimuli:
            raise ExamRuleError(f"fragment {stimulus} is not part of this exam")
        left = self.plays_left(stimulus)
        if left == 0:
            return False
        self._plays[stimulus] = self._plays.get(stimulus, 0) + 1
        self._changed()
        return True

    # -- snapshots ---------------------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        """Everything needed to continue after a crash; JSON-serialisable."""
        return {
            "version": SNAPSHOT_VERSION,
            "blueprint": self.blueprint.to_dict(),
            "form": self.form.to_dict(),
            "phase": self._phase,
            "current": self._current,
            "answers": dict(self._answers),
            "seconds": dict(self._seconds),
            "flags": sorted(self._flags),
            "elapsed": self.elapsed(),
            "plays": dict(self._plays),
            "warnings_given": sorted(self._warnings_given, reverse=True),
            "ratings": dict(self._ratings),
            "practice_answers": dict(self._practice_answers),
            "finish_reason": self._finish_reason,
        }

    @classmethod
    def restore(
        cls,
        snapshot: Mapping[str, Any],
        clock: Clock,
        questions: Mapping[str, ExamQuestion],
        *,
        on_change: Callable[[dict[str, Any]], None] | None = None,
        on_answer: Callable[[ExamAnswer], None] | None = None,
    ) -> ExamSession:
        """Continue from a snapshot with the time that was left at the snapshot."""
        if snapshot.get("version") != SNAPSHOT_VERSION:
            raise ExamtrainerError("Dit examen is opgeslagen door een andere versie.")
        session = cls(
            blueprint_from_dict(snapshot["blueprint"]),
            Form.from_dict(snapshot["form"]),
            questions,
            clock,
            on_change=on_change,
            on_answer=on_answer,
        )
        session._phase = cast(Phase, snapshot["phase"])
        session._current = int(snapshot["current"])
        session._answers = dict(snapshot.get("answers", {}))
        session._seconds = {k: float(v) for k, v in snapshot.get("seconds", {}).items()}
        session._flags = set(snapshot.get("flags", []))
        session._elapsed = float(snapshot["elapsed"])
        session._saved_at_elapsed = session._elapsed
        session._plays = {k: int(v) for k, v in snapshot.get("plays", {}).items()}
        session._warnings_given = {float(m) for m in snapshot.get("warnings_given", [])}
        session._ratings = {k: bool(v) for k, v in snapshot.get("ratings", {}).items()}
        session._practice_answers = dict(snapshot.get("practice_answers", {}))
        session._finish_reason = snapshot.get("finish_reason")
        if session._phase == "running":
            now = clock()
            session._running_since = now
            session._shown_at = now
        return session

    # -- result ------------------------------------------------------------------------
    def result(self) -> ExamResult:
        """Score the exam (normally after it finished; before, it scores what is there).

        Unanswered questions score 0, as in the real exam. Recorded answers count once
        rated. Level and readiness come from an EAP estimate over the scored questions.
        """
        review: list[ReviewEntry] = []
        parts: dict[str, list[int]] = {}  # name -> [raw, max, pending]
        responses: list[tuple[float, float, bool]] = []
        by_theme: Counter[str] = Counter()
        by_text_type: Counter[str] = Counter()
        unanswered = 0
        for number, key in enumerate(self.form.questions, 1):
            question = self.questions[key]
            item = question.item
            answered = key in self._answers
            value = self._answers.get(key)
            if item.is_recorded:
                correct = self._ratings.get(key) if answered else False
            else:
                correct = bool(score(item, value)) if answered else False
            part = self.form.part_of(key) or self.blueprint.skill.value
            tally = parts.setdefault(part, [0, 0, 0])
            tally[1] += 1
            if correct is None:
                tally[2] += 1
            else:
                tally[0] += int(correct)
                responses.append((question.difficulty, question.discrimination, correct))
            if not answered:
                unanswered += 1
            text_type = question.stimulus.type if question.stimulus else ""
            themes = item.themes or (question.stimulus.themes if question.stimulus else ())
            if correct is False:
                by_theme.update(themes)
                if text_type:
                    by_text_type[text_type] += 1
            review.append(
                ReviewEntry(
                    number=number,
                    key=key,
                    part=self.form.part_of(key),
                    question=item.question,
                    answer=value,
                    right_answer=key_text(item) or item.model_answer,
                    explanation=item.feedback,
                    correct=correct,
                    answered=answered,
                    themes=tuple(themes),
                    text_type=text_type,
                )
            )
        part_scores = tuple(PartScore(name, t[0], t[1], t[2]) for name, t in parts.items())
        raw = sum(p.raw for p in part_scores)
        max_raw = sum(p.max_raw for p in part_scores)
        pending = sum(p.pending for p in part_scores)
        rated = max_raw - pending
        share = raw / rated if rated else None
        theta = se = ready = None
        level = None
        if responses:
            estimate = estimate_ability(responses)
            theta, se = estimate.theta, estimate.standard_error
            level = level_for_theta(theta)
            ready = readiness(theta, se, self.blueprint.target)
        scale = self.blueprint.scale
        return ExamResult(
            blueprint=self.blueprint.id,
            target=self.blueprint.target,
            skill=self.blueprint.skill.value,
            parts=part_scores,
            raw=raw,
            max_raw=max_raw,
            answered=len(self._answers),
            pending_rating=pending,
            finish_reason=self._finish_reason or "",
            scale_score=estimated_scale_score(share, scale)
            if scale is not None and share is not None
            else None,
            scale_pass=scale.pass_score if scale is not None else None,
            pass_raw_hint=self.blueprint.pass_raw,
            theta=theta,
            standard_error=se,
            level=level,
            readiness=ready,
            review=tuple(review),
            advice=tuple(exam_advice(by_theme, by_text_type, unanswered, pending, share)),
        )

    # -- internals ---------------------------------------------------------------------
    def _check_number(self, number: int) -> None:
        if not 1 <= number <= self.count:
            raise ExamRuleError(f"there is no question {number} (1–{self.count})")

    def _require_running(self) -> None:
        self.tick()
        if self._phase != "running":
            raise ExamRuleError(f"the exam is not running (phase: {self._phase})")

    def _book_time(self) -> None:
        """Add the time since the current question was shown to that question."""
        if self._shown_at is None or self._phase != "running":
            return
        now = self.clock()
        key = self.form.questions[self._current - 1]
        self._seconds[key] = self._seconds.get(key, 0.0) + max(0.0, now - self._shown_at)
        self._shown_at = now

    def _changed(self) -> None:
        if self.on_change is None:
            return
        snapshot = self.snapshot()
        self._saved_at_elapsed = snapshot["elapsed"]
        self.on_change(snapshot)
