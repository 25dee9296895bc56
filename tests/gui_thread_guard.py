"""A guard for the GUI tests: no database work on the GUI thread.

Every ``Store.transaction`` that starts on the main (GUI) thread with code of
``examtrainer/gui`` on the stack is a freeze waiting to happen (a locked SQLite file, a slow
school server). The guard records each one; a test fails on any that is not in ``KNOWN``,
the list of places still to move off the UI thread (issue 10), each with its reason. The list
may only shrink.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

GUI = Path(__file__).resolve().parents[1] / "examtrainer" / "gui"

KNOWN: dict[str, str] = {
    "screens/exam_window.py": (
        "exam answers, navigation snapshots, events and the end of an exam are committed on "
        "the UI thread; they move behind the exam run's front door (issue 10, point 1)"
    ),
    "screens/exam_open.py": "the resume offer reads the active exam on the UI thread",
    "screens/reading.py": (
        "a practice answer (reading, listening) is committed on the UI thread before the "
        "feedback is shown"
    ),
    "screens/profiles.py": "the profile list and the chosen profile are read on the UI thread",
    "screens/onboarding.py": "the first profile is created on the UI thread",
    "screens/exam_result.py": "a self-rating of a recorded exam answer is written on the UI thread",
    "dialogs/pin.py": "the PIN check (scrypt) reads the profile on the UI thread (issue 12)",
}
"""``gui`` module path (relative to examtrainer/gui) -> why it still touches the store on the
GUI thread."""


def _gui_caller() -> str | None:
    frame = sys._getframe(2)
    while frame is not None:
        path = Path(frame.f_code.co_filename)
        if path.is_relative_to(GUI) and path.name != "background.py":
            return f"{path.relative_to(GUI).as_posix()}:{frame.f_code.co_name}"
        frame = frame.f_back  # type: ignore[assignment]
    return None


_RECORDS: list[list[str]] = []


def install(monkeypatch: Any) -> list[str]:
    """Wrap ``Store.transaction``; returns the list the calls are recorded in."""
    from examtrainer.store.repositories import Store

    calls: list[str] = []
    _RECORDS.append(calls)
    real = Store.transaction

    @contextmanager
    def guarded(self: Store) -> Iterator[Any]:
        if threading.current_thread() is threading.main_thread():
            caller = _gui_caller()
            if caller is not None:
                calls.append(caller)
        with real(self) as db:
            yield db

    monkeypatch.setattr(Store, "transaction", guarded)
    return calls


def reset() -> None:
    """Forget the lists of the test that ended."""
    _RECORDS.clear()


def forget(module: str) -> None:
    """Drop the recorded calls of ``module`` (for the guard's own test)."""
    for calls in _RECORDS:
        calls[:] = [c for c in calls if not c.startswith(f"{module}:")]


def unexpected(calls: list[str]) -> list[str]:
    return sorted({c for c in calls if c.split(":")[0] not in KNOWN})
