"""The plain Dutch (A2) texts of the audio package, kept in one place to review and translate."""

from __future__ import annotations

from typing import Final

# Feedback on a spoken answer, keyed by the feedback code of ``analysis.describe``.
# Placeholders are filled with ``str.format``; ``{seconds_word}`` is "seconde" or "seconden".
FEEDBACK_NL: Final[dict[str, str]] = {
    "no_speech": (
        "We hoorden geen stem. Kijk of de microfoon aan staat. Probeer het dan nog een keer."
    ),
    "too_quiet": "Je stem was zacht. Spreek wat harder of zet de microfoon dichter bij je mond.",
    "clipping": (
        "Het geluid was te hard. Spreek wat zachter of houd de microfoon wat verder van je mond."
    ),
    "too_short": (
        "Je sprak {seconds} {seconds_word}. Een goed antwoord duurt {low} tot {high} seconden. "
        "Vertel wat meer."
    ),
    "too_long": (
        "Je sprak {seconds} {seconds_word}. Een goed antwoord duurt {low} tot {high} seconden. "
        "Probeer het korter te zeggen."
    ),
    "good_length": "Je sprak {seconds} {seconds_word}. Dat is een goede lengte. Goed gedaan!",
    "late_start": (
        "Je begon na {seconds} {seconds_word} met praten. Dat mag. Probeer wel wat eerder te "
        "beginnen."
    ),
    "long_pauses": (
        "Je was een keer {seconds} {seconds_word} stil. Even nadenken mag. Probeer daarna "
        "weer door te praten."
    ),
}

# Messages for the audio error family in ``devices``, keyed by the error's code.
ERRORS_NL: Final[dict[str, str]] = {
    "no_output_device": (
        "We vinden geen luidspreker of koptelefoon. Sluit er een aan en probeer het opnieuw."
    ),
    "no_input_device": "We vinden geen microfoon. Sluit een microfoon aan en probeer het opnieuw.",
    "recording_interrupted": ("De microfoon doet het niet meer. Wat u al had gezegd, is bewaard."),
    "disk_full": "De computer is vol. Je opname is niet bewaard. Maak eerst wat ruimte vrij.",
    "unreadable_audio": "Dit geluid kan niet worden afgespeeld. Het bestand is kapot of weg.",
    "encoder_unavailable": "Het programma om geluid om te zetten ontbreekt (ffmpeg).",
    "audio_error": "Er ging iets mis met het geluid. Probeer het opnieuw.",
}


def seconds_word(seconds: int) -> str:
    """Return the Dutch word for "second(s)" that agrees with a whole number of seconds."""
    return "seconde" if seconds == 1 else "seconden"
