"""The fonts shipped with the app for the scripts of its languages (SIL Open Font License,
see examtrainer/fonts/OFL.txt): Noto Sans Arabic (Arabic, Farsi) and Noto Sans Ethiopic
(Tigrinya). Without a font for a script, its text shows as boxes.

They are registered at start, so Qt's font fallback finds them for any text in those
scripts (a learner's name, the language names on first start). Tigrinya also gets Noto
Sans Ethiopic as the app font's first fallback while it is the chosen language: Windows
PCs seldom have a Ge'ez font. Noto Sans Arabic is never put in the app font itself: its
tall line height (about 1.8 times the Latin one) would stretch every Dutch line.
"""

from __future__ import annotations

import logging
from pathlib import Path

from examtrainer.gui.qt import QFont, QFontDatabase, QGuiApplication

log = logging.getLogger(__name__)

FONT_FOLDER = Path(__file__).resolve().parent.parent / "fonts"
# Languages whose script gets a bundled font as the app font's first fallback.
SCRIPT_FONTS = {"ti": "Noto Sans Ethiopic"}
_BASE_FAMILIES: list[str] = []  # the app font's families before any language changed them


def load_bundled_fonts(app: QGuiApplication) -> list[str]:
    """Register the bundled fonts; returns the families that were loaded."""
    loaded: list[str] = []
    for path in sorted(FONT_FOLDER.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font not loaded: %s", path.name)
            continue
        loaded += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in loaded]
    return loaded


def use_script_font(app: QGuiApplication, language: str) -> None:
    """Make the app font fall back to the bundled font of ``language``'s script, if any."""
    font = QFont(app.font())
    if not _BASE_FAMILIES:
        _BASE_FAMILIES.extend(font.families() or [font.family()])
    extra = SCRIPT_FONTS.get(language)
    families = [*_BASE_FAMILIES, extra] if extra else list(_BASE_FAMILIES)
    if font.families() != families:
        font.setFamilies(families)
        app.setFont(font)
