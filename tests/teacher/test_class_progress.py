"""Teaching.class_progress: per learner and skill, and aggregated per class, in a few queries."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import event

from examtrainer.store.teaching import Teaching

from .conftest import Classroom


def test_group_progress_per_learner(classroom: Classroom) -> None:
    progress = Teaching(classroom.store).class_progress(classroom.groups["Maandag"])
    names = [s.learner.name for s in progress.learners]
    assert names == ["Amina", "Bilal"]  # Chen is archived, Dewi and Eva elsewhere
    amina, bilal = progress.learners
    reading = amina.skills["reading"]
    assert (reading.answered, reading.correct, reading.to_rate) == (5, 4, 0)
    assert reading.seconds == pytest.approx(4 * 30.0 + 60.0)
    assert reading.last_activity == datetime(2025, 3, 5, 9, 0, tzinfo=UTC)
    assert reading.theta == pytest.approx(0.2)  # the latest estimate, not the first
    assert reading.level == "A2"
    assert reading.percent_correct == pytest.approx(80.0)
    assert amina.mock_exams == 1 and amina.group_name == "Maandag"
    assert amina.skills["listening"].answered == 0 and amina.skills["listening"].level is None
    assert bilal.skills["reading"].level == "A0"
    assert (bilal.skills["reading"].answered, bilal.skills["reading"].correct) == (2, 0)


def test_class_aggregate(classroom: Classroom) -> None:
    group = Teaching(classroom.store).class_progress(classroom.groups["Maandag"])
    reading = group.skill("reading")
    assert (reading.learners, reading.placed) == (2, 2)
    assert reading.mean_theta == pytest.approx((0.2 - 2.0) / 2)
    assert reading.level == "A1"
    assert reading.levels == {"A2": 1, "A0": 1}
    assert (reading.answered, reading.correct) == (7, 4)
    assert group.skill("speaking").placed == 0 and group.skill("speaking").level is None


def test_everyone_and_named_learners(classroom: Classroom) -> None:
    teaching = Teaching(classroom.store)
    assert [s.learner.name for s in teaching.class_progress().learners] == [
        "Amina",
        "Bilal",
        "Dewi",
        "Eva",
    ]
    chen = teaching.class_progress(learner_ids=[classroom.learners["Chen"]]).learners[0]
    assert chen.skills["reading"].answered == 3  # archived, but asked for by id


def test_query_count_does_not_grow_with_the_class(classroom: Classroom) -> None:
    statements: list[str] = []
    engine = classroom.store.engine

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(engine, "before_cursor_execute", count)
    try:
        Teaching(classroom.store).class_progress()
    finally:
        event.remove(engine, "before_cursor_execute", count)
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) == 5


def test_roster_and_groups(classroom: Classroom) -> None:
    teaching = Teaching(classroom.store)
    roster = teaching.roster()
    assert [(e.learner.name, e.archived, e.group_name) for e in roster][-1] == (
        "Chen",
        True,
        "Maandag",
    )
    teaching.rename_group(classroom.groups["Dinsdag"], "Dinsdagavond")
    assert "Dinsdagavond" in [g.name for g in classroom.store.learners.groups()]
    from examtrainer.errors import ExamtrainerError

    with pytest.raises(ExamtrainerError):
        teaching.create_group("Maandag")
    teaching.remove_group(classroom.groups["Maandag"])
    assert classroom.store.learners.get(classroom.learners["Amina"]).group_id is None
