"""What the home screen says about the chance of passing: a range or plain words with the
uncertainty, never "100 %", and nothing until there is enough evidence (issue 11, point 1)."""

from __future__ import annotations

from typing import Any

from examtrainer.adaptive import MIN_ANSWERS


def _answer(store: Any, learner_id: int, skill: str, right: int, wrong: int) -> None:
    items = store.items.for_skill(skill)
    session = store.sessions.start(learner_id, "practice", skill, {})
    for n in range(right + wrong):
        store.responses.record(session.id, learner_id, items[n].id, "x", n < right)


def _home(window: Any, qtbot: Any) -> Any:
    window.show_screen("home")
    home = window.current
    qtbot.waitUntil(lambda: home.progress is not None)
    return home


def test_after_seven_answers_the_app_says_it_does_not_know_yet(learner_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Before: 'Klaar: 97% … waarschijnlijk klaar' after 7 listening answers, 4 right."""
    ctx, window = learner_window
    store = ctx.services.store
    _answer(store, ctx.learner.id, "listening", right=4, wrong=3)
    store.abilities.add(ctx.learner.id, "listening", 1.9, 0.55, "placement")
    card = _home(window, qtbot).cards["listening"]
    assert card.readiness_text.text() == (
        f"Nog te weinig gegevens: maak nog {MIN_ANSWERS - 7} vragen."
    )
    assert card.readiness_bar.format() == "" and card.readiness_bar.value() == 0


def test_a_high_chance_is_a_range_never_100_percent(learner_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx, window = learner_window
    store = ctx.services.store
    _answer(store, ctx.learner.id, "reading", right=MIN_ANSWERS + 5, wrong=0)
    store.abilities.add(ctx.learner.id, "reading", 4.5, 0.2, "practice")
    card = _home(window, qtbot).cards["reading"]
    assert card.readiness_bar.format() == "Kans: meer dan 90 %"
    assert card.readiness_bar.value() < card.readiness_bar.maximum()
    assert card.readiness_text.text().startswith("Kans om te slagen: meer dan 90 %.")
    assert "100" not in card.readiness_text.text()
