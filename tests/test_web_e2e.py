"""The web desk as its users work with it, in a real headless chromium: a drafter uploads an
expired secret document (a PDF marked 秘密★1年 in 2020 with a contact's name, ID number and
mobile), the reviewer decides a finding and signs, the secrecy office answers and
declassifies, the approver signs, the reviewer publishes and downloads the copy, the review
form, the ledger and the catalogue, and the copy is read again by readers that did not write
it (pypdf, pdfminer): no redacted value is in it. Every step is taken by clicking through
My work and the case page: no id is typed. No value ever appears in a URL the browser asked
for or in a line the desk logged. A spreadsheet-like CSV shows as a table."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import make_pdf
from tests.office import add_people
from tests.web import Served, User, serve, shot

ID_NUMBER = "11010519491231002X"
MOBILE = "13834409126"
NAME = "张建国"
VALUES = (ID_NUMBER, MOBILE)


@pytest.fixture
def desk(tmp_path: Path) -> Iterator[Served]:
    path = tmp_path / "register.sqlite3"
    add_people(
        path,
        {
            "管理员": ("admin",),
            "赵科员": ("drafter",),
            "王处长": ("reviewer",),
            "保密办": ("secrecy",),
            "刘局长": ("approver",),
        },
    )
    yield from serve(f"sqlite:///{path}", tmp_path / "desk")


def expired_pdf(path: Path) -> Path:
    return make_pdf(
        path,
        [
            "000123",
            "秘密★1年",
            "忻州市教育局文件",
            "忻市教发〔2020〕3号",
            "关于应急物资储备库布局调整方案的通知",
            "各县（市、区）教育局：",
            "现将应急物资储备库布局调整方案印发给你们，请认真贯彻落实。",
            f"联系人：{NAME}，身份证号：{ID_NUMBER}，手机：{MOBILE}。",
            "储备库位于城北工业园区3号库房。",
            "忻州市教育局",
            "2020年3月5日",
        ],
    )


def test_expired_secret_case_in_the_browser(
    browser: Any, desk: Served, screenshots: Path, tmp_path: Path
) -> None:
    urls: list[str] = []
    document = expired_pdf(tmp_path / "储备库通知.pdf")

    # The drafter uploads and sees the review at once; signs the first review.
    drafter = User(browser, desk, "赵科员", urls)
    shot(drafter.page, screenshots, "01-work-drafter-empty")
    drafter.follow(drafter.page.locator("text=上传审查"))
    shot(drafter.page, screenshots, "02-upload")
    drafter.page.set_input_files("#document", str(document))
    drafter.submit("#upload-submit")
    assert re.search(r"/case/C\d+", drafter.page.url), drafter.page.url
    page = drafter.page
    assert page.locator("#marking").inner_text().startswith("秘密")
    assert page.locator("li.finding").count() >= 4
    marks = page.locator("figure.page a.mark")
    assert marks.count() >= 3
    page.locator("figure.page img").first.evaluate("img => img.decode()")
    assert page.locator("figure.page img").first.evaluate("img => img.naturalWidth") > 500
    box = marks.first.bounding_box()
    assert box is not None and box["width"] > 5 and box["height"] > 5
    assert page.locator("#sign-form").count() == 1
    assert page.locator("#secrecy-form").count() == 0  # not the drafter's
    shot(page, screenshots, "03-case-drafter")
    page.fill("#opinion", "删除个人信息后可公开")
    page.fill("#summary", "应急物资储备库布局调整")
    drafter.submit("#sign-submit")
    assert "初审" in drafter.flash_ok()
    drafter.close()

    # The reviewer finds it in My work, keeps the official's name, signs the second review.
    reviewer = User(browser, desk, "王处长", urls)
    assert reviewer.page.locator("#work tbody tr").count() == 1
    shot(reviewer.page, screenshots, "04-work-reviewer")
    reviewer.open_case_from_work("复审")
    page = reviewer.page
    person = page.locator("li.finding", has_text="PERSON").first
    reviewer.decide(person, "keep", "机关工作人员履行职务的信息，应当公开")
    assert "决定" in reviewer.flash_ok()
    person = page.locator("li.finding", has_text="PERSON").first
    assert "act-keep" in (person.get_attribute("class") or "")
    page.fill("#opinion", "同意初审意见")
    reviewer.submit("#sign-submit")
    assert "复审" in reviewer.flash_ok()
    shot(page, screenshots, "05-case-reviewer")
    # The README's picture of the case page: the document beside the findings.
    page.locator("#findings").scroll_into_view_if_needed()
    shot(page, screenshots, "00-readme-case")

    # The approval waits for the secrecy office: the approver is refused, with the reason.
    approver = User(browser, desk, "刘局长", urls)
    approver.open_case_from_work("审批")
    approver.page.fill("#opinion", "同意")
    approver.page.select_option("#sign-attribute", "主动公开")
    approver.submit("#sign-submit")
    refused = approver.page.locator("#flash")
    assert "bad" in (refused.get_attribute("class") or "")
    assert "保密工作部门" in refused.inner_text()

    # The secrecy office: its queue with the due date, its answer, the declassification.
    office = User(browser, desk, "保密办", urls)
    row = office.page.locator("#work tbody tr").first
    assert "保密工作部门确认" in row.inner_text() and "工作日" in row.inner_text()
    shot(office.page, screenshots, "06-work-secrecy")
    office.open_case_from_work("保密工作部门确认")
    page = office.page
    assert page.locator("#secrecy-form input[name=findings]").count() >= 1
    shot(page, screenshots, "07-case-secrecy")
    page.fill("#secrecy-opinion", "保密期限已满，不再属于国家秘密")
    office.submit("#secrecy-reject")
    assert "保密工作部门" in office.flash_ok()
    # The marking the office rejected shows the rejection and its reason, not 待定.
    marking = page.locator("li.finding", has_text="CLASSIFICATION_MARKING").first
    assert marking.locator(".badge.act-review").count() == 0
    assert "保密工作部门不予确认" in marking.locator(".secrecy-result").inner_text()
    assert "保密期限已满，不再属于国家秘密" in marking.locator(".secrecy-answer").inner_text()
    assert "待定" not in marking.locator(".fhead").inner_text()
    page.fill("#basis", "保密期限已于2021年3月5日届满，经审核予以解密")
    office.submit("#declassify-submit")
    office.flash_ok()
    office.close()

    # The approver signs, settling the attribute.
    approver.page.reload(wait_until="domcontentloaded")
    approver.page.fill("#opinion", "同意公开")
    approver.page.select_option("#sign-attribute", "主动公开")
    approver.submit("#sign-submit")
    assert "审批" in approver.flash_ok()
    shot(approver.page, screenshots, "08-case-approved")
    approver.close()

    # The reviewer publishes from My work and downloads everything.
    reviewer.goto("/work")
    reviewer.open_case_from_work("公开")
    page = reviewer.page
    reviewer.follow(page.locator("#tab-preview"))
    page.locator("figure.page img").first.evaluate("img => img.decode()")
    shot(page, screenshots, "09-preview")
    reviewer.follow(page.locator("#tab-marked"))
    page.fill("#carrier", "门户网站政府信息公开专栏")
    reviewer.submit("#publish-submit")
    reviewer.flash_ok()
    assert page.locator("#status").inner_text() == "已公开"
    shot(page, screenshots, "10-case-published")
    files = {}
    for key in ("copy", "form", "ledger", "catalogue"):
        with page.expect_download() as info:
            page.click(f"#download-{key}")
        target = tmp_path / "downloads" / info.value.suggested_filename
        target.parent.mkdir(exist_ok=True)
        info.value.save_as(target)
        files[key] = target
    reviewer.follow(page.locator("#tab-audit"))
    assert "审计链完整" in page.locator("#chain").inner_text()
    assert page.locator("#events tbody tr").count() >= 7
    shot(page, screenshots, "11-audit")
    reviewer.close()

    # The copy, read by readers that did not write it.
    copy = files["copy"]
    assert copy.name.endswith(".approved.pdf")
    from pdfminer.high_level import extract_text
    from pypdf import PdfReader

    texts = [
        extract_text(str(copy)),
        "\n".join(p.extract_text() or "" for p in PdfReader(copy).pages),
    ]
    for text in texts:
        assert "应急物资储备库" in text and NAME in text
        for value in VALUES:
            assert value not in text.replace(" ", "").replace("\n", "")
    raw = copy.read_bytes()
    for value in VALUES:
        assert value.encode() not in raw
    form_text = "\n".join(p.extract_text() or "" for p in PdfReader(files["form"]).pages)
    assert "保密审查审批表" in form_text.replace(" ", "")
    import openpyxl

    ledger = openpyxl.load_workbook(io.BytesIO(files["ledger"].read_bytes())).active
    cells = [str(c.value) for row in ledger.iter_rows() for c in row if c.value is not None]
    assert any("应急物资储备库" in c for c in cells), cells
    assert not any(v in c for c in cells for v in VALUES)
    openpyxl.load_workbook(io.BytesIO(files["catalogue"].read_bytes()))

    # No value in a URL the browser asked for, nor in a line the desk logged.
    assert urls and desk.log
    for value in (*VALUES, NAME):
        assert not [u for u in urls if value in u or value in _unquote(u)]
        assert not [line for line in desk.log if value in line]


def _unquote(url: str) -> str:
    from urllib.parse import unquote

    return unquote(url)


def test_a_table_shows_as_a_table_and_english_is_available(
    browser: Any, desk: Served, screenshots: Path, tmp_path: Path
) -> None:
    table = tmp_path / "补贴名单.csv"
    table.write_text(
        "姓名,身份证号,金额\n李四,11010519491231002X,500\n王五,110101199003074258,800\n",
        encoding="utf-8",
    )
    urls: list[str] = []
    drafter = User(browser, desk, "赵科员", urls)
    drafter.submit("#language")
    assert drafter.page.locator("h1").inner_text() == "My work"
    drafter.follow(drafter.page.locator("text=Upload"))
    drafter.page.set_input_files("#document", str(table))
    drafter.submit("#upload-submit")
    assert re.search(r"/case/C\d+", drafter.page.url), drafter.page.url
    page = drafter.page
    sheet = page.locator("table.sheet")
    assert sheet.count() == 1
    assert sheet.locator("tr").count() == 3
    assert sheet.locator("mark").count() >= 2
    assert "Findings" in page.locator("#findings h2").inner_text()
    shot(page, screenshots, "12-case-table-en")
    drafter.follow(page.locator("#tab-preview"))
    assert ID_NUMBER not in page.locator("#document").inner_text()
    drafter.close()


def test_a_reviewer_sends_a_finding_to_the_secrecy_office(
    browser: Any, desk: Served, screenshots: Path, tmp_path: Path
) -> None:
    """Not sure whether an item is a state secret: the reviewer sends it to the secrecy
    office from the finding itself; it is withheld and the office finds it in its work, due
    in working days; the office's answer gives it back to the reviewers."""
    document = tmp_path / "情况说明.txt"
    document.write_text(
        "关于储备库选址情况的说明\n新库位于城北工业园区3号库房，联系人手机：13834409126。\n",
        encoding="utf-8",
    )
    urls: list[str] = []
    drafter = User(browser, desk, "赵科员", urls)
    drafter.follow(drafter.page.locator("text=上传审查"))
    drafter.page.set_input_files("#document", str(document))
    drafter.submit("#upload-submit")
    assert re.search(r"/case/C\d+", drafter.page.url), drafter.page.url
    drafter.close()

    reviewer = User(browser, desk, "王处长", urls)
    reviewer.follow(reviewer.page.locator("text=全部案卷"))
    reviewer.follow(reviewer.page.locator("#work tbody tr a.case-link").first)
    page = reviewer.page
    finding = page.locator("li.finding", has_text=MOBILE).first
    offered = f'#third-party-form input[name=findings][value="{finding.get_attribute("data-f")}"]'
    assert page.locator(offered).count() == 1  # a redacted personal datum, before referral
    reviewer.decide(finding, "refer", "是否涉及国家秘密事项，请保密工作部门确认")
    assert "保密工作部门" in reviewer.flash_ok()
    finding = page.locator("li.finding", has_text=MOBILE).first
    assert finding.locator(".badge.pending").count() == 1
    assert finding.locator("button.open-decide").count() == 0  # withheld until it answers
    # A finding with the secrecy office is no third party's to free.
    referred = finding.get_attribute("data-f")
    assert page.locator(f'#third-party-form input[name=findings][value="{referred}"]').count() == 0
    shot(page, screenshots, "13-referred")
    reviewer.close()

    office = User(browser, desk, "保密办", urls)
    row = office.page.locator("#work tbody tr").first
    assert "保密工作部门确认" in row.inner_text() and "工作日" in row.inner_text()
    office.open_case_from_work("保密工作部门确认")
    office.page.fill("#secrecy-opinion", "不属于国家秘密")
    office.submit("#secrecy-reject")
    office.flash_ok()
    finding = office.page.locator("li.finding", has_text=MOBILE).first
    assert finding.locator(".badge.pending").count() == 0
    shot(office.page, screenshots, "14-referral-answered")
    office.close()
    assert not [u for u in urls if MOBILE in u or MOBILE in _unquote(u)]


def test_a_long_case_opens_with_its_first_findings_and_adds_the_rest(
    browser: Any, desk: Served, screenshots: Path, tmp_path: Path
) -> None:
    """A case with more findings than the page sends at once (40) and more pages than it
    marks at once (3): the rest of the findings are added once the page has opened, the
    marks of a later page when it comes near the screen, and a finding asked for by its id
    is there at once."""
    import pymupdf

    pdf = pymupdf.open()
    for number in range(1, 7):
        page = pdf.new_page()
        page.insert_font(fontname="F0", fontbuffer=pymupdf.Font("cjk").buffer)
        page.insert_text((72, 60), f"第{number}页 联系方式", fontname="F0", fontsize=11)
        for line in range(8):
            mobile = f"1383440{9100 + number * 10 + line}"
            page.insert_text(
                (72, 90 + 24 * line), f"联系人手机：{mobile}。", fontname="F0", fontsize=11
            )
    pdf.subset_fonts()
    document = tmp_path / "联系方式.pdf"
    pdf.save(document, garbage=4, deflate=True)

    drafter = User(browser, desk, "赵科员", [])
    drafter.follow(drafter.page.locator("#upload-link"))
    drafter.page.set_input_files("#document", str(document))
    drafter.submit("#upload-submit")
    page = drafter.page
    total = int(re.search(r"（(\d+)）", page.locator("#findings h2").first.inner_text()).group(1))  # type: ignore[union-attr]
    assert total >= 48
    served = page.request.get(page.url).text()
    assert served.count('<template class="later">') >= 1 + 3  # a chunk of findings, pages 4–6
    page.wait_for_function(
        "n => document.querySelectorAll('#finding-list li.finding').length === n"
        " && !document.querySelector('#finding-list > template')",
        arg=total,
    )
    page.locator("#page-6").scroll_into_view_if_needed()
    page.wait_for_function("() => document.querySelectorAll('#page-6 a.mark').length >= 8")
    mark = page.locator("#page-6 a.mark").first
    box = mark.bounding_box()
    assert box is not None and box["width"] > 5 and box["height"] > 5
    # The last finding, picked in the list, lights its mark on its page.
    last = page.locator("#finding-list li.finding").last
    last.locator(".context").click()
    ident = last.get_attribute("data-f")
    assert "active" in (last.get_attribute("class") or "")
    assert "active" in (
        page.locator(f'.document a.mark[data-f="{ident}"]').get_attribute("class") or ""
    )
    shot(page, screenshots, "15-long-case")
    drafter.close()
