"""One recorded speaking task, as a state machine: the same in practice and in exam mode.

    PROMPT (hear or read the task) -> PREP (preparation countdown) -> ANSWER (beep, recording,
    answer countdown) -> SAVING (the recording is stored and analysed) -> REVIEW (practice:
    own answer, model answer, remarks) or DONE (exam: the window goes on)

Plain state driven by an injected clock, like ``Countdown``: the GUI calls :meth:`tick` from a
timer a few times per second and carries out the ``Action`` values the methods return (play
the beep, start or stop the recorder); tests move a fake clock instead of sleeping. Without a
microphone (``aloud``) the learner answers aloud: the same phases, no recording actions.
"""

from __future__ import annotations

import time
from enum import Enum
from typing import Final

from examtrainer.exam.countdown import Countdown
from examtrainer.exam.practice import Clock

DEFAULT_PREP_SECONDS: Final = 10
"""Preparation time of a task whose item gives none."""
DEFAULT_ANSWER_SECONDS: Final = 30
"""Answer time of a task whose item gives none."""


class Phase(Enum):
    IDLE = "idle"
    PROMPT = "prompt"
    PREP = "prep"
    ANSWER = "answer"
    SAVING = "saving"
    REVIEW = "review"
    DONE = "done"


class Action(Enum):
    """What the GUI must do when the task moves on."""

    BEEP = "beep"
    START_RECORDING = "start_recording"
    STOP_RECORDING = "stop_recording"


class SpeakingTask:
    """The phases of one task. ``review=True`` (practice) ends in REVIEW, else in DONE.

    Every method returns the actions to carry out, in order, and does nothing (returns no
    actions) in a phase where it does not apply, so a double click or a late timer is harmless.
    """

    def __init__(
        self,
        prep_seconds: float | None,
        answer_seconds: float | None,
        *,
        clock: Clock = time.monotonic,
        aloud: bool = False,
        review: bool = True,
        beep: bool = True,
    ) -> None:
        self.prep_seconds = float(DEFAULT_PREP_SECONDS if prep_seconds is None else prep_seconds)
        self.answer_seconds = float(answer_seconds or DEFAULT_ANSWER_SECONDS)
        self.clock = clock
        self.aloud = aloud
        self.review = review
        self.beep = beep
        self.phase = Phase.IDLE
        self.countdown: Countdown | None = None
        self.attempts = 0  # how often recording was started

    @property
    def timing(self) -> bool:
        """True while a countdown is shown (preparation or answer)."""
        return self.phase in (Phase.PREP, Phase.ANSWER) and self.countdown is not None

    @property
    def recording(self) -> bool:
        """True while the learner's answer is being recorded."""
        return self.phase is Phase.ANSWER and not self.aloud

    def begin(self, has_prompt: bool) -> list[Action]:
        """Show the task: PROMPT while its audio plays, else straight to the preparation."""
        self.phase = Phase.PROMPT
        self.countdown = None
        return [] if has_prompt else self.prompt_finished()

    def prompt_finished(self) -> list[Action]:
        """The task was heard (or could not be played): the preparation starts."""
        if self.phase is not Phase.PROMPT:
            return []
        return self._prepare()

    def _prepare(self) -> list[Action]:
        self.phase = Phase.PREP
        self.countdown = Countdown(self.prep_seconds, self.clock)
        self.countdown.start()
        return []

    def start_answer(self) -> list[Action]:
        """The preparation is over (time up, or "Begin nu"): beep, record, count down."""
        if self.phase not in (Phase.PROMPT, Phase.PREP):
            return []
        self.phase = Phase.ANSWER
        self.countdown = Countdown(self.answer_seconds, self.clock)
        self.countdown.start()
        actions = [Action.BEEP] if self.beep and not self.aloud else []
        if not self.aloud:
            self.attempts += 1
            actions.append(Action.START_RECORDING)
        return actions

    def tick(self) -> list[Action]:
        """Called by the GUI's timer: move on when the running countdown has expired."""
        if self.countdown is None or not self.countdown.poll():
            return []
        if self.phase is Phase.PREP:
            return self.start_answer()
        if self.phase is Phase.ANSWER:
            return self.finish_answer()
        return []

    def finish_answer(self) -> list[Action]:
        """The answer is over (time up, or "Stop"): stop recording, then save."""
        if self.phase is not Phase.ANSWER:
            return []
        if self.countdown is not None:
            self.countdown.stop()
        if self.aloud:
            self.phase = Phase.REVIEW if self.review else Phase.DONE
            return []
        self.phase = Phase.SAVING
        return [Action.STOP_RECORDING]

    def saved(self) -> list[Action]:
        """The recording is stored (or, after a failed save, given up on)."""
        if self.phase is Phase.SAVING:
            self.phase = Phase.REVIEW if self.review else Phase.DONE
        return []

    def recording_failed(self, retry: bool = True) -> list[Action]:
        """Recording failed. ``retry``: back to the preparation, so the learner may try again
        (or go on without recording); else go on aloud with the answer time that is left."""
        if self.phase not in (Phase.ANSWER, Phase.SAVING):
            return []
        if retry:
            return self._prepare()
        self.aloud = True
        if self.phase is Phase.SAVING:
            self.phase = Phase.REVIEW if self.review else Phase.DONE
        return []

    def go_aloud(self) -> list[Action]:
        """From now on, answer aloud (no microphone, or the learner chose to)."""
        self.aloud = True
        return []

    def cancel(self) -> list[Action]:
        """Leave the task (stop, another question): a running recording is stopped."""
        recording = self.recording
        self.phase = Phase.IDLE
        if self.countdown is not None:
            self.countdown.stop()
        self.countdown = None
        return [Action.STOP_RECORDING] if recording else []

    def finished(self) -> None:
        """The task was answered before (exam: back to an answered question)."""
        self.phase = Phase.DONE
        self.countdown = None
