"""Pages without images: ingest notes the PDF pages it found drawing no image at all
(``Document.image_free_pages``), and redact does not look for images left under its boxes
there; on a page that draws one, the image under a redacted value is still redacted."""

from __future__ import annotations

from pathlib import Path

import pymupdf

from pipeline.api import review
from pipeline.config import Config
from stages import ingest

ID = "11010519491231002X"
LINES = [f"申请人：王建国，公民身份号码：{ID}，联系电话：13912345678。", "经审查，现答复如下。"]


def _red_png(width: int = 240, height: int = 30) -> bytes:
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, width, height), False)
    pix.set_rect(pix.irect, (255, 0, 0))
    return pix.tobytes("png")


def _two_pages(path: Path) -> pymupdf.Rect:
    """Page 1 text only; page 2 the same text over a red image; the image's rectangle."""
    pdf = pymupdf.open()
    font = pymupdf.Font("cjk").buffer
    area = pymupdf.Rect(60, 60, 540, 80)
    for number in (1, 2):
        page = pdf.new_page()
        if number == 2:
            page.insert_image(area, stream=_red_png())
        page.insert_font(fontname="F0", fontbuffer=font)
        for k, line in enumerate(LINES):
            page.insert_text((72, 74 + 24 * k), line, fontname="F0", fontsize=10)
    pdf.subset_fonts()
    pdf.save(path, garbage=4, deflate=True)
    return area


def test_ingest_notes_the_pages_that_draw_no_image(tmp_path: Path) -> None:
    path = tmp_path / "reply.pdf"
    _two_pages(path)
    document = ingest.run(path, Config())
    assert document.image_free_pages == {1}


def test_the_image_under_a_value_is_still_redacted(tmp_path: Path) -> None:
    path = tmp_path / "reply.pdf"
    area = _two_pages(path)
    record = review(path, Config(), tmp_path / "out")
    assert record.error is None and record.redacted_path is not None
    copy = pymupdf.open(record.redacted_path)
    assert ID not in copy[0].get_text() and ID not in copy[1].get_text()
    # The image drawn on page 2 in the copy: its pixels under the ID's box are no longer red.
    page = copy[1]
    (xref, *_), = page.get_images()
    pix = pymupdf.Pixmap(copy, xref)
    box = page.search_for("公民身份号码")[0]
    x = int((box.x1 + 20 - area.x0) / area.width * pix.width)  # inside the ID's box
    y = pix.height // 2
    assert pix.pixel(x, y)[:3] != (255, 0, 0)
    assert any(pix.pixel(i, y)[:3] == (255, 0, 0) for i in range(pix.width))  # the rest kept
