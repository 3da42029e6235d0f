"""A PDF page that is only an image cannot be checked for leaks: never reported clean."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf

from tests.conftest import review_json


def test_scanned_page_is_never_clean(tmp_path: Path) -> None:
    pixmap = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 200, 80), False)
    pixmap.clear_with(200)
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_image(pymupdf.Rect(72, 72, 272, 152), pixmap=pixmap)
    page = pdf.new_page()
    page.insert_text((72, 72), "Public notice")
    path = tmp_path / "scan.pdf"
    pdf.save(path)
    # Not read (OCR off): unverifiable, the leak check skipped.
    code, summary = review_json(str(path), "--out", str(tmp_path / "o"), "--ocr", "off")
    document = summary["documents"][0]
    assert code == 1 and document["error"] is None
    record = json.loads(Path(document["record"]).read_text(encoding="utf-8"))
    assert record["output"]["leak_check"] == "skipped"
    # Read by OCR, which finds no text on it: a review finding for a person to look at.
    code, summary = review_json(str(path), "--out", str(tmp_path / "a"))
    document = summary["documents"][0]
    assert code == 1 and document["error"] is None
    record = json.loads(Path(document["record"]).read_text(encoding="utf-8"))
    assert [f["entity_type"] for f in record["findings"]] == ["OCR_UNCERTAIN"]
    assert record["findings"][0]["action"] == "review"
