"""The spreadsheet template (XLSX or CSV): one row per question, filled in by teachers.

The columns are described in ``docs/importing.md``; header names are accepted in English or
Dutch, in any case. Because teachers fill this template in for examtrainer, every mistake
is a problem that refuses the import, named by file (and sheet), row number and column.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from examtrainer.bank.importers.builder import (
    ID_PATTERN,
    Entry,
    Origin,
    PackBuilder,
    dutch_theme_names,
    slug,
    theme_of,
)
from examtrainer.bank.importers.report import ConversionReport
from examtrainer.bank.model import RECORDED_TYPES, ItemType, Level, Skill
from examtrainer.errors import UnsafeArchive

LETTERS = "ABCDE"
OPTION_KEYS = tuple(f"option_{letter.lower()}" for letter in LETTERS)

COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "nummer", "code"),
    "skill": ("skill", "vaardigheid"),
    "level": ("level", "niveau"),
    "type": ("type", "vraagtype", "soort"),
    "text_id": ("text_id", "tekst_id", "textid", "tekstid"),
    "text_title": ("text_title", "tekst_titel", "titel"),
    "text": ("text", "tekst"),
    "question": ("question", "vraag"),
    **{
        key: (key, f"optie_{key[-1]}", f"keuze_{key[-1]}", f"antwoord_{key[-1]}")
        for key in OPTION_KEYS
    },
    "answer": ("answer", "antwoord", "goed_antwoord", "juiste_antwoord", "sleutel"),
    "feedback": ("feedback", "uitleg", "toelichting"),
    "theme": ("theme", "themes", "thema", "themas", "thema_s"),
    "audio": ("audio", "geluid", "geluidsbestand"),
    "image": ("image", "afbeelding", "plaatje", "foto"),
    "model_answer": ("model_answer", "modelantwoord", "voorbeeldantwoord", "voorbeeld_antwoord"),
    "answer_seconds": ("answer_seconds", "antwoordtijd", "spreektijd", "seconden"),
}
_HEADER_TO_KEY = {alias: key for key, aliases in COLUMN_ALIASES.items() for alias in aliases}

SKILL_ALIASES = {
    **{skill.value: skill for skill in Skill},
    "lezen": Skill.READING,
    "luisteren": Skill.LISTENING,
    "spreken": Skill.SPEAKING,
    "schrijven": Skill.WRITING,
}
TYPE_ALIASES = {
    **{item_type.value: item_type for item_type in ItemType},
    "meerkeuze": ItemType.MULTIPLE_CHOICE,
    "meerdere_antwoorden": ItemType.MULTIPLE_RESPONSE,
    "meer_antwoorden": ItemType.MULTIPLE_RESPONSE,
    "juist_onjuist": ItemType.TRUE_FALSE,
    "goed_fout": ItemType.TRUE_FALSE,
    "kort_antwoord": ItemType.SHORT_ANSWER,
    "invullen": ItemType.SHORT_ANSWER,
    "koppelen": ItemType.MATCHING,
    "reactie_kiezen": ItemType.CHOOSE_REACTION,
    "spreken_kort": ItemType.SPEAKING_SHORT,
    "spreken_middel": ItemType.SPEAKING_MEDIUM,
    "spreken_lang": ItemType.SPEAKING_MEDIUM,
    "schrijven": ItemType.WRITING,
}
TRUE_WORDS = frozenset({"juist", "j", "waar", "goed", "ja", "true", "t", "waar."})
FALSE_WORDS = frozenset({"onjuist", "o", "niet waar", "fout", "nee", "false", "f", "onwaar"})
PAIR_SEPARATOR = re.compile(r"\s*(?:->|=>|→|=)\s*")


def normalise_name(name: str) -> str:
    """A header or value as a key: lower case, spaces, dashes and quotes as '_'."""
    return re.sub(r"[\s\-'’]+", "_", name.strip().lower()).strip("_")


@dataclass
class Row:
    """One row of a sheet: its number as the spreadsheet shows it, and cells by column key."""

    file: str  # file name with the sheet, for reports
    number: int
    cells: dict[str, str]
    headers: dict[str, str]  # column key -> header as written in the sheet

    @property
    def where(self) -> str:
        return f"{self.file} row {self.number}"

    def get(self, key: str) -> str:
        return self.cells.get(key, "")

    def header(self, key: str) -> str:
        return self.headers.get(key, key)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value).strip()


def _rows_of_table(label: str, table: Iterable[Iterable[Any]], builder: PackBuilder) -> list[Row]:
    """Rows of one table whose first non-empty row is the header; [] and a note if it isn't."""
    headers: dict[int, str] = {}
    names: dict[str, str] = {}
    rows: list[Row] = []
    for number, raw in enumerate(table, start=1):
        values = [_cell_text(value) for value in raw]
        if not headers:
            if not any(values):
                continue
            unknown = []
            for index, name in enumerate(values):
                key = _HEADER_TO_KEY.get(normalise_name(name))
                if key is None:
                    if name:
                        unknown.append(name)
                    continue
                if key in names:
                    builder.problem(label, "", name, f"column '{names[key]}' appears twice")
                headers[index] = key
                names[key] = name
            if "question" not in names:
                builder.note(f"{label}: skipped, its first row has no 'question' (vraag) column")
                return []
            if unknown:
                builder.note(f"{label}: columns not used: {', '.join(unknown)}")
            continue
        cells = {key: values[index] for index, key in headers.items() if index < len(values)}
        if any(cells.values()):
            rows.append(Row(label, number, cells, names))
    return rows


# An XLSX workbook is a zip: its unpacked size and compression ratios are checked before
# openpyxl reads it (a 1-3 MB file could make it use 1.1-3.7 GB of memory).
MAX_XLSX_UNPACKED_BYTES = 100 * 1024 * 1024


def read_xlsx(path: Path, builder: PackBuilder) -> list[Row]:
    import zipfile

    from openpyxl import load_workbook

    from examtrainer.bank.archive import check_archive

    try:
        with zipfile.ZipFile(path) as archive:
            check_archive(archive, path.name, MAX_XLSX_UNPACKED_BYTES)
    except zipfile.BadZipFile:
        pass  # openpyxl says what is wrong below
    except UnsafeArchive as error:
        builder.problem(path.name, "", "", str(error))
        return []
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a broken file
        builder.problem(path.name, "", "", f"cannot read the workbook: {error}")
        return []
    rows: list[Row] = []
    try:
        for sheet in workbook.worksheets:
            label = f"{path.name} [{sheet.title}]"
            rows += _rows_of_table(label, sheet.iter_rows(values_only=True), builder)
    finally:
        workbook.close()
    return rows


def decode_csv(data: bytes, name: str, builder: PackBuilder) -> str:
    """CSV (or GIFT) bytes as text: UTF-16 with its byte order mark (Excel's "Unicode
    text", Notepad's "Unicode"), UTF-8 with or without BOM, else Windows-1252 (old Excel)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            builder.note(f"{name}: UTF-16 with broken characters; they were replaced")
            return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        builder.note(f"{name}: not UTF-8, read as Windows-1252 (cp1252)")
        return data.decode("cp1252", errors="replace")


def sniff_delimiter(text: str) -> str:
    """The separator of the header line: ';', ',' or a tab, whichever it has most of."""
    first = text.split("\n", 1)[0]
    counts = {sep: first.count(sep) for sep in (";", ",", "\t")}
    return max(counts, key=lambda sep: counts[sep]) if any(counts.values()) else ","


def read_csv(path: Path, builder: PackBuilder) -> list[Row]:
    text = decode_csv(path.read_bytes(), path.name, builder)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sniff_delimiter(text))
    try:
        return _rows_of_table(path.name, list(reader), builder)
    except csv.Error as error:
        builder.problem(path.name, "", "", f"cannot read the CSV: {error}")
        return []


class _RowConverter:
    """Turns rows into entries; each mistake becomes a problem naming row and column."""

    def __init__(self, builder: PackBuilder, source: Path) -> None:
        self.builder = builder
        self.folder = source.parent
        self.stem = slug(source.stem, 40) or "vraag"
        self.ok = True

    def fail(self, row: Row, key: str, message: str, item: str = "") -> None:
        self.ok = False
        self.builder.problem(row.where, item, row.header(key), message)

    def _choice(self, row: Row, key: str, value: str, aliases: dict[str, Any]) -> Any:
        if not value:
            return None
        found = aliases.get(normalise_name(value))
        if found is None:
            self.fail(row, key, f"'{value}' is unknown; use one of {', '.join(sorted(aliases))}")
        return found

    def level(self, row: Row) -> Level | None:
        value = row.get("level").upper()
        if not value:
            return None
        if value not in Level.__members__:
            self.fail(row, "level", f"'{row.get('level')}' is unknown; use A0, A1, A2 or B1")
            return None
        return Level(value)

    def themes(self, row: Row) -> tuple[str, ...] | None:
        value = row.get("theme")
        if not value:
            return None
        themes: list[str] = []
        for word in re.split(r"[,;]", value):
            if not word.strip():
                continue
            theme = theme_of(word)
            if theme is None:
                names = ", ".join(dutch_theme_names())
                self.fail(row, "theme", f"'{word.strip()}' is not a theme; use {names}")
            elif theme not in themes:
                themes.append(theme)
        return tuple(themes)

    def media(self, row: Row, key: str) -> str | None:
        value = row.get(key)
        if not value:
            return None
        reasons = []
        for base in (self.folder, self.folder / "media"):
            path, reason = self.builder.media_from_reference(value, base, self.folder)
            if path is not None:
                return path
            reasons.append(reason)
        self.fail(row, key, reasons[0] + " (looked beside the spreadsheet and in media/)")
        return None

    def options(self, row: Row) -> list[str]:
        options: list[str] = []
        gap = ""
        for key in OPTION_KEYS:
            value = row.get(key)
            if value and gap:
                self.fail(row, key, f"is filled while '{row.header(gap)}' is empty")
            if not value:
                gap = gap or key
            else:
                options.append(value)
        return options

    def _option_for(self, row: Row, value: str, options: list[str]) -> str | None:
        if len(value) == 1 and value.upper() in LETTERS:
            index = LETTERS.index(value.upper())
            if index < len(options):
                return options[index]
            self.fail(row, "answer", f"answer {value.upper()} points to an empty option")
            return None
        if value in options:
            return value
        folded = [option for option in options if option.casefold() == value.casefold()]
        if len(folded) == 1:
            return folded[0]
        self.fail(
            row, "answer", f"'{value}' is not one of the options (give a letter A–E or the text)"
        )
        return None

    def answer(self, row: Row, item_type: ItemType, options: list[str]) -> dict[str, Any]:
        value = row.get("answer")
        if item_type in (ItemType.MULTIPLE_CHOICE, ItemType.CHOOSE_REACTION):
            if not value:
                self.fail(row, "answer", "missing: give the letter of the right option")
                return {}
            return {"options": options, "answer": self._option_for(row, value, options)}
        if item_type is ItemType.MULTIPLE_RESPONSE:
            if not value:
                self.fail(row, "answer", "missing: give the letters of the right options")
                return {}
            parts = [value] if value in options else re.split(r"\s*[,;]\s*", value)
            keys = [self._option_for(row, part, options) for part in parts if part]
            return {"options": options, "answer": [key for key in keys if key]}
        if item_type is ItemType.TRUE_FALSE:
            word = value.strip().casefold()
            if word in TRUE_WORDS:
                return {"answer": "Juist"}
            if word in FALSE_WORDS:
                return {"answer": "Onjuist"}
            self.fail(row, "answer", f"'{value}' is not Juist or Onjuist")
            return {}
        if item_type is ItemType.SHORT_ANSWER:
            accepted = [part.strip() for part in value.split("|") if part.strip()] + options
            if not accepted:
                self.fail(row, "answer", "missing: write the accepted answers (separate with |)")
            return {"accept": accepted}
        if item_type is ItemType.MATCHING:
            pairs = []
            for key, option in zip(OPTION_KEYS, options, strict=False):
                parts = PAIR_SEPARATOR.split(option, maxsplit=1)
                if len(parts) != 2 or not all(parts):
                    self.fail(row, key, f"'{option}' is not a pair like 'links = rechts'")
                else:
                    pairs.append(parts)
            return {"pairs": pairs}
        return {}

    def seconds(self, row: Row) -> int | None:
        value = row.get("answer_seconds")
        if not value:
            return None
        if not value.isdigit():
            self.fail(row, "answer_seconds", f"'{value}' is not a whole number of seconds")
            return None
        return int(value)

    def convert(self, row: Row) -> tuple[Entry, dict[str, Any]] | None:
        """The item entry of ``row`` and the stimulus fields it gives; None after a problem."""
        self.ok = True
        item_id = row.get("id")
        if item_id:
            if not ID_PATTERN.match(item_id):
                self.fail(row, "id", f"'{item_id}' may hold only letters, digits, '.', '_', '-'")
            elif not self.builder.claim_id(item_id):
                self.fail(row, "id", f"'{item_id}' is used twice", item_id)
        else:
            item_id = self.builder.unique_id(f"{self.stem}-{row.number}")
        raw_type = row.get("type")
        options = self.options(row)
        if raw_type:
            item_type = self._choice(row, "type", raw_type, TYPE_ALIASES)
        elif options:
            item_type = ItemType.MULTIPLE_CHOICE
        else:
            self.fail(row, "type", "missing: write the question type, e.g. multiple_choice")
            item_type = None
        skill = self._choice(row, "skill", row.get("skill"), SKILL_ALIASES)
        level = self.level(row)
        themes = self.themes(row)
        image = self.media(row, "image")
        audio = self.media(row, "audio")
        fields: dict[str, Any] = {"id": item_id, "question": row.get("question")}
        if not row.get("question"):
            self.fail(row, "question", "missing: write the question or task", item_id)
        if item_type is not None:
            fields["type"] = item_type
            fields.update(self.answer(row, item_type, options))
            if item_type in RECORDED_TYPES:
                fields["prompt_audio"] = audio
                audio = None
                skill = skill or Skill.SPEAKING
            elif item_type is ItemType.CHOOSE_REACTION:
                skill = skill or Skill.SPEAKING
            elif item_type is ItemType.WRITING:
                skill = skill or Skill.WRITING
        for key, value in (
            ("skill", skill),
            ("level", level),
            ("themes", themes),
            ("image", image),
            ("feedback", row.get("feedback")),
            ("model_answer", row.get("model_answer")),
            ("answer_seconds", self.seconds(row)),
        ):
            if value:
                fields[key] = value
        stimulus = {
            "title": row.get("text_title"),
            "text": row.get("text"),
            "audio": audio,
            "skill": skill,
            "level": level,
            "themes": themes,
        }
        if not self.ok:
            return None
        columns = {
            "id": row.header("id"),
            "type": row.header("type"),
            "skill": row.header("skill"),
            "level": row.header("level"),
            "question": row.header("question"),
            "options": row.header("option_a"),
            "answer": row.header("answer"),
            "accept": row.header("answer"),
            "pairs": row.header("option_a"),
            "feedback": row.header("feedback"),
            "themes": row.header("theme"),
            "image": row.header("image"),
            "prompt_audio": row.header("audio"),
            "model_answer": row.header("model_answer"),
            "answer_seconds": row.header("answer_seconds"),
        }
        return Entry(Origin(row.where, item_id, columns), fields), stimulus


def _merge_stimulus(
    converter: _RowConverter, rows: list[tuple[Row, dict[str, Any]]]
) -> dict[str, Any]:
    """The shared stimulus of rows with one text_id; conflicting values are problems."""
    merged: dict[str, Any] = {}
    first_row: dict[str, Row] = {}
    keys = {"title": "text_title", "text": "text", "audio": "audio", "skill": "skill"}
    for row, stimulus in rows:
        for field_name, key in keys.items():
            value = stimulus.get(field_name)
            if not value:
                continue
            if field_name in merged and merged[field_name] != value:
                converter.fail(
                    row, key, f"differs from row {first_row[field_name].number} (same text_id)"
                )
            else:
                merged.setdefault(field_name, value)
                first_row.setdefault(field_name, row)
        for field_name in ("level", "themes"):  # the first row's level/themes are the text's
            if stimulus.get(field_name) and field_name not in merged:
                merged[field_name] = stimulus[field_name]
    return merged


def _groups(
    converted: list[tuple[Row, Entry, dict[str, Any]]],
) -> Iterator[tuple[str, list[tuple[Row, Entry, dict[str, Any]]]]]:
    """Rows by text_id in order of first appearance; rows without one each on their own."""
    groups: dict[str, list[tuple[Row, Entry, dict[str, Any]]]] = {}
    for number, (row, entry, stimulus) in enumerate(converted):
        key = row.get("text_id") or f"\0{number}"
        groups.setdefault(key, []).append((row, entry, stimulus))
    yield from groups.items()


def convert_spreadsheet(
    source: Path, target: Path, *, pack_id: str | None = None
) -> ConversionReport:
    """Convert a filled-in template (``.xlsx`` or ``.csv``) into a pack folder at ``target``."""
    fmt = "xlsx" if source.suffix.lower() == ".xlsx" else "csv"
    with PackBuilder(fmt, source, strict=True) as builder:
        rows = read_xlsx(source, builder) if fmt == "xlsx" else read_csv(source, builder)
        if not rows and not builder.problems:
            builder.problem(
                source.name,
                "",
                "",
                "no questions found: the header row needs a 'question' "
                "(vraag) column and there must be rows below it",
            )
        converter = _RowConverter(builder, source)
        converted = []
        for row in rows:
            result = converter.convert(row)
            if result is not None:
                converted.append((row, *result))
        for key, group in _groups(converted):
            entries = [entry for _, entry, _ in group]
            first_row = group[0][0]
            if key.startswith("\0"):
                stimulus = group[0][2]
                if not stimulus["text"] and not stimulus["audio"]:
                    builder.add(entries)
                    continue
            else:
                stimulus = _merge_stimulus(converter, [(row, s) for row, _, s in group])
            text_id = first_row.get("text_id")
            sfields = {key: value for key, value in stimulus.items() if value}
            if text_id:
                if not ID_PATTERN.match(text_id) or not builder.claim_id(text_id):
                    converter.fail(first_row, "text_id", f"'{text_id}' is not a free, valid id")
                    continue
                sfields["id"] = text_id
            else:
                sfields["id"] = builder.unique_id(f"{entries[0].origin.item}-tekst")
            columns = {
                "title": first_row.header("text_title"),
                "text": first_row.header("text"),
                "audio": first_row.header("audio"),
                "skill": first_row.header("skill"),
                "level": first_row.header("level"),
                "themes": first_row.header("theme"),
            }
            origin = Origin(first_row.where, sfields["id"], columns)
            builder.add(entries, Entry(origin, sfields))
        return builder.finish(target, title=source.stem, pack_id=pack_id)
