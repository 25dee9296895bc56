"""A teacher's rubric rating makes a recorded answer count: response, ability and progress."""

from __future__ import annotations

from pathlib import Path

import pytest

from examtrainer.services.app import Services
from examtrainer.services.teacher import PASS_POINTS, rate_recording, rating_total
from examtrainer.store.teaching import Teaching

from .speaking import add_recording, install_speaking_pack

GOOD = {"task": 2, "comprehensibility": 1, "vocabulary": 1, "grammar": 1, "fluency": 1}


def test_rubric_totals_and_threshold() -> None:
    assert rating_total(GOOD) == (6, True)
    assert PASS_POINTS == 6
    assert rating_total({**GOOD, "task": 0, "grammar": 2, "fluency": 2}) == (6, False)
    assert rating_total(dict.fromkeys(GOOD, 1)) == (5, False)
    with pytest.raises(ValueError):
        rating_total({**GOOD, "task": 3})
    with pytest.raises(ValueError):
        rating_total({k: v for k, v in GOOD.items() if k != "grammar"})


def test_rating_counts_in_results(services: Services, tmp_path: Path) -> None:
    store = services.store
    item_id = install_speaking_pack(store, tmp_path / "pack")
    learner = services.create_learner("Amina", language="nl")
    recording_id = add_recording(store, learner.id, item_id, tmp_path / "rec")
    teaching = Teaching(store)
    assert [e.recording.id for e in teaching.review_queue()] == [recording_id]
    before = teaching.class_progress().learners[0]
    assert before.recordings_to_review == 1
    assert before.skills["speaking"].to_rate == 1

    result = rate_recording(store, recording_id, GOOD, "  Goed verteld!  ")
    assert (result.total, result.max_total, result.passed) == (6, 10, True)
    assert result.theta is not None and result.theta > 0

    assert teaching.review_queue() == []
    recording = teaching.recording(recording_id)
    assert recording.teacher_comment == "Goed verteld!"
    assert recording.teacher_rating["scores"] == GOOD
    assert [r.correct for r in store.responses.of_learner(learner.id)] == [True]
    progress = services.progress(learner.id).skills["speaking"]
    assert progress.placed and progress.correct == 1
    assert store.abilities.latest(learner.id)["speaking"].source == "teacher"

    # Rating again replaces the rating but does not count twice in the ability.
    again = rate_recording(store, recording_id, dict.fromkeys(GOOD, 0))
    assert not again.passed and again.theta is None
    assert [r.correct for r in store.responses.of_learner(learner.id)] == [False]
    assert len(store.abilities.history(learner.id, "speaking")) == 1


def test_recording_without_session_gets_a_response(services: Services, tmp_path: Path) -> None:
    store = services.store
    item_id = install_speaking_pack(store, tmp_path / "pack")
    learner = services.create_learner("Bilal", language="nl")
    recording = store.recordings.add(learner.id, item_id, None, str(tmp_path / "x.wav"), 1.0, {})
    rate_recording(store, recording.id, GOOD)
    assert [r.correct for r in store.responses.of_learner(learner.id)] == [True]
