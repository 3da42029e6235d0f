"""Glyphs behind a harmless ``/ActualText``: MuPDF's reading shows the ActualText, so ingest
reads such a document a second time without it, and redact's safety net reads the glyphs of
the sanitized page. A document without any ActualText is read once."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from stages.ingest.pdf import _has_actual_text
from tests.fixtures.leak_scan import pdf_hits
from tests.fixtures.leaky_pdf import BUILTIN_CJK, VISIBLE_TEXT
from tests.test_leak_pdf import assert_sound_copy, review

MOBILE = "13912345678"
COVER = "见附件"


def _page_with_mobile() -> tuple[pymupdf.Document, pymupdf.Page]:
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    page.insert_text((72, 90), VISIBLE_TEXT, fontname=BUILTIN_CJK, fontsize=14)
    page.insert_text((72, 140), f"申请人联系电话：{MOBILE}", fontname=BUILTIN_CJK, fontsize=14)
    return doc, page


def _wrap_last_stream(doc: pymupdf.Document, page: pymupdf.Page, opening: bytes) -> None:
    xref = page.get_contents()[-1]
    doc.update_stream(xref, opening + b"\n" + doc.xref_stream(xref) + b"\nEMC\n")


def build_inline(path: Path) -> None:
    """``/Span <</ActualText (见附件)>> BDC`` around the line with the number."""
    doc, page = _page_with_mobile()
    cover = pymupdf.get_pdf_str(COVER).encode("ascii")
    _wrap_last_stream(doc, page, b"/Span<</ActualText " + cover + b">>BDC")
    doc.save(str(path))


def build_escaped_name(path: Path) -> None:
    """The same, with the key written ``/Actual#54ext``."""
    doc, page = _page_with_mobile()
    cover = pymupdf.get_pdf_str(COVER).encode("ascii")
    _wrap_last_stream(doc, page, b"/Span<</Actual#54ext " + cover + b">>BDC")
    doc.save(str(path))


def build_named_property(path: Path) -> None:
    """``/Span /MC0 BDC`` with the property list in the page's ``/Resources /Properties``."""
    doc, page = _page_with_mobile()
    cover = pymupdf.get_pdf_str(COVER)
    prop = doc.get_new_xref()
    doc.update_object(prop, f"<</ActualText {cover}>>")
    resources = doc.xref_get_key(page.xref, "Resources")
    if resources[0] == "xref":
        doc.xref_set_key(int(resources[1].split()[0]), "Properties", f"<</MC0 {prop} 0 R>>")
    else:
        doc.xref_set_key(page.xref, "Resources/Properties", f"<</MC0 {prop} 0 R>>")
    _wrap_last_stream(doc, page, b"/Span /MC0 BDC")
    doc.save(str(path))


BUILDERS = {
    "inline": build_inline,
    "escaped_name": build_escaped_name,
    "named_property": build_named_property,
}


@pytest.mark.parametrize("name", list(BUILDERS))
def test_glyphs_behind_actual_text_are_found_and_redacted(tmp_path: Path, name: str) -> None:
    source = tmp_path / f"{name}.pdf"
    BUILDERS[name](source)
    with pymupdf.open(source) as pdf:
        # The fixture hides the number from MuPDF's default reading.
        assert MOBILE not in pdf[0].get_text()
        assert _has_actual_text(pdf)

    document, record = review(tmp_path, source, None)

    redacted = [f["text"] for f in record["findings"] if f["action"] == "redact"]
    assert MOBILE in redacted
    copy = Path(document["redacted"])
    assert pdf_hits(copy, MOBILE) == []
    assert_sound_copy(copy)


def test_a_document_without_actual_text_is_read_once(tmp_path: Path) -> None:
    source = tmp_path / "plain.pdf"
    doc, _page = _page_with_mobile()
    doc.save(str(source))
    with pymupdf.open(source) as pdf:
        assert not _has_actual_text(pdf)

    document, record = review(tmp_path, source, None)

    assert MOBILE in [f["text"] for f in record["findings"] if f["action"] == "redact"]
    assert pdf_hits(Path(document["redacted"]), MOBILE) == []
