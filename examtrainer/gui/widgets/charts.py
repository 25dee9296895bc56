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

    def paintEvent(self, _event: object) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width()
        label_width = 28
        for (name, low, high), colour in zip(BANDS, BAND_COLOURS, strict=True):
            y_top, y_bottom = self._y(high), self._y(low)
            painter.fillRect(0, int(y_top), width, int(y_bottom - y_top), QColor(colour))
            painter.setPen(QColor("#6b7b84"))
            painter.drawText(
                4,
                int(y_top),
                label_width,
                int(y_bottom - y_top),
                int(Qt.AlignmentFlag.AlignVCenter),
                name,
            )
        points = self.history
        if not points:
            return
        pen = QPen(QColor("#2f6f9f"))
        pen.setWidth(3)
        painter.setPen(pen)
        left, right = label_width + 6, width - 8
        step = (right - left) / max(1, len(points) - 1)
        coords = [(left + i * step, self._y(theta)) for i, (_, theta) in enumerate(points)]
        for (x1, y1), (x2, y2) in pairwise(coords):
            painter.drawLine(int(x1), int(y1), int(x2), int(y2))
        painter.setBrush(QColor("#2f6f9f"))
        for x, y in coords:
            painter.drawEllipse(int(x) - 4, int(y) - 4, 8, 8)
