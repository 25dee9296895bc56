"""No text is cut off or drawn over something else, at the window's default size (900×620)
and at 1366×768, in Dutch and in a pseudo-language whose every text is about 40% longer.

The screens walked: first start (both steps), home with a learner who has practised (the
level chart and "31 vragen gemaakt"), reading practice, the summary, the start of an exam,
and the teacher's "Over deze installatie"."""

from __future__ import annotations

import contextlib
import re
from typing import Any

import pytest
from clipping import clipped_texts
from pytestqt.exceptions import TimeoutError as QtTimeoutError

SIZES = [(900, 620), (1366, 768)]
LANGUAGES = ["nl", "pseudo", "ar", "en"]  # the shipped ones (tools/translations.py)


def _practise(ctx: Any, answers: int = 31) -> None:
    """Some history for the home screen: placement answers, partly right."""
    services, learner = ctx.services, ctx.learner
    run = services.start_practice(learner.id, "reading", placement=True)
    question = run.session.start()
    for number in range(answers):
        if question is None:
            break
        item = question.item
        right = number % 3 != 0
        value = (
            item.answer
            if right or not item.options
            else next((o for o in item.options if o != item.answer), item.answer)
        )
        if item.type.value == "short_answer":
            value = item.right_answers[0] if right else "nee"
        run.session.answer(value)
        question = run.session.next()
    run.finish()


KNOWN_OPTION_DEFECT = re.compile(r"^reading(, feedback)?: option_\d+ .*needs 72px height, has 54$")
"""Known and open (issue 13): a long answer option that wraps onto 4 lines in the reading
answer column sometimes gets the height of 3 (Qt's height-for-width in the scroll area, seen
with the new, longer options in about 1 run in 4). Reported as an xfail with the text, so it
is visible in every run, while every other clipped text still fails the test."""


def _check(window: Any, qtbot: Any, what: str, root: Any = None) -> list[str]:
    """The clipped texts once the layouts have settled: a re-layout (height for width, a
    removed question's widgets) can take a few rounds of events, more on a busy machine, so
    wait up to a second for a clean result; what is still clipped then is reported."""
    widget = root or window
    with contextlib.suppress(QtTimeoutError):  # still clipped: reported below
        qtbot.waitUntil(lambda: not clipped_texts(widget), timeout=1000)
    return [f"{what}: {line}" for line in clipped_texts(widget)]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_no_text_is_cut_off(app_window, qtbot, size, language: str) -> None:  # type: ignore[no-untyped-def]
    ctx, window = app_window
    window.resize(*size)
    ctx.languages.switch(language)
    problems: list[str] = []

    window.show_screen("onboarding")
    onboarding = window.current
    problems += _check(window, qtbot, "first start, language")
    onboarding.steps.setCurrentIndex(1)
    problems += _check(window, qtbot, "first start, about you")

    ctx.learner = ctx.services.create_learner("Fatima", language=language, goal="werk vinden")
    _practise(ctx)
    window.show_screen("home")
    home = window.current
    qtbot.waitUntil(lambda: home.progress is not None)
    problems += _check(window, qtbot, "home")

    window.show_screen("reading", skill="reading", placement=False)
    reading = window.current
    qtbot.waitUntil(lambda: reading.run is not None and reading.panel.item is not None)
    problems += _check(window, qtbot, "reading")
    reading.panel.buttons[0].click() if reading.panel.buttons else reading.panel.typed.setText("x")
    reading.check_button.click()
    problems += _check(window, qtbot, "reading, feedback")
    reading.stop_button.click()
    qtbot.waitUntil(lambda: window.current.objectName() == "screen_summary")
    problems += _check(window, qtbot, "summary")

    window.show_screen("exam_start", skill="reading")
    problems += _check(window, qtbot, "exam start")

    from examtrainer.gui.dialogs.about import SchoolSetupDialog

    dialog = SchoolSetupDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    problems += _check(dialog, qtbot, "Over deze installatie", dialog)
    dialog.close()
    known = [p for p in problems if KNOWN_OPTION_DEFECT.search(p)]
    others = [p for p in problems if p not in known]
    assert not others, "\n".join(others)
    if known:  # still reported, never passed as clean
        pytest.xfail(f"known defect (issue 13, open): {known[0]}")
