"""Where examtrainer keeps its files; the only module that imports platformdirs.

``EXAMTRAINER_HOME`` overrides everything: all data, config and logs go into that one
folder (portable installs, tests, checks). The site config folder is where a school's IT
puts ``site.toml`` once for every learner on the PC.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from examtrainer import APP_NAME

# platformdirs' "app author": on Windows the folders are <known folder>\<author>\<name>.
APP_AUTHOR = "examtrainer"
HOME_VARIABLE = "EXAMTRAINER_HOME"
SITE_CONFIG_VARIABLE = "EXAMTRAINER_SITE_CONFIG"
SOURCE_ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class AppPaths:
    """The folders of one installation. Nothing is created until :meth:`ensure` is called."""

    data: Path
    config: Path
    site_config: Path
    logs: Path
    bundled_content: Path
    bundled_assets: Path

    @property
    def database_file(self) -> Path:
        return self.data / "examtrainer.sqlite3"

    @property
    def recordings(self) -> Path:
        return self.data / "recordings"

    @property
    def installed_packs(self) -> Path:
        """Where imported packs are kept (with their media) after installation."""
        return self.data / "packs"

    @property
    def backups(self) -> Path:
        return self.data / "backups"

    @property
    def user_config_file(self) -> Path:
        return self.config / "settings.toml"

    @property
    def site_config_file(self) -> Path:
        return self.site_config / "site.toml"

    def ensure(self) -> AppPaths:
        for folder in (self.data, self.config, self.logs, self.recordings, self.installed_packs):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def default_paths(environ: dict[str, str] | None = None) -> AppPaths:
    """The paths for this user, honouring ``EXAMTRAINER_HOME`` and ``EXAMTRAINER_SITE_CONFIG``."""
    env = os.environ if environ is None else environ
    content = SOURCE_ROOT / "content"
    assets = SOURCE_ROOT / "assets"
    site_override = env.get(SITE_CONFIG_VARIABLE)
    home = env.get(HOME_VARIABLE)
    if home:
        root = Path(home).expanduser()
        return AppPaths(
            data=root / "data",
            config=root / "config",
            site_config=Path(site_override) if site_override else root / "site",
            logs=root / "logs",
            bundled_content=content,
            bundled_assets=assets,
        )
    dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)
    return AppPaths(
        data=Path(dirs.user_data_dir),
        config=Path(dirs.user_config_dir),
        site_config=Path(site_override) if site_override else Path(dirs.site_config_dir),
        logs=Path(dirs.user_log_dir),
        bundled_content=content,
        bundled_assets=assets,
    )
