"""IMS QTI 2.1 and 3.0 items: single item files and content packages (zip with imsmanifest.xml).

QTI 3.0 names its elements ``qti-simple-choice`` where 2.1 says ``simpleChoice``; both are
normalised to the 2.1 names first, so one converter serves both. Supported interactions are
mapped onto examtrainer item types (see ``docs/importing.md``); everything else is listed as
not mapped, with the reason.
"""

from __future__ import annotations

import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

from examtrainer.bank.archive import safe_extract
from examtrainer.bank.importers.builder import (
    DEFAULT_ANSWER_SECONDS,
    NO_MODEL_ANSWER,
    Entry,
    Origin,
    PackBuilder,
)
from examtrainer.bank.importers.report import ConversionReport
from examtrainer.bank.importers.text import (
    BLOCK_TAGS,
    TextSink,
    collapse,
    html_to_text,
    media_kind,
)
from examtrainer.bank.importers.xmlfile import XmlRefused, read_xml_file
from examtrainer.bank.model import ItemType, Skill

QTI21_NAMESPACES = (
    "http://www.imsglobal.org/xsd/imsqti_v2p0",
    "http://www.imsglobal.org/xsd/imsqti_v2p1",
    "http://www.imsglobal.org/xsd/imsqti_v2p2",
)
QTI30_NAMESPACE = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0"
INLINE_INTERACTIONS = frozenset(
    {"textEntryInteraction", "inlineChoiceInteraction", "endAttemptInteraction"}
)
SUPPORTED = frozenset(
    {
        "choiceInteraction",
        "textEntryInteraction",
        "extendedTextInteraction",
        "uploadInteraction",
        "mediaInteraction",
        "matchInteraction",
        "orderInteraction",
        "inlineChoiceInteraction",
        "gapMatchInteraction",
    }
)
# Why the other interactions are refused: what the learner would have to do on screen.
REFUSED_INTERACTIONS = {
    "hotspotInteraction": "clicking a spot in a picture (hotspot) is not supported",
    "graphicGapMatchInteraction": "dragging labels onto a picture is not supported",
    "graphicOrderInteraction": "ordering spots in a picture is not supported",
    "graphicAssociateInteraction": "linking spots in a picture is not supported",
    "selectPointInteraction": "pointing at a place in a picture is not supported",
    "positionObjectInteraction": "placing objects on a picture is not supported",
    "associateInteraction": "free pairs (associate) are not supported; use a match interaction",
    "hottextInteraction": "choosing words in the text (hottext) is not supported",
    "sliderInteraction": "a slider answer is not supported",
    "drawingInteraction": "drawing is not supported",
    "customInteraction": "a custom interaction cannot be shown by examtrainer",
    "portableCustomInteraction": "a portable custom interaction (PCI) cannot be shown",
}
GAP_MARK = "\u2063GAP{}\u2063"
NOT_SHOWN = frozenset(
    {"feedbackBlock", "feedbackInline", "templateBlock", "templateInline", "rubricBlock"}
)
BLANK = "_____"


def _camel(kebab: str) -> str:
    head, *rest = kebab.split("-")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def normalise(root: Element) -> str:
    """Strip namespaces and turn QTI 3 names into QTI 2.1 names in place; return the version.

    ``qti-choice-interaction response-identifier=".."`` becomes
    ``choiceInteraction responseIdentifier=".."``. Returns 'qti30' or 'qti21'.
    """
    version = "qti30" if QTI30_NAMESPACE in str(root.tag) else "qti21"
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        name = element.tag.rsplit("}", 1)[-1]
        if name.startswith("qti-"):
            version = "qti30"
            name = _camel(name[4:])
            for key in list(element.attrib):
                if "-" in key and not key.startswith("data-"):
                    element.attrib[_camel(key)] = element.attrib.pop(key)
        element.tag = name
        for key in list(element.attrib):
            if key.startswith("{"):
                element.attrib[key.rsplit("}", 1)[-1]] = element.attrib.pop(key)
    return version


@dataclass
class Response:
    """A responseDeclaration: cardinality, base type, key and mapping."""

    cardinality: str = "single"
    base_type: str = ""
    correct: list[str] = field(default_factory=list)
    mapping: list[tuple[str, float]] = field(default_factory=list)


def _full_value(response: Response, right: set[str]) -> float:
    """The mapped value of full credit: the right answers' value, else the highest one."""
    values = [v for k, v in response.mapping if k in right and v > 0]
    return max(values or [v for _, v in response.mapping if v > 0] or [0.0])


def _mapping_shares(response: Response, right: set[str]) -> dict[str, float]:
    """Partial credit from a QTI mapping: each other key worth less than full credit, as a
    share of it (``mapKey`` -> share)."""
    full = _full_value(response, right)
    return {
        key: round(value / full, 4)
        for key, value in response.mapping
        if key not in right and 0 < value < full
    }


def _responses(item: Element) -> dict[str, Response]:
    found: dict[str, Response] = {}
    for declaration in item.iter("responseDeclaration"):
        response = Response(
            declaration.get("cardinality", "single"), declaration.get("baseType", "")
        )
        for correct in declaration.iter("correctResponse"):
            response.correct += [(value.text or "").strip() for value in correct.iter("value")]
        for entry in declaration.iter("mapEntry"):
            try:
                value = float(entry.get("mappedValue", "0"))
            except ValueError:
                value = 0.0
            response.mapping.append((entry.get("mapKey", ""), value))
        found[declaration.get("identifier", "")] = response
    return found


class _ItemConverter:
    """Converts one assessmentItem; reports land in the shared builder."""

    def __init__(
        self, builder: PackBuilder, item: Element, label: str, base: Path, root: Path
    ) -> None:
        self.builder = builder
        self.item = item
        self.label = label
        self.base = base
        self.root = root
        self.ident = item.get("identifier") or Path(label).stem
        self.images: list[str] = []
        self.audio: list[str] = []
        self.refused = False
        self.lost = ""  # why the item cannot stand: what it depends on is missing
        self.gaps: dict[str, int] = {}  # gap identifier -> number in the text
        self.stimulus_title = ""
        # A shared passage (qti-assessment-stimulus-ref): its file, identifier and media.
        self.shared_key = ""
        self.shared_id = ""
        self.shared_images: list[str] = []
        self.shared_audio: list[str] = []
        self.lone_inline: set[int] = set()  # ids of answer fields alone in their paragraph

    def skip(self, field_name: str, reason: str) -> None:
        self.builder.skip(self.label, self.ident, field_name, reason)

    def _media(self, reference: str, field_name: str) -> str | None:
        path, reason = self.builder.media_from_reference(reference, self.base, self.root)
        if path is None:
            self.skip(field_name, f"{reason}; left out of the pack")
        return path

    def text_of(self, element: Element, sink: TextSink | None = None) -> str:
        """Plain text of ``element``'s content; media found are collected on the way."""
        own = sink is None
        sink = sink or TextSink()
        if element.text:
            sink.text(element.text)
        for child in element:
            self._walk(child, sink)
            if child.tail:
                sink.text(child.tail)
        return sink.result() if own else ""

    def _walk(self, element: Element, sink: TextSink) -> None:
        name = element.tag if isinstance(element.tag, str) else ""
        if not name or name in NOT_SHOWN or name == "prompt" or name == "gapText":
            return
        if name == "gap":
            number = self.gaps.setdefault(element.get("identifier", ""), len(self.gaps) + 1)
            sink.text(f" {GAP_MARK.format(number)} ")
            return
        if name.endswith("Interaction"):
            if name in INLINE_INTERACTIONS and id(element) not in self.lone_inline:
                sink.text(f" {BLANK} ")
            elif name == "gapMatchInteraction":
                self.text_of(element, sink)  # its text holds the gaps
            return
        if name == "object" and self._html_object(element, sink):
            return
        if name == "br":
            sink.line_break()
            return
        if name == "img":
            if element.get("src") and (path := self._media(element.get("src", ""), "image")):
                self.images.append(path)
            return
        if name in ("object", "audio", "video", "source"):
            reference = element.get("data") or element.get("src") or ""
            mime = element.get("type", "")
            kind = (
                "audio"
                if mime.startswith("audio/") or name == "audio"
                else "image"
                if mime.startswith("image/")
                else media_kind(reference)
            )
            if name == "video" or mime.startswith("video/"):
                self.lost = (
                    self.lost or f"it is about a video ('{reference}'); examtrainer plays no video"
                )
                return
            elif reference and kind in ("audio", "image"):
                path = self._media(reference, kind)
                if path is not None:
                    (self.audio if kind == "audio" else self.images).append(path)
                    return  # the media are shown; their fallback content is not needed
                if kind == "audio":
                    self.lost = (
                        self.lost or f"it is about a sound ('{reference}') that is not there"
                    )
            if name in ("audio", "video"):
                for source in element.iter("source"):
                    if source is not element and not self.audio and source.get("src"):
                        path = self._media(source.get("src", ""), "audio")
                        if path:
                            self.audio.append(path)
                if name == "audio" and not self.audio:
                    self.lost = self.lost or "it is about a sound that is not there"
                return
        block = name in BLOCK_TAGS
        if block:
            sink.line_break()
        self.text_of(element, sink)
        if block:
            sink.line_break()

    def _html_object(self, element: Element, sink: TextSink) -> bool:
        """An ``<object type="text/html">`` passage: its file's text goes into ``sink``.

        True when handled. A passage that is not there leaves its fallback content (the
        object's own text); without one, the item is marked lost: its question is about a
        text that examtrainer cannot show.
        """
        reference = element.get("data", "")
        mime = element.get("type", "")
        if mime not in ("text/html", "application/xhtml+xml") and not re.search(
            r"\.x?html?$", reference.split("?", 1)[0], re.IGNORECASE
        ):
            return False
        text = self._read_passage(reference)
        if text is not None:
            for line in text.splitlines():
                sink.line_break()
                sink.text(line)
            sink.line_break()
            return True
        if not "".join(element.itertext()).strip():
            self.lost = self.lost or f"it is about a text ('{reference}') that is not there"
            return True
        return False  # the fallback content is read as the text

    def _read_passage(self, reference: str) -> str | None:
        """The plain text of an HTML passage beside the item (None when missing/outside)."""
        if not reference or re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", reference):
            return None
        path = (self.base / reference.split("?", 1)[0]).resolve()
        if not path.is_relative_to(self.root.resolve()) or not path.is_file():
            return None
        rich = html_to_text(path.read_bytes().decode("utf-8", "replace"))
        for src in rich.images:
            found, _ = self.builder.media_from_reference(src, path.parent, self.root)
            if found:
                self.images.append(found)
        return rich.text

    def _stimulus_refs(self) -> str | None:
        """The text of the shared passages (``qti-assessment-stimulus-ref``) the item uses;
        None (and the item marked lost) when one cannot be read."""
        texts: list[str] = []
        for ref in self.item.iter("assessmentStimulusRef"):
            href = ref.get("href", "")
            path = (self.base / href).resolve() if href else self.base
            if not href or not path.is_relative_to(self.root.resolve()) or not path.is_file():
                self.lost = f"its shared text ('{href}') is not in the package"
                return None
            try:
                xml = read_xml_file(path, href)
            except XmlRefused as refused:
                self.lost = f"its shared text ('{href}') cannot be read: {refused.problem.message}"
                return None
            normalise(xml)
            body = next(xml.iter("stimulusBody"), None)
            if body is None:
                self.lost = f"its shared text ('{href}') has no qti-stimulus-body"
                return None
            base, images, audio = self.base, self.images, self.audio
            self.base, self.images, self.audio = path.parent, self.shared_images, self.shared_audio
            try:
                text = self.text_of(body)
            finally:
                self.base, self.images, self.audio = base, images, audio
            if not self.stimulus_title:
                self.stimulus_title = xml.get("title", "") or ref.get("title", "")
            self.shared_key = self.shared_key or str(path)
            self.shared_id = (
                self.shared_id or xml.get("identifier", "") or ref.get("identifier", "")
            )
            texts.append(text)
        return "\n".join(texts)

    def _match(self, interaction: Element, response: Response) -> dict[str, Any] | None:
        sets = list(interaction.iter("simpleMatchSet"))
        if len(sets) != 2:
            self.skip("matchInteraction", "a match interaction needs two sets of choices")
            return None
        left = {
            c.get("identifier", ""): collapse(self.text_of(c))
            for c in sets[0].iter("simpleAssociableChoice")
        }
        right = {
            c.get("identifier", ""): collapse(self.text_of(c))
            for c in sets[1].iter("simpleAssociableChoice")
        }
        keys = response.correct or [k for k, v in response.mapping if v > 0]
        pairs: list[list[str]] = []
        for key in keys:
            a, _, b = key.partition(" ")
            if a in right and b in left:
                a, b = b, a
            if a not in left or b not in right:
                self.builder.problem(
                    self.label, self.ident, "correctResponse", f"'{key}' names no pair of choices"
                )
                self.refused = True
                return None
            pairs.append([left[a], right[b]])
        if not pairs:
            self.skip("correctResponse", "no correctResponse: no pairs")
            return None
        if len({a for a, _ in pairs}) != len(pairs):
            self.skip(
                "matchInteraction", "a left-hand choice with several partners is not supported"
            )
            return None
        unpaired = [text for ident, text in left.items() if text not in {a for a, _ in pairs}]
        for text in unpaired:
            self.skip("matchInteraction", f"'{text}' has no partner; left out")
        return {
            "type": ItemType.MATCHING,
            "pairs": pairs,
            "options": list(dict.fromkeys(right.values())),
        }

    def _order(self, interaction: Element, response: Response) -> dict[str, Any] | None:
        choices = {
            c.get("identifier", ""): collapse(self.text_of(c))
            for c in interaction.iter("simpleChoice")
        }
        keys = response.correct
        if len(keys) < 2 or any(key not in choices for key in keys):
            self.skip(
                "correctResponse", "an order interaction needs the right order of all its choices"
            )
            return None
        if len(keys) != len(choices):
            self.skip("orderInteraction", "ordering only some of the choices is not supported")
            return None
        return {
            "type": ItemType.ORDERING,
            "options": list(choices.values()),
            "answer": [choices[k] for k in keys],
        }

    def _inline_choice(self, interaction: Element, response: Response) -> dict[str, Any] | None:
        choices = {
            c.get("identifier", ""): collapse(self.text_of(c))
            for c in interaction.iter("inlineChoice")
        }
        keys = response.correct or [
            max(((v, k) for k, v in response.mapping if v > 0), default=(0, ""))[1]
        ]
        keys = [k for k in keys if k]
        if len(keys) != 1 or keys[0] not in choices:
            self.skip("correctResponse", "an inline choice needs one right choice")
            return None
        return {
            "type": ItemType.MULTIPLE_CHOICE,
            "options": list(choices.values()),
            "answer": choices[keys[0]],
        }

    def _gap_match(self, interaction: Element, response: Response) -> list[dict[str, Any]]:
        texts = {
            g.get("identifier", ""): collapse(self.text_of(g)) for g in interaction.iter("gapText")
        }
        gaps = [g.get("identifier", "") for g in interaction.iter("gap")]
        keys = response.correct or [k for k, v in response.mapping if v > 0]
        right: dict[str, str] = {}
        for key in keys:
            a, _, b = key.partition(" ")
            if a in gaps and b in texts:
                a, b = b, a
            if a in texts and b in gaps:
                right[b] = texts[a]
        out = []
        for gap in gaps:
            if gap not in right:
                self.skip("gapMatchInteraction", f"gap '{gap}' has no right text; left out")
                continue
            number = self.gaps.setdefault(gap, len(self.gaps) + 1)
            out.append(
                {
                    "type": ItemType.MULTIPLE_CHOICE,
                    "options": list(dict.fromkeys(texts.values())),
                    "answer": right[gap],
                    "gap": number,
                }
            )
        return out

    def _choice(self, interaction: Element, response: Response) -> dict[str, Any] | None:
        choices: list[tuple[str, str]] = []
        for choice in interaction.iter("simpleChoice"):
            before = len(self.images)
            text = collapse(self.text_of(choice))
            if len(self.images) > before:
                del self.images[before:]
                self.skip("simpleChoice", "pictures in options are not supported; text kept")
            choices.append((choice.get("identifier", ""), text))
        by_id = dict(choices)
        multiple = response.cardinality == "multiple" or (
            interaction.get("maxChoices", "1") not in ("1",)
        )
        keys = response.correct
        if not keys and response.mapping:
            positive = [(value, key) for key, value in response.mapping if value > 0]
            if multiple:
                keys = [key for _, key in positive]
            elif positive:
                keys = [max(positive)[1]]
            if keys:
                self.builder.note(f"{self.label}: {self.ident}: answer key taken from the mapping")
        if not keys:
            self.skip("correctResponse", "no correctResponse and no positive mapping: no key")
            return None
        unknown = [key for key in keys if key not in by_id]
        if unknown:
            self.builder.problem(
                self.label,
                self.ident,
                "correctResponse",
                f"'{unknown[0]}' is not the identifier of a simpleChoice",
            )
            self.refused = True
            return None
        options = [text for _, text in choices]
        if multiple:
            answer: Any = [by_id[key] for key in keys]
            item_type = ItemType.MULTIPLE_RESPONSE
            # The mapping adds up the chosen choices' values: each one's share of the
            # points of all right ones (negative values take points off).
            total = sum(v for _, v in response.mapping if v > 0)
            shares = {
                by_id[k]: round(max(-1.0, min(1.0, v / total)), 4)
                for k, v in response.mapping
                if k in by_id and v and total
            }
            credit = shares if sum(1 for v in shares.values() if v > 0) > 1 else {}
        else:
            if len(keys) > 1:
                self.skip("correctResponse", "single choice with more than one key")
                return None
            answer = by_id[keys[0]]
            item_type = ItemType.MULTIPLE_CHOICE
            credit = {
                by_id[k]: share
                for k, share in _mapping_shares(response, set(keys)).items()
                if k in by_id
            }
        return {"type": item_type, "options": options, "answer": answer, "credit": credit}

    def _text_entry(self, response: Response) -> dict[str, Any] | None:
        accepted: list[str] = []
        full = _full_value(response, set(response.correct))
        for value in [*response.correct, *(k for k, v in response.mapping if v >= full > 0)]:
            if value.strip() and value.strip().casefold() not in {a.casefold() for a in accepted}:
                accepted.append(value.strip())
        if not accepted:
            self.skip("correctResponse", "no correctResponse or mapping: no accepted answers")
            return None
        credit = {
            key.strip(): share
            for key, share in _mapping_shares(response, set(accepted)).items()
            if key.strip() and key.strip().casefold() not in {a.casefold() for a in accepted}
        }
        return {"type": ItemType.SHORT_ANSWER, "accept": accepted, "credit": credit}

    def _question(
        self, interaction: Element, responses: dict[str, Response]
    ) -> dict[str, Any] | None:
        name = str(interaction.tag)
        response = responses.get(interaction.get("responseIdentifier", ""), Response())
        if name == "choiceInteraction":
            return self._choice(interaction, response)
        if name == "textEntryInteraction":
            return self._text_entry(response)
        if name == "extendedTextInteraction":
            if response.base_type == "file":
                return self._speaking("extendedTextInteraction with a file answer")
            return {"type": ItemType.WRITING, "skill": Skill.WRITING}
        if name == "matchInteraction":
            return self._match(interaction, response)
        if name == "orderInteraction":
            return self._order(interaction, response)
        if name == "inlineChoiceInteraction":
            return self._inline_choice(interaction, response)
        if name in REFUSED_INTERACTIONS:
            self.skip(name, REFUSED_INTERACTIONS[name])
            return None
        if name == "uploadInteraction":
            mime = interaction.get("type", "")
            if mime and not mime.startswith("audio/"):
                self.skip(name, f"an upload of type '{mime}' is not a spoken answer")
                return None
            return self._speaking(name)
        self.skip(name, f"{name} is not supported by examtrainer")
        return None

    def _speaking(self, what: str) -> dict[str, Any]:
        self.builder.note(
            f"{self.label}: {self.ident}: {what} became a speaking_short task with "
            f"model answer '{NO_MODEL_ANSWER}' and {DEFAULT_ANSWER_SECONDS} seconds to answer"
        )
        return {
            "type": ItemType.SPEAKING_SHORT,
            "skill": Skill.SPEAKING,
            "model_answer": NO_MODEL_ANSWER,
            "answer_seconds": DEFAULT_ANSWER_SECONDS,
        }

    def convert(self) -> None:
        body = next(self.item.iter("itemBody"), None)
        if body is None:
            self.skip("itemBody", "the item has no itemBody")
            return
        if self.item.find("templateDeclaration") is not None or any(
            True for _ in self.item.iter("templateProcessing")
        ):
            self.skip(
                "templateDeclaration",
                "the item is a template: its numbers and words are chosen when it is shown "
                "(templateProcessing), which examtrainer cannot do; item left out",
            )
            return
        shared = self._stimulus_refs()
        if self.lost:
            self.skip(
                "assessmentStimulusRef", f"{self.lost}; the question is about it; item left out"
            )
            return
        responses = _responses(self.item)
        interactions = [
            element
            for element in body.iter()
            if isinstance(element.tag, str) and element.tag.endswith("Interaction")
        ]
        for interaction in interactions:
            if interaction.tag == "mediaInteraction":
                for element in interaction.iter():
                    if element is not interaction:
                        self._walk(element, TextSink())
        parents = {child: parent for parent in body.iter() for child in parent}
        for interaction in interactions:
            holder = parents.get(interaction)
            if (
                interaction.tag in INLINE_INTERACTIONS
                and holder is not None
                and holder is not body
                and not (holder.text or "").strip()
                and not (interaction.tail or "").strip()
                and len(holder) == 1
            ):
                self.lone_inline.add(id(interaction))  # an answer field, not a gap in a text
        body_text = self.text_of(body)
        if self.lost:
            self.skip("itemBody", f"{self.lost}; the question is about it; item left out")
            return
        self.shared_text = shared or ""
        questions: list[dict[str, Any]] = []
        for interaction in interactions:
            if interaction.tag == "mediaInteraction" or interaction.tag == "endAttemptInteraction":
                continue
            if interaction.tag == "gapMatchInteraction":
                response = responses.get(interaction.get("responseIdentifier", ""), Response())
                for gap_fields in self._gap_match(interaction, response):
                    number = gap_fields.pop("gap")
                    sentence = next(
                        (
                            line
                            for line in body_text.splitlines()
                            if GAP_MARK.format(number) in line
                        ),
                        body_text,
                    )
                    gap_fields["question"] = f"({number}) " + self._show_gaps(sentence, number)
                    questions.append(gap_fields)
                continue
            fields = self._question(interaction, responses)
            if fields is None:
                continue
            prompt = next((p for p in interaction.iter("prompt")), None)
            if prompt is not None:
                fields["question"] = self.text_of(prompt)
            elif len(interactions) > 1 and interaction.tag in INLINE_INTERACTIONS:
                fields["question"] = self._sentence_around(interaction, parents, body)
            else:
                fields["question"] = ""
            questions.append(fields)
        if self.refused:
            return
        if self.item.find("catalogInfo") is not None:
            self.skip("catalogInfo", "support cards (catalogInfo, e.g. a glossary) are not kept")
        model = next(
            (r for r in body.iter("rubricBlock") if "scorer" in (r.get("view") or "").split()),
            None,
        )
        for fields in questions:
            if model is not None and fields.get("type") is ItemType.WRITING:
                fields["model_answer"] = self.text_of(model)  # what the scorer reads
        feedback = ""
        for modal in self.item.iter("modalFeedback"):
            if modal.get("identifier") == "examtrainer-feedback":
                feedback = self.text_of(modal)
            else:
                self.skip(
                    "modalFeedback", "feedback that depends on response processing is not kept"
                )
                break
        classes = (body.get("class") or "").split()
        marked = _marked_fields(classes)
        for fields in questions:
            if feedback:
                fields["feedback"] = feedback
            for key, value in marked.items():
                if key != "type" or fields.get("type") is ItemType.MULTIPLE_CHOICE:
                    fields[key] = value
        if not questions:
            if not interactions or all(
                i.tag in ("mediaInteraction", "endAttemptInteraction") for i in interactions
            ):
                self.skip("itemBody", "the item asks no question (no answerable interaction)")
            return
        if self.gaps:
            body_text = self._show_gaps(body_text, None)
        self._add(questions, body_text)

    def _show_gaps(self, text: str, current: int | None) -> str:
        for number in self.gaps.values():
            if current is None:
                shown = f"({number}) _____"
            else:
                shown = "_____" if number == current else f"({number}) …"
            text = text.replace(GAP_MARK.format(number), shown)
        return text

    def _sentence_around(
        self, interaction: Element, parents: dict[Element, Element], body: Element
    ) -> str:
        """The text of the block (paragraph) that holds an inline interaction, gap included."""
        block = parents.get(interaction, body)
        while block is not body and block.tag not in BLOCK_TAGS:
            block = parents.get(block, body)
        if block is body:
            return ""
        before = (len(self.images), len(self.audio))
        text = self.text_of(block)
        del self.images[before[0] :], self.audio[before[1] :]  # already collected with the body
        return text

    def _add(self, questions: list[dict[str, Any]], body_text: str) -> None:
        title = self.stimulus_title if self.shared_key else self.item.get("title", "")
        speaking = any(q.get("skill") is Skill.SPEAKING for q in questions)
        for extra in self.images[1:]:
            self.skip("img", f"only one picture per item is kept; '{extra}' left out")
        for extra in self.audio[1:]:
            self.skip("object", f"only one sound file per item is kept; '{extra}' left out")
        image = self.images[0] if self.images else None
        audio = self.audio[0] if self.audio else None
        for fields in questions:
            if not fields["question"]:
                fields["question"] = body_text if len(questions) == 1 else ""
                if len(questions) == 1:
                    body_text = ""
            if speaking and audio:
                fields["prompt_audio"] = audio
        shared = getattr(self, "shared_text", "")
        if shared:
            body_text = f"{shared}\n{body_text}".strip()
            image = image or (self.shared_images[0] if self.shared_images else None)
            audio = audio or (self.shared_audio[0] if self.shared_audio else None)
        needs_stimulus = bool(body_text) or (bool(audio) and not speaking)
        entries = []
        for number, fields in enumerate(questions, start=1):
            raw_id = self.ident if len(questions) == 1 else f"{self.ident}-{number}"
            fields["id"] = self.builder.unique_id(raw_id)
            if not needs_stimulus and image:
                fields["image"] = image
            entries.append(Entry(Origin(self.label, raw_id), fields))
        if not needs_stimulus:
            self.builder.add(entries)
            return
        skill = entries[0].fields.get("skill")
        stimulus: dict[str, Any] = {
            "id": self.builder.unique_id(self.shared_id or f"{self.ident}-tekst"),
            "title": title,
            "text": body_text,
            "image": image,
            "audio": None if speaking else audio,
        }
        if skill is not None:
            stimulus["skill"] = skill
        if self.shared_key:
            stimulus["level"] = entries[0].fields.get("level")
            stimulus["themes"] = entries[0].fields.get("themes")
        stimulus = {key: value for key, value in stimulus.items() if value}
        self.builder.add(
            entries, Entry(Origin(self.label, self.ident), stimulus), shared=self.shared_key
        )


def _marked_fields(classes: list[str]) -> dict[str, Any]:
    """Skill, level, themes and type that examtrainer's own QTI export writes as classes of
    ``qti-item-body`` (``examtrainer-skill-reading``); other classes mean nothing here."""
    fields: dict[str, Any] = {}
    themes = []
    for name in classes:
        if name.startswith("examtrainer-skill-"):
            fields["skill"] = name.removeprefix("examtrainer-skill-")
        elif name.startswith("examtrainer-level-"):
            fields["level"] = name.removeprefix("examtrainer-level-")
        elif name.startswith("examtrainer-theme-"):
            themes.append(name.removeprefix("examtrainer-theme-"))
        elif name == "examtrainer-type-choose_reaction":
            fields["type"] = ItemType.CHOOSE_REACTION
        elif name == "examtrainer-type-true_false":
            fields["type"] = ItemType.TRUE_FALSE
    if themes:
        fields["themes"] = themes
    return fields


def _assessment_items(root: Element) -> list[Element]:
    if root.tag == "assessmentItem":
        return [root]
    return list(root.iter("assessmentItem"))


def _convert_item_file(
    builder: PackBuilder, path: Path, label: str, root: Path
) -> tuple[str | None, str]:
    """Convert the items of one XML file; return its QTI version (None when unreadable)
    and the title of its first item."""
    try:
        xml = read_xml_file(path, label)
    except XmlRefused as refused:
        builder.problems.append(refused.problem)
        return None, ""
    version = normalise(xml)
    items = _assessment_items(xml)
    if not items:
        builder.skip(label, "", "", f"<{xml.tag}> holds no assessmentItem")
        return version, ""
    if not builder.identity and items[0].get("identifier"):
        builder.identity = f"QTI-vraag: {items[0].get('identifier')}"
    for item in items:
        _ItemConverter(builder, item, label, path.parent, root).convert()
    return version, items[0].get("title", "")


def _manifest_items(folder: Path, builder: PackBuilder, label: str) -> list[Path]:
    """Item files the package's imsmanifest.xml lists, in its order."""
    try:
        manifest = read_xml_file(folder / "imsmanifest.xml", f"{label}:imsmanifest.xml")
    except XmlRefused as refused:
        builder.problems.append(refused.problem)
        return []
    normalise(manifest)
    if manifest.get("identifier"):
        builder.identity = f"QTI-pakket: {manifest.get('identifier')}"
    files: list[Path] = []
    top = os.path.realpath(folder)  # members are plain files: safe_extract refuses links
    for resource in manifest.iter("resource"):
        kind = resource.get("type", "")
        href = resource.get("href", "")
        if "imsqti_test" in kind:
            builder.note(f"{label}: tests ({href}) are not imported, only their items")
            continue
        if "imsqti_item" not in kind or not href:
            continue
        base = resource.get("base", "")
        path = Path(os.path.normpath(os.path.join(top, base, href)))
        if not str(path).startswith(top + os.sep) or not path.is_file():
            builder.problem(label, resource.get("identifier", ""), "href", f"'{href}' is missing")
            continue
        files.append(path)
    if not files:
        files = sorted(p for p in folder.rglob("*.xml") if p.name != "imsmanifest.xml")
        builder.note(f"{label}: imsmanifest.xml lists no QTI items; read every XML file")
    return files


def convert_qti(source: Path, target: Path, *, pack_id: str | None = None) -> ConversionReport:
    """Convert a QTI 2.1/3.0 item file or content package (.zip) into a pack at ``target``.

    Raises :class:`~examtrainer.errors.UnsafeArchive` for a zip that is not safe to unpack.
    """
    versions: set[str] = set()
    with PackBuilder("qti21", source) as builder:
        if source.suffix.lower() == ".zip":
            with tempfile.TemporaryDirectory(prefix="examtrainer-qti-") as tmp:
                folder = safe_extract(source, Path(tmp))
                top = os.path.realpath(folder)
                for path in _manifest_items(folder, builder, source.name):
                    label = f"{source.name}:{os.path.relpath(path, top)}"
                    version, _ = _convert_item_file(builder, path, label, folder)
                    if version:
                        versions.add(version)
                builder.format = "qti30" if "qti30" in versions else "qti21"
                return builder.finish(target, title=_title(source), pack_id=pack_id)
        version, title = _convert_item_file(builder, source, source.name, source.parent)
        builder.format = version or "qti21"
        return builder.finish(target, title=title or _title(source), pack_id=pack_id)


def _title(source: Path) -> str:
    return re.sub(r"[_-]+", " ", source.stem).strip() or source.name
