"""A play/stop button for one audio file, for teachers listening to recordings.

The player is made only when the button is first pressed, so showing the button needs no
sound card. It comes from the context's ``player_factory`` when the app set one up (the
audio devices of the speaking screens; fakes in tests), else a plain QMediaPlayer.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from examtrainer.gui.qt import QObject, QPushButton, QUrl, QWidget


class _MediaPlayer(QObject):
    """The minimal ``Player`` (load, play, stop, on_finished) on QMediaPlayer."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from examtrainer.gui.qt import QAudioOutput, QMediaPlayer

        self.on_finished: Callable[[], None] | None = None
        self.on_error: Any = None
        self.on_position: Any = None
        self._player = QMediaPlayer(self)
        self._output = QAudioOutput(self)
        self._player.setAudioOutput(self._output)
        self._player.mediaStatusChanged.connect(self._status)

    def _status(self, status: Any) -> None:
        from examtrainer.gui.qt import QMediaPlayer

        if status == QMediaPlayer.MediaStatus.EndOfMedia and self.on_finished:
            self.on_finished()

    def load(self, path: Path) -> None:
        self._player.setSource(QUrl.fromLocalFile(str(path)))

    def play(self) -> None:
        self._player.play()

    def stop(self) -> None:
        self._player.stop()


class PlayButton(QPushButton):
    """Plays ``path`` (set with :meth:`set_file`); pressed again, it stops."""

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path: Path | None = None
        self.player: Any = None
        self.playing = False
        self.play_text = ""
        self.stop_text = ""
        self.clicked.connect(self.toggle)
        self.setEnabled(False)

    def set_texts(self, play: str, stop: str) -> None:
        self.play_text, self.stop_text = play, stop
        self.setText(stop if self.playing else play)

    def set_file(self, path: Path | None) -> None:
        self.stop()
        self.path = path if path is not None and path.is_file() else None
        self.setEnabled(self.path is not None)

    def _make_player(self) -> Any:
        factory = getattr(self.ctx, "player_factory", None)
        return factory() if factory is not None else _MediaPlayer(self)

    def toggle(self) -> None:
        if self.playing:
            self.stop()
            return
        if self.path is None:
            return
        if self.player is None:
            self.player = self._make_player()
            self.player.on_finished = self._finished
        try:
            self.player.load(self.path)
            self.player.play()
        except Exception as error:  # an unreadable file: say so, never crash the review
            if self.ctx.on_error:
                self.ctx.on_error(error)
            return
        self.playing = True
        self.setText(self.stop_text)

    def _finished(self) -> None:
        self.playing = False
        self.setText(self.play_text)

    def stop(self) -> None:
        if self.player is not None and self.playing:
            self.player.stop()
        self._finished()
