"""Before Qt starts on Linux: are the system libraries of Qt's X11 (xcb) window plugin there?

Without one of them Qt aborts the process ("Could not load the Qt platform plugin xcb") and
names a library that is often not the missing one; ``make run`` then prints only "Aborted".
``missing_libraries`` tries to load each library the plugin and QtMultimedia link to (the
list below comes from ``ldd`` on PySide6's ``libqxcb.so``, ``libQt6XcbQpa.so`` and the FFmpeg
media plugin, see docs/packaging.md) and ``missing_message`` names them with the Debian/Ubuntu
packages that hold them, in one line. Qt-free and cheap (the libraries would be loaded anyway).
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from typing import Final

XCB_LIBRARIES: Final[dict[str, str]] = {
    # soname: the Debian/Ubuntu package that ships it
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libpulse.so.0": "libpulse0",  # QtMultimedia's sound on Linux
}

Loader = Callable[[str], object]


def uses_xcb(env: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt will open its windows through the xcb plugin (X11) on this start."""
    if not platform.startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if chosen:
        return chosen == "xcb"
    wayland = env.get("XDG_SESSION_TYPE") == "wayland" and bool(env.get("WAYLAND_DISPLAY"))
    return not wayland  # Qt 6 picks Wayland on a Wayland session, xcb otherwise


def missing_libraries(loader: Loader = ctypes.CDLL) -> dict[str, str]:
    """The libraries of ``XCB_LIBRARIES`` that cannot be loaded, with their packages."""
    missing = {}
    for soname, package in XCB_LIBRARIES.items():
        try:
            loader(soname)
        except OSError:
            missing[soname] = package
    return missing


def missing_message(missing: Mapping[str, str]) -> str:
    """One plain line for whoever installs the app."""
    packages = " ".join(dict.fromkeys(missing.values()))
    return (
        f"examtrainer cannot open its window: missing system libraries "
        f"{', '.join(missing)}. On Debian or Ubuntu install them with: "
        f"sudo apt-get install {packages}"
    )


def check_before_qt(
    env: Mapping[str, str] = os.environ,
    platform: str = sys.platform,
    loader: Loader = ctypes.CDLL,
) -> str | None:
    """The message to print instead of starting Qt, or None when the window can open."""
    if not uses_xcb(env, platform):
        return None
    missing = missing_libraries(loader)
    return missing_message(missing) if missing else None
