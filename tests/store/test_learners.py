"""Learners and groups: create, list, update, archive."""

from __future__ import annotations

from datetime import date

import pytest

from examtrainer.errors import NotFound
from examtrainer.store.repositories import Store


def test_create_and_get(store: Store) -> None:
    created = store.learners.create(
        "  Amira  ", language="ar", exam_target="B1", goal="Werk", deadline=date(2027, 1, 31)
    )
    assert created.name == "Amira"  # stripped
    assert store.learners.get(created.id) == created
    assert created.deadline == date(2027, 1, 31)


def test_all_is_sorted_case_insensitively_and_hides_archived(store: Store) -> None:
    names = ["bram", "Amira", "Celik", "anna"]
    ids = {name: store.learners.create(name).id for name in names}
    assert [learner.name for learner in store.learners.all()] == ["Amira", "anna", "bram", "Celik"]
    store.learners.update(ids["bram"], archived=True)
    assert "bram" not in [learner.name for learner in store.learners.all()]
    assert "bram" in [learner.name for learner in store.learners.all(include_archived=True)]


def test_update_changes_only_what_is_given(store: Store) -> None:
    learner = store.learners.create("Tomasz", language="pl")
    updated = store.learners.update(learner.id, goal="Staatsexamen", exam_target="B1")
    assert (updated.goal, updated.exam_target, updated.language) == ("Staatsexamen", "B1", "pl")
    assert store.learners.get(learner.id) == updated


def test_update_refuses_unknown_fields_and_learners(store: Store) -> None:
    learner = store.learners.create("Tomasz")
    with pytest.raises(ValueError, match="id"):
        store.learners.update(learner.id, id=99)
    with pytest.raises(NotFound):
        store.learners.update(learner.id + 1000, goal="x")
    with pytest.raises(NotFound):
        store.learners.get(learner.id + 1000)


def test_groups(store: Store) -> None:
    late = store.learners.create_group("Woensdagavond")
    early = store.learners.create_group(" Dinsdagochtend ")
    assert [g.name for g in store.learners.groups()] == ["Dinsdagochtend", "Woensdagavond"]
    learner = store.learners.create("Amira", group_id=early.id)
    assert store.learners.get(learner.id).group_id == early.id
    store.learners.update(learner.id, group_id=late.id)
    assert store.learners.get(learner.id).group_id == late.id
