"""The practice ladder toward the exam and the timed sets (Qt-free), and the exam-room murmur."""

from __future__ import annotations

from pathlib import Path

import pytest
from exam_fixtures import FakeClock, open_services, write_reading_pack

from examtrainer.audio.room_noise import room_noise_pcm, write_room_noise
from examtrainer.audio.wav import measure_level
from examtrainer.exam.blueprint import all_default_blueprints, load_blueprint
from examtrainer.services.banks import install_pack_folder
from examtrainer.services.exam import end_exam, start_exam
from examtrainer.services.ladder import (
    SkillHistory,
    effective_blueprint,
    is_timed_set,
    next_step,
    skill_histories,
    timed_set_blueprint,
)


@pytest.mark.parametrize(
    ("skill", "history", "code"),
    [
        ("reading", SkillHistory(), "placement"),
        ("speaking", SkillHistory(), "practice"),
        ("reading", SkillHistory(placed=True, answered=5), "practice"),
        ("reading", SkillHistory(placed=True, answered=40, readiness=0.9), "timed_set"),
        ("listening", SkillHistory(True, 40, 0.9, timed_sets=2), "mock_exam"),
        ("listening", SkillHistory(True, 40, 0.3, timed_sets=2), "timed_set"),
        ("speaking", SkillHistory(False, 12, None, timed_sets=2), "mock_exam"),
        ("reading", SkillHistory(True, 90, 0.7, timed_sets=3, mock_exams=2), "mock_exam"),
    ],
)
def test_next_step(skill: str, history: SkillHistory, code: str) -> None:
    step = next_step(skill, history, "B1")
    assert (step.skill, step.code, step.target) == (skill, code, "B1")


@pytest.mark.parametrize("blueprint", all_default_blueprints(), ids=lambda b: b.id)
def test_timed_sets_keep_the_rules_with_fewer_questions(blueprint) -> None:  # type: ignore[no-untyped-def]
    short = timed_set_blueprint(blueprint)
    assert short.questions == 10
    assert short.practice_questions == 0 and short.pass_raw is None
    expected = round(blueprint.time_limit_minutes * 10 / blueprint.questions)
    assert short.time_limit_minutes == expected
    assert (short.navigation, short.plays_allowed) == (
        blueprint.navigation,
        blueprint.plays_allowed,
    )
    if short.parts:
        assert sum(p.count for p in short.parts) == 10
        assert [p.name for p in short.parts] == [p.name for p in blueprint.parts]
    else:
        assert short.texts is not None and short.questions_per_text is not None
        assert short.texts.min * short.questions_per_text.min <= 10
        assert short.texts.max * short.questions_per_text.max >= 10


def test_finished_sets_and_exams_are_counted_apart(tmp_path: Path) -> None:
    services = open_services(tmp_path / "home")
    try:
        pack = write_reading_pack(tmp_path / "pack", texts=14, per_text=3)
        install_pack_folder(services.store, services.paths.installed_packs, pack)
        store = services.store
        learner = store.learners.create("Amina")
        short = timed_set_blueprint(load_blueprint("A2", "reading"))
        for blueprint in (short, short, None):
            run = start_exam(
                store, learner.id, "A2", "reading", seed=1, clock=FakeClock(), blueprint=blueprint
            )
            end_exam(run)
        start_exam(store, learner.id, "A2", "reading", seed=2, clock=FakeClock())  # still open
        states = [r.state for r in store.sessions.of_learner(learner.id, kind="exam")]
        assert [is_timed_set(s) for s in states] == [True, True, False, False]
        histories = skill_histories(store, learner.id, services.progress(learner.id), "A2")
        reading = histories["reading"]
        assert (reading.timed_sets, reading.mock_exams) == (2, 1)
        assert histories["listening"] == SkillHistory()
    finally:
        services.close()


def test_a_school_mock_exam_with_few_questions_is_still_a_mock_exam(tmp_path: Path) -> None:
    """Before: the ladder counted questions, so a school's 10-question mock exam was taken
    for a timed set. Now the kind is stored with the blueprint."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "exam-a2-reading.toml").write_text(
        "questions = 10\ntexts = { min = 3, max = 5 }\ntime_limit_minutes = 6\n",
        encoding="utf-8",
    )
    school = effective_blueprint(site, "A2", "reading")
    assert (school.questions, school.time_limit_minutes, school.kind) == (10, 6, "mock_exam")
    assert not is_timed_set({"blueprint": school.to_dict()})
    timed = effective_blueprint(site, "A2", "reading", "timed_set")
    assert timed.kind == "timed_set" and timed.time_limit_minutes == 6  # in proportion
    assert is_timed_set({"blueprint": timed.to_dict()})
    assert effective_blueprint(tmp_path / "no-site", "A2", "reading").time_limit_minutes == 65


def test_room_noise_is_quiet_and_made_once(tmp_path: Path) -> None:
    pcm = room_noise_pcm(seconds=3.0)
    assert len(pcm) == 3 * 16_000 * 2
    assert measure_level(pcm).rms_dbfs == pytest.approx(-38.0, abs=0.5)
    assert room_noise_pcm(seconds=3.0) == pcm, "the same murmur every time"
    path = write_room_noise(tmp_path / "exam" / "room-noise.wav", seconds=2.0)
    made = path.stat().st_mtime_ns
    assert write_room_noise(path) == path and path.stat().st_mtime_ns == made
