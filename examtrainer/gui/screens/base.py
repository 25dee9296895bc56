"""The base of every screen: owns its signal connections and re-translates itself."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from examtrainer.gui.context import AppContext
from examtrainer.gui.qt import (
    QAbstractButton,
    QApplication,
    QEvent,
    QFrame,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QPushButton,
    QShortcut,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)


class Screen(QWidget):
    """A full-window page. Subclasses build widgets in ``__init__`` and set all visible
    text in :meth:`retranslate`, which runs again whenever the language changes.

    ``navigate`` asks the main window to show another screen: (name, keyword arguments).
    ``usable`` is emitted once a screen that loads its data in the background can be used
    (its data shown, its buttons enabled); ``is_usable`` says whether that moment has come.
    """

    navigate = Signal(str, dict)
    usable = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._connections: list[tuple[Any, Any]] = []
        self.enter_keys = enter_presses(self, self.press_main_button)

    def is_usable(self) -> bool:
        """True when the learner can use the screen; a screen that loads data overrides it."""
        return True

    # -- keyboard ---------------------------------------------------------------------
    def main_button(self) -> QAbstractButton | None:
        """The button Enter presses when no button has the focus: by default the one
        visible main (blue) button of the screen, if there is exactly one."""
        shown = [b for b in self.findChildren(QPushButton) if is_primary(b) and usable(b)]
        return shown[0] if len(shown) == 1 else None

    def press_main_button(self) -> None:
        """Enter: a focused push button is pressed, else the screen's main button."""
        focused = QApplication.focusWidget()
        if isinstance(focused, QPushButton) and usable(focused) and self.isAncestorOf(focused):
            focused.click()
            return
        button = self.main_button()
        if button is not None and usable(button):
            button.click()

    def focus_start(self) -> None:
        """Where the keyboard starts on this screen: the main button, else the first control
        that takes the focus, never a button that ends the session ("Stoppen")."""
        target: QWidget | None = self.main_button()
        if target is None:
            target = next(
                (
                    w
                    for w in self.findChildren(QWidget)
                    if w.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and usable(w)
                    and w.objectName() not in ENDING_BUTTONS
                ),
                None,
            )
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason)

    def listen(self, signal: Any, slot: Callable[..., Any]) -> None:
        """Connect and remember, so :meth:`teardown` can disconnect everything."""
        signal.connect(slot)
        self._connections.append((signal, slot))

    def teardown(self) -> None:
        for signal, slot in self._connections:
            with suppress(RuntimeError, TypeError):  # already gone with its sender
                signal.disconnect(slot)
        self._connections.clear()

    def retranslate(self) -> None:
        """Set every visible text; called once after building and on each language change."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def go(self, name: str, **kwargs: Any) -> None:
        self.navigate.emit(name, kwargs)


# Buttons that end a session: the keyboard never starts on them.
ENDING_BUTTONS = frozenset({"stop", "exam_stop"})


def usable(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled()


def is_primary(button: QWidget) -> bool:
    return bool(button.property("primary"))


def enter_presses(widget: QWidget, action: Callable[[], None]) -> list[QShortcut]:
    """Return and Enter (the number pad's) anywhere inside ``widget`` run ``action``."""
    keys = []
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        shortcut = QShortcut(QKeySequence(key), widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(action)
        keys.append(shortcut)
    return keys


@dataclass(frozen=True)
class PracticeHeader:
    """The top of a practice screen: its title with a "Stoppen" button, and a short line of
    instruction under it; ``layout`` is the screen's outer layout for the rest of the page."""

    layout: QVBoxLayout
    heading: QLabel
    stop_button: QPushButton
    intro: QLabel


def practice_header(screen: Screen, on_stop: Callable[[], None]) -> PracticeHeader:
    outer = QVBoxLayout(screen)
    outer.setContentsMargins(28, 20, 28, 20)
    top = QHBoxLayout()
    heading = title_label()
    top.addWidget(heading, 1)
    stop = QPushButton()
    stop.setObjectName("stop")
    screen.listen(stop.clicked, on_stop)
    top.addWidget(stop)
    outer.addLayout(top)
    intro = QLabel()
    intro.setWordWrap(True)
    intro.setObjectName("muted")
    outer.addWidget(intro)
    return PracticeHeader(outer, heading, stop, intro)


def dutch_content(*widgets: QWidget) -> None:
    """Exam content is Dutch: it reads left to right, also when the instructions are in
    Arabic or Farsi (a right-to-left window would put its full stop on the wrong side)."""
    for widget in widgets:
        widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def title_label(object_name: str = "title") -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    return label


def primary_button() -> QPushButton:
    button = QPushButton()
    button.setProperty("primary", True)
    return button


def set_style_property(widget: QWidget, name: str, value: object) -> None:
    """Set a property the style sheet selects on, and make the new look take effect."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 16, 18, 16)
    layout.setSpacing(10)
    return frame, layout
