"""Redact: a cut in the flat text as edits of the source nodes it spans.

Every format's redactor that rewrites node text (TXT-like CSV cells, HTML nodes, XLSX and DOCX
text nodes) works the same way: a cut may cross several segments (a value split over runs,
cells or entities); the replacement goes into the first piece and the rest of the span is
emptied, so the placeholder appears once. One place, so the rule cannot drift between formats.
"""

from __future__ import annotations

from collections import defaultdict

from pipeline.model import Document

Edit = tuple[int, int, str]


def node_edits(
    document: Document, cuts: list, *, skip_images: bool = False
) -> dict[tuple[str | None, int | None], list[Edit]]:
    """(part, node) → edits ``(start, end, text)`` in that node's own text. With
    ``skip_images``, segments OCR read from an image are left out (their pixels are painted)."""
    edits: dict[tuple[str | None, int | None], list[Edit]] = defaultdict(list)
    for cut in cuts:
        first = True
        for segment, lo, hi in document.segments_in(cut.start, cut.end):
            loc = segment.locator
            if skip_images and loc.image is not None:
                continue
            local = (lo - segment.start + segment.offset, hi - segment.start + segment.offset)
            edits[(loc.part, loc.node)].append((*local, cut.replacement if first else ""))
            first = False
    return edits


def spliced(text: str, edits: list[Edit]) -> str:
    """``text`` with ``edits`` applied (from the end, so earlier offsets stay valid)."""
    for lo, hi, insert in sorted(edits, reverse=True):
        text = text[:lo] + insert + text[hi:]
    return text
