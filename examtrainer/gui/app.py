"""Start-up of the GUI: show the window at once, open database and content in the background.

``run(smoke=True)`` is what packaging and CI use: it starts the real application, waits for
the home (or first-start) screen to be painted, prints the start-up time in ms on its last
line and exits 0; any error exits non-zero.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from examtrainer import APP_ID, APP_NAME, __version__
from examtrainer.gui.background import BackgroundRunner
from examtrainer.gui.context import AppContext
from examtrainer.gui.fonts import load_bundled_fonts
from examtrainer.gui.i18n import LanguageSwitcher
from examtrainer.gui.main_window import MainWindow
from examtrainer.gui.qt import QApplication, QEvent, QIcon, QObject, QTimer
from examtrainer.gui.screens.base import Screen
from examtrainer.gui.style import STYLE_SHEET
from examtrainer.paths import default_paths, make_private, private_folder

log = logging.getLogger(__name__)


class _PaintWatcher(QObject):
    """Calls back once, after the first paint of a widget."""

    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self._callback = callback
        self._fired = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._fired:
            self._fired = True
            QTimer.singleShot(0, self._callback)
        return False


class _PrivateLogHandler(RotatingFileHandler):
    """The rotating log, each new file 0600 (it can name learners and files)."""

    def _open(self) -> Any:
        stream = super()._open()
        make_private(Path(self.baseFilename))
        return stream


def _setup_logging(paths_logs: object) -> None:
    """The rotating log in the logs folder; a folder that cannot be written (read-only) only
    costs the log file: the start-up page explains the problem if the data folder has it too."""
    try:
        folder = private_folder(Path(str(paths_logs)))
        handler = _PrivateLogHandler(folder / "examtrainer.log", maxBytes=1_000_000, backupCount=3)
    except OSError as error:
        log.warning("no log file (%s); logging to the console only", error)
        return
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)


def _excepthook(window: MainWindow) -> Callable[..., None]:
    """Unexpected errors in a screen are logged and shown calmly; the app keeps running."""

    def hook(kind: type[BaseException], error: BaseException, trace: object) -> None:
        log.error("unexpected error", exc_info=(kind, error, trace))  # type: ignore[arg-type]
        if isinstance(error, Exception):
            window.show_error(error)

    return hook


def build(
    app: QApplication, language: str | None = None, defer_fonts: bool = False
) -> tuple[AppContext, MainWindow]:
    """Create the context and the main window; the services open in the background.
    ``defer_fonts``: the caller loads the bundled fonts itself (after the first paint)."""
    from examtrainer.settings import load_settings

    paths = default_paths()
    _setup_logging(paths.logs)
    app.setStyleSheet(STYLE_SHEET)
    if not defer_fonts:
        load_bundled_fonts(app)
    settings = load_settings(paths)
    languages = LanguageSwitcher(app)
    languages.switch(language or settings.language)
    ctx = AppContext(paths=paths, settings=settings, runner=BackgroundRunner(), languages=languages)
    ctx.player_factory, ctx.recorder_factory, ctx.device_probe = _qt_audio_devices()
    window = MainWindow(ctx)
    return ctx, window


def _qt_audio_devices() -> tuple[Any, Any, Any]:
    """The QtMultimedia devices, built only when a screen first asks for them: loading
    QtMultimedia probes the sound system, which must not delay the first paint."""
    from examtrainer.audio.devices import DeviceStatus

    class LazyProbe:
        def status(self) -> DeviceStatus:
            from examtrainer.gui.audio_devices import QtDeviceProbe

            return QtDeviceProbe().status()

    def player() -> Any:
        from examtrainer.gui.audio_devices import QtPlayer

        return QtPlayer()

    def recorder() -> Any:
        from examtrainer.gui.audio_devices import QtRecorder

        return QtRecorder()

    return player, recorder, LazyProbe()


def open_services(ctx: AppContext, window: MainWindow, on_ready: object = None) -> None:
    """Open database and content off the UI thread, then show the first real screen."""

    def work() -> object:
        from examtrainer.services.app import Services

        services = Services.open(ctx.paths, ctx.settings)
        return services, services.learners()  # read here too: never on the UI thread

    def ready(opened: Any) -> None:
        services, learners = opened
        ctx.services = services
        ctx.runner.run(
            ctx.need_services().delete_expired_recordings,
            lambda _count: None,
            lambda error: log.warning("old recordings not deleted: %s", error),
        )
        if not learners:
            window.show_screen("onboarding")
        elif len(learners) == 1 and not learners[0].has_pin:
            ctx.learner = learners[0]
            ctx.languages.switch(learners[0].language)
            window.show_screen("home")
        else:
            window.show_screen("profiles")
        if callable(on_ready):
            on_ready()

    def failed(error: BaseException) -> None:
        log.error("start-up failed: %r", error)
        window.show_screen(
            "startup_problem", error=error, retry=lambda: open_services(ctx, window, on_ready)
        )
        if callable(on_ready):
            on_ready(error)

    ctx.runner.run(work, ready, failed)


WINDOW_ICON = Path(__file__).resolve().parent / "icons" / "examtrainer.png"


def apply_identity(app: QApplication) -> None:
    """Name, version, icon and desktop-file id of examtrainer/__init__.py, for the window
    manager (Wayland matches the window to its .desktop file by this id) and Qt's dialogs."""
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(WINDOW_ICON)))


LAUNCH_EPOCH_VARIABLE = "EXAMTRAINER_LAUNCH_EPOCH"


def _launch_time() -> float:
    """perf_counter value of the moment of launch: given by a benchmark as a wall-clock epoch
    (so that interpreter start-up counts), else when the examtrainer package was imported."""
    epoch = os.environ.get(LAUNCH_EPOCH_VARIABLE)
    if epoch:
        return time.perf_counter() - (time.time() - float(epoch))
    from examtrainer import IMPORTED_AT

    return IMPORTED_AT


def run(smoke: bool = False, language: str | None = None) -> int:
    started = _launch_time()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    apply_identity(app)
    ctx, window = build(app, language, defer_fonts=True)
    outcome: dict[str, object] = {}

    def first_paint() -> None:
        outcome["first_paint_ms"] = (time.perf_counter() - started) * 1000
        load_bundled_fonts(app)  # ~15 ms: not before the first paint; before the first screen

    def screen_ready(error: BaseException | None = None) -> None:
        if not smoke:
            return
        if error is not None:
            outcome["error"] = error
            app.exit(1)
            return
        screen = window.current

        def watch_paint() -> None:
            watcher = _PaintWatcher(lambda: _smoke_done())
            outcome["watcher"] = watcher
            screen.installEventFilter(watcher)
            screen.update()

        if isinstance(screen, Screen) and not screen.is_usable():
            screen.usable.connect(watch_paint)  # home: wait for the learner's data
        else:
            watch_paint()

    def _smoke_done() -> None:
        outcome["ready_ms"] = (time.perf_counter() - started) * 1000
        app.exit(0)

    paint_watcher = _PaintWatcher(first_paint)
    window.installEventFilter(paint_watcher)
    sys.excepthook = _excepthook(window)
    window.show()
    open_services(ctx, window, screen_ready)
    if smoke:
        QTimer.singleShot(60_000, lambda: app.exit(3))  # never hang CI
    code = app.exec()
    ctx.runner.wait()
    if ctx.services is not None:
        ctx.services.close()
    if smoke:
        if "error" in outcome:
            print(f"smoke: failed: {outcome['error']}", file=sys.stderr)
            return 1
        if code != 0:
            print("smoke: the app did not reach a usable first screen in time", file=sys.stderr)
            return code
        print(f"smoke: first paint after {outcome['first_paint_ms']:.0f} ms")
        print(f"smoke: first usable screen ready after {outcome['ready_ms']:.0f} ms")
        print(f"{outcome['ready_ms']:.0f}")  # last: the time the learner waits
    return code
