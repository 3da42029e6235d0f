"""Spreadsheet grids (XLSX sheets, CSV files) as tables of the table model.

A sheet's flat text is its cells, one a line, row after row (the XLSX and CSV readers), and
each reader lists the cells it wrote with their row, column and range in the flat text. A
sheet may hold several tables one under another: a run of empty rows ends one. A title typed
into the first row (one text across a wider table) is a title row; header rows are guessed
from the content (``pipeline.tables.guess_header_rows``).
"""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.model import Table, TableCell
from pipeline.table_headers import guess_header_rows

GridCell = tuple[int, int, int, int, int]  # (sheet, row, column, start, end)


def grid_tables(cells: Iterable[GridCell], text: str, source: str) -> list[Table]:
    """The tables of the grids whose cells are ``cells`` (in reading order), ``text`` being
    the flat text they are spans of."""
    tables: list[Table] = []
    block: list[GridCell] = []
    for cell in cells:
        if block and (cell[0] != block[-1][0] or cell[1] > block[-1][1] + 1):
            _close(block, text, source, tables)
            block = []
        block.append(cell)
    _close(block, text, source, tables)
    return tables


def _close(block: list[GridCell], text: str, source: str, tables: list[Table]) -> None:
    if not block:
        return
    first_row = block[0][1]
    first_column = min(c[2] for c in block)
    cells = [TableCell(row - first_row, column - first_column, start, end)
             for _, row, column, start, end in block]
    rows = max(c.row for c in cells) + 1
    columns = max(c.column for c in cells) + 1
    if rows < 2 or columns < 2:
        return
    texts: list[list[str]] = [[] for _ in range(min(rows, 8))]
    filled: list[set[int]] = [set() for _ in texts]
    for cell in cells:
        if cell.row < len(texts):
            texts[cell.row].append(text[cell.start : cell.end])
            filled[cell.row].add(cell.column)
    titles = [len(row) == 1 and columns >= 3 for row in texts]
    # A grid keeps no merged cells, but a header row with empty cells between its labels
    # (基本情况, , , 发放信息) had them: the row under it is a header row too.
    merged = [bool(f) and len(f) < max(f) - min(f) + 1 for f in filled]
    tables.append(Table(cells=cells, rows=rows, columns=columns, source=source,
                        header_rows=guess_header_rows(texts, merged, titles)))
