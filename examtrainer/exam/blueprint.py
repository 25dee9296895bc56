"""Blueprints of the real exams: item counts, time limits, navigation and timing rules per part.

The defaults are data, one TOML file per target and skill in ``examtrainer/exam/blueprints/``
(``a2-reading.toml`` ...), taken from ``EXAM_FACTS.md``; ``docs/exam-mode.md`` lists them with
their sources. A school can override any key with a file of the same shape (for example
``exam-a2-listening.toml`` in the site config folder, see :func:`site_override`); a key the
blueprint does not know, or a value of the wrong type, is refused with the file and the key.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from importlib import resources
from pathlib import Path
from typing import Any, Literal, cast

from examtrainer.bank.model import ItemType, Level, Skill
from examtrainer.errors import ExamtrainerError

Navigation = Literal["free", "forward"]
TimerMode = Literal["hidden_with_warnings", "visible"]
BlueprintKind = Literal["mock_exam", "timed_set"]
Target = Literal["A2", "B1"]

TARGETS: tuple[Target, ...] = ("A2", "B1")
EXAM_SKILLS: tuple[Skill, ...] = (Skill.READING, Skill.LISTENING, Skill.SPEAKING)
NAVIGATIONS: tuple[Navigation, ...] = ("free", "forward")
TIMER_MODES: tuple[TimerMode, ...] = ("hidden_with_warnings", "visible")


class BlueprintError(ExamtrainerError):
    """A blueprint file has an unknown key or a wrong value; ``file`` and ``key`` say where."""

    def __init__(self, file: str, key: str, message: str) -> None:
        self.file = file
        self.key = key
        super().__init__(f"{file}: '{key}': {message}")


@dataclass(frozen=True)
class Span:
    """An inclusive range of whole numbers (texts in a form, questions per text)."""

    min: int
    max: int


@dataclass(frozen=True)
class SpeakingPart:
    """One part of a speaking exam: ``count`` items of ``item_type``, in this order."""

    name: str  # "recorded", "choose_reaction", "short", "medium"
    item_type: ItemType
    count: int


@dataclass(frozen=True)
class Scale:
    """The B1 scale: a part is passed at ``pass_score`` [official: 500].

    ``estimated_cut`` is OUR estimate of the share of correct answers that corresponds to
    the pass score; the real raw cut differs per exam version and is not published, so every
    scale score the app shows is an estimate, never the official conversion.
    """

    pass_score: int = 500
    max_score: int = 1000
    estimated_cut: float = 0.6


@dataclass(frozen=True)
class Blueprint:
    """The shape of one exam part (target level and skill). Times are in minutes.

    ``texts`` and ``questions_per_text`` apply to reading and listening (testlets: a text or
    fragment with its questions) and are None for speaking, which has ``parts`` instead.
    ``plays_allowed`` is how often a fragment may be played (None: no limit, or not audio);
    it is an app setting, not an official rule. ``levels`` maps item levels to the share of
    questions wanted from each (weights, normalised when used). ``pass_raw`` is a hint of
    the raw pass mark where sources give one (A2: [conflict], never shown as official).
    ``kind`` tells a full mock exam from a short timed set (``services.ladder``); it is kept
    in the snapshot, so screens never have to guess it from the number of questions.
    """

    target: Target
    skill: Skill
    questions: int
    time_limit_minutes: float
    texts: Span | None = None
    questions_per_text: Span | None = None
    navigation: Navigation = "free"
    timer: TimerMode = "hidden_with_warnings"
    warnings_minutes: tuple[float, ...] = (5, 1)
    practice_questions: int = 2
    plays_allowed: int | None = None
    item_types: tuple[ItemType, ...] = (ItemType.MULTIPLE_CHOICE,)  # the real exams: MC only
    levels: tuple[tuple[Level, float], ...] = ()
    parts: tuple[SpeakingPart, ...] = ()
    pass_raw: int | None = None
    scale: Scale | None = None
    source: str = ""  # the file(s) it was read from
    kind: BlueprintKind = "mock_exam"

    @property
    def id(self) -> str:
        return f"{self.target}-{self.skill.value}"

    @property
    def time_limit_seconds(self) -> float:
        return self.time_limit_minutes * 60.0

    @property
    def level_weights(self) -> dict[Level, float]:
        """Level → share of questions (sums to 1)."""
        total = sum(weight for _, weight in self.levels)
        return {level: weight / total for level, weight in self.levels}

    @property
    def has_audio(self) -> bool:
        return self.skill in (Skill.LISTENING, Skill.SPEAKING)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form; :func:`blueprint_from_dict` reads it back (snapshots, CLI)."""
        data = asdict(self)
        data["skill"] = self.skill.value
        data["item_types"] = [t.value for t in self.item_types]
        data["levels"] = {level.value: weight for level, weight in self.levels}
        data["warnings_minutes"] = list(self.warnings_minutes)
        data["parts"] = [
            {"name": p.name, "item_type": p.item_type.value, "count": p.count} for p in self.parts
        ]
        data["id"] = self.id
        return data


# -- reading files -------------------------------------------------------------------------

_TOP_KEYS = frozenset(
    {
        "target",
        "skill",
        "questions",
        "texts",
        "questions_per_text",
        "time_limit_minutes",
        "navigation",
        "timer",
        "warnings_minutes",
        "practice_questions",
        "plays_allowed",
        "item_types",
        "levels",
        "parts",
        "pass_raw",
        "scale",
    }
)
_TABLE_KEYS: dict[str, frozenset[str]] = {
    "texts": frozenset({"min", "max"}),
    "questions_per_text": frozenset({"min", "max"}),
    "scale": frozenset({"pass_score", "max_score", "estimated_cut"}),
}
_PART_KEYS = frozenset({"name", "item_type", "count"})


def default_file_name(target: str, skill: str) -> str:
    return f"{target.lower()}-{skill.lower()}.toml"


def site_override(folder: Path, target: str, skill: str) -> Path | None:
    """The school's override file for a blueprint (``exam-a2-reading.toml``), if it exists."""
    path = folder / f"exam-{default_file_name(target, skill)}"
    return path if path.is_file() else None


def _read(text: str, source: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise BlueprintError(source, "-", f"geen geldige TOML: {error}") from error


def _int(value: Any, source: str, key: str, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise BlueprintError(source, key, f"moet een geheel getal zijn, niet {value!r}")
    if value < minimum:
        raise BlueprintError(source, key, f"moet {minimum} of meer zijn, niet {value}")
    return value


def _number(value: Any, source: str, key: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise BlueprintError(source, key, f"moet een getal zijn, niet {value!r}")
    if value <= 0:
        raise BlueprintError(source, key, f"moet groter dan 0 zijn, niet {value}")
    return float(value)


def _choice(value: Any, allowed: tuple[str, ...], source: str, key: str) -> str:
    if not isinstance(value, str) or value not in allowed:
        raise BlueprintError(source, key, f"moet een van {', '.join(allowed)} zijn, niet {value!r}")
    return value


def _table(value: Any, source: str, key: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise BlueprintError(source, key, f"moet een tabel zijn, niet {value!r}")
    unknown = sorted(set(value) - _TABLE_KEYS[key])
    if unknown:
        raise BlueprintError(source, f"{key}.{unknown[0]}", "onbekende sleutel")
    return dict(value)


def _check_keys(data: Mapping[str, Any], source: str) -> None:
    """Refuse unknown keys and wrong types early, naming the file of the value."""
    for key, value in data.items():
        if key not in _TOP_KEYS:
            raise BlueprintError(source, key, "onbekende sleutel")
        if key in _TABLE_KEYS:
            for sub, subvalue in _table(value, source, key).items():
                if key == "scale" and sub == "estimated_cut":
                    cut = _number(subvalue, source, f"{key}.{sub}")
                    if cut >= 1:
                        raise BlueprintError(source, f"{key}.{sub}", "moet tussen 0 en 1 liggen")
                else:
                    _int(subvalue, source, f"{key}.{sub}", 1 if key == "scale" else 0)
        elif key in ("questions", "pass_raw"):
            _int(value, source, key, 1)
        elif key in ("practice_questions", "plays_allowed"):
            _int(value, source, key, 0)
        elif key == "time_limit_minutes":
            _number(value, source, key)
        elif key == "target":
            _choice(value, TARGETS, source, key)
        elif key == "skill":
            _choice(value, tuple(s.value for s in EXAM_SKILLS), source, key)
        elif key == "navigation":
            _choice(value, NAVIGATIONS, source, key)
        elif key == "timer":
            _choice(value, TIMER_MODES, source, key)
        elif key == "warnings_minutes":
            if not isinstance(value, list):
                raise BlueprintError(
                    source, key, f"moet een lijst van minuten zijn, niet {value!r}"
                )
            for minutes in value:
                _number(minutes, source, key)
        elif key == "item_types":
            if not isinstance(value, list) or not value:
                raise BlueprintError(source, key, "moet een lijst van vraagsoorten zijn")
            for item_type in value:
                _choice(item_type, tuple(t.value for t in ItemType), source, key)
        elif key == "levels":
            if not isinstance(value, dict) or not value:
                raise BlueprintError(
                    source, key, "moet een tabel zijn, bijvoorbeeld {A1 = 0.3, A2 = 0.7}"
                )
            for level, weight in value.items():
                _choice(level, tuple(lv.value for lv in Level), source, f"levels.{level}")
                if isinstance(weight, bool) or not isinstance(weight, int | float) or weight < 0:
                    raise BlueprintError(
                        source, f"levels.{level}", "moet een getal van 0 of meer zijn"
                    )
            if sum(value.values()) <= 0:
                raise BlueprintError(source, key, "minstens een niveau moet meer dan 0 wegen")
        elif key == "parts":
            if not isinstance(value, list):
                raise BlueprintError(source, key, "moet een lijst van [[parts]] zijn")
            for number, part in enumerate(value, 1):
                where = f"parts[{number}]"
                if not isinstance(part, dict):
                    raise BlueprintError(source, where, "moet een tabel zijn")
                unknown = sorted(set(part) - _PART_KEYS)
                if unknown:
                    raise BlueprintError(source, f"{where}.{unknown[0]}", "onbekende sleutel")
                missing = sorted(_PART_KEYS - set(part))
                if missing:
                    raise BlueprintError(source, f"{where}.{missing[0]}", "ontbreekt")
                if not isinstance(part["name"], str) or not part["name"]:
                    raise BlueprintError(source, f"{where}.name", "moet een naam zijn")
                _choice(
                    part["item_type"],
                    tuple(t.value for t in ItemType),
                    source,
                    f"{where}.item_type",
                )
                _int(part["count"], source, f"{where}.count", 1)


def _merge(base: dict[str, Any], override: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if key in _TABLE_KEYS and isinstance(merged.get(key), dict):
            merged[key] = {**merged[key], **value}
        else:
            merged[key] = value
    return merged


def _span(data: Mapping[str, Any], key: str, source: str) -> Span | None:
    if key not in data:
        return None
    table = data[key]
    if set(table) != {"min", "max"}:
        raise BlueprintError(source, key, "heeft 'min' en 'max' nodig")
    if table["min"] > table["max"]:
        raise BlueprintError(source, key, "'min' is groter dan 'max'")
    return Span(int(table["min"]), int(table["max"]))


def _build(data: Mapping[str, Any], source: str) -> Blueprint:
    for key in ("target", "skill", "questions", "time_limit_minutes"):
        if key not in data:
            raise BlueprintError(source, key, "ontbreekt")
    skill = Skill(data["skill"])
    parts = tuple(
        SpeakingPart(str(p["name"]), ItemType(p["item_type"]), int(p["count"]))
        for p in data.get("parts", [])
    )
    texts = _span(data, "texts", source)
    per_text = _span(data, "questions_per_text", source)
    questions = int(data["questions"])
    if skill is Skill.SPEAKING:
        if not parts:
            raise BlueprintError(source, "parts", "een spreekexamen heeft [[parts]] nodig")
        if sum(p.count for p in parts) != questions:
            raise BlueprintError(
                source,
                "questions",
                f"is {questions}, maar de delen hebben samen "
                f"{sum(p.count for p in parts)} opdrachten",
            )
    else:
        if texts is None or per_text is None:
            key = "texts" if texts is None else "questions_per_text"
            raise BlueprintError(source, key, "ontbreekt (nodig voor lezen en luisteren)")
        if per_text.min < 1 or texts.min < 1:
            raise BlueprintError(source, "questions_per_text", "'min' moet minstens 1 zijn")
        if not texts.min * per_text.min <= questions <= texts.max * per_text.max:
            raise BlueprintError(
                source,
                "questions",
                f"{questions} vragen passen niet in {texts.min}–{texts.max} "
                f"teksten met {per_text.min}–{per_text.max} vragen",
            )
    if "levels" not in data:
        raise BlueprintError(source, "levels", "ontbreekt")
    scale = Scale(**data["scale"]) if "scale" in data else None
    if scale is not None and scale.pass_score >= scale.max_score:
        raise BlueprintError(source, "scale.pass_score", "moet kleiner zijn dan max_score")
    plays = data.get("plays_allowed")
    return Blueprint(
        target=cast(Target, data["target"]),
        skill=skill,
        questions=questions,
        time_limit_minutes=float(data["time_limit_minutes"]),
        texts=texts,
        questions_per_text=per_text,
        navigation=cast(Navigation, data.get("navigation", "free")),
        timer=cast(TimerMode, data.get("timer", "hidden_with_warnings")),
        warnings_minutes=tuple(
            sorted((float(m) for m in data.get("warnings_minutes", [5, 1])), reverse=True)
        ),
        practice_questions=int(data.get("practice_questions", 2)),
        plays_allowed=int(plays) if plays else None,
        item_types=tuple(ItemType(t) for t in data.get("item_types", ["multiple_choice"])),
        levels=tuple((Level(k), float(v)) for k, v in data["levels"].items()),
        parts=parts,
        pass_raw=int(data["pass_raw"]) if "pass_raw" in data else None,
        scale=scale,
        source=source,
    )


def _default_data(target: str, skill: str) -> tuple[dict[str, Any], str]:
    name = default_file_name(target, skill)
    resource = resources.files("examtrainer.exam").joinpath("blueprints", name)
    if (
        target not in TARGETS
        or skill not in {s.value for s in EXAM_SKILLS}
        or not resource.is_file()
    ):
        raise BlueprintError(
            name,
            "target/skill",
            f"er is geen examen {target} {skill} "
            f"(wel: {', '.join(TARGETS)} × {', '.join(s.value for s in EXAM_SKILLS)})",
        )
    source = f"examtrainer/exam/blueprints/{name}"
    data = _read(resource.read_text(encoding="utf-8"), source)
    _check_keys(data, source)
    return data, source


def load_blueprint(target: str, skill: str, override: Path | None = None) -> Blueprint:
    """The blueprint of ``target`` (A2, B1) and ``skill``, with a school's override on top.

    The override file has the keys of the default files; each key it sets replaces the
    default (tables such as ``texts`` are merged key by key; ``levels`` and ``parts`` are
    replaced whole). Raises :class:`BlueprintError` naming the file and the key on an
    unknown key, a wrong type, or a blueprint that no longer adds up.
    """
    data, source = _default_data(target.upper(), skill.lower())
    if override is not None:
        where = str(override)
        try:
            text = override.read_text(encoding="utf-8")
        except OSError as error:
            raise BlueprintError(where, "-", f"kan het bestand niet lezen: {error}") from error
        extra = _read(text, where)
        _check_keys(extra, where)
        for key in ("target", "skill"):
            if key in extra and extra[key] != data[key]:
                raise BlueprintError(where, key, f"hoort bij {data[key]}, niet {extra[key]}")
        return _build(_merge(data, extra), where)
    return _build(data, source)


def blueprint_from_dict(data: Mapping[str, Any]) -> Blueprint:
    """Read back :meth:`Blueprint.to_dict` (as stored in an exam snapshot)."""
    raw = {key: value for key, value in data.items() if key in _TOP_KEYS}
    raw = {key: value for key, value in raw.items() if value is not None and value != []}
    if not raw.get("scale"):
        raw.pop("scale", None)
    source = str(data.get("source", "snapshot"))
    _check_keys(raw, source)
    kind = data.get("kind", "mock_exam")
    if kind not in ("mock_exam", "timed_set"):
        raise BlueprintError(source, "kind", f"onbekend soort examen: {kind!r}")
    return replace(_build(raw, source), kind=cast(BlueprintKind, kind))


def all_default_blueprints() -> list[Blueprint]:
    return [load_blueprint(target, skill.value) for target in TARGETS for skill in EXAM_SKILLS]
