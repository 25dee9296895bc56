"""Regenerate the spreadsheet templates for teachers, byte for byte the same on every run.

    python content/templates/make_templates.py [OUTPUT_FOLDER]

Writes ``examtrainer-template.xlsx`` and ``examtrainer-template.csv`` (the columns and three
example rows) and ``example/voorbeeld.xlsx`` (a filled-in bank with a picture and a sound
file in ``example/media/``). All content is original. See docs/importing.md for the columns.
"""

from __future__ import annotations

import csv
import io
import math
import re
import struct
import sys
import wave
import zipfile
import zlib
from datetime import datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

HEADERS = [
    "id",
    "skill",
    "level",
    "type",
    "text_id",
    "text_title",
    "text",
    "question",
    "option_a",
    "option_b",
    "option_c",
    "option_d",
    "option_e",
    "answer",
    "feedback",
    "theme",
    "audio",
    "image",
    "model_answer",
    "answer_seconds",
]

Row = dict[str, str | int]

TEMPLATE_ROWS: list[Row] = [
    {
        "id": "bieb-1",
        "skill": "lezen",
        "level": "A1",
        "type": "multiple_choice",
        "text_id": "bieb",
        "text_title": "Briefje bij de bibliotheek",
        "text": "Beste bezoekers,\nOp maandag is de bibliotheek dicht.\n"
        "Van dinsdag tot en met zaterdag zijn we open van 10.00 tot 17.00 uur.",
        "question": "Wanneer is de bibliotheek dicht?",
        "option_a": "Op maandag",
        "option_b": "Op dinsdag",
        "option_c": "Op zaterdag",
        "answer": "A",
        "feedback": "In het briefje staat: op maandag is de bibliotheek dicht.",
        "theme": "vrije tijd",
    },
    {
        "id": "bieb-2",
        "type": "true_false",
        "text_id": "bieb",
        "question": "De bibliotheek is op zaterdag open.",
        "answer": "Juist",
        "feedback": "Van dinsdag tot en met zaterdag is de bibliotheek open.",
    },
    {
        "id": "werk-spreken-1",
        "skill": "spreken",
        "level": "A2",
        "type": "speaking_short",
        "question": "Uw collega vraagt hoe u naar uw werk gaat. Wat zegt u?",
        "theme": "werk",
        "model_answer": "Ik ga meestal met de fiets. Als het regent, neem ik de bus.",
        "answer_seconds": 30,
    },
]

EXAMPLE_ROWS: list[Row] = [
    *TEMPLATE_ROWS,
    {
        "id": "fiets-1",
        "skill": "lezen",
        "level": "A1",
        "type": "multiple_choice",
        "question": "U ziet een bord bij het station. Wat betekent het?",
        "option_a": "Hier mag u uw fiets zetten.",
        "option_b": "Hier mag u niet fietsen.",
        "option_c": "Hier kunt u een fiets kopen.",
        "answer": "Hier mag u uw fiets zetten.",
        "feedback": "Het blauwe bord met de P laat zien: hier is een fietsenstalling.",
        "theme": "vervoer",
        "image": "fiets.png",
    },
    {
        "id": "bericht-1",
        "skill": "luisteren",
        "level": "A2",
        "type": "multiple_choice",
        "text_id": "bericht",
        "text_title": "Bericht van de huisarts",
        "question": "Wat moet u doen?",
        "option_a": "Terugbellen",
        "option_b": "Een e-mail sturen",
        "option_c": "Morgen langskomen",
        "answer": "A",
        "theme": "gezondheid",
        "audio": "bericht.wav",
    },
    {
        "id": "markt-1",
        "skill": "lezen",
        "level": "A2",
        "type": "short_answer",
        "question": "De markt is elke woensdag. Op welke dag is de markt?",
        "answer": "woensdag|op woensdag",
        "theme": "winkelen",
    },
    {
        "id": "gemeente-1",
        "skill": "lezen",
        "level": "A2",
        "type": "matching",
        "question": "Waar gaat u naartoe? Koppel de vraag aan de plek.",
        "option_a": "Nieuw paspoort = gemeente",
        "option_b": "Rijbewijs halen = CBR",
        "option_c": "Huurtoeslag = Belastingdienst",
        "theme": "gemeente",
    },
    {
        "id": "buren-1",
        "skill": "lezen",
        "level": "A2",
        "type": "multiple_response",
        "question": "Wat is beleefd als u een feestje geeft? Kies twee antwoorden.",
        "option_a": "De buren vooraf een briefje geven",
        "option_b": "Tot drie uur 's nachts harde muziek draaien",
        "option_c": "De buren uitnodigen",
        "answer": "A,C",
        "theme": "buren",
    },
    {
        "id": "schrijven-1",
        "skill": "schrijven",
        "level": "A2",
        "type": "writing",
        "question": "U bent ziek. Schrijf een korte e-mail aan uw docent. Schrijf 2 of 3 zinnen.",
        "model_answer": "Beste docent, ik ben vandaag ziek. Ik kom niet naar de les. "
        "Met vriendelijke groet, Amira",
        "theme": "school",
    },
]

EXPLANATION = [
    ("kolom (column)", "uitleg"),
    ("id", "unieke code van de vraag (letters, cijfers, . _ -); leeg: wordt gemaakt"),
    ("skill", "lezen, luisteren, spreken, schrijven (of reading, listening, ...)"),
    ("level", "A0, A1, A2 of B1"),
    (
        "type",
        "multiple_choice, true_false, multiple_response, short_answer, matching, "
        "choose_reaction, speaking_short, speaking_medium, writing",
    ),
    ("text_id", "vragen met dezelfde text_id horen bij één tekst of fragment"),
    ("text_title / text", "titel en tekst om te lezen (één keer per text_id is genoeg)"),
    ("question", "de vraag of opdracht"),
    ("option_a .. option_e", "de antwoorden om uit te kiezen; bij matching: 'links = rechts'"),
    (
        "answer",
        "letter A-E of de tekst van het goede antwoord; meerdere: A,C; "
        "true_false: Juist/Onjuist; short_answer: antwoorden met | ertussen",
    ),
    ("feedback", "uitleg na het antwoorden"),
    ("theme", "thema's met komma's: werk, wonen, gezondheid, gemeente, ..."),
    ("audio / image", "bestandsnaam; het bestand staat naast het werkblad of in media/"),
    ("model_answer", "voorbeeldantwoord (nodig bij spreken)"),
    ("answer_seconds", "spreektijd in seconden (nodig bij spreken)"),
]

FIXED_TIME = datetime(2024, 1, 1)
ZIP_TIME = (2024, 1, 1, 0, 0, 0)


def png_bytes(width: int = 32, height: int = 32) -> bytes:
    """A small PNG: a white P on a blue square (a bicycle-parking sign, simplified)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = []
    for y in range(height):
        row = bytearray([0])  # filter: none
        for x in range(width):
            stem = 9 <= x <= 12 and 6 <= y <= 25
            bowl = (12 <= x <= 20 and (6 <= y <= 8 or 14 <= y <= 16)) or (
                20 <= x <= 22 and 8 <= y <= 14
            )
            row += bytes((255, 255, 255) if stem or bowl else (20, 70, 160))
        rows.append(bytes(row))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"".join(rows), 9))
        + chunk(b"IEND", b"")
    )


def wav_bytes(seconds: float = 1.0, rate: int = 8000) -> bytes:
    """A short mono 16-bit WAV: two soft tones, as a stand-in for a spoken message."""
    frames = bytearray()
    total = int(seconds * rate)
    for n in range(total):
        pitch = 440.0 if n < total // 2 else 554.4
        fade = min(1.0, n / 400, (total - n) / 400)
        frames += struct.pack("<h", int(6000 * fade * math.sin(2 * math.pi * pitch * n / rate)))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))
    return buffer.getvalue()


def _workbook(rows: list[Row]) -> Workbook:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Vragen"
    sheet.append(HEADERS)
    for row in rows:
        sheet.append([row.get(header, None) for header in HEADERS])
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    for cell in sheet[1]:
        cell.font = bold
        cell.fill = fill
    for index, header in enumerate(HEADERS, start=1):
        wide = header in ("text", "question", "feedback", "model_answer")
        sheet.column_dimensions[get_column_letter(index)].width = 40 if wide else 14
    sheet.freeze_panes = "A2"
    explanation = workbook.create_sheet("Uitleg")
    for line in EXPLANATION:
        explanation.append(list(line))
    explanation.column_dimensions["A"].width = 22
    explanation.column_dimensions["B"].width = 100
    explanation["A1"].font = bold
    explanation["B1"].font = bold
    workbook.properties.creator = "examtrainer"
    workbook.properties.created = FIXED_TIME
    return workbook


def xlsx_bytes(rows: list[Row]) -> bytes:
    """The workbook as bytes with fixed dates, so that regenerating changes nothing."""
    raw = io.BytesIO()
    _workbook(rows).save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "docProps/core.xml":
                data = re.sub(
                    rb"<dcterms:modified([^>]*)>[^<]*</dcterms:modified>",
                    rb"<dcterms:modified\1>2024-01-01T00:00:00Z</dcterms:modified>",
                    data,
                )
            fixed = zipfile.ZipInfo(info.filename, ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(fixed, data)
    return out.getvalue()


def csv_bytes(rows: list[Row]) -> bytes:
    """UTF-8 with BOM and ';' between the columns, as Dutch Excel opens it directly."""
    text = io.StringIO(newline="")
    writer = csv.writer(text, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    for row in rows:
        writer.writerow([row.get(header, "") for header in HEADERS])
    return b"\xef\xbb\xbf" + text.getvalue().encode("utf-8")


def main(folder: Path) -> None:
    (folder / "example" / "media").mkdir(parents=True, exist_ok=True)
    (folder / "examtrainer-template.xlsx").write_bytes(xlsx_bytes(TEMPLATE_ROWS))
    (folder / "examtrainer-template.csv").write_bytes(csv_bytes(TEMPLATE_ROWS))
    (folder / "example" / "voorbeeld.xlsx").write_bytes(xlsx_bytes(EXAMPLE_ROWS))
    (folder / "example" / "media" / "fiets.png").write_bytes(png_bytes())
    (folder / "example" / "media" / "bericht.wav").write_bytes(wav_bytes())


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent)
