"""The Linux desktop integration: desktop file, AppStream metainfo (validated by appstreamcli),
icons in every size, the Flatpak manifest with the permissions speaking tasks need, and the
share/ tree that `make dist` puts into the tarball."""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from examtrainer import APP_ID, APP_NAME, __version__
from examtrainer.paths import FLATPAK_HOST_ETC

from .conftest import PACKAGING, ROOT, load_script

LINUX = PACKAGING / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
FLATPAK = LINUX / f"{APP_ID}.yml"
ICONS = PACKAGING / "icons"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    return struct.unpack(">II", data[16:24])


def test_desktop_file_starts_the_app_with_its_icon() -> None:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == APP_NAME
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert "Education" in entry["Categories"].split(";")
    assert entry["StartupWMClass"] == APP_NAME
    for key in ("GenericName", "Comment"):
        assert entry[key] and entry[f"{key}[en]"] and entry[f"{key}[ar]"]


def appstreamcli() -> str:
    found = shutil.which("appstreamcli")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("appstreamcli is missing on CI (Debian package appstream, see .ci/run)")
        pytest.skip("appstreamcli is not installed (Debian: apt-get install appstream)")
    return found


def test_metainfo_passes_appstreamcli_validate() -> None:
    result = subprocess.run(
        [appstreamcli(), "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_names_the_app_its_desktop_file_and_this_version() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name  # type: ignore[union-attr]
    assert root.findtext("provides/binary") == APP_NAME
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__, (
        "add a <release> for the version in examtrainer/__init__.py"
    )


@pytest.mark.parametrize("size", PNG_SIZES)
def test_icon_in_every_size(size: int) -> None:
    assert png_size(ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png") == (size, size)


def test_scalable_windows_and_macos_icons() -> None:
    svg = ET.parse(ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").getroot()
    assert svg.tag.endswith("svg")
    assert png_size(ICONS / "examtrainer.png") == (256, 256)
    ico = (ICONS / "examtrainer.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1) and count >= 5
    sizes = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 32, 48, 256} <= sizes
    icns = (ICONS / "examtrainer.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)


def test_flatpak_manifest_has_the_permissions_the_app_needs() -> None:
    manifest = yaml.safe_load(FLATPAK.read_text(encoding="utf-8"))
    assert manifest["app-id"] == APP_ID
    assert manifest["runtime"] in {"org.freedesktop.Platform", "org.kde.Platform"}
    assert manifest["sdk"] == manifest["runtime"].replace("Platform", "Sdk")
    assert isinstance(manifest["runtime-version"], str)  # '24.08', not the number 24.08
    assert manifest["command"] == APP_NAME
    args = manifest["finish-args"]
    # Sound out and the microphone in (speaking tasks), a window on Wayland or X11.
    for needed in ("--socket=pulseaudio", "--socket=wayland", "--socket=fallback-x11"):
        assert needed in args
    # The school's site.toml (read-only; where paths.py looks inside Flatpak) and its
    # network database. No --env may point the site config elsewhere: a learner could too.
    assert "--filesystem=host-etc:ro" in args
    assert str(FLATPAK_HOST_ETC) == "/run/host/etc"
    assert not [a for a in args if a.startswith("--env=EXAMTRAINER_")]
    assert "--share=network" in args
    (module,) = manifest["modules"]
    commands = "\n".join(module["build-commands"])
    for path in (DESKTOP, METAINFO, PACKAGING / "requirements-build.txt"):
        assert str(path.relative_to(ROOT)) in commands
    assert "packaging/icons/hicolor" in commands
    assert (FLATPAK.parent / module["sources"][0]["path"]).resolve() == ROOT


def test_the_tarball_carries_the_desktop_files(tmp_path: Path) -> None:
    dist = load_script(ROOT / "tools" / "dist.py")
    bundle = tmp_path / "examtrainer"
    bundle.mkdir()
    dist.stage_desktop_files(bundle)
    share = bundle / "share"
    assert (share / "applications" / DESKTOP.name).read_bytes() == DESKTOP.read_bytes()
    assert (share / "metainfo" / METAINFO.name).is_file()
    for size in PNG_SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
