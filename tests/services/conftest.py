"""Service test fixtures: a temporary home with a real (migrated) SQLite database."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from examtrainer.bank.loader import load_pack
from examtrainer.paths import HOME_VARIABLE, SITE_CONFIG_VARIABLE, AppPaths, default_paths
from examtrainer.services.app import Services
from examtrainer.settings import DATABASE_VARIABLE, Settings
from examtrainer.store.db import create_db_engine, sqlite_url, upgrade
from examtrainer.store.records import Learner
from examtrainer.store.repositories import Store

PACKS = Path(__file__).resolve().parents[1] / "fixtures" / "packs"
TINY = PACKS / "tiny"
BROKEN = PACKS / "broken"


class FakeClock:
    """Seconds that only move when a test says so."""

    def __init__(self) -> None:
        self.now = 50_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv(HOME_VARIABLE, str(folder))
    monkeypatch.delenv(DATABASE_VARIABLE, raising=False)
    monkeypatch.delenv(SITE_CONFIG_VARIABLE, raising=False)
    return folder


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated once per test run; each test starts from a copy of it."""
    template = tmp_path_factory.mktemp("template") / "examtrainer.sqlite3"
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
    """Services over a fresh SQLite file, without the bundled content."""
    opened = Services.open(paths, Settings(), install_content=False)
    opened.rng = np.random.default_rng(7)
    yield opened
    opened.close()


@pytest.fixture
def store(services: Services) -> Store:
    return services.store


@pytest.fixture
def tiny(store: Store) -> None:
    """The tiny pack installed: five reading items, one (tiny-r2-q2) with an IRT difficulty."""
    store.banks.install(load_pack(TINY), str(TINY))


@pytest.fixture
def learner(services: Services) -> Learner:
    return services.create_learner("Amina", language="nl")


@pytest.fixture
def second_store(paths: AppPaths, services: Services) -> Iterator[Store]:
    """Another engine on the same database file: sees only what was committed."""
    other = Store(create_db_engine(sqlite_url(paths.database_file)))
    yield other
    other.dispose()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()
