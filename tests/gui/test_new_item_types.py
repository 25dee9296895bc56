"""Issue 14: the item types imported from Moodle and QTI work in practice mode: several
right options, matching (koppelen) with a distractor, ordering, and gap fill (a choice per
gap). Answered with the keyboard alone, through the real reading screen and database."""

from __future__ import annotations

from pathlib import Path

from examtrainer.bank.importers import import_file
from examtrainer.bank.model import ItemType
from examtrainer.gui.qt import QApplication, Qt

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"


def _install_only(ctx, tmp_path: Path, *sources: Path) -> None:  # type: ignore[no-untyped-def]
    """Retire every bundled item, then install the imported files: only they are asked."""
    from examtrainer.services.importing import import_bank

    store = ctx.services.store
    for bank in store.banks.all():
        store.banks.retire_all(bank.id)
    for source in sources:
        assert import_file(source, tmp_path / source.stem).ok
        import_bank(store, ctx.services.paths, source)


def _keys(qtbot, widget, *keys) -> None:  # type: ignore[no-untyped-def]
    for key in keys:
        if isinstance(key, tuple):
            qtbot.keyClick(widget, key[0], key[1])
        else:
            qtbot.keyClick(widget, key)
    QApplication.processEvents()


def test_matching_ordering_and_several_answers_by_keyboard(  # type: ignore[no-untyped-def]
    learner_window, qtbot, tmp_path: Path
) -> None:
    ctx, window = learner_window
    gift = tmp_path / "kies.gift"
    gift.write_text(
        "$CATEGORY: tests/meer\n\n::Meer:: Wat is fruit? {~%50%appel ~%50%peer ~%-100%kaas}\n",
        encoding="utf-8",
    )
    _install_only(
        ctx, tmp_path, FIXTURES / "qti3" / "match.xml", FIXTURES / "qti3" / "order.xml", gift
    )
    window.show_screen("reading", skill="reading", placement=False)
    screen = window.current
    seen: dict[ItemType, bool] = {}
    for _ in range(3):
        qtbot.waitUntil(lambda: screen.panel.item is not None and screen.check_button.isVisible())
        item = screen.panel.item
        special = screen.panel.special
        assert special is not None, item.type
        if item.type is ItemType.MATCHING:
            for row, (_left, right) in enumerate(item.pairs):
                combo = special.combos[row]
                combo.setFocus()
                # the keyboard: Down moves through the list until the right partner is chosen
                for _ in range(len(special.choices) + 1):
                    if combo.currentText() == right:
                        break
                    _keys(qtbot, combo, Qt.Key.Key_Down)
            assert "schoenen" in special.choices  # the distractor is offered too
        elif item.type is ItemType.ORDERING:
            special.list.setFocus()
            right = list(item.answer)
            for target, text in enumerate(right):
                row = special.order().index(text)
                special.list.setCurrentRow(row)
                while special.order().index(text) > target:
                    _keys(qtbot, special.list, (Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier))
            assert special.order() == right
        else:
            assert item.type is ItemType.MULTIPLE_RESPONSE
            for box, option in zip(special.boxes, item.options, strict=True):
                if option in item.answer:
                    box.setFocus()
                    _keys(qtbot, box, Qt.Key.Key_Space)
        seen[item.type] = True
        screen.check_button.setFocus()
        _keys(qtbot, screen.check_button, Qt.Key.Key_Space)
        assert screen.feedback_title.text().startswith("Goed zo"), item.id
        _keys(qtbot, screen.next_button, Qt.Key.Key_Space)
    assert set(seen) == {ItemType.MATCHING, ItemType.ORDERING, ItemType.MULTIPLE_RESPONSE}
    answers = ctx.services.store.responses.of_learner(ctx.learner.id)
    assert [r.correct for r in answers] == [True, True, True]


def test_a_wrong_order_gets_kind_feedback_with_the_right_one(  # type: ignore[no-untyped-def]
    learner_window, qtbot, tmp_path: Path
) -> None:
    ctx, window = learner_window
    _install_only(ctx, tmp_path, FIXTURES / "qti3" / "order.xml")
    window.show_screen("reading", skill="reading", placement=False)
    screen = window.current
    qtbot.waitUntil(lambda: screen.panel.item is not None)
    assert screen.panel.special.order() != list(screen.panel.item.answer)
    screen.check_button.click()
    assert screen.feedback_title.text().startswith("Bijna")
    assert "Ik sta op. → Ik eet mijn ontbijt. → Ik ga naar mijn werk." in (
        screen.feedback_title.text()
    )
    assert not screen.panel.special.list.isEnabled()  # locked after checking


def test_gap_fill_shows_the_text_with_numbered_gaps(  # type: ignore[no-untyped-def]
    learner_window, qtbot, tmp_path: Path
) -> None:
    ctx, window = learner_window
    _install_only(ctx, tmp_path, FIXTURES / "qti3" / "gap_match.xml")
    window.show_screen("reading", skill="reading", placement=False)
    screen = window.current
    qtbot.waitUntil(lambda: screen.panel.item is not None)
    assert "(1) _____" in screen.text.toPlainText() and "(2) _____" in screen.text.toPlainText()
    assert screen.panel.question.text().startswith("(1)")
    assert screen.panel.special is None and len(screen.panel.buttons) == 3  # one choice per gap


def test_partial_credit_as_the_source_gives_it(  # type: ignore[no-untyped-def]
    learner_window, qtbot, tmp_path: Path
) -> None:
    """GIFT ~%50% beside the right answer: that answer earns half the points, said kindly."""
    ctx, window = learner_window
    gift = tmp_path / "bus.gift"
    gift.write_text(
        "$CATEGORY: tests/deels\n\n"
        "::Bus:: Wanneer gaat de bus? {=om 8 uur ~%50%om 9 uur ~om 10 uur}\n",
        encoding="utf-8",
    )
    _install_only(ctx, tmp_path, gift)
    window.show_screen("reading", skill="reading", placement=False)
    screen = window.current
    qtbot.waitUntil(lambda: screen.panel.item is not None and screen.check_button.isVisible())
    assert screen.panel.item.credit == {"om 9 uur": 0.5}
    half = next(b for b in screen.panel.buttons if b.text().endswith("om 9 uur"))
    half.setFocus()
    _keys(qtbot, half, Qt.Key.Key_Space)
    screen.check_button.setFocus()
    _keys(qtbot, screen.check_button, Qt.Key.Key_Space)
    assert screen.feedback_title.text() == (
        "Voor een deel goed: u krijgt 50% van de punten. Het beste antwoord is: om 8 uur"
    )
    answers = ctx.services.store.responses.of_learner(ctx.learner.id)
    assert [r.correct for r in answers] == [False]  # the ability counts full credit only
