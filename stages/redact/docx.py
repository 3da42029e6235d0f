"""DOCX: cuts are applied to the text nodes they came from (a value split over runs loses
every piece; the first piece's node takes the placeholder; attribute values and link targets
are edited in place). Then the package is sanitized, whatever was found, and rebuilt from its
parts:

- tracked changes accepted (insertions and moves kept as plain text, deletions, moved-from
  text and formatting changes dropped, so no revision author survives);
- comments, their anchors and parts (comments, commentsExtended/Ids/Extensible, people) gone;
- hidden text (``w:vanish``, ``w:specVanish``, also through a character or paragraph style)
  dropped;
- content-control data bindings and every customXml item, document variables, rsids, the
  attached template and mail-merge sources removed; bookmarks not made by Word renamed;
- core properties reduced to the dates, app properties to the application, custom
  properties and the thumbnail dropped;
- the glossary, embedded and linked OLE objects and packages, imported chunks
  (``altChunk``), chart workbooks, macros and printer settings dropped with the elements
  that point to them;
- JPEG and PNG metadata (EXIF, XMP, comments, text chunks) stripped from every image;
- as a safety net every remaining text node and attribute value, link targets included
  (percent-decoded), has each redacted value replaced, matched after NFKC folding.

The package is then rebuilt from the parts still reachable from ``_rels/.rels``, one entry per
name, relationships and content types pruned to match, so no duplicate, orphan or dangling
entry survives. The sanitized record is added as the part ``baomi/review-record.json``.
"""

from __future__ import annotations

import re

from lxml import etree

from pipeline.leakscan import Masker
from pipeline.model import Document
from pipeline.ooxml import (
    CT_NS,
    RELS_PART,
    W_NS,
    XML_SPACE,
    C,
    O,
    W,
    parse,
    rel_target,
    rels_owner,
)
from stages.redact.edits import node_edits, spliced
from stages.redact.opc import (
    RECORD_PART,
    reachable,
    reduce_properties,
    referenced_ids,
    rel_kind,
    scrub_values,
    strip_image_metadata,
    write_package,
)
from stages.redact.opc import add_record_rel as _package_rels
from stages.redact.opc import prune_content_types as _content_types

# Parts a publishable copy never carries, by name (they may also be reached by a relationship).
DROPPED_PART = re.compile(
    r"^(docProps/thumbnail\.\w+|docProps/custom\.xml|customXml/.*|word/comments\w*\.xml"
    r"|word/people\.xml|word/glossary/.*|word/embeddings/.*|word/vbaProject\.bin"
    r"|word/vbaData\.xml|word/printerSettings/.*|word/activeX/.*)$"
)
# Relationship types (last path segment) whose targets a publishable copy never carries.
DROPPED_REL = {
    "comments",
    "commentsExtended",
    "commentsIds",
    "commentsExtensible",
    "people",
    "glossaryDocument",
    "customXml",
    "customXmlProps",
    "custom-properties",
    "thumbnail",
    "package",
    "oleObject",
    "aFChunk",
    "attachedTemplate",
    "mailMergeSource",
    "mailMergeHeaderSource",
    "recipientData",
    "vbaProject",
    "vbaData",
    "keyMapCustomizations",
    "printerSettings",
    "subDocument",
    "control",
    "activeXControlBinary",
}
# Relationship types referenced by id from their part: one nothing points to any more (the
# preview image of a removed OLE object, a link whose run was cut) is removed too.
BY_ID_REL = {"image", "hyperlink", "oleObject", "package", "aFChunk", "control"}
REMOVED = {
    W + name
    for name in (
        "del",
        "moveFrom",
        "rPrChange",
        "pPrChange",
        "sectPrChange",
        "tblPrChange",
        "tblPrExChange",
        "trPrChange",
        "tcPrChange",
        "tblGridChange",
        "numberingChange",
        "cellIns",
        "cellDel",
        "cellMerge",
        "commentRangeStart",
        "commentRangeEnd",
        "moveFromRangeStart",
        "moveFromRangeEnd",
        "moveToRangeStart",
        "moveToRangeEnd",
        "dataBinding",
        "docVars",
        "rsids",
        "attachedTemplate",
        "mailMerge",
        "altChunk",
        "customXmlDelRangeStart",
        "customXmlDelRangeEnd",
        "customXmlInsRangeStart",
        "customXmlInsRangeEnd",
        "customXmlMoveFromRangeStart",
        "customXmlMoveFromRangeEnd",
        "customXmlMoveToRangeStart",
        "customXmlMoveToRangeEnd",
    )
} | {C + "externalData", "{http://schemas.microsoft.com/office/word/2012/wordml}dataBinding"}
UNWRAPPED = {W + "ins", W + "moveTo"}
# Bookmarks Word makes itself (tables of contents, cross-references, the last edit point):
# their names carry no content, and fields and links refer to them.
WORD_BOOKMARK = re.compile(r"^_(Toc|Ref|Hlk|Hlt)\d+$|^_GoBack$")
_OFF = {"0", "false", "off"}


def _apply_cuts(document: Document, cuts: list) -> None:
    source = document.source
    # Text read by OCR from an image is painted in its pixels (raster.py), not edited here.
    for (part, index), changes in node_edits(document, cuts, skip_images=True).items():
        node = source.nodes[part][index]
        node.text = spliced(node.text or "", changes)
        if isinstance(node, etree._Element) and node.tag.startswith(f"{{{W_NS}}}"):
            node.set(XML_SPACE, "preserve")  # a cut can leave leading or trailing spaces


def _on(element: etree._Element | None) -> bool | None:
    """A toggle property's value: None if absent."""
    if element is None:
        return None
    return element.get(W + "val", "true").lower() not in _OFF


def _hidden_styles(styles: etree._Element | None) -> set[str]:
    """Ids of the styles whose text is hidden (``w:vanish``), following ``w:basedOn``."""
    if styles is None:
        return set()
    own: dict[str, bool | None] = {}
    based: dict[str, str] = {}
    for style in styles.iter(W + "style"):
        sid = style.get(W + "styleId", "")
        own[sid] = _on(style.find(f"{W}rPr/{W}vanish"))
        parent = style.find(W + "basedOn")
        if parent is not None:
            based[sid] = parent.get(W + "val", "")

    def hidden(sid: str, depth: int = 0) -> bool:
        value = own.get(sid)
        if value is not None or depth > 20 or sid not in based:
            return bool(value)
        return hidden(based[sid], depth + 1)

    return {sid for sid in own if hidden(sid)}


def _is_hidden(run: etree._Element, hidden_styles: set[str]) -> bool:
    rpr = run.find(W + "rPr")
    if rpr is not None:
        if _on(rpr.find(W + "specVanish")):
            return True
        explicit = _on(rpr.find(W + "vanish"))
        if explicit is not None:
            return explicit
        style = rpr.find(W + "rStyle")
        if style is not None and style.get(W + "val") in hidden_styles:
            return True
    paragraph = next(run.iterancestors(W + "p"), None)
    if paragraph is not None:
        pstyle = paragraph.find(f"{W}pPr/{W}pStyle")
        if pstyle is not None and pstyle.get(W + "val") in hidden_styles:
            return True
    return False


def _remove(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def _clean_wordml(root: etree._Element, hidden_styles: set[str], bookmarks: dict[str, str]) -> None:
    for element in list(root.iter(*REMOVED)):
        _remove(element)
    for element in list(root.iter(*UNWRAPPED)):
        parent = element.getparent()
        if parent is None:
            continue
        index = parent.index(element)
        for child in reversed(list(element)):
            parent.insert(index, child)
        parent.remove(element)
    for run in list(root.iter(W + "r")):
        if _is_hidden(run, hidden_styles) or run.find(W + "commentReference") is not None:
            _remove(run)
    # OLE objects (embedded or linked) go with their preview, which shows their content.
    for obj in list(root.iter(W + "object")):
        if obj.find(f".//{O}OLEObject") is not None or obj.find(f".//{W}control") is not None:
            _remove(obj)
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for name in [a for a in element.attrib if a.startswith(W + "rsid")]:
            del element.attrib[name]
    for tag, attribute in ((W + "bookmarkStart", W + "name"), (W + "hyperlink", W + "anchor")):
        for element in root.iter(tag):
            old = element.get(attribute)
            if old in bookmarks:
                element.set(attribute, bookmarks[old])
    for instr in root.iter(W + "instrText"):
        instr.text = _rename_references(instr.text or "", bookmarks)
    for simple in root.iter(W + "fldSimple"):
        simple.set(W + "instr", _rename_references(simple.get(W + "instr", ""), bookmarks))


def _rename_references(instruction: str, bookmarks: dict[str, str]) -> str:
    """A field instruction (REF, PAGEREF, HYPERLINK \\l ...) with renamed bookmarks."""
    if not bookmarks:
        return instruction
    return re.sub(r'[^\s"\\]+', lambda m: bookmarks.get(m.group(), m.group()), instruction)


def _bookmark_names(parts: dict[str, etree._Element]) -> dict[str, str]:
    """Every bookmark name not made by Word → a neutral one, the same in every part."""
    names: dict[str, str] = {}
    for root in parts.values():
        for bookmark in root.iter(W + "bookmarkStart"):
            name = bookmark.get(W + "name", "")
            if name and not WORD_BOOKMARK.match(name) and name not in names:
                names[name] = f"_baomi{len(names) + 1}"
    return names


def _prune_rels(
    name: str, root: etree._Element, dropped: set[str], owner: etree._Element | None
) -> None:
    """Remove relationships to dropped parts, of dropped kinds, or that nothing uses."""
    used = referenced_ids(owner) if owner is not None else None
    for rel in list(root):
        kind = rel_kind(rel)
        internal = rel.get("TargetMode") != "External"
        gone = internal and rel_target(name, rel.get("Target", "")) in dropped
        unused = used is not None and kind in BY_ID_REL and rel.get("Id") not in used
        if kind in DROPPED_REL or gone or unused:
            root.remove(rel)


# --- the package ----------------------------------------------------------------------------


def _dropped(source) -> set[str]:  # type: ignore[no-untyped-def]
    """Parts left out whatever was found: by name, and by the relationships that reach them."""
    dropped = {name for name in source.entries if DROPPED_PART.match(name)}
    for name, data in source.entries.items():
        if not name.endswith(".rels"):
            continue
        try:
            root = source.parts.get(name)
            root = root if root is not None else parse(data)
        except etree.XMLSyntaxError:
            continue
        for rel in root:
            if rel_kind(rel) in DROPPED_REL and rel.get("TargetMode") != "External":
                dropped.add(rel_target(name, rel.get("Target", "")))
    return dropped


def _trees(source, dropped: set[str]) -> dict[str, etree._Element]:  # type: ignore[no-untyped-def]
    """Every XML part still in the package, parsed (ingest's trees where it has them)."""
    trees: dict[str, etree._Element] = {}
    for name, data in source.entries.items():
        if name in dropped or name == RECORD_PART or not name.endswith((".xml", ".rels")):
            continue
        root = source.parts.get(name)
        if root is None:
            try:
                root = parse(data)
            except etree.XMLSyntaxError:
                continue  # an unparseable side part cannot be checked: leave it out
        trees[name] = root
    return trees


def _paint_areas(
    output: dict[str, bytes], trees: dict[str, etree._Element], areas: list
) -> None:
    """Fill each image area black (``stages.redact.images``); an image that was not a PNG
    becomes one, and its part is renamed and every relationship to it follows."""
    from stages.redact.images import paint

    renamed: dict[str, str] = {}
    for area in areas:
        name = renamed.get(area.part, area.part)
        if name not in output:
            continue  # left out of the copy anyway (an embedded object)
        output[name] = paint(output[name], area.box)
        if not name.lower().endswith(".png"):
            new = name.rsplit(".", 1)[0] + ".png"
            while new in output:
                new = new[: -len(".png")] + "_.png"
            output[new] = output.pop(name)
            renamed[area.part] = new
    if not renamed:
        return
    by_old = dict(renamed)
    for rels, root in trees.items():
        if not rels.endswith(".rels"):
            continue
        for rel in root:
            if rel.get("TargetMode") == "External":
                continue
            target = rel_target(rels, rel.get("Target", ""))
            if target in by_old:
                # Only the file name changes (the part stays in its folder).
                head, _, _ = rel.get("Target", "").rpartition("/")
                base = by_old[target].rsplit("/", 1)[-1]
                rel.set("Target", f"{head}/{base}" if head else base)
    types = trees.get("[Content_Types].xml")
    if types is not None and not any(
        (d.get("Extension") or "").lower() == "png" for d in types.iter(f"{{{CT_NS}}}Default")
    ):
        etree.SubElement(types, f"{{{CT_NS}}}Default", Extension="png", ContentType="image/png")


def redact(
    document: Document,
    cuts: list,
    record: bytes,
    secrets: list[tuple[str, str]],
    areas: list | tuple = (),
) -> bytes:
    source = document.source
    _apply_cuts(document, cuts)
    dropped = _dropped(source)
    trees = _trees(source, dropped)
    hidden_styles = _hidden_styles(trees.get("word/styles.xml"))
    bookmarks = _bookmark_names({n: t for n, t in trees.items() if n.startswith("word/")})
    for name, root in trees.items():
        if name.startswith("word/") and not name.endswith(".rels"):
            _clean_wordml(root, hidden_styles, bookmarks)
        if name in {"docProps/core.xml", "docProps/app.xml"}:
            reduce_properties(name, root)
    # The secrets are folded and compiled once for every node of every part.
    mask = Masker(secrets) if secrets else None
    for name, root in trees.items():
        if name.endswith(".rels") and name != RELS_PART:
            _prune_rels(name, root, dropped, trees.get(rels_owner(name)))
        elif name == RELS_PART:
            _prune_rels(name, root, dropped, None)
        scrub_values(root, mask)

    output: dict[str, bytes] = {}
    for name, data in source.entries.items():
        if name in dropped or name == RECORD_PART:
            continue
        if name in trees:
            output[name] = b""  # serialized below, once the package is pruned
        elif not name.endswith((".xml", ".rels")):
            output[name] = strip_image_metadata(data) if name.startswith("word/media/") else data
    if document.scans:
        from stages.redact.raster import painted_parts  # images read by OCR: PyMuPDF, numpy

        for name, data in painted_parts(document, cuts).items():
            if name in output:
                output[name] = data
    if areas:
        _paint_areas(output, trees, [a for a in areas if a.part])
    kept = reachable(output, trees) | {"[Content_Types].xml"}
    output = {name: data for name, data in output.items() if name in kept}
    if "[Content_Types].xml" in trees:
        _content_types(trees["[Content_Types].xml"], set(output))
    if RELS_PART in trees:
        _package_rels(trees[RELS_PART])
    for name in output:
        if name in trees:
            output[name] = etree.tostring(
                trees[name], xml_declaration=True, encoding="UTF-8", standalone=True
            )
    output[RECORD_PART] = record
    return write_package(output)
