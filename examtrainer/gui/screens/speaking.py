"""Speaking practice. A recorded task goes: hear the task, prepare (countdown), speak while a
level meter and the answer time show, then hear yourself, hear and read a good answer, check
yourself against the rubric and read the remarks on the recording. Choose-the-reaction items
are answered by a click, like reading. Without a microphone the learner answers aloud and
then compares with the good answer: nothing is recorded."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from examtrainer.audio.devices import AudioError, NoInputDevice, RecordingInterrupted
from examtrainer.errors import DiskFull, ExamtrainerError
from examtrainer.exam.speaking_task import SpeakingTask
from examtrainer.gui.context import AppContext
from examtrainer.gui.qt import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    Qt,
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
    ProblemPanel,
    SharedPlayer,
    audio_error_text,
    remark_text,
)
from examtrainer.gui.widgets.speaking_task import SpeakingTaskPanel
from examtrainer.gui.widgets.wrapping import WrapCheckBox

log = logging.getLogger(__name__)


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
        self.mode = "idle"  # idle, task (the panel's phase counts), reaction, storing
        self.aloud = False  # no microphone: answer aloud, nothing is recorded
        self.saved: Any = None
        self.rubric: list[QCheckBox] = []
        self.problem_text = ""
        self.notice = ""  # said above the remarks on the recording (the microphone went away)
        self.save_problem = ""  # code of the error that kept the recording from being saved
        self.not_stored = False  # the answer could not be stored: its recording was deleted
        self.shared = SharedPlayer(ctx.make_player())

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
        self.speaking = SpeakingTaskPanel(
            self.ctx.make_recorder, self.shared, self.ctx.paths.data / "speaking" / "beep.wav"
        )
        self.listen(self.speaking.recorded, self._review_recording)
        self.listen(self.speaking.answered_aloud, lambda: self._show_review(None))
        self.listen(self.speaking.failed, self._recording_failed)
        self.listen(self.speaking.skip_button.clicked, self.skip_task)
        panel = self.speaking
        self.countdown_label, self.time_bar = panel.countdown_label, panel.time_bar
        self.recording_label, self.meter = panel.recording_label, panel.meter
        self.start_now_button, self.done_button = panel.start_now_button, panel.done_button
        self.task_message, self.skip_button = panel.task_message, panel.skip_button
        self.phase_title, self.phase_hint = panel.phase_title, panel.phase_hint
        right.addWidget(panel)
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
        self.record_again_button = QPushButton()
        self.record_again_button.setObjectName("record_again")
        self.record_again_button.hide()  # only when the recording could not be stored
        self.listen(self.record_again_button.clicked, self.record_again)
        check_layout.addWidget(self.record_again_button)
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
            self._begin_task(has_prompt=False)

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
        self.pages.setCurrentWidget(self.task_page)
        self._begin_task(has_prompt=self.prompt.path is not None)
        if self.prompt.path is not None and not self.prompt.play_from_start():
            self.speaking.prompt_finished()

    def _begin_task(self, has_prompt: bool) -> None:
        item, run, question = self.question.item, self.run, self.question
        self.mode = "task"
        task = SpeakingTask(
            item.prep_seconds, item.answer_seconds, clock=self.ctx.clock, aloud=self.aloud
        )
        where = None if self.aloud else (lambda: run.recording_path(question))
        self.speaking.start(task, has_prompt, where)

    @property
    def recorder(self) -> Any:
        """The recorder of the speaking panel (made on first use)."""
        return self.speaking.recorder

    @property
    def phase(self) -> str:
        """prompt, prep, answer, saving, review (the task's phases), reaction, storing, idle."""
        return self.speaking.phase if self.mode == "task" else self.mode

    def _prompt_done(self) -> None:
        if self.phase == "prompt":
            self.speaking.prompt_finished()

    def begin_answer(self) -> None:
        """Preparation is over: start recording (or, without a microphone, speaking aloud)."""
        self.shared.stop()
        self.speaking.start_now()

    def tick(self) -> None:
        """What the panel's timer does: show the time left and move on when it is up."""
        self.speaking.tick()

    def finish_answer(self) -> None:
        """Stop speaking (the Stop button, or the time is up) and show the review."""
        self.speaking.stop_answer()

    def _review_recording(self, path: Path) -> None:
        self.notice = self.speaking.notice
        self._show_review(path)
        run = self.run
        self.ctx.runner.run(lambda: run.save_recording(path), self._saved, self._save_failed)

    def _recording_failed(self, error: BaseException) -> None:
        """The panel is back at the preparation with a message; a microphone that is not
        there at all gets the page that offers practice without recording."""
        self.save_problem = getattr(error, "code", "audio_error")
        if isinstance(error, NoInputDevice) and not isinstance(error, RecordingInterrupted):
            self.speaking.cancel()
            self.mode = "idle"
            self.problem_text = "lost_input"
            self.retranslate()
            self._show_problem()

    def skip_task(self) -> None:
        """After a failed recording: go on to the next task without a recording."""
        if self.phase not in ("prompt", "prep") or not self.run:
            return
        self.speaking.cancel()
        self.mode = "storing"
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
        self.own_audio.show()
        self.not_stored = False
        self.record_again_button.hide()
        self.model_audio.set_source(self._media(item.model_audio))
        self.model_audio.setVisible(item.model_audio is not None)
        self.model_text.setText(item.model_answer)
        self.tip.setText(item.feedback)
        self.tip.setVisible(bool(item.feedback))
        self._build_rubric(item.rubric)
        self.next_task_button.setEnabled(path is None)
        self.pages.setCurrentWidget(self.review_page)
        self.retranslate()

    def _build_rubric(self, questions: tuple[str, ...]) -> None:
        for box in self.rubric:
            self.rubric_box.removeWidget(box)
            box.deleteLater()
        self.rubric = []
        for index, text in enumerate(questions or self.default_rubric()):
            box = WrapCheckBox(text)
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
        self.speaking.saved()
        self.next_task_button.setEnabled(True)
        self.retranslate()

    def _save_failed(self, error: BaseException) -> None:
        """The answer and its recording could not be stored (the recording is deleted then):
        say so, and offer to record again or to go on without a recording."""
        log.warning("recording not saved: %r", error)
        self.save_problem = getattr(error, "code", "not_saved")
        self.speaking.saved()
        if isinstance(error, AudioError | DiskFull) or not isinstance(error, ExamtrainerError):
            text = audio_error_text(error)
        else:  # the database refused it: its message is plain Dutch
            text = str(error)
        self.remarks.setText(text)
        if not isinstance(error, AudioError):  # the file is gone; an unreadable one is kept
            self.not_stored = True
            self.own_audio.set_source(None)
            self.own_audio.hide()
            self.own_title.setText(self.tr("Uw antwoord is niet bewaard"))
        self.record_again_button.show()
        self.next_task_button.setEnabled(True)

    def record_again(self) -> None:
        """After a recording that could not be stored: do the same task again."""
        if self.phase != "review" or not self.run or self.saved is not None:
            return
        self.save_problem = ""
        self._show_task(self.question)

    def checks(self) -> dict[str, bool]:
        return {box.text(): box.isChecked() for box in self.rubric}

    def next_task(self) -> None:
        """Store the self-check, then go to the next task."""
        if self.phase != "review":
            return
        self.mode = "storing"
        self.next_task_button.setEnabled(False)
        run, checks, saved = self.run, self.checks(), self.saved
        if self.aloud:
            work = lambda: run.answer_aloud(checks)  # noqa: E731
        elif saved is not None:
            work = lambda: run.rate_self(saved.recording_id, checks)  # noqa: E731
        else:  # the recording failed or could not be saved: the summary will say so
            problem = self.save_problem or "not_saved"
            work = lambda: run.answer_without_recording(problem)  # noqa: E731
        self.ctx.runner.run(work, lambda _none: self.advance(), self._failed, owner=self)

    def _show_reaction(self, question: Any) -> None:
        item = question.item
        self.speaking.cancel()
        self.mode = "reaction"
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
        self.speaking.cancel()
        self.shared.stop()
        self.mode = "idle"

    def teardown(self) -> None:
        self._release_devices()
        self.speaking.release()
        super().teardown()

    # -- words ---------------------------------------------------------------------------
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
        self.speaking.refresh()
        self.prompt.caption.setText(self.tr("De opdracht:"))
        self.reaction_title.setText(self.tr("Luister naar de situatie. Kies dan de goede reactie."))
        self.own_title.setText(
            self.tr("Uw antwoord is niet bewaard")
            if self.not_stored
            else self.tr("Luister naar uw antwoord")
        )
        self.model_title.setText(self.tr("Een goed antwoord"))
        self.check_title.setText(self.tr("Kijk zelf"))
        self.check_intro.setText(
            self.tr("Vergelijk uw antwoord met het goede antwoord. Zet een vinkje als het klopt.")
        )
        self.next_task_button.setText(self.tr("Volgende opdracht"))
        self.record_again_button.setText(self.tr("Opnieuw opnemen"))
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
