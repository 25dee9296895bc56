"""The base of a teacher-mode tab: owns its signal connections, re-translates itself, and
runs its database work in the background."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from typing import Any

from examtrainer.gui.context import AppContext
from examtrainer.gui.qt import (
    QAbstractItemView,
    QEvent,
    QHeaderView,
    QLabel,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
    Signal,
)


class TeacherTab(QWidget):
    """A page of teacher mode. Subclasses build widgets in ``__init__``, set all visible text
    in :meth:`retranslate` and reload their data in :meth:`refresh`.

    ``changed`` tells the other tabs that learners, groups, banks or ratings changed.
    """

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._connections: list[tuple[Any, Any]] = []
        self.busy = 0  # background jobs of this tab still running

    def listen(self, signal: Any, slot: Callable[..., Any]) -> None:
        signal.connect(slot)
        self._connections.append((signal, slot))

    def teardown(self) -> None:
        for signal, slot in self._connections:
            with suppress(RuntimeError, TypeError):
                signal.disconnect(slot)
        self._connections.clear()

    def retranslate(self) -> None:
        """Set every visible text; called after building and on each language change."""

    def refresh(self) -> None:
        """Reload what the tab shows from the database (in the background)."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def run(self, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run ``work`` off the UI thread, then ``done(result)`` on it; errors are shown."""
        self.busy += 1

        def finished(result: Any) -> None:
            self.busy -= 1
            done(result)

        def failed(error: BaseException) -> None:
            self.busy -= 1
            self.report(error)

        self.ctx.runner.run(work, finished, failed, owner=self)

    def report(self, error: BaseException) -> None:
        if self.ctx.on_error:
            self.ctx.on_error(error)


def make_table(columns: int, object_name: str) -> QTableWidget:
    """A read-only table that selects whole rows, one at a time."""
    table = QTableWidget(0, columns)
    table.setObjectName(object_name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill_table(table: QTableWidget, rows: list[list[Any]], keys: list[Any] | None = None) -> None:
    """Replace the table's rows; ``keys[i]`` is stored on the first cell of row i."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            cell = QTableWidgetItem("" if value is None else str(value))
            if isinstance(value, int | float) and not isinstance(value, bool):
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c == 0 and keys is not None:
                cell.setData(Qt.ItemDataRole.UserRole, keys[r])
            table.setItem(r, c, cell)


def selected_key(table: QTableWidget) -> Any:
    row = table.currentRow()
    cell = table.item(row, 0) if row >= 0 else None
    return cell.data(Qt.ItemDataRole.UserRole) if cell is not None else None


def muted_label() -> QLabel:
    label = QLabel()
    label.setObjectName("muted")
    label.setWordWrap(True)
    return label
