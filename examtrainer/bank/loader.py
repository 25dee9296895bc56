"""Loading and strict validation of content packs (a folder or a .zip of one).

Validation is complete: every problem of a pack is collected, each with file, item id and
field, before anything is returned. A pack with any problem is refused whole
(:class:`~examtrainer.errors.PackInvalid`).
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from examtrainer.bank.archive import safe_extract
from examtrainer.bank.model import (
    CHOICE_TYPES,
    RECORDED_TYPES,
    Item,
    ItemType,
    Manifest,
    Pack,
    Skill,
    Stimulus,
)
from examtrainer.errors import PackInvalid, Problem

MANIFEST_NAME = "pack.yaml"
TRUE_FALSE_OPTIONS = ("Juist", "Onjuist")
# Fields an item takes over from the stimulus it is nested under.
INHERITED = ("skill", "level", "themes")

MediaCheck = Callable[[Path], str | None]
"""Checks one media file; returns None when fine, else a short reason (e.g. 'cannot decode')."""

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_yaml(path: Path, rel: str, problems: list[Problem]) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return yaml.load(handle, Loader=_Loader)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        problems.append(Problem(rel, "", "", f"cannot read YAML: {error}"))
        return None


def _pydantic_problems(rel: str, item_id: str, error: ValidationError) -> Iterator[Problem]:
    for detail in error.errors():
        field = ".".join(str(part) for part in detail["loc"])
        yield Problem(rel, item_id, field, detail["msg"])


def _entry_id(raw: Any) -> str:
    if isinstance(raw, dict):
        return str(raw.get("id", "?"))
    return "?"


def _parse_file(
    raw: Any, rel: str, problems: list[Problem]
) -> tuple[list[tuple[str, Stimulus]], list[tuple[str, Item]]]:
    stimuli: list[tuple[str, Stimulus]] = []
    items: list[tuple[str, Item]] = []
    if raw is None:
        problems.append(Problem(rel, "", "", "the file is empty"))
        return stimuli, items
    if not isinstance(raw, dict) or not set(raw) <= {"stimuli", "items"}:
        problems.append(
            Problem(rel, "", "", "an item file holds a mapping with 'stimuli' and/or 'items'")
        )
        return stimuli, items
    raw_items: list[tuple[Any, dict[str, Any]]] = []
    for entry in raw.get("stimuli") or []:
        if not isinstance(entry, dict):
            problems.append(Problem(rel, "", "stimuli", "each stimulus is a mapping"))
            continue
        entry = dict(entry)
        questions = entry.pop("questions", None) or []
        try:
            stimulus = Stimulus.model_validate(entry)
        except ValidationError as error:
            problems.extend(_pydantic_problems(rel, _entry_id(entry), error))
            stimulus = None
        if stimulus is not None:
            stimuli.append((rel, stimulus))
        inherited = {key: entry[key] for key in INHERITED if key in entry}
        inherited["stimulus"] = entry.get("id")
        raw_items.extend((question, inherited) for question in questions)
    raw_items.extend((entry, {}) for entry in raw.get("items") or [])
    for entry, inherited in raw_items:
        if not isinstance(entry, dict):
            problems.append(Problem(rel, "", "items", "each item is a mapping"))
            continue
        merged = {**inherited, **entry}
        if merged.get("type") == ItemType.TRUE_FALSE and not merged.get("options"):
            merged["options"] = list(TRUE_FALSE_OPTIONS)
        try:
            items.append((rel, Item.model_validate(merged)))
        except ValidationError as error:
            problems.extend(_pydantic_problems(rel, _entry_id(entry), error))
    return stimuli, items


def check_item(item: Item) -> Iterator[tuple[str, str]]:
    """Yield (field, message) for each way ``item`` breaks the rules of its type."""
    if item.type in CHOICE_TYPES or item.type in (ItemType.MULTIPLE_RESPONSE, ItemType.ORDERING):
        if len(item.options) < 2:
            yield "options", "needs at least two options"
        if len(set(item.options)) != len(item.options):
            yield "options", "two options are the same"
    if item.type in CHOICE_TYPES:
        if item.answer is None:
            yield "answer", f"missing: a {item.type.value} item needs its right answer"
        elif not isinstance(item.answer, str):
            yield "answer", "give one answer, not a list"
        elif item.answer not in item.options:
            yield "answer", f"'{item.answer}' is not one of the options"
    elif item.type is ItemType.MULTIPLE_RESPONSE:
        keys = (item.answer,) if isinstance(item.answer, str) else item.answer or ()
        if not keys:
            yield "answer", "missing: list the right options"
        for key in keys:
            if key not in item.options:
                yield "answer", f"'{key}' is not one of the options"
    elif item.type is ItemType.SHORT_ANSWER:
        if not item.right_answers:
            yield "accept", "missing: list the answers that count as right"
    elif item.type is ItemType.MATCHING:
        if len(item.pairs) < 2:
            yield "pairs", "needs at least two pairs"
        if item.options:  # the right-hand choices, with distractors
            for _, right in item.pairs:
                if right not in item.options:
                    yield "options", f"'{right}' of a pair is not one of the options"
    elif item.type is ItemType.ORDERING:
        keys = (item.answer,) if isinstance(item.answer, str) else item.answer or ()
        if len(keys) < 2:
            yield "answer", "missing: list the options in the right order"
        elif sorted(keys) != sorted(item.options):
            yield "answer", "the right order must hold every option once"
    elif item.type in RECORDED_TYPES:
        if item.skill is not Skill.SPEAKING:
            yield "skill", f"a {item.type.value} item is a speaking item"
        if item.answer_seconds is None:
            yield "answer_seconds", "missing: how many seconds the learner may speak"
        if not item.model_answer:
            yield "model_answer", "missing: write a model answer"
    if item.type is ItemType.CHOOSE_REACTION and item.skill is not Skill.SPEAKING:
        yield "skill", "a choose_reaction item is a speaking item"
    yield from _check_credit(item)


def _check_credit(item: Item) -> Iterator[tuple[str, str]]:
    """Partial credit: only where a share of the points can be given, for a known answer."""
    if not item.credit:
        return
    partial_types = (ItemType.MULTIPLE_CHOICE, ItemType.SHORT_ANSWER, ItemType.MULTIPLE_RESPONSE)
    if item.type not in partial_types:
        yield "credit", f"a {item.type.value} item gives no partial credit"
        return
    for text, share in item.credit.items():
        if item.type is ItemType.MULTIPLE_RESPONSE:
            if text not in item.options:
                yield "credit", f"'{text}' is not one of the options"
            elif not -1 <= share <= 1 or share == 0:
                yield "credit", f"the share of '{text}' must be between -1 and 1, not 0"
            continue
        if item.type is ItemType.MULTIPLE_CHOICE and text not in item.options:
            yield "credit", f"'{text}' is not one of the options"
        elif text in item.right_answers:
            yield "credit", f"'{text}' is the right answer already"
        elif not 0 < share < 1:
            yield "credit", f"the share of '{text}' must be between 0 and 1"


def _media_of(stimulus_or_item: Stimulus | Item) -> Iterator[tuple[str, str]]:
    for field in ("audio", "image", "prompt_audio", "model_audio"):
        value = getattr(stimulus_or_item, field, None)
        if value:
            yield field, value


def _check_cross(
    media_root: Path,
    stimuli: list[tuple[str, Stimulus]],
    items: list[tuple[str, Item]],
    media_check: MediaCheck | None,
) -> Iterator[Problem]:
    seen: dict[str, str] = {}
    by_id: dict[str, Stimulus] = {}
    entries: list[tuple[str, Stimulus | Item]] = [*stimuli, *items]
    for rel, entry in entries:
        if entry.id in seen:
            yield Problem(rel, entry.id, "id", f"duplicate id (also in {seen[entry.id]})")
        else:
            seen[entry.id] = rel
    for _rel, stimulus in stimuli:
        by_id[stimulus.id] = stimulus
    for rel, item in items:
        for field, message in check_item(item):
            yield Problem(rel, item.id, field, message)
        if item.stimulus is not None:
            parent = by_id.get(item.stimulus)
            if parent is None:
                yield Problem(rel, item.id, "stimulus", f"no stimulus with id '{item.stimulus}'")
            elif parent.skill is not item.skill:
                yield Problem(rel, item.id, "skill", f"differs from its stimulus ({parent.skill})")
    root_resolved = media_root.resolve()
    for rel, entry in entries:
        for field, value in _media_of(entry):
            media = (media_root / value).resolve()
            if not media.is_relative_to(root_resolved):
                yield Problem(rel, entry.id, field, f"'{value}' is outside the media folder")
            elif not media.is_file():
                yield Problem(rel, entry.id, field, f"file '{value}' does not exist")
            elif media_check is not None and (reason := media_check(media)):
                yield Problem(rel, entry.id, field, f"'{value}': {reason}")


def _item_files(root: Path) -> list[Path]:
    return sorted(
        path
        for pattern in ("*.yaml", "*.yml")
        for path in root.rglob(pattern)
        if path.name not in (MANIFEST_NAME, "pack.yml") and path.is_file()
    )


def read_manifest(folder: Path) -> Manifest | None:
    """Just the manifest of a pack folder (cheap: to see whether a pack changed), or None."""
    problems: list[Problem] = []
    raw = _read_yaml(folder / MANIFEST_NAME, MANIFEST_NAME, problems)
    try:
        return Manifest.model_validate(raw) if raw is not None else None
    except ValidationError:
        return None


def media_root(root: Path, manifest: Manifest | None) -> Path:
    """The folder that the media paths of the pack at ``root`` are relative to."""
    return root / (manifest.media if manifest is not None else ".")


def read_pack_folder(root: Path, media_check: MediaCheck | None = None) -> Pack:
    """Read and validate the pack in folder ``root``; raise PackInvalid listing every problem."""
    problems: list[Problem] = []
    manifest: Manifest | None = None
    manifest_path = root / MANIFEST_NAME
    if not manifest_path.is_file():
        problems.append(Problem(MANIFEST_NAME, "", "", "missing: every pack needs a pack.yaml"))
    else:
        raw = _read_yaml(manifest_path, MANIFEST_NAME, problems)
        if raw is not None:
            try:
                manifest = Manifest.model_validate(raw)
            except ValidationError as error:
                problems.extend(_pydantic_problems(MANIFEST_NAME, "", error))
    stimuli: list[tuple[str, Stimulus]] = []
    items: list[tuple[str, Item]] = []
    files = _item_files(root)
    for path in files:
        rel = path.relative_to(root).as_posix()
        raw = _read_yaml(path, rel, problems)
        if raw is None and any(p.file == rel for p in problems):
            continue
        new_stimuli, new_items = _parse_file(raw, rel, problems)
        stimuli.extend(new_stimuli)
        items.extend(new_items)
    if not files:
        problems.append(Problem("", "", "", "the pack has no item files (*.yaml)"))
    problems.extend(_check_cross(media_root(root, manifest), stimuli, items, media_check))
    if problems or manifest is None:
        raise PackInvalid(str(root), problems)
    return Pack(
        manifest=manifest,
        stimuli=tuple(s for _, s in stimuli),
        items=tuple(i for _, i in items),
        root=str(root),
    )


@contextmanager
def opened_pack_folder(path: Path) -> Iterator[Path]:
    """Yield a folder holding the pack at ``path``: the folder itself, or a safely unpacked zip.

    A zip that holds a single top folder with the pack.yaml inside is accepted too.
    """
    if path.is_dir():
        yield path
        return
    with tempfile.TemporaryDirectory(prefix="examtrainer-pack-") as tmp:
        target = safe_extract(path, Path(tmp))
        if not (target / MANIFEST_NAME).exists():
            inner = [child for child in target.iterdir() if child.is_dir()]
            if len(inner) == 1 and (inner[0] / MANIFEST_NAME).exists():
                target = inner[0]
        yield target


def load_pack(path: Path, media_check: MediaCheck | None = None) -> Pack:
    """Load a pack from a folder or zip. Media paths of a zip point into a temporary folder
    that is gone afterwards, so callers that need media from a zip should use
    :func:`opened_pack_folder` and :func:`read_pack_folder` themselves.
    """
    with opened_pack_folder(path) as folder:
        try:
            return read_pack_folder(folder, media_check)
        except PackInvalid as error:
            raise PackInvalid(str(path), error.problems) from None


def find_packs(path: Path) -> list[Path]:
    """A pack path itself, or every pack (folder with pack.yaml, or .zip) directly inside it."""
    if path.is_file() or (path / MANIFEST_NAME).exists():
        return [path]
    if not path.is_dir():
        return []
    found = [child for child in sorted(path.iterdir()) if (child / MANIFEST_NAME).exists()]
    found += [child for child in sorted(path.glob("*.zip"))]
    return found


def load_packs(paths: Iterable[Path], media_check: MediaCheck | None = None) -> list[Pack]:
    return [load_pack(path, media_check) for path in paths]
