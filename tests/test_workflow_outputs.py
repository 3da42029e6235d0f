"""What an inspector asks for: the ledger (CSV with a BOM and XLSX, Chinese headers, the three
opinions with reviewer and date), the catalogue (classified documents left out), and the review
form as PDF (text read back with pypdf, rendered to PNG) and DOCX."""

from __future__ import annotations

import csv
import datetime
import io
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.test_workflow_e2e import ok, review
from tests.test_workflow_publish import approve, txt

MOBILE = "13834409126"


def _days() -> tuple[str, str]:
    """Yesterday and today, read when a test checks: a run that crosses midnight signed the
    office's cases on the day before the check (a date taken at import was a flaky test)."""
    today = datetime.date.today()
    return (today - datetime.timedelta(days=1)).isoformat(), today.isoformat()



@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A register with a published notice, a withheld classified notice and a case still open."""
    register = tmp_path / "register.sqlite3"
    cases = {}
    notice = txt(
        tmp_path / "notice.txt",
        [
            "某某局文件",
            "某局发〔2025〕7号",
            "关于开展安全检查的通知",
            f"联系电话：{MOBILE}。",
            "某某局",
            "2025年3月5日",
        ],
    )
    cases["published"] = review(register, notice, tmp_path / "out")["case_id"]
    ok(
        register,
        "sign",
        cases["published"],
        "--stage",
        "初审",
        "--by",
        "赵科长",
        "--opinion",
        f"删除手机号码{MOBILE}后可公开",
        "--summary",
        "部署年度安全检查工作",
        "--attribute",
        "主动公开",
    )
    approve_rest(register, cases["published"])
    ok(register, "publish", cases["published"], "--out", str(tmp_path / "pub"), "--by", "陈录入")

    secret = txt(
        tmp_path / "secret.txt",
        [
            "000123",
            "机密★10年",
            "某某局文件",
            "关于某事的通知",
            "正文内容。",
            "某某局",
            "2024年3月5日",
        ],
    )
    cases["classified"] = review(register, secret, tmp_path / "out")["case_id"]
    approve(register, cases["classified"], attribute="不予公开")

    draft = txt(tmp_path / "draft.txt", ["关于某事的通知（征求意见稿）", "正文。"])
    cases["open"] = review(register, draft, tmp_path / "out")["case_id"]
    return register, cases


def approve_rest(register: Path, case: str) -> None:
    ok(register, "sign", case, "--stage", "复审", "--by", "王副局长", "--opinion", "同意")
    ok(register, "sign", case, "--stage", "审批", "--by", "刘局长", "--opinion", "同意公开")


def test_ledger_csv_opens_with_chinese_headers(
    office: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    register, cases = office
    out = tmp_path / "ledger.csv"
    ok(register, "ledger", "--format", "csv", "--out", str(out))
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    headers = list(rows[0])
    for needed in (
        "文件名称",
        "文号",
        "公开方式",
        "公开载体",
        "录入人员",
        "处室负责人",
        "处室负责人意见",
        "分管保密工作领导",
        "分管政府信息公开工作领导",
        "分管政府信息公开工作领导审批日期",
    ):
        assert needed in headers
    by_case = {row["案卷编号"]: row for row in rows}
    assert set(by_case) == {cases["published"], cases["classified"]}
    published = by_case[cases["published"]]
    assert published["文件名称"] == "关于开展安全检查的通知"
    assert published["文号"] == "某局发〔2025〕7号"
    assert published["公开方式"] == "主动公开"
    assert published["录入人员"] == "陈录入"
    assert published["公开载体"]
    assert published["处室负责人"] == "赵科长"
    assert published["处室负责人审核日期"] in _days()
    assert published["分管保密工作领导"] == "王副局长"
    assert published["分管政府信息公开工作领导"] == "刘局长"
    assert "个人隐私" in published["不公开内容及理由"]
    assert MOBILE not in out.read_text(encoding="utf-8-sig")  # opinions are scrubbed
    withheld = by_case[cases["classified"]]
    assert withheld["公开方式"] == "不公开"
    assert withheld["公开时间"] == ""
    # Never published: on no website (issue 13 item 11).
    assert withheld["公开载体"] == "" and withheld["录入人员"] == ""


def test_ledger_date_range(office: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    register, _ = office
    out = tmp_path / "ledger.csv"
    ok(register, "ledger", "--out", str(out), "--from", "2000-01-01", "--to", "2000-12-31")
    assert len(list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))) == 1
    ok(register, "ledger", "--out", str(out), "--from", _days()[0], "--to", _days()[1])
    assert len(list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))) == 3
    from tests.test_workflow_e2e import cli

    result = cli(register, "ledger", "--out", str(out), "--from", "2025-13-01")
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.stderr
    result = cli(register, "ledger", "--out", str(tmp_path / "ledger.txt"))
    assert result.exit_code == 2


def test_ledger_xlsx(office: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    from openpyxl import load_workbook

    register, cases = office
    out = tmp_path / "ledger.xlsx"
    ok(register, "ledger", "--format", "xlsx", "--out", str(out))
    sheet = load_workbook(out).active
    assert sheet.title == "保密审查台账"
    values = list(sheet.values)
    assert values[0][:4] == ("序号", "案卷编号", "文件名称", "文号")
    assert "分管保密工作领导" in values[0]
    assert {row[1] for row in values[1:]} == {cases["published"], cases["classified"]}


def test_catalogue_leaves_classified_documents_out(
    office: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    import json

    register, cases = office
    items = json.loads(ok(register, "catalogue", "--json").stdout)
    assert [item["案卷编号"] for item in items] == [cases["published"]]
    assert [item["索引号"] for item in items] == [""]  # not the case id
    assert items[0]["发文机关"] == "某某局"
    assert items[0]["成文日期"] == "2025-03-05"
    assert items[0]["公开属性"] == "主动公开"
    out = tmp_path / "catalogue.csv"
    ok(register, "catalogue", "--out", str(out))
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0][:3] == ["序号", "索引号", "文件名称"] and len(rows) == 2


def test_form_pdf(office: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    from pypdf import PdfReader

    register, cases = office
    out = tmp_path / "form.pdf"
    ok(register, "form", cases["published"], "--out", str(out))
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    for label in (
        "保密审查审批表",
        "文件名称",
        "文号",
        "载体形式",
        "公开方式",
        "公开时间",
        "内容摘要",
        "不予公开部分",
        "初审意见",
        "复审意见",
        "审批意见",
        "保密工作",
        "签名",
        "日期",
    ):
        assert label in text, label
    for value in (
        "关于开展安全检查的通知",
        "某局发〔2025〕7号",
        "部署年度安全检查工作",
        "赵科长",
        "王副局长",
        "刘局长",
        "个人隐私",
    ):
        assert value in text, value
    assert MOBILE not in text
    # The CJK font is embedded (subset), so the form prints the same everywhere.
    import pymupdf

    with pymupdf.open(out) as pdf:
        fonts = pdf[0].get_fonts()
        assert fonts and all(font[1] != "n/a" for font in fonts)
        png = tmp_path / "form.png"
        if shutil.which("pdftoppm"):
            subprocess.run(
                ["pdftoppm", "-png", "-r", "60", "-singlefile", str(out), str(tmp_path / "form")],
                check=True,
            )
        else:
            pdf[0].get_pixmap(dpi=60).save(png)
    assert png.is_file() and png.stat().st_size > 1000
    assert png.read_bytes().startswith(b"\x89PNG")


def test_form_docx(office: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    import docx

    register, cases = office
    out = tmp_path / "form.docx"
    ok(register, "form", cases["classified"], "--out", str(out))
    document = docx.Document(str(out))
    assert "保密审查审批表" in document.paragraphs[0].text
    cells = [cell.text for row in document.tables[0].rows for cell in row.cells]
    for label in (
        "文件名称",
        "文号",
        "载体形式",
        "公开方式",
        "公开时间",
        "内容摘要",
        "不予公开部分及理由",
        "初审意见",
        "复审意见",
        "审批意见",
        "保密工作部门意见",
    ):
        assert label in cells, label
    joined = "\n".join(cells)
    assert "全文不予公开" in joined
    assert "签名：刘" in joined


def test_form_of_an_open_case_has_blank_signatures(
    office: tuple[Path, dict[str, str]], tmp_path: Path
) -> None:
    from pypdf import PdfReader

    register, cases = office
    out = tmp_path / "blank.pdf"
    ok(register, "form", cases["open"], "--out", str(out))
    text = PdfReader(out).pages[0].extract_text()
    assert "初审意见" in text and "年" in text
