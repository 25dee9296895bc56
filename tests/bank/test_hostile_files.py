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


def test_a_huge_text_field_is_refused(tmp_path: Path) -> None:
    """Before, a 50 MB field was accepted (850 MB - 1 GB of memory). Now every text field
    has a limit (50,000 characters), and a single source file one of 20 MiB."""
    from examtrainer.bank import model
    from examtrainer.bank.importers.messages import dutch

    pack = tmp_path / "pack"
    (pack / "items").mkdir(parents=True)
    (pack / "pack.yaml").write_text(
        "id: test.huge\ntitle: Groot\nversion: '1'\nlanguage: nl\nauthor: x\nlicense: CC0\n"
        "source: test\n",
        encoding="utf-8",
    )
    huge = "a " * (model.MAX_TEXT_CHARS)
    (pack / "items" / "a.yaml").write_text(
        "items:\n- id: q1\n  skill: reading\n  level: A2\n  type: multiple_choice\n"
        f"  question: '{huge}'\n  options: [ja, nee]\n  answer: ja\n",
        encoding="utf-8",
    )
    from examtrainer.bank.loader import load_pack
    from examtrainer.errors import PackInvalid

    with pytest.raises(PackInvalid) as caught:
        load_pack(pack)
    messages = [p.message for p in caught.value.problems]
    assert any("at most 50000 characters" in m for m in messages), messages
    assert dutch("String should have at most 50000 characters") == (
        "is te lang: hoogstens 50000 tekens"
    )


def test_a_huge_single_source_file_is_refused_before_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from examtrainer.bank import importers

    monkeypatch.setattr(importers, "MAX_SOURCE_FILE_BYTES", 1024)
    source = tmp_path / "quiz.xml"
    source.write_text('<?xml version="1.0"?><quiz>' + " " * 4096 + "</quiz>", encoding="utf-8")
    with pytest.raises(UnsafeArchive, match="larger than 1024 allowed"):
        importers.convert(source, tmp_path / "out", fmt="moodle_xml")


@pytest.mark.parametrize(
    "fixture", ["moodle/bank.xml", "qti/multi_response.xml"], ids=["moodle", "qti"]
)
def test_utf16_xml_with_a_bom_is_accepted(fixture: str, tmp_path: Path) -> None:
    source = Path(__file__).resolve().parents[1] / "fixtures" / "import" / fixture
    text = source.read_text(encoding="utf-8")
    text = text.replace('encoding="UTF-8"', 'encoding="UTF-16"').replace(
        'encoding="utf-8"', 'encoding="UTF-16"'
    )
    utf16 = tmp_path / source.name
    utf16.write_bytes(text.encode("utf-16"))  # with a byte order mark
    assert utf16.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    staging = tmp_path / "staging"
    staging.mkdir()
    plain, wide = preview_import(source, staging), preview_import(utf16, staging)
    assert wide.problems == [] and wide.pack is not None and plain.pack is not None
    assert len(wide.pack.items) == len(plain.pack.items)


def test_too_many_questions_in_one_import_are_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from examtrainer.bank.importers import builder
    from examtrainer.bank.importers.messages import dutch

    monkeypatch.setattr(builder, "MAX_ITEMS_PER_IMPORT", 3)
    source = Path(__file__).resolve().parents[1] / "fixtures" / "import" / "moodle" / "bank.xml"
    staging = tmp_path / "staging"
    staging.mkdir()
    preview = preview_import(source, staging)  # 7 questions
    assert preview.pack is None
    assert [p.message for p in preview.problems] == [dutch("more than 3 questions")]
    assert "te veel" in preview.problems[0].message
    assert list(staging.iterdir()) == []


def _png_header(width: int, height: int) -> bytes:
    import struct
    import zlib as _zlib

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    chunk = b"IHDR" + ihdr
    return (
        b"\x89PNG\r\n\x1a\n"
        + struct.pack(">I", len(ihdr))
        + chunk
        + struct.pack(">I", _zlib.crc32(chunk))
    )


def test_a_huge_picture_is_refused_from_its_header(tmp_path: Path) -> None:
    """Before, a 30,000 x 30,000 PNG (a few KB) was accepted; decoding it takes 3.6 GB."""
    import shutil

    from examtrainer.bank.images import image_size
    from examtrainer.bank.loader import load_pack
    from examtrainer.errors import PackInvalid

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "listen-speak"
    pack = tmp_path / "pack"
    shutil.copytree(fixture, pack)
    real = image_size(fixture / "images" / "ls-l1.png")
    assert real is not None and real[0] < 8000
    (pack / "images" / "ls-l1.png").write_bytes(_png_header(30_000, 30_000))
    with pytest.raises(PackInvalid) as caught:
        load_pack(pack)
    messages = [p.message for p in caught.value.problems]
    assert any("30000 x 30000 pixels is too large" in m for m in messages), messages
    from examtrainer.bank.importers.messages import dutch

    assert "te groot" in dutch("picture of 30000 x 30000 pixels is too large (at most 8000 x 8000)")


def test_picture_sizes_of_gif_and_jpeg_headers(tmp_path: Path) -> None:
    import struct

    from examtrainer.bank.images import image_size

    gif = tmp_path / "a.gif"
    gif.write_bytes(b"GIF89a" + struct.pack("<HH", 640, 480) + b"\x00" * 8)
    jpeg = tmp_path / "a.jpg"
    jpeg.write_bytes(
        b"\xff\xd8"
        + b"\xff\xe0"
        + struct.pack(">H", 16)
        + b"JFIF\x00"
        + b"\x00" * 9
        + b"\xff\xc0"
        + struct.pack(">HBHH", 17, 8, 1200, 1600)
        + b"\x00" * 12
    )
    assert image_size(gif) == (640, 480)
    assert image_size(jpeg) == (1600, 1200)
