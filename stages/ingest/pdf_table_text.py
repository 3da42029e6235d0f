"""PDF tables written to the flat text and recorded in the table model.

A table found on a page (``stages.ingest.pdf_tables``) is written cell by cell, row by row,
each cell followed by a line break like a DOCX cell. A cell's characters become one segment per
text line they came from (their boxes kept for redaction), the lines of a wrapped cell joined
without a break (a space only between two Latin letters), so a value wrapped in a narrow cell is
one string. A table whose columns are those of the last table of the page before goes on as
the same table (rows numbered on); its header rows are guessed once, from its first rows.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.model import Boxes, Document, Locator, Table, TableCell
from pipeline.table_headers import guess_header_rows
from stages.ingest.pdf_tables import Line, PageTable

_SAME_COLUMN = 3.0  # points
_SAME_GUTTER = 15.0


@dataclass(slots=True)
class TableReading:
    """The tables of one PDF as its pages are read."""

    last: tuple[Table, list[float], int] | None = None  # last table, its columns, its page
    page: int = 0

    def table_for(self, document: Document, found: PageTable, page: int) -> tuple[Table, int]:
        """The model table ``found`` belongs to, and the number of its rows before it."""
        first_here = self.page != page
        self.page = page
        if first_here and self.last is not None:
            table, xs, last_page = self.last
            # Ruling lines repeat exactly; gutters between aligned columns move with the
            # values on each page.
            tolerance = _SAME_COLUMN if found.source == "ruled" else _SAME_GUTTER
            if (
                last_page == page - 1
                and table.source == found.source
                and len(xs) == len(found.xs)
                and all(abs(a - b) <= tolerance for a, b in zip(xs[1:-1], found.xs[1:-1],
                                                                  strict=True))
            ):
                self.last = (table, found.xs, page)
                return table, table.rows
        table = Table(cells=[], rows=0, columns=found.columns, source=found.source)
        document.tables.append(table)
        self.last = (table, found.xs, page)
        return table, 0

    def finish(self) -> None:
        """The document is read: no table goes on."""
        self.last = None


def add_table(document: Document, number: int, lines: list[Line], found: PageTable,
              reading: TableReading | None) -> None:
    reading = reading or TableReading()
    table, offset = reading.table_for(document, found, number)
    rows: dict[int, list[str]] = {}
    for cell in sorted(found.cells, key=lambda c: (c.row, c.column)):
        start = document.length
        previous = ""
        written: list[str] = []
        for index, chars in _by_line(lines, cell.chars):
            text, boxes, _ = lines[index]
            while chars and text[chars[0]].isspace():
                chars = chars[1:]
            while chars and text[chars[-1]].isspace():
                chars = chars[:-1]
            if not chars:
                continue
            piece = "".join(text[c] for c in chars)
            if previous and _latin(previous[-1]) and _latin(piece[0]):
                document.add_separator(" ")
                written.append(" ")
            written.append(piece)
            document.add_segment(piece, Locator(page=number, boxes=Boxes([boxes[c] for c in chars])))
            previous = piece
        table.cells.append(TableCell(cell.row + offset, cell.column, start, document.length,
                                     cell.row_span, cell.column_span))
        if cell.row < 6:
            rows.setdefault(cell.row, []).append("".join(written))
        document.add_separator("\n")
    if offset == 0:
        texts = [rows.get(r, []) for r in range(min(found.rows, 6))]
        table.header_rows = guess_header_rows(texts, found.merged[:6])
    table.rows = offset + found.rows
    table.columns = max(table.columns, found.columns)


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _by_line(lines: list[Line], chars: list[tuple[int, int]]) -> list[tuple[int, list[int]]]:
    """A cell's characters grouped by the line they are on, lines top to bottom."""
    groups: dict[int, list[int]] = {}
    for index, ci in chars:
        groups.setdefault(index, []).append(ci)
    order = sorted(groups, key=lambda i: (round(lines[i][2][1], 1), lines[i][2][0]))
    return [(i, sorted(groups[i])) for i in order]
