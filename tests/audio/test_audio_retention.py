"""Old recordings are chosen for deletion by age alone, relative to a given "now"."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from examtrainer.audio.retention import (
    RecordingFile,
    expired_recordings,
    scan_recordings,
    select_expired,
)

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)


def aged(name: str, days: float) -> RecordingFile:
    return RecordingFile(Path(name), NOW - timedelta(days=days))


def test_select_expired_keeps_the_boundary_and_the_future() -> None:
    files = [
        aged("b.wav", 31),
        aged("exactly.wav", 30),
        aged("young.wav", 1),
        aged("future.wav", -2),
        aged("a.wav", 400),
    ]

    assert select_expired(files, 30, NOW) == [Path("a.wav"), Path("b.wav")]


def test_select_expired_with_fractional_days() -> None:
    assert select_expired([aged("x.wav", 0.6)], 0.5, NOW) == [Path("x.wav")]


@pytest.mark.parametrize("days", [0, -1])
def test_age_must_be_positive(days: float) -> None:
    with pytest.raises(ValueError):
        select_expired([], days, NOW)


def test_times_must_be_timezone_aware() -> None:
    with pytest.raises(ValueError):
        select_expired([], 30, NOW.replace(tzinfo=None))
    naive = RecordingFile(Path("x.wav"), datetime(2020, 1, 1))
    with pytest.raises(ValueError):
        select_expired([naive], 30, NOW)


def set_age(path: Path, days: float) -> Path:
    stamp = (NOW - timedelta(days=days)).timestamp()
    os.utime(path, (stamp, stamp))
    return path


def test_scan_and_expire_a_folder(tmp_path: Path) -> None:
    ages = {"old.wav": 45, "new.WAV": 2, ".crashed.wav.abc.part": 45, "notes.txt": 45}
    for name, days in ages.items():
        (tmp_path / name).write_bytes(b"x")
        set_age(tmp_path / name, days)
    (tmp_path / "sub.wav").mkdir()
    (tmp_path / "link.wav").symlink_to(tmp_path / "old.wav")

    scanned = {f.path.name for f in scan_recordings(tmp_path)}
    expired = expired_recordings(tmp_path, 30, NOW)

    assert scanned == {"old.wav", "new.WAV", ".crashed.wav.abc.part"}
    assert expired == sorted([tmp_path / "old.wav", tmp_path / ".crashed.wav.abc.part"])
    assert all(path.exists() for path in expired)  # selecting deletes nothing


def test_missing_folder_has_no_recordings(tmp_path: Path) -> None:
    assert expired_recordings(tmp_path / "nowhere", 30, NOW) == []
