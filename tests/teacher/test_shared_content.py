"""Packs in the school's shared_content folder are installed at start-up like bundled ones."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

from examtrainer.paths import AppPaths
from examtrainer.services.app import Services
from examtrainer.settings import Settings

from .conftest import TINY


def test_shared_content_packs_are_installed(paths: AppPaths, tmp_path: Path) -> None:
    shared = tmp_path / "share"
    shutil.copytree(TINY, shared / "tiny")
    services = Services.open(paths, replace(Settings(), shared_content=str(shared)))
    try:
        assert "test.tiny" in {b.id for b in services.store.banks.all()}
        assert services.install_bundled_content() == []  # same versions: nothing to do
    finally:
        services.close()


def test_unreachable_shared_content_is_skipped(paths: AppPaths, tmp_path: Path) -> None:
    settings = replace(Settings(), shared_content=str(tmp_path / "not-mounted"))
    services = Services.open(paths, settings)
    try:
        assert "test.tiny" not in {b.id for b in services.store.banks.all()}
        assert services.store.banks.all()  # the bundled packs are there
    finally:
        services.close()
