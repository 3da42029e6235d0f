"""PDF: each cut becomes one redaction rectangle per text line it touches (the union of its
characters' boxes, trimmed vertically so neighbouring lines are spared); PyMuPDF then removes
the glyphs, the image pixels and the line art under them and paints a filled box. The document
is then sanitized (annotations, form fields, outlines, page labels, embedded files, JavaScript,
metadata and XMP removed), the sanitized record is embedded as ``review-record.json``, and it is
written as a single revision with unreferenced objects dropped."""

from __future__ import annotations

from collections import defaultdict

import pymupdf

from pipeline.model import Box, Document

RECORD_NAME = "review-record.json"
CATALOG_KEYS = (
    "Names",
    "Dests",
    "OpenAction",
    "AA",
    "Outlines",
    "PageLabels",
    "AcroForm",
    "StructTreeRoot",
    "MarkInfo",
    "PieceInfo",
    "Metadata",
    "AF",
    "OCProperties",
)


def _rects(document: Document, cuts: list) -> dict[int, list[pymupdf.Rect]]:
    rects: dict[int, list[pymupdf.Rect]] = defaultdict(list)
    for cut in cuts:
        for segment, lo, hi in document.segments_in(cut.start, cut.end):
            boxes: list[Box] = list(segment.locator.boxes[lo - segment.start : hi - segment.start])
            if not boxes:
                continue
            rect = pymupdf.Rect(boxes[0])
            for box in boxes[1:]:
                rect |= pymupdf.Rect(box)
            inset = rect.height * 0.15
            rect.y0 += inset
            rect.y1 -= inset
            rects[segment.locator.page].append(rect)
    return rects


def _sanitize(pdf: pymupdf.Document) -> None:
    for page in pdf:
        for widget in list(page.widgets() or []):
            page.delete_widget(widget)
        annot = page.first_annot
        while annot is not None:
            annot = page.delete_annot(annot)
    for name in pdf.embfile_names():
        pdf.embfile_del(name)
    pdf.scrub(
        attached_files=True,
        clean_pages=True,
        embedded_files=True,
        hidden_text=False,
        javascript=True,
        metadata=True,
        redactions=True,
        redact_images=0,
        remove_links=True,
        reset_fields=True,
        reset_responses=True,
        thumbnails=True,
        xml_metadata=True,
    )
    pdf.set_toc([])
    catalog = pdf.pdf_catalog()
    for key in CATALOG_KEYS:
        if pdf.xref_get_key(catalog, key)[0] != "null":
            pdf.xref_set_key(catalog, key, "null")
    pdf.set_metadata({})
    pdf.del_xml_metadata()


def redact(document: Document, cuts: list, record: bytes, secrets: list[tuple[str, str]]) -> bytes:
    pdf: pymupdf.Document = document.source
    for number, rects in _rects(document, cuts).items():
        page = pdf[number - 1]
        for rect in rects:
            page.add_redact_annot(rect, fill=(0, 0, 0))
        page.apply_redactions(
            images=pymupdf.PDF_REDACT_IMAGE_PIXELS,
            graphics=pymupdf.PDF_REDACT_LINE_ART_NONE,
            text=pymupdf.PDF_REDACT_TEXT_REMOVE,
        )
    _sanitize(pdf)
    pdf.embfile_add(RECORD_NAME, record, filename=RECORD_NAME, desc="baomi review record")
    return pdf.tobytes(garbage=4, deflate=True, clean=True)
