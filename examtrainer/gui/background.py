"""Slow work off the UI thread: run a call in the thread pool, get its result on the UI thread.

Like Anki's ``CollectionOp``: ``run_in_background(fn, on_done, on_error)``. Decoding audio,
importing banks, selecting items and writing the database never freeze a screen.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6

from examtrainer.gui.qt import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._fn = fn
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._fn()
        except Exception as error:  # delivered to the UI thread, shown there
            log.exception("background job failed")
            self._relay.failed.emit(error)
        else:
            self._relay.done.emit(result)


class BackgroundRunner:
    """Owns the pool and keeps relays alive until their job reported back."""

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool or QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)

        def finish(callback: Callable[[Any], None], value: Any) -> None:
            self._relays.discard(relay)
            owner = getattr(callback, "__self__", None)
            if isinstance(owner, QObject) and not shiboken6.isValid(owner):
                return  # its widget was closed before the job reported back: nobody to tell
            callback(value)

        relay.done.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda error: finish(on_error, error))
        self._pool.start(_Job(fn, relay))

    def pending(self) -> int:
        return len(self._relays)

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)
