"""The exam session: phases, navigation rules, timer and warnings, replays, snapshots, result."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from exam_fixtures import FakeClock

from examtrainer.bank.model import Item, ItemType, Level, Skill, Stimulus
from examtrainer.exam.assembly import Form
from examtrainer.exam.blueprint import Blueprint, Scale, load_blueprint
from examtrainer.exam.scoring import estimated_scale_score
from examtrainer.exam.session import ExamAnswer, ExamQuestion, ExamRuleError, ExamSession

THEMES = {"t1": "health", "t2": "work", "p": "general"}


def reading_questions(skill: Skill = Skill.READING) -> dict[str, ExamQuestion]:
    questions = {}
    for text in ("t1", "t2", "p"):
        stimulus = Stimulus(
            id=text,
            skill=skill,
            level=Level.A2,
            type="letter" if text == "t1" else "notice",
            text="Beste meneer, ...",
            themes=(THEMES[text],),
        )
        for q in (1, 2):
            key = f"{text}-q{q}"
            item = Item(
                id=key,
                skill=skill,
                level=Level.A2,
                type=ItemType.MULTIPLE_CHOICE,
                stimulus=text,
                question=f"Vraag {key}?",
                options=("ja", "nee", "misschien"),
                answer="ja",
                feedback=f"Uitleg bij {key}.",
            )
            questions[key] = ExamQuestion(key, item, stimulus, difficulty=0.1)
    return questions


FORM = Form(
    blueprint="A2-reading",
    seed=1,
    questions=("t1-q1", "t1-q2", "t2-q1", "t2-q2"),
    stimuli=("t1", "t2"),
    practice=("p-q1", "p-q2"),
)


def make_session(
    blueprint: Blueprint | None = None,
    clock: FakeClock | None = None,
    form: Form = FORM,
    skill: Skill = Skill.READING,
) -> tuple[ExamSession, FakeClock, list[dict[str, object]], list[ExamAnswer]]:
    clock = clock or FakeClock()
    saved: list[dict[str, object]] = []
    answers: list[ExamAnswer] = []
    session = ExamSession(
        blueprint or load_blueprint("A2", "reading"),
        form,
        reading_questions(skill),
        clock,
        on_change=saved.append,
        on_answer=answers.append,
    )
    return session, clock, saved, answers


def test_phases_reading_and_listening() -> None:
    session, clock, _, _ = make_session()
    assert session.phase == "instructions"
    assert session.advance() == "practice"
    assert [q.key for q in session.practice_questions()] == ["p-q1", "p-q2"]
    assert session.answer_practice("p-q1", "ja") is True
    clock.advance(600)  # practice is not timed
    assert session.advance() == "running"
    assert session.time_left() == 65 * 60
    assert session.current == 1
    with pytest.raises(ExamRuleError):
        session.advance()

    listening, _, _, _ = make_session(load_blueprint("A2", "listening"), skill=Skill.LISTENING)
    assert listening.advance() == "sound_check"
    assert listening.advance() == "practice"
    assert listening.advance() == "running"


def test_answers_are_only_taken_while_running() -> None:
    session, _, _, _ = make_session()
    with pytest.raises(ExamRuleError):
        session.answer(1, "ja")


def test_free_navigation_and_changing_answers() -> None:
    session, _clock, saved, answers = make_session()
    session.start()
    assert session.goto(3).key == "t2-q1"
    assert session.previous() is not None and session.current == 2
    assert session.answer(4, "nee")  # any question, in any order
    assert session.answer(4, "ja")  # changed
    assert [a.correct for a in answers] == [False, True]
    session.flag(2)
    overview = session.overview()
    assert [(e.number, e.answered, e.flagged, e.current) for e in overview] == [
        (1, False, False, False),
        (2, False, True, True),
        (3, False, False, False),
        (4, True, False, False),
    ]
    assert session.goto(1) and session.previous() is None
    assert session.goto(4) and session.next() is None
    with pytest.raises(ExamRuleError):
        session.goto(5)
    assert saved and saved[-1]["current"] == 4


def test_forward_only_cannot_go_back() -> None:
    blueprint = replace(load_blueprint("A2", "reading"), navigation="forward")
    session, _, _, _ = make_session(blueprint)
    session.start()
    assert not session.can_go_back
    session.answer(1, "ja")
    session.answer(1, "nee")  # the current answer can still change
    assert session.next() is not None and session.current == 2
    with pytest.raises(ExamRuleError):
        session.previous()
    with pytest.raises(ExamRuleError):
        session.goto(1)
    with pytest.raises(ExamRuleError):
        session.answer(1, "ja")
    with pytest.raises(ExamRuleError):
        session.answer(3, "ja")  # not yet there
    session.goto(4)  # skipping ahead is allowed
    assert session.current == 4


def test_no_feedback_during_the_exam_only_in_the_result() -> None:
    session, _, _, _ = make_session()
    session.start()
    assert session.answer(1, "nee") is True  # just accepted: no right/wrong shown


def test_warnings_once_each_and_time_up_finishes() -> None:
    session, clock, _, _ = make_session()
    session.start()
    assert session.warnings_due() == []
    clock.advance(60 * 60 - 1)  # 5 min + 1 s left
    assert session.warnings_due() == []
    clock.advance(1)  # exactly 5 minutes left
    assert session.warnings_due() == [5]
    assert session.warnings_due() == []
    clock.advance(3 * 60)
    assert session.warnings_due() == []
    clock.advance(60)  # 1 minute left
    assert session.warnings_due() == [1]
    clock.advance(30)
    assert session.warnings_due() == []
    assert session.time_left() == 30
    assert session.tick() == "running"
    clock.advance(30)
    assert session.tick() == "finished"
    assert session.finish_reason == "time_up"
    assert session.time_left() == 0
    assert session.answer(1, "ja") is False
    assert session.warnings_due() == []


def test_time_up_is_noticed_by_any_call() -> None:
    session, clock, saved, _ = make_session()
    session.start()
    clock.advance(65 * 60 + 5)
    assert session.answer(2, "ja") is False
    assert session.phase == "finished"
    assert saved[-1]["phase"] == "finished"
    assert saved[-1]["elapsed"] == 65 * 60


def test_several_warnings_due_at_once_give_the_most_urgent() -> None:
    session, clock, _, _ = make_session()
    session.start()
    clock.advance(64.5 * 60)
    assert session.warnings_due() == [1]
    assert session.warnings_due() == []


def test_visible_timer_is_a_setting() -> None:
    session, _, _, _ = make_session(replace(load_blueprint("A2", "reading"), timer="visible"))
    assert session.timer_visible
    assert not make_session()[0].timer_visible


def test_snapshot_and_restore_keep_time_answers_and_warnings() -> None:
    session, clock, saved, _ = make_session()
    session.start()
    clock.advance(61 * 60)  # 4 minutes left
    session.answer(1, "ja")
    session.goto(3)
    session.flag(2)
    assert session.warnings_due() == [5]
    snapshot = json.loads(json.dumps(session.snapshot()))  # JSON-serialisable
    assert snapshot == json.loads(json.dumps(saved[-1]))

    later = FakeClock(now=5.0)  # another process: another clock origin, hours later
    restored = ExamSession.restore(snapshot, later, reading_questions())
    assert restored.phase == "running"
    assert restored.time_left() == pytest.approx(4 * 60)
    assert restored.answer_of(1) == "ja" and restored.current == 3
    assert [e.flagged for e in restored.overview()] == [False, True, False, False]
    assert restored.warnings_due() == []  # the 5-minute warning was given already
    later.advance(3 * 60)
    assert restored.warnings_due() == [1]
    later.advance(60)
    assert restored.tick() == "finished"


def test_restore_after_crash_does_not_count_the_time_in_between() -> None:
    session, clock, _, answers = make_session()
    session.start()
    clock.advance(100)
    session.answer(1, "ja")
    last = answers[-1].snapshot  # stored with the answer, in one transaction
    clock.advance(5000)  # the PC was off
    restored = ExamSession.restore(last, clock, reading_questions())
    assert restored.elapsed() == pytest.approx(100)


def test_autosave_on_tick() -> None:
    session, clock, saved, _ = make_session()
    session.start()
    count = len(saved)
    clock.advance(3)
    session.tick()
    assert len(saved) == count
    clock.advance(10)
    session.tick()
    assert len(saved) == count + 1 and saved[-1]["elapsed"] == pytest.approx(13)


def test_listening_plays_are_limited_and_recorded() -> None:
    blueprint = load_blueprint("A2", "listening")
    session, _, saved, _ = make_session(blueprint, skill=Skill.LISTENING)
    session.advance()
    session.advance()  # practice: replays free
    assert session.plays_left("p") is None and session.play("p")
    session.advance()
    assert session.plays_left("t1") == 2
    assert session.play("t1") and session.play("t1")
    assert session.plays_left("t1") == 0
    assert session.play("t1") is False
    assert session.plays_left("t2") == 2
    assert saved[-1]["plays"] == {"t1": 2}
    restored = ExamSession.restore(saved[-1], FakeClock(), reading_questions(Skill.LISTENING))
    assert restored.plays_left("t1") == 0
    with pytest.raises(ExamRuleError):
        session.play("elsewhere")


def test_reading_has_no_play_limit() -> None:
    session, _, _, _ = make_session()
    session.start()
    assert session.plays_left("t1") is None


def speaking_session() -> tuple[ExamSession, FakeClock]:
    blueprint = load_blueprint("B1", "speaking")
    questions = {}
    for n, item_type in enumerate((ItemType.SPEAKING_SHORT, ItemType.SPEAKING_MEDIUM), 1):
        key = f"s{n}"
        item = Item(
            id=key,
            skill=Skill.SPEAKING,
            level=Level.B1,
            type=item_type,
            question="Vertel over uw werk.",
            answer_seconds=30,
            model_answer="Ik werk in een winkel.",
            feedback="Noem wat u doet.",
            themes=("work",),
        )
        questions[key] = ExamQuestion(key, item, difficulty=1.0)
    form = Form("B1-speaking", 1, ("s1", "s2"), (), (("short", ("s1",)), ("medium", ("s2",))))
    clock = FakeClock()
    return ExamSession(blueprint, form, questions, clock), clock


def test_recorded_answers_need_a_rating() -> None:
    session, _ = speaking_session()
    assert session.advance() == "sound_check"
    session.start()
    with pytest.raises(ValueError):
        session.answer(1, "text")
    with pytest.raises(ExamRuleError):
        session.answer(2, {"recording": "r2.wav"})  # forward-only: one at a time
    announced: list[ExamAnswer] = []
    session.on_answer = announced.append
    session.answer(1, {"recording": "recordings/r1.wav"})
    assert announced[0].needs_rating and announced[0].correct is None
    session.next()
    session.answer(2, {"recording": "recordings/r2.wav"})
    assert session.needs_rating() == [1, 2]
    session.submit()
    result = session.result()
    assert result.pending_rating == 2 and result.raw == 0 and result.level is None
    assert result.scale_score is None
    assert [p.name for p in result.parts] == ["short", "medium"]
    assert any(a.code == "rate_recordings" for a in result.advice)
    session.rate(1, True)
    session.rate(2, False)
    assert session.needs_rating() == []
    result = session.result()
    assert result.raw == 1 and result.pending_rating == 0
    assert result.scale_score == estimated_scale_score(0.5, Scale())
    assert result.review[0].right_answer == "Ik werk in een winkel."


def test_result_review_and_advice() -> None:
    session, clock, _, _ = make_session()
    session.start()
    session.answer(1, "ja")
    session.answer(2, "nee")
    session.answer(3, "nee")  # question 4 stays open
    clock.advance(600)
    session.submit()
    assert session.finish_reason == "submitted" and session.elapsed() == 600
    result = session.result()
    assert (result.raw, result.max_raw, result.answered) == (1, 4, 3)
    assert result.parts[0].name == "reading"
    assert result.pass_raw_hint == 18 and result.scale_score is None
    first, second, _, fourth = result.review
    assert (first.correct, first.answer, first.right_answer) == (True, "ja", "ja")
    assert first.explanation == "Uitleg bij t1-q1." and first.text_type == "letter"
    assert (second.correct, second.answer) == (False, "nee")
    assert (fourth.correct, fourth.answered, fourth.answer) == (False, False, None)
    assert result.level in ("A0", "A1", "A2", "B1")
    assert result.theta is not None and result.readiness is not None
    assert 0.0 <= result.readiness <= 1.0
    codes = [a.code for a in result.advice]
    assert "unanswered" in codes and "theme" in codes
    theme = next(a for a in result.advice if a.code == "theme")
    assert theme.data["theme"] == "work" and theme.data["mistakes"] == 2
    assert "werk" in theme.text  # plain Dutch, with code and data for translation
    text_type = next(a for a in result.advice if a.code == "text_type")
    assert text_type.data["text_type"] == "notice"


def test_all_right_gives_praise_and_a_higher_level() -> None:
    session, _, _, _ = make_session()
    session.start()
    for n in range(1, 5):
        session.answer(n, "ja")
    good = session.result()
    assert good.raw == 4 and good.advice[0].code == "well_done"
    worse, _, _, _ = make_session()
    worse.start()
    worse.submit()
    bad = worse.result()
    assert bad.theta is not None and good.theta is not None and bad.theta < good.theta
    assert bad.readiness is not None and good.readiness is not None
    assert bad.readiness < good.readiness


def test_b1_scale_is_an_estimate_with_500_at_the_cut() -> None:
    scale = Scale(pass_score=500, max_score=1000, estimated_cut=0.6)
    assert estimated_scale_score(0.0, scale) == 0
    assert estimated_scale_score(0.6, scale) == 500
    assert estimated_scale_score(1.0, scale) == 1000
    values = [estimated_scale_score(p / 40, scale) for p in range(41)]
    assert values == sorted(values)
    blueprint = replace(load_blueprint("B1", "reading"))
    session, _, _, _ = make_session(blueprint)
    session.start()
    for n in (1, 2, 3):
        session.answer(n, "ja")
    result = session.result()
    assert result.scale_pass == 500
    assert result.scale_score == estimated_scale_score(0.75, blueprint.scale)  # type: ignore[arg-type]
    assert result.pass_raw_hint is None


def test_adopt_stored_makes_the_answers_exactly_the_stored_ones() -> None:
    session, _, saved, _ = make_session()
    session.start()
    session.answer(1, "ja")
    session.answer(2, "nee")  # in memory, but (say) its save was lost
    changed = session.adopt_stored({"t1-q1": "nee", "t2-q2": "ja", "unknown": "ja"})
    assert changed == ["t1-q1", "t1-q2", "t2-q2"]
    assert [session.answer_of(n) for n in (1, 2, 3, 4)] == ["nee", None, None, "ja"]
    assert saved[-1]["answers"] == {"t1-q1": "nee", "t2-q2": "ja"}


def test_an_answer_that_could_not_be_stored_is_not_given() -> None:
    """Before: the session kept the answer when its save failed, so the bar showed it as
    answered and the result counted it."""
    session, _, _, _ = make_session()
    session.start()
    session.answer(1, "nee")

    def full_disk(_answer: ExamAnswer) -> None:
        raise OSError("disk full")

    session.on_answer = full_disk
    with pytest.raises(OSError, match="disk full"):
        session.answer(1, "ja")  # a change that failed: the stored one stays
    with pytest.raises(OSError, match="disk full"):
        session.answer(2, "ja")  # a new answer that failed: none
    assert session.answer_of(1) == "nee" and session.answer_of(2) is None
    assert [e.answered for e in session.overview()][:2] == [True, False]
    result = session.result()
    assert result.answered == 1 and result.review[1].answered is False


def test_an_answer_comes_with_the_snapshot_that_holds_it() -> None:
    session, _, _, answers = make_session()
    session.start()
    session.answer(3, "ja")
    assert answers[-1].snapshot["answers"] == {"t2-q1": "ja"}
