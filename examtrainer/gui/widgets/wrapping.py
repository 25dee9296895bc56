"""Radio buttons and tick boxes whose text wraps onto more lines instead of being cut off.

Qt's own QRadioButton and QCheckBox draw their text on one line: a long answer option, or
a translation 40% longer than the Dutch, is then cut off at the window's default size, or
it forces its column wider (the reading text beside it re-flows with every question).
These keep everything of the Qt button (keyboard, groups, focus, accessibility, ``text()``)
and only lay out and paint the text word-wrapped, in the direction of the widget.
"""

from __future__ import annotations

from typing import cast

from examtrainer.gui.qt import (
    QCheckBox,
    QKeyEvent,
    QPaintEvent,
    QPalette,
    QRadioButton,
    QRect,
    QSize,
    QSizePolicy,
    QStyle,
    QStyleOptionButton,
    QStylePainter,
    Qt,
    QWidget,
)

# The narrowest a wrapping button asks for: about a dozen characters next to its indicator.
MIN_TEXT_CHARS = 12


class _Wrapping:
    """The shared part; mixed into QRadioButton and QCheckBox below."""

    CONTROL: QStyle.ControlElement
    CONTENTS: QStyle.SubElement

    @property
    def _me(self) -> QRadioButton | QCheckBox:
        return cast("QRadioButton | QCheckBox", self)

    def _setup(self) -> None:
        policy = self._me.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self._me.setSizePolicy(policy)

    def _option(self, width: int | None = None) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self._me.initStyleOption(option)
        option.text = ""
        if width is not None:
            option.rect = QRect(0, 0, width, 10_000)
        return option

    def _flags(self) -> int:
        return int(
            Qt.TextFlag.TextWordWrap
            | Qt.AlignmentFlag.AlignVCenter
            | Qt.AlignmentFlag.AlignLeft  # a style's drawItemText makes it visual (RTL: right)
        )

    def _text_rect(self, option: QStyleOptionButton) -> QRect:
        return self._me.style().subElementRect(self.CONTENTS, option, self._me)

    def _one_line(self) -> QSize:
        me = self._me
        return QRadioButton.sizeHint(me) if isinstance(me, QRadioButton) else QCheckBox.sizeHint(me)

    def text_height(self, width: int) -> int:
        """Height of the wrapped text when the button is ``width`` wide."""
        text_width = max(10, self._text_rect(self._option(width)).width() - 4)
        bounds = QRect(0, 0, text_width, 100_000)
        return self._me.fontMetrics().boundingRect(bounds, self._flags(), self._me.text()).height()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        one_line = self._one_line()
        extra = one_line.height() - self._me.fontMetrics().height()
        return max(one_line.height(), self.text_height(width) + extra)

    def sizeHint(self) -> QSize:
        one_line = self._one_line()
        return QSize(one_line.width(), self.heightForWidth(one_line.width()))

    def minimumSizeHint(self) -> QSize:
        one_line = self._one_line()
        text_start = self._text_rect(self._option(one_line.width())).left()
        narrow = text_start + self._me.fontMetrics().averageCharWidth() * MIN_TEXT_CHARS
        # The height comes from heightForWidth once the width is known; a minimum of many
        # lines here would make a whole page ask for more height than it needs.
        return QSize(min(one_line.width(), narrow), one_line.height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        me = self._me
        painter = QStylePainter(me)
        option = self._option()
        painter.drawControl(self.CONTROL, option)
        me.style().drawItemText(
            painter,
            self._text_rect(option).adjusted(2, 0, -2, 0),
            self._flags(),
            me.palette(),
            me.isEnabled(),
            me.text(),
            QPalette.ColorRole.WindowText,
        )


class WrapRadioButton(_Wrapping, QRadioButton):
    """Also: the arrow keys choose. Qt's radio buttons only move the focus with them while
    nothing is chosen yet; here Up/Left picks the option before, Down/Right the one after."""

    CONTROL = QStyle.ControlElement.CE_RadioButton
    CONTENTS = QStyle.SubElement.SE_RadioButtonContents
    STEPS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1}

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = self.STEPS.get(Qt.Key(event.key()))
        group = self.group()
        if step is None or group is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        if self.isRightToLeft() and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -step
        buttons = [b for b in group.buttons() if b.isVisible() and b.isEnabled()]
        if self not in buttons:
            super().keyPressEvent(event)
            return
        index = buttons.index(self)
        target = buttons[max(0, min(len(buttons) - 1, index + step))]
        target.setFocus(Qt.FocusReason.TabFocusReason)
        if not target.isChecked():
            target.click()
        event.accept()


class WrapCheckBox(_Wrapping, QCheckBox):
    CONTROL = QStyle.ControlElement.CE_CheckBox
    CONTENTS = QStyle.SubElement.SE_CheckBoxContents

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._setup()
