"""The sweep's parts on their own: reading a page (links, title, publication date, text),
naming downloads, robots.txt's Crawl-delay, URL normalisation, urgency, and the message
tables (a sweep message never replaces another)."""

from __future__ import annotations

import pytest

from pipeline.sweep.assess import assess
from pipeline.sweep.crawl import normalize
from pipeline.sweep.formats import disposition_name, local_name
from pipeline.sweep.pages import parse_date, read_page
from pipeline.sweep.robots import crawl_delay


def test_page_links_title_date_and_text() -> None:
    page = read_page(
        """<html><head><meta charset="gbk"><title>站名 - 通知</title>
        <meta name="ArticleTitle" content="关于做好值班工作的通知">
        <meta name="PubDate" content="2024-03-15 10:00"><base href="/site/art/"></head>
        <body><h1>标题</h1><script>var phone = "13800000000";</script>
        <p>正文<b>加粗</b>续</p><!-- 注释中的内容 --><img src="a.png" alt="照片说明">
        <a href="../files/x.pdf#p2">附件一</a><a href="mailto:a@b.cn">信箱</a>
        <table><tr><th>姓名</th><th>金额</th></tr><tr><td>张三</td><td>5</td></tr></table>
        </body></html>""".encode("gbk"),
        "http://h.gov.cn/site/art/1.html",
    )
    assert page.title == "关于做好值班工作的通知" and page.date == "2024-03-15"
    urls = {link.url: link.text for link in page.links}
    assert urls["http://h.gov.cn/site/files/x.pdf"] == "附件一"
    assert "http://h.gov.cn/site/art/a.png" in urls
    assert "13800000000" not in page.text  # scripts are not text
    assert "正文加粗续" in page.text and "注释中的内容" in page.text and "照片说明" in page.text
    assert "姓名\t金额" in page.text.splitlines() and "张三\t5" in page.text.splitlines()


@pytest.mark.parametrize(
    ("html", "date"),
    [
        ("<p>发布时间：2023年12月28日</p><p>2020年1月1日的通知</p>", "2023-12-28"),
        ("<p>发布日期: 2024/5/6</p>", "2024-05-06"),
        ('<time datetime="2024-07-08T09:00">7月8日</time>', "2024-07-08"),
        ("<p>本通知自2020年1月1日起施行。</p>", None),  # a date in the body is not the date
        ("<p>发布时间：2024-02-30</p>", None),
    ],
)
def test_publication_date(html: str, date: str | None) -> None:
    assert read_page(html.encode(), "http://h/").date == date


def test_parse_date() -> None:
    assert parse_date("2024.3.5") == "2024-03-05"
    assert parse_date("无") is None


def test_download_names() -> None:
    pdf = "application/pdf"
    assert local_name("http://h/download.do?id=3", pdf) == "download.do.pdf"
    assert local_name("http://h/a/%E9%80%9A%E7%9F%A5.docx", None) == "通知.docx"
    assert local_name("http://h/", "text/html") == "index.html"
    assert local_name("http://h/art.jsp", "text/html; charset=gbk") == "art.jsp.html"
    assert (
        local_name("http://h/get", pdf, 'attachment; filename="../../etc/passwd"') == "passwd.pdf"
    )
    header = "attachment; filename*=UTF-8''%E5%90%8D%E5%8D%95.xlsx"
    assert disposition_name(header) == "名单.xlsx"


def test_crawl_delay_with_decimals_and_groups() -> None:
    lines = ["User-agent: other", "Crawl-delay: 9", "", "User-agent: *", "Crawl-delay: 0.5"]
    assert crawl_delay(lines, "baomi-sweep") == 0.5
    lines = ["User-agent: baomi-sweep", "User-agent: x", "Crawl-delay: 2", "User-agent: *"]
    assert crawl_delay(lines, "baomi-sweep") == 2.0
    assert crawl_delay(["User-agent: *", "Disallow: /"], "baomi-sweep") is None


def test_normalize() -> None:
    assert normalize("HTTP://WWW.Example.GOV.cn:80/a?b=1#x") == "http://www.example.gov.cn/a?b=1"
    assert normalize("https://h.cn:8443") == "https://h.cn:8443/"
    for bad in ("mailto:a@b.cn", "javascript:void(0)", "ftp://h/", "http://user:pw@h/"):
        assert normalize(bad) is None


def _finding(kind: str, action: str, text: str, category: str = "personal_privacy") -> dict:
    return {"entity_type": kind, "action": action, "text": text, "category": category,
            "basis": "b"}  # fmt: skip


def test_urgency() -> None:
    def urgency(findings: list[dict], **record) -> int:
        return assess(
            {"findings": findings, **record}, unverifiable=False, fail_on="redact"
        ).urgency

    ids = [_finding("CN_RESIDENT_ID", "redact", f"id{i}") for i in range(3)]
    assert urgency(ids) == 1
    assert urgency([*ids[:2], _finding("CN_RESIDENT_ID", "redact", "id0")]) == 2  # two distinct
    marking = _finding("CLASSIFICATION_MARKING", "review", "机密★5年", "state_secret")
    assert urgency([marking], classification={"level": "机密", "period": "5年"}) == 1
    assert urgency([_finding("INTERNAL_MARKING", "review", "内部资料", "work_secret")]) == 2
    assert urgency([_finding("CN_LANDLINE", "review", "1234")]) == 0  # review: not by default
    assert urgency([_finding("MASKED_VALUE", "keep", "张某", "none")]) == 0
    assert (
        assess({"findings": [_finding("CN_LANDLINE", "review", "1")]}, unverifiable=False,
               fail_on="review").urgency == 3
    )  # fmt: skip


def test_sweep_messages_replace_no_other_message() -> None:
    import ast
    from pathlib import Path

    import pipeline.messages as messages
    from pipeline.messages_register import REGISTER_MESSAGES
    from pipeline.messages_sweep import SWEEP_MESSAGES

    tree = ast.parse(Path(messages.__file__).read_text(encoding="utf-8"))
    core = next(
        node.value
        for node in tree.body
        if isinstance(node, ast.AnnAssign) and getattr(node.target, "id", "") == "MESSAGES"
    )
    keys = {key.value for key in core.keys}  # type: ignore[union-attr]
    assert keys and not (keys | set(REGISTER_MESSAGES)) & set(SWEEP_MESSAGES)
    for key, entry in SWEEP_MESSAGES.items():
        assert set(entry) == {"zh", "en"}, key
