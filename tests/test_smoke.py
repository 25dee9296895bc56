"""The real app, started as a process: ``python -m examtrainer --smoke`` reaches its first
screen, prints the start-up time in ms on its last line and exits 0."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 120


def smoke(home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("EXAMTRAINER_")  # no database URL or site config leaks in
    }
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "EXAMTRAINER_HOME": str(home),
            "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")])),
        }
    )
    return subprocess.run(
        [sys.executable, "-m", "examtrainer", "--smoke"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=TIMEOUT,
        check=False,
    )


def assert_started(result: subprocess.CompletedProcess[str]) -> int:
    assert result.returncode == 0, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    last = result.stdout.strip().splitlines()[-1]
    assert last.isdigit(), f"last line is not a number of ms: {last!r}"
    return int(last)


@pytest.mark.slow
def test_smoke_starts_twice_on_the_same_home(tmp_path: Path) -> None:
    home = tmp_path / "home"

    assert_started(smoke(home))  # first start: creates the database, installs the content
    database = home / "data" / "examtrainer.sqlite3"
    assert database.is_file()
    assert (home / "logs" / "examtrainer.log").is_file()

    assert_started(smoke(home))  # second start: on the existing database
    backups = home / "data" / "backups"
    assert not backups.exists() or list(backups.iterdir()) == []  # nothing upgraded: no backup


@pytest.mark.slow
def test_smoke_with_a_broken_site_config_exits_with_a_plain_message(tmp_path: Path) -> None:
    home = tmp_path / "home"
    (home / "site").mkdir(parents=True)
    (home / "site" / "site.toml").write_text("practice_minutes = [\n", encoding="utf-8")

    result = smoke(home)

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    (message,) = [line for line in result.stderr.splitlines() if line.startswith("examtrainer:")]
    assert "site.toml" in message
