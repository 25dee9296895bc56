"""Installing a newer version over an older one (issue 16, point 7): the first start of the
new version, through the app's own start-up (``Services.open``), on the database the previous
release left on a learner's PC.

That database is the frozen one of the released schema 0001 (``tests/fixtures/db``: learners,
answers, a recording and a teacher's bank), plus what the previous release's bundled content
put there, written with plain SQL for that schema. The new version brings a newer bundled
pack (one question changed, one removed, one added) and, by accident, a pack with the id of
the teacher's bank. Afterwards: a backup of the old file was made first, the schema is at
head, every answer is still there, the teacher's bank is untouched, and the bundled bank is
updated with its removed question retired, not deleted, so its answers stay in the history.
"""

from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

from examtrainer.paths import default_paths
from examtrainer.services.app import Services
from examtrainer.settings import Settings
from examtrainer.store.db import create_db_engine, current_revision, head_revision, sqlite_url

from .conftest import TINY

FROZEN = Path(__file__).resolve().parents[1] / "fixtures" / "db"
PREVIOUS_SCHEMA = "0001"


def _frozen_rows() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_frozen", FROZEN / "make_frozen.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _insert(connection: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> None:
    columns = list(rows[0])
    connection.executemany(
        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
        [tuple(row[c] for c in columns) for row in rows],
    )


def previous_release_database(target: Path) -> None:
    """The frozen 0001 database, with the previous release's bundled pack test.tiny 1.0
    (two questions of its first text) installed and one of them answered by Amira."""
    shutil.copyfile(FROZEN / f"schema-{PREVIOUS_SCHEMA}.sqlite3", target)
    rows = _frozen_rows().ROWS_0001
    bank = dict(rows["banks"][0], id="test.tiny", title="Kleine testbank", version="1.0",
                bundled=1, origin="/opt/examtrainer/content/tiny")
    stimulus = dict(rows["stimuli"][0], id=2, bank_id="test.tiny", key="tiny-r1")
    items = [
        dict(rows["items"][0], id=3, bank_id="test.tiny", key="tiny-r1-q1",
             stimulus_key="tiny-r1", data='{"id": "tiny-r1-q1", "question": "Oud?"}'),
        dict(rows["items"][0], id=4, bank_id="test.tiny", key="tiny-r1-q2",
             stimulus_key="tiny-r1", data='{"id": "tiny-r1-q2", "question": "Weg?"}'),
    ]
    response = dict(rows["responses"][0], id=3, item_id=4, answer='{"value": "Juist"}',
                    correct=0)
    with sqlite3.connect(target) as connection:
        _insert(connection, "banks", [bank])
        _insert(connection, "stimuli", [stimulus])
        _insert(connection, "items", items)
        _insert(connection, "responses", [response])
    connection.close()


def new_bundled_content(folder: Path) -> Path:
    """The new version's content: tiny 2.0 (tiny-r1-q1 reworded, tiny-r1-q2 gone, the rest
    new) and a pack that happens to have the id of the teacher's bank."""
    tiny = folder / "tiny"
    shutil.copytree(TINY, tiny)
    manifest = yaml.safe_load((tiny / "pack.yaml").read_text(encoding="utf-8"))
    (tiny / "pack.yaml").write_text(yaml.safe_dump({**manifest, "version": "2.0"}))
    items_file = tiny / "items" / "reading.yaml"
    items = yaml.safe_load(items_file.read_text(encoding="utf-8"))
    questions = items["stimuli"][0]["questions"]
    items["stimuli"][0]["questions"] = [
        {**q, "question": "Op welke dag is er geen water?"}
        for q in questions
        if q["id"] == "tiny-r1-q1"
    ]
    items_file.write_text(yaml.safe_dump(items, allow_unicode=True), encoding="utf-8")
    clash = folder / "clash"
    shutil.copytree(TINY, clash)
    (clash / "pack.yaml").write_text(
        yaml.safe_dump({**manifest, "id": "frozen.pack", "version": "9.0"})
    )
    return folder


def test_a_newer_version_keeps_learner_data_and_teachers_banks(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    paths = default_paths({"EXAMTRAINER_HOME": str(tmp_path / "home")})
    paths = replace(paths, bundled_content=new_bundled_content(tmp_path / "content")).ensure()
    previous_release_database(paths.database_file)

    services = Services.open(paths, Settings())
    try:
        store = services.store
        # The old file was backed up before anything changed.
        assert services.backup is not None
        backup = Path(services.backup)
        assert backup.parent == paths.backups
        with sqlite3.connect(backup) as old:
            assert old.execute("SELECT version_num FROM alembic_version").fetchall() == [
                (PREVIOUS_SCHEMA,)
            ]
            assert old.execute("SELECT count(*) FROM responses").fetchone() == (3,)
        old.close()
        engine = create_db_engine(sqlite_url(paths.database_file))
        try:
            assert current_revision(engine) == head_revision()
        finally:
            engine.dispose()

        # Learner data: every learner and every answer, also the one to a removed question.
        assert [x.name for x in store.learners.all(include_archived=True)] == ["Amira", "Tomasz"]
        answers = sorted((r.item_key, str(r.answer)) for r in store.responses.of_learner(1))
        assert answers == [("frozen-q1", "Onjuist"), ("frozen-q2", "None"), ("tiny-r1-q2", "Juist")]
        [recording] = store.recordings.awaiting_review()
        assert recording.self_rating == {"fluency": 3}

        # The teacher's bank: not replaced by the bundled pack with its id, nothing retired.
        assert "bundled pack frozen.pack skipped: a teacher's bank has its id" in caplog.text
        teachers = store.banks.get("frozen.pack")
        assert not teachers.bundled and teachers.version == "1.0"
        assert [(c.key, c.retired) for c in store.banks.contents("frozen.pack")] == [
            ("frozen-q1", False),
            ("frozen-q2", False),
        ]

        # The bundled bank is updated: reworded question kept (same item, its answers), the
        # removed one retired with its answer, the new ones added.
        bundled = store.banks.get("test.tiny")
        assert bundled.bundled and bundled.version == "2.0"
        contents = {c.key: c for c in store.banks.contents("test.tiny")}
        assert contents["tiny-r1-q1"].data["question"] == "Op welke dag is er geen water?"
        assert not contents["tiny-r1-q1"].retired
        assert contents["tiny-r1-q2"].retired and contents["tiny-r1-q2"].answers == 1
        assert {"tiny-r2-q1", "tiny-r2-q2"} <= {k for k, c in contents.items() if not c.retired}
        assert [i.key for i in store.items.by_ids([3])] == ["tiny-r1-q1"]  # same row, same id
    finally:
        services.close()

    # A second start of the new version changes nothing and makes no new backup.
    again = Services.open(paths, Settings())
    try:
        assert again.backup is None
        assert len(again.store.responses.of_learner(1)) == 3
        assert again.store.banks.get("test.tiny").version == "2.0"
    finally:
        again.close()
