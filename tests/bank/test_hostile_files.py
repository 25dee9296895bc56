"""Hostile files refused in bounded time and memory (issue 12, point 8, the archive part).
Before: the ratio check looked only at members over 1 MiB and XLSX was not checked at all
(a 1-3 MB file made openpyxl use 1.1-3.7 GB); a pack zip of 900 small YAML bombs left 1.8 GB
on disk for good; refused or killed imports left their temporary folders (424 MB)."""

from __future__ import annotations

import os
import time
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from examtrainer.bank import archive
from examtrainer.bank.archive import safe_extract
from examtrainer.errors import UnsafeArchive
from examtrainer.services.importing import preview_import, sweep_temporary_folders


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_every_member_has_its_ratio_checked(tmp_path: Path) -> None:
    """Members under 1 MiB passed before, whatever their ratio."""
    members = {f"items/{i}.yaml": b"a" * (512 * 1024) for i in range(5)}
    source = _zip(tmp_path / "pack.zip", members)
    with pytest.raises(UnsafeArchive, match="compression ratio"):
        safe_extract(source, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_many_small_bombs_are_caught_by_the_total_ratio(tmp_path: Path) -> None:
    """Each member under the per-member floor (64 KiB), together a bomb."""
    members = {f"items/{i}.yaml": b"a" * (60 * 1024) for i in range(200)}
    source = _zip(tmp_path / "pack.zip", members)
    assert all(i.file_size < archive.RATIO_FLOOR_BYTES for i in zipfile.ZipFile(source).infolist())
    with pytest.raises(UnsafeArchive, match="compression ratio"):
        safe_extract(source, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_normal_text_and_media_still_unpack(tmp_path: Path) -> None:
    text = "".join(
        f"- id: q{i}\n  question: Wat doet u op dag {i % 7}? Om {i % 24} uur ga ik naar {i}.\n"
        for i in range(3000)
    ).encode()
    assert len(text) > archive.RATIO_FLOOR_BYTES
    noise = os.urandom(300 * 1024)  # like an Ogg file: does not compress
    source = _zip(tmp_path / "pack.zip", {"items/a.yaml": text, "audio/a.ogg": noise})
    out = safe_extract(source, tmp_path / "out")
    assert (out / "items" / "a.yaml").read_bytes() == text


def _xlsx_bomb(path: Path) -> Path:
    workbook = Workbook()
    workbook.active.append(["skill", "level", "question"])
    workbook.save(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/worksheets/sheet2.xml", b" " * (20 * 1024 * 1024))
    return path


def test_an_xlsx_bomb_is_refused_before_openpyxl_reads_it(tmp_path: Path) -> None:
    source = _xlsx_bomb(tmp_path / "vragen.xlsx")
    assert source.stat().st_size < 200 * 1024
    staging = tmp_path / "staging"
    staging.mkdir()
    preview = preview_import(source, staging)
    messages = [p.message for p in preview.problems]
    assert any("zip-bom" in m for m in messages), messages  # in Dutch
    assert preview.pack is None
    assert list(staging.iterdir()) == []  # no staging folder left


def test_a_refused_pack_zip_leaves_no_staging_folder(tmp_path: Path) -> None:
    members = {"pack.yaml": b"id: x\n"} | {f"items/{i}.yaml": b"a" * (512 * 1024) for i in range(3)}
    source = _zip(tmp_path / "bom.zip", members)
    staging = tmp_path / "staging"
    staging.mkdir()
    try:
        preview = preview_import(source, staging)
    except UnsafeArchive:
        pass
    else:
        assert preview.pack is None
    assert list(staging.iterdir()) == []


def test_folders_of_killed_imports_are_swept(tmp_path: Path) -> None:
    old = tmp_path / "examtrainer-import-abc123"
    (old / "pack").mkdir(parents=True)
    (old / "pack" / "big.bin").write_bytes(b"x" * 1024)
    running = tmp_path / "examtrainer-import-def456"
    running.mkdir()
    someone_elses = tmp_path / "other-program-tmp"
    someone_elses.mkdir()
    hours_ago = time.time() - 2 * 3600
    for folder in (old, someone_elses):
        os.utime(folder, (hours_ago, hours_ago))
    removed = sweep_temporary_folders(tmp_path)
    assert removed == [old] and not old.exists()
    assert running.exists() and someone_elses.exists()
