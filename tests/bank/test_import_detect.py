"""Format detection by extension and content."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from examtrainer.bank.importers import convert, detect_format, import_file
from examtrainer.bank.loader import read_pack_folder
from examtrainer.errors import UnknownFormat

FIXTURES = Path(__file__).parents[1] / "fixtures"


@pytest.mark.parametrize(
    ("relative", "fmt"),
    [
        ("import/qti/choice_nl.xml", "qti21"),
        ("import/qti/qti3_choice.xml", "qti30"),
        ("import/moodle/bank.xml", "moodle_xml"),
        ("import/gift/bank.gift", "gift"),
        ("import/spreadsheet/bank.csv", "csv"),
        ("packs/tiny", "examtrainer_pack"),
    ],
)
def test_detects_fixtures(relative: str, fmt: str) -> None:
    assert detect_format(FIXTURES / relative) == fmt


def test_gift_in_a_txt_file_is_sniffed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("::V1:: Is dit waar? {T}\n", encoding="utf-8")
    assert detect_format(tmp_path / "a.txt") == "gift"
    (tmp_path / "b.txt").write_text("Gewoon een brief.\n", encoding="utf-8")
    with pytest.raises(UnknownFormat, match="without GIFT"):
        detect_format(tmp_path / "b.txt")


def test_zipped_pack_is_detected_and_converted(tmp_path: Path) -> None:
    archive = tmp_path / "tiny.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted((FIXTURES / "packs" / "tiny").rglob("*")):
            if path.is_file():
                zf.write(path, "tiny/" + path.relative_to(FIXTURES / "packs" / "tiny").as_posix())
    assert detect_format(archive) == "examtrainer_pack"
    report = import_file(archive, tmp_path / "out", pack_id="copy.tiny")
    assert report.ok and report.items_converted == 5
    assert read_pack_folder(tmp_path / "out").manifest.id == "copy.tiny"


def test_an_invalid_pack_reports_the_loader_problems(tmp_path: Path) -> None:
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "pack.yaml").write_text("id: x\n", encoding="utf-8")
    report = convert(tmp_path / "bad", tmp_path / "out")
    assert report.problems and not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("a.xls", b"", "save the spreadsheet as .xlsx"),
        ("a.pdf", b"%PDF", "unknown file type"),
        ("a.xml", b"<html><body/></html>", "neither a Moodle quiz nor a QTI item"),
        ("a.xml", b"<questestinterop/>", "QTI 1.2 is not supported"),
        ("a.zip", b"not a zip", "not a valid zip"),
    ],
)
def test_unsupported_input_says_why(tmp_path: Path, name: str, content: bytes, reason: str) -> None:
    (tmp_path / name).write_bytes(content)
    with pytest.raises(UnknownFormat, match=reason):
        detect_format(tmp_path / name)


def test_zip_without_manifest_is_unknown(tmp_path: Path) -> None:
    with zipfile.ZipFile(tmp_path / "a.zip", "w") as zf:
        zf.writestr("readme.txt", "hallo")
    with pytest.raises(UnknownFormat, match=r"pack\.yaml"):
        detect_format(tmp_path / "a.zip")
