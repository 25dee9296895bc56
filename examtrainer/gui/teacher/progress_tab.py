"""Teacher mode, tab "Voortgang": per class the level, readiness and practice per skill, and
per learner the same with the last activity, recordings to review and mock exams."""

from __future__ import annotations

from typing import Any

from examtrainer.gui.context import AppContext
from examtrainer.gui.qt import (
    QComboBox,
    QCoreApplication,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)
from examtrainer.gui.teacher.base import TeacherTab, fill_table, make_table, muted_label

SKILLS = ("reading", "listening", "speaking")


def skill_names(tab: QWidget) -> dict[str, str]:
    # Literal contexts, so that lupdate files them where they are looked up.
    return {
        "reading": QCoreApplication.translate("ProgressTab", "Lezen"),
        "listening": QCoreApplication.translate("ProgressTab", "Luisteren"),
        "speaking": QCoreApplication.translate("ProgressTab", "Spreken"),
    }


def percent(value: float | None) -> str:
    return "" if value is None else f"{round(100 * value)}%"


class ProgressTab(TeacherTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.progress: Any = None
        self.groups: list[Any] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.group_label = QLabel()
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("progress_group")
        self.group_combo.setMinimumWidth(220)
        self.listen(self.group_combo.activated, lambda _i: self.refresh())
        top.addWidget(self.group_label)
        top.addWidget(self.group_combo)
        top.addStretch(1)
        layout.addLayout(top)
        self.class_heading = QLabel()
        self.class_heading.setObjectName("subtitle")
        layout.addWidget(self.class_heading)
        self.class_table = make_table(7, "class_table")
        self.class_table.setMaximumHeight(130)
        layout.addWidget(self.class_table)
        self.learner_heading = QLabel()
        self.learner_heading.setObjectName("subtitle")
        layout.addWidget(self.learner_heading)
        self.table = make_table(10, "progress_table")
        layout.addWidget(self.table, 1)
        self.legend = muted_label()
        layout.addWidget(self.legend)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        services = self.ctx.need_services()
        group_id = self.group_combo.currentData() if self.group_combo.count() else None

        def load() -> tuple[Any, list[Any]]:
            groups = services.store.learners.groups()
            wanted = group_id if group_id in {g.id for g in groups} else None
            return services.teaching.class_progress(wanted), groups

        self.run(load, self._loaded)

    def _loaded(self, result: tuple[Any, list[Any]]) -> None:
        self.progress, self.groups = result
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("Alle leerlingen"), None)
        for group in self.groups:
            self.group_combo.addItem(group.name, group.id)
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(self.progress.group_id)))
        self._show()

    def _show(self) -> None:
        if self.progress is None:
            return
        names = skill_names(self)
        rows = []
        for skill, s in self.progress.skills.items():
            good = "" if s.percent_correct is None else f"{round(s.percent_correct)}%"
            levels = ", ".join(f"{lvl} {n}" for lvl, n in sorted(s.levels.items()))
            rows.append(
                [
                    names[skill],
                    f"{s.placed} / {s.learners}",
                    s.level or "",
                    percent(s.mean_readiness_a2),
                    s.answered,
                    good,
                    levels,
                ]
            )
        fill_table(self.class_table, rows)
        learner_rows = []
        for summary in self.progress.learners:
            cells: list[Any] = [summary.learner.name, summary.group_name]
            target = summary.learner.exam_target
            for skill in SKILLS:
                s = summary.skills[skill]
                cells.append(f"{s.level} · {percent(s.readiness(target))}" if s.level else "–")
            last = summary.last_activity
            cells += [
                summary.answered,
                round(summary.seconds / 60),
                last.astimezone().strftime("%d-%m-%Y %H:%M") if last else "",
                summary.recordings_to_review,
                summary.mock_exams,
            ]
            learner_rows.append(cells)
        fill_table(self.table, learner_rows, [s.learner.id for s in self.progress.learners])

    def retranslate(self) -> None:
        names = skill_names(self)
        self.group_label.setText(self.tr("Groep:"))
        if self.group_combo.count():
            self.group_combo.setItemText(0, self.tr("Alle leerlingen"))
        self.class_heading.setText(self.tr("De groep"))
        self.learner_heading.setText(self.tr("Per leerling"))
        self.class_table.setHorizontalHeaderLabels(
            [
                self.tr("Onderdeel"),
                self.tr("Met niveau"),
                self.tr("Gemiddeld niveau"),
                self.tr("Gem. kans A2"),
                self.tr("Vragen"),
                self.tr("Goed"),
                self.tr("Niveaus"),
            ]
        )
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Naam"),
                self.tr("Groep"),
                names["reading"],
                names["listening"],
                names["speaking"],
                self.tr("Vragen"),
                self.tr("Minuten"),
                self.tr("Laatst actief"),
                self.tr("Te beoordelen"),
                self.tr("Proefexamens"),
            ]
        )
        self.legend.setText(
            self.tr(
                "Per onderdeel: niveau nu · kans om het examen te halen (op het niveau van de "
                "leerling: A2 of B1). Een streepje: nog geen niveau."
            )
        )
        self._show()
