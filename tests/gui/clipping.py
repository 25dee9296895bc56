"""Finds text that does not fit: every visible QLabel and button on a screen is compared
with the size its text needs (font metrics, word wrap taken into account), its visible part
with its whole, and siblings in one layout with each other (no text drawn over a chart)."""

from __future__ import annotations

from examtrainer.gui.qt import (
    QAbstractButton,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    Qt,
    QWidget,
)

SLACK = 1  # pixels of rounding


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    rect = label.contentsRect()
    margin = 2 * label.margin() + label.indent() if label.indent() > 0 else 2 * label.margin()
    if label.wordWrap() or label.textFormat() == Qt.TextFormat.RichText or "<" in text:
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"needs {needed}px height, has {label.height()}"
        if not label.wordWrap() and label.sizeHint().width() > label.width() + SLACK:
            return f"needs {label.sizeHint().width()}px width, has {label.width()}"
        return None
    metrics = label.fontMetrics()
    lines = text.split("\n")
    width = max(metrics.horizontalAdvance(line) for line in lines) + margin
    height = metrics.height() * len(lines)
    if width > rect.width() + SLACK:
        return f"needs {width}px width, has {rect.width()}"
    if height > rect.height() + SLACK:
        return f"needs {height}px height, has {rect.height()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    hint = button.sizeHint()
    if button.hasHeightForWidth():  # a wrapping radio button or tick box
        needed = button.heightForWidth(button.width())
        if needed > button.height() + SLACK:
            return f"needs {needed}px height, has {button.height()}"
        return None
    if hint.width() > button.width() + SLACK:
        return f"needs {hint.width()}px width, has {button.width()}"
    if isinstance(button, QPushButton) and hint.height() > button.height() + SLACK:
        return f"needs {hint.height()}px height, has {button.height()}"
    return None


def _describe(widget: QWidget, problem: str) -> str:
    text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
    name = widget.objectName() or type(widget).__name__
    return f"{name} {text[:60]!r}: {problem}"


def clipped_texts(root: QWidget) -> list[str]:
    """What does not fit inside ``root``, one line per widget; empty when all is well."""
    problems: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not widget.isVisible() or widget.width() <= 0:
            continue
        problem = None
        if isinstance(widget, QLabel) and widget.text().strip():
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton) and widget.text().strip():
            problem = _button_problem(widget)
        else:
            continue
        if problem is None and not _in_scroll_area(widget):
            shown = widget.visibleRegion().boundingRect()
            if shown.height() < widget.height() - SLACK or shown.width() < widget.width() - SLACK:
                problem = (
                    f"only {shown.width()}×{shown.height()} of "
                    f"{widget.width()}×{widget.height()} can be seen"
                )
        if problem is not None:
            problems.append(_describe(widget, problem))
    problems += _overlaps(widgets)
    return problems


def _layout_widgets(layout: QLayout) -> list[QWidget]:
    found: list[QWidget] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if item.widget() is not None:
            found.append(item.widget())
        elif item.layout() is not None:
            found += _layout_widgets(item.layout())
    return found


def _overlaps(widgets: list[QWidget]) -> list[str]:
    """Visible siblings of one layout that lie on top of each other."""
    found = []
    for parent in {w.parentWidget() for w in widgets if w.parentWidget() is not None}:
        layout = parent.layout() if parent is not None else None
        if layout is None or not parent.isVisible():
            continue
        laid_out = [child for child in _layout_widgets(layout) if child.isVisible()]
        for index, first in enumerate(laid_out):
            for second in laid_out[index + 1 :]:
                overlap = first.geometry().intersected(second.geometry())
                if overlap.width() > SLACK and overlap.height() > SLACK:
                    found.append(
                        f"{first.objectName() or type(first).__name__} and "
                        f"{second.objectName() or type(second).__name__} overlap "
                        f"({overlap.width()}×{overlap.height()})"
                    )
    return found
