"""The application context handed to every screen: no global main window, no singletons."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from examtrainer.gui.background import BackgroundRunner
from examtrainer.gui.i18n import LanguageSwitcher

if TYPE_CHECKING:  # imported lazily at run time: SQLAlchemy must not delay the first paint
    from examtrainer.paths import AppPaths
    from examtrainer.services.app import Services
    from examtrainer.settings import Settings
    from examtrainer.store.records import Learner


@dataclass
class AppContext:
    paths: AppPaths
    settings: Settings
    runner: BackgroundRunner
    languages: LanguageSwitcher
    services: Services | None = None
    learner: Learner | None = None
    devices: dict[str, Any] = field(default_factory=dict)  # player/recorder factories (audio)
    on_error: Callable[[BaseException], None] | None = None

    def need_services(self) -> Services:
        if self.services is None:
            raise RuntimeError("services are not ready yet")
        return self.services

    def need_learner(self) -> Learner:
        if self.learner is None:
            raise RuntimeError("no learner chosen")
        return self.learner
