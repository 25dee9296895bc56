"""Reading practice: the text and its question side by side, as in the real exam, then kind
feedback with the explanation. In the placement test there is no feedback, only the next one."""

from __future__ import annotations

import html
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from examtrainer.bank.model import ItemType
from examtrainer.bank.options import shown_options
from examtrainer.errors import ExamtrainerError
from examtrainer.gui.context import AppContext
from examtrainer.gui.qt import (
    QButtonGroup,
    QCoreApplication,
    QEvent,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QObject,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    Qt,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from examtrainer.gui.screens.base import (
    Screen,
    dutch_content,
    practice_header,
    primary_button,
    set_style_property,
)
from examtrainer.gui.widgets.wrapping import WrapRadioButton

translate = QCoreApplication.translate


def stimulus_html(title: str, text: str) -> str:
    """A reading text as simple HTML: its title bold, its lines kept."""
    body = "<br>".join(html.escape(line) for line in text.strip().splitlines())
    head = f"<p style='font-size:19px'><b>{html.escape(title)}</b></p>" if title else ""
    return f"{head}<p style='line-height:150%'>{body}</p>"


class QuestionPanel(QWidget):
    """A question with its answer widgets: radio buttons for choices, a field for typed answers.

    The options are shuffled each time a question is shown (``shown`` holds the order on
    screen; true/false keeps Juist, Onjuist). The answer is always the option's text, so the
    order never reaches the store. ``order_rng`` can fix the order: the exam window passes a
    generator seeded by the exam and the item, so going back shows the same order."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.counter = QLabel()
        self.counter.setObjectName("muted")
        self.counter.setWordWrap(True)
        self.question = QLabel()
        self.question.setObjectName("subtitle")
        self.question.setWordWrap(True)
        self.question.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dutch_content(self.question)
        self.layout_.addWidget(self.counter)
        self.layout_.addWidget(self.question)
        self.options_box = QVBoxLayout()
        self.layout_.addLayout(self.options_box)
        self.typed = QLineEdit()
        dutch_content(self.typed)
        self.layout_.addWidget(self.typed)
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        self.shown: tuple[str, ...] = ()
        self.rng = random.Random()
        self.item: Any = None
        # Several right options, matching, ordering: a widget of gui/widgets/answers.py.
        self.special: Any = None

    def show_item(self, item: Any, order_rng: random.Random | None = None) -> None:
        from examtrainer.gui.widgets.answers import answer_widget

        self.item = item
        for button in self.buttons:
            self.group.removeButton(button)
            button.hide()  # at once: the focus must not stay on an option of the last question
            button.deleteLater()
        self.buttons = []
        if self.special is not None:
            self.special.hide()
            self.special.deleteLater()
            self.special = None
        self.question.setText(item.question)
        self.special = answer_widget(item)
        if self.special is not None:
            self.options_box.addWidget(self.special)
            self.special.show()  # now, so that the focus can go to it
            self.typed.setVisible(False)
            return
        choice = item.type is not ItemType.SHORT_ANSWER
        self.typed.setVisible(not choice)
        self.typed.clear()
        self.typed.setEnabled(True)
        self.shown = shown_options(item.options, item.type, order_rng or self.rng) if choice else ()
        if choice:
            for index, option in enumerate(self.shown):
                button = WrapRadioButton(option)
                button.setObjectName(f"option_{index}")
                dutch_content(button)
                self.group.addButton(button, index)
                self.options_box.addWidget(button)
                button.setVisible(self.isVisible() or not self.isHidden())
                self.buttons.append(button)

    def answer(self) -> Any:
        """The option text, the typed text, or (special types) what their widget gives;
        None while nothing is answered."""
        if self.item is None:
            return None
        if self.special is not None:
            return self.special.answer()
        if self.item.type is ItemType.SHORT_ANSWER:
            text = self.typed.text().strip()
            return text or None
        checked = self.group.checkedId()
        return self.shown[checked] if checked >= 0 else None

    def button_for(self, option: str) -> QRadioButton:
        """The radio button that shows ``option`` (wherever the shuffle put it)."""
        return self.buttons[self.shown.index(option)]

    def lock(self) -> None:
        for button in self.buttons:
            button.setEnabled(False)
        self.typed.setEnabled(False)
        if self.special is not None:
            self.special.lock()

    def focus_answer(self) -> None:
        """Put the keyboard on the answer: the first option (the arrow keys choose), the
        typed field, or the first part of a special answer widget."""
        if self.special is not None:
            first = next(
                (
                    w
                    for w in self.special.findChildren(QWidget)
                    if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()
                ),
                None,
            )
            if first is not None:
                first.setFocus(Qt.FocusReason.TabFocusReason)
        elif self.item is not None and self.item.type is ItemType.SHORT_ANSWER:
            self.typed.setFocus(Qt.FocusReason.TabFocusReason)
        elif self.buttons:
            checked = self.group.checkedButton()
            (checked or self.buttons[0]).setFocus(Qt.FocusReason.TabFocusReason)


@dataclass(frozen=True)
class AnswerColumn:
    """The right-hand column of every practice screen: the question, a feedback box and the
    "Controleer" / "Volgende" buttons, driven the same way by each screen."""

    widget: QWidget
    panel: QuestionPanel
    feedback: QFrame
    feedback_title: QLabel
    feedback_text: QLabel
    check_button: QPushButton
    next_button: QPushButton

    def main_button(self) -> QPushButton:
        """What Enter presses: "Controleer", or after checking "Volgende vraag"."""
        return self.next_button if self.next_button.isVisible() else self.check_button

    def take_answer(self, ask: str) -> Any:
        """The answer in the panel; None (and ``ask`` shown kindly) when there is none yet."""
        value = self.panel.answer()
        if value is None:
            self.show_feedback(False, ask, "")
        return value

    def show_feedback(self, good: bool | None, title: str, text: str) -> None:
        set_style_property(self.feedback, "feedback", "good" if good else "bad")
        self.feedback_title.setText(title)
        self.feedback_text.setText(text)
        self.feedback_text.setVisible(bool(text))
        self.feedback.show()

    def show_note(self, text: str) -> None:
        """A calm, neutral line (no right or wrong): in the placement test, after each
        "Controleer", that the answer was kept and the next question is there."""
        set_style_property(self.feedback, "feedback", "note")
        self.feedback_title.setText(text)
        self.feedback_text.setText("")
        self.feedback_text.hide()
        self.feedback.show()

    def show_result(self, good: bool | None, title: str, explanation: str) -> None:
        """After a scored answer: lock the question, show why, offer the next one."""
        self.panel.lock()
        self.show_feedback(good, title, explanation)
        self.check_button.hide()
        self.next_button.show()
        self.next_button.setFocus()


def result_title(result: Any) -> str:
    """What the learner reads first after answering: right, partly right (the share of the
    points the item's source gives that answer), or the right answer, kindly."""
    if result.correct:
        return translate("PracticeFeedback", "Goed zo! Dat is het goede antwoord.")
    if result.partial:
        return translate(
            "PracticeFeedback",
            "Voor een deel goed: u krijgt {percent}% van de punten. Het beste antwoord is: "
            "{answer}",
        ).format(percent=round(result.credit * 100), answer=result.right_answer)
    return translate("PracticeFeedback", "Bijna. Het goede antwoord is: {answer}").format(
        answer=result.right_answer
    )


def fixed_columns(splitter: QSplitter, left: int, right: int) -> None:
    """Share the width ``left``:``right`` whatever the question holds, so the reading text
    keeps its width (and its line breaks) from one question to the next. The learner may
    still drag the handle; the columns then keep the width they were given."""
    for index, stretch in ((0, left), (1, right)):
        widget = splitter.widget(index)
        if widget is None:
            continue
        policy = widget.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        widget.setSizePolicy(policy)
        splitter.setStretchFactor(index, stretch)
    splitter.setChildrenCollapsible(False)


def answer_safely(ctx: AppContext, session: Any, value: Any) -> Any:
    """``session.answer(value)`` (committed to the database there); an error the app expects,
    such as a full disk, is shown and None returned, so the question stays open."""
    try:
        return session.answer(value)
    except ExamtrainerError as error:
        if ctx.on_error:
            ctx.on_error(error)
        return None


class _Relayout(QObject):
    """QScrollArea lays out its widget by height-for-width only when the scroll area itself is
    resized; when the widget's contents change (a new question, longer options that wrap)
    it kept the old height and squeezed the options into too few lines. On each re-layout
    of the widget this asks the scroll area to lay it out again."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self._scroll = scroll

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            QCoreApplication.postEvent(self._scroll, QEvent(QEvent.Type.LayoutRequest))
        return False


def answer_column(
    screen: Screen,
    on_check: Callable[[], None],
    on_next: Callable[[], None],
    margin_left: int = 18,
) -> AnswerColumn:
    column = QWidget()
    outer = QVBoxLayout(column)
    outer.setContentsMargins(margin_left, 0, 0, 0)
    # The question, its options and the feedback scroll when they need more room than the
    # window has; the buttons stay below, always in sight.
    scroll = QScrollArea()
    scroll.setObjectName("answer_scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    inner = QWidget()
    inner.setObjectName("answer_area")
    layout = QVBoxLayout(inner)
    layout.setContentsMargins(0, 0, 4, 0)
    scroll.setWidget(inner)
    inner.installEventFilter(_Relayout(scroll))
    outer.addWidget(scroll, 1)
    panel = QuestionPanel()
    layout.addWidget(panel)
    feedback = QFrame()
    feedback_layout = QVBoxLayout(feedback)
    title = QLabel()
    title.setObjectName("subtitle")
    title.setWordWrap(True)
    text = QLabel()
    text.setWordWrap(True)
    feedback_layout.addWidget(title)
    feedback_layout.addWidget(text)
    feedback.hide()
    layout.addWidget(feedback)
    layout.addStretch(1)
    layout = outer
    buttons = QHBoxLayout()
    buttons.addStretch(1)
    check = primary_button()
    check.setObjectName("check")
    screen.listen(check.clicked, on_check)
    following = primary_button()
    following.setObjectName("next")
    screen.listen(following.clicked, on_next)
    following.hide()
    buttons.addWidget(check)
    buttons.addWidget(following)
    layout.addLayout(buttons)
    return AnswerColumn(column, panel, feedback, title, text, check, following)


class ReadingScreen(Screen):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        skill: str = "reading",
        placement: bool = False,
    ) -> None:
        super().__init__(ctx, parent)
        self.skill = skill
        self.placement = placement
        self.run: Any = None
        header = practice_header(self, self.stop)
        self.heading, self.stop_button, self.intro = (
            header.heading,
            header.stop_button,
            header.intro,
        )
        outer = header.layout
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.text = QTextBrowser()
        self.text.setObjectName("stimulus")
        dutch_content(self.text)
        splitter.addWidget(self.text)
        self.column = column = answer_column(self, self.check, self.next_question, margin_left=18)
        self.panel, self.feedback = column.panel, column.feedback
        self.feedback_title, self.feedback_text = column.feedback_title, column.feedback_text
        self.check_button, self.next_button = column.check_button, column.next_button
        right = column.widget
        splitter.addWidget(right)
        fixed_columns(splitter, 3, 2)
        outer.addWidget(splitter, 1)
        self.retranslate()
        self.check_button.setEnabled(False)
        self._start()

    # -- flow -------------------------------------------------------------------------
    def _start(self) -> None:
        services = self.ctx.need_services()
        learner = self.ctx.need_learner()
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
        stimulus = question.stimulus
        if stimulus is not None:
            self.text.setHtml(stimulus_html(stimulus.title, stimulus.text))
            self.text.show()
        else:
            self.text.hide()
        self.panel.show_item(question.item)
        self.panel.counter.setText(
            self.tr("Vraag {n} van {total} bij deze tekst").format(
                n=question.position, total=question.of
            )
        )
        self.feedback.hide()
        self.next_button.hide()
        self.check_button.show()
        self.check_button.setEnabled(True)
        self.panel.focus_answer()

    def main_button(self) -> QPushButton:
        return self.column.main_button()

    def focus_start(self) -> None:
        self.panel.focus_answer()

    def check(self) -> None:
        if self.run is None:
            return
        value = self.column.take_answer(self.tr("Kies eerst een antwoord."))
        if value is None:
            return
        result = answer_safely(self.ctx, self.run.session, value)
        if result is None:
            return
        if self.placement:
            self.next_question()
            if self.run is not None:
                self.column.show_note(self.tr("Uw antwoord is bewaard. Hier is de volgende vraag."))
            return
        self.column.show_result(result.correct, result_title(result), result.explanation)

    def next_question(self) -> None:
        question = self.run.session.next()
        if question is None:
            self._finish()
        else:
            self.show_question(question)

    def stop(self) -> None:
        if self.run is None:
            self.go("home")
            return
        self._finish()

    def _finish(self) -> None:
        run, self.run = self.run, None
        if run is None:
            self.go("home")
            return
        self.ctx.runner.run(run.finish, self._finished, self._failed)

    def _finished(self, result: Any) -> None:
        self.go("summary", result=result, skill=self.skill, placement=self.placement)

    def retranslate(self) -> None:
        if self.placement:
            self.heading.setText(self.tr("Korte test: lezen"))
            self.intro.setText(
                self.tr(
                    "Dit is geen examen. Doe rustig uw best. "
                    "Na een paar vragen weten we welk niveau bij u past."
                )
            )
        else:
            self.heading.setText(self.tr("Lezen oefenen"))
            self.intro.setText(self.tr("Lees de tekst. Kies dan het goede antwoord."))
        self.stop_button.setText(self.tr("Stoppen"))
        self.check_button.setText(self.tr("Controleer"))
        self.next_button.setText(self.tr("Volgende vraag"))
        self.panel.typed.setPlaceholderText(self.tr("Typ hier uw antwoord"))
