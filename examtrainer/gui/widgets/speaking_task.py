"""The one widget for a recorded speaking task, in practice and in exam mode.

It shows the phase of ``examtrainer.exam.speaking_task.SpeakingTask`` (what to do now, the
countdown and its bar, "Opname loopt" with the level meter, a message), offers "Begin nu" and
"Stop", drives the task from its own ``QTimer`` and carries out the task's actions on the
recorder and the beep. The screen around it shows the task itself and what comes after.

Signals: ``recorded(path)`` when an answer's recording is finished (also the part kept when
the microphone went away; ``notice`` then says so), ``failed(error)`` when recording did not
work (practice: the task is back at its preparation; exam: the learner goes on aloud),
``answered_aloud()`` when an answer without recording is over, ``phase_changed(str)``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from examtrainer.audio.devices import AudioError, RecordingInterrupted
from examtrainer.audio.tone import write_tone
from examtrainer.exam.speaking_task import Action, Phase, SpeakingTask
from examtrainer.gui.qt import (
    QCoreApplication,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from examtrainer.gui.screens.base import primary_button, set_style_property
from examtrainer.gui.widgets.audio import (
    AudioPanel,
    LevelMeter,
    SharedPlayer,
    audio_error_text,
    clock_text,
)

log = logging.getLogger(__name__)

translate = QCoreApplication.translate
TICK_MS = 100  # how often the countdown on screen is updated


class SpeakingTaskPanel(QWidget):
    """The timing side of a speaking task; see the module docstring."""

    recorded = Signal(object)
    failed = Signal(object)
    answered_aloud = Signal()
    phase_changed = Signal(str)

    def __init__(
        self,
        recorder_factory: Callable[[], Any],
        shared: SharedPlayer,
        beep_path: Path,
        *,
        exam: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.exam = exam
        self.task: SpeakingTask | None = None
        self.recording_path: Callable[[], Path] | None = None
        self.message = ""
        self.notice = ""  # the microphone went away: what the review says first
        self._recorder_factory = recorder_factory
        self._recorder: Any = None
        self._beep_path = beep_path
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.phase_title = QLabel()
        self.phase_title.setObjectName("subtitle")
        self.phase_title.setWordWrap(True)
        self.countdown_label = QLabel()
        self.countdown_label.setObjectName("countdown")
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.time_bar = QProgressBar()
        self.time_bar.setRange(0, 1000)
        self.time_bar.setTextVisible(False)
        self.recording_label = QLabel()
        self.recording_label.setObjectName("recording")
        self.meter_caption = QLabel()
        self.meter_caption.setObjectName("muted")
        self.meter = LevelMeter()
        self.phase_hint = QLabel()
        self.phase_hint.setWordWrap(True)
        self.phase_hint.setObjectName("muted")
        self.task_message = QLabel()
        self.task_message.setWordWrap(True)
        set_style_property(self.task_message, "feedback", "bad")
        self.skip_button = QPushButton()
        self.skip_button.setObjectName("skip_task")
        buttons = QHBoxLayout()
        self.start_now_button = QPushButton()
        self.start_now_button.setObjectName("start_now")
        self.start_now_button.clicked.connect(self.start_now)
        self.done_button = primary_button()
        self.done_button.setObjectName("done")
        self.done_button.clicked.connect(self.stop_answer)
        buttons.addWidget(self.start_now_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        for widget in (
            self.phase_title,
            self.countdown_label,
            self.time_bar,
            self.recording_label,
            self.meter_caption,
            self.meter,
            self.phase_hint,
            self.task_message,
            self.skip_button,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.beep = AudioPanel(shared)  # never shown: plays the beep before speaking
        self.beep.hide()
        self.beep_player = shared
        self.refresh()

    # -- the task ------------------------------------------------------------------------
    @property
    def phase(self) -> str:
        return self.task.phase.value if self.task is not None else Phase.IDLE.value

    @property
    def aloud(self) -> bool:
        return self.task is not None and self.task.aloud

    @property
    def recorder(self) -> Any:
        """The recorder, made on first use (a screen without speaking tasks never opens one)."""
        if self._recorder is None:
            self._recorder = self._recorder_factory()
            self._recorder.on_level = self.meter.set_level
            self._recorder.on_error = self._recorder_failed
        return self._recorder

    def start(
        self,
        task: SpeakingTask,
        has_prompt: bool,
        recording_path: Callable[[], Path] | None,
    ) -> None:
        """Begin ``task``; while ``has_prompt`` the screen plays it, then calls
        :meth:`prompt_finished`. ``recording_path`` says where to record (None: aloud)."""
        self.cancel()
        self.task = task
        self.recording_path = recording_path
        if recording_path is None:
            task.go_aloud()
        self.message = ""
        self.notice = ""
        self._run(lambda: task.begin(has_prompt))

    def show_done(self, message: str) -> None:
        """Show a task that was answered before (exam: back at an answered question)."""
        self.cancel()
        self.task = None
        self.message = message
        self.refresh()
        self.phase_title.setText(translate("speaking_task", "Klaar."))

    def prompt_finished(self) -> None:
        if self.task is not None:
            self._run(self.task.prompt_finished)

    def start_now(self) -> None:
        """ "Begin nu" (or the preparation time is up): beep, record, count down."""
        if self.task is not None:
            self.message = ""
            self._run(self.task.start_answer)

    def stop_answer(self) -> None:
        """ "Stop"/"Klaar" (or the answer time is up)."""
        if self.task is not None:
            self._run(self.task.finish_answer)

    def tick(self) -> None:
        """Called by the timer: show the time left, move on when it is up."""
        if self.task is not None:
            self._run(self.task.tick)

    def saved(self) -> None:
        """The screen stored the recording (or gave up on it): the review may be shown."""
        if self.task is not None:
            self._run(self.task.saved)

    def cancel(self) -> None:
        """Leave the task: stop the timer; a recording cut off halfway is thrown away."""
        self.timer.stop()
        if self.task is not None:
            self.task.cancel()
        if self._recorder is not None and self._recorder.is_recording:
            with suppress(AudioError, RuntimeError, OSError):
                self._recorder.stop().unlink(missing_ok=True)
        self.refresh()

    def release(self) -> None:
        """Let go of the recorder's callbacks (the screen is closed)."""
        self.cancel()
        if self._recorder is not None:
            self._recorder.on_level = None
            self._recorder.on_error = None

    # -- carrying out the task's actions -------------------------------------------------
    def _run(self, step: Callable[[], list[Action]]) -> None:
        """Take one step of the task and carry out the actions it returns."""
        before = self.phase
        for action in step():
            if action is Action.BEEP:
                self._beep()
            elif action is Action.START_RECORDING:
                self._start_recording()
            elif action is Action.STOP_RECORDING:
                self._stop_recording()
        task = self.task
        if task is not None and task.timing:
            self.timer.start()
        else:
            self.timer.stop()
        over = task is not None and task.phase in (Phase.REVIEW, Phase.DONE)
        if over and before == Phase.ANSWER.value and self.aloud:
            self.answered_aloud.emit()
        self.refresh()
        if self.phase != before:
            self.phase_changed.emit(self.phase)

    def _beep(self) -> None:
        if not self._beep_path.is_file():
            write_tone(self._beep_path, seconds=0.35, frequency=880.0)
        self.beep.set_source(self._beep_path)
        self.beep.play_from_start()

    def _start_recording(self) -> None:
        assert self.task is not None and self.recording_path is not None
        try:
            self.recorder.start(self.recording_path())
        except (AudioError, OSError) as error:
            log.warning("recording did not start: %r", error)
            self._failed(error)

    def _stop_recording(self) -> None:
        try:
            path = self.recorder.stop()
        except RecordingInterrupted as error:
            self._interrupted(error)
            return
        except (AudioError, OSError) as error:
            self._failed(error)
            return
        self.recorded.emit(path)

    def _recorder_failed(self, error: AudioError) -> None:
        """The recorder reports a failure while recording."""
        if self.task is None or not self.task.recording:
            return
        with suppress(AudioError, RuntimeError):
            self._recorder.stop()  # raises the failure again
        if isinstance(error, RecordingInterrupted):
            self.task.finish_answer()
            self._interrupted(error)
        else:
            self._failed(error)
        self.refresh()

    def _interrupted(self, error: RecordingInterrupted) -> None:
        log.warning("recording interrupted: %r", error)
        if error.path is None:
            self._failed(error)
            return
        self.notice = audio_error_text(error)
        if self.exam:
            self.message = self.notice
        self.recorded.emit(error.path)

    def _failed(self, error: BaseException) -> None:
        """Practice: back to the preparation, try again or go on without recording.
        Exam: go on aloud for the time that is left."""
        assert self.task is not None
        self.task.recording_failed(retry=not self.exam)
        text = audio_error_text(error)
        if not self.exam:
            text += "\n" + translate(
                "speaking_task", "Probeer het nog een keer, of ga verder zonder opname."
            )
        self.message = text
        self.failed.emit(error)
        if self.task.timing:
            self.timer.start()
        self.refresh()

    # -- words ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the current phase, countdown and message (also after a language switch)."""
        task = self.task
        countdown = task.countdown if task is not None else None
        timing = task is not None and task.timing
        self.countdown_label.setVisible(timing)
        self.time_bar.setVisible(timing)
        if countdown is not None:
            self.countdown_label.setText(clock_text(countdown.shown_seconds))
            self.time_bar.setValue(round(1000 * countdown.fraction_left))
        recording = task is not None and task.recording
        for widget in (self.recording_label, self.meter_caption, self.meter):
            widget.setVisible(recording)
        if not recording:
            self.meter.set_level(-96.0)
        phase = self.phase
        self.start_now_button.setVisible(phase in ("prompt", "prep"))
        self.done_button.setVisible(phase == "answer")
        self.skip_button.setVisible(bool(self.message) and phase == "prep" and not self.exam)
        self.task_message.setText(self.message)
        self.task_message.setVisible(bool(self.message))
        title, hint = self._words(phase)
        self.phase_title.setText(title)
        self.phase_hint.setText(hint)
        self.phase_hint.setVisible(bool(hint))
        self.recording_label.setText(translate("speaking_task", "● Opname loopt"))
        self.meter_caption.setText(translate("speaking_task", "Zo hard hoort de microfoon u:"))
        self.start_now_button.setText(
            translate("speaking_task", "Ik ben klaar. Begin nu.")
            if phase == "prep"
            else translate("speaking_task", "Begin nu")
        )
        self.done_button.setText(
            translate("speaking_task", "Klaar")
            if self.aloud
            else translate("speaking_task", "Stop")
        )
        self.skip_button.setText(translate("speaking_task", "Verder zonder opname"))

    def _words(self, phase: str) -> tuple[str, str]:
        aloud = self.aloud
        if phase == "prompt":
            return (
                translate("speaking_task", "Luister naar de opdracht."),
                translate("speaking_task", "Daarna krijgt u even tijd om na te denken."),
            )
        if phase == "prep":
            return (
                translate("speaking_task", "Denk na over uw antwoord."),
                translate(
                    "speaking_task",
                    "Zeg uw antwoord hardop als de tijd om is. Er wordt niets opgenomen.",
                )
                if aloud
                else translate("speaking_task", "Na de piep begint de opname. Dan spreekt u."),
            )
        if phase == "answer":
            if aloud:
                return (
                    translate("speaking_task", "Zeg uw antwoord hardop."),
                    translate("speaking_task", "Er is geen microfoon. Er wordt niets opgenomen.")
                    if self.exam
                    else translate("speaking_task", "Klaar? Klik dan op 'Klaar'."),
                )
            return (
                translate("speaking_task", "Spreek nu."),
                translate(
                    "speaking_task", "Als de tijd om is, gaat u vanzelf naar de volgende opdracht."
                )
                if self.exam
                else translate(
                    "speaking_task",
                    "De opname stopt vanzelf als de tijd om is. Klaar? Klik op 'Stop'.",
                ),
            )
        if phase == "saving":
            return (translate("speaking_task", "Even geduld. We bewaren uw opname…"), "")
        if phase in ("review", "done"):
            return (translate("speaking_task", "Klaar."), "")
        return ("", "")
