"""Take the README screenshots: drives the real app through its screens and saves PNGs.

Run under a real (virtual) display so fonts and styles render as on a learner's PC:
    xvfb-run -s "-screen 0 1280x800x24" python tools/screenshots.py [--language en] [--only NAME]
Each shot is saved to docs/screenshots/<name>.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--language", default="nl")
    parser.add_argument("--only", default="")
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
    window.resize(1200, 760)
    window.show()
    OUT.mkdir(parents=True, exist_ok=True)
    suffix = "" if args.language == "nl" else f"-{args.language}"

    def settle(then: Callable[[], None], ms: int = 400) -> None:
        QTimer.singleShot(ms, then)

    def shot(name: str) -> None:
        if args.only and args.only != name:
            return
        app.processEvents()
        window.grab().save(str(OUT / f"{name}{suffix}.png"))
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
        settle(lambda: (shot("home"), next_step()), 800)

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

    def step_speaking_review() -> None:
        window.current.show_tab("review")  # type: ignore[attr-defined]
        settle(lambda: (shot("speaking-review"), next_step()), 800)

    def step_report() -> None:
        from teacher_demo import report_page

        if not args.only or args.only == "report-page1":
            report_page(ctx, OUT / f"report-page1{suffix}.png", work)
            print("saved report-page1")
        next_step()

    steps.extend([step_onboarding, step_start_reading, step_reading, step_summary, step_home])
    steps.extend(
        [step_teacher, step_class_overview, step_import_preview, step_speaking_review, step_report]
    )

    def next_step() -> None:
        if steps:
            steps.pop(0)()
        else:
            app.quit()

    open_services(ctx, window, lambda *_: settle(next_step, 600))
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    ctx.runner.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
