"""Private files (issue 12, point 3): with the common umask 022 the database (names, answers,
code hashes), settings (teacher hash), backups and logs were world-readable (0644 in 0755
folders). Now folders are 0700 and files 0600 whatever the umask, on POSIX."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from examtrainer.paths import AppPaths, default_paths
from examtrainer.services.app import Services
from examtrainer.settings import Settings, load_settings, save_user_settings
from examtrainer.store.db import backup_sqlite, create_db_engine, sqlite_url, upgrade

pytestmark = pytest.mark.skipif(
    os.name != "posix", reason="file modes are POSIX; Windows keeps its per-user ACLs"
)


@pytest.fixture
def umask_022() -> Iterator[None]:
    """The default umask of most Linux desktops (files 0644, folders 0755)."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_installation_is_private(umask_022: None, app_home: Path) -> None:
    from examtrainer.gui.app import _setup_logging

    paths = default_paths().ensure()
    services = Services.open(paths, load_settings(paths), install_content=False)
    try:
        services.store.learners.create("Amina")
        save_user_settings(paths, Settings(teacher_pin_hash="scrypt$x"))
        backup = backup_sqlite(services.store.engine, paths.backups)
    finally:
        services.store.dispose()
    root = logging.getLogger()
    before = list(root.handlers)
    _setup_logging(paths.logs)
    try:
        logging.getLogger("examtrainer.test").warning("Amina opened her profile")
    finally:
        for handler in set(root.handlers) - set(before):
            handler.close()
            root.removeHandler(handler)
    assert backup is not None and backup.is_file()
    assert paths.user_config_file.is_file()
    assert (paths.logs / "examtrainer.log").is_file()
    assert paths.database_file.is_file()
    for folder in (paths.data, paths.config, paths.logs, paths.backups, paths.recordings):
        assert mode(folder) == 0o700, folder
    files = [
        p
        for folder in (paths.data, paths.config, paths.logs, paths.backups)
        for p in folder.iterdir()
        if p.is_file()
    ]
    assert backup in files and paths.database_file in files
    for file in files:
        assert mode(file) == 0o600, file


def test_wal_files_are_private(umask_022: None, app_paths: AppPaths) -> None:
    engine = create_db_engine(sqlite_url(app_paths.database_file))
    try:
        upgrade(engine)
        with engine.connect() as connection:
            connection.exec_driver_sql("SELECT count(*) FROM learners").scalar()
            for suffix in ("", "-wal", "-shm"):
                side = Path(f"{app_paths.database_file}{suffix}")
                assert side.exists() and mode(side) == 0o600, side
    finally:
        engine.dispose()


def test_an_older_installation_is_tightened(umask_022: None, app_home: Path) -> None:
    """Files an older version left 0644 in 0755 folders become private at the next start."""
    paths = default_paths()
    for folder in (paths.data, paths.config, paths.logs, paths.backups):
        folder.mkdir(parents=True, exist_ok=True)
        folder.chmod(0o755)
    old_files = [
        paths.database_file,
        paths.user_config_file,
        paths.logs / "examtrainer.log.1",
        paths.backups / "examtrainer-20250101T000000.sqlite3",
    ]
    for file in old_files:
        file.write_text("old")
        file.chmod(0o644)
    paths.ensure()
    for folder in (paths.data, paths.config, paths.logs, paths.backups):
        assert mode(folder) == 0o700, folder
    for file in old_files:
        assert mode(file) == 0o600, file


def test_saving_settings_over_a_readable_file_makes_it_private(
    umask_022: None, app_paths: AppPaths
) -> None:
    app_paths.user_config_file.write_text('language = "nl"\n')
    app_paths.user_config_file.chmod(0o644)
    (app_paths.config / "settings.tmp").write_text("")
    (app_paths.config / "settings.tmp").chmod(0o666)
    save_user_settings(app_paths, Settings(teacher_pin_hash="scrypt$x"))
    assert mode(app_paths.user_config_file) == 0o600
