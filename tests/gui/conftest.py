"""GUI test fixtures: a real main window over a real SQLite database in a temporary home.

Offscreen by default (QT_QPA_PLATFORM=offscreen); Qt warnings fail a test (pyproject:
qt_default_raising). Audio devices are replaced by the file-backed fakes of
examtrainer.audio.fakes so no test ever waits on a sound card.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def gui_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("EXAMTRAINER_HOME", str(home))
    monkeypatch.delenv("EXAMTRAINER_DATABASE_URL", raising=False)
    return home


@pytest.fixture
def app_window(qtbot, gui_home: Path) -> Iterator[tuple[object, object]]:  # type: ignore[no-untyped-def]
    """(context, main window) with services open and the bundled content installed."""
    from examtrainer.gui.app import build
    from examtrainer.gui.qt import QApplication
    from examtrainer.services.app import Services

    app = QApplication.instance()
    ctx, window = build(app, "nl")  # type: ignore[arg-type]
    ctx.services = Services.open(ctx.paths, ctx.settings)
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    yield ctx, window
    ctx.runner.wait()
    ctx.languages.switch("nl")
    ctx.services.close()


@pytest.fixture
def learner_window(app_window):  # type: ignore[no-untyped-def]
    """The window with one learner chosen and the home screen shown."""
    ctx, window = app_window
    ctx.learner = ctx.services.create_learner("Test", language="nl")
    window.show_screen("home")
    return ctx, window


# -- listening, speaking and the sound check ------------------------------------------------

LISTEN_SPEAK_PACK = ROOT / "tests" / "fixtures" / "packs" / "listen-speak"
SPEECH_WAV = ROOT / "tests" / "fixtures" / "audio" / "speech_nl.wav"


class FakeClock:
    """Seconds that move only when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


class FakeDevices:
    """The fakes a test injects into the context; change them before opening a screen."""

    def __init__(self) -> None:
        from examtrainer.audio.fakes import FakeDeviceProbe, FakePlayer, FakeRecorder

        self.player = FakePlayer()
        self.recorder = FakeRecorder(SPEECH_WAV)
        self.probe = FakeDeviceProbe()
        self.clock = FakeClock()

    def set_status(self, has_output: bool = True, has_input: bool = True) -> None:
        from examtrainer.audio.devices import DeviceStatus

        self.probe.current = DeviceStatus(
            has_output=has_output,
            has_input=has_input,
            output_names=("Koptelefoon",) if has_output else (),
            input_names=("Microfoon",) if has_input else (),
        )


@pytest.fixture
def devices() -> FakeDevices:
    devices = FakeDevices()
    devices.set_status()
    return devices


@pytest.fixture
def av_window(qtbot, gui_home: Path, devices: FakeDevices):  # type: ignore[no-untyped-def]
    """(context, window) over the listen-speak test pack only, fake audio devices and clock,
    with one learner on the home screen."""
    from examtrainer.gui.app import build
    from examtrainer.gui.qt import QApplication
    from examtrainer.services.app import Services
    from examtrainer.services.banks import install_pack_folder

    app = QApplication.instance()
    ctx, window = build(app, "nl")  # type: ignore[arg-type]
    ctx.services = Services.open(ctx.paths, ctx.settings, install_content=False)
    install_pack_folder(ctx.services.store, ctx.paths.installed_packs, LISTEN_SPEAK_PACK)
    ctx.player_factory = lambda: devices.player
    ctx.recorder_factory = lambda: devices.recorder
    ctx.device_probe = devices.probe
    ctx.clock = devices.clock
    ctx.learner = ctx.services.create_learner("Amina", language="nl")
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    window.show_screen("home")
    yield ctx, window
    ctx.runner.wait()
    ctx.languages.switch("nl")
    ctx.services.close()
