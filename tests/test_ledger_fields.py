"""The ledger's and the catalogue's fields come from the document and the register, never from
stand-ins (issue 13 item 11): 索引号 is the index number the document prints (its header zone,
or a platform's information table), else empty, never the case id; 文号 is the document's own
发文字号 from its header zone, not a regulation cited in the body; 录入人员 is the registered
person who published, not the OS account that stands for them; a classified case that was
never published is on no website and not 主动公开. On a DOCX, a PDF and a TXT built here."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from pipeline.docmeta import extract_meta
from pipeline.workflow.cases import login_name
from tests.conftest import make_docx, make_pdf
from tests.office import run
from tests.test_workflow_e2e import ok, review
from tests.test_workflow_publish import approve, txt

INDEX = "11140900013007252F/2025-00123"
OWN = "某局发〔2025〕7号"
CITED = "国办发〔2019〕5号"
PUBLISHER = "孙录入"


def _lines(index: bool = True) -> list[str]:
    return [
        *([f"索引号：{INDEX}　　发布机构：某某局　　公开方式：主动公开"] if index else []),
        "某某局文件",
        OWN,
        "关于开展安全检查的通知",
        "各科室：",
        f"根据《国务院办公厅关于某事的意见》（{CITED}）和索引号为000014349/2019-00001的信息，现通知如下。",
        "某某局",
        "2025年3月5日",
    ]


def _docx_with_info_table(path: Path) -> Path:
    """A platform's information table above the document, as sites export it to Word."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=4)
    for cell, value in zip(table.rows[0].cells, ("索引号", INDEX, "发布机构", "某某局"), strict=True):
        cell.text = value
    for cell, value in zip(table.rows[1].cells, ("公开方式", "主动公开", "发布日期", "2025-03-05"), strict=True):
        cell.text = value
    for line in _lines(index=False):
        document.add_paragraph(line)
    document.save(path)
    return path


def _documents(folder: Path) -> dict[str, Path]:
    return {
        "docx": _docx_with_info_table(folder / "info-table.docx"),
        "pdf": make_pdf(folder / "notice.pdf", _lines()),
        "txt": txt(folder / "notice.txt", _lines()),
        "docx-plain": make_docx(folder / "no-index.docx", _lines(index=False)),
    }


def test_index_number_is_read_from_the_header_zone_or_the_info_table() -> None:
    assert extract_meta("\n".join(_lines())).index_number == INDEX
    # A table's cells are lines of the flat text: the label, then its value.
    table = ["索引号", INDEX, "发布机构", "某某局", *_lines(index=False)]
    assert extract_meta("\n".join(table)).index_number == INDEX
    # An information table at the end of a page still counts: it has its other labels.
    tail = [*_lines(index=False), "索引号：" + INDEX, "发布机构：某某局", "生成日期：2025-03-05"]
    assert extract_meta("\n".join(tail)).index_number == INDEX
    # An index number cited in the body, or a label without a value, is not the document's.
    assert extract_meta("\n".join(_lines(index=False))).index_number is None
    body = [*_lines(index=False), "索引号：000014349/2019-00001"]
    assert extract_meta("\n".join(body)).index_number is None
    assert extract_meta("索引号：\n关于某事的通知\n正文。").index_number is None


@pytest.fixture
def published(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """Each document reviewed, signed and published by a registered person acting through the
    OS account mapped to them; a classified notice approved as withheld and never published."""
    register = tmp_path / "register.sqlite3"
    cases: dict[str, str] = {}
    ok(register, "user", "add", PUBLISHER, "--role", "reviewer", "--os-user", login_name(),
       "--by", "管理员")  # fmt: skip
    for kind, path in _documents(tmp_path).items():
        cases[kind] = review(register, path, tmp_path / "out")["case_id"]
        approve(register, cases[kind])
        # No --by and no token: the OS account acts, and stands for the person it is mapped to.
        result = run(register, "publish", cases[kind], "--out", str(tmp_path / "pub"), env={})
        assert result.exit_code == 0, result.output
    secret = txt(
        tmp_path / "secret.txt",
        ["机密★10年", "某某局文件", "某局发〔2024〕9号", "关于某事的通知", "正文内容。", "某某局",
         "2024年3月5日"],
    )  # fmt: skip
    cases["classified"] = review(register, secret, tmp_path / "out")["case_id"]
    approve(register, cases["classified"], attribute="不予公开")
    return register, cases


def test_ledger_and_catalogue_fields(published: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    register, cases = published
    out = tmp_path / "ledger.csv"
    ok(register, "ledger", "--out", str(out))
    rows = {r["案卷编号"]: r for r in csv.DictReader(io.StringIO(out.read_text("utf-8-sig")))}
    assert set(rows) == set(cases.values())
    for kind in ("docx", "pdf", "txt", "docx-plain"):
        row = rows[cases[kind]]
        assert row["文号"] == OWN, kind
        assert row["索引号"] == ("" if kind == "docx-plain" else INDEX), kind
        assert row["录入人员"] == PUBLISHER, kind  # the person, not the login
        assert row["公开方式"] == "主动公开" and row["公开载体"], kind
    assert login_name() not in out.read_text("utf-8-sig")
    withheld = rows[cases["classified"]]
    assert withheld["文号"] == "某局发〔2024〕9号"
    assert withheld["公开方式"] == "不公开" and withheld["公开方式"] != "主动公开"
    assert withheld["公开载体"] == withheld["公开时间"] == withheld["录入人员"] == ""
    assert withheld["索引号"] == ""

    items = {i["案卷编号"]: i for i in json.loads(ok(register, "catalogue", "--json").stdout)}
    assert cases["classified"] not in items
    for kind in ("docx", "pdf", "txt"):
        assert items[cases[kind]]["索引号"] == INDEX and items[cases[kind]]["文号"] == OWN
    assert items[cases["docx-plain"]]["索引号"] == ""  # not the case id
    assert all(item["索引号"] != item["案卷编号"] for item in items.values())
