"""Layered settings: defaults < the school's site.toml < the user's settings.toml (unless
locked) < EXAMTRAINER_DATABASE_URL; broken files are refused with the file named."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from examtrainer.errors import ExamtrainerError
from examtrainer.paths import AppPaths
from examtrainer.settings import (
    DATABASE_VARIABLE,
    Settings,
    SettingsError,
    load_settings,
    save_user_settings,
)


@pytest.fixture
def paths(tmp_path: Path) -> AppPaths:
    return AppPaths(
        data=tmp_path / "data",
        config=tmp_path / "config",
        site_config=tmp_path / "site",
        logs=tmp_path / "logs",
        bundled_content=tmp_path / "content",
        bundled_assets=tmp_path / "assets",
    )


def write_site(paths: AppPaths, text: str) -> Path:
    paths.site_config.mkdir(parents=True, exist_ok=True)
    paths.site_config_file.write_text(text, encoding="utf-8")
    return paths.site_config_file


def write_user(paths: AppPaths, text: str) -> Path:
    paths.config.mkdir(parents=True, exist_ok=True)
    paths.user_config_file.write_text(text, encoding="utf-8")
    return paths.user_config_file


def test_defaults_without_any_file(paths: AppPaths) -> None:
    settings = load_settings(paths, environ={})

    assert settings == Settings()
    assert settings.language == "nl"
    assert settings.database_url == ""
    assert settings.exam_target == "A2"
    assert settings.practice_minutes == 10
    assert settings.show_timer is False
    assert settings.recordings_keep_days == 180
    assert settings.font_scale == 1.0
    assert settings.locked == frozenset()


def test_site_config_overrides_the_defaults(paths: AppPaths) -> None:
    write_site(
        paths,
        'language = "en"\npractice_minutes = 15\nshow_timer = true\n'
        'database_url = "postgresql://school/examens"\nfont_scale = 2\n',
    )

    settings = load_settings(paths, environ={})

    assert settings.language == "en"
    assert settings.practice_minutes == 15
    assert settings.show_timer is True
    assert settings.database_url == "postgresql://school/examens"
    assert settings.font_scale == 2.0 and isinstance(settings.font_scale, float)
    assert settings.exam_target == "A2"  # not in the file: the default


def test_user_config_overrides_the_site_except_locked_options(paths: AppPaths) -> None:
    write_site(
        paths,
        'locked = ["database_url", "practice_minutes"]\n'
        'database_url = "postgresql://school/examens"\npractice_minutes = 20\nlanguage = "en"\n',
    )
    write_user(
        paths,
        'database_url = "sqlite:////tmp/mine.sqlite3"\npractice_minutes = 5\n'
        'language = "ar"\nexam_target = "B1"\nlocked = []\n',
    )

    settings = load_settings(paths, environ={})

    assert settings.database_url == "postgresql://school/examens"
    assert settings.practice_minutes == 20
    assert settings.language == "ar"
    assert settings.exam_target == "B1"
    assert settings.locked == {"database_url", "practice_minutes"}  # a user cannot unlock


def test_the_environment_overrides_the_database_above_all(
    paths: AppPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_site(paths, 'locked = ["database_url"]\ndatabase_url = "postgresql://school/examens"\n')
    url = "postgresql://ci/test"

    assert load_settings(paths, environ={DATABASE_VARIABLE: url}).database_url == url
    assert load_settings(paths, environ={DATABASE_VARIABLE: ""}).database_url == (
        "postgresql://school/examens"
    )
    monkeypatch.setenv(DATABASE_VARIABLE, url)  # without environ: the process environment
    assert load_settings(paths).database_url == url


@pytest.mark.parametrize("layer", ["site", "user"])
def test_broken_toml_names_the_file(paths: AppPaths, layer: str) -> None:
    path = (write_site if layer == "site" else write_user)(paths, "practice_minutes = [\n")

    with pytest.raises(SettingsError) as caught:
        load_settings(paths, environ={})
    assert str(path) in str(caught.value)
    assert isinstance(caught.value, ExamtrainerError)


@pytest.mark.parametrize("layer", ["site", "user"])
def test_unknown_options_are_refused(paths: AppPaths, layer: str) -> None:
    path = (write_site if layer == "site" else write_user)(paths, "colour = 'blue'\n")

    with pytest.raises(SettingsError, match="colour") as caught:
        load_settings(paths, environ={})
    assert str(path) in str(caught.value)


@pytest.mark.parametrize(
    "line",
    [
        'practice_minutes = "ten"',
        "practice_minutes = 10.5",
        'show_timer = "yes"',
        "language = 3",
        'font_scale = "big"',
        "practice_minutes = true",  # a bool is not a number of minutes
        "font_scale = false",
    ],
)
def test_wrong_types_are_refused(paths: AppPaths, line: str) -> None:
    path = write_site(paths, line + "\n")

    with pytest.raises(SettingsError) as caught:
        load_settings(paths, environ={})
    assert str(path) in str(caught.value)
    assert line.split(" = ")[0] in str(caught.value)


@pytest.mark.parametrize(
    "line", ['locked = "database_url"', "locked = [1, 2]", 'locked = ["databse_url"]']
)
def test_locked_must_list_known_options(paths: AppPaths, line: str) -> None:
    path = write_site(paths, line + "\n")

    with pytest.raises(SettingsError) as caught:
        load_settings(paths, environ={})
    assert str(path) in str(caught.value)


def test_with_user_ignores_locked_options() -> None:
    site = Settings(practice_minutes=20, locked=frozenset({"practice_minutes"}))

    changed = site.with_user(practice_minutes=5, language="en")

    assert (changed.practice_minutes, changed.language) == (20, "en")


def test_save_user_settings_round_trip_writes_only_changed_unlocked_values(
    paths: AppPaths,
) -> None:
    write_site(
        paths,
        'locked = ["practice_minutes"]\npractice_minutes = 20\nexam_target = "B1"\n'
        'database_url = "postgresql://school/examens"\n',
    )
    loaded = load_settings(paths, environ={})
    changed = replace(
        loaded.with_user(
            language="en",
            font_scale=1.25,
            show_timer=True,
            exam_target="B1",  # the same as the site's: not written
            shared_content='C:\\school\\"inhoud"',
        ),
        practice_minutes=45,  # locked: never written, even if it differs
        database_url="sqlite:////elsewhere.sqlite3",  # the database is never a user setting
    )

    save_user_settings(paths, changed)

    text = paths.user_config_file.read_text(encoding="utf-8")
    assert tomllib.loads(text) == {
        "language": "en",
        "font_scale": 1.25,
        "show_timer": True,
        "shared_content": 'C:\\school\\"inhoud"',
    }
    assert not paths.user_config_file.with_suffix(".tmp").exists()
    reloaded = load_settings(paths, environ={})
    assert reloaded == replace(
        loaded,
        language="en",
        font_scale=1.25,
        show_timer=True,
        shared_content='C:\\school\\"inhoud"',
    )


def test_saving_the_defaults_writes_an_empty_file(paths: AppPaths) -> None:
    write_user(paths, 'language = "en"\n')

    save_user_settings(paths, Settings())  # the user went back to the default language

    assert tomllib.loads(paths.user_config_file.read_text(encoding="utf-8")) == {}
    assert load_settings(paths, environ={}) == Settings()
