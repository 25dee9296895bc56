"""Where examtrainer keeps its files; the only module that imports platformdirs.

``EXAMTRAINER_HOME`` overrides everything: all data, config and logs go into that one
folder (portable installs, tests, checks). The site config folder is where a school's IT
puts ``site.toml`` once for every learner on the PC.

The user's folders hold names, answers and code hashes, so on POSIX they are made private
whatever the umask: folders 0700, the files directly in them 0600 (also those an older
version left readable). Windows per-user folders keep their default ACLs (private already).
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "examtrainer"
APP_AUTHOR = "examtrainer"
HOME_VARIABLE = "EXAMTRAINER_HOME"
SITE_CONFIG_VARIABLE = "EXAMTRAINER_SITE_CONFIG"
SOURCE_ROOT = Path(__file__).resolve().parent.parent
PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
POSIX = os.name == "posix"


def make_private(path: Path) -> None:
    """Make a folder 0700 or a file 0600 on POSIX (no-op elsewhere, or when not ours)."""
    if not POSIX:
        return
    try:
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode) or info.st_uid != os.getuid():
            return
        wanted = PRIVATE_FOLDER_MODE if stat.S_ISDIR(info.st_mode) else PRIVATE_FILE_MODE
        if stat.S_IMODE(info.st_mode) != wanted:
            os.chmod(path, wanted)
    except OSError:
        return  # gone meanwhile, or a file system without modes: nothing to tighten


def private_folder(path: Path) -> Path:
    """Create ``path`` (and missing parents) and make it private; returns it."""
    path.mkdir(parents=True, exist_ok=True)
    make_private(path)
    return path


def write_private_text(path: Path, text: str) -> None:
    """Write a file that only its owner can read, whatever the umask (created 0600)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)
    make_private(path)  # an existing file keeps its old mode on O_CREAT


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
        """Create the user's folders and make them private (see the module docstring)."""
        for folder in (
            self.data,
            self.config,
            self.logs,
            self.recordings,
            self.installed_packs,
            self.backups,
        ):
            private_folder(folder)
        if POSIX:
            for folder in (self.data, self.config, self.logs, self.backups):
                for entry in folder.iterdir():
                    if entry.is_file():
                        make_private(entry)
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
