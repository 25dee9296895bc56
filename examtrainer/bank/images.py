"""Picture sizes read from the file header, before anything decodes the picture: a 30,000 ×
30,000 PNG is a few KB on disk and 3.6 GB once decoded."""

from __future__ import annotations

import struct
from pathlib import Path

MAX_IMAGE_SIDE = 8000  # pixels
MAX_IMAGE_PIXELS = 40_000_000  # about 160 MB once decoded (4 bytes a pixel)


def image_size(path: Path) -> tuple[int, int] | None:
    """(width, height) from a PNG, GIF or JPEG header; None for other or unreadable files."""
    try:
        with path.open("rb") as handle:
            head = handle.read(64 * 1024)
    except OSError:
        return None
    if head.startswith(b"\x89PNG\r\n\x1a\n") and head[12:16] == b"IHDR":
        width, height = struct.unpack(">II", head[16:24])
        return width, height
    if head[:6] in (b"GIF87a", b"GIF89a"):
        width, height = struct.unpack("<HH", head[6:10])
        return width, height
    if head.startswith(b"\xff\xd8"):
        return _jpeg_size(head)
    return None


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    position = 2
    while position + 9 < len(data):
        if data[position] != 0xFF:
            return None
        marker = data[position + 1]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            position += 2
            continue
        (length,) = struct.unpack(">H", data[position + 2 : position + 4])
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            height, width = struct.unpack(">HH", data[position + 5 : position + 9])
            return width, height
        position += 2 + length
    return None


def image_problem(path: Path) -> str | None:
    """Why the picture is refused (too many pixels), or None."""
    size = image_size(path)
    if size is None:
        return None
    width, height = size
    if width > MAX_IMAGE_SIDE or height > MAX_IMAGE_SIDE or width * height > MAX_IMAGE_PIXELS:
        return (
            f"picture of {width} x {height} pixels is too large "
            f"(at most {MAX_IMAGE_SIDE} x {MAX_IMAGE_SIDE})"
        )
    return None
