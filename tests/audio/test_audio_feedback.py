"""The Dutch feedback ``describe`` gives, especially at the boundaries of each rule."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from examtrainer.audio.analysis import (
    FEEDBACK_CODES,
    LATE_START_SECONDS,
    LONG_PAUSE_SECONDS,
    RecordingAnalysis,
    describe,
    whole_seconds,
)
from examtrainer.audio.devices import (
    AudioError,
    DiskFull,
    EncoderUnavailable,
    NoInputDevice,
    NoOutputDevice,
    UnreadableAudio,
)
from examtrainer.audio.messages import (
    ERRORS,
    FEEDBACK,
    FEEDBACK_ONE_SECOND,
    GOOD_RANGE,
    SPOKE_MANY,
    SPOKE_ONE,
    error_text,
    feedback_text,
)

GOOD = RecordingAnalysis(
    duration_seconds=25.0,
    speech_seconds=20.0,
    pause_count=2,
    longest_pause_seconds=1.0,
    leading_silence_seconds=1.0,
    too_quiet=False,
    clipping=False,
    peak_dbfs=-6.0,
    speech_dbfs=-22.0,
)


def codes(analysis: RecordingAnalysis, expected: tuple[float, float] = (15, 30)) -> list[str]:
    return [remark.code for remark in describe(analysis, expected)]


def test_good_answer_gets_praise_only() -> None:
    remarks = describe(GOOD)

    assert [r.code for r in remarks] == ["good_length"]
    assert remarks[0].text_nl == "U sprak 20 seconden. Dat is een goede lengte. Goed gedaan!"
    assert remarks[0].values["seconds"] == 20


@pytest.mark.parametrize(
    ("speech_seconds", "code", "shown"),
    [
        (14.0, "too_short", 14),
        (14.49, "too_short", 14),
        (14.5, "good_length", 15),
        (15.0, "good_length", 15),
        (30.0, "good_length", 30),
        (30.49, "good_length", 30),
        (30.5, "too_long", 31),
    ],
)
def test_length_boundaries(speech_seconds: float, code: str, shown: int) -> None:
    (remark,) = describe(replace(GOOD, speech_seconds=speech_seconds))

    assert remark.code == code
    assert remark.values["seconds"] == shown
    assert remark.text_nl.startswith(f"U sprak {shown} seconden.")


def test_too_short_text() -> None:
    (remark,) = describe(replace(GOOD, speech_seconds=14.0))

    assert remark.text_nl.startswith(
        "U sprak 14 seconden. Een goed antwoord duurt 15 tot 30 seconden."
    )
    assert remark.values == {"seconds": 14, "low": 15, "high": 30, "speech_seconds": 14.0}


def test_too_long_text() -> None:
    (remark,) = describe(replace(GOOD, speech_seconds=42.0))

    assert remark.text_nl == (
        "U sprak 42 seconden. Een goed antwoord duurt 15 tot 30 seconden. "
        "Probeer het korter te zeggen."
    )


def test_one_second_is_singular() -> None:
    (remark,) = describe(replace(GOOD, speech_seconds=1.2))

    assert remark.text_nl.startswith("U sprak 1 seconde. ")


def test_own_expected_range() -> None:
    assert codes(replace(GOOD, speech_seconds=8.0), expected=(5, 10)) == ["good_length"]
    (remark,) = describe(replace(GOOD, speech_seconds=3.0), expected=(5, 10))
    assert "duurt 5 tot 10 seconden" in remark.text_nl


@pytest.mark.parametrize("expected", [(30, 15), (-1, 10)])
def test_bad_expected_range(expected: tuple[float, float]) -> None:
    with pytest.raises(ValueError):
        describe(GOOD, expected)


@pytest.mark.parametrize(("speech_seconds", "heard"), [(0.0, False), (0.49, False), (0.5, True)])
def test_no_speech_boundary(speech_seconds: float, heard: bool) -> None:
    silent = replace(GOOD, speech_seconds=speech_seconds, too_quiet=True)

    assert (codes(silent) != ["no_speech"]) is heard


def test_no_speech_says_only_that() -> None:
    (remark,) = describe(replace(GOOD, speech_seconds=0.0, too_quiet=True, clipping=True))

    assert remark.code == "no_speech"
    assert remark.text_nl.startswith("We hoorden geen stem.")


def test_sound_problems_come_first() -> None:
    loud_and_quiet = replace(GOOD, too_quiet=True, clipping=True, speech_seconds=10.0)

    remarks = describe(loud_and_quiet)

    assert [r.code for r in remarks] == ["too_quiet", "clipping", "too_short"]
    assert remarks[0].text_nl == (
        "Uw stem was zacht. Spreek wat harder, of houd de microfoon dichter bij uw mond."
    )
    assert remarks[1].text_nl.startswith("Het geluid was te hard.")
    assert remarks[0].values == {"speech_dbfs": -22.0, "peak_dbfs": -6.0}


@pytest.mark.parametrize(
    ("longest", "tip"),
    [(LONG_PAUSE_SECONDS - 0.01, False), (LONG_PAUSE_SECONDS, True), (7.6, True)],
)
def test_long_pause_boundary(longest: float, tip: bool) -> None:
    remarks = describe(replace(GOOD, longest_pause_seconds=longest))

    found = [r for r in remarks if r.code == "long_pauses"]
    assert bool(found) is tip
    if found:
        shown = whole_seconds(longest)
        assert found[0].text_nl.startswith(f"U was een keer {shown} seconden stil.")
        assert found[0].values["pause_count"] == 2


@pytest.mark.parametrize(
    ("leading", "tip"), [(LATE_START_SECONDS - 0.01, False), (LATE_START_SECONDS, True)]
)
def test_late_start_boundary(leading: float, tip: bool) -> None:
    remarks = describe(replace(GOOD, leading_silence_seconds=leading))

    assert ("late_start" in [r.code for r in remarks]) is tip
    if tip:
        assert remarks[-1].text_nl.startswith("U begon na 5 seconden met praten.")


def test_every_code_in_documented_order() -> None:
    everything = replace(
        GOOD,
        too_quiet=True,
        clipping=True,
        speech_seconds=40.0,
        leading_silence_seconds=6.0,
        longest_pause_seconds=4.0,
    )

    found = codes(everything)

    assert found == ["too_quiet", "clipping", "too_long", "late_start", "long_pauses"]
    assert found == [code for code in FEEDBACK_CODES if code in found]


@pytest.mark.parametrize(
    "template",
    [
        *FEEDBACK.values(),
        *FEEDBACK_ONE_SECOND.values(),
        *ERRORS.values(),
        SPOKE_ONE,
        SPOKE_MANY,
        GOOD_RANGE,
    ],
)
def test_dutch_texts_are_short_and_plain(template: str) -> None:
    # A2: short sentences. No sentence over 14 words, no text over three sentences.
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", template) if s]
    assert len(sentences) <= 3
    for sentence in sentences:
        assert len(sentence.split()) <= 14, sentence


def test_filled_texts_have_no_placeholders_left() -> None:
    everything = replace(
        GOOD, too_quiet=True, clipping=True, leading_silence_seconds=6, longest_pause_seconds=4
    )
    for analysis in (everything, replace(everything, speech_seconds=0.0)):
        for remark in describe(analysis):
            assert "{" not in remark.text_nl and "}" not in remark.text_nl


@pytest.mark.parametrize(
    "error",
    [
        AudioError(),
        NoOutputDevice(),
        NoInputDevice(),
        DiskFull("/tmp/x.wav: ENOSPC"),
        UnreadableAudio(),
        EncoderUnavailable(),
    ],
)
def test_every_error_has_a_dutch_message(error: AudioError) -> None:
    assert error.message_nl == ERRORS[error.code] == error_text(error.code)
    assert error.message_nl.endswith(".")


def test_one_set_of_words_with_u_for_core_and_gui() -> None:
    """The learner is addressed with "u" everywhere; the GUI's words are the core's words put
    through Qt's translate, so a translation function gets every text (and nothing else)."""
    every = [*FEEDBACK.values(), *FEEDBACK_ONE_SECOND.values(), *ERRORS.values(), SPOKE_MANY]
    assert not [t for t in every if re.search(r"\b(je|jij|jouw)\b", t, re.IGNORECASE)]
    asked: list[tuple[str, str]] = []

    def bracket(context: str, source: str) -> str:  # a "translation" that shows its source
        asked.append((context, source))
        return f"[{source}]"

    text = feedback_text("too_short", {"seconds": 14, "low": 15, "high": 30}, bracket)
    assert text == (
        "[U sprak 14 seconden.] [Een goed antwoord duurt 15 tot 30 seconden.] [Vertel wat meer.]"
    )
    assert asked == [("audio", SPOKE_MANY), ("audio", GOOD_RANGE), ("audio", FEEDBACK["too_short"])]
    assert error_text("disk_full", bracket) == f"[{ERRORS['disk_full']}]"
    assert error_text("no_such_code") == ERRORS["audio_error"]


@pytest.mark.parametrize("code", ["late_start", "long_pauses"])
def test_one_second_tips_are_singular(code: str) -> None:
    assert "1 seconde " in feedback_text(code, {"seconds": 1})
    assert "2 seconden " in feedback_text(code, {"seconds": 2})
