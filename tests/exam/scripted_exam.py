"""Answer A2 reading exams question by question, for the kill test (``test_kill.py``).

Usage: ``python tests/exam/scripted_exam.py --home DIR --serve``. The process imports the
app once and then waits on stdin for ``RUN <seed>``; for each it forks a child that opens
the services on the SQLite file in DIR (bundled content is not installed: the test
installs its own pack), resumes the learner's active exam or starts a new one, and answers
the open questions one by one, now and then changing an earlier answer. The test kills the
child with SIGKILL; the parent reaps it, prints ``EXIT <status>`` and waits for the next
``RUN``. (Forking saves the second of start-up per kill, so 200 kills take about a minute.)

What the child prints (each line flushed, so a line is a promise about the database):

``PID <pid>``
    first, so the test knows whom to kill.
``STARTED <id>`` / ``RESUMED <id> <elapsed>``
    the exam it works on.
``SAVING <key> <json value>``
    an answer is about to be saved (it may or may not be stored if the child dies now).
``BETWEEN <key>``
    a changed answer's response row is written, its snapshot not yet (same transaction).
``FAILING <key>``
    this save is made to fail (a simulated full disk) after the response row was written.
``ANSWERED <key> <id> <elapsed> <json value>``
    the answer and its snapshot are committed; ``elapsed`` as stored, at full precision.
``FAILED <key> <id>``
    the save failed and the session does not count the answer (``WRONG`` if it did).
``RESULT <id> <raw> <answered>`` / ``FINISHED <id>``
    the exam was handed in; its result.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

LEARNER = "Kill Test"
CHANGE_CHANCE = 0.35  # after an answer, change an earlier one
FAIL_CHANCE = 0.15  # a save fails (full disk)
PAUSE_SECONDS = 0.03  # inside the marked moments, so that kills land there


def say(*parts: object) -> None:
    print(*parts, flush=True)


class Faults:
    """Engine hooks: a pause between the writes of a changed answer, and failed saves."""

    def __init__(self) -> None:
        self.key = ""
        self.changing = False
        self.failing = False

    def before(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if self.key and self.failing and statement.lstrip().upper().startswith("UPDATE SESSIONS"):
            say("FAILING", self.key)
            time.sleep(PAUSE_SECONDS)
            error = sqlite3.OperationalError("database or disk is full")
            error.sqlite_errorcode = 13  # SQLITE_FULL, as SQLite sets it
            raise error

    def after(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        words = statement.lstrip().upper()
        if self.key and self.changing and words.startswith("UPDATE RESPONSES"):
            say("BETWEEN", self.key)
            time.sleep(PAUSE_SECONDS)


def give(
    run: Any, faults: Faults, rng: random.Random, number: int, value: Any, changing: bool
) -> None:
    """Answer question ``number``; a save may be made to fail. Prints what happened."""
    from examtrainer.errors import StorageError

    session, store = run.session, run.store
    key = session.question(number).key
    before = session.answer_of(number)
    faults.key, faults.changing = key, changing
    faults.failing = rng.random() < FAIL_CHANCE
    say("SAVING", key, json.dumps(value))
    try:
        session.answer(number, value)
    except StorageError:
        if session.answer_of(number) != before:
            say("WRONG", key, "the session counts an answer that was not stored")
        say("FAILED", key, run.session_id)
        return
    finally:
        faults.key = ""
    stored = store.sessions.get(run.session_id).state["elapsed"]
    say("ANSWERED", key, run.session_id, repr(stored), json.dumps(value))


def run_exams(home: Path, seed: int, exams: int) -> None:
    from sqlalchemy import event

    from examtrainer.paths import default_paths
    from examtrainer.services.app import Services
    from examtrainer.services.exam import end_exam, resumable_exams, resume_exam, start_exam
    from examtrainer.settings import Settings

    os.environ["EXAMTRAINER_HOME"] = str(home.resolve())
    services = Services.open(default_paths(), Settings(), install_content=False)
    store = services.store
    faults = Faults()
    event.listen(store.engine, "before_cursor_execute", faults.before)
    event.listen(store.engine, "after_cursor_execute", faults.after)
    learner = next((x for x in store.learners.all() if x.name == LEARNER), None)
    if learner is None:
        learner = store.learners.create(LEARNER)
    rng = random.Random(seed)
    for _ in range(exams):
        active = resumable_exams(store, learner.id)
        if active:
            run = resume_exam(store, active[-1].session_id)
            say("RESUMED", run.session_id, repr(run.session.elapsed()))
        else:
            run = start_exam(store, learner.id, "A2", "reading", seed=rng.randrange(1 << 30))
            say("STARTED", run.session_id)
        session = run.session
        if session.phase != "finished":
            session.start()

        for number in range(1, session.count + 1):
            if session.phase == "finished":
                break
            if session.answer_of(number) is not None:
                continue
            options = session.question(number).item.options
            session.goto(number)
            give(run, faults, rng, number, rng.choice(options), changing=False)
            answered = [n for n in range(1, number + 1) if session.answer_of(n) is not None]
            if answered and rng.random() < CHANGE_CHANCE:
                earlier = rng.choice(answered)
                others = [
                    o
                    for o in session.question(earlier).item.options
                    if o != session.answer_of(earlier)
                ]
                give(run, faults, rng, earlier, rng.choice(others), changing=True)
        result = end_exam(run)
        say("RESULT", run.session_id, result.raw, result.answered)
        say("FINISHED", run.session_id)
    services.close()


def serve(home: Path, exams: int) -> int:
    """Fork one child per ``RUN <seed>`` line on stdin; report how each ended."""
    # Import what the children need before forking (no engine is opened here).
    import examtrainer.services.app
    import examtrainer.services.exam  # noqa: F401

    say("READY")
    for line in sys.stdin:
        words = line.split()
        if not words:
            continue
        if words[0] != "RUN":
            break
        sys.stdout.flush()
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                say("PID", os.getpid())
                run_exams(home, int(words[1]), exams)
            except BaseException as error:
                print(f"child failed: {error!r}", file=sys.stderr, flush=True)
                code = 1
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        say("EXIT", status)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--home", required=True, type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--exams", type=int, default=1000, help="stop after this many exams")
    parser.add_argument("--serve", action="store_true", help="fork a child per RUN line")
    args = parser.parse_args(argv)
    if args.serve:
        return serve(args.home, args.exams)
    say("PID", os.getpid())
    run_exams(args.home, args.seed, args.exams)
    return 0


if __name__ == "__main__":
    sys.exit(main())
