"""The shipped translations (examtrainer/i18n/*.ts and *.qm) are complete and consistent.

Fails when a GUI text changed without `python tools/translations.py` and a translation:
see tools/i18n/README.md for how to fix it.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET  # our own .ts files: trusted input
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "examtrainer" / "i18n"
MAPS = ROOT / "tools" / "i18n"

# {name} for str.format, %p% for QProgressBar.setFormat, %1 / %L1 for QString.arg, and HTML tags.
PLACEHOLDER = re.compile(r"\{[A-Za-z_]\w*\}|%p%|%L?\d+|<[^>]+>")


def _load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "examtrainer_tools_translations", ROOT / "tools" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOL = _load_tool()
LANGUAGES: tuple[str, ...] = tuple(TOOL.LANGUAGES)


def _messages(language: str) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every message in the language's .ts file."""
    tree = ET.parse(I18N / f"examtrainer_{language}.ts")
    found = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append(
                (name, message.findtext("source") or "", message.findtext("translation") or "")
            )
    return found


def test_shipped_languages_are_known_to_the_app() -> None:
    from examtrainer.gui.i18n import LANGUAGES as APP_LANGUAGES

    assert set(LANGUAGES) <= set(APP_LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_unfinished_strings(language: str) -> None:
    assert _messages(language), f"examtrainer_{language}.ts has no messages"
    assert TOOL.unfinished(language) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_are_kept(language: str) -> None:
    wrong = [
        (context, source, translation)
        for context, source, translation in _messages(language)
        if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(translation))
    ]
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_qm_matches_ts(language: str) -> None:
    """The compiled .qm gives, for every message, the translation written in the .ts."""
    from PySide6.QtCore import QTranslator

    qm = I18N / f"examtrainer_{language}.qm"
    assert qm.is_file(), f"{qm.name} missing: run python tools/translations.py"
    translator = QTranslator()
    assert translator.load(str(qm))
    stale = [
        (context, source)
        for context, source, translation in _messages(language)
        if translator.translate(context, source) != translation
    ]
    assert stale == [], f"{qm.name} is older than its .ts: run python tools/translations.py"


def test_known_string_translates() -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(I18N / "examtrainer_en.qm"))
    assert translator.translate("HomeScreen", "Lezen") == "Reading"
    assert translator.translate("HomeScreen", "Luisteren") == "Listening"
    assert translator.translate("HomeScreen", "Hallo {name}!") == "Hello {name}!"


@pytest.mark.parametrize("language", LANGUAGES)
def test_json_map_covers_every_source(language: str) -> None:
    mapping = json.loads((MAPS / f"{language}.json").read_text(encoding="utf-8"))
    sources = {source for _, source, _ in _messages(language)}
    keys = sources | {f"{context}|{source}" for context, source, _ in _messages(language)}
    assert sorted(sources - set(mapping)) == []
    assert sorted(set(mapping) - keys) == [], "map has strings the GUI no longer uses"
    assert all(isinstance(text, str) and text.strip() for text in mapping.values())
    # The map and the .ts agree, so --fill does not undo a fix made in Qt Linguist (or back).
    # A "Context|source" key wins over the plain source for that one screen.
    assert [
        (context, source)
        for context, source, translation in _messages(language)
        if mapping.get(f"{context}|{source}", mapping[source]) != translation
    ] == []


def _lupdate() -> str | None:
    found = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    return found if Path(found).exists() else None


@pytest.mark.skipif(_lupdate() is None, reason="pyside6-lupdate not installed")
def test_ts_files_follow_the_gui_code(tmp_path: Path) -> None:
    """Every text in the GUI code (and the importers' messages) is in the .ts files: lupdate
    on the code finds nothing new."""
    fresh = tmp_path / "fresh.ts"
    sources = TOOL.sources()  # the GUI and the importers' message catalogue
    subprocess.run(
        [str(_lupdate()), "-no-obsolete", *sources, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    tree = ET.parse(fresh)
    in_code = {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in tree.iter("context")
        for message in context.iter("message")
    }
    for language in LANGUAGES:
        shipped = {(context, source) for context, source, _ in _messages(language)}
        assert sorted(in_code - shipped) == [], (
            f"examtrainer_{language}.ts is behind the code: run python tools/translations.py"
        )
