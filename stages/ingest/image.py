"""Image files given directly (JPEG, PNG, TIFF with all its pages, BMP): each image, or each
frame of a TIFF, becomes one page of a PDF, which is then read like a scanned PDF (OCR, see
``stages/ingest/ocr.py``); the publishable copy of an image is that PDF, painted and with its
text layer. The page is as large as the image at its stated resolution (300 dpi when it states
none or an implausible one), so a page scan of an A4 sheet is an A4 page.
"""

from __future__ import annotations

from pipeline.config import Config
from pipeline.errors import InputError
from pipeline.formats import suffixes_of

_MAGIC = (
    (b"\xff\xd8\xff", "jpeg"),
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"II*\x00", "tiff"),
    (b"MM\x00*", "tiff"),
    (b"BM", "bmp"),
)
SUFFIXES = suffixes_of("image")  # the one table of formats
DEFAULT_DPI = 300


def image_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            if kind == "bmp" and not _bmp_header(data):
                return None  # a text that starts with "BM" ("BMW …") is text
            return kind
    return None


def _bmp_header(data: bytes) -> bool:
    """A BITMAPFILEHEADER: two reserved zero words, and a DIB header size BMP knows."""
    if len(data) < 26 or data[6:10] != b"\0\0\0\0":
        return False
    return int.from_bytes(data[14:18], "little") in (12, 40, 52, 56, 64, 108, 124)


def _dpi(value: int) -> int:
    return value if 50 <= value <= 1200 else DEFAULT_DPI


def to_pdf(data: bytes, kind: str, config: Config) -> bytes:
    """A PDF with one page per image (frame), the image drawn over the whole page."""
    from pipeline.pdflib import MUPDF_ERRORS, pymupdf  # only for an image: TXT runs skip it

    try:
        images = pymupdf.open(stream=data, filetype=kind)
    except (pymupdf.FileDataError, ValueError, *MUPDF_ERRORS):
        raise InputError("image_corrupt") from None
    with images:
        if images.page_count > config.max_pages:
            raise InputError("too_many_pages", pages=images.page_count, limit=config.max_pages)
        out = pymupdf.open()
        try:
            for number in range(images.page_count):
                pix = images[number].get_pixmap(alpha=False)
                if pix.width < 1 or pix.height < 1:
                    raise InputError("image_corrupt")
                xres, yres = _dpi(pix.xres), _dpi(pix.yres)
                page = out.new_page(width=pix.width * 72 / xres, height=pix.height * 72 / yres)
                page.insert_image(page.rect, pixmap=pix)
            return out.tobytes(garbage=3, deflate=True)
        except MUPDF_ERRORS:
            raise InputError("image_corrupt") from None
        finally:
            out.close()
