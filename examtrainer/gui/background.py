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
    """Owns the pool and keeps relays alive until their job reported back.

    ``run(fn, on_done, on_error, owner=widget)``: ``fn`` runs in the pool; ``on_done(result)``
    or ``on_error(error)`` then runs on the UI thread, unless ``owner`` (by default the object
    of a bound-method callback) was deleted meanwhile: a screen that was closed before its job
    finished is not touched. Without ``on_error`` a failure goes to ``error_route`` (the app
    sets it to its error dialog), so no failure is silent.
    """

    def __init__(self, pool: QThreadPool | None = None) -> None:
        self._pool = pool or QThreadPool.globalInstance()
        self._relays: set[_Relay] = set()
        self.error_route: Callable[[BaseException], None] | None = None

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        relay = _Relay()
        self._relays.add(relay)
        if owner is None:
            owner = next(
                (
                    bound
                    for bound in (getattr(c, "__self__", None) for c in (on_done, on_error))
                    if isinstance(bound, QObject)
                ),
                None,
            )

        def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
            self._relays.discard(relay)
            if owner is not None and not shiboken6.isValid(owner):
                log.debug("dropped the result of a job whose owner was closed: %r", value)
                return  # its widget was closed before the job reported back: nobody to tell
            if callback is None:
                self._route(value)
            else:
                callback(value)

        relay.done.connect(lambda value: finish(on_done, value))
        relay.failed.connect(lambda error: finish(on_error, error))
        self._pool.start(_Job(fn, relay))

    def _route(self, error: BaseException) -> None:
        if self.error_route is not None:
            self.error_route(error)
        else:
            log.error("background job failed and nobody was told: %r", error)

    def pending(self) -> int:
        return len(self._relays)

    def wait(self, msecs: int = 30000) -> bool:
        return self._pool.waitForDone(msecs)
