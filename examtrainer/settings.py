"""Layered settings: built-in defaults < the school's site config < the user's own config.

A school's IT writes ``site.toml`` once (see ``docs/school-setup.md``); it can set any option
and lock some with ``locked = ["database_url", ...]`` so that learners cannot change them.
A teacher PIN hash or database URL that the site file sets is always locked, named in
``locked`` or not. ``EXAMTRAINER_DATABASE_URL`` overrides the database URL above all
layers, except when the site config is the administrator's system file
(``AppPaths.site_is_system``): then the database URL is the site's, whatever a user sets.
"""

from __future__ import annotations

import logging
import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from examtrainer.errors import ExamtrainerError
from examtrainer.paths import AppPaths, private_folder, write_private_text

DATABASE_VARIABLE = "EXAMTRAINER_DATABASE_URL"
log = logging.getLogger(__name__)


class SettingsError(ExamtrainerError):
    """A config file cannot be read or holds a wrong value."""


@dataclass(frozen=True)
class Settings:
    """Every option of the app with its default. Times are in minutes or days as named."""

    language: str = "nl"  # language of the instructions (Qt translation)
    database_url: str = ""  # empty: SQLite file in the user's data folder
    exam_target: str = "A2"  # which exam the learner prepares for: A2 (DUO) or B1 (Staatsexamen I)
    practice_minutes: int = 10  # length of a practice session
    # Times a learner may play each listening fragment in practice. Practice allows 2 by default
    # so a learner can check what they missed; the exam mode decides its own number.
    listening_plays: int = 2
    show_timer: bool = False  # exam mode: clock on screen (the real exam warns at 5 and 1 min)
    recordings_keep_days: int = 180  # speaking recordings older than this are deleted
    teacher_pin_hash: str = ""  # scrypt hash of the teacher PIN (see docs/school-setup.md)
    shared_content: str = ""  # folder with extra content packs for the whole school
    shared_recordings: str = ""  # folder for recordings on a shared school database
    font_scale: float = 1.0
    require_learner_pin: bool = False  # every new profile needs its own code (shared school PCs)
    locked: frozenset[str] = field(default_factory=frozenset)

    def with_user(self, **changes: Any) -> Settings:
        """A copy with the user's changes, ignoring options that the site has locked."""
        allowed = {key: value for key, value in changes.items() if key not in self.locked}
        return replace(self, **allowed)


OPTION_NAMES = frozenset(f.name for f in fields(Settings)) - {"locked"}


def _read_toml(path: Path) -> dict[str, Any]:
    if not path.is_file():
        return {}
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise SettingsError(f"{path}: het bestand met instellingen is kapot: {error}") from error
    unknown = set(data) - OPTION_NAMES - {"locked"}
    if unknown:
        raise SettingsError(f"{path}: onbekende instelling(en): {', '.join(sorted(unknown))}")
    return data


def _coerce(values: dict[str, Any], source: Path) -> dict[str, Any]:
    defaults = Settings()
    result: dict[str, Any] = {}
    for key, value in values.items():
        if key == "locked":
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise SettingsError(f"{source}: 'locked' moet een lijst van namen zijn")
            unknown = set(value) - OPTION_NAMES
            if unknown:
                raise SettingsError(
                    f"{source}: 'locked' noemt onbekende instelling(en): "
                    f"{', '.join(sorted(unknown))}"
                )
            result[key] = frozenset(value)
            continue
        expected = type(getattr(defaults, key))
        if expected is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        # bool is a subclass of int in Python, but 'true' is no number of minutes
        if not isinstance(value, expected) or (isinstance(value, bool) and expected is not bool):
            raise SettingsError(f"{source}: '{key}' moet {expected.__name__} zijn")
        result[key] = value
    return result


ALWAYS_LOCKED_WHEN_SET = frozenset({"teacher_pin_hash", "database_url"})


def load_settings(paths: AppPaths, environ: dict[str, str] | None = None) -> Settings:
    """Read site and user config over the defaults; the environment overrides the database
    (not when the site config is the system's)."""
    env = os.environ if environ is None else environ
    site = _coerce(_read_toml(paths.site_config_file), paths.site_config_file)
    locked = set(site.get("locked", frozenset())) | (ALWAYS_LOCKED_WHEN_SET & set(site))
    if paths.site_is_system:
        locked.add("database_url")
    site["locked"] = frozenset(locked)
    user = _coerce(_read_toml(paths.user_config_file), paths.user_config_file)
    user.pop("locked", None)
    settings = replace(Settings(), **site).with_user(**user)
    if env.get(DATABASE_VARIABLE):
        if paths.site_is_system:
            log.warning("%s ignored: the school's site config sets the database", DATABASE_VARIABLE)
        else:
            settings = replace(settings, database_url=env[DATABASE_VARIABLE])
    return settings


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    escaped = str(value).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"'


def save_user_settings(paths: AppPaths, settings: Settings) -> None:
    """Write the options that differ from the site's (or default) values to the user file."""
    base = replace(
        Settings(), **_coerce(_read_toml(paths.site_config_file), paths.site_config_file)
    )
    lines = [
        f"{name} = {_toml_value(getattr(settings, name))}"
        for name in sorted(OPTION_NAMES)
        if name not in settings.locked
        and getattr(settings, name) != getattr(base, name)
        and name != "database_url"
    ]
    private_folder(paths.config)
    tmp = paths.user_config_file.with_suffix(".tmp")
    write_private_text(tmp, "\n".join(lines) + "\n")
    tmp.replace(paths.user_config_file)
