"""A learner completes a reading practice session through the real widgets."""

from __future__ import annotations

from examtrainer.bank.model import ItemType


def _answer_current(screen, qtbot, right: bool) -> None:  # type: ignore[no-untyped-def]
    item = screen.panel.item
    if item.type is ItemType.SHORT_ANSWER:
        screen.panel.typed.setText(item.right_answers[0] if right else "nee")
    else:
        index = screen.panel.shown.index(item.answer)
        if not right:
            index = (index + 1) % len(screen.panel.shown)
        screen.panel.buttons[index].click()
    qtbot.mouseClick(screen.check_button, qtbot_button())


def qtbot_button():  # type: ignore[no-untyped-def]
    from examtrainer.gui.qt import Qt

    return Qt.MouseButton.LeftButton


def test_reading_session_stores_every_answer(learner_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx, window = learner_window
    home = window.current
    qtbot.waitUntil(lambda: home.cards["reading"].start.isEnabled())
    qtbot.mouseClick(home.cards["reading"].start, qtbot_button())
    screen = window.current
    assert screen.objectName() == "screen_reading"
    qtbot.waitUntil(lambda: screen.run is not None and screen.panel.item is not None)
    assert screen.placement, "a learner without a level starts with the placement test"

    answered = []
    for number in range(30):
        if window.current is not screen or screen.run is None:
            break
        answered.append(screen.panel.item.id)
        _answer_current(screen, qtbot, right=number % 4 != 0)
    qtbot.waitUntil(lambda: window.current.objectName() == "screen_summary")
    summary = window.current
    assert summary.result.summary.answered == len(answered) >= 5
    assert "vragen goed" in summary.score.text()

    responses = ctx.services.store.responses.of_learner(ctx.learner.id)
    assert [r.item_key for r in responses] == answered
    assert ctx.services.progress(ctx.learner.id).skills["reading"].placed

    # Practice proper now: feedback after each answer, then the next question.
    qtbot.mouseClick(summary.again_button, qtbot_button())
    screen = window.current
    qtbot.waitUntil(lambda: screen.run is not None and screen.panel.item is not None)
    assert not screen.placement
    _answer_current(screen, qtbot, right=True)
    assert screen.feedback.isVisible()
    assert screen.feedback_title.text().startswith("Goed zo")
    assert screen.next_button.isVisible()
    qtbot.mouseClick(screen.next_button, qtbot_button())
    _answer_current(screen, qtbot, right=False)
    assert screen.feedback_title.text().startswith("Bijna")
    qtbot.mouseClick(screen.stop_button, qtbot_button())
    qtbot.waitUntil(lambda: window.current.objectName() == "screen_summary")
    all_responses = ctx.services.store.responses.of_learner(ctx.learner.id)
    assert len(all_responses) == len(answered) + 2
    assert [r.correct for r in all_responses[-2:]] == [True, False]


def test_choosing_nothing_asks_kindly(learner_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx, window = learner_window
    window.show_screen("reading", skill="reading", placement=False)
    screen = window.current
    qtbot.waitUntil(lambda: screen.panel.item is not None)
    qtbot.mouseClick(screen.check_button, qtbot_button())
    assert screen.feedback_title.text() == "Kies eerst een antwoord."
    assert ctx.services.store.responses.of_learner(ctx.learner.id) == []


def test_a_full_disk_is_said_plainly_and_the_question_stays_open(  # type: ignore[no-untyped-def]
    learner_window, qtbot, monkeypatch
) -> None:
    from examtrainer.errors import StorageError

    ctx, window = learner_window
    window.show_screen("reading", skill="reading", placement=False)
    screen = window.current
    qtbot.waitUntil(lambda: screen.panel.item is not None)
    store = ctx.services.store
    real_record = store.responses.record

    def disk_full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise StorageError("De schijf is vol. Uw laatste antwoord is niet bewaard.")

    monkeypatch.setattr(store.responses, "record", disk_full)
    item = screen.panel.item
    screen.panel.button_for(item.answer).click()
    qtbot.mouseClick(screen.check_button, qtbot_button())

    box = window.findChild(object, "error_box")
    qtbot.waitUntil(lambda: box is not None and box.isVisible())
    assert "schijf is vol" in box.text()
    assert screen.check_button.isVisible() and not screen.next_button.isVisible()
    assert store.responses.of_learner(ctx.learner.id) == []

    # Room again: the same answer is stored on the next try.
    box.close()
    monkeypatch.setattr(store.responses, "record", real_record)
    qtbot.mouseClick(screen.check_button, qtbot_button())
    assert screen.feedback_title.text().startswith("Goed zo")
    assert [r.item_key for r in store.responses.of_learner(ctx.learner.id)] == [item.id]


def test_a_placement_stopped_after_one_answer_gives_no_level(learner_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Before: "Uw niveau is nu A2" after one answer of the placement test."""
    ctx, window = learner_window
    home = window.current
    qtbot.waitUntil(lambda: home.cards["reading"].start.isEnabled())
    qtbot.mouseClick(home.cards["reading"].start, qtbot_button())
    screen = window.current
    qtbot.waitUntil(lambda: screen.run is not None and screen.panel.item is not None)
    assert screen.placement
    _answer_current(screen, qtbot, right=True)
    qtbot.mouseClick(screen.stop_button, qtbot_button())
    qtbot.waitUntil(lambda: window.current.objectName() == "screen_summary")
    summary = window.current
    text = summary.level.text()
    assert "Uw niveau is nu" not in text
    assert text.startswith("U heeft 1 vraag gemaakt. Voor een niveau zijn er minstens 5 nodig.")
    assert "Tot nu toe lijkt uw niveau" in text
    assert summary.again_button.text() == "De korte test opnieuw maken"
    assert not ctx.services.progress(ctx.learner.id).skills["reading"].placed
    qtbot.mouseClick(summary.again_button, qtbot_button())
    again = window.current
    qtbot.waitUntil(lambda: again.run is not None)
    assert again.placement, "the placement test starts again"


def test_the_reading_text_keeps_its_width_from_question_to_question(  # type: ignore[no-untyped-def]
    learner_window, qtbot
) -> None:
    """The text column does not change width with the question beside it (short or long
    options), so its lines do not re-flow and the reader keeps their place."""
    _ctx, window = learner_window
    window.resize(900, 620)
    window.show_screen("reading", skill="reading", placement=False)
    screen = window.current
    qtbot.waitUntil(lambda: screen.run is not None and screen.panel.item is not None)
    widths = set()
    for _ in range(25):
        qtbot.wait(20)
        if screen.text.isVisible():
            widths.add(screen.text.width())
        _answer_current(screen, qtbot, right=True)
        if window.current is not screen or not screen.next_button.isVisible():
            break
        qtbot.mouseClick(screen.next_button, qtbot_button())
    assert len(widths) == 1, widths
    assert next(iter(widths)) > screen.width() // 2


def test_the_placement_test_says_the_answer_was_kept(learner_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    _ctx, window = learner_window
    window.show_screen("reading", skill="reading", placement=True)
    screen = window.current
    qtbot.waitUntil(lambda: screen.run is not None and screen.panel.item is not None)
    first = screen.panel.item.id
    _answer_current(screen, qtbot, right=True)
    assert screen.panel.item.id != first
    assert screen.feedback.isVisible()
    assert screen.feedback_title.text() == "Uw antwoord is bewaard. Hier is de volgende vraag."
    assert screen.feedback.property("feedback") == "note"
