"""Service test fixtures (home, paths and services come from tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from examtrainer.bank.loader import load_pack
from examtrainer.paths import AppPaths
from examtrainer.services.app import Services
from examtrainer.store.db import create_db_engine, sqlite_url
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
