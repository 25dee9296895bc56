"""The pack writer: load -> write -> load gives the same pack; output is stable and tidy."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
import yaml

from examtrainer.bank.exporter import write_pack
from examtrainer.bank.loader import load_pack, media_root, read_pack_folder
from examtrainer.bank.model import Item, ItemType, Level, Manifest, Pack, Skill, Stimulus

FIXTURES = Path(__file__).parents[1] / "fixtures"
TINY = FIXTURES / "packs" / "tiny"


def same(a: Pack, b: Pack) -> bool:
    return (a.manifest, a.stimuli, a.items) == (b.manifest, b.stimuli, b.items)


def test_round_trip_of_the_tiny_pack(tmp_path: Path) -> None:
    pack = read_pack_folder(TINY)
    write_pack(pack, tmp_path / "out", media_root(TINY, pack.manifest))
    assert same(read_pack_folder(tmp_path / "out"), pack)


def test_output_is_stable_nested_and_without_defaults(tmp_path: Path) -> None:
    pack = read_pack_folder(TINY)
    write_pack(pack, tmp_path / "a")
    write_pack(read_pack_folder(tmp_path / "a"), tmp_path / "b")
    text = (tmp_path / "a" / "items" / "items.yaml").read_text(encoding="utf-8")
    assert text == (tmp_path / "b" / "items" / "items.yaml").read_text(encoding="utf-8")
    doc = yaml.safe_load(text)
    question = doc["stimuli"][0]["questions"][0]
    assert "skill" not in question and "stimulus" not in question  # inherited
    assert "hint" not in question and "irt" not in question  # defaults left out
    assert list(doc["stimuli"][0])[:4] == ["id", "skill", "level", "type"]
    assert "text: |" in text  # multi-line texts as literal blocks
    assert doc["stimuli"][1]["questions"][1]["irt"] == {"difficulty": -0.2}


def _media_pack(tmp_path: Path) -> tuple[Pack, Path]:
    media = tmp_path / "media-src"
    (media / "audio").mkdir(parents=True)
    (media / "images").mkdir()
    (media / "audio" / "a.wav").write_bytes(b"RIFF0000WAVE")
    (media / "images" / "p.png").write_bytes(b"\x89PNG")
    stimulus = Stimulus(
        id="s1",
        skill=Skill.LISTENING,
        level=Level.A2,
        type="voicemail",
        audio="audio/a.wav",
        themes=("health",),
    )
    items = (
        Item(
            id="i1",
            skill=Skill.LISTENING,
            level=Level.A2,
            type=ItemType.MULTIPLE_CHOICE,
            stimulus="s1",
            question="Wat?",
            options=("Ja", "Nee"),
            answer="Ja",
            themes=(),
        ),
        Item(
            id="i2",
            skill=Skill.READING,
            level=Level.B1,
            type=ItemType.MATCHING,
            question="Koppel.",
            pairs=(("a", "b"), ("c", "d")),
            image="images/p.png",
        ),
    )
    manifest = Manifest(id="t.media", title="T", version="1", author="x", licence="y", source="z")
    return Pack(manifest=manifest, stimuli=(stimulus,), items=items), media


def test_media_are_copied_and_explicit_empty_themes_survive(tmp_path: Path) -> None:
    pack, media = _media_pack(tmp_path)
    write_pack(pack, tmp_path / "out", media)
    assert (tmp_path / "out" / "audio" / "a.wav").read_bytes() == b"RIFF0000WAVE"
    assert same(read_pack_folder(tmp_path / "out"), pack)


def test_items_out_of_nesting_order_are_written_flat(tmp_path: Path) -> None:
    pack, media = _media_pack(tmp_path)
    reordered = pack.model_copy(update={"items": tuple(reversed(pack.items))})
    write_pack(reordered, tmp_path / "out", media)
    assert same(read_pack_folder(tmp_path / "out"), reordered)
    doc = yaml.safe_load((tmp_path / "out" / "items" / "items.yaml").read_text(encoding="utf-8"))
    assert "questions" not in doc["stimuli"][0]
    assert doc["items"][1]["stimulus"] == "s1"


def test_zip_output_loads_as_a_pack(tmp_path: Path) -> None:
    pack, media = _media_pack(tmp_path)
    archive = write_pack(pack, tmp_path / "pack.zip", media)
    with zipfile.ZipFile(archive) as zf:
        assert sorted(zf.namelist()) == [
            "audio/a.wav",
            "images/p.png",
            "items/items.yaml",
            "pack.yaml",
        ]
    assert same(load_pack(archive), pack)


def test_refuses_a_folder_that_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "x").write_text("x")
    with pytest.raises(FileExistsError):
        write_pack(read_pack_folder(TINY), tmp_path / "out")


def test_media_paths_may_not_leave_the_pack(tmp_path: Path) -> None:
    pack, media = _media_pack(tmp_path)
    evil = pack.items[1].model_copy(update={"image": "../../etc/passwd"})
    with pytest.raises(ValueError, match="inside the pack"):
        write_pack(pack.model_copy(update={"items": (pack.items[0], evil)}), tmp_path / "o", media)
