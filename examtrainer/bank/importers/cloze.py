"""Moodle's embedded answers (cloze, ``multianswer``): a text with gaps such as
``{1:MULTICHOICE:=Amsterdam#Goed~Rotterdam}`` or ``{1:SHORTANSWER:=negen~%100%9}``.

A cloze text becomes gap-fill practice that examtrainer can ask: the text with numbered gaps
as a shared reading text, and one question per gap (a choice for the choice gaps, a short
answer for the typed ones), so the learner fills the gaps one by one beside the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Gap types as Moodle names them (long and short forms), by what examtrainer makes of them.
CHOICE = frozenset(
    {
        "MULTICHOICE",
        "MC",
        "MULTICHOICE_V",
        "MCV",
        "MULTICHOICE_H",
        "MCH",
        "MULTICHOICE_S",
        "MCS",
        "MULTICHOICE_VS",
        "MCVS",
        "MULTICHOICE_HS",
        "MCHS",
    }
)
RESPONSE = frozenset(
    {"MULTIRESPONSE", "MR", "MULTIRESPONSE_H", "MRH", "MULTIRESPONSE_S", "MRS", "MRHS"}
)
SHORT = frozenset({"SHORTANSWER", "SA", "MW", "SHORTANSWER_C", "SAC", "MWC"})
NUMERICAL = frozenset({"NUMERICAL", "NM"})
_GAP = re.compile(r"\{(\d*):([A-Z_]+):", re.IGNORECASE)
PLACEHOLDER = "\u2063GAP{}\u2063"  # survives HTML-to-text: an invisible separator around it


@dataclass
class ClozeAnswer:
    fraction: float
    text: str
    feedback: str


@dataclass
class Gap:
    """One embedded answer: its Moodle type (upper case) and answers in source order."""

    number: int
    kind: str
    answers: list[ClozeAnswer] = field(default_factory=list)

    @property
    def full(self) -> list[ClozeAnswer]:
        return [answer for answer in self.answers if answer.fraction >= 100]


def _closing(text: str, start: int) -> int:
    """Index of the ``}`` that ends the gap whose answers begin at ``start`` (escapes skipped)."""
    index = start
    while index < len(text):
        if text[index] == "\\":
            index += 2
            continue
        if text[index] == "}":
            return index
        index += 1
    return -1


def _split(text: str, separator: str) -> list[str]:
    parts, current, index = [], [], 0
    while index < len(text):
        if text[index] == "\\" and index + 1 < len(text):
            current.append(text[index : index + 2])
            index += 2
            continue
        if text[index] == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(text[index])
        index += 1
    parts.append("".join(current))
    return parts


def _unescape(text: str) -> str:
    return re.sub(r"\\([}~#\\/\"])", r"\1", text)


def _answers(raw: str) -> list[ClozeAnswer]:
    answers = []
    for part in _split(raw, "~"):
        fraction = 0.0
        body = part
        weight = re.match(r"^\s*%(-?\d+(?:\.\d+)?)%", body)
        if weight:
            fraction = float(weight.group(1))
            body = body[weight.end() :]
        elif body.lstrip().startswith("="):
            fraction = 100.0
            body = body.lstrip()[1:]
        pieces = _split(body, "#")
        text, feedback = pieces[0], "#".join(pieces[1:])
        answers.append(ClozeAnswer(fraction, _unescape(text), _unescape(feedback)))
    return answers


def parse_cloze(html: str) -> tuple[str, list[Gap]]:
    """The text with each gap replaced by :data:`PLACEHOLDER` (numbered from 1), and the gaps.

    A ``{`` that does not start a gap (``{1:TYPE:``) is ordinary text. A gap without its
    closing ``}`` ends the parsing: the rest is kept as text.
    """
    out: list[str] = []
    gaps: list[Gap] = []
    index = 0
    while True:
        match = _GAP.search(html, index)
        if match is None:
            out.append(html[index:])
            break
        end = _closing(html, match.end())
        if end < 0:
            out.append(html[index:])
            break
        out.append(html[index : match.start()])
        gap = Gap(len(gaps) + 1, match.group(2).upper(), _answers(html[match.end() : end]))
        gaps.append(gap)
        out.append(PLACEHOLDER.format(gap.number))
        index = end + 1
    return "".join(out), gaps


def gap_text(text: str, gaps: list[Gap], current: int | None = None) -> str:
    """``text`` from :func:`parse_cloze` (already plain) with its gaps shown: ``(1) _____``;
    with ``current``, that gap is ``_____`` and the others ``(n) …``."""
    for gap in gaps:
        if current is None:
            shown = f"({gap.number}) _____"
        else:
            shown = "_____" if gap.number == current else f"({gap.number}) …"
        text = text.replace(PLACEHOLDER.format(gap.number), shown)
    return text


def sentence_of(text: str, number: int) -> str:
    """The line of ``text`` (plain, placeholders still in) that holds gap ``number``."""
    token = PLACEHOLDER.format(number)
    for line in text.splitlines():
        if token in line:
            return line.strip()
    return text.strip()
