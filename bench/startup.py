"""Start-up: how long a learner waits for a screen they can use, against a bare PySide6 window.

Every case starts the real app as a process (`python -m examtrainer --smoke`), which ends when
its first *usable* screen is painted: home with the learner's figures and its buttons
enabled, or the first-start screen on an empty install. The baseline is a bare PySide6 window
(one label, quit after its first paint), measured in the same run, interleaved round by round.
Times run from the launch of the process (the parent passes the wall-clock time in
EXAMTRAINER_LAUNCH_EPOCH), so the interpreter's start counts. Medians are printed, the ratios
last. The data sets are built here, reproducibly (fixed seed):

* empty install: a new folder each round (first start: creates the database, installs the
  bundled content, shows the first-start screen);
* a learner with 2,000 answers on the bundled content;
* a learner with 5,000 answers on the bundled content plus a generated 10,000-question bank.

Usage: PYTHONPATH=. python bench/startup.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BARE = """
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv[:1])
label = QLabel("examtrainer")
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and not hasattr(self, "done"):
            self.done = True
            print((time.time() - float(os.environ["EXAMTRAINER_LAUNCH_EPOCH"])) * 1000)
            QTimer.singleShot(0, app.quit)
        return False
watch = Watch()
label.installEventFilter(watch)
label.show()
app.exec()
"""

PAINT = re.compile(r"smoke: first paint after (\d+) ms")
USABLE = re.compile(r"smoke: first usable screen ready after (\d+) ms")


def _run(command: list[str], env: dict[str, str]) -> str:
    env = {**env, "EXAMTRAINER_LAUNCH_EPOCH": repr(time.time())}
    result = subprocess.run(command, env=env, capture_output=True, text=True, cwd=ROOT)
    if result.returncode != 0:
        raise SystemExit(f"{command} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def bare(env: dict[str, str]) -> float:
    return float(_run([sys.executable, "-c", BARE], env).strip().splitlines()[-1])


def app(env: dict[str, str], home: Path) -> tuple[float, float]:
    """(ms to first paint, ms to the first usable screen)."""
    out = _run(
        [sys.executable, "-m", "examtrainer", "--smoke"], {**env, "EXAMTRAINER_HOME": str(home)}
    )
    paint, usable = PAINT.search(out), USABLE.search(out)
    if paint is None or usable is None:
        raise SystemExit(f"unexpected --smoke output:\n{out}")
    return float(paint.group(1)), float(usable.group(1))


def learner_home(folder: Path, answers: int, big_bank: int = 0, seed: int = 7) -> Path:
    """A home with the bundled content, optionally a generated bank, and one learner with
    ``answers`` answers spread over practice sessions of the last months."""
    from sqlalchemy import insert

    from examtrainer.paths import default_paths
    from examtrainer.services.app import Services
    from examtrainer.services.banks import install_pack_folder
    from examtrainer.settings import Settings
    from examtrainer.store import models as m

    home = folder / f"home-{answers}-{big_bank}"
    paths = default_paths({"EXAMTRAINER_HOME": str(home)})
    services = Services.open(paths, Settings())
    if big_bank:
        from bench.import_throughput import make_pack

        install_pack_folder(services.store, paths.installed_packs, make_pack(folder, big_bank))
    learner = services.create_learner("Amina", language="nl")
    rng = random.Random(seed)
    items = [
        s.id for skill in ("reading", "listening") for s in services.store.items.for_skill(skill)
    ]
    now = datetime.now(UTC)
    with services.store.engine.begin() as db:
        per_session = 20
        for start in range(0, answers, per_session):
            when = now - timedelta(days=120 * (1 - start / max(answers, 1)))
            session_id = db.execute(
                insert(m.SessionRow).values(
                    learner_id=learner.id,
                    kind="practice",
                    skill="reading",
                    status="finished",
                    state={},
                    started_at=when,
                    ended_at=when,
                )
            ).inserted_primary_key[0]
            chosen = rng.sample(items, min(per_session, len(items), answers - start))
            db.execute(
                insert(m.ResponseRow),
                [
                    {
                        "session_id": session_id,
                        "learner_id": learner.id,
                        "item_id": item_id,
                        "answer": {"value": "x"},
                        "correct": rng.random() < 0.6,
                        "seconds": 20.0,
                        "answered_at": when,
                    }
                    for item_id in chosen
                ],
            )
            db.execute(
                insert(m.AbilityRow).values(
                    learner_id=learner.id,
                    skill="reading",
                    theta=-1 + 2 * start / max(answers, 1),
                    standard_error=0.4,
                    source="practice",
                    measured_at=when,
                )
            )
    services.close()
    return home


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    env = {k: v for k, v in os.environ.items() if not k.startswith("EXAMTRAINER_")}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    work = Path(tempfile.mkdtemp(prefix="examtrainer-bench-"))
    print("building the data sets …", flush=True)
    homes = {
        "2,000 answers": learner_home(work, 2_000),
        "5,000 answers, 10,000-question bank": learner_home(work, 5_000, big_bank=10_000),
    }
    for home in homes.values():
        app(env, home)  # warm-up: caches, and any first-start work done
    bare_ms: list[float] = []
    paint: dict[str, list[float]] = {"empty install": [], **{k: [] for k in homes}}
    usable: dict[str, list[float]] = {k: [] for k in paint}
    for round_ in range(args.rounds):
        bare_ms.append(bare(env))
        p, u = app(env, work / f"empty-{round_}")
        paint["empty install"].append(p)
        usable["empty install"].append(u)
        for name, home in homes.items():
            p, u = app(env, home)
            paint[name].append(p)
            usable[name].append(u)
    median = statistics.median
    base = median(bare_ms)
    print(f"bare PySide6 window, first paint: median {base:.0f} ms ({args.rounds} rounds)")
    for name in paint:
        print(
            f"{name}: first paint {median(paint[name]):.0f} ms, "
            f"usable {median(usable[name]):.0f} ms"
        )
    for name in paint:
        print(f"ratio usable/bare, {name}: {median(usable[name]) / base:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
