"""Every PDF hiding place, end to end: each adversarial fixture plants a unique token, `baomi
review` runs with a keyword list naming it, and the publishable copy must hold no trace of the
token in any layer of the independent checker (raw bytes, inflated streams, pypdf's text and
structure, pdfminer, PDFium), open in PyMuPDF and pypdf, and keep the harmless text.

A fixture whose text no extractor can read (a font without ``/ToUnicode``) must instead be
reported unverifiable: its leak check is never "passed".
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pymupdf
import pytest
from pypdf import PdfReader

from pipeline.leakscan import find_values, fold
from stages.verify.pdf import extract
from tests.conftest import review_json
from tests.fixtures.leak_scan import normalize, pdf_hits
from tests.fixtures.leaky_pdf import BUILTIN_CJK, PDF_BUILDERS, VISIBLE_TEXT, token_jpeg
from tests.fixtures.tokens import token_for

# Vectors whose content cannot be fully read: the copy must be clean of what can be read,
# and the document must never be reported clean.
# image_pixels: its image is read by OCR now (the token is found and painted), so checked.
UNVERIFIABLE = {"no_tounicode"}
CATALOG_ALLOWED = {
    "/Type",
    "/Pages",
    "/Names",
    "/PageLayout",
    "/PageMode",
    "/Lang",
    "/ViewerPreferences",
    "/Version",
}


def review(
    tmp_path: Path, source: Path, token: str | None
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Run the CLI on ``source`` (with ``token`` as the keyword list) and return the summary's
    document entry and the review record."""
    args = [str(source), "--out", str(tmp_path / "out")]
    if token is not None:
        terms = tmp_path / "terms.txt"
        terms.write_text(f"{token}\n", encoding="utf-8")
        args += ["--terms", str(terms)]
    _code, summary = review_json(*args)
    [document] = summary["documents"]
    record = json.loads(Path(document["record"]).read_text(encoding="utf-8"))
    return document, record


def assert_sound_copy(copy: Path) -> None:
    """Opens in PyMuPDF and pypdf, keeps the harmless text, one revision, nothing hidden."""
    with pymupdf.open(copy) as pdf:
        assert pdf.page_count >= 1
        assert VISIBLE_TEXT in normalize(pdf[0].get_text())
        assert not any(page.first_annot for page in pdf)
    data = copy.read_bytes()
    assert data.count(b"%%EOF") == 1, "more than one revision"
    reader = PdfReader(copy)
    assert VISIBLE_TEXT in normalize(reader.pages[0].extract_text())
    root = reader.trailer["/Root"]
    assert set(root) <= CATALOG_ALLOWED, set(root) - CATALOG_ALLOWED
    if "/Names" in root:
        assert set(root["/Names"]) == {"/EmbeddedFiles"}
    assert list(reader.attachments) == ["review-record.json"]
    for page in reader.pages:
        assert "/Annots" not in page and "/Thumb" not in page and "/PieceInfo" not in page
    assert b"/ActualText" not in b"".join(t.encode("utf-8", "ignore") for _, t in extract(copy))
    assert reader.metadata is None or not any(
        k in reader.metadata for k in ("/Author", "/Title", "/Subject", "/Keywords")
    )


@pytest.mark.parametrize(("index", "name"), list(enumerate(PDF_BUILDERS)), ids=list(PDF_BUILDERS))
def test_pdf_copy_keeps_no_trace(tmp_path: Path, index: int, name: str) -> None:
    token = token_for(index)
    source = tmp_path / f"{name}.pdf"
    PDF_BUILDERS[name](source, token)

    document, record = review(tmp_path, source, token)

    assert document["error"] is None
    leak_check = record["output"]["leak_check"]
    if name in UNVERIFIABLE:
        assert leak_check != "passed"
    else:
        assert leak_check == "passed"
    if name == "no_tounicode":
        return  # no checker can read the token: "unverifiable" is the answer
    copy = Path(document["redacted"])
    assert pdf_hits(copy, token) == []
    assert_sound_copy(copy)


def test_image_pixels_under_a_box_are_redacted(tmp_path: Path) -> None:
    """An image under a redacted value loses those pixels, on its page only; the shared
    original still used on page 2 keeps them, and no copy keeps the JPEG comment."""
    token = token_for(200)
    source = tmp_path / "image.pdf"
    pdf = pymupdf.open()
    for _ in range(2):
        pdf.new_page(width=595, height=842)
    page = pdf[0]
    page.insert_text((72, 90), VISIBLE_TEXT, fontname=BUILTIN_CJK, fontsize=14)
    area = pymupdf.Rect(72, 120, 272, 160)
    xref = page.insert_image(area, stream=token_jpeg(token))
    pdf[1].insert_image(area, xref=xref)
    page.insert_text((80, 145), token, fontname=BUILTIN_CJK, fontsize=14)
    pdf.save(source, garbage=3, deflate=True)
    pdf.close()
    with pymupdf.open(source) as original:
        before = original[0].get_pixmap(clip=area).samples

    document, _record = review(tmp_path, source, token)

    copy = Path(document["redacted"])
    assert pdf_hits(copy, token) == []
    with pymupdf.open(copy) as pdf:
        images = pdf[0].get_images(full=True)
        assert images, "a partly covered image stays"
        assert pdf[0].get_pixmap(clip=area).samples != before
        covered = pymupdf.Rect(80, 131, 130, 145)  # under the first characters of the token
        pixmap = pymupdf.Pixmap(pdf, images[0][0])
        scale_x = pixmap.width / area.width
        scale_y = pixmap.height / area.height
        x = int((covered.x0 - area.x0 + 4) * scale_x)
        y = int((covered.y0 - area.y0 + 4) * scale_y)
        colours = {pixmap.pixel(x + dx, y + dy) for dx in range(6) for dy in range(4)}
        assert len(colours) == 1, "pixels under the box are uniform"


def test_no_finding_still_sanitized(tmp_path: Path) -> None:
    """Nothing to redact: the copy still carries no metadata, annotation, outline, layer,
    attachment, JavaScript or page label."""
    source = tmp_path / "plain.pdf"
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 90), VISIBLE_TEXT, fontname=BUILTIN_CJK, fontsize=14)
    page.add_text_annot((300, 90), "审阅意见")
    pdf.set_metadata({"author": "张三", "title": "内部稿", "creator": "某单位办公室"})
    pdf.set_toc([[1, "第一章", 1]])
    pdf.set_page_labels([{"startpage": 0, "prefix": "内部-", "style": "D"}])
    pdf.embfile_add("note", "附件".encode(), filename="note.txt")
    pdf.xref_set_key(pdf.pdf_catalog(), "OpenAction", "<</S/JavaScript/JS(app.alert(1))>>")
    pdf.save(source)
    pdf.close()

    document, record = review(tmp_path, source, None)

    assert document["error"] is None and record["findings"] == []
    copy = Path(document["redacted"])
    assert_sound_copy(copy)
    reader = PdfReader(copy)
    assert reader.outline == [] and reader.page_labels == ["1"]
    data = copy.read_bytes()
    for marker in (b"/JavaScript", b"/OpenAction", b"/Outlines", b"/PageLabels"):
        assert marker not in data
    for text in ("张三", "内部稿", "某单位办公室", "审阅意见"):
        assert pdf_hits(copy, text) == []


@pytest.mark.parametrize(
    ("index", "name"),
    [(i, n) for i, n in enumerate(PDF_BUILDERS) if n != "no_tounicode"],
    ids=[n for n in PDF_BUILDERS if n != "no_tounicode"],
)
@pytest.mark.parametrize("cached", [512, 0], ids=["cache", "no-cache"])
def test_verifier_sees_every_vector(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, index: int, name: str, cached: int
) -> None:
    """The verify stage's own extractors (PDFium, pypdf and the raw scan, not PyMuPDF) find
    each planted token in the unredacted fixture: a copy that kept it would fail closed. With
    pypdf's parsed objects dropped before every object (a long document's case) too."""
    monkeypatch.setattr("stages.verify.pdf._CACHED_OBJECTS", cached)
    token = token_for(index)
    source = tmp_path / f"{name}.pdf"
    PDF_BUILDERS[name](source, token)
    layers = extract(source)
    assert any(find_values(text, {"t": fold(token)}, set()) for _, text in layers)


def test_leaky_pdf_copy_fails_closed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A writer that forgets a hidden value (here: all of them) leaves nothing behind."""
    import stages.redact.pdf

    token = token_for(300)
    source = tmp_path / "leaky.pdf"
    PDF_BUILDERS["hidden_layer"](source, token)
    monkeypatch.setattr(stages.redact.pdf, "redact", lambda document, *_: document.data)

    document, record = review(tmp_path, source, token)

    assert document["redacted"] is None and document["error"]
    assert record["output"]["leak_check"] == "failed"
    assert not list((tmp_path / "out").rglob("*.redacted.pdf"))
