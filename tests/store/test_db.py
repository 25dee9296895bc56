"""Opening and upgrading the database: pragmas, backups, idempotent upgrades, models = head."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from examtrainer.paths import AppPaths
from examtrainer.store.db import (
    backup_sqlite,
    create_db_engine,
    current_revision,
    head_revision,
    sqlite_url,
    upgrade,
)
from examtrainer.store.models import Base
from examtrainer.store.repositories import Store


def test_sqlite_pragmas(app_paths: AppPaths) -> None:
    engine = create_db_engine(sqlite_url(app_paths.database_file))
    try:
        with engine.connect() as connection:

            def pragma(name: str) -> object:
                return connection.exec_driver_sql(f"PRAGMA {name}").scalar()

            assert pragma("foreign_keys") == 1
            assert pragma("journal_mode") == "wal"
            assert pragma("synchronous") == 2  # FULL
            assert pragma("busy_timeout") == 10_000
    finally:
        engine.dispose()


def test_sqlite_file_gets_its_folder(tmp_path: Path) -> None:
    target = tmp_path / "not" / "yet" / "there.sqlite3"
    engine = create_db_engine(sqlite_url(target))
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    assert target.is_file()


def test_upgrade_of_a_new_file_makes_no_backup(app_paths: AppPaths) -> None:
    engine = create_db_engine(sqlite_url(app_paths.database_file))
    try:
        assert upgrade(engine, app_paths.backups) is None
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
    assert not app_paths.backups.exists() or list(app_paths.backups.iterdir()) == []


def test_upgrade_at_head_makes_no_backup(app_paths: AppPaths, database_url: str) -> None:
    engine = create_db_engine(database_url)
    try:
        assert upgrade(engine, app_paths.backups) is None
    finally:
        engine.dispose()
    assert not app_paths.backups.exists() or list(app_paths.backups.iterdir()) == []


def test_upgrade_is_idempotent(blank_database_url: str) -> None:
    engine = create_db_engine(blank_database_url)
    try:
        upgrade(engine)
        store = Store(engine)
        learner = store.learners.create("Amira")
        tables = sorted(inspect(engine).get_table_names())
        upgrade(engine)
        upgrade(engine)
        assert sorted(inspect(engine).get_table_names()) == tables
        assert current_revision(engine) == head_revision()
        assert store.learners.all() == [learner]
        with engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar() == 1
    finally:
        engine.dispose()


def test_head_matches_the_models(database_url: str) -> None:
    """Autogenerate finds nothing to do: every model change came with its migration."""
    engine = create_db_engine(database_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


def test_backup_is_a_consistent_copy(tmp_path: Path, app_paths: AppPaths) -> None:
    """SQLite only: a school backs up its own PostgreSQL server."""
    engine = create_db_engine(sqlite_url(app_paths.database_file))
    upgrade(engine)
    try:
        Store(engine).learners.create("Amira")  # committed, perhaps still in the WAL
        backup = backup_sqlite(engine, tmp_path / "backups")
    finally:
        engine.dispose()
    assert backup is not None
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT name FROM learners").fetchall() == [("Amira",)]
    copy.close()
