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

from examtrainer.bank.importers import ConversionReport, convert, detect_format
from examtrainer.bank.loader import read_pack_folder
from examtrainer.bank.model import Pack
from examtrainer.errors import PackInvalid, Problem
from examtrainer.paths import AppPaths
from examtrainer.services.banks import install_pack_folder
from examtrainer.store.records import BankInfo
from examtrainer.store.repositories import Store


@dataclass
class ImportPreview:
    """What an import would do. ``folder`` is the converted pack (None when refused);
    call :meth:`discard` when done with a preview that is not installed."""

    source: Path
    format: str
    report: ConversionReport
    pack: Pack | None
    folder: Path | None
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.pack is not None and not self.problems

    @property
    def not_mapped(self) -> list[Problem]:
        return self.report.not_mapped

    def discard(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder.parent, ignore_errors=True)
            self.folder = None


@dataclass(frozen=True)
class ImportResult:
    bank: BankInfo
    format: str
    notes: list[str]


def preview_import(source: Path, staging: Path | None = None) -> ImportPreview:
    """Convert ``source`` into a pack in a staging folder and validate it; installs nothing."""
    fmt = detect_format(source)
    work = Path(tempfile.mkdtemp(prefix="examtrainer-import-", dir=staging))
    target = work / "pack"
    report = convert(source, target, fmt=fmt)
    problems = list(report.problems)
    pack: Pack | None = None
    if not problems:
        try:
            pack = read_pack_folder(target)
        except PackInvalid as error:
            problems.extend(error.problems)
    if problems:
        shutil.rmtree(work, ignore_errors=True)
        return ImportPreview(source, fmt, report, None, None, problems)
    return ImportPreview(source, fmt, report, pack, target, problems)


def install_preview(store: Store, paths: AppPaths, preview: ImportPreview) -> ImportResult:
    """Install a previewed import (one transaction); the staging folder is removed after."""
    if not preview.ok or preview.folder is None:
        raise PackInvalid(str(preview.source), preview.problems)
    try:
        bank = install_pack_folder(store, paths.installed_packs, preview.folder)
    finally:
        preview.discard()
    notes = [str(p) for p in preview.report.not_mapped] + list(preview.report.notes)
    return ImportResult(bank=bank, format=preview.format, notes=notes)


def import_bank(store: Store, paths: AppPaths, source: Path) -> ImportResult:
    """Detect the format of ``source``, convert, validate and install it; raises PackInvalid
    listing every problem (and installs nothing) when the file has any."""
    return install_preview(store, paths, preview_import(source))
