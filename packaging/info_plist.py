"""The Info.plist of the macOS app (examtrainer.spec passes it to PyInstaller's BUNDLE).

Dutch is the development language (the app's source strings are Dutch), so the plist's own
texts are Dutch; macOS shows the English or Arabic ones from
packaging/macos/<language>.lproj/InfoPlist.strings, which the spec copies into
Contents/Resources. The microphone text is what macOS shows when the app first records (a
speaking task or the sound check); without NSMicrophoneUsageDescription macOS ends the app
instead of asking.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

MACOS = Path(__file__).resolve().parent / "macos"
# The languages with an InfoPlist.strings; Dutch first, as the development region.
LANGUAGES = ("nl", "en", "ar")
MICROPHONE_NL = (
    "examtrainer neemt uw stem op bij de spreekopdrachten en de geluidstest. De opnames "
    "blijven op deze computer."
)
MINIMUM_MACOS = "13.0"  # Qt 6.11's oldest supported macOS


def info_plist(name: str, app_id: str, version: str) -> dict[str, Any]:
    return {
        "CFBundleName": name,
        "CFBundleDisplayName": name,
        "CFBundleIdentifier": app_id,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "nl",
        "CFBundleLocalizations": list(LANGUAGES),
        "CFBundleAllowMixedLocalizations": True,
        "LSApplicationCategoryType": "public.app-category.education",
        "LSMinimumSystemVersion": MINIMUM_MACOS,
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,
        "NSMicrophoneUsageDescription": MICROPHONE_NL,
        "NSHumanReadableCopyright": "examtrainer project, GPL-3.0-or-later",
    }


def localised_strings() -> list[tuple[str, str]]:
    """(file, folder inside the bundle's Resources) for PyInstaller's datas."""
    return [
        (str(MACOS / f"{language}.lproj" / "InfoPlist.strings"), f"{language}.lproj")
        for language in LANGUAGES
    ]
