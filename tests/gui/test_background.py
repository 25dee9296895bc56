"""The background helper: work runs off the UI thread, its result and its failure come back
on the UI thread, a failure nobody handles reaches the error route, and a screen that was
closed before its job finished is never touched."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from examtrainer.gui.background import BackgroundRunner
from examtrainer.gui.qt import QLabel


@pytest.fixture
def runner(qtbot: Any) -> BackgroundRunner:
    made = BackgroundRunner()
    yield made
    made.wait()


def test_work_runs_off_the_ui_thread_and_reports_on_it(
    runner: BackgroundRunner, qtbot: Any
) -> None:
    seen: dict[str, Any] = {}

    def work() -> int:
        seen["work"] = threading.current_thread()
        return 42

    def done(value: int) -> None:
        seen["done"] = (threading.current_thread(), value)

    runner.run(work, done, pytest.fail)
    qtbot.waitUntil(lambda: "done" in seen)
    assert seen["work"] is not threading.main_thread()
    assert seen["done"] == (threading.main_thread(), 42)
    assert runner.pending() == 0


def test_a_failure_goes_to_its_handler_or_to_the_error_route(
    runner: BackgroundRunner, qtbot: Any
) -> None:
    handled: list[BaseException] = []
    routed: list[BaseException] = []
    runner.error_route = routed.append

    def broken() -> None:
        raise ValueError("kapot")

    runner.run(broken, pytest.fail, handled.append)
    qtbot.waitUntil(lambda: bool(handled))
    assert [str(e) for e in handled] == ["kapot"] and routed == []

    runner.run(broken, pytest.fail)  # no handler of its own: the app's error route says it
    qtbot.waitUntil(lambda: bool(routed))
    assert [str(e) for e in routed] == ["kapot"]


class _Screen(QLabel):
    def __init__(self) -> None:
        super().__init__("scherm")
        self.results: list[Any] = []

    def loaded(self, value: Any) -> None:
        self.setText(str(value))  # would raise "already deleted" on a closed screen


def test_a_job_that_finishes_after_its_screen_is_gone_touches_nothing(
    runner: BackgroundRunner, qtbot: Any
) -> None:
    routed: list[BaseException] = []
    runner.error_route = routed.append
    gate = threading.Event()
    bound, closure = _Screen(), _Screen()
    told: list[Any] = []

    def slow() -> str:
        gate.wait(10)
        return "klaar"

    runner.run(slow, bound.loaded)  # owner: the screen of the bound method
    runner.run(slow, lambda value: (told.append(value), closure.setText(value)), owner=closure)
    bound.deleteLater()
    closure.deleteLater()
    qtbot.waitUntil(lambda: not _alive(bound) and not _alive(closure))
    gate.set()
    qtbot.waitUntil(lambda: runner.pending() == 0)
    assert told == [] and routed == []


def _alive(widget: QLabel) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_the_guard_catches_store_work_on_the_gui_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """The suite-wide guard (tests/gui_thread_guard.py) sees a store call made by GUI code on
    the main thread, and only that: the same call from a worker thread is fine."""
    import gui_thread_guard

    from examtrainer.store.repositories import Store

    calls = gui_thread_guard.install(monkeypatch)
    namespace: dict[str, Any] = {}
    code = compile(
        "def open_learner(store):\n    with store.transaction():\n        pass\n",
        str(gui_thread_guard.GUI / "screens" / "made_up.py"),  # as if a screen did it
        "exec",
    )
    exec(code, namespace)
    store = Store.__new__(Store)  # no database: the call stops where it would open one

    def no_database() -> Any:
        raise RuntimeError("no database in this test")

    store._open_db = no_database  # type: ignore[method-assign]
    raised: list[BaseException] = []

    def in_a_worker() -> None:
        try:
            namespace["open_learner"](store)
        except RuntimeError as error:
            raised.append(error)

    worker = threading.Thread(target=in_a_worker)
    worker.start()
    worker.join()
    assert len(raised) == 1 and calls == [], "off the GUI thread: allowed"
    with pytest.raises(RuntimeError, match="no database"):
        namespace["open_learner"](store)
    assert calls == ["screens/made_up.py:open_learner"]
    assert gui_thread_guard.unexpected(calls) == ["screens/made_up.py:open_learner"]
    gui_thread_guard.forget("screens/made_up.py")  # the suite's own guard saw it too
