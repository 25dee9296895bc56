"""GIFT, Moodle's plain-text question format: a parser into a small intermediate form, and
the conversion of that form into a pack.

The intermediate form (:class:`GiftQuestion`) follows the output of the reference parser
GIFT-grammar-PEG.js, so its test files can serve as golden files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from examtrainer.bank.importers.builder import (
    Entry,
    Origin,
    PackBuilder,
    partial_shares,
    response_shares,
    theme_of,
)
from examtrainer.bank.importers.report import ConversionReport
from examtrainer.bank.importers.spreadsheet import decode_csv
from examtrainer.bank.importers.text import collapse, html_to_text
from examtrainer.bank.model import ItemType, Skill

ESCAPABLE = "~=#{}:"
BLANK = "_____"
DEPENDS_ON_MEDIA = (
    "the question is about a sound or video, which GIFT cannot bring along; question left out"
)
FORMATS = ("html", "moodle", "plain", "markdown")
_TF = re.compile(r"^(TRUE|FALSE|T|F)(?=\s*(#|$))", re.IGNORECASE)
_WEIGHT = re.compile(r"^\s*%(-?\d+(?:\.\d+)?)%")


class GiftSyntaxError(ValueError):
    """A question that does not follow GIFT; ``line`` is where the question starts (1-based)."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}")
        self.line = line
        self.message = message


@dataclass
class GiftChoice:
    is_correct: bool
    weight: float | None
    text: str
    feedback: str | None


@dataclass
class GiftQuestion:
    """One GIFT question. ``type`` is MC, TF, Short, Numerical, Matching, Essay, Description
    or Category (the last two ask nothing)."""

    type: str
    line: int
    title: str | None = None
    stem: str = ""
    stem_format: str = "moodle"
    embedded: bool = False
    choices: list[GiftChoice] = field(default_factory=list)
    match_pairs: list[tuple[str, str]] = field(default_factory=list)
    is_true: bool | None = None
    feedback_wrong: str | None = None  # TF: shown after the wrong answer
    feedback_right: str | None = None  # TF: shown after the right answer
    global_feedback: str | None = None


def unescape(text: str) -> str:
    r"""GIFT escapes to characters: ``\~ \= \# \{ \} \:`` and ``\n`` (a line break)."""
    out: list[str] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            following = text[index + 1]
            if following in ESCAPABLE or following == "\\":
                out.append(following)
                index += 2
                continue
            if following == "n":
                out.append("\n")
                index += 2
                continue
        out.append(char)
        index += 1
    return "".join(out)


def _find(text: str, wanted: str, start: int = 0) -> int:
    """Index of the first unescaped ``wanted`` at or after ``start``, or -1."""
    index = start
    while index < len(text):
        if text[index] == "\\":
            index += 2
            continue
        if text.startswith(wanted, index):
            return index
        index += 1
    return -1


def split_questions(source: str) -> list[tuple[int, str]]:
    """The questions of a GIFT file with their first line number.

    As in Moodle, blank lines separate questions (also inside ``{...}``, so that a missing
    ``}`` spoils one question, not the rest) and lines starting with ``//`` are comments.
    """
    chunks: list[tuple[int, str]] = []
    current: list[str] = []
    start = 0
    for number, line in enumerate(source.splitlines(), start=1):
        if line.lstrip().startswith("//"):
            continue
        if not line.strip():
            if current:
                chunks.append((start, "\n".join(current)))
                current = []
            continue
        if not current:
            start = number
        current.append(line)
    if current:
        chunks.append((start, "\n".join(current)))
    return chunks


_MARKER = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]", re.IGNORECASE)


def _clean(raw: str, fmt: str) -> str:
    """Unescaped text of an answer, feedback or stem part. A part may start with its own
    format marker (``=[plain]blue``, ``# [html]wrong``), as Moodle writes them: the marker is
    removed and, for ``[html]``, the HTML turned into plain text."""
    marker = _MARKER.match(raw)
    if marker:
        raw = raw[marker.end() :]
        if marker.group(1).lower() == "html":
            return html_to_text(unescape(raw)).text
        fmt = marker.group(1).lower()
    text = unescape(raw)
    return text.strip() if fmt == "html" else collapse(text)


def _split_feedback(raw: str, fmt: str) -> tuple[str, str | None]:
    cut = _find(raw, "#")
    if cut < 0:
        return _clean(raw, fmt), None
    return _clean(raw[:cut], fmt), _clean(raw[cut + 1 :], fmt)


def _answers(block: str) -> list[tuple[str, str]]:
    """(marker, raw text) for each ``=`` / ``~`` answer of an answer block."""
    answers: list[tuple[str, str]] = []
    index = 0
    current: list[str] | None = None
    marker = ""
    while index < len(block):
        char = block[index]
        if char == "\\" and index + 1 < len(block):
            if current is not None:
                current.append(block[index : index + 2])
            index += 2
            continue
        if char in "=~" and not block.startswith("=>", index):
            if current is not None:
                answers.append((marker, "".join(current)))
            marker, current = char, []
        elif current is not None:
            current.append(char)
        elif not char.isspace():
            if answers or _find(block, "=", index) >= 0 or _find(block, "~", index) >= 0:
                raise ValueError(f"unexpected '{char}' before the first answer (use = or ~)")
            # Moodle reads a block without = or ~ ({One}) as one accepted short answer.
            return [("=", block[index:])]
        index += 1
    if current is not None:
        answers.append((marker, "".join(current)))
    return answers


def parse_question(line: int, chunk: str) -> GiftQuestion:
    """Parse one question (see :func:`split_questions`); raise GiftSyntaxError."""
    text = chunk.strip()
    if text.startswith("$CATEGORY:"):
        return GiftQuestion("Category", line, stem=text[len("$CATEGORY:") :].strip())
    title = None
    if text.startswith("::"):
        end = _find(text, "::", 2)
        if end < 0:
            raise GiftSyntaxError(line, "the title has no closing '::'")
        title = collapse(unescape(text[2:end]))
        text = text[end + 2 :].lstrip()
    fmt = "moodle"
    match = re.match(r"^\[(\w+)\]", text)
    if match and match.group(1).lower() in FORMATS:
        fmt = match.group(1).lower()
        text = text[match.end() :]
    opening = _find(text, "{")
    if opening < 0:
        if _find(text, "}") >= 0:
            raise GiftSyntaxError(line, "'}' without '{' (write \\} for a brace in the text)")
        return GiftQuestion("Description", line, title, _clean(text, fmt), fmt)
    closing = _find(text, "}", opening)
    if closing < 0:
        raise GiftSyntaxError(line, "the answers have no closing '}'")
    before, block, after = text[:opening], text[opening + 1 : closing], text[closing + 1 :]
    if _find(after, "{") >= 0 or _find(block, "{") >= 0:
        raise GiftSyntaxError(line, "more than one '{' (write \\{ for a brace in the text)")
    embedded = bool(after.strip())
    stem_raw = f"{before.strip()} {BLANK} {after.strip()}" if embedded else before
    question = GiftQuestion("MC", line, title, _clean(stem_raw, fmt), fmt, embedded)
    general = _find(block, "####")
    if general >= 0:
        question.global_feedback = _clean(block[general + 4 :], fmt)
        block = block[:general]
    body = block.strip()
    if not body:
        question.type = "Essay"
        return question
    if body.startswith("#"):
        question.type = "Numerical"
        return question
    tf = _TF.match(body)
    if tf:
        question.type = "TF"
        question.is_true = tf.group(1).upper().startswith("T")
        rest = body[tf.end() :]
        parts = []
        while (cut := _find(rest, "#")) >= 0:
            parts.append(rest[:cut])
            rest = rest[cut + 1 :]
        parts.append(rest)
        feedbacks = [_clean(part, fmt) or None for part in parts[1:]]
        question.feedback_wrong = feedbacks[0] if feedbacks else None
        question.feedback_right = feedbacks[1] if len(feedbacks) > 1 else None
        return question
    try:
        answers = _answers(body)
    except ValueError as error:
        raise GiftSyntaxError(line, str(error)) from error
    # As in Moodle: any ~ makes it multiple choice ("->" may then be part of an option);
    # otherwise = answers with "->" make it matching.
    tilde = any(marker == "~" for marker, _ in answers)
    if not tilde and any(marker == "=" and _find(raw, "->") >= 0 for marker, raw in answers):
        question.type = "Matching"
        for marker, raw in answers:
            cut = _find(raw, "->")
            if marker != "=" or cut < 0:
                raise GiftSyntaxError(line, "every matching answer is '=left -> right'")
            question.match_pairs.append((_clean(raw[:cut], fmt), _clean(raw[cut + 2 :], fmt)))
        return question
    question.type = "MC" if tilde else "Short"
    for marker, raw in answers:
        weight = None
        found = _WEIGHT.match(raw)
        if found:
            weight = float(found.group(1))
            raw = raw[found.end() :]
        answer_text, feedback = _split_feedback(raw, fmt)
        question.choices.append(GiftChoice(marker == "=", weight, answer_text, feedback))
    return question


def _with_categories_apart(chunks: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A ``$CATEGORY:`` line directly followed by a question becomes a chunk of its own."""
    out: list[tuple[int, str]] = []
    for line, chunk in chunks:
        first, _, rest = chunk.strip().partition("\n")
        if first.startswith("$CATEGORY:") and rest.strip():
            out += [(line, first), (line + 1, rest)]
        else:
            out.append((line, chunk))
    return out


def parse_gift(source: str) -> tuple[list[GiftQuestion], list[GiftSyntaxError]]:
    """All questions of a GIFT text, and the syntax errors of those that could not be read."""
    questions: list[GiftQuestion] = []
    errors: list[GiftSyntaxError] = []
    for line, chunk in _with_categories_apart(split_questions(source)):
        try:
            questions.append(parse_question(line, chunk))
        except GiftSyntaxError as error:
            errors.append(error)
    return questions, errors


def _plain(text: str, fmt: str) -> str:
    return html_to_text(text).text if fmt == "html" else text


def _full_credit(choice: GiftChoice) -> bool:
    """Full credit: ``=`` without a weight, or a weight of 100% (``~%100%a`` too)."""
    if choice.weight is not None:
        return choice.weight >= 100
    return choice.is_correct


class _GiftConverter:
    def __init__(self, builder: PackBuilder, label: str) -> None:
        self.builder = builder
        self.label = label

    def skip(self, question: GiftQuestion, field_name: str, reason: str) -> None:
        self.builder.skip(self.label, self.name(question), field_name, reason)

    @staticmethod
    def name(question: GiftQuestion) -> str:
        return question.title or f"line {question.line}"

    def feedback(self, question: GiftQuestion, *extra: str | None) -> str:
        parts = [*extra, question.global_feedback]
        return "\n".join(_plain(p, question.stem_format) for p in parts if p)

    def fields(self, question: GiftQuestion) -> dict[str, Any] | None:
        fmt = question.stem_format
        if question.type == "Essay":
            return {
                "type": ItemType.WRITING,
                "skill": Skill.WRITING,
                "feedback": self.feedback(question),
            }
        if question.type == "TF":
            return {
                "type": ItemType.TRUE_FALSE,
                "answer": "Juist" if question.is_true else "Onjuist",
                "feedback": self.feedback(
                    question, question.feedback_right or question.feedback_wrong
                ),
            }
        if question.type == "Matching":
            pairs = [[_plain(a, fmt), _plain(b, fmt)] for a, b in question.match_pairs if a]
            fields: dict[str, Any] = {
                "type": ItemType.MATCHING,
                "pairs": pairs,
                "feedback": self.feedback(question),
            }
            if any(not left for left, _ in question.match_pairs):
                # "= -> Chat": an extra answer without a question, a distractor to choose from.
                rights = [_plain(b, fmt) for _, b in question.match_pairs]
                fields["options"] = list(dict.fromkeys(rights))
            return fields
        options = [_plain(choice.text, fmt) for choice in question.choices]
        full = [choice for choice in question.choices if _full_credit(choice)]
        credited = [c for c in question.choices if c.weight is not None and c.weight > 0]
        # Several answers that share the credit (50% + 50%) are a multiple_response question
        # (each right option chosen earns its share); beside a full-credit answer a part
        # weight is partial credit for that answer. Both are kept as the item's ``credit``.
        shared = not full and len(credited) > 1 and question.type == "MC"
        weights = [
            (choice.weight, _plain(choice.text, fmt))
            for choice in question.choices
            if choice.weight is not None
        ]
        if question.type == "Short":
            accepted = [_plain(choice.text, fmt) for choice in full]
            return {
                "type": ItemType.SHORT_ANSWER,
                "accept": accepted,
                "credit": partial_shares(weights, accepted),
                "feedback": self.feedback(question, *(c.feedback for c in full[:1])),
            }
        if len(full) == 1:
            for choice in question.choices:
                if choice.weight is not None and choice.weight < 0:
                    self.builder.note(
                        f"{self.label}: {self.name(question)}: aftrek ({choice.weight:g}%) "
                        f"voor '{choice.text}': in examtrainer telt een fout antwoord als fout"
                    )
            answer = _plain(full[0].text, fmt)
            return {
                "type": ItemType.MULTIPLE_CHOICE,
                "options": options,
                "answer": answer,
                "credit": partial_shares(weights, {answer}),
                "feedback": self.feedback(question, full[0].feedback),
            }
        if shared:
            return {
                "type": ItemType.MULTIPLE_RESPONSE,
                "options": options,
                "answer": [_plain(choice.text, fmt) for choice in credited],
                "credit": response_shares(weights),
                "feedback": self.feedback(question),
            }
        self.skip(
            question,
            "answer",
            f"a multiple-choice question needs one '=' answer (found {len(full)})",
        )
        return None

    def convert(self, question: GiftQuestion, themes: tuple[str, ...]) -> None:
        if question.type == "Numerical":
            self.skip(question, "answer", "numerical questions ({#...}) have no examtrainer type")
            return
        fields = self.fields(question)
        if fields is None:
            return
        rich = html_to_text(question.stem) if question.stem_format == "html" else None
        if question.stem_format in ("html", "moodle"):  # Moodle shows both as HTML
            media = rich or html_to_text(question.stem)
            if media.audio or media.video:
                self.skip(question, "stem", DEPENDS_ON_MEDIA)
                return
            if rich is None and media.images:
                rich = media  # the picture's tag would otherwise reach the learner
        fields["question"] = rich.text if rich else question.stem
        if rich and (rich.images or rich.audio):
            self.skip(question, "stem", "pictures and sound in GIFT texts are not brought along")
        fields["id"] = self.builder.unique_id(question.title or question.stem[:40], "vraag")
        if themes:
            fields["themes"] = themes
        fields = {key: value for key, value in fields.items() if value not in ("", None)}
        self.builder.add([Entry(Origin(self.label, self.name(question)), fields)])


def convert_gift(source: Path, target: Path, *, pack_id: str | None = None) -> ConversionReport:
    """Convert a GIFT text file into a pack folder at ``target``.

    A question GIFT cannot parse is a problem (the import is refused): its line is named,
    because a syntax slip usually swallows the questions around it.
    """
    with PackBuilder("gift", source) as builder:
        text = decode_csv(source.read_bytes(), source.name, builder)
        questions, errors = parse_gift(text)
        for error in errors:
            builder.problem(source.name, f"line {error.line}", "", error.message)
        converter = _GiftConverter(builder, source.name)
        themes: tuple[str, ...] = ()
        title = ""
        for question in questions:
            if question.type == "Category":
                builder.identity = builder.identity or f"categorie: {question.stem.strip()}"
                parts = [p for p in question.stem.split("/") if p and p not in ("$course$", "top")]
                title = title or (parts[-1] if parts else "")
                themes = tuple(t for part in parts if (t := theme_of(part)))
            elif question.type == "Description":
                builder.note(
                    f"{source.name}: line {question.line}: a text without answers "
                    "(description) is not a question; left out"
                )
            else:
                converter.convert(question, themes)
        return builder.finish(target, title=title or source.stem, pack_id=pack_id)
