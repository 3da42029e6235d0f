"""XLSX: read from the package's XML with lxml. openpyxl is not used here: it drops
threaded comments, shapes, custom XML and unreferenced strings, reads pivot and chart caches
only to carry them along and rounds 18-digit numbers through a float.

The flat text is the workbook's sheets in order, each a grid of one cell a line, row after row
(empty cells left out), as a DOCX table: the first row of labels types its columns for
detection. Every cell is read, hidden rows, columns and sheets too: shared and inline strings
(rich-text runs joined, so a value split over runs is one string), numbers as their exact
decimal digits (an ID typed as a number, ``1.10101199003071E+17``, reads
``110101199003071000``), booleans, errors, formulas' cached values. After the grids, one line
each: the formulas, sheet names, headers and footers, data validation lists and messages,
conditional formatting text, hyperlinks, auto-filter values, defined names, tables and their
columns, comments and notes (legacy and threaded) with their authors, drawings' shapes and
alt text, chart titles and caches, pivot caches and tables, external links (cached cells and
target paths), connections, document properties, custom XML, revision logs and any other XML
part's text. Redact drops most of the latter; reading them here lets detection see a value
there (and redact it wherever else it appears) and the record say what the file held.

``source.cells`` lists each grid cell with its row, column and span in the flat text; the
sheets' tables of the table model are built from it (``stages.ingest.grid_tables``).
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, field

from lxml import etree

from pipeline.config import Config
from pipeline.errors import InputError
from pipeline.model import Document, Locator
from pipeline.ooxml import A, AttributeText, parse, rel_target, rels_name
from pipeline.sheetml import XDR, CellString, CellText, CellValue, S, column_index, runs
from pipeline.zipread import error, read_package
from stages.ingest.grid_tables import grid_tables

C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
OFFICE_DOCUMENT = "officeDocument"


@dataclass(slots=True)
class Sheet:
    name: str
    part: str | None
    state: str  # visible | hidden | veryHidden
    element: etree._Element  # the workbook's <sheet>
    kind: str = "worksheet"  # worksheet | chartsheet | dialogsheet | macrosheet


@dataclass(slots=True)
class GridCell:
    """A cell of a sheet's grid and its span in the flat text."""

    sheet: int
    row: int
    column: int
    start: int
    end: int


@dataclass(slots=True)
class XlsxSource:
    entries: dict[str, bytes] = field(default_factory=dict)
    duplicates: list[str] = field(default_factory=list)
    parts: dict[str, etree._Element] = field(default_factory=dict)
    nodes: dict[str, list] = field(default_factory=dict)
    workbook: str = "xl/workbook.xml"
    sheets: list[Sheet] = field(default_factory=list)
    shared: list[etree._Element] = field(default_factory=list)
    cells: list[GridCell] = field(default_factory=list)


def _parse(source: XlsxSource, name: str) -> etree._Element | None:
    if name in source.parts:
        return source.parts[name]
    data = source.entries.get(name)
    if data is None:
        return None
    try:
        root = parse(data)
    except etree.XMLSyntaxError as exc:
        raise error("xlsx", "bad_xml", part=name, line=exc.lineno or 1) from None
    source.parts[name] = root
    return root


def rels_of(source: XlsxSource, part: str) -> dict[str, etree._Element]:
    """Relationship id → relationship of ``part``."""
    root = _parse(source, rels_name(part))
    return {} if root is None else {rel.get("Id", ""): rel for rel in root}


def _kind(rel: etree._Element) -> str:
    return rel.get("Type", "").rstrip("/").rsplit("/", 1)[-1]


def _open(document: Document, config: Config) -> XlsxSource:
    package = read_package(document.data, config, "xlsx")
    source = XlsxSource(entries=package.entries, duplicates=package.duplicates)
    root_rels = _parse(source, "_rels/.rels")
    if root_rels is not None:
        for rel in root_rels:
            if _kind(rel) == OFFICE_DOCUMENT and rel.get("TargetMode") != "External":
                source.workbook = rel_target("_rels/.rels", rel.get("Target", ""))
    workbook = _parse(source, source.workbook)
    if workbook is None:
        raise error("xlsx", "missing_part", part=source.workbook)
    rels = rels_of(source, source.workbook)
    for element in workbook.iter(S + "sheet"):
        rel = rels.get(element.get(R + "id", ""))
        part = None
        kind = "worksheet"
        if rel is not None and rel.get("TargetMode") != "External":
            part = rel_target(rels_name(source.workbook), rel.get("Target", ""))
            kind = _kind(rel)
        source.sheets.append(
            Sheet(element.get("name", ""), part, element.get("state", "visible"), element, kind)
        )
    strings = _strings_part(source, rels)
    if strings is not None:
        source.shared = list(strings.iter(S + "si"))
    return source


def _strings_part(source: XlsxSource, rels: dict[str, etree._Element]) -> etree._Element | None:
    for rel in rels.values():
        if _kind(rel) == "sharedStrings":
            return _parse(source, rel_target(rels_name(source.workbook), rel.get("Target", "")))
    return None


class _Reader:
    """Adds segments to the document and keeps each part's text nodes."""

    def __init__(self, document: Document, source: XlsxSource) -> None:
        self.document = document
        self.source = source

    def node(self, part: str, node, cell: str | None = None) -> int:  # type: ignore[no-untyped-def]
        nodes = self.source.nodes.setdefault(part, [])
        nodes.append(node)
        self.document.add_segment(node.text or "", Locator(part=part, node=len(nodes) - 1, cell=cell))
        return len(nodes) - 1

    def line(self, part: str, *nodes) -> None:  # type: ignore[no-untyped-def]
        """One line of the flat text from ``nodes`` (elements or attribute texts)."""
        added = False
        for node in nodes:
            if (node.text or "").strip():
                self.node(part, node)
                added = True
        if added:
            self.document.add_separator("\n")

    def attributes(self, part: str, root: etree._Element, wanted: dict[str, tuple[str, ...]]):  # type: ignore[no-untyped-def]
        for element in root.iter(*wanted):
            for name in wanted[element.tag]:
                if element.get(name, "").strip():
                    self.line(part, AttributeText(element, name))

    def texts(self, part: str, root: etree._Element, *tags: str) -> None:
        for element in root.iter(*tags):
            if isinstance(element.tag, str) and (element.text or "").strip():
                self.line(part, element)

    def paragraphs(self, part: str, root: etree._Element) -> None:
        """DrawingML text (shapes, chart titles): one line per ``a:p``."""
        for paragraph in root.iter(A + "p"):
            self.line(part, *paragraph.iter(A + "t"))

    def everything(self, part: str, root: etree._Element) -> None:
        """Every text node and attribute value of a part redact drops (custom XML, revision
        logs, connections...): read for detection and the record only."""
        for element in root.iter():
            if not isinstance(element.tag, str):
                continue
            for name, value in element.attrib.items():
                if value.strip() and not value.strip().replace(".", "").isdigit():
                    self.line(part, AttributeText(element, name))
            if (element.text or "").strip():
                self.line(part, element)


def _grid(reader: _Reader, index: int, sheet: Sheet, root: etree._Element) -> list:
    """The sheet's cells, one a line; returns the cells' formulas for the lines after."""
    document, source = reader.document, reader.source
    part = sheet.part or ""
    formulas = []
    for cell in root.iter(S + "c"):
        ref = cell.get("r", "")
        kind = cell.get("t", "n")
        start = document.length
        if kind == "s":
            value = cell.find(S + "v")
            try:
                holder = source.shared[int((value.text or "").strip())] if value is not None else None
            except (ValueError, IndexError):
                holder = None
            if holder is not None:
                string = CellString(cell, holder, shared=True)
                for i in range(len(runs(holder))):
                    reader.node(part, CellText(string, i), ref)
        elif kind == "inlineStr":
            holder = cell.find(S + "is")
            if holder is not None:
                string = CellString(cell, holder, shared=False)
                for i in range(len(runs(holder))):
                    reader.node(part, CellText(string, i), ref)
        elif cell.find(S + "v") is not None:
            reader.node(part, CellValue(cell), ref)
        end = document.length
        if end > start:
            position = column_index(ref) or (0, 0)
            source.cells.append(GridCell(index, position[0], position[1], start, end))
            document.add_separator("\n")
        formula = cell.find(S + "f")
        if formula is not None and (formula.text or "").strip():
            formulas.append(formula)
    document.add_separator("\n")
    return formulas


# Attributes that hold text in a worksheet (beyond its cells).
_SHEET_ATTRIBUTES = {
    S + "dataValidation": ("promptTitle", "prompt", "errorTitle", "error"),
    S + "cfRule": ("text",),
    S + "hyperlink": ("location", "display", "tooltip"),
    S + "filter": ("val",),
    S + "customFilter": ("val",),
    S + "protectedRange": ("name",),
    S + "scenario": ("name", "comment", "user"),
    S + "inputCells": ("val",),
    S + "customSheetView": ("guid",),
    S + "sheetPr": ("codeName",),
}
_SHEET_TEXTS = (
    S + "oddHeader",
    S + "oddFooter",
    S + "evenHeader",
    S + "evenFooter",
    S + "firstHeader",
    S + "firstFooter",
    S + "formula1",
    S + "formula2",
    S + "formula",
    "{http://schemas.microsoft.com/office/excel/2006/main}f",
    "{http://schemas.microsoft.com/office/excel/2006/main}sqref",
)


def _sheet_extras(reader: _Reader, sheet: Sheet, root: etree._Element, formulas: list) -> None:
    part = sheet.part or ""
    for formula in formulas:
        reader.line(part, formula)
    reader.texts(part, root, *_SHEET_TEXTS)
    reader.attributes(part, root, _SHEET_ATTRIBUTES)
    _external_targets(reader, part)


def _external_targets(reader: _Reader, part: str) -> None:
    """Link targets outside the package (hyperlinks, external workbooks' paths)."""
    name = rels_name(part)
    root = _parse(reader.source, name)
    if root is None:
        return
    for rel in root:
        if rel.get("TargetMode") == "External" and rel.get("Target", "").strip():
            reader.line(name, AttributeText(rel, "Target", encoded=True))


_WORKBOOK_ATTRIBUTES = {
    S + "definedName": ("name", "comment", "description", "help", "statusBar"),
    S + "fileSharing": ("userName",),
    S + "customWorkbookView": ("name",),
    S + "workbookPr": ("codeName",),
}
# Parts read element by element, with the attributes that hold their text.
_PART_ATTRIBUTES = {
    S + "table": ("name", "displayName"),
    S + "tableColumn": ("name", "totalsRowLabel", "dataCellStyle"),
    S + "cacheField": ("name", "caption", "formula"),
    S + "worksheetSource": ("sheet", "name", "ref"),
    S + "s": ("v", "c"),
    S + "n": ("c",),
    S + "d": ("v",),
    S + "e": ("v",),
    S + "pivotTableDefinition": ("name", "dataCaption", "grandTotalCaption", "rowHeaderCaption"),
    S + "pivotField": ("name",),
    S + "item": ("n",),
    S + "dataField": ("name",),
    S + "sheetName": ("val",),
    S + "person": ("displayName", "userId"),
    S + "connection": ("name", "description", "sourceFile", "odcFile"),
    S + "dbPr": ("connection", "command", "serverCommand"),
    S + "webPr": ("url", "post", "editPage"),
    S + "textPr": ("sourceFile",),
    S + "queryTable": ("name",),
    XDR + "cNvPr": ("name", "descr", "title"),
    A + "hlinkClick": ("tooltip",),
}


def _comments(reader: _Reader, part: str, root: etree._Element) -> None:
    for author in root.iter(S + "author"):
        reader.line(part, author)
    for comment in root.iter(S + "comment"):
        text = comment.find(S + "text")
        if text is not None:
            reader.line(part, *runs(text))


def _chart(reader: _Reader, part: str, root: etree._Element) -> None:
    reader.paragraphs(part, root)
    reader.texts(part, root, C + "v")
    reader.texts(part, root, C + "f")


def _other_parts(reader: _Reader) -> None:
    """Every XML part besides the workbook, sheets and shared strings, in name order."""
    source = reader.source
    done = {source.workbook, *(s.part for s in source.sheets if s.part)}
    done.add(_shared_name(source))
    for name in sorted(source.entries):
        if name in done or not name.endswith((".xml", ".vml")) or name.endswith(".rels"):
            continue
        if name == "[Content_Types].xml":
            continue
        root = _parse(source, name)
        if root is None:
            continue
        base = posixpath.basename(name)
        if base.startswith("comments"):
            _comments(reader, name, root)
        elif ("/charts/" in name or "/drawings/" in name) and not name.endswith(".vml"):
            reader.attributes(name, root, _PART_ATTRIBUTES)
            _chart(reader, name, root)
        elif name.endswith(".vml") or name.startswith(("xl/theme/", "xl/styles")):
            continue  # comment boxes and styles: no text of their own
        elif name.startswith(("xl/tables/", "xl/pivotTables/", "xl/pivotCache/", "xl/persons/")):
            reader.attributes(name, root, _PART_ATTRIBUTES)
            reader.texts(name, root, S + "calculatedColumnFormula", S + "v")
        elif name.startswith("xl/threadedComments/"):
            reader.texts(name, root, "{http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments}text")
        elif name.startswith("xl/externalLinks/"):
            reader.attributes(name, root, {**_PART_ATTRIBUTES, S + "definedName": ("name", "refersTo")})
            reader.texts(name, root, S + "v")
            _external_targets(reader, name)
        else:
            reader.everything(name, root)


def _shared_name(source: XlsxSource) -> str:
    for rel in rels_of(source, source.workbook).values():
        if _kind(rel) == "sharedStrings":
            return rel_target(rels_name(source.workbook), rel.get("Target", ""))
    return ""


def _unreferenced_strings(reader: _Reader, used: set[int]) -> None:
    """Shared strings no cell shows: stale values a reader of the XML still finds."""
    name = _shared_name(reader.source)
    for index, item in enumerate(reader.source.shared):
        if index not in used:
            reader.line(name, *runs(item))


def _used_strings(source: XlsxSource) -> set[int]:
    used: set[int] = set()
    for sheet in source.sheets:
        root = source.parts.get(sheet.part or "")
        if root is None:
            continue
        for cell in root.iter(S + "c"):
            if cell.get("t") == "s":
                value = cell.find(S + "v")
                if value is not None and (value.text or "").strip().isdigit():
                    used.add(int(value.text.strip()))
    return used


def _unreviewable(source: XlsxSource) -> list[str]:
    """What the copy leaves out because it cannot be reviewed here (counted, not named)."""
    reasons = []
    if source.duplicates:
        count = len(source.duplicates)
        reasons.append(f"{count} duplicate ZIP entry name(s); only the entries readers open kept")
    embedded = [
        n for n in source.entries if n.startswith(("xl/embeddings/", "xl/model/", "xl/activeX/"))
    ]
    if embedded:
        reasons.append(f"{len(embedded)} embedded object(s) not reviewed; left out of the copy")
    return reasons


def ingest(document: Document, config: Config) -> None:
    source = _open(document, config)
    document.source = source
    reader = _Reader(document, source)
    extras = []
    for index, sheet in enumerate(source.sheets):
        root = _parse(source, sheet.part) if sheet.part else None
        if root is None:
            continue
        formulas = _grid(reader, index, sheet, root) if sheet.kind != "chartsheet" else []
        extras.append((sheet, root, formulas))
    for sheet, root, formulas in extras:
        reader.line(source.workbook, AttributeText(sheet.element, "name"))
        _sheet_extras(reader, sheet, root, formulas)
    workbook = source.parts[source.workbook]
    reader.attributes(source.workbook, workbook, _WORKBOOK_ATTRIBUTES)
    reader.texts(source.workbook, workbook, S + "definedName")
    _unreferenced_strings(reader, _used_strings(source))
    _other_parts(reader)
    document.unverifiable.extend(_unreviewable(source))
    for name in sorted(source.entries):
        # A picture placed on a sheet (a scanned certificate, a screenshot of a list): its
        # pixels are not read, so the workbook is never called clean while it holds one.
        if name.startswith("xl/media/"):
            document.add_unverifiable("image", "an image on a sheet; its pixels are not read",
                                      part=name)
    if not any(s.part in source.parts for s in source.sheets):
        raise InputError("empty_file")
    document.tables = grid_tables(
        ((c.sheet, c.row, c.column, c.start, c.end) for c in source.cells), document.text, "xlsx"
    )
