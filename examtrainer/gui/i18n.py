"""Switching the language of the instructions at run time through Qt's translation system.

The source strings are plain Dutch (A2 level); ``examtrainer/i18n/examtrainer_<code>.qm``
holds the other languages. The pseudo-language ``pseudo`` makes every string about 40%
longer, to expose clipped layouts in screenshots.
"""

from __future__ import annotations

from pathlib import Path

from examtrainer.gui.qt import QCoreApplication, QGuiApplication, Qt, QTranslator

I18N_FOLDER = Path(__file__).resolve().parent.parent / "i18n"

# Code -> the language's own name, as a learner recognises it. Dutch is the source language.
LANGUAGES: dict[str, str] = {
    "nl": "Nederlands",
    "en": "English",
    "ar": "العربية",
}
RIGHT_TO_LEFT = frozenset({"ar", "fa", "ti"})


class PseudoTranslator(QTranslator):
    """Returns every string lengthened and bracketed, so clipping and untranslated text show."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        if not source:
            return source
        padding = "~" * max(2, len(source) * 2 // 5)
        return f"[{source}{padding}]"


class LanguageSwitcher:
    """Installs one translator at a time on the application and sets the layout direction."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._translator: QTranslator | None = None
        self.language = "nl"

    def available(self) -> dict[str, str]:
        present = {"nl"} | {p.stem.split("_", 1)[1] for p in I18N_FOLDER.glob("examtrainer_*.qm")}
        return {code: name for code, name in LANGUAGES.items() if code in present}

    def switch(self, language: str) -> bool:
        """Switch to ``language``; False (and Dutch) when there is no translation for it."""
        if self._translator is not None:
            self._app.removeTranslator(self._translator)
            self._translator = None
        ok = True
        if language == "pseudo":
            self._translator = PseudoTranslator()
        elif language != "nl":
            translator = QTranslator()
            if translator.load(str(I18N_FOLDER / f"examtrainer_{language}.qm")):
                self._translator = translator
            else:
                ok = False
                language = "nl"
        if self._translator is not None:
            self._app.installTranslator(self._translator)
        self.language = language
        if isinstance(self._app, QGuiApplication):
            direction = (
                Qt.LayoutDirection.RightToLeft
                if language in RIGHT_TO_LEFT
                else Qt.LayoutDirection.LeftToRight
            )
            self._app.setLayoutDirection(direction)
        return ok
