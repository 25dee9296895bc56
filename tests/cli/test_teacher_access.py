"""Teacher functions need the teacher (issue 12, point 1). Before, ``results export --all``,
``bank import`` and ``bank calibrate`` asked for nothing, and a learner's own site.toml (via
EXAMTRAINER_SITE_CONFIG, --home or XDG_CONFIG_DIRS) or settings.toml replaced the school's
teacher PIN hash and database."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from examtrainer.cli import EXIT_OK, EXIT_PROBLEMS, main
from examtrainer.paths import SITE_CONFIG_VARIABLE, default_paths
from examtrainer.services.teacher import hash_pin
from examtrainer.settings import DATABASE_VARIABLE, load_settings

TEACHER_PIN = "docent-2468"


@pytest.fixture
def school_pc(home: Path, no_system_site_config: Path) -> Path:
    """A PC whose administrator put the school's site.toml in the system folder."""
    (no_system_site_config / "site.toml").write_text(
        f'teacher_pin_hash = "{hash_pin(TEACHER_PIN)}"\nlocked = ["practice_minutes"]\n'
        "practice_minutes = 15\n",
        encoding="utf-8",
    )
    return no_system_site_config


def pin_file(tmp_path: Path, pin: str, mode: int = 0o600) -> Path:
    path = tmp_path / "pin.txt"
    path.write_text(pin + "\n", encoding="utf-8")
    path.chmod(mode)
    return path


TEACHER_COMMANDS = [
    ["results", "export", "--all", "--output", "{tmp}/alle.csv"],
    ["bank", "import", "{tiny}"],
    ["bank", "calibrate"],
    ["bank", "export", "test.tiny", "{tmp}/x.zip"],
    ["bank", "remove", "test.tiny"],
]


def _argv(command: list[str], tmp_path: Path, tiny: Path) -> list[str]:
    return [part.format(tmp=tmp_path, tiny=tiny) for part in command]


@pytest.mark.parametrize("command", TEACHER_COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_teacher_commands_refuse_without_the_pin(
    command: list[str],
    school_pc: Path,
    tmp_path: Path,
    tiny_folder: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False)
    code = main(_argv(command, tmp_path, tiny_folder))
    err = capsys.readouterr().err.strip()
    assert code == EXIT_PROBLEMS
    assert err.count("\n") == 0 and "docent-PIN" in err and "Traceback" not in err
    assert not (tmp_path / "alle.csv").exists() and not (tmp_path / "x.zip").exists()


def test_a_pin_file_unlocks_and_a_wrong_one_counts(
    school_pc: Path,
    tmp_path: Path,
    tiny_folder: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    right = pin_file(tmp_path, TEACHER_PIN)
    assert main(["bank", "import", str(tiny_folder), "--pin-file", str(right)]) == EXIT_OK
    out = tmp_path / "alle.xlsx"
    monkeypatch.setenv("EXAMTRAINER_TEACHER_PIN_FILE", str(right))
    assert main(["results", "export", "--all", "--output", str(out)]) == EXIT_OK
    assert out.is_file()
    wrong = tmp_path / "wrong"
    wrong.mkdir()
    monkeypatch.setenv("EXAMTRAINER_TEACHER_PIN_FILE", str(pin_file(wrong, "0000")))
    capsys.readouterr()
    codes = [main(["bank", "calibrate"]) for _ in range(3)]
    assert codes == [EXIT_PROBLEMS] * 3
    last = capsys.readouterr().err.strip().splitlines()[-1]
    assert "klopt niet" in last and "Wacht 30 seconden" in last
    # The wait is in the database: the right PIN now waits too.
    monkeypatch.setenv("EXAMTRAINER_TEACHER_PIN_FILE", str(right))
    assert main(["bank", "calibrate"]) == EXIT_PROBLEMS


def test_the_pin_can_be_typed_at_a_terminal(
    school_pc: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: True)
    monkeypatch.setattr("getpass.getpass", lambda prompt="": TEACHER_PIN)
    assert main(["results", "export", "--all", "--output", str(tmp_path / "a.csv")]) == EXIT_OK


def test_a_pin_file_others_can_read_is_refused(
    school_pc: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    readable = pin_file(tmp_path, TEACHER_PIN, mode=0o644)
    assert main(["bank", "calibrate", "--pin-file", str(readable)]) == EXIT_PROBLEMS
    assert "chmod 600" in capsys.readouterr().err


def test_a_shared_database_without_a_teacher_pin_refuses(
    home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No PIN on a school database: IT must set one; nothing is exported meanwhile."""
    from examtrainer.services.app import Services
    from examtrainer.settings import Settings

    paths = default_paths().ensure()
    shared = Services.open(paths, Settings(), install_content=False)
    monkeypatch.setattr(
        "examtrainer.services.app.Services.open",
        classmethod(
            lambda cls, p, s, install_content=True: cls(
                paths=p,
                settings=Settings(database_url="postgresql://school/db"),
                store=shared.store,
            )
        ),
    )
    try:
        code = main(["results", "export", "--all", "--output", str(tmp_path / "a.csv")])
    finally:
        shared.close()
    assert code == EXIT_PROBLEMS
    assert "ICT-beheerder" in capsys.readouterr().err


def test_a_portable_install_without_a_pin_needs_none(
    home: Path, tmp_path: Path, tiny_folder: Path
) -> None:
    """One's own PC, own database, no PIN chosen: the commands work as before."""
    assert main(["bank", "import", str(tiny_folder)]) == EXIT_OK
    assert main(["results", "export", "--all", "--output", str(tmp_path / "a.csv")]) == EXIT_OK


def test_a_learners_own_site_config_is_ignored_when_the_school_has_one(
    school_pc: Path, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """EXAMTRAINER_SITE_CONFIG, the home's site folder, settings.toml and
    EXAMTRAINER_DATABASE_URL cannot replace the system site's PIN, database or locks."""
    own_site = tmp_path / "my-site"
    own_site.mkdir()
    (own_site / "site.toml").write_text(
        f'teacher_pin_hash = "{hash_pin("1111")}"\ndatabase_url = "sqlite:///{tmp_path}/x.db"\n'
        "practice_minutes = 5\n",
        encoding="utf-8",
    )
    monkeypatch.setenv(SITE_CONFIG_VARIABLE, str(own_site))
    monkeypatch.setenv(DATABASE_VARIABLE, f"sqlite:///{tmp_path}/mine.db")
    paths = default_paths().ensure()
    paths.user_config_file.write_text(
        f'teacher_pin_hash = "{hash_pin("2222")}"\npractice_minutes = 7\n', encoding="utf-8"
    )
    assert paths.site_is_system and paths.site_config == school_pc
    settings = load_settings(paths)
    from examtrainer.services.teacher import verify_pin

    assert verify_pin(TEACHER_PIN, settings.teacher_pin_hash)
    assert settings.database_url == ""  # the school's choice (own SQLite file), not mine.db
    assert settings.practice_minutes == 15  # locked by the school
    wrong = pin_file(tmp_path, "1111")
    out = tmp_path / "a.csv"
    assert main(["results", "export", "--all", "--output", str(out), "--pin-file", str(wrong)]) == 1
    assert not out.exists()


def test_home_still_moves_the_data_under_a_system_site(school_pc: Path, tmp_path: Path) -> None:
    paths = default_paths({"EXAMTRAINER_HOME": str(tmp_path / "usb")})
    assert paths.data == tmp_path / "usb" / "data"
    assert paths.site_config == school_pc and paths.site_is_system


def test_without_a_system_site_the_portable_site_folder_is_used(home: Path, tmp_path: Path) -> None:
    """A portable install (no administrator's file): EXAMTRAINER_SITE_CONFIG works as before,
    but a hash the site sets is locked against settings.toml (it was replaced before)."""
    site = tmp_path / "usb-site"
    site.mkdir()
    (site / "site.toml").write_text(f'teacher_pin_hash = "{hash_pin("3333")}"\n', encoding="utf-8")
    paths = default_paths({"EXAMTRAINER_HOME": str(home), SITE_CONFIG_VARIABLE: str(site)})
    assert not paths.site_is_system and paths.site_config == site
    paths.ensure()
    paths.user_config_file.write_text(f'teacher_pin_hash = "{hash_pin("4444")}"\n')
    from examtrainer.services.teacher import verify_pin

    assert verify_pin("3333", load_settings(paths, {}).teacher_pin_hash)
    assert load_settings(paths, {DATABASE_VARIABLE: "sqlite:///x"}).database_url == "sqlite:///x"
