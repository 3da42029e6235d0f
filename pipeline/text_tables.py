"""Tables in plain text, recognised by their layout.

Offices paste tables from a spreadsheet into plain text in three shapes:

- **tab-separated** rows (what a spreadsheet puts on the clipboard): each tab ends a cell, two
  tabs in a row leave an empty cell;
- **aligned** rows: cells padded with spaces to a column (two or more spaces, or full-width
  spaces, between cells), as a fixed-width editor or a report shows them. A row with an empty
  cell has fewer gaps, and a value may hold a double space of its own (a card number written
  in groups), so cells are placed by their position under the columns: the columns are where
  the complete rows put them, counted in display columns (a CJK character is two wide) or in
  characters, whichever keeps the columns apart;
- rows whose cells are **single spaces** apart (text copied out of a PDF): only under a header
  row of labels, and only while a row has as many cells as the header (digit groups of one
  number are joined back first).

Two or more such lines in a row make a table; a line of ``label：value`` pairs set apart by
spaces is running text, not a row. Its header rows are guessed from their content
(``pipeline.tables.guess_header_rows``). The work is linear in the length of the text.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable

from pipeline.model import Table, TableCell
from pipeline.table_headers import guess_header_rows, label_like

Field = tuple[int, int]  # offsets of a cell's text (whitespace trimmed) in the whole text
_BLANK = " \t\u3000\u00a0"
_RUN = re.compile(f"[{_BLANK}]+")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_LABEL = re.compile(r"[\u4e00-\u9fff()（）/、]+")
_GROUP = re.compile(r"\d{3,8}[Xx]?")


def find_tables(text: str) -> list[Table]:
    """Every table the layout of ``text`` shows, in order."""
    lines = []
    pos = 0
    for raw in text.split("\n"):
        body = raw.rstrip("\r")
        lines.append((pos, body))
        pos += len(raw) + 1
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        # The reading that holds the longer table wins: the one placed under the header's
        # labels (cells one space apart, the first choice when both hold as many lines) or one
        # of the readers of tabs and wider gaps.
        placed = _placed_under_header(text, lines, i)
        table, following = _gap_or_tab_table(text, lines, i)
        if placed is not None and (table is None or placed[1] >= following):
            table, following = placed
        if table is not None:
            tables.append(table)
        i = following
    return tables


def _gap_or_tab_table(text: str, lines: list[tuple[int, str]], i: int
                      ) -> tuple[Table | None, int]:
    """The table of tab-separated, gap-aligned or single-space rows starting at line ``i``
    (None if there is none) and the line to read on from."""
    start, body = lines[i]
    if "\t" in body.strip(_BLANK):
        j = i
        block = []
        # A row with only its first cell filled (本页小计 and its empty cells) is still a row:
        # ending the table there left the rows after it without their header.
        while j < len(lines) and ("\t" in lines[j][1].strip(_BLANK) or (
                "\t" in lines[j][1] and lines[j][1].strip(_BLANK) and j > i)):
            block.append(_tab_fields(*lines[j]))
            j += 1
        return (_table(text, block, "tabs") if len(block) >= 2 else None), j
    fields = _gap_fields(start, body)
    if len(fields) >= 2 and not _pairs(text, fields):
        j = i
        gap_block = []
        while j < len(lines):
            row = _gap_fields(*lines[j])
            if len(row) < 2 or "\t" in lines[j][1].strip(_BLANK) or _pairs(text, row):
                break
            gap_block.append((lines[j], row))
            j += 1
        if len(gap_block) >= 2:
            table = _aligned(text, gap_block)
            if table is not None:
                return table, j
        return None, max(j, i + 1)
    header = _single_space_header(text, start, body)
    if header:
        rows = [header]
        j = i + 1
        while j < len(lines):
            row = _single_space_row(text, *lines[j], len(header))
            if row is None:
                break
            rows.append(row)
            j += 1
        if len(rows) >= 2:
            return _table(text, rows, "spaces", header_rows=1), j
    return None, i + 1


_PAIR = re.compile(r"[^:：]{1,12}[:：]\S")


def _pairs(text: str, fields: list[Field]) -> bool:
    """A line of ``label：value`` pairs set apart by spaces (性别：女　　民族：汉族) is running
    text laid out on one line, not a table row."""
    return any(_PAIR.match(text, s, e) for s, e in fields)


def _table(
    text: str, rows: list[list[Field]], source: str, header_rows: int | None = None
) -> Table:
    cells = [
        TableCell(row=r, column=c, start=s, end=e)
        for r, row in enumerate(rows)
        for c, (s, e) in enumerate(row)
    ]
    if header_rows is None:
        texts = [[text[s:e] for s, e in row] for row in rows[:8]]
        # A title typed into the first row (标题,,,,): one text across a wide table.
        titles = [sum(1 for t in row if t.strip()) == 1 and len(row) >= 3 for row in texts]
        header_rows = guess_header_rows(texts, titles=titles)
    return Table(
        cells=cells,
        rows=len(rows),
        columns=max(len(r) for r in rows),
        header_rows=header_rows,
        source=source,
    )


def _tab_fields(start: int, body: str) -> list[Field]:
    fields = []
    at = 0
    for piece in body.split("\t"):
        s, e = start + at, start + at + len(piece)
        lead = len(piece) - len(piece.lstrip(_BLANK))
        trail = len(piece) - len(piece.rstrip(_BLANK))
        fields.append((s + lead, max(s + lead, e - trail)))
        at += len(piece) + 1
    # Trailing empty cells are not cells of their own.
    while len(fields) > 1 and fields[-1][0] == fields[-1][1]:
        fields.pop()
    return fields


def _is_gap(body: str, match: re.Match[str]) -> bool:
    run = match.group()
    if len(run) >= 2 or "\t" in run:
        return True
    if run == "\u3000":
        # 张　三: a full-width space pads a two-character name to the width of three.
        before = body[match.start() - 1] if match.start() else ""
        after = body[match.end()] if match.end() < len(body) else ""
        return not (_CJK.match(before) and _CJK.match(after))
    return False


def _gap_fields(start: int, body: str) -> list[Field]:
    """The cells of an aligned row: text between gaps (2+ spaces, a tab, a lone full-width
    space between non-CJK characters)."""
    fields = []
    at = 0
    for match in _RUN.finditer(body):
        if match.start() == 0 or match.end() == len(body) or not _is_gap(body, match):
            continue
        if match.start() > at:
            fields.append(_trim_body(start, body, at, match.start()))
        at = match.end()
    if body[at:].strip(_BLANK):
        fields.append(_trim_body(start, body, at, len(body)))
    return [f for f in fields if f[1] > f[0]]


def _trim_body(start: int, body: str, lo: int, hi: int) -> Field:
    while lo < hi and body[lo] in _BLANK:
        lo += 1
    while hi > lo and body[hi - 1] in _BLANK:
        hi -= 1
    return start + lo, start + hi


def _width(c: str) -> int:
    return 2 if unicodedata.east_asian_width(c) in "WF" else 1


def _metrics(text: str) -> list[Callable[[int, int], int]]:
    """Position of offset ``pos`` in the line starting at ``line``: in display columns, or
    in characters."""

    def display(line: int, pos: int) -> int:
        return sum(_width(c) for c in text[line:pos])

    def chars(line: int, pos: int) -> int:
        return pos - line

    return [display, chars]


def _aligned(text: str, block: list[tuple[tuple[int, str], list[Field]]]) -> Table | None:
    first = block[0][1]
    if all(label_like(text[s:e]) for s, e in first):
        columns = _header_columns(text, block)
    else:
        columns = _full_row_columns(text, block)
    if columns is None:
        # No layout keeps the columns apart: only rows of one width are a table.
        widths = {len(fields) for _, fields in block}
        return _table(text, [f for _, f in block], "spaces") if len(widths) == 1 else None
    metric, bounds = columns
    width = len(bounds)
    rows: list[list[Field]] = []
    for (line, _), fields in block:
        row: list[Field | None] = [None] * width
        for s, e in fields:
            position = metric(line, s)
            column = max([c for c in range(width) if bounds[c] <= position + 1] or [0])
            held = row[column]
            row[column] = (held[0], e) if held else (s, e)
        rows.append([cell if cell else _empty_at(row, c, line) for c, cell in enumerate(row)])
    return _table(text, rows, "spaces")


Columns = tuple[Callable[[int, int], int], list[int]]


def _header_columns(text: str, block: list[tuple[tuple[int, str], list[Field]]]) -> Columns | None:
    """Columns that start where the header's labels start, in the metric under which most
    cells of the other rows start there too (at least half of them)."""
    (header_line, _), header = block[0]
    best: tuple[int, Columns] | None = None
    for metric in _metrics(text):
        bounds = [metric(header_line, s) for s, _ in header]
        starts = [metric(line, s) for (line, _), fields in block[1:] for s, _ in fields]
        hits = sum(any(abs(p - b) <= 1 for b in bounds) for p in starts)
        if starts and hits * 2 >= len(starts) and (best is None or hits > best[0]):
            best = (hits, (metric, bounds))
    return best[1] if best else None


def _full_row_columns(text: str, block: list[tuple[tuple[int, str], list[Field]]]
                      ) -> Columns | None:
    """Columns where the rows of the most common width put them, if they stay apart."""
    counts = Counter(len(fields) for _, fields in block)
    width = counts.most_common(1)[0][0]
    full = [(line, fields) for (line, _), fields in block if len(fields) == width]
    if len(full) < max(2, len(block) // 2):
        return None
    for metric in _metrics(text):
        starts = [[metric(line, s) for s, _ in fields] for line, fields in full]
        ends = [[metric(line, e) for _, e in fields] for line, fields in full]
        bounds = [min(row[c] for row in starts) for c in range(width)]
        if all(bounds[c] > max(row[c - 1] for row in ends) for c in range(1, width)):
            return metric, bounds
    return None


def _empty_at(row: list[Field | None], column: int, line: int) -> Field:
    """An empty cell, placed just after the cell before it (or at the line start)."""
    for c in range(column - 1, -1, -1):
        held = row[c]
        if held:
            return held[1], held[1]
    return line, line


def _placed_under_header(text: str, lines: list[tuple[int, str]], i: int
                         ) -> tuple[Table, int] | None:
    """A table whose cells may be one space apart (a report padded each column to its widest
    value, with a single space between columns), read from the positions of its header's labels.

    The header row is three or more distinct labels set apart by spaces. Each row's words are
    placed under the header label whose column they start in (in display columns or in
    characters, whichever puts more rows' words at the labels' starts), so a value holding
    spaces of its own (a card number in groups, 6214 4968 3033 3822 163) stays one cell. A
    row belongs to the table while its first word starts under the first label, at least two
    of its words start under labels, and no word runs across the start of a column (a label
    padded with spaces, 姓  名, is left to the readers below)."""
    start, body = lines[i]
    if "\t" in body:
        return None
    header = _single_space_header(text, start, body)
    if not header:
        return None
    best: tuple[int, list[list[Field]]] | None = None
    for metric in _metrics(text):
        bounds = [metric(start, s) for s, _ in header]
        rows: list[list[Field]] = [header]
        for line, row_body in lines[i + 1 :]:
            row = _row_under(text, line, row_body, metric, bounds)
            if row is None:
                break
            rows.append(row)
        if len(rows) >= 2 and (best is None or len(rows) > best[0]):
            best = (len(rows), rows)
    if best is None:
        return None
    return _table(text, best[1], "spaces", header_rows=1), i + best[0]


def _row_under(text: str, line: int, body: str, metric: Callable[[int, int], int],
               bounds: list[int]) -> list[Field] | None:
    """The cells of ``body`` placed under the columns starting at ``bounds``, or None when
    its words do not stand under them."""
    if not body.strip(_BLANK) or "\t" in body:
        return None
    words = [(line + m.start(), line + m.end()) for m in re.finditer(r"\S+", body)]
    if len(words) < 2:
        return None
    cells: list[Field | None] = [None] * len(bounds)
    at_bounds = 0
    previous_end = None
    for s, e in words:
        position, end = metric(line, s), metric(line, e)
        at = [c for c, b in enumerate(bounds) if abs(position - b) <= 1]
        if any(position + 1 < b < end for b in bounds):
            return None  # a word across the start of a column: not this layout
        if at:
            column = at[0]
            at_bounds += 1
        else:
            column = max([c for c, b in enumerate(bounds) if b <= position] or [-1])
            # A word inside a cell continues it: one or two spaces after the word before.
            if column < 0 or previous_end is None or s - previous_end > 2 or cells[column] is None:
                return None
        held = cells[column]
        cells[column] = (held[0], e) if held else (s, e)
        previous_end = e
    if cells[0] is None or at_bounds < 2:
        return None
    return [cell if cell else _empty_at(cells, c, line) for c, cell in enumerate(cells)]


def _single_space_header(text: str, start: int, body: str) -> list[Field] | None:
    parts = [m.span() for m in re.finditer(r"\S+", body)]
    if len(parts) < 3:
        return None
    words = [body[s:e] for s, e in parts]
    if not all(_CJK_LABEL.fullmatch(w) and label_like(w) for w in words):
        return None
    if len(set(words)) < len(words):
        return None
    return [(start + s, start + e) for s, e in parts]


def _single_space_row(text: str, start: int, body: str, width: int) -> list[Field] | None:
    parts = [(start + m.start(), start + m.end()) for m in re.finditer(r"\S+", body)]
    if len(parts) > width:
        parts = _join_groups(text, parts)
    return parts if len(parts) == width else None


def _join_groups(text: str, parts: list[Field]) -> list[Field]:
    """Digit groups of one number (6222 0212 3456 7890, 140922 19621105 0135) joined back:
    runs of two or more groups of three to eight digits one space apart."""
    joined: list[Field] = []
    run: list[Field] = []
    for part in [*parts, (-1, -1)]:
        group = part[0] >= 0 and _GROUP.fullmatch(text[part[0] : part[1]])
        if group and (not run or part[0] - run[-1][1] == 1):
            run.append(part)
            continue
        if len(run) >= 2:
            joined.append((run[0][0], run[-1][1]))
        else:
            joined.extend(run)
        run = [part] if group else []
        if not group and part[0] >= 0:
            joined.append(part)
    if len(run) >= 2:
        joined.append((run[0][0], run[-1][1]))
    else:
        joined.extend(run)
    return joined


