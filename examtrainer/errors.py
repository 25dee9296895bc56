"""The exception family of examtrainer; the GUI turns each into a plain message for the learner."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar


class ExamtrainerError(Exception):
    """Base of every error the app expects and can explain. ``str(error)`` is plain Dutch."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a content file, named by file, item id and field.

    ``item`` is "" for problems of the pack as a whole (its manifest, a broken file).
    """

    file: str
    item: str
    field: str
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.item:
            where += f": item {self.item}"
        if self.field:
            where += f": {self.field}"
        return f"{where}: {self.message}"


class PackInvalid(ExamtrainerError):
    """A content pack (or imported file) has errors; nothing of it was imported."""

    def __init__(
        self, source: str, problems: list[Problem], not_mapped: list[Problem] | None = None
    ) -> None:
        self.source = source
        self.problems = problems
        self.not_mapped = list(not_mapped or [])  # what was left out (imports of foreign files)
        super().__init__(
            f"{source}: {len(problems)} probleem/problemen gevonden; er is niets ingelezen."
        )


class UnsafeArchive(ExamtrainerError):
    """A zip file tries to write outside its folder, holds links, or unpacks far too large."""


class UnknownFormat(ExamtrainerError):
    """A file whose format examtrainer cannot recognise or does not support."""


class StorageError(ExamtrainerError):
    """The database cannot be opened, upgraded or written (for example: the disk is full)."""


class DiskFull(StorageError):
    """The disk (or the user's quota, or the database's size limit) is full: what was being
    saved is not saved, and nothing half-written is left behind."""

    code: ClassVar[str] = "disk_full"  # the same code as the audio error of that name


class NewerDatabase(StorageError):
    """The database was made by a newer examtrainer: this version must not touch it."""


class DatabaseGone(StorageError):
    """The database file was deleted, replaced or emptied while the app was running."""

    def __init__(self) -> None:
        super().__init__(
            "Het bestand met uw antwoorden is weg of veranderd terwijl het programma open was. "
            "Uw laatste antwoord is niet bewaard. Sluit het programma en start het opnieuw. "
            "Dan kunt u een reservekopie terugzetten."
        )


class DatabaseDamaged(StorageError):
    """At start: the SQLite database cannot be used as it is (``reason``: missing, empty,
    damaged, foreign); ``backups``: the good ones, newest first (``backup_days``: their
    times as shown to the learner)."""

    REASONS = {
        "missing": "Het bestand met uw antwoorden is weg.",
        "empty": "Het bestand met uw antwoorden is leeg.",
        "damaged": "Het bestand met uw antwoorden is beschadigd.",
        "foreign": "Het bestand met uw antwoorden is geen bestand van dit programma.",
    }

    def __init__(self, reason: str, path: Path, backups: list[Path], newest: str = "") -> None:
        self.reason = reason
        self.path = path
        self.backups = backups
        if backups:
            advice = f"Er is een reservekopie van {newest}. U kunt die terugzetten."
        else:
            advice = (
                "Er is geen reservekopie. U kunt opnieuw beginnen; het oude bestand blijft bewaard."
            )
        super().__init__(f"{self.REASONS[reason]} {advice}")


class NotFound(ExamtrainerError):
    """A learner, bank, item or session that was asked for does not exist."""


class BankConflict(ExamtrainerError):
    """A bank would replace one of the other kind: a teacher's import may never retire a
    bundled bank's items, nor a bundled update a teacher's bank."""


class ExamOpenElsewhere(ExamtrainerError):
    """The exam is open in another window (on this computer or another one); it can be
    taken over, which stops the other window."""


class ExamTakenOver(StorageError):
    """Another window took this exam over: this window's answer was not stored and it
    cannot write to the exam any more."""
