"""OFD: each redacted span's characters are removed from their ``TextCode`` (the positions of
the characters that stay are kept: ``X``/``Y`` and ``DeltaX``/``DeltaY`` are recomputed, the
``CGTransform`` glyph ranges that touched a removed character dropped and the others moved)
and a filled black ``PathObject`` is drawn over the removed characters' box, next to the text
in its layer, template or composite unit. Text outside the page (annotation remarks,
``DocInfo``, outlines, link targets) has the span replaced by the placeholder.

Then the package is sanitized, whatever was found: hidden objects (``Visible="false"``)
dropped; attachments, custom tags, extensions, versions and ``OFDEntries.xml`` removed;
``DocInfo`` reduced to its identifier, dates and the producing application; annotation authors
removed; image metadata stripped; as a safety net every remaining text node and attribute value
of every part has each redacted value replaced (after NFKC folding).

Signatures: each signature lists the files it protects. If the copy changed any of them, the
signature no longer holds: every signature is removed (``Signatures.xml``, the signature and
seal files, the stamp annotations) and the record says so; the copy is unsigned.

The package is rebuilt from the parts its references reach (no orphan or duplicate entry) and
the sanitized record is attached as an OFD attachment (``baomi/review-record.json``).
"""

from __future__ import annotations

import io
import itertools
import zipfile
from collections import defaultdict
from collections.abc import Callable

from lxml import etree

from pipeline.leakscan import Masker
from pipeline.messages import message
from pipeline.model import Document
from pipeline.ofdxml import (
    CodeNode,
    advance,
    apply,
    child,
    children,
    code_positions,
    descendants,
    find_entry,
    format_number,
    local,
    namespace,
    numbers,
    object_matrix,
    resolve,
)
from stages.redact.opc import scrub_values, strip_image_metadata

RECORD_FOLDER = "baomi"
RECORD_FILE = "review-record.json"
INFO_KEPT = {"DocID", "CreationDate", "ModDate", "Creator", "CreatorVersion", "DocUsage"}
DROPPED_REFERENCES = {"CustomTags", "Attachments", "Extensions"}
BOX_NAME = "baomi-redaction"


def _edits(document: Document, cuts: list):  # type: ignore[no-untyped-def]
    """(TextCode removals, other text edits), by (part, node)."""
    removed: dict[tuple[str, int], set[int]] = defaultdict(set)
    replaced: dict[tuple[str, int], list[tuple[int, int, str]]] = defaultdict(list)
    source = document.source
    for cut in cuts:
        first = True
        for segment, lo, hi in document.segments_in(cut.start, cut.end):
            loc = segment.locator
            key = (loc.part, loc.node)
            start = lo - segment.start + segment.offset
            end = hi - segment.start + segment.offset
            node = source.nodes[loc.part][loc.node]
            if isinstance(node, CodeNode):
                removed[key].update(range(start, end))
            else:
                replaced[key].append((start, end, cut.replacement if first else ""))
                first = False
    return removed, replaced


def _apply_replacements(source, replaced) -> None:  # type: ignore[no-untyped-def]
    for (part, index), changes in replaced.items():
        node = source.nodes[part][index]
        text = node.text or ""
        for lo, hi, insert in sorted(set(changes), reverse=True):
            text = text[:lo] + insert + text[hi:]
        node.text = text


def _join(values: list[float]) -> str:
    return " ".join(format_number(v) for v in values)


def _redact_object(obj: etree._Element, removals: dict[int, set[int]], ns: str) -> list[etree._Element]:
    """Remove characters from the TextObject's codes (``removals``: code index → character
    indexes); the boxes to draw, as PathObjects in the object's parent space."""
    codes = children(obj, "TextCode")
    size = (numbers(obj.get("Size")) or [3.5])[0]
    positions = code_positions(codes, size)
    boxes: list[tuple[float, float, float, float]] = []
    global_removed: set[int] = set()
    base = 0
    for code_index, (code, places) in enumerate(zip(codes, positions, strict=True)):
        text = code.text or ""
        gone = removals.get(code_index, set())
        if gone:
            for run in _runs(sorted(gone)):
                boxes.append(_box(text, places, run, size))
            global_removed.update(base + i for i in gone)
            kept = [i for i in range(len(text)) if i not in gone]
            if not kept:
                obj.remove(code)
            else:
                code.text = "".join(text[i] for i in kept)
                code.set("X", format_number(places[kept[0]][0]))
                code.set("Y", format_number(places[kept[0]][1]))
                dx = [places[b][0] - places[a][0] for a, b in itertools.pairwise(kept)]
                dy = [places[b][1] - places[a][1] for a, b in itertools.pairwise(kept)]
                for attribute, values in (("DeltaX", dx), ("DeltaY", dy)):
                    if values and any(abs(v) > 1e-9 for v in values):
                        code.set(attribute, _join(values))
                    elif attribute in code.attrib:
                        del code.attrib[attribute]
        else:
            # Explicit positions: a later code must not inherit from a removed one.
            if places:
                code.set("X", format_number(places[0][0]))
                code.set("Y", format_number(places[0][1]))
        base += len(text)
    _shift_transforms(obj, global_removed)
    m = object_matrix(obj)
    paths = []
    for x0, y0, x1, y1 in boxes:
        corners = [apply(m, x, y) for x, y in ((x0, y0), (x1, y0), (x1, y1), (x0, y1))]
        xs = [c[0] for c in corners]
        ys = [c[1] for c in corners]
        paths.append(_path(ns, min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
    return paths


def _runs(indexes: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for index in indexes:
        if runs and index == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs


def _box(text: str, places, run: tuple[int, int], size: float) -> tuple[float, float, float, float]:  # type: ignore[no-untyped-def]
    first, last = run
    xs = [places[i][0] for i in range(first, last + 1)]
    ys = [places[i][1] for i in range(first, last + 1)]
    if last + 1 < len(places) and places[last + 1][0] > places[last][0]:
        end = places[last + 1][0]
    else:
        end = places[last][0] + advance(text[last], size)
    return min(xs), min(ys) - size * 0.9, max(max(xs), end), max(ys) + size * 0.25


def _shift_transforms(obj: etree._Element, removed: set[int]) -> None:
    if not removed:
        return
    for transform in children(obj, "CGTransform"):
        try:
            start = int(transform.get("CodePosition", "0"))
            count = int(transform.get("CodeCount", "1"))
        except ValueError:
            obj.remove(transform)
            continue
        if any(start <= i < start + count for i in removed):
            obj.remove(transform)
        else:
            transform.set("CodePosition", str(start - sum(1 for i in removed if i < start)))


def _path(ns: str, x: float, y: float, w: float, h: float) -> etree._Element:
    q = f"{{{ns}}}" if ns else ""
    path = etree.Element(
        q + "PathObject",
        ID="0",
        Name=BOX_NAME,
        Boundary=" ".join(format_number(v) for v in (x, y, w, h)),
        Fill="true",
        Stroke="false",
    )
    color = etree.SubElement(path, q + "FillColor")
    color.set("Value", "0 0 0")
    data = etree.SubElement(path, q + "AbbreviatedData")
    data.text = f"M 0 0 L {format_number(w)} 0 L {format_number(w)} {format_number(h)} L 0 {format_number(h)} C"
    return path


def _redact_codes(source, removed: dict[tuple[str, int], set[int]]) -> list[etree._Element]:  # type: ignore[no-untyped-def]
    by_object: dict[int, tuple[etree._Element, dict[int, set[int]]]] = {}
    for (part, index), characters in removed.items():
        code = source.nodes[part][index].code
        obj = code.getparent()
        if obj is None:
            continue
        codes = children(obj, "TextCode")
        entry = by_object.setdefault(id(obj), (obj, {}))
        entry[1].setdefault(codes.index(code), set()).update(characters)
    added = []
    for obj, removals in by_object.values():
        parent = obj.getparent()
        paths = _redact_object(obj, removals, namespace(obj))
        position = parent.index(obj) + 1 if parent is not None else 0
        if not children(obj, "TextCode") and parent is not None:
            parent.remove(obj)
            position -= 1
        for path in paths:
            if parent is not None:
                parent.insert(position, path)
                position += 1
                added.append(path)
    return added


def _drop_hidden(roots) -> int:  # type: ignore[no-untyped-def]
    count = 0
    for root in roots:
        for element in list(root.iter()):
            if local(element).endswith("Object") and element.get("Visible", "true").lower() == "false":
                parent = element.getparent()
                if parent is not None:
                    parent.remove(element)
                    count += 1
    return count


def _number_ids(source, paths: list[etree._Element]) -> None:  # type: ignore[no-untyped-def]
    """Fresh IDs for the boxes, above every ID in use, and MaxUnitID raised."""
    highest = 0
    for root in source.parts.values():
        for element in root.iter():
            value = element.get("ID") if isinstance(element.tag, str) else None
            if value and value.isdigit():
                highest = max(highest, int(value))
    for path in paths:
        highest += 1
        path.set("ID", str(highest))
    for body in source.bodies:
        common = child(source.parts[body.document], "CommonData")
        unit = child(common, "MaxUnitID") if common is not None else None
        if unit is not None:
            unit.text = str(highest)


def _reduce_info(root: etree._Element) -> None:
    for body in children(root, "DocBody"):
        info = child(body, "DocInfo")
        if info is None:
            continue
        for element in list(info):
            if local(element) not in INFO_KEPT:
                info.remove(element)


def _references(source, trees: dict[str, etree._Element]) -> set[str]:  # type: ignore[no-untyped-def]
    """Every entry the package's references reach from OFD.xml (the parts and their files)."""
    seen: set[str] = set()
    pending = ["OFD.xml"]
    while pending:
        name = pending.pop()
        if name in seen:
            continue
        seen.add(name)
        root = trees.get(name)
        if root is None:
            continue
        for target in _locations(name, root):
            found = find_entry(source.entries, target)
            if found is not None and found not in seen:
                pending.append(found)
    return seen


_LOCATION_TEXT = {
    "DocRoot", "Signatures", "PublicRes", "DocumentRes", "PageRes", "Annotations",
    "Attachments", "CustomTags", "Extensions", "FileLoc", "SchemaLoc", "SignedValue",
    "Cover", "ExtendData", "BaseLoc", "MediaFile", "FontFile", "Profile",
}  # fmt: skip
_LOCATION_ATTRIBUTE = {"Page", "TemplatePage", "Signature", "Version"}


def _locations(name: str, root: etree._Element) -> list[str]:
    out = []
    base = ""
    if local(root) == "Res" and root.get("BaseLoc"):
        base = root.get("BaseLoc", "")
    for element in root.iter():
        tag = local(element)
        if tag in _LOCATION_ATTRIBUTE and element.get("BaseLoc"):
            out.append(resolve(name, element.get("BaseLoc", "")))
        if tag in _LOCATION_TEXT and (element.text or "").strip():
            text = (element.text or "").strip()
            if tag in {"MediaFile", "FontFile"} and base and not text.startswith("/"):
                text = base.rstrip("/") + "/" + text
            out.append(resolve(name, text))
        if tag == "Reference" and element.get("FileRef"):
            continue  # what a signature protects is not part of it
    return out


def _serialize(trees: dict[str, etree._Element], name: str) -> bytes:
    return etree.tostring(trees[name], xml_declaration=True, encoding="UTF-8")


def _build(source, trees, kept: set[str]) -> dict[str, bytes]:  # type: ignore[no-untyped-def]
    output: dict[str, bytes] = {}
    for name in kept:
        if name in trees:
            output[name] = _serialize(trees, name)
        elif name in source.entries:
            output[name] = strip_image_metadata(source.entries[name])
    return output


def _signatures_hold(source, output: dict[str, bytes]) -> bool:  # type: ignore[no-untyped-def]
    for body in source.bodies:
        for signature in body.signatures:
            for reference in signature.references:
                if output.get(reference) != source.entries.get(reference):
                    return False
    return True


def _remove_signatures(source, trees: dict[str, etree._Element]) -> int:  # type: ignore[no-untyped-def]
    count = 0
    root = trees["OFD.xml"]
    for body in children(root, "DocBody"):
        for element in children(body, "Signatures"):
            body.remove(element)
    for body in source.bodies:
        count += len(body.signatures)
    for _name, tree in trees.items():
        for annot in descendants(tree, "Annot"):
            if annot.get("Type") == "Stamp":
                parent = annot.getparent()
                if parent is not None:
                    parent.remove(annot)
    return count


def _attach_record(trees: dict[str, etree._Element], document_part: str, record: bytes, output: dict[str, bytes]) -> None:
    root = trees[document_part]
    ns = namespace(root)
    q = f"{{{ns}}}" if ns else ""
    folder = document_part.rsplit("/", 1)[0] + "/" if "/" in document_part else ""
    listing_name = f"{folder}{RECORD_FOLDER}/Attachments.xml"
    listing = etree.Element(q + "Attachments", nsmap={"ofd": ns} if ns else None)
    attachment = etree.SubElement(
        listing, q + "Attachment", ID="1", Name="review-record", Format="json", Size=str(len(record))
    )
    location = etree.SubElement(attachment, q + "FileLoc")
    location.text = RECORD_FILE
    reference = etree.SubElement(root, q + "Attachments")
    reference.text = f"{RECORD_FOLDER}/Attachments.xml"
    output[listing_name] = etree.tostring(listing, xml_declaration=True, encoding="UTF-8")
    output[f"{folder}{RECORD_FOLDER}/{RECORD_FILE}"] = record


def redact(
    document: Document,
    cuts: list,
    record: Callable[[list[dict]], bytes],
    secrets: list[tuple[str, str]],
) -> bytes:
    source = document.source
    removed, replaced = _edits(document, cuts)
    _apply_replacements(source, replaced)
    paths = _redact_codes(source, removed)
    trees = {n: t for n, t in source.parts.items() if n not in source.unreadable}
    notes: list[dict] = []
    hidden = _drop_hidden(trees.values())
    if hidden:
        notes.append(_note("note_hidden_elements", count=hidden))
    _number_ids(source, paths)
    root = trees["OFD.xml"]
    _reduce_info(root)
    for body in children(root, "DocBody"):
        for element in children(body, "Versions"):
            body.remove(element)
    for body in source.bodies:
        doc = trees[body.document]
        for element in list(doc):
            if local(element) in DROPPED_REFERENCES:
                doc.remove(element)
    for tree in trees.values():
        for annot in descendants(tree, "Annot"):
            for attribute in ("Creator", "LastModDate"):
                annot.attrib.pop(attribute, None)
        for action in descendants(tree, "GotoA"):
            parent = action.getparent()
            if parent is not None:
                parent.remove(action)
    mask = Masker(secrets) if secrets else None
    for tree in trees.values():
        scrub_values(tree, mask)
    kept = _references(source, trees)
    output = _build(source, trees, kept)
    signatures = sum(len(b.signatures) for b in source.bodies)
    if signatures and not _signatures_hold(source, output):
        removed_count = _remove_signatures(source, trees)
        notes.append(_note("note_signatures_removed", count=removed_count))
        kept = _references(source, trees)
        output = _build(source, trees, kept)
    dropped = len([n for n in source.entries if n not in kept])
    if dropped:
        notes.append(_note("note_ofd_dropped", count=dropped))
    data = record(notes)
    _attach_record(trees, source.bodies[0].document, data, output)
    output[source.bodies[0].document] = _serialize(trees, source.bodies[0].document)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in ["OFD.xml", *sorted(n for n in output if n != "OFD.xml")]:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, output[name])
    return buffer.getvalue()


def _note(code: str, **params: object) -> dict:
    return {"code": code, **params, "text": message(code, "zh", **params)}
