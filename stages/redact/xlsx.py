"""XLSX: cuts are applied to the cells and text nodes they came from (a shared string is
copied into the cell first, so other cells showing it keep theirs; a redacted number or cached
value becomes a string and its formula goes). Then the workbook is sanitized at the part level,
whatever was found, with an allow-list of parts:

- hidden and very hidden sheets removed (with their defined names; formulas that read them keep
  their cached values), and the cells of hidden rows and columns emptied;
- formulas that read another workbook keep their values, the external links (cached cells and
  the target path) go;
- comments and notes (legacy and threaded), their authors and boxes, pivot tables with their
  caches and records, connections and query tables, slicers and timelines, revision logs,
  custom XML, custom properties, the thumbnail, printer settings, macros, embedded objects,
  ActiveX and form controls, the calculation chain and every part not on the list, dropped
  with the elements that point to them;
- chart caches dropped (charts are redrawn from their cells), chart workbooks removed;
- phonetic runs, stale and orphaned shared strings dropped (the table is rebuilt from the
  cells that remain), sheet views of named users, the shared-workbook user name, the VBA
  code names removed; core properties reduced to the dates, app properties to the application;
- image metadata stripped;
- as a safety net every remaining text node and attribute value has each redacted value
  replaced, matched after NFKC folding.

The package is rebuilt from the parts still reachable from ``_rels/.rels`` and the sanitized
record added as ``baomi/review-record.json``. What was removed is counted in the record.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from pipeline.errors import InputError
from pipeline.leakscan import Masker
from pipeline.messages import message
from pipeline.model import Document
from pipeline.ooxml import CT_NS, RELS_PART, R, rel_target, rels_name, rels_owner
from pipeline.sheetml import XDR, XML_SPACE, S, column_index
from stages.redact.edits import node_edits, spliced
from stages.redact.opc import (
    RECORD_PART,
    add_record_rel,
    prune_content_types,
    reachable,
    reduce_properties,
    referenced_ids,
    scrub_values,
    strip_image_metadata,
    write_package,
)

# Parts a copy may carry (everything else is dropped).
KEPT_PART = re.compile(
    r"^(\[Content_Types\]\.xml|_rels/\.rels|docProps/(core|app)\.xml"
    r"|xl/(workbook|styles|sharedStrings|metadata)\.xml|xl/_rels/workbook\.xml\.rels"
    r"|xl/theme/theme\d*\.xml|xl/(worksheets|chartsheets)/(_rels/)?sheet\d*\.xml(\.rels)?"
    r"|xl/drawings/(_rels/)?drawing\d*\.xml(\.rels)?"
    r"|xl/charts/(_rels/)?(chart|style|colors)\d*\.xml(\.rels)?"
    r"|xl/tables/table\d*\.xml|xl/media/[^/]+)$",
    re.IGNORECASE,
)
MAIN_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
# Worksheet children the copy never carries (comments' drawing, controls, embedded objects,
# scenarios with their input values, sheet-level custom properties, extensions).
SHEET_DROPPED = {
    S + name
    for name in (
        "legacyDrawing",
        "legacyDrawingHF",
        "oleObjects",
        "controls",
        "picture",
        "customProperties",
        "scenarios",
        "smartTags",
        "webPublishItems",
        "cellWatches",
        "extLst",
        "customSheetViews",
    )
}
WORKBOOK_DROPPED = {
    S + name
    for name in (
        "externalReferences",
        "pivotCaches",
        "extLst",
        "fileSharing",
        "customWorkbookViews",
        "webPublishing",
        "webPublishObjects",
        "functionGroups",
        "oleSize",
        "fileRecoveryPr",
    )
}
C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
CHART_DROPPED = {C + "strCache", C + "numCache", C + "multiLvlStrCache", C + "externalData", C + "userShapes"}
_EXTERNAL_REF = re.compile(r"\[\d+\]")
_TRUE = {"1", "true"}


def _apply_cuts(document: Document, cuts: list) -> None:
    source = document.source
    for (part, index), changes in node_edits(document, cuts).items():
        node = source.nodes[part][index]
        node.text = spliced(node.text or "", changes)
        if isinstance(node, etree._Element) and node.tag == S + "t":
            node.set(XML_SPACE, "preserve")


def _remove(element: etree._Element) -> None:
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def _drop_hidden_sheets(source, trees: dict[str, etree._Element]) -> tuple[set[str], list[str]]:  # type: ignore[no-untyped-def]
    """Remove hidden sheets from the workbook; their parts and names."""
    workbook = trees[source.workbook]
    hidden = [s for s in source.sheets if s.state in {"hidden", "veryHidden"}]
    hidden += [s for s in source.sheets if s.kind in {"dialogsheet", "macrosheet"}]
    if not hidden:
        return set(), []
    order = [s.element for s in source.sheets]
    removed_index = {order.index(s.element) for s in hidden}
    if len(removed_index) >= len(order):
        raise InputError("xlsx_no_visible_sheet")
    remap, kept = {}, 0
    for index in range(len(order)):
        if index not in removed_index:
            remap[index] = kept
            kept += 1
    for sheet in hidden:
        _remove(sheet.element)
    for name in list(workbook.iter(S + "definedName")):
        local = name.get("localSheetId")
        if local is not None and local.isdigit():
            if int(local) in removed_index:
                _remove(name)
            else:
                name.set("localSheetId", str(remap[int(local)]))
    for view in workbook.iter(S + "workbookView"):
        for attribute in ("activeTab", "firstSheet"):
            value = view.get(attribute)
            if value is not None and value.isdigit():
                index = int(value)
                while index in removed_index and index > 0:
                    index -= 1
                view.set(attribute, str(remap.get(index, 0)))
    parts = {s.part for s in hidden if s.part}
    return parts, [s.name for s in hidden]


def _refers_to(formula: str, sheets: list[str]) -> bool:
    if _EXTERNAL_REF.search(formula):
        return True
    for name in sheets:
        quoted = "'" + name.replace("'", "''") + "'!"
        if quoted in formula or f"{name}!" in formula:
            return True
    return False


def _drop_formulas(root: etree._Element, sheets: list[str]) -> None:
    """Formulas that read removed sheets or other workbooks: the cell keeps its value."""
    shared_gone: set[str] = set()
    for formula in list(root.iter(S + "f")):
        if _refers_to(formula.text or "", sheets):
            if formula.get("t") == "shared" and formula.get("si") is not None:
                shared_gone.add(formula.get("si", ""))
            _remove(formula)
    if shared_gone:
        for formula in list(root.iter(S + "f")):
            if formula.get("t") == "shared" and formula.get("si") in shared_gone:
                _remove(formula)


def _hidden_columns(root: etree._Element) -> list[tuple[int, int]]:
    spans = []
    for col in root.iter(S + "col"):
        if col.get("hidden", "").lower() in _TRUE:
            try:
                spans.append((int(col.get("min", "0")), int(col.get("max", "0"))))
            except ValueError:
                continue
    return spans


def _empty_hidden_cells(root: etree._Element) -> int:
    """Empty the cells of hidden rows and columns (the rows and columns stay, hidden, so
    references keep pointing where they did)."""
    columns = _hidden_columns(root)
    count = 0
    for row in root.iter(S + "row"):
        hidden_row = row.get("hidden", "").lower() in _TRUE
        for cell in list(row.iter(S + "c")):
            position = column_index(cell.get("r", ""))
            in_column = position is not None and any(a <= position[1] <= b for a, b in columns)
            if hidden_row or in_column:
                if any(child.tag in (S + "v", S + "is", S + "f") for child in cell):
                    count += 1
                _remove(cell)
    return count


def _clean_sheet(root: etree._Element) -> None:
    for element in list(root.iter(*SHEET_DROPPED)):
        _remove(element)
    for pr in root.iter(S + "sheetPr"):
        pr.attrib.pop("codeName", None)
    for rph in list(root.iter(S + "rPh", S + "phoneticPr")):
        _remove(rph)


def _clean_workbook(root: etree._Element) -> None:
    for element in list(root.iter(*WORKBOOK_DROPPED)):
        _remove(element)
    for pr in root.iter(S + "workbookPr"):
        pr.attrib.pop("codeName", None)
    for name in list(root.iter(S + "definedName")):
        if _EXTERNAL_REF.search(name.text or ""):
            _remove(name)


def _rebuild_strings(strings: etree._Element | None, sheets: list[etree._Element]) -> None:
    """Keep the shared strings the remaining cells show, renumbered; drop phonetic runs."""
    if strings is None:
        return
    items = list(strings.iter(S + "si"))
    mapping: dict[int, int] = {}
    cells = []
    for root in sheets:
        for cell in root.iter(S + "c"):
            if cell.get("t") != "s":
                continue
            value = cell.find(S + "v")
            text = (value.text or "").strip() if value is not None else ""
            if not text.isdigit() or int(text) >= len(items):
                _remove(cell)
                continue
            mapping.setdefault(int(text), len(mapping))
            cells.append((value, int(text)))
    for value, old in cells:
        value.text = str(mapping[old])
    kept = sorted(mapping, key=mapping.get)  # type: ignore[arg-type]
    for item in items:
        strings.remove(item)
    for old in kept:
        item = items[old]
        for rph in list(item.iter(S + "rPh", S + "phoneticPr")):
            _remove(rph)
        strings.append(item)
    strings.set("count", str(len(cells)))
    strings.set("uniqueCount", str(len(kept)))


def _clean_drawing(root: etree._Element, rel_ids: set[str]) -> None:
    """Anchors whose picture, chart or object points to a removed part go."""
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        refs = [v for k, v in element.attrib.items() if k.startswith(R)]
        if refs and any(ref not in rel_ids for ref in refs):
            anchor = next(
                element.iterancestors(XDR + "twoCellAnchor", XDR + "oneCellAnchor", XDR + "absoluteAnchor"),
                None,
            )
            _remove(anchor if anchor is not None else element)


def _prune_rels(name: str, root: etree._Element, kept: set[str]) -> None:
    for rel in list(root):
        if rel.get("TargetMode") == "External":
            # Hyperlinks stay (their targets were reviewed); links to other workbooks, OLE
            # sources and the like go with the parts that used them.
            if not rel.get("Type", "").endswith("/hyperlink"):
                root.remove(rel)
            continue
        if rel_target(name, rel.get("Target", "")) not in kept:
            root.remove(rel)


def _unused_hyperlink_rels(name: str, root: etree._Element, owner: etree._Element | None) -> None:
    used = referenced_ids(owner)
    for rel in list(root):
        if rel.get("Type", "").endswith("/hyperlink") and rel.get("Id") not in used:
            root.remove(rel)


def _dangling_references(root: etree._Element, rel_ids: set[str]) -> None:
    """Worksheet elements that point to a removed relationship (a drawing, a table)."""
    # Only the sheet's own elements outside its cells can point to another part.
    candidates = [
        element
        for child in root
        if child.tag != S + "sheetData"
        for element in child.iter()
        if isinstance(element.tag, str)
    ]
    for element in candidates:
        refs = [v for k, v in element.attrib.items() if k.startswith(R)]
        if refs and any(ref not in rel_ids for ref in refs):
            if element.tag == S + "hyperlink":
                del element.attrib[R + "id"]
            else:
                _remove(element)
    for parts in list(root.iter(S + "tableParts")):
        if not len(parts):
            _remove(parts)
        else:
            parts.set("count", str(len(parts)))


def _parse_all(source) -> dict[str, etree._Element]:  # type: ignore[no-untyped-def]
    from pipeline.ooxml import parse

    trees: dict[str, etree._Element] = {}
    for name, data in source.entries.items():
        if not KEPT_PART.match(name) or not name.lower().endswith((".xml", ".rels")):
            continue
        root = source.parts.get(name)
        if root is None:
            try:
                root = parse(data)
            except etree.XMLSyntaxError:
                continue  # an unparseable side part cannot be checked: leave it out
        trees[name] = root
    return trees


def redact(
    document: Document,
    cuts: list,
    record: Callable[[list[dict]], bytes],
    secrets: list[tuple[str, str]],
) -> bytes:
    source = document.source
    _apply_cuts(document, cuts)
    trees = _parse_all(source)
    if source.workbook not in trees:
        raise InputError("package_corrupt", format="XLSX", reason=f"{source.workbook} missing")
    notes: list[dict] = []
    hidden_parts, hidden_names = _drop_hidden_sheets(source, trees)
    for name in hidden_parts:
        trees.pop(name, None)
        trees.pop(rels_name(name), None)
    if hidden_names:
        notes.append(_note("note_hidden_sheets", count=len(hidden_names)))
    workbook = trees[source.workbook]
    _clean_workbook(workbook)
    for name in list(workbook.iter(S + "definedName")):
        if _refers_to(name.text or "", hidden_names):
            _remove(name)
    sheets = [trees[s.part] for s in source.sheets if s.part in trees and s.part not in hidden_parts]
    emptied = 0
    for root in sheets:
        _drop_formulas(root, hidden_names)
        emptied += _empty_hidden_cells(root)
        _clean_sheet(root)
    if emptied:
        notes.append(_note("note_hidden_cells", count=emptied))
    strings_name = next((n for n in trees if n.lower() == "xl/sharedstrings.xml"), None)
    _rebuild_strings(trees.get(strings_name) if strings_name else None, sheets)
    for name, root in trees.items():
        if name.startswith("xl/charts/chart"):
            for element in list(root.iter(*CHART_DROPPED)):
                _remove(element)
        if name in {"docProps/core.xml", "docProps/app.xml"}:
            reduce_properties(name, root)

    output: dict[str, bytes] = {}
    for name, data in source.entries.items():
        if name in hidden_parts or name == RECORD_PART or not KEPT_PART.match(name):
            continue
        if name in trees:
            output[name] = b""
        elif not name.lower().endswith((".xml", ".rels")):
            output[name] = strip_image_metadata(data)
    # Relationships to parts no longer in the copy go, then whatever is no longer reachable.
    for name, root in trees.items():
        if name.endswith(".rels"):
            _prune_rels(name, root, set(output))
    kept = reachable(output, trees) | {"[Content_Types].xml"}
    dropped_count = sum(
        1 for n in source.entries if n not in kept and n not in hidden_parts and not n.endswith(".rels")
    )
    output = {name: data for name, data in output.items() if name in kept}
    for name, root in trees.items():
        if name.endswith(".rels") and name != RELS_PART:
            _prune_rels(name, root, set(output))
            owner = trees.get(rels_owner(name))
            if owner is not None:
                _unused_hyperlink_rels(name, root, owner)
    for name, root in trees.items():
        if name.endswith(".rels") or name not in output:
            continue
        rels = trees.get(rels_name(name))
        ids = {rel.get("Id", "") for rel in rels} if rels is not None else set()
        if name.startswith("xl/drawings/"):
            _clean_drawing(root, ids)
        elif name.startswith(("xl/worksheets/", "xl/chartsheets/")):
            _dangling_references(root, ids)
    mask = Masker(secrets) if secrets else None
    for name, root in trees.items():
        if name in output:
            scrub_values(root, mask)
    if "[Content_Types].xml" in trees:
        types = trees["[Content_Types].xml"]
        prune_content_types(types, set(output))
        for override in types.iter(f"{{{CT_NS}}}Override"):
            if override.get("PartName", "").lstrip("/") == source.workbook:
                override.set("ContentType", MAIN_TYPE)
    if RELS_PART in trees:
        add_record_rel(trees[RELS_PART])
    if dropped_count:
        notes.append(_note("note_dropped_parts", count=dropped_count))
    for name in output:
        if name in trees:
            output[name] = etree.tostring(
                trees[name], xml_declaration=True, encoding="UTF-8", standalone=True
            )
    output[RECORD_PART] = record(notes)
    return write_package(output)


def _note(code: str, **params: object) -> dict:
    return {"code": code, **params, "text": message(code, "zh", **params)}
