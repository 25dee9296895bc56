"""The speaking service over a real database: task selection, recordings and retention."""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy.exc import IntegrityError

from examtrainer.bank.model import ItemType
from examtrainer.paths import default_paths
from examtrainer.services.app import Services
from examtrainer.services.banks import install_pack_folder
from examtrainer.services.speaking import plan_speaking, speaking_levels
from examtrainer.settings import Settings
from examtrainer.store.teaching import Teaching

ROOT = Path(__file__).resolve().parents[2]
PACK = ROOT / "tests" / "fixtures" / "packs" / "listen-speak"
SPEECH = ROOT / "tests" / "fixtures" / "audio" / "speech_nl.wav"


@pytest.fixture
def services(tmp_path: Path) -> Services:
    paths = default_paths({"EXAMTRAINER_HOME": str(tmp_path / "home")})
    opened = Services.open(paths, Settings(recordings_keep_days=30), install_content=False)
    opened.rng = np.random.default_rng(7)
    install_pack_folder(opened.store, paths.installed_packs, PACK)
    yield opened
    opened.close()


def test_levels_follow_the_learner() -> None:
    assert speaking_levels(None, "A2") == ("A1", "A2")
    assert speaking_levels(None, "B1") == ("A2", "B1")
    assert speaking_levels("A1") == ("A1", "A2")
    assert speaking_levels("B1") == ("B1",)


def test_plan_mixes_reactions_and_prefers_fresh_items(services: Services) -> None:
    items = services.store.items.for_skill("speaking")
    by_key = {s.key: s for s in items}
    rng = np.random.default_rng(1)
    plan = plan_speaking(items, ("A1", "A2"), {by_key["ls-s1"].id}, rng, count=3)
    assert [s.item.type for s in plan][2] is ItemType.CHOOSE_REACTION
    assert plan[0].key == "ls-s2", "a task done recently comes after the fresh ones"
    only_a1 = plan_speaking(items, ("A1",), set(), rng, count=6)
    assert [s.key for s in only_a1] == ["ls-s1"]
    assert plan_speaking(items, ("B1",), set(), rng, count=6), "no B1 tasks: any level will do"


def test_recording_rating_and_aloud_answer_are_stored(services: Services) -> None:
    learner = services.create_learner("Amina", language="nl")
    run = services.start_speaking(learner.id)
    assert run.total == 3
    question = run.session.start()
    seen = set()
    while question is not None:
        seen.add(question.item.id)
        if question.item.type is ItemType.CHOOSE_REACTION:
            assert run.session.answer(question.item.answer).correct
        elif question.item.id == "ls-s1":
            path = run.recording_path(question, datetime(2025, 3, 4, 10, 11, 12))
            assert path == services.paths.recordings / str(learner.id) / "20250304-101112-ls-s1.wav"
            shutil.copy(SPEECH, path)
            saved = run.save_recording(path)
            assert saved.expected == (5.0, 20.0)
            assert [r.code for r in saved.remarks] == ["too_short"]
            run.rate_self(saved.recording_id, {"Zegt u uw naam?": True, "Hele zinnen?": False})
        else:
            run.answer_aloud({"Geeft u antwoord op de vraag?": True})
        question = run.session.next()
    assert seen == {"ls-s1", "ls-s2", "ls-r1"}
    result = run.finish()
    assert (result.recorded, result.keyed, result.summary.correct) == (2, 1, 1)
    assert result.level_after is not None, "the reaction item measured the level"

    [recording] = services.store.recordings.of_learner(learner.id)
    assert recording.self_rating["checks"] == {"Zegt u uw naam?": True, "Hele zinnen?": False}
    assert recording.self_rating["share"] == 0.5
    assert recording.analysis["expected_seconds"] == [5.0, 20.0]
    responses = {r.item_key: r for r in services.store.responses.of_learner(learner.id)}
    assert responses["ls-s1"].correct is None
    assert responses["ls-s2"].answer["mode"] == "aloud"
    assert responses["ls-r1"].correct is True
    assert "speaking" in services.store.abilities.latest(learner.id)


def test_old_recordings_are_deleted(services: Services) -> None:
    learner = services.create_learner("Amina", language="nl")
    run = services.start_speaking(learner.id)
    question = run.session.start()
    while question is not None and not question.item.is_recorded:
        run.session.answer(question.item.answer)
        question = run.session.next()
    assert question is not None
    path = run.recording_path(question)
    shutil.copy(SPEECH, path)
    run.save_recording(path)
    folder = path.parent
    stray = folder / "old-crash.wav.part"
    stray.write_bytes(b"half")
    long_ago = (datetime.now(UTC) - timedelta(days=40)).timestamp()
    os.utime(stray, (long_ago, long_ago))

    assert services.delete_expired_recordings() == 1, "only the old stray file goes now"
    assert path.is_file() and not stray.exists()
    later = datetime.now(UTC) + timedelta(days=31)
    assert services.delete_expired_recordings(now=later) == 1
    assert not path.exists()
    assert services.store.recordings.of_learner(learner.id) == []


def test_recordings_go_to_the_schools_shared_folder(services: Services, tmp_path: Path) -> None:
    from dataclasses import replace

    learner = services.create_learner("Amina", language="nl")
    assert services.recordings_folder == services.paths.recordings
    shared = tmp_path / "school-share" / "opnames"
    services.settings = replace(services.settings, shared_recordings=str(shared))
    run = services.start_speaking(learner.id)
    question = run.session.start()
    while question is not None and not question.item.is_recorded:
        run.session.answer(question.item.answer)
        question = run.session.next()
    assert question is not None
    assert run.recording_path(question).parent == shared / str(learner.id)


def _first_recorded_task(run):  # type: ignore[no-untyped-def]
    question = run.session.start()
    while question is not None and not question.item.is_recorded:
        run.session.answer(question.item.answer)
        question = run.session.next()
    assert question is not None, "the pack has a recorded task"
    return question


def test_answer_and_recording_are_stored_as_one_unit(services: Services) -> None:
    """When the recording's row cannot be written, the answer is not stored either, the WAV
    is deleted (no recording the teacher cannot find) and the task stays open to try again."""
    learner = services.create_learner("Amina", language="nl")
    run = services.start_speaking(learner.id)
    question = _first_recorded_task(run)
    path = run.recording_path(question)
    shutil.copy(SPEECH, path)
    with services.store.engine.begin() as connection:  # the recording row is refused
        connection.exec_driver_sql(
            "CREATE TRIGGER refuse_recording BEFORE INSERT ON recordings "
            "BEGIN SELECT RAISE(ABORT, 'refused for the test'); END"
        )

    with pytest.raises(IntegrityError, match="refused for the test"):
        run.save_recording(path)

    stored = services.store.responses.of_session(run.record.id)
    assert question.item_id not in [r.item_id for r in stored], "no answer without its recording"
    assert not path.exists(), "no WAV without its row"
    assert run.session.current is question, "the task is still open"

    with services.store.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER refuse_recording")
    shutil.copy(SPEECH, path)
    saved = run.save_recording(path)
    [recording] = services.store.recordings.of_learner(learner.id)
    assert recording.id == saved.recording_id and Path(recording.path) == path
    answers = services.store.responses.of_session(run.record.id)
    assert [r.item_id for r in answers].count(question.item_id) == 1


def test_a_full_disk_while_storing_a_recording(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store's DiskFull (the real mapping is tested in tests/store/test_disk_full.py):
    the WAV is deleted, no .part is left, and once there is room the task is recorded again
    and reaches the teacher's review list."""
    from examtrainer.errors import DiskFull

    learner = services.create_learner("Amina", language="nl")
    run = services.start_speaking(learner.id)
    question = _first_recorded_task(run)
    path = run.recording_path(question)
    shutil.copy(SPEECH, path)
    real_add = services.store.recordings.add_answer

    def full(*args: object, **kwargs: object) -> None:
        raise DiskFull("De schijf is vol. Uw laatste antwoord is niet bewaard.")

    monkeypatch.setattr(services.store.recordings, "add_answer", full)
    with pytest.raises(DiskFull):
        run.save_recording(path)
    assert not list(path.parent.iterdir()), "neither the WAV nor a .part file is left"

    monkeypatch.setattr(services.store.recordings, "add_answer", real_add)
    shutil.copy(SPEECH, path)
    saved = run.save_recording(path)
    [waiting] = Teaching(services.store).review_queue()
    assert waiting.recording.id == saved.recording_id
