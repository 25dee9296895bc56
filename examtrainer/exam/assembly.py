"""Form assembly: pick the questions of one exam from the bank so that it matches a blueprint.

Reading and listening are built from whole testlets (a text or fragment with its
questions), speaking from single tasks per part. The choice is a seeded, randomised greedy
search: fresh items first (not in ``avoid``: the learner's earlier forms), then the level
mix of the blueprint, then variety of text types and themes. The same pool, seed and
``avoid`` always give the same form.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from examtrainer.bank.model import Level, Skill
from examtrainer.errors import ExamtrainerError
from examtrainer.exam.blueprint import Blueprint

ATTEMPTS = 40  # randomised greedy tries before the structure of the bank is blamed

# Weights of the greedy score of a candidate testlet (see _score).
FRESH_WEIGHT = 10.0
UNTOUCHED_WEIGHT = 6.0  # a text none of whose questions the learner has had yet
LEVEL_WEIGHT = 4.0
TEXT_TYPE_WEIGHT = 1.5
THEME_WEIGHT = 0.5
SIZE_WEIGHT = 2.0
JITTER = 1.0
# Level weights are targets; a form must still hold at least this share of the target for
# the exam's own level, so that a B1 exam is never made of A2 texts only.
LEVEL_FLOOR = 0.5

Set_ = set[str] | frozenset[str]


@dataclass(frozen=True)
class PoolItem:
    """What assembly needs to know of one bank item. ``difficulty`` is in logits."""

    key: str
    stimulus: str | None
    level: str
    item_type: str
    themes: tuple[str, ...] = ()
    text_type: str = ""
    difficulty: float = 0.0


@dataclass(frozen=True)
class Form:
    """One assembled exam. ``questions`` are item keys in exam order (texts grouped);
    ``parts`` names the speaking parts with their item keys; ``practice`` holds the keys of
    the practice questions shown before the exam (never in ``questions``)."""

    blueprint: str
    seed: int
    questions: tuple[str, ...]
    stimuli: tuple[str, ...]
    parts: tuple[tuple[str, tuple[str, ...]], ...] = ()
    practice: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "blueprint": self.blueprint,
            "seed": self.seed,
            "questions": list(self.questions),
            "stimuli": list(self.stimuli),
            "parts": [[name, list(keys)] for name, keys in self.parts],
            "practice": list(self.practice),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Form:
        return cls(
            blueprint=str(data["blueprint"]),
            seed=int(data["seed"]),
            questions=tuple(str(k) for k in data["questions"]),
            stimuli=tuple(str(k) for k in data.get("stimuli", [])),
            parts=tuple(
                (str(name), tuple(str(k) for k in keys)) for name, keys in data.get("parts", [])
            ),
            practice=tuple(str(k) for k in data.get("practice", [])),
        )

    def part_of(self, key: str) -> str:
        for name, keys in self.parts:
            if key in keys:
                return name
        return ""


class FormShortage(ExamtrainerError):
    """The bank cannot fill the blueprint; ``missing`` says what is lacking, one line each."""

    def __init__(self, blueprint: str, missing: list[str]) -> None:
        self.blueprint = blueprint
        self.missing = missing
        super().__init__(
            f"Er zijn nog niet genoeg vragen voor een examen ({blueprint}): " + "; ".join(missing)
        )


def natural_key(text: str) -> tuple[Any, ...]:
    """Sort key that puts 'q2' before 'q10'."""
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text))


@dataclass
class _Testlet:
    key: str
    items: list[PoolItem]  # in natural order
    level: str
    text_type: str
    themes: tuple[str, ...]
    difficulty: float
    chosen: list[PoolItem] = field(default_factory=list)


def _testlets(pool: Iterable[PoolItem]) -> list[_Testlet]:
    groups: dict[str, list[PoolItem]] = {}
    for item in pool:
        groups.setdefault(item.stimulus or f"\0{item.key}", []).append(item)
    testlets = []
    for key in sorted(groups, key=natural_key):
        items = sorted(groups[key], key=lambda i: natural_key(i.key))
        level = Counter(i.level for i in items).most_common(1)[0][0]
        themes = tuple(sorted({t for i in items for t in i.themes}))
        testlets.append(
            _Testlet(
                key=key,
                items=items,
                level=level,
                text_type=items[0].text_type,
                themes=themes,
                difficulty=sum(i.difficulty for i in items) / len(items),
            )
        )
    return testlets


def _label(blueprint: Blueprint) -> str:
    return f"{blueprint.skill.value} {blueprint.target}"


def _eligible(blueprint: Blueprint, pool: Sequence[PoolItem]) -> list[PoolItem]:
    """Items of a wanted level and (reading, listening) an allowed item type."""
    weights = blueprint.level_weights
    if blueprint.skill is Skill.SPEAKING:
        allowed_types = {part.item_type.value for part in blueprint.parts}
    else:
        allowed_types = {t.value for t in blueprint.item_types}
    return [
        item
        for item in pool
        if weights.get(Level(item.level), 0.0) > 0 and item.item_type in allowed_types
    ]


def _level_targets(blueprint: Blueprint, total: int) -> dict[str, float]:
    return {level.value: share * total for level, share in blueprint.level_weights.items()}


def _level_floors(blueprint: Blueprint, total: int) -> dict[str, int]:
    """The fewest questions at the exam's own level a form may hold (LEVEL_FLOOR of its
    target share); easier levels have no floor."""
    targets = _level_targets(blueprint, total)
    if blueprint.target not in targets:
        return {}
    return {blueprint.target: int(LEVEL_FLOOR * targets[blueprint.target])}


def _level_shortage(
    blueprint: Blueprint, total: int, available: Counter[str], what: str = "questions"
) -> list[str]:
    return [
        f"{_label(blueprint)}: need at least {floor} {what} at level {level}, "
        f"bank has {available[level]}"
        for level, floor in _level_floors(blueprint, total).items()
        if available[level] < floor
    ]


def assemble_form(
    blueprint: Blueprint,
    pool: Sequence[PoolItem],
    seed: int,
    avoid: set[str] | frozenset[str] = frozenset(),
) -> Form:
    """A form for ``blueprint`` from ``pool``, reproducible from ``seed``.

    Items whose key is in ``avoid`` are used only when the bank has too few others. Raises
    :class:`FormShortage` when the bank cannot fill the blueprint at all.
    """
    for item in pool:
        if item.level not in {lv.value for lv in Level}:
            raise ValueError(f"item {item.key}: unknown level {item.level!r}")
    rng = random.Random(seed)
    eligible = sorted(_eligible(blueprint, pool), key=lambda i: natural_key(i.key))
    if blueprint.skill is Skill.SPEAKING:
        return _assemble_speaking(blueprint, eligible, seed, rng, avoid)
    return _assemble_testlets(blueprint, eligible, seed, rng, avoid)


# -- reading and listening -----------------------------------------------------------------


def _shortage_of_testlets(blueprint: Blueprint, testlets: list[_Testlet]) -> list[str]:
    assert blueprint.texts is not None and blueprint.questions_per_text is not None
    per_text = blueprint.questions_per_text
    usable = [t for t in testlets if len(t.items) >= per_text.min]
    # At most texts.max texts, each giving at most questions_per_text.max questions.
    capacity = sorted((min(len(t.items), per_text.max) for t in usable), reverse=True)
    available = sum(capacity[: blueprint.texts.max])
    missing = []
    if available < blueprint.questions:
        missing.append(
            f"{_label(blueprint)}: need {blueprint.questions} questions, bank has {available}"
        )
    by_level: Counter[str] = Counter()
    for t in usable:
        by_level[t.level] += min(len(t.items), per_text.max)
    missing += _level_shortage(blueprint, blueprint.questions, by_level)
    if len(usable) < blueprint.texts.min:
        word = "fragments" if blueprint.skill is Skill.LISTENING else "texts"
        missing.append(
            f"{_label(blueprint)}: need at least {blueprint.texts.min} {word} with "
            f"{per_text.min} or more questions, bank has {len(usable)}"
        )
    return missing


def _take(testlet: _Testlet, n: int, avoid: Set_, rng: random.Random) -> list[PoolItem]:
    """``n`` questions of a testlet: fresh ones first, chance among equals; text order kept."""
    ranked = sorted(testlet.items, key=lambda i: (i.key in avoid, rng.random()))
    chosen = {i.key for i in ranked[:n]}
    return [i for i in testlet.items if i.key in chosen]


def _assemble_testlets(
    blueprint: Blueprint,
    eligible: list[PoolItem],
    seed: int,
    rng: random.Random,
    avoid: Set_,
) -> Form:
    assert blueprint.texts is not None and blueprint.questions_per_text is not None
    testlets = _testlets(eligible)
    missing = _shortage_of_testlets(blueprint, testlets)
    if missing:
        raise FormShortage(blueprint.id, missing)
    per_text = blueprint.questions_per_text
    usable = [t for t in testlets if len(t.items) >= per_text.min]
    mean_size = sum(min(len(t.items), per_text.max) for t in usable) / len(usable)
    planned_texts = min(
        max(round(blueprint.questions / mean_size), blueprint.texts.min), blueprint.texts.max
    )
    best: list[_Testlet] | None = None
    best_stale = 0
    for _ in range(ATTEMPTS):
        chosen = _greedy(blueprint, usable, planned_texts, rng, avoid)
        if chosen is None:
            continue
        stale = sum(1 for t in chosen for i in t.chosen if i.key in avoid)
        if best is None or stale < best_stale:
            best, best_stale = chosen, stale
        if stale == 0:
            break
    if best is None:
        raise FormShortage(
            blueprint.id,
            [
                f"{_label(blueprint)}: the texts in the bank cannot be combined into "
                f"{blueprint.questions} questions on {blueprint.texts.min}–{blueprint.texts.max} "
                f"texts with {per_text.min}–{per_text.max} questions each"
            ],
        )
    # A gentle start: easier texts first (a choice of ours; the real order is not published).
    best.sort(key=lambda t: (t.difficulty, natural_key(t.key)))
    questions = tuple(i.key for t in best for i in t.chosen)
    stimuli = tuple(t.key for t in best if not t.key.startswith("\0"))
    practice = _practice_from_testlets(blueprint, usable, best, avoid)
    return Form(blueprint.id, seed, questions, stimuli, practice=practice)


def _greedy(
    blueprint: Blueprint,
    usable: list[_Testlet],
    planned_texts: int,
    rng: random.Random,
    avoid: Set_,
) -> list[_Testlet] | None:
    assert blueprint.texts is not None and blueprint.questions_per_text is not None
    per_text = blueprint.questions_per_text
    targets = _level_targets(blueprint, blueprint.questions)
    remaining = blueprint.questions
    chosen: list[_Testlet] = []
    have_levels: Counter[str] = Counter()
    have_types: Counter[str] = Counter()
    have_themes: Counter[str] = Counter()
    candidates = list(usable)
    for testlet in candidates:
        testlet.chosen = []
    while remaining >= per_text.min and len(chosen) < blueprint.texts.max and candidates:
        slots = max(planned_texts - len(chosen), 1)
        ideal = remaining / slots
        scored = []
        last_slot = len(chosen) + 1 >= blueprint.texts.max
        for testlet in candidates:
            fresh = sum(1 for i in testlet.items if i.key not in avoid)
            # A text with more fresh questions than the ideal size gives them all if it can:
            # when the bank is small, questions left unused now are the ones missing later.
            wanted = ideal
            if avoid and fresh > ideal:  # ... as long as enough is left for the other texts
                room = remaining - per_text.min * max(blueprint.texts.min - len(chosen) - 1, 0)
                wanted = max(ideal, min(fresh, per_text.max, room))
            n = _feasible_take(
                len(testlet.items), remaining, per_text.min, per_text.max, last_slot, wanted
            )
            if n is None:
                continue
            fresh_share = min(fresh, n) / n
            untouched = 1.0 if fresh == len(testlet.items) else 0.0
            # The share of its level's target still missing: levels fill in proportion, so a
            # B1 form takes its A2 texts along the way (with the absolute gap it filled up on
            # B1 texts, 36 of 40, and used up the B1 texts the next forms needed).
            target = targets.get(testlet.level, 0.0)
            level_gap = (target - have_levels[testlet.level]) / max(target, 1.0)
            theme_use = (
                sum(have_themes[t] for t in testlet.themes) / len(testlet.themes)
                if testlet.themes
                else 0.0
            )
            score = (
                FRESH_WEIGHT * fresh_share
                + UNTOUCHED_WEIGHT * untouched
                + LEVEL_WEIGHT * level_gap
                - TEXT_TYPE_WEIGHT * have_types[testlet.text_type]
                - THEME_WEIGHT * theme_use
                - SIZE_WEIGHT * abs(n - ideal) / max(ideal, 1.0)
                + JITTER * rng.random()
            )
            scored.append((score, testlet, n))
        if not scored:
            break
        _, pick, n = max(scored, key=lambda entry: entry[0])
        candidates.remove(pick)
        pick.chosen = _take(pick, n, avoid, rng)
        chosen.append(pick)
        remaining -= n
        have_levels[pick.level] += n
        have_types[pick.text_type] += 1
        for theme in pick.themes:
            have_themes[theme] += 1
    # Fill up from questions left over in chosen texts (up to questions_per_text.max).
    for testlet in sorted(chosen, key=lambda t: rng.random()):
        if remaining <= 0:
            break
        room = min(per_text.max, len(testlet.items)) - len(testlet.chosen)
        if room > 0:
            extra = min(room, remaining)
            keys = {i.key for i in testlet.chosen}
            spare = [i for i in testlet.items if i.key not in keys]
            spare.sort(key=lambda i: (i.key in avoid, rng.random()))
            keys |= {i.key for i in spare[:extra]}
            testlet.chosen = [i for i in testlet.items if i.key in keys]
            remaining -= extra
    if remaining != 0 or len(chosen) < blueprint.texts.min:
        return None
    have: Counter[str] = Counter()
    for t in chosen:
        have[t.level] += len(t.chosen)
    floors = _level_floors(blueprint, blueprint.questions)
    if any(have[level] < floor for level, floor in floors.items()):
        return None
    return [
        _Testlet(t.key, t.items, t.level, t.text_type, t.themes, t.difficulty, list(t.chosen))
        for t in chosen
    ]


def _feasible_take(
    size: int, remaining: int, minimum: int, maximum: int, last_slot: bool, ideal: float
) -> int | None:
    """How many questions to take from a text of ``size`` so the rest can still be filled.

    Of the numbers that leave either nothing or enough for another text (at least
    ``minimum``), the one nearest to ``ideal`` (the larger on a tie); None when none works.
    """
    feasible = [
        n
        for n in range(minimum, min(size, maximum, remaining) + 1)
        if remaining - n == 0 or (remaining - n >= minimum and not last_slot)
    ]
    if not feasible:
        return None
    return min(feasible, key=lambda n: (abs(n - ideal), -n))


def _practice_from_testlets(
    blueprint: Blueprint, usable: list[_Testlet], chosen: list[_Testlet], avoid: Set_
) -> tuple[str, ...]:
    """Practice questions from one easy text that is not in the form."""
    if blueprint.practice_questions == 0:
        return ()
    used = {t.key for t in chosen}
    spare = [t for t in usable if t.key not in used]
    if not spare:
        return ()
    spare.sort(key=lambda t: (t.difficulty, natural_key(t.key)))
    return tuple(i.key for i in spare[0].items[: blueprint.practice_questions])


# -- speaking -------------------------------------------------------------------------------


def _assemble_speaking(
    blueprint: Blueprint,
    eligible: list[PoolItem],
    seed: int,
    rng: random.Random,
    avoid: Set_,
) -> Form:
    missing = []
    for number, part in enumerate(blueprint.parts, 1):
        have = sum(1 for i in eligible if i.item_type == part.item_type.value)
        if have < part.count:
            missing.append(
                f"{_label(blueprint)} part {number} ({part.item_type.value}): "
                f"need {part.count}, bank has {have}"
            )
        else:
            levels = Counter(i.level for i in eligible if i.item_type == part.item_type.value)
            missing += _level_shortage(
                blueprint, part.count, levels, f"{part.item_type.value} tasks"
            )
    if missing:
        raise FormShortage(blueprint.id, missing)
    parts: list[tuple[str, tuple[str, ...]]] = []
    practice: list[str] = []
    for part in blueprint.parts:
        candidates = [i for i in eligible if i.item_type == part.item_type.value]
        targets = _level_targets(blueprint, part.count)
        have_levels: Counter[str] = Counter()
        have_themes: Counter[str] = Counter()
        picked: list[PoolItem] = []
        floors = _level_floors(blueprint, part.count)
        while len(picked) < part.count:
            deficit = {lv: n - have_levels[lv] for lv, n in floors.items() if n > have_levels[lv]}
            options = candidates
            if sum(deficit.values()) >= part.count - len(picked):
                options = [i for i in candidates if i.level in deficit]
            scores = [
                _task_score(item, targets, have_levels, have_themes, part.count, avoid, rng)
                for item in options
            ]
            pick = options[scores.index(max(scores))]
            candidates.remove(pick)
            picked.append(pick)
            have_levels[pick.level] += 1
            for theme in pick.themes:
                have_themes[theme] += 1
        picked.sort(key=lambda i: (i.difficulty, natural_key(i.key)))
        parts.append((part.name, tuple(i.key for i in picked)))
        if candidates and len(practice) < blueprint.practice_questions:
            practice.append(min(candidates, key=lambda i: (i.difficulty, natural_key(i.key))).key)
    questions = tuple(k for _, keys in parts for k in keys)
    by_key = {i.key: i for i in eligible}
    stimuli: list[str] = []
    for key in questions:
        stimulus = by_key[key].stimulus
        if stimulus and stimulus not in stimuli:
            stimuli.append(stimulus)
    return Form(blueprint.id, seed, questions, tuple(stimuli), tuple(parts), tuple(practice))


def _task_score(
    item: PoolItem,
    targets: Mapping[str, float],
    have_levels: Counter[str],
    have_themes: Counter[str],
    count: int,
    avoid: Set_,
    rng: random.Random,
) -> float:
    theme_use = sum(have_themes[t] for t in item.themes) / len(item.themes) if item.themes else 0.0
    return (
        FRESH_WEIGHT * (item.key not in avoid)
        + LEVEL_WEIGHT * (targets.get(item.level, 0.0) - have_levels[item.level]) / count
        - THEME_WEIGHT * theme_use
        + JITTER * rng.random()
    )
