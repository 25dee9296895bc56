"""Build the bundled audio: speak the scripts of the content packs with espeak-ng.

    python tools/build_audio.py                 build what is missing or changed
    python tools/build_audio.py --only ID       only the files of one stimulus or item id
    python tools/build_audio.py --force         rebuild everything
    python tools/build_audio.py --check         report missing, stale or orphan files; exit 1 if any

Every pack under ``content/`` is read as raw YAML (the audio does not exist yet, so the packs
would not validate). Three kinds of file are made, each ``assets/audio/<name>.ogg``:

* a listening fragment: a stimulus with ``audio`` and ``script``, one espeak-ng call per line;
* a spoken task: an item with ``prompt_audio`` and ``script``;
* a model answer: an item with ``model_audio`` and ``model_answer``.

Lines are joined with short silences, normalised to -20 dBFS RMS and encoded as mono Ogg/Opus
by ``examtrainer.audio.loudness`` (deterministic: the same text always gives the same bytes).
``assets/audio/manifest.json`` records, per file, a hash of its recipe (text, voices, speed and
build settings) and of the bytes written, so a rebuild only redoes what changed and ``--check``
works without espeak-ng. Needs ``espeak-ng`` (Debian package) and the ``tools`` extra
(``imageio-ffmpeg``). See docs/audio-content.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zlib
from collections.abc import Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CONTENT = ROOT / "content"
ASSETS = ROOT / "assets"
AUDIO_DIR = ASSETS / "audio"
MANIFEST_NAME = "manifest.json"

# Bump to rebuild every file after a change to how audio is made (not needed for text changes).
RECIPE_VERSION = 1

SAMPLE_RATE = 24_000
"""Mono PCM rate handed to the Opus encoder."""
BITRATE_KBPS = 20
"""Opus bitrate: about 2.5 KiB per second of speech."""
TARGET_DBFS = -20.0
LEAD_IN_MS = 300
TAIL_MS = 300
GAP_SAME_SPEAKER_MS = 300
GAP_NEW_SPEAKER_MS = 500
PEAK_CEILING_DBFS = -3.0
"""Headroom: Opus overshoots sharp peaks by a dB or two, so samples stay well below clipping."""
TRIM_THRESHOLD_DBFS = -50.0
"""espeak-ng's own leading and trailing silence below this is cut before the gaps are added."""


@dataclass(frozen=True)
class Voice:
    espeak: str
    """espeak-ng voice and variant, ``-v``."""
    pitch: int
    """espeak-ng base pitch 0..99, ``-p`` (default 50)."""
    speed_factor: float = 1.0
    """Multiplies the level's words-per-minute."""


VOICES: dict[str, Voice] = {
    "female": Voice("nl+f3", pitch=60),
    "male": Voice("nl+m3", pitch=40),
    # Announcements and the news: another male timbre, lower and a little slower.
    "announcer": Voice("nl+m1", pitch=30, speed_factor=0.93),
}

WORDS_PER_MINUTE = {"A0": 125, "A1": 130, "A2": 145, "B1": 160}

# Model answers are spoken by the other voice than the task (the examiner asks, the learner
# answers), unless the answer says who speaks ...
_MODEL_VOICE_CUES = (
    (re.compile(r"\bmijn man\b|\bde moeder van\b|\bals moeder\b", re.IGNORECASE), "female"),
    (re.compile(r"\bmijn vrouw\b|\bde vader van\b|\bals vader\b", re.IGNORECASE), "male"),
)
# ... or is listed here (e.g. a name that tells): item id -> voice.
MODEL_VOICE_OVERRIDES = {
    "sp-a1-1": "female",  # "Ik heet Amina Hassan."
}


@dataclass(frozen=True)
class Line:
    voice: str
    text: str


@dataclass
class Job:
    """One audio file to make."""

    name: str
    """Path below ``assets/audio``, e.g. ``ka-a1-01.ogg``."""
    kind: str
    """``listening``, ``prompt`` or ``model``."""
    level: str
    lines: tuple[Line, ...]
    sources: list[str] = field(default_factory=list)
    """Where it is used: ``pack/file: id (field)``."""
    ids: set[str] = field(default_factory=set)

    @property
    def words(self) -> int:
        return sum(len(line.text.split()) for line in self.lines)

    def espeak_lines(self) -> list[tuple[str, int, int, str]]:
        """(voice, pitch, words per minute, text) for each line, as espeak-ng gets them."""
        base = WORDS_PER_MINUTE.get(self.level, WORDS_PER_MINUTE["A2"])
        result = []
        for line in self.lines:
            voice = VOICES[line.voice]
            result.append((voice.espeak, voice.pitch, round(base * voice.speed_factor), line.text))
        return result

    def recipe(self) -> str:
        """Hash of everything that decides the sound; equal recipes give equal bytes."""
        recipe = {
            "version": RECIPE_VERSION,
            "rate": SAMPLE_RATE,
            "bitrate": BITRATE_KBPS,
            "dbfs": TARGET_DBFS,
            "timing": [LEAD_IN_MS, TAIL_MS, GAP_SAME_SPEAKER_MS, GAP_NEW_SPEAKER_MS],
            "trim": TRIM_THRESHOLD_DBFS,
            "ceiling": PEAK_CEILING_DBFS,
            "lines": [list(entry) for entry in self.espeak_lines()],
        }
        data = json.dumps(recipe, ensure_ascii=False, sort_keys=True).encode("utf-8")
        return hashlib.sha256(data).hexdigest()


class ContentError(Exception):
    """The content cannot be turned into audio (bad script, clashing file names, ...)."""


# --- Reading the packs -------------------------------------------------------------------

_YAML_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_YAML_LOADER)


def _script(raw: Any, where: str, errors: list[str]) -> tuple[Line, ...]:
    lines = []
    if not isinstance(raw, list) or not raw:
        errors.append(f"{where}: script: a list of {{voice, text}} lines is needed")
        return ()
    for number, entry in enumerate(raw, 1):
        voice = entry.get("voice") if isinstance(entry, dict) else None
        text = entry.get("text") if isinstance(entry, dict) else None
        if voice not in VOICES:
            errors.append(f"{where}: script line {number}: voice must be one of {sorted(VOICES)}")
        elif not isinstance(text, str) or not text.strip():
            errors.append(f"{where}: script line {number}: text is empty")
        else:
            lines.append(Line(voice, " ".join(text.split())))
    return tuple(lines)


def model_voice(item_id: str, answer: str, prompt: Sequence[Line]) -> str:
    """The voice of a model answer: see ``MODEL_VOICE_OVERRIDES`` and the cues above."""
    if item_id in MODEL_VOICE_OVERRIDES:
        return MODEL_VOICE_OVERRIDES[item_id]
    for pattern, voice in _MODEL_VOICE_CUES:
        if pattern.search(answer):
            return voice
    asking = prompt[0].voice if prompt else None
    if asking == "female":
        return "male"
    if asking == "male":
        return "female"
    return ("female", "male")[zlib.crc32(item_id.encode("utf-8")) % 2]


def _audio_name(pack: Path, media: str, value: Any, where: str, errors: list[str]) -> str | None:
    if not isinstance(value, str) or not value:
        errors.append(f"{where}: the audio path is empty")
        return None
    target = (pack / media / value).resolve()
    if not target.is_relative_to(AUDIO_DIR.resolve()) or target.suffix != ".ogg":
        errors.append(f"{where}: '{value}' is not an .ogg file in {AUDIO_DIR.relative_to(ROOT)}")
        return None
    return target.relative_to(AUDIO_DIR.resolve()).as_posix()


def collect_jobs(content: Path = CONTENT) -> list[Job]:
    """All audio files the packs in ``content`` refer to, sorted by name.

    Raises ``ContentError`` listing every problem (a script without audio, a file name used
    for two different texts, ...).
    """
    errors: list[str] = []
    jobs: dict[str, Job] = {}

    def add(job: Job, source: str, entry_id: str) -> None:
        known = jobs.get(job.name)
        if known is None:
            jobs[job.name] = job
            known = job
        elif known.recipe() != job.recipe():
            errors.append(f"{source}: audio/{job.name} is also made from another text")
            return
        known.sources.append(source)
        known.ids.add(entry_id)

    for manifest in sorted(content.glob("*/pack.yaml")):
        pack = manifest.parent
        media = (_load_yaml(manifest) or {}).get("media") or "."
        for path in sorted(pack.rglob("*.yaml")):
            if path == manifest:
                continue
            rel = f"{pack.name}/{path.relative_to(pack).as_posix()}"
            raw = _load_yaml(path) or {}
            entries: list[tuple[dict[str, Any], dict[str, Any]]] = []
            for stimulus in raw.get("stimuli") or []:
                if not isinstance(stimulus, dict):
                    continue
                entries.append((stimulus, {}))
                inherited = {"level": stimulus.get("level")}
                entries.extend(
                    (question, inherited) for question in stimulus.get("questions") or []
                )
            entries.extend((item, {}) for item in raw.get("items") or [])
            for entry, inherited in entries:
                if not isinstance(entry, dict):
                    continue  # bank validate names this problem
                entry_id = str(entry.get("id", "?"))
                where = f"{rel}: {entry_id}"
                level = str(entry.get("level") or inherited.get("level") or "A2")
                script_field = entry.get("script")
                audio_field = "audio" if "audio" in entry else "prompt_audio"
                if script_field is not None and not entry.get(audio_field):
                    errors.append(f"{where}: has a script but no {audio_field}")
                if entry.get(audio_field) and script_field is None:
                    errors.append(f"{where}: {audio_field} needs a script to speak")
                script = _script(script_field, where, errors) if script_field is not None else ()
                if entry.get(audio_field) and script:
                    name = _audio_name(pack, media, entry[audio_field], where, errors)
                    if name:
                        kind = "listening" if audio_field == "audio" else "prompt"
                        add(Job(name, kind, level, script), f"{where} ({audio_field})", entry_id)
                if entry.get("model_audio"):
                    answer = entry.get("model_answer")
                    if not isinstance(answer, str) or not answer.strip():
                        errors.append(f"{where}: model_audio needs a model_answer to speak")
                        continue
                    name = _audio_name(pack, media, entry["model_audio"], where, errors)
                    if name:
                        voice = model_voice(entry_id, answer, script)
                        lines = (Line(voice, " ".join(answer.split())),)
                        add(Job(name, "model", level, lines), f"{where} (model_audio)", entry_id)
    if errors:
        raise ContentError("\n".join(errors))
    return sorted(jobs.values(), key=lambda job: job.name)


# --- Manifest and check ------------------------------------------------------------------


def read_manifest(audio_dir: Path = AUDIO_DIR) -> dict[str, dict[str, Any]]:
    path = audio_dir / MANIFEST_NAME
    if not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    files: dict[str, dict[str, Any]] = data.get("files", {})
    return files


def write_manifest(files: dict[str, dict[str, Any]], audio_dir: Path = AUDIO_DIR) -> None:
    data = {
        "about": "made by tools/build_audio.py; recipe = hash of text, voices and settings",
        "files": {name: files[name] for name in sorted(files)},
    }
    text = json.dumps(data, indent=1, ensure_ascii=False, sort_keys=False) + "\n"
    (audio_dir / MANIFEST_NAME).write_text(text, encoding="utf-8")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stale(job: Job, manifest: dict[str, dict[str, Any]], audio_dir: Path = AUDIO_DIR) -> str | None:
    """Why ``job`` must be (re)built, or None when its file is up to date. Hashes only."""
    path = audio_dir / job.name
    entry = manifest.get(job.name)
    if not path.is_file():
        return "missing"
    if entry is None:
        return "not in the manifest"
    if entry.get("recipe") != job.recipe():
        return "text or settings changed"
    if entry.get("sha256") != _sha256(path):
        return "file differs from what was built"
    return None


def orphans(jobs: Iterable[Job], audio_dir: Path = AUDIO_DIR) -> list[str]:
    """Audio files in ``audio_dir`` that no pack refers to."""
    wanted = {job.name for job in jobs}
    present = sorted(p.relative_to(audio_dir).as_posix() for p in audio_dir.rglob("*.ogg"))
    return [name for name in present if name not in wanted]


def check(content: Path = CONTENT, audio_dir: Path = AUDIO_DIR) -> list[str]:
    """Every problem with the built audio, one line each; empty when all is up to date.

    Compares hashes only, so it runs without espeak-ng and ffmpeg.
    """
    try:
        jobs = collect_jobs(content)
    except ContentError as error:
        return str(error).splitlines()
    manifest = read_manifest(audio_dir)
    problems = [
        f"{job.name}: {reason} ({job.sources[0]})"
        for job in jobs
        if (reason := stale(job, manifest, audio_dir))
    ]
    problems.extend(f"{name}: not used by any pack" for name in orphans(jobs, audio_dir))
    return problems


# --- Synthesis ---------------------------------------------------------------------------


def espeak_version() -> str:
    done = subprocess.run(["espeak-ng", "--version"], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def _speak(voice: str, pitch: int, wpm: int, text: str, folder: Path, number: int) -> Any:
    from examtrainer.audio.wav import read_wav

    text_file = folder / f"line{number}.txt"
    wav_file = folder / f"line{number}.wav"
    # The text goes through a file, so a line starting with '-' is never taken for an option.
    text_file.write_text(text + "\n", encoding="utf-8")
    command = ["espeak-ng", "-v", voice, "-p", str(pitch), "-s", str(wpm)]
    command += ["-w", str(wav_file), "-f", str(text_file)]
    subprocess.run(command, check=True, capture_output=True)
    return read_wav(wav_file)


def _trim(segment: Any) -> Any:
    """Cut espeak-ng's own silence before and after the speech."""
    from examtrainer.audio._pydub import detect_nonsilent

    spans = detect_nonsilent(segment, 50, TRIM_THRESHOLD_DBFS, seek_step=5)
    return segment[spans[0][0] : spans[-1][1]] if spans else segment


def render(job: Job) -> bytes:
    """The Ogg/Opus bytes of ``job`` (deterministic)."""
    from examtrainer.audio._pydub import AudioSegment
    from examtrainer.audio.loudness import normalise, opus_bytes

    def silence(ms: int) -> AudioSegment:
        return AudioSegment.silent(duration=ms, frame_rate=SAMPLE_RATE)

    with tempfile.TemporaryDirectory(prefix="build-audio-") as temp:
        audio = silence(LEAD_IN_MS)
        previous = None
        for number, (line, spoken) in enumerate(zip(job.lines, job.espeak_lines(), strict=True)):
            segment = _speak(*spoken, Path(temp), number)
            segment = _trim(segment.set_channels(1).set_frame_rate(SAMPLE_RATE))
            # Each line on its own first, so that the speakers of a dialogue sound equally loud.
            segment = normalise(segment, TARGET_DBFS, PEAK_CEILING_DBFS)
            if previous is not None:
                gap = GAP_NEW_SPEAKER_MS if line.voice != previous else GAP_SAME_SPEAKER_MS
                audio += silence(gap)
            audio += segment
            previous = line.voice
        audio += silence(TAIL_MS)
    return opus_bytes(normalise(audio, TARGET_DBFS, PEAK_CEILING_DBFS), BITRATE_KBPS)


def _build_one(job: Job, audio_dir: Path) -> tuple[str, dict[str, Any]]:
    from examtrainer.audio.loudness import _write_atomically

    data = render(job)
    destination = audio_dir / job.name
    destination.parent.mkdir(parents=True, exist_ok=True)
    _write_atomically(destination, data)
    destination.chmod(0o644)
    return job.name, {
        "recipe": job.recipe(),
        "sha256": hashlib.sha256(data).hexdigest(),
        "bytes": len(data),
        "kind": job.kind,
        "level": job.level,
        "words": job.words,
        "voices": sorted({line.voice for line in job.lines}),
    }


def build(
    jobs: Sequence[Job],
    audio_dir: Path = AUDIO_DIR,
    force: bool = False,
    workers: int = 2,
    prune: bool = True,
) -> tuple[list[str], list[str]]:
    """Build what is stale among ``jobs``; returns (built names, removed orphan names)."""
    audio_dir.mkdir(parents=True, exist_ok=True)
    manifest = read_manifest(audio_dir)
    todo = [job for job in jobs if force or stale(job, manifest, audio_dir)]
    built = []
    if todo:
        with ProcessPoolExecutor(max_workers=max(1, workers)) as pool:
            futures = [pool.submit(_build_one, job, audio_dir) for job in todo]
            for future in futures:
                name, entry = future.result()
                manifest[name] = entry
                built.append(name)
                print(f"built {name} ({entry['bytes']} bytes)")
    removed = []
    if prune:
        for name in orphans(jobs, audio_dir):
            if name in manifest:  # only what this tool made
                (audio_dir / name).unlink()
                removed.append(name)
                print(f"removed {name}: no pack uses it")
        wanted = {job.name for job in jobs}
        manifest = {name: entry for name, entry in manifest.items() if name in wanted}
    write_manifest(manifest, audio_dir)
    return built, removed


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Speak the scripts of the content packs into assets/audio/*.ogg."
    )
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        metavar="ID",
        help="only this stimulus or item id, or file stem (repeatable)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="report missing, stale and orphan files; exit 1 if there are any",
    )
    parser.add_argument("--force", action="store_true", help="rebuild even if up to date")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (default 2)")
    parser.add_argument("--content", type=Path, default=CONTENT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.check:
        problems = check(args.content)
        for problem in problems:
            print(problem)
        if problems:
            print(
                f"{len(problems)} problem(s) with the audio; run tools/build_audio.py",
                file=sys.stderr,
            )
            return 1
        print("audio is up to date")
        return 0

    try:
        jobs = collect_jobs(args.content)
    except ContentError as error:
        print(error, file=sys.stderr)
        return 2
    if shutil.which("espeak-ng") is None:
        print("espeak-ng is not installed (Debian: apt install espeak-ng)", file=sys.stderr)
        return 2
    prune = not args.only
    if args.only:
        wanted = set(args.only)
        jobs = [j for j in jobs if j.ids & wanted or Path(j.name).stem in wanted]
        if not jobs:
            print(f"nothing matches {', '.join(sorted(wanted))}", file=sys.stderr)
            return 2
    built, removed = build(jobs, force=args.force, workers=args.jobs, prune=prune)
    total = sum(p.stat().st_size for p in AUDIO_DIR.rglob("*.ogg"))
    print(
        f"{len(built)} built, {len(removed)} removed, {len(jobs) - len(built)} up to date; "
        f"{espeak_version()}; assets/audio: {total / 1024 / 1024:.2f} MiB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
