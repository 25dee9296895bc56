"""A way back out: a pack written as Moodle XML or as a QTI 3.0 content package.

Both keep what their importers read back (``docs/importing.md``), so a pack exported and
imported again gives the same items: type, question, options, key, pairs, feedback,
themes, skill, level, picture, and the shared texts (stimuli) with their sound.

* **Moodle XML** (one ``.xml``): a ``category`` named after the pack; each stimulus a
  ``description`` question tagged ``examtrainer-stimulus``, each item a question of the
  matching Moodle type, tagged ``examtrainer-stimulus:<id>`` when it belongs to one;
  skill and level as tags ``examtrainer-skill:…``/``examtrainer-level:…``; pictures and
  sounds embedded as ``<file encoding="base64">``.
* **QTI 3.0** (a ``.zip``): ``imsmanifest.xml``, one ``items/<id>.xml`` per item, each
  stimulus a ``stimuli/<id>.xml`` shared passage (``qti-assessment-stimulus-ref``), media
  under ``media/``; skill and level as classes of ``qti-item-body``; the feedback as a
  ``qti-modal-feedback`` with identifier ``examtrainer-feedback``.

Spoken-answer items (speaking tasks) have no counterpart in either format: they are left
out and listed in the result.
"""

from __future__ import annotations

import base64
import html
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from xml.sax.saxutils import escape, quoteattr

from examtrainer.bank.model import CHOICE_TYPES, RECORDED_TYPES, Item, ItemType, Pack, Stimulus

TAG_SKILL = "examtrainer-skill:"
TAG_LEVEL = "examtrainer-level:"
TAG_STIMULUS = "examtrainer-stimulus"
TAG_TITLE = "examtrainer-title:"
TAG_TYPE = "examtrainer-type:"
TAG_ALL_OR_NOTHING = "examtrainer-credit:all-or-nothing"  # see importers/moodle.py
QTI_FEEDBACK = "examtrainer-feedback"
QTI_NS = "http://www.imsglobal.org/xsd/imsqtiasi_v3p0"


@dataclass
class ForeignExport:
    """Where the export was written, and the items the format cannot hold (by id)."""

    path: Path
    left_out: list[str] = field(default_factory=list)


def _html_text(text: str) -> str:
    """Plain text (with line breaks) as HTML paragraphs."""
    lines = [html.escape(line) for line in text.splitlines() if line.strip()]
    return "".join(f"<p>{line}</p>" for line in lines)


def _cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


class _Media:
    """Media files of the pack, read from ``root``, by pack path."""

    def __init__(self, root: Path | None) -> None:
        self.root = root

    def read(self, path: str | None) -> bytes | None:
        if not path or self.root is None:
            return None
        file = self.root / path
        return file.read_bytes() if file.is_file() else None


# -- Moodle XML ----------------------------------------------------------------------------


def _moodle_tags(tags: list[str]) -> str:
    inner = "".join(f"<tag><text>{escape(tag)}</text></tag>" for tag in tags)
    return f"<tags>{inner}</tags>" if inner else ""


def _moodle_text(name: str, body: str, media: dict[str, bytes]) -> str:
    files = "".join(
        f'<file name={quoteattr(file)} path="/" encoding="base64">'
        f"{base64.b64encode(data).decode('ascii')}</file>"
        for file, data in media.items()
    )
    return f'<{name} format="html"><text>{_cdata(body)}</text>{files}</{name}>'


def _embed(path: str | None, media: _Media, files: dict[str, bytes], kind: str) -> str:
    data = media.read(path)
    if path is None or data is None:
        return ""
    file = PurePosixPath(path).name
    files[file] = data
    if kind == "audio":
        return (
            f'<p><audio controls="controls" src="@@PLUGINFILE@@/{html.escape(file)}"></audio></p>'
        )
    return f'<p><img src="@@PLUGINFILE@@/{html.escape(file)}" alt="" /></p>'


def _answer(fraction: float, text: str) -> str:
    body = _cdata(html.escape(text))
    return f'<answer fraction="{fraction:g}" format="html"><text>{body}</text></answer>'


def _moodle_stimulus(stimulus: Stimulus, media: _Media) -> str:
    files: dict[str, bytes] = {}
    body = _html_text(stimulus.transcript if not stimulus.text else stimulus.text)
    body += _embed(stimulus.image, media, files, "image")
    body += _embed(stimulus.audio, media, files, "audio")
    tags = [TAG_STIMULUS, TAG_SKILL + stimulus.skill.value, TAG_LEVEL + stimulus.level.value]
    if stimulus.title:
        tags.append(TAG_TITLE + stimulus.title)
    tags += list(stimulus.themes)
    return (
        '<question type="description">'
        f"<name><text>{escape(stimulus.id)}</text></name>"
        f"{_moodle_text('questiontext', body or '<p>-</p>', files)}"
        f"{_moodle_tags(tags)}</question>"
    )


def _moodle_item(item: Item, media: _Media) -> str | None:
    files: dict[str, bytes] = {}
    body = _html_text(item.question) + _embed(item.image, media, files, "image")
    answers = ""
    extra = ""
    if item.type in CHOICE_TYPES and item.type is not ItemType.TRUE_FALSE:
        kind = "multichoice"
        extra = "<single>true</single><shuffleanswers>0</shuffleanswers>"
        answers = "".join(
            _answer(100 if o == item.answer else 100 * item.credit.get(o, 0), o)
            for o in item.options
        )
    elif item.type is ItemType.TRUE_FALSE:
        kind = "truefalse"
        right = "true" if item.answer == item.options[0] else "false"
        answers = _answer(100 if right == "true" else 0, "true")
        answers += _answer(100 if right == "false" else 0, "false")
    elif item.type is ItemType.MULTIPLE_RESPONSE:
        kind = "multichoice"
        extra = "<single>false</single><shuffleanswers>0</shuffleanswers>"
        keys = set(item.right_answers)
        share = round(100 / max(1, len(keys)), 5)
        answers = "".join(
            _answer(100 * item.credit.get(o, 0) if item.credit else (share if o in keys else 0), o)
            for o in item.options
        )
    elif item.type is ItemType.SHORT_ANSWER:
        kind = "shortanswer"
        extra = "<usecase>0</usecase>"
        answers = "".join(_answer(100, text) for text in item.right_answers)
        answers += "".join(_answer(100 * share, text) for text, share in item.credit.items())
    elif item.type is ItemType.MATCHING:
        kind = "matching"
        rights = {right for _, right in item.pairs}
        subs = [(left, right) for left, right in item.pairs]
        subs += [("", option) for option in item.options if option not in rights]
        answers = "".join(
            f'<subquestion format="html"><text>{_cdata(html.escape(left))}</text>'
            f"<answer><text>{escape(right)}</text></answer></subquestion>"
            for left, right in subs
        )
        extra = "<shuffleanswers>true</shuffleanswers>"
    elif item.type is ItemType.ORDERING:
        kind = "ordering"
        answers = "".join(
            _answer(number, text) for number, text in enumerate(item.right_answers, start=1)
        )
        extra = "<layouttype>VERTICAL</layouttype><selecttype>ALL</selecttype>"
    elif item.type is ItemType.WRITING:
        kind = "essay"
        extra = (
            "<responseformat>plain</responseformat><responserequired>1</responserequired>"
            f'<graderinfo format="html"><text>{_cdata(_html_text(item.model_answer))}</text>'
            "</graderinfo>"
        )
    else:
        return None
    tags = [TAG_SKILL + item.skill.value, TAG_LEVEL + item.level.value]
    if item.stimulus:
        tags.append(f"{TAG_STIMULUS}:{item.stimulus}")
    if item.type is ItemType.CHOOSE_REACTION:
        tags.append(TAG_TYPE + item.type.value)
    if item.type is ItemType.MULTIPLE_RESPONSE and not item.credit and len(item.right_answers) > 1:
        tags.append(TAG_ALL_OR_NOTHING)
    tags += list(item.themes)
    feedback = _html_text(item.feedback)
    return (
        f'<question type="{kind}">'
        f"<name><text>{escape(item.id)}</text></name>"
        f"{_moodle_text('questiontext', body, files)}"
        f'<generalfeedback format="html"><text>{_cdata(feedback)}</text></generalfeedback>'
        f"{extra}{answers}{_moodle_tags(tags)}</question>"
    )


def write_moodle_xml(pack: Pack, target: Path, media_root: Path | None = None) -> ForeignExport:
    """Write ``pack`` as one Moodle XML file at ``target`` (pictures and sounds embedded,
    read from ``media_root``). Speaking tasks are left out (listed in the result)."""
    media = _Media(media_root)
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        "<quiz>",
        '<question type="category"><category><text>'
        f"$course$/{escape(pack.manifest.title)}</text></category>"
        f'<info format="html"><text>{escape("examtrainer: " + pack.manifest.id)}</text></info>'
        "</question>",
    ]
    left_out: list[str] = []
    written: set[str] = set()
    for item in pack.items:
        if item.type in RECORDED_TYPES:
            left_out.append(item.id)
            continue
        if item.stimulus and item.stimulus not in written:
            stimulus = pack.stimulus(item.stimulus)
            if stimulus is not None:
                parts.append(_moodle_stimulus(stimulus, media))
                written.add(item.stimulus)
        question = _moodle_item(item, media)
        if question is None:
            left_out.append(item.id)
        else:
            parts.append(question)
    parts.append("</quiz>")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("\n".join(parts) + "\n", encoding="utf-8")
    return ForeignExport(target, left_out)


# -- QTI 3.0 -------------------------------------------------------------------------------


def _qti_media(path: str | None, media: _Media, folder: Path, prefix: str) -> str:
    """Copy a media file into the package's media/ folder; return its href from an item."""
    data = media.read(path)
    if path is None or data is None:
        return ""
    name = PurePosixPath(path).name
    (folder / "media").mkdir(exist_ok=True)
    (folder / "media" / name).write_bytes(data)
    return f"{prefix}media/{name}"


def _qti_stimulus(stimulus: Stimulus, media: _Media, folder: Path) -> str:
    body = _html_text(stimulus.text or stimulus.transcript)
    image = _qti_media(stimulus.image, media, folder, "../")
    audio = _qti_media(stimulus.audio, media, folder, "../")
    if image:
        body += f'<p><img src="{html.escape(image)}" alt=""/></p>'
    if audio:
        body += f'<p><audio controls="controls" src="{html.escape(audio)}"></audio></p>'
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<qti-assessment-stimulus xmlns="{QTI_NS}" identifier={quoteattr(stimulus.id)} '
        f'title={quoteattr(stimulus.title)} xml:lang="nl">'
        f"<qti-stimulus-body>{body}</qti-stimulus-body></qti-assessment-stimulus>\n"
    )


def _choices(options: tuple[str, ...], tag: str = "qti-simple-choice") -> str:
    return "".join(
        f'<{tag} identifier="C{number}">{html.escape(text)}</{tag}>'
        for number, text in enumerate(options, start=1)
    )


def _ident(options: tuple[str, ...], text: str) -> str:
    return f"C{options.index(text) + 1}"


def _qti_item(item: Item, media: _Media, folder: Path) -> str | None:
    prompt = "".join(
        f"<p>{html.escape(line)}</p>" for line in item.question.splitlines() if line.strip()
    )
    image = _qti_media(item.image, media, folder, "../")
    picture = f'<p><img src="{html.escape(image)}" alt=""/></p>' if image else ""
    cardinality, base, correct, interaction = "single", "identifier", "", ""
    prompt_tag = f"<qti-prompt>{html.escape(item.question)}</qti-prompt>"
    if item.type in CHOICE_TYPES:
        correct = _ident(item.options, str(item.answer))
        interaction = (
            '<qti-choice-interaction response-identifier="RESPONSE" max-choices="1">'
            f"{prompt_tag}{_choices(item.options)}</qti-choice-interaction>"
        )
        prompt = ""
    elif item.type is ItemType.MULTIPLE_RESPONSE:
        cardinality = "multiple"
        correct = " ".join(_ident(item.options, key) for key in item.right_answers)
        interaction = (
            '<qti-choice-interaction response-identifier="RESPONSE" max-choices="0">'
            f"{prompt_tag}{_choices(item.options)}</qti-choice-interaction>"
        )
        prompt = ""
    elif item.type is ItemType.SHORT_ANSWER:
        base = "string"
        correct = item.right_answers[0]
        interaction = '<p><qti-text-entry-interaction response-identifier="RESPONSE"/></p>'
    elif item.type is ItemType.MATCHING:
        cardinality, base = "multiple", "directedPair"
        lefts = tuple(left for left, _ in item.pairs)
        rights = tuple(dict.fromkeys([*(item.options or ()), *(r for _, r in item.pairs)]))
        correct = " ".join(
            f"L{lefts.index(left) + 1}|R{rights.index(right) + 1}" for left, right in item.pairs
        )
        left_set = "".join(
            f'<qti-simple-associable-choice identifier="L{n}" match-max="1">'
            f"{html.escape(text)}</qti-simple-associable-choice>"
            for n, text in enumerate(lefts, start=1)
        )
        right_set = "".join(
            f'<qti-simple-associable-choice identifier="R{n}" match-max="{len(lefts)}">'
            f"{html.escape(text)}</qti-simple-associable-choice>"
            for n, text in enumerate(rights, start=1)
        )
        interaction = (
            '<qti-match-interaction response-identifier="RESPONSE" '
            f'max-associations="{len(lefts)}">{prompt_tag}'
            f"<qti-simple-match-set>{left_set}</qti-simple-match-set>"
            f"<qti-simple-match-set>{right_set}</qti-simple-match-set></qti-match-interaction>"
        )
        prompt = ""
    elif item.type is ItemType.ORDERING:
        cardinality = "ordered"
        correct = " ".join(_ident(item.options, text) for text in item.right_answers)
        interaction = (
            '<qti-order-interaction response-identifier="RESPONSE">'
            f"{prompt_tag}{_choices(item.options)}</qti-order-interaction>"
        )
        prompt = ""
    elif item.type is ItemType.WRITING:
        base = "string"
        if item.model_answer:
            picture += (
                '<qti-rubric-block view="scorer" use="scoring">'
                f"<qti-content-body>{_html_text(item.model_answer)}</qti-content-body>"
                "</qti-rubric-block>"
            )
        interaction = (
            '<qti-extended-text-interaction response-identifier="RESPONSE">'
            f"{prompt_tag}</qti-extended-text-interaction>"
        )
        prompt = ""
    else:
        return None
    values = "".join(
        f"<qti-value>{html.escape(value.replace('|', ' '))}</qti-value>"
        for value in (correct.split(" ") if base != "string" else [correct])
        if value
    )
    if item.type is ItemType.SHORT_ANSWER:
        values = f"<qti-value>{html.escape(correct)}</qti-value>"
    declaration = (
        f'<qti-response-declaration identifier="RESPONSE" cardinality="{cardinality}" '
        f'base-type="{base}">'
        + (f"<qti-correct-response>{values}</qti-correct-response>" if values else "")
    )
    # Partial credit as a mapping: the right answers 1, the others their share.
    mapped: list[tuple[str, float]] = []
    if item.type is ItemType.SHORT_ANSWER:
        mapped = [(text, 1.0) for text in item.right_answers] + list(item.credit.items())
    elif item.credit and item.type is ItemType.MULTIPLE_CHOICE:
        mapped = [(_ident(item.options, str(item.answer)), 1.0)]
        mapped += [(_ident(item.options, text), share) for text, share in item.credit.items()]
    elif item.credit and item.type is ItemType.MULTIPLE_RESPONSE:
        mapped = [(_ident(item.options, text), share) for text, share in item.credit.items()]
    if mapped:
        declaration += (
            '<qti-mapping default-value="0">'
            + "".join(
                f'<qti-map-entry map-key={quoteattr(key)} mapped-value="{value:g}"/>'
                for key, value in mapped
            )
            + "</qti-mapping>"
        )
    declaration += "</qti-response-declaration>"
    stimulus_ref = (
        f"<qti-assessment-stimulus-ref identifier={quoteattr(item.stimulus)} "
        f'href="../stimuli/{html.escape(item.stimulus)}.xml"/>'
        if item.stimulus
        else ""
    )
    classes = [f"examtrainer-skill-{item.skill.value}", f"examtrainer-level-{item.level.value}"]
    classes += [f"examtrainer-theme-{theme}" for theme in item.themes]
    if item.type in (ItemType.CHOOSE_REACTION, ItemType.TRUE_FALSE):
        classes.append(f"examtrainer-type-{item.type.value}")
    feedback = (
        '<qti-modal-feedback outcome-identifier="FEEDBACK" '
        f'identifier="{QTI_FEEDBACK}" show-hide="show">'
        f"{_html_text(item.feedback)}</qti-modal-feedback>"
        if item.feedback
        else ""
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<qti-assessment-item xmlns="{QTI_NS}" identifier={quoteattr(item.id)} '
        f'title={quoteattr(item.id)} adaptive="false" time-dependent="false" xml:lang="nl">'
        f"{declaration}{stimulus_ref}"
        f'<qti-item-body class="{" ".join(classes)}">{prompt}{picture}{interaction}'
        f"</qti-item-body>{feedback}</qti-assessment-item>\n"
    )


def write_qti_package(pack: Pack, target: Path, media_root: Path | None = None) -> ForeignExport:
    """Write ``pack`` as a QTI 3.0 content package (zip) at ``target``. Speaking tasks are
    left out (listed in the result)."""
    media = _Media(media_root)
    left_out: list[str] = []
    with tempfile.TemporaryDirectory(prefix="examtrainer-qti-export-") as tmp:
        folder = Path(tmp)
        (folder / "items").mkdir()
        (folder / "stimuli").mkdir()
        resources: list[str] = []
        stimuli_written: set[str] = set()
        for item in pack.items:
            document = _qti_item(item, media, folder)
            if document is None:
                left_out.append(item.id)
                continue
            if item.stimulus and item.stimulus not in stimuli_written:
                stimulus = pack.stimulus(item.stimulus)
                if stimulus is not None:
                    (folder / "stimuli" / f"{stimulus.id}.xml").write_text(
                        _qti_stimulus(stimulus, media, folder), encoding="utf-8"
                    )
                    stimuli_written.add(item.stimulus)
            (folder / "items" / f"{item.id}.xml").write_text(document, encoding="utf-8")
            resources.append(
                f"<resource identifier={quoteattr('R-' + item.id)} "
                f'type="imsqti_item_xmlv3p0" href="items/{html.escape(item.id)}.xml">'
                f'<file href="items/{html.escape(item.id)}.xml"/></resource>'
            )
        manifest = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<manifest xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1" '
            f"identifier={quoteattr(pack.manifest.id)}>"
            "<metadata><schema>QTI Package</schema><schemaversion>3.0.0</schemaversion>"
            "</metadata><organizations/>"
            f"<resources>{''.join(resources)}</resources></manifest>\n"
        )
        (folder / "imsmanifest.xml").write_text(manifest, encoding="utf-8")
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".part")
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED) as zf:
            for path in sorted(folder.rglob("*")):
                if path.is_file():
                    zf.write(path, path.relative_to(folder).as_posix())
        shutil.move(str(partial), str(target))
    return ForeignExport(target, left_out)
