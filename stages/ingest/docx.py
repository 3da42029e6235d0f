"""DOCX: read from the package's XML with lxml, not python-docx, which does not see text
boxes, footnotes, inserted revisions, field codes or link targets.

Every part that can carry text a reader sees is read: the body, headers and footers of every
kind, footnotes, endnotes, comments, the glossary, SmartArt and chart labels. Each text node
(``w:t``, ``m:t``, ``a:t``, ``c:v``) becomes a segment; a paragraph's nodes are joined, so a
value split over several runs is one string for detection. Text boxes are read in both their
``mc:Choice`` and ``mc:Fallback`` copies, tracked insertions and moves as well. A paragraph's
field instructions (``w:instrText``) follow it as a line of their own, and attribute values
that hold text (``fldSimple/@w:instr``, picture alt text and titles, WordArt, form-field
defaults, content-control names, external link targets, percent-decoded) each get a line at
the end of their part, so detection sees them and redact can edit them in place.

Tables are recorded from their structure as well (``stages.ingest.docx_tables``): each cell's
row, column, spans and range in the flat text, and the header rows.

``source.entries`` keeps one entry per name: the one a reader opens (the ZIP's last entry of
that name). Duplicate names, embedded objects and imported chunks (``altChunk``) cannot be
reviewed here; redact leaves them out of the copy and ingest reports them as unverifiable.
Raster images (PNG, JPEG, GIF, TIFF, BMP parts) are read by OCR (``stages/ingest/ocr.py``),
except the package thumbnail (``docProps/``), which the copy drops; vector images, and every
image under ``--ocr off``, are unverifiable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from lxml import etree

from pipeline.config import Config
from pipeline.errors import InputError
from pipeline.model import Document, Locator
from pipeline.ooxml import (
    DRAWING_PART,
    INSTR_TAG,
    TEXT_ATTRIBUTES,
    TEXT_PART,
    TEXT_TAGS,
    A,
    AttributeText,
    W,
    parse,
    part_order,
    rel_target,
    rels_name,
)
from pipeline.zipread import read_package
from stages.ingest.docx_places import places_of
from stages.ingest.docx_tables import Spans, read_tables

_FIELD = 1  # group kind of a paragraph's field instructions
_ATTRIBUTE = 2  # group kind of an attribute value


class TextNode(Protocol):
    """A ``w:t``-like element or an ``AttributeText``: something with a settable ``text``."""

    text: str | None


@dataclass(slots=True)
class DocxSource:
    """The package as parsed: raw entries (one per name), parsed parts and their text nodes."""

    entries: dict[str, bytes] = field(default_factory=dict)
    parts: dict[str, etree._Element] = field(default_factory=dict)
    nodes: dict[str, list[TextNode]] = field(default_factory=dict)
    duplicates: list[str] = field(default_factory=list)


def _open(document: Document, config: Config) -> DocxSource:
    package = read_package(document.data, config, "docx", required=("word/document.xml",))
    source = DocxSource(entries=package.entries, duplicates=package.duplicates)
    readable = [n for n in source.entries if TEXT_PART.match(n) or DRAWING_PART.match(n)]
    for name in sorted(readable, key=part_order):
        source.parts[name] = _parse(name, source.entries[name])
    return source


def _parse(name: str, data: bytes) -> etree._Element:
    try:
        return parse(data)
    except etree.XMLSyntaxError as exc:
        raise InputError("docx_bad_xml", part=name, line=exc.lineno or 1) from None


def _paragraph(node: etree._Element) -> etree._Element | None:
    return next(node.iterancestors(W + "p", A + "p"), None)


def _part_groups(root: etree._Element) -> tuple[list[TextNode], list[tuple[object, list[int]]]]:
    """The part's text nodes in document order, grouped into the lines of the flat text:
    a paragraph's text, then its field instructions; every attribute value on its own line at
    the end of the part."""
    nodes: list[TextNode] = []
    groups: dict[object, list[int]] = {}
    attributes: list[int] = []
    for element in root.iter():
        tag = element.tag
        if tag in TEXT_TAGS or tag == INSTR_TAG:
            paragraph = _paragraph(element)
            kind = _FIELD if tag == INSTR_TAG else 0
            # Text outside any paragraph (a chart's cached values) is a line per node, so
            # neighbouring numbers are not read as one.
            key = (paragraph, kind) if paragraph is not None else (None, kind, len(nodes))
            groups.setdefault(key, []).append(len(nodes))
            nodes.append(element)
        for name in TEXT_ATTRIBUTES.get(tag, ()):  # type: ignore[call-overload]
            if element.get(name, "").strip():
                attributes.append(len(nodes))
                nodes.append(AttributeText(element, name))
    ordered = sorted(groups.items(), key=lambda item: item[1][0])
    ordered.extend(((None, _ATTRIBUTE, index), [index]) for index in attributes)
    return nodes, ordered


def _add_part(
    document: Document, part: str, nodes: list[TextNode], groups: list, places: dict | None = None
) -> Spans:
    """Add the part's lines to the flat text (each with its place as Word counts it); return
    each paragraph's range in it."""
    spans: Spans = {}
    for p_index, (key, indexes) in enumerate(groups):
        paragraph = key[0] if isinstance(key, tuple) else None
        runs = {} if paragraph is None else {r: i for i, r in enumerate(paragraph.iter(W + "r"))}
        place = (places or {}).get(paragraph, ())
        start = document.length
        for index in indexes:
            node = nodes[index]
            parent = node.getparent()
            locator = Locator(
                part=part, paragraph=p_index, run=runs.get(parent), node=index, place=place
            )
            document.add_segment(node.text or "", locator)
        if paragraph is not None and document.length > start:
            held = spans.get(paragraph)
            spans[paragraph] = (held[0], document.length) if held else (start, document.length)
        document.add_separator("\n")
    document.add_separator("\n")
    return spans


def _link_targets(source: DocxSource, part: str) -> tuple[str, list[TextNode]] | None:
    """The external relationship targets (hyperlinks) of ``part`` as text nodes."""
    name = rels_name(part)
    if name not in source.entries:
        return None
    root = _parse(name, source.entries[name])
    source.parts[name] = root
    nodes: list[TextNode] = [
        AttributeText(rel, "Target", encoded=True)
        for rel in root
        if rel.get("TargetMode") == "External" and rel.get("Target", "").strip()
    ]
    return name, nodes


_IMAGE_MAGIC = (b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"II*\x00", b"MM\x00*", b"BM")
_VECTOR_IMAGES = (".emf", ".wmf", ".emz", ".wmz", ".svg")


def _unreviewable(document: Document, source: DocxSource, raster_read: bool = False) -> None:
    """What the leak check cannot verify: images (their pixels), and what the copy leaves
    out because it cannot be reviewed here (embedded objects, imported chunks, entries whose
    name is written twice). The notes count, they do not name: a part name comes from the
    file and the notes travel with the copy in its record."""
    for name in source.duplicates:
        document.add_unverifiable(
            "object", "a duplicate ZIP entry name; only the entry readers open kept", part=name
        )
    for name in source.entries:
        if name.startswith("word/embeddings/"):
            document.add_unverifiable(
                "object", "an embedded object not reviewed; left out of the copy", part=name
            )
    for name, data in source.entries.items():
        if name.endswith(".rels") and b"/aFChunk" in data:
            for rel in _parse(name, data):
                if rel.get("Type", "").endswith("/aFChunk"):
                    document.add_unverifiable(
                        "object",
                        "an imported chunk (altChunk) not reviewed; left out of the copy",
                        part=rel_target(name, rel.get("Target", "")),
                    )
    for name, data in source.entries.items():
        raster = data.startswith(_IMAGE_MAGIC)
        if raster and raster_read:
            continue  # read by OCR (stages/ingest/ocr.py)
        if name.startswith("word/media/") and (raster or name.lower().endswith(_VECTOR_IMAGES)):
            document.add_unverifiable("image", "an image; its pixels are not read", part=name)



def ingest(document: Document, config: Config) -> None:
    source = _open(document, config)
    document.source = source
    for part, root in list(source.parts.items()):
        nodes, groups = _part_groups(root)
        source.nodes[part] = nodes
        places = places_of(part, root) if TEXT_PART.match(part) else None
        spans = _add_part(document, part, nodes, groups, places)
        if spans:
            document.tables.extend(read_tables(root, spans))
    for part in list(source.nodes):
        links = _link_targets(source, part)
        if links and links[1]:
            name, nodes = links
            source.nodes[name] = nodes
            groups = [((None, _ATTRIBUTE, i), [i]) for i in range(len(nodes))]
            _add_part(document, name, nodes, groups)
    reading = config.ocr_mode != "off"
    _unreviewable(document, source, raster_read=reading)
    images = {
        name: data
        for name, data in source.entries.items()
        if reading and not name.startswith("docProps/") and data.startswith(_IMAGE_MAGIC)
    }
    if images:
        # Only now: a DOCX without images never loads the OCR engine (or PyMuPDF).
        from stages.ingest.ocr import read_docx_images

        read_docx_images(document, images, config)

