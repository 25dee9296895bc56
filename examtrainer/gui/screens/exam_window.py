"""The exam window: a full-screen rehearsal of the real computer exam, with nothing else of ours
on screen. Instructions first, the sound check (listening, speaking), two practice questions,
then the questions with their numbers along the bottom. No hints and no feedback until the
end. Leaving asks first; losing focus is noted in the session's log.

The window only draws what the Qt-free :class:`~examtrainer.exam.session.ExamSession` says;
every answer, move and play goes through it (and so into the database at once, see
``services/exam.py``). Opening and resuming an exam: ``screens/exam_open.py``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from examtrainer.errors import DiskFull, ExamTakenOver, ExamtrainerError
from examtrainer.exam.countdown import PlayAllowance
from examtrainer.exam.session import is_recording
from examtrainer.gui.context import AppContext
from examtrainer.gui.exam_texts import exam_title, plan_html, plan_lines
from examtrainer.gui.qt import (
    QApplication,
    QCloseEvent,
    QEvent,
    QFrame,
    QGuiApplication,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from examtrainer.gui.screens.base import card, enter_presses, primary_button, title_label, usable
from examtrainer.gui.screens.soundcheck import SoundCheckScreen
from examtrainer.gui.widgets.audio import SharedPlayer, clock_text
from examtrainer.gui.widgets.exam_question import EXAM_STYLE, OverviewBar, QuestionArea
from examtrainer.gui.widgets.room_noise import RoomNoise

log = logging.getLogger(__name__)

TICK_MS = 1000  # the exam clock is checked once a second


# -- the sound check, embedded -------------------------------------------------------------
class ExamSoundCheck(SoundCheckScreen):
    """The sound check of the practice screens, inside the exam: no way back, only on."""

    done = Signal()

    def go_on(self) -> None:
        self.ctx.sound_checked = True
        self.done.emit()

    def retranslate(self) -> None:
        super().retranslate()
        self.intro.setText(
            self.tr(
                "Test eerst uw koptelefoon en uw microfoon, net als bij het echte examen. "
                "Het examen is nog niet begonnen."
            )
        )
        self.back_button.hide()
        self.continue_button.setText(self.tr("Verder"))


# -- the window ----------------------------------------------------------------------------
class ExamWindow(QWidget):
    """One exam in progress, full screen. ``closed(outcome)``: "result" (handed in or time
    up; the exam is finished) or "paused" (the learner stopped; the exam stays open)."""

    closed = Signal(str)

    def __init__(
        self,
        ctx: AppContext,
        run: Any,
        noise: bool = False,
        timed_set: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("exam_window")
        self.setStyleSheet(EXAM_STYLE)
        self.ctx = ctx
        self.run = run
        self.session = run.session
        self.timed_set = timed_set
        self.practice_index = 0
        self.busy = False
        self.may_close = False
        self.done = False
        self.released = False
        self.dialog: QMessageBox | None = None
        self.focus_lost = False
        self.sound_check: ExamSoundCheck | None = None
        self.noise = RoomNoise(ctx, self)
        self.shared = SharedPlayer(ctx.make_player())
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.warning_timer = QTimer(self)
        self.warning_timer.setSingleShot(True)
        self.warning_timer.setInterval(30_000)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(32, 18, 32, 14)
        outer.setSpacing(10)
        top = QHBoxLayout()
        self.heading = title_label()
        top.addWidget(self.heading, 1)
        self.counter = QLabel()
        self.counter.setObjectName("subtitle")
        top.addWidget(self.counter)
        top.addSpacing(24)
        self.timer_label = QLabel()
        self.timer_label.setObjectName("exam_timer")
        top.addWidget(self.timer_label)
        top.addSpacing(24)
        self.stop_button = QPushButton()
        self.stop_button.setObjectName("exam_stop")
        self.stop_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stop_button.clicked.connect(self.ask_exit)
        top.addWidget(self.stop_button)
        outer.addLayout(top)

        # The warning has its place kept free above the page, so that showing it never
        # pushes the question down (and it never covers the text either).
        self.banner = QFrame()
        self.banner.setObjectName("exam_warning")
        keep = self.banner.sizePolicy()
        keep.setRetainSizeWhenHidden(True)
        self.banner.setSizePolicy(keep)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(18, 10, 12, 10)
        self.banner_text = QLabel()
        self.banner_text.setObjectName("subtitle")
        self.banner_text.setWordWrap(True)
        self.banner_ok = QPushButton()
        self.banner_ok.setObjectName("warning_ok")
        self.banner_ok.clicked.connect(self.banner.hide)
        self.warning_timer.timeout.connect(self.banner.hide)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.banner_ok)
        self.banner.hide()
        outer.addWidget(self.banner)

        self.pages = QStackedWidget()
        outer.addWidget(self.pages, 1)
        self._build_intro_page()
        self._build_question_page()
        self._build_ready_page()

        self.overview = OverviewBar(self.session.count)
        self.overview.chosen.connect(lambda number: self._guarded(self.goto, number))
        outer.addWidget(self.overview)
        nav = QHBoxLayout()
        self.previous_button = QPushButton()
        self.previous_button.setObjectName("exam_previous")
        self.previous_button.clicked.connect(lambda: self._guarded(self.previous))
        self.next_button = primary_button()
        self.next_button.setObjectName("exam_next")
        self.next_button.clicked.connect(lambda: self._guarded(self.next))
        self.hand_in_button = QPushButton()
        self.hand_in_button.setObjectName("exam_hand_in")
        self.hand_in_button.clicked.connect(self.ask_hand_in)
        nav.addWidget(self.previous_button)
        nav.addWidget(self.next_button)
        nav.addStretch(1)
        nav.addWidget(self.hand_in_button)
        outer.addLayout(nav)

        self.enter_keys = enter_presses(self, self.press_main_button)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._application_state)
        if noise:
            self.noise.start()
        self.retranslate()
        self.show_phase()
        self.timer.start()

    def _build_intro_page(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(80, 10, 80, 10)
        frame, inner = card()
        self.intro_title = title_label("subtitle")
        self.intro_text = QLabel()
        self.intro_text.setWordWrap(True)
        self.intro_text.setObjectName("exam_plan")
        self.intro_calm = QLabel()
        self.intro_calm.setWordWrap(True)
        self.intro_calm.setObjectName("muted")
        self.intro_button = primary_button()
        self.intro_button.setObjectName("exam_begin")
        self.intro_button.clicked.connect(lambda: self._guarded(self.advance))
        for widget in (self.intro_title, self.intro_text, self.intro_calm):
            inner.addWidget(widget)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.intro_button)
        inner.addLayout(row)
        layout.addWidget(frame)
        layout.addStretch(1)
        self.intro_page = page
        self.pages.addWidget(page)

    def _build_question_page(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.practice_note = QLabel()
        self.practice_note.setObjectName("muted")
        self.practice_note.setWordWrap(True)
        layout.addWidget(self.practice_note)
        self.area = QuestionArea(self.ctx, self.shared)
        self.area.answered.connect(self._answered)
        self.area.recorded.connect(lambda path: self._guarded(self._recorded, path))
        self.area.play_started.connect(lambda key: self._guarded(self._play_started, key))
        self.area.busy_changed.connect(self._busy_changed)
        layout.addWidget(self.area, 1)
        self.question_page = page
        self.pages.addWidget(page)

    def _build_ready_page(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(80, 10, 80, 10)
        frame, inner = card()
        self.ready_title = title_label("subtitle")
        self.ready_text = QLabel()
        self.ready_text.setWordWrap(True)
        self.ready_button = primary_button()
        self.ready_button.setObjectName("exam_start_clock")
        self.ready_button.clicked.connect(lambda: self._guarded(self.advance))
        inner.addWidget(self.ready_title)
        inner.addWidget(self.ready_text)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.ready_button)
        inner.addLayout(row)
        layout.addWidget(frame)
        layout.addStretch(1)
        self.ready_page = page
        self.pages.addWidget(page)

    # -- phases --------------------------------------------------------------------------
    def show_phase(self) -> None:
        """Show the page of the session's phase."""
        phase = self.session.phase
        running = phase == "running"
        self.overview.setVisible(running)
        self.previous_button.setVisible(running and self.session.can_go_back)
        self.hand_in_button.setVisible(running)
        self.next_button.setVisible(running or phase == "practice")
        self.counter.setVisible(running)
        if phase == "instructions":
            self.pages.setCurrentWidget(self.intro_page)
            self.intro_button.setFocus()
        elif phase == "sound_check":
            self._show_sound_check()
        elif phase == "practice":
            self.show_practice(self.practice_index)
        elif running:
            self.show_current()
        else:
            self.finish()
        self.update_clock()

    def advance(self) -> None:
        """Go on from the instructions, the sound check or the practice questions."""
        if self.session.phase in ("running", "finished"):
            return
        self.area.stop_task()
        self.session.advance()
        if self.session.phase == "running":
            self.run.note("exam_started")
        self.show_phase()

    def _show_sound_check(self) -> None:
        if self.sound_check is None:
            self.sound_check = ExamSoundCheck(self.ctx)
            self.sound_check.setObjectName("exam_soundcheck")
            self.sound_check.done.connect(lambda: self._guarded(self._sound_check_done))
            self.pages.addWidget(self.sound_check)
        self.pages.setCurrentWidget(self.sound_check)

    def _sound_check_done(self) -> None:
        check = self.sound_check
        if check is not None:
            if check.heard_sample is False or check.heard_voice is False:
                self.run.note("sound_check_failed")
            check.teardown()
        self.advance()

    def show_practice(self, index: int) -> None:
        questions = self.session.practice_questions()
        if index >= len(questions):
            self.pages.setCurrentWidget(self.ready_page)
            self.next_button.hide()
            self.ready_button.setFocus(Qt.FocusReason.TabFocusReason)
            return
        self.practice_index = index
        question = questions[index]
        self.practice_note.setText(
            self.tr("Dit is een oefenvraag. Hij telt niet mee. De tijd loopt nog niet.")
        )
        self.practice_note.show()
        self.area.show_question(
            question,
            self.tr("Oefenvraag {n} van {total}").format(n=index + 1, total=len(questions)),
            recording_path=lambda: self._recording_path(f"practice-{question.key}"),
        )
        self.pages.setCurrentWidget(self.question_page)
        self._update_nav()
        self.area.panel.focus_answer()

    def show_current(self) -> None:
        """Show the session's current question."""
        number = self.session.current
        question = self.session.question(number)
        self.practice_note.hide()
        stimulus = question.stimulus
        allowance = None
        if stimulus is not None:
            left = self.session.plays_left(stimulus.id)
            allowed = self.session.blueprint.plays_allowed
            if left is not None and allowed:
                allowance = PlayAllowance(allowed)
                allowance.used = allowed - left
        self.area.show_question(
            question,
            self.tr("Vraag {n}").format(n=number),
            answer=self.session.answer_of(number),
            allowance=allowance,
            recording_path=lambda: self._recording_path(f"{number:02d}-{question.key}"),
        )
        self.pages.setCurrentWidget(self.question_page)
        self._update_nav()
        self.area.panel.focus_answer()

    def main_button(self) -> QPushButton | None:
        """What Enter presses on the page that is shown: "Beginnen", "Start het examen",
        "Volgende", and on the last question "Inleveren"."""
        page = self.pages.currentWidget()
        if page is self.intro_page:
            return self.intro_button
        if page is self.ready_page:
            return self.ready_button
        if page is self.question_page:
            if usable(self.next_button):
                return self.next_button
            if usable(self.hand_in_button):
                return self.hand_in_button
        return None

    def press_main_button(self) -> None:
        if self.dialog is not None:
            return
        focused = QApplication.focusWidget()
        if isinstance(focused, QPushButton) and usable(focused) and self.isAncestorOf(focused):
            focused.click()
            return
        button = self.main_button()
        if button is not None and usable(button):
            button.click()

    def _recording_path(self, name: str) -> Path:
        folder = self.ctx.need_services().recordings_folder / str(self.run.learner_id)
        folder.mkdir(parents=True, exist_ok=True)
        return folder / f"exam-{self.run.session_id}-{name}.wav"

    def _update_nav(self) -> None:
        phase = self.session.phase
        if phase == "practice":
            self.next_button.setEnabled(not self.busy)
            self.next_button.setText(self.tr("Volgende"))
            return
        if phase != "running":
            return
        number, count = self.session.current, self.session.count
        free = self.session.can_go_back
        self.counter.setText(self.tr("Vraag {n} van {total}").format(n=number, total=count))
        self.overview.update_entries(self.session.overview(), clickable=free and not self.busy)
        self.previous_button.setEnabled(free and number > 1 and not self.busy)
        self.next_button.setEnabled(number < count and not self.busy)
        self.next_button.setText(self.tr("Volgende"))
        self.hand_in_button.setProperty("primary", number == count)
        self.hand_in_button.style().unpolish(self.hand_in_button)
        self.hand_in_button.style().polish(self.hand_in_button)

    # -- answering and moving ------------------------------------------------------------
    def _over(self) -> bool:
        """True (and on to the result) when the exam has finished, e.g. because time is up."""
        if self.session.tick() == "finished":
            self.finish()
            return True
        return False

    def _answered(self, value: Any) -> None:
        phase = self.session.phase
        if phase == "practice":
            question = self.session.practice_questions()[self.practice_index]
            self.session.answer_practice(question.key, value)
        elif phase == "running" and not self._over():
            self._store_answer(value)
            self._update_nav()

    def _store_answer(self, value: Any) -> bool:
        """Answer the current question. An answer is shown as given only once it is stored:
        if the save fails (a full disk, the school's server away), say so plainly and show
        the question as it is stored (the earlier answer, or none). True when it was stored."""
        number = self.session.current
        try:
            self.session.answer(number, value)
        except ExamTakenOver:
            self.taken_over()
            return False
        except ExamtrainerError as error:
            log.error("answer not stored: %r", error)
            spoken = is_recording(value)
            if not spoken:
                self.area.show_answer(self.session.answer_of(number))
            text = (
                self.tr("Uw opname is niet bewaard. Het opslaan ging mis.")
                if spoken
                else self.tr("Uw antwoord is niet bewaard. Het opslaan ging mis.")
            )
            if isinstance(error, DiskFull):
                text += " " + self.tr("De schijf is vol.")
            text += "\n\n" + (
                self.tr("De opdracht begint opnieuw. Lukt het niet? Vraag dan hulp.")
                if spoken
                else self.tr("Kies uw antwoord nog een keer. Lukt het niet? Vraag dan hulp.")
            )
            self._warn("exam_error", text)
            return False
        return True

    def _warn(self, name: str, text: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Let op"), text, parent=self)
        box.setObjectName(name)
        ok = box.addButton(self.tr("OK"), QMessageBox.ButtonRole.AcceptRole)
        ok.setObjectName(f"{name}_ok")
        self.dialog = box

        def finished(_result: int) -> None:
            if self.dialog is box:
                self.dialog = None
            box.deleteLater()

        box.finished.connect(finished)
        box.open()
        return box

    def _guarded(self, action: Callable[..., None], *args: Any) -> None:
        """Run a slot; when another window took the exam over meanwhile, stop here."""
        try:
            action(*args)
        except ExamTakenOver:
            self.taken_over()

    def taken_over(self) -> None:
        """Another window has this exam now: stop here without writing anything more."""
        if self.done:
            return
        log.info("exam %s taken over by another window", self.run.session_id)
        self.done = True
        self.release()
        box = self._warn(
            "exam_taken_over",
            self.tr("Dit examen is nu open in een ander venster.")
            + "\n\n"
            + self.tr("U kunt daar verder gaan. Dit venster stopt."),
        )
        box.finished.connect(lambda _result: self._close_with("paused"))

    def _recorded(self, path: Path | None) -> None:
        phase = self.session.phase
        value = {"recording": str(path)} if path is not None else None
        if phase == "practice":
            if value is not None:
                question = self.session.practice_questions()[self.practice_index]
                self.session.answer_practice(question.key, value)
            self._update_nav()
            return
        if phase != "running" or self._over():
            return
        if value is not None and not self._store_answer(value):
            self.show_current()  # not stored (its recording is gone too): record it again
            return
        if self.session.current < self.session.count:
            self.next()  # speaking moves on by itself, as in the real exam
        else:
            self._update_nav()

    def _play_started(self, fragment: str) -> None:
        if self.session.phase == "running" and not self._over():
            self.session.play(fragment)

    def _busy_changed(self, busy: bool) -> None:
        self.busy = busy
        self._update_nav()

    def next(self) -> None:
        if self.session.phase == "practice":
            self.show_practice(self.practice_index + 1)
            return
        if self.session.phase != "running" or self._over() or self.busy:
            return
        if self.session.next() is not None:
            self.show_current()

    def previous(self) -> None:
        if self.session.phase != "running" or self._over() or not self.session.can_go_back:
            return
        if self.session.previous() is not None:
            self.show_current()

    def goto(self, number: int) -> None:
        if self.session.phase != "running" or self._over() or not self.session.can_go_back:
            return
        self.session.goto(number)
        self.show_current()

    # -- the clock -----------------------------------------------------------------------
    def tick(self) -> None:
        """Every second: finish at time up, show a warning when one is due, update the clock;
        and tell the database this window still has the exam (stop if another took it)."""
        if self.done:
            return
        try:
            self.run.keep_alive()
            if self.session.phase != "running" or self._over():
                return
            for minutes in self.session.warnings_due():
                self.show_warning(minutes)
        except ExamTakenOver:
            self.taken_over()
            return
        self.update_clock()

    def show_warning(self, minutes: float) -> None:
        """A calm banner, not a dialog: the learner can go on working. No sound."""
        whole = round(minutes)
        text = self.tr("Nog %n minuten.", "", whole)
        unanswered = self.session.count - self.session.answered_count
        if unanswered:
            text += " " + self.tr("Kijk of u alle vragen heeft beantwoord.")
        self.banner_text.setText(text)
        self.banner.show()
        self.warning_timer.start()

    def update_clock(self) -> None:
        visible = self.session.timer_visible and self.session.phase == "running"
        self.timer_label.setVisible(visible)
        if visible:
            self.timer_label.setText(
                self.tr("Tijd: {time}").format(time=clock_text(self.session.time_left()))
            )

    # -- handing in and leaving ----------------------------------------------------------
    def _message(self, name: str, title: str, text: str, yes: str, no: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setObjectName(name)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        yes_button.setObjectName(f"{name}_yes")
        no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        no_button.setObjectName(f"{name}_no")
        box.setDefaultButton(no_button)
        box.setEscapeButton(no_button)
        self.dialog = box
        return box

    def _open(self, box: QMessageBox, on_yes: Callable[[], None]) -> None:
        yes = box.findChild(QPushButton, f"{box.objectName()}_yes")

        def finished(_result: int) -> None:
            self.dialog = None
            chosen = box.clickedButton() is yes
            box.deleteLater()
            if chosen:
                on_yes()

        box.finished.connect(finished)
        box.open()

    def ask_hand_in(self) -> None:
        if self.session.phase != "running" or self._over() or self.dialog is not None:
            return
        open_count = self.session.count - self.session.answered_count
        if open_count:
            text = (
                self.tr("U heeft %n vragen nog niet beantwoord.", "", open_count)
                + " "
                + self.tr("Die tellen als fout.")
            )
        else:
            text = self.tr("U heeft alle vragen beantwoord.")
        text += "\n\n" + self.tr("Na het inleveren kunt u niets meer veranderen.")
        box = self._message(
            "hand_in_box",
            self.tr("Examen inleveren?"),
            text,
            self.tr("Inleveren"),
            self.tr("Terug naar het examen"),
        )
        self._open(box, self.finish)

    def ask_exit(self) -> None:
        """Escape, Alt+F4, closing the window or "Stoppen": say what happens, then ask."""
        if self.done or self.dialog is not None:
            return
        self.run.note("exit_asked")
        box = self._message(
            "exit_box",
            self.tr("Stoppen met het examen?"),
            self.tr("Uw antwoorden zijn bewaard. U kunt later verder gaan.")
            + "\n\n"
            + self.tr("De tijd staat stil tot u verder gaat."),
            self.tr("Stoppen"),
            self.tr("Verder met het examen"),
        )
        self._open(box, self.pause)

    def pause(self) -> None:
        """Leave the exam open: its state is saved; the learner can resume it later."""
        if self.done:
            return
        self.run.note("paused")
        try:
            self.run.pause()
        except ExamTakenOver:
            self.taken_over()
            return
        self._close_with("paused")

    def finish(self) -> None:
        """Hand in (or time up): close the exam in the database and show the result."""
        if self.done:
            return
        from examtrainer.services.exam import end_exam

        self.area.stop_task()
        try:
            end_exam(self.run, "finished")
        except ExamTakenOver:
            self.taken_over()
            return
        self._close_with("result")

    def _close_with(self, outcome: str) -> None:
        if self.may_close:
            return
        self.done = True
        self.release()
        self.may_close = True
        self.closed.emit(outcome)
        self.close()

    def release(self) -> None:
        """Stop timers and sound, and disconnect from the application (once)."""
        if self.released:
            return
        self.released = True
        self.timer.stop()
        self.warning_timer.stop()
        self.area.release()
        if self.sound_check is not None:
            self.sound_check.teardown()
        self.noise.stop()
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            with suppress(RuntimeError, TypeError):  # already gone with the application
                app.applicationStateChanged.disconnect(self._application_state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.may_close:
            event.accept()
            return
        event.ignore()
        self.ask_exit()

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.ask_exit()
            return
        super().keyPressEvent(event)

    # -- focus ---------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.WindowDeactivate:
            self._lost_focus("window")
        elif kind == QEvent.Type.WindowActivate:
            self.focus_lost = False
        elif kind == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)

    def _application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.focus_lost = False
        else:
            self._lost_focus("application")

    def _lost_focus(self, how: str) -> None:
        """Note once per loss that the exam was not in front (our own dialogs do not count)."""
        if self.done or self.focus_lost or self.dialog is not None:
            return
        self.focus_lost = True
        self.run.note("focus_lost", how)

    # -- words ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        blueprint = self.session.blueprint
        self.heading.setText(exam_title(blueprint, self.timed_set))
        self.stop_button.setText(self.tr("Stoppen"))
        self.banner_ok.setText(self.tr("OK"))
        self.intro_title.setText(self.tr("Zo gaat het examen"))
        self.intro_text.setText(plan_html(plan_lines(blueprint)))
        self.intro_calm.setText(self.tr("Lees alles rustig. Klik op 'Beginnen' als u klaar bent."))
        self.intro_button.setText(self.tr("Beginnen"))
        self.ready_title.setText(self.tr("De oefenvragen zijn klaar"))
        self.ready_text.setText(
            self.tr(
                "Nu begint het echte examen. De tijd loopt vanaf nu. U heeft %n minuten.",
                "",
                round(blueprint.time_limit_minutes),
            )
            + "\n"
            + self.tr("Doe rustig uw best. Succes!")
        )
        self.ready_button.setText(self.tr("Start het examen"))
        self.previous_button.setText(self.tr("Vorige"))
        self.next_button.setText(self.tr("Volgende"))
        self.hand_in_button.setText(self.tr("Inleveren"))
        self.area.retranslate()
        self._update_nav()
        self.update_clock()
