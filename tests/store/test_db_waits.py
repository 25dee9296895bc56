"""Opening a database never fails or hangs because of another PC: SQLite waits for the WAL
switch of other processes, PostgreSQL gives up on a server that does not answer."""

from __future__ import annotations

import socket
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from sqlalchemy.exc import OperationalError

from examtrainer.store import db
from examtrainer.store.db import create_db_engine, sqlite_url

if TYPE_CHECKING:
    from tests.conftest import PostgresServer


def test_a_new_file_waits_for_another_process_switching_it_to_wal(tmp_path: Path) -> None:
    """The race of ten PCs opening one new file, made deterministic: another connection holds
    the write lock while this one switches to WAL. SQLite does not call the busy handler for
    that lock upgrade, so without the retry this failed at once with 'database is locked'."""
    path = tmp_path / "new.sqlite3"
    other_pc = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    other_pc.execute("BEGIN IMMEDIATE")
    released = threading.Event()

    def release() -> None:
        other_pc.execute("COMMIT")
        released.set()

    timer = threading.Timer(0.3, release)
    timer.start()
    engine = create_db_engine(sqlite_url(path))
    try:
        with engine.connect() as connection:
            assert released.is_set()  # it really waited for the other PC
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 10_000
    finally:
        timer.join()
        engine.dispose()
        other_pc.close()


def test_a_lock_that_is_never_released_still_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The retry has the busy timeout as its budget; it does not wait for ever."""
    monkeypatch.setattr(db, "SQLITE_BUSY_TIMEOUT_MS", 200)
    path = tmp_path / "held.sqlite3"
    other_pc = sqlite3.connect(path, isolation_level=None)
    other_pc.execute("BEGIN IMMEDIATE")
    engine = create_db_engine(sqlite_url(path))
    try:
        with pytest.raises(OperationalError, match="locked"):
            engine.connect().close()
    finally:
        engine.dispose()
        other_pc.close()


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A TCP port that accepts connections and never says a word (a frozen server)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    yield listener.getsockname()[1]
    listener.close()


def test_a_frozen_postgresql_server_gives_up(
    silent_server: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before, there was no connect timeout: this connection waited for ever."""
    monkeypatch.setattr(db, "POSTGRES_CONNECT_TIMEOUT_S", 1)
    engine = create_db_engine(f"postgresql://nobody@127.0.0.1:{silent_server}/school")
    outcome: list[BaseException] = []

    def connect() -> None:
        try:
            engine.connect().close()
        except BaseException as error:  # handed to the test thread
            outcome.append(error)

    attempt = threading.Thread(target=connect, daemon=True)
    attempt.start()
    attempt.join(timeout=60)
    engine.dispose()
    assert not attempt.is_alive(), "the connection attempt still hangs"
    assert len(outcome) == 1 and isinstance(outcome[0], OperationalError)


@pytest.mark.postgres
def test_postgresql_connections_have_a_statement_timeout(postgres_server: PostgresServer) -> None:
    """A hanging query is stopped by the server after 30 s; the URL's own options stay."""
    with postgres_server.schema() as url:
        engine = create_db_engine(url)
        try:
            with engine.connect() as connection:
                assert connection.exec_driver_sql("SHOW statement_timeout").scalar() == "30s"
                search_path = connection.exec_driver_sql("SHOW search_path").scalar()
                assert str(search_path).startswith("examtrainer_test")
        finally:
            engine.dispose()


@pytest.mark.postgres
def test_migrating_is_not_cut_off_by_the_statement_timeout(
    postgres_server: PostgresServer,
) -> None:
    """env.py lifts the timeout for the migration and puts it back afterwards."""
    with postgres_server.schema() as url:
        engine = create_db_engine(url)
        try:
            db.upgrade(engine)
            with engine.connect() as connection:
                assert connection.exec_driver_sql("SHOW statement_timeout").scalar() == "30s"
                assert db.current_revision(engine) == db.HEAD_REVISION
        finally:
            engine.dispose()
