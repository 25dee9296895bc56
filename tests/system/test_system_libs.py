"""Starting on a Linux desktop that lacks a library of Qt's xcb plugin: one plain line naming
the libraries and the packages, exit 3, and Qt is never started (it would abort)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from examtrainer import cli, system_libs

ROOT = Path(__file__).resolve().parents[2]


def _loader_without(*absent: str):  # type: ignore[no-untyped-def]
    def load(soname: str) -> object:
        if soname in absent:
            raise OSError(f"{soname}: cannot open shared object file: No such file or directory")
        return object()

    return load


def test_the_missing_libraries_are_named_with_their_packages() -> None:
    loader = _loader_without("libxcb-icccm.so.4", "libxcb-keysyms.so.1")
    message = system_libs.check_before_qt({"DISPLAY": ":0"}, "linux", loader)
    assert message == (
        "examtrainer cannot open its window: missing system libraries libxcb-icccm.so.4, "
        "libxcb-keysyms.so.1. On Debian or Ubuntu install them with: "
        "sudo apt-get install libxcb-icccm4 libxcb-keysyms1"
    )
    assert system_libs.check_before_qt({}, "linux", _loader_without()) is None


@pytest.mark.parametrize(
    ("env", "platform", "xcb"),
    [
        ({}, "linux", True),
        ({"QT_QPA_PLATFORM": "xcb"}, "linux", True),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, "linux", False),
        ({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"XDG_SESSION_TYPE": "wayland"}, "linux", True),  # no compositor to talk to
        ({}, "win32", False),
        ({}, "darwin", False),
    ],
)
def test_only_an_xcb_start_is_checked(env: dict[str, str], platform: str, xcb: bool) -> None:
    assert system_libs.uses_xcb(env, platform) is xcb
    everything_missing = _loader_without(*system_libs.XCB_LIBRARIES)
    assert (system_libs.check_before_qt(env, platform, everything_missing) is not None) is xcb


def test_the_app_says_so_and_stops_before_qt(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(
        system_libs, "missing_libraries", lambda loader: {"libxcb-icccm.so.4": "libxcb-icccm4"}
    )
    monkeypatch.setattr(system_libs, "uses_xcb", lambda env, platform: True)
    monkeypatch.setitem(sys.modules, "examtrainer.gui.app", None)  # importing it would fail

    assert cli.main([]) == cli.EXIT_SYSTEM == 3
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "examtrainer cannot open its window: missing system libraries libxcb-icccm.so.4. "
        "On Debian or Ubuntu install them with: sudo apt-get install libxcb-icccm4"
    ]


def test_readme_and_ci_install_every_library_the_window_needs() -> None:
    """The README's one apt-get line is complete, and CI installs the same packages."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    [line] = [x for x in readme.splitlines() if x.startswith("sudo apt-get install")]
    readme_packages = set(line.split()[4:])
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    block = re.search(r"PACKAGES=\((.*?)\)", ci, re.S)
    assert block is not None
    ci_packages = set(block.group(1).split())
    needed = set(system_libs.XCB_LIBRARIES.values())
    assert sorted(needed - readme_packages) == []
    assert sorted(readme_packages - ci_packages) == [], "CI installs what the README says"
