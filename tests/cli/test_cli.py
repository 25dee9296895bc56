"""The command line, run in-process through ``examtrainer.cli.main`` (and once as a process)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from examtrainer import __version__
from examtrainer.cli import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, main
from examtrainer.paths import default_paths
from examtrainer.services.app import Services
from examtrainer.settings import load_settings
from examtrainer.store.db import HEAD_REVISION

ROOT = Path(__file__).resolve().parents[2]

BROKEN_PROBLEMS = {
    "items/reading.yaml: item broken-r1-q1: answer: 'Op maandag' is not one of the options",
    "items/reading.yaml: item broken-r1-q2: level: Input should be 'A0', 'A1', 'A2' or 'B1'",
    "items/reading.yaml: item broken-r2: stimulus: no stimulus with id 'broken-r9'",
    "items/listening.yaml: item broken-l1: audio: file 'audio/broken-l1.ogg' does not exist",
}

TINY_STATS = {
    "reading": {
        "A1": {"stimuli": 1, "questions": 2, "types": {"multiple_choice": 1, "true_false": 1}},
        "A2": {"stimuli": 1, "questions": 2, "types": {"multiple_choice": 2}},
        "B1": {"stimuli": 0, "questions": 1, "types": {"multiple_choice": 1}},
    }
}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


# -- version and help -------------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--version"])
    assert caught.value.code == 0
    assert capsys.readouterr().out.strip() == f"examtrainer {__version__}"


def test_version_as_a_process() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "examtrainer", "--version"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"examtrainer {__version__}"


def test_help_mentions_the_bank_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    assert "bank" in out
    assert "EXAMTRAINER_HOME" in out

    with pytest.raises(SystemExit) as caught:
        main(["bank", "--help"])
    assert caught.value.code == 0
    out = capsys.readouterr().out
    for action in ("validate", "stats", "import", "list"):
        assert action in out


def test_a_wrong_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["bank", "polish"])
    assert caught.value.code == EXIT_USAGE
    assert "invalid choice" in capsys.readouterr().err


# -- bank validate ----------------------------------------------------------------------------


def test_validate_a_good_pack(capsys: pytest.CaptureFixture[str], tiny_folder: Path) -> None:
    code, out, err = run(capsys, "bank", "validate", "--no-decode", str(tiny_folder))

    assert code == EXIT_OK
    assert out.splitlines() == [f"{tiny_folder}: OK: 1 pack(s), 2 texts/fragments, 5 items"]
    assert err == ""


def test_validate_a_broken_pack_prints_every_problem(
    capsys: pytest.CaptureFixture[str], broken_folder: Path
) -> None:
    code, out, err = run(capsys, "bank", "validate", "--no-decode", str(broken_folder))

    assert code == EXIT_PROBLEMS
    assert set(out.splitlines()) == BROKEN_PROBLEMS
    assert len(out.splitlines()) == len(BROKEN_PROBLEMS)
    assert "4 problem(s); nothing can be imported" in err


def test_validate_a_folder_of_packs_names_the_pack_of_each_problem(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, tiny_folder: Path, broken_folder: Path
) -> None:
    shutil.copytree(tiny_folder, tmp_path / "packs" / "tiny")
    shutil.copytree(broken_folder, tmp_path / "packs" / "broken")

    code, out, _err = run(capsys, "bank", "validate", "--no-decode", str(tmp_path / "packs"))

    assert code == EXIT_PROBLEMS
    assert set(out.splitlines()) == {f"broken/{line}" for line in BROKEN_PROBLEMS}


def test_validate_a_zip(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, tiny_folder: Path
) -> None:
    archive = tmp_path / "tiny.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(tiny_folder.rglob("*")):
            zf.write(path, path.relative_to(tiny_folder).as_posix())

    code, out, _err = run(capsys, "bank", "validate", "--no-decode", str(archive))

    assert code == EXIT_OK
    assert out.strip() == f"{archive}: OK: 1 pack(s), 2 texts/fragments, 5 items"


def test_validate_decodes_audio_unless_told_not_to(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, tiny_folder: Path
) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(tiny_folder, pack)
    (pack / "audio").mkdir()
    shutil.copy(ROOT / "tests" / "fixtures" / "audio" / "tone_1s.wav", pack / "audio" / "ok.wav")
    (pack / "audio" / "bad.wav").write_bytes(b"RIFF\x10\x00\x00\x00WAVEjunkjunk")
    (pack / "items" / "listening.yaml").write_text(
        "items:\n"
        + "".join(
            f"  - {{id: l-{name}, skill: listening, level: A1, type: true_false,"
            f" question: Hoort u een toon?, answer: Juist, prompt_audio: audio/{name}.wav}}\n"
            for name in ("ok", "bad")
        ),
        encoding="utf-8",
    )

    code, out, _err = run(capsys, "bank", "validate", str(pack))
    assert code == EXIT_PROBLEMS
    (line,) = out.splitlines()
    assert line.startswith("items/listening.yaml: item l-bad: prompt_audio: 'audio/bad.wav': ")
    assert "cannot decode" in line

    code, out, _err = run(capsys, "bank", "validate", "--no-decode", str(pack))
    assert code == EXIT_OK


def test_validate_a_path_without_packs(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, err = run(capsys, "bank", "validate", "--no-decode", str(tmp_path / "nothing"))

    assert code == EXIT_PROBLEMS
    assert out == ""
    assert err.startswith("examtrainer: ")
    assert "Traceback" not in err


# -- bank stats -------------------------------------------------------------------------------


def test_stats_json_counts_the_tiny_pack(
    capsys: pytest.CaptureFixture[str], tiny_folder: Path
) -> None:
    code, out, err = run(capsys, "bank", "stats", str(tiny_folder), "--json")

    assert code == EXIT_OK
    assert json.loads(out) == TINY_STATS
    assert err == ""


def test_stats_as_text(capsys: pytest.CaptureFixture[str], tiny_folder: Path) -> None:
    code, out, _err = run(capsys, "bank", "stats", str(tiny_folder))

    assert code == EXIT_OK
    lines = out.splitlines()
    assert len(lines) == 3
    assert lines[0].split() == [
        "reading",
        "A1:",
        "1",
        "texts,",
        "2",
        "questions",
        "(multiple_choice",
        "1,",
        "true_false",
        "1)",
    ]
    assert "B1:" in lines[2] and "0 texts" in " ".join(lines[2].split())


def test_stats_of_a_broken_pack_exits_1(
    capsys: pytest.CaptureFixture[str], broken_folder: Path
) -> None:
    code, out, err = run(capsys, "bank", "stats", str(broken_folder), "--json")

    assert code == EXIT_PROBLEMS
    assert json.loads(out) == {}
    assert "4 problem(s)" in err


# -- installing packs and listing them --------------------------------------------------------


def open_services() -> Services:
    paths = default_paths()
    return Services.open(paths, load_settings(paths), install_content=False)


def test_an_installed_pack_is_listed(
    capsys: pytest.CaptureFixture[str], home: Path, tiny_folder: Path
) -> None:
    code, out, _err = run(capsys, "bank", "import", str(tiny_folder))

    assert code == EXIT_OK
    assert "imported test.tiny: 5 items (examtrainer_pack)" in out
    assert (home / "data" / "packs" / "test.tiny" / "pack.yaml").is_file()

    code, out, _err = run(capsys, "bank", "list")

    assert code == EXIT_OK
    assert "test.tiny  Kleine testbank  v1.0  (imported; reading 5)" in out.splitlines()


def test_a_broken_pack_installs_nothing(
    capsys: pytest.CaptureFixture[str], home: Path, broken_folder: Path
) -> None:
    code, _out, err = run(capsys, "bank", "import", str(broken_folder))

    assert code == EXIT_PROBLEMS
    assert "nothing" in err.lower() or "niets" in err.lower()
    services = open_services()
    try:
        assert services.store.banks.all() == []
    finally:
        services.close()
    assert list((home / "data" / "packs").iterdir()) == []

    code, out, _err = run(capsys, "bank", "list")

    assert code == EXIT_OK
    assert "test.broken" not in out


def test_home_option_puts_the_data_there(
    capsys: pytest.CaptureFixture[str], home: Path, tmp_path: Path
) -> None:
    other = tmp_path / "elsewhere"

    code, _out, _err = run(capsys, "--home", str(other), "db", "upgrade")

    assert code == EXIT_OK
    assert (other / "data" / "examtrainer.sqlite3").is_file()
    assert not home.exists()


# -- db upgrade -------------------------------------------------------------------------------


def test_db_upgrade_on_a_fresh_home(capsys: pytest.CaptureFixture[str], home: Path) -> None:
    code, out, err = run(capsys, "db", "upgrade")

    assert code == EXIT_OK
    assert out.splitlines() == [f"database at revision {HEAD_REVISION}"]
    assert err == ""
    assert (home / "data" / "examtrainer.sqlite3").is_file()
    backups = home / "data" / "backups"
    assert not backups.exists() or list(backups.iterdir()) == []  # nothing to back up yet


def test_db_upgrade_backs_up_an_existing_old_database(
    capsys: pytest.CaptureFixture[str], home: Path
) -> None:
    database = home / "data" / "examtrainer.sqlite3"
    database.parent.mkdir(parents=True)
    with sqlite3.connect(database) as connection:  # a database from before the migrations
        connection.execute("CREATE TABLE notes (text TEXT)")
        connection.execute("INSERT INTO notes VALUES ('van vroeger')")
    connection.close()

    code, out, _err = run(capsys, "db", "upgrade")

    assert code == EXIT_OK
    backup_line, revision_line = out.splitlines()
    assert revision_line == f"database at revision {HEAD_REVISION}"
    assert backup_line.startswith("backup: ")
    backup = Path(backup_line.removeprefix("backup: "))
    assert backup.parent == home / "data" / "backups"
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT text FROM notes").fetchall() == [("van vroeger",)]
        tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master")}
    copy.close()
    assert "alembic_version" not in tables  # the copy is from before the upgrade

    code, out, _err = run(capsys, "db", "upgrade")  # up to date now: no second backup
    assert code == EXIT_OK
    assert out.splitlines() == [f"database at revision {HEAD_REVISION}"]
    assert list(backup.parent.iterdir()) == [backup]


def test_a_teachers_xlsx_with_picture_and_audio_imports(
    capsys: pytest.CaptureFixture[str], home: Path
) -> None:
    example = Path(__file__).parents[2] / "content" / "templates" / "example" / "voorbeeld.xlsx"

    code, out, err = run(capsys, "bank", "import", str(example))

    assert code == EXIT_OK, err
    assert "(xlsx)" in out
    services = open_services()
    try:
        (bank,) = services.store.banks.all()
        items = services.store.items.for_skill("reading") + services.store.items.for_skill(
            "listening"
        )
    finally:
        services.close()
    media = {
        name
        for stored in items
        for name in (stored.item.image, stored.stimulus.audio if stored.stimulus else None)
        if name
    }
    assert media, "the example sheet refers to a picture and a sound"
    for name in media:
        assert (Path(bank.origin) / name).is_file()


def test_a_foreign_file_with_problems_is_refused_whole(
    capsys: pytest.CaptureFixture[str], home: Path, tmp_path: Path
) -> None:
    sheet = tmp_path / "vragen.csv"
    sheet.write_text(
        "skill;level;type;question;option_a;option_b;answer\n"
        "reading;A2;multiple_choice;Goede vraag?;Ja;Nee;A\n"
        "reading;A9;multiple_choice;Kapotte vraag?;Ja;Nee;D\n",
        encoding="utf-8",
    )

    code, _out, err = run(capsys, "bank", "import", str(sheet))

    assert code == EXIT_PROBLEMS
    assert "vragen.csv" in err and "3" in err  # file and row are named
    services = open_services()
    try:
        assert services.store.banks.all() == []
    finally:
        services.close()


# -- issue 14: refusals list what was left out; a bank is never replaced without asking ----


def test_a_refused_file_prints_what_was_not_mapped(
    capsys: pytest.CaptureFixture[str], home: Path, tmp_path: Path
) -> None:
    source = tmp_path / "getallen.gift"
    source.write_text("::Som:: Hoeveel is twee plus twee? {#4}\n", encoding="utf-8")

    code, _out, err = run(capsys, "bank", "import", str(source))

    assert code == EXIT_PROBLEMS
    assert "not imported: getallen.gift: item Som: answer:" in err  # the list, not a pointer
    assert "/tmp" not in err.replace(str(tmp_path), "")  # no staging folder in any message


def test_not_imported_only_when_something_was_left_out(
    capsys: pytest.CaptureFixture[str], home: Path, tmp_path: Path
) -> None:
    source = tmp_path / "wonen.gift"
    source.write_text("::Huur:: Wanneer betaalt u? {=op de 1e ~op de 20e}\n", encoding="utf-8")

    code, out, _err = run(capsys, "bank", "import", str(source))

    assert code == EXIT_OK
    assert "not imported" not in out and "note:" in out


def test_importing_the_same_bank_again_asks(
    capsys: pytest.CaptureFixture[str], home: Path, tmp_path: Path
) -> None:
    source = tmp_path / "wonen.gift"
    source.write_text("::Huur:: Wanneer betaalt u? {=op de 1e ~op de 20e}\n", encoding="utf-8")
    assert run(capsys, "bank", "import", str(source))[0] == EXIT_OK

    code, _out, err = run(capsys, "bank", "import", str(source))
    assert code == EXIT_PROBLEMS and "--replace or --keep-both" in err
    assert "unchanged 1" in err

    code, out, _err = run(capsys, "bank", "import", "--keep-both", str(source))
    assert code == EXIT_OK and "-2: 1 items" in out
    code, out, _err = run(capsys, "bank", "import", "--replace", str(source))
    assert code == EXIT_OK


def test_remove_a_bank(capsys: pytest.CaptureFixture[str], home: Path, tiny_folder: Path) -> None:
    assert run(capsys, "bank", "import", str(tiny_folder))[0] == EXIT_OK
    code, out, _err = run(capsys, "bank", "remove", "test.tiny")
    assert code == EXIT_OK and "removed test.tiny" in out
    services = open_services()
    try:
        assert services.store.banks.all() == []
    finally:
        services.close()


@pytest.mark.parametrize(
    ("kind", "name", "fmt"), [("moodle", "uit.xml", "moodle_xml"), ("qti", "uit.zip", "qti30")]
)
def test_export_a_bank_for_moodle_and_qti(  # type: ignore[no-untyped-def]
    capsys: pytest.CaptureFixture[str],
    home: Path,
    tiny_folder: Path,
    tmp_path: Path,
    kind,
    name,
    fmt,
) -> None:
    from examtrainer.bank.importers import detect_format, import_file

    assert run(capsys, "bank", "import", str(tiny_folder))[0] == EXIT_OK
    code, out, _err = run(capsys, "bank", "export", "--as", kind, "test.tiny", str(tmp_path / name))
    assert code == EXIT_OK and name in out
    assert detect_format(tmp_path / name) == fmt
    report = import_file(tmp_path / name, tmp_path / "terug")
    assert report.ok and report.items_converted == 5, report.summary()


def test_set_audio_with_a_teachers_own_voice(
    capsys: pytest.CaptureFixture[str], home: Path
) -> None:
    pack = Path(__file__).parents[1] / "fixtures" / "packs" / "listen-speak"
    voice = Path(__file__).parents[1] / "fixtures" / "audio" / "speech_nl.wav"
    assert run(capsys, "bank", "import", str(pack))[0] == EXIT_OK
    code, out, _err = run(capsys, "bank", "set-audio", "test.listen-speak", "ls-l1", str(voice))
    assert code == EXIT_OK and "audio/ls-l1-eigen.wav" in out
    code, _out, err = run(capsys, "bank", "set-audio", "test.listen-speak", "weg", str(voice))
    assert code == EXIT_PROBLEMS and "weg" in err
