"""Teacher mode, tab "Exporteren": results of a learner, a group or everyone as CSV (Dutch
Excel) or XLSX, and a PDF progress report of one learner."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from examtrainer.gui.context import AppContext
from examtrainer.gui.qt import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from examtrainer.gui.teacher.base import TeacherTab, muted_label


class ExportTab(TeacherTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.choices: list[tuple[str, int | None, str]] = []  # (kind, id, name)
        layout = QVBoxLayout(self)
        grid = QGridLayout()
        self.who_label = QLabel()
        self.who = QComboBox()
        self.who.setObjectName("export_who")
        self.who.setMinimumWidth(280)
        self.listen(self.who.currentIndexChanged, lambda _i: self._update_buttons())
        grid.addWidget(self.who_label, 0, 0)
        grid.addWidget(self.who, 0, 1)
        self.csv_button = QPushButton()
        self.csv_button.setObjectName("export_csv")
        self.xlsx_button = QPushButton()
        self.xlsx_button.setObjectName("export_xlsx")
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("export_pdf")
        self.listen(self.csv_button.clicked, lambda: self.choose_target("csv"))
        self.listen(self.xlsx_button.clicked, lambda: self.choose_target("xlsx"))
        self.listen(self.pdf_button.clicked, lambda: self.choose_target("pdf"))
        grid.addWidget(self.csv_button, 1, 1)
        grid.addWidget(self.xlsx_button, 2, 1)
        grid.addWidget(self.pdf_button, 3, 1)
        self.csv_note = muted_label()
        self.xlsx_note = muted_label()
        self.pdf_note = muted_label()
        grid.addWidget(self.csv_note, 1, 2)
        grid.addWidget(self.xlsx_note, 2, 2)
        grid.addWidget(self.pdf_note, 3, 2)
        grid.setColumnStretch(2, 1)
        layout.addLayout(grid)
        self.status = muted_label()
        self.status.setObjectName("export_status")
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        services = self.ctx.need_services()

        def load() -> tuple[list[Any], list[Any]]:
            return services.store.learners.groups(), services.store.learners.all()

        self.run(load, self._loaded)

    def _loaded(self, result: tuple[list[Any], list[Any]]) -> None:
        groups, learners = result
        current = self.chosen()
        self.choices = [("all", None, "")]
        self.choices += [("group", g.id, g.name) for g in groups]
        self.choices += [("learner", x.id, x.name) for x in learners]
        self._fill_combo()
        index = next((i for i, c in enumerate(self.choices) if (c[0], c[1]) == current), 0)
        self.who.setCurrentIndex(index)
        self._update_buttons()

    def _fill_combo(self) -> None:
        self.who.blockSignals(True)
        self.who.clear()
        for kind, key, name in self.choices:
            if kind == "all":
                text = self.tr("Alle leerlingen")
            elif kind == "group":
                text = self.tr("Groep: {name}").format(name=name)
            else:
                text = self.tr("Leerling: {name}").format(name=name)
            self.who.addItem(text, f"{kind}:{'' if key is None else key}")
        self.who.blockSignals(False)

    def chosen(self) -> tuple[str, int | None]:
        """("all" | "group" | "learner", id or None) of the current choice."""
        data = self.who.currentData() or "all:"
        kind, _, key = str(data).partition(":")
        return kind, int(key) if key else None

    def select(self, kind: str, key: int | None) -> None:
        index = self.who.findData(f"{kind}:{'' if key is None else key}")
        if index >= 0:
            self.who.setCurrentIndex(index)

    def _update_buttons(self) -> None:
        self.pdf_button.setEnabled(self.chosen()[0] == "learner")

    def choose_target(self, fmt: str) -> None:
        filters = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)", "pdf": "PDF (*.pdf)"}
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Opslaan als"), str(Path.home() / f"resultaten.{fmt}"), filters[fmt]
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        if fmt == "pdf":
            self.export_pdf(path)
        else:
            self.export_results(path, fmt)

    def export_results(self, path: Path, fmt: str) -> None:
        from examtrainer.services.export import export_results

        services = self.ctx.need_services()
        kind, key = self.chosen()
        learner_id = key if kind == "learner" else None
        group_id = key if kind == "group" else None
        self.status.setText(self.tr("Bezig…"))
        self.run(
            lambda: export_results(
                services.store, path, fmt, learner_id=learner_id, group_id=group_id
            ),
            self._saved,
        )

    def export_pdf(self, path: Path) -> None:
        from examtrainer.gui.reports import collect_report, write_progress_pdf

        kind, key = self.chosen()
        if kind != "learner" or key is None:
            return
        services = self.ctx.need_services()
        self.status.setText(self.tr("Bezig…"))
        # The data comes from the database in the background; the page is drawn here.
        self.run(
            lambda: collect_report(services, key),
            lambda report: self._saved(write_progress_pdf(report, path)),
        )

    def _saved(self, path: Path) -> None:
        self.status.setText(self.tr("Opgeslagen: {path}").format(path=path))

    def retranslate(self) -> None:
        self.who_label.setText(self.tr("Resultaten van:"))
        self.csv_button.setText(self.tr("Opslaan als CSV…"))
        self.xlsx_button.setText(self.tr("Opslaan als Excel (XLSX)…"))
        self.pdf_button.setText(self.tr("Voortgangsverslag (PDF)…"))
        self.csv_note.setText(
            self.tr("Eén regel per leerling en onderdeel. Opent direct in Excel.")
        )
        self.xlsx_note.setText(self.tr("Een overzicht en een blad met alle antwoorden."))
        self.pdf_note.setText(
            self.tr("Voor één leerling: niveau, grafiek, oefentijd en proefexamens.")
        )
        if self.choices:
            index = self.who.currentIndex()
            self._fill_combo()
            self.who.setCurrentIndex(index)
