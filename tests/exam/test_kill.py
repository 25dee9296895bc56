"""Kill test: SIGKILL a scripted exam again and again; the result is always what is stored.

``scripted_exam.py --serve`` forks one child per run; each child resumes the learner's
exam (or starts one), answers, changes earlier answers and sometimes has a save fail (a
simulated full disk). This test kills the child at seeded random moments: during start-up,
after a few answers, **between the two writes of a changed answer** (its response row is
written, its snapshot not yet) and **during a failed save**. After the last kill it checks:

* every answer printed as committed is in the database, with the last committed value,
  exactly once; an answer whose save failed or was cut off is stored only as far as the
  transaction got (either all of it or none);
* in every exam, the answers in the stored snapshot equal the stored responses, and each
  printed result (raw score, answered) equals the one computed from the stored responses;
* the stored exam time never went back, and no exam is left behind.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest
from exam_fixtures import open_services, write_reading_pack

from examtrainer.services.banks import install_pack_folder
from examtrainer.services.exam import resume_exam

SCRIPT = Path(__file__).with_name("scripted_exam.py")
ROOT = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("KT_KILLS", "200"))
SEED = 20240501
ABSENT = "<none>"
FIELDS = {"SAVING": 2, "ANSWERED": 4}  # the last field is a JSON value (may hold spaces)


def parse(line: str) -> list[str]:
    kind = line.split(" ", 1)[0]
    return line.split(" ", FIELDS.get(kind, -1))


class Child:
    """The scripted exam server: one forked child per run, read line by line."""

    def __init__(self, home: Path, stderr: Any) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "EXAMTRAINER_HOME": str(home)}
        env.pop("EXAMTRAINER_DATABASE_URL", None)
        self.process = subprocess.Popen(
            [sys.executable, str(SCRIPT), "--home", str(home), "--serve"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
            env=env,
        )
        assert self.readline() == "READY"

    def readline(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def run(self, seed: int) -> int:
        assert self.process.stdin is not None
        self.process.stdin.write(f"RUN {seed}\n")
        self.process.stdin.flush()
        first = self.readline()
        assert first.startswith("PID "), first
        return int(first.split()[1])

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=30)


@pytest.mark.slow
@pytest.mark.timeout(1200)  # 200 forked exams killed and resumed: minutes on a busy 2-core PC
@pytest.mark.skipif(not hasattr(os, "fork"), reason="the kill test forks its exam processes")
def test_kill_and_resume(tmp_path: Path) -> None:
    home = tmp_path / "home"
    services = open_services(home)
    install_pack_folder(
        services.store, services.paths.installed_packs, write_reading_pack(tmp_path / "pack")
    )
    services.close()
    rng = random.Random(SEED)
    log: list[list[str]] = []  # every line the children printed, in order
    moments: Counter[str] = Counter()
    started = time.monotonic()
    with (tmp_path / "stderr.txt").open("w") as stderr:
        child = Child(home, stderr)
        for _ in range(KILLS):
            pid = child.run(rng.randrange(1 << 30))
            moment = rng.choices(
                ["start-up", "answers", "between writes", "failed save"], [1, 4, 3, 3]
            )[0]
            wanted = rng.randint(1, 6)
            seen = 0
            while True:
                if moment == "start-up":
                    time.sleep(rng.uniform(0.0, 0.05))
                    break
                line = child.readline()
                assert line and not line.startswith("EXIT"), (tmp_path / "stderr.txt").read_text()
                log.append(parse(line))
                kind = line.split()[0]
                if moment == "answers" and kind == "ANSWERED":
                    seen += 1
                    if seen >= wanted:
                        time.sleep(rng.uniform(0.0, 0.01))
                        break
                elif moment == "between writes" and kind == "BETWEEN":
                    break  # the child sleeps inside the transaction of a changed answer
                elif moment == "failed save" and kind == "FAILING":
                    break  # the child sleeps inside a save that is about to fail
            os.kill(pid, signal.SIGKILL)
            while True:  # lines printed before the kill are promises too
                line = child.readline()
                if line.startswith("EXIT"):
                    status = int(line.split()[1])
                    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, (
                        tmp_path / "stderr.txt"
                    ).read_text()
                    break
                log.append(parse(line))
            last = log[-1][0] if log else ""
            moments[{"BETWEEN": "between writes", "FAILING": "failed save"}.get(last, moment)] += 1
            log.append(["KILLED"])
        child.close()
    duration = time.monotonic() - started
    (tmp_path / "log.txt").write_text("\n".join(" ".join(e) for e in log))
    assert min(moments["between writes"], moments["failed save"]) >= KILLS // 8, moments

    services = open_services(home)
    try:
        store = services.store
        [learner] = [x for x in store.learners.all() if x.name == "Kill Test"]
        sessions = store.sessions.of_learner(learner.id, kind="exam")
        assert len([s for s in sessions if s.status == "active"]) <= 1  # none left behind
        allowed: dict[str, dict[str, set[str]]] = defaultdict(dict)  # exam -> key -> values
        committed: dict[str, list[str]] = defaultdict(list)
        results: dict[str, tuple[int, int]] = {}
        last_elapsed: dict[str, float] = {}
        current: str | None = None
        pending: tuple[str, str] | None = None  # an answer being saved: key, value
        resumes = failed = wrong = 0
        for entry in log:
            kind = entry[0]
            if kind == "STARTED":
                current = entry[1]
            elif kind == "RESUMED":
                resumes += 1
                current, elapsed = entry[1], float(entry[2])
                # the time used is kept: never reset, never less than what was stored
                assert elapsed >= last_elapsed.get(current, 0.0)
            elif kind == "SAVING":
                pending = (entry[1], json.dumps(json.loads(entry[2])))
            elif kind == "ANSWERED":
                key, session_id, elapsed = entry[1], entry[2], float(entry[3])
                assert session_id == current and pending is not None and pending[0] == key
                allowed[session_id][key] = {json.dumps(json.loads(entry[4]))}
                committed[session_id].append(key)
                assert elapsed >= last_elapsed.get(session_id, 0.0)
                last_elapsed[session_id] = elapsed
                pending = None
            elif kind == "FAILED":
                failed += 1
                pending = None  # nothing of it stored: the value before stays
            elif kind == "WRONG":
                wrong += 1
            elif kind == "RESULT":
                results[entry[1]] = (int(entry[2]), int(entry[3]))
            elif kind == "KILLED":
                if pending is not None and current is not None:
                    key, value = pending  # cut off: stored either wholly or not at all
                    allowed[current][key] = allowed[current].get(key, {ABSENT}) | {value}
                pending = None
        assert wrong == 0, "an answer whose save failed was counted"
        assert failed >= KILLS // 8 and resumes >= KILLS // 3
        assert sum(len(keys) for keys in committed.values()) >= KILLS

        for session in sessions:
            responses = store.responses.of_session(session.id)
            rows = Counter(r.item_key for r in responses)
            assert all(n == 1 for n in rows.values()), f"exam {session.id}: {rows}"
            stored = {r.item_key: r.answer for r in responses}
            # the snapshot and the responses were written in one transaction every time
            assert session.state["answers"] == stored, f"exam {session.id}"
            for key, values in allowed[str(session.id)].items():
                value = json.dumps(stored[key]) if key in stored else ABSENT
                assert value in values, f"{key} of exam {session.id}: {value} not in {values}"
            assert set(committed[str(session.id)]) <= set(stored)
            assert session.state["elapsed"] >= last_elapsed.get(str(session.id), 0.0)
            if session.status == "finished":
                result = resume_exam(store, session.id).result()
                right = sum(1 for r in responses if r.correct)
                assert (result.raw, result.answered) == (right, len(stored))
                if str(session.id) in results:
                    assert results[str(session.id)] == (right, len(stored))
                answers = {e.key: e.answer for e in result.review if e.answered}
                assert answers == stored
    finally:
        services.close()
    print(
        f"{KILLS} kills ({dict(moments)}), {failed} failed saves, "
        f"{sum(len(k) for k in committed.values())} answers checked, {resumes} resumes, "
        f"{len(results)} results, in {duration:.0f} s"
    )
