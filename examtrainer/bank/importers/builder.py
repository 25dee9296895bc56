"""Assembling a pack from converted questions: ids, defaults, media, validation and writing.

Every importer parses its format into plain field mappings and hands them to a
:class:`PackBuilder`, which validates each entry against the model and the loader's rules,
reports what cannot be kept, copies media, and writes the pack with the one exporter.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import shutil
import tempfile
import unicodedata
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from types import TracebackType
from typing import Any
from urllib.parse import unquote

from pydantic import ValidationError

from examtrainer.bank.exporter import write_pack
from examtrainer.bank.importers.report import ConversionReport
from examtrainer.bank.importers.text import media_kind
from examtrainer.bank.loader import TRUE_FALSE_OPTIONS, check_item
from examtrainer.bank.model import THEMES, Item, ItemType, Level, Manifest, Pack, Skill, Stimulus
from examtrainer.errors import Problem

DEFAULT_LEVEL = Level.A2
IMPORTED_AUTHOR = "imported"
IMPORTED_LICENCE = "unknown (imported)"
# Stimulus text types for imported material, which does not say what kind of text it is.
READING_TEXT_TYPE = "text"
LISTENING_TEXT_TYPE = "fragment"
NO_MODEL_ANSWER = "(geen voorbeeldantwoord)"
DEFAULT_ANSWER_SECONDS = 60

_ID_BAD = re.compile(r"[^A-Za-z0-9._-]+")
ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")

# Theme names in Dutch (and a few English variants) onto the themes of the model.
THEME_ALIASES: dict[str, str] = {
    **{theme: theme for theme in THEMES},
    "gemeente": "municipality",
    "werk": "work",
    "gezondheid": "health",
    "zorg": "health",
    "wonen": "housing",
    "huis": "housing",
    "onderwijs": "school",
    "winkelen": "shopping",
    "boodschappen": "shopping",
    "vervoer": "transport",
    "verkeer": "transport",
    "vrije tijd": "leisure",
    "vrijetijd": "leisure",
    "geld": "money",
    "financien": "money",
    "financiën": "money",
    "familie": "family",
    "gezin": "family",
    "buren": "neighbours",
    "buurt": "neighbours",
    "neighbors": "neighbours",
    "diensten": "services",
    "instanties": "services",
    "nieuws": "news",
    "algemeen": "general",
}


def dutch_theme_names() -> list[str]:
    """One Dutch name per theme of the model (the first alias), as a teacher writes them."""
    names: dict[str, str] = {}
    for alias, theme in THEME_ALIASES.items():
        if alias != theme and theme not in names:
            names[theme] = alias
    return [names.get(theme, theme) for theme in THEMES]


def theme_of(word: str) -> str | None:
    """The model's theme for a Dutch or English theme name, or None when it is not one."""
    return THEME_ALIASES.get(word.strip().lower())


def slug(raw: str, limit: int = 60) -> str:
    """``raw`` reduced to id characters (accents dropped, other runs to '-'); may be ''."""
    text = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode("ascii")
    text = _ID_BAD.sub("-", text).strip("-._")
    return text[:limit].rstrip("-._")


def partial_shares(
    answers: Iterable[tuple[float, str]], right: Collection[str]
) -> dict[str, float]:
    """Partial credit of a Moodle/GIFT question as the item's ``credit``: each answer with
    0 < percent < 100 that is not a right one, as a share of the points."""
    shares: dict[str, float] = {}
    for percent, text in answers:
        if 0 < percent < 100 and text and text not in right:
            shares.setdefault(text, round(percent / 100, 4))
    return shares


def response_shares(answers: Iterable[tuple[float, str]]) -> dict[str, float]:
    """A multiple_response question's percentages (negative ones too) as shares: as in
    Moodle, choosing some of the right options earns their part of the points."""
    shares = {
        text: round(max(-100.0, min(100.0, percent)) / 100, 4)
        for percent, text in answers
        if percent and text
    }
    positive = [share for share in shares.values() if share > 0]
    if len(positive) <= 1:
        return {}  # one right option: right or wrong, nothing in between
    return shares


@dataclass(frozen=True)
class Origin:
    """Where an entry came from, for reports: file, item label, and source field names.

    ``columns`` maps a model field (``answer``) to the name the source uses for it (a
    spreadsheet column such as ``antwoord``); fields missing from it are reported as is.
    """

    file: str
    item: str
    columns: Mapping[str, str] = field(default_factory=dict)

    def column(self, model_field: str) -> str:
        return self.columns.get(model_field, model_field)


@dataclass
class Entry:
    """One item to add: its fields and where it came from."""

    origin: Origin
    fields: dict[str, Any]


class PackBuilder:
    """Collects converted stimuli and items for one pack and writes them.

    With ``strict`` (the spreadsheet, which teachers fill in for examtrainer) an entry that
    does not validate is a problem that refuses the import; otherwise (foreign formats) it is
    left out and listed in ``not_mapped`` while the rest is converted.
    Use as a context manager: media are staged in a temporary folder until :meth:`finish`.
    """

    def __init__(self, fmt: str, source: Path, *, strict: bool = False) -> None:
        self.format = fmt
        self.source = source
        self.strict = strict
        self.not_mapped: list[Problem] = []
        self.problems: list[Problem] = []
        self.notes: list[str] = []
        self._ids: set[str] = set()
        self._groups: list[tuple[Stimulus | None, list[Item]]] = []
        self._media: dict[str, str] = {}  # digest + kind + name -> pack path
        self._media_names: set[str] = set()
        self._defaulted_skill = 0
        self._defaulted_level = 0
        # What identifies the bank in its source ("moodle category: $course$/Wonen");
        # set by the converter, see stable_bank_id.
        self.identity = ""
        self._shared: dict[str, int] = {}  # shared text key -> index in _groups
        self._stage = Path(tempfile.mkdtemp(prefix="examtrainer-import-"))

    def __enter__(self) -> PackBuilder:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        shutil.rmtree(self._stage, ignore_errors=True)

    # -- reporting ---------------------------------------------------------------------

    def skip(self, file: str, item: str, field_name: str, reason: str) -> None:
        """Record a question or part of one that is not converted."""
        self.not_mapped.append(Problem(file, item, field_name, reason))

    def problem(self, file: str, item: str, field_name: str, reason: str) -> None:
        """Record an error in the source: the import will be refused."""
        self.problems.append(Problem(file, item, field_name, reason))

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def _fail(self, origin: Origin, field_name: str, reason: str) -> None:
        if self.strict:
            self.problem(origin.file, origin.item, field_name, reason)
        else:
            self.skip(origin.file, origin.item, field_name, reason)

    # -- ids and media -----------------------------------------------------------------

    def unique_id(self, raw: str, fallback: str = "item") -> str:
        """A new id made from ``raw``: sanitised to the id pattern and unique in the pack."""
        base = slug(raw) or slug(fallback) or "item"
        if not base[0].isalnum():
            base = "x" + base
        candidate, number = base, 1
        while candidate.lower() in self._ids:
            number += 1
            candidate = f"{base}-{number}"
        self._ids.add(candidate.lower())
        return candidate

    def claim_id(self, wanted: str) -> bool:
        """Reserve an id given literally by the source; False when it is taken already."""
        if wanted.lower() in self._ids:
            return False
        self._ids.add(wanted.lower())
        return True

    def add_media(self, data: bytes, name: str) -> str | None:
        """Store a media file for the pack; return its pack path (``images/x.png``).

        None when the name's extension is neither a picture nor a sound file we support.
        The same bytes under the same name are stored once.
        """
        kind = media_kind(name)
        if kind is None:
            return None
        folder = "images" if kind == "image" else "audio"
        digest = hashlib.sha256(data).hexdigest()
        key = f"{digest}/{folder}/{name}"
        if key in self._media:
            return self._media[key]
        stem, _, suffix = PurePosixPath(name).name.rpartition(".")
        base = slug(stem, 80) or "media"
        candidate, number = f"{folder}/{base}.{suffix.lower()}", 1
        while candidate.lower() in self._media_names:
            number += 1
            candidate = f"{folder}/{base}-{number}.{suffix.lower()}"
        self._media_names.add(candidate.lower())
        destination = self._stage / candidate
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_bytes(data)
        self._media[key] = candidate
        return candidate

    def media_from_reference(
        self, reference: str, base: Path, root: Path
    ) -> tuple[str | None, str]:
        """Bring along the file that ``reference`` (a src/href) names, relative to ``base``.

        ``root`` is the folder that references may not leave. Returns the pack path, or None
        and the reason it could not be used (external link, missing file, unknown kind).
        """
        ref = reference.strip()
        if ref.startswith("data:"):
            header, _, payload = ref.partition(",")
            mime = header[5:].split(";", 1)[0]
            extension = {
                "image/png": "png",
                "image/jpeg": "jpg",
                "image/gif": "gif",
                "image/svg+xml": "svg",
                "audio/mpeg": "mp3",
                "audio/ogg": "ogg",
                "audio/wav": "wav",
            }.get(mime)
            if extension is None or ";base64" not in header:
                return None, f"embedded data of type '{mime}' is not supported"
            try:
                data = base64.b64decode(payload, validate=True)
            except (binascii.Error, ValueError):
                return None, "embedded data is not valid base64"
            return self.add_media(data, f"embedded.{extension}"), ""
        if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", ref) or ref.startswith("//"):
            return (
                None,
                f"'{ref}' is on the internet; examtrainer works offline, never downloads",
            )
        if media_kind(ref) is None:
            return None, f"'{ref}' is not a picture or sound file examtrainer can use"
        rel = unquote(ref.split("?", 1)[0].split("#", 1)[0])
        if rel.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", rel):
            return None, f"'{ref}' is an absolute path; only files beside the bank are used"
        path = (base / rel).resolve()
        if not path.is_relative_to(root.resolve()):
            return None, f"'{ref}' points outside the folder of the bank"
        if not path.is_file():
            return None, f"file '{ref}' is not there"
        return self.add_media(path.read_bytes(), path.name), ""

    # -- entries -----------------------------------------------------------------------

    def _validate_item(self, entry: Entry) -> Item | None:
        data = dict(entry.fields)
        if data.get("type") == ItemType.TRUE_FALSE and not data.get("options"):
            data["options"] = list(TRUE_FALSE_OPTIONS)
        if not data.get("id"):
            data["id"] = self.unique_id(entry.origin.item)
        try:
            item = Item.model_validate(data)
        except ValidationError as error:
            for detail in error.errors():
                loc = [str(part) for part in detail["loc"]]
                name = entry.origin.column(loc[0]) if loc else ""
                self._fail(entry.origin, ".".join([name, *loc[1:]]), detail["msg"])
            return None
        failures = list(check_item(item))
        for field_name, message in failures:
            self._fail(entry.origin, entry.origin.column(field_name), message)
        return None if failures else item

    def _apply_defaults(self, fields: dict[str, Any], has_audio: bool) -> None:
        if not fields.get("skill"):
            fields["skill"] = Skill.LISTENING if has_audio else Skill.READING
            self._defaulted_skill += 1
        if not fields.get("level"):
            fields["level"] = DEFAULT_LEVEL
            self._defaulted_level += 1

    def add(self, entries: list[Entry], stimulus: Entry | None = None, shared: str = "") -> int:
        """Add items, standing alone or (with ``stimulus``) sharing that stimulus.

        The items of a stimulus take its id, skill, level and themes; fields missing on a
        standalone item or the stimulus get the defaults (reading, or listening with audio;
        level A2). Returns how many items were kept.
        """
        parent: Stimulus | None = None
        group = self._shared.get(shared) if shared else None
        if group is not None:  # a shared text met before: these items join its group
            parent = self._groups[group][0]
        elif stimulus is not None:
            sfields = dict(stimulus.fields)
            sfields.setdefault("id", self.unique_id(stimulus.origin.item + "-tekst"))
            self._apply_defaults(sfields, bool(sfields.get("audio")))
            sfields.setdefault(
                "type",
                LISTENING_TEXT_TYPE if sfields["skill"] == Skill.LISTENING else READING_TEXT_TYPE,
            )
            try:
                parent = Stimulus.model_validate(sfields)
            except ValidationError as error:
                for detail in error.errors():
                    loc = [str(part) for part in detail["loc"]]
                    name = stimulus.origin.column(loc[0]) if loc else ""
                    self._fail(stimulus.origin, ".".join([name, *loc[1:]]), detail["msg"])
                for entry in entries:
                    self._fail(entry.origin, "", "its text (stimulus) could not be converted")
                return 0
        kept: list[Item] = []
        for entry in entries:
            fields = dict(entry.fields)
            if parent is not None:
                fields["stimulus"] = parent.id
                fields.setdefault("skill", parent.skill)
                fields.setdefault("level", parent.level)
                fields.setdefault("themes", parent.themes)
            else:
                self._apply_defaults(fields, bool(fields.get("prompt_audio")))
            item = self._validate_item(Entry(entry.origin, fields))
            if item is not None:
                if parent is not None and item.skill is not parent.skill:
                    self._fail(entry.origin, entry.origin.column("skill"), "differs from its text")
                    continue
                kept.append(item)
        if group is not None:
            self._groups[group][1].extend(kept)
        elif kept:
            self._groups.append((parent, kept))
            if shared:
                self._shared[shared] = len(self._groups) - 1
        return len(kept)

    # -- output ------------------------------------------------------------------------

    @property
    def item_count(self) -> int:
        return sum(len(items) for _, items in self._groups)

    def finish(
        self,
        target: Path,
        *,
        title: str,
        pack_id: str | None,
        licence: str | None = None,
        author: str | None = None,
        description: str = "",
    ) -> ConversionReport:
        """Write the pack at ``target`` unless there are problems; return the report.

        The pack is written into a temporary sibling folder and renamed, so that ``target``
        either holds a complete pack or is not created at all.
        """
        if self._defaulted_skill and not self.problems:
            self.note(
                f"{self._defaulted_skill} text(s)/item(s) without a skill got 'reading' "
                "('listening' when they have audio); change it in the item files where needed"
            )
        if self._defaulted_level and not self.problems:
            self.note(
                f"{self._defaulted_level} text(s)/item(s) without a level got "
                f"{DEFAULT_LEVEL.value}; change it in the item files where needed"
            )
        name = self.source.name
        identity = self.identity or self._first_item_identity()
        if pack_id is None:
            pack_id = stable_bank_id(identity)
        elif not ID_PATTERN.match(pack_id):
            self.problem(name, "", "pack_id", f"'{pack_id}' is not a valid pack id")
        if self.item_count == 0 and not self.problems:
            self.problem(name, "", "", "no question could be converted (see 'not mapped')")
        if target.exists() and (not target.is_dir() or any(target.iterdir())):
            self.problem(name, "", "", "the folder to write the bank to is not empty")
        if not self.problems:
            manifest = Manifest(
                id=pack_id,
                title=title.strip() or self.source.stem or "Imported",
                version="1",
                author=author or IMPORTED_AUTHOR,
                licence=licence or IMPORTED_LICENCE,
                source=name,
                description=description,
            )
            stimuli = tuple(parent for parent, _ in self._groups if parent is not None)
            items = tuple(i for parent, group in self._groups if parent is not None for i in group)
            items += tuple(i for parent, group in self._groups if parent is None for i in group)
            pack = Pack(manifest=manifest, stimuli=stimuli, items=items)
            _write_atomically(pack, target, self._stage)
        return ConversionReport(
            format=self.format,
            source=name,
            items_converted=0 if self.problems else self.item_count,
            not_mapped=list(self.not_mapped),
            problems=list(self.problems),
            notes=list(self.notes),
            bank_id=pack_id,
            identity=identity,
        )

    def _first_item_identity(self) -> str:
        """Without a category or identifier in the source: its first question, by id."""
        for _, items in self._groups:
            if items:
                return f"{self.format}: {items[0].id}"
        return f"{self.format}: (empty)"


def stable_bank_id(identity: str) -> str:
    """The id of an imported bank: from what identifies it in its source (a Moodle or GIFT
    category, a QTI manifest or item identifier, else its first question), never from the
    file name, so that importing ``toets.xml`` twice with different banks makes two banks
    and importing the same bank again replaces it. Readable start, short hash for the rest.
    """
    import hashlib

    readable = slug(identity.split(":", 1)[-1].replace("$course$", "").replace("/", "-"), 40)
    digest = hashlib.sha256(identity.strip().encode("utf-8")).hexdigest()[:8]
    return f"imported.{readable or 'bank'}-{digest}"


def _write_atomically(pack: Pack, target: Path, media_source: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        write_pack(pack, staging / "pack", media_source)
        if target.exists():
            target.rmdir()  # empty, checked by the caller
        (staging / "pack").rename(target)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
