"""Image parts redacted as areas: a box of an image (in pixels), or all of it, filled black.

The result is always an 8-bit PNG without alpha, the same size as the image (so verify can
decode it with a reader of its own); a part that was not a PNG is renamed by the caller
(``.png``), since a reader picks the decoder by the part's name. An image MuPDF cannot decode
(a vector picture: EMF, WMF, SVG) becomes a black PNG.
"""

from __future__ import annotations

from pipeline.model import Box
from pipeline.pdflib import MUPDF_ERRORS, pymupdf

BLACK = (0, 0, 0)
_FALLBACK_SIZE = 64


def _pixmap(data: bytes) -> pymupdf.Pixmap | None:
    try:
        pixmap = pymupdf.Pixmap(data)
    except (*MUPDF_ERRORS, ValueError, TypeError):
        return None
    if pixmap.colorspace is None or pixmap.colorspace.n not in (1, 3):
        pixmap = pymupdf.Pixmap(pymupdf.csRGB, pixmap)  # CMYK, indexed, alpha-only
    return pixmap


def paint(data: bytes, box: Box | None) -> bytes:
    """The image as a PNG with ``box`` (pixels; ``None``: the whole image) filled black."""
    pixmap = _pixmap(data)
    if pixmap is None:
        size = pymupdf.IRect(0, 0, _FALLBACK_SIZE, _FALLBACK_SIZE)
        blank = pymupdf.Pixmap(pymupdf.csRGB, size, False)
        blank.clear_with(0)
        return blank.tobytes("png")
    if pixmap.alpha:
        pixmap = pymupdf.Pixmap(pixmap, 0)  # drop the alpha: a transparent box hides nothing
    whole = pymupdf.IRect(0, 0, pixmap.width, pixmap.height)
    if box is None:
        target = whole
    else:
        x0, y0, x1, y1 = box
        # Every pixel the box touches, so a fractional edge leaves nothing half-covered.
        target = pymupdf.IRect(int(x0), int(y0), -int(-x1), -int(-y1)) & whole
    if not target.is_empty:
        color = BLACK[: pixmap.n] if pixmap.n in (1, 3) else BLACK
        pixmap.set_rect(target, color)
    return pixmap.tobytes("png")
