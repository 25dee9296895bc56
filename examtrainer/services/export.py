"""Use cases: export results for a spreadsheet (CSV, XLSX) and an installed bank as a pack.

Qt-free, shared by teacher mode and ``examtrainer results export`` / ``bank export``.

CSV is written the way Dutch Excel opens it with a double click: ``;`` between fields,
decimal comma, UTF-8 with a byte order mark. XLSX holds two sheets: ``Overzicht`` (one
row per learner and skill, as the CSV) and ``Antwoorden`` (every answer).

Names come from learners and teachers, so a text that a spreadsheet would run as a formula
(it begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return; OWASP "CSV
injection") is neutralised: in CSV it gets a leading ``'``, in XLSX it is stored as text with
Excel's own "quote prefix" mark, so it shows as typed and stays text even when edited.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from examtrainer.bank.exporter import write_pack
from examtrainer.errors import NotFound
from examtrainer.store.repositories import Store
from examtrainer.store.teaching import SKILLS, ClassProgress, Teaching, aware

FORMATS = ("csv", "xlsx")

SKILL_NAMES = {"reading": "lezen", "listening": "luisteren", "speaking": "spreken"}

SUMMARY_HEADER = (
    "Leerling-ID",
    "Naam",
    "Groep",
    "Vaardigheid",
    "Niveau",
    "Kans geslaagd A2 (%)",
    "Kans geslaagd B1 (%)",
    "Vragen gemaakt",
    "Goed",
    "Nog te beoordelen",
    "Percentage goed",
    "Minuten geoefend",
    "Laatste activiteit",
)
ANSWERS_HEADER = (
    "Leerling-ID",
    "Naam",
    "Vaardigheid",
    "Niveau vraag",
    "Vraag",
    "Itembank",
    "Sessie",
    "Soort sessie",
    "Goed",
    "Seconden",
    "Datum",
)


def _one_decimal(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def _local(moment: datetime | None) -> datetime | None:
    """A stored (UTC) time in the PC's local time, without zone: spreadsheets want that."""
    moment = aware(moment)
    return moment.astimezone().replace(tzinfo=None) if moment is not None else None


def summary_rows(progress: ClassProgress) -> list[tuple[Any, ...]]:
    """One row per learner and skill (numbers as numbers, times local), SUMMARY_HEADER order."""
    rows = []
    for learner in progress.learners:
        for skill in SKILLS:
            s = learner.skills[skill]
            a2, b1 = s.readiness("A2"), s.readiness("B1")
            rows.append(
                (
                    learner.learner.id,
                    learner.learner.name,
                    learner.group_name,
                    SKILL_NAMES[skill],
                    s.level or "",
                    _one_decimal(100 * a2) if a2 is not None else None,
                    _one_decimal(100 * b1) if b1 is not None else None,
                    s.answered,
                    s.correct,
                    s.to_rate,
                    _one_decimal(s.percent_correct),
                    _one_decimal(s.seconds / 60),
                    _local(s.last_activity),
                )
            )
    return rows


def answer_rows(store: Store, progress: ClassProgress) -> list[tuple[Any, ...]]:
    """Every answer of the learners in ``progress``, oldest first, ANSWERS_HEADER order."""
    rows = []
    for learner in progress.learners:
        responses = store.responses.of_learner(learner.learner.id)
        if not responses:
            continue
        items = {s.id: s for s in store.items.by_ids(sorted({r.item_id for r in responses}))}
        kinds = {s.id: s.kind for s in store.sessions.of_learner(learner.learner.id)}
        for r in responses:
            item = items[r.item_id]
            rows.append(
                (
                    learner.learner.id,
                    learner.learner.name,
                    SKILL_NAMES.get(item.item.skill.value, item.item.skill.value),
                    item.item.level.value,
                    r.item_key,
                    item.bank_id,
                    r.session_id,
                    kinds.get(r.session_id, ""),
                    {True: "ja", False: "nee", None: "nog niet beoordeeld"}[r.correct],
                    _one_decimal(r.seconds),
                    _local(r.answered_at),
                )
            )
    return rows


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(text: str) -> bool:
    """True for a text a spreadsheet could take as a formula (OWASP's list of first chars)."""
    return text.startswith(FORMULA_STARTS)


def _text_cell(value: Any) -> str:
    """A cell as shown to the teacher: numbers with a decimal comma, dates dd-mm-yyyy."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}".replace(".", ",")
    if isinstance(value, datetime):
        return value.strftime("%d-%m-%Y %H:%M")
    return str(value)


def _csv_cell(value: Any) -> str:
    text = _text_cell(value)
    if isinstance(value, str) and looks_like_formula(text):
        return "'" + text
    return text


def write_csv(rows: Sequence[Sequence[Any]], path: Path, header: Sequence[str]) -> Path:
    """CSV for Dutch Excel: ``;``, decimal comma, dates dd-mm-yyyy, UTF-8 with BOM."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows([_csv_cell(v) for v in row] for row in rows)
    return path


def write_xlsx(
    sheets: Sequence[tuple[str, Sequence[str], Sequence[Sequence[Any]]]], path: Path
) -> Path:
    """A workbook with one sheet per (title, header, rows); real numbers and dates."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, header, rows in sheets:
        sheet = workbook.create_sheet(title)
        sheet.append(list(header))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(list(row))
        sheet.freeze_panes = "A2"
        for index, name in enumerate(header, start=1):
            width = max([len(name), *(len(_text_cell(r[index - 1])) for r in rows)])
            sheet.column_dimensions[sheet.cell(1, index).column_letter].width = min(40, width + 2)
        for row_cells in sheet.iter_rows(min_row=2):
            for cell in row_cells:
                if isinstance(cell.value, datetime):
                    cell.number_format = "dd-mm-yyyy hh:mm"
                elif isinstance(cell.value, str) and looks_like_formula(cell.value):
                    cell.data_type = "s"  # openpyxl made it a formula ("f")
                    cell.quotePrefix = True
    path.parent.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


def export_results(
    store: Store,
    path: Path,
    fmt: str | None = None,
    *,
    learner_id: int | None = None,
    group_id: int | None = None,
) -> Path:
    """Write the results of one learner, one group, or (neither given) every active learner.

    ``fmt`` is ``csv`` or ``xlsx``; by default taken from the file's extension.
    """
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
    teaching = Teaching(store)
    if learner_id is not None:
        store.learners.get(learner_id)  # NotFound for a wrong id
        progress = teaching.class_progress(learner_ids=[learner_id])
    else:
        if group_id is not None and group_id not in {g.id for g in store.learners.groups()}:
            raise NotFound(f"Groep {group_id} bestaat niet.")
        progress = teaching.class_progress(group_id)
    summary = summary_rows(progress)
    if fmt == "csv":
        return write_csv(summary, path, SUMMARY_HEADER)
    return write_xlsx(
        [
            ("Overzicht", SUMMARY_HEADER, summary),
            ("Antwoorden", ANSWERS_HEADER, answer_rows(store, progress)),
        ],
        path,
    )


def export_bank(store: Store, bank_id: str, target: Path) -> Path:
    """Write an installed bank (active items, media included) as a pack folder or ``.zip``."""
    pack, media = Teaching(store).bank_pack(bank_id)
    return write_pack(pack, target, media_source=media)


def export_bank_as(store: Store, bank_id: str, target: Path, kind: str) -> Path:
    """Write an installed bank for another system: ``kind`` 'moodle' (Moodle XML, one
    .xml file with its pictures and sounds embedded) or 'qti' (a QTI 3.0 content package,
    a .zip). Questions the format cannot hold (spoken answers) are left out; see
    ``docs/importing.md``."""
    from examtrainer.bank.foreign_export import write_moodle_xml, write_qti_package

    pack, media = Teaching(store).bank_pack(bank_id)
    if kind == "moodle":
        return write_moodle_xml(pack, target, media).path
    if kind == "qti":
        return write_qti_package(pack, target, media).path
    raise ValueError(f"unknown export kind {kind!r}")
