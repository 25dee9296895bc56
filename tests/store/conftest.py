"""Fixtures of the store tests: a learner and the tiny pack installed in the test's Store."""

from __future__ import annotations

from pathlib import Path

import pytest

from examtrainer.bank.model import Pack
from examtrainer.store.records import Learner, StoredItem
from examtrainer.store.repositories import Store


@pytest.fixture
def items(store: Store, tiny_pack: Pack, tiny_pack_folder: Path) -> list[StoredItem]:
    """The tiny pack installed; its five reading items in pack order."""
    store.banks.install(tiny_pack, str(tiny_pack_folder))
    return store.items.for_skill("reading")


@pytest.fixture
def learner(store: Store) -> Learner:
    return store.learners.create("Amira", language="ar")
