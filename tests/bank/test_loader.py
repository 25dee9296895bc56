"""Loading and validating content packs: the tiny pack loads; every defect is named by
file, item and field; all defects of a pack come out together.

Each broken pack is built in ``tmp_path`` so that every test shows its own defect.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml

from examtrainer.bank.loader import (
    TRUE_FALSE_OPTIONS,
    find_packs,
    load_pack,
    load_packs,
    read_manifest,
    read_pack_folder,
)
from examtrainer.bank.model import ItemType, Level, Skill
from examtrainer.errors import PackInvalid, Problem

TINY = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "tiny"
ITEMS = "items/test.yaml"

MANIFEST: dict[str, Any] = {
    "format": "examtrainer-pack/1",
    "id": "test.built",
    "title": "Gebouwd in een test",
    "version": "1.0",
    "author": "tests",
    "licence": "CC0-1.0",
    "source": "original",
}


def mc(item_id: str, **fields: Any) -> dict[str, Any]:
    """A valid stand-alone multiple-choice reading item; ``fields`` override."""
    item: dict[str, Any] = {
        "id": item_id,
        "skill": "reading",
        "level": "A1",
        "type": "multiple_choice",
        "question": "Welke dag?",
        "options": ["Maandag", "Dinsdag", "Woensdag"],
        "answer": "Dinsdag",
    }
    item.update(fields)
    return item


def stimulus(stimulus_id: str, questions: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": stimulus_id,
        "skill": "reading",
        "level": "A2",
        "type": "notice",
        "text": "De bibliotheek is op maandag gesloten.",
        "themes": ["leisure"],
        "questions": questions,
    }
    entry.update(fields)
    return entry


def write_pack(
    root: Path,
    files: dict[str, Any] | None = None,
    manifest: dict[str, Any] | None = MANIFEST,
) -> Path:
    """Write a pack: ``pack.yaml`` (unless ``manifest`` is None) and the given files.

    A value of ``files`` that is a str or bytes is written as is; anything else as YAML.
    """
    root.mkdir(parents=True, exist_ok=True)
    if manifest is not None:
        (root / "pack.yaml").write_text(yaml.safe_dump(manifest), encoding="utf-8")
    for rel, content in (files or {}).items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        elif isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_text(yaml.safe_dump(content, allow_unicode=True), encoding="utf-8")
    return root


def problems_of(root: Path, **kwargs: Any) -> list[Problem]:
    with pytest.raises(PackInvalid) as caught:
        load_pack(root, **kwargs)
    assert caught.value.problems, "PackInvalid without problems"
    return caught.value.problems


def where(problems: list[Problem]) -> set[tuple[str, str, str]]:
    return {(p.file, p.item, p.field) for p in problems}


def find(problems: list[Problem], file: str, item: str, field: str) -> Problem:
    matches = [p for p in problems if (p.file, p.item, p.field) == (file, item, field)]
    assert matches, f"no problem at {file}/{item}/{field}; got {[str(p) for p in problems]}"
    return matches[0]


# -- the tiny fixture pack --------------------------------------------------------------------


def test_tiny_pack_loads_with_its_counts() -> None:
    pack = load_pack(TINY)

    assert pack.manifest.id == "test.tiny"
    assert pack.manifest.version == "1.0"
    assert pack.manifest.licence == "CC0-1.0"
    assert pack.manifest.language == "nl"
    assert [s.id for s in pack.stimuli] == ["tiny-r1", "tiny-r2"]
    assert [i.id for i in pack.items] == [
        "tiny-r1-q1",
        "tiny-r1-q2",
        "tiny-r2-q1",
        "tiny-r2-q2",
        "tiny-b1",
    ]
    assert Path(pack.root) == TINY
    assert [i.id for i in pack.items_of("tiny-r2")] == ["tiny-r2-q1", "tiny-r2-q2"]
    assert pack.stimulus("nope") is None


def test_nested_questions_inherit_skill_level_and_themes_from_their_stimulus() -> None:
    pack = load_pack(TINY)
    by_id = {item.id: item for item in pack.items}

    q1 = by_id["tiny-r1-q1"]
    assert (q1.skill, q1.level, q1.themes, q1.stimulus) == (
        Skill.READING,
        Level.A1,
        ("housing",),
        "tiny-r1",
    )
    r2 = by_id["tiny-r2-q2"]
    assert (r2.level, r2.themes, r2.stimulus) == (Level.A2, ("school",), "tiny-r2")
    assert r2.irt is not None and r2.irt.difficulty == pytest.approx(-0.2)
    assert r2.irt.discrimination == 1.0
    standalone = by_id["tiny-b1"]
    assert (standalone.stimulus, standalone.level, standalone.themes) == (
        None,
        Level.B1,
        ("general",),
    )
    assert standalone.irt is None


def test_true_false_gets_juist_onjuist_when_options_are_left_out() -> None:
    item = {i.id: i for i in load_pack(TINY).items}["tiny-r1-q2"]

    assert item.type is ItemType.TRUE_FALSE
    assert item.options == TRUE_FALSE_OPTIONS == ("Juist", "Onjuist")
    assert item.answer == "Onjuist"


def test_a_nested_question_may_override_level_and_themes(tmp_path: Path) -> None:
    question = {
        "id": "s-1",
        "type": "true_false",
        "question": "Is de bibliotheek op maandag open?",
        "answer": "Onjuist",
        "level": "B1",
        "themes": ["municipality"],
    }
    root = write_pack(tmp_path / "p", {ITEMS: {"stimuli": [stimulus("s", [question])]}})

    (item,) = load_pack(root).items
    assert (item.skill, item.level, item.themes) == (Skill.READING, Level.B1, ("municipality",))


def test_read_manifest_is_cheap_and_forgiving(tmp_path: Path) -> None:
    manifest = read_manifest(TINY)
    assert manifest is not None and manifest.id == "test.tiny"
    assert read_manifest(tmp_path) is None  # no pack.yaml
    write_pack(tmp_path / "bad", manifest={"id": "x"})
    assert read_manifest(tmp_path / "bad") is None  # fields missing


# -- each kind of defect, by file, item and field ---------------------------------------------


def test_missing_answer(tmp_path: Path) -> None:
    item = mc("x-1")
    del item["answer"]
    problems = problems_of(write_pack(tmp_path / "p", {ITEMS: {"items": [item]}}))

    problem = find(problems, ITEMS, "x-1", "answer")
    assert "missing" in problem.message


def test_answer_not_among_the_options(tmp_path: Path) -> None:
    root = write_pack(tmp_path / "p", {ITEMS: {"items": [mc("x-1", answer="Zondag")]}})

    problem = find(problems_of(root), ITEMS, "x-1", "answer")
    assert problem.message == "'Zondag' is not one of the options"
    assert str(problem) == "items/test.yaml: item x-1: answer: 'Zondag' is not one of the options"


def test_unknown_level(tmp_path: Path) -> None:
    root = write_pack(tmp_path / "p", {ITEMS: {"items": [mc("x-1", level="A3")]}})

    problem = find(problems_of(root), ITEMS, "x-1", "level")
    assert "'A0', 'A1', 'A2' or 'B1'" in problem.message


def test_unknown_level_of_a_stimulus_is_reported_for_the_stimulus(tmp_path: Path) -> None:
    question = {"id": "s-1", "type": "true_false", "question": "Open?", "answer": "Juist"}
    root = write_pack(tmp_path / "p", {ITEMS: {"stimuli": [stimulus("s", [question], level="C2")]}})

    assert ("items/test.yaml", "s", "level") in where(problems_of(root))


def test_unknown_skill(tmp_path: Path) -> None:
    root = write_pack(tmp_path / "p", {ITEMS: {"items": [mc("x-1", skill="dancing")]}})

    problem = find(problems_of(root), ITEMS, "x-1", "skill")
    assert "reading" in problem.message


def test_unknown_type(tmp_path: Path) -> None:
    root = write_pack(tmp_path / "p", {ITEMS: {"items": [mc("x-1", type="essay")]}})

    problem = find(problems_of(root), ITEMS, "x-1", "type")
    assert "multiple_choice" in problem.message


def test_duplicate_id_within_one_file(tmp_path: Path) -> None:
    root = write_pack(tmp_path / "p", {ITEMS: {"items": [mc("x-1"), mc("x-1")]}})

    problems = problems_of(root)
    duplicate = find(problems, ITEMS, "x-1", "id")
    assert "duplicate id" in duplicate.message
    assert ITEMS in duplicate.message
    assert len([p for p in problems if p.field == "id"]) == 1


def test_duplicate_id_across_files(tmp_path: Path) -> None:
    root = write_pack(
        tmp_path / "p",
        {"items/a.yaml": {"items": [mc("x-1")]}, "items/b.yaml": {"items": [mc("x-1")]}},
    )

    problem = find(problems_of(root), "items/b.yaml", "x-1", "id")
    assert "also in items/a.yaml" in problem.message


def test_an_item_id_may_not_repeat_a_stimulus_id(tmp_path: Path) -> None:
    question = {"id": "s-1", "type": "true_false", "question": "Open?", "answer": "Juist"}
    root = write_pack(
        tmp_path / "p", {ITEMS: {"stimuli": [stimulus("s", [question])], "items": [mc("s")]}}
    )

    assert (ITEMS, "s", "id") in where(problems_of(root))


def test_question_refers_to_a_missing_stimulus(tmp_path: Path) -> None:
    root = write_pack(tmp_path / "p", {ITEMS: {"items": [mc("x-1", stimulus="nergens")]}})

    problem = find(problems_of(root), ITEMS, "x-1", "stimulus")
    assert "nergens" in problem.message


def test_item_referring_to_a_stimulus_of_another_skill(tmp_path: Path) -> None:
    question = {"id": "s-1", "type": "true_false", "question": "Open?", "answer": "Juist"}
    root = write_pack(
        tmp_path / "p",
        {
            ITEMS: {
                "stimuli": [stimulus("s", [question])],
                "items": [mc("x-1", stimulus="s", skill="listening")],
            }
        },
    )

    problem = find(problems_of(root), ITEMS, "x-1", "skill")
    assert "differs from its stimulus" in problem.message


def test_nested_question_that_overrides_the_skill_of_its_stimulus(tmp_path: Path) -> None:
    question = {
        "id": "s-1",
        "type": "true_false",
        "question": "Open?",
        "answer": "Juist",
        "skill": "listening",
    }
    root = write_pack(tmp_path / "p", {ITEMS: {"stimuli": [stimulus("s", [question])]}})

    assert (ITEMS, "s-1", "skill") in where(problems_of(root))


def test_recorded_speaking_item_needs_answer_seconds_and_model_answer(tmp_path: Path) -> None:
    speaking = {
        "id": "sp-1",
        "skill": "speaking",
        "level": "A2",
        "type": "speaking_short",
        "question": "Wat doet u in het weekend?",
    }
    problems = problems_of(write_pack(tmp_path / "p", {ITEMS: {"items": [speaking]}}))

    assert {(ITEMS, "sp-1", "answer_seconds"), (ITEMS, "sp-1", "model_answer")} <= where(problems)


def test_a_recorded_item_of_another_skill_is_refused(tmp_path: Path) -> None:
    wrong = {
        "id": "sp-1",
        "skill": "reading",
        "level": "A2",
        "type": "speaking_medium",
        "question": "Vertel over uw werk.",
        "answer_seconds": 60,
        "model_answer": "Ik werk in een winkel.",
    }
    problems = problems_of(write_pack(tmp_path / "p", {ITEMS: {"items": [wrong]}}))

    assert where(problems) == {(ITEMS, "sp-1", "skill")}


def test_missing_media_file(tmp_path: Path) -> None:
    root = write_pack(tmp_path / "p", {ITEMS: {"items": [mc("x-1", image="images/plaatje.png")]}})

    problem = find(problems_of(root), ITEMS, "x-1", "image")
    assert problem.message == "file 'images/plaatje.png' does not exist"


def test_missing_audio_of_a_stimulus(tmp_path: Path) -> None:
    question = {"id": "l-1", "type": "true_false", "question": "Open?", "answer": "Juist"}
    fragment = stimulus("l", [question], skill="listening", type="voicemail", audio="audio/l.ogg")
    root = write_pack(tmp_path / "p", {ITEMS: {"stimuli": [fragment]}})

    problem = find(problems_of(root), ITEMS, "l", "audio")
    assert "audio/l.ogg" in problem.message


def test_media_path_escaping_the_media_folder(tmp_path: Path) -> None:
    (tmp_path / "x.ogg").write_bytes(b"OggS")  # it exists, but outside the pack
    root = write_pack(tmp_path / "p", {ITEMS: {"items": [mc("x-1", image="../x.ogg")]}})

    problem = find(problems_of(root), ITEMS, "x-1", "image")
    assert problem.message == "'../x.ogg' is outside the media folder"


def test_media_found_in_the_folder_named_by_the_manifest(tmp_path: Path) -> None:
    shared = tmp_path / "assets" / "images"
    shared.mkdir(parents=True)
    (shared / "plaatje.png").write_bytes(b"\x89PNG")
    root = write_pack(
        tmp_path / "content" / "p",
        {ITEMS: {"items": [mc("x-1", image="images/plaatje.png")]}},
        manifest={**MANIFEST, "media": "../../assets"},
    )

    (item,) = load_pack(root).items
    assert item.image == "images/plaatje.png"


def test_empty_file(tmp_path: Path) -> None:
    root = write_pack(tmp_path / "p", {"items/good.yaml": {"items": [mc("x-1")]}, ITEMS: ""})

    problems = problems_of(root)
    assert where(problems) == {(ITEMS, "", "")}
    assert problems[0].message == "the file is empty"


def test_yaml_syntax_error(tmp_path: Path) -> None:
    root = write_pack(
        tmp_path / "p",
        {"items/good.yaml": {"items": [mc("x-1")]}, ITEMS: "items:\n  - id: [unclosed\n"},
    )

    problems = problems_of(root)
    assert where(problems) == {(ITEMS, "", "")}
    assert problems[0].message.startswith("cannot read YAML")


def test_file_that_is_not_an_item_mapping(tmp_path: Path) -> None:
    root = write_pack(tmp_path / "p", {ITEMS: {"vragen": [mc("x-1")]}})

    problems = problems_of(root)
    assert where(problems) == {(ITEMS, "", "")}
    assert "'stimuli' and/or 'items'" in problems[0].message


def test_missing_pack_yaml(tmp_path: Path) -> None:
    root = write_pack(tmp_path / "p", {ITEMS: {"items": [mc("x-1")]}}, manifest=None)

    problems = problems_of(root)
    assert where(problems) == {("pack.yaml", "", "")}
    assert "missing" in problems[0].message


def test_manifest_without_licence(tmp_path: Path) -> None:
    manifest = {key: value for key, value in MANIFEST.items() if key != "licence"}
    root = write_pack(tmp_path / "p", {ITEMS: {"items": [mc("x-1")]}}, manifest=manifest)

    problems = problems_of(root)
    assert where(problems) == {("pack.yaml", "", "licence")}
    assert problems[0].message == "Field required"


def test_pack_without_item_files(tmp_path: Path) -> None:
    problems = problems_of(write_pack(tmp_path / "p"))

    assert "no item files" in problems[0].message


def test_all_problems_of_a_pack_are_reported_at_once(tmp_path: Path) -> None:
    manifest = {key: value for key, value in MANIFEST.items() if key != "licence"}
    root = write_pack(
        tmp_path / "p",
        {
            "items/a.yaml": {
                "items": [
                    mc("a-1", answer="Zondag"),
                    mc("a-2", level="A3"),
                    mc("a-3", stimulus="nergens"),
                ]
            },
            "items/b.yaml": {"items": [mc("a-1"), mc("b-2", image="images/none.png")]},
            "items/c.yaml": "items: [\n",
        },
        manifest=manifest,
    )

    with pytest.raises(PackInvalid) as caught:
        load_pack(root)
    error = caught.value
    assert {
        ("pack.yaml", "", "licence"),
        ("items/a.yaml", "a-1", "answer"),
        ("items/a.yaml", "a-2", "level"),
        ("items/a.yaml", "a-3", "stimulus"),
        ("items/b.yaml", "a-1", "id"),
        ("items/b.yaml", "b-2", "image"),
        ("items/c.yaml", "", ""),
    } <= where(error.problems)
    assert len(error.problems) >= 7
    assert error.source == str(root)
    assert f"{len(error.problems)} probleem/problemen" in str(error)


def test_media_check_is_called_and_its_reason_reported(tmp_path: Path) -> None:
    root = write_pack(
        tmp_path / "p",
        {
            ITEMS: {"items": [mc("x-1", image="images/a.png"), mc("x-2", image="images/b.png")]},
            "images/a.png": b"fine",
            "images/b.png": b"broken",
        },
    )
    seen: list[Path] = []

    def check(path: Path) -> str | None:
        seen.append(path)
        return "cannot decode" if path.read_bytes() == b"broken" else None

    problems = problems_of(root, media_check=check)

    assert sorted(p.name for p in seen) == ["a.png", "b.png"]
    assert all(p.is_absolute() and p.is_file() for p in seen)
    assert where(problems) == {(ITEMS, "x-2", "image")}
    assert problems[0].message == "'images/b.png': cannot decode"


def test_media_check_is_not_asked_about_files_that_do_not_exist(tmp_path: Path) -> None:
    root = write_pack(tmp_path / "p", {ITEMS: {"items": [mc("x-1", image="images/none.png")]}})
    calls: list[Path] = []

    problems = problems_of(root, media_check=lambda p: calls.append(p) or None)

    assert calls == []
    assert "does not exist" in problems[0].message


def test_read_pack_folder_accepts_a_passing_media_check(tmp_path: Path) -> None:
    root = write_pack(
        tmp_path / "p", {ITEMS: {"items": [mc("x-1", image="a.png")]}, "a.png": b"png"}
    )

    pack = read_pack_folder(root, media_check=lambda path: None)
    assert [i.id for i in pack.items] == ["x-1"]


# -- zips and folders of packs ----------------------------------------------------------------


def zip_folder(folder: Path, archive: Path, top: str | None = None) -> Path:
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                rel = path.relative_to(folder).as_posix()
                zf.write(path, f"{top}/{rel}" if top else rel)
    return archive


def test_a_zip_of_the_pack_loads(tmp_path: Path) -> None:
    archive = zip_folder(TINY, tmp_path / "tiny.zip")

    pack = load_pack(archive)
    assert pack.manifest.id == "test.tiny"
    assert len(pack.items) == 5


def test_a_zip_with_one_top_folder_loads(tmp_path: Path) -> None:
    archive = zip_folder(TINY, tmp_path / "tiny.zip", top="tiny-pack")

    pack = load_pack(archive)
    assert pack.manifest.id == "test.tiny"
    assert len(pack.stimuli) == 2


def test_problems_of_a_broken_zip_name_the_zip(tmp_path: Path) -> None:
    folder = write_pack(tmp_path / "p", {ITEMS: {"items": [mc("x-1", answer="Zondag")]}})
    archive = zip_folder(folder, tmp_path / "broken.zip")

    with pytest.raises(PackInvalid) as caught:
        load_pack(archive)
    assert caught.value.source == str(archive)
    assert where(caught.value.problems) == {(ITEMS, "x-1", "answer")}


def test_find_packs_in_a_folder_of_packs(tmp_path: Path) -> None:
    packs = tmp_path / "packs"
    shutil.copytree(TINY, packs / "b-tiny")
    write_pack(packs / "a-built", {ITEMS: {"items": [mc("x-1")]}})
    zip_folder(TINY, packs / "c.zip")
    (packs / "not-a-pack").mkdir()
    (packs / "notes.txt").write_text("no pack")

    found = find_packs(packs)

    assert found == [packs / "a-built", packs / "b-tiny", packs / "c.zip"]
    assert [p.manifest.id for p in load_packs(found)] == ["test.built", "test.tiny", "test.tiny"]


def test_find_packs_of_a_single_pack_or_nothing(tmp_path: Path) -> None:
    assert find_packs(TINY) == [TINY]
    archive = zip_folder(TINY, tmp_path / "tiny.zip")
    assert find_packs(archive) == [archive]
    assert find_packs(tmp_path / "does-not-exist") == []
    (tmp_path / "empty").mkdir()
    assert find_packs(tmp_path / "empty") == []
