"""Opening the database: the engine for a URL, and bringing its schema up to date with Alembic.

SQLite (the default) runs in WAL mode with foreign keys on and full synchronous commits, so
an answer that was committed survives a crash or power cut. Before an upgrade of an
existing SQLite file, the file is copied aside into the backups folder.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from examtrainer.errors import StorageError
from examtrainer.paths import make_private, private_folder

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
# The newest migration. Known here so that a start-up on an up-to-date database needs no
# Alembic import (a test checks it against the migration scripts).
HEAD_REVISION = "0003"

# Alembic's ``context`` and ``op`` are process-wide proxies: two threads migrating at once
# (even two different databases) break each other. Processes are kept apart by the database
# itself (PostgreSQL advisory lock, SQLite write lock); threads of one process by this lock.
_MIGRATING = threading.Lock()


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def _normalise(url: str) -> str:
    """Use psycopg 3 for plain ``postgresql://`` URLs (SQLAlchemy would pick psycopg2)."""
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


# How long a SQLite connection waits for another process's lock before giving up (ms).
SQLITE_BUSY_TIMEOUT_MS = 10_000
# PostgreSQL: give up on a server that does not answer (s), and on a statement that hangs (ms).
POSTGRES_CONNECT_TIMEOUT_S = 10
POSTGRES_STATEMENT_TIMEOUT_MS = 30_000


def _make_database_private(database: Path) -> None:
    """0600 for the file; SQLite gives its -wal and -shm files the database file's mode."""
    for suffix in ("", "-wal", "-shm"):
        make_private(Path(f"{database}{suffix}"))


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        # First, so every pragma below waits for other processes instead of failing.
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        _enter_wal_mode(cursor)
        cursor.execute("PRAGMA synchronous=FULL")
    finally:
        cursor.close()


def _enter_wal_mode(cursor: Any) -> None:
    """Switch the file to WAL, waiting for other processes that are doing the same.

    The switch needs a write lock taken *from* a read lock, and SQLite does not call the busy
    handler for that upgrade (it could deadlock), so ten PCs opening one new file at once get
    an immediate "database is locked". The others are done in milliseconds: retry with a
    growing pause, within the same time budget as the busy timeout.
    """
    if str(cursor.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal":
        return  # WAL is stored in the file: the usual case costs one read
    give_up = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    pause = 0.005
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            locked = "locked" in str(error) or "busy" in str(error)
            if not locked or time.monotonic() + pause > give_up:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.2)


def _postgres_connect_args(url: str) -> dict[str, Any]:
    """Timeouts for a school server, keeping any libpq ``options`` the URL already has."""
    query = make_url(url).query
    options = query.get("options", "")
    if isinstance(options, tuple):
        options = " ".join(options)
    args: dict[str, Any] = {}
    if "statement_timeout" not in options:
        args["options"] = f"{options} -c statement_timeout={POSTGRES_STATEMENT_TIMEOUT_MS}".strip()
    if "connect_timeout" not in query:
        args["connect_timeout"] = POSTGRES_CONNECT_TIMEOUT_S
    return args


def create_db_engine(url: str) -> Engine:
    """An engine for ``url``; SQLite files get their folder created and the pragmas above,
    PostgreSQL a connect timeout and a statement timeout (a frozen server never hangs the app).
    """
    url = _normalise(url)
    if is_sqlite(url):
        database = make_url(url).database
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        if database and database != ":memory:":
            file = Path(database)
            file.parent.mkdir(parents=True, exist_ok=True)
            # Before the pragmas, so the WAL files are created private too.
            event.listen(engine, "connect", lambda *_: _make_database_private(file))
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    return create_engine(
        url,
        pool_pre_ping=True,
        pool_size=5,
        max_overflow=5,
        connect_args=_postgres_connect_args(url),
    )


def _alembic_config(engine: Engine) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database; None for a new, empty database."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def head_revision() -> str:
    """The head revision according to the migration scripts (imports Alembic)."""
    from alembic.script import ScriptDirectory

    config = _alembic_config(create_engine("sqlite://"))
    head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def backup_sqlite(engine: Engine, backups: Path) -> Path | None:
    """Copy the SQLite file aside (a consistent online backup); None if there is nothing yet."""
    database = make_url(str(engine.url)).database
    if not database or database == ":memory:" or not Path(database).exists():
        return None
    private_folder(backups)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    target = backups / f"{Path(database).stem}-{stamp}.sqlite3"
    with sqlite3.connect(database) as source, sqlite3.connect(target) as copy:
        make_private(target)
        source.backup(copy)
    return target


def upgrade(engine: Engine, backups: Path | None = None) -> str | None:
    """Migrate the schema to the newest revision; returns the backup file made, if any.

    Each migration runs in its own transaction (forward only). On PostgreSQL an advisory
    lock (taken in ``env.py``) makes classroom PCs that start together migrate one at a time;
    on SQLite each migration holds the write lock (``BEGIN IMMEDIATE``). Safe to call from
    several threads: they migrate one after the other.
    """
    with _MIGRATING:
        return _upgrade(engine, backups)


def _upgrade(engine: Engine, backups: Path | None) -> str | None:
    try:
        before = current_revision(engine)
        if before == HEAD_REVISION:
            return None
        from alembic import command

        backup: Path | None = None
        if is_sqlite(str(engine.url)) and backups is not None:
            has_tables = bool(inspect(engine).get_table_names())
            backup = backup_sqlite(engine, backups) if has_tables else None
        command.upgrade(_alembic_config(engine), "head")
    except OperationalError as error:
        raise StorageError(f"De database kan niet worden bijgewerkt: {error.orig}") from error
    except SQLAlchemyError as error:
        raise StorageError(f"De database kan niet worden bijgewerkt: {error}") from error
    return str(backup) if backup else None


def remove_sqlite_files(path: Path) -> None:
    """Delete a SQLite database with its WAL side files (tests and 'start over')."""
    for suffix in ("", "-wal", "-shm"):
        candidate = Path(f"{path}{suffix}")
        if candidate.exists():
            candidate.unlink()


def copy_sqlite(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
