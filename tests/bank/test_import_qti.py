"""QTI 2.1 and 3.0: item files and packages; unsafe XML and unsafe zips are refused."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from examtrainer.bank.importers import convert, detect_format, import_file
from examtrainer.bank.importers.builder import NO_MODEL_ANSWER
from examtrainer.bank.loader import read_pack_folder
from examtrainer.bank.model import ItemType, Pack, Skill
from examtrainer.errors import UnsafeArchive

QTI = Path(__file__).parents[1] / "fixtures" / "import" / "qti"


def imported(source: Path, tmp_path: Path) -> tuple[Pack, list[str]]:
    report = import_file(source, tmp_path / "pack")
    assert report.ok, report.summary()
    not_mapped = [f"{p.item}:{p.field}" for p in report.not_mapped]
    return read_pack_folder(tmp_path / "pack"), not_mapped


def test_choice_with_picture_becomes_a_reading_testlet(tmp_path: Path) -> None:
    pack, not_mapped = imported(QTI / "choice_nl.xml", tmp_path)
    assert not_mapped == []
    (item,) = pack.items
    assert item.id == "klok-1" and item.type is ItemType.MULTIPLE_CHOICE
    assert item.question == "Hoe laat is het & wat moet u doen?"
    assert item.options == ("Het is negen uur.", "Het is half tien.", "Het is tien uur.")
    assert item.answer == "Het is half tien."
    stimulus = pack.stimulus(item.stimulus or "")
    assert stimulus is not None and stimulus.text == "Kijk naar de klok."
    assert stimulus.image == "images/klok.png" and stimulus.title == "De klok op het gemeentehuis"
    assert (tmp_path / "pack" / "images" / "klok.png").is_file()
    assert pack.manifest.author == "imported" and pack.manifest.source == "choice_nl.xml"


def test_key_from_mapping_gives_multiple_response(tmp_path: Path) -> None:
    pack, _ = imported(QTI / "multi_response.xml", tmp_path)
    (item,) = pack.items
    assert item.type is ItemType.MULTIPLE_RESPONSE
    assert item.answer == ("Oud papier", "Lege flessen")


def test_text_entry_accepts_key_and_positive_mappings(tmp_path: Path) -> None:
    pack, _ = imported(QTI / "text_entry_nl.xml", tmp_path)
    (item,) = pack.items
    assert item.id == "trein-1-a"  # sanitised from 'trein 1/a'
    assert item.type is ItemType.SHORT_ANSWER
    assert item.accept == ("spoor 5", "5")  # 'Spoor 5' is the same ignoring case
    assert "U moet naar _____ ." in item.question


def test_upload_becomes_speaking_with_a_placeholder_model_answer(tmp_path: Path) -> None:
    report = import_file(QTI / "upload.xml", tmp_path / "pack")
    assert any("speaking_short" in note for note in report.notes)
    (item,) = read_pack_folder(tmp_path / "pack").items
    assert item.type is ItemType.SPEAKING_SHORT and item.skill is Skill.SPEAKING
    assert item.model_answer == NO_MODEL_ANSWER and item.answer_seconds == 60


def test_extended_text_becomes_writing(tmp_path: Path) -> None:
    pack, _ = imported(QTI / "writing.xml", tmp_path)
    assert pack.items[0].type is ItemType.WRITING and pack.items[0].skill is Skill.WRITING


def test_media_interaction_gives_a_listening_stimulus(tmp_path: Path) -> None:
    pack, _ = imported(QTI / "listening.xml", tmp_path)
    (stimulus,) = pack.stimuli
    assert stimulus.skill is Skill.LISTENING and stimulus.audio == "audio/gesprek.wav"
    assert pack.items[0].skill is Skill.LISTENING and pack.items[0].answer == "Een bruin brood"


def test_qti3_item_with_two_interactions(tmp_path: Path) -> None:
    assert detect_format(QTI / "qti3_choice.xml") == "qti30"
    report = import_file(QTI / "qti3_choice.xml", tmp_path / "pack")
    assert report.format == "qti30" and report.items_converted == 2
    pack = read_pack_folder(tmp_path / "pack")
    choice, gap = pack.items
    assert choice.answer == "Voor het einde van de maand"
    assert gap.question == "De eerste huur voor een nieuw huis betaalt u op _____ ."
    assert gap.accept == ("1 mei",)
    assert "€ 750" in pack.stimuli[0].text


def test_unsupported_interaction_is_listed_and_nothing_left_is_refused(tmp_path: Path) -> None:
    report = convert(QTI / "unsupported.xml", tmp_path / "pack")
    assert [(p.item, p.field) for p in report.not_mapped] == [("volgorde-1", "sliderInteraction")]
    assert report.problems and "no question could be converted" in report.problems[0].message
    assert not (tmp_path / "pack").exists()


def test_a_key_that_names_no_choice_is_a_problem(tmp_path: Path) -> None:
    report = convert(QTI / "bad_key.xml", tmp_path / "pack")
    (problem,) = report.problems
    assert (problem.file, problem.item, problem.field) == (
        "bad_key.xml",
        "kapot-1",
        "correctResponse",
    )
    assert not (tmp_path / "pack").exists()


@pytest.mark.parametrize("name", ["billion_laughs.xml", "external_entity.xml"])
def test_entity_declarations_are_refused(tmp_path: Path, name: str) -> None:
    report = convert(QTI / name, tmp_path / "pack")
    (problem,) = report.problems
    assert problem.file == name and "entities" in problem.message
    assert not (tmp_path / "pack").exists()


def test_not_well_formed_xml_is_a_problem_with_its_line(tmp_path: Path) -> None:
    report = convert(QTI / "not_well_formed.xml", tmp_path / "pack")
    assert "not well-formed XML" in report.problems[0].message
    assert "line 3" in report.problems[0].message


def _package(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for member in sorted((QTI / "package").rglob("*")):
            if member.is_file():
                zf.write(member, member.relative_to(QTI / "package").as_posix())
    return path


def test_package_with_manifest_and_media(tmp_path: Path) -> None:
    source = _package(tmp_path / "pakket.zip")
    assert detect_format(source) == "qti21"
    report = import_file(source, tmp_path / "pack")
    assert report.ok and report.items_converted == 2, report.summary()
    assert any("tests (test.xml)" in note for note in report.notes)
    pack = read_pack_folder(tmp_path / "pack")
    assert {s.audio for s in pack.stimuli} == {None, "audio/gesprek.wav"}
    assert {s.image for s in pack.stimuli} == {"images/klok.png", None}


def _zip_with(path: Path, name: str, data: bytes = b"x", *, symlink: bool = False) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("imsmanifest.xml", (QTI / "package" / "imsmanifest.xml").read_bytes())
        info = zipfile.ZipInfo(name)
        info.compress_type = zipfile.ZIP_DEFLATED
        if symlink:
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(info, data)
    return path


@pytest.mark.parametrize(
    ("member", "data", "symlink", "reason"),
    [
        ("../x.xml", b"x", False, "leaves the archive"),
        ("/etc/x.xml", b"x", False, "absolute path"),
        ("items/link.xml", b"/etc/passwd", True, "symbolic links"),
        ("items/bomb.xml", b"\0" * (20 * 1024 * 1024), False, "zip bomb"),
    ],
)
def test_unsafe_packages_are_refused(
    tmp_path: Path, member: str, data: bytes, symlink: bool, reason: str
) -> None:
    source = _zip_with(tmp_path / "evil.zip", member, data, symlink=symlink)
    with pytest.raises(UnsafeArchive, match=reason):
        convert(source, tmp_path / "pack")
    assert not (tmp_path / "pack").exists()
    assert not (tmp_path / "x.xml").exists()
