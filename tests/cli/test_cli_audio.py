"""``examtrainer audio devices|check`` as school IT runs it: a process, real sound devices.

The devices are the PulseAudio virtual devices of tools/virtual_audio.sh (see
tests/gui/virtual_audio.py for when these tests skip and when they must fail).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import wave
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "gui"))
import virtual_audio as va  # noqa: E402

pytestmark = [pytest.mark.audio_devices, pytest.mark.slow]


def examtrainer(*argv: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "examtrainer", *argv],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


@pytest.fixture
def sound_server() -> None:
    va.need_server()


def test_devices_lists_the_speaker_and_microphone_with_the_defaults(sound_server) -> None:  # type: ignore[no-untyped-def]
    result = examtrainer("audio", "devices")
    assert result.returncode == 0, result.stderr
    assert "  * Virtuele_luidspreker" in result.stdout
    assert "  * Virtuele_microfoon" in result.stdout
    listed = json.loads(examtrainer("audio", "devices", "--json").stdout)
    assert {"name": "Virtuele_microfoon", "default": True} in listed["inputs"]


def test_check_records_the_fed_speech(sound_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "x.wav"
    result = examtrainer("audio", "check", "--record", "3", "--output", str(target))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, "one line of JSON"
    report = json.loads(lines[0])
    assert report["input_device"] == "Virtuele_microfoon"
    assert report["output_device"] == "Virtuele_luidspreker"
    assert report["tone_played"] is True
    assert report["heard"] is True
    assert abs(report["seconds_recorded"] - 3.0) <= 0.3
    assert report["speech_seconds"] > 1.0
    assert -40 < report["level_dbfs"] < 0
    assert report["clipping"] is False
    assert report["output"] == str(target)
    with wave.open(str(target), "rb") as reader:
        samples = np.frombuffer(reader.readframes(reader.getnframes()), dtype="<i2")
    assert va.rms(samples / 32768) > 0.03, "the WAV holds the speech that was fed in"


def test_check_says_when_nothing_was_heard(sound_server) -> None:  # type: ignore[no-untyped-def]
    va.pactl("set-source-mute", va.MICROPHONE, "1")  # a muted microphone sends only zeros
    try:
        result = examtrainer("audio", "check", "--record", "1")
    finally:
        va.pactl("set-source-mute", va.MICROPHONE, "0")
    assert result.returncode == 1
    assert json.loads(result.stdout)["heard"] is False
    assert "nothing was heard" in result.stderr


def test_check_without_a_sound_server_exits_1_with_a_plain_message(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("PULSE_SERVER", "XDG_RUNTIME_DIR")}
    env["XDG_RUNTIME_DIR"] = str(tmp_path)  # an empty one: no sound server there
    env["PULSE_SERVER"] = f"unix:{tmp_path}/none"
    result = examtrainer("audio", "check", env=env)
    assert result.returncode == 1
    assert "examtrainer: no audio output (speaker or headphones) found" in result.stderr
    assert result.stdout == ""
