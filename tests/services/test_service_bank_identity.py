"""Issue 14: banks have identity. Importing never replaces a bank without asking; bundled
and teachers' banks never retire each other; answers stay in the history."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from examtrainer.bank.loader import load_pack
from examtrainer.errors import BankConflict
from examtrainer.paths import AppPaths
from examtrainer.services import banks
from examtrainer.services.importing import (
    KEEP_BOTH,
    REPLACE,
    BankExists,
    import_bank,
    install_preview,
    preview_import,
    removal_effect,
    remove_bank,
)
from examtrainer.store.records import Learner
from examtrainer.store.repositories import Store

from .conftest import TINY

GIFT_A = "$CATEGORY: $course$/Wonen\n\n::Huur:: Wanneer betaalt u? {=op de 1e ~op de 20e}\n"
GIFT_B = "$CATEGORY: $course$/Werk\n\n::Ziek:: Wie belt u als u ziek bent? {=de baas ~de bakker}\n"
BUREN = "\n::Buren:: Wie woont naast u? {=de buren ~de bakker}\n"


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def answer_all(store: Store, learner: Learner, bank_id: str) -> int:
    session = store.sessions.start(learner.id, "practice", "reading", {})
    items = [s for s in store.items.for_skill("reading") if s.bank_id == bank_id]
    for stored in items:
        store.responses.record(session.id, learner.id, stored.id, {"value": "x"}, False)
    return len(items)


def test_two_files_with_the_same_name_make_two_banks(
    store: Store, paths: AppPaths, tmp_path: Path
) -> None:
    first = import_bank(store, paths, write(tmp_path / "a", "toets.gift", GIFT_A))
    second = import_bank(store, paths, write(tmp_path / "b", "toets.gift", GIFT_B))
    assert first.bank.id != second.bank.id
    assert "toets" not in first.bank.id
    assert {b.id: b.item_count for b in store.banks.all()} == {
        first.bank.id: 1,
        second.bank.id: 1,
    }


def test_the_same_bank_again_shows_the_difference_and_asks(
    store: Store, paths: AppPaths, tmp_path: Path, learner: Learner
) -> None:
    first = import_bank(store, paths, write(tmp_path / "a", "wonen.gift", GIFT_A))
    assert answer_all(store, learner, first.bank.id) == 1
    changed = GIFT_A.replace("op de 20e", "op de 25e") + BUREN
    source = write(tmp_path / "b", "wonen-nieuw.gift", changed)
    with pytest.raises(BankExists) as raised:
        import_bank(store, paths, source)
    diff = raised.value.preview.diff
    assert diff is not None
    assert (diff.new, diff.changed, diff.removed, diff.answered) == (["Buren"], ["Huur"], [], 1)

    preview = preview_import(source, store=store)
    assert preview.existing is not None and preview.existing.id == first.bank.id
    install_preview(store, paths, preview, REPLACE)
    assert store.banks.get(first.bank.id).item_count == 2
    assert len(store.banks.all()) == 1


def test_keep_both_installs_beside_the_existing_bank(
    store: Store, paths: AppPaths, tmp_path: Path
) -> None:
    source = write(tmp_path, "wonen.gift", GIFT_A)
    first = import_bank(store, paths, source)
    kept = import_bank(store, paths, source, choice=KEEP_BOTH)
    assert kept.bank.id == f"{first.bank.id}-2"
    assert sorted(b.id for b in store.banks.all()) == [first.bank.id, kept.bank.id]


def test_removed_items_are_retired_and_their_answers_stay(
    store: Store, paths: AppPaths, tmp_path: Path, learner: Learner
) -> None:
    both = GIFT_A + BUREN
    first = import_bank(store, paths, write(tmp_path / "a", "wonen.gift", both))
    answer_all(store, learner, first.bank.id)
    source = write(tmp_path / "b", "wonen.gift", GIFT_A)
    preview = preview_import(source, store=store)
    assert preview.diff is not None and preview.diff.removed == ["Buren"]
    assert preview.diff.answered == 1
    install_preview(store, paths, preview, REPLACE)
    assert len(store.responses.of_learner(learner.id)) == 2  # history intact
    contents = {c.key: c for c in store.banks.contents(first.bank.id)}
    assert contents["Buren"].retired and contents["Buren"].answers == 1


def test_a_teachers_pack_never_retires_a_bundled_bank(
    store: Store, paths: AppPaths, tmp_path: Path
) -> None:
    banks.install_bundled(store, TINY.parent)
    bundled_count = store.banks.get("test.tiny").item_count
    teachers = tmp_path / "tiny-eigen"
    shutil.copytree(TINY, teachers)
    items = sorted((teachers / "items").glob("*.yaml"))
    for extra in items[1:]:
        extra.unlink()
    preview = preview_import(teachers, store=store)
    assert preview.bundled_clash
    with pytest.raises(BankConflict):
        install_preview(store, paths, preview, REPLACE)
    assert store.banks.get("test.tiny").item_count == bundled_count
    kept = import_bank(store, paths, teachers, choice=KEEP_BOTH)
    assert kept.bank.id == "test.tiny-2" and not kept.bank.bundled
    assert store.banks.get("test.tiny").item_count == bundled_count


def test_a_bundled_update_never_retires_a_teachers_bank(
    store: Store, paths: AppPaths, tmp_path: Path
) -> None:
    import_bank(store, paths, TINY)  # a teacher's copy with the bundled id, installed first
    teachers_count = store.banks.get("test.tiny").item_count
    content = tmp_path / "content"
    shutil.copytree(TINY, content / "tiny")
    manifest = yaml.safe_load((content / "tiny" / "pack.yaml").read_text(encoding="utf-8"))
    manifest["version"] = "99"
    (content / "tiny" / "pack.yaml").write_text(yaml.safe_dump(manifest), encoding="utf-8")
    for extra in sorted((content / "tiny" / "items").glob("*.yaml"))[1:]:
        extra.unlink()
    assert banks.install_bundled(store, content) == []
    assert store.banks.get("test.tiny").item_count == teachers_count
    with pytest.raises(BankConflict):
        store.banks.install(load_pack(content / "tiny"), str(content / "tiny"), bundled=True)


def test_remove_a_bank_without_answers_deletes_it(
    store: Store, paths: AppPaths, tmp_path: Path
) -> None:
    result = import_bank(store, paths, write(tmp_path, "wonen.gift", GIFT_A))
    assert (paths.installed_packs / result.bank.id).is_dir()
    effect = remove_bank(store, paths, result.bank.id)
    assert effect.deleted and effect.answers == 0
    assert store.banks.all() == []
    assert not (paths.installed_packs / result.bank.id).exists()


def test_remove_a_bank_with_answers_keeps_the_history(
    store: Store, paths: AppPaths, tmp_path: Path, learner: Learner
) -> None:
    result = import_bank(store, paths, write(tmp_path, "wonen.gift", GIFT_A))
    answer_all(store, learner, result.bank.id)
    assert removal_effect(store, result.bank.id).answers == 1
    effect = remove_bank(store, paths, result.bank.id)
    assert not effect.deleted and effect.answers == 1
    assert store.banks.get(result.bank.id).item_count == 0  # nothing left to practise
    assert len(store.responses.of_learner(learner.id)) == 1


def test_bundled_banks_cannot_be_removed(store: Store, paths: AppPaths) -> None:
    banks.install_bundled(store, TINY.parent)
    with pytest.raises(BankConflict):
        remove_bank(store, paths, "test.tiny")
