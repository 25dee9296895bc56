"""The one place that imports the Qt binding: a binding or version change touches only this file."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QObject,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    QTranslator,
    QUrl,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QColor,
    QFont,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

__all__ = [
    "QAbstractButton",
    "QAction",
    "QApplication",
    "QButtonGroup",
    "QCheckBox",
    "QCloseEvent",
    "QColor",
    "QComboBox",
    "QCoreApplication",
    "QDate",
    "QDateEdit",
    "QDialog",
    "QDialogButtonBox",
    "QEvent",
    "QFileDialog",
    "QFont",
    "QFrame",
    "QGridLayout",
    "QGroupBox",
    "QGuiApplication",
    "QHBoxLayout",
    "QKeySequence",
    "QLabel",
    "QLineEdit",
    "QListWidget",
    "QListWidgetItem",
    "QLocale",
    "QMainWindow",
    "QMessageBox",
    "QObject",
    "QPainter",
    "QPalette",
    "QPen",
    "QPixmap",
    "QProgressBar",
    "QPushButton",
    "QRadioButton",
    "QRunnable",
    "QScrollArea",
    "QShortcut",
    "QSize",
    "QSizePolicy",
    "QSplitter",
    "QStackedWidget",
    "QStyle",
    "QTextBrowser",
    "QThreadPool",
    "QTimer",
    "QTranslator",
    "QUrl",
    "QVBoxLayout",
    "QWidget",
    "Qt",
    "Signal",
    "Slot",
]

# QtMultimedia loads its audio back-ends (and probes PipeWire/PulseAudio) when imported, which
# costs tens of milliseconds; the first paint must not wait for it. Its names are therefore
# resolved here on first use (PEP 562) while type checkers see the real classes.
_MULTIMEDIA = frozenset(
    {
        "QAudio",
        "QAudioDevice",
        "QAudioFormat",
        "QAudioOutput",
        "QAudioSource",
        "QMediaDevices",
        "QMediaPlayer",
    }
)

if TYPE_CHECKING:
    from PySide6.QtMultimedia import (  # noqa: F401 - re-exported, resolved by __getattr__
        QAudio,
        QAudioDevice,
        QAudioFormat,
        QAudioOutput,
        QAudioSource,
        QMediaDevices,
        QMediaPlayer,
    )


def __getattr__(name: str) -> Any:
    if name in _MULTIMEDIA:
        from PySide6 import QtMultimedia

        return getattr(QtMultimedia, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
