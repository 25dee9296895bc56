"""A small chart of a learner's level over time, with the CEFR bands behind the line."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from itertools import pairwise

from examtrainer.adaptive import CUT_POINTS
from examtrainer.gui.qt import QColor, QPainter, QPen, QSize, Qt, QWidget

LOW, HIGH = -3.0, 2.5  # logits shown
BANDS = (
    ("A0", LOW, CUT_POINTS["A1"]),
    ("A1", CUT_POINTS["A1"], CUT_POINTS["A2"]),
    ("A2", CUT_POINTS["A2"], CUT_POINTS["B1"]),
    ("B1", CUT_POINTS["B1"], HIGH),
)
BAND_COLOURS = ("#f3f1ea", "#eef3ec", "#e6f0ea", "#dcebe3")
LABEL_WIDTH = 28


class LevelChart(QWidget):
    """Ability (logits) per day as a line over the level bands A0–B1."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history: list[tuple[date, float]] = []
        self.setMinimumHeight(90)

    def sizeHint(self) -> QSize:
        return QSize(240, 110)

    def set_history(self, history: Sequence[tuple[date, float]]) -> None:
        self.history = list(history)
        self.update()

    def _y(self, theta: float) -> float:
        top, height = 4.0, self.height() - 8.0
        clamped = min(max(theta, LOW), HIGH)
        return top + (HIGH - clamped) / (HIGH - LOW) * height

    def mirrored(self) -> bool:
        """Right to left (Arabic, Farsi): time runs from right to left, the level names
        stand on the right."""
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def x_positions(self, count: int) -> list[float]:
        """Where the points of ``count`` days go, oldest first."""
        width = self.width()
        left, right = LABEL_WIDTH + 6, width - 8
        step = (right - left) / max(1, count - 1)
        xs = [left + i * step for i in range(count)]
        return [width - x for x in xs] if self.mirrored() else xs

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width()
        label_x = width - 4 - LABEL_WIDTH if self.mirrored() else 4
        for (name, low, high), colour in zip(BANDS, BAND_COLOURS, strict=True):
            y_top, y_bottom = self._y(high), self._y(low)
            painter.fillRect(0, int(y_top), width, int(y_bottom - y_top), QColor(colour))
            painter.setPen(QColor("#6b7b84"))
            painter.drawText(
                label_x,
                int(y_top),
                LABEL_WIDTH,
                int(y_bottom - y_top),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignHCenter),
                name,
            )
        points = self.history
        if not points:
            return
        pen = QPen(QColor("#2f6f9f"))
        pen.setWidth(3)
        painter.setPen(pen)
        xs = self.x_positions(len(points))
        coords = [(x, self._y(theta)) for x, (_, theta) in zip(xs, points, strict=True)]
        for (x1, y1), (x2, y2) in pairwise(coords):
            painter.drawLine(int(x1), int(y1), int(x2), int(y2))
        painter.setBrush(QColor("#2f6f9f"))
        for x, y in coords:
            painter.drawEllipse(int(x) - 4, int(y) - 4, 8, 8)
