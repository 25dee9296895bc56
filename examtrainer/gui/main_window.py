"""The main window: it only navigates between screens (one module per screen)."""

from __future__ import annotations

import importlib
import logging
from typing import Any

from examtrainer.gui.context import AppContext
from examtrainer.gui.qt import (
    QCloseEvent,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSettings,
    QStackedWidget,
    Qt,
    QTimer,
    QWidget,
)
from examtrainer.gui.screens.base import Screen

log = logging.getLogger(__name__)

DEFAULT_SIZE = (900, 620)  # also the smallest: every screen is made to fit in it

# name -> (module, class). Screens are imported when first shown, to keep start-up fast.
SCREENS: dict[str, tuple[str, str]] = {
    "onboarding": ("examtrainer.gui.screens.onboarding", "OnboardingScreen"),
    "profiles": ("examtrainer.gui.screens.profiles", "ProfilesScreen"),
    "home": ("examtrainer.gui.screens.home", "HomeScreen"),
    "reading": ("examtrainer.gui.screens.reading", "ReadingScreen"),
    "listening": ("examtrainer.gui.screens.listening", "ListeningScreen"),
    "speaking": ("examtrainer.gui.screens.speaking", "SpeakingScreen"),
    "soundcheck": ("examtrainer.gui.screens.soundcheck", "SoundCheckScreen"),
    "summary": ("examtrainer.gui.screens.results", "SummaryScreen"),
    "teacher": ("examtrainer.gui.screens.teacher", "TeacherScreen"),
    "exam_start": ("examtrainer.gui.screens.exam_start", "ExamStartScreen"),
    "exam_result": ("examtrainer.gui.screens.exam_result", "ExamResultScreen"),
}


def scrolling(screen: QWidget) -> QScrollArea:
    """The screen in a scroll area without a frame: when the window is too small for it (a
    long translation, large text), the page scrolls instead of squeezing its texts."""
    area = QScrollArea()
    area.setObjectName("page")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    area.setWidget(screen)
    return area


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle("examtrainer")
        self.setMinimumSize(*DEFAULT_SIZE)
        self.resize(*DEFAULT_SIZE)
        self.restore_window()
        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.loading = QLabel(self.tr("Even geduld. Het programma wordt klaargezet…"))
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setObjectName("subtitle")
        self.stack.addWidget(self.loading)
        self.current: QWidget = self.loading
        ctx.on_error = self.show_error
        ctx.runner.error_route = self.show_error  # a job's failure that no screen handles

    def _window_settings(self) -> QSettings:
        path = self.ctx.paths.config / "window.ini"
        return QSettings(str(path), QSettings.Format.IniFormat)

    def restore_window(self) -> None:
        """The size, place and maximised state of the last run (nothing saved: 900×620)."""
        geometry = self._window_settings().value("geometry")
        if geometry is not None and not self.restoreGeometry(geometry):
            log.info("saved window geometry not usable; the default size is used")

    def save_window(self) -> None:
        self.ctx.paths.config.mkdir(parents=True, exist_ok=True)
        settings = self._window_settings()
        settings.setValue("geometry", self.saveGeometry())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window()
        super().closeEvent(event)

    def show_screen(self, name: str, **kwargs: Any) -> Screen:
        module_name, class_name = SCREENS[name]
        screen_class = getattr(importlib.import_module(module_name), class_name)
        screen: Screen = screen_class(self.ctx, **kwargs)
        screen.setObjectName(f"screen_{name}")
        screen.navigate.connect(self._navigate)
        old = self.current
        page = scrolling(screen)
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self.current = screen
        QTimer.singleShot(0, screen, screen.focus_start)  # once it is on screen
        if isinstance(old, Screen):
            old.teardown()
            old_page = old.parentWidget()
            while old_page is not None and old_page.parentWidget() is not self.stack:
                old_page = old_page.parentWidget()
            self.stack.removeWidget(old_page or old)
            (old_page or old).deleteLater()
        return screen

    def _navigate(self, name: str, kwargs: dict[str, Any]) -> None:
        self.show_screen(name, **kwargs)

    def show_error(self, error: BaseException) -> None:
        """Errors the app expects come in plain Dutch; anything else gets a calm generic text."""
        from examtrainer.errors import ExamtrainerError

        log.error("shown to the user: %r", error)
        if isinstance(error, ExamtrainerError):
            text = str(error)
        else:
            text = self.tr(
                "Er ging iets mis. Uw antwoorden zijn bewaard. Probeer het nog een keer."
            )
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Let op"), text, parent=self)
        box.setObjectName("error_box")
        box.open()
