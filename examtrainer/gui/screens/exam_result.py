"""After the exam: the raw score per part, an estimate of level and readiness (clearly an
estimate, never an official pass mark), kind advice, and a review of every question with the
learner's answer, the right answer and the explanation. Recorded answers are played back and
rated by the learner; a rating counts at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from examtrainer.gui.context import AppContext
from examtrainer.gui.exam_texts import exam_title
from examtrainer.gui.qt import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
)
from examtrainer.gui.readiness_texts import ON_THE_WAY, READY, probability_range
from examtrainer.gui.screens.base import Screen, card, primary_button, title_label
from examtrainer.gui.widgets.audio import AudioPanel, SharedPlayer


class ReviewCard(QFrame):
    """One question of the review."""

    def __init__(self, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.number = number
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 12, 18, 12)
        layout.setSpacing(6)
        self.layout_ = layout
        self.title = QLabel()
        self.title.setObjectName("subtitle")
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.answer = QLabel()
        self.answer.setWordWrap(True)
        self.right = QLabel()
        self.right.setWordWrap(True)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setObjectName("muted")
        for widget in (self.title, self.question, self.answer, self.right, self.explanation):
            widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(widget)
        self.audio: AudioPanel | None = None
        self.rating: QButtonGroup | None = None
        self.rating_row = QHBoxLayout()
        layout.addLayout(self.rating_row)


class ExamResultScreen(Screen):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        run: Any = None,
        timed_set: bool = False,
    ) -> None:
        super().__init__(ctx, parent)
        self.run = run
        self.timed_set = timed_set
        self.result = run.result()
        self.shared = SharedPlayer(ctx.make_player()) if ctx.player_factory else None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 24, 40, 20)
        outer.setSpacing(12)
        top = QHBoxLayout()
        self.heading = title_label()
        top.addWidget(self.heading, 1)
        self.home_button = primary_button()
        self.home_button.setObjectName("result_home")
        self.listen(self.home_button.clicked, lambda: self.go("home"))
        top.addWidget(self.home_button)
        outer.addLayout(top)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget()
        inner.setObjectName("result_inner")
        scroll.viewport().setObjectName("result_viewport")
        scroll.setObjectName("result_scroll")
        scroll.setStyleSheet(
            "#result_scroll, #result_viewport, #result_inner { background: transparent; }"
        )
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(0, 0, 12, 0)
        self.body.setSpacing(12)
        scroll.setWidget(inner)
        outer.addWidget(scroll, 1)

        summary, summary_layout = card()
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        self.reason.setObjectName("muted")
        self.score = QLabel()
        self.score.setObjectName("exam_score")
        self.score.setWordWrap(True)
        self.score.setStyleSheet("font-size: 22px; font-weight: 600; color: #1d3b4f;")
        self.estimate = QLabel()
        self.estimate.setWordWrap(True)
        self.estimate.setObjectName("exam_estimate")
        self.estimate_note = QLabel()
        self.estimate_note.setWordWrap(True)
        self.estimate_note.setObjectName("muted")
        for widget in (self.reason, self.score, self.estimate, self.estimate_note):
            summary_layout.addWidget(widget)
        self.body.addWidget(summary)

        advice, advice_layout = card()
        self.advice_title = title_label("subtitle")
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setObjectName("exam_advice")
        advice_layout.addWidget(self.advice_title)
        advice_layout.addWidget(self.advice)
        self.body.addWidget(advice)

        self.review_title = title_label("subtitle")
        self.body.addWidget(self.review_title)
        self.cards: list[ReviewCard] = []
        for entry in self.result.review:
            review = ReviewCard(entry.number)
            if isinstance(entry.answer, dict) and entry.answer.get("recording") and self.shared:
                review.audio = AudioPanel(self.shared)
                review.audio.set_source(Path(entry.answer["recording"]))
                review.layout_.insertWidget(3, review.audio)
                group = QButtonGroup(review)
                for value, name in ((True, "rate_good"), (False, "rate_bad")):
                    button = QRadioButton()
                    button.setObjectName(name)
                    group.addButton(button, int(value))
                    review.rating_row.addWidget(button)
                review.rating_row.addStretch(1)
                if entry.correct is not None:
                    group.button(int(entry.correct)).setChecked(True)
                self.listen(
                    group.idClicked, lambda value, n=entry.number: self.rate(n, bool(value))
                )
                review.rating = group
            self.cards.append(review)
            self.body.addWidget(review)
        self.body.addStretch(1)
        self.retranslate()

    def rate(self, number: int, correct: bool) -> None:
        """The learner's own rating of a recording: counted at once."""
        self.run.rate(number, correct)
        self.result = self.run.result()
        self.retranslate()

    def teardown(self) -> None:
        if self.shared is not None:
            self.shared.stop()
        super().teardown()

    # -- words ---------------------------------------------------------------------------
    def _answer_text(self, answer: Any) -> str:
        if answer is None:
            return self.tr("(geen antwoord)")
        if isinstance(answer, dict):
            return self.tr("uw opname") if answer.get("recording") else self.tr("(geen opname)")
        if isinstance(answer, list | tuple):
            return ", ".join(str(a) for a in answer)
        return str(answer)

    def _readiness_words(self, chance: float) -> str:
        if chance >= READY:
            return self.tr("U bent waarschijnlijk klaar voor dit deel van het examen.")
        if chance >= ON_THE_WAY:
            return self.tr("U bent goed op weg. Met wat meer oefening lukt het.")
        return self.tr("U heeft nog oefening nodig. Oefen elke dag een beetje.")

    def _advice_text(self, advice: Any) -> str:
        data = advice.data
        mistakes, count = int(data.get("mistakes", 0)), int(data.get("count", 0))
        texts = {
            "well_done": self.tr(
                "Heel goed gedaan! Blijf zo oefenen, dan houdt u dit niveau vast."
            ),
            "theme": self.tr(
                "Oefen nog wat meer met het onderwerp {theme}. Daar had u %n fouten.", "", mistakes
            ),
            "text_type": self.tr(
                "Oefen nog wat meer met {kind}. Daar had u %n fouten.", "", mistakes
            ),
            "unanswered": self.tr(
                "U heeft %n vragen niet beantwoord. Geef altijd een antwoord. "
                "Een gok kan ook goed zijn.",
                "",
                count,
            ),
            "rate_recordings": self.tr(
                "Luister naar uw %n opnames en zeg of ze goed waren. "
                "Of vraag uw docent om te luisteren.",
                "",
                count,
            ),
            "keep_going": self.tr("Oefen elke dag een beetje. Korte stukjes helpen al."),
        }
        template = texts.get(advice.code)
        if template is None:
            return str(advice.text)
        return template.format(theme=data.get("theme_nl", ""), kind=data.get("text_type_nl", ""))

    def retranslate(self) -> None:
        result = self.result
        blueprint = self.run.session.blueprint
        self.heading.setText(
            self.tr("Uw uitslag: {title}").format(title=exam_title(blueprint, self.timed_set))
        )
        self.home_button.setText(self.tr("Terug naar het begin"))
        self.reason.setText(
            self.tr("De tijd was om. Wat u had ingevuld, telt mee.")
            if result.finish_reason == "time_up"
            else self.tr("U heeft het examen ingeleverd.")
        )
        lines = []
        for part in result.parts:
            name = {
                "recorded": self.tr("Deel 1 (inspreken)"),
                "choose_reaction": self.tr("Deel 2 (reactie kiezen)"),
                "short": self.tr("Korte opdrachten"),
                "medium": self.tr("Middellange opdrachten"),
            }.get(part.name, "")
            line = self.tr("{raw} van de {total} goed").format(raw=part.raw, total=part.max_raw)
            if part.pending:
                line += " " + self.tr("(%n opnames nog niet beoordeeld)", "", part.pending)
            lines.append(f"{name}: {line}" if name else line)
        self.score.setText("\n".join(lines))
        estimate = []
        if result.level:
            estimate.append(self.tr("Geschat niveau: {level}").format(level=result.level))
        if result.scale_score is not None:
            estimate.append(
                self.tr("Geschatte score: {score} (voldoende is {cut})").format(
                    score=result.scale_score, cut=result.scale_pass
                )
            )
        if result.readiness is not None:
            chance = result.readiness
            if result.pass_raw_hint is not None and result.raw < result.pass_raw_hint:
                chance = min(chance, ON_THE_WAY)  # never sound surer than the raw score
            estimate.append(
                self.tr("Kans om te slagen: {chance}.").format(chance=probability_range(chance))
                + " "
                + self._readiness_words(chance)
            )
        if not estimate:
            estimate.append(self.tr("Beoordeel eerst uw opnames. Dan kunnen we iets schatten."))
        self.estimate.setText("\n".join(estimate))
        note = self.tr(
            "Dit is een schatting van dit programma. Het is geen officiële uitslag. "
            "Bij het echte examen kan het anders gaan."
        )
        if result.pass_raw_hint is not None and not self.timed_set:
            note += " " + self.tr(
                "Websites voor de voorbereiding zeggen: ongeveer {n} van de %n goed is "
                "genoeg. Dat is geen officiële grens.",
                "",
                result.max_raw,
            ).format(n=result.pass_raw_hint)
        self.estimate_note.setText(note)
        self.advice_title.setText(self.tr("Ons advies"))
        self.advice.setText("\n".join(f"•  {self._advice_text(a)}" for a in result.advice))
        self.review_title.setText(self.tr("Alle vragen nog eens bekijken"))
        for entry, review in zip(result.review, self.cards, strict=True):
            if entry.correct is None:
                verdict = self.tr("nog niet beoordeeld")
            elif not entry.answered:
                verdict = self.tr("niet beantwoord")
            elif entry.correct:
                verdict = self.tr("goed")
            else:
                verdict = self.tr("fout")
            mark = "✓" if entry.correct else ("?" if entry.correct is None else "✗")
            colour = {True: "#2e7d4f", False: "#a8521a"}.get(entry.correct, "#3d5566")
            review.title.setStyleSheet(f"color: {colour};")
            review.title.setText(
                self.tr("{mark} Vraag {n}: {verdict}").format(
                    mark=mark, n=entry.number, verdict=verdict
                )
            )
            review.question.setText(entry.question)
            review.answer.setText(
                self.tr("Uw antwoord: {answer}").format(answer=self._answer_text(entry.answer))
            )
            recorded = isinstance(entry.answer, dict)
            review.right.setText(
                (
                    self.tr("Een goed antwoord: {answer}")
                    if recorded or entry.part in ("recorded", "short", "medium")
                    else self.tr("Het goede antwoord: {answer}")
                ).format(answer=entry.right_answer)
            )
            review.explanation.setText(entry.explanation)
            review.explanation.setVisible(bool(entry.explanation))
            if review.rating is not None:
                review.rating.button(1).setText(self.tr("Mijn antwoord was goed"))
                review.rating.button(0).setText(self.tr("Mijn antwoord was niet goed"))
            if review.audio is not None:
                review.audio.retranslate()
