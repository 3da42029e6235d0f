"""Redacting a PDF removes the glyphs of the redacted values and moves no other glyph: PDFium
(which did not write the copy) reads every character of the page before and after, and each
character left in the copy is where it was in the input, to a fiftieth of a point.

The inputs come from several producers and cover the ways text is shown: PyMuPDF's
``insert_text`` with its built-in CJK font and with an embedded subset font (Type0, Identity-H),
``insert_htmlbox`` (text inside a Form XObject), reportlab (a CID font with a predefined CMap,
character spacing, horizontal scaling, a line split into several show operators), LibreOffice's
PDF export, and hand-written content streams with TJ kerning arrays, ``'`` and ``"``."""

from __future__ import annotations

import ctypes
import json
import shutil
import subprocess
from pathlib import Path

import pymupdf
import pytest

from tests.conftest import make_pdf, run_cli

NAME = "张三丰"
MOBILE = "13834409126"
LINE = f"当事人{NAME}驾驶车牌号为晋A12345的车辆，联系电话{MOBILE}，特此公告。"
LATIN = "Zhang Sanfeng"


def pdfium_chars(path: Path) -> list[tuple[str, float, float, float, float]]:
    """(character, left, bottom, right, top) of every character PDFium reads, page by page
    (characters it generates itself, spaces and line breaks, left out)."""
    import pypdfium2
    import pypdfium2.raw as raw

    pdf = pypdfium2.PdfDocument(str(path))
    found = []
    try:
        for index in range(len(pdf)):
            textpage = pdf[index].get_textpage()
            for i in range(textpage.count_chars()):
                if raw.FPDFText_IsGenerated(textpage.raw, i) == 1:
                    continue
                char = chr(raw.FPDFText_GetUnicode(textpage.raw, i))
                if not char.strip():
                    continue
                left, bottom, right, top = (ctypes.c_double() for _ in range(4))
                raw.FPDFText_GetCharBox(
                    textpage.raw, i, ctypes.byref(left), ctypes.byref(right),
                    ctypes.byref(bottom), ctypes.byref(top),
                )  # fmt: skip
                found.append((char, left.value, bottom.value, right.value, top.value))
    finally:
        pdf.close()
    return found


def assert_nothing_moved(before: Path, after: Path, removed: str) -> None:
    """Every character of ``after`` is a character of ``before`` at the same place, and what is
    missing is exactly the characters of ``removed`` (the redacted values)."""
    original = pdfium_chars(before)
    copy = pdfium_chars(after)
    unused = list(original)
    moved = []
    for char in copy:
        match = next(
            (
                o
                for o in unused
                if o[0] == char[0] and all(abs(a - b) < 0.02 for a, b in zip(o[1:], char[1:], strict=True))
            ),
            None,
        )
        if match is None:
            moved.append(char)
        else:
            unused.remove(match)
    assert moved == [], f"characters moved: {moved[:5]}"
    assert sorted(c[0] for c in unused) == sorted("".join(removed.split()))


def review_with_terms(tmp_path: Path, source: Path, *terms: str) -> tuple[Path, str]:
    """The redacted copy, and the characters of every value redacted in it."""
    listing = tmp_path / "terms.txt"
    listing.write_text("".join(f"personal_privacy\t{t}\n" for t in terms), encoding="utf-8")
    result = run_cli(
        "review", str(source), "--out", str(tmp_path / "out"), "--terms", str(listing), "--json"
    )
    document = json.loads(result.stdout)["documents"][0]
    assert document["error"] is None, document
    assert document["redacted"], document
    record = json.loads(Path(document["record"]).read_text(encoding="utf-8"))
    redacted = "".join(f["text"] for f in record["findings"] if f["action"] == "redact")
    for term in terms:
        assert term in redacted
    return Path(document["redacted"]), redacted


def test_pymupdf_builtin_cjk_font(tmp_path: Path) -> None:
    """The issue's case: after the name, "驾" slid 12 pt left under the box."""
    source = tmp_path / "builtin.pdf"
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 100), LINE, fontname="china-s", fontsize=12)
    page.insert_text((72, 130), f"{NAME}：{MOBILE}", fontname="china-s", fontsize=10)
    pdf.save(source)
    copy, redacted = review_with_terms(tmp_path, source, NAME, MOBILE)
    assert_nothing_moved(source, copy, redacted)


def test_pymupdf_embedded_subset_font(tmp_path: Path) -> None:
    source = make_pdf(tmp_path / "subset.pdf", [LINE, f"申请人{NAME}，电话{MOBILE}。"])
    copy, redacted = review_with_terms(tmp_path, source, NAME, MOBILE)
    assert_nothing_moved(source, copy, redacted)


def test_pymupdf_htmlbox_form_xobject(tmp_path: Path) -> None:
    source = tmp_path / "html.pdf"
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_htmlbox(pymupdf.Rect(72, 72, 500, 300), f"<p>{LINE}</p><p>{LATIN} paid.</p>")
    pdf.save(source)
    with pymupdf.open(source) as check:
        assert b"Do" in check[0].read_contents()  # the text is in a form
    copy, redacted = review_with_terms(tmp_path, source, NAME, MOBILE, LATIN)
    assert_nothing_moved(source, copy, redacted)


def test_reportlab_cid_font_spacing_and_split_operators(tmp_path: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    source = tmp_path / "reportlab.pdf"
    c = canvas.Canvas(str(source))
    c.setFont("STSong-Light", 12)
    c.drawString(72, 760, LINE)
    text = c.beginText(72, 730)
    text.setFont("STSong-Light", 11)
    text.setCharSpace(1.5)
    text.textOut("当事人")
    text.textOut(NAME)  # a show operator of its own
    text.textOut("驾驶车辆，")
    text.setHorizScale(120)
    text.textOut(f"电话{MOBILE}。")
    c.drawText(text)
    text = c.beginText(72, 700)
    text.setFont("Helvetica", 11)
    text.setWordSpace(4)
    text.textLine(f"Party {LATIN} paid the fine.")
    c.drawText(text)
    c.save()
    copy, redacted = review_with_terms(tmp_path, source, NAME, MOBILE, LATIN)
    assert_nothing_moved(source, copy, redacted)


def test_hand_written_streams_kerning_quotes_spacing(tmp_path: Path) -> None:
    """TJ arrays with kerning between and inside the value, ' and ", Tc, Tw and Tz, a CJK
    Type0 font and a simple font, under a rotated text matrix too."""
    source = tmp_path / "streams.pdf"
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 72), "某", fontname="china-s", fontsize=12)
    page.insert_text((72, 90), "x", fontname="helv", fontsize=12)
    name_hex = NAME.encode("utf-16-be").hex().upper()
    line_hex = "当事人".encode("utf-16-be").hex().upper()
    rest_hex = "驾驶车辆".encode("utf-16-be").hex().upper()
    stream = (
        "BT /china-s 12 Tf 72 760 Td "
        f"[<{line_hex}> -50 <{name_hex[:4]}> 30 <{name_hex[4:]}> -80 <{rest_hex}>] TJ ET\n"
        "BT /china-s 12 Tf 1.2 Tc 72 740 Td "
        f"<{line_hex}> Tj <{name_hex}> Tj <{rest_hex}> Tj ET\n"
        "BT /helv 11 Tf 14 TL 72 720 Td "
        f"[(Party ) -120 ({LATIN[:5]}) 40 ({LATIN[5:]}) ( drives)] TJ "
        f"({LATIN} is named) ' 3 0.5 (and {LATIN} again) \" ET\n"
        "BT /helv 11 Tf 130 Tz 2 Tw 72 660 Td "
        f"[(Owner {LATIN} of the car)] TJ ET\n"
        "q 0.866 0.5 -0.5 0.866 200 400 cm BT /helv 11 Tf 0 0 Td "
        f"(Rotated {LATIN} text) Tj ET Q\n"
    )
    pdf.update_stream(page.get_contents()[0], stream.encode("ascii"))
    for xref in page.get_contents()[1:]:
        pdf.update_stream(xref, b"")
    pdf.save(source)
    assert NAME in pymupdf.open(source)[0].get_text()
    copy, redacted = review_with_terms(tmp_path, source, NAME, LATIN)
    assert_nothing_moved(source, copy, redacted)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_export(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph(LINE)
    document.add_paragraph(f"Party {LATIN} paid. 申请人{NAME}。")
    document.save(str(tmp_path / "letter.docx"))
    profile = tmp_path / "lo-profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(tmp_path / "letter.docx"),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    source = tmp_path / "letter.pdf"
    assert pymupdf.open(source).metadata["producer"].startswith("LibreOffice")
    copy, redacted = review_with_terms(tmp_path, source, NAME, MOBILE, LATIN)
    assert_nothing_moved(source, copy, redacted)
