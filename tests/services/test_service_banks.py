"""Validating, installing and updating content packs (bundled and teachers' own)."""

from __future__ import annotations

import logging
import shutil
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
import yaml

from examtrainer.errors import PackInvalid, UnknownFormat
from examtrainer.paths import AppPaths
from examtrainer.services import banks
from examtrainer.services.app import Services
from examtrainer.settings import Settings
from examtrainer.store.repositories import Store

from .conftest import BROKEN, TINY


def set_version(pack: Path, version: str) -> None:
    manifest = yaml.safe_load((pack / "pack.yaml").read_text(encoding="utf-8"))
    manifest["version"] = version
    (pack / "pack.yaml").write_text(yaml.safe_dump(manifest), encoding="utf-8")


def second_pack(root: Path) -> Path:
    """A valid pack with one reading item, id test.second."""
    (root / "items").mkdir(parents=True)
    (root / "pack.yaml").write_text(
        yaml.safe_dump(
            {
                "id": "test.second",
                "title": "Tweede",
                "version": "2.0",
                "author": "tests",
                "licence": "CC0-1.0",
                "source": "original",
            }
        )
    )
    (root / "items" / "a.yaml").write_text(
        yaml.safe_dump(
            {
                "items": [
                    {
                        "id": "second-1",
                        "skill": "reading",
                        "level": "A1",
                        "type": "true_false",
                        "question": "Is dit een test?",
                        "answer": "Juist",
                    }
                ]
            }
        )
    )
    return root


@pytest.fixture
def content(tmp_path: Path) -> Path:
    """A bundled-content folder: two valid packs and one broken one."""
    folder = tmp_path / "content"
    second_pack(folder / "a-second")
    shutil.copytree(BROKEN, folder / "b-broken")
    shutil.copytree(TINY, folder / "c-tiny")
    return folder


def test_install_bundled_installs_each_valid_pack_once(
    store: Store, content: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="examtrainer.services.banks"):
        assert banks.install_bundled(store, content) == ["test.second", "test.tiny"]

    installed = {info.id: info for info in store.banks.all()}
    assert set(installed) == {"test.second", "test.tiny"}
    assert all(info.bundled for info in installed.values())
    assert (installed["test.tiny"].item_count, installed["test.tiny"].counts) == (
        5,
        {"reading": 5},
    )
    assert "b-broken" in caplog.text  # the broken pack is skipped, with a reason in the log
    assert "broken-r1-q1" in caplog.text


def test_install_bundled_skips_packs_whose_version_is_installed(
    store: Store, content: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    banks.install_bundled(store, content)
    installs: list[str] = []
    original = store.banks.install

    def counting(pack, origin, bundled=False):  # type: ignore[no-untyped-def]
        installs.append(pack.manifest.id)
        return original(pack, origin, bundled)

    monkeypatch.setattr(store.banks, "install", counting)

    assert banks.install_bundled(store, content) == []
    assert installs == []

    set_version(content / "c-tiny", "1.1")
    assert banks.install_bundled(store, content) == ["test.tiny"]
    assert installs == ["test.tiny"]
    assert store.banks.get("test.tiny").version == "1.1"
    assert store.banks.get("test.second").version == "2.0"


def test_install_bundled_with_only_a_broken_pack(store: Store, tmp_path: Path) -> None:
    shutil.copytree(BROKEN, tmp_path / "content" / "broken")

    assert banks.install_bundled(store, tmp_path / "content") == []
    assert store.banks.all() == []


def test_services_open_installs_the_bundled_content(paths: AppPaths, content: Path) -> None:
    with_content = replace(paths, bundled_content=content)

    services = Services.open(with_content, Settings())
    try:
        assert services.backup is None  # nothing to back up: the schema was current
        assert {info.id for info in services.store.banks.all()} == {"test.second", "test.tiny"}
        assert services.install_bundled_content() == []
    finally:
        services.close()

    again = Services.open(with_content, Settings())  # a second start finds it all installed
    try:
        assert again.install_bundled_content() == []
        assert len(again.store.banks.all()) == 2
    finally:
        again.close()


def test_install_pack_folder_copies_the_pack_and_its_media(
    store: Store, paths: AppPaths, tmp_path: Path
) -> None:
    source = tmp_path / "pack"
    shutil.copytree(TINY, source)
    (source / "images").mkdir()
    (source / "images" / "deur.png").write_bytes(b"\x89PNG")
    reading = source / "items" / "reading.yaml"
    reading.write_text(
        reading.read_text(encoding="utf-8").replace(
            "    title: Briefje op de deur\n",
            "    title: Briefje op de deur\n    image: images/deur.png\n",
        ),
        encoding="utf-8",
    )

    info = banks.install_pack_folder(store, paths.installed_packs, source)

    target = paths.installed_packs / "test.tiny"
    assert (info.id, info.item_count, info.bundled) == ("test.tiny", 5, False)
    assert (target / "images" / "deur.png").read_bytes() == b"\x89PNG"
    assert not any(p.name.startswith(".") for p in paths.installed_packs.iterdir())
    stored = {s.key: s for s in store.items.for_skill("reading")}
    first = stored["tiny-r1-q1"]
    assert first.stimulus is not None and first.stimulus.image == "images/deur.png"
    assert Path(first.media_root).resolve() == target.resolve()

    shutil.rmtree(source)  # the installed copy does not depend on the original
    assert (Path(first.media_root) / "images" / "deur.png").is_file()


def test_install_pack_folder_from_a_zip(store: Store, paths: AppPaths, tmp_path: Path) -> None:
    archive = tmp_path / "tiny.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in sorted(TINY.rglob("*")):
            zf.write(path, "tiny/" + path.relative_to(TINY).as_posix())

    info = banks.install_pack_folder(store, paths.installed_packs, archive)

    assert info.item_count == 5
    assert (paths.installed_packs / "test.tiny" / "items" / "reading.yaml").is_file()


def test_installing_again_replaces_the_installed_copy(
    store: Store, paths: AppPaths, tmp_path: Path
) -> None:
    source = tmp_path / "pack"
    shutil.copytree(TINY, source)
    banks.install_pack_folder(store, paths.installed_packs, source)
    (source / "items" / "extra.yaml").write_text(
        "items:\n  - {id: extra-1, skill: reading, level: A1, type: true_false,"
        " question: Nog een?, answer: Juist}\n",
        encoding="utf-8",
    )
    set_version(source, "1.1")

    info = banks.install_pack_folder(store, paths.installed_packs, source)

    assert (info.version, info.item_count) == ("1.1", 6)
    assert (paths.installed_packs / "test.tiny" / "items" / "extra.yaml").is_file()
    assert [p.name for p in paths.installed_packs.iterdir()] == ["test.tiny"]


def test_a_broken_pack_is_not_installed_at_all(store: Store, paths: AppPaths) -> None:
    with pytest.raises(PackInvalid) as caught:
        banks.install_pack_folder(store, paths.installed_packs, BROKEN)

    assert len(caught.value.problems) == 4
    assert store.banks.all() == []
    assert store.items.for_skill("reading") == []
    assert list(paths.installed_packs.iterdir()) == []


def test_validate_a_folder_of_packs(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    shutil.copytree(TINY, folder / "tiny")
    second_pack(folder / "second")

    packs, problems = banks.validate(folder)

    assert problems == []
    assert sorted(p.manifest.id for p in packs) == ["test.second", "test.tiny"]


def test_validate_reports_ids_used_by_two_packs(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    shutil.copytree(TINY, folder / "a")
    shutil.copytree(TINY, folder / "b")
    set_version(folder / "b", "2")
    manifest = yaml.safe_load((folder / "b" / "pack.yaml").read_text())
    manifest["id"] = "test.copy"
    (folder / "b" / "pack.yaml").write_text(yaml.safe_dump(manifest))

    packs, problems = banks.validate(folder)

    assert len(packs) == 2
    assert {(p.file, p.item, p.field) for p in problems} >= {("test.copy", "tiny-b1", "id")}
    assert all(p.message == "also used in pack test.tiny" for p in problems)
    assert len(problems) == 7  # two stimuli and five items


def test_validate_names_the_pack_of_each_problem(tmp_path: Path) -> None:
    folder = tmp_path / "packs"
    shutil.copytree(TINY, folder / "tiny")
    shutil.copytree(BROKEN, folder / "broken")

    packs, problems = banks.validate(folder)

    assert [p.manifest.id for p in packs] == ["test.tiny"]
    assert {p.file for p in problems} == {
        "broken/items/reading.yaml",
        "broken/items/listening.yaml",
    }


def test_validate_without_packs(tmp_path: Path) -> None:
    with pytest.raises(UnknownFormat):
        banks.validate(tmp_path)


def test_stats_of_the_tiny_pack() -> None:
    packs, _ = banks.validate(TINY)

    counts = banks.stats(packs)

    assert counts["reading"]["A1"] == {
        "stimuli": 1,
        "questions": 2,
        "types": {"multiple_choice": 1, "true_false": 1},
    }
    assert counts["reading"]["B1"] == {
        "stimuli": 0,
        "questions": 1,
        "types": {"multiple_choice": 1},
    }
    assert list(counts) == ["reading"]
