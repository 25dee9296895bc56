"""The Windows installer script (packaging/windows/examtrainer.iss), read as Inno Setup reads
it: the settings a school relies on. Inno Setup itself runs only on Windows, so the script is
not compiled here."""

from __future__ import annotations

import re
from pathlib import PureWindowsPath

import platformdirs.windows
import pytest

from examtrainer import APP_NAME, __version__
from examtrainer.paths import APP_AUTHOR

from .conftest import PACKAGING, ROOT

ISS = PACKAGING / "windows" / "examtrainer.iss"
FOLDERS = {
    "CSIDL_COMMON_APPDATA": r"C:\ProgramData",
    "CSIDL_LOCAL_APPDATA": r"C:\Users\amina\AppData\Local",
    "CSIDL_APPDATA": r"C:\Users\amina\AppData\Roaming",
}
CONSTANTS = {
    "{commonappdata}": FOLDERS["CSIDL_COMMON_APPDATA"],
    "{localappdata}": FOLDERS["CSIDL_LOCAL_APPDATA"],
}


def sections() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            found[current] = []
        elif current and line and not line.startswith(";"):
            found[current].append(line)
    return found


def defines() -> dict[str, str]:
    values: dict[str, str] = {}
    for match in re.finditer(r'^\s*#define (\w+) (.+)$', ISS.read_text(encoding="utf-8"), re.M):
        name, expression = match.groups()
        # "a" + "b" and names of earlier defines, as ISPP evaluates them
        parts = [p.strip() for p in expression.split("+")]
        values[name] = "".join(p.strip('"') if p.startswith('"') else values[p] for p in parts)
    return values


def expand(text: str) -> str:
    for name, value in defines().items():
        text = text.replace("{#" + name + "}", value)
    for constant, value in CONSTANTS.items():
        text = text.replace(constant, value)
    return text


def setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in sections()["Setup"])


def entries(section: str) -> list[dict[str, str]]:
    rows = []
    for line in sections()[section]:
        fields = re.findall(r'(\w+): ("[^"]*"|[^;]+)', line)
        rows.append({key: value.strip().strip('"') for key, value in fields})
    return rows


@pytest.fixture
def windows_dirs(monkeypatch: pytest.MonkeyPatch) -> platformdirs.windows.Windows:
    """platformdirs as it answers on Windows, for the names examtrainer/paths.py uses."""
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", FOLDERS.__getitem__)
    return platformdirs.windows.Windows(APP_NAME, APP_AUTHOR)


def code() -> str:
    return "\n".join(sections()["Code"])


def test_installs_per_user_or_per_machine() -> None:
    settings = setup()
    assert settings["PrivilegesRequired"] == "lowest"  # a learner needs no administrator
    assert "commandline" in settings["PrivilegesRequiredOverridesAllowed"]  # /ALLUSERS
    assert settings["DefaultDirName"].startswith("{autopf}")  # Program Files or the profile
    assert re.fullmatch(r"\{\{[0-9A-F-]{36}\}", defines()["AppGuid"])
    assert settings["AppId"] == "{#AppGuid}"


def test_version_and_the_bundle_it_installs() -> None:
    assert defines()["AppVersion"] == __version__
    bundle = entries("Files")[0]
    assert bundle["Source"] == r"..\..\dist\examtrainer\*"
    assert {"recursesubdirs", "ignoreversion"} <= set(bundle["Flags"].split())
    assert (ISS.parent / PureWindowsPath(setup()["SetupIconFile"]).as_posix()).is_file()
    # An update first removes the old program files (never learner data, which is elsewhere).
    assert entries("InstallDelete") == [{"Type": "filesandordirs", "Name": r"{app}\_internal"}]


def test_silent_install_writes_site_toml_where_the_app_reads_it(
    windows_dirs: platformdirs.windows.Windows,
) -> None:
    site = entries("Files")[1]
    assert site["Source"] == "{param:SITECONFIG|}"
    assert {"external", "uninsneveruninstall"} <= set(site["Flags"].split())
    assert site["Check"] == "HasSiteConfig"
    target = PureWindowsPath(expand(site["DestDir"])) / site["DestName"]
    assert target == PureWindowsPath(windows_dirs.site_config_dir) / "site.toml"
    folder = PureWindowsPath(windows_dirs.site_config_dir)
    assert expand("{commonappdata}\\{#DataFolder}") == str(folder)
    # Only a per-machine (administrator) install may write it.
    assert "if not IsAdminInstallMode() then" in code()
    assert "SiteConfigNeedsAdmin" in code()


def test_learners_may_read_the_site_config_but_not_change_it() -> None:
    icacls = re.search(r"'\"' \+ Folder \+ '\" (/inheritance:r [^']+)'", code())
    assert icacls, "the folder's permissions are set with icacls"
    grants = dict(re.findall(r"\*(S-1-5-[\d-]+):(\S+)", icacls.group(1)))
    assert "/inheritance:r" in icacls.group(1)  # nothing of ProgramData's "users may create"
    assert grants == {
        "S-1-5-18": "(OI)(CI)F",  # SYSTEM
        "S-1-5-32-544": "(OI)(CI)F",  # Administrators
        "S-1-5-32-545": "(OI)(CI)RX",  # Users: read and execute only
    }
    # Locked before the files are copied, so site.toml inherits it; raise when it fails.
    assert re.search(r"CurStep = ssInstall\) and IsAdminInstallMode\(\)", code())
    assert "RaiseException(CustomMessage('PermissionsFailed')" in code()


def test_uninstall_keeps_learner_data_unless_asked(
    windows_dirs: platformdirs.windows.Windows,
) -> None:
    assert "UninstallDelete" not in sections()  # no data removed unconditionally
    body = code()
    removal = body[body.index("procedure CurUninstallStepChanged") :]
    assert "RemoveDataAsked()" in removal.split("then", 1)[0]
    asked = body[body.index("function RemoveDataAsked") : body.index("procedure CurUninstall")]
    assert "'/REMOVEDATA'" in asked
    assert "not UninstallSilent()" in asked  # a silent uninstall never asks, so keeps data
    assert "MB_DEFBUTTON2" in asked  # the question's default answer is No
    removed = [expand(p) for p in re.findall(r"DelTree\(ExpandConstant\('([^']+)'\)", removal)]
    data = PureWindowsPath(windows_dirs.user_data_dir)
    assert removed == [str(data.parent), str(PureWindowsPath(windows_dirs.site_config_dir).parent)]
    assert data.parent.name == APP_AUTHOR


def test_installer_messages_exist_in_dutch_and_english() -> None:
    messages = dict(line.split("=", 1) for line in sections()["CustomMessages"])
    names = {key.split(".", 1)[1] for key in messages}
    for name in names:
        assert f"nl.{name}" in messages and f"en.{name}" in messages
    for used in re.findall(r"CustomMessage\('(\w+)'\)", code()):
        assert used in names
    assert {row["Name"] for row in entries("Languages")} == {"nl", "en"}


def test_script_is_documented() -> None:
    assert "packaging/windows/examtrainer.iss" in (ROOT / "docs" / "packaging.md").read_text()
