"""packaging/examtrainer.spec run as PyInstaller runs it, with PyInstaller's build steps
replaced by recorders: what it hands to them on Linux and on macOS (the .app's Info.plist with
the microphone texts). The real build is `make dist`."""

from __future__ import annotations

import plistlib
import re
import sys
import types
from pathlib import Path
from typing import Any

import pytest

from examtrainer import APP_ID, APP_NAME, __version__

from .conftest import PACKAGING, ROOT

SPEC = PACKAGING / "examtrainer.spec"
METADATA = "/metadata-of"  # where the recorded copy_metadata says a package's metadata is


class Recorder:
    calls: dict[str, dict[str, Any]]

    def __init__(self) -> None:
        self.calls = {}

    def step(self, name: str) -> Any:
        def build(*args: Any, **kwargs: Any) -> types.SimpleNamespace:
            self.calls[name] = {"args": args, **kwargs}
            return types.SimpleNamespace(binaries=[], datas=[], pure=[], scripts=[], name=name)

        return build


def run_spec(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, platform: str) -> Recorder:
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.syspath_prepend(str(ROOT))  # the spec puts packaging/ and ROOT first itself
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda source: []  # type: ignore[attr-defined]
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.copy_metadata = lambda name: [(f"{METADATA}/{name}", f"{name}.dist-info")]  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.depend", "PyInstaller.utils"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.depend.bindepend", bindepend)
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    recorder = Recorder()
    namespace = {
        "SPECPATH": str(PACKAGING),
        "DISTPATH": str(tmp_path),
        **{name: recorder.step(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return recorder


def test_linux_build_has_the_data_the_app_reads(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls = run_spec(monkeypatch, tmp_path, "linux").calls
    assert "BUNDLE" not in calls
    targets = {target for _source, target in calls["Analysis"]["datas"]}
    for folder in (
        "content",
        "assets",
        "examtrainer/i18n",
        "examtrainer/store/migrations",
        "examtrainer/licence_texts",
        "examtrainer/gui/icons",
    ):
        assert folder in targets
    for source, _target in calls["Analysis"]["datas"]:
        assert source.startswith(METADATA) or Path(source).exists(), source
    # The metadata (versions, licence files) of every Python component.
    assert {"pyside6-essentials.dist-info", "numpy.dist-info", "psycopg.dist-info"} <= targets
    assert calls["EXE"]["name"] == calls["COLLECT"]["name"] == APP_NAME
    assert "PySide6.QtQml" in calls["Analysis"]["excludes"]


def test_macos_app_asks_for_the_microphone_in_dutch_and_english(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    calls = run_spec(monkeypatch, tmp_path, "darwin").calls
    bundle = calls["BUNDLE"]
    assert bundle["name"] == f"{APP_NAME}.app"
    assert bundle["bundle_identifier"] == APP_ID
    assert bundle["version"] == __version__
    assert Path(bundle["icon"]).is_file()
    plist = plistlib.loads(plistlib.dumps(bundle["info_plist"]))  # valid plist data
    assert plist["CFBundleIdentifier"] == APP_ID
    assert plist["CFBundleShortVersionString"] == __version__
    assert plist["CFBundleDevelopmentRegion"] == "nl"
    assert "uw stem" in plist["NSMicrophoneUsageDescription"]  # Dutch, with "u"
    strings = {}
    for source, target in calls["Analysis"]["datas"]:
        if target.endswith(".lproj"):
            text = Path(source).read_text(encoding="utf-8")
            strings[target] = dict(re.findall(r'^"(\w+)" = "(.*)";$', text, re.M))
    assert set(strings) == {f"{language}.lproj" for language in plist["CFBundleLocalizations"]}
    assert "your voice" in strings["en.lproj"]["NSMicrophoneUsageDescription"]
    dutch = strings["nl.lproj"]["NSMicrophoneUsageDescription"]
    assert dutch == plist["NSMicrophoneUsageDescription"]
    # Signing with the hardened runtime keeps the microphone only with this entitlement.
    entitlements = plistlib.loads(Path(calls["EXE"]["entitlements_file"]).read_bytes())
    assert entitlements["com.apple.security.device.audio-input"] is True
