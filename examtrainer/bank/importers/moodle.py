"""Moodle XML question banks (``<quiz>`` exports): the question types examtrainer can ask.

Embedded files (``<file encoding="base64">``) become the pack's pictures and sound files;
``@@PLUGINFILE@@/name`` references in the HTML point at them.
"""

from __future__ import annotations

import base64
import binascii
from pathlib import Path
from typing import Any
from urllib.parse import unquote
from xml.etree.ElementTree import Element

from examtrainer.bank.importers.builder import Entry, Origin, PackBuilder, theme_of
from examtrainer.bank.importers.report import ConversionReport
from examtrainer.bank.importers.text import RichText, html_to_text
from examtrainer.bank.importers.xmlfile import XmlRefused, read_xml_file
from examtrainer.bank.model import ItemType, Skill

PLUGINFILE = "@@PLUGINFILE@@/"
NOT_SUPPORTED = {
    "numerical": "numerical questions (a number with a tolerance) have no examtrainer type",
    "calculated": "calculated questions (formulas) have no examtrainer type",
    "calculatedsimple": "calculated questions (formulas) have no examtrainer type",
    "calculatedmulti": "calculated questions (formulas) have no examtrainer type",
    "cloze": "cloze (embedded answers) questions have no examtrainer type",
    "multianswer": "cloze (embedded answers) questions have no examtrainer type",
    "ddwtos": "drag-and-drop into text has no examtrainer type",
    "ddimageortext": "drag-and-drop onto an image has no examtrainer type",
    "ddmarker": "drag-and-drop markers have no examtrainer type",
    "gapselect": "select-missing-words questions have no examtrainer type",
    "order": "ordering questions have no examtrainer type",
    "ordering": "ordering questions have no examtrainer type",
    "randomsamatch": "random short-answer matching draws from other questions; not supported",
    "random": "a random question draws from a category at quiz time; not supported",
}


def _text_element(element: Element | None) -> str:
    """The ``<text>`` of a Moodle text field, or its own text when it has none."""
    if element is None:
        return ""
    child = element.find("text")
    return (child.text if child is not None else element.text) or ""


def _fraction(answer: Element) -> float:
    try:
        return float(answer.get("fraction", "0"))
    except ValueError:
        return 0.0


class _QuestionConverter:
    def __init__(self, builder: PackBuilder, question: Element, label: str, base: Path) -> None:
        self.builder = builder
        self.question = question
        self.label = label
        self.base = base
        name = " ".join(_text_element(question.find("name")).split())
        self.name = name
        self.files: dict[str, bytes] = {}
        for file in question.iter("file"):
            if file.get("encoding", "base64") == "base64" and file.get("name"):
                try:
                    self.files[file.get("name", "")] = base64.b64decode(
                        "".join((file.text or "").split()), validate=True
                    )
                except (binascii.Error, ValueError):
                    self.skip("file", f"embedded file '{file.get('name')}' is not valid base64")

    def skip(self, field_name: str, reason: str) -> None:
        self.builder.skip(self.label, self.name, field_name, reason)

    def media(self, reference: str, field_name: str) -> str | None:
        if reference.startswith(PLUGINFILE):
            file_name = unquote(reference[len(PLUGINFILE) :].split("?", 1)[0])
            data = self.files.get(file_name) or self.files.get(file_name.rsplit("/", 1)[-1])
            if data is None:
                self.skip(field_name, f"embedded file '{file_name}' is not in the question")
                return None
            path = self.builder.add_media(data, file_name.rsplit("/", 1)[-1])
            if path is None:
                self.skip(field_name, f"'{file_name}' is not a picture or sound file")
            return path
        path, reason = self.builder.media_from_reference(reference, self.base, self.base)
        if path is None:
            self.skip(field_name, f"{reason}; left out of the pack")
        return path

    def rich(self, element: Element | None) -> RichText:
        raw = _text_element(element)
        fmt = element.get("format", "html") if element is not None else "html"
        if fmt in ("html", "moodle_auto_format"):
            return html_to_text(raw)
        lines = (line.strip() for line in raw.replace("\u00ad", "").splitlines())
        return RichText("\n".join(line for line in lines if line))

    def plain(self, element: Element | None, field_name: str) -> str:
        """Text without media; pictures in it are reported as not kept."""
        rich = self.rich(element)
        for src in rich.images + rich.audio:
            self.skip(field_name, f"'{src}' in an answer or feedback is not kept")
        return rich.text

    def feedback(self, *extra: str) -> str:
        parts = [self.plain(self.question.find("generalfeedback"), "generalfeedback"), *extra]
        return "\n".join(part for part in parts if part)

    def answers(self) -> list[tuple[float, str, str]]:
        """(fraction, text, feedback) of each answer."""
        return [
            (
                _fraction(answer),
                self.plain(answer, "answer"),
                self.plain(answer.find("feedback"), "answer.feedback"),
            )
            for answer in self.question.findall("answer")
        ]

    def multichoice(self) -> dict[str, Any] | None:
        answers = self.answers()
        options = [text for _, text, _ in answers]
        single_raw = (self.question.findtext("single") or "").strip().lower()
        right = [(fraction, text, fb) for fraction, text, fb in answers if fraction > 0]
        if single_raw in ("true", "1") or (not single_raw and len(right) <= 1):
            full = [(text, fb) for fraction, text, fb in answers if fraction >= 100]
            if len(full) != 1:
                self.skip(
                    "answer",
                    "a single-answer question needs exactly one answer with fraction 100 "
                    f"(found {len(full)})",
                )
                return None
            for fraction, text, _ in right:
                if fraction < 100:
                    self.skip("answer", f"partial credit ({fraction:g}%) for '{text}' not kept")
            return {
                "type": ItemType.MULTIPLE_CHOICE,
                "options": options,
                "answer": full[0][0],
                "feedback": self.feedback(full[0][1]),
            }
        if not single_raw:
            self.builder.note(
                f"{self.label}: {self.name}: no <single>; {len(right)} answers give credit, "
                "so it became multiple_response"
            )
        return {
            "type": ItemType.MULTIPLE_RESPONSE,
            "options": options,
            "answer": [text for _, text, _ in right],
            "feedback": self.feedback(),
        }

    def truefalse(self) -> dict[str, Any] | None:
        right = [(text, fb) for fraction, text, fb in self.answers() if fraction >= 100]
        if len(right) != 1 or right[0][0].strip().lower() not in ("true", "false"):
            self.skip("answer", "a true/false question needs 'true' or 'false' with fraction 100")
            return None
        text, feedback = right[0]
        return {
            "type": ItemType.TRUE_FALSE,
            "answer": "Juist" if text.strip().lower() == "true" else "Onjuist",
            "feedback": self.feedback(feedback),
        }

    def shortanswer(self) -> dict[str, Any] | None:
        accepted = []
        for fraction, text, _ in self.answers():
            if fraction >= 100:
                if "*" in text:
                    self.skip("answer", f"wildcard answer '{text}' is not supported")
                else:
                    accepted.append(text)
            elif fraction > 0:
                self.skip("answer", f"partial credit ({fraction:g}%) for '{text}' not kept")
        if not accepted:
            self.skip("answer", "no answer with fraction 100")
            return None
        return {"type": ItemType.SHORT_ANSWER, "accept": accepted, "feedback": self.feedback()}

    def matching(self) -> dict[str, Any] | None:
        pairs = []
        for sub in self.question.findall("subquestion"):
            left = self.plain(sub, "subquestion")
            right = self.plain(sub.find("answer"), "subquestion.answer")
            if not left:
                self.skip("subquestion", f"extra wrong answer '{right}' (no subquestion) not kept")
            elif right:
                pairs.append([left, right])
        return {"type": ItemType.MATCHING, "pairs": pairs, "feedback": self.feedback()}

    def essay(self) -> dict[str, Any]:
        fields: dict[str, Any] = {"type": ItemType.WRITING, "skill": Skill.WRITING}
        model = self.plain(self.question.find("graderinfo"), "graderinfo")
        if model:
            fields["model_answer"] = model
        fields["feedback"] = self.feedback()
        return fields

    def legacy_image(self) -> str | None:
        """The image of old exports: ``<image>`` with a URL or ``<image_base64>``."""
        element = self.question.find("image")
        if element is None:
            return None
        encoded = element.findtext("image_base64")
        if encoded:
            payload = encoded.strip()
            if not payload.startswith("data:"):
                payload = "data:image/png;base64," + payload
            return self.media(payload, "image")
        if element.text and element.text.strip():
            return self.media(element.text.strip(), "image")
        return None

    def convert(self, kind: str, themes: tuple[str, ...]) -> None:
        handlers = {
            "multichoice": self.multichoice,
            "truefalse": self.truefalse,
            "shortanswer": self.shortanswer,
            "matching": self.matching,
            "essay": self.essay,
        }
        if kind not in handlers:
            reason = NOT_SUPPORTED.get(kind, f"question type '{kind}' is not supported")
            self.skip("type", reason)
            return
        body = self.rich(self.question.find("questiontext"))
        if not body.text:
            self.skip("questiontext", "the question text is empty")
            return
        fields = handlers[kind]()
        if fields is None:
            return
        images = [path for src in body.images if (path := self.media(src, "questiontext"))]
        audio = [path for src in body.audio if (path := self.media(src, "questiontext"))]
        legacy = self.legacy_image()
        if legacy:
            images.insert(0, legacy)
        for extra in images[1:] + audio[1:]:
            self.skip("questiontext", f"only one picture and one sound per question; '{extra}'")
        fields["question"] = body.text
        tags = [theme_of(t.findtext("text") or "") for t in self.question.iter("tag")]
        fields["themes"] = tuple(dict.fromkeys([*themes, *(t for t in tags if t)]))
        if images:
            fields["image"] = images[0]
        fields["id"] = self.builder.unique_id(self.name or self.label)
        fields = {key: value for key, value in fields.items() if value not in ("", None)}
        entry = Entry(Origin(self.label, self.name or fields["id"]), fields)
        if audio:
            stimulus = {"id": self.builder.unique_id(f"{fields['id']}-audio"), "audio": audio[0]}
            stimulus["themes"] = fields["themes"]
            self.builder.add([entry], Entry(Origin(self.label, self.name), stimulus))
        else:
            self.builder.add([entry])


def _category_parts(question: Element) -> list[str]:
    path = _text_element(question.find("category")).strip()
    return [
        part.strip()
        for part in path.split("/")
        if part.strip() and part.strip() not in ("$course$", "$system$", "$module$", "top")
    ]


def convert_moodle(source: Path, target: Path, *, pack_id: str | None = None) -> ConversionReport:
    """Convert a Moodle XML export into a pack folder at ``target``."""
    with PackBuilder("moodle_xml", source) as builder:
        title = ""
        try:
            quiz = read_xml_file(source)
        except XmlRefused as refused:
            builder.problems.append(refused.problem)
            return builder.finish(target, title=source.stem, pack_id=pack_id)
        if quiz.tag != "quiz":
            builder.problem(source.name, "", "", f"the root element is <{quiz.tag}>, not <quiz>")
            return builder.finish(target, title=source.stem, pack_id=pack_id)
        themes: tuple[str, ...] = ()
        for number, question in enumerate(quiz.findall("question"), start=1):
            kind = question.get("type", "")
            label = f"{source.name} question {number}"
            if kind == "category":
                parts = _category_parts(question)
                title = title or (parts[-1] if parts else "")
                themes = tuple(t for part in parts if (t := theme_of(part)))
                continue
            converter = _QuestionConverter(builder, question, label, source.parent)
            if not kind:
                converter.skip("type", "the question has no type attribute")
            elif kind == "description":
                builder.note(f"{label}: a description is not a question; left out")
            else:
                converter.convert(kind, themes)
        return builder.finish(target, title=title or source.stem, pack_id=pack_id)
