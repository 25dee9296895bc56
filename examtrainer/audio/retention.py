"""Which recordings are old enough to delete, decided purely from their ages and a given "now";
and deleting a recording whose answer could not be stored."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Final

from examtrainer.audio.wav import PARTIAL_SUFFIX

log = logging.getLogger(__name__)

RECORDING_SUFFIXES: Final = (".wav", PARTIAL_SUFFIX)
"""Files a retention sweep may delete: recordings and temporary files left by a crash."""


@dataclass(frozen=True)
class RecordingFile:
    """A file in the recordings folder and its last-modified time (timezone-aware)."""

    path: Path
    modified: datetime


def select_expired(
    files: Iterable[RecordingFile], max_age_days: float, now: datetime
) -> list[Path]:
    """Return, sorted, the paths of ``files`` older than ``max_age_days`` days at ``now``.

    Pure: touches no disk. A file exactly ``max_age_days`` old is kept. ``now`` and every
    ``modified`` must be timezone-aware (``ValueError`` otherwise, as must be a
    ``max_age_days`` that is not positive). Files "from the future" (clock changes) are kept.
    """
    if max_age_days <= 0:
        raise ValueError(f"max_age_days must be positive, not {max_age_days}")
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    oldest_kept = now - timedelta(days=max_age_days)
    expired = []
    for file in files:
        if file.modified.tzinfo is None:
            raise ValueError(f"{file.path}: modified time must be timezone-aware")
        if file.modified < oldest_kept:
            expired.append(file.path)
    return sorted(expired)


def scan_recordings(folder: Path) -> list[RecordingFile]:
    """List the recordings (and partial recordings) directly in ``folder`` with their times.

    Only regular files with a suffix in ``RECORDING_SUFFIXES``; symbolic links and
    subfolders are ignored. A missing folder has no recordings.
    """
    found = []
    try:
        entries = list(Path(folder).iterdir())
    except FileNotFoundError:
        return []
    for entry in entries:
        if entry.is_symlink() or not entry.is_file():
            continue
        if not entry.name.lower().endswith(RECORDING_SUFFIXES):
            continue
        modified = datetime.fromtimestamp(entry.stat().st_mtime, tz=UTC)
        found.append(RecordingFile(entry, modified))
    return found


def expired_recordings(folder: Path, max_age_days: float, now: datetime) -> list[Path]:
    """The recordings in ``folder`` to delete at ``now`` (``scan_recordings`` then filter)."""
    return select_expired(scan_recordings(folder), max_age_days, now)


def discard_recording(path: Path) -> None:
    """Delete a recording whose answer could not be stored; a failure is logged, not raised."""
    try:
        path.unlink(missing_ok=True)
    except OSError as error:
        log.warning("could not delete the unsaved recording %s: %s", path, error)
