"""The Open Packaging Conventions side of writing an Office copy (DOCX, XLSX): the values
safety net over every text node and attribute, document properties reduced, relationships,
reachability from ``_rels/.rels``, content types, image metadata and the package written with
one entry per name and a fixed date.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

from lxml import etree

from pipeline.leakscan import Masker
from pipeline.ooxml import CT_NS, RELS_PART, O, R, rel_target, rels_name
from stages.redact.jpeg import strip_jpeg_metadata

RECORD_PART = "baomi/review-record.json"
RECORD_REL_TYPE = "urn:baomi:relationship:review-record"
CORE_KEPT = {"created", "modified", "language"}
APP_KEPT = {
    "Application",
    "AppVersion",
    "DocSecurity",
    "ScaleCrop",
    "LinksUpToDate",
    "SharedDoc",
    "HyperlinksChanged",
}


def scrub_values(root: etree._Element, mask: Masker | None) -> None:
    """Replace redacted values in every text node and attribute the cuts did not reach."""
    if mask is None:
        return
    texts: list[str] = []
    for element in root.iter():
        if isinstance(element.tag, str):
            texts.extend(element.attrib.values())
        texts.extend(t for t in (element.text, element.tail) if t)
    if not mask.touches(texts):
        return  # nothing in this part holds a value: no need to look at each string
    for element in root.iter():
        if isinstance(element.tag, str):
            for name, value in element.attrib.items():
                masked = mask(value)
                if masked != value:
                    element.set(name, masked)
        if element.text:
            element.text = mask(element.text)
        if element.tail:
            element.tail = mask(element.tail)


def reduce_properties(name: str, root: etree._Element) -> None:
    kept = CORE_KEPT if name == "docProps/core.xml" else APP_KEPT
    for element in list(root):
        if not isinstance(element.tag, str) or etree.QName(element).localname not in kept:
            root.remove(element)


def rel_kind(rel: etree._Element) -> str:
    return rel.get("Type", "").rstrip("/").rsplit("/", 1)[-1]


def referenced_ids(root: etree._Element | None) -> set[str]:
    if root is None:
        return set()
    ids: set[str] = set()
    for element in root.iter():
        if isinstance(element.tag, str):
            for name, value in element.attrib.items():
                if name.startswith(R) or name == O + "relid":
                    ids.add(value)
    return ids



def reachable(output: dict[str, bytes], trees: dict[str, etree._Element]) -> set[str]:
    """Every part reachable from the package relationships, with its relationship part."""
    seen: set[str] = set()
    pending = [RELS_PART]
    while pending:
        rels = pending.pop()
        if rels in seen or rels not in trees:
            continue
        seen.add(rels)
        for rel in trees[rels]:
            if rel.get("TargetMode") == "External":
                continue
            target = rel_target(rels, rel.get("Target", ""))
            if target in output and target not in seen:
                seen.add(target)
                pending.append(rels_name(target))
    return seen


def prune_content_types(root: etree._Element, kept: set[str]) -> None:
    for override in list(root.iter(f"{{{CT_NS}}}Override")):
        if override.get("PartName", "").lstrip("/") not in kept:
            root.remove(override)
    if not any(d.get("Extension") == "json" for d in root.iter(f"{{{CT_NS}}}Default")):
        etree.SubElement(
            root, f"{{{CT_NS}}}Default", Extension="json", ContentType="application/json"
        )


def add_record_rel(root: etree._Element) -> None:
    ids = {rel.get("Id") for rel in root}
    number = 1
    while f"rIdBaomi{number}" in ids:
        number += 1
    etree.SubElement(
        root,
        "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship",
        Id=f"rIdBaomi{number}",
        Type=RECORD_REL_TYPE,
        Target=RECORD_PART,
    )


# --- images -------------------------------------------------------------------------------

# PNG chunks that carry text or metadata.
_PNG_DROPPED = {b"tEXt", b"zTXt", b"iTXt", b"eXIf", b"tIME"}


def strip_png_metadata(data: bytes) -> bytes:
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        return data
    out = bytearray(data[:8])
    position = 8
    while position + 12 <= len(data):
        (length,) = struct.unpack(">I", data[position : position + 4])
        kind = data[position + 4 : position + 8]
        chunk = data[position : position + 12 + length]
        if kind not in _PNG_DROPPED:
            out += chunk
        position += 12 + length
        if kind == b"IEND":
            break
    return bytes(out)


def strip_image_metadata(data: bytes) -> bytes:
    try:
        if data.startswith(b"\xff\xd8"):
            return strip_jpeg_metadata(data)
        if data.startswith(b"\x89PNG"):
            return strip_png_metadata(data)
    except (IndexError, struct.error, zlib.error):
        pass
    return data


def write_package(output: dict[str, bytes]) -> bytes:
    """The ZIP, content types and package relationships first, every entry deflated and
    dated 1980-01-01 (the copy should not tell when the review ran)."""
    first = ("[Content_Types].xml", RELS_PART)
    order = sorted(output, key=lambda n: (n not in first, first.index(n) if n in first else 0))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, output[name])
    return buffer.getvalue()
