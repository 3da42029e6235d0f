"""Pictures in spreadsheets and OFD pages are content whose pixels baomi does not read (no OCR
of XLSX or OFD images yet): each is an unverifiable finding with its place, so the document is
never called clean and cannot be published before a reviewer decides on it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import openpyxl
from openpyxl.drawing.image import Image as SheetImage
from PIL import Image

from tests.fixtures.leaky_ofd import Package, text_object, write
from tests.test_unverifiable_findings import register, review, unverifiable  # noqa: F401


def _png() -> bytes:
    # A picture standing for a scanned certificate: what it shows is never read here.
    buffer = io.BytesIO()
    Image.new("RGB", (200, 60), "white").save(buffer, format="PNG")
    return buffer.getvalue()


def test_a_picture_on_a_sheet_is_unverifiable(tmp_path: Path, register: Path) -> None:  # noqa: F811
    book = openpyxl.Workbook()
    book.active["A1"] = "附件：证件照片"
    picture = tmp_path / "certificate.png"
    picture.write_bytes(_png())
    book.active.add_image(SheetImage(str(picture)), "B3")
    path = tmp_path / "list.xlsx"
    book.save(path)
    entry = review(register, path, tmp_path / "out")
    record = json.loads(Path(entry["record"]).read_text(encoding="utf-8"))
    found = unverifiable(record)
    assert [f["location"]["kind"] for f in found] == ["image"]
    assert found[0]["location"]["part"].startswith("xl/media/")


def test_a_workbook_without_pictures_has_no_such_finding(tmp_path: Path, register: Path) -> None:  # noqa: F811
    book = openpyxl.Workbook()
    book.active["A1"] = "附件：无"
    path = tmp_path / "plain.xlsx"
    book.save(path)
    entry = review(register, path, tmp_path / "out")
    record = json.loads(Path(entry["record"]).read_text(encoding="utf-8"))
    assert unverifiable(record) == []


def test_an_image_on_an_ofd_text_page_is_unverifiable(tmp_path: Path, register: Path) -> None:  # noqa: F811
    package = Package()
    package.page_objects.append(text_object(11, "关于开展安全检查的通知", y=50))
    package.document_res = (
        '<ofd:MultiMedias><ofd:MultiMedia ID="40" Type="Image" Format="PNG">'
        "<ofd:MediaFile>Image_40.png</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias>"
    )
    package.page_objects.append(
        '<ofd:ImageObject ID="41" Boundary="20 150 60 20" CTM="60 0 0 20 0 0" ResourceID="40"/>'
    )
    package.parts["Doc_0/Res/Image_40.png"] = _png()
    path = tmp_path / "notice.ofd"
    write(package, path)
    entry = review(register, path, tmp_path / "out")
    record = json.loads(Path(entry["record"]).read_text(encoding="utf-8"))
    found = unverifiable(record)
    assert [(f["location"]["kind"], f["location"]["page"]) for f in found] == [("image", 1)]


def test_a_picture_inside_an_html_page_is_unverifiable(tmp_path: Path, register: Path) -> None:  # noqa: F811
    import base64

    picture = base64.b64encode(_png()).decode()
    icon = base64.b64encode(b"<svg xmlns='http://www.w3.org/2000/svg'/>").decode()
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>通知</title></head><body><p>见附图</p>"
        f'<img src="data:image/png;base64,{picture}"><img src="data:image/svg+xml;base64,{icon}">'
        "</body></html>",
        encoding="utf-8",
    )
    entry = review(register, path, tmp_path / "out")
    record = json.loads(Path(entry["record"]).read_text(encoding="utf-8"))
    found = unverifiable(record)
    # The PNG only: an SVG is text, read like the page.
    assert [(f["location"]["kind"], f["location"]["part"]) for f in found] == [("image", "html")]
    assert record["output"]["leak_check"] != "passed"
