"""How the app says a chance of passing: a range of ten percent or plain words, never "100 %",
and "not known yet" with the number of questions still needed (see adaptive.exam_readiness).

Qt-translated (context ``readiness``), no widgets: the home screen, the exam result, teacher
mode and the PDF report all use these, so they never disagree.
"""

from __future__ import annotations

from typing import Any

from examtrainer.gui.qt import QCoreApplication

translate = QCoreApplication.translate

READY = 0.8  # from here we say "probably ready"
ON_THE_WAY = 0.5


def chance_range(readiness: Any) -> str:
    """"60 tot 70 %", "minder dan 10 %", "meer dan 90 %", or "nog onbekend"."""
    band = readiness.band
    if band is None:
        return translate("readiness", "nog onbekend")
    return band_text(band)


def band_text(band: tuple[int, int]) -> str:
    low, high = band
    if low <= 0:
        return translate("readiness", "minder dan 10 %")
    if high >= 100:
        return translate("readiness", "meer dan 90 %")
    return translate("readiness", "{low} tot {high} %").format(low=low, high=high)


def probability_range(probability: float | None) -> str:
    """The range of a probability that is already known to rest on enough evidence (for
    example a class average); "–" for None."""
    if probability is None:
        return "–"
    from examtrainer.adaptive import Readiness

    return chance_range(Readiness(probability, answers=0, needed=0))


def readiness_words(probability: float) -> str:
    if probability >= READY:
        return translate("readiness", "U bent waarschijnlijk klaar voor dit deel van het examen.")
    if probability >= ON_THE_WAY:
        return translate("readiness", "U bent goed op weg. Blijf oefenen.")
    return translate("readiness", "U heeft nog oefening nodig. Elke dag een beetje helpt.")


def readiness_sentence(readiness: Any) -> str:
    """For the learner: the chance as a range with plain words, or what is still needed."""
    if readiness.probability is None:
        return not_known_sentence(readiness.answers_to_go)
    return (
        translate("readiness", "Kans om te slagen: {chance}.").format(
            chance=chance_range(readiness)
        )
        + " "
        + readiness_words(readiness.probability)
    )


def not_known_sentence(questions: int) -> str:
    return translate("readiness", "Nog te weinig gegevens: maak nog %n vragen.", None, questions)
