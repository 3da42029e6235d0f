"""DOCX: cuts are applied to the ``w:t`` nodes they came from (a value split over runs loses
every piece; the first piece's node takes the placeholder). Then the package is sanitized and
rebuilt from its parts: tracked changes accepted (insertions kept, deletions and moves
dropped), comments, hidden runs, data bindings, document variables, rsids, the thumbnail,
customXml and custom properties removed, author fields emptied, and as a safety net every
remaining text node and attribute value has each redacted value replaced. The sanitized
record is added as the part ``baomi/review-record.json``."""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections import defaultdict

from lxml import etree

from pipeline.model import Document
from pipeline.ooxml import CT_NS, REL_NS, XML_SPACE, W, parse

RECORD_PART = "baomi/review-record.json"
RECORD_REL_TYPE = "urn:baomi:relationship:review-record"
DROPPED_PART = re.compile(
    r"^(docProps/thumbnail\.\w+|docProps/custom\.xml|customXml/.*|word/comments\w*\.xml"
    r"|word/people\.xml|word/glossary/.*|word/_rels/comments\w*\.xml\.rels"
    r"|word/_rels/people\.xml\.rels|word/glossary/_rels/.*)$"
)
REMOVED = {
    W + name
    for name in (
        "del",
        "moveFrom",
        "rPrChange",
        "pPrChange",
        "sectPrChange",
        "tblPrChange",
        "trPrChange",
        "tcPrChange",
        "tblGridChange",
        "numberingChange",
        "commentRangeStart",
        "commentRangeEnd",
        "moveFromRangeStart",
        "moveFromRangeEnd",
        "moveToRangeStart",
        "moveToRangeEnd",
        "dataBinding",
        "docVars",
        "rsids",
        "customXmlDelRangeStart",
        "customXmlDelRangeEnd",
        "customXmlMoveFromRangeStart",
        "customXmlMoveFromRangeEnd",
    )
}
UNWRAPPED = {W + "ins", W + "moveTo"}
CORE_CLEARED = (
    "creator",
    "lastModifiedBy",
    "lastPrinted",
    "revision",
    "keywords",
    "description",
    "category",
    "contentStatus",
    "subject",
    "identifier",
)
APP_CLEARED = ("Company", "Manager", "Template", "HyperlinkBase")


def _apply_cuts(document: Document, cuts: list) -> None:
    source = document.source
    edits: dict[tuple[str, int], list[tuple[int, int, str]]] = defaultdict(list)
    for cut in cuts:
        first = True
        for segment, lo, hi in document.segments_in(cut.start, cut.end):
            loc = segment.locator
            local = (lo - segment.start + segment.offset, hi - segment.start + segment.offset)
            edits[(loc.part, loc.node)].append((*local, cut.replacement if first else ""))
            first = False
    for (part, index), changes in edits.items():
        node = source.nodes[part][index]
        text = node.text or ""
        for lo, hi, insert in sorted(changes, reverse=True):
            text = text[:lo] + insert + text[hi:]
        node.text = text
        node.set(XML_SPACE, "preserve")


def _is_hidden(run: etree._Element) -> bool:
    vanish = run.find(f"{W}rPr/{W}vanish")
    return vanish is not None and vanish.get(W + "val", "true") not in {"0", "false", "off"}


def _clean_wordml(root: etree._Element) -> None:
    for element in list(root.iter(*REMOVED)):
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)
    for element in list(root.iter(*UNWRAPPED)):
        parent = element.getparent()
        if parent is None:
            continue
        index = parent.index(element)
        for child in reversed(list(element)):
            parent.insert(index, child)
        parent.remove(element)
    for run in list(root.iter(W + "r")):
        if _is_hidden(run) or run.find(W + "commentReference") is not None:
            run.getparent().remove(run)
    for element in root.iter():
        for name in [a for a in element.attrib if a.startswith(W + "rsid")]:
            del element.attrib[name]
    for number, bookmark in enumerate(root.iter(W + "bookmarkStart")):
        bookmark.set(W + "name", f"_baomi{number}")


def _scrub_values(root: etree._Element, secrets: list[tuple[str, str]]) -> None:
    """Replace redacted values in every text node and attribute the cuts did not reach."""
    if not secrets:
        return
    for element in root.iter():
        if isinstance(element.tag, str):
            if element.text:
                element.text = _replace(element.text, secrets)
            if element.tail:
                element.tail = _replace(element.tail, secrets)
            for name, value in element.attrib.items():
                element.set(name, _replace(value, secrets))


def _replace(value: str, secrets: list[tuple[str, str]]) -> str:
    for secret, placeholder in secrets:
        if secret in value:
            value = value.replace(secret, placeholder)
    return value


def _clear_properties(name: str, root: etree._Element) -> None:
    cleared = CORE_CLEARED if name == "docProps/core.xml" else APP_CLEARED
    for element in root.iter():
        if isinstance(element.tag, str) and etree.QName(element).localname in cleared:
            element.getparent().remove(element)


def _rels_owner(rels_name: str) -> str:
    folder, _, file = rels_name.rpartition("_rels/")
    return posixpath.join(folder, file.removesuffix(".rels"))


def _prune_rels(name: str, root: etree._Element, dropped: set[str]) -> None:
    base = posixpath.dirname(_rels_owner(name))
    for rel in list(root):
        if rel.get("TargetMode") == "External":
            continue
        target = posixpath.normpath(posixpath.join(base, rel.get("Target", "")).lstrip("/"))
        if target in dropped or DROPPED_PART.match(target):
            root.remove(rel)


def _content_types(root: etree._Element, dropped: set[str]) -> None:
    for override in list(root.iter(f"{{{CT_NS}}}Override")):
        if override.get("PartName", "").lstrip("/") in dropped:
            root.remove(override)
    if not any(d.get("Extension") == "json" for d in root.iter(f"{{{CT_NS}}}Default")):
        etree.SubElement(
            root, f"{{{CT_NS}}}Default", Extension="json", ContentType="application/json"
        )


def _package_rels(root: etree._Element) -> None:
    ids = {rel.get("Id") for rel in root}
    number = 1
    while f"rIdBaomi{number}" in ids:
        number += 1
    etree.SubElement(
        root,
        f"{{{REL_NS}}}Relationship",
        Id=f"rIdBaomi{number}",
        Type=RECORD_REL_TYPE,
        Target=RECORD_PART,
    )


def redact(document: Document, cuts: list, record: bytes, secrets: list[tuple[str, str]]) -> bytes:
    source = document.source
    _apply_cuts(document, cuts)
    dropped = {name for name in source.entries if DROPPED_PART.match(name)}
    output: dict[str, bytes] = {}
    for name, data in source.entries.items():
        if name in dropped or name == RECORD_PART:
            continue
        is_xml = name.endswith((".xml", ".rels"))
        if not is_xml:
            output[name] = data
            continue
        root = source.parts.get(name)
        if root is None:
            try:
                root = parse(data)
            except etree.XMLSyntaxError:
                continue  # an unparseable side part cannot be checked: leave it out
        if name.startswith("word/") and not name.endswith(".rels"):
            _clean_wordml(root)
        if name in {"docProps/core.xml", "docProps/app.xml"}:
            _clear_properties(name, root)
        if name.endswith(".rels"):
            _prune_rels(name, root, dropped)
        if name == "[Content_Types].xml":
            _content_types(root, dropped)
        if name == "_rels/.rels":
            _package_rels(root)
        _scrub_values(root, secrets)
        output[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    output[RECORD_PART] = record
    buffer = io.BytesIO()
    order = sorted(output, key=lambda n: (n != "[Content_Types].xml", n.startswith("baomi/")))
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in order:
            archive.writestr(name, output[name])
    return buffer.getvalue()
