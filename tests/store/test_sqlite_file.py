"""Nothing lost silently (issue 12, point 5). Before: deleting or overwriting the SQLite file
while the app ran gave no error (ten more answers "saved" into nothing) and the next start
showed the first-start screen; a zero-length file was silently made into a new database; a
damaged page gave "Er ging iets mis"; no code ever restored a backup. Real SQLite files."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from examtrainer.errors import StorageError
from examtrainer.paths import AppPaths
from examtrainer.services.app import (
    Services,
    restore_newest_backup,
    start_with_a_new_database,
)
from examtrainer.settings import Settings
from examtrainer.store import sqlite_file
from examtrainer.store.sqlite_file import (
    DAILY_BACKUPS_KEPT,
    DatabaseDamaged,
    DatabaseGone,
    daily_backup,
    good_backups,
    safe_copy,
)


@pytest.fixture
def running(paths: AppPaths) -> Iterator[Services]:
    """The app running on its own SQLite file, with one learner and today's backup."""
    services = Services.open(paths, Settings(), install_content=False)
    services.create_learner("Amina", "nl")
    for made_at_open in paths.backups.glob("daily-*"):
        made_at_open.unlink()
    daily_backup(paths.database_file, paths.backups)  # today's, with Amina in it
    yield services
    services.close()


def _checkpoint(services: Services) -> None:
    with services.store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def _replace_with_other_database(path: Path) -> None:
    other = path.with_name("other.sqlite3")
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.close()
    os.replace(other, path)


@pytest.mark.parametrize(
    "change",
    [
        pytest.param(lambda p: p.unlink(), id="deleted"),
        pytest.param(_replace_with_other_database, id="replaced"),
        pytest.param(lambda p: p.open("w").close(), id="truncated"),
    ],
)
def test_a_file_changed_while_running_stops_saving(running: Services, change: object) -> None:
    path = running.paths.database_file
    _checkpoint(running)
    change(path)  # type: ignore[operator]
    with pytest.raises(DatabaseGone) as caught:
        running.create_learner("Bilal", "nl")
    assert "niet bewaard" in str(caught.value) and "reservekopie" in str(caught.value)
    with pytest.raises(DatabaseGone):
        running.learners()


def test_a_zero_length_file_is_never_made_into_a_new_database(paths: AppPaths) -> None:
    paths.database_file.unlink()
    paths.database_file.touch()
    with pytest.raises(DatabaseDamaged) as caught:
        Services.open(paths, Settings(), install_content=False)
    assert caught.value.reason == "empty"
    assert "leeg" in str(caught.value)
    assert paths.database_file.stat().st_size == 0  # untouched


def test_a_damaged_page_is_found_at_start_and_the_backup_offered(running: Services) -> None:
    paths = running.paths
    [daily] = good_backups(paths.backups)
    running.create_learner("Bilal", "nl")  # after the backup: this one is in the file only
    _checkpoint(running)
    running.close()
    with paths.database_file.open("r+b") as handle:
        handle.seek(4096)
        handle.write(b"\xff" * 64)
    with pytest.raises(DatabaseDamaged) as caught:
        Services.open(paths, Settings(), install_content=False)
    assert caught.value.reason == "damaged" and caught.value.backups == [daily]
    assert "beschadigd" in str(caught.value) and "terugzetten" in str(caught.value)

    restored = restore_newest_backup(paths, Settings())
    assert restored.backup == daily and restored.kept_aside is not None
    assert restored.kept_aside.is_file()  # the damaged file is kept, never deleted
    again = Services.open(paths, Settings(), install_content=False)
    try:
        assert [learner.name for learner in again.learners()] == ["Amina"]
    finally:
        again.close()


def test_a_missing_file_with_backups_is_not_a_first_start(running: Services) -> None:
    paths = running.paths
    running.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{paths.database_file}{suffix}").unlink(missing_ok=True)
    with pytest.raises(DatabaseDamaged) as caught:
        Services.open(paths, Settings(), install_content=False)
    assert caught.value.reason == "missing"
    restore_newest_backup(paths, Settings())
    again = Services.open(paths, Settings(), install_content=False)
    try:
        assert [learner.name for learner in again.learners()] == ["Amina"]
    finally:
        again.close()


def test_a_foreign_file_is_refused_and_starting_again_keeps_it(paths: AppPaths) -> None:
    paths.database_file.write_text("dit is een boodschappenlijst\n" * 20)
    with pytest.raises(DatabaseDamaged) as caught:
        Services.open(paths, Settings(), install_content=False)
    assert caught.value.reason == "foreign" and caught.value.backups == []
    assert "geen reservekopie" in str(caught.value)
    aside = start_with_a_new_database(paths, Settings())
    assert aside is not None and "boodschappenlijst" in aside.read_text()
    fresh = Services.open(paths, Settings(), install_content=False)
    try:
        assert fresh.learners() == []
    finally:
        fresh.close()


def test_daily_backups_roll(running: Services) -> None:
    """One backup a day, the newest DAILY_BACKUPS_KEPT (7) kept."""
    paths = running.paths
    start = date(2026, 1, 1)
    for day in range(10):
        daily_backup(paths.database_file, paths.backups, start + timedelta(days=day))
    assert daily_backup(paths.database_file, paths.backups, start + timedelta(days=9)) is None
    dailies = sorted(p.name for p in paths.backups.glob("daily-*.sqlite3"))
    assert DAILY_BACKUPS_KEPT == 7
    # Today's (made at start) is the newest; with it the six newest of January stay.
    assert len(dailies) == DAILY_BACKUPS_KEPT
    assert dailies[0] == "daily-2026-01-05.sqlite3" and dailies[-2] == "daily-2026-01-10.sqlite3"


class _FullDisk:
    """A sqlite3 connection whose backup writes part of the copy, then finds the disk full."""

    def __init__(self, real: sqlite3.Connection) -> None:
        self._real = real

    def __getattr__(self, name: str) -> object:
        return getattr(self._real, name)

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self._real.close()

    def backup(self, target: object) -> None:
        self._real.backup(target._real if isinstance(target, _FullDisk) else target, pages=1)  # type: ignore[arg-type]
        raise sqlite3.OperationalError("database or disk is full")


def test_a_full_disk_leaves_no_empty_or_partial_backup(
    running: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    real_connect = sqlite3.connect
    monkeypatch.setattr(
        sqlite_file.sqlite3, "connect", lambda *a, **k: _FullDisk(real_connect(*a, **k))
    )
    target = tmp_path / "copy.sqlite3"
    for _ in range(3):
        with pytest.raises(StorageError, match="schijf is vol"):
            safe_copy(running.paths.database_file, target)
    assert list(tmp_path.glob("copy*")) == []  # before: a 0-byte backup on every try


def test_a_restore_refuses_a_damaged_backup(running: Services, tmp_path: Path) -> None:
    paths = running.paths
    running.close()
    [daily] = good_backups(paths.backups)
    broken = paths.backups / "broken.sqlite3"
    shutil.copyfile(daily, broken)
    with broken.open("r+b") as handle:
        handle.seek(0)
        handle.write(b"not sqlite")
    assert broken not in good_backups(paths.backups)
    with pytest.raises(StorageError, match="beschadigd"):
        sqlite_file.restore_backup(paths.database_file, broken, paths.backups)
