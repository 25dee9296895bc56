"""Where examtrainer keeps its files; the only module that imports platformdirs.

``EXAMTRAINER_HOME`` overrides everything: all data, config and logs go into that one
folder (portable installs, tests, checks). The site config folder is where a school's IT
puts ``site.toml`` once for every learner on the PC.

**The system site config wins.** When the administrator-only site file exists
(``system_site_config()``: ``/etc/xdg/examtrainer`` on Linux, whatever ``XDG_CONFIG_DIRS``
says, the host's ``/etc/xdg/examtrainer`` inside Flatpak;
``C:\\ProgramData\\examtrainer\\examtrainer`` on Windows;
``/Library/Application Support/examtrainer`` on macOS), it is the site config:
``EXAMTRAINER_SITE_CONFIG``, ``EXAMTRAINER_HOME`` or ``--home`` (which a learner can set) no
longer replace it; they still move the user's own data. Without that file (a portable
install, a home PC) they work as before.

The user's folders hold names, answers and code hashes, so on POSIX they are made private
whatever the umask: folders 0700, the files directly in them 0600 (also those an older
version left readable). Windows per-user folders keep their default ACLs (private already).
"""

from __future__ import annotations

import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from examtrainer import APP_NAME

# platformdirs' "app author": on Windows the folders are <known folder>\<author>\<name>.
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


# Tests point this at a folder of their own; None means the platform's real system folder.
SYSTEM_SITE_CONFIG: Path | None = None
# Exists only inside a Flatpak sandbox (the sandbox's own file; no user can make it outside).
FLATPAK_INFO = Path("/.flatpak-info")
# Where a Flatpak with --filesystem=host-etc sees the host's /etc (read-only).
FLATPAK_HOST_ETC = Path("/run/host/etc")


def system_site_config() -> Path:
    """The administrator-only folder for ``site.toml``; never taken from the environment."""
    if SYSTEM_SITE_CONFIG is not None:
        return SYSTEM_SITE_CONFIG
    if sys.platform.startswith("linux"):
        # Inside Flatpak the sandbox's /etc is the runtime's; the school's file is the host's.
        etc = FLATPAK_HOST_ETC if FLATPAK_INFO.exists() else Path("/etc")
        return etc / "xdg" / APP_NAME  # platformdirs would follow XDG_CONFIG_DIRS
    return Path(platformdirs.site_config_dir(APP_NAME, APP_AUTHOR))


@dataclass(frozen=True)
class AppPaths:
    """The folders of one installation. Nothing is created until :meth:`ensure` is called."""

    data: Path
    config: Path
    site_config: Path
    logs: Path
    bundled_content: Path
    bundled_assets: Path
    # True when site_config is the administrator's folder (see the module docstring): then
    # nothing a user can set replaces its teacher PIN, database or locked options.
    site_is_system: bool = False

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
    """The paths for this user, honouring ``EXAMTRAINER_HOME`` and ``EXAMTRAINER_SITE_CONFIG``
    (the latter only while no system site config exists)."""
    env = os.environ if environ is None else environ
    content = SOURCE_ROOT / "content"
    assets = SOURCE_ROOT / "assets"
    system = system_site_config()
    site_is_system = (system / "site.toml").is_file()
    site_override = env.get(SITE_CONFIG_VARIABLE)
    home = env.get(HOME_VARIABLE)
    if home:
        root = Path(home).expanduser()
        data, config, logs = root / "data", root / "config", root / "logs"
        site = Path(site_override) if site_override else root / "site"
    else:
        dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)
        data, config, logs = (
            Path(dirs.user_data_dir),
            Path(dirs.user_config_dir),
            Path(dirs.user_log_dir),
        )
        site = Path(site_override) if site_override else Path(dirs.site_config_dir)
    return AppPaths(
        data=data,
        config=config,
        site_config=system if site_is_system else site,
        logs=logs,
        bundled_content=content,
        bundled_assets=assets,
        site_is_system=site_is_system,
    )
