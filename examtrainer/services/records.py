"""The plain, Qt-free and SQL-free records the services hand to the GUI.

They are defined next to the repositories that make them (``examtrainer.store.records``);
the GUI imports them from here, so that no GUI module imports the store.
"""

from __future__ import annotations

from examtrainer.store.records import Learner

__all__ = ["Learner"]
