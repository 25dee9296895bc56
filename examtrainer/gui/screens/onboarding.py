"""First start: the language of the instructions, a name, the exam, and (if wanted) a goal."""

from __future__ import annotations

from datetime import date

from examtrainer.gui.context import AppContext
from examtrainer.gui.qt import (
    QButtonGroup,
    QDate,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from examtrainer.gui.screens.base import Screen, card, primary_button, title_label
from examtrainer.gui.widgets.wrapping import WrapCheckBox, WrapRadioButton


class OnboardingScreen(Screen):
    """Two short steps. Step 1 shows each language in its own words and switches at once."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 40, 60, 40)
        self.steps = QStackedWidget()
        outer.addWidget(self.steps)

        # Step 1: language
        step1 = QWidget()
        layout1 = QVBoxLayout(step1)
        self.welcome = title_label()
        self.language_question = title_label("subtitle")
        layout1.addWidget(self.welcome)
        layout1.addWidget(self.language_question)
        self.language_buttons: dict[str, QPushButton] = {}
        button: QPushButton
        row = QHBoxLayout()
        for code, name in ctx.languages.available().items():
            button = QPushButton(name)
            button.setMinimumHeight(56)
            button.setCheckable(True)
            button.setObjectName(f"language_{code}")
            self.listen(button.clicked, lambda _checked=False, c=code: self.choose_language(c))
            self.language_buttons[code] = button
            row.addWidget(button)
        layout1.addLayout(row)
        layout1.addStretch(1)
        self.next_button = primary_button()
        self.listen(self.next_button.clicked, lambda: self.steps.setCurrentIndex(1))
        layout1.addWidget(self.next_button)
        self.steps.addWidget(step1)

        # Step 2: name, exam, goal
        step2 = QWidget()
        layout2 = QVBoxLayout(step2)
        self.about_you = title_label()
        layout2.addWidget(self.about_you)
        box, form = card()
        self.name_label = QLabel()
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(60)
        self.name_label.setBuddy(self.name_edit)
        form.addWidget(self.name_label)
        form.addWidget(self.name_edit)
        self.exam_label = QLabel()
        self.exam_label.setWordWrap(True)
        form.addWidget(self.exam_label)
        self.exam_group = QButtonGroup(self)
        self.exam_a2 = WrapRadioButton()
        self.exam_b1 = WrapRadioButton()
        self.exam_a2.setChecked(ctx.settings.exam_target != "B1")
        self.exam_b1.setChecked(ctx.settings.exam_target == "B1")
        for choice in (self.exam_a2, self.exam_b1):
            self.exam_group.addButton(choice)
            form.addWidget(choice)
        self.exam_help = QLabel()
        self.exam_help.setObjectName("muted")
        self.exam_help.setWordWrap(True)
        form.addWidget(self.exam_help)
        self.goal_label = QLabel()
        self.goal_edit = QLineEdit()
        self.goal_edit.setMaxLength(200)
        form.addWidget(self.goal_label)
        form.addWidget(self.goal_edit)
        self.deadline_check = WrapCheckBox()
        self.deadline_edit = QDateEdit(QDate.currentDate().addMonths(6))
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setEnabled(False)
        self.listen(self.deadline_check.toggled, self.deadline_edit.setEnabled)
        deadline_row = QHBoxLayout()
        deadline_row.addWidget(self.deadline_check)
        deadline_row.addWidget(self.deadline_edit)
        deadline_row.addStretch(1)
        form.addLayout(deadline_row)
        self.pin_label = QLabel()
        self.pin_label.setWordWrap(True)
        self.pin_edit = QLineEdit()
        self.pin_edit.setObjectName("learner_pin")
        self.pin_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_edit.setMaxLength(32)
        form.addWidget(self.pin_label)
        form.addWidget(self.pin_edit)
        self.message = QLabel()
        self.message.setObjectName("onboarding_message")
        self.message.setWordWrap(True)
        form.addWidget(self.message)
        layout2.addWidget(box)
        layout2.addStretch(1)
        buttons = QHBoxLayout()
        self.back_button = QPushButton()
        self.listen(self.back_button.clicked, lambda: self.steps.setCurrentIndex(0))
        self.done_button = primary_button()
        self.done_button.setEnabled(False)
        self.listen(self.name_edit.textChanged, self._update_done)
        self.listen(self.done_button.clicked, self.finish)
        self.listen(self.name_edit.returnPressed, self.finish)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout2.addLayout(buttons)
        self.steps.addWidget(step2)
        self.language = ctx.languages.language
        self._mark_language()
        self.retranslate()

    def _mark_language(self) -> None:
        """The chosen language is pressed in, framed, and has a tick (not colour alone)."""
        names = self.ctx.languages.available()
        for code, button in self.language_buttons.items():
            chosen = code == self.language
            button.setChecked(chosen)
            button.setText(f"✓ {names[code]}" if chosen else names[code])

    def choose_language(self, code: str) -> None:
        self.language = code
        self.ctx.languages.switch(code)
        self._mark_language()

    def _update_done(self) -> None:
        self.done_button.setEnabled(bool(self.name_edit.text().strip()))

    def finish(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            return
        code = self.pin_edit.text().strip()
        if self.ctx.settings.require_learner_pin and not code:
            self.message.setText(self.tr("Kies een geheime code van minstens 4 tekens."))
            return
        if code and len(code) < 4:
            self.message.setText(self.tr("De code moet minstens 4 tekens hebben."))
            return
        deadline: date | None = None
        if self.deadline_check.isChecked():
            deadline = date.fromisoformat(self.deadline_edit.date().toString("yyyy-MM-dd"))
        services = self.ctx.need_services()
        learner = services.create_learner(
            name,
            language=self.language,
            exam_target="B1" if self.exam_b1.isChecked() else "A2",
            goal=self.goal_edit.text().strip(),
            deadline=deadline,
        )
        if code:
            services.set_learner_pin(learner.id, code)
            learner = services.store.learners.get(learner.id)
        self.ctx.learner = learner
        self.go("home")

    def retranslate(self) -> None:
        self.welcome.setText(self.tr("Welkom bij examtrainer"))
        self.language_question.setText(
            self.tr("In welke taal wilt u de uitleg lezen? U kunt dit later veranderen.")
        )
        self.next_button.setText(self.tr("Verder"))
        self.about_you.setText(self.tr("Over u"))
        self.name_label.setText(self.tr("Hoe heet u? (Uw voornaam is genoeg.)"))
        self.exam_label.setText(self.tr("Voor welk examen oefent u?"))
        self.exam_a2.setText(self.tr("Inburgeringsexamen A2 (DUO)"))
        self.exam_b1.setText(self.tr("Staatsexamen Nt2 B1 (programma I)"))
        self.exam_help.setText(
            self.tr(
                "Moest u inburgeren vóór 2022? Dan is het meestal A2. "
                "Vanaf 2022 is het meestal B1. Twijfelt u? Kies A2. U kunt het later veranderen."
            )
        )
        self.goal_label.setText(self.tr("Uw doel (mag leeg blijven), bijvoorbeeld: werk vinden"))
        self.deadline_check.setText(self.tr("Ik weet de datum van mijn examen:"))
        if self.ctx.settings.require_learner_pin:
            self.pin_label.setText(
                self.tr(
                    "Kies een geheime code (minstens 4 tekens). "
                    "Dan kan niemand anders uw profiel openen."
                )
            )
        else:
            self.pin_label.setText(
                self.tr(
                    "Geheime code (mag leeg blijven). "
                    "Met een code kan niemand anders uw profiel openen."
                )
            )
        self.back_button.setText(self.tr("Terug"))
        self.done_button.setText(self.tr("Beginnen"))
