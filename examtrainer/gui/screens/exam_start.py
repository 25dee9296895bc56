"""The calm start of exam mode: choose the exam (A2 or B1) and the part, read exactly what
will happen, breathe for a minute if you like, choose a visible clock or the exam-room
murmur, then begin. Unknowns feed anxiety, so everything is said before the clock starts."""

from __future__ import annotations

import math
from dataclasses import replace
from typing import Any

from examtrainer.gui.context import AppContext
from examtrainer.gui.exam_texts import exam_title, plan_html, plan_lines
from examtrainer.gui.qt import (
    QButtonGroup,
    QColor,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPainter,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from examtrainer.gui.screens.base import Screen, card, primary_button, title_label
from examtrainer.gui.screens.exam_open import offer_resume, open_exam
from examtrainer.gui.widgets.wrapping import WrapCheckBox, WrapRadioButton

SKILLS = ("reading", "listening", "speaking")
BREATH_IN_SECONDS = 4.0
BREATH_OUT_SECONDS = 6.0
BREATHING_SECONDS = 60.0
FRAME_MS = 40


class BreathingCircle(QWidget):
    """A circle that grows while breathing in and shrinks while breathing out, for one minute.

    Driven by the context clock (tests move it); ``finished`` when the minute is over."""

    finished = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("breathing")
        self.ctx = ctx
        self.started_at: float | None = None
        self.size_share = 0.0  # 0 small .. 1 large
        self.breathing_in = True
        self.setMinimumSize(170, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(self.step)

    @property
    def running(self) -> bool:
        return self.started_at is not None

    def start(self) -> None:
        self.started_at = self.ctx.clock()
        self.timer.start()
        self.step()

    def stop(self) -> None:
        self.timer.stop()
        self.started_at = None
        self.size_share = 0.0
        self.update()

    def elapsed(self) -> float:
        return 0.0 if self.started_at is None else self.ctx.clock() - self.started_at

    def step(self) -> None:
        """Follow the clock: where in the breath are we? Stops after one minute."""
        if self.started_at is None:
            return
        elapsed = self.elapsed()
        if elapsed >= BREATHING_SECONDS:
            self.stop()
            self.finished.emit()
            return
        cycle = BREATH_IN_SECONDS + BREATH_OUT_SECONDS
        moment = elapsed % cycle
        self.breathing_in = moment < BREATH_IN_SECONDS
        if self.breathing_in:
            share = moment / BREATH_IN_SECONDS
        else:
            share = 1.0 - (moment - BREATH_IN_SECONDS) / BREATH_OUT_SECONDS
        self.size_share = 0.5 - 0.5 * math.cos(math.pi * share)  # soft at both ends
        self.update()

    def paintEvent(self, _event: Any) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        radius = side * (0.18 + 0.3 * self.size_share)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#cfe3ef"))
        painter.drawEllipse(self.rect().center(), side * 0.48, side * 0.48)
        painter.setBrush(QColor("#6f9fc0"))
        painter.drawEllipse(self.rect().center(), radius, radius)
        painter.end()


class ExamStartScreen(Screen):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        skill: str = "reading",
        target: str | None = None,
        mode: str = "exam",  # "exam": a full mock exam; "timed_set": a short timed set
    ) -> None:
        super().__init__(ctx, parent)
        self.skill = skill if skill in SKILLS else "reading"
        learner_target = ctx.learner.exam_target if ctx.learner else ctx.settings.exam_target
        self.target = target or (learner_target if learner_target in ("A2", "B1") else "A2")
        self.mode = mode
        self.starting = False
        self.breathed = False
        self.exam_window: Any = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 24, 40, 20)
        outer.setSpacing(14)
        self.heading = title_label()
        outer.addWidget(self.heading)
        self.calm = QLabel()
        self.calm.setWordWrap(True)
        self.calm.setObjectName("subtitle")
        outer.addWidget(self.calm)

        choose = QHBoxLayout()
        choose.setSpacing(12)
        self.target_label = QLabel()
        self.target_box = QComboBox()
        self.target_box.setObjectName("exam_target")
        for code in ("A2", "B1"):
            self.target_box.addItem(code, code)
        self.target_box.setCurrentIndex(max(0, self.target_box.findData(self.target)))
        self.listen(self.target_box.currentIndexChanged, self._target_changed)
        choose.addWidget(self.target_label)
        choose.addWidget(self.target_box)
        choose.addSpacing(24)
        self.skill_label = QLabel()
        choose.addWidget(self.skill_label)
        self.skill_group = QButtonGroup(self)
        self.skill_buttons: dict[str, QRadioButton] = {}
        for index, name in enumerate(SKILLS):
            button = WrapRadioButton()
            button.setObjectName(f"exam_skill_{name}")
            self.skill_group.addButton(button, index)
            self.skill_buttons[name] = button
            choose.addWidget(button)
        self.skill_buttons[self.skill].setChecked(True)
        self.listen(self.skill_group.idClicked, self._skill_changed)
        choose.addStretch(1)
        outer.addLayout(choose)

        row = QHBoxLayout()
        row.setSpacing(18)
        plan, plan_layout = card()
        self.plan_title = title_label("subtitle")
        self.plan = QLabel()
        self.plan.setWordWrap(True)
        self.plan.setObjectName("exam_plan")
        self.plan.setStyleSheet("font-size: 16px;")
        self.plan.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        plan_layout.addWidget(self.plan_title)
        plan_layout.addWidget(self.plan)
        plan_layout.addStretch(1)
        row.addWidget(plan, 3)

        right = QVBoxLayout()
        right.setSpacing(14)
        breath, breath_layout = card()
        self.breath_title = title_label("subtitle")
        self.breath_text = QLabel()
        self.breath_text.setWordWrap(True)
        self.breath_text.setObjectName("muted")
        self.circle = BreathingCircle(ctx)
        self.circle.hide()
        self.listen(self.circle.finished, self._breathing_done)
        self.breath_word = QLabel()
        self.breath_word.setObjectName("breath_word")
        self.breath_word.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.breath_word.setStyleSheet("font-size: 22px; color: #1d3b4f;")
        self.breath_word.hide()
        self.breath_button = QPushButton()
        self.breath_button.setObjectName("breathe")
        self.listen(self.breath_button.clicked, self.toggle_breathing)
        self.breath_tick = QTimer(self)
        self.breath_tick.setInterval(200)
        self.listen(self.breath_tick.timeout, self._breath_words)
        for widget in (self.breath_title, self.breath_text):
            breath_layout.addWidget(widget)
        breath_layout.addWidget(self.circle, 1)
        breath_layout.addSpacing(6)
        breath_layout.addWidget(self.breath_word)
        breath_layout.addWidget(self.breath_button)
        right.addWidget(breath, 1)

        options, options_layout = card()
        self.options_title = title_label("subtitle")
        self.show_timer = WrapCheckBox()
        self.show_timer.setObjectName("show_timer")
        self.show_timer.setChecked(ctx.settings.show_timer)
        self.listen(self.show_timer.toggled, lambda _on: self.retranslate())
        self.noise = WrapCheckBox()
        self.noise.setObjectName("room_noise")
        self.noise_note = QLabel()
        self.noise_note.setWordWrap(True)
        self.noise_note.setObjectName("muted")
        options_layout.addWidget(self.options_title)
        options_layout.addWidget(self.show_timer)
        options_layout.addWidget(self.noise)
        options_layout.addWidget(self.noise_note)
        right.addWidget(options)
        row.addLayout(right, 2)
        outer.addLayout(row, 1)

        buttons = QHBoxLayout()
        self.back_button = QPushButton()
        self.back_button.setObjectName("back")
        self.listen(self.back_button.clicked, lambda: self.go("home"))
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setObjectName("exam_problem")
        self.problem.hide()
        self.begin_button = primary_button()
        self.begin_button.setObjectName("exam_start")
        self.begin_button.setMinimumHeight(48)
        self.begin_button.setMinimumWidth(260)
        self.listen(self.begin_button.clicked, self.begin)
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        buttons.addWidget(self.begin_button)
        outer.addWidget(self.problem)
        outer.addLayout(buttons)
        self.retranslate()

    # -- choices -------------------------------------------------------------------------
    def blueprint(self) -> Any:
        """The blueprint of the chosen exam, with the learner's choice of clock."""
        from examtrainer.services.ladder import effective_blueprint

        blueprint = effective_blueprint(
            self.ctx.paths.site_config, self.target, self.skill, self.mode
        )
        if self.show_timer.isChecked():
            return replace(blueprint, timer="visible")
        return replace(blueprint, timer="hidden_with_warnings")

    def _target_changed(self) -> None:
        self.target = str(self.target_box.currentData())
        self.retranslate()

    def _skill_changed(self, index: int) -> None:
        self.skill = SKILLS[index]
        self.retranslate()

    # -- breathing -----------------------------------------------------------------------
    def toggle_breathing(self) -> None:
        if self.circle.running:
            self.circle.stop()
            self._breathing_done()
            return
        self.circle.show()
        self.breath_word.show()
        self.circle.start()
        self.breath_tick.start()
        self._breath_words()

    def _breathing_done(self) -> None:
        self.breath_tick.stop()
        self.breathed = True
        self.circle.hide()
        self.breath_word.show()
        self.retranslate()

    def _breath_words(self) -> None:
        if not self.circle.running:
            return
        self.circle.step()
        if not self.circle.running:
            return
        self.breath_word.setText(
            self.tr("Adem in…") if self.circle.breathing_in else self.tr("Adem uit…")
        )
        self.breath_button.setText(self.tr("Overslaan"))

    # -- beginning -----------------------------------------------------------------------
    def begin(self) -> None:
        """Start the exam (one at a time: an unfinished one is offered first)."""
        if self.starting:
            return
        services = self.ctx.need_services()
        learner = self.ctx.need_learner()
        if offer_resume(self.ctx, self.window()) is not None:
            return
        self.circle.stop()
        self.breath_tick.stop()
        self.starting = True
        self.begin_button.setEnabled(False)
        blueprint = self.blueprint()
        clock = self.ctx.clock

        def work() -> Any:
            from examtrainer.services.exam import start_exam

            return start_exam(
                services.store,
                learner.id,
                self.target,
                self.skill,
                clock=clock,
                blueprint=blueprint,
            )

        self.ctx.runner.run(work, self._started, self._failed)

    def _started(self, run: Any) -> None:
        self.starting = False
        self.begin_button.setEnabled(True)
        self.exam_window = open_exam(
            self.window(),
            self.ctx,
            run,
            noise=self.noise.isChecked(),
            timed_set=self.mode == "timed_set",
        )

    def _failed(self, error: BaseException) -> None:
        self.starting = False
        self.begin_button.setEnabled(True)
        self.problem.setText(str(error))
        self.problem.show()

    def teardown(self) -> None:
        self.circle.stop()
        self.breath_tick.stop()
        super().teardown()

    # -- words ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        blueprint = self.blueprint()
        timed = self.mode == "timed_set"
        self.heading.setText(exam_title(blueprint, timed))
        self.calm.setText(
            self.tr(
                "Dit is een oefening. Er gaat niets mis als het niet goed gaat. "
                "Een beetje zenuwen is normaal: ze helpen u om scherp te zijn."
            )
        )
        self.target_label.setText(self.tr("Examen:"))
        self.target_box.setItemText(0, self.tr("A2 (inburgeringsexamen)"))
        self.target_box.setItemText(1, self.tr("B1 (Staatsexamen NT2 I)"))
        self.skill_label.setText(self.tr("Onderdeel:"))
        self.skill_buttons["reading"].setText(self.tr("Lezen"))
        self.skill_buttons["listening"].setText(self.tr("Luisteren"))
        self.skill_buttons["speaking"].setText(self.tr("Spreken"))
        self.plan_title.setText(self.tr("Wat gaat er gebeuren?"))
        lines = plan_lines(blueprint)
        if timed:
            lines.insert(
                0,
                self.tr("Dit is een korte oefenset met tijd. Het is geen heel examen."),
            )
        self.plan.setText(plan_html(lines))
        self.breath_title.setText(self.tr("Eerst rustig ademhalen?"))
        self.breath_text.setText(
            self.tr("Adem een minuut rustig mee met de cirkel. Dat helpt tegen zenuwen.")
        )
        if self.circle.running:
            self.breath_button.setText(self.tr("Overslaan"))
        elif self.breathed:
            self.breath_word.setText(self.tr("Goed gedaan. U bent klaar om te beginnen."))
            self.breath_button.setText(self.tr("Nog een keer ademhalen"))
        else:
            self.breath_button.setText(self.tr("Adem een minuut mee"))
        self.options_title.setText(self.tr("Wat wilt u?"))
        self.show_timer.setText(self.tr("Laat de klok zien"))
        self.noise.setText(self.tr("Geluid van een examenzaal"))
        self.noise_note.setText(
            self.tr("In de examenzaal praten andere mensen soms. Zo went u daaraan.")
        )
        self.back_button.setText(self.tr("Terug"))
        self.begin_button.setText(
            self.tr("Begin de oefenset") if timed else self.tr("Begin het examen")
        )
