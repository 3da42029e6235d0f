"""Where the black boxes land: the redaction annotations are made with MuPDF's own calls, in
the same coordinates PyMuPDF uses, on rotated pages and on pages whose MediaBox does not start
at the origin too."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from tests.fixtures.leak_scan import pdf_hits
from tests.fixtures.leaky_pdf import BUILTIN_CJK, VISIBLE_TEXT
from tests.test_leak_pdf import review

MOBILE = "13912345678"
LINE = f"申请人联系电话：{MOBILE}，其余内容保留。"


def _build(path: Path, rotation: int, mediabox: str | None) -> None:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    if mediabox:
        doc.xref_set_key(page.xref, "MediaBox", mediabox)
        page = doc[0]
    page.insert_text((72, 90), VISIBLE_TEXT, fontname=BUILTIN_CJK, fontsize=14)
    page.insert_text((72, 140), LINE, fontname=BUILTIN_CJK, fontsize=14)
    page.set_rotation(rotation)
    doc.save(str(path))


@pytest.mark.parametrize("mediabox", [None, "[100 200 695 1042]"])
@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_box_covers_the_value(tmp_path: Path, rotation: int, mediabox: str | None) -> None:
    source = tmp_path / "reply.pdf"
    _build(source, rotation, mediabox)
    with pymupdf.open(source) as pdf:
        page = pdf[0]
        page.set_rotation(0)
        [where] = page.search_for(MOBILE)

    document, _record = review(tmp_path, source, None)

    copy = Path(document["redacted"])
    assert pdf_hits(copy, MOBILE) == []
    with pymupdf.open(copy) as pdf:
        page = pdf[0]
        assert page.rotation == rotation
        assert page.first_annot is None
        text = page.get_text()
        assert VISIBLE_TEXT in text and "其余内容保留" in text and "申请人联系电话" in text
        page.set_rotation(0)
        boxes = [d["rect"] for d in page.get_drawings() if d.get("fill") == (0.0, 0.0, 0.0)]
    [box] = boxes
    # The box spans the number (the top and bottom are trimmed so other lines are spared).
    assert box.x0 <= where.x0 + 1 and box.x1 >= where.x1 - 1
    assert where.y0 - 1 <= box.y0 < box.y1 <= where.y1 + 1
    assert box.y1 - box.y0 > (where.y1 - where.y0) * 0.5
