"""Teacher mode, tab "Leerlingen en groepen": create, rename and archive learners; create and
rename groups; put a learner in a group."""

from __future__ import annotations

from typing import Any

from examtrainer.gui.context import AppContext
from examtrainer.gui.qt import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
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


class LearnersTab(TeacherTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.roster: list[Any] = []
        self.groups: list[Any] = []
        layout = QHBoxLayout(self)
        # Learners ------------------------------------------------------------------
        self.learners_box = QGroupBox()
        left = QVBoxLayout(self.learners_box)
        self.table = make_table(3, "learners")
        self.listen(self.table.itemSelectionChanged, self._selection_changed)
        left.addWidget(self.table, 1)
        form = QGridLayout()
        self.name_label = QLabel()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("learner_name")
        self.add_button = QPushButton()
        self.add_button.setObjectName("add_learner")
        self.rename_button = QPushButton()
        self.rename_button.setObjectName("rename_learner")
        self.archive_button = QPushButton()
        self.archive_button.setObjectName("archive_learner")
        form.addWidget(self.name_label, 0, 0)
        form.addWidget(self.name_edit, 0, 1)
        form.addWidget(self.add_button, 0, 2)
        form.addWidget(self.rename_button, 0, 3)
        self.group_label = QLabel()
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("learner_group")
        self.assign_button = QPushButton()
        self.assign_button.setObjectName("assign_group")
        form.addWidget(self.group_label, 1, 0)
        form.addWidget(self.group_combo, 1, 1)
        form.addWidget(self.assign_button, 1, 2)
        form.addWidget(self.archive_button, 1, 3)
        self.clear_pin_button = QPushButton()
        self.clear_pin_button.setObjectName("clear_learner_pin")
        form.addWidget(self.clear_pin_button, 2, 3)
        self.listen(self.clear_pin_button.clicked, self.clear_pin)
        form.setColumnStretch(1, 1)
        left.addLayout(form)
        self.listen(self.add_button.clicked, self.add_learner)
        self.listen(self.rename_button.clicked, self.rename_learner)
        self.listen(self.archive_button.clicked, self.toggle_archived)
        self.listen(self.assign_button.clicked, self.assign_group)
        layout.addWidget(self.learners_box, 3)
        # Groups --------------------------------------------------------------------
        self.groups_box = QGroupBox()
        right = QVBoxLayout(self.groups_box)
        self.group_list = QListWidget()
        self.group_list.setObjectName("groups")
        self.listen(self.group_list.currentRowChanged, self._group_selected)
        right.addWidget(self.group_list, 1)
        self.group_edit = QLineEdit()
        self.group_edit.setObjectName("group_name")
        right.addWidget(self.group_edit)
        buttons = QHBoxLayout()
        self.new_group_button = QPushButton()
        self.new_group_button.setObjectName("add_group")
        self.rename_group_button = QPushButton()
        self.rename_group_button.setObjectName("rename_group")
        buttons.addWidget(self.new_group_button)
        buttons.addWidget(self.rename_group_button)
        right.addLayout(buttons)
        self.groups_hint = muted_label()
        right.addWidget(self.groups_hint)
        self.listen(self.new_group_button.clicked, self.add_group)
        self.listen(self.rename_group_button.clicked, self.rename_group)
        layout.addWidget(self.groups_box, 2)
        self.retranslate()
        self.refresh()

    # -- data ----------------------------------------------------------------------------
    def refresh(self) -> None:
        services = self.ctx.need_services()

        def load() -> tuple[list[Any], list[Any]]:
            return services.teaching.roster(), services.store.learners.groups()

        self.run(load, self._loaded)

    def _loaded(self, result: tuple[list[Any], list[Any]]) -> None:
        self.roster, self.groups = result
        chosen = selected_key(self.table)
        fill_table(
            self.table,
            [[e.learner.name, e.group_name, self._status(e.archived)] for e in self.roster],
            [e.learner.id for e in self.roster],
        )
        for row, entry in enumerate(self.roster):
            if entry.learner.id == chosen:
                self.table.selectRow(row)
        current_group = self.group_list.currentRow()
        self.group_list.clear()
        for group in self.groups:
            item = QListWidgetItem(group.name)
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            self.group_list.addItem(item)
        if 0 <= current_group < self.group_list.count():
            self.group_list.setCurrentRow(current_group)
        self._fill_group_combo()
        self._selection_changed()

    def _fill_group_combo(self) -> None:
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("(geen groep)"), None)
        for group in self.groups:
            self.group_combo.addItem(group.name, group.id)

    def _entry(self) -> Any:
        key = selected_key(self.table)
        return next((e for e in self.roster if e.learner.id == key), None)

    def _selection_changed(self) -> None:
        entry = self._entry()
        has = entry is not None
        for button in (self.rename_button, self.archive_button, self.assign_button):
            button.setEnabled(has)
        self.clear_pin_button.setEnabled(has and bool(entry and entry.learner.has_pin))
        if entry is not None:
            self.name_edit.setText(entry.learner.name)
            self.group_combo.setCurrentIndex(
                max(0, self.group_combo.findData(entry.learner.group_id))
            )
        self._set_archive_text()

    def _group_selected(self, row: int) -> None:
        self.rename_group_button.setEnabled(row >= 0)
        if row >= 0:
            self.group_edit.setText(self.group_list.item(row).text())

    def _write(self, work: Any) -> None:
        services = self.ctx.need_services()

        def done(_result: Any) -> None:
            self.refresh()
            self.changed.emit()

        self.run(lambda: work(services), done)

    # -- actions ---------------------------------------------------------------------------
    def add_learner(self) -> None:
        name = self.name_edit.text().strip()
        if not name:
            self.name_edit.setFocus()
            return
        language = self.ctx.settings.language
        self._write(lambda services: services.store.learners.create(name, language=language))
        self.name_edit.clear()

    def rename_learner(self) -> None:
        entry, name = self._entry(), self.name_edit.text().strip()
        if entry is not None and name:
            self._write(
                lambda services: services.store.learners.update(entry.learner.id, name=name)
            )

    def toggle_archived(self) -> None:
        entry = self._entry()
        if entry is not None:
            archived = not entry.archived
            self._write(
                lambda services: services.store.learners.update(entry.learner.id, archived=archived)
            )

    def clear_pin(self) -> None:
        """A learner who forgot their code gets an open profile again (and may set a new one)."""
        entry = self._entry()
        if entry is not None:
            self._write(lambda services: services.store.learners.set_pin_hash(entry.learner.id, ""))

    def assign_group(self) -> None:
        entry = self._entry()
        if entry is not None:
            group_id = self.group_combo.currentData()
            self._write(
                lambda services: services.store.learners.update(entry.learner.id, group_id=group_id)
            )

    def add_group(self) -> None:
        name = self.group_edit.text().strip()
        if name:
            self._write(lambda services: services.teaching.create_group(name))

    def rename_group(self) -> None:
        item = self.group_list.currentItem()
        name = self.group_edit.text().strip()
        if item is not None and name:
            group_id = item.data(Qt.ItemDataRole.UserRole)
            self._write(lambda services: services.teaching.rename_group(group_id, name))

    # -- texts -----------------------------------------------------------------------------
    def _status(self, archived: bool) -> str:
        return self.tr("gearchiveerd") if archived else self.tr("actief")

    def _set_archive_text(self) -> None:
        entry = self._entry()
        if entry is not None and entry.archived:
            self.archive_button.setText(self.tr("Terugzetten"))
        else:
            self.archive_button.setText(self.tr("Archiveren"))

    def retranslate(self) -> None:
        self.learners_box.setTitle(self.tr("Leerlingen"))
        self.groups_box.setTitle(self.tr("Groepen"))
        self.table.setHorizontalHeaderLabels([self.tr("Naam"), self.tr("Groep"), self.tr("Status")])
        self.name_label.setText(self.tr("Naam:"))
        self.name_edit.setPlaceholderText(self.tr("Naam van de leerling"))
        self.add_button.setText(self.tr("Nieuwe leerling"))
        self.rename_button.setText(self.tr("Naam wijzigen"))
        self.clear_pin_button.setText(self.tr("Code wissen"))
        self.clear_pin_button.setToolTip(
            self.tr("Voor een leerling die de geheime code van het profiel vergeten is.")
        )
        self.group_label.setText(self.tr("Groep:"))
        self.assign_button.setText(self.tr("In groep zetten"))
        self.group_edit.setPlaceholderText(self.tr("Naam van de groep"))
        self.new_group_button.setText(self.tr("Nieuwe groep"))
        self.rename_group_button.setText(self.tr("Hernoemen"))
        self.groups_hint.setText(
            self.tr(
                "Gearchiveerde leerlingen staan niet meer in de profielen. "
                "Hun resultaten blijven bewaard."
            )
        )
        self._set_archive_text()
        if self.group_combo.count():
            self.group_combo.setItemText(0, self.tr("(geen groep)"))
        for row, entry in enumerate(self.roster):
            cell = self.table.item(row, 2)
            if cell is not None:
                cell.setText(self._status(entry.archived))
