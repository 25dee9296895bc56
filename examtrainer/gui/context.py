"""The application context handed to every screen: no global main window, no singletons."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from examtrainer.gui.background import BackgroundRunner
from examtrainer.gui.i18n import LanguageSwitcher

if TYPE_CHECKING:  # imported lazily at run time: SQLAlchemy must not delay the first paint
    from examtrainer.audio.devices import DeviceProbe, DeviceStatus, Player, Recorder
    from examtrainer.paths import AppPaths
    from examtrainer.services.app import Services
    from examtrainer.services.records import Learner
    from examtrainer.settings import Settings


@dataclass
class AppContext:
    paths: AppPaths
    settings: Settings
    runner: BackgroundRunner
    languages: LanguageSwitcher
    services: Services | None = None
    learner: Learner | None = None
    # Audio devices: gui.app.build() puts in the QtMultimedia ones, tests the fakes of
    # examtrainer.audio.fakes. Each screen makes its own player/recorder and stops it on leaving.
    player_factory: Callable[[], Player] | None = None
    recorder_factory: Callable[[], Recorder] | None = None
    device_probe: DeviceProbe | None = None
    clock: Callable[[], float] = time.monotonic  # seconds; countdowns on screen read this
    sound_checked: bool = False  # the sound check was done (or skipped) in this run of the app
    # Learners who were already asked this run whether to resume an unfinished exam.
    exam_resume_offered: set[int] = field(default_factory=set)
    on_error: Callable[[BaseException], None] | None = None

    def need_services(self) -> Services:
        if self.services is None:
            raise RuntimeError("services are not ready yet")
        return self.services

    def need_learner(self) -> Learner:
        if self.learner is None:
            raise RuntimeError("no learner chosen")
        return self.learner

    def make_player(self) -> Player:
        if self.player_factory is None:
            raise RuntimeError("no audio player was set up")
        return self.player_factory()

    def make_recorder(self) -> Recorder:
        if self.recorder_factory is None:
            raise RuntimeError("no audio recorder was set up")
        return self.recorder_factory()

    def audio_status(self) -> DeviceStatus:
        """The audio devices present now; none when no probe was set up."""
        from examtrainer.audio.devices import DeviceStatus

        if self.device_probe is None:
            return DeviceStatus(has_output=False, has_input=False)
        return self.device_probe.status()
