"""Fixtures of the audio tests: the committed WAV files."""

from __future__ import annotations

from pathlib import Path

import pytest
from audio_synth import FIXTURES


@pytest.fixture
def fixtures_dir() -> Path:
    """The committed audio fixtures (see ``make_fixtures.py`` there)."""
    return FIXTURES


@pytest.fixture
def tone_wav() -> Path:
    """1 s of 440 Hz at -20 dBFS RMS, int16 mono 16 kHz."""
    return FIXTURES / "tone_1s.wav"


@pytest.fixture
def speech_wav() -> Path:
    """Two Dutch sentences by espeak-ng with known silences (layout in speech_nl.json)."""
    return FIXTURES / "speech_nl.wav"
