"""The end of a practice session or placement test: what went well, the level, what next."""

from __future__ import annotations

from typing import Any

from examtrainer.gui.context import AppContext
from examtrainer.gui.qt import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget
from examtrainer.gui.screens.base import Screen, card, primary_button, title_label


class SummaryScreen(Screen):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        result: Any = None,
        skill: str = "reading",
        placement: bool = False,
    ) -> None:
        super().__init__(ctx, parent)
        self.result = result
        self.skill = skill
        self.placement = placement
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 40, 60, 40)
        self.heading = title_label()
        outer.addWidget(self.heading)
        box, layout = card()
        self.score = QLabel()
        self.score.setObjectName("subtitle")
        self.score.setWordWrap(True)
        self.level = QLabel()
        self.level.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        for widget in (self.score, self.level, self.advice):
            layout.addWidget(widget)
        outer.addWidget(box)
        outer.addStretch(1)
        buttons = QHBoxLayout()
        self.home_button = QPushButton()
        self.home_button.setObjectName("home")
        self.listen(self.home_button.clicked, lambda: self.go("home"))
        self.again_button = primary_button()
        self.again_button.setObjectName("again")
        self.listen(
            self.again_button.clicked,
            lambda: self.go(self.skill, skill=self.skill, placement=self.placement_unfinished),
        )
        buttons.addWidget(self.home_button)
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        outer.addLayout(buttons)
        self.retranslate()

    def theme_name(self, theme: str) -> str:
        names = {
            "municipality": self.tr("de gemeente"),
            "work": self.tr("werk"),
            "health": self.tr("gezondheid"),
            "housing": self.tr("wonen"),
            "school": self.tr("school"),
            "shopping": self.tr("winkelen"),
            "transport": self.tr("reizen"),
            "leisure": self.tr("vrije tijd"),
            "money": self.tr("geld"),
            "family": self.tr("familie"),
            "neighbours": self.tr("buren"),
            "services": self.tr("instanties"),
            "news": self.tr("nieuws"),
            "general": self.tr("algemeen"),
        }
        return names.get(theme, theme)

    @property
    def placement_unfinished(self) -> bool:
        """A placement test stopped before it could give a level: "again" starts it again."""
        return bool(getattr(self.result, "placement_to_go", 0))

    def _stopped_placement(self, result: Any, to_go: int) -> str:
        """A placement test stopped early gives no level; say what is known so far."""
        done = result.summary.answered
        needed = done + to_go
        parts = [
            self.tr("U heeft %n vragen gemaakt.", "", done)
            + " "
            + self.tr("Voor een niveau zijn er minstens %n nodig.", "", needed)
        ]
        if result.level_range is not None:
            low, high = result.level_range
            parts.append(
                self.tr("Tot nu toe lijkt uw niveau {level}. Dat is nog niet zeker.").format(
                    level=low
                )
                if low == high
                else self.tr("Tot nu toe lijkt uw niveau tussen {low} en {high}.").format(
                    low=low, high=high
                )
            )
        parts.append(self.tr("Maak de korte test nog een keer helemaal. Dan weten we het beter."))
        return " ".join(parts)

    def retranslate(self) -> None:
        self.home_button.setText(self.tr("Naar het begin"))
        self.again_button.setText(
            self.tr("De korte test opnieuw maken")
            if self.placement_unfinished
            else self.tr("Nog een keer oefenen")
        )
        result = self.result
        if result is None:
            return
        summary = result.summary
        self.heading.setText(
            self.tr("De test is klaar. Dank u wel!")
            if self.placement
            else self.tr("Klaar! Goed gedaan.")
        )
        minutes = max(1, round(summary.seconds / 60)) if summary.answered else 0
        spoken = getattr(result, "recorded", 0)  # speaking: answers that a person rates
        if spoken:
            keyed = getattr(result, "keyed", 0)
            parts = [
                self.tr("U heeft %n opdrachten ingesproken.", "", spoken),
                self.tr("U oefende %n minuten.", "", minutes),
            ]
            if keyed:
                chose = self.tr(
                    "Bij {good} van de %n keuzevragen koos u de goede reactie.", "", keyed
                )
                parts.append(chose.format(good=summary.correct))
            self.score.setText(" ".join(parts))
        else:
            self.score.setText(
                self.tr("U heeft {good} van de %n vragen goed.", "", summary.answered).format(
                    good=summary.correct
                )
                + " "
                + self.tr("U oefende %n minuten.", "", minutes)
            )
        saved = getattr(result, "saved_recordings", 0)
        failed = getattr(result, "not_recorded", 0)
        to_go = getattr(result, "placement_to_go", 0)
        if to_go:
            self.level.setText(self._stopped_placement(result, to_go))
        elif result.level_after is None:
            self.level.setText(
                self.tr("Uw opnames zijn bewaard. Uw docent kan ze later beluisteren.")
                if saved
                else self.tr("Er zijn geen opnames bewaard.")
            )
        elif result.level_before and result.level_before != result.level_after:
            self.level.setText(
                self.tr("Uw niveau is nu {level}. Eerst was het {before}.").format(
                    level=result.level_after, before=result.level_before
                )
            )
        else:
            self.level.setText(self.tr("Uw niveau is nu {level}.").format(level=result.level_after))
        if failed:
            self.advice.setText(
                self.tr("%n opdrachten zijn niet opgenomen.", "", failed)
                + " "
                + self.tr("Test de microfoon bij 'Geluid testen'. Probeer het dan nog een keer.")
            )
        elif summary.weak_themes:
            themes = ", ".join(self.theme_name(t) for t in summary.weak_themes)
            advice = (
                self.tr("Oefen nog wat meer met fragmenten over: {themes}.")
                if self.skill == "listening"
                else self.tr("Oefen nog wat meer met teksten over: {themes}.")
            )
            self.advice.setText(advice.format(themes=themes))
        else:
            self.advice.setText(
                self.tr("Alles ging goed. Probeer de volgende keer iets moeilijkers.")
            )
