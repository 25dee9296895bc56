"""The practice ladder on the home screen: per skill one line with the next step toward the
exam (placement, untimed practice, a timed set, a full mock exam) and a button for it; plus the
way into exam mode and, when an exam was interrupted, the offer to go on with it."""

from __future__ import annotations

import logging
from typing import Any

from examtrainer.gui.context import AppContext
from examtrainer.gui.exam_texts import skill_name
from examtrainer.gui.qt import (
    QEvent,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from examtrainer.gui.screens.base import primary_button, title_label
from examtrainer.gui.screens.exam_open import offer_resume

log = logging.getLogger(__name__)

SKILLS = ("reading", "listening", "speaking")


class ExamLadder(QFrame):
    """``practise(skill)``: start placement or untimed practice (the home screen knows how);
    ``navigate(name, kwargs)``: open another screen (the calm start of exam mode)."""

    practise = Signal(str)
    navigate = Signal(str, dict)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.ctx = ctx
        self.steps: dict[str, Any] = {}
        self.waiting: list[Any] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(18, 12, 18, 12)
        outer.setSpacing(8)
        top = QHBoxLayout()
        self.title = title_label("subtitle")
        top.addWidget(self.title, 1)
        self.resume_button = QPushButton()
        self.resume_button.setObjectName("exam_resume")
        self.resume_button.clicked.connect(self._resume)
        self.resume_button.hide()
        top.addWidget(self.resume_button)
        self.exam_button = primary_button()
        self.exam_button.setObjectName("exam_mode")
        self.exam_button.clicked.connect(lambda: self.navigate.emit("exam_start", {}))
        top.addWidget(self.exam_button)
        outer.addLayout(top)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.lines: dict[str, QLabel] = {}
        self.buttons: dict[str, QPushButton] = {}
        for column, skill in enumerate(SKILLS):
            line = QLabel()
            line.setWordWrap(True)
            line.setObjectName(f"ladder_{skill}")
            button = QPushButton()
            button.setObjectName(f"ladder_button_{skill}")
            button.clicked.connect(lambda _c=False, s=skill: self._step(s))
            button.hide()
            grid.addWidget(line, 0, column)
            grid.addWidget(button, 1, column)
            grid.setColumnStretch(column, 1)
            self.lines[skill] = line
            self.buttons[skill] = button
        outer.addLayout(grid)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        """Work out the next steps and any unfinished exam in the background."""
        services, learner = self.ctx.services, self.ctx.learner
        if services is None or learner is None:
            return
        target = learner.exam_target if learner.exam_target in ("A2", "B1") else "A2"

        def load() -> tuple[dict[str, Any], list[Any]]:
            from examtrainer.services.exam import resumable_exams
            from examtrainer.services.ladder import next_step, skill_histories

            histories = skill_histories(
                services.store, learner.id, services.progress(learner.id), target
            )
            steps = {skill: next_step(skill, h, target) for skill, h in histories.items()}
            return steps, resumable_exams(services.store, learner.id)

        self.ctx.runner.run(load, self._loaded, lambda e: log.warning("ladder: %s", e), owner=self)

    def _loaded(self, result: tuple[dict[str, Any], list[Any]]) -> None:
        self.steps, self.waiting = result
        self.retranslate()
        learner = self.ctx.learner
        if self.waiting and learner is not None and learner.id not in self.ctx.exam_resume_offered:
            self.ctx.exam_resume_offered.add(learner.id)
            offer_resume(self.ctx, self.window())

    def _resume(self) -> None:
        offer_resume(self.ctx, self.window())

    def _step(self, skill: str) -> None:
        step = self.steps.get(skill)
        if step is None:
            return
        if step.code in ("placement", "practice"):
            self.practise.emit(skill)
        else:
            mode = "timed_set" if step.code == "timed_set" else "exam"
            self.navigate.emit("exam_start", {"skill": skill, "mode": mode})

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Op weg naar het examen"))
        self.exam_button.setText(self.tr("Examen oefenen"))
        self.resume_button.setText(self.tr("Verder met uw examen"))
        self.resume_button.setVisible(bool(self.waiting))
        for skill in SKILLS:
            step = self.steps.get(skill)
            line, button = self.lines[skill], self.buttons[skill]
            button.setVisible(step is not None)
            if step is None:
                line.setText(skill_name(skill))
                continue
            texts = {
                "placement": (self.tr("Begin met de korte test."), self.tr("Korte test")),
                "practice": (self.tr("Oefen eerst zonder tijd."), self.tr("Oefenen")),
                "timed_set": (
                    self.tr("Probeer een korte oefenset met tijd."),
                    self.tr("Oefenset met tijd"),
                ),
                "mock_exam": (
                    self.tr("U bent klaar voor een heel proefexamen."),
                    self.tr("Proefexamen"),
                ),
            }
            words, action = texts[step.code]
            line.setText(f"<b>{skill_name(skill)}</b>: {words}")
            button.setText(action)
