"""Home says when a learner can use it: not before the learner's figures arrived and the start
buttons are enabled. `--smoke` and the start-up benchmark wait for exactly that moment."""

from __future__ import annotations

from typing import Any


def test_home_is_usable_only_once_its_data_is_there(app_window: Any, qtbot: Any) -> None:
    ctx, window = app_window
    ctx.learner = ctx.services.create_learner("Test", language="nl")
    home = window.show_screen("home")
    # The figures are read in the background; their result needs the event loop to arrive.
    assert not home.is_usable()
    assert not home.cards["reading"].start.isEnabled()
    with qtbot.waitSignal(home.usable, timeout=10_000):
        pass
    assert home.is_usable() and home.progress is not None
    assert home.cards["reading"].start.isEnabled()


def test_screens_without_background_data_are_usable_at_once(app_window: Any) -> None:
    _ctx, window = app_window
    assert window.show_screen("onboarding").is_usable()
