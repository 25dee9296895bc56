"""Take the README screenshots: drives the real app through its screens and saves PNGs.

Run under a real (virtual) display so fonts and styles render as on a learner's PC:
    xvfb-run -s "-screen 0 1280x800x24" python tools/screenshots.py [--language en] [--only NAME]
Each shot is saved to docs/screenshots/<name>.png.

``--devices auto`` (the default) uses the QtMultimedia devices when the machine has a sound
card and the file-backed fakes otherwise (Xvfb has none); ``fake`` and ``qt`` force one. The
"-no-devices" shots always show a machine without sound. When the bundled listening and
speaking audio is not built yet, those packs are installed with stand-in tones so that the
screens show their real texts.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SPEECH = ROOT / "tests" / "fixtures" / "audio" / "speech_nl.wav"
SOUND_PACKS = ("luisteren-a1-a2", "spreken")
MEDIA = re.compile(r"\b((?:audio|images)/[A-Za-z0-9._-]+)")


def install_stand_in_packs(services: Any, work: Path) -> None:
    """Install the bundled listening/speaking packs with a tone for every missing media file."""
    from examtrainer.audio.tone import write_tone
    from examtrainer.bank.loader import load_pack, read_manifest

    installed = services.store.banks.versions()
    for name in SOUND_PACKS:
        source = services.paths.bundled_content / name
        manifest = read_manifest(source)
        if manifest is None or manifest.id in installed:
            continue
        target = work / "content" / name
        shutil.copytree(source, target, dirs_exist_ok=True)
        assets = (target / manifest.media).resolve()
        for item_file in target.rglob("*.yaml"):
            for media in MEDIA.findall(item_file.read_text(encoding="utf-8")):
                real, stand_in = services.paths.bundled_assets / media, assets / media
                if stand_in.exists():
                    continue
                stand_in.parent.mkdir(parents=True, exist_ok=True)
                if real.is_file():
                    shutil.copy(real, stand_in)
                else:
                    write_tone(stand_in, seconds=2.5, frequency=330.0)  # WAV data, any suffix
        services.store.banks.install(load_pack(target), str(target))  # media stay in work/
        print("installed with stand-in audio:", name)


def no_sound_probe(ctx: Any) -> Any:
    """The real probe when it finds no devices (Xvfb), else a fake one that finds none."""
    from examtrainer.audio.devices import DeviceStatus
    from examtrainer.audio.fakes import FakeDeviceProbe

    real = ctx.device_probe
    status = real.status()
    if not status.has_output and not status.has_input:
        return real
    return FakeDeviceProbe(DeviceStatus(has_output=False, has_input=False))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--language", default="nl")
    parser.add_argument("--only", default="")
    parser.add_argument("--devices", choices=("auto", "fake", "qt"), default="auto")
    args = parser.parse_args()
    os.environ["EXAMTRAINER_HOME"] = tempfile.mkdtemp(prefix="examtrainer-shots-")
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "tools"))
    from examtrainer.gui.app import build, open_services
    from examtrainer.gui.qt import QApplication, QTimer
    from examtrainer.gui.style import STYLE_SHEET

    app = QApplication(sys.argv[:1])
    app.setStyleSheet(STYLE_SHEET)
    ctx, window = build(app, args.language)
    qt_devices = (ctx.player_factory, ctx.recorder_factory, ctx.device_probe)
    status = ctx.audio_status()
    fake = args.devices == "fake" or (
        args.devices == "auto" and not (status.has_output and status.has_input)
    )
    fakes: dict[str, Any] = {}
    if fake:
        from examtrainer.audio.fakes import FakeDeviceProbe, FakePlayer, FakeRecorder

        fakes["player"] = FakePlayer(instant=False)
        fakes["recorder"] = FakeRecorder(SPEECH, instant=False)
        ctx.player_factory = lambda: fakes["player"]
        ctx.recorder_factory = lambda: fakes["recorder"]
        ctx.device_probe = FakeDeviceProbe()
        print("using fake audio devices")
    window.resize(1200, 760)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.language == "nl" else f"-{args.language}"

    def settle(then: Callable[[], None], ms: int = 400) -> None:
        QTimer.singleShot(ms, then)

    def shot(name: str, widget: Any = None) -> None:
        if args.only and args.only != name:
            return
        app.processEvents()
        (widget or window).grab().save(str(OUT / f"{name}{suffix}.png"))
        print("saved", name)

    steps: list[Callable[[], None]] = []

    def step_onboarding() -> None:
        shot("first-start")
        screen = window.current
        screen.steps.setCurrentIndex(1)  # type: ignore[attr-defined]
        screen.name_edit.setText("Amina")  # type: ignore[attr-defined]
        screen.goal_edit.setText("Werken in de zorg")  # type: ignore[attr-defined]
        settle(lambda: (shot("first-start-2"), screen.finish(), settle(next_step, 800)))  # type: ignore[attr-defined]

    def step_start_reading() -> None:
        shot("home-new")
        window.show_screen("reading", skill="reading", placement=False)
        settle(next_step, 800)

    def step_home() -> None:
        window.show_screen("home")
        settle(lambda: (shot("home"), home_default_size()), 800)

    def home_default_size() -> None:
        """Home in the window a new install opens with (900×620, the smallest)."""
        from examtrainer.gui.main_window import DEFAULT_SIZE

        size = window.size()
        window.resize(*DEFAULT_SIZE)
        settle(lambda: (shot("home-default-size"), window.resize(size), settle(next_step)), 800)

    def step_reading() -> None:
        shot("reading")
        screen = window.current
        screen.panel.buttons[0].setChecked(True)  # type: ignore[attr-defined]
        screen.check()  # type: ignore[attr-defined]
        settle(lambda: (shot("reading-feedback"), next_step()))

    def step_summary() -> None:
        screen = window.current
        for _ in range(6):
            if not screen.panel.buttons:  # type: ignore[attr-defined]
                break
            screen.next_question()  # type: ignore[attr-defined]
            screen.panel.buttons[-1].setChecked(True)  # type: ignore[attr-defined]
            screen.check()  # type: ignore[attr-defined]
        screen.stop()  # type: ignore[attr-defined]
        settle(lambda: (shot("practice-summary"), next_step()), 800)

    def step_listening() -> None:
        ctx.sound_checked = True
        window.show_screen("listening", skill="listening", placement=False)
        settle(next_step, 800)

    def step_listening_shot() -> None:
        screen: Any = window.current
        screen.audio.toggle()
        if "player" in fakes:
            fakes["player"].advance(1.2)
        screen.panel.buttons[0].setChecked(True)
        settle(lambda: (shot("listening"), listening_feedback()))

    def listening_feedback() -> None:
        screen: Any = window.current
        screen.check()
        screen.toggle_transcript()
        settle(lambda: (shot("listening-feedback"), next_step()))

    def step_speaking() -> None:
        window.show_screen("speaking", skill="speaking")
        settle(next_step, 800)

    def step_speaking_before() -> None:
        screen: Any = window.current
        while screen.question is not None and not screen.question.item.is_recorded:
            screen.panel.buttons[0].setChecked(True)
            screen.check_reaction()
            screen.advance()
        if "player" in fakes:
            fakes["player"].advance(60)  # the task has been heard: preparation runs
        settle(lambda: (shot("speaking-before"), speaking_recording()), 1200)

    def speaking_recording() -> None:
        screen: Any = window.current
        screen.begin_answer()
        if "recorder" in fakes:
            fakes["recorder"].advance(0.9)
        # On real devices the answer goes on a few seconds more, so the review has speech.
        later = 0 if "recorder" in fakes else 4000
        settle(lambda: (shot("speaking-recording"), settle(speaking_after, later)), 1500)

    not_stored_shown: list[bool] = []

    def speaking_after() -> None:
        screen: Any = window.current
        if "recorder" in fakes:
            fakes["recorder"].advance(2.2)
        if not not_stored_shown:  # first answer: the database is full when it is stored
            not_stored_shown.append(True)
            recordings = ctx.services.store.recordings  # type: ignore[union-attr]
            recordings.add_answer = database_full  # type: ignore[method-assign]
            screen.finish_answer()
            settle(lambda: speaking_not_stored(recordings), 1200 if fakes else 2500)
            return
        screen.finish_answer()
        settle(speaking_review, 1200 if fakes else 2500)

    def database_full(*args: Any, **kwargs: Any) -> None:
        from examtrainer.errors import DiskFull

        raise DiskFull("De schijf is vol. Uw laatste antwoord is niet bewaard.")

    def speaking_not_stored(recordings: Any) -> None:
        shot("speaking-not-stored")
        del recordings.add_answer  # room again: the real method
        screen: Any = window.current
        screen.record_again()
        if "player" in fakes:
            fakes["player"].advance(60)
        settle(speaking_recording, 1200)

    def speaking_review() -> None:
        screen: Any = window.current
        if screen.rubric:
            screen.rubric[0].setChecked(True)
        settle(lambda: (shot("speaking-after"), next_step()))

    def step_soundcheck() -> None:
        window.show_screen("soundcheck")
        screen: Any = window.current
        screen.sample.toggle()
        if "player" in fakes:
            fakes["player"].advance(0.4)
        screen.heard_sample = True
        screen.record_test()  # the level meter moves while the microphone hears speech
        if "recorder" in fakes:
            fakes["recorder"].advance(1.0)
        screen.retranslate()
        settle(lambda: (shot("soundcheck"), soundcheck_done()), 1500)

    def soundcheck_done() -> None:
        settle(next_step, 2500)  # real devices: the three seconds end, the recording plays

    def step_no_devices() -> None:
        ctx.player_factory, ctx.recorder_factory, real_probe = qt_devices
        ctx.device_probe = no_sound_probe(ctx) if real_probe is not None else None
        window.show_screen("soundcheck")
        settle(lambda: (shot("soundcheck-no-devices"), listening_no_output()))

    def listening_no_output() -> None:
        window.show_screen("listening", skill="listening", placement=False)
        settle(lambda: (shot("listening-no-output"), speaking_no_microphone()))

    def speaking_no_microphone() -> None:
        window.show_screen("speaking", skill="speaking")
        settle(lambda: (shot("speaking-no-microphone"), next_step()))

    # -- exam mode: the calm start, the full-screen exam window, the result -----------------
    exam: dict[str, Any] = {}

    def begin_exam(skill: str, then: Callable[[], None]) -> None:
        window.show_screen("exam_start", skill=skill)
        start: Any = window.current
        start.begin()

        def wait() -> None:
            if start.exam_window is None:
                settle(wait, 200)
                return
            exam["window"] = start.exam_window
            then()

        settle(wait, 200)

    def to_running(exam_window: Any) -> None:
        while exam_window.session.phase in ("instructions", "sound_check"):
            exam_window.advance()
        if exam_window.session.phase == "practice":
            exam_window.show_practice(len(exam_window.session.practice_questions()))
            exam_window.advance()

    def answer_some(exam_window: Any, count: int) -> None:
        session = exam_window.session
        for number in range(1, count + 1):
            item = session.question(number).item
            right = number % 4 != 0
            index = item.options.index(item.answer)
            session.answer(number, item.options[index if right else (index + 1) % 2])

    def step_exam_start() -> None:
        window.show_screen("exam_start", skill="reading")
        start: Any = window.current
        start.toggle_breathing()
        settle(lambda: (shot("exam-start"), start.toggle_breathing(), next_step()), 2000)

    def step_exam_reading() -> None:
        def running() -> None:
            exam_window = exam["window"]
            to_running(exam_window)
            answer_some(exam_window, 8)
            exam_window.goto(9)
            exam_window.area.panel.buttons[1].click()
            settle(lambda: (shot("exam-reading", exam_window), warning()), 800)

        def warning() -> None:
            exam_window = exam["window"]
            exam_window.show_warning(5)
            settle(lambda: (shot("exam-warning", exam_window), result()), 600)

        def result() -> None:
            exam_window = exam["window"]
            answer_some(exam_window, 20)
            exam_window.finish()
            settle(lambda: (shot("exam-result"), next_step()), 1000)

        begin_exam("reading", running)

    def step_exam_listening() -> None:
        def running() -> None:
            exam_window = exam["window"]
            to_running(exam_window)
            answer_some(exam_window, 2)
            exam_window.goto(3)
            exam_window.area.audio.toggle()
            if "player" in fakes:
                fakes["player"].advance(1.5)
            settle(lambda: (shot("exam-listening", exam_window), done()), 800)

        def done() -> None:
            exam["window"].finish()
            settle(next_step, 600)

        begin_exam("listening", running)

    def step_exam_speaking() -> None:
        def running() -> None:
            exam_window = exam["window"]
            to_running(exam_window)
            if "player" in fakes:
                fakes["player"].advance(60)  # the task has been heard
            exam_window.area.begin_answer()
            if "recorder" in fakes:
                fakes["recorder"].advance(0.9)
            settle(lambda: (shot("exam-speaking", exam_window), done()), 1200)

        def done() -> None:
            exam["window"].finish()
            settle(next_step, 600)

        begin_exam("speaking", running)

    exam_steps = [step_exam_start, step_exam_reading, step_exam_listening, step_exam_speaking]
    if args.only.startswith("exam-"):
        steps.extend([step_onboarding, *exam_steps])  # the first start makes the learner
    else:
        steps.extend(
            [
                step_onboarding,
                step_start_reading,
                step_reading,
                step_summary,
                step_home,
                step_listening,
                step_listening_shot,
                step_speaking,
                step_speaking_before,
                *exam_steps,
                step_soundcheck,
                step_no_devices,
            ]
        )

    def shot_of(name: str, widget: object) -> None:
        """Save a window other than the main one (a dialog)."""
        if args.only and args.only != name:
            return
        app.processEvents()
        widget.grab().save(str(OUT / f"{name}{suffix}.png"))  # type: ignore[attr-defined]
        print("saved", name)

    work = Path(tempfile.mkdtemp(prefix="examtrainer-shots-work-"))

    def step_teacher() -> None:
        from teacher_demo import add_demo_class  # tools/teacher_demo.py

        add_demo_class(ctx, work)
        window.show_screen("teacher", tab="learners")
        settle(lambda: (shot("teacher-panel"), next_step()), 800)

    def step_class_overview() -> None:
        screen = window.current
        tab = screen.show_tab("progress")  # type: ignore[attr-defined]
        index = tab.group_combo.findText("Maandagochtend")
        tab.group_combo.setCurrentIndex(index)
        tab.refresh()
        settle(lambda: (shot("class-overview"), next_step()), 800)

    def step_import_preview() -> None:
        from teacher_demo import broken_csv

        tab = window.current.show_tab("banks")  # type: ignore[attr-defined]
        tab.start_import(broken_csv(work))

        def grab() -> None:
            dialog = tab.preview_dialog
            dialog.resize(1000, 620)
            settle(lambda: (shot_of("import-preview", dialog), dialog.reject(), next_step()))

        settle(grab, 1200)

    def step_own_voice() -> None:
        from teacher_demo import own_voice_bank

        bank_id = own_voice_bank(ctx, work)
        # The no-devices shots left the Qt devices in place: record as on a classroom PC.
        if fakes:
            ctx.player_factory = lambda: fakes["player"]
            ctx.recorder_factory = lambda: fakes["recorder"]
        else:
            ctx.player_factory, ctx.recorder_factory, ctx.device_probe = qt_devices
        tab = window.current.show_tab("banks")  # type: ignore[attr-defined]

        def open_dialog() -> None:
            row = next(
                r for r in range(tab.table.rowCount()) if tab.table.item(r, 1).text() == bank_id
            )
            tab.table.selectRow(row)
            tab.open_own_voice()
            settle(record, 800)

        def record() -> None:
            dialog = tab.voice_dialog
            dialog.resize(900, 640)
            dialog.start_recording()
            if "recorder" in fakes:
                fakes["recorder"].advance(2.4)  # in the second sentence: the meter moves
            settle(lambda: grab(dialog), 500)

        def grab(dialog: Any) -> None:
            shot_of("teacher-own-voice", dialog)
            dialog.stop_recording()
            dialog.reject()
            next_step()

        tab.refresh()
        settle(open_dialog, 1000)

    def step_speaking_review() -> None:
        window.current.show_tab("review")  # type: ignore[attr-defined]
        settle(lambda: (shot("speaking-review"), next_step()), 800)

    def step_report() -> None:
        from teacher_demo import report_page

        if not args.only or args.only == "report-page1":
            report_page(ctx, OUT / f"report-page1{suffix}.png", work)
            print("saved report-page1")
        next_step()

    def step_startup_problem() -> None:
        """The page shown when the database is damaged and a backup exists (no real damage:
        the page is shown with the error it would get)."""
        from examtrainer.errors import DatabaseDamaged

        backup = ctx.paths.backups / "daily-2026-12-01.sqlite3"
        error = DatabaseDamaged("damaged", ctx.paths.database_file, [backup], "01-12-2026 08:30")
        window.show_screen("startup_problem", error=error, retry=lambda: None)
        settle(lambda: (shot("startup-problem"), next_step()), 600)

    steps.extend(
        [
            step_teacher,
            step_class_overview,
            step_import_preview,
            step_own_voice,
            step_speaking_review,
            step_report,
            step_startup_problem,
        ]
    )

    def next_step() -> None:
        if steps:
            steps.pop(0)()
        else:
            app.quit()

    def services_ready(*_: object) -> None:
        if ctx.services is not None:
            work = Path(os.environ["EXAMTRAINER_HOME"]) / "stand-in"
            install_stand_in_packs(ctx.services, work)
        settle(next_step, 600)

    open_services(ctx, window, services_ready)
    QTimer.singleShot(180_000, app.quit)  # a busy machine is slow; never hang for ever
    app.exec()
    ctx.runner.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
