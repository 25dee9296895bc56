"""Installing content packs: counts, difficulties, updates that retire items, one transaction."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import update

from examtrainer.adaptive import difficulty_for_level, level_for_theta
from examtrainer.bank.model import Irt, Pack
from examtrainer.errors import NotFound
from examtrainer.store import models as m
from examtrainer.store import repositories
from examtrainer.store.records import Learner, StoredItem
from examtrainer.store.repositories import Store


def _without(pack: Pack, item_id: str) -> Pack:
    return pack.model_copy(
        update={
            "items": tuple(i for i in pack.items if i.id != item_id),
            "manifest": pack.manifest.model_copy(update={"version": "2.0"}),
        }
    )


def test_install_counts_and_info(store: Store, tiny_pack: Pack, tiny_pack_folder: Path) -> None:
    info = store.banks.install(tiny_pack, str(tiny_pack_folder), bundled=True)
    assert (info.id, info.version, info.bundled) == ("test.tiny", "1.0", True)
    assert info.item_count == 5
    assert info.counts == {"reading": 5}
    assert info.origin == str(tiny_pack_folder / ".")
    assert store.banks.versions() == {"test.tiny": "1.0"}
    assert [b.id for b in store.banks.all()] == ["test.tiny"]
    stored = store.items.for_skill("reading")
    assert [s.key for s in stored] == [i.id for i in tiny_pack.items]
    assert stored[0].stimulus is not None and stored[0].stimulus.id == "tiny-r1"
    assert store.items.for_skill("reading", levels=["B1"])[0].key == "tiny-b1"


def test_difficulty_from_level_and_features_or_irt(items: list[StoredItem]) -> None:
    by_key = {s.key: s for s in items}
    assert by_key["tiny-r2-q2"].difficulty == pytest.approx(-0.2)  # irt in the pack
    starting = [by_key[key] for key in ("tiny-r1-q1", "tiny-r1-q2", "tiny-r2-q1", "tiny-b1")]
    for stored in starting:
        level = stored.item.level.value
        assert stored.difficulty == pytest.approx(
            repositories.item_starting_difficulty(stored.item, stored.stimulus)
        )
        assert level_for_theta(stored.difficulty) == level  # stays inside its level's band
        assert abs(stored.difficulty - difficulty_for_level(level)) <= 0.45
        assert stored.discrimination == 1.0
    assert len({s.difficulty for s in starting}) == len(starting)  # no ties


def test_a_bank_installed_with_level_difficulties_reads_the_feature_based_ones(
    store: Store, tiny_pack: Pack, tiny_pack_folder: Path
) -> None:
    """Banks installed before starting difficulties existed have the level value stored."""
    store.banks.install(tiny_pack, str(tiny_pack_folder))
    with store.engine.begin() as connection:
        connection.execute(
            update(m.ItemRow)
            .where(m.ItemRow.difficulty_source == "level")
            .values(difficulty=difficulty_for_level("A2"))
        )
    stored = [s for s in store.items.for_skill("reading") if s.item.irt is None]
    assert len({s.difficulty for s in stored}) == len(stored)
    for s in stored:
        assert s.difficulty == pytest.approx(
            repositories.item_starting_difficulty(s.item, s.stimulus)
        )


def test_reinstall_updates_retires_and_keeps_responses(
    store: Store,
    tiny_pack: Pack,
    tiny_pack_folder: Path,
    items: list[StoredItem],
    learner: Learner,
) -> None:
    by_key = {s.key: s for s in items}
    session = store.sessions.start(learner.id, "practice", "reading", {})
    store.responses.record(session.id, learner.id, by_key["tiny-b1"].id, "x", False, 3.0)
    store.responses.record(session.id, learner.id, by_key["tiny-r1-q1"].id, "Op zaterdag", True)
    store.items.set_difficulty(by_key["tiny-r1-q1"].id, 0.7, 40)

    info = store.banks.install(_without(tiny_pack, "tiny-b1"), str(tiny_pack_folder))

    assert (info.version, info.item_count) == ("2.0", 4)
    assert "tiny-b1" not in [s.key for s in store.items.for_skill("reading")]
    # Kept, with the same ids: the learner's answers still point at them.
    assert len(store.responses.of_learner(learner.id)) == 2
    again = {s.key: s for s in store.items.for_skill("reading")}
    assert again["tiny-r1-q1"].id == by_key["tiny-r1-q1"].id
    assert again["tiny-r1-q1"].difficulty == pytest.approx(0.7)  # calibration survives
    assert store.items.by_ids([by_key["tiny-b1"].id])[0].key == "tiny-b1"  # retired, not gone

    # Back in a later version: active again, same row.
    info = store.banks.install(tiny_pack, str(tiny_pack_folder))
    assert info.item_count == 5
    assert {s.key: s.id for s in store.items.for_skill("reading")} == {
        k: s.id for k, s in by_key.items()
    }


def test_reinstall_with_new_irt_overrides_calibration(
    store: Store, tiny_pack: Pack, tiny_pack_folder: Path, items: list[StoredItem]
) -> None:
    target = items[0]
    store.items.set_difficulty(target.id, 1.5, 100)
    with_irt = tiny_pack.model_copy(
        update={
            "items": tuple(
                i.model_copy(update={"irt": Irt(difficulty=-2.5, discrimination=1.4)})
                if i.id == target.key
                else i
                for i in tiny_pack.items
            )
        }
    )
    store.banks.install(with_irt, str(tiny_pack_folder))
    stored = store.items.by_ids([target.id])[0]
    assert (stored.difficulty, stored.discrimination) == (pytest.approx(-2.5), pytest.approx(1.4))


def test_install_is_one_transaction(
    store: Store, tiny_pack: Pack, tiny_pack_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure half-way leaves nothing of the pack: no bank row, stimuli or items."""
    real = repositories._item_difficulty
    calls: list[str] = []

    def fail_on_third(item: object, stimulus: object) -> tuple[float, float, str]:
        calls.append(getattr(item, "id", "?"))
        if len(calls) == 3:
            raise RuntimeError("disk pulled out")
        return real(item, stimulus)  # type: ignore[arg-type]

    monkeypatch.setattr(repositories, "_item_difficulty", fail_on_third)
    with pytest.raises(RuntimeError, match="disk pulled out"):
        store.banks.install(tiny_pack, str(tiny_pack_folder))

    assert len(calls) == 3  # the bank row and the first items were already in the transaction
    assert store.banks.all() == []
    assert store.items.for_skill("reading") == []
    with pytest.raises(NotFound):
        store.banks.get("test.tiny")
    with store.transaction() as db:
        assert db.query(repositories.m.StimulusRow).count() == 0
        assert db.query(repositories.m.ItemRow).count() == 0


def test_failed_update_keeps_the_installed_version(
    store: Store,
    tiny_pack: Pack,
    tiny_pack_folder: Path,
    items: list[StoredItem],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fail(item: object, stimulus: object) -> tuple[float, float, str]:
        raise RuntimeError("broken update")

    monkeypatch.setattr(repositories, "_item_difficulty", fail)
    with pytest.raises(RuntimeError):
        store.banks.install(_without(tiny_pack, "tiny-b1"), str(tiny_pack_folder))
    assert store.banks.versions() == {"test.tiny": "1.0"}
    assert store.items.for_skill("reading") == items


def test_remove_bank_removes_its_items(store: Store, items: list[StoredItem]) -> None:
    store.banks.remove("test.tiny")
    assert store.banks.all() == []
    assert store.items.for_skill("reading") == []
