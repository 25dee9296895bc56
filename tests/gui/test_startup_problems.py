"""Every start-up failure in plain words, with a way out (issue 12, points 5 and 6). Before:
a traceback and no window (read-only folder), English or generic words ("connection failed:
... Connection refused"), an endless "Even geduld", no retry; a damaged file gave "Er ging
iets mis" and no backup was ever restored."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from examtrainer.gui.qt import Qt
from examtrainer.settings import DATABASE_VARIABLE
from examtrainer.store import sqlite_file


def _start(qtbot: Any) -> tuple[Any, Any]:
    from examtrainer.gui.app import build, open_services
    from examtrainer.gui.qt import QApplication

    ctx, window = build(QApplication.instance(), "nl")  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    open_services(ctx, window)
    return ctx, window


def _problem_page(qtbot: Any, window: Any) -> Any:
    qtbot.waitUntil(lambda: window.current.objectName() == "screen_startup_problem", timeout=30000)
    return window.current


def _first_screen(window: Any) -> bool:
    return window.current.objectName() in {"screen_onboarding", "screen_profiles", "screen_home"}


def _close(ctx: Any) -> None:
    ctx.runner.wait()
    if ctx.services is not None:
        ctx.services.close()


def test_a_damaged_database_offers_its_backup_and_restores_it(qtbot: Any, gui_home: Path) -> None:
    from examtrainer.paths import default_paths
    from examtrainer.services.app import Services
    from examtrainer.settings import Settings

    paths = default_paths()
    services = Services.open(paths, Settings(), install_content=False)
    services.create_learner("Amina", "nl")
    for made_at_open in paths.backups.glob("daily-*"):
        made_at_open.unlink()
    sqlite_file.daily_backup(paths.database_file, paths.backups)
    with services.store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    services.close()
    with paths.database_file.open("r+b") as handle:
        handle.seek(4096)
        handle.write(b"\xff" * 64)

    ctx, window = _start(qtbot)
    try:
        page = _problem_page(qtbot, window)
        assert "beschadigd" in page.message.text() and "reservekopie" in page.message.text()
        assert page.restore_button.isVisible() and page.fresh_button.isVisible()
        assert not page.retry_button.isVisible()
        assert "niets weggegooid" in page.kept.text()
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: _first_screen(window), timeout=30000)
        assert [learner.name for learner in ctx.need_services().learners()] == ["Amina"]
        assert list(paths.backups.glob("damaged-*.sqlite3"))  # the damaged file is kept
    finally:
        _close(ctx)


def test_a_locked_file_says_so_and_retrying_works(
    qtbot: Any, gui_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from examtrainer.paths import default_paths
    from examtrainer.services.app import Services
    from examtrainer.settings import Settings
    from examtrainer.store import db

    paths = default_paths()
    Services.open(paths, Settings(), install_content=False).close()
    monkeypatch.setattr(sqlite_file, "HEALTH_CHECK_TIMEOUT_S", 0.1)
    monkeypatch.setattr(db, "SQLITE_BUSY_TIMEOUT_MS", 100)
    other_program = sqlite3.connect(paths.database_file, isolation_level=None)
    other_program.execute("BEGIN EXCLUSIVE")
    ctx, window = _start(qtbot)
    try:
        page = _problem_page(qtbot, window)
        assert "ander programma" in page.message.text()
        assert page.retry_button.isVisible() and not page.restore_button.isVisible()
        other_program.execute("COMMIT")
        qtbot.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: _first_screen(window), timeout=30000)
    finally:
        other_program.close()
        _close(ctx)


def test_a_folder_that_cannot_be_made_gets_a_window_not_a_traceback(
    qtbot: Any, gui_home: Path
) -> None:
    gui_home.mkdir(parents=True)
    (gui_home / "data").write_text("a file where the data folder should be")
    ctx, window = _start(qtbot)
    try:
        page = _problem_page(qtbot, window)
        assert "kan niet worden gemaakt of beschreven" in page.message.text()
        assert page.retry_button.isVisible()
    finally:
        _close(ctx)


def test_a_school_server_that_is_down_is_explained_in_dutch(
    qtbot: Any, gui_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATABASE_VARIABLE, "postgresql://nobody@127.0.0.1:9/school")
    ctx, window = _start(qtbot)
    try:
        page = _problem_page(qtbot, window)
        assert "niet bereikbaar" in page.message.text()
        assert "Connection refused" not in page.message.text()
        assert page.retry_button.isVisible()
    finally:
        _close(ctx)


def test_the_cli_prints_one_plain_line(
    gui_home: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from examtrainer.cli import main

    monkeypatch.setenv(DATABASE_VARIABLE, "postgresql://nobody@127.0.0.1:9/school")
    assert main(["db", "upgrade"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "niet bereikbaar" in err and "Traceback" not in err
    monkeypatch.delenv(DATABASE_VARIABLE)
    other = gui_home.parent / "other-home"
    other.mkdir()
    (other / "data").write_text("not a folder")
    monkeypatch.setenv("EXAMTRAINER_HOME", str(other))
    assert main(["db", "upgrade"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "kan niet worden gemaakt" in err


def test_the_cli_restores_the_newest_backup(
    gui_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from examtrainer.cli import main

    assert main(["db", "upgrade"]) == 0
    database = gui_home / "data" / "examtrainer.sqlite3"
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    database.write_bytes(b"")
    assert main(["db", "upgrade"]) == 1
    assert "leeg" in capsys.readouterr().err
    assert main(["db", "restore"]) == 0
    assert "restored" in capsys.readouterr().out
    assert main(["db", "upgrade"]) == 0
