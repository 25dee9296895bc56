"""Writing a :class:`~examtrainer.bank.model.Pack` as a pack folder (or .zip) in examtrainer-pack/1.

This is the one YAML writer of the project: the importers build model objects and hand them
here. The output is stable (same pack, same bytes): keys in a fixed, readable order, only
fields that differ from their defaults, questions nested under their stimulus when that
keeps the order of the items.
"""

from __future__ import annotations

import shutil
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from typing import Any

import yaml
from pydantic import BaseModel

from examtrainer.bank.loader import INHERITED, MANIFEST_NAME
from examtrainer.bank.model import Irt, Item, Manifest, Pack, ScriptLine, Stimulus

ITEMS_FILE = "items/items.yaml"

MANIFEST_ORDER = (
    "format",
    "id",
    "title",
    "version",
    "language",
    "author",
    "licence",
    "source",
    "description",
    "media",
)
MANIFEST_ALWAYS = frozenset({"format", "id", "title", "version", "language", "author"})
MANIFEST_ALWAYS |= {"licence", "source"}
STIMULUS_ORDER: tuple[str, ...] = ("id", "skill", "level", "type", "title", "themes", "text")
STIMULUS_ORDER += ("script", "audio", "image")
ITEM_ORDER = (
    "id",
    "skill",
    "level",
    "type",
    "stimulus",
    "themes",
    "question",
    "options",
    "answer",
    "accept",
    "pairs",
    "credit",
    "feedback",
    "hint",
    "image",
    "script",
    "prompt_audio",
    "prep_seconds",
    "answer_seconds",
    "model_answer",
    "model_audio",
    "rubric",
    "irt",
    "translations",
)
MEDIA_FIELDS = ("audio", "image", "prompt_audio", "model_audio")


class _PackDumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Safe YAML with multi-line texts as literal blocks, which teachers can edit by hand."""


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_list(dumper: yaml.SafeDumper, value: list[Any]) -> yaml.Node:
    """Short lists of short one-line texts in flow style: ``options: [Ja, Nee]``."""
    flow = (
        bool(value)
        and all(isinstance(part, str) and "\n" not in part for part in value)
        and sum(len(part) + 2 for part in value) <= 80
    )
    return dumper.represent_sequence("tag:yaml.org,2002:seq", value, flow_style=flow)


_PackDumper.add_representer(str, _represent_str)
_PackDumper.add_representer(list, _represent_list)


def _plain(value: Any) -> Any:
    """A model value as plain YAML data: enums as strings, tuples as lists, models as dicts."""
    if isinstance(value, ScriptLine):
        return {"voice": value.voice, "text": value.text}
    if isinstance(value, Irt):
        data: dict[str, Any] = {"difficulty": value.difficulty}
        if value.discrimination != 1.0:
            data["discrimination"] = value.discrimination
        return data
    if isinstance(value, BaseModel):
        return {
            key: _plain(val)
            for key, val in value.model_dump(exclude_defaults=True).items()
            if val is not None
        }
    if isinstance(value, tuple | list):
        return [_plain(part) for part in value]
    if isinstance(value, dict):
        return {str(key): _plain(val) for key, val in value.items()}
    if hasattr(value, "value") and isinstance(value.value, str):  # StrEnum
        return value.value
    return value


def _fields(model: BaseModel, order: Iterable[str], skip: dict[str, Any]) -> dict[str, Any]:
    """The fields of ``model`` in ``order`` that are not default (nor equal to ``skip``)."""
    out: dict[str, Any] = {}
    fields = type(model).model_fields
    for name in order:
        value = getattr(model, name)
        if name in skip:
            if value == skip[name]:
                continue
        elif value == fields[name].get_default(call_default_factory=True):
            continue
        out[name] = _plain(value)
    return out


def manifest_document(manifest: Manifest) -> dict[str, Any]:
    """``pack.yaml`` as a mapping: required fields always, optional ones when set."""
    doc: dict[str, Any] = {}
    for name in MANIFEST_ORDER:
        value = getattr(manifest, name)
        default = Manifest.model_fields[name].get_default()
        if name in MANIFEST_ALWAYS or value != default:
            doc[name] = value
    return doc


def _items_by_stimulus(pack: Pack) -> dict[str, list[Item]]:
    known: dict[str, list[Item]] = {stimulus.id: [] for stimulus in pack.stimuli}
    for item in pack.items:
        if item.stimulus in known:
            known[item.stimulus].append(item)
    return known


def _nesting_keeps_order(pack: Pack, by_stimulus: dict[str, list[Item]]) -> bool:
    """True when writing questions under their stimulus reproduces the order of the items."""
    nested = [item for s in pack.stimuli for item in by_stimulus[s.id]]
    standalone = [item for item in pack.items if item.stimulus not in by_stimulus]
    return [*nested, *standalone] == list(pack.items)


def items_document(pack: Pack) -> dict[str, Any]:
    """All stimuli and items of ``pack`` as one item-file mapping."""
    by_stimulus = _items_by_stimulus(pack)
    nest = _nesting_keeps_order(pack, by_stimulus)
    doc: dict[str, Any] = {}
    nested_ids: set[str] = set()
    stimuli: list[dict[str, Any]] = []
    for stimulus in pack.stimuli:
        entry = _fields(stimulus, STIMULUS_ORDER, {})
        if nest:
            inherited = {key: getattr(stimulus, key) for key in INHERITED}
            inherited["stimulus"] = stimulus.id
            questions = []
            for item in by_stimulus[stimulus.id]:
                questions.append(_fields(item, ITEM_ORDER, inherited))
                nested_ids.add(item.id)
            if questions:
                entry["questions"] = questions
        stimuli.append(entry)
    if stimuli:
        doc["stimuli"] = stimuli
    standalone = [_fields(item, ITEM_ORDER, {}) for item in pack.items if item.id not in nested_ids]
    if standalone:
        doc["items"] = standalone
    return doc


def dump_yaml(data: Any) -> str:
    return yaml.dump(
        data,
        Dumper=_PackDumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=100,
    )


def media_paths(pack: Pack) -> list[str]:
    """Every media path the pack's stimuli and items refer to, each once, in order."""
    seen: dict[str, None] = {}
    entries: list[Stimulus | Item] = [*pack.stimuli, *pack.items]
    for entry in entries:
        for field in MEDIA_FIELDS:
            value = getattr(entry, field, None)
            if value:
                seen.setdefault(value, None)
    return list(seen)


def _safe_relative(value: str) -> PurePosixPath:
    path = PurePosixPath(value.replace("\\", "/"))
    if path.is_absolute() or ".." in path.parts or not path.parts:
        raise ValueError(f"media path '{value}' must stay inside the pack")
    return path


def _write_folder(pack: Pack, target: Path, media_source: Path | None) -> None:
    manifest = pack.manifest
    if media_source is not None:
        manifest = manifest.model_copy(update={"media": "."})
        for value in media_paths(pack):
            rel = _safe_relative(value)
            source = media_source / Path(*rel.parts)
            destination = target / Path(*rel.parts)
            if source.resolve() == destination.resolve():
                continue
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, destination)
    (target / MANIFEST_NAME).write_text(dump_yaml(manifest_document(manifest)), encoding="utf-8")
    items_path = target / ITEMS_FILE
    items_path.parent.mkdir(parents=True, exist_ok=True)
    items_path.write_text(dump_yaml(items_document(pack)), encoding="utf-8")


def _zip_folder(folder: Path, archive: Path) -> None:
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                info = zipfile.ZipInfo(path.relative_to(folder).as_posix(), (1980, 1, 1, 0, 0, 0))
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                zf.writestr(info, path.read_bytes())


def write_pack(pack: Pack, target: Path, media_source: Path | None = None) -> Path:
    """Write ``pack`` in examtrainer-pack/1 at ``target`` and return ``target``.

    ``target`` is a folder that must not exist yet (or be empty); when its name ends in
    ``.zip`` a zip of the pack folder is written instead. With ``media_source`` (the folder
    the pack's media paths are relative to, e.g. :func:`~examtrainer.bank.loader.media_root`)
    every referenced media file is copied into the new pack and its manifest's ``media`` is
    reset to the pack folder; without it media are neither copied nor checked and the
    manifest's ``media`` is kept. A media file that cannot be read raises ``OSError``.
    """
    if target.suffix.lower() == ".zip":
        with tempfile.TemporaryDirectory(prefix="examtrainer-export-") as tmp:
            folder = Path(tmp) / "pack"
            folder.mkdir()
            _write_folder(pack, folder, media_source)
            target.parent.mkdir(parents=True, exist_ok=True)
            _zip_folder(folder, target)
        return target
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise FileExistsError(f"'{target}' already exists and is not an empty folder")
    target.mkdir(parents=True, exist_ok=True)
    _write_folder(pack, target, media_source)
    return target
