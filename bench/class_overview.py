"""Benchmark of the teacher's class overview (``Store.responses.class_overview``).

Run: ``python bench/class_overview.py [--learners 30] [--responses 5000] [--repeat 20]
[--postgres-url URL]``. On a fresh SQLite file and, if the server answers, a scratch schema
on PostgreSQL (``--postgres-url``, else ``EXAMTRAINER_TEST_POSTGRES_URL``, else the local
test server), it bulk-inserts learners × responses spread over three skills, then times the
overview of one group and of everyone against a baseline in the same run (``SELECT count(*)
FROM responses``), printing the median milliseconds per query and the ratio. The numbers are
for reading, not for pass/fail: it exits non-zero only on a crash.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import Engine, insert, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from examtrainer.store import models as m
from examtrainer.store.db import create_db_engine, sqlite_url, upgrade
from examtrainer.store.repositories import Store

DEFAULT_POSTGRES = "postgresql+psycopg://postgres@127.0.0.1:5432/test"
SKILLS = ("reading", "listening", "speaking")
ITEMS_PER_SKILL = 40
SESSION_LENGTH = 25  # answers per session (each item at most once per session)


def fill(store: Store, learners: int, responses: int, seed: int = 7) -> tuple[int, float]:
    """Insert the class with Core executemany; returns (group id, seconds taken)."""
    rng = random.Random(seed)
    started = time.perf_counter()
    engine = store.engine
    group = store.learners.create_group("Benchmarkgroep")
    other = store.learners.create_group("Andere groep")
    with engine.begin() as c:
        c.execute(
            insert(m.BankRow),
            [
                {
                    "id": "bench",
                    "title": "Bench",
                    "version": "1",
                    "language": "nl",
                    "author": "bench",
                    "licence": "CC0-1.0",
                    "source": "original",
                    "origin": ".",
                    "bundled": False,
                }
            ],
        )
        item_rows = [
            {
                "bank_id": "bench",
                "key": f"{skill}-{n}",
                "skill": skill,
                "level": "A2",
                "type": "multiple_choice",
                "difficulty": rng.gauss(0, 1),
                "data": {"id": f"{skill}-{n}"},
            }
            for skill in SKILLS
            for n in range(ITEMS_PER_SKILL)
        ]
        c.execute(insert(m.ItemRow), item_rows)
        item_ids = {
            skill: [i for (i,) in c.execute(text(f"SELECT id FROM items WHERE skill = '{skill}'"))]
            for skill in SKILLS
        }
        c.execute(
            insert(m.LearnerRow),
            [
                {"name": f"Leerling {n:02d}", "group_id": group.id if n % 3 else other.id}
                for n in range(learners)
            ],
        )
        learner_ids = [i for (i,) in c.execute(text("SELECT id FROM learners ORDER BY id"))]
        t0 = datetime(2026, 1, 5, 9, tzinfo=UTC)
        sessions_each = -(-responses // SESSION_LENGTH)
        session_rows = [
            {
                "learner_id": learner_id,
                "kind": "practice",
                "skill": SKILLS[s % len(SKILLS)],
                "status": "finished",
                "started_at": t0 + timedelta(days=s),
                "state": {},
            }
            for learner_id in learner_ids
            for s in range(sessions_each)
        ]
        c.execute(insert(m.SessionRow), session_rows)
        sessions = c.execute(text("SELECT id, learner_id, skill FROM sessions ORDER BY id")).all()
        batch: list[dict[str, Any]] = []
        per_learner: dict[int, int] = {}
        for session_id, learner_id, skill in sessions:
            n = min(SESSION_LENGTH, responses - per_learner.get(learner_id, 0))
            per_learner[learner_id] = per_learner.get(learner_id, 0) + n
            for k, item_id in enumerate(rng.sample(item_ids[skill], n)):
                batch.append(
                    {
                        "session_id": session_id,
                        "learner_id": learner_id,
                        "item_id": item_id,
                        "answer": {"value": "a"},
                        "correct": rng.random() < 0.6,
                        "seconds": rng.uniform(3, 40),
                        "answered_at": t0 + timedelta(minutes=session_id * 30 + k),
                    }
                )
            if len(batch) >= 10_000:
                c.execute(insert(m.ResponseRow), batch)
                batch = []
        if batch:
            c.execute(insert(m.ResponseRow), batch)
    if engine.dialect.name == "postgresql":
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
            c.execute(text("ANALYZE"))
    else:
        with engine.begin() as c:
            c.execute(text("ANALYZE"))
    return group.id, time.perf_counter() - started


def median_ms(run: Callable[[], object], repeat: int) -> float:
    run()  # warm up: caches, compiled statements, pool
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        run()
        times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def bench(name: str, engine: Engine, learners: int, responses: int, repeat: int) -> None:
    upgrade(engine)
    store = Store(engine)
    group_id, fill_seconds = fill(store, learners, responses)
    with engine.connect() as c:
        total = c.execute(text("SELECT count(*) FROM responses")).scalar_one()

    def baseline() -> object:
        with engine.connect() as c:
            return c.execute(text("SELECT count(*) FROM responses")).scalar_one()

    group_rows = len(store.responses.class_overview(group_id))
    base = median_ms(baseline, repeat)
    one_group = median_ms(lambda: store.responses.class_overview(group_id), repeat)
    everyone = median_ms(lambda: store.responses.class_overview(None), repeat)
    print(f"{name}: {total:,} responses of {learners} learners inserted in {fill_seconds:.1f} s")
    print(f"  baseline  SELECT count(*) FROM responses   {base:8.2f} ms")
    print(
        f"  class_overview(group) ({group_rows:3d} rows)       {one_group:8.2f} ms"
        f"   {one_group / base:5.1f} x baseline"
    )
    print(
        f"  class_overview(None)                     {everyone:8.2f} ms"
        f"   {everyone / base:5.1f} x baseline"
    )


def postgres_url(explicit: str | None) -> str:
    return explicit or os.environ.get("EXAMTRAINER_TEST_POSTGRES_URL") or DEFAULT_POSTGRES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--learners", type=int, default=30)
    parser.add_argument("--responses", type=int, default=5000, help="per learner")
    parser.add_argument("--repeat", type=int, default=20, help="timed runs per query")
    parser.add_argument("--postgres-url", default=None)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="examtrainer-bench-") as tmp:
        engine = create_db_engine(sqlite_url(Path(tmp) / "bench.sqlite3"))
        try:
            bench("SQLite", engine, args.learners, args.responses, args.repeat)
        finally:
            engine.dispose()

    url = postgres_url(args.postgres_url)
    admin = create_db_engine(url)
    try:
        with admin.connect() as c:
            c.execute(text("SELECT 1"))
    except OperationalError as error:
        print(
            f"PostgreSQL: skipped, {make_url(url).render_as_string()} does not answer "
            f"({str(error.orig).strip().splitlines()[0]})"
        )
        admin.dispose()
        return 0
    schema = f"examtrainer_bench_{uuid.uuid4().hex[:12]}"
    with admin.begin() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    parsed = make_url(url)
    scoped = parsed.set(query={**parsed.query, "options": f"-csearch_path={schema}"})
    engine = create_db_engine(scoped.render_as_string(hide_password=False))
    try:
        bench("PostgreSQL", engine, args.learners, args.responses, args.repeat)
    finally:
        engine.dispose()
        with admin.begin() as c:
            c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
