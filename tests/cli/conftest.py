"""CLI test fixtures: an isolated EXAMTRAINER_HOME, and the fixture packs."""

from __future__ import annotations

from pathlib import Path

import pytest

from examtrainer.paths import HOME_VARIABLE, SITE_CONFIG_VARIABLE
from examtrainer.settings import DATABASE_VARIABLE

PACKS = Path(__file__).resolve().parents[1] / "fixtures" / "packs"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty home for all data, settings and logs; nothing from the real user leaks in."""
    folder = tmp_path / "home"
    monkeypatch.setenv(HOME_VARIABLE, str(folder))
    monkeypatch.delenv(DATABASE_VARIABLE, raising=False)
    monkeypatch.delenv(SITE_CONFIG_VARIABLE, raising=False)
    return folder


@pytest.fixture
def tiny_folder() -> Path:
    return PACKS / "tiny"


@pytest.fixture
def broken_folder() -> Path:
    """Four defects: answer not an option, unknown level, missing stimulus, missing audio."""
    return PACKS / "broken"
