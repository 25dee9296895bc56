"""Switching the language of the instructions at run time through Qt's translation system.

The source strings are plain Dutch (A2 level); ``examtrainer/i18n/examtrainer_<code>.qm``
holds the other languages, and for Dutch itself the plural forms ("1 minuut", "2 minuten").
Qt's own texts (the buttons of a file dialog, "Close", "Cancel") come from Qt's
``qtbase_<code>.qm`` where Qt ships one. The pseudo-language ``pseudo`` makes every string
about 40% longer, to expose clipped layouts in screenshots and tests.
"""

from __future__ import annotations

from pathlib import Path

from examtrainer.gui.qt import (
    QCoreApplication,
    QGuiApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)

I18N_FOLDER = Path(__file__).resolve().parent.parent / "i18n"

# Code -> the language's own name, as a learner recognises it. Dutch is the source language.
LANGUAGES: dict[str, str] = {
    "nl": "Nederlands",
    "en": "English",
    "ar": "العربية",
    "fa": "فارسی",
    "tr": "Türkçe",
    "ti": "ትግርኛ",
    "uk": "Українська",
    "pl": "Polski",
    "so": "Soomaali",
}
IN_TRANSLATION = frozenset({"fa", "tr", "ti", "uk", "pl", "so"})
"""Translations written but not complete yet (see tools/translations.py): not offered."""
RIGHT_TO_LEFT = frozenset({"ar", "fa"})  # Tigrinya's Ge'ez script reads left to right


class PseudoTranslator(QTranslator):
    """Returns every string lengthened and bracketed, so clipping and untranslated text show."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source:
            return source
        # Words of five characters, as a real translation has words: one unbreakable run of
        # tildes would make a wrapping label wider than any language ever does.
        extra = max(2, len(source) * 2 // 5)
        padding = "~" * min(extra, 5) + " ~~~~" * max(0, (extra - 5) // 5)
        return f"[{source}{padding}]"


def qt_translations_folder() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


class LanguageSwitcher:
    """Installs the translators of one language at a time and sets the layout direction."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translators: list[QTranslator] = []
        self.language = "nl"

    def available(self) -> dict[str, str]:
        present = {"nl"} | {p.stem.split("_", 1)[1] for p in I18N_FOLDER.glob("examtrainer_*.qm")}
        return {
            code: name
            for code, name in LANGUAGES.items()
            if code in present and code not in IN_TRANSLATION
        }

    def _load(self, language: str) -> QTranslator | None:
        translator = QTranslator()
        if translator.load(str(I18N_FOLDER / f"examtrainer_{language}.qm")):
            return translator
        return None

    def switch(self, language: str) -> bool:
        """Switch to ``language``; False (and Dutch) when there is no translation for it."""
        for old in self._translators:
            self._app.removeTranslator(old)
        self._translators = []
        ok = True
        own: QTranslator | None = None
        if language == "pseudo":
            own = PseudoTranslator()
        else:
            own = self._load(language) if language in LANGUAGES else None
            if own is None and language != "nl":
                ok = False
                language = "nl"
                own = self._load(language)
        if own is not None:
            self._translators.append(own)
        qt_own = QTranslator()
        if language != "pseudo" and qt_own.load(f"qtbase_{language}", qt_translations_folder()):
            self._translators.append(qt_own)
        for translator in self._translators:
            self._app.installTranslator(translator)
        self.language = language
        QLocale.setDefault(QLocale("nl" if language == "pseudo" else language))
        if isinstance(self._app, QGuiApplication):
            from examtrainer.gui.fonts import use_script_font

            use_script_font(self._app, language)
            direction = (
                Qt.LayoutDirection.RightToLeft
                if language in RIGHT_TO_LEFT
                else Qt.LayoutDirection.LeftToRight
            )
            self._app.setLayoutDirection(direction)
        return ok
