"""The one set of words about sound: remarks on a spoken answer and audio error messages.

Plain Dutch at A2 level, with "u". Every text is marked with ``translate("audio", ...)``, a
Qt-free marker that returns its text unchanged: ``tools/translations.py`` scans this module
with the GUI code, so the texts are in the Qt Linguist files, and the GUI passes Qt's own
``QCoreApplication.translate`` as ``tr`` to get them in the learner's language. The core
(logs, the CLI, ``Feedback.text_nl``) uses them in Dutch.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Final

Translate = Callable[[str, str], str]
"""``tr(context, source)``: Qt's ``QCoreApplication.translate``, or ``translate`` below."""

CONTEXT: Final = "audio"
"""The translation context of every text here."""


def translate(context: str, source: str) -> str:
    """Mark ``source`` for translation (lupdate finds the call) and return it unchanged."""
    del context
    return source


# --- Remarks on a recording, keyed by the code of ``analysis.describe`` ---------------------
# A remark with a number of seconds has a sentence for one second and one for more, so that
# every language can say both correctly. ``{low}`` and ``{high}`` are always more than one.

SPOKE_ONE: Final = translate("audio", "U sprak 1 seconde.")
SPOKE_MANY: Final = translate("audio", "U sprak {seconds} seconden.")
GOOD_RANGE: Final = translate("audio", "Een goed antwoord duurt {low} tot {high} seconden.")

FEEDBACK: Final[dict[str, str]] = {
    "no_speech": translate(
        "audio",
        "We hoorden geen stem. Kijk of de microfoon aan staat. Probeer het dan nog een keer.",
    ),
    "too_quiet": translate(
        "audio", "Uw stem was zacht. Spreek wat harder, of houd de microfoon dichter bij uw mond."
    ),
    "clipping": translate(
        "audio", "Het geluid was te hard. Spreek wat zachter, of houd de microfoon verder weg."
    ),
    "too_short": translate("audio", "Vertel wat meer."),
    "too_long": translate("audio", "Probeer het korter te zeggen."),
    "good_length": translate("audio", "Dat is een goede lengte. Goed gedaan!"),
    "late_start": translate(
        "audio", "U begon na {seconds} seconden met praten. Dat mag. Begin wel wat eerder."
    ),
    "long_pauses": translate(
        "audio", "U was een keer {seconds} seconden stil. Even nadenken mag. Praat daarna door."
    ),
}
"""The remark for each feedback code; for the three length codes, the advice after
``SPOKE_*`` (and, when too short or too long, ``GOOD_RANGE``)."""

FEEDBACK_ONE_SECOND: Final[dict[str, str]] = {
    "late_start": translate(
        "audio", "U begon na 1 seconde met praten. Dat mag. Begin wel wat eerder."
    ),
    "long_pauses": translate(
        "audio", "U was een keer 1 seconde stil. Even nadenken mag. Praat daarna door."
    ),
}
"""The remarks whose number is exactly one second."""

LENGTH_CODES: Final = frozenset({"too_short", "too_long", "good_length"})

# --- Audio errors, keyed by ``AudioError.code`` --------------------------------------------

ERRORS: Final[dict[str, str]] = {
    "no_output_device": translate(
        "audio",
        "We vinden geen luidspreker of koptelefoon. "
        "Sluit een koptelefoon of luidsprekers aan en probeer het opnieuw.",
    ),
    "no_input_device": translate(
        "audio", "We vinden geen microfoon. Sluit een microfoon aan en probeer het opnieuw."
    ),
    "recording_interrupted": translate(
        "audio", "De microfoon doet het niet meer. Wat u al had gezegd, is bewaard."
    ),
    "disk_full": translate(
        "audio", "De computer is vol. Uw opname is niet bewaard. Vraag hulp aan uw docent."
    ),
    "unreadable_audio": translate(
        "audio", "Dit geluid kan niet worden afgespeeld. Het bestand is kapot of er nog niet."
    ),
    "encoder_unavailable": translate(
        "audio", "Het programma om geluid om te zetten ontbreekt (ffmpeg)."
    ),
    "audio_error": translate("audio", "Er ging iets mis met het geluid. Probeer het opnieuw."),
}


def feedback_text(code: str, values: Mapping[str, float], tr: Translate = translate) -> str:
    """The words of one remark (``values`` as in ``analysis.Feedback``: whole ``seconds``,
    ``low``, ``high``), in Dutch or, with Qt's ``translate`` as ``tr``, translated."""
    seconds = int(values.get("seconds", 0))
    if code in LENGTH_CODES:
        spoke = tr(CONTEXT, SPOKE_ONE) if seconds == 1 else tr(CONTEXT, SPOKE_MANY)
        parts = [spoke.format(seconds=seconds)]
        if code != "good_length":
            low, high = int(values.get("low", 0)), int(values.get("high", 0))
            parts.append(tr(CONTEXT, GOOD_RANGE).format(low=low, high=high))
        parts.append(tr(CONTEXT, FEEDBACK[code]))
        return " ".join(parts)
    if seconds == 1 and code in FEEDBACK_ONE_SECOND:
        return tr(CONTEXT, FEEDBACK_ONE_SECOND[code])
    return tr(CONTEXT, FEEDBACK[code]).format(seconds=seconds)


def error_text(code: str, tr: Translate = translate) -> str:
    """The plain words for an audio error's ``code`` (an unknown code gets the general one)."""
    return tr(CONTEXT, ERRORS.get(code, ERRORS["audio_error"]))
