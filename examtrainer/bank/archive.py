"""Safe unpacking of zip archives (packs, QTI packages): no path traversal, links or bombs."""

from __future__ import annotations

import shutil
import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from examtrainer.errors import UnsafeArchive

MAX_TOTAL_BYTES = 1024 * 1024 * 1024  # 1 GiB unpacked
MAX_MEMBERS = 50_000
# Unpacked / packed size. Text compresses about 3-10x, a very repetitive file up to ~50x; a
# bomb thousands of times. Checked for every member and for the archive as a whole; a member
# under RATIO_FLOOR_BYTES unpacked cannot make a bomb on its own (it counts in the total).
MAX_RATIO = 200
RATIO_FLOOR_BYTES = 64 * 1024


def _bomb_like(unpacked: int, packed: int) -> bool:
    return unpacked > RATIO_FLOOR_BYTES and unpacked > MAX_RATIO * max(packed, 1)


def check_member(info: zipfile.ZipInfo) -> PurePosixPath:
    """Return the member's safe relative path, or raise UnsafeArchive saying why not."""
    name = info.filename.replace("\\", "/")
    path = PurePosixPath(name)
    if path.is_absolute() or name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        raise UnsafeArchive(f"'{info.filename}': absolute path in archive")
    if any(part == ".." for part in path.parts):
        raise UnsafeArchive(f"'{info.filename}': path leaves the archive folder (..)")
    mode = info.external_attr >> 16
    if mode and stat.S_ISLNK(mode):
        raise UnsafeArchive(f"'{info.filename}': symbolic links are not allowed")
    if _bomb_like(info.file_size, info.compress_size):
        raise UnsafeArchive(f"'{info.filename}': suspicious compression ratio (zip bomb?)")
    return path


def check_archive(
    zf: zipfile.ZipFile, name: str, max_total_bytes: int = MAX_TOTAL_BYTES
) -> list[tuple[zipfile.ZipInfo, PurePosixPath]]:
    """Check an archive (a pack, a QTI package, an XLSX workbook) before anything of it is
    read: the number of members, the unpacked size, and the compression ratio of every
    member and of the whole. Returns each member with its safe path; raises UnsafeArchive."""
    infos = zf.infolist()
    if len(infos) > MAX_MEMBERS:
        raise UnsafeArchive(f"'{name}': too many files ({len(infos)})")
    declared = sum(info.file_size for info in infos)
    if declared > max_total_bytes:
        raise UnsafeArchive(f"'{name}': unpacks to {declared} bytes, too large")
    if _bomb_like(declared, sum(info.compress_size for info in infos)):
        raise UnsafeArchive(f"'{name}': suspicious compression ratio (zip bomb?)")
    return [(info, check_member(info)) for info in infos]


def safe_extract(archive: Path, target: Path, max_total_bytes: int = MAX_TOTAL_BYTES) -> Path:
    """Unpack ``archive`` into ``target`` after checking every member; returns ``target``.

    Sizes and ratios are checked against the header first and again while writing, because
    a forged header can understate the real size. A refused or broken archive leaves nothing
    behind in ``target`` (when this call created it).
    """
    try:
        zf = zipfile.ZipFile(archive)
    except zipfile.BadZipFile as error:
        raise UnsafeArchive(f"'{archive.name}' is not a valid zip file: {error}") from error
    created = not target.exists()
    try:
        with zf:
            _extract(
                zf,
                archive.name,
                check_archive(zf, archive.name, max_total_bytes),
                target,
                max_total_bytes,
            )
    except BaseException:
        if created:
            shutil.rmtree(target, ignore_errors=True)
        raise
    return target


def _extract(
    zf: zipfile.ZipFile,
    name: str,
    checked: list[tuple[zipfile.ZipInfo, PurePosixPath]],
    target: Path,
    max_total_bytes: int,
) -> None:
    written = 0
    target.mkdir(parents=True, exist_ok=True)
    for info, rel in checked:
        destination = target.joinpath(*rel.parts)
        if info.is_dir():
            destination.mkdir(parents=True, exist_ok=True)
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        try:
            with zf.open(info) as source, destination.open("wb") as sink:
                member = 0
                while chunk := source.read(1024 * 1024):
                    written += len(chunk)
                    member += len(chunk)
                    if written > max_total_bytes:
                        raise UnsafeArchive(f"'{name}': unpacks larger than allowed")
                    if _bomb_like(member, info.compress_size):  # a forged header
                        raise UnsafeArchive(
                            f"'{info.filename}': suspicious compression ratio (zip bomb?)"
                        )
                    sink.write(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError) as error:
            # damaged data, or a forged header whose sizes do not match the contents
            raise UnsafeArchive(f"'{name}': '{info.filename}' is damaged: {error}") from error
