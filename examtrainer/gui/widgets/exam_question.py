"""The parts of the exam window: one area that shows any exam question (a reading text, a
listening fragment, a speaking task with its countdowns, a choose-the-reaction situation) and
the bar of question numbers along the bottom. No hints, no feedback: the exam window decides
what an answer means."""

from __future__ import annotations

import logging
import random
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path
from typing import Any

from examtrainer.audio.devices import AudioError, NoInputDevice
from examtrainer.audio.tone import write_tone
from examtrainer.bank.options import stable_rng
from examtrainer.exam.countdown import Countdown, PlayAllowance
from examtrainer.gui.context import AppContext
from examtrainer.gui.qt import (
    QCoreApplication,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    Qt,
    QTextBrowser,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from examtrainer.gui.screens.base import card, primary_button, set_style_property
from examtrainer.gui.screens.listening import load_picture
from examtrainer.gui.screens.reading import QuestionPanel, stimulus_html
from examtrainer.gui.widgets.audio import (
    AudioPanel,
    LevelMeter,
    SharedPlayer,
    audio_error_text,
    clock_text,
)

log = logging.getLogger(__name__)

translate = QCoreApplication.translate
DEFAULT_PREP_SECONDS = 10
DEFAULT_ANSWER_SECONDS = 30
TICK_MS = 100
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
"""


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
        self.recorder: Any = None
        self.question: Any = None
        self.fragment_key: str | None = None
        # Options are shuffled once per exam window: going back to a question shows the
        # same order (seeded by this and the question's key), another exam a new one.
        self.order_seed = random.SystemRandom().randrange(2**31)
        self.phase = "idle"  # speaking task: prompt, prep, answer, done
        self.aloud = False  # no microphone for this task: answer aloud, nothing is recorded
        self.countdown: Countdown | None = None
        self.recording_path: Callable[[], Path] | None = None
        self.message = ""
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(self.splitter)
        self.left = QStackedWidget()
        self.text = QTextBrowser()
        self.text.setObjectName("stimulus")
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
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.beep = AudioPanel(shared)  # never shown: plays the beep before speaking
        self.beep.hide()

    def _build_timing(self) -> None:
        timing, layout = card()
        self.timing = timing
        self.task_counter = QLabel()
        self.task_counter.setObjectName("muted")
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
        buttons = QHBoxLayout()
        self.start_now_button = QPushButton()
        self.start_now_button.setObjectName("start_now")
        self.start_now_button.clicked.connect(self.begin_answer)
        self.done_button = primary_button()
        self.done_button.setObjectName("done")
        self.done_button.clicked.connect(self.finish_answer)
        buttons.addWidget(self.start_now_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        for widget in (
            self.task_counter,
            self.phase_title,
            self.countdown_label,
            self.time_bar,
            self.recording_label,
            self.meter_caption,
            self.meter,
            self.phase_hint,
            self.task_message,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)
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
        self.message = ""
        if answer is not None:
            self.phase = "done"
            self.message = translate("exam", "U heeft deze opdracht al ingesproken.")
            self._update_task()
            return
        self.phase = "prompt"
        self.busy_changed.emit(True)
        self._update_task()
        if not (self.audio.path is not None and self.audio.play_from_start()):
            self.begin_prep()

    def _prompt_done(self) -> None:
        if self.phase == "prompt":
            self.begin_prep()

    def begin_prep(self) -> None:
        item = self.question.item
        seconds = item.prep_seconds if item.prep_seconds is not None else DEFAULT_PREP_SECONDS
        self.phase = "prep"
        self.countdown = Countdown(seconds, self.ctx.clock)
        self.countdown.start()
        self.timer.start()
        self._update_task()

    def begin_answer(self) -> None:
        """The preparation time is over: a beep, then recording and the answer countdown."""
        if self.phase not in ("prompt", "prep"):
            return
        self.shared.stop()
        item = self.question.item
        self.aloud = not self.ctx.audio_status().has_input or self.recording_path is None
        if not self.aloud:
            self._beep()
            try:
                recorder = self._recorder()
                recorder.start(self.recording_path())  # type: ignore[misc]
            except NoInputDevice:
                self.aloud = True
            except (AudioError, OSError) as error:
                log.warning("exam recording failed: %r", error)
                self.aloud = True
                self.message = audio_error_text(error)
        self.phase = "answer"
        self.countdown = Countdown(item.answer_seconds or DEFAULT_ANSWER_SECONDS, self.ctx.clock)
        self.countdown.start()
        self.timer.start()
        self._update_task()

    def _beep(self) -> None:
        path = self.ctx.paths.data / "exam" / "beep.wav"
        if not path.is_file():
            write_tone(path, seconds=0.35, frequency=880.0)
        self.beep.set_source(path)
        self.beep.play_from_start()

    def _recorder(self) -> Any:
        if self.recorder is None:
            self.recorder = self.ctx.make_recorder()
        self.recorder.on_level = self.meter.set_level
        self.recorder.on_error = self._recorder_failed
        return self.recorder

    def tick(self) -> None:
        """Called every 100 ms while a countdown runs: show it, move on when it ends."""
        if self.countdown is None:
            return
        expired = self.countdown.poll()
        self._update_task()
        if expired and self.phase == "prep":
            self.begin_answer()
        elif expired and self.phase == "answer":
            self.finish_answer()

    def finish_answer(self) -> None:
        """The answer time is over (or the learner clicked Stop): hand in the recording."""
        if self.phase != "answer":
            return
        self.timer.stop()
        self.countdown = None
        path: Path | None = None
        if not self.aloud and self.recorder is not None and self.recorder.is_recording:
            try:
                path = self.recorder.stop()
            except AudioError as error:
                self.message = audio_error_text(error)
        self.phase = "done"
        self._update_task()
        self.busy_changed.emit(False)
        self.recorded.emit(path)

    def _recorder_failed(self, error: AudioError) -> None:
        if self.phase == "answer":
            self.message = audio_error_text(error)
            self.aloud = True
            self._update_task()

    def stop_task(self) -> None:
        """Stop countdowns, sound and a recording (a half recording is thrown away)."""
        was_busy = self.phase in ("prompt", "prep", "answer")
        self.timer.stop()
        self.countdown = None
        if self.recorder is not None and self.recorder.is_recording:
            with suppress(AudioError, RuntimeError, OSError):
                self.recorder.stop().unlink(missing_ok=True)
        if self.question is not None and self.question.item.is_recorded:
            self.shared.stop()
        self.phase = "idle"
        if was_busy:
            self.busy_changed.emit(False)

    def release(self) -> None:
        """Leave the exam: stop everything and let go of the devices' callbacks."""
        self.stop_task()
        self.shared.stop()
        if self.recorder is not None:
            self.recorder.on_level = None
            self.recorder.on_error = None

    def _update_task(self) -> None:
        countdown = self.countdown
        timing = self.phase in ("prep", "answer") and countdown is not None
        self.countdown_label.setVisible(timing)
        self.time_bar.setVisible(timing)
        if countdown is not None:
            self.countdown_label.setText(clock_text(countdown.shown_seconds))
            self.time_bar.setValue(round(1000 * countdown.fraction_left))
        recording = self.phase == "answer" and not self.aloud
        for widget in (self.recording_label, self.meter_caption, self.meter):
            widget.setVisible(recording)
        if not recording:
            self.meter.set_level(-96.0)
        self.start_now_button.setVisible(self.phase in ("prompt", "prep"))
        self.done_button.setVisible(self.phase == "answer")
        self.task_message.setText(self.message)
        self.task_message.setVisible(bool(self.message))
        titles = {
            "prompt": (
                translate("exam", "Luister naar de opdracht."),
                translate("exam", "Daarna krijgt u even tijd om na te denken."),
            ),
            "prep": (
                translate("exam", "Denk na over uw antwoord."),
                translate("exam", "Na de piep begint de opname. Dan spreekt u."),
            ),
            "answer": (
                translate("exam", "Spreek nu.")
                if not self.aloud
                else translate("exam", "Zeg uw antwoord hardop."),
                translate("exam", "Als de tijd om is, gaat u vanzelf naar de volgende opdracht.")
                if not self.aloud
                else translate("exam", "Er is geen microfoon. Er wordt niets opgenomen."),
            ),
            "done": (translate("exam", "Klaar."), ""),
        }
        title, hint = titles.get(self.phase, ("", ""))
        self.phase_title.setText(title)
        self.phase_hint.setText(hint)
        self.phase_hint.setVisible(bool(hint))
        self.recording_label.setText(translate("exam", "● Opname loopt"))
        self.meter_caption.setText(translate("exam", "Zo hard hoort de microfoon u:"))
        self.start_now_button.setText(translate("exam", "Ik ben klaar. Begin nu."))
        self.done_button.setText(translate("exam", "Stop"))

    def retranslate(self) -> None:
        self._update_task()
        self.audio.retranslate()
