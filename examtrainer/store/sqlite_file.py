"""The learner's SQLite file: noticed when it goes missing while the app runs, checked at
start, backed up every day, and restored from a backup on request.

Nothing here replaces a database silently. At start a file that is missing (while backups
show there was one), empty, damaged (``PRAGMA quick_check``) or not ours raises
:class:`DatabaseDamaged` with the good backups, newest first; the GUI and CLI then offer to
restore one or, when the user says so, to start again (the old file is kept aside, never
deleted). While the app runs, :class:`SqliteFileGuard` checks before each unit of work that
the file is still the one that was opened (same device and inode, a SQLite header), so an
answer is never "saved" into a deleted or replaced file.

Backups are written to a ``.partial`` file, checked and then renamed: a full disk leaves no
0-byte or half backup. ``DAILY_BACKUPS_KEPT`` daily backups are kept besides the ones made
before an upgrade.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from examtrainer.errors import DatabaseDamaged, DatabaseGone, StorageError
from examtrainer.paths import make_private, private_folder

SQLITE_HEADER = b"SQLite format 3\x00"
DAILY_BACKUPS_KEPT = 7
DAILY_PREFIX = "daily-"
PARTIAL_SUFFIX = ".partial"
_NO_SPACE = (28, 122)  # ENOSPC, EDQUOT
HEALTH_CHECK_TIMEOUT_S = 5.0  # waiting for another program that holds the file


def _day(backup: Path) -> str:
    moment = datetime.fromtimestamp(backup.stat().st_mtime)
    return moment.strftime("%d-%m-%Y %H:%M")


def _identity(path: Path) -> tuple[int, int]:
    info = path.stat()
    return info.st_dev, info.st_ino


def has_sqlite_header(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


class SqliteFileGuard:
    """Remembers which file was opened; :meth:`check` raises DatabaseGone when it changed.

    Costs one ``stat`` and a 16-byte read per unit of work (microseconds)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._identity: tuple[int, int] | None = None
        self.remember()

    def remember(self) -> None:
        """Take the file as it is now as the right one (after opening or a restore)."""
        try:
            self._identity = _identity(self.path) if self.path.stat().st_size else None
        except OSError:
            self._identity = None

    def check(self) -> None:
        if self._identity is None:
            self.remember()  # a new database: SQLite creates the file on first use
            return
        try:
            same = _identity(self.path) == self._identity
            size = self.path.stat().st_size
        except OSError:
            raise DatabaseGone() from None
        if not same or size < 100 or not has_sqlite_header(self.path):
            raise DatabaseGone()


def database_health(path: Path) -> str | None:
    """None when ``path`` is a sound SQLite database, else 'empty', 'damaged' or 'foreign'
    (not a SQLite file at all). The file must exist."""
    if path.stat().st_size == 0:
        return "empty"
    if not has_sqlite_header(path):
        return "foreign"
    try:
        connection = sqlite3.connect(
            f"file:{path}?mode=rw", uri=True, timeout=HEALTH_CHECK_TIMEOUT_S
        )
        try:
            result = connection.execute("PRAGMA quick_check").fetchone()
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        if "locked" in str(error) or "busy" in str(error) or "unable to open" in str(error):
            from examtrainer.store.db import explain

            raise StorageError(explain(error)) from error  # in use or unreadable: not damaged
        return "damaged"
    except sqlite3.DatabaseError:
        return "damaged"
    # A sound SQLite file without our tables is migrated in place, its own tables kept.
    return None if result and result[0] == "ok" else "damaged"


def good_backups(backups: Path) -> list[Path]:
    """Backups that pass the health check, newest first."""
    if not backups.is_dir():
        return []
    found = [
        p
        for p in backups.glob("*.sqlite3")
        if not p.name.startswith("damaged-") and p.stat().st_size > 0
    ]
    found.sort(key=lambda p: p.stat().st_mtime, reverse=True)
    return [p for p in found if database_health(p) is None]


def check_at_start(path: Path, backups: Path) -> None:
    """Raise DatabaseDamaged unless ``path`` is sound, or absent on a new installation
    (absent with backups present means it was lost)."""
    if not path.exists():
        existing = good_backups(backups)
        if existing:
            raise DatabaseDamaged("missing", path, existing, _day(existing[0]))
        return
    problem = database_health(path)
    if problem is not None:
        found = good_backups(backups)
        raise DatabaseDamaged(problem, path, found, _day(found[0]) if found else "")


def safe_copy(source: Path, target: Path) -> Path:
    """A consistent copy of the database ``source`` at ``target``, written to a .partial file
    and checked first: on a full disk (or any error) nothing is left behind."""
    partial = target.with_name(target.name + PARTIAL_SUFFIX)
    try:
        with sqlite3.connect(source) as origin, sqlite3.connect(partial) as copy:
            make_private(partial)
            origin.backup(copy)
        copy.close()
        origin.close()
        if partial.stat().st_size == 0 or database_health(partial) is not None:
            raise StorageError("De reservekopie is niet goed gelukt.")
        with partial.open("rb+") as handle:
            os.fsync(handle.fileno())
        partial.replace(target)
    except (OSError, sqlite3.Error) as error:
        partial.unlink(missing_ok=True)
        full = isinstance(error, OSError) and error.errno in _NO_SPACE
        full = full or "full" in str(error).lower()
        raise StorageError(
            "De schijf is vol. Er kon geen reservekopie worden gemaakt. Maak ruimte vrij en "
            "probeer het opnieuw."
            if full
            else f"Er kon geen reservekopie worden gemaakt: {error}"
        ) from error
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return target


def daily_backup(path: Path, backups: Path, today: date | None = None) -> Path | None:
    """Today's backup (made once a day), keeping the newest DAILY_BACKUPS_KEPT; None when
    there was nothing to back up or today's exists."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    today = today or datetime.now(UTC).date()
    private_folder(backups)
    target = backups / f"{DAILY_PREFIX}{today.isoformat()}.sqlite3"
    made = None
    if not target.exists():
        made = safe_copy(path, target)
    dailies = sorted(backups.glob(f"{DAILY_PREFIX}*.sqlite3"), reverse=True)
    for old in dailies[DAILY_BACKUPS_KEPT:]:
        old.unlink(missing_ok=True)
    return made


@dataclass(frozen=True)
class Restored:
    backup: Path
    kept_aside: Path | None  # the damaged file, kept (never deleted)


def _put_aside(path: Path, backups: Path) -> Path | None:
    if not path.exists():
        return None
    private_folder(backups)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    aside = backups / f"damaged-{stamp}.sqlite3"
    path.replace(aside)
    for suffix in ("-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists():
            side.replace(Path(f"{aside}{suffix}"))
    return aside


def restore_backup(path: Path, backup: Path, backups: Path) -> Restored:
    """Put ``backup`` back as the database at ``path``; the current file (if any) is kept in
    the backups folder as ``damaged-<time>.sqlite3``. Call it before the database is opened."""
    if database_health(backup) is not None:
        raise StorageError("Deze reservekopie is zelf beschadigd. Kies een andere.")
    staged = path.with_name(path.name + ".restoring")
    safe_copy(backup, staged)
    aside = _put_aside(path, backups)
    staged.replace(path)
    make_private(path)
    return Restored(backup, aside)


def start_again(path: Path, backups: Path) -> Path | None:
    """The user chose to start with a new, empty database: the old file is kept aside."""
    return _put_aside(path, backups)
