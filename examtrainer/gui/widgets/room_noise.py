"""Exam-room noise: a soft murmur looped under the exam while it runs (off by default).

The sound is made once, off the UI thread, in the data folder (``exam/room-noise.wav``); it is
optional, so a failure to make or play it is logged and never stops the exam.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from examtrainer.audio.devices import AudioError
from examtrainer.gui.context import AppContext
from examtrainer.gui.qt import QObject, QTimer

if TYPE_CHECKING:
    from examtrainer.audio.devices import Player

log = logging.getLogger(__name__)

NOISE_FILE = "exam/room-noise.wav"


class RoomNoise(QObject):
    """Owns its player: :meth:`start` makes the file and loops it, :meth:`stop` ends it for
    good (later callbacks of the making job or the player are then ignored)."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.player: Player | None = None
        self.stopped = False

    def start(self) -> None:
        """Make the murmur on first use (in the background), then loop it."""
        from examtrainer.audio.room_noise import write_room_noise

        path = self.ctx.paths.data / NOISE_FILE
        self.ctx.runner.run(
            lambda: write_room_noise(path),
            self._ready,
            lambda error: log.warning("no exam-room noise: %s", error),
        )

    def _ready(self, path: Path) -> None:
        if self.stopped:
            return
        player = self.ctx.make_player()
        player.on_finished = lambda: QTimer.singleShot(0, self._loop)
        player.on_error = lambda error: log.warning("exam-room noise stopped: %s", error)
        player.on_position = None
        try:
            player.load(path)
            player.play()
        except (AudioError, OSError, RuntimeError) as error:  # optional: never a blocker
            log.warning("exam-room noise not played: %s", error)
            return
        self.player = player

    def _loop(self) -> None:
        if self.player is not None and not self.stopped:
            self.player.play()

    def stop(self) -> None:
        self.stopped = True
        if self.player is not None:
            self.player.on_finished = None
            self.player.stop()
            self.player = None
