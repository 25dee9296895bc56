"""Schema migrations: frozen databases of every released schema upgrade to head with their rows;
each migration is one transaction, and backups come first.

Some tests add a throw-away revision ``t999`` (after the real head) to a copy of the migrations
folder, because the
dangers of migrating only show with a second revision (the SQLite file at 0001 must be backed
up; a table rebuild must not cascade-delete learners' answers; a failing migration must leave
the schema as it was). Real revisions come and go; these keep testing the machinery.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, MetaData, create_engine, inspect, select, text

from examtrainer.paths import AppPaths
from examtrainer.store import db
from examtrainer.store.db import create_db_engine, current_revision, head_revision, upgrade
from examtrainer.store.repositories import Store

FROZEN = Path(__file__).resolve().parents[1] / "fixtures" / "db"
FROZEN_REVISIONS = sorted(p.stem.removeprefix("schema-") for p in FROZEN.glob("schema-*.sqlite3"))


def frozen_path(revision: str) -> Path:
    """The database a learner's PC held at ``revision`` (made by make_frozen.py)."""
    return FROZEN / f"schema-{revision}.sqlite3"


def test_every_released_schema_has_a_frozen_database() -> None:
    """When a migration ships, the schema it upgrades from is frozen with make_frozen.py."""
    script = ScriptDirectory.from_config(db._alembic_config(create_engine("sqlite://")))
    known = {r.revision for r in script.walk_revisions()}
    assert "0001" in FROZEN_REVISIONS
    assert set(FROZEN_REVISIONS) <= known


def _table_rows(engine: Engine) -> dict[str, list[dict[str, Any]]]:
    metadata = MetaData()
    metadata.reflect(engine)
    with engine.connect() as connection:
        return {
            name: [
                dict(r._mapping)
                for r in connection.execute(select(table).order_by(*table.primary_key))
            ]
            for name, table in metadata.tables.items()
            if name != "alembic_version"
        }


def _load_frozen(revision: str, url: str, backend: str) -> None:
    """Put the frozen database of ``revision`` at ``url``: a file copy for SQLite; for
    PostgreSQL the schema is migrated to that revision and the frozen rows copied in."""
    if backend == "sqlite":
        shutil.copyfile(frozen_path(revision), db.make_url(url).database or "")
        return
    # Read a copy: opening the frozen file itself would switch it to WAL mode.
    copy = Path(tempfile.mkdtemp(prefix="frozen-")) / frozen_path(revision).name
    shutil.copyfile(frozen_path(revision), copy)
    engine = create_db_engine(url)
    source = create_db_engine(db.sqlite_url(copy))
    try:
        command.upgrade(db._alembic_config(engine), revision)
        rows = _table_rows(source)
        metadata = MetaData()
        metadata.reflect(engine)
        with engine.begin() as connection:
            for table in metadata.sorted_tables:
                if rows.get(table.name):
                    connection.execute(table.insert(), rows[table.name])
            for table in metadata.sorted_tables:
                # Rows came with their ids: move each id sequence past them.
                if (
                    rows.get(table.name)
                    and str(getattr(table.c.get("id"), "type", "")) == "INTEGER"
                ):
                    connection.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                            f"(SELECT max(id) FROM {table.name}))"
                        )
                    )
    finally:
        source.dispose()
        engine.dispose()
        shutil.rmtree(copy.parent, ignore_errors=True)


@pytest.mark.parametrize("revision", FROZEN_REVISIONS)
def test_frozen_database_upgrades_with_its_rows(
    revision: str, blank_database_url: str, backend: str, app_paths: AppPaths
) -> None:
    _load_frozen(revision, blank_database_url, backend)
    engine = create_db_engine(blank_database_url)
    try:
        assert current_revision(engine) == revision
        before = _table_rows(engine)
        upgrade(engine, app_paths.backups)
        assert current_revision(engine) == head_revision()
        after = _table_rows(engine)
        for table, rows in before.items():
            assert len(after[table]) == len(rows), table
            # Every old row is still there with every old value (new columns may be added).
            assert [
                {k: row[k] for k in old} for row, old in zip(after[table], rows, strict=True)
            ] == rows

        # And the app reads them through today's repositories.
        store = Store(engine)
        learners = store.learners.all(include_archived=True)
        assert [(x.name, x.group_id) for x in learners] == [("Amira", 1), ("Tomasz", None)]
        responses = store.responses.of_learner(1)
        assert [(r.item_key, r.answer, r.correct) for r in responses] == [
            ("frozen-q1", "Onjuist", True),
            ("frozen-q2", None, None),
        ]
        assert store.responses.practice_seconds(1) == {"reading": 12.5, "speaking": 40.0}
        assert [a.theta for a in store.abilities.history(1)] == [-0.8]
        assert store.abilities.history(1)[0].measured_at.isoformat() == "2026-03-02T09:15:00+00:00"
        [recording] = store.recordings.awaiting_review()
        assert recording.self_rating == {"fluency": 3}
        assert store.sessions.get(1).state == {"plan": ["frozen-q1"], "seconds_left": 0}
        assert store.sessions.events(1) == [("focus_lost", "venster kwijt")]
        assert [i.key for i in store.items.by_ids([1, 2])] == ["frozen-q1", "frozen-q2"]
        if revision >= "0002":  # a code set before the upgrade still opens the profile
            from examtrainer.services.teacher import verify_pin

            assert verify_pin("2468", store.learners.pin_hash(1))
        # New rows get fresh ids after the old ones.
        assert store.learners.create("Nieuw").id == 3
    finally:
        engine.dispose()


# -- a throw-away second revision -----------------------------------------------------------


REAL_HEAD = db.HEAD_REVISION


@pytest.fixture
def with_throwaway_revision(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Callable[[str], str]:
    """Installs a copy of the migrations with an extra revision t999 whose upgrade() body is
    given; returns the new head."""

    def install(body: str) -> str:
        folder = tmp_path / "migrations"
        shutil.copytree(db.MIGRATIONS, folder, ignore=shutil.ignore_patterns("__pycache__"))
        (folder / "versions" / "t999_test.py").write_text(
            textwrap.dedent(
                """
                import sqlalchemy as sa
                from alembic import op

                revision = "t999"
                down_revision = "REAL_HEAD"
                branch_labels = None
                depends_on = None


                def upgrade() -> None:
                """
            ).replace("REAL_HEAD", REAL_HEAD)
            + textwrap.indent(textwrap.dedent(body), "    "),
            encoding="utf-8",
        )
        monkeypatch.setattr(db, "MIGRATIONS", folder)
        monkeypatch.setattr(db, "HEAD_REVISION", "t999")
        assert head_revision() == "t999"
        return "t999"

    return install


def test_upgrade_backs_up_an_old_sqlite_file_first(
    with_throwaway_revision: Callable[[str], str], app_paths: AppPaths
) -> None:
    with_throwaway_revision(
        'op.add_column("groups", sa.Column("room", sa.String(20), nullable=True))\n'
    )
    shutil.copyfile(frozen_path("0001"), app_paths.database_file)
    engine = create_db_engine(db.sqlite_url(app_paths.database_file))
    try:
        backup = upgrade(engine, app_paths.backups)
        assert current_revision(engine) == "t999"
    finally:
        engine.dispose()
    assert backup is not None and Path(backup).parent == app_paths.backups
    with sqlite3.connect(backup) as copy:
        # Taken before migrating: the old revision, the old columns, all rows.
        assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert "room" not in [c[1] for c in copy.execute("PRAGMA table_info(groups)")]
        assert copy.execute("SELECT count(*) FROM responses").fetchone() == (2,)
    copy.close()


REBUILD_LEARNERS = """
# SQLite cannot alter a column in place: batch mode copies the table, drops the old one and
# renames the copy. Dropping 'learners' must not take the learners' answers with it.
recreate = "always" if op.get_bind().dialect.name == "sqlite" else "auto"
with op.batch_alter_table("learners", recreate=recreate) as batch:
    batch.alter_column("goal", existing_type=sa.Text(), type_=sa.Text(), nullable=True)
"""


def test_table_rebuild_keeps_dependent_rows(
    with_throwaway_revision: Callable[[str], str], blank_database_url: str, backend: str
) -> None:
    with_throwaway_revision(REBUILD_LEARNERS)
    _load_frozen("0001", blank_database_url, backend)
    engine = create_db_engine(blank_database_url)
    try:
        before = _table_rows(engine)
        upgrade(engine)
        assert current_revision(engine) == "t999"
        after = _table_rows(engine)
        for table in ("sessions", "responses", "abilities", "recordings", "events", "learners"):
            assert len(after[table]) == len(before[table]), table
        with engine.connect() as connection:
            # Foreign keys are enforced again once the migration is done.
            if backend == "sqlite":
                assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
                assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
        assert [r.item_key for r in Store(engine).responses.of_learner(1)] == [
            "frozen-q1",
            "frozen-q2",
        ]
    finally:
        engine.dispose()


FAILS_HALF_WAY = """
op.create_table("scratch", sa.Column("id", sa.Integer(), primary_key=True))
op.add_column("groups", sa.Column("room", sa.String(20), nullable=True))
raise RuntimeError("migration t999 failed half-way")
"""


def test_failed_migration_leaves_the_schema_as_it_was(
    with_throwaway_revision: Callable[[str], str], blank_database_url: str, backend: str
) -> None:
    """A migration that fails leaves no half-made schema. PostgreSQL: one transaction per
    migration, those before it are kept. SQLite: the whole run is one transaction (so no
    other PC can migrate between reading the revision and running the steps), nothing of it
    is kept."""
    with_throwaway_revision(FAILS_HALF_WAY)
    _load_frozen("0001", blank_database_url, backend)
    engine = create_db_engine(blank_database_url)
    try:
        with pytest.raises(RuntimeError, match="half-way"):
            upgrade(engine)
        expected = "0001" if backend == "sqlite" else REAL_HEAD
        assert current_revision(engine) == expected
        inspector = inspect(engine)
        assert "scratch" not in inspector.get_table_names()
        assert "room" not in [c["name"] for c in inspector.get_columns("groups")]
        with engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT count(*) FROM learners").scalar() == 2
    finally:
        engine.dispose()


def test_the_known_head_is_the_newest_migration_script() -> None:
    # db.HEAD_REVISION lets a start-up on a current database skip importing Alembic.
    assert head_revision() == db.HEAD_REVISION
