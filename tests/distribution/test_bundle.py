"""The bundle's contents rules (packaging/bundle_contents.py), its pinned build requirements
and the reproducible tarball of `make dist` (tools/dist.py). The bundle itself is built and
smoke-tested by `make dist`, which is too slow for every test run."""

from __future__ import annotations

import hashlib
import os
import re
import tarfile
import tomllib
from pathlib import Path

import pytest

from .conftest import PACKAGING, ROOT, load_script

contents = load_script(PACKAGING / "bundle_contents.py")
dist = load_script(ROOT / "tools" / "dist.py")

QT = "PySide6/Qt/"


@pytest.mark.parametrize(
    "dest",
    [
        QT + "plugins/platforms/libqxcb.so",
        QT + "plugins/platforms/libqwayland.so",
        QT + "plugins/platforms/libqoffscreen.so",
        QT + "plugins/platforms/qwindows.dll",
        QT + "plugins/platforms/libqcocoa.dylib",
        QT + "plugins/styles/qmodernwindowsstyle.dll",
        QT + "plugins/imageformats/qjpeg.dll",
        QT + "plugins/multimedia/libffmpegmediaplugin.so",
        QT + "plugins/imageformats/libqjpeg.so",
        QT + "plugins/imageformats/libqsvg.so",
        QT + "plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
        QT + "plugins/platformthemes/libqxdgdesktopportal.so",
        QT + "lib/libQt6Quick.so.6",  # linked by the FFmpeg back end
        QT + "lib/libQt6Qml.so.6",
        QT + "lib/libQt6Multimedia.so.6",
        QT + "lib/libicudata.so.73",
        QT + "translations/qtbase_nl.qm",
        QT + "translations/qtbase_ar.qm",
        "PySide6/QtMultimedia.abi3.so",
        "numpy.libs/libscipy_openblas64_-32a4b2a6.so",
        "content/packs/x.yaml",
    ],
)
def test_what_the_app_loads_is_kept(dest: str) -> None:
    assert contents.keep(dest)


@pytest.mark.parametrize(
    "dest",
    [
        QT + "qml/QtQuick/Controls/qmldir",
        QT + "lib/libQt6WebEngineCore.so.6",
        QT + "lib/libQt6Quick3D.so.6",
        QT + "lib/libQt6Pdf.so.6",
        QT + "lib/libQt6Charts.so.6",
        QT + "lib/libQt6VirtualKeyboard.so.6",
        QT + "plugins/imageformats/libqpdf.so",
        QT + "plugins/imageformats/libqtiff.so",
        QT + "plugins/platforms/libqeglfs.so",
        QT + "plugins/platforms/libqvnc.so",
        QT + "plugins/platformthemes/libqgtk3.so",
        QT + "plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
        QT + "plugins/sqldrivers/libqsqlite.so",
        QT + "plugins/texttospeech/libqtexttospeech_mock.so",
        QT + "translations/qtdeclarative_nl.qm",
        QT + "translations/assistant_nl.qm",
        "PySide6/include/QtCore/qglobal.h",
    ],
)
def test_what_the_app_never_loads_is_dropped(dest: str) -> None:
    assert not contents.keep(dest)


def test_libraries_only_a_dropped_plugin_needed_are_pruned() -> None:
    binaries = {
        "PySide6/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "PySide6/Qt/lib/libQt6Gui.so.6": ["libfreetype.so.6"],
        "libfreetype.so.6": [],
        "PySide6/Qt/plugins/platforms/libqxcb.so": ["libxcb-cursor.so.0"],
        "libxcb-cursor.so.0": [],
        "libcairo.so.2": ["libpixman-1.so.0"],  # was needed by the dropped GTK theme only
        "libpixman-1.so.0": [],
    }
    reached = contents.referenced(
        [(dest, dest) for dest in binaries], lambda source: binaries[source]
    )
    assert reached == set(binaries) - {"libcairo.so.2", "libpixman-1.so.0"}


def _name(requirement: str) -> str:
    return re.sub(r"[-_.]+", "-", re.split(r"[<>=!~ ;\[]", requirement, maxsplit=1)[0]).lower()


def test_build_requirements_pin_every_runtime_dependency_exactly() -> None:
    pins = {}
    for line in (PACKAGING / "requirements-build.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"not pinned exactly: {line}"
            pins[_name(name)] = version
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    for requirement in project["dependencies"]:
        if "python_version>='3.13'" in requirement.replace(" ", ""):
            continue  # audioop-lts: the bundle is built with Python 3.11
        name = _name(requirement)
        assert name in pins, f"{name} is a dependency but not pinned for the build"
        exact = re.search(r"==([\w.]+)", requirement)
        if exact:
            assert pins[name] == exact.group(1), f"{name}: pyproject and the build disagree"
    assert "pyinstaller" in pins


def _tree(folder: Path) -> None:
    (folder / "_internal").mkdir(parents=True)
    (folder / "examtrainer").write_bytes(b"\x7fELF program")
    (folder / "examtrainer").chmod(0o775)
    (folder / "_internal" / "data.txt").write_text("inhoud")
    (folder / "_internal" / "data.txt").chmod(0o664)
    (folder / "_internal" / "link.txt").symlink_to("data.txt")


def test_the_tarball_does_not_depend_on_when_it_was_made(tmp_path: Path) -> None:
    first, second = tmp_path / "a" / "examtrainer", tmp_path / "b" / "examtrainer"
    _tree(first)
    _tree(second)
    os.utime(second / "_internal" / "data.txt", (2_000_000_000, 2_000_000_000))
    epoch = 1_700_000_000
    dist.make_tarball(first, tmp_path / "a.tgz", epoch)
    dist.make_tarball(second, tmp_path / "b.tgz", epoch)
    digests = {hashlib.sha256((tmp_path / f"{n}.tgz").read_bytes()).hexdigest() for n in "ab"}
    assert len(digests) == 1
    with tarfile.open(tmp_path / "a.tgz") as tar:
        members = {m.name: m for m in tar.getmembers()}
    assert list(members) == sorted(members)
    assert members["examtrainer/examtrainer"].mode == 0o755
    assert members["examtrainer/_internal/data.txt"].mode == 0o644
    assert members["examtrainer/_internal/link.txt"].issym()
    assert {m.uid for m in members.values()} == {0}
    assert max(m.mtime for m in members.values()) <= epoch
