"""The expected speaking time per task type and level, and the test tone of the sound check."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

from examtrainer.audio.analysis import DEFAULT_EXPECTED_SECONDS, analyse_recording, expected_range
from examtrainer.audio.tone import write_tone


@pytest.mark.parametrize(
    ("item_type", "level", "expected"),
    [
        ("speaking_short", "A1", (5.0, 20.0)),
        ("speaking_short", "A2", (10.0, 30.0)),
        ("speaking_short", "B1", (15.0, 30.0)),
        ("speaking_medium", "B1", (45.0, 90.0)),
        ("writing", "A2", DEFAULT_EXPECTED_SECONDS),
    ],
)
def test_expected_range(item_type: str, level: str, expected: tuple[float, float]) -> None:
    assert expected_range(item_type, level) == expected


def test_expected_range_never_exceeds_the_answer_time() -> None:
    assert expected_range("speaking_short", "A2", answer_seconds=20) == (10.0, 20.0)
    assert expected_range("speaking_medium", "B1", answer_seconds=30) == (30.0, 30.0)
    assert expected_range("speaking_short", "A1", answer_seconds=60) == (5.0, 20.0)


def test_tone_is_one_second_of_sound(tmp_path: Path) -> None:
    path = write_tone(tmp_path / "sub" / "tone.wav")
    with wave.open(str(path), "rb") as reader:
        assert (reader.getframerate(), reader.getnchannels(), reader.getsampwidth()) == (
            16000,
            1,
            2,
        )
        assert reader.getnframes() == 16000
    analysis = analyse_recording(path)
    assert analysis.speech_seconds > 0.85
    assert not analysis.clipping and not analysis.too_quiet
