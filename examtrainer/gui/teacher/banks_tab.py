"""Teacher mode, tab "Itembanken": the installed banks with their counts; import a teacher's
file (preview first, then install), remove a teacher's bank, give its fragments and model
answers the teacher's own voice (dialogs/own_voice.py), and export a bank as a pack folder,
.zip, Moodle XML or QTI 3.0 package."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from examtrainer.gui.context import AppContext
from examtrainer.gui.qt import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from examtrainer.gui.teacher.base import (
    TeacherTab,
    fill_table,
    make_table,
    muted_label,
    selected_key,
)

IMPORT_FILTER = "*.zip *.xml *.gift *.txt *.xlsx *.csv"


class BanksTab(TeacherTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.banks: list[Any] = []
        self.preview_dialog: Any = None
        self.voice_dialog: Any = None
        self.remove_box: Any = None
        layout = QVBoxLayout(self)
        self.table = make_table(8, "banks")
        self.listen(self.table.itemSelectionChanged, self._selection_changed)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.import_button = QPushButton()
        self.import_button.setObjectName("import_bank")
        self.import_button.setProperty("primary", True)
        self.export_button = QPushButton()
        self.export_button.setObjectName("export_bank")
        self.export_zip_button = QPushButton()
        self.export_zip_button.setObjectName("export_bank_zip")
        self.export_moodle_button = QPushButton()
        self.export_moodle_button.setObjectName("export_bank_moodle")
        self.export_qti_button = QPushButton()
        self.export_qti_button.setObjectName("export_bank_qti")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("remove_bank")
        self.listen(self.remove_button.clicked, self.ask_remove)
        self.voice_button = QPushButton()
        self.voice_button.setObjectName("own_voice")
        self.listen(self.voice_button.clicked, self.open_own_voice)
        self.listen(self.export_moodle_button.clicked, lambda: self.choose_foreign_export("moodle"))
        self.listen(self.export_qti_button.clicked, lambda: self.choose_foreign_export("qti"))
        self.listen(self.import_button.clicked, self.choose_import_file)
        self.listen(self.export_button.clicked, lambda: self.choose_export_target(False))
        self.listen(self.export_zip_button.clicked, lambda: self.choose_export_target(True))
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.voice_button)
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.export_zip_button)
        buttons.addWidget(self.export_moodle_button)
        buttons.addWidget(self.export_qti_button)
        layout.addLayout(buttons)
        self.status = muted_label()
        self.status.setObjectName("banks_status")
        layout.addWidget(self.status)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        services = self.ctx.need_services()
        self.run(services.store.banks.all, self._loaded)

    def _loaded(self, banks: list[Any]) -> None:
        # A removed bank whose questions had answers stays (retired) for the history only.
        banks = [b for b in banks if b.item_count or b.bundled]
        self.banks = banks
        rows = [
            [
                b.title,
                b.id,
                b.version,
                b.item_count,
                b.counts.get("reading", 0),
                b.counts.get("listening", 0),
                b.counts.get("speaking", 0),
                self.tr("meegeleverd") if b.bundled else self.tr("geïmporteerd"),
            ]
            for b in banks
        ]
        fill_table(self.table, rows, [b.id for b in banks])
        self._selection_changed()

    def _selection_changed(self) -> None:
        key = selected_key(self.table)
        has = key is not None
        for button in (
            self.export_button,
            self.export_zip_button,
            self.export_moodle_button,
            self.export_qti_button,
        ):
            button.setEnabled(has)
        bundled = any(b.id == key and b.bundled for b in self.banks)
        self.remove_button.setEnabled(has and not bundled)
        # Bundled banks keep their voices (an update would undo the change): export one and
        # import it as your own bank first; the tooltip says so.
        self.voice_button.setEnabled(has and not bundled)

    # -- import ----------------------------------------------------------------------------
    def choose_import_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Bestand met vragen kiezen"),
            str(Path.home()),
            self.tr("Vragen") + f" ({IMPORT_FILTER})",
        )
        if name:
            self.start_import(Path(name))

    def start_import(self, source: Path) -> None:
        """Convert and check ``source`` in the background, then show the preview."""
        from examtrainer.services.importing import preview_import

        self.status.setText(self.tr("Het bestand wordt gecontroleerd…"))
        self.import_button.setEnabled(False)
        self.busy += 1

        def done(preview: Any) -> None:
            self.busy -= 1
            self.import_button.setEnabled(True)
            self.status.setText("")
            self.show_preview(preview)

        def failed(error: BaseException) -> None:  # not a supported file, unreadable, ...
            self.busy -= 1
            self.import_button.setEnabled(True)
            self.status.setText("")
            self.report(error)

        store = self.ctx.need_services().store
        self.ctx.runner.run(lambda: preview_import(source, store=store), done, failed, owner=self)

    def show_preview(self, preview: Any) -> None:
        from examtrainer.gui.dialogs.import_preview import ImportPreviewDialog

        dialog = ImportPreviewDialog(preview, self)
        self.preview_dialog = dialog
        dialog.accepted.connect(lambda: self._install(preview, dialog.choice))
        dialog.rejected.connect(preview.discard)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _install(self, preview: Any, choice: str = "replace") -> None:
        from examtrainer.services.importing import install_preview

        services = self.ctx.need_services()
        self.preview_dialog = None
        self.status.setText(self.tr("Bezig met installeren…"))

        def done(result: Any) -> None:
            self.status.setText(
                self.tr("Geïnstalleerd: {title} (%n vragen).", "", result.bank.item_count).format(
                    title=result.bank.title
                )
            )
            self.refresh()
            self.changed.emit()

        self.run(lambda: install_preview(services.store, services.paths, preview, choice), done)

    # -- remove ----------------------------------------------------------------------------
    def ask_remove(self) -> None:
        """Say what removing the selected bank means for answers given, then ask."""
        from examtrainer.services.importing import removal_effect

        bank_id = selected_key(self.table)
        if bank_id is None:
            return
        services = self.ctx.need_services()
        self.run(lambda: removal_effect(services.store, bank_id), self._confirm_remove)

    def removal_text(self, effect: Any) -> str:
        title = next((b.title for b in self.banks if b.id == effect.bank_id), effect.bank_id)
        if effect.answers:
            return self.tr(
                "Itembank '{title}' verwijderen? Leerlingen krijgen de vragen niet meer. "
                "Ze gaven al %n antwoorden op deze vragen. Die antwoorden blijven bewaard "
                "in hun resultaten.",
                "",
                effect.answers,
            ).format(title=title)
        return self.tr(
            "Itembank '{title}' verwijderen? Leerlingen krijgen de vragen niet meer. "
            "Er zijn nog geen antwoorden op gegeven."
        ).format(title=title)

    def _confirm_remove(self, effect: Any) -> None:
        box = QMessageBox(self)
        box.setObjectName("remove_bank_question")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Itembank verwijderen"))
        box.setText(self.removal_text(effect))
        yes = box.addButton(self.tr("Verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        self.remove_box = box

        def answered() -> None:
            self.remove_box = None
            if box.clickedButton() is yes:
                self.remove(effect.bank_id)

        box.finished.connect(answered)
        box.open()

    def remove(self, bank_id: str) -> None:
        from examtrainer.services.importing import remove_bank

        services = self.ctx.need_services()

        def done(effect: Any) -> None:
            self.status.setText(self.tr("Verwijderd: {id}").format(id=bank_id))
            self.refresh()
            self.changed.emit()

        self.run(lambda: remove_bank(services.store, services.paths, bank_id), done)

    # -- a teacher's own voice ---------------------------------------------------------------
    def open_own_voice(self) -> None:
        """Record or choose a sound for a listening fragment or model answer of the bank."""
        from examtrainer.gui.dialogs.own_voice import OwnVoiceDialog

        bank_id = selected_key(self.table)
        bank = next((b for b in self.banks if b.id == bank_id), None)
        if bank is None or bank.bundled:
            return
        dialog = OwnVoiceDialog(self.ctx, bank.id, bank.title, self)
        self.voice_dialog = dialog
        dialog.saved.connect(lambda _key: self.changed.emit())
        dialog.finished.connect(self._voice_closed)
        dialog.open()

    def _voice_closed(self) -> None:
        dialog, self.voice_dialog = self.voice_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    # -- export ----------------------------------------------------------------------------
    def choose_export_target(self, as_zip: bool) -> None:
        bank_id = selected_key(self.table)
        if bank_id is None:
            return
        if as_zip:
            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Itembank opslaan als zip"),
                str(Path.home() / f"{bank_id}.zip"),
                "Zip (*.zip)",
            )
        else:
            name = QFileDialog.getExistingDirectory(
                self, self.tr("Kies een lege map voor de itembank"), str(Path.home())
            )
            if name:
                name = str(Path(name) / bank_id)
        if name:
            self.start_export(bank_id, Path(name))

    def choose_foreign_export(self, kind: str) -> None:
        """Export the selected bank as Moodle XML (.xml) or a QTI 3.0 package (.zip)."""
        bank_id = selected_key(self.table)
        if bank_id is None:
            return
        suffix, label = (
            (".xml", "Moodle XML (*.xml)")
            if kind == "moodle"
            else (
                ".zip",
                "QTI 3.0 (*.zip)",
            )
        )
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Itembank opslaan voor Moodle")
            if kind == "moodle"
            else self.tr("Itembank opslaan als QTI-pakket"),
            str(Path.home() / f"{bank_id}{suffix}"),
            label,
        )
        if name:
            self.start_foreign_export(bank_id, Path(name), kind)

    def start_foreign_export(self, bank_id: str, target: Path, kind: str) -> None:
        from examtrainer.services.export import export_bank_as

        services = self.ctx.need_services()

        def done(path: Path) -> None:
            self.status.setText(self.tr("Opgeslagen: {path}").format(path=path))

        self.run(lambda: export_bank_as(services.store, bank_id, target, kind), done)

    def start_export(self, bank_id: str, target: Path) -> None:
        from examtrainer.services.export import export_bank

        services = self.ctx.need_services()

        def done(path: Path) -> None:
            self.status.setText(self.tr("Opgeslagen: {path}").format(path=path))

        self.run(lambda: export_bank(services.store, bank_id, target), done)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Titel"),
                self.tr("Code"),
                self.tr("Versie"),
                self.tr("Vragen"),
                self.tr("Lezen"),
                self.tr("Luisteren"),
                self.tr("Spreken"),
                self.tr("Soort"),
            ]
        )
        self.import_button.setText(self.tr("Importeren…"))
        self.export_button.setText(self.tr("Exporteren naar map…"))
        self.export_zip_button.setText(self.tr("Exporteren als zip…"))
        self.export_moodle_button.setText(self.tr("Voor Moodle (XML)…"))
        self.export_qti_button.setText(self.tr("Als QTI 3.0…"))
        self.remove_button.setText(self.tr("Verwijderen…"))
        self.voice_button.setText(self.tr("Eigen stem…"))
        self.voice_button.setToolTip(
            self.tr(
                "Neem uw eigen stem op voor luisterfragmenten en voorbeeldantwoorden. "
                "Dat kan in uw eigen itembanken. Een meegeleverde bank: exporteer haar en "
                "importeer haar als uw eigen bank."
            )
        )
