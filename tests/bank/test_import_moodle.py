"""Moodle XML: the question types we can ask, embedded files, categories as themes."""

from __future__ import annotations

from pathlib import Path

from examtrainer.bank.importers import convert, detect_format, import_file
from examtrainer.bank.loader import read_pack_folder
from examtrainer.bank.model import ItemType, Skill

MOODLE = Path(__file__).parents[1] / "fixtures" / "import" / "moodle"


def test_every_known_type_is_mapped_and_the_rest_reported(tmp_path: Path) -> None:
    source = MOODLE / "bank.xml"
    assert detect_format(source) == "moodle_xml"
    report = import_file(source, tmp_path / "pack")
    assert report.ok and report.items_converted == 7, report.summary()
    pack = read_pack_folder(tmp_path / "pack")
    assert pack.manifest.title == "Wonen" and pack.manifest.licence == "unknown (imported)"
    items = {item.id: item for item in pack.items}
    mc = items["Huur-betalen"]
    assert mc.type is ItemType.MULTIPLE_CHOICE and mc.answer == "Voor de 1e van de maand"
    assert mc.question == "Kijk naar de klok.\nWanneer betaalt u de huur?"
    assert mc.image == "images/klok-1.png"  # @@PLUGINFILE@@/klok%201.png, base64 embedded
    assert (tmp_path / "pack" / "images" / "klok-1.png").stat().st_size > 0
    assert mc.feedback.startswith("De huur betaalt u voor de eerste")
    assert mc.themes == ("housing",)  # from the category path
    assert items["Wat-neemt-u-mee"].answer == ("Een pasfoto", "Uw oude paspoort")
    assert items["Vuilnis"].type is ItemType.TRUE_FALSE and items["Vuilnis"].answer == "Onjuist"
    assert items["Vuilnis"].feedback == "Op dinsdag."
    assert items["Postcode"].accept == ("4", "vier")
    assert items["Postcode"].credit == {"6": 0.5}  # partial credit, as the source gives it
    assert items["Instanties"].pairs == (
        ("Paspoort", "Gemeente"),
        ("Huurtoeslag", "Belastingdienst"),
    )
    # the extra answer without a subquestion is kept as a choice (a distractor)
    assert len(items["Instanties"].options) == 3
    essay = items["Brief-aan-de-verhuurder"]
    assert essay.type is ItemType.WRITING and essay.skill is Skill.WRITING
    assert essay.question == "De verwarming is kapot.\nSchrijf een korte mail aan uw verhuurder."
    listening = items["Luisteren-bij-de-bakker"]
    assert listening.skill is Skill.LISTENING
    stimulus = pack.stimulus(listening.stimulus or "")
    assert stimulus is not None and stimulus.audio == "audio/gesprek.wav"
    not_mapped = {(p.item, p.field) for p in report.not_mapped}
    assert not_mapped == {
        ("Hoeveel", "type"),  # numerical
        ("Zonder sleutel", "answer"),  # no right answer
    }
    assert any("description" in note for note in report.notes)


def test_broken_xml_is_refused_with_its_position(tmp_path: Path) -> None:
    report = convert(MOODLE / "broken.xml", tmp_path / "pack")
    (problem,) = report.problems
    assert problem.file == "broken.xml" and "line 5" in problem.message
    assert not (tmp_path / "pack").exists()


def test_a_pack_id_can_be_chosen(tmp_path: Path) -> None:
    report = import_file(MOODLE / "bank.xml", tmp_path / "pack", pack_id="school.wonen")
    assert report.ok
    assert read_pack_folder(tmp_path / "pack").manifest.id == "school.wonen"
    report = convert(MOODLE / "bank.xml", tmp_path / "pack2", pack_id="bad id!")
    assert report.problems[0].field == "pack_id"
