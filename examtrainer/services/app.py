"""The application's services: one object, built at start-up, that screens and the CLI share.

Building it opens (and if needed upgrades) the database and installs the bundled content;
that is slow work for the UI thread, so the GUI builds it in the background.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import numpy as np

from examtrainer.exam.practice import Clock
from examtrainer.paths import AppPaths
from examtrainer.services import banks
from examtrainer.services.pin_guard import TEACHER, PinCheck, PinGuard, learner_key
from examtrainer.services.practice import PracticeRun, start_practice
from examtrainer.services.progress import Progress, learner_progress
from examtrainer.services.speaking import SpeakingRun, delete_expired_recordings, start_speaking
from examtrainer.settings import Settings
from examtrainer.store.db import create_db_engine, sqlite_url, upgrade
from examtrainer.store.records import Learner
from examtrainer.store.repositories import Store
from examtrainer.store.teaching import Teaching

log = logging.getLogger(__name__)


def database_url(paths: AppPaths, settings: Settings) -> str:
    return settings.database_url or sqlite_url(paths.database_file)


@dataclass
class Services:
    paths: AppPaths
    settings: Settings
    store: Store
    rng: np.random.Generator = field(default_factory=np.random.default_rng)
    clock: Clock = time.monotonic
    backup: str | None = None
    # Wall-clock time (UTC) for waits that must survive a restart (wrong PIN tries).
    wall_clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))

    @classmethod
    def open(cls, paths: AppPaths, settings: Settings, install_content: bool = True) -> Services:
        """Open the database (upgrading it, with a backup of a SQLite file first)."""
        paths.ensure()
        engine = create_db_engine(database_url(paths, settings))
        backup = upgrade(engine, paths.backups)
        store = Store(engine)
        services = cls(paths=paths, settings=settings, store=store, backup=backup)
        if install_content:
            services.install_bundled_content()
        return services

    @property
    def teaching(self) -> Teaching:
        """The teacher's use cases over the store (roster, groups, class progress, review
        queue): the GUI's door to them, so that no screen imports the store."""
        return Teaching(self.store)

    def install_bundled_content(self) -> list[str]:
        """Install the packs shipped with the app, then the school's ``shared_content`` packs
        (if that folder is set and reachable), each when its version changed."""
        updated = banks.install_bundled(self.store, self.paths.bundled_content)
        shared = Path(self.settings.shared_content) if self.settings.shared_content else None
        if shared is not None and shared.is_dir():
            updated += banks.install_bundled(self.store, shared)
        elif shared is not None:
            log.warning("shared_content folder %s is not reachable; skipped", shared)
        if updated:
            log.info("installed bundled packs: %s", ", ".join(updated))
        return updated

    def close(self) -> None:
        self.store.dispose()

    # -- learners --------------------------------------------------------------------
    def learners(self) -> list[Learner]:
        return self.store.learners.all()

    def create_learner(
        self,
        name: str,
        language: str,
        exam_target: str = "A2",
        goal: str = "",
        deadline: date | None = None,
    ) -> Learner:
        return self.store.learners.create(
            name, language=language, exam_target=exam_target, goal=goal, deadline=deadline
        )

    def set_learner_pin(self, learner_id: int, pin: str) -> None:
        """Protect a profile with the learner's own code; "" removes the code."""
        from examtrainer.services.teacher import hash_pin

        self.store.learners.set_pin_hash(learner_id, hash_pin(pin) if pin else "")

    @property
    def pin_guard(self) -> PinGuard:
        return PinGuard(self.store, self.wall_clock)

    def check_profile_pin(self, learner_id: int, pin: str) -> PinCheck:
        """Open a profile: accepted when it has no code, or ``pin`` is its code or the teacher
        PIN; wrong tries are counted (see services/pin_guard.py). Slow: off the UI thread."""
        stored = self.store.learners.pin_hash(learner_id)
        if not stored:
            return PinCheck(True)
        return self.pin_guard.check_profile(learner_id, pin, stored, self.settings.teacher_pin_hash)

    def may_open_profile(self, learner_id: int, pin: str) -> bool:
        """True when the profile has no code, or ``pin`` is its code or the teacher PIN."""
        return self.check_profile_pin(learner_id, pin).accepted

    def check_teacher_pin(self, pin: str) -> PinCheck:
        """The teacher PIN, with its counter of wrong tries. Slow: off the UI thread."""
        return self.pin_guard.check_teacher(pin, self.settings.teacher_pin_hash)

    def needs_teacher_pin(self) -> bool:
        """True when teacher actions must be unlocked with the teacher PIN. Raises PinError
        on a shared school database without one (IT must set it in site.toml first)."""
        from examtrainer.services.teacher import PinError

        if self.settings.teacher_pin_hash:
            return True
        if self.settings.database_url:
            raise PinError(
                "Deze computer gebruikt de database van de school, maar er is nog geen "
                "docent-PIN. Vraag de ICT-beheerder om die in site.toml te zetten."
            )
        return False  # one's own database on one's own PC, no PIN chosen yet

    def authorise_teacher(self, pin: str) -> None:
        """Raise PinError (plain Dutch) unless ``pin`` is the teacher PIN; counts the try."""
        from examtrainer.services.teacher import PinError

        result = self.check_teacher_pin(pin)
        if result.accepted:
            return
        if result.wait_seconds > 0:
            minutes = max(1, round(result.wait_seconds / 60))
            wait = (
                f"{int(result.wait_seconds)} seconden"
                if result.wait_seconds < 60
                else (f"{minutes} minuten" if minutes > 1 else "1 minuut")
            )
            raise PinError(f"De docent-PIN klopt niet. Wacht {wait} en probeer het opnieuw.")
        raise PinError("De docent-PIN klopt niet.")

    def pin_wait_left(self, learner_id: int | None = None) -> float:
        """Seconds before the teacher PIN (or a profile's code) may be tried again."""
        return self.pin_guard.wait_left(TEACHER if learner_id is None else learner_key(learner_id))

    # -- practice ----------------------------------------------------------------------
    def start_practice(self, learner_id: int, skill: str, placement: bool = False) -> PracticeRun:
        return start_practice(
            self.store,
            learner_id,
            skill,
            placement=placement,
            minutes=self.settings.practice_minutes,
            rng=self.rng,
            clock=self.clock,
        )

    @property
    def recordings_folder(self) -> Path:
        """Where speaking recordings go: the school's shared folder (site config
        ``shared_recordings``) so teachers on any PC can hear them, else the user's data folder."""
        shared = self.settings.shared_recordings
        return Path(shared) if shared else self.paths.recordings

    def start_speaking(self, learner_id: int) -> SpeakingRun:
        """Speaking practice: recorded tasks near the learner's level and reaction items."""
        learner = self.store.learners.get(learner_id)
        return start_speaking(
            self.store,
            learner_id,
            self.recordings_folder,
            exam_target=learner.exam_target,
            rng=self.rng,
            clock=self.clock,
        )

    def delete_expired_recordings(self, now: datetime | None = None) -> int:
        """Delete recordings older than ``settings.recordings_keep_days``; slow, run it in the
        background (the GUI does so at start-up). Returns the number of files deleted."""
        return delete_expired_recordings(
            self.store, self.recordings_folder, self.settings.recordings_keep_days, now
        )

    def progress(self, learner_id: int) -> Progress:
        return learner_progress(self.store, learner_id)

    def expired_recordings_cutoff(self) -> datetime:
        return datetime.now(UTC) - timedelta(days=self.settings.recordings_keep_days)
