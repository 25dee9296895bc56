"""Our own format, examtrainer-pack/1, as an import source: validated and written afresh."""

from __future__ import annotations

from pathlib import Path

from examtrainer.bank.exporter import write_pack
from examtrainer.bank.importers.builder import ID_PATTERN
from examtrainer.bank.importers.report import ConversionReport
from examtrainer.bank.loader import media_root, opened_pack_folder, read_pack_folder
from examtrainer.errors import PackInvalid, Problem


def convert_pack(source: Path, target: Path, *, pack_id: str | None = None) -> ConversionReport:
    """Validate the pack at ``source`` (folder or .zip) and write it at ``target``.

    Its problems are those of the loader; when there is any, nothing is written.
    Raises :class:`~examtrainer.errors.UnsafeArchive` for an unsafe zip.
    """
    report = ConversionReport("examtrainer_pack", source.name)
    with opened_pack_folder(source) as folder:
        try:
            pack = read_pack_folder(folder)
        except PackInvalid as error:
            report.problems.extend(error.problems)
            return report
        if pack_id is not None:
            if not ID_PATTERN.match(pack_id):
                report.problems.append(
                    Problem(source.name, "", "pack_id", f"'{pack_id}' is not valid")
                )
                return report
            pack = pack.model_copy(
                update={"manifest": pack.manifest.model_copy(update={"id": pack_id})}
            )
        if target.exists() and (not target.is_dir() or any(target.iterdir())):
            report.problems.append(
                Problem(source.name, "", "", "the folder to write the bank to is not empty")
            )
            return report
        write_pack(pack, target, media_root(folder, pack.manifest))
    return ConversionReport(
        "examtrainer_pack",
        source.name,
        items_converted=len(pack.items),
        bank_id=pack.manifest.id,
        identity=f"pack.yaml: {pack.manifest.id}",
    )
