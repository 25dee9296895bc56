"""Safe unpacking of zip archives (packs, QTI packages): no path traversal, links or bombs."""

from __future__ import annotations

import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from examtrainer.errors import UnsafeArchive

MAX_TOTAL_BYTES = 1024 * 1024 * 1024  # 1 GiB unpacked
MAX_MEMBERS = 50_000
MAX_RATIO = 200  # uncompressed / compressed, per member larger than 1 MiB


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
    if (
        info.file_size > 1024 * 1024
        and info.compress_size > 0
        and info.file_size / info.compress_size > MAX_RATIO
    ):
        raise UnsafeArchive(f"'{info.filename}': suspicious compression ratio (zip bomb?)")
    return path


def safe_extract(archive: Path, target: Path, max_total_bytes: int = MAX_TOTAL_BYTES) -> Path:
    """Unpack ``archive`` into ``target`` after checking every member; returns ``target``.

    Sizes are checked against the header first and again while writing, because a forged
    header can understate the real size.
    """
    try:
        zf = zipfile.ZipFile(archive)
    except zipfile.BadZipFile as error:
        raise UnsafeArchive(f"'{archive.name}' is not a valid zip file: {error}") from error
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise UnsafeArchive(f"'{archive.name}': too many files ({len(infos)})")
        declared = sum(info.file_size for info in infos)
        if declared > max_total_bytes:
            raise UnsafeArchive(f"'{archive.name}': unpacks to {declared} bytes, too large")
        checked = [(info, check_member(info)) for info in infos]
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
                    while chunk := source.read(1024 * 1024):
                        written += len(chunk)
                        if written > max_total_bytes:
                            raise UnsafeArchive(f"'{archive.name}': unpacks larger than allowed")
                        sink.write(chunk)
            except (zipfile.BadZipFile, zlib.error, EOFError) as error:
                # damaged data, or a forged header whose sizes do not match the contents
                raise UnsafeArchive(
                    f"'{archive.name}': '{info.filename}' is damaged: {error}"
                ) from error
    return target
