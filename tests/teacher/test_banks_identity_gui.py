"""Issue 14 in teacher mode: the preview asks before replacing a bank, says what changes and
what it means for answers given; a bank can be removed; bundled banks only 'keep both';
the preview speaks Dutch; the playback buttons wait for a selection."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from . import test_teacher_gui as base
from .test_teacher_gui import left, teacher_screen

window = base.window  # the same window fixture

GIFT = "$CATEGORY: $course$/Wonen\n\n::Huur:: Wanneer betaalt u? {=op de 1e ~op de 20e}\n"


def _preview(qtbot: Any, tab: Any, source: Path, before: Any = None) -> Any:
    tab.start_import(source)
    qtbot.waitUntil(lambda: tab.preview_dialog is not None and tab.preview_dialog is not before)
    qtbot.waitUntil(lambda: tab.preview_dialog.isVisible())
    return tab.preview_dialog


def test_the_same_bank_again_asks_replace_keep_both_or_cancel(
    qtbot: Any,
    window: tuple[Any, Any],
    tmp_path: Path,
) -> None:
    ctx, main = window
    store = ctx.services.store
    screen = teacher_screen(qtbot, main, "banks")
    tab = screen.banks
    source = tmp_path / "toets.gift"
    source.write_text(GIFT, encoding="utf-8")
    first = _preview(qtbot, tab, source)
    assert "imported.Wonen-" in first.identity.text() and "categorie" in first.identity.text()
    assert not first.keep_both_button.isVisible() and first.install_button.text() == "Installeren"
    qtbot.mouseClick(first.install_button, left())
    qtbot.waitUntil(lambda: screen.busy() == 0 and tab.table.rowCount() == 2)

    source.write_text(GIFT + "\n::Buren:: Wie woont naast u? {=de buren ~de bakker}\n")
    again = _preview(qtbot, tab, source, first)
    assert again.install_button.text() == "Vervangen" and again.keep_both_button.isVisible()
    assert (
        "1 nieuwe vraag," in again.existing.text() and "1 blijft hetzelfde" in again.existing.text()
    )
    qtbot.mouseClick(again.keep_both_button, left())
    qtbot.waitUntil(lambda: screen.busy() == 0 and tab.table.rowCount() == 3)
    ids = sorted(b.id for b in store.banks.all())
    assert ids[1].endswith("-2") or ids[2].endswith("-2")


def test_a_pack_with_a_bundled_id_can_only_be_kept_beside_it(
    qtbot: Any,
    window: tuple[Any, Any],
    tmp_path: Path,
) -> None:
    from examtrainer.bank.loader import load_pack

    from .conftest import TINY

    ctx, main = window
    store = ctx.services.store
    store.banks.remove("test.tiny")
    store.banks.install(load_pack(TINY), str(TINY), bundled=True)
    screen = teacher_screen(qtbot, main, "banks")
    tab = screen.banks
    dialog = _preview(qtbot, tab, TINY)
    assert not dialog.install_button.isVisible() and dialog.keep_both_button.isVisible()
    assert "meegeleverde itembank" in dialog.existing.text()
    qtbot.mouseClick(dialog.cancel_button, left())
    assert store.banks.get("test.tiny").item_count == 5


def test_remove_a_bank_says_what_happens_to_the_answers(
    qtbot: Any,
    window: tuple[Any, Any],
    tmp_path: Path,
) -> None:
    ctx, main = window
    store = ctx.services.store
    screen = teacher_screen(qtbot, main, "banks")
    tab = screen.banks
    assert not tab.remove_button.isEnabled()  # nothing selected yet
    amina = store.learners.all()[0]
    session = store.sessions.start(amina.id, "practice", "reading", {})
    first = store.items.for_skill("reading")[0]
    store.responses.record(session.id, amina.id, first.id, {"value": "x"}, False)
    tab.table.selectRow(0)
    assert tab.remove_button.isEnabled()
    tab.table.clearSelection()  # Ctrl+click: the current row stays, nothing is selected
    assert not tab.remove_button.isEnabled() and not tab.export_button.isEnabled()
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.remove_button, left())
    qtbot.waitUntil(lambda: tab.remove_box is not None and tab.remove_box.isVisible())
    assert "1 antwoord op" in tab.remove_box.text() and "blijft bewaard" in tab.remove_box.text()
    yes = next(b for b in tab.remove_box.buttons() if b.text() == "Verwijderen")
    qtbot.mouseClick(yes, left())
    qtbot.waitUntil(lambda: screen.busy() == 0 and tab.table.rowCount() == 0)
    assert store.banks.get("test.tiny").item_count == 0  # retired, not deleted
    assert len(store.responses.of_learner(amina.id)) == 1


def test_the_preview_lists_left_out_questions_in_dutch(
    qtbot: Any,
    window: tuple[Any, Any],
    tmp_path: Path,
) -> None:
    _ctx, main = window
    screen = teacher_screen(qtbot, main, "banks")
    tab = screen.banks
    source = tmp_path / "gemengd.gift"
    source.write_text(GIFT + "\n::Som:: Twee plus twee? {#4}\n", encoding="utf-8")
    dialog = _preview(qtbot, tab, source)
    table = dialog.problems
    rows = [[table.item(r, c).text() for c in range(5)] for r in range(table.rowCount())]
    assert rows == [["niet ingelezen", "gemengd.gift", "Som", "answer", rows[0][4]]]
    assert rows[0][4] == "rekenvragen ({#...}) kent examtrainer niet"
    assert "zonder niveau kregen A2" in dialog.notes.text()
    qtbot.mouseClick(dialog.cancel_button, left())


def test_review_playback_waits_for_a_selection(
    qtbot: Any,
    window: tuple[Any, Any],
) -> None:
    _ctx, main = window
    screen = teacher_screen(qtbot, main, "review")
    tab = screen.review
    assert tab.list.count() == 0
    assert not tab.play_recording.isEnabled() and not tab.play_model.isEnabled()


def test_the_preview_speaks_the_teachers_language(
    qtbot: Any,
    window: tuple[Any, Any],
    tmp_path: Path,
) -> None:
    """Importer messages, places, skill, type and format names go through Qt's translation:
    in English (and Arabic) they are no longer Dutch, and never show a staging folder."""
    ctx, main = window
    screen = teacher_screen(qtbot, main, "banks")
    tab = screen.banks
    source = tmp_path / "gemengd.gift"
    source.write_text(GIFT + "\n::Som:: Twee plus twee? {#4}\n", encoding="utf-8")
    try:
        assert ctx.languages.switch("en")
        dialog = _preview(qtbot, tab, source)
        table = dialog.problems
        row = [table.item(0, c).text() for c in range(5)]
        assert row == [
            "not imported",
            "gemengd.gift",
            "Som",
            "answer",
            "numerical questions ({#...}) have no examtrainer type",
        ]
        counts = [dialog.counts.item(0, c).text() for c in range(4)]
        assert counts == ["Reading", "A2", "1", "multiple choice 1"]
        assert "(type: GIFT)" in dialog.heading.text()
        assert "without a level got A2" in dialog.notes.text()
        from examtrainer.bank.importers import detect_format
        from examtrainer.errors import UnknownFormat
        from examtrainer.gui.dialogs.import_preview import localised_error

        pdf = tmp_path / "brief.pdf"
        pdf.write_bytes(b"%PDF")
        try:
            detect_format(pdf)
        except UnknownFormat as error:
            shown = str(localised_error(error))
        assert shown.startswith("brief.pdf: examtrainer does not know the file type '.pdf'")
        qtbot.mouseClick(dialog.cancel_button, left())
        assert ctx.languages.switch("ar")
        arabic = _preview(qtbot, tab, source, dialog)
        message = arabic.problems.item(0, 4).text()
        assert "examtrainer" in message and "rekenvragen" not in message
        assert arabic.counts.item(0, 0).text() == "قراءة"
        cells = [
            arabic.problems.item(r, c).text()
            for r in range(arabic.problems.rowCount())
            for c in range(5)
        ]
        assert not any("examtrainer-import-" in cell for cell in cells)
        qtbot.mouseClick(arabic.cancel_button, left())
    finally:
        ctx.languages.switch("nl")


def test_review_playback_is_disabled_when_the_selection_is_cleared(
    qtbot: Any,
    window: tuple[Any, Any],
    tmp_path: Path,
) -> None:
    from .speaking import add_recording, install_speaking_pack

    ctx, main = window
    store = ctx.services.store
    item_id = install_speaking_pack(store, tmp_path / "speak")
    amina = store.learners.all()[0]
    add_recording(store, amina.id, item_id, ctx.paths.recordings / str(amina.id))
    screen = teacher_screen(qtbot, main, "review")
    tab = screen.review
    qtbot.waitUntil(lambda: tab.stored is not None)
    assert tab.play_recording.isEnabled() and tab.play_model.isEnabled()
    tab.list.clearSelection()  # what Ctrl+click on the chosen recording does
    assert tab.list.currentRow() == 0 and not tab.list.selectedItems()
    assert not tab.play_recording.isEnabled() and not tab.play_model.isEnabled()
    assert not tab.save_button.isEnabled()
    tab.list.item(0).setSelected(True)
    qtbot.waitUntil(lambda: tab.stored is not None and tab.play_model.isEnabled())
    assert tab.play_recording.isEnabled()
