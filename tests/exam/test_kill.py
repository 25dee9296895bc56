"""Kill test: SIGKILL a scripted exam again and again; no committed answer and no time is lost.

``scripted_exam.py`` prints ``ANSWERED <key> <session> <elapsed>`` only after the answer
and the snapshot are committed. This test kills it at random moments (seeded): after a
random number of answers plus a short random delay, or at a random moment of start-up.
Then it starts it again, which must resume the same exam. At the end every printed answer
must be in the database exactly once, and the stored exam time must never have gone back.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from exam_fixtures import open_services, write_reading_pack

from examtrainer.services.banks import install_pack_folder

SCRIPT = Path(__file__).with_name("scripted_exam.py")
ROOT = Path(__file__).resolve().parents[2]
KILLS = 50
SEED = 20240501


def parse(lines: list[str], log: list[tuple[str, ...]]) -> None:
    for line in lines:
        parts = tuple(line.split())
        if parts:
            log.append(parts)


@pytest.mark.slow
def test_kill_and_resume(tmp_path: Path) -> None:
    home = tmp_path / "home"
    services = open_services(home)
    install_pack_folder(
        services.store, services.paths.installed_packs, write_reading_pack(tmp_path / "pack")
    )
    services.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "EXAMTRAINER_HOME": str(home)}
    env.pop("EXAMTRAINER_DATABASE_URL", None)
    rng = random.Random(SEED)
    log: list[tuple[str, ...]] = []  # every line printed, in order, across processes
    kills = 0
    started = time.monotonic()
    while kills < KILLS:
        stderr = (tmp_path / "stderr.txt").open("w")
        process = subprocess.Popen(
            [
                sys.executable,
                str(SCRIPT),
                "--home",
                str(home),
                "--seed",
                str(rng.randrange(1 << 30)),
            ],
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            env=env,
        )
        assert process.stdout is not None
        seen: list[str] = []
        if rng.random() < 0.15:
            time.sleep(rng.uniform(0.0, 1.5))  # somewhere in start-up, or just after
        else:
            wanted = rng.randint(1, 5)
            answered = 0
            while answered < wanted:
                line = process.stdout.readline()
                if not line:
                    break
                seen.append(line)
                answered += line.startswith("ANSWERED")
            time.sleep(rng.uniform(0.0, 0.02))
        process.send_signal(signal.SIGKILL)
        process.wait()
        seen += process.stdout.readlines()  # printed before the kill: committed too
        process.stdout.close()
        stderr.close()
        assert process.returncode == -signal.SIGKILL, (tmp_path / "stderr.txt").read_text()
        parse(seen, log)
        log.append(("KILLED",))
        kills += 1
    duration = time.monotonic() - started

    services = open_services(home)
    try:
        store = services.store
        [learner] = [x for x in store.learners.all() if x.name == "Kill Test"]
        sessions = store.sessions.of_learner(learner.id, kind="exam")
        active = [s for s in sessions if s.status == "active"]
        assert len(active) <= 1  # an exam is never left behind: it is resumed
        answered: dict[str, list[str]] = defaultdict(list)
        last_elapsed: dict[str, float] = {}
        current: str | None = None
        resumes = 0
        for entry in log:
            if entry[0] == "ANSWERED":
                key, session_id, elapsed = entry[1], entry[2], float(entry[3])
                assert session_id == current
                answered[session_id].append(key)
                assert elapsed >= last_elapsed.get(session_id, 0.0)
                last_elapsed[session_id] = elapsed
            elif entry[0] == "RESUMED":
                resumes += 1
                session_id, elapsed = entry[1], float(entry[2])
                if current is not None and session_id != current:
                    # the exam before was finished just before the kill, never left behind
                    assert store.sessions.get(int(current)).status == "finished"
                # the time used is kept: never reset, never less than what was promised
                assert elapsed >= last_elapsed.get(session_id, 0.0)
                last_elapsed[session_id] = elapsed
                current = session_id
            elif entry[0] == "STARTED":
                if current is not None:
                    assert store.sessions.get(int(current)).status == "finished"
                current = entry[1]
            elif entry[0] == "FINISHED":
                assert entry[1] == current
        assert resumes >= KILLS // 3
        total = 0
        for session_id, keys in answered.items():
            assert len(keys) == len(set(keys)), "a question was answered twice"
            in_db = Counter(r.item_key for r in store.responses.of_session(int(session_id)))
            for key in keys:
                assert in_db[key] == 1, f"{key} of exam {session_id}: {in_db[key]} rows"
            total += len(keys)
        assert total >= KILLS  # the kills happened while answering, not only at start-up
        for session in sessions:
            assert session.state["elapsed"] >= last_elapsed.get(str(session.id), 0.0)
    finally:
        services.close()
    print(f"{kills} kills, {total} answers checked, {resumes} resumes in {duration:.0f} s")
