"""PDF images under redaction boxes: a copy of the image with the pixels under each box painted
black (its soft mask, if any, made opaque there), written as a new image object; the original
is left for the other pages that draw it, and the page that drew it names the copy instead
(``stages.redact.pdf_content``). An image mask (a stencil) or an image MuPDF cannot decode is
``Unsupported``."""

from __future__ import annotations

import math

from pipeline.pdflib import MUPDF_ERRORS, pymupdf
from stages.redact.pdf_lexer import Unsupported

Rect = tuple[float, float, float, float]


def _pixels(box: Rect, width: int, height: int) -> pymupdf.IRect:
    """The pixels a box of the image's unit square covers (image space: (0, 0) is the image's
    bottom left, its first row is at the top), rounded outwards."""
    u0, v0, u1, v1 = box
    return pymupdf.IRect(
        math.floor(u0 * width),
        math.floor((1 - v1) * height),
        math.ceil(u1 * width),
        math.ceil((1 - v0) * height),
    ) & pymupdf.IRect(0, 0, width, height)


def _painted(pdf: pymupdf.Document, xref: int, boxes: list[Rect], value: int) -> pymupdf.Pixmap:
    if pdf.xref_get_key(xref, "ImageMask")[1] == "true":
        raise Unsupported("an image mask")
    try:
        pixmap = pymupdf.Pixmap(pdf, xref)
    except (*MUPDF_ERRORS, ValueError, RuntimeError) as exc:
        raise Unsupported("an image MuPDF cannot decode") from exc
    if pixmap.alpha:
        pixmap = pymupdf.Pixmap(pixmap, 0)
    if pixmap.colorspace is None or pixmap.colorspace.n not in (1, 3):
        pixmap = pymupdf.Pixmap(pymupdf.csRGB, pixmap)
    for box in boxes:
        area = _pixels(box, pixmap.width, pixmap.height)
        if not area.is_empty:
            pixmap.set_rect(area, (value,) * pixmap.n)
    return pixmap


def _new_image(pdf: pymupdf.Document, pixmap: pymupdf.Pixmap, extra: str = "") -> int:
    space = "DeviceGray" if pixmap.n == 1 else "DeviceRGB"
    xref = pdf.get_new_xref()
    pdf.update_object(
        xref,
        f"<</Type/XObject/Subtype/Image/Width {pixmap.width}/Height {pixmap.height}"
        f"/ColorSpace/{space}/BitsPerComponent 8{extra}>>",
    )
    pdf.update_stream(xref, pixmap.samples, new=True)
    return xref


def redacted_copy(pdf: pymupdf.Document, xref: int, boxes: list[Rect]) -> int:
    """A new image object: image ``xref`` with the pixels under ``boxes`` (its unit square)
    painted black. Nothing is written if the image cannot be painted."""
    image = _painted(pdf, xref, boxes, 0)
    mask = ""
    kind, value = pdf.xref_get_key(xref, "SMask")
    if kind == "xref":
        smask = _painted(pdf, int(value.split()[0]), boxes, 255)
        if smask.n != 1:
            smask = pymupdf.Pixmap(pymupdf.csGRAY, smask)
        mask = f"/SMask {_new_image(pdf, smask)} 0 R"
    return _new_image(pdf, image, mask)
