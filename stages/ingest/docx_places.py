"""Where a DOCX paragraph is, counted the way Word counts, so that a reviewer finds it: the
section (a paragraph whose properties hold a ``w:sectPr`` ends its section; the body's last
``w:sectPr`` ends the last one) and the paragraph within it — every paragraph mark, empty ones
too, the paragraphs of tables not counted; or, in a table, the table (the body's tables in
order, as Word's ``Tables(n)``; a nested table is found through its outer table), the row
(every ``w:tr``) and the column (the cell's index in its row, as Word's ``Cell(row,
column)``), and the paragraph within the cell when it has several. A paragraph inside a text
box is placed at the paragraph that anchors the box. Paragraphs of other parts (headers,
footers, footnotes, endnotes, comments) are numbered within their part.

A place is a tuple of (name, number) pairs, hashable, for ``Locator.place``.
"""

from __future__ import annotations

from lxml import etree

from pipeline.ooxml import W

Place = tuple[tuple[str, int], ...]

_CONTAINERS = {W + "sdt", W + "sdtContent", W + "customXml", W + "smartTag", W + "ins", W + "moveTo"}


def _blocks(parent: etree._Element):  # type: ignore[no-untyped-def]
    """The paragraphs and tables directly in ``parent``, through content controls and
    custom XML, in order."""
    for child in parent:
        if child.tag in (W + "p", W + "tbl"):
            yield child
        elif child.tag in _CONTAINERS:
            yield from _blocks(child)


def _ends_section(paragraph: etree._Element) -> bool:
    properties = paragraph.find(W + "pPr")
    return properties is not None and properties.find(W + "sectPr") is not None


def _table_places(table: etree._Element, number: int, section: int, places: dict) -> None:
    for row_number, row in enumerate(table.iterchildren(W + "tr"), start=1):
        cells = [c for c in row.iter(W + "tc") if next(c.iterancestors(W + "tr")) is row]
        for column, cell in enumerate(cells, start=1):
            paragraphs = [p for p in cell.iter(W + "p")]
            for index, paragraph in enumerate(paragraphs, start=1):
                place: list[tuple[str, int]] = [
                    ("section", section),
                    ("table", number),
                    ("row", row_number),
                    ("column", column),
                ]
                if len(paragraphs) > 1:
                    place.append(("paragraph", index))
                places.setdefault(paragraph, tuple(place))


def body_places(root: etree._Element) -> dict[etree._Element, Place]:
    """Every paragraph of ``word/document.xml`` (text boxes' too) with its place."""
    places: dict[etree._Element, Place] = {}
    body = root.find(W + "body")
    if body is None:
        return places
    section, paragraph_number, tables = 1, 0, 0
    for block in _blocks(body):
        if block.tag == W + "tbl":
            tables += 1
            _table_places(block, tables, section, places)
            continue
        paragraph_number += 1
        places[block] = (("section", section), ("paragraph", paragraph_number))
        if _ends_section(block):
            section, paragraph_number = section + 1, 0
    _anchor_nested(root, places)
    return places


def part_places(root: etree._Element) -> dict[etree._Element, Place]:
    """Paragraphs of a header, footer, footnotes, endnotes or comments part, numbered."""
    places: dict[etree._Element, Place] = {}
    number = 0
    for paragraph in root.iter(W + "p"):
        if next(paragraph.iterancestors(W + "p"), None) is not None:
            continue  # a text box's paragraph: placed at its anchor below
        number += 1
        places[paragraph] = (("paragraph", number),)
    _anchor_nested(root, places)
    return places


def _anchor_nested(root: etree._Element, places: dict[etree._Element, Place]) -> None:
    for paragraph in root.iter(W + "p"):
        if paragraph in places:
            continue
        for outer in paragraph.iterancestors(W + "p"):
            if outer in places:
                places[paragraph] = (*places[outer], ("textbox", 1))
                break


def places_of(part: str, root: etree._Element) -> dict[etree._Element, Place]:
    if part == "word/document.xml":
        return body_places(root)
    return part_places(root)
