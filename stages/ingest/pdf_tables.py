"""PDF tables, recognised from the page's layout, for the table model of ingest.

A PDF has no tables, only glyphs and lines, so a table is read from two kinds of evidence:

- **ruling lines**: the page's drawings (``get_cdrawings``: MuPDF's own walk of the paths,
  about a millisecond a page) give horizontal and vertical segments; segments that touch make a
  grid. A row band's cells are the stretches between the vertical segments that cross it (a
  missing one is a merged cell), and a cell whose bottom edge has no segment goes on into the
  band below (a vertical merge);
- **column alignment**: without lines, rows are the text lines on one baseline and columns
  the gutters no text crosses in any row of the block; a line close under a row that has text
  in fewer columns is that row's cells wrapped onto a second line.

Every character is put in the cell that holds the centre of its box, so a cell's text wrapped
over two lines (a long address, an ID number broken in a narrow column, a plate split in two)
is one cell, and a MuPDF line that runs across two cells is split between them. Nothing here
is done on a page whose text lines do not line up in at least two columns on two rows, so a
page of running text costs one pass over its lines.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from statistics import median
from typing import Any

from pipeline.model import Box

Line = tuple[str, list[Box], Box]
Char = tuple[int, int]  # (line index, character index)
_TOLERANCE = 2.0  # points: segments this close are one, and touch


@dataclass(slots=True)
class PageCell:
    row: int
    column: int
    row_span: int = 1
    column_span: int = 1
    chars: list[Char] = field(default_factory=list)


@dataclass(slots=True)
class PageTable:
    """A table of one page: its cells (characters by line and index), grid and bounds."""

    cells: list[PageCell]
    rows: int
    columns: int
    xs: list[float]  # the column boundaries
    source: str
    lines: set[int] = field(default_factory=set)  # the page lines it took in
    merged: list[bool] = field(default_factory=list)  # row i has a merged cell


def _height(box: Box) -> float:
    return max(box[3] - box[1], 1.0)


def _fragments(line: Line) -> list[tuple[float, float]]:
    """The x-extents of a line's stretches of text, split where a gap between two
    characters is wider than the line is high."""
    text, boxes, bbox = line
    gap = _height(bbox) * 0.9
    pieces: list[tuple[float, float]] = []
    start = end = None
    for ch, box in zip(text, boxes, strict=False):
        if ch.isspace():
            continue
        if start is None or box[0] - end > gap:  # type: ignore[operator]
            if start is not None:
                pieces.append((start, end))  # type: ignore[arg-type]
            start = box[0]
        end = box[2]
    if start is not None:
        pieces.append((start, end))  # type: ignore[arg-type]
    return pieces


def _y_rows(lines: list[Line]) -> list[list[int]]:
    """Indexes of the lines on each baseline, top to bottom."""
    order = sorted(range(len(lines)), key=lambda i: (lines[i][2][1] + lines[i][2][3]) / 2)
    rows: list[list[int]] = []
    centre = None
    for i in order:
        box = lines[i][2]
        mid = (box[1] + box[3]) / 2
        if rows and centre is not None and abs(mid - centre) <= _height(box) * 0.5:
            rows[-1].append(i)
        else:
            rows.append([i])
            centre = mid
    for row in rows:
        row.sort(key=lambda i: lines[i][2][0])
    return rows


def may_hold_tables(lines: list[Line]) -> bool:
    """Two baselines with text in two or more places: the only pages worth a closer look."""
    rows = _y_rows(lines)
    wide = sum(1 for row in rows if sum(len(_fragments(lines[i])) for i in row) >= 2)
    return wide >= 2


def find_tables(page: Any, lines: list[Line]) -> list[PageTable]:
    """The tables of ``page`` whose text is ``lines`` (MuPDF's reading), top to bottom."""
    if not lines or not may_hold_tables(lines):
        return []
    horizontal, vertical = _rulings(page)
    tables = _ruled(lines, _collinear(horizontal), _collinear(vertical))
    taken = set().union(*(t.lines for t in tables)) if tables else set()
    rest = [i for i in range(len(lines)) if i not in taken]
    tables.extend(_aligned(lines, rest))
    return sorted(tables, key=lambda t: min(lines[i][2][1] for i in t.lines))


# --------------------------------------------------------------------------------------------
# Ruled tables

Segment = tuple[float, float, float]  # horizontal: (y, x0, x1); vertical: (x, y0, y1)


def _rulings(page: Any) -> tuple[list[Segment], list[Segment]]:
    horizontal: list[Segment] = []
    vertical: list[Segment] = []
    try:
        drawings = page.get_cdrawings()
    except Exception:  # a damaged content stream: no lines to go by
        return [], []
    for drawing in drawings:
        for item in drawing.get("items", ()):
            kind = item[0]
            if kind == "l":
                (x0, y0), (x1, y1) = item[1], item[2]
                _segment(horizontal, vertical, x0, y0, x1, y1)
            elif kind == "re":
                x0, y0, x1, y1 = item[1]
                x0, x1 = sorted((x0, x1))
                y0, y1 = sorted((y0, y1))
                if y1 - y0 <= _TOLERANCE:
                    horizontal.append(((y0 + y1) / 2, x0, x1))
                elif x1 - x0 <= _TOLERANCE:
                    vertical.append(((x0 + x1) / 2, y0, y1))
                else:
                    horizontal.extend([(y0, x0, x1), (y1, x0, x1)])
                    vertical.extend([(x0, y0, y1), (x1, y0, y1)])
            elif kind == "qu":
                points = item[1]
                pts = [points[0], points[1], points[3], points[2], points[0]]
                for (ax, ay), (bx, by) in itertools.pairwise(pts):
                    _segment(horizontal, vertical, ax, ay, bx, by)
    return horizontal, vertical


def _segment(horizontal: list[Segment], vertical: list[Segment],
             x0: float, y0: float, x1: float, y1: float) -> None:
    if abs(y1 - y0) <= 0.5 and abs(x1 - x0) > _TOLERANCE:
        horizontal.append(((y0 + y1) / 2, min(x0, x1), max(x0, x1)))
    elif abs(x1 - x0) <= 0.5 and abs(y1 - y0) > _TOLERANCE:
        vertical.append(((x0 + x1) / 2, min(y0, y1), max(y0, y1)))


def _collinear(segments: list[Segment]) -> list[Segment]:
    """Segments on one line that touch or overlap, joined: a grid drawn as one rectangle per
    cell has each inner edge twice and each line in as many pieces as it has cells."""
    out: list[Segment] = []
    for where, lo, hi in sorted(segments, key=lambda s: (round(s[0] / _TOLERANCE), s[1])):
        if out and abs(out[-1][0] - where) <= _TOLERANCE and lo <= out[-1][2] + _TOLERANCE:
            out[-1] = (out[-1][0], out[-1][1], max(out[-1][2], hi))
        else:
            out.append((where, lo, hi))
    return out


def _cluster(values: list[float]) -> list[float]:
    out: list[float] = []
    for value in sorted(values):
        if out and value - out[-1] <= _TOLERANCE:
            continue
        out.append(value)
    return out


def _grids(horizontal: list[Segment], vertical: list[Segment]) -> list[tuple[list, list]]:
    """Groups of touching segments with two or more of each direction (one per table)."""
    segments = [("h", s) for s in horizontal] + [("v", s) for s in vertical]
    parent = list(range(len(segments)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    hs = [i for i, (k, _) in enumerate(segments) if k == "h"]
    vs = [i for i, (k, _) in enumerate(segments) if k == "v"]
    # Sweep: a vertical segment touches the horizontal ones whose y it spans and whose x
    # range holds its x. Sorting keeps this near-linear for ordinary pages.
    hs.sort(key=lambda i: segments[i][1][0])
    ys = [segments[i][1][0] for i in hs]
    for v in vs:
        x, y0, y1 = segments[v][1]
        for h in hs[bisect_left(ys, y0 - _TOLERANCE) : bisect_right(ys, y1 + _TOLERANCE)]:
            _, hx0, hx1 = segments[h][1]
            if hx0 - _TOLERANCE <= x <= hx1 + _TOLERANCE:
                parent[find(v)] = find(h)
    groups: dict[int, tuple[list[Segment], list[Segment]]] = {}
    for i, (kind, segment) in enumerate(segments):
        group = groups.setdefault(find(i), ([], []))
        group[0 if kind == "h" else 1].append(segment)
    return [g for g in groups.values() if len(g[0]) >= 2 and len(g[1]) >= 2]


class _Coverage:
    """Which stretches of each ruling position (a column's x, a row's y) the segments draw,
    merged into sorted intervals, so that "is there a line here" is a binary search."""

    def __init__(self, positions: list[float], segments: list[Segment]) -> None:
        self.positions = positions
        spans: dict[int, list[tuple[float, float]]] = {}
        for where, lo, hi in segments:
            k = _nearest(positions, where)
            if k is not None:
                spans.setdefault(k, []).append((lo - _TOLERANCE, hi + _TOLERANCE))
        self.starts: dict[int, list[float]] = {}
        self.ends: dict[int, list[float]] = {}
        for k, intervals in spans.items():
            merged: list[list[float]] = []
            for lo, hi in sorted(intervals):
                if merged and lo <= merged[-1][1]:
                    merged[-1][1] = max(merged[-1][1], hi)
                else:
                    merged.append([lo, hi])
            self.starts[k] = [a for a, _ in merged]
            self.ends[k] = [b for _, b in merged]

    def covers(self, k: int, value: float) -> bool:
        starts = self.starts.get(k)
        if not starts:
            return False
        i = bisect_right(starts, value) - 1
        return i >= 0 and value <= self.ends[k][i]


def _nearest(positions: list[float], value: float) -> int | None:
    i = bisect_left(positions, value)
    for k in (i - 1, i):
        if 0 <= k < len(positions) and abs(positions[k] - value) <= _TOLERANCE:
            return k
    return None


def _ruled(lines: list[Line], horizontal: list[Segment], vertical: list[Segment]
           ) -> list[PageTable]:
    tables = []
    for hs, vs in _grids(horizontal, vertical):
        xs = _cluster([v[0] for v in vs])
        ys = _cluster([h[0] for h in hs])
        if len(xs) < 3 or len(ys) < 2:
            continue  # one column is a frame, not a table
        table = _grid_table(lines, xs, ys, hs, vs)
        if table is not None:
            tables.append(table)
    return tables


def _grid_table(lines: list[Line], xs: list[float], ys: list[float],
                hs: list[Segment], vs: list[Segment]) -> PageTable | None:
    columns_drawn = _Coverage(xs, vs)
    rows_drawn = _Coverage(ys, hs)
    # Cells per row band: between the vertical segments that cross the band's middle.
    owner: dict[tuple[int, int], PageCell] = {}
    cells: list[PageCell] = []
    bands = len(ys) - 1
    for band in range(bands):
        mid = (ys[band] + ys[band + 1]) / 2
        column = 0
        while column < len(xs) - 1:
            end = column + 1
            while end < len(xs) - 1 and not columns_drawn.covers(end, mid):
                end += 1
            above = owner.get((band - 1, column)) if band else None
            x_mid = (xs[column] + xs[end]) / 2
            if (
                above is not None
                and above.column_span == end - column
                and not rows_drawn.covers(band, x_mid)
            ):
                above.row_span += 1
                cell = above
            else:
                cell = PageCell(band, column, 1, end - column)
                cells.append(cell)
            for c in range(column, end):
                owner[(band, c)] = cell
            column = end
    top, bottom, left, right = ys[0], ys[-1], xs[0], xs[-1]
    taken: set[int] = set()
    for index, (_text, boxes, bbox) in enumerate(lines):
        cy = (bbox[1] + bbox[3]) / 2
        cx = (bbox[0] + bbox[2]) / 2
        if not (top <= cy <= bottom and left - _TOLERANCE <= cx <= right + _TOLERANCE):
            continue
        taken.add(index)
        band = _slot(ys, min(max(cy, top), bottom - 0.01))
        first = _slot(xs, min(max((boxes[0][0] + boxes[0][2]) / 2, left), right - 0.01))
        last = _slot(xs, min(max((boxes[-1][0] + boxes[-1][2]) / 2, left), right - 0.01))
        if first == last:  # the usual case: the whole line in one cell
            owner[(band, first)].chars.extend((index, ci) for ci in range(len(boxes)))
            continue
        for ci, box in enumerate(boxes):
            x = min(max((box[0] + box[2]) / 2, left), right - 0.01)
            y = min(max((box[1] + box[3]) / 2, top), bottom - 0.01)
            owner[(_slot(ys, y), _slot(xs, x))].chars.append((index, ci))
    if not taken:
        return None
    merged = [any(c.row == r and (c.row_span > 1 or c.column_span > 1) for c in cells)
              for r in range(bands)]
    return PageTable(cells, bands, len(xs) - 1, xs, "ruled", taken, merged)


def _slot(bounds: list[float], value: float) -> int:
    return min(max(bisect_right(bounds, value) - 1, 0), len(bounds) - 2)


# --------------------------------------------------------------------------------------------
# Aligned tables (no lines)


def _aligned(lines: list[Line], indexes: list[int]) -> list[PageTable]:
    if not indexes:
        return []
    subset = [lines[i] for i in indexes]
    rows = [[indexes[i] for i in row] for row in _y_rows(subset)]
    pieces = [sum(len(_fragments(lines[i])) for i in row) for row in rows]
    tables = []
    i = 0
    while i < len(rows):
        if pieces[i] < 2:
            i += 1
            continue
        j = i + 1
        while j < len(rows) and (pieces[j] >= 2 or _continues(lines, rows[j - 1], rows[j])):
            # A row that leaves fewer columns than the rows so far (a paragraph, a table of
            # other columns) starts something else; one that only narrows a gutter (a wider
            # value, a header centred over its column) belongs.
            if len([n for n in pieces[i:j] if n >= 2]) >= 2:
                before = _gutters(lines, rows[i:j], pieces[i:j])
                after = _gutters(lines, rows[i : j + 1], pieces[i : j + 1])
                if len(after) < len(before):
                    break
            j += 1
        table = _block_table(lines, rows[i:j], pieces[i:j])
        if table is not None:
            tables.append(table)
        i = j
    return tables


def _continues(lines: list[Line], previous: list[int], row: list[int]) -> bool:
    """A line close under the row before: its cells wrapped onto a second line."""
    bottom = max(lines[i][2][3] for i in previous)
    top = min(lines[i][2][1] for i in row)
    height = median(_height(lines[i][2]) for i in row)
    return top - bottom < height * 0.45


def _gutters(lines: list[Line], block: list[list[int]], pieces: list[int]) -> list[float]:
    """The middles of the x-ranges that no stretch of text of a row with two or more
    stretches crosses."""
    spans = sorted(f for row, n in zip(block, pieces, strict=True) if n >= 2
                   for i in row for f in _fragments(lines[i]))
    gutters: list[float] = []
    if not spans:
        return gutters
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 > reach:
            gutters.append((reach + x0) / 2)
        reach = max(reach, x1)
    return gutters


def _crosses(lines: list[Line], row: list[int], gutters: list[float]) -> bool:
    return any(x0 < g < x1 for i in row for x0, x1 in _fragments(lines[i]) for g in gutters)


def _block_table(lines: list[Line], block: list[list[int]], pieces: list[int]
                 ) -> PageTable | None:
    # Column gutters: x-ranges no stretch of text crosses in any row with two or more
    # stretches. A row that crosses one (a paragraph after the table) ends the block.
    spans = sorted(f for row, n in zip(block, pieces, strict=True) if n >= 2
                   for i in row for f in _fragments(lines[i]))
    gutters = _gutters(lines, block, pieces)
    if not spans or not gutters:
        return None
    reach = max(x1 for _, x1 in spans)
    for r, row in enumerate(block):
        if _crosses(lines, row, gutters):
            block = block[:r]
            break
    while block and sum(len(_fragments(lines[i])) for i in block[-1]) < 2 and len(block) > 1 \
            and not _continues(lines, block[-2], block[-1]):
        block = block[:-1]
    if len(block) < 2:
        return None
    left, right = spans[0][0], reach
    xs = [left - 1, *gutters, right + 1]
    columns = len(xs) - 1
    # Rows: a line close under the one before, with text in fewer columns, continues it.
    starts: list[int] = []
    widths = []
    for r, row in enumerate(block):
        filled = {_slot(xs, (f[0] + f[1]) / 2) for i in row for f in _fragments(lines[i])}
        widths.append(len(filled))
        if r and _continues(lines, block[r - 1], row) and len(filled) < max(widths):
            continue
        starts.append(r)
    if len(starts) < 2:
        return None
    cells: dict[tuple[int, int], PageCell] = {}
    taken: set[int] = set()
    for number, first in enumerate(starts):
        last = starts[number + 1] if number + 1 < len(starts) else len(block)
        for row in block[first:last]:
            for index in row:
                taken.add(index)
                for ci, box in enumerate(lines[index][1]):
                    column = _slot(xs, (box[0] + box[2]) / 2)
                    cell = cells.setdefault((number, column), PageCell(number, column))
                    cell.chars.append((index, ci))
    ordered = [cells.get((r, c)) or PageCell(r, c) for r in range(len(starts))
               for c in range(columns)]
    return PageTable(ordered, len(starts), columns, xs, "aligned", taken,
                     [False] * len(starts))
