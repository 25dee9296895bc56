"""Plain text from the HTML (or XHTML elements) that foreign item banks put in question texts.

Tags are dropped, entities unescaped, whitespace collapsed, line breaks of ``<br>`` and block
elements kept; pictures and sound files referred to are collected so that the importer can
bring them along as media.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from xml.etree.ElementTree import Element

BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "li",
        "ul",
        "ol",
        "blockquote",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "pre",
        "section",
        "article",
        "dd",
        "dt",
        "figure",
        "figcaption",
    }
)
SKIPPED_TAGS = frozenset({"script", "style", "head", "title"})
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_DOUBLE = re.compile(r"  +")
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")  # soft hyphen, zero widths


@dataclass
class RichText:
    """Text with the media it refers to, in document order."""

    text: str = ""
    images: list[str] = field(default_factory=list)
    audio: list[str] = field(default_factory=list)
    video: list[str] = field(default_factory=list)  # examtrainer plays no video


class TextSink:
    """Collects text pieces and line breaks and returns tidy plain text."""

    def __init__(self) -> None:
        self._parts: list[str] = []

    def text(self, value: str) -> None:
        if value:
            self._parts.append(_SPACES.sub(" ", _INVISIBLE.sub("", value)))

    def line_break(self) -> None:
        self._parts.append("\n")

    def result(self) -> str:
        lines = (_DOUBLE.sub(" ", line).strip() for line in "".join(self._parts).split("\n"))
        return "\n".join(line for line in lines if line)


IMAGE_EXTENSIONS = frozenset({".png", ".jpg", ".jpeg", ".gif", ".svg", ".webp"})
AUDIO_EXTENSIONS = frozenset({".ogg", ".oga", ".opus", ".mp3", ".wav", ".m4a"})


def media_kind(name: str) -> str | None:
    """'image' or 'audio' by the file name's extension, None for anything else."""
    suffix = name.split("?", 1)[0].rsplit("/", 1)[-1]
    suffix = "." + suffix.rsplit(".", 1)[-1].lower() if "." in suffix else ""
    if suffix in IMAGE_EXTENSIONS:
        return "image"
    if suffix in AUDIO_EXTENSIONS:
        return "audio"
    return None


VIDEO_EXTENSIONS = frozenset({".mp4", ".m4v", ".webm", ".mov", ".avi", ".ogv", ".mkv"})


def _is_video(values: dict[str, str]) -> bool:
    reference = (values.get("src") or values.get("data") or "").split("?", 1)[0].lower()
    return any(reference.endswith(extension) for extension in VIDEO_EXTENSIONS)


def _media_kind(mime: str, src: str) -> str | None:
    if mime.startswith("image/"):
        return "image"
    if mime.startswith("audio/"):
        return "audio"
    return media_kind(src)


class _HtmlToText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sink = TextSink()
        self.rich = RichText()
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        if tag in SKIPPED_TAGS:
            self._skip += 1
        elif tag == "br" or tag in BLOCK_TAGS:
            self.sink.line_break()
        if tag == "img" and values.get("src"):
            self.rich.images.append(values["src"])
        elif tag == "video" or (
            tag in ("source", "object", "embed")
            and (values.get("type", "").startswith("video/") or _is_video(values))
        ):
            self.rich.video.append(values.get("src") or values.get("data") or tag)
        elif tag in ("audio", "source") and values.get("src"):
            kind = _media_kind(values.get("type", ""), values["src"])
            (self.rich.audio if kind == "audio" else self.rich.images).append(values["src"])
        elif tag == "a" and _media_kind("", values.get("href", "")) == "audio":
            self.rich.audio.append(values["href"])
        elif tag == "object" and values.get("data"):
            kind = _media_kind(values.get("type", ""), values["data"])
            if kind == "audio":
                self.rich.audio.append(values["data"])
            elif kind == "image":
                self.rich.images.append(values["data"])

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in SKIPPED_TAGS:
            self._skip -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in BLOCK_TAGS:
            self.sink.line_break()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.sink.text(data)


def html_to_text(html: str) -> RichText:
    """Plain text of an HTML fragment, and the ``src`` of its pictures and sound files."""
    parser = _HtmlToText()
    parser.feed(html)
    parser.close()
    parser.rich.text = parser.sink.result()
    return parser.rich


def collapse(text: str) -> str:
    """Whitespace runs to one space, ends stripped (for texts that are not HTML)."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()


def local_name(element: Element) -> str:
    """The tag of ``element`` without its XML namespace."""
    tag = element.tag
    if not isinstance(tag, str):  # comments and processing instructions
        return ""
    return tag.rsplit("}", 1)[-1]
