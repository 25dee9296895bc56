"""Shared fixtures for store and service tests: an isolated app folder and learner databases.

Every database fixture is parametrized over the two backends the app supports:

* ``sqlite``: a template file migrated once per test session, copied for each test
  (STYLE habit 9), so a test costs a file copy, not a migration;
* ``postgres``: a fresh schema per test on the server named by ``EXAMTRAINER_TEST_POSTGRES_URL``,
  migrated with :func:`examtrainer.store.db.upgrade` and dropped afterwards. The schema is
  selected with ``options=-csearch_path=...`` inside the URL, so the app's own
  :func:`create_db_engine` opens it like any other URL (a second Store on the same URL sees
  the same tables).

Without the variable the postgres cases skip with a reason; with it set but the server not
answering they fail, so CI can never pass by silently skipping PostgreSQL.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from examtrainer.bank.loader import load_pack
from examtrainer.bank.model import Pack
from examtrainer.paths import HOME_VARIABLE, SITE_CONFIG_VARIABLE, AppPaths, default_paths
from examtrainer.services.app import Services
from examtrainer.settings import DATABASE_VARIABLE, Settings
from examtrainer.store.db import create_db_engine, sqlite_url, upgrade
from examtrainer.store.repositories import Store

FIXTURES = Path(__file__).resolve().parent / "fixtures"
TINY_PACK = FIXTURES / "packs" / "tiny"
FROZEN_DATABASES = FIXTURES / "db"

POSTGRES_URL_VARIABLE = "EXAMTRAINER_TEST_POSTGRES_URL"
POSTGRES_SKIP_REASON = (
    "PostgreSQL tests need EXAMTRAINER_TEST_POSTGRES_URL (set by .ci/run; "
    "a server at 127.0.0.1:5432)"
)
SCHEMA_PREFIX = "examtrainer_test"

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
]


# -- PIN hashing cost ------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def cheapest_accepted_pin_cost(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """New PIN hashes in tests cost the *minimum* that verify_pin accepts (scrypt n = 2**14,
    about 50 ms) instead of production's 2**16 (about 0.25 s), so the suite stays fast. Never
    lower: below the minimum production refuses to hash or verify at all, which
    tests/teacher/test_teacher_pin.py checks. ``@pytest.mark.production_pin_cost`` keeps the
    real cost for a test."""
    if request.node.get_closest_marker("production_pin_cost"):
        return
    from examtrainer.services import teacher

    monkeypatch.setattr(teacher, "SCRYPT_N", teacher.MIN_SCRYPT_N)


@pytest.fixture(autouse=True)
def no_system_site_config(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """The administrator's site folder is an empty folder of the test's own, so a site.toml
    on the machine running the tests never leaks in; tests of the system site write there."""
    import examtrainer.paths

    folder = tmp_path_factory.mktemp("system-site")
    monkeypatch.setattr(examtrainer.paths, "SYSTEM_SITE_CONFIG", folder)
    return folder


@pytest.fixture(autouse=True)
def no_store_calls_on_the_gui_thread(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fails a GUI test whose screens touch the database on the GUI thread (see
    tests/gui_thread_guard.py for the places still known to do it)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/, for the guard
    import gui_thread_guard

    calls = gui_thread_guard.install(monkeypatch)
    yield
    found = gui_thread_guard.unexpected(calls)
    gui_thread_guard.reset()
    if os.environ.get("EXAMTRAINER_GUARD_REPORT"):
        with open(os.environ["EXAMTRAINER_GUARD_REPORT"], "a", encoding="utf-8") as report:
            report.writelines(f"{c}\n" for c in found)
    elif found:
        pytest.fail(f"database work on the GUI thread: {found}")


# -- the app's folder ------------------------------------------------------------------------


@pytest.fixture
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty EXAMTRAINER_HOME for this test; no database URL or site config leaks in."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv(HOME_VARIABLE, str(home))
    monkeypatch.delenv(DATABASE_VARIABLE, raising=False)
    monkeypatch.delenv(SITE_CONFIG_VARIABLE, raising=False)
    return home


@pytest.fixture
def app_paths(app_home: Path) -> AppPaths:
    """The folders of the app under :func:`app_home`, created."""
    paths = default_paths()
    assert paths.data.is_relative_to(app_home)
    return paths.ensure()


@pytest.fixture(scope="session")
def tiny_pack_folder() -> Path:
    """tests/fixtures/packs/tiny: five reading items, two with IRT difficulties."""
    return TINY_PACK


@pytest.fixture(scope="session")
def tiny_pack() -> Pack:
    """The five-item reading pack in tests/fixtures/packs/tiny (immutable, so shared)."""
    return load_pack(TINY_PACK)


# -- PostgreSQL ------------------------------------------------------------------------------


def with_search_path(url: str, schema: str) -> str:
    """``url`` with a libpq ``options`` parameter that makes ``schema`` the only search path."""
    parsed = make_url(url)
    query = dict(parsed.query)
    query["options"] = f"-csearch_path={schema}"
    return parsed.set(query=query).render_as_string(hide_password=False)


@dataclass
class PostgresServer:
    """The test server; hands out uniquely named schemas that are dropped after use."""

    url: str
    admin: Engine

    def create_schema(self) -> tuple[str, str]:
        """A new empty schema: (its name, a URL whose connections use only that schema)."""
        name = f"{SCHEMA_PREFIX}_{os.getpid()}_{uuid.uuid4().hex[:12]}"
        with self.admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{name}"'))
        return name, with_search_path(self.url, name)

    def drop_schema(self, name: str) -> None:
        with self.admin.begin() as connection:
            # An idle-in-transaction connection left by a failed test must not hang the run.
            connection.execute(text("SET LOCAL lock_timeout = '30s'"))
            connection.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))

    @contextmanager
    def schema(self) -> Iterator[str]:
        """A fresh empty schema for the duration of the block; yields its URL."""
        name, url = self.create_schema()
        try:
            yield url
        finally:
            self.drop_schema(name)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The server of EXAMTRAINER_TEST_POSTGRES_URL: skip when unset, fail when unreachable."""
    url = os.environ.get(POSTGRES_URL_VARIABLE, "").strip()
    if not url:
        pytest.skip(POSTGRES_SKIP_REASON)
    admin = create_db_engine(url)
    probe = create_engine(admin.url, connect_args={"connect_timeout": 10})
    try:
        with probe.connect() as connection:
            connection.execute(text("SELECT 1"))
    except OperationalError as error:
        admin.dispose()
        pytest.fail(
            f"{POSTGRES_URL_VARIABLE} is set to {url!r} but PostgreSQL does not answer: "
            f"{error.orig}",
            pytrace=False,
        )
    finally:
        probe.dispose()
    yield PostgresServer(url=url, admin=admin)
    admin.dispose()


# -- databases on each backend -----------------------------------------------------------------


def checkpoint_and_dispose(engine: Engine) -> None:
    """Close a SQLite engine with everything moved from the WAL into the main file."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    engine.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite database migrated to head once per session; tests get copies of it."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    engine = create_db_engine(sqlite_url(path))
    try:
        upgrade(engine)
    finally:
        checkpoint_and_dispose(engine)
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    return path


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """'sqlite' or 'postgres': which database the test runs on."""
    return str(request.param)


@pytest.fixture
def blank_database_url(
    backend: str, request: pytest.FixtureRequest, app_paths: AppPaths
) -> Iterator[str]:
    """The URL of an empty database (no tables yet) on the test's backend."""
    if backend == "sqlite":
        yield sqlite_url(app_paths.database_file)
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    with server.schema() as url:
        yield url


@pytest.fixture
def database_url(
    backend: str, request: pytest.FixtureRequest, app_paths: AppPaths
) -> Iterator[str]:
    """The URL of an empty database migrated to head, on the test's backend."""
    if backend == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        shutil.copyfile(template, app_paths.database_file)
        yield sqlite_url(app_paths.database_file)
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    with server.schema() as url:
        engine = create_db_engine(url)
        try:
            upgrade(engine)
        finally:
            engine.dispose()
        yield url


@pytest.fixture
def open_store() -> Iterator[Callable[[str], Store]]:
    """Opens more Stores (each with its own engine, like another PC); all closed afterwards."""
    opened: list[Store] = []

    def open_(url: str) -> Store:
        store = Store(create_db_engine(url))
        opened.append(store)
        return store

    yield open_
    for store in opened:
        store.dispose()


@pytest.fixture
def store(database_url: str, open_store: Callable[[str], Store]) -> Store:
    """A Store on a migrated, empty database of the test's backend."""
    return open_store(database_url)


# -- a temporary home with services (service, CLI and teacher tests) ------------------------


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty home for all data, settings and logs; nothing from the real user leaks in."""
    folder = tmp_path / "home"
    monkeypatch.setenv(HOME_VARIABLE, str(folder))
    monkeypatch.delenv(DATABASE_VARIABLE, raising=False)
    monkeypatch.delenv(SITE_CONFIG_VARIABLE, raising=False)
    return folder


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite database migrated once per test run; each test starts from a copy of it."""
    template = tmp_path_factory.mktemp("services-template") / "examtrainer.sqlite3"
    engine = create_db_engine(sqlite_url(template))
    upgrade(engine)
    engine.dispose()
    return template


@pytest.fixture
def paths(home: Path, migrated_template: Path) -> AppPaths:
    """The app's folders under ``home``, with an up-to-date, empty database."""
    app_paths = default_paths().ensure()
    with (
        sqlite3.connect(migrated_template) as source,
        sqlite3.connect(app_paths.database_file) as copy,
    ):
        source.backup(copy)
    source.close()
    copy.close()
    return app_paths


@pytest.fixture
def services(paths: AppPaths) -> Iterator[Services]:
    """Services over a fresh SQLite file, without the bundled content; seeded randomness."""
    opened = Services.open(paths, Settings(), install_content=False)
    opened.rng = np.random.default_rng(7)
    yield opened
    opened.close()
