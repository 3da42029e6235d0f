"""What the desk's page images show (Flask's test client on the real application): the
marked view renders the PDF page as it is, the preview paints black, on the pixels, every
value the copy withholds as things stand (a redacted ID number, a finding sent to the
secrecy office) and leaves a kept one readable; a rendered page is served again from memory
and a changed decision renders anew."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import make_pdf
from tests.office import add_people, password_of

ID_NUMBER = "11010519491231002X"
MOBILE = "13834409126"


@pytest.fixture
def desk(tmp_path: Path) -> Any:
    from pipeline.config import Config
    from pipeline.web import create_app
    from pipeline.workflow.register import open_register

    path = tmp_path / "register.sqlite3"
    add_people(path, {"管理员": ("admin",), "赵科员": ("drafter",), "王处长": ("reviewer",)})
    register = open_register(f"sqlite:///{path}")
    app = create_app(register, Config(), tmp_path / "desk")
    app.testing = True
    yield app
    register.close()


def signed_in(app: Any, name: str) -> tuple[Any, str]:
    client = app.test_client()
    page = client.get("/login").get_data(as_text=True)
    csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
    client.post("/login", data={"user": name, "password": password_of(name), "csrf": csrf})
    page = client.get("/work").get_data(as_text=True)
    return client, re.search(r'name="csrf" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]


def darkness(png: bytes, box: list[float], zoom: float = 1.5) -> float:
    """The share of pixels inside ``box`` (page points) darker than mid-grey."""
    import pymupdf

    pixmap = pymupdf.Pixmap(png)
    x0, y0, x1, y1 = (int(v * zoom) for v in box)
    dark = total = 0
    for y in range(y0 + 1, y1 - 1):
        for x in range(x0 + 1, x1 - 1):
            r, g, b = pixmap.pixel(x, y)[:3]
            total += 1
            dark += (r + g + b) < 3 * 128
    return dark / max(total, 1)


def test_the_preview_paints_withheld_values_black(desk: Any, tmp_path: Path) -> None:
    import pymupdf

    document = make_pdf(
        tmp_path / "通知.pdf",
        ["关于某事的通知", f"身份证号：{ID_NUMBER}", f"手机：{MOBILE}", "联系人：张建国"],
        fontsize=14,
    )
    with pymupdf.open(document) as pdf:
        boxes = {v: list(pdf[0].search_for(v)[0]) for v in (ID_NUMBER, MOBILE)}
    drafter, csrf = signed_in(desk, "赵科员")
    with document.open("rb") as handle:
        response = drafter.post(
            "/upload",
            data={"csrf": csrf, "document": (handle, document.name)},
            content_type="multipart/form-data",
        )
    case = response.headers["Location"].rsplit("/", 1)[-1]
    reviewer, csrf = signed_in(desk, "王处长")
    marked = reviewer.get(f"/case/{case}/page/1.png")
    preview = reviewer.get(f"/case/{case}/page/1.png?view=preview")
    assert marked.status_code == preview.status_code == 200
    assert marked.mimetype == "image/png"
    for box in boxes.values():
        assert darkness(marked.data, box) < 0.5  # text on white
        assert darkness(preview.data, box) > 0.95  # painted over
    # Keep the mobile: the preview shows it again (a new rendering, not the one in memory).
    page = reviewer.get(f"/case/{case}").get_data(as_text=True)
    finding = re.search(
        r'id="f-(F\d+)"(?:(?!</li>).)*?<mark class="cat-[^"]+">' + MOBILE + "</mark>", page, re.S
    )
    assert finding, "no finding for the mobile number"
    response = reviewer.post(
        f"/case/{case}/decide",
        data={"csrf": csrf, "finding": finding.group(1), "choice": "keep", "reason": "单位电话"},
    )
    assert response.status_code == 302
    flash = reviewer.get(f"/case/{case}").get_data(as_text=True)
    assert 'class="flash good"' in flash, re.findall(r'id="flash">([^<]*)', flash)
    again = reviewer.get(f"/case/{case}/page/1.png?view=preview")
    assert darkness(again.data, boxes[MOBILE]) < 0.5
    assert darkness(again.data, boxes[ID_NUMBER]) > 0.95
    # A page that does not exist gets nothing.
    assert reviewer.get(f"/case/{case}/page/2.png").status_code == 404


def test_a_scan_given_as_an_image_shows_as_its_page(desk: Any, tmp_path: Path) -> None:
    """A PNG scan is read (OCR) as the PDF page it is published as: the desk shows that
    page, with the boxes OCR found, and the preview paints them black."""
    import pymupdf

    from tests.fixtures.scans import PENALTY, encode, render

    scan = tmp_path / "处罚决定书.png"
    scan.write_bytes(encode(render(PENALTY, dpi=200)))
    drafter, csrf = signed_in(desk, "赵科员")
    with scan.open("rb") as handle:
        response = drafter.post(
            "/upload",
            data={"csrf": csrf, "document": (handle, scan.name)},
            content_type="multipart/form-data",
        )
    assert response.status_code == 302, response.get_data(as_text=True)[:400]
    case = response.headers["Location"].rsplit("/", 1)[-1]
    page = drafter.get(f"/case/{case}").get_data(as_text=True)
    assert 'figure class="page"' in page and 'class="mark ' in page
    marked = drafter.get(f"/case/{case}/page/1.png")
    preview = drafter.get(f"/case/{case}/page/1.png?view=preview")
    assert marked.status_code == preview.status_code == 200
    dark = pymupdf.Pixmap(marked.data), pymupdf.Pixmap(preview.data)
    # The image is of the page the boxes are measured on (the scan at its resolution), not
    # of the image file read as 72 dpi.
    width = float(re.search(r'data-width="([\d.]+)"', page).group(1))  # type: ignore[union-attr]
    assert abs(dark[0].width - width * 1.5) <= 2 and dark[1].width == dark[0].width

    # The preview has more black than the page itself: the withheld values are painted.
    def black_share(pixmap: Any) -> float:
        samples = pixmap.samples
        return samples.count(0) / len(samples)

    assert black_share(dark[1]) > black_share(dark[0]) + 0.005


def test_a_third_partys_consent_is_recorded_from_the_case_page(desk: Any, tmp_path: Path) -> None:
    """The form is offered to a reviewer (not to the drafter) with the redacted personal data
    ticked; posting it records the consent through the service (an audit event), and a
    drafter who posts it anyway is refused with the service's reason."""
    import sqlite3

    document = tmp_path / "答复.txt"
    document.write_text(f"关于某事的答复\n申请人身份证号：{ID_NUMBER}。\n", encoding="utf-8")
    drafter, csrf_d = signed_in(desk, "赵科员")
    with document.open("rb") as handle:
        response = drafter.post(
            "/upload",
            data={"csrf": csrf_d, "document": (handle, document.name)},
            content_type="multipart/form-data",
        )
    case = response.headers["Location"].rsplit("/", 1)[-1]
    assert 'id="third-party-form"' not in drafter.get(f"/case/{case}").get_data(as_text=True)
    reviewer, csrf = signed_in(desk, "王处长")
    page = reviewer.get(f"/case/{case}").get_data(as_text=True)
    form = page[
        page.index('id="third-party-form"') : page.index(
            "</form>", page.index('id="third-party-form"')
        )
    ]
    ticked = re.findall(r'name="findings" value="(F\d+)" checked', form)
    assert len(ticked) == 1 and ID_NUMBER in form

    def events() -> int:
        path = desk.extensions["baomi"].register.sqlite_path
        return (
            sqlite3.connect(path)
            .execute("SELECT COUNT(*) FROM audit_log WHERE action = 'third_party_consented'")
            .fetchone()[0]
        )

    response = drafter.post(
        f"/case/{case}/third-party", data={"csrf": csrf_d, "party": "申请人", "findings": ticked}
    )
    assert response.status_code == 302 and events() == 0
    assert 'class="flash bad"' in drafter.get(f"/case/{case}").get_data(as_text=True)
    response = reviewer.post(
        f"/case/{case}/third-party", data={"csrf": csrf, "party": "申请人", "findings": ticked}
    )
    assert response.status_code == 302 and events() == 1
    after = reviewer.get(f"/case/{case}").get_data(as_text=True)
    assert 'class="flash good"' in after and "申请人" in after
