"""Blueprints: the defaults follow EXAM_FACTS.md; school overrides are checked strictly."""

from __future__ import annotations

from pathlib import Path

import pytest

from examtrainer.bank.model import ItemType, Level, Skill
from examtrainer.exam import blueprint as blueprint_module
from examtrainer.exam.blueprint import (
    BlueprintError,
    all_default_blueprints,
    blueprint_from_dict,
    load_blueprint,
    site_override,
)


@pytest.mark.parametrize(
    ("target", "skill", "questions", "minutes"),
    [
        ("A2", "reading", 25, 65),
        ("A2", "listening", 25, 45),
        ("A2", "speaking", 16, 35),  # since 1 March 2025 [3rd]: 16 spoken tasks
        ("B1", "reading", 40, 100),  # [conflict] 100-110: the shorter one
        ("B1", "listening", 40, 90),
        ("B1", "speaking", 16, 30),  # [conflict] 25-30: the longer one
    ],
)
def test_defaults_match_exam_facts(target: str, skill: str, questions: int, minutes: int) -> None:
    blueprint = load_blueprint(target, skill)
    assert blueprint.questions == questions
    assert blueprint.time_limit_minutes == minutes
    assert blueprint.time_limit_seconds == minutes * 60
    assert blueprint.id == f"{target}-{skill}"
    assert blueprint.practice_questions == 2
    assert blueprint.timer == "hidden_with_warnings"
    assert blueprint.warnings_minutes == (5, 1)


BLUEPRINTS = Path(blueprint_module.__file__).parent / "blueprints"
OLD_A2_SPEAKING = BLUEPRINTS / "a2-speaking-until-2025-03.toml"


def test_reading_and_listening_structure() -> None:
    a2 = load_blueprint("A2", "reading")
    assert a2.texts is not None and a2.texts.min <= 10 <= a2.texts.max  # about 10 texts
    assert a2.navigation == "free"
    assert a2.plays_allowed is None
    assert a2.pass_raw == 18  # a [conflict] hint only
    assert a2.scale is None
    assert a2.level_weights[Level.A2] > a2.level_weights[Level.A1]
    assert set(a2.level_weights) == {Level.A1, Level.A2}

    b1 = load_blueprint("B1", "reading")
    assert (b1.texts.min, b1.texts.max) == (8, 8)  # type: ignore[union-attr]  # [official]
    assert (b1.questions_per_text.min, b1.questions_per_text.max) == (4, 8)  # type: ignore[union-attr]
    assert b1.scale is not None and b1.scale.pass_score == 500
    assert b1.pass_raw is None  # the raw cut differs per version: never promised
    assert b1.level_weights[Level.B1] > b1.level_weights[Level.A2]

    listening = load_blueprint("B1", "listening")
    assert listening.texts is not None and listening.texts.min == 5  # 5 or more fragments
    assert listening.plays_allowed == 2
    assert load_blueprint("A2", "listening").plays_allowed == 2


def test_speaking_parts() -> None:
    a2 = load_blueprint("A2", "speaking")  # the format since 1 March 2025: spoken tasks only
    assert [(p.name, p.item_type, p.count) for p in a2.parts] == [
        ("recorded", ItemType.SPEAKING_SHORT, 16),
    ]
    assert a2.questions == 16 and a2.time_limit_minutes == 35
    old = load_blueprint("A2", "speaking", OLD_A2_SPEAKING)  # kept for schools that want it
    assert [(p.name, p.item_type, p.count) for p in old.parts] == [
        ("recorded", ItemType.SPEAKING_SHORT, 12),
        ("choose_reaction", ItemType.CHOOSE_REACTION, 12),
    ]
    b1 = load_blueprint("B1", "speaking")
    assert [(p.item_type, p.count) for p in b1.parts] == [
        (ItemType.SPEAKING_SHORT, 8),
        (ItemType.SPEAKING_MEDIUM, 8),
    ]
    assert a2.texts is None and a2.skill is Skill.SPEAKING


def test_round_trip_through_dict() -> None:
    for blueprint in all_default_blueprints():
        assert blueprint_from_dict(blueprint.to_dict()) == blueprint


def test_override_changes_only_its_keys(tmp_path: Path) -> None:
    override = tmp_path / "exam-a2-listening.toml"
    override.write_text("time_limit_minutes = 35\nplays_allowed = 1\ntexts = { min = 9 }\n")
    blueprint = load_blueprint("A2", "listening", override)
    assert blueprint.time_limit_minutes == 35
    assert blueprint.plays_allowed == 1
    assert blueprint.texts is not None and (blueprint.texts.min, blueprint.texts.max) == (9, 25)
    assert blueprint.questions == 25
    assert site_override(tmp_path, "A2", "listening") == override
    assert site_override(tmp_path, "A2", "reading") is None


def test_override_can_show_the_timer_and_lift_the_replay_limit(tmp_path: Path) -> None:
    override = tmp_path / "o.toml"
    override.write_text('timer = "visible"\nplays_allowed = 0\n')
    blueprint = load_blueprint("B1", "listening", override)
    assert blueprint.timer == "visible"
    assert blueprint.plays_allowed is None


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("time_limit = 60\n", "time_limit"),
        ('time_limit_minutes = "lang"\n', "time_limit_minutes"),
        ("questions = 2.5\n", "questions"),
        ('navigation = "backwards"\n', "navigation"),
        ("texts = { min = 2, most = 4 }\n", "texts.most"),
        ("levels = { C1 = 1.0 }\n", "levels.C1"),
        ('skill = "speaking"\n', "skill"),
        ("questions = 100\n", "questions"),  # does not fit in the texts any more
        ("[[parts]]\nname = 'x'\nitem_type = 'speaking_short'\ncount = 'twee'\n", "parts[1].count"),
    ],
)
def test_bad_override_names_file_and_key(tmp_path: Path, text: str, key: str) -> None:
    override = tmp_path / "exam-a2-reading.toml"
    override.write_text(text)
    with pytest.raises(BlueprintError) as caught:
        load_blueprint("A2", "reading", override)
    assert caught.value.key == key
    assert caught.value.file == str(override)
    assert str(override) in str(caught.value) and key in str(caught.value)


def test_speaking_parts_must_add_up(tmp_path: Path) -> None:
    override = tmp_path / "o.toml"
    override.write_text("questions = 20\n")
    with pytest.raises(BlueprintError, match="questions"):
        load_blueprint("A2", "speaking", override)


def test_broken_toml_and_unknown_exam(tmp_path: Path) -> None:
    override = tmp_path / "o.toml"
    override.write_text("questions = \n")
    with pytest.raises(BlueprintError, match=str(override)):
        load_blueprint("A2", "reading", override)
    with pytest.raises(BlueprintError):
        load_blueprint("C1", "reading")
    with pytest.raises(BlueprintError):
        load_blueprint("A2", "writing")
