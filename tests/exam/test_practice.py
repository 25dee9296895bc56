"""The practice session state machine, with questions of the tiny pack and a fake clock."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from examtrainer.bank.loader import load_pack
from examtrainer.bank.model import Item, ItemType, Pack
from examtrainer.exam.practice import Answered, Feedback, PracticeSession, Question

TINY = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "tiny"


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(scope="module")
def pack() -> Pack:
    return load_pack(TINY)


def blocks_of(pack: Pack) -> list[list[Question]]:
    """Each text with its questions as one block, then the stand-alone item; db ids 1, 2, ..."""
    ids = {item.id: n for n, item in enumerate(pack.items, start=1)}
    blocks: list[list[Question]] = []
    for stimulus in pack.stimuli:
        questions = pack.items_of(stimulus.id)
        blocks.append(
            [
                Question(ids[q.id], q, stimulus, str(TINY), position=n, of=len(questions))
                for n, q in enumerate(questions, start=1)
            ]
        )
    blocks += [[Question(ids[i.id], i, None)] for i in pack.items if i.stimulus is None]
    return blocks


class Harness:
    """A session over fixed blocks that records what it was asked and told."""

    def __init__(self, blocks: list[list[Question]], clock: FakeClock | None = None) -> None:
        self.blocks = list(blocks)
        self.block_calls = 0
        self.announced: list[Answered] = []
        self.fail_next_answer: Exception | None = None
        self.clock = clock or FakeClock()
        self.session = PracticeSession(
            next_block=self.next_block, on_answer=self.on_answer, clock=self.clock
        )

    def next_block(self) -> Sequence[Question]:
        self.block_calls += 1
        return self.blocks.pop(0) if self.blocks else []

    def on_answer(self, answered: Answered) -> None:
        if self.fail_next_answer is not None:
            error, self.fail_next_answer = self.fail_next_answer, None
            raise error
        self.announced.append(answered)


def right(item: Item) -> str:
    assert isinstance(item.answer, str)
    return item.answer


def wrong(item: Item) -> str:
    return next(option for option in item.options if option != item.answer)


def test_a_whole_session(pack: Pack) -> None:
    h = Harness(blocks_of(pack))
    session = h.session

    first = session.start()
    assert first is not None and first is session.current
    assert (first.item.id, first.position, first.of) == ("tiny-r1-q1", 1, 2)
    assert first.stimulus is not None and first.stimulus.id == "tiny-r1"
    assert not session.finished

    h.clock.advance(7)
    feedback = session.answer("Op zaterdag")
    assert feedback == Feedback(
        correct=True,
        right_answer="Op zaterdag",
        explanation='In het briefje staat "Op zaterdag 3 mei is er geen water".',
        credit=1.0,
    )
    assert session.current is first  # the question stays on screen with its feedback

    second = session.next()
    assert second is not None and (second.item.id, second.position) == ("tiny-r1-q2", 2)
    assert h.block_calls == 1  # the rest of the text came from the same block
    h.clock.advance(3)
    feedback = session.answer("Juist")
    assert (feedback.correct, feedback.right_answer) == (False, "Onjuist")

    seen = [first.item.id, second.item.id]
    while (question := session.next()) is not None:
        seen.append(question.item.id)
        h.clock.advance(10)
        session.answer(right(question.item))

    assert seen == ["tiny-r1-q1", "tiny-r1-q2", "tiny-r2-q1", "tiny-r2-q2", "tiny-b1"]
    assert session.finished
    assert session.current is None
    assert [a.seconds for a in session.answered] == [7, 3, 10, 10, 10]
    assert [a.correct for a in h.announced] == [True, False, True, True, True]
    summary = session.summary()
    assert (summary.answered, summary.correct, summary.seconds) == (5, 4, 40)
    assert summary.share_correct == pytest.approx(0.8)
    assert summary.weak_themes == ("housing",)


def test_cannot_answer_twice(pack: Pack) -> None:
    h = Harness(blocks_of(pack))
    question = h.session.start()
    assert question is not None
    h.session.answer(wrong(question.item))

    with pytest.raises(RuntimeError):
        h.session.answer(right(question.item))

    assert len(h.announced) == 1
    assert h.session.summary().correct == 0


def test_cannot_move_on_before_answering(pack: Pack) -> None:
    h = Harness(blocks_of(pack))
    question = h.session.start()

    with pytest.raises(RuntimeError):
        h.session.next()

    assert h.session.current is question
    assert h.session.answered == []


def test_cannot_answer_before_start_or_after_the_end(pack: Pack) -> None:
    h = Harness([blocks_of(pack)[-1]])
    with pytest.raises(RuntimeError):
        h.session.answer("Voor een korte tijd")

    question = h.session.start()
    assert question is not None
    h.session.answer(right(question.item))
    assert h.session.next() is None
    assert h.session.finished
    with pytest.raises(RuntimeError):
        h.session.answer(right(question.item))


def test_on_answer_runs_before_the_feedback_is_given(pack: Pack) -> None:
    h = Harness(blocks_of(pack))
    question = h.session.start()
    assert question is not None
    h.fail_next_answer = OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        h.session.answer(right(question.item))

    # nothing is counted, and the question is still open to answer again
    assert h.session.answered == []
    assert h.session.summary().answered == 0
    assert h.session.current is question
    with pytest.raises(RuntimeError):
        h.session.next()

    feedback = h.session.answer(right(question.item))
    assert feedback.correct is True
    assert [a.question for a in h.announced] == [question]
    assert h.announced[0].answer == "Op zaterdag"


def test_the_announced_answer_carries_score_and_time(pack: Pack) -> None:
    clock = FakeClock()
    h = Harness(blocks_of(pack), clock)
    question = h.session.start()
    assert question is not None
    clock.advance(12.5)

    h.session.answer("Op vrijdag")

    (answered,) = h.announced
    assert (answered.answer, answered.correct, answered.seconds) == ("Op vrijdag", False, 12.5)


def test_time_per_question_counts_from_when_it_was_shown(pack: Pack) -> None:
    clock = FakeClock()
    h = Harness(blocks_of(pack), clock)
    first = h.session.start()
    assert first is not None
    clock.advance(5)
    h.session.answer(right(first.item))
    clock.advance(100)  # reading the feedback does not count for the next question
    second = h.session.next()
    assert second is not None
    clock.advance(4)
    h.session.answer(right(second.item))

    assert [a.seconds for a in h.session.answered] == [5, 4]


def test_an_empty_source_ends_at_once(pack: Pack) -> None:
    h = Harness([])

    assert h.session.start() is None
    assert h.session.finished
    assert h.session.summary().answered == 0
    assert h.session.summary().share_correct == 0.0


def test_stop_ends_the_session_without_asking_for_more(pack: Pack) -> None:
    h = Harness(blocks_of(pack))
    question = h.session.start()
    assert question is not None
    h.session.answer(right(question.item))

    h.session.stop()

    assert h.session.finished and h.session.current is None
    assert h.block_calls == 1
    assert h.session.summary().answered == 1


def test_weak_themes_are_those_answered_wrong_most(pack: Pack) -> None:
    h = Harness(blocks_of(pack))
    wrong_ids = {"tiny-r2-q1", "tiny-r2-q2", "tiny-r1-q1", "tiny-b1"}
    question = h.session.start()
    while question is not None:
        item = question.item
        h.session.answer(wrong(item) if item.id in wrong_ids else right(item))
        question = h.session.next()

    summary = h.session.summary()
    assert summary.correct == 1
    assert summary.weak_themes[0] == "school"  # two wrong answers about school
    assert set(summary.weak_themes) == {"school", "housing", "general"}


def test_rated_answers_get_feedback_but_no_score(pack: Pack) -> None:
    speaking = Item.model_validate(
        {
            "id": "sp-1",
            "skill": "speaking",
            "level": "A2",
            "type": ItemType.SPEAKING_SHORT,
            "question": "Wat doet u in het weekend?",
            "answer_seconds": 30,
            "model_answer": "Ik ga naar de markt.",
            "feedback": "Noem wat u doet en wanneer.",
            "themes": ["leisure"],
        }
    )
    h = Harness([[Question(99, speaking, None)]])
    h.session.start()

    feedback = h.session.answer("recordings/sp-1.wav")

    assert feedback.correct is None
    assert feedback.explanation == "Noem wat u doet en wanneer."
    summary = h.session.summary()
    assert (summary.answered, summary.correct, summary.weak_themes) == (1, 0, ())
