"""PDF: characters and their boxes from PyMuPDF's ``rawdict``. Each text line is a segment
holding one box per character. A line that runs to the right margin and continues on the next
line (a wrapped paragraph) is joined to it without a break, so a number or a name wrapped
across lines is still one string for detection. Pages without any text layer are reported as
unverifiable: what is in their images cannot be checked."""

from __future__ import annotations

from typing import Any

import pymupdf

from pipeline.config import Config
from pipeline.errors import InputError
from pipeline.model import Box, Document, Locator

# Without TEXT_MEDIABOX_CLIP: text placed outside the page is text of the document too.
_FLAGS = pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_PRESERVE_LIGATURES


def open_pdf(data: bytes) -> pymupdf.Document:
    try:
        pdf = pymupdf.open(stream=data, filetype="pdf")
    except (pymupdf.FileDataError, RuntimeError, ValueError):
        raise InputError("pdf_corrupt") from None
    if pdf.needs_pass and not pdf.authenticate(""):
        raise InputError("pdf_encrypted")
    if pdf.page_count == 0:
        raise InputError("pdf_no_pages")
    return pdf


def _lines(page: pymupdf.Page) -> list[tuple[str, list[Box], Box]]:
    """Every text line of the page as (text, character boxes, line box), in reading order."""
    raw: dict[str, Any] = page.get_text("rawdict", flags=_FLAGS, clip=pymupdf.INFINITE_RECT())
    lines = []
    for block in raw.get("blocks", []):
        for line in block.get("lines", []):
            chars = [c for span in line.get("spans", []) for c in span.get("chars", [])]
            if not chars:
                continue
            text = "".join(c["c"] for c in chars)
            boxes = [tuple(c["bbox"]) for c in chars]
            lines.append((text, boxes, tuple(line["bbox"])))
    return lines


def _wraps(prev: Box, nxt: Box, right: float, left: float) -> bool:
    """``prev`` ends at the right margin and ``nxt`` is the next line, starting at the left."""
    height = max(prev[3] - prev[1], 1.0)
    return (
        right - prev[2] < height * 1.2
        and 0 <= nxt[1] - prev[1] <= height * 2.0
        and nxt[0] - left < height * 2.5
    )


def ingest(document: Document, config: Config) -> None:
    pdf = open_pdf(document.data)
    if pdf.page_count > config.max_pages:
        raise InputError("too_many_pages", pages=pdf.page_count, limit=config.max_pages)
    document.source = pdf
    document.pages = pdf.page_count
    try:
        for number, page in enumerate(pdf, start=1):
            lines = _lines(page)
            if not lines:
                if page.get_images():
                    document.unverifiable.append(f"page {number}: no text layer")
                continue
            right = max(box[2] for _, _, box in lines)
            left = min(box[0] for _, _, box in lines)
            for i, (text, boxes, box) in enumerate(lines):
                document.add_segment(text, Locator(page=number, boxes=tuple(boxes)))
                following = lines[i + 1][2] if i + 1 < len(lines) else None
                if not (following and text.strip() and _wraps(box, following, right, left)):
                    document.add_separator("\n")
            document.add_separator("\n")
    except RuntimeError:
        raise InputError("pdf_corrupt") from None
