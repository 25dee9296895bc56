"""Reading XML from untrusted banks with defusedxml: no entity expansion, no external entities."""

from __future__ import annotations

from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import (
    DefusedXmlException,
    DTDForbidden,
    EntitiesForbidden,
    ExternalReferenceForbidden,
)

from examtrainer.errors import Problem

ENTITIES_REFUSED = (
    "refused: the XML declares entities; entity expansion (a 'billion laughs' bomb) and "
    "external entities (which can read other files) are not allowed"
)


class XmlRefused(Exception):
    """An XML file that is not well-formed or is unsafe; ``problem`` says which and why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def read_xml(data: bytes, label: str) -> Element:
    """Parse ``data`` safely; raise :class:`XmlRefused` naming ``label`` when it cannot be."""
    try:
        root: Element = SafeET.fromstring(
            data, forbid_dtd=False, forbid_entities=True, forbid_external=True
        )
    except (EntitiesForbidden, ExternalReferenceForbidden) as error:
        raise XmlRefused(Problem(label, "", "", f"{ENTITIES_REFUSED} ({error})")) from error
    except DTDForbidden as error:  # pragma: no cover - DTDs are allowed, entities are not
        raise XmlRefused(Problem(label, "", "", f"refused: {error}")) from error
    except DefusedXmlException as error:
        raise XmlRefused(Problem(label, "", "", f"refused: unsafe XML ({error})")) from error
    except ParseError as error:
        raise XmlRefused(Problem(label, "", "", f"not well-formed XML: {error}")) from error
    return root


def read_xml_file(path: Path, label: str | None = None) -> Element:
    return read_xml(path.read_bytes(), label or path.name)
