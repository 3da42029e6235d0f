"""DOCX tables read from their structure (``w:tbl``), for the table model of ingest.

A table is a list of rows (``w:tr``), each a list of cells (``w:tc``); rows and cells may be
wrapped in content controls (``w:sdt``). A cell's grid column is counted from the row's
``w:gridBefore`` and the ``w:gridSpan`` of the cells before it; a horizontally merged cell
(``w:gridSpan``, or the legacy ``w:hMerge``) covers several grid columns, a vertically merged
one (``w:vMerge`` restart, then continue) several rows. A cell's span in the flat text runs
from its first paragraph with text to its last, so a table nested in a cell (or in a text box
in a cell) lies inside the outer cell; its own ``depth`` says how deep it is nested. Tables in
headers, footers, footnotes and text boxes are read like those of the body, since every part
is. Header rows are the rows marked to repeat on each page (``w:tblHeader``) or, failing that,
guessed from their content (``pipeline.tables.guess_header_rows``).
"""

from __future__ import annotations

from lxml import etree

from pipeline.model import Table, TableCell
from pipeline.ooxml import W
from pipeline.table_headers import guess_header_rows

Spans = dict[etree._Element, tuple[int, int]]  # paragraph → its range in the flat text
_OFF = {"0", "false", "off"}


def _nearest(element: etree._Element, tag: str) -> etree._Element | None:
    return next(element.iterancestors(tag), None)


def _val(parent: etree._Element | None, tag: str) -> str | None:
    """``w:val`` of child ``tag`` of ``parent`` ('' when the child has no value, None when
    there is no such child)."""
    if parent is None:
        return None
    child = parent.find(tag)
    return None if child is None else child.get(W + "val", "")


def _int(value: str | None, default: int) -> int:
    try:
        return max(int(value), 1) if value else default
    except ValueError:
        return default


def _span(cell: etree._Element, spans: Spans) -> tuple[int, int] | None:
    ranges = [spans[p] for p in cell.iter(W + "p") if p in spans]
    if not ranges:
        return None
    return min(s for s, _ in ranges), max(e for _, e in ranges)


def read_tables(root: etree._Element, spans: Spans) -> list[Table]:
    """Every table of the part ``root`` (nested ones too), in document order."""
    tables = []
    for tbl in root.iter(W + "tbl"):
        table = _read(tbl, spans)
        if table is not None:
            tables.append(table)
    return tables


def _read(tbl: etree._Element, spans: Spans) -> Table | None:
    depth = sum(1 for _ in tbl.iterancestors(W + "tbl"))
    rows = [tr for tr in tbl.iter(W + "tr") if _nearest(tr, W + "tbl") is tbl]
    cells: list[TableCell] = []
    texts: list[list[str]] = []
    merged: list[bool] = []
    repeat = 0
    # The cell that a vertical merge continues, by grid column.
    above: dict[int, int] = {}
    position = None  # where an empty cell sits: after the last text seen
    for r, tr in enumerate(rows):
        props = tr.find(W + "trPr")
        if repeat == r and _val(props, W + "tblHeader") not in (None, *_OFF):
            repeat += 1
        column = _int(_val(props, W + "gridBefore"), 0)
        row_texts: list[str] = []
        row_merged = False
        for tc in (c for c in tr.iter(W + "tc") if _nearest(c, W + "tr") is tr):
            tcpr = tc.find(W + "tcPr")
            width = _int(_val(tcpr, W + "gridSpan"), 1)
            vmerge = _val(tcpr, W + "vMerge")
            hmerge = _val(tcpr, W + "hMerge")
            span = _span(tc, spans)
            if span is not None:
                position = span[1]
            start, end = span if span else (position or 0, position or 0)
            if hmerge not in (None, "restart") and cells and span is None:
                # A legacy horizontal merge: this grid column belongs to the cell before.
                last = cells[-1]
                cells[-1] = TableCell(last.row, last.column, last.start, last.end,
                                      last.row_span, last.column_span + width)
                column += width
                row_merged = True
                continue
            if vmerge not in (None, "restart") and column in above and span is None:
                index = above[column]
                cell = cells[index]
                cells[index] = TableCell(cell.row, cell.column, cell.start, cell.end,
                                         r - cell.row + 1, cell.column_span)
                merged[cell.row] = True
                column += width
                continue
            cells.append(TableCell(r, column, start, end, 1, width))
            if vmerge is not None or width > 1:
                row_merged = True
            for c in range(column, column + width):
                above[c] = len(cells) - 1
            if r < 8:  # the header guess looks at the first rows only
                row_texts.append("".join(tc.itertext()) if span else "")
            column += width
        texts.append(row_texts)
        merged.append(row_merged)
    if not cells:
        return None
    columns = max(c.column + c.column_span for c in cells)
    titles = [
        sum(1 for c in cells if c.row == r and c.end > c.start) == 1
        and any(c.row == r and c.column_span >= max(2, columns - 1) for c in cells)
        for r in range(min(len(rows), 4))
    ]
    header_rows = repeat or guess_header_rows(texts, merged, titles)
    return Table(cells=cells, rows=len(rows), columns=columns, header_rows=header_rows,
                 source="docx", depth=depth)
