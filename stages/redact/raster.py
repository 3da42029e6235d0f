"""Redaction in the pixels of what OCR read, for the PDF writer of the redact stage.

A redacted span read by OCR is painted black in the image itself; the image data a reader
could open is replaced, never hidden under a box:

- a **scanned page** (``Scan.kind == "page"``) is rebuilt: it is rendered at the resolution
  OCR read it at, the redacted boxes are painted, and the page's content and resources are
  replaced by that one image and an invisible text layer (render mode 3, as OCRmyPDF writes
  it) of the OCR text with each redacted span replaced by its placeholder. Every image the
  page drew before (other resolutions, soft masks, JBIG2 globals, thumbnails) is no longer
  referenced and is dropped when the file is written (``garbage=4``); the new JPEG has no
  EXIF or XMP. Every scanned page is rebuilt, redacted or not, so each carries the text layer;
- an **image on a text page** (``Scan.kind == "image"``) with a redacted span gets a new
  image object in place of the old one (same object number, so every use of it is painted):
  a plain RGB Flate image with no soft mask, no alternates, no decode parameters.

Boxes are the OCR characters' boxes grown by a margin (a fifth of the line height), so the
edges of the glyphs go too.
"""

from __future__ import annotations

import numpy as np

from pipeline.model import Box, Document, Scan
from pipeline.pdflib import pymupdf
from pipeline.scans import span_boxes

JPEG_QUALITY = 80
FONT = "china-s"  # a CJK font PDF readers know (not embedded): for invisible text only


def painted_boxes(document: Document, cuts: list) -> dict[str, list[Box]]:
    """Per scan key, the pixel boxes to paint (characters of redacted spans, with margin)."""
    boxes = span_boxes(document, ((cut.start, cut.end) for cut in cuts))
    return {key: [grown(b, document.scans[key]) for b in found] for key, found in boxes.items()}


def grown(box: Box, scan: Scan) -> Box:
    x0, y0, x1, y1 = box
    margin = max(2.0, (y1 - y0) * 0.2, (x1 - x0) * 0.1)
    return (
        max(0.0, x0 - margin),
        max(0.0, y0 - margin),
        min(float(scan.width), x1 + margin),
        min(float(scan.height), y1 + margin),
    )


def paint(image: np.ndarray, boxes: list[Box]) -> np.ndarray:
    for x0, y0, x1, y1 in boxes:
        image[int(y0) : int(np.ceil(y1)), int(x0) : int(np.ceil(x1))] = 0
    return image


def _pixels(pix: pymupdf.Pixmap) -> np.ndarray:
    """RGB, alpha composited over white: the replacement keeps no soft mask."""
    from pipeline.ocr import pixmap_rgb

    return pixmap_rgb(pix)


def _jpeg(image: np.ndarray) -> bytes:
    """The image as a JPEG without metadata (a bare JFIF header): grey when it has no
    colour. Encoded by OpenCV's libjpeg-turbo with optimized Huffman tables: a 300-dpi A4
    page in 0.08 CPU-s instead of MuPDF's 0.6–0.9, and a smaller file."""
    import cv2

    grey = bool(np.array_equal(image[:, :, 0], image[:, :, 1])) and bool(
        np.array_equal(image[:, :, 1], image[:, :, 2])
    )
    if grey:
        plane = np.ascontiguousarray(image[:, :, 0])
    else:
        plane = cv2.cvtColor(np.ascontiguousarray(image), cv2.COLOR_RGB2BGR)
    params = [cv2.IMWRITE_JPEG_QUALITY, JPEG_QUALITY, cv2.IMWRITE_JPEG_OPTIMIZE, 1]
    ok, encoded = cv2.imencode(".jpg", plane, params)
    if not ok:
        raise ValueError("a painted page could not be encoded")
    return encoded.tobytes()


def _covers(area: Box, box: Box) -> bool:
    """Whether ``area`` holds the centre of ``box``."""
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return area[0] <= x <= area[2] and area[1] <= y <= area[3]


def _meets(area: Box, box: Box) -> bool:
    return box[0] < area[2] and box[2] > area[0] and box[1] < area[3] and box[3] > area[1]


def _text_lines(document: Document, scan: Scan, cuts: list, hidden: list[Box] = ()):  # type: ignore[no-untyped-def,assignment]
    """(text, line box in pixels) of the scan's OCR lines, each redacted span replaced by
    its placeholder (cuts are merged and ordered, so they never overlap), without the
    characters inside an area redacted as a whole (``hidden``, in pixels): the painted area
    must not come back as invisible text. A line whose characters have no boxes of their
    own is left out if it meets an area at all."""
    for segment in document.segments:
        if segment.locator.image != scan.key or not segment.locator.boxes:
            continue
        text = document.text
        if text[segment.start : segment.end] == "\ufffd":
            continue
        boxes = list(segment.locator.boxes)
        box = (
            min(b[0] for b in boxes),
            min(b[1] for b in boxes),
            max(b[2] for b in boxes),
            max(b[3] for b in boxes),
        )
        gone: set[int] = set()
        if hidden and any(_meets(area, box) for area in hidden):
            if len(boxes) != segment.end - segment.start:
                continue
            gone = {
                segment.start + i
                for i, char in enumerate(boxes)
                if any(_covers(area, char) for area in hidden)
            }

        pieces, at = [], segment.start
        for cut in cuts:
            if cut.end <= segment.start or cut.start >= segment.end:
                continue
            low, high = max(cut.start, segment.start), min(cut.end, segment.end)
            pieces.extend((_kept(text, at, low, gone), cut.replacement))
            at = high
        pieces.append(_kept(text, at, segment.end, gone))
        yield "".join(pieces), box


def _kept(text: str, low: int, high: int, gone: set[int]) -> str:
    return "".join(text[i] for i in range(low, high) if i not in gone)


def _em_width(text: str) -> float:
    return sum(0.5 if ord(ch) < 0x2E80 else 1.0 for ch in text) or 1.0


def _write_text_layer(page: pymupdf.Page, lines, scale: float) -> None:  # type: ignore[no-untyped-def]
    for text, (x0, y0, x1, y1) in lines:
        if not text.strip():
            continue
        size = max(1.0, (y1 - y0) * scale * 0.85)
        width = (x1 - x0) * scale
        stretch = max(0.1, min(10.0, width / (_em_width(text) * size)))
        origin = pymupdf.Point(x0 * scale, y1 * scale - (y1 - y0) * scale * 0.15)
        page.insert_text(
            origin,
            text,
            fontname=FONT,
            fontsize=size,
            render_mode=3,
            morph=(origin, pymupdf.Matrix(stretch, 1)),
        )


def rebuild_page(
    pdf: pymupdf.Document,
    document: Document,
    scan: Scan,
    boxes: list[Box],
    cuts: list,
    areas: list[Box | None] = (),  # type: ignore[assignment]
) -> None:
    """Replace a scanned page by its rendered, painted image and the invisible text layer
    (without what lies in ``areas``: page points, None for the whole page)."""
    page = pdf[scan.page - 1]
    pix = page.get_pixmap(dpi=scan.dpi, alpha=False)
    image = _pixels(pix)
    if image.shape[1] != scan.width or image.shape[0] != scan.height:
        raise ValueError("a scanned page rendered differently from its reading")
    paint(image, boxes)
    width, height = page.rect.width, page.rect.height
    xref = page.xref
    for key in ("TrimBox", "BleedBox", "ArtBox", "Group", "UserUnit"):
        pdf.xref_set_key(xref, key, "null")
    # Set on the page itself, so nothing is inherited from the page tree.
    box = f"[0 0 {width:.4f} {height:.4f}]"
    pdf.xref_set_key(xref, "MediaBox", box)
    pdf.xref_set_key(xref, "CropBox", box)
    pdf.xref_set_key(xref, "Rotate", "0")
    pdf.xref_set_key(xref, "Resources", "<<>>")
    pdf.xref_set_key(xref, "Contents", "null")
    page = pdf.reload_page(page)
    page.insert_image(pymupdf.Rect(0, 0, width, height), stream=_jpeg(image))
    scale = width / scan.width
    hidden = [
        tuple(v / scale for v in area) if area else (0.0, 0.0, scan.width, scan.height)
        for area in areas
    ]
    _write_text_layer(page, _text_lines(document, scan, cuts, hidden), scale)  # type: ignore[arg-type]


def replace_image(pdf: pymupdf.Document, scan: Scan, boxes: list[Box]) -> None:
    """Give image object ``scan.xref`` new, painted pixels and nothing else."""
    pix = pymupdf.Pixmap(pdf, scan.xref)
    image = _pixels(pix)
    if image.shape[1] != scan.width or image.shape[0] != scan.height:
        raise ValueError("an image decoded differently from its reading")
    paint(image, boxes)
    pdf.update_object(
        scan.xref,
        f"<< /Type /XObject /Subtype /Image /Width {image.shape[1]} /Height {image.shape[0]}"
        " /ColorSpace /DeviceRGB /BitsPerComponent 8 >>",
    )
    pdf.update_stream(scan.xref, np.ascontiguousarray(image).tobytes(), new=True, compress=True)


def replace_images(pdf: pymupdf.Document, document: Document, cuts: list) -> None:
    """Paint the images on text pages. Run before MuPDF redacts the text: a text box over an
    image makes MuPDF write a new image object, and the one OCR read must be painted first."""
    boxes = painted_boxes(document, cuts)
    for scan in document.scans.values():
        if scan.kind == "image" and boxes.get(scan.key):
            replace_image(pdf, scan, boxes[scan.key])


def rebuild_pages(
    pdf: pymupdf.Document, document: Document, cuts: list, areas: list | tuple = ()
) -> None:
    """Rebuild every scanned page. Run after MuPDF redacted the text (a page read under
    ``--ocr force`` has text too): its boxes, and the areas redacted as a whole, are then
    part of the rendering, in the page's own coordinates, before the page is turned upright
    and replaced."""
    boxes = painted_boxes(document, cuts)
    for scan in document.scans.values():
        if scan.kind == "page":
            painted = boxes.get(scan.key, [])
            on_page = [a.box for a in areas if a.page == scan.page]
            if on_page:
                rebuild_page(pdf, document, scan, painted, cuts, on_page)
            else:
                rebuild_page(pdf, document, scan, painted, cuts)


def _encode_like(image: np.ndarray, original: bytes) -> bytes:
    """The painted image in the format of the part it replaces (its name and content type
    stay right): JPEG for a JPEG, PNG otherwise. Written fresh: no metadata."""
    if original.startswith(b"\xff\xd8"):
        return _jpeg(image)
    data = np.ascontiguousarray(image).tobytes()
    pix = pymupdf.Pixmap(pymupdf.csRGB, image.shape[1], image.shape[0], data, 0)
    return pix.tobytes("png")


def painted_parts(document: Document, cuts: list) -> dict[str, bytes]:
    """DOCX media parts with redacted spans, painted (part name → new bytes)."""
    out: dict[str, bytes] = {}
    entries = document.source.entries
    for key, boxes in painted_boxes(document, cuts).items():
        scan = document.scans[key]
        if scan.kind != "part" or scan.part not in entries or not boxes:
            continue
        original = entries[scan.part]
        image = _pixels(pymupdf.Pixmap(original))
        if image.shape[1] != scan.width or image.shape[0] != scan.height:
            raise ValueError("an image decoded differently from its reading")
        out[scan.part] = _encode_like(paint(image, boxes), original)
    return out
