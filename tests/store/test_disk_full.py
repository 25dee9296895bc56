"""A full disk: the answer that did not fit is refused with a plain Dutch message, every
answer before it is still there, and the store keeps working once there is room again."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import event

from examtrainer.errors import DiskFull, StorageError
from examtrainer.store.db import create_db_engine, sqlite_url, upgrade
from examtrainer.store.repositories import Store


def test_a_full_disk_loses_no_committed_answer(tmp_path: Path, tiny_pack) -> None:  # type: ignore[no-untyped-def]
    url = sqlite_url(tmp_path / "full.sqlite3")
    engine = create_db_engine(url)
    upgrade(engine)
    store = Store(engine)
    store.banks.install(tiny_pack, origin=str(tmp_path))
    learner = store.learners.create("Amina")
    items = store.items.for_skill("reading")
    with engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
    engine.dispose()

    # SQLite's page limit makes the database "full" a few pages on, as a full disk would.
    limit = int(pages) + 3
    event.listen(
        engine,
        "connect",
        lambda dbapi, _record: dbapi.execute(f"PRAGMA max_page_count={limit}"),
    )
    saved: list[int] = []
    with pytest.raises(StorageError) as caught:
        for number in range(10_000):
            session = store.sessions.start(learner.id, "practice", "reading", {"pad": "x" * 2000})
            store.responses.record(
                session.id, learner.id, items[number % len(items)].id, "x", False
            )
            saved.append(session.id)
    assert "schijf is vol" in str(caught.value)
    assert isinstance(caught.value, DiskFull), "found by SQLite's result code SQLITE_FULL"
    assert saved, "some answers fitted before the disk was full"

    engine.dispose()
    roomy = Store(create_db_engine(url))
    kept = roomy.responses.of_learner(learner.id)
    assert [r.session_id for r in kept][: len(saved)] == saved
    session = roomy.sessions.start(learner.id, "practice", "reading", {})
    roomy.responses.record(session.id, learner.id, items[0].id, "x", True)
    assert len(roomy.responses.of_learner(learner.id)) >= len(saved) + 1
    roomy.dispose()


def test_the_disk_full_error_is_the_projects_own_for_database_and_recordings() -> None:
    """One error for a full disk, whoever found it: the store's and the recorder's are both
    ``errors.DiskFull`` (a ``StorageError``), with plain Dutch words."""
    from examtrainer.audio.devices import AudioError
    from examtrainer.audio.devices import DiskFull as RecorderDiskFull
    from examtrainer.errors import DiskFull

    error = RecorderDiskFull("/data/recordings/1/x.wav: [Errno 28] No space left on device")
    assert isinstance(error, DiskFull) and isinstance(error, StorageError)
    assert isinstance(error, AudioError) and error.code == DiskFull.code == "disk_full"
    assert str(error).startswith("De computer is vol.") and "/data" not in str(error)
    assert "Errno 28" in error.detail
