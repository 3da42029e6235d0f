"""What the case page shows, laid out from the case (``pipeline.service.desk.case_page``) and
the document's view (``pipeline.web.document``): the findings list (context, action, basis,
reason, where, every other occurrence of the value) and the document with each finding marked
where it is (PDF pages as images with boxes, text with highlights, spreadsheet cells as
tables), or the preview of the publishable copy (what will be removed is blacked out or
replaced by its placeholder). Presentation only: which action is effective, and who may
act, come from the service layer."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pipeline.web.document import View

UNVERIFIABLE = "UNVERIFIABLE_CONTENT"


@dataclass(slots=True)
class Piece:
    text: str
    finding: str | None = None
    category: str = ""
    action: str = ""
    black: bool = False


@dataclass(slots=True)
class Block:
    kind: str  # "text" or "table"
    pieces: list[Piece] = field(default_factory=list)
    sheet: str = ""
    rows: list[list[list[Piece]]] = field(default_factory=list)


def findings(detail: dict[str, Any], view: View | None) -> list[dict[str, Any]]:
    """The findings of the case, each with ``span``, ``context`` (before, value, after),
    ``boxes`` (page → boxes), ``where`` (page, line or cell) and ``others`` (the ids of the
    other findings with the same value, and how many further occurrences no finding covers)."""
    from pipeline.leakscan import fold

    spans = detail.get("spans", {})
    hidden = set(detail.get("withheld", ()))
    items = []
    by_value: dict[str, list[str]] = {}
    for f in detail["findings"]:
        item = dict(f)
        start, end = spans.get(f["id"], (0, 0))
        item["span"] = (start, end)
        item["unverifiable"] = f["entity_type"] == UNVERIFIABLE
        item["withheld"] = f["id"] in hidden
        location = f.get("location") or {}
        item["boxes"] = {}
        if item["unverifiable"]:
            if location.get("page") is not None:
                item["boxes"] = {int(location["page"]): [location.get("box")]}
            item["context"] = None
        elif view is not None:
            item["boxes"] = view.boxes(start, end)
            item["context"] = view.context(start, end)
        else:
            item["context"] = ("", f["text"], "")
        item["where"] = _where(location, view, start)
        key = fold(f["text"]) if not item["unverifiable"] else ""
        item["value_key"] = key
        if key:
            by_value.setdefault(key, []).append(f["id"])
        items.append(item)
    spans_of: dict[str, list[tuple[int, int]]] = {}
    for item in items:
        if item["value_key"]:
            spans_of.setdefault(item["value_key"], []).append(item["span"])
    unflagged: dict[str, int] = {}
    for item in items:
        key = item["value_key"]
        same = [i for i in by_value.get(key, []) if i != item["id"]] if key else []
        item["others"] = same
        if key and view is not None and key not in unflagged:
            covered = _Covered(spans_of[key])
            unflagged[key] = sum(
                1 for lo, hi in view.occurrences(item["text"]) if not covered.meets(lo, hi)
            )
        item["unflagged"] = unflagged.get(key, 0) if view is not None else 0
    return items


class _Covered:
    """Spans, sorted, with the furthest end of each prefix: whether a span meets one of them
    is a bisection (a value found on every page was checked against every finding of it)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        import itertools

        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(itertools.accumulate((e for _, e in ordered), max))

    def meets(self, lo: int, hi: int) -> bool:
        import bisect

        i = bisect.bisect_left(self.starts, hi) - 1
        return i >= 0 and self.reach[i] > lo


def manual_items(manual: list[dict[str, Any]], view: View | None) -> list[dict[str, Any]]:
    """The manual redactions in force (``pipeline.workflow.manual.describe``), each with
    ``spans`` (every place its text occurs, as publish finds it), ``boxes`` (page → boxes:
    an area's own box, or the boxes of its text's places) and ``pages`` (where it is)."""
    out = []
    for entry in manual:
        item = dict(entry)
        spans: list[tuple[int, int]] = []
        boxes: dict[int, list[list[float]]] = {}
        if entry["kind"] == "area":
            boxes[int(entry["page"])] = [list(entry["box"])]
        elif view is not None:
            spans = view.occurrences(entry.get("text") or "")
            for lo, hi in spans:
                for page, found in view.boxes(lo, hi).items():
                    boxes.setdefault(page, []).extend(found)
        item["spans"] = spans
        item["boxes"] = boxes
        item["pages"] = sorted(boxes)
        out.append(item)
    return out


def _where(location: dict[str, Any], view: View | None, start: int) -> dict[str, Any]:
    where: dict[str, Any] = {}
    page = location.get("page")
    if page is None and view is not None:
        page = view.page_of(start)
    if page is not None:
        where["page"] = int(page)
    if location.get("line") is not None:
        where["line"] = location["line"]
    cell = view.cell_of(start) if view is not None else None
    if cell is not None:
        where["cell"] = cell[1]
    elif location.get("cell"):
        where["cell"] = location["cell"]
    return where


def pdf_pages(
    view: View,
    items: list[dict[str, Any]],
    preview: bool,
    manual: list[dict[str, Any]] = (),  # type: ignore[assignment]
) -> list[dict[str, Any]]:
    """Each page: number, size, and its marks (finding or manual redaction id, category,
    action, and boxes as percentages of the page, so they scale with the image). The
    preview marks nothing."""
    marked = [*items, *({**m, "action": "redact", "manual": True} for m in manual)]
    pages = []
    for number, (width, height) in enumerate(view.pages, start=1):
        marks = []
        if not preview:
            for item in marked:
                for box in item["boxes"].get(number, []):
                    x0, y0, x1, y1 = box if box else (0, 0, width, height)
                    marks.append(
                        {
                            "id": item["id"],
                            "category": item["category"],
                            "action": item["action"],
                            "manual": item.get("manual", False),
                            "left": round(100 * x0 / width, 3),
                            "top": round(100 * y0 / height, 3),
                            "width": round(100 * max(x1 - x0, 1) / width, 3),
                            "height": round(100 * max(y1 - y0, 1) / height, 3),
                        }
                    )
        pages.append(
            {
                "number": number,
                "width": width,
                "height": height,
                "ratio": height / width,
                "marks": marks,
            }
        )
    return pages


def black_boxes(
    view: View | None,
    withheld: list[dict[str, Any]],
    page: int,
    manual: list[dict[str, Any]] = (),  # type: ignore[assignment]
) -> list[list[float]]:
    """The boxes of page ``page`` the preview paints black (page points), for the findings
    the copy will not show (``pipeline.service.desk.case_document``'s ``withheld``) and
    the manual redactions in force (its ``manual``: an area as drawn, a text wherever it
    occurs)."""
    out = []
    for item in manual_items(list(manual), view):
        for box in item["boxes"].get(page, []):
            out.append([box[0] - 1, box[1] - 1, box[2] + 1, box[3] + 1])
    for item in withheld:
        location = item.get("location") or {}
        if item["entity_type"] == UNVERIFIABLE:
            if location.get("page") is None or int(location["page"]) != page:
                continue
            boxes = [location.get("box")]
        elif view is not None:
            boxes = view.boxes(*item["span"]).get(page, [])
        else:
            boxes = []
        for box in boxes:
            if box:
                out.append([box[0] - 1, box[1] - 1, box[2] + 1, box[3] + 1])
            elif view is not None and 1 <= page <= len(view.pages):
                width, height = view.pages[page - 1]
                out.append([0, 0, width, height])
    return out


def text_blocks(
    view: View,
    items: list[dict[str, Any]],
    preview: bool,
    placeholder: str,
    manual: list[dict[str, Any]] = (),  # type: ignore[assignment]
) -> list[Block]:
    """The document as text blocks (and, for spreadsheets and CSV, one table per sheet),
    with the findings and the manual redactions' texts marked (the preview: replaced)."""
    from pipeline.policy import label

    # (start, end, id, category, action, withheld): the findings' spans, then every place
    # of a manual redaction's text (always withheld).
    spans = [
        (*it["span"], it["id"], it["category"], it["action"], it["withheld"])
        for it in items
        if not it["unverifiable"] and it["span"][1] > it["span"][0]
    ]
    spans += [
        (lo, hi, m["id"], m["category"], "redact", True)
        for m in manual
        for lo, hi in m.get("spans", ())
    ]
    if preview:
        # What the copy shows as it is needs no mark: a kept finding around a manual text
        # must not hide that the text goes.
        spans = [m for m in spans if m[5]]
    marks = sorted(spans, key=lambda m: (m[0], -m[1]))

    def pieces(start: int, end: int) -> list[Piece]:
        out: list[Piece] = []
        cursor = start
        for lo, hi, ident, category, action, withheld in marks:
            if hi <= cursor or lo >= end:
                continue
            lo = max(lo, cursor)
            hi = min(hi, end)
            if lo > cursor:
                out.append(Piece(view.text[cursor:lo]))
            if preview and withheld:
                out.append(Piece(_placeholder(placeholder, label(category)), black=True))
            elif preview:
                out.append(Piece(view.text[lo:hi]))
            else:
                out.append(Piece(view.text[lo:hi], ident, category, action))
            cursor = hi
        if cursor < end:
            out.append(Piece(view.text[cursor:end]))
        return out

    if not view.cells:
        return [Block("text", pieces(0, len(view.text)))]
    blocks: list[Block] = []
    sheets: dict[str, dict[tuple[int, int], list[tuple[int, int]]]] = {}
    covered: list[tuple[int, int]] = []
    for start, end, part, cell in view.cells:
        position = _a1(cell)
        if position is None:
            continue
        sheets.setdefault(part, {}).setdefault(position, []).append((start, end))
        covered.append((start, end))
    for part, grid in sheets.items():
        rows = max(r for r, _ in grid) + 1
        cols = max(c for _, c in grid) + 1
        first_row = min(r for r, _ in grid)
        first_col = min(c for _, c in grid)
        table = Block("table", sheet=_sheet_name(part))
        for r in range(first_row, rows):
            line = []
            for c in range(first_col, cols):
                cell_pieces: list[Piece] = []
                for start, end in grid.get((r, c), []):
                    cell_pieces.extend(pieces(start, end))
                line.append(cell_pieces)
            table.rows.append(line)
        blocks.append(table)
    covered.sort()
    cursor = 0
    for start, end in [*covered, (len(view.text), len(view.text))]:
        if start > cursor and view.text[cursor:start].strip():
            blocks.append(Block("text", pieces(cursor, start)))
        cursor = max(cursor, end)
    return blocks


def _placeholder(template: str, label_text: str) -> str:
    try:
        return template.format(label=label_text)
    except (KeyError, IndexError, ValueError):
        return "［已删除］"


def _a1(ref: str) -> tuple[int, int] | None:
    match = re.fullmatch(r"([A-Z]+)(\d+)", ref or "")
    if match is None:
        return None
    column = 0
    for ch in match.group(1):
        column = column * 26 + (ord(ch) - 64)
    return int(match.group(2)) - 1, column - 1


def _sheet_name(part: str) -> str:
    return part.rsplit("/", 1)[-1].removesuffix(".xml") if part else ""
