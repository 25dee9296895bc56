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

from examtrainer.bank.importers.builder import (
    Entry,
    Origin,
    PackBuilder,
    partial_shares,
    response_shares,
    theme_of,
)
from examtrainer.bank.importers.cloze import (
    CHOICE,
    NUMERICAL,
    RESPONSE,
    SHORT,
    Gap,
    gap_text,
    parse_cloze,
    sentence_of,
)
from examtrainer.bank.importers.report import ConversionReport
from examtrainer.bank.importers.text import RichText, html_to_text, media_kind
from examtrainer.bank.importers.xmlfile import XmlRefused, read_xml_file
from examtrainer.bank.model import ItemType, Skill

PLUGINFILE = "@@PLUGINFILE@@/"
# Tags of examtrainer's own export (bank/foreign_export.py), read back on import.
TAG_SKILL = "examtrainer-skill:"
TAG_LEVEL = "examtrainer-level:"
TAG_STIMULUS = "examtrainer-stimulus"
TAG_TITLE = "examtrainer-title:"
TAG_TYPE = "examtrainer-type:"
# Written by our own export on a multiple_response item without partial credit: Moodle
# always gives each right option its share, examtrainer's item only counts all of them.
TAG_ALL_OR_NOTHING = "examtrainer-credit:all-or-nothing"
DEPENDS_ON_SOUND = (
    "the question is about a sound that cannot be brought along (see above); question left out"
)
DEPENDS_ON_VIDEO = "the question is about a video; examtrainer plays no video; question left out"
NOT_SUPPORTED = {
    "numerical": "numerical questions (a number with a tolerance) have no examtrainer type",
    "calculated": "calculated questions (formulas) have no examtrainer type",
    "calculatedsimple": "calculated questions (formulas) have no examtrainer type",
    "calculatedmulti": "calculated questions (formulas) have no examtrainer type",
    "ddwtos": "drag-and-drop into text has no examtrainer type",
    "ddimageortext": "drag-and-drop onto an image has no examtrainer type",
    "ddmarker": "drag-and-drop markers have no examtrainer type",
    "gapselect": "select-missing-words questions have no examtrainer type",
    "order": "this ordering plugin (qtype_order) is not supported; use qtype_ordering",
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
        self.stimuli: dict[str, Entry] = {}  # shared texts by name, set by convert_moodle
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
        fmt = element.get("format", "html") if element is not None else "html"
        return self.rich_raw(_text_element(element), fmt)

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
            shares = partial_shares(((f, t) for f, t, _ in answers), {full[0][0]})
            return {
                "type": ItemType.MULTIPLE_CHOICE,
                "options": options,
                "answer": full[0][0],
                "credit": shares,
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
            "credit": response_shares((f, t) for f, t, _ in answers),
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
        accepted, partial = [], []
        for fraction, text, _ in self.answers():
            if fraction > 0 and "*" in text:
                self.skip("answer", f"wildcard answer '{text}' is not supported")
            elif fraction >= 100:
                accepted.append(text)
            elif fraction > 0:
                partial.append((fraction, text))
        if not accepted:
            self.skip("answer", "no answer with fraction 100")
            return None
        return {
            "type": ItemType.SHORT_ANSWER,
            "accept": accepted,
            "credit": partial_shares(partial, accepted),
            "feedback": self.feedback(),
        }

    def matching(self) -> dict[str, Any] | None:
        pairs = []
        for sub in self.question.findall("subquestion"):
            left = self.plain(sub, "subquestion")
            right = self.plain(sub.find("answer"), "subquestion.answer")
            if right:
                pairs.append([left, right])
        fields: dict[str, Any] = {
            "type": ItemType.MATCHING,
            "pairs": [pair for pair in pairs if pair[0]],
            "feedback": self.feedback(),
        }
        if any(not left for left, _ in pairs):
            # an answer without a subquestion: an extra (wrong) choice, offered with the rest
            fields["options"] = list(dict.fromkeys(right for _, right in pairs))
        return fields

    def ordering(self) -> dict[str, Any] | None:
        """qtype_ordering: the answers in the right order (their fraction is the place)."""
        answers = sorted(self.answers(), key=lambda answer: answer[0])
        parts = [text for _, text, _ in answers if text]
        if len(parts) < 2:
            self.skip("answer", "an ordering question needs at least two parts")
            return None
        return {
            "type": ItemType.ORDERING,
            "options": parts,
            "answer": parts,
            "feedback": self.feedback(),
        }

    def tags(self) -> list[str]:
        return [(t.findtext("text") or "").strip() for t in self.question.iter("tag")]

    def marked(self) -> dict[str, Any]:
        """Skill, level and type that examtrainer's own Moodle export writes as tags."""
        fields: dict[str, Any] = {}
        for tag in self.tags():
            if tag.startswith(TAG_SKILL):
                fields["skill"] = tag.removeprefix(TAG_SKILL)
            elif tag.startswith(TAG_LEVEL):
                fields["level"] = tag.removeprefix(TAG_LEVEL)
            elif tag == TAG_TYPE + "choose_reaction":
                fields["type"] = ItemType.CHOOSE_REACTION
            elif tag == TAG_ALL_OR_NOTHING:
                fields["credit"] = {}
        return fields

    def stimulus_entry(self, themes: tuple[str, ...]) -> Entry | None:
        """A description tagged ``examtrainer-stimulus``: the shared text of the items that
        name it (examtrainer's export); other descriptions ask nothing and are left out."""
        if TAG_STIMULUS not in self.tags():
            return None
        body = self.rich(self.question.find("questiontext"))
        images = [path for src in body.images if (path := self.media(src, "questiontext"))]
        audio = [path for src in body.audio if (path := self.media(src, "questiontext"))]
        fields: dict[str, Any] = {"id": self.builder.unique_id(self.name or "tekst")}
        fields["text"] = body.text
        fields.update({k: v for k, v in self.marked().items() if k in ("skill", "level")})
        for tag in self.tags():
            if tag.startswith(TAG_TITLE):
                fields["title"] = tag.removeprefix(TAG_TITLE)
        tagged = [theme_of(tag) for tag in self.tags()]
        fields["themes"] = tuple(dict.fromkeys([*themes, *(t for t in tagged if t)]))
        if images:
            fields["image"] = images[0]
        if audio:
            fields["audio"] = audio[0]
        fields = {key: value for key, value in fields.items() if value not in ("", None, ())}
        return Entry(Origin(self.label, self.name), fields)

    def essay(self) -> dict[str, Any]:
        fields: dict[str, Any] = {"type": ItemType.WRITING, "skill": Skill.WRITING}
        model = self.plain(self.question.find("graderinfo"), "graderinfo")
        if model:
            fields["model_answer"] = model
        fields["feedback"] = self.feedback()
        return fields

    def legacy_image(self) -> str | None:
        """The image of Moodle 1.9 exports: ``<image>`` with a name or URL, and beside it
        (not inside it) ``<image_base64>`` holding the picture itself."""
        element = self.question.find("image")
        name = (element.text or "").strip() if element is not None else ""
        encoded = "".join((self.question.findtext("image_base64") or "").split())
        if element is not None and not encoded:  # a few exporters nest it
            encoded = "".join((element.findtext("image_base64") or "").split())
        if encoded:
            try:
                data = base64.b64decode(encoded, validate=True)
            except (binascii.Error, ValueError):
                self.skip("image_base64", "the picture in <image_base64> is not valid base64")
                return None
            file_name = name.rsplit("/", 1)[-1] if media_kind(name) == "image" else "image.png"
            path = self.builder.add_media(data, file_name)
            if path is None:
                self.skip("image_base64", f"'{file_name}' is not a picture examtrainer can show")
            return path
        if name:
            return self.media(name, "image")
        return None

    def cloze(self, themes: tuple[str, ...]) -> None:
        """Embedded answers: the text with numbered gaps as a reading text, one question
        per gap beside it (a choice, several choices, or a typed answer)."""
        element = self.question.find("questiontext")
        marked, gaps = parse_cloze(_text_element(element))
        fmt = element.get("format", "html") if element is not None else "html"
        body = self.rich_raw(marked, fmt)
        if not self.stands_without_media(body):
            return
        if not gaps:
            self.skip("questiontext", "a cloze question without gaps ({1:MULTICHOICE:…})")
            return
        base = self.name or self.label
        entries: list[Entry] = []
        general = self.plain(self.question.find("generalfeedback"), "generalfeedback")
        for gap in gaps:
            label = f"{self.name} gap {gap.number}" if self.name else f"gap {gap.number}"
            fields = self.cloze_gap(gap, label)
            if fields is None:
                continue
            question = gap_text(sentence_of(body.text, gap.number), gaps, gap.number)
            if len(gaps) > 1:
                question = f"({gap.number}) {question}"
            fields["question"] = question
            fields["id"] = self.builder.unique_id(f"{base}-{gap.number}")
            fields["themes"] = themes
            fields["feedback"] = "\n".join(p for p in (fields.get("feedback", ""), general) if p)
            fields = {key: value for key, value in fields.items() if value not in ("", None)}
            entries.append(Entry(Origin(self.label, label), fields))
        if not entries:
            return
        images = [path for src in body.images if (path := self.media(src, "questiontext"))]
        audio = [path for src in body.audio if (path := self.media(src, "questiontext"))]
        if body.audio and not audio:
            for entry in entries:
                self.builder.skip(self.label, entry.origin.item, "questiontext", DEPENDS_ON_SOUND)
            return
        legacy = self.legacy_image()
        if legacy:
            images.insert(0, legacy)
        for extra in images[1:] + audio[1:]:
            self.skip("questiontext", f"only one picture and one sound per question; '{extra}'")
        if len(gaps) == 1 and not audio:
            fields = entries[0].fields
            fields["question"] = gap_text(body.text, gaps, 1)
            if images:
                fields["image"] = images[0]
            self.builder.add(entries)
            return
        stimulus: dict[str, Any] = {
            "id": self.builder.unique_id(f"{base}-tekst"),
            "title": self.name,
            "text": gap_text(body.text, gaps),
            "themes": themes,
        }
        if images:
            stimulus["image"] = images[0]
        if audio:
            stimulus["audio"] = audio[0]
        stimulus = {key: value for key, value in stimulus.items() if value}
        self.builder.add(entries, Entry(Origin(self.label, self.name), stimulus))

    def cloze_gap(self, gap: Gap, label: str) -> dict[str, Any] | None:
        def skip(reason: str) -> None:
            self.builder.skip(self.label, label, "questiontext", reason)

        def text(raw: str) -> str:
            return html_to_text(raw).text

        if gap.kind in NUMERICAL:
            skip("a numerical gap (a number with a tolerance) has no examtrainer type")
            return None
        full = gap.full
        feedback = text(full[0].feedback) if full else ""
        weighed = [(a.fraction, text(a.text)) for a in gap.answers if "*" not in a.text]
        if gap.kind in SHORT:
            accepted = [text(a.text) for a in full if "*" not in a.text]
            if not accepted:
                skip("a typed gap needs an answer with full credit (no wildcard *)")
                return None
            return {
                "type": ItemType.SHORT_ANSWER,
                "accept": accepted,
                "credit": partial_shares(weighed, accepted),
                "feedback": feedback,
            }
        options = [text(answer.text) for answer in gap.answers]
        if gap.kind in RESPONSE:
            right = [text(a.text) for a in gap.answers if a.fraction > 0]
            return {
                "type": ItemType.MULTIPLE_RESPONSE,
                "options": options,
                "answer": right,
                "credit": response_shares(weighed),
            }
        if gap.kind not in CHOICE:
            skip(f"a gap of type {gap.kind} is not known")
            return None
        if len(full) != 1:
            skip(f"a choice gap needs exactly one right answer (found {len(full)})")
            return None
        return {
            "type": ItemType.MULTIPLE_CHOICE,
            "options": options,
            "answer": text(full[0].text),
            "credit": partial_shares(weighed, {text(full[0].text)}),
            "feedback": feedback,
        }

    def stands_without_media(self, body: RichText) -> bool:
        """False (and the question listed) when it is about a video: examtrainer plays none."""
        if body.video:
            self.skip("questiontext", f"{DEPENDS_ON_VIDEO} ('{body.video[0]}')")
            return False
        return True

    def rich_raw(self, raw: str, fmt: str) -> RichText:
        if fmt in ("html", "moodle_auto_format"):
            return html_to_text(raw)
        lines = (line.strip() for line in raw.replace("\u00ad", "").splitlines())
        return RichText("\n".join(line for line in lines if line))

    def convert(self, kind: str, themes: tuple[str, ...]) -> None:
        if kind in ("cloze", "multianswer"):
            self.cloze(themes)
            return
        handlers = {
            "multichoice": self.multichoice,
            "truefalse": self.truefalse,
            "shortanswer": self.shortanswer,
            "matching": self.matching,
            "ordering": self.ordering,
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
        if not self.stands_without_media(body):
            return
        fields = handlers[kind]()
        if fields is None:
            return
        images = [path for src in body.images if (path := self.media(src, "questiontext"))]
        audio = [path for src in body.audio if (path := self.media(src, "questiontext"))]
        if body.audio and not audio:
            self.skip("questiontext", DEPENDS_ON_SOUND)
            return
        legacy = self.legacy_image()
        if legacy:
            images.insert(0, legacy)
        for extra in images[1:] + audio[1:]:
            self.skip("questiontext", f"only one picture and one sound per question; '{extra}'")
        fields["question"] = body.text
        tags = [theme_of(tag) for tag in self.tags()]
        fields["themes"] = tuple(dict.fromkeys([*themes, *(t for t in tags if t)]))
        for key, value in self.marked().items():
            if key != "type" or fields.get("type") is ItemType.MULTIPLE_CHOICE:
                fields[key] = value
        if images:
            fields["image"] = images[0]
        fields["id"] = self.builder.unique_id(self.name or self.label)
        fields = {key: value for key, value in fields.items() if value not in ("", None)}
        entry = Entry(Origin(self.label, self.name or fields["id"]), fields)
        shared = next(
            (t[len(TAG_STIMULUS) + 1 :] for t in self.tags() if t.startswith(TAG_STIMULUS + ":")),
            "",
        )
        if shared and shared in self.stimuli:
            self.builder.add([entry], self.stimuli[shared], shared=f"moodle:{shared}")
        elif audio:
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
        stimuli: dict[str, Entry] = {}
        for number, question in enumerate(quiz.findall("question"), start=1):
            kind = question.get("type", "")
            label = f"{source.name} question {number}"
            if kind == "category":
                if not builder.identity:
                    path = _text_element(question.find("category")).strip()
                    builder.identity = f"categorie: {path}" if path else ""
                parts = _category_parts(question)
                title = title or (parts[-1] if parts else "")
                themes = tuple(t for part in parts if (t := theme_of(part)))
                continue
            converter = _QuestionConverter(builder, question, label, source.parent)
            converter.stimuli = stimuli
            if not kind:
                converter.skip("type", "the question has no type attribute")
            elif kind == "description":
                stimulus = converter.stimulus_entry(themes)
                if stimulus is not None:
                    stimuli[converter.name] = stimulus
                else:
                    builder.note(f"{label}: a description is not a question; left out")
            else:
                converter.convert(kind, themes)
        return builder.finish(target, title=title or source.stem, pack_id=pack_id)
