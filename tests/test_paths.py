"""Where the app keeps its files: one folder with EXAMTRAINER_HOME, else the platform's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import examtrainer.paths
from examtrainer.paths import (
    HOME_VARIABLE,
    SITE_CONFIG_VARIABLE,
    SOURCE_ROOT,
    default_paths,
    system_site_config,
)


def test_home_variable_puts_everything_under_it(tmp_path: Path) -> None:
    paths = default_paths({HOME_VARIABLE: str(tmp_path)})

    assert paths.data == tmp_path / "data"
    assert paths.config == tmp_path / "config"
    assert paths.logs == tmp_path / "logs"
    assert paths.site_config == tmp_path / "site"
    assert paths.database_file == tmp_path / "data" / "examtrainer.sqlite3"
    assert paths.recordings == tmp_path / "data" / "recordings"
    assert paths.installed_packs == tmp_path / "data" / "packs"
    assert paths.backups == tmp_path / "data" / "backups"
    assert paths.user_config_file == tmp_path / "config" / "settings.toml"
    assert paths.site_config_file == tmp_path / "site" / "site.toml"
    assert paths.bundled_content == SOURCE_ROOT / "content"
    assert paths.bundled_assets == SOURCE_ROOT / "assets"


def test_site_config_variable_overrides_the_site_folder(tmp_path: Path) -> None:
    school = tmp_path / "school"

    with_home = default_paths(
        {HOME_VARIABLE: str(tmp_path / "h"), SITE_CONFIG_VARIABLE: str(school)}
    )
    without_home = default_paths({SITE_CONFIG_VARIABLE: str(school)})

    assert with_home.site_config == school
    assert with_home.data == tmp_path / "h" / "data"
    assert without_home.site_config_file == school / "site.toml"


def test_without_home_the_platform_folders_are_used() -> None:
    paths = default_paths({})

    folders = [paths.data, paths.config, paths.logs, paths.site_config]
    assert all(folder.is_absolute() for folder in folders)
    assert len(set(folders)) == 4
    assert all("examtrainer" in folder.as_posix() for folder in folders)
    assert paths.user_config_file.parent == paths.config


def test_nothing_is_created_until_ensure(tmp_path: Path) -> None:
    paths = default_paths({HOME_VARIABLE: str(tmp_path / "home")})
    assert not (tmp_path / "home").exists()

    assert paths.ensure() is paths

    for folder in (paths.data, paths.config, paths.logs, paths.recordings, paths.installed_packs):
        assert folder.is_dir()
    assert not paths.site_config.exists()  # the school's folder is never created by the app
    assert paths.ensure() is paths  # twice is fine


def test_inside_flatpak_the_school_file_is_the_hosts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The Flatpak sandbox's /etc is the runtime's; the manifest's --filesystem=host-etc:ro
    shows the host's /etc at /run/host/etc, and that is where the school's site.toml is."""
    if not sys.platform.startswith("linux"):
        pytest.skip("Flatpak is Linux only")
    monkeypatch.setattr(examtrainer.paths, "SYSTEM_SITE_CONFIG", None)
    monkeypatch.setattr(examtrainer.paths, "FLATPAK_INFO", tmp_path / "not-in-a-sandbox")
    assert system_site_config() == Path("/etc/xdg/examtrainer")
    marker = tmp_path / ".flatpak-info"
    marker.write_text("[Application]\nname=io.github.examtrainer.Examtrainer\n")
    monkeypatch.setattr(examtrainer.paths, "FLATPAK_INFO", marker)
    assert system_site_config() == Path("/run/host/etc/xdg/examtrainer")
