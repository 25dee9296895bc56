"""Use cases around item banks: validate, count, import and install content packs."""

from __future__ import annotations

import logging
import shutil
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from examtrainer.bank.loader import (
    MediaCheck,
    find_packs,
    load_pack,
    opened_pack_folder,
    read_manifest,
    read_pack_folder,
)
from examtrainer.bank.model import Item, Pack, Stimulus
from examtrainer.errors import PackInvalid, Problem, UnknownFormat
from examtrainer.store.records import BankInfo
from examtrainer.store.repositories import Store

log = logging.getLogger(__name__)


def audio_check() -> MediaCheck:
    """A media check that also decodes audio files (needs ffmpeg for Ogg/Opus, see audio)."""
    from examtrainer.audio.devices import AudioError
    from examtrainer.audio.loudness import decode_audio

    def check(path: Path) -> str | None:
        if path.suffix.lower() not in {".ogg", ".opus", ".wav", ".mp3", ".m4a"}:
            return None
        try:
            segment = decode_audio(path)
        except AudioError as error:
            return f"cannot decode: {error}"
        return None if len(segment) > 0 else "the audio is empty"

    return check


def validate(path: Path, media_check: MediaCheck | None = None) -> tuple[list[Pack], list[Problem]]:
    """Validate one pack or a folder of packs; returns the good packs and all problems."""
    packs: list[Pack] = []
    problems: list[Problem] = []
    targets = find_packs(path)
    if not targets:
        raise UnknownFormat(f"{path}: geen itembank gevonden (geen pack.yaml en geen .zip).")
    for target in targets:
        try:
            packs.append(load_pack(target, media_check))
        except PackInvalid as error:
            prefix = target.name if target != path else ""
            problems.extend(
                Problem(f"{prefix}/{p.file}" if prefix else p.file, p.item, p.field, p.message)
                for p in error.problems
            )
    ids: dict[str, str] = {}
    for pack in packs:
        entries: tuple[Stimulus | Item, ...] = (*pack.stimuli, *pack.items)
        for item in entries:
            if item.id in ids and ids[item.id] != pack.manifest.id:
                problems.append(
                    Problem(pack.manifest.id, item.id, "id", f"also used in pack {ids[item.id]}")
                )
            ids[item.id] = pack.manifest.id
    return packs, problems


def stats(packs: list[Pack]) -> dict[str, Any]:
    """Counts per skill and level: stimuli, questions and item types."""
    result: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)

    def cell(skill: str, level: str) -> dict[str, Any]:
        return result[skill].setdefault(level, {"stimuli": 0, "questions": 0, "types": {}})

    for pack in packs:
        for stimulus in pack.stimuli:
            cell(stimulus.skill.value, stimulus.level.value)["stimuli"] += 1
        for item in pack.items:
            entry = cell(item.skill.value, item.level.value)
            entry["questions"] += 1
            entry["types"][item.type.value] = entry["types"].get(item.type.value, 0) + 1
    return {skill: dict(sorted(levels.items())) for skill, levels in sorted(result.items())}


def install_pack_folder(store: Store, installed_packs: Path, source: Path) -> BankInfo:
    """Validate and install a pack (folder or .zip of our format) in one transaction.

    The pack's files are copied into the user's data folder first, so its media stay
    available; when anything fails, nothing is installed and the copy is removed.
    """
    with opened_pack_folder(source) as folder:
        pack = read_pack_folder(folder)
        target = installed_packs / pack.manifest.id
        staging = installed_packs / f".{pack.manifest.id}.new"
        if staging.exists():
            shutil.rmtree(staging)
        shutil.copytree(folder, staging)
    try:
        installed = read_pack_folder(staging)
        if target.exists():
            shutil.rmtree(target)
        staging.rename(target)
        return store.banks.install(installed, str(target))
    except Exception:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def install_bundled(store: Store, content: Path) -> list[str]:
    """Install or update the bundled packs whose version differs from the installed one.

    A bundled pack that does not validate is skipped (and logged), so one broken pack
    never keeps the app from starting.
    """
    installed = store.banks.versions()
    teachers = {bank.id for bank in store.banks.all() if not bank.bundled}
    updated = []
    for target in find_packs(content):
        manifest = read_manifest(target)
        if manifest is not None and installed.get(manifest.id) == manifest.version:
            continue
        if manifest is not None and manifest.id in teachers:
            # A teacher's bank is never retired by a bundled update with the same id.
            log.error("bundled pack %s skipped: a teacher's bank has its id", manifest.id)
            continue
        try:
            pack = load_pack(target)
        except PackInvalid as error:
            log.error(
                "bundled pack %s skipped: %s", target, "; ".join(map(str, error.problems[:5]))
            )
            continue
        if installed.get(pack.manifest.id) != pack.manifest.version:
            store.banks.install(pack, str(target), bundled=True)
            updated.append(pack.manifest.id)
    return updated


AUDIO_SUFFIXES = frozenset({".wav", ".ogg", ".opus", ".mp3", ".m4a"})


def replace_audio(store: Store, bank_id: str, key: str, source: Path) -> str:
    """A teacher's own voice: ``source`` (a recording or a chosen sound file) becomes the
    audio of the listening fragment ``key`` or the model answer of the speaking task
    ``key`` in the teacher's bank ``bank_id``. The file is copied into the bank's folder,
    so it is kept with the bank and exported with it. Returns its path in the bank.

    Bundled banks are not changed (their updates would undo it): export one as a pack,
    import it as your own bank, then replace its audio.
    """
    from examtrainer.errors import BankConflict, NotFound

    bank = store.banks.get(bank_id)
    if bank.bundled:
        raise BankConflict(
            f"'{bank_id}' is een meegeleverde itembank; die verandert u niet. Exporteer de "
            "bank en importeer haar als uw eigen bank."
        )
    suffix = source.suffix.lower()
    if suffix not in AUDIO_SUFFIXES or not source.is_file():
        raise UnknownFormat(f"{source.name}: geen geluidsbestand (wav, ogg, opus, mp3, m4a)")
    contents = {entry.key: entry for entry in store.banks.contents(bank_id)}
    pack_path = f"audio/{key}-eigen{suffix}"
    root = Path(bank.origin)
    if key in contents and contents[key].data.get("type") in ("speaking_short", "speaking_medium"):
        field = "model_audio"
    elif key in contents:
        raise NotFound(f"'{key}' is geen spreekopdracht en geen luisterfragment.")
    else:
        field = "audio"  # a stimulus: set_media says when there is no such fragment
    (root / "audio").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, root / pack_path)
    try:
        store.banks.set_media(bank_id, key, field, pack_path)
    except NotFound:
        (root / pack_path).unlink(missing_ok=True)
        raise
    return pack_path


FRAGMENT = "fragment"
MODEL_ANSWER = "model_answer"


@dataclass(frozen=True)
class VoicePart:
    """A sound in a bank that a teacher may replace with their own voice: the audio of a
    listening fragment (``kind`` :data:`FRAGMENT`) or the model answer of a speaking task
    (:data:`MODEL_ANSWER`). ``label`` is the fragment's title or the task's question,
    ``audio`` the file learners hear now (None: there is none yet), ``own`` True when that
    file is already the teacher's (see :func:`replace_audio`)."""

    key: str
    kind: str
    label: str
    audio: Path | None
    own: bool


def voice_parts(store: Store, bank_id: str) -> list[VoicePart]:
    """The listening fragments and speaking tasks of a bank (active ones), in bank order:
    what :func:`replace_audio` can give a teacher's own voice."""
    from examtrainer.bank.model import RECORDED_TYPES, Skill
    from examtrainer.store.teaching import Teaching

    pack, root = Teaching(store).bank_pack(bank_id)

    def part(key: str, kind: str, label: str, audio: str | None) -> VoicePart:
        own = audio is not None and Path(audio).stem == f"{key}-eigen"
        return VoicePart(key, kind, label, root / audio if audio else None, own)

    parts = [
        part(s.id, FRAGMENT, s.title or s.transcript[:60] or s.id, s.audio)
        for s in pack.stimuli
        if s.skill is Skill.LISTENING
    ]
    parts += [
        part(i.id, MODEL_ANSWER, i.question, i.model_audio)
        for i in pack.items
        if i.type in RECORDED_TYPES
    ]
    return parts
