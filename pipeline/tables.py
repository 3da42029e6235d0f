"""The tables of a document, as detection sees them: which cell holds an offset of the flat
text, the header above each column, and every cell of every table to walk.

Ingest records the tables it reads in ``Document.tables`` (``pipeline.model.Table``). Presidio
hands a recognizer nothing but the text, so the detect stage makes the document's tables the
*current* ones while the analyzer runs (``detecting``, a context variable: each thread and
task sees its own) and a recognizer asks ``index_for(text)`` for them. A recognizer called on
some other text (a test, a plug-in, a reviewer's snippet) gets the tables that text's own
layout shows (``pipeline.text_tables``: tab- and space-aligned rows), so it behaves the same
on a TXT file and on the string read from it.

Looking up a cell is a binary search; building the index is linear in the number of cells, so
every cell of every table can be looked at, whatever the size of the table.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from pipeline.docmeta import extract_meta
from pipeline.model import DocumentMeta, Table, TableCell
from pipeline.table_headers import guess_header_rows, label_like, squeeze
from pipeline.text_tables import find_tables

__all__ = ["CellView", "TableIndex", "detecting", "guess_header_rows", "index_for", "label_like",
           "meta_outside", "squeeze", "title_outside"]

@dataclass(frozen=True, slots=True)
class CellView:
    """A cell with what a recognizer needs to know about it."""

    table: Table
    number: int  # index of the table in the document
    cell: TableCell
    header: str  # the column's label (header rows joined, whitespace removed); '' if none
    headers: tuple[str, ...]  # the labels of every column of its table

    @property
    def start(self) -> int:
        return self.cell.start

    @property
    def end(self) -> int:
        return self.cell.end


class TableIndex:
    """The cells of a document's tables, found by offset (the innermost cell when tables are
    nested) and walked table by table."""

    __slots__ = ("_by_depth", "_headers", "_rows", "_spans", "continued", "memo", "tables", "text")

    def __init__(self, tables: Sequence[Table], text: str) -> None:
        self.text = text
        self.tables = list(tables)
        own = [tuple(_column_labels(table, text)) for table in self.tables]
        self._headers = _continued_labels(self.tables, own)
        # Tables whose labels are those of the table they continue (``_continued_labels``).
        self.continued = frozenset(n for n, labels in enumerate(own) if labels != self._headers[n])
        self._spans: dict[tuple[int, int, int], str] = {}
        self._rows: dict[int, dict[int, list[TableCell]]] = {}
        # What recognizers work out once per table (what its labels mean), by their own keys.
        self.memo: dict[object, object] = {}
        # Cells of one nesting depth do not overlap: a sorted list of starts per depth.
        by_depth: dict[int, list[tuple[int, int, int]]] = {}
        for number, table in enumerate(self.tables):
            for i, cell in enumerate(table.cells):
                if cell.end > cell.start:
                    by_depth.setdefault(table.depth, []).append((cell.start, number, i))
        self._by_depth = [
            (sorted(entries), [start for start, _, _ in sorted(entries)])
            for _, entries in sorted(by_depth.items(), reverse=True)
        ]

    def __bool__(self) -> bool:
        return bool(self.tables)

    def cell_at(self, pos: int) -> CellView | None:
        """The cell whose text holds offset ``pos``, if any."""
        for entries, starts in self._by_depth:
            i = bisect_right(starts, pos) - 1
            if i < 0:
                continue
            _, number, index = entries[i]
            cell = self.tables[number].cells[index]
            if cell.start <= pos < cell.end:
                return self.view(number, cell)
        return None

    def view(self, number: int, cell: TableCell) -> CellView:
        key = (number, cell.column, cell.column_span)
        header = self._spans.get(key)
        headers = self._headers[number]
        if header is None:
            columns = range(cell.column, min(cell.column + cell.column_span, len(headers)))
            header = "".join(dict.fromkeys(headers[c] for c in columns if headers[c]))
            self._spans[key] = header
        return CellView(self.tables[number], number, cell, header, headers)

    def body_cells(self) -> Iterator[CellView]:
        """Every non-empty cell below the header rows of every table."""
        for number, table in enumerate(self.tables):
            for cell in table.cells:
                if cell.row >= table.header_rows and cell.end > cell.start:
                    yield self.view(number, cell)

    def row_of(self, view: CellView) -> list[TableCell]:
        """The cells of the row holding ``view``'s cell, left to right."""
        rows = self._rows.get(view.number)
        if rows is None:
            rows = self._rows[view.number] = {}
            for cell in view.table.cells:
                for row in range(cell.row, cell.row + cell.row_span):
                    rows.setdefault(row, []).append(cell)
        return sorted(rows.get(view.cell.row, []), key=lambda c: c.column)


def _continued_labels(tables: Sequence[Table], labels: list[tuple[str, ...]]
                      ) -> list[tuple[str, ...]]:
    """A table without a header that follows one of the same shape (as many columns, the same
    nesting) continues it: a list split across pages, or by a page break in a word processor,
    whose later page does not repeat the header. It takes the labels of the table it continues,
    so its columns are typed like the first page's (a 残疾证号码 column on page 2 is still one)."""
    out = list(labels)
    for number in range(1, len(tables)):
        table, before = tables[number], tables[number - 1]
        if (tables[number].header_rows == 0 and not any(out[number])
                and table.columns == before.columns and table.depth == before.depth
                and any(out[number - 1])):
            out[number] = out[number - 1]
    return out


def _column_labels(table: Table, text: str) -> list[str]:
    """Each grid column's label: the texts of the header cells over it, top to bottom (a
    title row, one text across the table, is no column's label)."""
    labels = [""] * table.columns
    filled: dict[int, int] = {}
    for cell in table.cells:
        if cell.row < table.header_rows and cell.end > cell.start:
            filled[cell.row] = filled.get(cell.row, 0) + 1
    for cell in table.cells:
        if cell.row >= table.header_rows or (table.columns > 1 and filled.get(cell.row) == 1):
            continue
        label = squeeze(text[cell.start : cell.end])
        for column in range(cell.column, min(cell.column + cell.column_span, table.columns)):
            if label and not labels[column].endswith(label):
                labels[column] += label
    return labels


_CURRENT: ContextVar[TableIndex | None] = ContextVar("baomi_tables", default=None)


@contextmanager
def detecting(tables: Sequence[Table], text: str) -> Iterator[TableIndex]:
    """Make ``tables`` the tables of ``text`` for the recognizers run inside the block."""
    index = TableIndex(tables, text)
    token = _CURRENT.set(index)
    try:
        yield index
    finally:
        _CURRENT.reset(token)


def index_for(text: str) -> TableIndex:
    """The tables of ``text``: the document's, during its detection; otherwise those the
    text's own layout shows."""
    current = _CURRENT.get()
    if current is not None and (current.text is text or current.text == text):
        return current
    return _layout_index(text)


@functools.lru_cache(maxsize=8)
def _layout_index(text: str) -> TableIndex:
    return TableIndex(find_tables(text), text)


def title_outside(index: TableIndex) -> str:
    """The document's title: its first line outside the tables, with the next one when the
    title runs on (a PDF line ending at …最低生活保 and going on with 障对象的公示), once per
    document."""
    key = "title_outside_tables"
    if key not in index.memo:
        lines = [line.strip() for line in _blanked(index).splitlines() if line.strip()]
        # The title as GB/T 9704 reads it (关于…的公示), else the first line that is no page
        # number (- 1 -).
        found = meta_outside(index).title
        at = next((i for i, line in enumerate(lines) if found and line == found), None)
        if at is None:
            at = next((i for i, line in enumerate(lines) if not re.fullmatch(r"[-—\s\d第页/]*", line)),
                      None)
        title = lines[at] if at is not None else ""
        following = lines[at + 1] if at is not None and at + 1 < len(lines) else ""
        if (following and not re.search(r"(?:公示|公告|通告|名单|通知|公布|报告)$", title)
                and len(following) <= 30 and not re.search(r"[，,。；：:]", following)):
            title += following
        index.memo[key] = title
    return index.memo[key]  # type: ignore[return-value]


def _blanked(index: TableIndex) -> str:
    """The text with every table cell blanked out (same offsets)."""
    key = "blanked_tables"
    if key not in index.memo:
        blanked = list(index.text)
        for table in index.tables:
            for cell in table.cells:
                blanked[cell.start : cell.end] = " " * (cell.end - cell.start)
        index.memo[key] = "".join(blanked)
    return index.memo[key]  # type: ignore[return-value]


def meta_outside(index: TableIndex) -> DocumentMeta:
    """The document's title, 成文日期 and issuers read from its text outside the tables (a cell
    holding a date of birth is no signature's date, a cell 城市低保 no title), once per
    document."""
    key = "meta_outside_tables"
    if key not in index.memo:
        index.memo[key] = extract_meta(_blanked(index))
    return index.memo[key]  # type: ignore[return-value]
