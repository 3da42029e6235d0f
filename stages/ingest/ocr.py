"""Ingest by OCR: scanned PDF pages, images on text pages, DOCX media and image files become
text segments of the document like any other, so every recognizer, the NER model, context,
propagation and the policy work on them exactly as on text.

Each recognized line is one segment whose ``Locator`` names its image (``image``, the key of a
``Scan`` in ``Document.scans``) and holds one box per character in that image's pixels; the
scan says how those pixels lie on the page. A line read with less than the minimum
confidence is still text of the document (so a value in it is still found and redacted), and
its span is also listed as uncertain, which detect turns into a ``review`` finding with its
box. A region detection saw as text but recognition could not read at all is a single
U+FFFD character with that region's box: never silently clean.

``--ocr off`` reads nothing here: every such image is reported in ``Document.unverifiable``,
which blocks the publication of the document as unread content does.
"""

from __future__ import annotations

import numpy as np

from pipeline.config import Config
from pipeline.model import Boxes, Document, Locator, Scan
from pipeline.pdflib import MUPDF_ERRORS, pymupdf

UNREAD = "\ufffd"
# Images smaller than this (either side, pixels) hold no readable text: rules, bullets, logos.
MIN_SIDE = 24


def _pixels(pix: pymupdf.Pixmap) -> np.ndarray:
    from pipeline.ocr import pixmap_rgb

    return pixmap_rgb(pix)


def add_scan(document: Document, scan: Scan, image: np.ndarray, config: Config) -> None:
    """Read ``image`` and add its lines to the document as segments of ``scan``. Reading
    it extends the document's time limit (``pipeline.time_budget``)."""
    from pipeline import ocr, time_budget

    time_budget.grant(config.ocr_page_seconds * time_budget.share(image.shape[1], image.shape[0]))
    page = ocr.read(image)
    scan.rotation = page.rotation
    scan.lines = [(line.box, line.text, ocr.fingerprint(image, line.box)) for line in page.lines]
    document.scans[scan.key] = scan
    if not page.lines and scan.kind == "page":
        # A scanned page with no text OCR could find (blank, a photo, handwriting, a tiny
        # image): a person must look at it; it is not clean because nothing was read.
        start = document.length
        whole = (0.0, 0.0, float(scan.width), float(scan.height))
        document.add_segment(
            UNREAD, Locator(page=scan.page, image=scan.key, boxes=Boxes([whole]))
        )
        scan.uncertain.append((start, start + 1, 0.0))
        document.add_separator("\n\n")
        return
    read = [line for line in page.lines if line.text]
    right = max((line.box[2] for line in read), default=0.0)
    left = min((line.box[0] for line in read), default=0.0)
    for i, line in enumerate(page.lines):
        text, boxes = (line.text, line.boxes) if line.text else (UNREAD, (line.box,))
        start = document.length
        document.add_segment(
            text, Locator(page=scan.page, part=scan.part, image=scan.key, boxes=Boxes(boxes))
        )
        if not line.text or line.confidence < config.ocr_min_confidence:
            scan.uncertain.append((start, start + len(text), round(line.confidence, 4)))
        following = page.lines[i + 1] if i + 1 < len(page.lines) else None
        if not (following and line.text and following.text and _wraps(line, following, right, left)):
            document.add_separator("\n")
    document.add_separator("\n")


def _wraps(line, following, right: float, left: float) -> bool:  # type: ignore[no-untyped-def]
    """``line`` runs to the right margin and ``following`` starts the next line at the left
    margin: a wrapped paragraph, whose lines are one text (a number wrapped across two lines
    is one value). As for PDF text lines (stages/ingest/pdf.py)."""
    x0, y0, x1, y1 = line.box
    nx0, ny0 = following.box[0], following.box[1]
    height = max(y1 - y0, 1.0)
    return (
        right - x1 < height * 1.2
        and x0 - left < height * 2.5
        and 0 <= ny0 - y0 <= height * 2.0
        and nx0 - left < height * 2.5
    )


def render_page(page: pymupdf.Page, dpi: int) -> np.ndarray:
    """The page as a reader sees it (rotation applied), RGB, at ``dpi``."""
    return _pixels(page.get_pixmap(dpi=dpi, alpha=False))


def page_scan(page: pymupdf.Page, number: int, dpi: int) -> tuple[Scan, np.ndarray]:
    image = render_page(page, dpi)
    rect = page.rect
    scan = Scan(
        key=f"page:{number}",
        kind="page",
        width=int(image.shape[1]),
        height=int(image.shape[0]),
        page=number,
        dpi=dpi,
        rect=(rect.x0, rect.y0, rect.x1, rect.y1),
    )
    return scan, image


def scan_dpi(page: pymupdf.Page, maximum: int) -> int:
    """The resolution to render a page at: that of its sharpest image (a 150-dpi scan is
    read at 150 dpi, not blown up), at least 150 dpi, at most ``maximum``."""
    best = 0.0
    try:
        for info in page.get_image_info():
            x0, y0, x1, y1 = info["bbox"]
            extent = max(abs(x1 - x0), abs(y1 - y0))
            if extent > 1:
                best = max(best, max(info["width"], info["height"]) / (extent / 72))
    except MUPDF_ERRORS:
        best = 0.0
    if best <= 0:
        return maximum
    return int(min(maximum, max(150, round(best))))


def has_visible_content(page: pymupdf.Page) -> bool:
    """Whether a page without text shows anything: an image, or line art (a page whose text
    was turned into outlines is drawings only)."""
    try:
        return bool(page.get_images()) or bool(page.get_drawings())
    except MUPDF_ERRORS:
        return True


def image_scans(pdf: pymupdf.Document, page: pymupdf.Page, number: int):  # type: ignore[no-untyped-def]
    """(scan, pixels) of every image object drawn on a text page that could hold text."""
    seen: set[int] = set()
    for item in page.get_images(full=True):
        xref, width, height = item[0], item[2], item[3]
        if xref in seen or width < MIN_SIDE or height < MIN_SIDE:
            continue
        seen.add(xref)
        try:
            pix = pymupdf.Pixmap(pdf, xref)
            image = _pixels(pix)
            rects = page.get_image_rects(xref)
        except (ValueError, RuntimeError, *MUPDF_ERRORS):
            yield None, xref
            continue
        rect = rects[0] if rects else None
        yield (
            Scan(
                key=f"image:{number}:{xref}",
                kind="image",
                width=int(image.shape[1]),
                height=int(image.shape[0]),
                page=number,
                xref=xref,
                rect=(rect.x0, rect.y0, rect.x1, rect.y1) if rect else None,
            ),
            image,
        )


def read_pdf_page(
    document: Document, pdf: pymupdf.Document, page: pymupdf.Page, number: int, has_text: bool,
    config: Config,
) -> None:
    """OCR of one PDF page as the mode says: a page without text that shows something is read
    whole; on a text page each image is read (``force``: every page is read whole)."""
    mode = config.ocr_mode
    if mode == "off" or (not has_text and not has_visible_content(page)):
        return  # --ocr off: ingest reports the page's images as unverifiable
    if mode == "force" or not has_text:
        scan, image = page_scan(page, number, scan_dpi(page, config.ocr_dpi))
        add_scan(document, scan, image, config)
        return
    for scan, image in image_scans(pdf, page, number):
        if scan is None:
            document.add_unverifiable(
                "image", f"page {number}: an image could not be decoded", page=number,
                box=tuple(page.rect),
            )
            continue
        add_scan(document, scan, image, config)
    infos = _image_infos(page)
    if infos == []:
        document.image_free_pages.add(number)
    for box in _inline_images(page, infos):
        # Inline images (BI … ID … EI) are not image objects OCR can open: unread.
        document.add_unverifiable(
            "image", f"page {number}: an inline image on a text page", page=number, box=box
        )


def _image_infos(page: pymupdf.Page) -> list[dict] | None:
    """Every image drawn on the page (image objects with their xref, inline images with
    none), or None when MuPDF cannot list them."""
    try:
        return page.get_image_info(xrefs=True)
    except MUPDF_ERRORS:
        return None


def _inline_images(
    page: pymupdf.Page, infos: list[dict] | None
) -> list[tuple[float, float, float, float]]:
    if infos is None:
        return [tuple(page.rect)]
    boxes = []
    for info in infos:
        if info.get("xref", 0) or min(info.get("width", 0), info.get("height", 0)) < MIN_SIDE:
            continue
        rect = pymupdf.Rect(info["bbox"]) & page.rect
        if not rect.is_empty:
            boxes.append(tuple(rect))
    return boxes


# --- DOCX media ---------------------------------------------------------------------------



def _decoded(data: bytes) -> np.ndarray | None:
    try:
        return _pixels(pymupdf.Pixmap(data))
    except (ValueError, RuntimeError, TypeError, *MUPDF_ERRORS):
        return None


def read_docx_images(document: Document, entries: dict[str, bytes], config: Config) -> None:
    """OCR of every raster image in ``entries`` (the package's image parts: body, headers,
    footers, text boxes, the glossary: wherever a part draws it, the image is a part of its
    own). An image that cannot be decoded is unverifiable."""
    for name in sorted(entries):
        image = _decoded(entries[name])
        if image is None:
            document.add_unverifiable("image", "an image that could not be decoded", part=name)
            continue
        if image.shape[0] < MIN_SIDE or image.shape[1] < MIN_SIDE:
            continue
        scan = Scan(
            key=f"part:{name}",
            kind="part",
            width=int(image.shape[1]),
            height=int(image.shape[0]),
            part=name,
        )
        add_scan(document, scan, image, config)
