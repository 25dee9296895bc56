"""The parts of the exam window: one area that shows any exam question (a reading text, a
listening fragment, a speaking task with its countdowns, a choose-the-reaction situation) and
the bar of question numbers along the bottom. No hints, no feedback: the exam window decides
what an answer means."""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from examtrainer.bank.options import stable_rng
from examtrainer.exam.countdown import PlayAllowance
from examtrainer.exam.speaking_task import SpeakingTask
from examtrainer.gui.context import AppContext
from examtrainer.gui.qt import (
    QCoreApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    Qt,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
    Signal,
)
from examtrainer.gui.screens.base import card, set_style_property
from examtrainer.gui.screens.listening import load_picture
from examtrainer.gui.screens.reading import QuestionPanel, fixed_columns, stimulus_html
from examtrainer.gui.style import FOCUS
from examtrainer.gui.widgets.audio import AudioPanel, SharedPlayer
from examtrainer.gui.widgets.speaking_task import SpeakingTaskPanel

log = logging.getLogger(__name__)

translate = QCoreApplication.translate
NUMBERS_PER_ROW = 25

EXAM_STYLE = """
QWidget#exam_window { background: #f6f7f4; }
QTextBrowser#stimulus { background: #ffffff; }
QPushButton[overview="true"] { min-width: 34px; max-width: 44px; padding: 6px 2px;
    border-radius: 6px; background: #ffffff; font-weight: 600; }
QPushButton[overview="true"][answered="true"] { background: #cfe6d6; border: 1px solid #5f9c72; }
QPushButton[overview="true"][current="true"] { border: 3px solid #1d3b4f; }
QPushButton[overview="true"]:disabled { color: #1f2a33; }
QFrame#exam_warning { background: #fff4e0; border: 1px solid #f0c987; border-radius: 10px; }
QLabel#exam_timer { font-size: 20px; font-weight: 600; color: #1d3b4f; }
QPushButton[overview="true"]:focus { border: 3px solid FOCUS; }
""".replace("FOCUS", FOCUS)


class OverviewBar(QWidget):
    """Numbered buttons, one per question: green when answered, the current one outlined.

    ``chosen(number)`` when the learner clicks a number (only while ``clickable``)."""

    chosen = Signal(int)

    def __init__(self, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(5)
        self.buttons: list[QPushButton] = []
        for index in range(count):
            number = index + 1
            button = QPushButton(str(number))
            button.setObjectName(f"overview_{number}")
            button.setProperty("overview", True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, n=number: self.chosen.emit(n))
            grid.addWidget(button, index // NUMBERS_PER_ROW, index % NUMBERS_PER_ROW)
            self.buttons.append(button)
        grid.setColumnStretch(min(count, NUMBERS_PER_ROW), 1)

    def update_entries(self, entries: Sequence[Any], clickable: bool) -> None:
        """``entries`` are the session's ``OverviewEntry`` objects."""
        for entry, button in zip(entries, self.buttons, strict=False):
            set_style_property(button, "answered", bool(entry.answered))
            set_style_property(button, "current", bool(entry.current))
            button.setEnabled(clickable)
            button.setToolTip(
                translate("exam", "Vraag {n}: beantwoord").format(n=entry.number)
                if entry.answered
                else translate("exam", "Vraag {n}: nog open").format(n=entry.number)
            )


class QuestionArea(QWidget):
    """Shows one exam question; the exam window tells it what to show and listens.

    Signals: ``answered(option)`` when an option is clicked, ``recorded(path or None)`` when
    a speaking task's answer time ended (None: nothing could be recorded), ``play_started(key)``
    when a fragment starts from the beginning, ``busy_changed(bool)`` while a speaking task
    runs (the window then waits with navigation).
    """

    answered = Signal(object)
    recorded = Signal(object)
    play_started = Signal(str)
    busy_changed = Signal(bool)

    def __init__(self, ctx: AppContext, shared: SharedPlayer, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.shared = shared
        self.question: Any = None
        self.fragment_key: str | None = None
        # Options are shuffled once per exam window: going back to a question shows the
        # same order (seeded by this and the question's key), another exam a new one.
        self.order_seed = random.SystemRandom().randrange(2**31)
        self.recording_path: Callable[[], Path] | None = None
        self.last_recording: Path | None = None  # of the current speaking task

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(self.splitter)
        self.left = QStackedWidget()
        self.text = QTextBrowser()
        self.text.setObjectName("stimulus")
        self.text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # Dutch content
        self.left.addWidget(self.text)
        media, media_layout = card()
        self.fragment_title = QLabel()
        self.fragment_title.setObjectName("subtitle")
        self.fragment_title.setWordWrap(True)
        self.task_text = QLabel()
        self.task_text.setObjectName("subtitle")
        self.task_text.setWordWrap(True)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.hide()
        self.audio = AudioPanel(shared, big=True)
        self.audio.started.connect(self._play_started)
        self.audio.finished.connect(self._prompt_done)
        self.audio.failed.connect(lambda _error: self._prompt_done())
        for widget in (self.fragment_title, self.task_text, self.picture, self.audio):
            media_layout.addWidget(widget)
        self.media = QWidget()  # the card is as tall as its content, not as the window
        media_holder = QVBoxLayout(self.media)
        media_holder.setContentsMargins(0, 0, 0, 0)
        media_holder.addWidget(media)
        media_holder.addStretch(1)
        self.left.addWidget(self.media)
        self.splitter.addWidget(self.left)

        self.right = QStackedWidget()
        choice = QWidget()
        choice_layout = QVBoxLayout(choice)
        choice_layout.setContentsMargins(18, 0, 0, 0)
        self.panel = QuestionPanel()
        self.panel.group.idClicked.connect(self._option_clicked)
        choice_layout.addWidget(self.panel)
        choice_layout.addStretch(1)
        self.choice = choice
        self.right.addWidget(choice)
        self._build_timing()
        self.splitter.addWidget(self.right)
        fixed_columns(self.splitter, 3, 2)

    def _build_timing(self) -> None:
        timing, layout = card()
        self.timing = timing
        self.task_counter = QLabel()
        self.task_counter.setObjectName("muted")
        layout.addWidget(self.task_counter)
        self.speaking = SpeakingTaskPanel(
            self.ctx.make_recorder,
            self.shared,
            self.ctx.paths.data / "exam" / "beep.wav",
            exam=True,
        )
        self.speaking.recorded.connect(self._recorded)
        self.speaking.phase_changed.connect(self._phase_changed)
        layout.addWidget(self.speaking)
        panel = self.speaking
        self.countdown_label, self.time_bar = panel.countdown_label, panel.time_bar
        self.recording_label, self.meter = panel.recording_label, panel.meter
        self.meter_caption = panel.meter_caption
        self.start_now_button, self.done_button = panel.start_now_button, panel.done_button
        self.task_message = panel.task_message
        self.phase_title, self.phase_hint = panel.phase_title, panel.phase_hint
        holder = QWidget()
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(18, 0, 0, 0)
        holder_layout.addWidget(timing)
        holder_layout.addStretch(1)
        self.right.addWidget(holder)
        self.timing_holder = holder

    # -- showing -------------------------------------------------------------------------
    def _media(self, name: str | None) -> Path | None:
        return Path(self.question.media_root) / name if name else None

    def show_question(
        self,
        question: Any,
        label: str,
        answer: Any = None,
        allowance: PlayAllowance | None = None,
        recording_path: Callable[[], Path] | None = None,
    ) -> None:
        """Show ``question`` with the learner's earlier ``answer`` (None: none yet).

        ``allowance`` counts the plays of its fragment; ``recording_path`` says where a
        speaking answer is recorded."""
        self.stop_task()
        self.question = question
        self.recording_path = recording_path
        item, stimulus = question.item, question.stimulus
        if item.is_recorded:
            self._show_task(label, answer)
            return
        audio = (stimulus.audio if stimulus is not None else None) or item.prompt_audio
        if audio:
            key = stimulus.id if stimulus is not None else item.id
            if key != self.fragment_key:
                self.fragment_key = key
                self.audio.set_source(self._media(audio), allowance or PlayAllowance(None))
                image = (stimulus.image if stimulus is not None else None) or item.image
                load_picture(self.picture, self._media(image))
            self.fragment_title.setText(stimulus.title if stimulus is not None else "")
            self.fragment_title.setVisible(bool(self.fragment_title.text()))
            self.task_text.hide()
            self.audio.caption.hide()
            self.left.setCurrentWidget(self.media)
            self.left.show()
        else:
            self._forget_fragment()
            if stimulus is not None and stimulus.text:
                self.text.setHtml(stimulus_html(stimulus.title, stimulus.text))
                self.left.setCurrentWidget(self.text)
                self.left.show()
            else:
                self.left.hide()
        self.panel.show_item(item, stable_rng(self.order_seed, question.key))
        self.panel.counter.setText(label)
        if isinstance(answer, str) and answer in self.panel.shown:
            self.panel.button_for(answer).setChecked(True)
        self.right.setCurrentWidget(self.choice)

    def show_answer(self, answer: Any) -> None:
        """Show ``answer`` as the chosen option, or none chosen (e.g. after a failed save:
        the screen shows only what is stored)."""
        panel = self.panel
        panel.group.setExclusive(False)
        for button in panel.buttons:
            button.setChecked(False)
        if isinstance(answer, str) and answer in panel.shown:
            panel.button_for(answer).setChecked(True)
        panel.group.setExclusive(True)

    def _forget_fragment(self) -> None:
        if self.fragment_key is not None:
            self.fragment_key = None
            self.shared.stop()

    def _option_clicked(self, index: int) -> None:
        item = self.panel.item
        if item is not None and 0 <= index < len(self.panel.shown):
            self.answered.emit(self.panel.shown[index])

    def _play_started(self) -> None:
        if self.question is not None and not self.question.item.is_recorded:
            self.play_started.emit(self.fragment_key or "")

    # -- speaking tasks ------------------------------------------------------------------
    def _show_task(self, label: str, answer: Any) -> None:
        item = self.question.item
        self._forget_fragment()
        self.fragment_key = None
        self.fragment_title.hide()
        self.task_text.setText(item.question)
        self.task_text.show()
        load_picture(self.picture, self._media(item.image))
        self.audio.set_source(self._media(item.prompt_audio), PlayAllowance(1))
        self.audio.caption.setText(translate("exam", "De opdracht:"))
        self.audio.caption.show()
        self.task_counter.setText(label)
        self.left.setCurrentWidget(self.media)
        self.left.show()
        self.right.setCurrentWidget(self.timing_holder)
        if answer is not None:
            self.speaking.show_done(translate("exam", "U heeft deze opdracht al ingesproken."))
            return
        aloud = not self.ctx.audio_status().has_input or self.recording_path is None
        task = SpeakingTask(
            item.prep_seconds, item.answer_seconds, clock=self.ctx.clock, review=False
        )
        self.last_recording = None
        has_prompt = self.audio.path is not None
        self.speaking.start(task, has_prompt, None if aloud else self.recording_path)
        self.busy_changed.emit(True)
        if has_prompt and not self.audio.play_from_start():
            self.speaking.prompt_finished()

    @property
    def phase(self) -> str:
        """The speaking task's phase: idle, prompt, prep, answer, saving, done."""
        return self.speaking.phase

    @property
    def aloud(self) -> bool:
        return self.speaking.aloud

    def _prompt_done(self) -> None:
        if self.phase == "prompt":
            self.speaking.prompt_finished()

    def begin_answer(self) -> None:
        """The preparation time is over: a beep, then recording and the answer countdown."""
        self.speaking.start_now()

    def tick(self) -> None:
        """What the panel's timer does every 100 ms: show the countdown, move on at its end."""
        self.speaking.tick()

    def finish_answer(self) -> None:
        """The answer time is over (or the learner clicked Stop): hand in the recording."""
        self.speaking.stop_answer()

    def _recorded(self, path: Path) -> None:
        self.last_recording = path  # the exam window stores it; the task is done
        self.speaking.saved()

    def _phase_changed(self, phase: str) -> None:
        if phase == "done":
            self.busy_changed.emit(False)
            self.recorded.emit(self.last_recording)

    def stop_task(self) -> None:
        """Stop countdowns, sound and a recording (a half recording is thrown away)."""
        was_busy = self.phase in ("prompt", "prep", "answer", "saving")
        self.speaking.cancel()
        if self.question is not None and self.question.item.is_recorded:
            self.shared.stop()
        if was_busy:
            self.busy_changed.emit(False)

    def release(self) -> None:
        """Leave the exam: stop everything and let go of the devices' callbacks."""
        self.stop_task()
        self.shared.stop()
        self.speaking.release()

    def retranslate(self) -> None:
        self.speaking.refresh()
        self.audio.retranslate()
