"""Where a finding is, for a person: each finding's location completed after decide with what a
reviewer needs to find it in Word or a PDF reader — the line of its PDF page counted from the
top, the place Word gives its DOCX paragraph (``stages.ingest.docx_places``) — and its context:
the sentence it stands in, with its value and every other value to withhold masked. ``where``
renders a location in Chinese or English.

The context holds no value to redact or review (kept values are public), yet it stays internal:
it is left out of the record attached to the copy and of ``check``'s reports.
"""

from __future__ import annotations

import bisect
from typing import Any

from pipeline.model import Finding, Review

MASK = "［***］"
_ENDS = set("。！？!?；;\n")
_WIDTH = 40  # at most this many characters of context on each side


def _pdf_lines(review: Review) -> dict[int, list[float]]:
    """Per page, the vertical centres of its text lines from the top (close ones merged)."""
    centres: dict[int, list[tuple[float, float]]] = {}
    for segment in review.document.segments:
        locator = segment.locator
        if locator.page is None or not locator.boxes:
            continue
        box = locator.boxes[0]
        centres.setdefault(locator.page, []).append(((box[1] + box[3]) / 2, box[3] - box[1]))
    lines: dict[int, list[float]] = {}
    for page, values in centres.items():
        values.sort()
        merged: list[float] = []
        for centre, height in values:
            if merged and centre - merged[-1] < max(height, 1.0) * 0.4:
                continue
            merged.append(centre)
        lines[page] = merged
    return lines


def _pdf_line(review: Review, lines: dict[int, list[float]], finding: Finding) -> int | None:
    for segment, lo, _ in review.document.segments_in(finding.start, max(finding.end, finding.start + 1)):
        locator = segment.locator
        if locator.page is None or not locator.boxes:
            continue
        box = locator.boxes[lo - segment.start]
        centre = (box[1] + box[3]) / 2
        page_lines = lines.get(locator.page, [])
        height = max(box[3] - box[1], 1.0)
        return bisect.bisect_left(page_lines, centre - height * 0.4) + 1
    return None


class Masked:
    """The values to mask, ordered by start once: a document with a thousand findings looked
    through (and sorted) all of them for each finding's context."""

    def __init__(self, findings: list[Finding]) -> None:
        self.ordered = sorted(findings, key=lambda f: f.start)
        self.starts = [f.start for f in self.ordered]
        self.longest = max((f.end - f.start for f in self.ordered), default=0)

    def within(self, lo: int, hi: int) -> list[Finding]:
        """Every value that may overlap [lo, hi) (a superset; ``context`` checks each)."""
        first = bisect.bisect_left(self.starts, lo - self.longest)
        last = bisect.bisect_left(self.starts, hi)
        return self.ordered[first:last]


def context(review: Review, finding: Finding, masked: list[Finding] | Masked) -> str:
    """The sentence around ``finding`` with the values of ``masked`` and ``finding`` itself
    replaced by ``MASK``."""
    text = review.document.text
    if finding.start == finding.end:
        return ""
    start = finding.start
    while start > 0 and text[start - 1] not in _ENDS and finding.start - start < _WIDTH:
        start -= 1
    end = finding.end
    while end < len(text) and text[end - 1] not in _ENDS and end - finding.end < _WIDTH:
        end += 1
    pieces: list[str] = []
    position = start
    index = masked if isinstance(masked, Masked) else Masked(masked)
    for other in sorted([*index.within(start, end), finding], key=lambda f: f.start):
        if other.end <= position or other.start >= end or other.start == other.end:
            continue
        pieces.append(text[position : max(position, other.start)])
        pieces.append(MASK)
        position = max(position, other.end)
    pieces.append(text[position:end])
    body = "".join(pieces).replace("\n", " ").strip()
    prefix = "…" if start > 0 and text[start - 1] not in _ENDS else ""
    suffix = "…" if end < len(text) and text[end - 1] not in _ENDS else ""
    return prefix + body + suffix


def locate(review: Review) -> None:
    """Complete every finding's location (see the module)."""
    document = review.document
    lines = _pdf_lines(review) if document.format == "pdf" else {}
    masked = Masked([f for f in review.findings if f.action != "keep"])
    for finding in review.findings:
        if not finding.location:
            pieces = document.segments_in(finding.start, finding.end)
            if pieces:
                finding.location = pieces[0][0].locator.describe()
        if document.format == "pdf" and "page" in finding.location and "box" not in finding.location:
            line = _pdf_line(review, lines, finding)
            if line is not None:
                finding.location["line"] = line
        snippet = context(review, finding, masked)
        if snippet:
            finding.location["context"] = snippet


_PARTS = (
    ("word/header", "where_header"),
    ("word/footer", "where_footer"),
    ("word/footnotes", "where_footnotes"),
    ("word/endnotes", "where_endnotes"),
    ("word/comments", "where_comments"),
)


def where(location: dict[str, Any], lang: str) -> str:
    """The location in words: PDF page and line, DOCX section and paragraph or table, row and
    column, TXT line; a part the leak check cannot verify by its kind."""
    from pipeline.messages import message

    pieces: list[str] = []
    word = location.get("word") or {}
    part = location.get("part") or ""
    if location.get("page") is not None:
        if location.get("line") is not None:
            pieces.append(message("where_page_line", lang, page=location["page"], line=location["line"]))
        else:
            pieces.append(message("where_page", lang, page=location["page"]).strip())
    elif word:
        for prefix, key in _PARTS:
            if part.startswith(prefix):
                pieces.append(message(key, lang))
        if "table" in word:
            pieces.append(message("where_table", lang, **word))
        elif "section" in word:
            pieces.append(message("where_section", lang, **word))
        elif "paragraph" in word:
            pieces.append(message("where_paragraph_of_part", lang, **word))
        if "textbox" in word:
            pieces.append(message("where_textbox", lang))
    elif location.get("line") is not None:
        pieces.append(message("where_line", lang, line=location["line"]).strip())
    elif part:
        pieces.append(message("where_part", lang, part=part))
    kind = location.get("kind")
    if kind:
        pieces.append(message(f"unverifiable_{kind}", lang))
    return "".join(pieces) if lang == "zh" else ", ".join(pieces)
