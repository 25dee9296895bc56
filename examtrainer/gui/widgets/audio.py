"""Widgets around the audio devices: a play panel with progress, a level meter, a device
problem message, and the Dutch words for audio errors and for the remarks on a recording."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from examtrainer.audio.devices import AudioError, Player
from examtrainer.audio.messages import error_text, feedback_text
from examtrainer.exam.countdown import PlayAllowance
from examtrainer.gui.qt import (
    QCoreApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
    Signal,
)
from examtrainer.gui.screens.base import primary_button

translate = QCoreApplication.translate  # the texts are marked in examtrainer.audio.messages

LEVEL_METER_FLOOR_DBFS = -60.0  # the meter is empty at this level and full at 0 dBFS


def audio_error_text(error: BaseException) -> str:
    """A short plain sentence for an audio error, in the learner's language."""
    return error_text(getattr(error, "code", "audio_error"), translate)


def remark_text(code: str, values: dict[str, float]) -> str:
    """The learner-facing words for one remark of ``examtrainer.audio.analysis.describe``."""
    return feedback_text(code, values, translate)


def clock_text(seconds: float) -> str:
    whole = max(0, int(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


class SharedPlayer:
    """One player for all play panels of a screen: a panel that starts playing takes it over,
    and the panel that had it is told to show itself stopped."""

    def __init__(self, player: Player) -> None:
        self.player = player
        self.owner: AudioPanel | None = None

    def claim(self, panel: AudioPanel) -> Player:
        if self.owner is not None and self.owner is not panel:
            self.player.stop()
            self.owner.released()
        self.owner = panel
        self.player.on_finished = panel._finished
        self.player.on_error = panel._error
        self.player.on_position = panel._position
        return self.player

    def stop(self) -> None:
        """Stop whatever plays (on leaving a screen)."""
        self.player.stop()
        if self.owner is not None:
            self.owner.released()
            self.owner = None


class AudioPanel(QWidget):
    """A big play/pause button with a progress bar and the time, for one audio file.

    ``allowance`` limits the number of plays (None: any number). ``rate`` is the speed of
    the next play (1.0 normal, 0.75 slowed down). Signals: ``started`` (a play from the
    beginning), ``finished`` (the end was reached) and ``failed`` (an ``AudioError``).
    """

    started = Signal()
    finished = Signal()
    failed = Signal(object)

    def __init__(self, shared: SharedPlayer, big: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.shared = shared
        self.path: Path | None = None
        self.allowance = PlayAllowance(None)
        self.rate = 1.0
        self.playing = False
        self.paused = False
        self.error: AudioError | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.hide()
        layout.addWidget(self.caption)
        row = QHBoxLayout()
        self.button = primary_button() if big else QPushButton()
        self.button.setObjectName("play")
        if big:
            self.button.setMinimumHeight(54)
            self.button.setMinimumWidth(220)
        self.button.clicked.connect(self.toggle)
        row.addWidget(self.button)
        column = QVBoxLayout()
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setTextVisible(False)
        self.bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.time = QLabel("0:00")
        self.time.setObjectName("muted")
        column.addWidget(self.bar)
        column.addWidget(self.time)
        row.addLayout(column, 1)
        layout.addLayout(row)
        self.status = QLabel()
        self.status.setObjectName("muted")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.retranslate()

    # -- set up --------------------------------------------------------------------------
    def set_source(self, path: Path | None, allowance: PlayAllowance | None = None) -> None:
        if self.shared.owner is self:
            self.shared.stop()
        self.path = path
        self.allowance = allowance or PlayAllowance(None)
        self.playing = self.paused = False
        self.error = None
        self.bar.setValue(0)
        self.time.setText("0:00")
        self.retranslate()

    def set_rate(self, rate: float) -> None:
        self.rate = rate
        if self.shared.owner is self and (self.playing or self.paused):
            self.shared.player.set_rate(rate)

    # -- playing -------------------------------------------------------------------------
    def toggle(self) -> None:
        if self.path is None:
            return
        if self.playing:
            self.shared.player.pause()
            self.playing, self.paused = False, True
        elif self.paused and self.shared.owner is self:
            self.playing, self.paused = True, False
            self.retranslate()
            self.shared.player.play()
            return
        else:
            self.play_from_start()
            return
        self.retranslate()

    def play_from_start(self) -> bool:
        """Start a new play if one is left; False when it could not start."""
        if self.path is None or not self.allowance.can_start:
            return False
        player = self.shared.claim(self)
        try:
            player.load(self.path)
            player.set_rate(self.rate)
        except AudioError as error:
            self._error(error)
            return False
        self.allowance.start()
        self.error = None
        self.playing, self.paused = True, False
        self.retranslate()
        self.started.emit()
        player.play()  # a fake may finish at once: all state is set before this call
        return True

    def released(self) -> None:
        """Another panel took the player: show this one as stopped."""
        self.playing = self.paused = False
        self.bar.setValue(0)
        self.retranslate()

    def _position(self, seconds: float) -> None:
        duration = self.shared.player.duration_seconds
        if duration > 0:
            self.bar.setValue(round(1000 * min(1.0, seconds / duration)))
        self.time.setText(f"{clock_text(seconds)} / {clock_text(duration)}")

    def _finished(self) -> None:
        self.playing = self.paused = False
        self.bar.setValue(1000)
        self.retranslate()
        self.finished.emit()

    def _error(self, error: AudioError) -> None:
        self.playing = self.paused = False
        self.error = error
        self.retranslate()
        self.failed.emit(error)

    # -- words ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        style = self.style()
        if self.playing:
            self.button.setText(self.tr("Pauze"))
            self.button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaPause))
        else:
            self.button.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
            if self.paused:
                self.button.setText(self.tr("Verder luisteren"))
            elif self.allowance.used == 0:
                self.button.setText(self.tr("Luisteren"))
            elif self.allowance.can_start:
                self.button.setText(self.tr("Nog een keer luisteren"))
            else:
                self.button.setText(self.tr("Geluisterd"))
        self.button.setEnabled(
            self.path is not None and (self.playing or self.paused or self.allowance.can_start)
        )
        if self.error is not None:
            self.status.setText(audio_error_text(self.error))
        elif self.allowance.allowed is None:
            self.status.setText("")
        elif self.allowance.left == 0:
            self.status.setText(
                self.tr("U heeft het fragment al %n keer gehoord.", "", self.allowance.used)
            )
        elif self.allowance.used == 0:
            self.status.setText(
                self.tr("U mag het fragment %n keer horen.", "", self.allowance.allowed)
            )
        else:
            self.status.setText(
                self.tr("U mag het nog %n keer horen.", "", self.allowance.left or 0)
            )
        self.status.setVisible(bool(self.status.text()))


class LevelMeter(QProgressBar):
    """How loud the microphone hears the learner: empty at -60 dBFS, full at 0 dBFS."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("level_meter")
        self.setRange(0, 100)
        self.setTextVisible(False)
        self.setMinimumHeight(22)
        self.last_dbfs = LEVEL_METER_FLOOR_DBFS

    def set_level(self, dbfs: float) -> None:
        self.last_dbfs = dbfs
        share = (max(LEVEL_METER_FLOOR_DBFS, min(0.0, dbfs)) - LEVEL_METER_FLOOR_DBFS) / (
            -LEVEL_METER_FLOOR_DBFS
        )
        self.setValue(round(100 * share))


class ProblemPanel(QFrame):
    """A calm card that says what is missing and offers what still works (its buttons)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problem")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(14)
        self.title = QLabel()
        self.title.setObjectName("subtitle")
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        self.buttons = QHBoxLayout()
        layout.addLayout(self.buttons)

    def add_button(self, name: str, primary: bool = False) -> QPushButton:
        button = primary_button() if primary else QPushButton()
        button.setObjectName(name)
        self.buttons.addWidget(button)
        return button

    def finish_buttons(self) -> None:
        self.buttons.addStretch(1)


def set_lines(label: QLabel, lines: Sequence[str]) -> None:
    """Show short sentences one under the other."""
    label.setText("\n".join(line for line in lines if line))
