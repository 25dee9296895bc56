"""Choose a profile: several learners can share one PC."""

from __future__ import annotations

from typing import TYPE_CHECKING

from examtrainer.gui.context import AppContext
from examtrainer.gui.qt import (
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from examtrainer.gui.screens.base import Screen, primary_button, title_label

if TYPE_CHECKING:
    from examtrainer.services.records import Learner


class ProfilesScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 40, 60, 40)
        self.heading = title_label()
        outer.addWidget(self.heading)
        self.list = QListWidget()
        self.list.setObjectName("profiles")
        self.list.setStyleSheet(
            "QListWidget { font-size: 19px; } QListWidget::item { padding: 12px; }"
        )
        for learner in ctx.need_services().learners():
            entry = QListWidgetItem(learner.name)
            entry.setData(256, learner.id)
            self.list.addItem(entry)
        self.listen(self.list.itemActivated, self._chosen)
        outer.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton()
        self.listen(self.new_button.clicked, lambda: self.go("onboarding"))
        self.open_button = primary_button()
        self.listen(self.open_button.clicked, self._open_selected)
        buttons.addWidget(self.new_button)
        self.teacher_button = QPushButton()
        self.teacher_button.setObjectName("teacher")
        self.listen(self.teacher_button.clicked, self.open_teacher)
        buttons.addWidget(self.teacher_button)
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        outer.addLayout(buttons)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.retranslate()

    def _open_selected(self) -> None:
        entry = self.list.currentItem()
        if entry is not None:
            self._chosen(entry)

    def _chosen(self, entry: QListWidgetItem) -> None:
        learner_id = int(entry.data(256))
        learner = next(x for x in self.ctx.need_services().learners() if x.id == learner_id)
        if not learner.has_pin:
            self._open(learner)
            return
        from examtrainer.gui.dialogs.pin import LearnerPinDialog

        dialog = LearnerPinDialog(self.ctx, learner.id, learner.name, self)
        self.pin_dialog: QDialog = dialog
        dialog.accepted.connect(lambda: self._open(learner))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _open(self, learner: Learner) -> None:
        self.ctx.learner = learner
        self.ctx.languages.switch(learner.language)
        self.go("home")

    def open_teacher(self) -> None:
        """Teacher mode, behind the teacher PIN (set once when there is none yet)."""
        from examtrainer.gui.dialogs.pin import TeacherPinDialog

        dialog = TeacherPinDialog(self.ctx, self)
        self.pin_dialog = dialog
        dialog.accepted.connect(lambda: self.go("teacher"))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Wie gaat er oefenen?"))
        self.new_button.setText(self.tr("Nieuw profiel"))
        self.open_button.setText(self.tr("Openen"))
        self.teacher_button.setText(self.tr("Docent"))
