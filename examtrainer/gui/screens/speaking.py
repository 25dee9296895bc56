"""Speaking practice. A recorded task goes: hear the task, prepare (countdown), speak while a
level meter and the answer time show, then hear yourself, hear and read a good answer, check
yourself against the rubric and read the remarks on the recording. Choose-the-reaction items
are answered by a click, like reading. Without a microphone the learner answers aloud and
then compares with the good answer: nothing is recorded."""

from __future__ import annotations

import logging
from contextlib import suppress
from pathlib import Path
from typing import Any

from examtrainer.audio.devices import AudioError, NoInputDevice, RecordingInterrupted
from examtrainer.exam.countdown import Countdown
from examtrainer.gui.context import AppContext
from examtrainer.gui.qt import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from examtrainer.gui.screens.base import (
    Screen,
    card,
    practice_header,
    primary_button,
)
from examtrainer.gui.screens.listening import load_picture
from examtrainer.gui.screens.reading import answer_column, answer_safely
from examtrainer.gui.widgets.audio import (
    AudioPanel,
    LevelMeter,
    ProblemPanel,
    SharedPlayer,
    audio_error_text,
    clock_text,
    remark_text,
)

log = logging.getLogger(__name__)

DEFAULT_PREP_SECONDS = 10
DEFAULT_ANSWER_SECONDS = 30
TICK_MS = 100  # how often the countdowns on screen are updated


class SpeakingScreen(Screen):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        skill: str = "speaking",
        placement: bool = False,
    ) -> None:
        super().__init__(ctx, parent)
        self.skill = "speaking"
        self.run: Any = None
        self.question: Any = None
        self.phase = "idle"  # prompt, prep, answer, saving, review, reaction
        self.aloud = False  # no microphone: answer aloud, nothing is recorded
        self.countdown: Countdown | None = None
        self.saved: Any = None
        self.rubric: list[QCheckBox] = []
        self.problem_text = ""
        self.notice = ""  # said above the remarks on the recording (the microphone went away)
        self.save_problem = ""  # code of the error that kept the recording from being saved
        self.shared = SharedPlayer(ctx.make_player())
        self.recorder = ctx.make_recorder()
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.listen(self.timer.timeout, self.tick)

        header = practice_header(self, self.stop)
        self.heading, self.stop_button, self.intro = (
            header.heading,
            header.stop_button,
            header.intro,
        )
        outer = header.layout
        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self._build_no_microphone_page()
        self._build_task_page()
        self._build_review_page()
        self._build_reaction_page()
        self.retranslate()
        self.check_devices()

    # -- building ------------------------------------------------------------------------
    def _build_no_microphone_page(self) -> None:
        self.no_microphone_page = QWidget()
        layout = QVBoxLayout(self.no_microphone_page)
        layout.setContentsMargins(80, 30, 80, 30)
        self.problem = ProblemPanel()
        self.aloud_button = self.problem.add_button("aloud", primary=True)
        self.listen(self.aloud_button.clicked, self.choose_aloud)
        self.retry_button = self.problem.add_button("retry")
        self.listen(self.retry_button.clicked, self.check_devices)
        self.home_button = self.problem.add_button("home")
        self.listen(self.home_button.clicked, lambda: self.go("home"))
        self.problem.finish_buttons()
        layout.addWidget(self.problem)
        layout.addStretch(1)
        self.pages.addWidget(self.no_microphone_page)

    def _build_task_page(self) -> None:
        self.task_page = QWidget()
        row = QHBoxLayout(self.task_page)
        row.setContentsMargins(0, 8, 0, 0)
        row.setSpacing(18)
        situation, left = card()
        self.counter = QLabel()
        self.counter.setObjectName("muted")
        self.task_text = QLabel()
        self.task_text.setObjectName("subtitle")
        self.task_text.setWordWrap(True)
        self.task_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.task_picture = QLabel()
        self.task_picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.task_picture.hide()
        self.prompt = AudioPanel(self.shared)
        self.listen(self.prompt.finished, self._prompt_done)
        self.listen(self.prompt.failed, lambda _error: self._prompt_done())
        for widget in (self.counter, self.task_text, self.task_picture, self.prompt):
            left.addWidget(widget)
        left.addStretch(1)
        row.addWidget(situation, 3, Qt.AlignmentFlag.AlignTop)
        timing, right = card()
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
        self.recording_label.hide()
        self.meter_caption = QLabel()
        self.meter_caption.setObjectName("muted")
        self.meter = LevelMeter()
        self.meter.hide()
        self.recorder.on_level = self.meter.set_level
        self.recorder.on_error = self._recorder_failed
        self.phase_hint = QLabel()
        self.phase_hint.setWordWrap(True)
        self.phase_hint.setObjectName("muted")
        self.task_message = QLabel()
        self.task_message.setWordWrap(True)
        self.task_message.hide()
        self.skip_button = QPushButton()
        self.skip_button.setObjectName("skip_task")
        self.skip_button.hide()
        self.listen(self.skip_button.clicked, self.skip_task)
        buttons = QHBoxLayout()
        self.start_now_button = QPushButton()
        self.start_now_button.setObjectName("start_now")
        self.listen(self.start_now_button.clicked, self.begin_answer)
        self.done_button = primary_button()
        self.done_button.setObjectName("done")
        self.listen(self.done_button.clicked, self.finish_answer)
        buttons.addWidget(self.start_now_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        for part in (
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
            right.addWidget(part)
        right.addStretch(1)
        right.addLayout(buttons)
        row.addWidget(timing, 2, Qt.AlignmentFlag.AlignTop)
        self.pages.addWidget(self.task_page)

    def _build_review_page(self) -> None:
        self.review_page = QScrollArea()
        self.review_page.setWidgetResizable(True)
        self.review_page.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        row = QHBoxLayout(inner)
        row.setContentsMargins(0, 8, 0, 0)
        row.setSpacing(18)
        left_column = QVBoxLayout()
        own, own_layout = card()
        self.own_title = QLabel()
        self.own_title.setObjectName("subtitle")
        self.own_audio = AudioPanel(self.shared)
        self.remarks = QLabel()
        self.remarks.setWordWrap(True)
        self.remarks.setObjectName("remarks")
        for widget in (self.own_title, self.own_audio, self.remarks):
            own_layout.addWidget(widget)
        self.own_card = own
        left_column.addWidget(own)
        model, model_layout = card()
        self.model_title = QLabel()
        self.model_title.setObjectName("subtitle")
        self.model_audio = AudioPanel(self.shared)
        self.model_text = QLabel()
        self.model_text.setWordWrap(True)
        self.model_text.setObjectName("model_text")
        self.model_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tip = QLabel()
        self.tip.setWordWrap(True)
        self.tip.setObjectName("muted")
        for widget in (self.model_title, self.model_audio, self.model_text, self.tip):
            model_layout.addWidget(widget)
        left_column.addWidget(model)
        left_column.addStretch(1)
        row.addLayout(left_column, 3)
        check, check_layout = card()
        self.check_title = QLabel()
        self.check_title.setObjectName("subtitle")
        self.check_title.setWordWrap(True)
        self.check_intro = QLabel()
        self.check_intro.setWordWrap(True)
        self.check_intro.setObjectName("muted")
        check_layout.addWidget(self.check_title)
        check_layout.addWidget(self.check_intro)
        self.rubric_box = QVBoxLayout()
        check_layout.addLayout(self.rubric_box)
        check_layout.addStretch(1)
        self.next_task_button = primary_button()
        self.next_task_button.setObjectName("next_task")
        self.listen(self.next_task_button.clicked, self.next_task)
        check_layout.addWidget(self.next_task_button)
        row.addWidget(check, 2, Qt.AlignmentFlag.AlignTop)
        inner.setObjectName("review_inner")
        self.review_page.viewport().setObjectName("review_viewport")
        self.review_page.setStyleSheet(  # the page colour shows through the scroll area
            "#review_viewport, #review_inner { background: transparent; }"
        )
        self.review_page.setWidget(inner)
        self.pages.addWidget(self.review_page)

    def _build_reaction_page(self) -> None:
        self.reaction_page = QWidget()
        row = QHBoxLayout(self.reaction_page)
        row.setContentsMargins(0, 8, 0, 0)
        row.setSpacing(18)
        situation, left = card()
        self.reaction_counter = QLabel()
        self.reaction_counter.setObjectName("muted")
        self.reaction_title = QLabel()
        self.reaction_title.setObjectName("subtitle")
        self.reaction_title.setWordWrap(True)
        self.reaction_picture = QLabel()
        self.reaction_picture.hide()
        self.reaction_prompt = AudioPanel(self.shared, big=True)
        for widget in (
            self.reaction_counter,
            self.reaction_title,
            self.reaction_picture,
            self.reaction_prompt,
        ):
            left.addWidget(widget)
        left.addStretch(1)
        row.addWidget(situation, 2, Qt.AlignmentFlag.AlignTop)
        self.column = column = answer_column(self, self.check_reaction, self.advance, margin_left=0)
        self.panel, self.feedback = column.panel, column.feedback
        self.feedback_title, self.feedback_text = column.feedback_title, column.feedback_text
        self.check_button, self.next_button = column.check_button, column.next_button
        right = column.widget
        row.addWidget(right, 3)
        self.pages.addWidget(self.reaction_page)

    # -- devices -------------------------------------------------------------------------
    def check_devices(self) -> None:
        """Without a microphone, offer to answer aloud; otherwise start (or go on)."""
        status = self.ctx.audio_status()
        if not status.has_input and not self.aloud:
            self.problem_text = "no_input" if status.has_output else "no_input_no_output"
            self.retranslate()
            self._show_problem()
            return
        self._go_on()

    def _show_problem(self) -> None:
        self.intro.hide()  # its instructions do not apply without a microphone
        self.pages.setCurrentWidget(self.no_microphone_page)

    def choose_aloud(self) -> None:
        self.aloud = True
        self.retranslate()
        self._go_on()

    def _go_on(self) -> None:
        self.intro.show()
        if self.run is None:
            self._start()
        elif self.question is not None and self.question.item.is_recorded:
            self.pages.setCurrentWidget(self.task_page)
            self._begin_prep()

    # -- flow ----------------------------------------------------------------------------
    def _start(self) -> None:
        services = self.ctx.need_services()
        learner = self.ctx.need_learner()
        self.run = False  # starting
        self.ctx.runner.run(
            lambda: services.start_speaking(learner.id), self._started, self._failed
        )

    def _started(self, run: Any) -> None:
        self.run = run
        question = run.session.start()
        if question is None:
            self._finish()
            return
        self.show_question(question)

    def _failed(self, error: BaseException) -> None:
        if self.ctx.on_error:
            self.ctx.on_error(error)
        self.go("home")

    def show_question(self, question: Any) -> None:
        self.question = question
        self.saved = None
        self.notice = ""
        self.save_problem = ""
        if question.item.is_recorded:
            self._show_task(question)
        else:
            self._show_reaction(question)

    def _media(self, name: str | None) -> Path | None:
        return Path(self.question.media_root) / name if name else None

    def _counter_text(self) -> str:
        done = len(self.run.session.answered) if self.run else 0
        total = self.run.total if self.run else 0
        return self.tr("Opdracht {n} van {total}").format(n=done + 1, total=total)

    def _show_task(self, question: Any) -> None:
        item = question.item
        self.counter.setText(self._counter_text())
        self.task_text.setText(item.question)
        load_picture(self.task_picture, self._media(item.image))
        self.prompt.set_source(self._media(item.prompt_audio))
        self.task_message.hide()
        self.skip_button.hide()
        self.pages.setCurrentWidget(self.task_page)
        self.phase = "prompt"
        self._update_phase()
        if not (self.prompt.path is not None and self.prompt.play_from_start()):
            self._begin_prep()

    def _prompt_done(self) -> None:
        if self.phase == "prompt":
            self._begin_prep()

    def _begin_prep(self) -> None:
        item = self.question.item
        seconds = item.prep_seconds if item.prep_seconds is not None else DEFAULT_PREP_SECONDS
        self.phase = "prep"
        self.countdown = Countdown(seconds, self.ctx.clock)
        self.countdown.start()
        self.timer.start()
        self._update_phase()

    def begin_answer(self) -> None:
        """Preparation is over: start recording (or, without a microphone, speaking aloud)."""
        if self.phase not in ("prompt", "prep"):
            return
        self.shared.stop()
        item = self.question.item
        if not self.aloud:
            try:
                self.recorder.start(self.run.recording_path(self.question))
            except NoInputDevice:
                self.timer.stop()
                self.phase = "idle"
                self.problem_text = "lost_input"
                self.retranslate()
                self._show_problem()
                return
            except (AudioError, OSError) as error:
                self._show_task_problem(error)
                return
        seconds = item.answer_seconds or DEFAULT_ANSWER_SECONDS
        self.phase = "answer"
        self.countdown = Countdown(seconds, self.ctx.clock)
        self.countdown.start()
        self.timer.start()
        self._update_phase()

    def tick(self) -> None:
        """Called by the timer: show the time left and move on when it is up."""
        if self.countdown is None:
            return
        expired = self.countdown.poll()
        self._update_phase()
        if not expired:
            return
        if self.phase == "prep":
            self.begin_answer()
        elif self.phase == "answer":
            self.finish_answer()

    def finish_answer(self) -> None:
        """Stop speaking (the Stop button, or the time is up) and show the review."""
        if self.phase != "answer":
            return
        self.timer.stop()
        if self.countdown is not None:
            self.countdown.stop()
        if self.aloud:
            self._show_review(None)
            return
        try:
            path = self.recorder.stop()
        except RecordingInterrupted as error:
            self._interrupted(error)
            return
        except AudioError as error:
            self._show_task_problem(error)
            return
        self._review_recording(path)

    def _review_recording(self, path: Path) -> None:
        self.phase = "saving"
        self._show_review(path)
        run = self.run
        self.ctx.runner.run(lambda: run.save_recording(path), self._saved, self._save_failed)

    def _recorder_failed(self, error: AudioError) -> None:
        if self.phase == "answer":
            self.timer.stop()
            if self.countdown is not None:
                self.countdown.stop()
            with suppress(AudioError, RuntimeError):
                self.recorder.stop()  # raises the failure again
            if isinstance(error, RecordingInterrupted):
                self._interrupted(error)
            else:
                self._show_task_problem(error)

    def _interrupted(self, error: RecordingInterrupted) -> None:
        """The microphone went away mid-answer: the part already said is the answer."""
        log.warning("recording interrupted: %r", error)
        if error.path is None:
            self._show_task_problem(error)
            return
        self.notice = audio_error_text(error)
        self._review_recording(error.path)

    def _show_task_problem(self, error: BaseException) -> None:
        """Say what went wrong and let the learner try again from the preparation."""
        log.warning("recording failed: %r", error)
        self.timer.stop()
        self.phase = "prep"
        self.countdown = None
        self._update_phase()
        self.task_message.setText(
            audio_error_text(error)
            + "\n"
            + self.tr("Probeer het nog een keer, of ga verder zonder opname.")
        )
        self.task_message.show()
        self.save_problem = getattr(error, "code", "audio_error")
        self.skip_button.show()

    def skip_task(self) -> None:
        """After a failed recording: go on to the next task without a recording."""
        if self.phase not in ("prompt", "prep") or not self.run:
            return
        self.phase = "storing"
        self.shared.stop()
        run, problem = self.run, self.save_problem or "audio_error"
        self.ctx.runner.run(
            lambda: run.answer_without_recording(problem),
            lambda _none: self.advance(),
            self._failed,
        )

    def _show_review(self, path: Path | None) -> None:
        item = self.question.item
        self.own_card.setVisible(path is not None)
        self.own_audio.set_source(path)
        self.model_audio.set_source(self._media(item.model_audio))
        self.model_audio.setVisible(item.model_audio is not None)
        self.model_text.setText(item.model_answer)
        self.tip.setText(item.feedback)
        self.tip.setVisible(bool(item.feedback))
        self._build_rubric(item.rubric)
        self.next_task_button.setEnabled(path is None)
        if path is None:
            self.phase = "review"
        self.pages.setCurrentWidget(self.review_page)
        self.retranslate()

    def _build_rubric(self, questions: tuple[str, ...]) -> None:
        for box in self.rubric:
            self.rubric_box.removeWidget(box)
            box.deleteLater()
        self.rubric = []
        for index, text in enumerate(questions or self.default_rubric()):
            box = QCheckBox(text)
            box.setObjectName(f"rubric_{index}")
            self.rubric_box.addWidget(box)
            self.rubric.append(box)

    def default_rubric(self) -> tuple[str, ...]:
        return (
            self.tr("Geeft u antwoord op de vraag?"),
            self.tr("Spreekt u in hele zinnen?"),
            self.tr("Spreekt u duidelijk?"),
        )

    def _saved(self, saved: Any) -> None:
        self.saved = saved
        self.phase = "review"
        self.next_task_button.setEnabled(True)
        self.retranslate()

    def _save_failed(self, error: BaseException) -> None:
        log.warning("recording not saved: %r", error)
        self.save_problem = getattr(error, "code", "not_saved")
        self.phase = "review"
        self.remarks.setText(audio_error_text(error))
        self.next_task_button.setEnabled(True)

    def checks(self) -> dict[str, bool]:
        return {box.text(): box.isChecked() for box in self.rubric}

    def next_task(self) -> None:
        """Store the self-check, then go to the next task."""
        if self.phase != "review":
            return
        self.phase = "storing"
        self.next_task_button.setEnabled(False)
        run, checks, saved = self.run, self.checks(), self.saved
        if self.aloud:
            work = lambda: run.answer_aloud(checks)  # noqa: E731
        elif saved is not None:
            work = lambda: run.rate_self(saved.recording_id, checks)  # noqa: E731
        else:  # the recording failed or could not be saved: the summary will say so
            problem = self.save_problem or "not_saved"
            work = lambda: run.answer_without_recording(problem)  # noqa: E731
        self.ctx.runner.run(work, lambda _none: self.advance(), self._failed)

    def _show_reaction(self, question: Any) -> None:
        item = question.item
        self.phase = "reaction"
        self.reaction_counter.setText(self._counter_text())
        load_picture(self.reaction_picture, self._media(item.image))
        self.reaction_prompt.set_source(self._media(item.prompt_audio))
        self.reaction_prompt.setVisible(item.prompt_audio is not None)
        self.panel.show_item(item)
        self.panel.counter.setText("")
        self.feedback.hide()
        self.next_button.hide()
        self.check_button.show()
        self.pages.setCurrentWidget(self.reaction_page)
        self.retranslate()

    def check_reaction(self) -> None:
        if not self.run or self.phase != "reaction":
            return
        value = self.column.take_answer(self.tr("Kies eerst een antwoord."))
        if value is None:
            return
        result = answer_safely(self.ctx, self.run.session, value)
        if result is None:
            return
        if result.correct:
            title = self.tr("Goed zo! Dat zegt u in deze situatie.")
        else:
            title = self.tr("Bijna. Beter is: {answer}").format(answer=result.right_answer)
        self.column.show_result(result.correct, title, result.explanation)

    def advance(self) -> None:
        if not self.run:
            return
        self.shared.stop()
        question = self.run.session.next()
        if question is None:
            self._finish()
        else:
            self.show_question(question)

    def stop(self) -> None:
        self._release_devices()
        if not self.run:
            self.go("home")
            return
        self._finish()

    def _finish(self) -> None:
        self._release_devices()
        run, self.run = self.run, None
        if not run:
            self.go("home")
            return
        self.ctx.runner.run(run.finish, self._finished, self._failed)

    def _finished(self, result: Any) -> None:
        self.go("summary", result=result, skill="speaking", placement=False)

    def _release_devices(self) -> None:
        """Stop the timer and playback; a recording cut off halfway is thrown away."""
        self.timer.stop()
        self.shared.stop()
        if self.recorder.is_recording:
            with suppress(AudioError, RuntimeError, OSError):
                self.recorder.stop().unlink(missing_ok=True)
        self.phase = "idle"

    def teardown(self) -> None:
        self._release_devices()
        self.recorder.on_level = None
        self.recorder.on_error = None
        super().teardown()

    # -- words ---------------------------------------------------------------------------
    def _update_phase(self) -> None:
        countdown = self.countdown
        left = countdown.shown_seconds if countdown is not None else 0
        timing = self.phase in ("prep", "answer") and countdown is not None
        self.countdown_label.setVisible(timing)
        self.time_bar.setVisible(timing)
        if countdown is not None:
            self.countdown_label.setText(clock_text(left))
            self.time_bar.setValue(round(1000 * countdown.fraction_left))
        recording = self.phase == "answer" and not self.aloud
        self.recording_label.setVisible(recording)
        self.meter_caption.setVisible(recording)
        self.meter.setVisible(recording)
        if not recording:
            self.meter.set_level(-96.0)
        self.start_now_button.setVisible(self.phase in ("prompt", "prep"))
        self.done_button.setVisible(self.phase == "answer")
        if self.phase == "prompt":
            self.phase_title.setText(self.tr("Luister naar de opdracht."))
            self.phase_hint.setText(self.tr("Daarna krijgt u even tijd om na te denken."))
        elif self.phase == "prep":
            self.phase_title.setText(self.tr("Denk na over uw antwoord."))
            self.phase_hint.setText(
                self.tr("Zeg uw antwoord hardop als de tijd om is. Er wordt niets opgenomen.")
                if self.aloud
                else self.tr("Als de tijd om is, begint de opname. Dan spreekt u.")
            )
        elif self.phase == "answer":
            self.phase_title.setText(self.tr("Spreek nu."))
            self.phase_hint.setText(
                self.tr("Zeg uw antwoord hardop. Klaar? Klik dan op 'Klaar'.")
                if self.aloud
                else self.tr("De opname stopt vanzelf als de tijd om is. Klaar? Klik op 'Stop'.")
            )
        self.start_now_button.setText(
            self.tr("Ik ben klaar. Begin nu.") if self.phase == "prep" else self.tr("Begin nu")
        )
        self.done_button.setText(self.tr("Klaar") if self.aloud else self.tr("Stop"))

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Spreken oefenen"))
        if self.aloud:
            self.intro.setText(
                self.tr("U oefent zonder microfoon. Zeg uw antwoord hardop. Vergelijk het daarna.")
            )
        else:
            self.intro.setText(
                self.tr("Luister naar de opdracht. Denk even na. Spreek dan uw antwoord in.")
            )
        self.stop_button.setText(self.tr("Stoppen"))
        self.recording_label.setText(self.tr("● Opname loopt"))
        self.meter_caption.setText(self.tr("Zo hard hoort de microfoon u:"))
        self._update_phase()
        self.prompt.caption.setText(self.tr("De opdracht:"))
        self.reaction_title.setText(self.tr("Luister naar de situatie. Kies dan de goede reactie."))
        self.own_title.setText(self.tr("Luister naar uw antwoord"))
        self.model_title.setText(self.tr("Een goed antwoord"))
        self.check_title.setText(self.tr("Kijk zelf"))
        self.check_intro.setText(
            self.tr("Vergelijk uw antwoord met het goede antwoord. Zet een vinkje als het klopt.")
        )
        self.next_task_button.setText(self.tr("Volgende opdracht"))
        self.skip_button.setText(self.tr("Verder zonder opname"))
        self.check_button.setText(self.tr("Controleer"))
        self.next_button.setText(self.tr("Volgende opdracht"))
        if self.saved is not None:
            self.remarks.setText(
                "\n".join(
                    [self.notice] * bool(self.notice)
                    + [remark_text(r.code, dict(r.values)) for r in self.saved.remarks]
                )
            )
        elif self.phase == "saving":
            self.remarks.setText(self.tr("Even geduld. We luisteren naar uw opname…"))
        self.problem.title.setText(
            self.tr("De microfoon doet het niet meer")
            if self.problem_text == "lost_input"
            else self.tr("Er is geen microfoon")
        )
        lines = [
            self.tr("We vinden geen microfoon. Daarom kunnen we uw antwoord niet opnemen."),
            self.tr(
                "U kunt toch oefenen. U zegt uw antwoord hardop. Daarna hoort en leest u een "
                "goed antwoord. U kijkt zelf of uw antwoord goed was."
            ),
            self.tr(
                "Wilt u wel opnemen? Sluit een microfoon of een koptelefoon met microfoon aan. "
                "Klik dan op 'Opnieuw kijken'."
            ),
        ]
        if self.problem_text == "no_input_no_output":
            lines.append(self.tr("We vinden ook geen luidspreker. U kunt de opdrachten wel lezen."))
        self.problem.text.setText("\n\n".join(lines))
        self.aloud_button.setText(self.tr("Oefenen zonder opname"))
        self.retry_button.setText(self.tr("Opnieuw kijken"))
        self.home_button.setText(self.tr("Terug naar het begin"))
        for panel in (self.prompt, self.own_audio, self.model_audio, self.reaction_prompt):
            panel.caption.setVisible(panel is self.prompt)
            panel.retranslate()
