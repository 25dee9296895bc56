"""GUI test fixtures: a real main window over a real SQLite database in a temporary home.

Offscreen by default (QT_QPA_PLATFORM=offscreen); Qt warnings fail a test (pyproject:
qt_default_raising). Audio devices are replaced by the file-backed fakes of
examtrainer.audio.fakes so no test ever waits on a sound card.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def gui_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("EXAMTRAINER_HOME", str(home))
    monkeypatch.delenv("EXAMTRAINER_DATABASE_URL", raising=False)
    return home


@pytest.fixture
def app_window(qtbot, gui_home: Path) -> Iterator[tuple[object, object]]:  # type: ignore[no-untyped-def]
    """(context, main window) with services open and the bundled content installed."""
    from examtrainer.gui.app import build
    from examtrainer.gui.qt import QApplication
    from examtrainer.services.app import Services

    app = QApplication.instance()
    ctx, window = build(app, "nl")  # type: ignore[arg-type]
    ctx.services = Services.open(ctx.paths, ctx.settings)
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    yield ctx, window
    ctx.runner.wait()
    ctx.languages.switch("nl")
    ctx.services.close()


@pytest.fixture
def learner_window(app_window):  # type: ignore[no-untyped-def]
    """The window with one learner chosen and the home screen shown."""
    ctx, window = app_window
    ctx.learner = ctx.services.create_learner("Test", language="nl")
    window.show_screen("home")
    return ctx, window
