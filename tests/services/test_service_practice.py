"""Adaptive practice and placement over a real SQLite database: every answer is committed
at once (seen through a second engine), abilities and calibration follow each answer, and
the session ends between texts when its time is used up."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import yaml

from examtrainer.adaptive import (
    PLACEMENT_MAX_ITEMS,
    PLACEMENT_MIN_ITEMS,
    PLACEMENT_TARGET_SE,
    level_for_theta,
)
from examtrainer.bank.loader import load_pack
from examtrainer.bank.model import Item
from examtrainer.errors import NotFound
from examtrainer.exam.practice import Question
from examtrainer.services.app import Services
from examtrainer.services.practice import PracticeRun, start_practice
from examtrainer.store.records import Learner
from examtrainer.store.repositories import Store

from .conftest import FakeClock


def right(item: Item) -> str:
    assert isinstance(item.answer, str)
    return item.answer


def wrong(item: Item) -> str:
    return next(option for option in item.options if option != item.answer)


def practice(
    store: Store, learner: Learner, clock: FakeClock, minutes: float = 10, **kwargs: object
) -> PracticeRun:
    return start_practice(
        store,
        learner.id,
        "reading",
        minutes=minutes,
        rng=np.random.default_rng(3),
        clock=clock,
        **kwargs,  # type: ignore[arg-type]
    )


@pytest.mark.usefixtures("tiny")
def test_every_answer_is_committed_before_the_learner_moves_on(
    store: Store, second_store: Store, learner: Learner, clock: FakeClock
) -> None:
    run = practice(store, learner, clock)
    question = run.session.start()
    answered: list[tuple[str, bool]] = []

    while question is not None:
        correct = len(answered) % 2 == 0
        clock.advance(20)
        run.session.answer(right(question.item) if correct else wrong(question.item))
        answered.append((question.item.id, correct))

        # read back through another engine while the session is still open
        stored = second_store.responses.of_session(run.record.id)
        assert [(r.item_key, r.correct) for r in stored] == answered
        assert stored[-1].answer == (right(question.item) if correct else wrong(question.item))
        assert stored[-1].seconds == 20
        history = second_store.abilities.history(learner.id, "reading")
        assert len(history) == len(answered)
        assert {a.source for a in history} == {"practice"}
        assert second_store.sessions.get(run.record.id).ended_at is None
        question = run.session.next()

    assert len(answered) == 5  # the whole tiny pack, then the bank is exhausted
    result = run.finish()
    record = second_store.sessions.get(run.record.id)
    assert record.status == "finished"
    assert (record.state["answered"], record.state["correct"]) == (5, 3)
    assert record.state["theta"] == pytest.approx(result.theta)
    assert result.level_before is None
    assert result.level_after == level_for_theta(result.theta)
    assert (result.summary.answered, result.summary.correct, result.summary.seconds) == (5, 3, 100)


@pytest.mark.usefixtures("tiny")
def test_ability_moves_with_the_answers(store: Store, learner: Learner, clock: FakeClock) -> None:
    run = practice(store, learner, clock)
    thetas = [run.engine.theta]
    question = run.session.start()
    while question is not None:
        run.session.answer(right(question.item))
        thetas.append(store.abilities.latest(learner.id)["reading"].theta)
        question = run.session.next()

    assert thetas == sorted(thetas)  # every right answer raises the estimate
    assert thetas[-1] > thetas[0]
    ses = [a.standard_error for a in store.abilities.history(learner.id, "reading")]
    assert ses == sorted(ses, reverse=True)  # and makes it more certain


@pytest.mark.usefixtures("tiny")
def test_items_without_irt_are_calibrated_online_and_pack_irt_is_kept(
    store: Store, second_store: Store, learner: Learner, clock: FakeClock
) -> None:
    before = {s.key: s for s in store.items.for_skill("reading")}
    assert before["tiny-r2-q2"].difficulty == pytest.approx(-0.2)
    assert level_for_theta(before["tiny-r1-q1"].difficulty) == "A1"  # starting: level + features
    wrong_ids = {"tiny-r1-q2", "tiny-b1"}

    run = practice(store, learner, clock)
    question = run.session.start()
    while question is not None:
        item = question.item
        run.session.answer(wrong(item) if item.id in wrong_ids else right(item))
        question = run.session.next()
    run.finish()

    after = {s.key: s for s in second_store.items.for_skill("reading")}
    assert after["tiny-r2-q2"].difficulty == pytest.approx(-0.2)
    assert after["tiny-r2-q2"].n_responses == 0
    for key in ("tiny-r1-q1", "tiny-r1-q2", "tiny-r2-q1", "tiny-b1"):
        assert after[key].n_responses == 1, key
        if key in wrong_ids:  # a wrong answer makes the item look harder
            assert after[key].difficulty > before[key].difficulty, key
        else:
            assert after[key].difficulty < before[key].difficulty, key


@pytest.mark.usefixtures("tiny")
def test_practice_ends_between_texts_when_the_time_is_used(
    store: Store, learner: Learner, clock: FakeClock
) -> None:
    run = practice(store, learner, clock, minutes=1, item_filter=lambda s: s.stimulus is not None)
    first = run.session.start()
    assert first is not None and (first.position, first.of) == (1, 2)
    clock.advance(30)
    run.session.answer(right(first.item))

    clock.advance(61)  # the minute is over, but the text has another question
    second = run.session.next()
    assert second is not None
    assert second.stimulus == first.stimulus
    assert (second.position, second.of) == (2, 2)
    run.session.answer(right(second.item))

    assert run.session.next() is None
    assert run.session.finished
    assert run.finish().summary.answered == 2


@pytest.mark.usefixtures("tiny")
def test_practice_goes_on_while_there_is_time(
    store: Store, learner: Learner, clock: FakeClock
) -> None:
    run = practice(store, learner, clock, minutes=1, item_filter=lambda s: s.stimulus is not None)
    seen: list[Question] = []
    question = run.session.start()
    while question is not None:
        seen.append(question)
        clock.advance(10)
        run.session.answer(right(question.item))
        question = run.session.next()

    assert len(seen) == 4  # both texts: 40 seconds < 1 minute
    assert [q.position for q in seen] == [1, 2, 1, 2]


def test_no_items_for_the_skill(store: Store, learner: Learner, clock: FakeClock) -> None:
    with pytest.raises(NotFound):
        start_practice(store, learner.id, "listening", clock=clock)


def write_large_pack(root: Path, count: int = 36) -> Path:
    """A pack of ``count`` stand-alone reading items spread over A1, A2 and B1."""
    levels = ["A1", "A2", "B1"]
    items = [
        {
            "id": f"big-{n}",
            "skill": "reading",
            "level": levels[n % 3],
            "type": "multiple_choice",
            "question": f"Vraag {n}?",
            "options": ["goed", "fout"],
            "answer": "goed",
            "themes": ["work"],
        }
        for n in range(count)
    ]
    (root / "items").mkdir(parents=True)
    manifest = {
        "id": "test.large",
        "title": "Groot",
        "version": "1",
        "author": "tests",
        "licence": "CC0-1.0",
        "source": "original",
    }
    (root / "pack.yaml").write_text(yaml.safe_dump(manifest))
    (root / "items" / "all.yaml").write_text(yaml.safe_dump({"items": items}))
    return root


@pytest.mark.parametrize("ability", ["A1", "A2", "B1"])
def test_placement_stops_by_standard_error_or_twelve_items(
    tmp_path: Path, store: Store, learner: Learner, clock: FakeClock, ability: str
) -> None:
    pack = load_pack(write_large_pack(tmp_path / "large"))
    store.banks.install(pack, str(tmp_path / "large"))
    order = {"A1": 1, "A2": 2, "B1": 3}

    run = practice(store, learner, clock, placement=True)
    count = 0
    question = run.session.start()
    while question is not None:
        count += 1
        clock.advance(3600)  # placement has no time limit
        knows = order[question.item.level.value] <= order[ability]
        run.session.answer("goed" if knows else "fout")
        question = run.session.next()

    assert 5 <= count <= PLACEMENT_MAX_ITEMS
    assert run.engine.stop_reason in {"target_se", "max_items"}
    if run.engine.stop_reason == "target_se":
        assert run.engine.standard_error <= PLACEMENT_TARGET_SE
    else:
        assert count == PLACEMENT_MAX_ITEMS
    result = run.finish()
    assert result.summary.answered == count
    history = store.abilities.history(learner.id, "reading")
    assert len(history) == count - PLACEMENT_MIN_ITEMS + 1  # a level from the fifth answer on
    assert {a.source for a in history} == {"placement"}
    assert store.sessions.get(run.record.id).kind == "placement"


def test_a_placement_stopped_early_gives_no_level_but_says_what_it_knows(
    tmp_path: Path, store: Store, learner: Learner, clock: FakeClock
) -> None:
    """Before: a placement test stopped after one answer said "Uw niveau is nu A2"."""
    from examtrainer.services.progress import learner_progress

    store.banks.install(load_pack(write_large_pack(tmp_path / "large")), str(tmp_path))
    run = practice(store, learner, clock, placement=True)
    question = run.session.start()
    assert question is not None
    run.session.answer("goed")
    result = run.finish()
    assert result.level_after is None
    assert result.placement_to_go == PLACEMENT_MIN_ITEMS - 1
    assert result.level_range is not None
    low, high = result.level_range
    assert low != high  # one answer: a wide range
    assert store.abilities.history(learner.id, "reading") == []
    reading = learner_progress(store, learner.id).skills["reading"]
    assert not reading.placed and reading.level is None  # the ladder offers the test again
    assert reading.answered == 1  # the answer itself is kept


def test_placement_places_stronger_learners_higher(
    tmp_path: Path, store: Store, services: Services, clock: FakeClock
) -> None:
    store.banks.install(load_pack(write_large_pack(tmp_path / "large")), str(tmp_path))
    thetas = []
    for name, knows in (("zwak", set()), ("midden", {"A1"}), ("sterk", {"A1", "A2", "B1"})):
        learner = services.create_learner(name, language="nl")
        run = practice(store, learner, clock, placement=True)
        question = run.session.start()
        while question is not None:
            run.session.answer("goed" if question.item.level.value in knows else "fout")
            question = run.session.next()
        thetas.append(run.finish().theta)

    assert thetas == sorted(thetas)
    assert thetas[0] < thetas[-1]


@pytest.mark.usefixtures("tiny")
def test_a_next_session_starts_from_the_last_estimate(
    store: Store, learner: Learner, clock: FakeClock
) -> None:
    run = practice(store, learner, clock)
    question = run.session.start()
    while question is not None:
        run.session.answer(right(question.item))
        question = run.session.next()
    first = run.finish()

    again = practice(store, learner, clock)
    assert again.engine.theta == pytest.approx(first.theta, abs=1e-3)
    assert again.level_before == level_for_theta(first.theta)
    assert again.engine.standard_error > first.standard_error  # the prior is widened


@pytest.mark.usefixtures("tiny")
def test_services_start_practice_uses_the_settings(services: Services, learner: Learner) -> None:
    clock = FakeClock()
    services.clock = clock

    run = services.start_practice(learner.id, "reading")

    assert run.kind == "practice"
    assert run.record.state == {"budget_seconds": services.settings.practice_minutes * 60.0}
    question = run.session.start()
    assert question is not None
    run.session.answer(right(question.item))
    progress = services.progress(learner.id)
    assert progress.skills["reading"].answered == 1
