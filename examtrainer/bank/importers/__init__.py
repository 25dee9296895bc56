"""Importers: item banks in formats teachers already have, converted into examtrainer packs.

Every importer writes a complete pack folder in examtrainer-pack/1, which the one loader
(:func:`~examtrainer.bank.loader.read_pack_folder`) validates; see ``docs/importing.md``.

    report = import_file(Path("toets.xml"), Path("/tmp/new-pack"))
    if report.problems: refuse; else install the pack at /tmp/new-pack
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

from examtrainer.bank.importers.gift import convert_gift
from examtrainer.bank.importers.moodle import convert_moodle
from examtrainer.bank.importers.own_pack import convert_pack
from examtrainer.bank.importers.qti import QTI21_NAMESPACES, QTI30_NAMESPACE, convert_qti
from examtrainer.bank.importers.report import ConversionReport
from examtrainer.bank.importers.spreadsheet import convert_spreadsheet
from examtrainer.bank.loader import MANIFEST_NAME, read_pack_folder
from examtrainer.errors import PackInvalid, UnknownFormat, UnsafeArchive

__all__ = ["FORMATS", "ConversionReport", "convert", "detect_format", "import_file"]

Converter = Callable[..., ConversionReport]

FORMATS: dict[str, Converter] = {
    "examtrainer_pack": convert_pack,
    "qti21": convert_qti,
    "qti30": convert_qti,
    "moodle_xml": convert_moodle,
    "gift": convert_gift,
    "xlsx": convert_spreadsheet,
    "csv": convert_spreadsheet,
}

_XML_ROOT = re.compile(rb"<(?![?!])([A-Za-z_][\w.:-]*)")
_GIFT_SYNTAX = re.compile(
    r"\{\s*\}|\{[^{}]*[=~#][^{}]*\}|\{\s*(T|F|TRUE|FALSE)\s*(#[^{}]*)?\}|^\s*::[^\n]+?::|^\$CATEGORY:",
    re.MULTILINE,
)


def _xml_root(head: bytes) -> tuple[str, bytes]:
    """The root element's name (without prefix) and its start tag, found in the first bytes."""
    without_comments = re.sub(rb"<!--.*?-->", b"", head, flags=re.DOTALL)
    without_doctype = re.sub(
        rb"<!DOCTYPE[^\[>]*(\[.*?\])?\s*>", b"", without_comments, flags=re.DOTALL
    )
    match = _XML_ROOT.search(without_doctype)
    if match is None:
        return "", b""
    end = without_doctype.find(b">", match.end())
    tag = without_doctype[match.start() : end if end > 0 else None]
    return match.group(1).decode("ascii", "replace").rsplit(":", 1)[-1], tag


def xml_head(raw: bytes) -> bytes:
    """The first bytes of an XML file as UTF-8, whatever it is written in: UTF-16 or UTF-32
    (by its byte order mark or the pattern of zero bytes) or the encoding it declares, so
    that its root element can be found."""
    import codecs

    boms = (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    )
    for bom, name in boms:
        if raw.startswith(bom):
            return raw[len(bom) :].decode(name, "ignore").encode("utf-8")
    if raw[:2] == b"<\x00":
        return raw.decode("utf-16-le", "ignore").encode("utf-8")
    if raw[:2] == b"\x00<":
        return raw.decode("utf-16-be", "ignore").encode("utf-8")
    declared = re.match(rb"<\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)", raw)
    if declared:
        try:
            return raw.decode(declared.group(1).decode("ascii"), "ignore").encode("utf-8")
        except LookupError:
            return raw
    return raw


def _xml_format(path: Path) -> str:
    with path.open("rb") as handle:
        head = xml_head(handle.read(64 * 1024))
    root, tag = _xml_root(head)
    if root == "quiz":
        return "moodle_xml"
    if root == "qti-assessment-item" or QTI30_NAMESPACE.encode() in tag:
        return "qti30"
    if root == "assessmentItem":
        if any(ns.encode() in tag for ns in QTI21_NAMESPACES):
            return "qti21"
        raise UnknownFormat(f"{path.name}: assessmentItem without a QTI 2.x/3.0 namespace")
    if root in ("questestinterop",):
        raise UnknownFormat(f"{path.name}: QTI 1.2 is not supported; export as QTI 2.1 or 3.0")
    if not root:
        raise UnknownFormat(f"{path.name}: no XML root element found")
    raise UnknownFormat(
        f"{path.name}: XML with root <{root}> is neither a Moodle quiz nor a QTI item"
    )


def _zip_format(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = [name.replace("\\", "/") for name in zf.namelist()]
            manifest = [n for n in names if n.rsplit("/", 1)[-1] == "imsmanifest.xml"]
            if any(
                n == MANIFEST_NAME or (n.count("/") == 1 and n.endswith("/" + MANIFEST_NAME))
                for n in names
            ):
                return "examtrainer_pack"
            if manifest:
                data = zf.read(min(manifest, key=len))
    except zipfile.BadZipFile as error:
        raise UnknownFormat(f"{path.name}: not a valid zip file ({error})") from error
    if not manifest:
        raise UnknownFormat(
            f"{path.name}: a zip without pack.yaml (examtrainer pack) or imsmanifest.xml "
            "(QTI package)"
        )
    if b"imsqti_item_xmlv3p0" in data or QTI30_NAMESPACE.encode() in data:
        return "qti30"
    return "qti21"


def detect_format(path: Path) -> str:
    """The format of ``path`` by its extension and a look at its content.

    One of the keys of :data:`FORMATS`; raises :class:`UnknownFormat` saying why not.
    """
    if path.is_dir():
        if (path / MANIFEST_NAME).is_file():
            return "examtrainer_pack"
        raise UnknownFormat(f"{path.name}: a folder without pack.yaml is not a pack")
    if not path.is_file():
        raise UnknownFormat(f"{path.name}: file not found")
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return "xlsx"
    if suffix == ".csv":
        return "csv"
    if suffix in (".xls", ".ods", ".numbers"):
        raise UnknownFormat(f"{path.name}: save the spreadsheet as .xlsx or .csv first")
    if suffix == ".zip":
        return _zip_format(path)
    if suffix == ".xml":
        return _xml_format(path)
    if suffix in (".gift", ".txt"):
        raw = path.read_bytes()[: 256 * 1024]
        encoding = "utf-16" if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8"
        text = raw.decode(encoding, "replace")
        if suffix == ".gift" or _GIFT_SYNTAX.search(text):
            return "gift"
        raise UnknownFormat(f"{path.name}: a text file without GIFT questions")
    raise UnknownFormat(
        f"{path.name}: unknown file type '{suffix or path.name}'; examtrainer imports .xlsx, "
        ".csv, .xml (Moodle XML, QTI 2.1/3.0), .zip (QTI package, examtrainer pack) and "
        ".gift/.txt (GIFT)"
    )


# A single text file (XML, GIFT, CSV) is parsed as a whole; zips are bounded by archive.py.
MAX_SOURCE_FILE_BYTES = 20 * 1024 * 1024


def convert(
    source: Path, target: Path, *, pack_id: str | None = None, fmt: str | None = None
) -> ConversionReport:
    """Convert ``source`` (format detected unless ``fmt`` is given) into a pack at ``target``.

    ``target`` must not exist or be an empty folder. When the report has problems, nothing
    is written there. Raises UnknownFormat, and UnsafeArchive for a dangerous zip.
    """
    fmt = fmt or detect_format(source)
    if fmt not in FORMATS:
        raise UnknownFormat(f"unknown format '{fmt}'")
    if source.is_file() and not zipfile.is_zipfile(source):
        size = source.stat().st_size
        if size > MAX_SOURCE_FILE_BYTES:  # XML, GIFT, CSV: parsed whole, so bounded first
            raise UnsafeArchive(
                f"'{source.name}': {size} bytes, larger than {MAX_SOURCE_FILE_BYTES} allowed"
            )
    return FORMATS[fmt](source, target, pack_id=pack_id)


def import_file(source: Path, target: Path, *, pack_id: str | None = None) -> ConversionReport:
    """Detect, convert and validate: the pack at ``target`` passes the loader when the
    report has no problems. A pack the loader refuses is removed and its problems reported.
    """
    report = convert(source, target, pack_id=pack_id)
    if report.problems:
        return report
    try:
        read_pack_folder(target)
    except PackInvalid as error:
        import shutil

        shutil.rmtree(target, ignore_errors=True)
        return ConversionReport(
            report.format,
            report.source,
            0,
            list(report.not_mapped),
            list(error.problems),
            list(report.notes),
        )
    return report
