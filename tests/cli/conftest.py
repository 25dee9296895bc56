"""CLI test fixtures: an isolated EXAMTRAINER_HOME, and the fixture packs."""

from __future__ import annotations

from pathlib import Path

import pytest

PACKS = Path(__file__).resolve().parents[1] / "fixtures" / "packs"


@pytest.fixture
def tiny_folder() -> Path:
    return PACKS / "tiny"


@pytest.fixture
def broken_folder() -> Path:
    """Four defects: answer not an option, unknown level, missing stimulus, missing audio."""
    return PACKS / "broken"
