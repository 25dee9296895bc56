"""The spreadsheet template: XLSX and CSV, Dutch or English headers, every mistake named."""

from __future__ import annotations

import shutil
from pathlib import Path

from openpyxl import Workbook

from examtrainer.bank.importers import convert, import_file
from examtrainer.bank.loader import read_pack_folder
from examtrainer.bank.model import ItemType, Level, Skill

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import" / "spreadsheet"
TEMPLATES = Path(__file__).parents[2] / "content" / "templates"


def _xlsx(path: Path, rows: list[list[object]], sheet: str = "Vragen") -> Path:
    workbook = Workbook()
    ws = workbook.active
    assert ws is not None
    ws.title = sheet
    for row in rows:
        ws.append(row)
    workbook.save(path)
    return path


def test_csv_with_dutch_headers_semicolons_bom_and_media(tmp_path: Path) -> None:
    report = import_file(FIXTURES / "bank.csv", tmp_path / "pack")
    assert report.ok, report.summary()
    assert report.format == "csv" and report.items_converted == 5
    pack = read_pack_folder(tmp_path / "pack")
    house = pack.stimulus("huis")
    assert house is not None and house.text.startswith("Te huur: appartement")
    assert house.themes == ("housing",)
    first, second = pack.items_of("huis")
    assert first.answer == "Twee" and first.level is Level.A1
    assert second.type is ItemType.TRUE_FALSE and second.answer == "Onjuist"
    by_id = {item.id: item for item in pack.items}
    assert by_id["klok-1"].image == "images/klok.png"  # found in media/
    assert (tmp_path / "pack" / "images" / "klok.png").is_file()
    listening = pack.stimulus(by_id["luister-1"].stimulus or "")
    assert listening is not None and listening.audio == "audio/gesprek.wav"
    assert by_id["luister-1"].skill is Skill.LISTENING  # default: audio means listening
    speaking = by_id["spreek-1"]
    assert speaking.type is ItemType.SPEAKING_SHORT and speaking.answer_seconds == 45
    assert report.notes  # the defaulted skill is mentioned


def test_csv_with_commas_in_windows_1252(tmp_path: Path) -> None:
    report = import_file(FIXTURES / "bank-cp1252.csv", tmp_path / "pack")
    assert report.ok, report.summary()
    assert any("cp1252" in note for note in report.notes)
    pack = read_pack_folder(tmp_path / "pack")
    assert pack.items[0].question == "Wat kost een café au lait?"


def test_broken_rows_name_file_row_and_column_and_nothing_is_written(tmp_path: Path) -> None:
    report = convert(FIXTURES / "broken.csv", tmp_path / "pack")
    assert not report.ok and report.items_converted == 0
    assert not (tmp_path / "pack").exists()
    found = {(p.file, p.field) for p in report.problems}
    assert ("broken.csv row 2", "level") in found
    assert ("broken.csv row 2", "answer") in found  # D: an empty option
    assert ("broken.csv row 3", "answer") in found  # 'Blauw' is not an option
    assert ("broken.csv row 4", "id") in found  # duplicate
    assert ("broken.csv row 4", "theme") in found
    assert ("broken.csv row 5", "option_c") in found  # gap in the options
    assert ("broken.csv row 5", "image") in found  # missing file
    assert ("broken.csv row 5", "question") in found
    messages = " ".join(p.message for p in report.problems)
    assert "'Blauw' is not one of the options" in messages


def test_xlsx_names_the_sheet_and_accepts_option_text_as_answer(tmp_path: Path) -> None:
    source = _xlsx(
        tmp_path / "bank.xlsx",
        [
            ["ID", "Question", "Option A", "Option B", "Answer", "Level", "Type"],
            ["a1", "Welke dag?", "Maandag", "Dinsdag", "dinsdag", "a1", "multiple_choice"],
            [None, "Wie?", "Ik", "Jij", "Wij", "A1", "multiple_choice"],
        ],
    )
    report = convert(source, tmp_path / "pack")
    assert [(p.file, p.field, p.item) for p in report.problems] == [
        ("bank.xlsx [Vragen] row 3", "Answer", "")
    ]
    _xlsx(source, [["vraag", "optie_a", "optie_b", "antwoord"], ["Welke?", "Ja", "Nee", "ja"]])
    report = import_file(source, tmp_path / "pack2")
    assert report.ok, report.summary()
    item = read_pack_folder(tmp_path / "pack2").items[0]
    assert item.answer == "Ja" and item.type is ItemType.MULTIPLE_CHOICE  # type inferred
    assert item.id == "bank-2"


def test_conflicting_texts_for_one_text_id_are_problems(tmp_path: Path) -> None:
    source = _xlsx(
        tmp_path / "bank.xlsx",
        [
            ["id", "text_id", "text", "question", "type", "answer"],
            ["q1", "t", "Tekst een", "Klopt dit?", "true_false", "juist"],
            ["q2", "t", "Tekst twee", "En dit?", "true_false", "onjuist"],
        ],
    )
    report = convert(source, tmp_path / "pack")
    assert [(p.file, p.field) for p in report.problems] == [("bank.xlsx [Vragen] row 3", "text")]


def test_a_sheet_without_question_column_is_refused(tmp_path: Path) -> None:
    source = _xlsx(tmp_path / "leeg.xlsx", [["naam", "adres"], ["x", "y"]])
    report = convert(source, tmp_path / "pack")
    assert report.problems and "question" in report.problems[0].message


def test_media_outside_the_folder_are_refused(tmp_path: Path) -> None:
    folder = tmp_path / "bank"
    folder.mkdir()
    shutil.copy(FIXTURES / "media" / "klok.png", tmp_path / "buiten.png")
    source = folder / "b.csv"
    source.write_text("question;option_a;option_b;answer;image\nWat?;Ja;Nee;A;../buiten.png\n")
    report = convert(source, tmp_path / "pack")
    assert report.problems[0].field == "image"
    assert "outside" in report.problems[0].message


def test_shipped_templates_import_cleanly(tmp_path: Path) -> None:
    for name, count in (
        ("examtrainer-template.xlsx", 3),
        ("examtrainer-template.csv", 3),
        ("example/voorbeeld.xlsx", 9),
    ):
        target = tmp_path / name.replace("/", "-")
        report = import_file(TEMPLATES / name, target)
        assert report.ok and report.items_converted == count, report.summary()
    pack = read_pack_folder(tmp_path / "example-voorbeeld.xlsx")
    assert any(item.image == "images/fiets.png" for item in pack.items)
    assert any(stimulus.audio == "audio/bericht.wav" for stimulus in pack.stimuli)


def test_templates_regenerate_byte_for_byte(tmp_path: Path) -> None:
    import runpy

    module = runpy.run_path(str(TEMPLATES / "make_templates.py"))
    module["main"](tmp_path)
    for name in (
        "examtrainer-template.xlsx",
        "examtrainer-template.csv",
        "example/voorbeeld.xlsx",
        "example/media/fiets.png",
        "example/media/bericht.wav",
    ):
        assert (tmp_path / name).read_bytes() == (TEMPLATES / name).read_bytes(), name
