"""Where the spans of the flat text that OCR read lie in their images: the character boxes
that redact paints and that verify checks are painted. Shared by both stages, which never
import each other."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from pipeline.model import Box, Document


def span_boxes(document: Document, spans: Iterable[tuple[int, int]]) -> dict[str, list[Box]]:
    """Per scan key, the pixel box of every OCR character inside one of ``spans``."""
    boxes: dict[str, list[Box]] = defaultdict(list)
    for start, end in spans:
        for segment, lo, hi in document.segments_in(start, end):
            key = segment.locator.image
            if key is None or key not in document.scans:
                continue
            boxes[key].extend(segment.locator.boxes[lo - segment.start : hi - segment.start])
    return boxes
