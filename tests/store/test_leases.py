"""One window per open exam: the lease, its heartbeat, taking over, and writes that are
fenced by it; an answer and its snapshot are one transaction. Both backends; the second
window is a second Store on the same database, as another PC would be."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event

from examtrainer.errors import ExamOpenElsewhere, ExamTakenOver, StorageError
from examtrainer.store.records import Learner, StoredItem
from examtrainer.store.repositories import LEASE_STALE_SECONDS, Store, holder_alive, new_holder


def _exam(store: Store, learner: Learner) -> int:
    return store.sessions.start(learner.id, "exam", "reading", {"answers": {}}).id


def test_a_second_window_is_refused_until_it_takes_over(
    store: Store,
    learner: Learner,
    items: list[StoredItem],
    database_url: str,
    open_store: Callable[[str], Store],
) -> None:
    exam = _exam(store, learner)
    first, second = new_holder(), new_holder()
    store.leases.acquire(exam, first)
    other_pc = open_store(database_url)
    with pytest.raises(ExamOpenElsewhere, match="al open in een ander venster"):
        other_pc.leases.acquire(exam, second)
    store.leases.acquire(exam, first)  # the holder itself may open it again
    item = items[0].id

    other_pc.leases.acquire(exam, second, take_over=True)
    lease = store.leases.get(exam)
    assert lease is not None and lease.holder == second
    # The first window's writes are refused now, and none of them is half done.
    with pytest.raises(ExamTakenOver, match="ander venster"):
        store.sessions.save_answer(
            exam, learner.id, item, "ja", True, 3.0, {"answers": {"x": "ja"}}, holder=first
        )
    with pytest.raises(ExamTakenOver):
        store.sessions.save_state(exam, {"answers": {"y": 1}}, holder=first)
    with pytest.raises(ExamTakenOver):
        store.sessions.finish(exam, holder=first)
    with pytest.raises(ExamTakenOver):
        store.leases.heartbeat(exam, first)
    assert store.responses.of_session(exam) == []
    record = store.sessions.get(exam)
    assert (record.status, record.state) == ("active", {"answers": {}})
    store.leases.release(exam, first)  # a window that lost the lease changes nothing
    assert other_pc.leases.get(exam) is not None

    other_pc.sessions.save_answer(
        exam, learner.id, item, "ja", True, 3.0, {"answers": {"k": "ja"}}, holder=second
    )
    assert [r.answer for r in other_pc.responses.of_session(exam)] == ["ja"]
    other_pc.sessions.finish(exam, holder=second)
    assert store.leases.get(exam) is None  # handing in gives the exam free
    assert store.sessions.get(exam).status == "finished"


def test_a_lease_without_heartbeat_is_free(store: Store, learner: Learner) -> None:
    exam = _exam(store, learner)
    long_ago = datetime.now(UTC) - timedelta(seconds=LEASE_STALE_SECONDS + 1)
    store.leases.acquire(exam, "other-pc:1234:abc", now=long_ago)
    store.leases.acquire(exam, "this-window")  # no question: the other one is gone
    lease = store.leases.get(exam)
    assert lease is not None and lease.holder == "this-window"


def test_a_crashed_app_on_this_computer_frees_its_exam_at_once() -> None:
    now = datetime.now(UTC)
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead = new_holder().split(":")[0] + f":{finished.stdout.strip()}:abc"
    assert not holder_alive(dead, now, now)
    assert holder_alive(new_holder(), now, now)  # this process
    assert holder_alive("another-pc:1:abc", now, now)  # only its heartbeat can tell
    assert not holder_alive("another-pc:1:abc", now - timedelta(minutes=5), now)


def test_an_answer_and_its_snapshot_are_one_transaction(
    store: Store, learner: Learner, items: list[StoredItem]
) -> None:
    exam = _exam(store, learner)
    holder = new_holder()
    store.leases.acquire(exam, holder)
    item = items[0].id
    store.sessions.save_answer(
        exam, learner.id, item, "nee", False, 1.0, {"answers": {"q": "nee"}}, holder=holder
    )

    def fail_on_snapshot(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        if statement.lstrip().upper().startswith("UPDATE SESSIONS"):
            raise RuntimeError("the disk is gone")

    event.listen(store.engine, "before_cursor_execute", fail_on_snapshot)
    try:
        with pytest.raises(RuntimeError, match="disk is gone"):  # a change, cut off
            store.sessions.save_answer(
                exam, learner.id, item, "ja", True, 2.0, {"answers": {"q": "ja"}}, holder=holder
            )
    finally:
        event.remove(store.engine, "before_cursor_execute", fail_on_snapshot)
    [response] = store.responses.of_session(exam)
    assert (response.answer, response.correct) == ("nee", False)
    assert store.sessions.get(exam).state == {"answers": {"q": "nee"}}


def test_a_response_written_at_the_same_moment_is_not_called_stored(
    store: Store,
    learner: Learner,
    items: list[StoredItem],
    database_url: str,
    open_store: Callable[[str], Store],
) -> None:
    """Before: losing this race said "Dit antwoord is al opgeslagen" about an answer that
    was not stored (the other writer's was)."""
    exam = _exam(store, learner)
    item = items[0].id
    other = open_store(database_url)
    raced: list[bool] = []

    def other_writer_first(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        if not raced and statement.lstrip().upper().startswith("SELECT RESPONSES"):
            raced.append(True)
            other.responses.record(exam, learner.id, item, "nee", False)

    event.listen(store.engine, "after_cursor_execute", other_writer_first)
    try:
        with pytest.raises(StorageError) as caught:
            store.responses.record(exam, learner.id, item, "ja", True)
    finally:
        event.remove(store.engine, "after_cursor_execute", other_writer_first)
    assert raced
    assert "al opgeslagen" not in str(caught.value)
    assert [r.answer for r in store.responses.of_session(exam)] == ["nee"]
