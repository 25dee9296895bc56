"""Listening practice: a fragment (and maybe a picture) with a big play button, its questions
beside it, kind feedback and, after answering, the transcript. Without a loudspeaker or
headphones listening is impossible: the screen then explains how to connect them."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

from examtrainer.exam.countdown import PlayAllowance
from examtrainer.gui.context import AppContext
from examtrainer.gui.qt import (
    QLabel,
    QPixmap,
    QPushButton,
    QSplitter,
    QStackedWidget,
    Qt,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from examtrainer.gui.screens.base import (
    Screen,
    card,
    practice_header,
)
from examtrainer.gui.screens.reading import answer_column, answer_safely, result_title
from examtrainer.gui.widgets.audio import AudioPanel, ProblemPanel, SharedPlayer
from examtrainer.gui.widgets.wrapping import WrapCheckBox

SLOW_RATE = 0.75  # practice only: the learner may slow a fragment down
PICTURE_WIDTH = 320  # pixels


def load_picture(label: QLabel, path: Path | None, width: int = PICTURE_WIDTH) -> None:
    """Show a picture scaled to ``width``, or hide the label when there is none."""
    pixmap = QPixmap(str(path)) if path is not None and path.is_file() else QPixmap()
    if pixmap.isNull():
        label.clear()
        label.hide()
        return
    label.setPixmap(pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation))
    label.show()


def transcript_html(text: str) -> str:
    return "<br>".join(html.escape(line) for line in text.strip().splitlines())


class ListeningScreen(Screen):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        skill: str = "listening",
        placement: bool = False,
    ) -> None:
        super().__init__(ctx, parent)
        self.skill = skill
        self.placement = placement
        self.run: Any = None
        self.question: Any = None
        self._fragment_key: str | None = None
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

        # -- the practice page: fragment left, question right ---------------------------
        splitter = QSplitter(Qt.Orientation.Horizontal)
        fragment, left = card()
        self.fragment_title = QLabel()
        self.fragment_title.setObjectName("subtitle")
        self.fragment_title.setWordWrap(True)
        left.addWidget(self.fragment_title)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.hide()
        left.addWidget(self.picture)
        self.audio = AudioPanel(self.shared, big=True)
        self.listen(self.audio.failed, self._audio_failed)
        left.addWidget(self.audio)
        self.slow = WrapCheckBox()
        self.slow.setObjectName("slow")
        self.listen(self.slow.toggled, self._slow_toggled)
        left.addWidget(self.slow)
        self.transcript_button = QPushButton()
        self.transcript_button.setObjectName("transcript_button")
        self.listen(self.transcript_button.clicked, self.toggle_transcript)
        self.transcript_button.hide()
        left.addWidget(self.transcript_button)
        self.transcript = QTextBrowser()
        self.transcript.setObjectName("transcript")
        self.transcript.setMinimumHeight(220)
        self.transcript.hide()
        left.addWidget(self.transcript, 1)
        holder = QWidget()  # the card is as tall as its content, not as the window
        holder_layout = QVBoxLayout(holder)
        holder_layout.setContentsMargins(0, 0, 0, 0)
        holder_layout.addWidget(fragment)
        holder_layout.addStretch(1)
        splitter.addWidget(holder)
        self.column = column = answer_column(self, self.check, self.next_question, margin_left=18)
        self.panel, self.feedback = column.panel, column.feedback
        self.feedback_title, self.feedback_text = column.feedback_title, column.feedback_text
        self.check_button, self.next_button = column.check_button, column.next_button
        right = column.widget
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.practice_page = splitter
        self.pages.addWidget(splitter)

        # -- no loudspeaker or headphones ------------------------------------------------
        self.no_output_page = QWidget()
        problem_layout = QVBoxLayout(self.no_output_page)
        problem_layout.setContentsMargins(80, 30, 80, 30)
        self.problem = ProblemPanel()
        self.problem.setObjectName("problem")
        self.retry_button = self.problem.add_button("retry", primary=True)
        self.listen(self.retry_button.clicked, self.check_devices)
        self.home_button = self.problem.add_button("home")
        self.listen(self.home_button.clicked, lambda: self.go("home"))
        self.problem.finish_buttons()
        problem_layout.addWidget(self.problem)
        problem_layout.addStretch(1)
        self.pages.addWidget(self.no_output_page)

        self.retranslate()
        self.check_button.setEnabled(False)
        self.check_devices()

    # -- devices -------------------------------------------------------------------------
    def check_devices(self) -> None:
        """Listening needs a loudspeaker or headphones; without one, say how to connect them."""
        if not self.ctx.audio_status().has_output:
            self._show_problem()
            return
        self.intro.show()
        self.pages.setCurrentWidget(self.practice_page)
        if self.run is None:
            self._start()

    def _audio_failed(self, error: Any) -> None:
        if getattr(error, "code", "") == "no_output_device":
            self._show_problem()

    def _show_problem(self) -> None:
        self.intro.hide()  # its instructions do not apply without sound
        self.pages.setCurrentWidget(self.no_output_page)

    # -- flow ----------------------------------------------------------------------------
    def _start(self) -> None:
        services = self.ctx.need_services()
        learner = self.ctx.need_learner()
        self.run = False  # starting: check_devices must not start a second run
        self.ctx.runner.run(
            lambda: services.start_practice(learner.id, self.skill, placement=self.placement),
            self._started,
            self._failed,
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
        stimulus = question.stimulus
        item = question.item
        key = stimulus.id if stimulus is not None else item.id
        new_fragment = key != self._fragment_key
        if new_fragment:
            self._fragment_key = key
            audio = stimulus.audio if stimulus is not None and stimulus.audio else item.prompt_audio
            path = Path(question.media_root) / audio if audio else None
            self.audio.set_source(path, PlayAllowance(self.ctx.settings.listening_plays))
            image = (stimulus.image if stimulus is not None else None) or item.image
            load_picture(self.picture, Path(question.media_root) / image if image else None)
        self.fragment_title.setText(stimulus.title if stimulus is not None else "")
        self.fragment_title.setVisible(bool(self.fragment_title.text()))
        self.panel.show_item(item)
        self.panel.counter.setText(
            self.tr("Vraag {n} van {total} bij dit fragment").format(
                n=question.position, total=question.of
            )
        )
        self.transcript.hide()
        self.transcript_button.hide()
        self.feedback.hide()
        self.next_button.hide()
        self.check_button.show()
        self.check_button.setEnabled(True)
        self.retranslate()
        # A new fragment: the keyboard starts on its play button; else on the answers.
        if new_fragment and self.audio.button.isEnabled():
            self.audio.button.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.panel.focus_answer()

    def main_button(self) -> QPushButton:
        return self.column.main_button()

    def focus_start(self) -> None:
        if self.pages.currentWidget() is not self.practice_page:
            super().focus_start()
        elif self.audio.button.isVisible() and self.audio.button.isEnabled():
            self.audio.button.setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.panel.focus_answer()

    def check(self) -> None:
        if not self.run:
            return
        value = self.column.take_answer(self.tr("Kies eerst een antwoord."))
        if value is None:
            return
        result = answer_safely(self.ctx, self.run.session, value)
        if result is None:
            return
        if self.placement:
            self.next_question()
            if self.run:
                self.column.show_note(self.tr("Uw antwoord is bewaard. Hier is de volgende vraag."))
            return
        self.column.show_result(result.correct, result_title(result), result.explanation)
        stimulus = self.question.stimulus if self.question is not None else None
        self.transcript_button.setVisible(bool(stimulus is not None and stimulus.transcript))

    def toggle_transcript(self) -> None:
        stimulus = self.question.stimulus if self.question is not None else None
        if stimulus is None:
            return
        self.transcript.setHtml(transcript_html(stimulus.transcript))
        self.transcript.setVisible(not self.transcript.isVisible())
        self.retranslate()

    def next_question(self) -> None:
        question = self.run.session.next()
        if question is None:
            self._finish()
        else:
            self.show_question(question)

    def stop(self) -> None:
        if not self.run:
            self.go("home")
            return
        self._finish()

    def _finish(self) -> None:
        self.shared.stop()
        run, self.run = self.run, None
        if not run:
            self.go("home")
            return
        self.ctx.runner.run(run.finish, self._finished, self._failed)

    def _finished(self, result: Any) -> None:
        self.go("summary", result=result, skill=self.skill, placement=self.placement)

    def _slow_toggled(self, checked: bool) -> None:
        self.audio.set_rate(SLOW_RATE if checked else 1.0)

    def teardown(self) -> None:
        self.shared.stop()
        super().teardown()

    # -- words ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        if self.placement:
            self.heading.setText(self.tr("Korte test: luisteren"))
            self.intro.setText(
                self.tr(
                    "Dit is geen examen. Doe rustig uw best. "
                    "Na een paar vragen weten we welk niveau bij u past."
                )
            )
        else:
            self.heading.setText(self.tr("Luisteren oefenen"))
            self.intro.setText(
                self.tr("Klik op Luisteren. Luister goed. Kies dan het goede antwoord.")
            )
        self.slow.setText(self.tr("Langzamer afspelen"))
        self.slow.setVisible(not self.placement)
        self.transcript_button.setText(
            self.tr("Verberg de tekst")
            if self.transcript.isVisible()
            else self.tr("Lees wat er gezegd wordt")
        )
        self.stop_button.setText(self.tr("Stoppen"))
        self.check_button.setText(self.tr("Controleer"))
        self.next_button.setText(self.tr("Volgende vraag"))
        self.panel.typed.setPlaceholderText(self.tr("Typ hier uw antwoord"))
        self.problem.title.setText(self.tr("Er is geen geluid"))
        self.problem.text.setText(
            self.tr(
                "We vinden geen luidspreker of koptelefoon. "
                "Voor luisteren heeft u geluid nodig.\n\n"
                "Zo lost u het op:\n"
                "1. Sluit een koptelefoon of luidsprekers aan op de computer.\n"
                "2. Zet het geluid van de computer aan.\n"
                "3. Klik op 'Opnieuw kijken'.\n\n"
                "Lukt het niet? Vraag hulp aan uw docent."
            )
        )
        self.retry_button.setText(self.tr("Opnieuw kijken"))
        self.home_button.setText(self.tr("Terug naar het begin"))
        self.audio.retranslate()
