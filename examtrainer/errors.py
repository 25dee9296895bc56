"""The exception family of examtrainer; the GUI turns each into a plain message for the learner."""

from __future__ import annotations

from dataclasses import dataclass
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


class NotFound(ExamtrainerError):
    """A learner, bank, item or session that was asked for does not exist."""


class BankConflict(ExamtrainerError):
    """A bank would replace one of the other kind: a teacher's import may never retire a
    bundled bank's items, nor a bundled update a teacher's bank."""
