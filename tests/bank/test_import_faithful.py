"""Issue 14: teachers' banks imported faithfully. Each test here failed before the fix.

Public fixtures: Moodle's own test files (kept, GPL like us) in ``fixtures/import/public``;
small original files of the shape of 1EdTech's QTI 3 examples in ``fixtures/import/qti3``
(their licence does not allow keeping them). See the SOURCES.md files there.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from examtrainer.bank.importers import detect_format, import_file
from examtrainer.bank.importers.report import ConversionReport
from examtrainer.bank.loader import read_pack_folder
from examtrainer.bank.model import ItemType, Pack
from examtrainer.exam.scoring import credit, score

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"
PUBLIC = FIXTURES / "public"
QTI3 = FIXTURES / "qti3"
MOODLE = FIXTURES / "moodle"


def imported(source: Path, tmp_path: Path) -> tuple[Pack, ConversionReport]:
    report = import_file(source, tmp_path / "pack")
    assert report.ok, report.summary()
    return read_pack_folder(tmp_path / "pack"), report


def refused_items(source: Path, tmp_path: Path) -> list[tuple[str, str]]:
    """(item, field) of everything left out; the file as a whole is refused (no question)."""
    report = import_file(source, tmp_path / "pack")
    assert not report.ok and not (tmp_path / "pack").exists()
    return [(p.item, p.field) for p in report.not_mapped]


# -- 1. nothing lost silently ----------------------------------------------------------


def test_qti3_shared_passage_becomes_the_stimulus(tmp_path: Path) -> None:
    pack, report = imported(QTI3 / "stimulus_ref.xml", tmp_path)
    (item,) = pack.items
    stimulus = pack.stimulus(item.stimulus or "")
    assert stimulus is not None and stimulus.title == "De bibliotheek"
    assert "Op maandag is de bibliotheek dicht." in stimulus.text
    assert item.answer == "Op maandag" and report.not_mapped == []


def test_qti3_missing_shared_passage_refuses_the_item(tmp_path: Path) -> None:
    assert refused_items(QTI3 / "stimulus_ref_missing.xml", tmp_path) == [
        ("bieb-weg", "assessmentStimulusRef")
    ]


def test_html_object_passage_is_read(tmp_path: Path) -> None:
    pack, _ = imported(QTI3 / "html_object.xml", tmp_path)
    (item,) = pack.items
    stimulus = pack.stimulus(item.stimulus or "")
    assert stimulus is not None
    assert stimulus.text.splitlines() == [
        "Brief van de school",
        "Beste ouders,",
        "Vrijdag is de school om twaalf uur uit.",
    ]


def test_missing_html_passage_refuses_the_item(tmp_path: Path) -> None:
    assert refused_items(QTI3 / "html_object_missing.xml", tmp_path) == [("brief-weg", "itemBody")]


def test_templated_item_is_refused_with_its_reason(tmp_path: Path) -> None:
    report = import_file(QTI3 / "template.xml", tmp_path / "pack")
    assert [(p.item, p.field) for p in report.not_mapped] == [("som-1", "templateDeclaration")]
    assert "template" in report.not_mapped[0].message


@pytest.mark.parametrize("name", ["video.xml", "online_audio.xml"])
def test_questions_about_missing_media_are_refused(tmp_path: Path, name: str) -> None:
    left_out = refused_items(QTI3 / name, tmp_path)
    assert "itemBody" in {field for _, field in left_out}, left_out


def test_moodle_question_about_a_missing_sound_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "luister.xml"
    source.write_text(
        "<quiz><question type='multichoice'><name><text>Luister</text></name>"
        "<questiontext format='html'><text><![CDATA[<p>Luister.</p>"
        "<audio src='https://example.org/a.mp3'></audio><p>Wie belt er?</p>]]></text>"
        "</questiontext><single>true</single>"
        "<answer fraction='100'><text>De dokter</text></answer>"
        "<answer fraction='0'><text>De buurman</text></answer></question>"
        "<question type='truefalse'><name><text>Los</text></name>"
        "<questiontext><text>Het is dinsdag.</text></questiontext>"
        "<answer fraction='100'><text>true</text></answer>"
        "<answer fraction='0'><text>false</text></answer></question></quiz>",
        encoding="utf-8",
    )
    pack, report = imported(source, tmp_path)
    assert [item.id for item in pack.items] == ["Los"]
    assert ("Luister", "questiontext") in [(p.item, p.field) for p in report.not_mapped]


# -- 3. Moodle-valid content -----------------------------------------------------------


def test_moodle_gift_fixture(tmp_path: Path) -> None:
    source = PUBLIC / "moodle_questions.gift.txt"
    assert detect_format(source) == "gift"
    pack, report = imported(source, tmp_path)
    items = {item.id: item for item in pack.items}
    # matching with a distractor (= -> Chat): kept, Chat is an extra choice
    matching = items["Moodle-activities"]
    assert matching.type is ItemType.MATCHING and len(matching.pairs) == 4
    assert "Chat" in matching.options and matching.pairs[2][0].startswith("A bank of record")
    # [plain]/[html] markers of answers and feedback do not reach the learner
    assert items["Q2"].options == ("yellow", "red", "blue")
    assert all("[" not in text for item in pack.items for text in (*item.options, item.feedback))
    # shared credit (50% + 50%) is multiple_response, each right one worth its half, the
    # wrong ones taking it off again, as Moodle scores it
    colours = items["colours"]
    assert colours.answer == ("yellow", "off-beige")
    assert colours.credit == {"yellow": 0.5, "red": -1.0, "off-beige": 0.5, "blue": -1.0}
    assert credit(colours, ["yellow"]) == 0.5 and credit(colours, ["yellow", "red"]) == 0.0
    assert credit(colours, ["yellow", "off-beige"]) == 1.0
    # partial credit as the source defines it (=%50%Cat) is kept, not left out
    animal = items["Shortanswer"]
    assert animal.credit == {"Cat": 0.5} and credit(animal, "cat") == 0.5
    assert {p.item for p in report.not_mapped} == {"Q5"}  # numerical


def test_gift_weights_one_word_answer_and_arrow_in_options(tmp_path: Path) -> None:
    source = tmp_path / "vragen.gift"
    source.write_text(
        "::Gewicht:: Wat is een appel? {~%100%fruit ~%-50%groente}\n\n"
        "::Een:: Schrijf het getal 1 in letters: {One}\n\n"
        "::Pijl:: Welke richting? {=links -> rechts ~boven -> onder}\n",
        encoding="utf-8",
    )
    pack, report = imported(source, tmp_path)
    items = {item.id: item for item in pack.items}
    assert items["Gewicht"].type is ItemType.MULTIPLE_CHOICE
    assert items["Gewicht"].answer == "fruit"
    assert items["Een"].type is ItemType.SHORT_ANSWER and items["Een"].accept == ("One",)
    assert items["Pijl"].type is ItemType.MULTIPLE_CHOICE
    assert items["Pijl"].options == ("links -> rechts", "boven -> onder")
    assert report.problems == []


def test_moodle_19_image_base64_beside_image(tmp_path: Path) -> None:
    pack, report = imported(PUBLIC / "moodle_sample_questions_with_old_image_tag.xml", tmp_path)
    items = {item.id: item for item in pack.items}
    assert items["mcq-with-image"].image == "images/moodle.png"
    data = (tmp_path / "pack" / "images" / "moodle.png").read_bytes()
    assert data.startswith(b"\x89PNG")
    assert not any("is not there" in p.message for p in report.not_mapped)


def test_moodle_cloze_becomes_gap_fill(tmp_path: Path) -> None:
    pack, report = imported(PUBLIC / "moodle_sample_questions_with_old_image_tag.xml", tmp_path)
    gaps = [item for item in pack.items if item.id.startswith("cloze-question-with-image-")]
    assert [item.type for item in gaps] == [ItemType.MULTIPLE_CHOICE] * 4 + [ItemType.SHORT_ANSWER]
    assert gaps[1].question == "(2) * Tucson: _____" and gaps[1].answer == "Arizona"
    assert gaps[4].accept == ("Paris",)
    stimulus = pack.stimulus(gaps[0].stimulus or "")
    assert stimulus is not None and "(5) _____" in stimulus.text
    assert stimulus.image == "images/moodle.png"
    # 50% for Marseille is kept as partial credit, as Moodle gives it
    assert gaps[4].credit == {"Marseille": 0.5} and credit(gaps[4], "marseille") == 0.5
    assert report.not_mapped == []


def test_single_gap_cloze_needs_no_stimulus(tmp_path: Path) -> None:
    source = tmp_path / "gat.xml"
    source.write_text(
        "<quiz><question type='cloze'><name><text>Gat</text></name><questiontext>"
        "<text>Ik woon in {1:MULTICHOICE:=Utrecht#Goed!~Parijs}.</text></questiontext>"
        "</question></quiz>",
        encoding="utf-8",
    )
    pack, _ = imported(source, tmp_path)
    (item,) = pack.items
    assert item.question == "Ik woon in _____." and item.stimulus is None
    assert item.options == ("Utrecht", "Parijs") and item.feedback == "Goed!"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "windows-1252", "iso-8859-15"])
def test_moodle_xml_in_other_encodings(tmp_path: Path, encoding: str) -> None:
    text = (MOODLE / "bank.xml").read_text(encoding="utf-8")
    declared = "UTF-16" if encoding.startswith("utf-16") else encoding
    text = text.replace('encoding="UTF-8"', f'encoding="{declared}"')
    text = text.replace("€", "EUR") if encoding == "windows-1252" else text
    source = tmp_path / "bank.xml"
    data = text.encode(encoding, errors="strict")
    if encoding == "utf-16-le":
        data = b"\xff\xfe" + data
    source.write_bytes(data)
    assert detect_format(source) == "moodle_xml"
    pack, _ = imported(source, tmp_path)
    reference, _ = imported(MOODLE / "bank.xml", tmp_path / "ref")
    assert [i.question for i in pack.items] == [
        i.question.replace("€", "EUR") if encoding == "windows-1252" else i.question
        for i in reference.items
    ]


def test_gift_in_utf16(tmp_path: Path) -> None:
    source = tmp_path / "vragen.txt"
    source.write_bytes("::Café:: Waar drinkt u koffie? {=in het café ~op het dak}".encode("utf-16"))
    assert detect_format(source) == "gift"
    pack, _ = imported(source, tmp_path)
    assert pack.items[0].answer == "in het café"


# -- 4. QTI interactions mapped onto types that work in practice -----------------------


def test_qti_inline_choice(tmp_path: Path) -> None:
    pack, _ = imported(QTI3 / "inline_choice.xml", tmp_path)
    (item,) = pack.items
    assert item.type is ItemType.MULTIPLE_CHOICE and item.answer == "perron"
    assert "_____" in item.question and item.options == ("perron", "keuken", "bed")


def test_qti_gap_match_gives_one_choice_per_gap(tmp_path: Path) -> None:
    pack, _ = imported(QTI3 / "gap_match.xml", tmp_path)
    first, second = pack.items
    assert (first.answer, second.answer) == ("werk", "zwemmen")
    assert first.options == ("werk", "zwemmen", "slapen")
    assert first.question == "(1) Op maandag ga ik naar mijn _____ ."
    stimulus = pack.stimulus(first.stimulus or "")
    assert stimulus is not None and "(2) _____" in stimulus.text


def test_qti_match_with_distractor(tmp_path: Path) -> None:
    pack, _ = imported(QTI3 / "match.xml", tmp_path)
    (item,) = pack.items
    assert item.type is ItemType.MATCHING
    assert item.pairs == (("bakker", "brood"), ("slager", "vlees"), ("apotheek", "medicijnen"))
    assert item.options == ("brood", "vlees", "medicijnen", "schoenen")
    assert score(item, [list(p) for p in item.pairs]) is True


def test_qti_order_becomes_ordering(tmp_path: Path) -> None:
    pack, _ = imported(QTI3 / "order.xml", tmp_path)
    (item,) = pack.items
    assert item.type is ItemType.ORDERING
    assert item.answer == ("Ik sta op.", "Ik eet mijn ontbijt.", "Ik ga naar mijn werk.")
    assert score(item, list(item.answer)) is True
    assert score(item, list(item.options)) is False


def test_qti_hotspot_is_refused_with_its_reason(tmp_path: Path) -> None:
    report = import_file(QTI3 / "hotspot.xml", tmp_path / "pack")
    (left_out,) = report.not_mapped
    assert left_out.field == "hotspotInteraction" and "hotspot" in left_out.message


def test_gift_question_about_a_video_or_sound_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "film.gift"
    source.write_text(
        "::Film:: Kijk. <video src='a.mp4'></video> Wat ziet u? {=een man ~een vrouw}\n\n"
        "::Hoor:: <audio src='b.mp3'></audio> Wie praat er? {=een man ~een vrouw}\n\n"
        "::Los:: Wat is rood? {=een tomaat ~een banaan}\n",
        encoding="utf-8",
    )
    pack, report = imported(source, tmp_path)
    assert [item.id for item in pack.items] == ["Los"]
    assert {(p.item, p.field) for p in report.not_mapped} == {("Film", "stem"), ("Hoor", "stem")}
