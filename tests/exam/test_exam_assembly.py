"""Form assembly: counts, whole testlets, levels, variety, seeds, avoidance, shortages."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest
from exam_fixtures import make_tasks, make_testlets

from examtrainer.exam import blueprint as blueprint_module
from examtrainer.exam.assembly import Form, FormShortage, PoolItem, assemble_form
from examtrainer.exam.blueprint import Blueprint, load_blueprint

A2_READING = load_blueprint("A2", "reading")


def a2_pool() -> list[PoolItem]:
    # 6 A1 texts of 3 questions, 12 A2 texts of 4: plenty for one form of 25.
    return make_testlets(6, 3, "A1", prefix="a") + make_testlets(12, 4, "A2", prefix="b")


def check_structure(blueprint: Blueprint, form: Form, pool: list[PoolItem]) -> None:
    by_key = {p.key: p for p in pool}
    assert len(form.questions) == blueprint.questions
    assert len(set(form.questions)) == len(form.questions)
    assert blueprint.texts is not None and blueprint.questions_per_text is not None
    assert blueprint.texts.min <= len(form.stimuli) <= blueprint.texts.max
    # Texts grouped: the stimuli of the questions, in order, without repeats, are form.stimuli.
    order = [by_key[k].stimulus for k in form.questions]
    grouped = [s for i, s in enumerate(order) if i == 0 or order[i - 1] != s]
    assert grouped == list(form.stimuli)
    sizes = Counter(order)
    for stimulus in form.stimuli:
        assert (
            blueprint.questions_per_text.min <= sizes[stimulus] <= blueprint.questions_per_text.max
        )
    assert not set(form.practice) & set(form.questions)


def test_counts_texts_and_grouping() -> None:
    pool = a2_pool()
    form = assemble_form(A2_READING, pool, seed=1)
    check_structure(A2_READING, form, pool)
    assert form.blueprint == "A2-reading" and form.seed == 1
    assert len(form.practice) == 2


@pytest.mark.parametrize("seed", range(15))
def test_structure_holds_for_many_seeds(seed: int) -> None:
    pool = a2_pool()
    form = assemble_form(A2_READING, pool, seed)
    check_structure(A2_READING, form, pool)


def test_level_mix_follows_the_weights() -> None:
    pool = a2_pool()
    levels = Counter(
        {p.key: p.level for p in pool}[k] for k in assemble_form(A2_READING, pool, 3).questions
    )
    assert levels["A2"] > levels["A1"] >= 4  # about 70 % A2, 30 % A1


def test_questions_keep_their_order_within_a_text() -> None:
    pool = make_testlets(12, 12, prefix="x")  # q10 must come after q2
    blueprint = replace(A2_READING, levels=(A2_READING.levels[1],))
    form = assemble_form(blueprint, pool, 5)
    for stimulus in form.stimuli:
        numbers = [int(k.split("-q")[1]) for k in form.questions if k.startswith(stimulus + "-")]
        assert numbers == sorted(numbers)


def test_text_types_and_themes_are_spread() -> None:
    pool = a2_pool()
    by_key = {p.key: p for p in pool}
    form = assemble_form(A2_READING, pool, 2)
    types = Counter(by_key[k].text_type for k in form.questions)
    themes = {by_key[k].themes[0] for k in form.questions}
    assert len(types) >= 3 and len(themes) >= 4


def test_same_seed_same_form_other_seed_other_form() -> None:
    pool = a2_pool()
    assert assemble_form(A2_READING, pool, 7) == assemble_form(A2_READING, list(reversed(pool)), 7)
    forms = {assemble_form(A2_READING, pool, seed).questions for seed in range(6)}
    assert len(forms) > 1


def test_earlier_forms_are_avoided_while_the_bank_allows() -> None:
    pool = make_testlets(8, 3, "A1", prefix="a") + make_testlets(16, 4, "A2", prefix="b")
    first = assemble_form(A2_READING, pool, 1)
    second = assemble_form(A2_READING, pool, 2, avoid=set(first.questions))
    assert not set(first.questions) & set(second.questions)
    # A small bank (36 questions): reuse is unavoidable, but every fresh question is used.
    small = make_testlets(4, 3, "A1", prefix="a") + make_testlets(6, 4, "A2", prefix="b")
    one = assemble_form(A2_READING, small, 1)
    two = assemble_form(A2_READING, small, 2, avoid=set(one.questions))
    fresh = {p.key for p in small} - set(one.questions)
    assert len(fresh) == 11
    assert fresh <= set(two.questions)


def test_shortage_lists_what_is_missing() -> None:
    pool = make_testlets(6, 3, "A2")  # 18 questions
    with pytest.raises(FormShortage) as caught:
        assemble_form(A2_READING, pool, 1)
    assert "reading A2: need 25 questions, bank has 18" in caught.value.missing
    assert "need 25 questions, bank has 18" in str(caught.value)


def test_a_b1_exam_is_never_made_of_a2_texts_only() -> None:
    blueprint = load_blueprint("B1", "reading")
    pool = make_testlets(14, 5, "A2")
    with pytest.raises(FormShortage) as caught:
        assemble_form(blueprint, pool, 1)
    assert any("level B1" in line and "bank has 0" in line for line in caught.value.missing)
    pool += make_testlets(8, 6, "B1", prefix="c")
    form = assemble_form(blueprint, pool, 1)
    check_structure(blueprint, form, pool)
    levels = Counter({p.key: p.level for p in pool}[k] for k in form.questions)
    assert levels["B1"] >= 15


def test_items_of_other_levels_and_types_are_left_out() -> None:
    pool = (
        a2_pool()
        + make_testlets(10, 4, "B1", prefix="z")
        + make_testlets(10, 4, "A2", prefix="s", item_type="short_answer")
    )
    form = assemble_form(A2_READING, pool, 4)
    assert not [k for k in form.questions if k.startswith(("z", "s"))]


def test_speaking_parts_in_order_with_counts() -> None:
    old = Path(blueprint_module.__file__).parent / "blueprints" / "a2-speaking-until-2025-03.toml"
    blueprint = load_blueprint("A2", "speaking", old)  # the two-part format before March 2025
    pool = make_tasks(15, "speaking_short", prefix="r") + make_tasks(
        14, "choose_reaction", prefix="c"
    )
    pool += make_tasks(6, "speaking_short", "A1", prefix="ra")
    form = assemble_form(blueprint, pool, 3)
    assert [name for name, _ in form.parts] == ["recorded", "choose_reaction"]
    recorded, reactions = (keys for _, keys in form.parts)
    assert len(recorded) == 12 and all(k.startswith("r") for k in recorded)
    assert len(reactions) == 12 and all(k.startswith("c") for k in reactions)
    assert form.questions == recorded + reactions
    assert form.part_of(reactions[0]) == "choose_reaction"
    assert Form.from_dict(form.to_dict()) == form


def test_speaking_shortage_per_part() -> None:
    blueprint = load_blueprint("B1", "speaking")
    pool = make_tasks(8, "speaking_short", "B1") + make_tasks(3, "speaking_medium", "B1", "m")
    with pytest.raises(FormShortage) as caught:
        assemble_form(blueprint, pool, 1)
    assert caught.value.missing == ["speaking B1 part 2 (speaking_medium): need 8, bank has 3"]


def test_levels_fill_in_proportion_to_the_mix() -> None:
    """A B1 form takes its A2 texts along the way: shorter A2 texts did not get picked
    before the B1 texts had filled the form (36 of 40 B1), which used up the B1 texts the
    learner's next forms needed."""
    blueprint = load_blueprint("B1", "reading")
    pool = make_testlets(20, 4, "A2", prefix="a") + make_testlets(30, 6, "B1", prefix="b")
    avoid: set[str] = set()
    for seed in range(4):
        form = assemble_form(blueprint, pool, seed, avoid=avoid)
        levels = Counter(key[0] for key in form.questions)
        assert levels["a"] >= 0.15 * blueprint.questions, levels
        assert levels["b"] >= 0.65 * blueprint.questions, levels
        assert not avoid & set(form.questions)
        avoid |= set(form.questions)


def test_untouched_texts_come_before_the_rest_of_a_used_one() -> None:
    pool = make_testlets(4, 3, "A1", prefix="a") + make_testlets(14, 4, "A2", prefix="b")
    first = assemble_form(A2_READING, pool, 0)
    second = assemble_form(A2_READING, pool, 1, avoid=set(first.questions))
    assert not set(first.stimuli) & set(second.stimuli) - {"a1", "a2", "a3", "a4"}
