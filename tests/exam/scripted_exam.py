"""Answer A2 reading exams question by question, for the kill test (``test_kill.py``).

Usage: ``python tests/exam/scripted_exam.py --home DIR --seed N``. Opens the services on
the SQLite file in DIR (bundled content is not installed: the test installs its own pack),
resumes the learner's active exam or starts a new one, and answers the open questions one
by one. After each answer is committed it prints ``ANSWERED <item key> <session id>
<elapsed seconds as stored, at full precision>`` and flushes, so a line on stdout is a
promise that the answer is in the database. It also prints ``STARTED <id>``,
``RESUMED <id> <elapsed>`` and ``FINISHED <id>``, and goes on with a new exam until
``--exams`` exams are finished.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

LEARNER = "Kill Test"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--home", required=True, type=Path)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--exams", type=int, default=1000, help="stop after this many exams")
    args = parser.parse_args(argv)
    os.environ["EXAMTRAINER_HOME"] = str(args.home.resolve())

    from examtrainer.paths import default_paths
    from examtrainer.services.app import Services
    from examtrainer.services.exam import end_exam, resumable_exams, resume_exam, start_exam
    from examtrainer.settings import Settings

    services = Services.open(default_paths(), Settings(), install_content=False)
    store = services.store
    learner = next((x for x in store.learners.all() if x.name == LEARNER), None)
    if learner is None:
        learner = store.learners.create(LEARNER)
    rng = random.Random(args.seed)
    for _ in range(args.exams):
        active = resumable_exams(store, learner.id)
        if active:
            run = resume_exam(store, active[-1].session_id)
            print(f"RESUMED {run.session_id} {run.session.elapsed()!r}", flush=True)
        else:
            run = start_exam(store, learner.id, "A2", "reading", seed=rng.randrange(1 << 30))
            print(f"STARTED {run.session_id}", flush=True)
        session = run.session
        if session.phase != "finished":
            session.start()
        for number in range(1, session.count + 1):
            if session.phase == "finished":
                break
            if session.answer_of(number) is not None:
                continue
            question = session.question(number)
            session.goto(number)
            session.answer(number, rng.choice(question.item.options))
            stored = store.sessions.get(run.session_id).state["elapsed"]
            print(f"ANSWERED {question.key} {run.session_id} {stored!r}", flush=True)
        end_exam(run)
        print(f"FINISHED {run.session_id}", flush=True)
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
