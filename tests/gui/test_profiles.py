"""Several learners share a PC: a profile with a code opens only with that code (or the
teacher PIN); a profile without one opens at once."""

from __future__ import annotations

from examtrainer.gui.qt import Qt


def test_a_protected_profile_asks_its_code(app_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx, window = app_window
    services = ctx.services
    open_one = services.create_learner("Bilal", "nl")
    protected = services.create_learner("Amina", "nl")
    services.set_learner_pin(protected.id, "2468")
    window.show_screen("profiles")
    screen = window.current
    names = [screen.list.item(i).text() for i in range(screen.list.count())]
    assert names == ["Amina", "Bilal"]

    screen.list.setCurrentRow(0)
    qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    dialog = screen.pin_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.pin.setText("1111")
    dialog.try_pin()
    qtbot.waitUntil(lambda: "klopt niet" in dialog.message.text())
    assert dialog.message.text() == "Deze code klopt niet. Probeer het opnieuw."
    assert window.current is screen and ctx.learner is None

    dialog.pin.setText("2468")
    dialog.try_pin()
    qtbot.waitUntil(lambda: window.current.objectName() == "screen_home")
    assert ctx.learner.id == protected.id

    window.show_screen("profiles")
    screen = window.current
    screen.list.setCurrentRow(1)
    qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current.objectName() == "screen_home")
    assert ctx.learner.id == open_one.id


def test_onboarding_can_protect_the_new_profile(app_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    ctx, window = app_window
    window.show_screen("onboarding")
    screen = window.current
    screen.steps.setCurrentIndex(1)
    screen.name_edit.setText("Amina")
    screen.pin_edit.setText("12")
    screen.finish()
    assert screen.message.text() == "De code moet minstens 4 tekens hebben."
    assert ctx.services.learners() == []

    screen.pin_edit.setText("2468")
    screen.finish()
    qtbot.waitUntil(lambda: window.current.objectName() == "screen_home")
    (learner,) = ctx.services.learners()
    assert learner.has_pin and ctx.services.may_open_profile(learner.id, "2468")


def test_a_school_can_require_a_code_for_every_profile(app_window, qtbot) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    ctx, window = app_window
    ctx.settings = replace(ctx.settings, require_learner_pin=True)
    window.show_screen("onboarding")
    screen = window.current
    screen.steps.setCurrentIndex(1)
    screen.name_edit.setText("Amina")
    screen.finish()
    assert screen.message.text() == "Kies een geheime code van minstens 4 tekens."
    assert ctx.services.learners() == []
    assert "minstens 4 tekens" in screen.pin_label.text()
