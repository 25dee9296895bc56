"""The import preview: what a teacher's file would add, and every problem with its place,
before anything is installed. "Installeren" is only possible without problems."""

from __future__ import annotations

from typing import Any

from examtrainer.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from examtrainer.gui.teacher.base import fill_table, make_table, muted_label


class ImportPreviewDialog(QDialog):
    """Shows an :class:`~examtrainer.services.importing.ImportPreview`; accepted = install."""

    def __init__(self, preview: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_preview")
        self.preview = preview
        self.setMinimumSize(760, 560)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("subtitle")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.counts_label = QLabel()
        layout.addWidget(self.counts_label)
        self.counts = make_table(4, "import_counts")
        self.counts.setMaximumHeight(150)
        layout.addWidget(self.counts)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        layout.addWidget(self.problems_label)
        self.problems = make_table(5, "import_problems")
        self.problems.setWordWrap(True)
        layout.addWidget(self.problems, 1)
        self.notes = muted_label()
        layout.addWidget(self.notes)
        self.buttons = QDialogButtonBox()
        self.install_button = QPushButton()
        self.install_button.setObjectName("install")
        self.install_button.setProperty("primary", True)
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel")
        self.buttons.addButton(self.install_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.install_button.setEnabled(preview.ok)
        # Nothing to count when the file is refused: give the problems the room.
        self.counts_label.setVisible(preview.pack is not None)
        self.counts.setVisible(preview.pack is not None)
        self.problems.setVisible(bool(preview.problems or preview.not_mapped))
        self._fill()
        self.retranslate()

    def _fill(self) -> None:
        from examtrainer.services.banks import stats

        rows: list[list[Any]] = []
        if self.preview.pack is not None:
            for skill, levels in stats([self.preview.pack]).items():
                for level, c in levels.items():
                    types = ", ".join(f"{t} {n}" for t, n in sorted(c["types"].items()))
                    rows.append([skill, level, c["questions"], types])
        fill_table(self.counts, rows)
        entries = [(self.tr("probleem"), p) for p in self.preview.problems]
        entries += [(self.tr("niet ingelezen"), p) for p in self.preview.not_mapped]
        fill_table(
            self.problems,
            [[kind, p.file, p.item, p.field, p.message] for kind, p in entries],
        )
        self.problems.resizeRowsToContents()

    @property
    def problem_table(self) -> QTableWidget:
        return self.problems

    def retranslate(self) -> None:
        preview = self.preview
        self.setWindowTitle(self.tr("Vragen importeren"))
        self.heading.setText(
            self.tr("Bestand: {name} (soort: {format})").format(
                name=preview.source.name, format=preview.format
            )
        )
        if preview.ok:
            pack = preview.pack
            self.summary.setText(
                self.tr(
                    "Dit wordt de itembank '{title}' ({id}) met {items} vragen en {texts} "
                    "teksten. Er is nog niets ingelezen. Klik op Installeren om door te gaan."
                ).format(
                    title=pack.manifest.title,
                    id=pack.manifest.id,
                    items=len(pack.items),
                    texts=len(pack.stimuli),
                )
            )
        else:
            self.summary.setText(
                self.tr(
                    "Dit bestand kan niet worden ingelezen: er zijn {n} problemen. "
                    "Verbeter het bestand en probeer het opnieuw. Er is niets veranderd."
                ).format(n=len(preview.problems))
            )
        self.counts_label.setText(self.tr("Wat wordt ingelezen:"))
        self.counts.setHorizontalHeaderLabels(
            [self.tr("Onderdeel"), self.tr("Niveau"), self.tr("Vragen"), self.tr("Soorten")]
        )
        self.problems_label.setText(
            self.tr("Problemen en delen die niet worden ingelezen ({n}):").format(
                n=len(preview.problems) + len(preview.not_mapped)
            )
        )
        self.problems.setHorizontalHeaderLabels(
            [
                self.tr("Soort"),
                self.tr("Bestand / regel"),
                self.tr("Vraag"),
                self.tr("Veld"),
                self.tr("Wat is er mis"),
            ]
        )
        self.notes.setText("\n".join(preview.report.notes))
        self.install_button.setText(self.tr("Installeren"))
        self.cancel_button.setText(self.tr("Annuleren"))
