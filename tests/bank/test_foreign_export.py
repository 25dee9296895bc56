"""Issue 14: a way back out. A pack exported as Moodle XML or as a QTI 3.0 package and
imported again gives the same items (speaking tasks, which neither format holds, are left
out and listed)."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest

from examtrainer.bank.exporter import write_pack
from examtrainer.bank.foreign_export import write_moodle_xml, write_qti_package
from examtrainer.bank.importers import detect_format, import_file
from examtrainer.bank.loader import read_pack_folder
from examtrainer.bank.model import Item, Manifest, Pack, Stimulus

MEDIA = Path(__file__).parents[1] / "fixtures" / "import" / "qti" / "media"


def _pack(root: Path) -> Pack:
    (root / "images").mkdir(parents=True)
    (root / "audio").mkdir()
    shutil.copy(MEDIA / "klok.png", root / "images" / "klok.png")
    shutil.copy(MEDIA / "gesprek.wav", root / "audio" / "gesprek.wav")
    common: dict[str, Any] = {"skill": "reading", "level": "A2"}
    stimuli = (
        Stimulus(
            id="brief",
            type="text",
            title="Brief van de gemeente",
            text="Beste meneer Jansen,\nUw paspoort is klaar.\nU kunt het ophalen.",
            image="images/klok.png",
            themes=("municipality",),
            **common,
        ),
        Stimulus(
            id="gesprek",
            skill="listening",
            level="A1",
            type="fragment",
            text="Een gesprek bij de huisarts.",
            audio="audio/gesprek.wav",
        ),
    )
    items = (
        Item(
            id="brief-1",
            type="multiple_choice",
            stimulus="brief",
            question="Wat is klaar?",
            options=("Het paspoort", "De fiets", "Het huis"),
            answer="Het paspoort",
            feedback="In de tweede zin staat: uw paspoort is klaar.",
            themes=("municipality",),
            **common,
        ),
        Item(
            id="brief-2",
            type="true_false",
            stimulus="brief",
            question="U moet het paspoort ophalen.",
            options=("Juist", "Onjuist"),
            answer="Juist",
            themes=("municipality",),
            **common,
        ),
        Item(
            id="gesprek-1",
            skill="listening",
            level="A1",
            type="multiple_choice",
            stimulus="gesprek",
            question="Waar is de man?",
            options=("Bij de huisarts", "Bij de bakker"),
            answer="Bij de huisarts",
        ),
        Item(
            id="fruit",
            type="multiple_response",
            question="Wat is fruit?",
            options=("appel", "kaas", "peer"),
            answer=("appel", "peer"),
            image="images/klok.png",
            **common,
        ),
        # Partial credit, as Moodle fractions and QTI mappings define it.
        Item(
            id="bus",
            type="multiple_choice",
            question="Wanneer gaat de bus?",
            options=("om 8 uur", "om 9 uur", "om 10 uur"),
            answer="om 8 uur",
            credit={"om 9 uur": 0.5},
            **common,
        ),
        Item(
            id="groente",
            type="multiple_response",
            question="Wat is groente?",
            options=("wortel", "brood", "sla"),
            answer=("wortel", "sla"),
            credit={"wortel": 0.5, "brood": -0.5, "sla": 0.5},
            **common,
        ),
        Item(
            id="hoofdstad",
            type="short_answer",
            question="Wat is de hoofdstad van Nederland?",
            accept=("Amsterdam",),
            credit={"Den Haag": 0.25},
            **common,
        ),
        Item(
            id="getal",
            type="short_answer",
            question="Hoeveel dagen heeft een week?",
            accept=("zeven", "7"),
            themes=("general",),
            **common,
        ),
        Item(
            id="winkels",
            type="matching",
            question="Wat koopt u waar?",
            pairs=(("bakker", "brood"), ("slager", "vlees")),
            options=("brood", "vlees", "schoenen"),
            **common,
        ),
        Item(
            id="ochtend",
            type="ordering",
            question="Zet in de goede volgorde.",
            options=("Ik ga werken.", "Ik sta op.", "Ik ontbijt."),
            answer=("Ik sta op.", "Ik ontbijt.", "Ik ga werken."),
            **common,
        ),
        Item(
            id="kaart",
            skill="writing",
            level="A2",
            type="writing",
            question="Schrijf een kaart aan uw buurvrouw.",
            model_answer="Beste Anna, bedankt voor de bloemen!",
        ),
        Item(
            id="vertel",
            skill="speaking",
            level="A2",
            type="speaking_short",
            question="Vertel over uw werk.",
            answer_seconds=30,
            model_answer="Ik werk in een winkel.",
        ),
    )
    manifest = Manifest(
        id="test.uitvoer", title="Uitvoer", version="1", author="t", licence="CC0-1.0", source="t"
    )
    return Pack(manifest=manifest, stimuli=stimuli, items=items)


def _same(item: Item, pack: Pack) -> tuple[Any, ...]:
    """What a learner meets of an item: everything but ids of stimuli and unused fields."""
    stimulus = pack.stimulus(item.stimulus) if item.stimulus else None
    choices = item.options
    if item.type.value == "matching":
        choices = tuple(sorted(item.options or {right for _, right in item.pairs}))
    if item.type.value == "ordering":  # Moodle shuffles the parts itself: the set counts
        choices = tuple(sorted(item.options))
    return (
        item.id,
        item.type,
        item.skill,
        item.level,
        item.question,
        choices,
        tuple(sorted(item.right_answers))
        if item.type.value in ("short_answer", "multiple_response")
        else item.right_answers,
        item.pairs,
        item.credit,  # partial credit comes back as it went out
        item.feedback,
        item.model_answer,
        tuple(sorted(item.themes)),
        Path(item.image).name if item.image else None,
        (
            stimulus.title,
            stimulus.text,
            stimulus.skill,
            stimulus.level,
            Path(stimulus.image).name if stimulus.image else None,
            Path(stimulus.audio).name if stimulus.audio else None,
        )
        if stimulus
        else None,
    )


@pytest.mark.parametrize("kind", ["moodle", "qti"])
def test_round_trip_gives_the_same_items(tmp_path: Path, kind: str) -> None:
    original = _pack(tmp_path / "bron")
    write_pack(original, tmp_path / "pack", tmp_path / "bron")
    pack = read_pack_folder(tmp_path / "pack")
    if kind == "moodle":
        result = write_moodle_xml(pack, tmp_path / "uit.xml", tmp_path / "pack")
        assert detect_format(result.path) == "moodle_xml"
    else:
        result = write_qti_package(pack, tmp_path / "uit.zip", tmp_path / "pack")
        assert detect_format(result.path) == "qti30"
        with zipfile.ZipFile(result.path) as zf:
            assert "imsmanifest.xml" in zf.namelist()
            assert "stimuli/brief.xml" in zf.namelist()
    assert result.left_out == ["vertel"]
    report = import_file(result.path, tmp_path / "terug")
    assert report.ok and report.not_mapped == [], report.summary()
    back = read_pack_folder(tmp_path / "terug")
    kept = [item for item in pack.items if item.id != "vertel"]
    assert [_same(i, back) for i in back.items] == [_same(i, pack) for i in kept]
    assert len(back.stimuli) == 2  # the letter's two questions share one text again
    for stimulus in back.stimuli:
        for name in (stimulus.image, stimulus.audio):
            if name:
                assert (tmp_path / "terug" / name).read_bytes() == (
                    tmp_path
                    / "pack"
                    / ("images" if name.endswith(".png") else "audio")
                    / Path(name).name
                ).read_bytes()
