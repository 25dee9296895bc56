"""The speaking task's phases, driven by a fake clock."""

from __future__ import annotations

from examtrainer.exam.speaking_task import (
    DEFAULT_ANSWER_SECONDS,
    DEFAULT_PREP_SECONDS,
    Action,
    Phase,
    SpeakingTask,
)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_practice_goes_prompt_prep_beep_answer_saving_review() -> None:
    clock = Clock()
    task = SpeakingTask(5, 20, clock=clock)
    assert task.begin(has_prompt=True) == []
    assert task.phase is Phase.PROMPT and not task.timing
    assert task.prompt_finished() == []
    assert task.phase is Phase.PREP and task.countdown is not None
    clock.now += 4.9
    assert task.tick() == []
    assert task.countdown.shown_seconds == 1
    clock.now += 0.1
    assert task.tick() == [Action.BEEP, Action.START_RECORDING]
    assert task.phase is Phase.ANSWER and task.recording
    assert task.countdown.shown_seconds == 20
    clock.now += 20
    assert task.tick() == [Action.STOP_RECORDING]
    assert task.phase is Phase.SAVING
    assert task.tick() == [], "an expired countdown moves on only once"
    task.saved()
    assert task.phase is Phase.REVIEW


def test_exam_ends_in_done_and_a_task_without_prompt_prepares_at_once() -> None:
    clock = Clock()
    task = SpeakingTask(None, None, clock=clock, review=False)
    assert task.prep_seconds == DEFAULT_PREP_SECONDS
    assert task.answer_seconds == DEFAULT_ANSWER_SECONDS
    task.begin(has_prompt=False)
    assert task.phase is Phase.PREP
    assert task.start_answer() == [Action.BEEP, Action.START_RECORDING]
    assert task.start_answer() == [], "a second click does nothing"
    assert task.finish_answer() == [Action.STOP_RECORDING]
    task.saved()
    assert task.phase is Phase.DONE


def test_zero_preparation_is_kept_and_aloud_records_nothing() -> None:
    clock = Clock()
    task = SpeakingTask(0, 10, clock=clock, aloud=True)
    task.begin(has_prompt=False)
    assert task.tick() == [], "aloud: no beep, no recording"
    assert task.phase is Phase.ANSWER and not task.recording
    clock.now += 10
    assert task.tick() == []
    assert task.phase is Phase.REVIEW


def test_a_failed_recording_goes_back_to_the_preparation_or_on_aloud() -> None:
    clock = Clock()
    task = SpeakingTask(5, 20, clock=clock)
    task.begin(has_prompt=False)
    task.start_answer()
    task.recording_failed(retry=True)
    assert task.phase is Phase.PREP and task.countdown.shown_seconds == 5
    assert task.start_answer() == [Action.BEEP, Action.START_RECORDING]
    assert task.attempts == 2
    task.recording_failed(retry=False)
    assert task.phase is Phase.ANSWER and task.aloud and not task.recording
    assert task.finish_answer() == []
    assert task.phase is Phase.REVIEW


def test_cancel_stops_a_running_recording_only() -> None:
    task = SpeakingTask(5, 20, clock=Clock())
    task.begin(has_prompt=False)
    assert task.cancel() == []
    task.begin(has_prompt=False)
    task.start_answer()
    assert task.cancel() == [Action.STOP_RECORDING]
    assert task.phase is Phase.IDLE and task.countdown is None
