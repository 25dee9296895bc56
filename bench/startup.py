"""Start-up time of `examtrainer --smoke` against a bare PySide6 window, measured in one run.

Both are timed from the launch of the process (the parent passes the wall-clock time in
EXAMTRAINER_LAUNCH_EPOCH) to their first paint, interleaved over several rounds; the ratio
of the medians is printed last. The app opens its database and content in the background
after its first paint; the time until its first real screen (home) is shown too. The app
runs on a database and content prepared by one warm-up run, as on a learner's second start.
Usage: python bench/startup.py [--rounds 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

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


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(ms to first paint as the process reports it, ms for the whole process)."""
    env = {**env, "EXAMTRAINER_LAUNCH_EPOCH": repr(time.time())}
    start = time.perf_counter()
    result = subprocess.run(command, env=env, capture_output=True, text=True, cwd=ROOT)
    elapsed = (time.perf_counter() - start) * 1000
    if result.returncode != 0:
        raise SystemExit(f"{command} failed:\n{result.stderr}")
    return float(result.stdout.strip().splitlines()[-1]), elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["EXAMTRAINER_HOME"] = tempfile.mkdtemp(prefix="examtrainer-bench-")
    env.pop("EXAMTRAINER_DATABASE_URL", None)
    app_cmd = [sys.executable, "-m", "examtrainer", "--smoke"]
    bare_cmd = [sys.executable, "-c", BARE]
    first, _ = timed(app_cmd, env)  # creates the database and installs the bundled content
    app_paint: list[float] = []
    app_whole: list[float] = []
    bare_paint: list[float] = []
    bare_whole: list[float] = []
    for _ in range(args.rounds):
        paint, whole = timed(bare_cmd, env)
        bare_paint.append(paint)
        bare_whole.append(whole)
        paint, whole = timed(app_cmd, env)
        app_paint.append(paint)
        app_whole.append(whole)
    median = statistics.median
    print(f"first start of the app (new database, installs content): first paint {first:.0f} ms")
    print(
        f"bare PySide6 window: first paint median {median(bare_paint):.0f} ms, "
        f"whole process {median(bare_whole):.0f} ms ({args.rounds} runs)"
    )
    print(
        f"examtrainer --smoke: first paint median {median(app_paint):.0f} ms, whole process "
        f"(until the home screen is painted, then exit) {median(app_whole):.0f} ms"
    )
    print(f"ratio whole process examtrainer/bare: {median(app_whole) / median(bare_whole):.2f}")
    print(f"ratio first paint examtrainer/bare: {median(app_paint) / median(bare_paint):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
