"""WordprocessingML names, a safe XML parser and the package helpers shared by the stages that
read and write DOCX parts (ingest, redact).

A DOCX is a ZIP of parts tied together by relationship parts (``_rels/*.rels``) and listed in
``[Content_Types].xml``. Ingest reads every part that can carry text a reader sees; redact
rewrites those parts, drops the ones a publishable copy must not carry and rebuilds the package.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import quote, unquote

from lxml import etree

from pipeline.leakscan import URL_SAFE

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
R = f"{{{R_NS}}}"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
M = "{http://schemas.openxmlformats.org/officeDocument/2006/math}"
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
V = "{urn:schemas-microsoft-com:vml}"
O = "{urn:schemas-microsoft-com:office:office}"  # noqa: E741 - the VML office prefix
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
RELS_PART = "_rels/.rels"

# Parts whose paragraphs are part of the document's text, in reading order.
TEXT_PART = re.compile(
    r"^word/(document|header\d*|footer\d*|footnotes|endnotes|comments|glossary/document)\.xml$"
)
# DrawingML parts with text of their own: SmartArt data and its cached drawing, chart labels.
DRAWING_PART = re.compile(r"^word/(diagrams/\w+|charts/chart\d*)\.xml$")

# Elements whose text is document text: WordprocessingML runs, Office Math, DrawingML
# (SmartArt, charts). Field instructions are text too, but are read as their own line.
TEXT_TAGS = (W + "t", M + "t", A + "t", C + "v")
INSTR_TAG = W + "instrText"
# Attributes that hold text a reader can see or a tool can show: simple field instructions,
# picture alt text and titles, VML alt text and WordArt, legacy form-field defaults and help.
TEXT_ATTRIBUTES: dict[str, tuple[str, ...]] = {
    W + "fldSimple": (W + "instr",),
    WP + "docPr": ("descr", "title", "name"),
    "{http://schemas.openxmlformats.org/drawingml/2006/picture}cNvPr": ("descr", "title", "name"),
    V + "shape": ("alt", O + "title"),
    V + "imagedata": (O + "title",),
    V + "textpath": ("string",),
    W + "default": (W + "val",),
    W + "listEntry": (W + "val",),
    W + "statusText": (W + "val",),
    W + "helpText": (W + "val",),
    W + "alias": (W + "val",),
    W + "tag": (W + "val",),
}


def part_order(name: str) -> tuple[int, str]:
    kinds = ("document", "header", "footer", "footnotes", "endnotes", "comments", "glossary")
    stem = name.removeprefix("word/")
    for i, kind in enumerate(kinds):
        if stem.startswith(kind):
            return i, name
    return len(kinds), name


def parser() -> etree.XMLParser:
    """No DTDs, no entity expansion, no network: a DOCX is untrusted input."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def parse(data: bytes) -> etree._Element:
    return etree.fromstring(data, parser())


def rels_name(part: str) -> str:
    """The relationship part of ``part`` (``word/document.xml`` → ``word/_rels/document.xml.rels``)."""
    folder, file = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{file}.rels")


def rels_owner(rels: str) -> str:
    """The part a relationship part belongs to ('' for the package's own ``_rels/.rels``)."""
    folder, _, file = rels.rpartition("_rels/")
    return posixpath.join(folder, file.removesuffix(".rels")) if file != ".rels" else ""


def rel_target(rels: str, target: str) -> str:
    """The part name an internal relationship of ``rels`` points to."""
    if target.startswith("/"):
        return posixpath.normpath(target.lstrip("/"))
    base = posixpath.dirname(rels_owner(rels))
    return posixpath.normpath(posixpath.join(base, unquote(target)))


class AttributeText:
    """An attribute value seen as a text node: ingest makes a segment of it and redact edits
    it through ``text`` like a ``w:t``. ``encoded`` values (link targets) are percent-decoded
    for detection and encoded again when written back."""

    __slots__ = ("element", "encoded", "name")

    def __init__(self, element: etree._Element, name: str, encoded: bool = False) -> None:
        self.element = element
        self.name = name
        self.encoded = encoded

    @property
    def text(self) -> str:
        value = self.element.get(self.name, "")
        return unquote(value) if self.encoded else value

    @text.setter
    def text(self, value: str) -> None:
        if self.encoded:
            value = quote(value, safe=URL_SAFE)
        self.element.set(self.name, value)

    def getparent(self) -> etree._Element:
        return self.element
