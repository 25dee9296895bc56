"""Safe unpacking of zips: no path traversal, absolute paths, links, bombs or broken archives."""

from __future__ import annotations

import stat
import struct
import zipfile
from pathlib import Path

import pytest

from examtrainer.bank import archive
from examtrainer.bank.archive import check_member, safe_extract
from examtrainer.errors import ExamtrainerError, UnsafeArchive


def make_zip(path: Path, members: dict[str, bytes | zipfile.ZipInfo]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data if isinstance(data, bytes) else b"")
    return path


def test_extracts_a_normal_zip(tmp_path: Path) -> None:
    source = make_zip(
        tmp_path / "ok.zip",
        {"pack.yaml": b"id: x\n", "items/a.yaml": b"items: []\n", "audio/deep/b.ogg": b"OggS"},
    )
    with zipfile.ZipFile(source, "a") as zf:
        zf.writestr(zipfile.ZipInfo("empty-folder/"), b"")

    target = safe_extract(source, tmp_path / "out")

    assert target == tmp_path / "out"
    assert (target / "pack.yaml").read_bytes() == b"id: x\n"
    assert (target / "items" / "a.yaml").read_bytes() == b"items: []\n"
    assert (target / "audio" / "deep" / "b.ogg").read_bytes() == b"OggS"
    assert (target / "empty-folder").is_dir()


def test_refuses_path_traversal_and_writes_nothing(tmp_path: Path) -> None:
    source = make_zip(tmp_path / "evil.zip", {"good.txt": b"fine", "../evil": b"owned"})

    with pytest.raises(UnsafeArchive, match=r"\.\."):
        safe_extract(source, tmp_path / "out" / "inner")

    assert not (tmp_path / "out" / "evil").exists()
    assert not (tmp_path / "out" / "inner").exists()  # checked before anything is written


def test_refuses_traversal_hidden_in_the_middle_or_with_backslashes(tmp_path: Path) -> None:
    for name in ("items/../../evil", "items\\..\\..\\evil"):
        source = make_zip(tmp_path / "evil.zip", {name: b"owned"})
        with pytest.raises(UnsafeArchive):
            safe_extract(source, tmp_path / "out")
    assert not (tmp_path / "evil").exists()


@pytest.mark.parametrize("name", ["/etc/examtrainer-evil", "C:/evil.txt", "\\\\server\\evil"])
def test_refuses_absolute_paths(tmp_path: Path, name: str) -> None:
    source = make_zip(tmp_path / "abs.zip", {name: b"owned"})

    with pytest.raises(UnsafeArchive, match="absolute path"):
        safe_extract(source, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_refuses_symbolic_links(tmp_path: Path) -> None:
    link = zipfile.ZipInfo("audio/link.ogg")
    link.create_system = 3  # unix
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    source = tmp_path / "link.zip"
    with zipfile.ZipFile(source, "w") as zf:
        zf.writestr("pack.yaml", b"id: x\n")
        zf.writestr(link, b"/etc/passwd")

    with pytest.raises(UnsafeArchive, match="symbolic link"):
        safe_extract(source, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_regular_files_with_unix_modes_are_fine(tmp_path: Path) -> None:
    info = zipfile.ZipInfo("run.txt")
    info.create_system = 3
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    source = tmp_path / "modes.zip"
    with zipfile.ZipFile(source, "w") as zf:
        zf.writestr(info, b"plain")

    assert (safe_extract(source, tmp_path / "out") / "run.txt").read_bytes() == b"plain"


def test_refuses_a_zip_that_declares_more_than_the_limit(tmp_path: Path) -> None:
    source = make_zip(tmp_path / "big.zip", {"a.bin": b"x" * 600, "b.bin": b"y" * 600})

    with pytest.raises(UnsafeArchive, match="too large"):
        safe_extract(source, tmp_path / "out", max_total_bytes=1000)
    assert not (tmp_path / "out").exists()
    # the same archive is fine under a limit it fits in
    assert (safe_extract(source, tmp_path / "ok", max_total_bytes=1200) / "b.bin").stat().st_size


def test_refuses_a_member_with_a_bomb_like_compression_ratio(tmp_path: Path) -> None:
    source = make_zip(tmp_path / "bomb.zip", {"zeros.bin": bytes(4 * 1024 * 1024)})
    (info,) = zipfile.ZipFile(source).infolist()
    assert info.file_size / info.compress_size > archive.MAX_RATIO

    with pytest.raises(UnsafeArchive, match="compression ratio"):
        safe_extract(source, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def _understate_size(source: Path, name: str, declared: int) -> None:
    """Forge the central directory so that member ``name`` claims ``declared`` bytes."""
    data = bytearray(source.read_bytes())
    with zipfile.ZipFile(source) as zf:
        info = zf.getinfo(name)
    central = data.find(b"PK\x01\x02")
    while central != -1:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if data[central + 46 : central + 46 + name_length] == name.encode():
            struct.pack_into("<I", data, central + 24, declared)
            break
        central = data.find(b"PK\x01\x02", central + 4)
    assert central != -1, "member not found"
    assert info.file_size != declared
    source.write_bytes(bytes(data))


def test_refuses_a_member_that_expands_beyond_its_forged_header(tmp_path: Path) -> None:
    source = make_zip(tmp_path / "forged.zip", {"a.bin": bytes(range(256)) * 8})
    _understate_size(source, "a.bin", 100)
    assert zipfile.ZipFile(source).getinfo("a.bin").file_size == 100

    with pytest.raises(UnsafeArchive):
        safe_extract(source, tmp_path / "out", max_total_bytes=500)


def test_refuses_too_many_members(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(archive, "MAX_MEMBERS", 3)
    source = make_zip(tmp_path / "many.zip", {f"{i}.txt": b"x" for i in range(4)})

    with pytest.raises(UnsafeArchive, match="too many files"):
        safe_extract(source, tmp_path / "out")


def test_refuses_a_file_that_is_not_a_zip(tmp_path: Path) -> None:
    source = tmp_path / "pack.zip"
    source.write_text("this is not a zip file")

    with pytest.raises(UnsafeArchive, match="not a valid zip file") as caught:
        safe_extract(source, tmp_path / "out")
    assert isinstance(caught.value, ExamtrainerError)  # the app can explain it


def test_refuses_a_damaged_zip_with_a_plain_error(tmp_path: Path) -> None:
    source = make_zip(tmp_path / "damaged.zip", {"a.txt": bytes(range(256)) * 16})
    (info,) = zipfile.ZipFile(source).infolist()
    data = bytearray(source.read_bytes())
    start = info.header_offset + 30 + len("a.txt")  # the member's compressed data
    for offset in range(start + 2, start + info.compress_size - 2):
        data[offset] ^= 0x5A
    source.write_bytes(bytes(data))
    assert zipfile.ZipFile(source).infolist()[0].filename == "a.txt"  # directory intact

    with pytest.raises(UnsafeArchive):
        safe_extract(source, tmp_path / "out")


def test_check_member_returns_the_safe_relative_path() -> None:
    assert check_member(zipfile.ZipInfo("items/a.yaml")).parts == ("items", "a.yaml")
    assert check_member(zipfile.ZipInfo("items\\b.yaml")).parts == ("items", "b.yaml")
