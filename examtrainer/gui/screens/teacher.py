"""Teacher mode: learners and groups, progress, item banks, speaking review and export.

Reached only through the teacher PIN (``gui/dialogs/pin.py``). Each tab is its own module
in ``gui/teacher/``; this screen holds them and tells them when another tab changed data.
"""

from __future__ import annotations

from examtrainer.gui.context import AppContext
from examtrainer.gui.qt import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget
from examtrainer.gui.screens.base import Screen, title_label
from examtrainer.gui.teacher.banks_tab import BanksTab
from examtrainer.gui.teacher.base import TeacherTab
from examtrainer.gui.teacher.export_tab import ExportTab
from examtrainer.gui.teacher.learners_tab import LearnersTab
from examtrainer.gui.teacher.progress_tab import ProgressTab
from examtrainer.gui.teacher.review_tab import ReviewTab


class TeacherScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, tab: str = "") -> None:
        super().__init__(ctx, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 20, 28, 20)
        top = QHBoxLayout()
        self.heading = title_label()
        top.addWidget(self.heading, 1)
        self.about_button = QPushButton()
        self.about_button.setObjectName("about")
        self.listen(self.about_button.clicked, self.show_about)
        self.back_button = QPushButton()
        self.back_button.setObjectName("leave_teacher")
        self.listen(self.back_button.clicked, self.leave)
        top.addWidget(self.about_button)
        top.addWidget(self.back_button)
        outer.addLayout(top)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("teacher_tabs")
        self.learners = LearnersTab(ctx)
        self.progress = ProgressTab(ctx)
        self.banks = BanksTab(ctx)
        self.review = ReviewTab(ctx)
        self.export = ExportTab(ctx)
        self.pages: dict[str, TeacherTab] = {
            "learners": self.learners,
            "progress": self.progress,
            "banks": self.banks,
            "review": self.review,
            "export": self.export,
        }
        for name, page in self.pages.items():
            page.setObjectName(f"tab_{name}")
            self.tabs.addTab(page, "")
            self.listen(page.changed, lambda _n=name: self._changed(_n))
        outer.addWidget(self.tabs, 1)
        self.about_dialog: QWidget | None = None
        if tab in self.pages:
            self.tabs.setCurrentWidget(self.pages[tab])
        self.retranslate()

    def _changed(self, source: str) -> None:
        for name, page in self.pages.items():
            if name != source:
                page.refresh()

    def show_tab(self, name: str) -> TeacherTab:
        self.tabs.setCurrentWidget(self.pages[name])
        return self.pages[name]

    def busy(self) -> int:
        """Background jobs of the tabs still running (tests wait for 0)."""
        return sum(page.busy for page in self.pages.values())

    def show_about(self) -> None:
        from examtrainer.gui.dialogs.about import SchoolSetupDialog

        dialog = SchoolSetupDialog(self.ctx, self)
        self.about_dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def leave(self) -> None:
        """Back to the learners' side: the profile list (no learner stays chosen)."""
        self.ctx.learner = None
        self.go("profiles")

    def teardown(self) -> None:
        for page in self.pages.values():
            page.teardown()
        super().teardown()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Docent"))
        self.about_button.setText(self.tr("Over deze installatie"))
        self.back_button.setText(self.tr("Docent afsluiten"))
        titles = {
            "learners": self.tr("Leerlingen en groepen"),
            "progress": self.tr("Voortgang"),
            "banks": self.tr("Itembanken"),
            "review": self.tr("Spreken beoordelen"),
            "export": self.tr("Exporteren"),
        }
        for index, name in enumerate(self.pages):
            self.tabs.setTabText(index, titles[name])
