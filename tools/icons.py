"""Render the app icon (packaging/icons/examtrainer.svg) to every size the platforms ask for.

Writes, next to the SVG and committed with it:
* hicolor/<n>x<n>/apps/<app id>.png for n in 16 24 32 48 64 128 256 512 (Linux desktops,
  Flatpak) and hicolor/scalable/apps/<app id>.svg;
* examtrainer.png (256 px; its copy in examtrainer/gui/icons/ is the window icon),
  examtrainer.ico (Windows, 16-256 px) and examtrainer.icns (macOS, 16-512 px), both holding
  PNG images.
Usage: python tools/icons.py   (run again after changing the SVG)
"""

from __future__ import annotations

import shutil
import struct
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "packaging" / "icons"
SOURCE = ICONS / "examtrainer.svg"
# The window icon, inside the package so that every kind of install has it.
WINDOW_ICON = ROOT / "examtrainer" / "gui" / "icons" / "examtrainer.png"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


# ICNS entry types that hold a PNG of the given size (Apple's "icns" format).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def ico(pngs: Iterable[bytes]) -> bytes:
    """A Windows .ico holding PNG images (Windows Vista and later read those)."""
    images = list(pngs)
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, data = b"", b""
    for png in images:
        width, height = struct.unpack(">II", png[16:24])
        entries += struct.pack(
            "<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(png), offset + len(data)
        )
        data += png
    return header + entries + data


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images."""
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
        for size, kind in ICNS_TYPES.items()
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from examtrainer import APP_ID  # the one place of the app's identity

    app = QGuiApplication.instance() or QGuiApplication(["icons", "-platform", "offscreen"])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"icons: cannot read {SOURCE}")

    def png_bytes(image: QImage) -> bytes:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        return bytes(buffer.data().data())

    def render(size: int) -> QImage:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        return image

    for size in SIZES:
        target = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(size).save(str(target), "PNG"):
            raise SystemExit(f"icons: cannot write {target}")
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    render(256).save(str(ICONS / "examtrainer.png"), "PNG")
    WINDOW_ICON.parent.mkdir(parents=True, exist_ok=True)
    render(256).save(str(WINDOW_ICON), "PNG")

    pngs = {size: png_bytes(render(size)) for size in sorted({*SIZES, *ICO_SIZES})}
    (ICONS / "examtrainer.ico").write_bytes(ico(pngs[size] for size in ICO_SIZES))
    (ICONS / "examtrainer.icns").write_bytes(icns(pngs))
    del app
    print(f"icons: {len(SIZES)} PNG sizes, SVG, .png, .ico, .icns in {ICONS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
