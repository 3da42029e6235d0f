"""Areas of a PDF copy redacted as a whole (a reviewer's manual area redaction), checked with
PDFium, not with MuPDF which wrote the copy: inside each area there is no character (of the
text layer, by its centre), no image pixel that is not dark (each image's own pixels, mapped
through its placement), and the page as rendered is black (the box is painted).

Areas are in page points as MuPDF's text extraction gives them (origin at the top left of the
crop box, y downwards, the page unrotated), like every box baomi shows; PDFium works in the
page's user space (y upwards), so each area is mapped there first (``_to_user``), and a page is
rendered unrotated.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pypdfium2 as pdfium

# A pixel brighter than this (0–255) inside a redacted area is something left visible.
DARK = 64
# Antialiased edges of the painted box and of glyphs: looked at from this far inside (points).
MARGIN = 1.0

Box = tuple[float, float, float, float]


def _to_user(page: pdfium.PdfPage, box: Box) -> Box:
    """``box`` (top-left origin at the crop box's corner, unrotated, as MuPDF's text
    extraction gives it) in user space (l, b, r, t)."""
    left, _bottom, _right, top = page.get_cropbox()
    return (left + box[0], top - box[3], left + box[2], top - box[1])


def _inside(user: Box, x: float, y: float) -> bool:
    x0, y0, x1, y1 = user
    return x0 + MARGIN < x < x1 - MARGIN and y0 + MARGIN < y < y1 - MARGIN


def _chars_inside(page: pdfium.PdfPage, user: Box) -> int:
    textpage = page.get_textpage()
    try:
        found = 0
        for index in range(textpage.count_chars()):
            if not textpage.get_text_range(index, 1).strip():
                continue
            x0, y0, x1, y1 = textpage.get_charbox(index)
            if _inside(user, (x0 + x1) / 2, (y0 + y1) / 2):
                found += 1
        return found
    finally:
        textpage.close()


def _light_image_pixels(page: pdfium.PdfPage, user: Box) -> bool:
    """Whether an image drawn into the area still has a light pixel there."""
    for obj in page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE]):
        # pypdfium2 5 renamed ``get_pos`` to ``get_bounds``: either, so no version fails
        # every area with an image under it.
        bounds = getattr(obj, "get_bounds", None) or obj.get_pos
        x0, y0, x1, y1 = bounds()
        if x1 <= user[0] or x0 >= user[2] or y1 <= user[1] or y0 >= user[3]:
            continue
        a, bb, c, d, e, f = obj.get_matrix().get()
        det = a * d - bb * c
        if abs(det) < 1e-9:
            continue
        image = obj.get_bitmap(render=False).to_pil().convert("L")
        width, height = image.size
        cols, rows = [], []
        ux0, uy0, ux1, uy1 = user
        for x, y in ((ux0, uy0), (ux0, uy1), (ux1, uy0), (ux1, uy1)):
            # Unit square of the image (s, t), then its pixels (row 0 at the top, t = 1).
            s = (d * (x - e) - c * (y - f)) / det
            tt = (-bb * (x - e) + a * (y - f)) / det
            cols.append(s * width)
            rows.append((1 - tt) * height)
        # Shrunk by a pixel at each side, as the painted box's edge is antialiased.
        x0, x1 = max(0, int(min(cols)) + 1), min(width, int(max(cols)) - 1)
        y0, y1 = max(0, int(min(rows)) + 1), min(height, int(max(rows)) - 1)
        if x1 <= x0 or y1 <= y0:
            continue
        if image.crop((x0, y0, x1, y1)).getextrema()[1] > DARK:
            return True
    return False


def _rendered_light(page: pdfium.PdfPage, box: Box, scale: float = 2.0) -> bool:
    if page.get_rotation():
        page.set_rotation(0)  # in memory only: pixels then lie as the box's points do
    image = page.render(scale=scale, grayscale=True).to_pil().convert("L")
    x0 = max(0, int((box[0] + MARGIN) * scale))
    y0 = max(0, int((box[1] + MARGIN) * scale))
    x1 = min(image.width, int((box[2] - MARGIN) * scale))
    y1 = min(image.height, int((box[3] - MARGIN) * scale))
    if x1 <= x0 or y1 <= y0:
        return False
    return image.crop((x0, y0, x1, y1)).getextrema()[1] > DARK


def leftovers(path: Path, areas: Iterable[tuple[int, tuple[float, ...]]]) -> list[int]:
    """The pages (1-based) where an area of ``areas`` (page, box) still shows or holds
    something; a page that does not exist counts as one (fail closed)."""
    pdf = pdfium.PdfDocument(str(path))
    try:
        bad: list[int] = []
        for number, raw in areas:
            box: Box = tuple(float(v) for v in raw)  # type: ignore[assignment]
            if not 1 <= number <= len(pdf) or len(box) != 4:
                bad.append(number)
                continue
            page = pdf[number - 1]
            try:
                user = _to_user(page, box)
                if (
                    _chars_inside(page, user)
                    or _light_image_pixels(page, user)
                    or _rendered_light(page, box)
                ):
                    bad.append(number)
            finally:
                page.close()
        return sorted(set(bad))
    finally:
        pdf.close()
