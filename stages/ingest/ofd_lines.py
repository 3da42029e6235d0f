"""OFD page text: the glyphs of a page (its templates', its own, its composite units')
grouped into lines by their baseline, each ordered by x, with a space where a gap is wide (two
numbers apart are not one) and no break where a line runs to the right margin and the next
starts at the left (a wrapped paragraph: a name wrapped at the line end is one string). Each
run of consecutive characters of one ``TextCode`` becomes a segment."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.model import Document, Locator
from pipeline.ofdxml import advance


@dataclass(slots=True)
class Glyph:
    """A character placed on the page, and the ``TextCode`` (part, node) and index it is."""

    char: str
    x: float
    y: float
    size: float
    part: str
    node: int
    index: int


def add_lines(document: Document, glyphs: list[Glyph], page: int | None) -> None:
    """Glyphs into lines (by baseline), each ordered by x, into the flat text."""
    if not glyphs:
        return
    ordered = sorted(glyphs, key=lambda g: (g.y, g.x))
    rows: list[list[Glyph]] = []
    for glyph in ordered:
        if rows and abs(glyph.y - rows[-1][0].y) <= 0.4 * min(glyph.size, rows[-1][0].size):
            rows[-1].append(glyph)
        else:
            rows.append([glyph])
    for row in rows:
        row.sort(key=lambda g: g.x)
    boxes = [_extent(row) for row in rows]
    right = max(b[2] for b in boxes)
    left = min(b[0] for b in boxes)
    for i, row in enumerate(rows):
        _row(document, row, page)
        following = boxes[i + 1] if i + 1 < len(rows) else None
        if not (following and _wraps(boxes[i], following, right, left)):
            document.add_separator("\n")


def _row(document: Document, row: list[Glyph], page: int | None) -> None:
    run: list[Glyph] = []
    previous: Glyph | None = None
    for glyph in row:
        contiguous = (
            run
            and glyph.part == run[-1].part
            and glyph.node == run[-1].node
            and glyph.index == run[-1].index + 1
        )
        gap = previous is not None and glyph.x - (
            previous.x + advance(previous.char, previous.size)
        ) > 0.5 * glyph.size
        if run and (not contiguous or gap):
            _segment(document, run, page)
            run = []
        if gap:
            document.add_separator(" ")
        run.append(glyph)
        previous = glyph
    if run:
        _segment(document, run, page)

def _segment(document: Document, run: list[Glyph], page: int | None) -> None:
    first = run[0]
    text = "".join(g.char for g in run)
    document.add_segment(
        text, Locator(part=first.part, node=first.node, page=page), offset=first.index
    )


def _extent(row: list[Glyph]) -> tuple[float, float, float, float]:
    """(left, baseline, right, size) of a line of glyphs."""
    last = row[-1]
    return row[0].x, row[0].y, last.x + advance(last.char, last.size), max(g.size for g in row)


def _wraps(prev: tuple[float, float, float, float], nxt: tuple[float, float, float, float], right: float, left: float) -> bool:
    """``prev`` runs from the left margin (an indent allowed) to the right margin and ``nxt``
    is the next line, starting at the left: a wrapped paragraph, joined without a break so a
    name or a number wrapped at the line end is one string (as PDF lines are joined)."""
    size = max(prev[3], 0.1)
    return (
        right - prev[2] < size * 1.2
        and prev[0] - left < size * 2.5
        and 0 <= nxt[1] - prev[1] <= size * 2.0
        and nxt[0] - left < size * 2.5
    )
