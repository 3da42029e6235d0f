"""Verify what OCR read: the published images are looked at again, by a renderer that did not
write them (PDFium, not MuPDF), and fail closed.

For every page of the copy on which a scan was painted (a scanned page, or a text page with an
image OCR read), and every painted DOCX image:

- **pixel check**: each redacted character's box, mapped to the page, must be filled: nearly
  all of its pixels dark. A box that is not is a leak, whatever OCR makes of it;
- **re-reading**: the whole page is rendered at the resolution ingest read it at and its text
  lines are detected again, all of them. Recognized again (read) is every line that
  touches a redacted area or its surroundings (each redacted character's box grown by its
  height on every side), and every line that is not, pixel for pixel, a line ingest read:
  one that lies where no line was read, or whose pixels differ from the ingest reading's
  (``pipeline.ocr.fingerprint``: the line shrunk to eight rows, compared in grey). For a
  line that is a line ingest read, unchanged and away from the paint, the text ingest read
  there stands for it. All of that text is searched for every redacted value; a value found
  is a leak. Recognition was four fifths of the time of a reading; a page thus costs its
  detection and the lines around its redactions, instead of a second full reading.

A scanned page with nothing painted on it is not read again: its published image is the very
rendering ingest read (re-encoded), whose text was searched for every redacted value when the
review propagated them; reading it twice doubled the time of a scan for nothing found.

The invisible text layer a scanned page carries is text: the other readers of verify (PDFium's
text, pypdf's objects, the raw bytes) check it with the rest of the copy.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np

from pipeline.model import Box, Review, Scan
from pipeline.scans import span_boxes

DARK = 80  # a pixel at most this bright (0..255, the darkest channel) counts as painted
FILLED = 0.9  # share of a box's inner pixels that must be dark (a glyph fills far less)
DEFAULT_DPI = 200  # pages whose images were read at their own resolution


def _render(page, dpi: float) -> np.ndarray:  # type: ignore[no-untyped-def]
    bitmap = page.render(scale=dpi / 72, rev_byteorder=True, may_draw_forms=True)
    array = bitmap.to_numpy()
    return np.ascontiguousarray(array[:, :, :3]) if array.ndim == 3 else array


def _inner(box: Box, scale: float, width: int, height: int) -> tuple[int, int, int, int]:
    """The box in pixels of the rendering, less a fifth on each side (anti-aliased edges)."""
    x0, y0, x1, y1 = (v * scale for v in box)
    dx, dy = (x1 - x0) * 0.2, (y1 - y0) * 0.2
    return (
        max(0, int(x0 + dx)),
        max(0, int(y0 + dy)),
        min(width, int(np.ceil(x1 - dx))),
        min(height, int(np.ceil(y1 - dy))),
    )


def unfilled(image: np.ndarray, boxes: list[Box], scale: float) -> int:
    """How many of ``boxes`` (page points) are not painted in ``image`` (rendered at
    ``scale`` pixels a point)."""
    height, width = image.shape[:2]
    from pipeline.ocr import darkest as darkest_channel

    darkest = darkest_channel(image)
    missing = 0
    for box in boxes:
        x0, y0, x1, y1 = _inner(box, scale, width, height)
        if x1 <= x0 or y1 <= y0:
            continue  # a box thinner than two pixels: the re-reading covers it
        region = darkest[y0:y1, x0:x1]
        if float((region <= DARK).mean()) < FILLED:
            missing += 1
    return missing


def _grown(box: Box, by: float) -> Box:
    x0, y0, x1, y1 = box
    return (x0 - by, y0 - by, x1 + by, y1 + by)


def _meets(a: Box, b: Box) -> bool:
    return min(a[2], b[2]) > max(a[0], b[0]) and min(a[3], b[3]) > max(a[1], b[1])


def _inside(box: Box, outer: Box, share: float = 0.95) -> bool:
    """Whether at least ``share`` of ``box`` lies in ``outer``."""
    w = min(box[2], outer[2]) - max(box[0], outer[0])
    h = min(box[3], outer[3]) - max(box[1], outer[1])
    area = max(1e-6, (box[2] - box[0]) * (box[3] - box[1]))
    return w > 0 and h > 0 and w * h / area >= share


def to_read(
    image: np.ndarray, scale: float, scans: list[Scan], painted: list[Box]
) -> tuple[Callable[[Box], bool], list[str]]:
    """Which detected lines of ``image`` (a rendering at ``scale`` pixels a point, or the
    image itself at 1.0) must be recognized again, and the ingest text of those that need
    not: lines ingest read whose pixels are unchanged and that are away from ``painted``
    (redacted character boxes, page points)."""
    from pipeline import ocr

    near = [_grown(tuple(v * scale for v in b), (b[3] - b[1]) * scale) for b in painted]
    trusted: list[tuple[Box, str]] = []
    for scan in scans:
        for box, text, stored in scan.lines:
            at = tuple(v * scale for v in scan.to_page(box))
            if any(_meets(at, n) for n in near) or not ocr.same_print(stored, image, at):
                continue
            trusted.append((_grown(at, (at[3] - at[1]) * 0.25), text))

    def select(box: Box) -> bool:
        if any(_meets(box, n) for n in near):
            return True
        return not any(_inside(box, known) for known, _ in trusted)

    return select, [text for _, text in trusted]


def changed_text(image: np.ndarray, scale: float, scans: list[Scan], painted: list[Box]) -> str:
    """The text verify searches on one image of the copy (see the module's docstring)."""
    from pipeline import ocr

    select, kept = to_read(image, scale, scans, painted)
    read = [line.text for line in ocr.read(image, select=select).lines]
    return "\n".join(read + kept)


def pages_to_check(review: Review) -> dict[int, tuple[float, list[Box]]]:
    """Page number → (rendering resolution, redacted character boxes in page points)."""
    document = review.document
    spans = [(f.start, f.end) for f in review.redacted()]
    boxes = span_boxes(document, spans)
    pages: dict[int, tuple[float, list[Box]]] = {}
    per_page: dict[int, list[Box]] = defaultdict(list)
    for key, found in boxes.items():
        scan = document.scans[key]
        if scan.page is not None and scan.rect is not None:
            per_page[scan.page].extend(scan.to_page(box) for box in found)
    for scan in document.scans.values():
        if scan.page is None or scan.page not in per_page:
            continue
        dpi = scan.dpi or DEFAULT_DPI
        previous = pages.get(scan.page, (0.0, []))[0]
        pages[scan.page] = (max(dpi, previous), per_page[scan.page])
    return pages


def reread(path: Path, review: Review) -> Iterator[tuple[str, str | int]]:
    """("text", OCR text of a page) and ("unfilled", count) for each checked page."""
    import pypdfium2 as pdfium


    pages = pages_to_check(review)
    if not pages:
        return
    pdf = pdfium.PdfDocument(str(path))
    try:
        for number, (dpi, boxes) in sorted(pages.items()):
            page = pdf[number - 1]
            image = _render(page, dpi)
            page.close()
            missing = unfilled(image, boxes, dpi / 72)
            if missing:
                yield "unfilled", missing
            on_page = [s for s in review.document.scans.values() if s.page == number and s.rect]
            yield "text", changed_text(image, dpi / 72, on_page, boxes)
            del image
    finally:
        pdf.close()


def reread_parts(path: Path, review: Review) -> Iterator[tuple[str, str | int]]:
    """The same for the images of a DOCX copy: each media part OCR read, opened from the
    copy's package (read with ``zipfile``, not the writer), checked and read again."""
    import zipfile

    import pymupdf

    from pipeline import ocr

    document = review.document
    boxes = span_boxes(document, [(f.start, f.end) for f in review.redacted()])
    with zipfile.ZipFile(path) as package:
        names = set(package.namelist())
        for scan in document.scans.values():
            if scan.kind != "part" or scan.part is None:
                continue
            painted = boxes.get(scan.key, [])
            if not painted or scan.part not in names:
                continue  # nothing painted, or left out of the copy (its reference was cut)
            image = ocr.pixmap_rgb(pymupdf.Pixmap(package.read(scan.part)))
            missing = unfilled(image, painted, 1.0)
            if missing:
                yield "unfilled", missing
            yield "text", changed_text(image, 1.0, [scan], painted)
