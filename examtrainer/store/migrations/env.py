"""Alembic environment: runs migrations on the engine handed over by examtrainer.store.db.

Migrations run in real transactions on both backends. PostgreSQL has transactional DDL;
SQLite has it too, but Python's sqlite3 driver commits before DDL on its own, so on SQLite
the connection is put in driver autocommit and the transaction opened with an explicit
``BEGIN IMMEDIATE`` (the recipe of the SQLAlchemy SQLite dialect docs).

Other PCs must not migrate in between reading the current revision and running the steps
after it (that ran 0002 twice: "duplicate column name"). On PostgreSQL an advisory lock
covers the whole run and each migration has its own transaction; on SQLite the whole run is
one ``BEGIN IMMEDIATE`` transaction (the write lock is taken before the revision is read),
so a migration that fails half-way leaves the file exactly as it was.

On SQLite, foreign keys are switched off while migrating (SQLite's own procedure for schema
changes): batch mode rebuilds a table by copy, drop and rename, and with foreign keys on,
dropping e.g. ``learners`` would cascade-delete every session and answer. They are checked
and switched on again afterwards.
"""

from __future__ import annotations

from typing import Any

from alembic import context
from sqlalchemy import Connection, event, text

from examtrainer.store.models import Base

LOCK_ID = 727_274_001  # PostgreSQL advisory lock: one PC migrates at a time


def _begin_immediate(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _configure_and_run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        transaction_per_migration=connection.dialect.name != "sqlite",
        transactional_ddl=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()


def _run_on_sqlite(connection: Connection) -> None:
    # Reset to the driver's default when the connection goes back to the pool.
    connection.execution_options(isolation_level="AUTOCOMMIT")
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # a no-op inside a transaction
    connection.commit()
    event.listen(connection, "begin", _begin_immediate)
    try:
        _configure_and_run(connection)
        problems: list[Any] = list(connection.exec_driver_sql("PRAGMA foreign_key_check"))
        connection.commit()
        if problems:
            raise RuntimeError(f"migration left rows with broken foreign keys: {problems[:5]}")
    finally:
        if connection.in_transaction():
            connection.rollback()
        event.remove(connection, "begin", _begin_immediate)
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        connection.commit()


def _run_on_postgresql(connection: Connection) -> None:
    # Waiting for another PC's migration, or a long migration, must not hit the statement
    # timeout the app's connections have (RESET below goes back to it).
    connection.execute(text("SET statement_timeout = 0"))
    connection.execute(text("SELECT pg_advisory_lock(:id)"), {"id": LOCK_ID})
    connection.commit()
    try:
        _configure_and_run(connection)
    finally:
        if connection.in_transaction():
            connection.rollback()
        connection.execute(text("SELECT pg_advisory_unlock(:id)"), {"id": LOCK_ID})
        connection.execute(text("RESET statement_timeout"))
        connection.commit()


def run_migrations_online() -> None:
    engine = context.config.attributes["engine"]
    with engine.connect() as connection:
        if connection.dialect.name == "sqlite":
            _run_on_sqlite(connection)
        elif connection.dialect.name == "postgresql":
            _run_on_postgresql(connection)
        else:
            _configure_and_run(connection)


run_migrations_online()
