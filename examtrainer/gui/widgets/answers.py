"""Answer widgets for the practice item types beyond one choice or one typed answer:
several right options (tick boxes), matching (koppelen: a choice per left-hand part) and
ordering (put the parts in order). All of them work with the keyboard alone: Tab moves
between the parts, Space ticks a box, the arrow keys choose in a list, and Alt+Up /
Alt+Down move the selected part of an ordering.

Each widget's ``answer()`` returns what :func:`examtrainer.exam.scoring.score` expects,
or None while the learner has not answered yet; ``lock()`` freezes it after checking.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from examtrainer.gui.qt import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from examtrainer.gui.widgets.wrapping import WrapCheckBox


class CheckAnswer(QWidget):
    """Tick boxes for multiple_response: every right option must be ticked."""

    def __init__(self, options: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        layout.addWidget(self.hint)
        self.boxes: list[QCheckBox] = []
        for index, option in enumerate(options):
            box = WrapCheckBox(option)
            box.setObjectName(f"option_{index}")
            box.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # Dutch content
            layout.addWidget(box)
            self.boxes.append(box)
        self.options = list(options)
        self.retranslate()

    def answer(self) -> list[str] | None:
        chosen = [
            text for text, box in zip(self.options, self.boxes, strict=True) if box.isChecked()
        ]
        return chosen or None

    def lock(self) -> None:
        for box in self.boxes:
            box.setEnabled(False)

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Er zijn meer goede antwoorden. Kies ze allemaal."))


class MatchAnswer(QWidget):
    """Matching: for each left-hand part a list to choose its partner from."""

    def __init__(
        self, lefts: Sequence[str], choices: Sequence[str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lefts = list(lefts)
        self.choices = list(choices)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combos: list[QComboBox] = []
        for row, left in enumerate(self.lefts):
            label = QLabel(left)
            label.setWordWrap(True)
            label.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # Dutch content
            combo = QComboBox()
            combo.setObjectName(f"match_{row}")
            combo.addItem("")
            combo.addItems(self.choices)
            combo.setAccessibleName(left)
            label.setBuddy(combo)
            layout.addWidget(label, row, 0)
            layout.addWidget(QLabel("→"), row, 1)
            layout.addWidget(combo, row, 2)
            self.combos.append(combo)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(2, 1)
        self.retranslate()

    def choose(self, row: int, text: str) -> None:
        """Pick ``text`` as the partner of the part in ``row`` (as a learner would)."""
        self.combos[row].setCurrentIndex(self.choices.index(text) + 1)

    def answer(self) -> list[list[str]] | None:
        pairs = []
        for left, combo in zip(self.lefts, self.combos, strict=True):
            if combo.currentIndex() <= 0:
                return None
            pairs.append([left, combo.currentText()])
        return pairs

    def lock(self) -> None:
        for combo in self.combos:
            combo.setEnabled(False)

    def retranslate(self) -> None:
        for combo in self.combos:
            combo.setItemText(0, self.tr("– kies –"))


class _OrderList(QListWidget):
    """A list whose selected part moves with Alt+Up / Alt+Down (plain arrows select)."""

    def __init__(self, owner: OrderAnswer) -> None:
        super().__init__()
        self.owner = owner

    def keyPressEvent(self, event: Any) -> None:
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.owner.shift(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)


class OrderAnswer(QWidget):
    """Ordering: a list whose parts the learner moves up and down into the right order."""

    def __init__(self, parts: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = _OrderList(self)
        self.list.setObjectName("order_list")
        self.list.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # Dutch content
        self.list.addItems(list(parts))
        self.list.setCurrentRow(0)
        layout.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.up = QPushButton()
        self.up.setObjectName("order_up")
        self.down = QPushButton()
        self.down.setObjectName("order_down")
        self.up.clicked.connect(lambda: self.shift(-1))
        self.down.clicked.connect(lambda: self.shift(1))
        buttons.addWidget(self.up)
        buttons.addWidget(self.down)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.moved = False
        self.retranslate()

    def shift(self, step: int) -> None:
        """Move the selected part ``step`` places (-1 up, 1 down), keeping it selected."""
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count() or not self.list.isEnabled():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.moved = True

    def order(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def answer(self) -> list[str] | None:
        return self.order()

    def lock(self) -> None:
        self.list.setEnabled(False)
        self.up.setEnabled(False)
        self.down.setEnabled(False)

    def retranslate(self) -> None:
        self.up.setText(self.tr("▲ Omhoog"))
        self.down.setText(self.tr("▼ Omlaag"))
        self.up.setToolTip(self.tr("Alt + pijl omhoog"))
        self.down.setToolTip(self.tr("Alt + pijl omlaag"))
        self.list.setAccessibleDescription(
            self.tr("Kies een zin en zet hem hoger of lager met Alt en de pijltjes.")
        )


def answer_widget(item: Any) -> QWidget | None:
    """The answer widget for ``item``'s type, or None for the types the panel itself shows
    (radio buttons for one choice, a field for a typed answer)."""
    from examtrainer.bank.model import ItemType

    if item.type is ItemType.MULTIPLE_RESPONSE:
        return CheckAnswer(item.options)
    if item.type is ItemType.MATCHING:
        lefts = [left for left, _ in item.pairs]
        choices = list(item.options) or sorted({right for _, right in item.pairs})
        return MatchAnswer(lefts, choices)
    if item.type is ItemType.ORDERING:
        parts = list(item.options)
        if parts == list(item.right_answers):  # never start in the right order
            parts = parts[1:] + parts[:1]
        return OrderAnswer(parts)
    return None
