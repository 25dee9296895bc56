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

# {name} for str.format, %p% for QProgressBar.setFormat, %1 / %L1 for QString.arg, %n for the
# number of a plural (numerus) text, and HTML tags.
PLACEHOLDER = re.compile(r"\{[A-Za-z_]\w*\}|%p%|%L?\d+|%L?n|<[^>]+>")


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
# Dutch is the source; its .ts holds only the plural forms of the numerus texts.
WITH_SOURCE: tuple[str, ...] = (TOOL.SOURCE_LANGUAGE, *LANGUAGES)


def _messages(language: str, numerus_only: bool = False) -> list[tuple[str, str, list[str]]]:
    """(context, source, translation forms) of every message in the language's .ts file;
    a numerus message has one form per plural form of the language, others one."""
    tree = ET.parse(I18N / f"examtrainer_{language}.ts")
    found = []
    for context in tree.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            if numerus_only and message.get("numerus") != "yes":
                continue
            found.append(
                (name, message.findtext("source") or "", TOOL.forms_of(message.find("translation")))
            )
    return found


def _checked(language: str) -> list[tuple[str, str, list[str]]]:
    return _messages(language, numerus_only=language == TOOL.SOURCE_LANGUAGE)


def test_shipped_languages_are_known_to_the_app() -> None:
    from examtrainer.gui.i18n import LANGUAGES as APP_LANGUAGES

    assert set(LANGUAGES) <= set(APP_LANGUAGES)


@pytest.mark.parametrize("language", WITH_SOURCE)
def test_no_unfinished_strings(language: str) -> None:
    assert _checked(language), f"examtrainer_{language}.ts has no messages"
    assert TOOL.unfinished(language) == []


@pytest.mark.parametrize("language", WITH_SOURCE)
def test_placeholders_are_kept(language: str) -> None:
    wrong = [
        (context, source, form)
        for context, source, forms in _checked(language)
        for form in forms
        if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(form))
    ]
    assert wrong == []


@pytest.mark.parametrize("language", WITH_SOURCE)
def test_every_count_has_all_plural_forms(language: str) -> None:
    """A text with %n is numerus in every language, with as many forms as the language has."""
    expected = TOOL.NUMERUS_FORMS[language]
    tree = ET.parse(I18N / f"examtrainer_{language}.ts")
    wrong = [
        message.findtext("source")
        for message in tree.iter("message")
        if "%n" in (message.findtext("source") or "")
        and (
            message.get("numerus") != "yes"
            or len(TOOL.forms_of(message.find("translation"))) != expected
        )
    ]
    assert wrong == []


def test_every_count_in_the_code_is_extracted() -> None:
    """pyside6-lupdate skips some calls (a translate() whose number is an attribute); every
    %n text in the GUI code must reach the .ts files all the same."""
    import ast

    in_code = {
        node.value
        for path in (ROOT / "examtrainer" / "gui").rglob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and "%n" in node.value
    }
    shipped = {source for _, source, _ in _messages(TOOL.SOURCE_LANGUAGE, numerus_only=True)}
    assert sorted(in_code - shipped) == []


@pytest.mark.parametrize("language", WITH_SOURCE)
def test_qm_matches_ts(language: str) -> None:
    """The compiled .qm gives, for every message, the translation written in the .ts (for a
    numerus message: every one of its forms, for some count from 0 to 119)."""
    from PySide6.QtCore import QTranslator

    qm = I18N / f"examtrainer_{language}.qm"
    assert qm.is_file(), f"{qm.name} missing: run python tools/translations.py"
    translator = QTranslator()
    assert translator.load(str(qm))
    stale = []
    for context, source, forms in _checked(language):
        if "%n" in source:
            given = {translator.translate(context, source, None, n) for n in range(120)}
            if given != set(forms):
                stale.append((context, source))
        elif translator.translate(context, source) != forms[0]:
            stale.append((context, source))
    assert stale == [], f"{qm.name} is older than its .ts: run python tools/translations.py"


def test_dutch_plurals_follow_the_number(qapp) -> None:  # type: ignore[no-untyped-def]
    """Dutch is the source, yet "1 minuten" is wrong: the app loads the Dutch plural forms."""
    from PySide6.QtCore import QCoreApplication

    from examtrainer.gui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher(qapp)
    try:
        assert switcher.switch("nl")
        say = QCoreApplication.translate
        assert say("exam", "nog %n minuten", None, 1) == "nog 1 minuut"
        assert say("exam", "nog %n minuten", None, 5) == "nog 5 minuten"
        assert say("exam", "Er zijn %n vragen.", None, 1) == "Er is 1 vraag."
        assert switcher.switch("en")
        assert say("exam", "nog %n minuten", None, 1) == "1 minute left"
    finally:
        switcher.switch("nl")


def test_qt_own_dialog_texts_follow_the_language(qapp) -> None:  # type: ignore[no-untyped-def]
    """Qt's own buttons (file dialog, "Close") are translated with Qt's qtbase translations."""
    from PySide6.QtCore import QCoreApplication

    from examtrainer.gui.i18n import LanguageSwitcher

    switcher = LanguageSwitcher(qapp)
    try:
        switcher.switch("nl")
        assert QCoreApplication.translate("QPlatformTheme", "Close") == "Sluiten"
        assert QCoreApplication.translate("QFileDialog", "Look in:") != "Look in:"
    finally:
        switcher.switch("nl")


@pytest.mark.parametrize("language", [lang for lang in LANGUAGES if lang in TOOL.RIGHT_TO_LEFT])
def test_latin_in_brackets_is_isolated_in_right_to_left_text(language: str) -> None:
    """'(Staatsexamen Nt2)' in Arabic text lost its closing bracket on screen: a bracketed
    Latin part sits in a left-to-right isolate, so the bidi algorithm keeps it whole."""
    assert TOOL.isolate_latin("امتحان (Staatsexamen Nt2) B1") == (
        "امتحان \u2066(Staatsexamen Nt2)\u2069 B1"
    )
    not_isolated = [
        (source, form)
        for _, source, forms in _messages(language)
        for form in forms
        if TOOL.isolate_latin(form) != form
    ]
    assert not_isolated == []


def test_known_string_translates() -> None:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    assert translator.load(str(I18N / "examtrainer_en.qm"))
    assert translator.translate("HomeScreen", "Lezen") == "Reading"
    assert translator.translate("HomeScreen", "Luisteren") == "Listening"
    assert translator.translate("HomeScreen", "Hallo {name}!") == "Hello {name}!"


@pytest.mark.parametrize("language", WITH_SOURCE)
def test_json_map_covers_every_source(language: str) -> None:
    mapping = json.loads((MAPS / f"{language}.json").read_text(encoding="utf-8"))
    messages = _checked(language)
    sources = {source for _, source, _ in messages}
    keys = sources | {f"{context}|{source}" for context, source, _ in messages}
    assert sorted(sources - set(mapping)) == []
    assert sorted(set(mapping) - keys) == [], "map has strings the GUI no longer uses"
    texts = [t for v in mapping.values() for t in (v if isinstance(v, list) else [v])]
    assert all(isinstance(text, str) and text.strip() for text in texts)

    # The map and the .ts agree, so --fill does not undo a fix made in Qt Linguist (or back).
    # A "Context|source" key wins over the plain source for that one screen.
    def as_forms(value: str | list[str]) -> list[str]:
        return value if isinstance(value, list) else [value]

    assert [
        (context, source)
        for context, source, forms in messages
        if as_forms(mapping.get(f"{context}|{source}", mapping[source])) != forms
    ] == []


def _lupdate() -> str | None:
    found = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    return found if Path(found).exists() else None


@pytest.mark.skipif(_lupdate() is None, reason="pyside6-lupdate not installed")
def test_ts_files_follow_the_gui_code(tmp_path: Path) -> None:
    """Every text in the GUI code (and the core texts marked for it) is in the .ts files:
    lupdate on the code finds nothing new."""
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in [*TOOL.GUI.rglob("*.py"), *TOOL.CORE_TEXTS])
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
