"""Use case: import a teacher's file (any supported format) as an item bank, all or nothing.

Every format is first converted into a pack folder in a staging area, validated by the one
loader, then installed in one transaction. The preview step shows what will be imported and
every problem, each with its place in the file, before anything is installed.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from examtrainer.bank.exporter import write_pack
from examtrainer.bank.importers import ConversionReport, convert, detect_format
from examtrainer.bank.importers.messages import Translate, dutch, dutch_problem, localise
from examtrainer.bank.loader import read_pack_folder
from examtrainer.bank.model import Pack
from examtrainer.errors import BankConflict, ExamtrainerError, NotFound, PackInvalid, Problem
from examtrainer.paths import AppPaths
from examtrainer.services.banks import install_pack_folder
from examtrainer.store.records import BankInfo
from examtrainer.store.repositories import Store

REPLACE = "replace"
KEEP_BOTH = "keep_both"


@dataclass(frozen=True)
class BankDiff:
    """What importing a bank again changes in the installed one with the same id.

    ``answered`` counts the answers learners gave to the changed and removed items; they
    stay in the history either way (removed items are retired, not deleted).
    """

    new: list[str]
    changed: list[str]
    removed: list[str]
    unchanged: int
    answered: int

    @property
    def any(self) -> bool:
        return bool(self.new or self.changed or self.removed)


def compare(store: Store, pack: Pack) -> BankDiff | None:
    """The difference between ``pack`` and the installed bank with its id (None: no such)."""
    try:
        store.banks.get(pack.manifest.id)
    except NotFound:
        return None
    stored = {entry.key: entry for entry in store.banks.contents(pack.manifest.id)}
    active = {key for key, entry in stored.items() if not entry.retired}
    new, changed = [], []
    unchanged = 0
    for item in pack.items:
        entry = stored.get(item.id)
        if entry is None or entry.retired:
            new.append(item.id)
        elif entry.data != item.model_dump(mode="json"):
            changed.append(item.id)
        else:
            unchanged += 1
    ids = {item.id for item in pack.items}
    removed = sorted(active - ids)
    answered = sum(stored[key].answers for key in [*changed, *removed])
    return BankDiff(new, changed, removed, unchanged, answered)


@dataclass
class ImportPreview:
    """What an import would do. ``folder`` is the converted pack (None when refused);
    call :meth:`discard` when done with a preview that is not installed.

    ``existing`` is the installed bank with the same id, and ``diff`` what installing
    would change in it (both None for a new bank); then the teacher chooses to replace it
    or keep both. ``bundled_clash``: the existing bank is a bundled one (or the import
    would be replaced by one), so replacing is not possible, only keeping both.
    """

    source: Path
    format: str
    report: ConversionReport
    pack: Pack | None
    folder: Path | None
    problems: list[Problem] = field(default_factory=list)
    existing: BankInfo | None = None
    diff: BankDiff | None = None
    # The messages as the importers wrote them (English, no staging paths): the GUI shows
    # them in the teacher's language through :meth:`localised`; ``problems`` and the
    # report's ``not_mapped`` and ``notes`` hold them in Dutch.
    original_problems: list[Problem] = field(default_factory=list)
    original_not_mapped: list[Problem] = field(default_factory=list)
    original_notes: list[str] = field(default_factory=list)

    def localised(self, translate: Translate) -> tuple[list[Problem], list[Problem], list[str]]:
        """(problems, not mapped, notes) in the language ``translate`` gives the Dutch
        templates of the importers' catalogue in (see bank/importers/messages.py)."""
        return (
            [dutch_problem(p, translate) for p in self.original_problems],
            [dutch_problem(p, translate) for p in self.original_not_mapped],
            [localise(note, translate) for note in self.original_notes],
        )

    @property
    def ok(self) -> bool:
        return self.pack is not None and not self.problems

    @property
    def bank_id(self) -> str:
        return self.pack.manifest.id if self.pack is not None else self.report.bank_id

    @property
    def bundled_clash(self) -> bool:
        return self.existing is not None and self.existing.bundled

    @property
    def not_mapped(self) -> list[Problem]:
        return self.report.not_mapped

    def discard(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder.parent, ignore_errors=True)
            self.folder = None


@dataclass(frozen=True)
class ImportResult:
    """An installed import: the bank, and what was left out (``not_mapped``) or should be
    known (``notes``, such as defaults filled in)."""

    bank: BankInfo
    format: str
    notes: list[str]
    not_mapped: list[Problem] = field(default_factory=list)


STAGING_PREFIX = "examtrainer-import-"
# Temporary folders of imports and exports (ours: bank/ and services/ make them).
TEMPORARY_PREFIXES = (
    STAGING_PREFIX,
    "examtrainer-pack-",
    "examtrainer-qti-",
    "examtrainer-export-",
    "examtrainer-voice-",
)
STALE_AFTER_SECONDS = 3600.0  # untouched this long: no running import of ours uses it


def sweep_temporary_folders(
    root: Path | None = None, now: float | None = None, older_than: float = STALE_AFTER_SECONDS
) -> list[Path]:
    """Remove temporary folders an import that was killed left behind (before: 424 MB after
    one kill). Only this user's, and only ones untouched for ``older_than`` seconds, so an
    import running in another window is left alone. Returns what was removed."""
    import os
    import time

    root = root or Path(tempfile.gettempdir())
    now = time.time() if now is None else now
    removed: list[Path] = []
    try:
        entries = list(root.iterdir())
    except OSError:
        return removed
    for entry in entries:
        try:
            info = entry.lstat()
        except OSError:
            continue
        if (
            entry.name.startswith(TEMPORARY_PREFIXES)
            and entry.is_dir()
            and not entry.is_symlink()
            and (os.name != "posix" or info.st_uid == os.getuid())
            and now - info.st_mtime > older_than
        ):
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    return removed


def preview_import(
    source: Path, staging: Path | None = None, store: Store | None = None
) -> ImportPreview:
    """Convert ``source`` into a pack in a staging folder and validate it; installs nothing.

    With ``store``, the preview also says whether a bank with the same id is installed and
    what would change in it (:class:`BankDiff`)."""
    fmt = detect_format(source)
    work = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=staging))
    target = work / "pack"
    try:
        report = convert(source, target, fmt=fmt)
        problems = list(report.problems)
        pack: Pack | None = None
        if not problems:
            try:
                pack = read_pack_folder(target)
            except PackInvalid as error:
                problems.extend(error.problems)
    except BaseException:
        # A refused file (a zip bomb, a broken archive) leaves no staging folder behind.
        shutil.rmtree(work, ignore_errors=True)
        raise
    # Messages never show the staging folder (it is ours, not the teacher's); they are kept
    # as the importers wrote them (for the GUI's translation) and in Dutch (for the CLI),
    # through the importers' catalogue (bank/importers/messages.py).
    original_problems = [_without(p, work) for p in problems]
    original_not_mapped = [_without(p, work) for p in report.not_mapped]
    original_notes = [_without_text(note, work) for note in report.notes]
    problems = [dutch_problem(p) for p in original_problems]
    report.not_mapped[:] = [dutch_problem(p) for p in original_not_mapped]
    report.notes[:] = [dutch(note) for note in original_notes]
    if problems:
        shutil.rmtree(work, ignore_errors=True)
        pack = None
    preview = ImportPreview(
        source,
        fmt,
        report,
        pack,
        None if problems else target,
        problems,
        original_problems=original_problems,
        original_not_mapped=original_not_mapped,
        original_notes=original_notes,
    )
    if problems:
        return preview
    if store is not None and pack is not None:
        try:
            preview.existing = store.banks.get(pack.manifest.id)
        except NotFound:
            preview.existing = None
        preview.diff = compare(store, pack) if preview.existing is not None else None
    return preview


def _without(problem: Problem, folder: Path) -> Problem:
    """``problem`` with the path of ``folder`` (and its pack inside) taken out."""
    return Problem(
        _without_text(problem.file, folder),
        problem.item,
        problem.field,
        _without_text(problem.message, folder),
    )


def _without_text(text: str, folder: Path) -> str:
    for path in (str(folder / "pack") + "/", str(folder / "pack"), str(folder) + "/", str(folder)):
        text = text.replace(path, "")
    return text


def free_bank_id(store: Store, wanted: str) -> str:
    """``wanted`` with ``-2``, ``-3``, … appended until no installed bank has it."""
    taken = {bank.id for bank in store.banks.all()}
    number = 2
    while f"{wanted}-{number}" in taken:
        number += 1
    return f"{wanted}-{number}"


def install_preview(
    store: Store, paths: AppPaths, preview: ImportPreview, choice: str = REPLACE
) -> ImportResult:
    """Install a previewed import (one transaction); the staging folder is removed after.

    ``choice`` matters when a bank with the same id is installed: :data:`REPLACE` updates
    it (new items added, changed ones updated, missing ones retired; answers stay),
    :data:`KEEP_BOTH` installs this one beside it under a new id. A bundled bank is never
    replaced by a teacher's file: that raises :class:`BankConflict`.
    """
    if not preview.ok or preview.folder is None or preview.pack is None:
        raise PackInvalid(preview.source.name, preview.problems, preview.not_mapped)
    if choice not in (REPLACE, KEEP_BOTH):
        raise ValueError(f"unknown choice {choice!r}")
    try:
        folder = preview.folder
        if choice == KEEP_BOTH:
            new_id = free_bank_id(store, preview.pack.manifest.id)
            manifest = preview.pack.manifest.model_copy(update={"id": new_id})
            renamed = preview.pack.model_copy(update={"manifest": manifest})
            folder = preview.folder.parent / "pack-kept"
            write_pack(renamed, folder, preview.folder)
        elif preview.bundled_clash:
            raise BankConflict(
                f"'{preview.pack.manifest.id}' is een meegeleverde itembank; "
                "die kan niet worden vervangen. Kies 'Beide bewaren'."
            )
        bank = install_pack_folder(store, paths.installed_packs, folder)
    finally:
        preview.discard()
    return ImportResult(
        bank=bank,
        format=preview.format,
        notes=list(preview.report.notes),
        not_mapped=list(preview.report.not_mapped),
    )


def import_bank(
    store: Store, paths: AppPaths, source: Path, choice: str | None = None
) -> ImportResult:
    """Detect the format of ``source``, convert, validate and install it; raises PackInvalid
    listing every problem (and installs nothing) when the file has any.

    When a bank with the same id is installed, ``choice`` (:data:`REPLACE` or
    :data:`KEEP_BOTH`) must say what to do, else :class:`BankExists` is raised with the
    difference; over a bundled bank only KEEP_BOTH is possible.
    """
    preview = preview_import(source, store=store)
    if preview.ok and preview.existing is not None and choice is None:
        preview.discard()
        raise BankExists(preview)
    return install_preview(store, paths, preview, choice or REPLACE)


class BankExists(ExamtrainerError):
    """Importing a bank whose id is installed already; ``preview.diff`` says what changes."""

    def __init__(self, preview: ImportPreview) -> None:
        self.preview = preview
        super().__init__(
            f"Er is al een itembank met code '{preview.bank_id}'. Kies: vervangen of beide bewaren."
        )


@dataclass(frozen=True)
class Removal:
    """What removing a bank does: ``deleted`` when nobody answered its items (the bank is
    gone); otherwise its items are retired and the ``answers`` stay in the history."""

    bank_id: str
    answers: int
    deleted: bool


def removal_effect(store: Store, bank_id: str) -> Removal:
    """What :func:`remove_bank` would do, to tell the teacher before asking."""
    bank = store.banks.get(bank_id)
    if bank.bundled:
        raise BankConflict(f"'{bank_id}' is een meegeleverde itembank; die kan niet weg.")
    answers = sum(entry.answers for entry in store.banks.contents(bank_id))
    return Removal(bank_id, answers, deleted=answers == 0)


def remove_bank(store: Store, paths: AppPaths, bank_id: str) -> Removal:
    """Remove a teacher's bank: learners get its questions no more. Without answers the
    bank and its installed files are deleted; with answers its items are retired, so the
    answers stay in every learner's history. Bundled banks cannot be removed."""
    effect = removal_effect(store, bank_id)
    if effect.deleted:
        store.banks.remove(bank_id)
        folder = paths.installed_packs / bank_id
        if folder.is_dir() and folder.resolve().is_relative_to(paths.installed_packs.resolve()):
            shutil.rmtree(folder, ignore_errors=True)
    else:
        store.banks.retire_all(bank_id)
    return effect
