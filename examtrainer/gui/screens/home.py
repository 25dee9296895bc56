"""Home: the learner's goal, and per skill their level, readiness and the next step."""

from __future__ import annotations

from datetime import date
from typing import Any

from examtrainer.gui.context import AppContext
from examtrainer.gui.qt import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from examtrainer.gui.screens.base import Screen, card, primary_button, title_label
from examtrainer.gui.widgets.charts import LevelChart
from examtrainer.gui.widgets.exam_ladder import ExamLadder

SKILLS = ("reading", "listening", "speaking")
# Screens that practise each skill; a skill without a screen yet is shown as coming soon.
SKILL_SCREENS = {"reading": "reading", "listening": "listening", "speaking": "speaking"}
SOUND_SKILLS = ("listening", "speaking")  # the sound check comes first, once per run


class SkillCard(QWidget):
    def __init__(self, skill: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.skill = skill
        frame, layout = card()
        layout.setSpacing(6)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(frame)
        self.name = title_label("subtitle")
        self.level = QLabel()
        self.readiness_bar = QProgressBar()
        self.readiness_bar.setRange(0, 100)
        self.readiness_text = QLabel()
        self.readiness_text.setWordWrap(True)
        self.readiness_text.setObjectName("muted")
        self.done = QLabel()
        self.done.setObjectName("muted")
        self.done.setWordWrap(True)
        self.start = primary_button()
        self.start.setObjectName(f"start_{skill}")
        self.start.setProperty("skill", skill)
        self.chart = LevelChart()
        for widget in (self.name, self.level, self.readiness_bar, self.readiness_text):
            layout.addWidget(widget)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.done)
        layout.addWidget(self.start)


class HomeScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.progress: Any = None
        self.available: dict[str, int] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 18, 32, 14)  # fits the default 900×620 window
        outer.setSpacing(10)
        top = QHBoxLayout()
        self.greeting = title_label()
        top.addWidget(self.greeting, 1)
        self.language_box = QComboBox()
        for code, name in ctx.languages.available().items():
            self.language_box.addItem(name, code)
        self.language_box.setCurrentIndex(
            max(0, self.language_box.findData(ctx.languages.language))
        )
        self.listen(self.language_box.currentIndexChanged, self._language_changed)
        top.addWidget(self.language_box)
        self.sound_button = QPushButton()
        self.sound_button.setObjectName("soundcheck")
        self.listen(self.sound_button.clicked, lambda: self.go("soundcheck"))
        top.addWidget(self.sound_button)
        self.profiles_button = QPushButton()
        self.listen(self.profiles_button.clicked, lambda: self.go("profiles"))
        top.addWidget(self.profiles_button)
        outer.addLayout(top)
        self.goal = QLabel()
        self.goal.setObjectName("subtitle")
        self.goal.setWordWrap(True)
        outer.addWidget(self.goal)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.cards: dict[str, SkillCard] = {}
        for column, skill in enumerate(SKILLS):
            skill_card = SkillCard(skill)
            self.listen(skill_card.start.clicked, lambda _c=False, s=skill: self._start(s))
            self.cards[skill] = skill_card
            grid.addWidget(skill_card, 0, column)
        outer.addLayout(grid, 1)
        self.ladder = ExamLadder(ctx)  # the steps toward the exam, and exam mode itself
        self.listen(self.ladder.practise, self._start)
        self.listen(self.ladder.navigate, self._navigate_from_ladder)
        outer.addWidget(self.ladder)
        self.summary = QLabel()
        self.summary.setObjectName("muted")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        services = self.ctx.need_services()
        learner = self.ctx.need_learner()

        def load() -> tuple[Any, dict[str, int]]:
            counts: dict[str, int] = {}
            for info in services.store.banks.all():
                for skill, n in info.counts.items():
                    counts[skill] = counts.get(skill, 0) + n
            return services.progress(learner.id), counts

        self.ctx.runner.run(load, self._loaded, self._failed)

    def _loaded(self, result: tuple[Any, dict[str, int]]) -> None:
        first = self.progress is None and not self.available
        self.progress, self.available = result
        self.retranslate()
        if first:
            self.focus_start()  # the start buttons can take the focus now
            self.usable.emit()

    def is_usable(self) -> bool:
        """Home is usable once the learner's figures are there and the buttons enabled."""
        return self.progress is not None

    def _failed(self, error: BaseException) -> None:
        if self.ctx.on_error:
            self.ctx.on_error(error)

    def _navigate_from_ladder(self, name: str, kwargs: dict[str, Any]) -> None:
        self.go(name, **kwargs)

    def focus_start(self) -> None:
        """The keyboard starts on the first skill that can be practised."""
        for skill_card in self.cards.values():
            if skill_card.start.isEnabled():
                skill_card.start.setFocus(Qt.FocusReason.TabFocusReason)
                return
        super().focus_start()

    def _language_changed(self) -> None:
        self.ctx.languages.switch(self.language_box.currentData())

    def _start(self, skill: str) -> None:
        skill_progress = self.progress.skills.get(skill) if self.progress else None
        # Speaking starts with practice at once: its recorded tasks cannot place a learner.
        placement = skill != "speaking" and (skill_progress is None or not skill_progress.placed)
        kwargs = {"skill": skill, "placement": placement}
        if skill in SOUND_SKILLS and not self.ctx.sound_checked:
            self.go("soundcheck", then=SKILL_SCREENS[skill], then_kwargs=kwargs)
        else:
            self.go(SKILL_SCREENS[skill], **kwargs)

    def skill_name(self, skill: str) -> str:
        return {
            "reading": self.tr("Lezen"),
            "listening": self.tr("Luisteren"),
            "speaking": self.tr("Spreken"),
        }[skill]

    def retranslate(self) -> None:
        learner = self.ctx.learner
        name = learner.name if learner else ""
        self.greeting.setText(self.tr("Hallo {name}!").format(name=name))
        self.sound_button.setText(self.tr("Geluid testen"))
        self.profiles_button.setText(self.tr("Ander profiel"))
        goal_parts = []
        if learner and learner.goal:
            goal = learner.goal.rstrip(".!?")
            goal_parts.append(self.tr("Uw doel: {goal}.").format(goal=goal))
        exam = learner.exam_target if learner else "A2"
        goal_parts.append(self.tr("U oefent voor het examen op niveau {level}.").format(level=exam))
        if learner and learner.deadline:
            days = (learner.deadline - date.today()).days
            if days >= 0:
                goal_parts.append(self.tr("Nog %n dagen tot uw examen.", "", days))
        self.goal.setText(" ".join(goal_parts))
        target = exam if exam in ("A2", "B1") else "A2"
        for skill, skill_card in self.cards.items():
            skill_card.name.setText(self.skill_name(skill))
            has_items = self.available.get(skill, 0) > 0
            sp = self.progress.skills.get(skill) if self.progress else None
            if sp is not None and sp.placed:
                skill_card.level.setText(self.tr("Uw niveau nu: {level}").format(level=sp.level))
                chance = sp.readiness_a2 if target == "A2" else sp.readiness_b1
                percent = round(100 * (chance or 0))
                skill_card.readiness_bar.setValue(percent)
                skill_card.readiness_bar.setFormat(self.tr("Klaar: %p%"))
                skill_card.readiness_text.setText(self._readiness_words(percent))
                skill_card.done.setText(
                    self.tr("%n vragen gemaakt, {good} goed.", "", sp.answered).format(
                        good=sp.correct
                    )
                )
                skill_card.start.setText(self.tr("Oefenen"))
                skill_card.chart.set_history(sp.history)
            else:
                skill_card.level.setText(self.tr("Nog geen niveau"))
                skill_card.readiness_bar.setValue(0)
                skill_card.readiness_bar.setFormat("")
                skill_card.done.setText("")
                skill_card.chart.set_history([])
                if skill == "speaking":
                    skill_card.readiness_text.setText(
                        self.tr("Spreek korte antwoorden in. Daarna luistert u naar uzelf.")
                    )
                    skill_card.start.setText(self.tr("Oefenen"))
                else:
                    skill_card.readiness_text.setText(
                        self.tr("Begin met een korte test. Dan weten we waar u kunt beginnen.")
                    )
                    skill_card.start.setText(self.tr("Korte test (5 minuten)"))
            skill_card.start.setEnabled(has_items)
            if not has_items:
                skill_card.start.setText(self.tr("Nog geen oefeningen"))
        if self.progress is not None:
            minutes = round(self.progress.total_seconds / 60)
            self.summary.setText(
                self.tr("U heeft in totaal %n minuten geoefend. Goed bezig!", "", minutes)
                if minutes
                else self.tr("Kies een onderdeel. Een keer oefenen duurt ongeveer 10 minuten.")
            )

    def _readiness_words(self, percent: int) -> str:
        if percent >= 80:
            return self.tr("U bent waarschijnlijk klaar voor dit deel van het examen.")
        if percent >= 50:
            return self.tr("U bent goed op weg. Blijf oefenen.")
        return self.tr("U heeft nog oefening nodig. Elke dag een beetje helpt.")
