"""Teacher mode through the real widgets: PIN, groups, import preview, speaking review, PDF.

Offscreen; Qt warnings fail a test. No sound card is needed: the play buttons make their
player only when pressed, and here they get the file-backed fake.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from examtrainer import __version__
from examtrainer.bank.loader import load_pack
from examtrainer.components import LICENCE_TEXTS
from examtrainer.gui.qt import QLibraryInfo, qVersion
from examtrainer.paths import AppPaths
from examtrainer.services.teacher import hash_pin

from .conftest import TINY
from .speaking import add_recording, install_speaking_pack

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]
BROKEN_CSV = ROOT / "tests" / "fixtures" / "import" / "spreadsheet" / "broken.csv"
EXAMPLE_XLSX = ROOT / "content" / "templates" / "example" / "voorbeeld.xlsx"


def left() -> Any:
    from examtrainer.gui.qt import Qt

    return Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot: Any, paths: AppPaths) -> Iterator[tuple[Any, Any]]:
    """(context, main window) over the copied test database, with the tiny pack and two
    learners; the teacher PIN is 2468 (as if set in site.toml)."""
    from examtrainer.gui.app import build
    from examtrainer.gui.qt import QApplication
    from examtrainer.services.app import Services

    ctx, main = build(QApplication.instance(), "nl")  # type: ignore[arg-type]
    ctx.settings = replace(ctx.settings, teacher_pin_hash=hash_pin("2468"))
    ctx.services = Services.open(ctx.paths, ctx.settings, install_content=False)
    store = ctx.services.store
    store.banks.install(load_pack(TINY), str(TINY))
    store.learners.create("Amina")
    store.learners.create("Bilal")
    qtbot.addWidget(main)
    main.resize(1200, 760)
    main.show()
    yield ctx, main
    ctx.runner.wait()
    ctx.services.close()


def teacher_screen(qtbot: Any, main: Any, tab: str = "") -> Any:
    screen = main.show_screen("teacher", tab=tab)
    qtbot.waitUntil(lambda: screen.busy() == 0)
    return screen


def test_pin_opens_teacher_mode(qtbot: Any, window: tuple[Any, Any]) -> None:
    ctx, main = window
    profiles = main.show_screen("profiles")
    qtbot.mouseClick(profiles.teacher_button, left())
    dialog = profiles.pin_dialog
    assert dialog.isVisible() and not dialog.repeat.isVisible()
    dialog.pin.setText("1111")
    qtbot.mouseClick(dialog.ok_button, left())
    qtbot.waitUntil(lambda: "klopt niet" in dialog.message.text())
    assert dialog.isVisible() and main.current is profiles
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    dialog.pin.setText("2468")
    qtbot.mouseClick(dialog.ok_button, left())
    qtbot.waitUntil(lambda: main.current.objectName() == "screen_teacher")
    screen = main.current
    assert [screen.tabs.tabText(i) for i in range(screen.tabs.count())] == [
        "Leerlingen en groepen",
        "Voortgang",
        "Itembanken",
        "Spreken beoordelen",
        "Exporteren",
    ]
    qtbot.mouseClick(screen.back_button, left())
    qtbot.waitUntil(lambda: main.current.objectName() == "screen_profiles")
    assert ctx.learner is None


def test_three_wrong_pins_make_the_dialog_wait(qtbot: Any, window: tuple[Any, Any]) -> None:
    _ctx, main = window
    profiles = main.show_screen("profiles")
    profiles.open_teacher()
    dialog = profiles.pin_dialog
    for _ in range(3):
        qtbot.waitUntil(dialog.ok_button.isEnabled)
        dialog.pin.setText("0000")
        dialog.try_pin()
        qtbot.waitUntil(lambda: not dialog.checking)
    assert not dialog.ok_button.isEnabled()
    assert "Wacht 30 seconden" in dialog.message.text()
    dialog.reject()


def test_closing_the_dialog_does_not_end_the_wait(qtbot: Any, window: tuple[Any, Any]) -> None:
    """Before, a new dialog started from zero: scripted guessing reached 1,132 guesses a
    minute. The wait is in the database now; a new dialog shows it and cannot be used."""
    ctx, main = window
    profiles = main.show_screen("profiles")
    profiles.open_teacher()
    dialog = profiles.pin_dialog
    for _ in range(3):
        qtbot.waitUntil(dialog.ok_button.isEnabled)
        dialog.pin.setText("0000")
        dialog.try_pin()
        qtbot.waitUntil(lambda: not dialog.checking)
    dialog.reject()
    profiles.open_teacher()
    reopened = profiles.pin_dialog
    assert reopened is not dialog
    qtbot.waitUntil(lambda: "te vaak" in reopened.message.text())
    assert "Wacht 30 seconden" in reopened.message.text()
    assert not reopened.ok_button.isEnabled()
    reopened.pin.setText("2468")
    reopened.try_pin()  # pressing Enter anyway: the right PIN is not even checked
    qtbot.waitUntil(lambda: not reopened.checking)
    assert reopened.isVisible() and main.current is profiles
    assert ctx.need_services().pin_wait_left() > 0
    reopened.reject()


def test_the_pin_is_checked_off_the_ui_thread(qtbot: Any, window: tuple[Any, Any]) -> None:
    """try_pin returns at once; the hash check (about 0.25 s) runs in the background."""
    import threading

    ctx, main = window
    services = ctx.need_services()
    threads: list[threading.Thread] = []
    real = services.check_teacher_pin

    def recording_check(pin: str) -> Any:
        threads.append(threading.current_thread())
        return real(pin)

    services.check_teacher_pin = recording_check  # type: ignore[method-assign]
    profiles = main.show_screen("profiles")
    profiles.open_teacher()
    dialog = profiles.pin_dialog
    qtbot.waitUntil(dialog.ok_button.isEnabled)
    dialog.pin.setText("2468")
    dialog.try_pin()
    assert dialog.message.text() == "Even controleren…" and not dialog.ok_button.isEnabled()
    qtbot.waitUntil(lambda: main.current.objectName() == "screen_teacher")
    assert threads and threads[0] is not threading.main_thread()


def test_first_pin_is_set_on_a_single_pc(qtbot: Any, window: tuple[Any, Any]) -> None:
    from examtrainer.settings import load_settings

    ctx, main = window
    ctx.settings = replace(ctx.settings, teacher_pin_hash="")
    profiles = main.show_screen("profiles")
    profiles.open_teacher()
    dialog = profiles.pin_dialog
    assert dialog.repeat.isVisible()
    dialog.pin.setText("13579")
    dialog.repeat.setText("13570")
    dialog.try_pin()
    assert "niet hetzelfde" in dialog.message.text()
    dialog.repeat.setText("13579")
    dialog.try_pin()
    qtbot.waitUntil(lambda: main.current.objectName() == "screen_teacher")
    assert load_settings(ctx.paths).teacher_pin_hash == ctx.settings.teacher_pin_hash != ""


def test_create_group_and_assign_a_learner(qtbot: Any, window: tuple[Any, Any]) -> None:
    ctx, main = window
    screen = teacher_screen(qtbot, main, "learners")
    tab = screen.learners
    assert tab.table.rowCount() == 2
    tab.group_edit.setText("Maandagochtend")
    qtbot.mouseClick(tab.new_group_button, left())
    qtbot.waitUntil(lambda: tab.group_list.count() == 1 and screen.busy() == 0)
    tab.name_edit.setText("Chen")
    qtbot.mouseClick(tab.add_button, left())
    qtbot.waitUntil(lambda: tab.table.rowCount() == 3 and screen.busy() == 0)
    row = next(r for r in range(3) if tab.table.item(r, 0).text() == "Bilal")
    tab.table.selectRow(row)
    tab.group_combo.setCurrentIndex(tab.group_combo.findText("Maandagochtend"))
    qtbot.mouseClick(tab.assign_button, left())
    qtbot.waitUntil(lambda: screen.busy() == 0 and tab.table.item(row, 1).text() != "")
    store = ctx.services.store
    group = store.learners.groups()[0]
    bilal = next(x for x in store.learners.all() if x.name == "Bilal")
    assert bilal.group_id == group.id
    # The progress tab heard about it: the new group can be chosen there.
    qtbot.waitUntil(lambda: screen.progress.group_combo.findText("Maandagochtend") > 0)
    qtbot.waitUntil(lambda: screen.busy() == 0)  # as a teacher waits for the list to settle
    tab.table.selectRow(row)
    assert tab.table.item(row, 0).text() == "Bilal"
    qtbot.waitUntil(tab.archive_button.isEnabled)
    qtbot.mouseClick(tab.archive_button, left())
    qtbot.waitUntil(lambda: screen.busy() == 0 and tab.roster[-1].learner.name == "Bilal")
    assert [x.name for x in store.learners.all()] == ["Amina", "Chen"]


def test_import_preview_lists_problems_then_installs_a_good_file(
    qtbot: Any, window: tuple[Any, Any], tmp_path: Path
) -> None:
    ctx, main = window
    store = ctx.services.store
    screen = teacher_screen(qtbot, main, "banks")
    tab = screen.banks
    broken = tmp_path / "mijn-vragen.csv"
    shutil.copyfile(BROKEN_CSV, broken)
    tab.start_import(broken)
    qtbot.waitUntil(lambda: tab.preview_dialog is not None and tab.preview_dialog.isVisible())
    dialog = tab.preview_dialog
    assert not dialog.install_button.isEnabled()
    table = dialog.problems
    rows = [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]
    assert len(rows) == 9
    assert rows[0][:4] == ["probleem", "mijn-vragen.csv rij 2", "", "level"]
    assert "C2" in rows[0][4]
    assert any(r[1] == "mijn-vragen.csv rij 5" and r[3] == "question" for r in rows)
    qtbot.mouseClick(dialog.cancel_button, left())
    assert [b.id for b in store.banks.all()] == ["test.tiny"]

    tab.start_import(EXAMPLE_XLSX)
    qtbot.waitUntil(lambda: tab.preview_dialog is not dialog and tab.preview_dialog is not None)
    good = tab.preview_dialog
    assert good.install_button.isEnabled()
    assert "9 vragen" in good.summary.text()
    assert good.counts.rowCount() >= 1
    qtbot.mouseClick(good.install_button, left())
    qtbot.waitUntil(lambda: "Geïnstalleerd" in tab.status.text())
    qtbot.waitUntil(lambda: screen.busy() == 0 and tab.table.rowCount() == 2)
    assert any(b.id.startswith("imported.bieb-1-") for b in store.banks.all())  # first question


def test_speaking_review_scores_a_recording(
    qtbot: Any, window: tuple[Any, Any], tmp_path: Path
) -> None:
    from examtrainer.audio.fakes import FakePlayer

    ctx, main = window
    store = ctx.services.store
    item_id = install_speaking_pack(store, tmp_path / "speak")
    amina = store.learners.all()[0]
    add_recording(store, amina.id, item_id, ctx.paths.recordings / str(amina.id))
    players: list[FakePlayer] = []
    ctx.player_factory = lambda: players.append(FakePlayer()) or players[-1]  # type: ignore[attr-defined]
    screen = teacher_screen(qtbot, main, "review")
    tab = screen.review
    qtbot.waitUntil(lambda: tab.stored is not None)
    assert tab.list.count() == 1 and "Amina" in tab.list.item(0).text()
    assert "Vertel over uw werk" in tab.task.text()
    assert "Ik werk in een winkel" in tab.model.text()
    assert tab.play_recording.isEnabled() and tab.play_model.isEnabled()
    qtbot.mouseClick(tab.play_recording, left())
    assert players and players[0].loaded is not None
    for key, points in {
        "task": 2,
        "comprehensibility": 2,
        "vocabulary": 1,
        "grammar": 1,
        "fluency": 1,
    }.items():
        tab.scores[key].setValue(points)
    assert "7 van 10" in tab.total.text() and "voldoende" in tab.total.text()
    tab.comment.setPlainText("Duidelijk verteld. Let op de werkwoorden.")
    qtbot.mouseClick(tab.save_button, left())
    qtbot.waitUntil(lambda: "Opgeslagen" in tab.status.text())
    qtbot.waitUntil(lambda: screen.busy() == 0 and tab.list.count() == 0)
    recording = store.recordings.of_learner(amina.id)[0]
    assert recording.teacher_rating["total"] == 7
    assert recording.teacher_comment == "Duidelijk verteld. Let op de werkwoorden."
    speaking = ctx.services.progress(amina.id).skills["speaking"]
    assert speaking.correct == 1 and speaking.placed
    # The learner's progress in teacher mode shows the new speaking level.
    progress = screen.show_tab("progress")
    row = next(
        r for r in range(progress.table.rowCount()) if progress.table.item(r, 0).text() == "Amina"
    )
    assert progress.table.item(row, 4).text().startswith(speaking.level)


def test_pdf_report_and_csv_export(qtbot: Any, window: tuple[Any, Any], tmp_path: Path) -> None:
    ctx, main = window
    store = ctx.services.store
    amina = store.learners.all()[0]
    item = store.items.for_skill("reading")[0]
    session = store.sessions.start(amina.id, "practice", "reading", {})
    store.responses.record(session.id, amina.id, item.id, "x", True, 40.0)
    store.abilities.add(amina.id, "reading", 0.1, 0.5, "placement")
    exam = store.sessions.start(amina.id, "exam", "reading", {"blueprint": {"target": "A2"}})
    store.sessions.finish(exam.id)
    screen = teacher_screen(qtbot, main, "export")
    tab = screen.export
    assert not tab.pdf_button.isEnabled()
    tab.select("learner", amina.id)
    assert tab.pdf_button.isEnabled()
    pdf = tmp_path / "verslag.pdf"
    tab.export_pdf(pdf)
    qtbot.waitUntil(lambda: "Opgeslagen" in tab.status.text())
    assert pdf.read_bytes().startswith(b"%PDF")
    assert pdf.stat().st_size > 2000
    tab.select("all", None)
    csv_path = tmp_path / "alle.csv"
    tab.export_results(csv_path, "csv")
    qtbot.waitUntil(lambda: screen.busy() == 0 and csv_path.exists())
    assert csv_path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_about_shows_paths_and_hides_the_password(qtbot: Any, window: tuple[Any, Any]) -> None:
    ctx, main = window
    screen = teacher_screen(qtbot, main)
    ctx.settings = replace(ctx.settings, database_url="postgresql://docent:geheim@db/examtrainer")
    qtbot.mouseClick(screen.about_button, left())
    dialog = screen.about_dialog
    values = {key: value.text() for key, (_name, value) in dialog.labels.items()}
    assert values["site"] == str(ctx.paths.site_config_file)
    assert "geheim" not in values["database"] and "db/examtrainer" in values["database"]
    assert values["data"] == str(ctx.paths.data)
    assert values["config"] == str(ctx.paths.config)
    assert values["version"] == f"examtrainer {__version__}"
    licences = dialog.licences.toPlainText()
    assert f"Qt {qVersion()}: LGPL-3.0-only" in licences
    assert "FFmpeg" in licences and f"examtrainer {__version__}: GPL-3.0-or-later" in licences
    # Where the Qt libraries are that the LGPL lets a user replace, and the licence texts.
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath)
    assert qt_folder in dialog.lgpl.text() and str(LICENCE_TEXTS) in dialog.lgpl.text()
    dialog.reject()
