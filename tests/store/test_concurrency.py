"""A classroom on one database: many PCs answering at once lose no answer and count none twice.

Each simulated PC is a thread with its own engine (its own connection pool), like a separate
process on another computer. Every client remembers what the store confirmed as committed;
at the end the database must hold exactly that: one row per (session, item), the last answer
given, every response counted once in its item's ``n_responses``.

``EXAMTRAINER_CONCURRENCY_SECONDS`` shortens the PostgreSQL run for local work (CI uses the
default of 60 seconds). Nothing here asserts on wall-clock speed.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import threading
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sqlalchemy import Engine, func, inspect, select

from examtrainer.bank.model import Pack
from examtrainer.paths import AppPaths
from examtrainer.store import models as m
from examtrainer.store.db import (
    create_db_engine,
    current_revision,
    head_revision,
    sqlite_url,
    upgrade,
)
from examtrainer.store.models import Base
from examtrainer.store.records import StoredItem
from examtrainer.store.repositories import Store

if TYPE_CHECKING:
    from tests.conftest import PostgresServer

pytestmark = pytest.mark.slow

SECONDS = float(os.environ.get("EXAMTRAINER_CONCURRENCY_SECONDS", "60"))
CLASSROOM = 30
SQLITE_CLIENTS = 8
SQLITE_SECONDS = min(SECONDS, 5.0)


@dataclass
class Committed:
    """What one client was told is safely stored."""

    learner_id: int = 0
    answers: dict[tuple[int, int], tuple[Any, bool | None]] = field(default_factory=dict)
    counted: Counter[int] = field(default_factory=Counter)  # item id -> add_response_count calls
    finished_sessions: list[int] = field(default_factory=list)
    record_calls: int = 0


@dataclass
class Classroom:
    url: str
    pack: Pack
    pack_folder: Path
    clients: int
    seconds: float
    open_like_the_app: bool  # upgrade() and install the pack on start, all at the same moment
    results: list[Committed] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def run(self) -> None:
        start = threading.Barrier(self.clients)
        self.results = [Committed() for _ in range(self.clients)]
        threads = [
            threading.Thread(target=self._client, args=(i, start), name=f"pc-{i}", daemon=True)
            for i in range(self.clients)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=self.seconds + 240)
        assert not any(t.is_alive() for t in threads), "a classroom client hangs"

    def _client(self, index: int, start: threading.Barrier) -> None:
        engine = create_db_engine(self.url)
        try:
            start.wait(timeout=60)
            if self.open_like_the_app:
                upgrade(engine)
            store = Store(engine)
            if self.open_like_the_app:
                self._install_bundled(store)
            self._practise(store, index, self.results[index])
        except BaseException:
            self.errors.append(f"pc-{index}: {traceback.format_exc()}")
        finally:
            engine.dispose()

    def _install_bundled(self, store: Store) -> None:
        """What Services.open does on every PC: install the bundled pack unless it is there."""
        manifest = self.pack.manifest
        if store.banks.versions().get(manifest.id) != manifest.version:
            store.banks.install(self.pack, str(self.pack_folder), bundled=True)

    def _practise(self, store: Store, index: int, done: Committed) -> None:
        rng = random.Random(index)
        done.learner_id = store.learners.create(f"Leerling {index:02d}").id
        items: list[StoredItem] = store.items.for_skill("reading")
        deadline = time.monotonic() + self.seconds
        while time.monotonic() < deadline:
            plan = rng.sample(items, k=rng.randint(1, len(items)))
            session = store.sessions.start(
                done.learner_id, "practice", "reading", {"plan": [i.key for i in plan]}
            )
            for position, item in enumerate(plan):
                tries = 2 if rng.random() < 0.2 else 1  # sometimes the learner changes the answer
                for _ in range(tries):
                    answer = rng.choice(item.item.options or ("Juist", "Onjuist"))
                    correct = answer in item.item.right_answers
                    store.responses.record(
                        session.id, done.learner_id, item.id, answer, correct, rng.uniform(2, 30)
                    )
                    done.record_calls += 1
                    done.answers[(session.id, item.id)] = (answer, correct)
                store.items.add_response_count(item.id, rng.uniform(-2, 2))
                done.counted[item.id] += 1
                store.sessions.save_state(
                    session.id, {"plan": [i.key for i in plan], "at": position}
                )
            store.sessions.finish(session.id)
            done.finished_sessions.append(session.id)

    def check(self, engine: Engine) -> None:
        assert not self.errors, "\n".join(self.errors[:3])
        expected = {key: value for r in self.results for key, value in r.answers.items()}
        assert sum(r.record_calls for r in self.results) > len(expected) > 0
        with engine.connect() as connection:
            per_key = connection.execute(
                select(m.ResponseRow.session_id, m.ResponseRow.item_id, func.count())
                .group_by(m.ResponseRow.session_id, m.ResponseRow.item_id)
                .having(func.count() > 1)
            ).all()
            assert per_key == [], "answers stored twice"
            stored = {
                (s, i): (a["value"], c)
                for s, i, a, c in connection.execute(
                    select(
                        m.ResponseRow.session_id,
                        m.ResponseRow.item_id,
                        m.ResponseRow.answer,
                        m.ResponseRow.correct,
                    )
                )
            }
            assert len(stored) == len(expected)
            assert stored == expected  # every committed answer, exactly once, the last given
            counted = sum((r.counted for r in self.results), Counter[int]())
            n_responses = {
                item_id: n
                for item_id, n in connection.execute(select(m.ItemRow.id, m.ItemRow.n_responses))
            }
            assert {k: v for k, v in n_responses.items() if v} == dict(counted)  # no lost update
            finished = connection.execute(
                select(func.count())
                .select_from(m.SessionRow)
                .where(m.SessionRow.status == "finished")
            ).scalar()
            assert finished == sum(len(r.finished_sessions) for r in self.results)
            learners = connection.execute(select(func.count()).select_from(m.LearnerRow)).scalar()
            assert learners == self.clients
            assert connection.execute(select(func.count()).select_from(m.BankRow)).scalar() == 1


def _schema_at_head_once(engine: Engine) -> None:
    assert current_revision(engine) == head_revision()
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar() == 1
    assert set(inspect(engine).get_table_names()) == {*Base.metadata.tables, "alembic_version"}


UPGRADING_PC = """
import sys, time
from pathlib import Path
from examtrainer.store.db import create_db_engine, upgrade

url, ready, go = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
engine = create_db_engine(url)
ready.touch()
while not go.exists():  # start together with the other PCs
    time.sleep(0.005)
upgrade(engine)
engine.dispose()
"""


def test_many_pcs_upgrade_a_fresh_database_at_once(blank_database_url: str, tmp_path: Path) -> None:
    """10 processes (PCs starting together) upgrade one empty database: all succeed, the schema
    is made once. On PostgreSQL the advisory lock in migrations/env.py serializes them; on
    SQLite the migration's BEGIN IMMEDIATE does."""
    root = Path(__file__).resolve().parents[2]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")]),
    }
    go = tmp_path / "go"
    readies = [tmp_path / f"ready-{i}" for i in range(10)]
    pcs = [
        subprocess.Popen(
            [sys.executable, "-c", UPGRADING_PC, blank_database_url, str(ready), str(go)],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for ready in readies
    ]
    try:
        give_up = time.monotonic() + 240
        while not all(r.exists() for r in readies) and time.monotonic() < give_up:
            assert all(pc.poll() is None for pc in pcs), "a PC died while starting"
            time.sleep(0.05)
        go.touch()
        outcomes = [pc.communicate(timeout=240) for pc in pcs]
    finally:
        for pc in pcs:
            if pc.poll() is None:
                pc.kill()
    failures = [err for pc, (_, err) in zip(pcs, outcomes, strict=True) if pc.returncode != 0]
    assert failures == [], failures[0]
    engine = create_db_engine(blank_database_url)
    try:
        _schema_at_head_once(engine)
    finally:
        engine.dispose()


def test_threads_upgrade_one_after_the_other(blank_database_url: str) -> None:
    """Alembic's proxies are process-wide; db.upgrade makes threads take turns."""
    start = threading.Barrier(6)
    errors: list[str] = []

    def upgrade_in_thread() -> None:
        engine = create_db_engine(blank_database_url)
        try:
            start.wait(timeout=60)
            upgrade(engine)
        except BaseException:
            errors.append(traceback.format_exc())
        finally:
            engine.dispose()

    threads = [threading.Thread(target=upgrade_in_thread, daemon=True) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=240)
    assert errors == []
    engine = create_db_engine(blank_database_url)
    try:
        _schema_at_head_once(engine)
    finally:
        engine.dispose()


def test_pcs_install_the_bundled_pack_at_once(
    database_url: str, tiny_pack: Pack, tiny_pack_folder: Path
) -> None:
    """Every PC installs the bundled packs on start; on a new shared database they all find
    the pack missing at the same moment."""
    classroom = Classroom(database_url, tiny_pack, tiny_pack_folder, 10, 0.0, False)
    start = threading.Barrier(classroom.clients)

    def pc(index: int) -> None:
        engine = create_db_engine(database_url)
        try:
            start.wait(timeout=60)
            classroom._install_bundled(Store(engine))
        except BaseException:
            classroom.errors.append(f"pc-{index}: {traceback.format_exc()}")
        finally:
            engine.dispose()

    threads = [threading.Thread(target=pc, args=(i,), daemon=True) for i in range(10)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=240)
    assert classroom.errors == [], classroom.errors[0]
    engine = create_db_engine(database_url)
    try:
        info = Store(engine).banks.get("test.tiny")
        assert info.item_count == len(tiny_pack.items)
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_classroom_on_postgresql(
    postgres_server: PostgresServer, tiny_pack: Pack, tiny_pack_folder: Path
) -> None:
    """30 PCs start at once on a fresh schema (each upgrades and installs the bundled pack,
    as the app does), then answer as fast as they can for SECONDS."""
    with postgres_server.schema() as url:
        classroom = Classroom(url, tiny_pack, tiny_pack_folder, CLASSROOM, SECONDS, True)
        classroom.run()
        engine = create_db_engine(url)
        try:
            classroom.check(engine)
            _schema_at_head_once(engine)
        finally:
            engine.dispose()


def test_threads_on_one_sqlite_file(
    sqlite_template: Path,
    app_paths: AppPaths,
    open_store: Callable[[str], Store],
    tiny_pack: Pack,
    tiny_pack_folder: Path,
) -> None:
    """WAL and the busy timeout make writers wait for each other rather than fail or lose
    answers (several windows or a background job writing to the learner's file)."""
    shutil.copyfile(sqlite_template, app_paths.database_file)
    database_url = sqlite_url(app_paths.database_file)
    open_store(database_url).banks.install(tiny_pack, str(tiny_pack_folder))
    classroom = Classroom(
        database_url, tiny_pack, tiny_pack_folder, SQLITE_CLIENTS, SQLITE_SECONDS, False
    )
    classroom.run()
    classroom.check(open_store(database_url).engine)
