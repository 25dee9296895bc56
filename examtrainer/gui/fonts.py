"""The fonts shipped with the app for the scripts of its languages (SIL Open Font License,
see examtrainer/fonts/OFL.txt): Noto Sans Arabic (Arabic, Farsi) and Noto Sans Ethiopic
(Tigrinya). A Windows PC often has neither; without them these languages show boxes."""

from __future__ import annotations

import logging
from pathlib import Path

from examtrainer.gui.qt import QApplication, QFont, QFontDatabase

log = logging.getLogger(__name__)

FONT_FOLDER = Path(__file__).resolve().parent.parent / "fonts"
# Family names as the font files declare them, in the order Qt should fall back to them.
FALLBACK_FAMILIES = ("Noto Sans Arabic", "Noto Sans Ethiopic")


def load_bundled_fonts(app: QApplication) -> list[str]:
    """Register the bundled fonts and put them behind the app's font as fallbacks, so a
    text in any shipped script finds its glyphs. Returns the families that were loaded."""
    loaded: list[str] = []
    for path in sorted(FONT_FOLDER.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font not loaded: %s", path.name)
            continue
        loaded += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in loaded]
    font = QFont(app.font())
    families = [font.family(), *(f for f in FALLBACK_FAMILIES if f in loaded)]
    font.setFamilies(families)
    app.setFont(font)
    return loaded
