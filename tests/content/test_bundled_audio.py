"""The bundled audio: every file the bundled packs refer to exists, decodes, has a plausible
length, and is what tools/build_audio.py would build from the current scripts."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from examtrainer.bank.loader import find_packs, load_pack, media_root

ROOT = Path(__file__).resolve().parents[2]
CONTENT = ROOT / "content"
AUDIO_DIR = ROOT / "assets" / "audio"
AUDIO_FIELDS = ("audio", "prompt_audio", "model_audio")

try:
    import imageio_ffmpeg  # noqa: F401 - presence check only

    HAVE_FFMPEG = True
except ImportError:
    HAVE_FFMPEG = False

needs_ffmpeg = pytest.mark.skipif(
    not HAVE_FFMPEG,
    reason="imageio-ffmpeg (the content tools' ffmpeg, in the 'tools' extra) is not installed",
)


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_audio", ROOT / "tools" / "build_audio.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("build_audio", module)
    spec.loader.exec_module(module)
    return module


build_audio = _load_tool()


def _references() -> list[tuple[str, str, str, Path, int]]:
    """(entry id, field, kind, file, words spoken) for every audio file the packs use."""
    found = []
    for pack_path in find_packs(CONTENT):
        pack = load_pack(pack_path)  # no media check: that is what these tests do
        root = media_root(Path(pack.root), pack.manifest).resolve()
        for stimulus in pack.stimuli:
            if stimulus.audio:
                words = sum(len(line.text.split()) for line in stimulus.script)
                found.append((stimulus.id, "audio", "listening", root / stimulus.audio, words))
        for item in pack.items:
            if item.prompt_audio:
                words = sum(len(line.text.split()) for line in item.script)
                found.append((item.id, "prompt_audio", "prompt", root / item.prompt_audio, words))
            if item.model_audio:
                words = len((item.model_answer or "").split())
                found.append((item.id, "model_audio", "model", root / item.model_audio, words))
    return found


REFERENCES = _references()


@pytest.fixture(scope="module")
def durations() -> dict[Path, float]:
    """Decoded length in seconds of every referenced file (each decoded once)."""
    from examtrainer.audio.loudness import decode_audio

    result = {}
    for path in sorted({ref[3] for ref in REFERENCES}):
        segment = decode_audio(path)
        assert segment.channels == 1, path.name
        result[path] = len(segment) / 1000
    return result


def test_the_bundled_packs_use_audio_of_every_kind() -> None:
    kinds = {ref[2] for ref in REFERENCES}
    assert kinds == {"listening", "prompt", "model"}
    assert len(REFERENCES) >= 100


def test_every_referenced_audio_file_exists_in_assets_audio() -> None:
    missing = [f"{ref[0]} {ref[1]}: {ref[3]}" for ref in REFERENCES if not ref[3].is_file()]
    assert missing == []
    outside = [ref[3] for ref in REFERENCES if not ref[3].is_relative_to(AUDIO_DIR)]
    assert outside == []


def test_every_audio_file_is_referenced() -> None:
    used = {ref[3] for ref in REFERENCES}
    unused = [p.name for p in sorted(AUDIO_DIR.rglob("*.ogg")) if p not in used]
    assert unused == []


@needs_ffmpeg
@pytest.mark.slow
def test_every_audio_file_decodes_and_lasts_more_than_a_second(
    durations: dict[Path, float],
) -> None:
    short = {path.name: seconds for path, seconds in durations.items() if seconds <= 1.0}
    assert short == {}


@needs_ffmpeg
@pytest.mark.slow
def test_spoken_length_follows_the_number_of_words(durations: dict[Path, float]) -> None:
    # Synthetic speech at 130-160 words per minute plus pauses between speakers: between 80
    # and 240 words per minute overall. A fragment far outside that is cut off or wrong.
    odd = {}
    for entry_id, _field, kind, path, words in REFERENCES:
        seconds = durations[path]
        rate = words / seconds * 60
        if kind == "listening" and not 80 <= rate <= 240:
            odd[entry_id] = f"{words} words in {seconds:.1f} s"
        if kind != "listening" and not 50 <= rate <= 260:
            odd[f"{entry_id} {kind}"] = f"{words} words in {seconds:.1f} s"
    assert odd == {}


@needs_ffmpeg
@pytest.mark.slow
def test_bundled_audio_is_small() -> None:
    total = sum(p.stat().st_size for p in AUDIO_DIR.rglob("*.ogg"))
    assert total < 20 * 1024 * 1024


def test_build_tool_finds_the_same_files_as_the_loader() -> None:
    jobs = build_audio.collect_jobs(CONTENT)
    assert {AUDIO_DIR / job.name for job in jobs} == {ref[3] for ref in REFERENCES}


def test_build_audio_check_reports_nothing_stale() -> None:
    # Hashes only: runs without espeak-ng. A failure means a script or model answer changed:
    # run `python tools/build_audio.py` and commit assets/audio.
    assert build_audio.check(CONTENT, AUDIO_DIR) == []


def test_build_audio_check_notices_a_changed_script(tmp_path: Path) -> None:
    jobs = build_audio.collect_jobs(CONTENT)
    manifest = build_audio.read_manifest(AUDIO_DIR)
    job = jobs[0]
    assert build_audio.stale(job, manifest, AUDIO_DIR) is None
    first = job.lines[0]
    job.lines = (build_audio.Line(first.voice, first.text + " Extra."), *job.lines[1:])
    assert build_audio.stale(job, manifest, AUDIO_DIR) == "text or settings changed"
    assert build_audio.stale(job, {}, AUDIO_DIR) == "not in the manifest"
    assert build_audio.stale(job, manifest, tmp_path) == "missing"


def test_model_answers_alternate_voices_and_follow_cues() -> None:
    jobs = build_audio.collect_jobs(CONTENT)
    models = [job for job in jobs if job.kind == "model"]
    voices = {job.lines[0].voice for job in models}
    assert voices == {"female", "male"}
    by_name = {job.name: job.lines[0].voice for job in models}
    assert by_name["sp-a1-1-model.ogg"] == "female"  # "Ik heet Amina Hassan."
    assert by_name["sp-a1-2-model.ogg"] == "female"  # "... met mijn man."
    assert build_audio.model_voice("x", "Ik woon hier met mijn vrouw.", ()) == "male"
    prompt = (build_audio.Line("female", "Hoe gaat het?"),)
    assert build_audio.model_voice("x", "Goed.", prompt) == "male"


def test_the_voices_are_different() -> None:
    voices = build_audio.VOICES
    assert set(voices) == {"female", "male", "announcer"}
    assert len({(v.espeak, v.pitch) for v in voices.values()}) == 3


@needs_ffmpeg
@pytest.mark.slow
def test_bank_validate_decodes_all_bundled_content(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from examtrainer.cli import main

    assert main(["bank", "validate", str(CONTENT)]) == 0
    assert ": OK:" in capsys.readouterr().out
