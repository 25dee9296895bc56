"""Opening and resuming an exam: hide the main window, show the exam window full screen, and
bring the main window back afterwards (with the result, or home when the learner stopped);
the offer to go on with an exam that was interrupted; and, when that exam is still open in
another window (another app on this PC, or another PC of the school), the offer to take it
over (the other window then stops)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from examtrainer.gui.context import AppContext
from examtrainer.gui.exam_texts import left_text, skill_name
from examtrainer.gui.qt import QCoreApplication, QMessageBox
from examtrainer.gui.screens.exam_window import ExamWindow

translate = QCoreApplication.translate


def open_exam(
    main: Any, ctx: AppContext, run: Any, noise: bool = False, timed_set: bool = False
) -> ExamWindow:
    """Hide the main window and show ``run`` full screen; afterwards the main window comes
    back with the result (or the home screen when the learner stopped)."""
    window = ExamWindow(ctx, run, noise=noise, timed_set=timed_set, parent=main)

    def closed(outcome: str) -> None:
        main.show()
        if outcome == "result":
            main.show_screen("exam_result", run=run, timed_set=timed_set)
        else:
            main.show_screen("home")
        window.deleteLater()

    window.closed.connect(closed)
    main.hide()
    screen = main.screen()
    if screen is not None:  # without a window manager (kiosk, Xvfb) full screen is a size
        window.setGeometry(screen.geometry())
    window.showFullScreen()
    window.activateWindow()
    return window


def offer_resume(ctx: AppContext, main: Any) -> QMessageBox | None:
    """If the learner has an exam that was not finished, ask whether to go on with it.

    "Verder gaan" continues at the same question with the time that was left; "Stoppen"
    closes it as abandoned. Returns the (non-modal) question, or None when there is none."""
    from examtrainer.services.exam import end_exam, resumable_exams
    from examtrainer.services.ladder import is_timed_set

    learner = ctx.learner
    if learner is None or ctx.services is None:
        return None
    store = ctx.services.store
    waiting = resumable_exams(store, learner.id)
    if not waiting:
        return None
    exam = waiting[-1]
    text = translate(
        "exam", "U was bezig met een examen ({skill} {level}, {left}). Wilt u verder gaan?"
    ).format(
        skill=skill_name(exam.skill), level=exam.target, left=left_text(exam.time_left_seconds)
    )
    box = QMessageBox(
        QMessageBox.Icon.Question, translate("exam", "Verder met het examen?"), text, parent=main
    )
    box.setObjectName("resume_box")
    go_on = box.addButton(translate("exam", "Verder gaan"), QMessageBox.ButtonRole.AcceptRole)
    go_on.setObjectName("resume_box_yes")
    stop = box.addButton(translate("exam", "Stoppen"), QMessageBox.ButtonRole.RejectRole)
    stop.setObjectName("resume_box_no")
    box.setDefaultButton(go_on)
    box.setEscapeButton(stop)

    def go_home() -> None:
        refresh = getattr(main, "show_screen", None)
        if callable(refresh):
            refresh("home")

    def go_on_with(run: Any) -> None:
        run.note("resumed")
        timed = is_timed_set(store.sessions.get(exam.session_id).state)
        open_exam(main, ctx, run, timed_set=timed)

    def abandon(run: Any) -> None:
        end_exam(run, "abandoned")
        go_home()

    def answered(_result: int) -> None:
        box.deleteLater()
        then = go_on_with if box.clickedButton() is go_on else abandon
        take_exam(ctx, main, exam.session_id, then, go_home)

    box.finished.connect(answered)
    box.open()
    return box


def take_exam(
    ctx: AppContext,
    main: Any,
    session_id: int,
    then: Callable[[Any], None],
    otherwise: Callable[[], None],
) -> QMessageBox | None:
    """Resume exam ``session_id`` and call ``then(run)``. When another window still has
    it open, first ask whether to go on here (that window stops) or not now
    (``otherwise()``). Returns the question, or None when none was needed."""
    from examtrainer.errors import ExamOpenElsewhere
    from examtrainer.services.exam import resume_exam

    store = ctx.need_services().store
    try:
        run = resume_exam(store, session_id, ctx.clock)
    except ExamOpenElsewhere:
        pass
    else:
        then(run)
        return None
    box = QMessageBox(
        QMessageBox.Icon.Question,
        translate("exam", "Examen al open"),
        translate("exam", "Dit examen is al open in een ander venster.")
        + "\n\n"
        + translate("exam", "Wilt u hier verder gaan? Het andere venster stopt dan."),
        parent=main,
    )
    box.setObjectName("take_over_box")
    here = box.addButton(translate("exam", "Hier verder gaan"), QMessageBox.ButtonRole.AcceptRole)
    here.setObjectName("take_over_box_yes")
    later = box.addButton(translate("exam", "Niet nu"), QMessageBox.ButtonRole.RejectRole)
    later.setObjectName("take_over_box_no")
    box.setDefaultButton(later)
    box.setEscapeButton(later)

    def answered(_result: int) -> None:
        box.deleteLater()
        if box.clickedButton() is here:
            then(resume_exam(store, session_id, ctx.clock, take_over=True))
        else:
            otherwise()

    box.finished.connect(answered)
    box.open()
    return box
