"""Redaction by hand on the desk, in a real headless chromium: a reviewer selects a text in a
DOCX case, or draws a box on a PDF page or on a scan; the redaction appears in the case's list
(who added it, why), on the document, and in the preview of the publishable copy; one taken
back (with a reason) is gone and audited; the published copy, downloaded from the desk and read
by readers that did not write it (python-docx and the zip's parts, pypdf's text, PDFium's
pixels), no longer holds the text or the area. Refusals (a role that may not redact, a case
signed off meanwhile) show the service's own message, in Chinese and in English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from tests.conftest import make_docx
from tests.office import add_people
from tests.web import Served, User, serve, shot

CODENAME = "青松工程"  # a project's code name: no recognizer knows it
NICKNAME = "老马头"
SIGNATURE = "经办人签名潦草字迹"
# The signature line of ``signed_pdf`` (page points), with a margin.
SIGNATURE_BOX = (66.0, 90.0, 300.0, 112.0)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Served]:
    path = tmp_path / "register.sqlite3"
    add_people(
        path,
        {
            "管理员": ("admin",),
            "赵科员": ("drafter",),
            "王处长": ("reviewer",),
            "刘局长": ("approver",),
        },
    )
    yield from serve(f"sqlite:///{path}", tmp_path / "desk")


def upload(user: User, document: Path) -> str:
    user.follow(user.page.locator("#upload-link"))
    user.page.set_input_files("#document", str(document))
    user.submit("#upload-submit")
    match = re.search(r"/case/(C\d+)", user.page.url)
    assert match, user.page.url
    return match.group(1)


def signed_pdf(path: Path) -> Path:
    pdf = pymupdf.open()
    page = pdf.new_page()
    for y, line in (
        (72, "行政处罚决定书（公开版）"),
        (106, SIGNATURE),
        (140, "本决定自送达之日起生效。"),
    ):
        page.insert_text((72, y), line, fontname="china-s", fontsize=12)
    pdf.save(path)
    return path


def select_text(user: User, text: str) -> None:
    """Select the first ``text`` of the document's text with the mouse (a drag from its
    first character to its last), as a reviewer does."""
    page = user.page
    rects = page.evaluate(
        """(text) => {
          const area = document.querySelector('#doc-text');
          const walker = document.createTreeWalker(area, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.data.indexOf(text);
            if (at < 0) continue;
            node.parentElement.scrollIntoView({block: 'center'});
            const range = document.createRange();
            range.setStart(node, at); range.setEnd(node, at + 1);
            const first = range.getBoundingClientRect();
            range.setStart(node, at + text.length - 1); range.setEnd(node, at + text.length);
            const last = range.getBoundingClientRect();
            return [first.left, last.right, (first.top + first.bottom) / 2];
          }
          return null;
        }""",
        text,
    )
    assert rects, f"{text} is not in the document's text"
    left, right, middle = rects
    page.mouse.move(left + 1, middle)
    page.mouse.down()
    page.mouse.move(right - 1, middle, steps=8)
    page.mouse.up()
    assert page.input_value("#manual-text") == text


def draw_box(user: User, number: int, box: tuple[float, float, float, float]) -> None:
    """Drag a box over page ``number``'s image, from and to the page points ``box``."""
    page = user.page
    figure = page.locator(f"#page-{number}")
    figure.scroll_into_view_if_needed()
    width = float(figure.get_attribute("data-width") or 0)
    height = float(figure.get_attribute("data-height") or 0)
    shown = figure.bounding_box()
    assert shown is not None and width and height

    def at(x: float, y: float) -> tuple[float, float]:
        return shown["x"] + x * shown["width"] / width, shown["y"] + y * shown["height"] / height

    page.mouse.move(*at(box[0], box[1]))
    page.mouse.down()
    page.mouse.move(*at(box[2], box[3]), steps=8)
    page.mouse.up()
    assert page.input_value("#manual-page") == str(number)
    drawn = [float(v) for v in page.input_value("#manual-box").split(",")]
    assert all(abs(a - b) < 2 for a, b in zip(drawn, box, strict=True)), drawn


def add_manual(user: User, reason: str, category: str | None = None) -> str:
    user.page.fill("#manual-reason", reason)
    if category:
        user.page.select_option("#manual-category", category)
    user.submit("#manual-submit")
    text = user.flash_ok()
    match = re.search(r"M\d{3}", text)
    assert match, text
    return match.group(0)


def post_form(user: User, action: str, fields: dict[str, str]) -> None:
    """Post a form the page does not offer (as a stale or hand-made page would), with the
    session's CSRF token: the desk must refuse it with the service's reason."""
    csrf = user.page.locator("input[name=csrf]").first.get_attribute("value")
    with user.page.expect_navigation(wait_until="domcontentloaded"):
        user.page.evaluate(
            """([action, fields]) => {
              const form = document.createElement('form');
              form.method = 'post'; form.action = action;
              for (const [name, value] of Object.entries(fields)) {
                const input = document.createElement('input');
                input.name = name; input.value = value; form.appendChild(input);
              }
              document.body.appendChild(form); form.submit();
            }""",
            [action, {**fields, "csrf": csrf or ""}],
        )


def settle_and_sign(desk: Served, case: str) -> None:
    """Keep what the recognizers left undecided and sign the three levels, through the
    service layer (the sign-off forms are the expired-secret test's)."""
    from pipeline.service import desk as service
    from pipeline.service import steps
    from pipeline.service.outcome import Actor

    reviewer = Actor("王处长")
    detail = service.case_page(desk.register, reviewer, case).value
    for finding in detail["findings"]:
        if finding["action"] == "review" and finding["status"] != "pending_confirmation":
            done = steps.decide(
                desk.register, reviewer, case, finding["id"], action="redact", reason="不宜公开"
            )
            assert done.ok, done.render("en")
    for stage, who in (("初审", "赵科员"), ("复审", "王处长"), ("审批", "刘局长")):
        done = steps.sign(desk.register, Actor(who), case, stage=stage, opinion="同意")
        assert done.ok, done.render("en")


def publish_and_download(user: User, case: str, folder: Path) -> Path:
    user.goto(f"/case/{case}")
    user.page.fill("#carrier", "门户网站")
    user.submit("#publish-submit")
    user.flash_ok()
    with user.page.expect_download() as info:
        user.page.click("#download-copy")
    target = folder / info.value.suggested_filename
    folder.mkdir(parents=True, exist_ok=True)
    info.value.save_as(target)
    return target


def darkness(pdf: Path, number: int, box: tuple[float, float, float, float]) -> float:
    """The share of dark pixels inside ``box`` (page points, inset by 2) of page ``number``,
    rendered by PDFium (not the library that wrote the copy)."""
    import pypdfium2

    scale = 2.0
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        image = document[number - 1].render(scale=scale).to_pil().convert("L")
    finally:
        document.close()
    x0, y0, x1, y1 = (int((v + d) * scale) for v, d in zip(box, (2, 2, -2, -2), strict=True))
    pixels = [image.getpixel((x, y)) for y in range(y0, y1) for x in range(x0, x1)]
    return sum(p < 96 for p in pixels) / max(len(pixels), 1)


def test_a_selected_text_is_redacted_everywhere_and_one_taken_back_is_not(
    browser: Any, desk: Served, screenshots: Path, tmp_path: Path
) -> None:
    document = make_docx(
        tmp_path / "物资储备通知.docx",
        [
            "关于做好物资储备工作的通知",
            f"根据工作安排，{CODENAME}有关事项通知如下。",
            f"请{NICKNAME}所在单位配合，{CODENAME}于年底完成。",
            "特此通知。",
        ],
    )
    urls: list[str] = []
    drafter = User(browser, desk, "赵科员", urls)
    case = upload(drafter, document)
    drafter.close()

    reviewer = User(browser, desk, "王处长", urls)
    reviewer.goto(f"/case/{case}")
    page = reviewer.page
    select_text(reviewer, CODENAME)
    first = add_manual(reviewer, "项目代号属于工作秘密", "work_secret")
    entry = page.locator(f"#m-{first}")
    assert "王处长" in entry.locator(".manual-by").inner_text()
    assert entry.locator(".manual-reason").inner_text() == "项目代号属于工作秘密"
    assert "工作秘密" in entry.inner_text() and "2" in entry.locator(".context").inner_text()
    # Both places of the code name are marked on the document as that redaction.
    assert page.locator(f'#doc-text mark[data-f="{first}"]').count() == 2
    select_text(reviewer, NICKNAME)
    second = add_manual(reviewer, "绰号指向个人")
    shot(page, screenshots, "20-manual-text")

    # The preview shows the copy as it will be: neither text, a placeholder instead.
    reviewer.follow(page.locator("#tab-preview"))
    preview = page.locator("#document").inner_text()
    assert CODENAME not in preview and NICKNAME not in preview and "特此通知" in preview
    assert page.locator("#document .blackout").count() == 3
    shot(page, screenshots, "21-manual-preview")

    # Take the second back, with a reason: gone from the list, audited.
    reviewer.follow(page.locator("#tab-marked"))
    taken = page.locator(f"#m-{second}")
    taken.locator("input.reason").fill("绰号已广为人知，不属于个人隐私")
    reviewer.submit(taken.locator("button.remove"))
    assert second in reviewer.flash_ok()
    assert page.locator(f"#m-{second}").count() == 0
    assert page.locator(f"#m-{first}").count() == 1
    reviewer.follow(page.locator("#tab-audit"))
    actions = page.locator("#events tbody").inner_text()
    assert actions.count("redaction_added") == 2 and "redaction_removed" in actions
    assert "审计链完整" in page.locator("#chain").inner_text()

    # A page left open while the case is signed off: the service refuses, and says why.
    reviewer.goto(f"/case/{case}")
    select_text(reviewer, NICKNAME)
    page.fill("#manual-reason", "再次删除")
    settle_and_sign(desk, case)
    reviewer.submit("#manual-submit")
    assert f"案卷 {case} 已审批，不能再修改" in reviewer.flash_refused()
    assert page.locator("#manual-form").count() == 0  # no longer offered

    copy = publish_and_download(reviewer, case, tmp_path / "downloads")
    reviewer.close()
    assert copy.name.endswith(".approved.docx")
    import zipfile

    import docx

    text = "\n".join(p.text for p in docx.Document(str(copy)).paragraphs)
    assert CODENAME not in text and NICKNAME in text and "特此通知" in text
    with zipfile.ZipFile(copy) as archive:
        for name in archive.namelist():
            assert CODENAME not in archive.read(name).decode("utf-8", "ignore"), name


def test_a_box_drawn_on_a_pdf_page_is_removed_from_the_copy(
    browser: Any, desk: Served, screenshots: Path, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from tests.test_web_pages import darkness as png_darkness

    document = signed_pdf(tmp_path / "处罚决定书.pdf")
    assert darkness(document, 1, SIGNATURE_BOX) < 0.5
    urls: list[str] = []
    drafter = User(browser, desk, "赵科员", urls)
    case = upload(drafter, document)
    drafter.close()

    # An approver may not redact: the desk offers no form, and a posted one is refused
    # with the service's reason, in either language.
    approver = User(browser, desk, "刘局长", urls)
    approver.goto(f"/case/{case}")
    assert approver.page.locator("#manual-form").count() == 0
    fields = {"page": "1", "box": ",".join(map(str, SIGNATURE_BOX)), "reason": "签名"}
    post_form(approver, f"/case/{case}/redact", fields)
    assert "刘局长（角色：审批人）不能手工删除内容" in approver.flash_refused()
    approver.submit("#language")
    post_form(approver, f"/case/{case}/redact", fields)
    assert "刘局长 (roles: approver) may not" in approver.flash_refused()
    approver.close()

    reviewer = User(browser, desk, "王处长", urls)
    reviewer.goto(f"/case/{case}")
    page = reviewer.page
    draw_box(reviewer, 1, SIGNATURE_BOX)
    added = add_manual(reviewer, "签名笔迹属于个人信息")
    entry = page.locator(f"#m-{added}")
    assert "第 1 页" in entry.inner_text() and "王处长" in entry.inner_text()
    assert page.locator(f'#page-1 a.mark.manual[data-f="{added}"]').count() == 1
    shot(page, screenshots, "22-manual-box-pdf")
    # The preview's page image is black under the box.
    reviewer.follow(page.locator("#tab-preview"))
    source = page.locator("#page-1 img").get_attribute("src") or ""
    png = page.request.get(desk.url + source).body()
    assert png_darkness(png, list(SIGNATURE_BOX)) > 0.95
    reviewer.follow(page.locator("#tab-marked"))

    settle_and_sign(desk, case)
    copy = publish_and_download(reviewer, case, tmp_path / "downloads")
    reviewer.close()
    assert copy.name.endswith(".approved.pdf")
    text = "\n".join(p.extract_text() or "" for p in PdfReader(copy).pages)
    assert "潦草" not in text and "行政处罚决定书" in text and "送达之日" in text
    assert darkness(copy, 1, SIGNATURE_BOX) > 0.95


def test_a_box_drawn_on_a_scan_is_removed_from_the_copy(
    browser: Any, desk: Served, screenshots: Path, tmp_path: Path
) -> None:
    from tests.fixtures.scans import PENALTY, encode, render

    # The scan's last line ("经查，…"), as a share of the page: ``typeset`` sets lines 30.8 pt
    # apart from 40 pt on a 420 pt wide page of 60 + 30.8 × lines.
    height = 60 + len(PENALTY) * 14 * 2.2
    baseline = 40 + (len(PENALTY) - 1) * 14 * 2.2
    share = (30 / 420, (baseline - 17) / height, 330 / 420, (baseline + 5) / height)
    scan = tmp_path / "处罚决定书.png"
    scan.write_bytes(encode(render(PENALTY, dpi=200)))
    urls: list[str] = []
    drafter = User(browser, desk, "赵科员", urls)
    case = upload(drafter, scan)
    drafter.close()

    reviewer = User(browser, desk, "王处长", urls)
    reviewer.goto(f"/case/{case}")
    page = reviewer.page
    figure = page.locator("#page-1")
    width = float(figure.get_attribute("data-width") or 0)
    tall = float(figure.get_attribute("data-height") or 0)
    box = (share[0] * width, share[1] * tall, share[2] * width, share[3] * tall)
    draw_box(reviewer, 1, box)
    added = add_manual(reviewer, "案情描述涉及当事人")
    assert page.locator(f'#page-1 a.mark.manual[data-f="{added}"]').count() == 1
    shot(page, screenshots, "23-manual-box-scan")

    settle_and_sign(desk, case)
    copy = publish_and_download(reviewer, case, tmp_path / "downloads")
    reviewer.close()
    assert copy.suffix == ".pdf"
    from pypdf import PdfReader

    # The scan's invisible text layer (OCR's text) has lost the line too, not only its pixels.
    text = PdfReader(copy).pages[0].extract_text() or ""
    assert "行政处罚决定书" in text and "过期食品" not in text and "当事人销售" not in text
    with pymupdf.open(copy) as pdf:
        size = pdf[0].rect
    shown = (share[0] * size.width, share[1] * size.height)
    shown += (share[2] * size.width, share[3] * size.height)
    assert darkness(copy, 1, shown) > 0.95
