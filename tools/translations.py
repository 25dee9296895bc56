"""Update the Qt Linguist sources (.ts) from the GUI code and compile them (.qm).

    python tools/translations.py            # lupdate, the JSON maps, lrelease: every language
    python tools/translations.py --fill FILE.json LANG   # put translations from a JSON map

The source language is Dutch. `tests/test_translations.py` fails when a shipped language
has unfinished strings, so run this after changing any text in the GUI, then translate.

Plural forms: a source text with ``%n`` is a numerus message (``self.tr("%n minuten", "", n)``
or ``translate(context, "%n minuten", None, n)``). lupdate marks only the first kind itself,
so this tool marks every ``%n`` message numerus, with as many forms as the language has. Its
JSON value is then a list of those forms. Dutch, the source, has a map of its numerus
messages only (``tools/i18n/nl.json``: "1 minuut" / "2 minuten"); the rest stays the source.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET  # our own .ts files, written by lupdate: trusted input
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "examtrainer" / "i18n"
GUI = ROOT / "examtrainer" / "gui"
CORE_TEXTS = (
    ROOT / "examtrainer" / "audio" / "messages.py",
    ROOT / "examtrainer" / "bank" / "importers" / "messages.py",
)
"""Core modules whose texts are marked with a Qt-free ``translate("context", ...)`` (audio)
or ``QT_TRANSLATE_NOOP("ImportMessages", ...)`` (the importers' catalogue)."""
MAPS = ROOT / "tools" / "i18n"
LANGUAGES = ("en", "ar")
"""Shipped languages: complete, checked by tests/test_translations.py, offered to learners."""
IN_TRANSLATION = ("fa", "tr", "ti", "uk", "pl", "so")
"""Written but not complete yet (the importers' messages and the start-up problem screen are
missing): kept in step with the code, not offered to learners until complete; then move the
code to LANGUAGES and out of IN_TRANSLATION in examtrainer/gui/i18n.py."""
SOURCE_LANGUAGE = "nl"
RIGHT_TO_LEFT = ("ar", "fa")
# A bracketed Latin part inside right-to-left text ("(Staatsexamen Nt2)") is wrapped in a
# left-to-right isolate (U+2066 ... U+2069), or the bidi algorithm tears its brackets apart.
LRI, PDI = "\u2066", "\u2069"
LATIN_IN_BRACKETS = re.compile(r"(?<!\u2066)\((?=[^()]*[A-Za-z])[^()\u0590-\u08ff]*\)")
# Plural forms per language, in Qt's order (as lupdate writes them; see QTranslator docs).
NUMERUS_FORMS = {"nl": 2, "en": 2, "ar": 6, "fa": 1, "tr": 1, "ti": 2, "uk": 3, "pl": 3, "so": 2}


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    return found


def update() -> None:
    sources = sorted(str(p) for p in [*GUI.rglob("*.py"), *CORE_TEXTS])
    for language in (SOURCE_LANGUAGE, *LANGUAGES, *IN_TRANSLATION):
        ts = I18N / f"examtrainer_{language}.ts"
        subprocess.run(
            [
                _tool("lupdate"),
                "-no-obsolete",
                "-source-language",
                "nl",
                "-target-language",
                language,
                *sources,
                "-ts",
                str(ts),
            ],
            check=True,
            capture_output=True,
        )
        mark_numerus(ts, language)
        mapping = MAPS / f"{language}.json"
        if mapping.is_file():
            if language in RIGHT_TO_LEFT:
                isolate_map(mapping)
            fill(mapping, language, compile_after=False)
    compile_all()


def isolate_latin(text: str) -> str:
    """``text`` with each bracketed Latin part in a left-to-right isolate (idempotent)."""
    return LATIN_IN_BRACKETS.sub(lambda match: f"{LRI}{match.group(0)}{PDI}", text)


def isolate_map(mapping_file: Path) -> None:
    """Apply :func:`isolate_latin` to every text of a right-to-left language's map."""
    mapping = json.loads(mapping_file.read_text(encoding="utf-8"))
    fixed = {
        key: [isolate_latin(v) for v in value] if isinstance(value, list) else isolate_latin(value)
        for key, value in mapping.items()
    }
    if fixed != mapping:
        text = json.dumps(fixed, ensure_ascii=False, indent=2) + "\n"
        mapping_file.write_text(text, encoding="utf-8")


def is_numerus(source: str) -> bool:
    return "%n" in source


def mark_numerus(ts: Path, language: str) -> None:
    """Make every ``%n`` message numerus with the language's number of forms."""
    tree = ET.parse(ts)
    forms = NUMERUS_FORMS[language]
    for message in tree.iter("message"):
        if not is_numerus(message.findtext("source") or ""):
            continue
        message.set("numerus", "yes")
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation", {"type": "unfinished"})
        present = translation.findall("numerusform")
        old = translation.text if not present and (translation.text or "").strip() else None
        for extra in present[forms:]:
            translation.remove(extra)
        while len(translation.findall("numerusform")) < forms:
            ET.SubElement(translation, "numerusform").text = old or ""
        translation.text = None
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def forms_of(translation: ET.Element | None) -> list[str]:
    """The texts of a translation: its plural forms, or its one text."""
    if translation is None:
        return []
    numerus = translation.findall("numerusform")
    if numerus:
        return [form.text or "" for form in numerus]
    return [translation.text or ""]


def compile_all() -> None:
    for ts in sorted(I18N.glob("examtrainer_*.ts")):
        subprocess.run(
            [_tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
            capture_output=True,
        )


def fill(mapping_file: Path, language: str, compile_after: bool = True) -> int:
    """Write translations from a JSON map into the .ts file.

    Keys are Dutch source strings; a key "Context|source" (the screen's class name) wins over
    the plain source, for a word that needs two translations on two screens. The value of a
    numerus message is the list of its plural forms.
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
            if translation is None or text is None:
                continue
            numerus = translation.findall("numerusform")
            if numerus and isinstance(text, list) and len(text) == len(numerus):
                for form, value in zip(numerus, text, strict=True):
                    form.text = value
            elif not numerus and isinstance(text, str):
                translation.text = text
            else:
                continue  # wrong shape: stays unfinished, and the tests say so
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    if compile_after:
        compile_all()
    return filled


def unfinished(language: str) -> list[str]:
    """Source strings of ``language`` that have no finished translation (for Dutch, the
    source language: its numerus messages, whose forms say "1 minuut" / "2 minuten")."""
    tree = ET.parse(I18N / f"examtrainer_{language}.ts")
    missing = []
    for message in tree.iter("message"):
        if language == SOURCE_LANGUAGE and message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        forms = forms_of(translation)
        done = (
            translation is not None
            and translation.get("type") not in ("unfinished", "vanished", "obsolete")
            and bool(forms)
            and all(form.strip() for form in forms)
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
    for language in (SOURCE_LANGUAGE, *LANGUAGES, *IN_TRANSLATION):
        print(f"{language}: {len(unfinished(language))} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
