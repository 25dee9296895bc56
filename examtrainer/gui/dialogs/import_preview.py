"""The import preview: what a teacher's file would add, and every problem with its place,
before anything is installed. "Installeren" is only possible without problems.

When a bank with the same code is installed, the preview says what changes (new, changed,
removed questions, answers already given) and offers "Vervangen", "Beide bewaren" and
"Annuleren"; over a bundled bank only "Beide bewaren". ``choice`` holds the answer."""

from __future__ import annotations

from typing import Any

from examtrainer.gui.qt import (
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)
from examtrainer.gui.teacher.base import fill_table, make_table, muted_label


def imported_text(template: str) -> str:
    """A Dutch template of the importers' messages in the language of the screens."""
    return QCoreApplication.translate("ImportMessages", template)


def localised_error(error: BaseException) -> BaseException:
    """A file examtrainer cannot read as a bank (``UnknownFormat``, ``UnsafeArchive``): the
    same error with its message in the language of the screens; others as they are."""
    from examtrainer.bank.importers.messages import localise
    from examtrainer.errors import UnknownFormat, UnsafeArchive

    if isinstance(error, UnknownFormat | UnsafeArchive):
        return type(error)(localise(str(error), imported_text))
    return error


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
        self.identity = muted_label()
        self.identity.setObjectName("import_identity")
        layout.addWidget(self.identity)
        self.existing = QLabel()
        self.existing.setObjectName("import_existing")
        self.existing.setWordWrap(True)
        layout.addWidget(self.existing)
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
        self.keep_both_button = QPushButton()
        self.keep_both_button.setObjectName("keep_both")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancel")
        self.buttons.addButton(self.install_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.keep_both_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.choice = "replace"
        self.install_button.clicked.connect(lambda: self._choose("replace"))
        self.keep_both_button.clicked.connect(lambda: self._choose("keep_both"))
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        existing = preview.ok and preview.existing is not None
        self.existing.setVisible(existing)
        self.keep_both_button.setVisible(existing)
        self.install_button.setVisible(not (existing and preview.bundled_clash))
        self.install_button.setEnabled(preview.ok)
        # Nothing to count when the file is refused: give the problems the room.
        self.counts_label.setVisible(preview.pack is not None)
        self.counts.setVisible(preview.pack is not None)
        self.problems.setVisible(bool(preview.problems or preview.not_mapped))
        self.note_texts: list[str] = []
        self.retranslate()

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    def _fill(self) -> None:
        """The counts and the messages, in the teacher's language (the importers' messages
        through Qt's translation, context "ImportMessages")."""
        from examtrainer.services.banks import stats

        rows: list[list[Any]] = []
        if self.preview.pack is not None:
            for skill, levels in stats([self.preview.pack]).items():
                for level, c in levels.items():
                    types = ", ".join(
                        f"{self.type_name(t)} {n}" for t, n in sorted(c["types"].items())
                    )
                    rows.append([self.skill_name(skill), level, c["questions"], types])
        fill_table(self.counts, rows)
        problems, not_mapped, self.note_texts = self.preview.localised(imported_text)
        entries = [(self.tr("probleem"), p) for p in problems]
        entries += [(self.tr("niet ingelezen"), p) for p in not_mapped]
        fill_table(
            self.problems,
            [[kind, p.file, p.item, p.field, p.message] for kind, p in entries],
        )
        self.problems.resizeRowsToContents()

    def skill_name(self, skill: str) -> str:
        names = {
            "reading": self.tr("Lezen"),
            "listening": self.tr("Luisteren"),
            "speaking": self.tr("Spreken"),
            "writing": self.tr("Schrijven"),
        }
        return names.get(skill, skill)

    def type_name(self, item_type: str) -> str:
        names = {
            "multiple_choice": self.tr("meerkeuze"),
            "multiple_response": self.tr("meer goede antwoorden"),
            "true_false": self.tr("juist/onjuist"),
            "short_answer": self.tr("kort antwoord"),
            "matching": self.tr("koppelen"),
            "ordering": self.tr("volgorde"),
            "choose_reaction": self.tr("reactie kiezen"),
            "speaking_short": self.tr("korte spreekopdracht"),
            "speaking_medium": self.tr("langere spreekopdracht"),
            "writing": self.tr("schrijfopdracht"),
        }
        return names.get(item_type, item_type)

    def format_name(self, fmt: str) -> str:
        names = {
            "examtrainer_pack": self.tr("examtrainer-pakket"),
            "qti21": "QTI 2.1",
            "qti30": "QTI 3.0",
            "moodle_xml": "Moodle XML",
            "gift": "GIFT",
            "xlsx": self.tr("Excel-werkblad (xlsx)"),
            "csv": self.tr("CSV-bestand"),
        }
        return names.get(fmt, fmt)

    @property
    def problem_table(self) -> QTableWidget:
        return self.problems

    def retranslate(self) -> None:
        preview = self.preview
        self.setWindowTitle(self.tr("Vragen importeren"))
        self.heading.setText(
            self.tr("Bestand: {name} (soort: {format})").format(
                name=preview.source.name, format=self.format_name(preview.format)
            )
        )
        if preview.ok and preview.existing is not None:
            pack = preview.pack
            self.summary.setText(
                self.tr(
                    "Het bestand heeft {items} en {texts} voor de itembank "
                    "'{title}' ({id}). Er is nog niets veranderd."
                ).format(
                    title=pack.manifest.title,
                    id=pack.manifest.id,
                    items=self.tr("%n vragen", "", len(pack.items)),
                    texts=self.tr("%n teksten", "", len(pack.stimuli)),
                )
            )
        elif preview.ok:
            pack = preview.pack
            self.summary.setText(
                self.tr(
                    "Dit wordt de itembank '{title}' ({id}) met {items} en {texts}. "
                    "Er is nog niets ingelezen. Klik op Installeren om door te gaan."
                ).format(
                    title=pack.manifest.title,
                    id=pack.manifest.id,
                    items=self.tr("%n vragen", "", len(pack.items)),
                    texts=self.tr("%n teksten", "", len(pack.stimuli)),
                )
            )
        else:
            self.summary.setText(
                self.tr(
                    "Dit bestand kan niet worden ingelezen: er zijn %n problemen. "
                    "Verbeter het bestand en probeer het opnieuw. Er is niets veranderd.",
                    "",
                    len(preview.problems),
                )
            )
        self.identity.setText(
            self.tr(
                "Code van de itembank: {id} (gemaakt uit: {source}). Niet uit de bestandsnaam."
            ).format(id=preview.bank_id, source=preview.report.identity or preview.bank_id)
            if preview.bank_id
            else ""
        )
        self.existing.setText(self._existing_text())
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
        self._fill()
        self.notes.setText("\n".join(self.note_texts))
        existing = preview.ok and preview.existing is not None
        self.install_button.setText(self.tr("Vervangen") if existing else self.tr("Installeren"))
        self.keep_both_button.setText(self.tr("Beide bewaren"))
        self.cancel_button.setText(self.tr("Annuleren"))

    def _existing_text(self) -> str:
        preview = self.preview
        if preview.existing is None or preview.diff is None:
            return ""
        diff = preview.diff
        text = self.tr(
            "Deze itembank is er al: '{title}'. Bij vervangen: {new}, {changed}, {removed}, {same}."
        ).format(
            title=preview.existing.title,
            new=self.tr("%n nieuwe vragen", "", len(diff.new)),
            changed=self.tr("%n veranderde vragen", "", len(diff.changed)),
            removed=self.tr("%n vragen gaan weg", "", len(diff.removed)),
            same=self.tr("%n blijven hetzelfde", "", diff.unchanged),
        )
        if diff.answered:
            text += " " + self.tr(
                "Leerlingen gaven al %n antwoorden op vragen die veranderen of weggaan. "
                "Die antwoorden blijven bewaard.",
                "",
                diff.answered,
            )
        if preview.bundled_clash:
            text += " " + self.tr(
                "Dit is een meegeleverde itembank. Die kunt u niet vervangen. "
                "Met 'Beide bewaren' komt uw bank ernaast, met een eigen code."
            )
        else:
            text += " " + self.tr("Kies: vervangen, beide bewaren of annuleren.")
        return text
