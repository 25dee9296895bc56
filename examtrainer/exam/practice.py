"""A practice session as a plain state machine: show a question, take an answer, give feedback.

The session knows nothing of storage or selection: it asks ``next_block`` for the next
testlet (a text with its questions) and announces every answer through ``on_answer``, which
the service uses to commit it and update the learner's ability before the learner moves on.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from examtrainer.bank.model import Item, Stimulus
from examtrainer.exam.scoring import credit, key_text, score

Clock = Callable[[], float]
"""Returns seconds from an arbitrary origin (monotonic); injected so tests never sleep."""


@dataclass(frozen=True)
class Question:
    """One question as a screen shows it. ``item_id`` is the database id of the item."""

    item_id: int
    item: Item
    stimulus: Stimulus | None
    media_root: str = ""
    position: int = 1  # number of this question within its text (testlet), from 1
    of: int = 1  # questions of that text in this session


@dataclass(frozen=True)
class Answered:
    question: Question
    answer: Any
    correct: bool | None
    seconds: float
    credit: float | None = None  # share of the points, 0–1 (partial credit); None: rated later


@dataclass(frozen=True)
class Feedback:
    correct: bool | None  # None: rated later (speaking)
    right_answer: str
    explanation: str
    credit: float | None = None  # 0 < credit < 1: partly right, as the item's source defines

    @property
    def partial(self) -> bool:
        return self.credit is not None and 0 < self.credit < 1


@dataclass(frozen=True)
class Summary:
    answered: int
    correct: int
    seconds: float
    weak_themes: tuple[str, ...]

    @property
    def share_correct(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


@dataclass
class PracticeSession:
    """Practice with immediate feedback; ends when ``next_block`` has nothing more.

    ``next_block`` returns the next question(s) to show, or nothing to end the session (the
    service decides when time is up, never in the middle of a text)."""

    next_block: Callable[[], Sequence[Question]]
    on_answer: Callable[[Answered], None]
    clock: Clock = time.monotonic
    _queue: list[Question] = field(default_factory=list)
    _current: Question | None = None
    _shown_at: float = 0.0
    _started_at: float = 0.0
    _answered: list[Answered] = field(default_factory=list)
    _feedback: Feedback | None = None
    _done: bool = False

    def start(self) -> Question | None:
        self._started_at = self.clock()
        return self._advance()

    @property
    def current(self) -> Question | None:
        return self._current

    @property
    def finished(self) -> bool:
        return self._done

    @property
    def answered(self) -> list[Answered]:
        return list(self._answered)

    def answer(self, value: Any) -> Feedback:
        """Score and announce the answer to the current question; returns the feedback."""
        if self._current is None or self._feedback is not None:
            raise RuntimeError("there is no open question to answer")
        question = self._current
        correct = score(question.item, value)
        share = credit(question.item, value)
        seconds = max(0.0, self.clock() - self._shown_at)
        answered = Answered(question, value, correct, seconds, share)
        self.on_answer(answered)  # committed before the learner sees the result
        self._answered.append(answered)
        self._feedback = Feedback(correct, key_text(question.item), question.item.feedback, share)
        return self._feedback

    def next(self) -> Question | None:
        """Move on after feedback; None when the session is over."""
        if self._current is not None and self._feedback is None:
            raise RuntimeError("answer the question first")
        return self._advance()

    def stop(self) -> None:
        self._done = True
        self._current = None
        self._queue.clear()

    def _advance(self) -> Question | None:
        self._feedback = None
        if not self._queue:
            self._queue = list(self.next_block())
            if not self._queue:
                self.stop()
                return None
        self._current = self._queue.pop(0)
        self._shown_at = self.clock()
        return self._current

    def summary(self) -> Summary:
        wrong = Counter(
            theme for a in self._answered if a.correct is False for theme in a.question.item.themes
        )
        return Summary(
            answered=len(self._answered),
            correct=sum(1 for a in self._answered if a.correct),
            seconds=sum(a.seconds for a in self._answered),
            weak_themes=tuple(theme for theme, _ in wrong.most_common(3)),
        )
