"""Update the Qt Linguist sources (.ts) from the GUI code and compile them (.qm).

    python tools/translations.py            # lupdate + lrelease for every language
    python tools/translations.py --fill FILE.json LANG   # put translations from a JSON map

The source language is Dutch. `tests/test_translations.py` fails when a shipped language
has unfinished strings, so run this after changing any text in the GUI, then translate.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET  # our own .ts files, written by lupdate: trusted input
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "examtrainer" / "i18n"
GUI = ROOT / "examtrainer" / "gui"
LANGUAGES = ("en", "ar")


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    return found


# Core modules whose user-facing texts are marked with QT_TRANSLATE_NOOP (the importers'
# messages): the GUI translates them at run time, so lupdate reads them too.
CORE_MESSAGES = (ROOT / "examtrainer" / "bank" / "importers" / "messages.py",)


def sources() -> list[str]:
    """The files lupdate reads: the GUI and the core message catalogues."""
    return sorted(str(p) for p in [*GUI.rglob("*.py"), *CORE_MESSAGES])


def update() -> None:
    sources_ = sources()
    for language in LANGUAGES:
        ts = I18N / f"examtrainer_{language}.ts"
        subprocess.run(
            [
                _tool("lupdate"),
                "-no-obsolete",
                "-source-language",
                "nl",
                "-target-language",
                language,
                *sources_,
                "-ts",
                str(ts),
            ],
            check=True,
            capture_output=True,
        )
    compile_all()


def compile_all() -> None:
    for ts in sorted(I18N.glob("examtrainer_*.ts")):
        subprocess.run(
            [_tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
            capture_output=True,
        )


def fill(mapping_file: Path, language: str) -> int:
    """Write translations from a JSON map into the .ts file.

    Keys are Dutch source strings; a key "Context|source" (the screen's class name) wins over
    the plain source, for a word that needs two translations on two screens.
    """
    mapping = json.loads(mapping_file.read_text(encoding="utf-8"))
    ts = I18N / f"examtrainer_{language}.ts"
    tree = ET.parse(ts)
    filled = 0
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = mapping.get(f"{name}|{source}", mapping.get(source))
            if translation is not None and text is not None:
                translation.text = text
                translation.attrib.pop("type", None)
                filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    compile_all()
    return filled


def unfinished(language: str) -> list[str]:
    """Source strings of ``language`` that have no finished translation."""
    tree = ET.parse(I18N / f"examtrainer_{language}.ts")
    missing = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        done = (
            translation is not None
            and translation.get("type") not in ("unfinished", "vanished", "obsolete")
            and bool((translation.text or "").strip())
        )
        if not done:
            missing.append(message.findtext("source") or "")
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fill", nargs=2, metavar=("JSON", "LANG"))
    args = parser.parse_args()
    if args.fill:
        print(f"filled {fill(Path(args.fill[0]), args.fill[1])} strings")
    else:
        update()
    for language in LANGUAGES:
        print(f"{language}: {len(unfinished(language))} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
