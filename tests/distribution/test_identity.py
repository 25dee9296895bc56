"""One identity: name, id and version come from examtrainer/__init__.py, and the list of
components with their licences (the About dialog) covers everything the bundle ships."""

from __future__ import annotations

import re
import tomllib
from importlib import metadata
from typing import Any

from examtrainer import APP_ID, APP_NAME, __version__
from examtrainer.components import APP, COMPONENTS, LICENCE_TEXTS, python_distributions

from .conftest import PACKAGING, ROOT

BUILD_ONLY = {"pyinstaller", "pyinstaller-hooks-contrib", "altgraph", "packaging"}


def test_version_has_one_source() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert "version" not in project["project"]
    assert project["project"]["dynamic"] == ["version"]
    attr = project["tool"]["setuptools"]["dynamic"]["version"]["attr"]
    assert attr == "examtrainer.__version__"
    assert metadata.version("examtrainer") == __version__  # the installed metadata agrees
    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)
    assert APP.name == APP_NAME and APP_ID.endswith(".Examtrainer")


def test_every_shipped_python_package_is_listed_with_its_licence() -> None:
    pinned = set()
    for line in (PACKAGING / "requirements-build.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            pinned.add(line.split("==")[0])
    listed = set(python_distributions())
    assert pinned - BUILD_ONLY <= listed, f"add to examtrainer/components.py: {pinned - listed}"
    assert listed <= pinned, "a component the build does not install"
    for component in COMPONENTS:
        assert component.licence and component.source.startswith("https://")


def test_copyleft_licence_texts_ship_with_the_app() -> None:
    needed = {"GPL-3.0", "LGPL-3.0", "LGPL-2.1", "Apache-2.0"}
    assert {path.stem for path in LICENCE_TEXTS.glob("*.txt")} == needed
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (LICENCE_TEXTS / "LGPL-3.0.txt").read_text()
    used = {re.sub(r"-(only|or-later)$", "", part) for c in (APP, *COMPONENTS)
            for part in re.split(r" AND | OR ", c.licence)}
    assert {"GPL-3.0", "LGPL-3.0", "LGPL-2.1", "Apache-2.0"} <= used


def test_versions_are_known_for_the_python_components() -> None:
    for component in COMPONENTS:
        if component.distribution:
            assert component.version() == metadata.version(component.distribution)


def test_the_application_carries_the_identity(qapp: Any) -> None:
    from examtrainer.gui.app import WINDOW_ICON, apply_identity

    apply_identity(qapp)
    assert qapp.applicationName() == APP_NAME
    assert qapp.applicationVersion() == __version__
    assert qapp.desktopFileName() == APP_ID  # Wayland finds the .desktop file and icon by it
    assert WINDOW_ICON.is_file() and not qapp.windowIcon().isNull()
