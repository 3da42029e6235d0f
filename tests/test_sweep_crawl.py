"""``baomi sweep`` over a real website: a generated site served by ``http.server`` on the
loopback interface (``tests/fixtures/sweep_site.py``), crawled from its start URL. The crawl
stays inside the site, honours robots.txt and its budgets, reports every URL it did not
review with the reason, and reports exactly the planted items; the report files hold no
value; a second run fetches only what changed (conditional requests the server counts)."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
from click.testing import CliRunner, Result

from tests.fixtures.loopback import loopback_only
from tests.fixtures.sweep_site import (
    IDS,
    MOBILE,
    PERSONAL_ATTACHMENTS,
    PLANTED_PAGES,
    Resource,
    SiteServer,
    build_site,
    html,
)

VALUES = [*IDS, MOBILE]
FAST = ("--jobs", "1", "--rate", "100", "--timeout", "1", "--max-file-bytes", str(1 << 20))


def sweep(*args: str) -> Result:
    from pipeline.cli import main

    return CliRunner().invoke(main, ["sweep", *args], catch_exceptions=False)


def sweep_json(*args: str) -> tuple[int, dict[str, Any]]:
    result = sweep(*args, "--json")
    assert "Traceback" not in result.output
    return result.exit_code, json.loads(result.stdout)


def reviewable(path: str) -> bool:
    from pipeline.sweep.formats import reviewable as supported

    return supported(PurePosixPath(path).name)


def path_of(url: str) -> str:
    from urllib.parse import urlsplit

    return urlsplit(url).path


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[SiteServer, SiteServer]]:
    with loopback_only(), SiteServer({}) as offsite, SiteServer(build_site(offsite.base)) as site:
        yield site, offsite


@pytest.fixture(scope="module")
def crawl(servers, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    site, _offsite = servers
    out = tmp_path_factory.mktemp("crawl")
    takedown = out / "takedown.txt"
    code, data = sweep_json(
        f"{site.base}/site/", "--out", str(out), *FAST, "--takedown-list", str(takedown)
    )
    return {"code": code, "data": data, "out": out, "takedown": takedown, "hits": list(site.hits)}


def test_reports_exactly_the_planted_items(crawl: dict[str, Any]) -> None:
    found = {path_of(f["address"]): f for f in crawl["data"]["found"]}
    expected = set(PLANTED_PAGES) | {p for p in PERSONAL_ATTACHMENTS if reviewable(p)}
    assert set(found) == expected
    for page, urgency in PLANTED_PAGES.items():
        assert found[page]["urgency"] == urgency, found[page]
    assert found["/site/art/idlist.html"]["entities"]["CN_RESIDENT_ID"] == 5
    assert found["/site/art/idlist.html"]["id_numbers"] == 5
    marked = found["/site/art/marked.html"]
    assert marked["marking"] == "机密★10年" and marked["marking_state"] == "in_force"
    assert found["/site/art/phone.html"]["entities"] == {"CN_MOBILE": 1}
    # Most urgent first: the marking and the ID list lead the report.
    urgencies = [f["urgency"] for f in crawl["data"]["found"]]
    assert urgencies == sorted(urgencies) and urgencies[:2] == [1, 1]
    # Titles and dates as the pages show them; an attachment has its link's text and page.
    assert found["/site/art/idlist.html"]["title"] == "2024年第一季度困难群众临时救助名单公示"
    assert found["/site/art/idlist.html"]["date"] == "2024-03-18"
    attachment = found["/site/files/reply.docx"]
    assert attachment["kind"] == "attachment" and attachment["date"] == "2024-04-01"
    assert path_of(attachment["linked_from"]) == "/site/art/files.html"
    assert attachment["title"] == "附件2"


def test_what_was_not_reviewed_is_reported_with_its_reason(crawl: dict[str, Any]) -> None:
    data = crawl["data"]
    reasons = {path_of(i["address"]): i["reason"] for i in data["not_reviewed"]}
    expected = {
        "/site/loop/a": "redirect_loop",
        "/site/art/slow.html": "fetch_timeout",
        "/site/go-out": "redirect_offsite",
        "/site/private/secret.html": "robots_disallowed",
        "/site/files/huge.pdf": "fetch_too_large",
    }
    for path in PERSONAL_ATTACHMENTS:
        if not reviewable(path):
            expected[path] = "not_reviewable"
    assert reasons == expected
    assert [(path_of(b["address"]), b["status"]) for b in data["broken_links"]] == [
        ("/site/art/missing.html", 404)
    ]
    summary = data["summary"]
    assert [path_of(u) for u in summary["out_of_scope"]] == ["/other/page.html"]
    assert sum(summary["offsite_links"].values()) == 1
    # Incomplete (a timeout, a loop, a huge file, robots.txt…): exit 2, findings reported.
    assert crawl["code"] == data["exit_code"] == 2


def test_the_crawl_stays_inside_the_site(crawl: dict[str, Any], servers) -> None:
    _, offsite = servers
    hits = crawl["hits"]
    assert offsite.hits == []  # neither the off-site link nor the off-site redirect
    paths = [h.path for h in hits]
    assert not any(p.startswith(("/site/private/", "/other/")) for p in paths)
    assert all((h.user_agent or "").startswith("baomi-sweep/") for h in hits)
    assert len(paths) == len(set(paths)), "a URL was fetched twice"
    assert paths[0] == "/robots.txt"
    assert paths.count("/site/loop/a") == paths.count("/site/loop/b") == 1
    # The huge file was cut off at the size limit, not read to its end.
    assert crawl["data"]["summary"]["bytes"] < 2 << 20


def test_report_files_hold_no_value(crawl: dict[str, Any]) -> None:
    from openpyxl import load_workbook

    out: Path = crawl["out"]
    workbook = load_workbook(out / "sweep-report.xlsx")
    found = workbook.worksheets[0]
    assert found.freeze_panes == "A2"
    assert found.auto_filter.ref and found.auto_filter.ref.startswith("A1:")
    assert found.max_row == len(crawl["data"]["found"]) + 1
    assert found["A1"].value == "序号" and found["B2"].value == "紧急"
    cells = [
        str(cell.value)
        for sheet in workbook.worksheets
        for row in sheet.iter_rows()
        for cell in row
    ]
    page = (out / "sweep-report.html").read_text(encoding="utf-8")
    report_json = (out / "sweep-report.json").read_text(encoding="utf-8")
    for value in VALUES:
        assert not any(value in cell for cell in cells), value
        assert value not in page and value not in report_json
    assert page.count("<svg") == 2
    # The page is well formed, and its table has the workbook's rows, most urgent first.
    import lxml.html

    tree = lxml.html.fromstring(page)
    rows = tree.xpath("//table[@class='found']/tbody/tr")
    assert len(rows) == len(crawl["data"]["found"])
    assert [r.get("class") for r in rows[:2]] == ["u1", "u1"]
    assert rows[0].xpath("td")[2].text_content() == crawl["data"]["found"][0]["address"]
    bars = tree.xpath("//svg//rect")
    assert len(bars) >= 2
    assert "<script" not in page.lower()
    assert 'src="http' not in page and "<link" not in page
    # The takedown list: the exact addresses, most urgent first.
    listed = crawl["takedown"].read_text(encoding="utf-8").splitlines()
    assert listed == [f["address"] for f in crawl["data"]["found"]]
    assert crawl["takedown"].stat().st_mode & 0o077 == 0


def test_resume_fetches_only_what_changed(tmp_path: Path) -> None:
    with loopback_only(), SiteServer({}) as offsite, SiteServer(build_site(offsite.base)) as site:
        out = tmp_path / "out"
        first, data = sweep_json(f"{site.base}/site/", "--out", str(out), *FAST)
        fetched_first = data["summary"]["fetched"]
        # Change one page (it keeps its ETag scheme) and one attachment (no ETag: a date).
        site.site["/site/art/a1.html"] = Resource(
            html("关于做好值班工作的通知（修订）", "<p>改</p>")
        )
        site.site["/site/files/reply.txt"] = Resource(
            "关于申请人信息的说明\n已处理。\n".encode(),
            "text/plain; charset=utf-8",
            etag=False,
            mtime=1_800_000_000.0,
        )
        site.hits.clear()
        second, again = sweep_json(f"{site.base}/site/", "--out", str(out), *FAST)
    hits = {h.path: h for h in site.hits}
    stored = {p for p, r in site.site.items() if r.status == 200 and not r.stream and not r.delay}
    stored -= {"/site/private/secret.html", "/other/page.html", "/robots.txt"}
    for path in stored:
        resource = site.site[path]
        if resource.etag:
            assert hits[path].if_none_match, path
        elif resource.last_modified:
            assert hits[path].if_modified_since, path
    # Full answers: what changed, and what carries no validator at all (its hash decides);
    # the slow page and the huge file were never stored, so they are simply tried again.
    full = {p for p, h in hits.items() if h.status == 200}
    assert {"/site/art/slow.html", "/site/files/huge.pdf"} <= full
    full -= {"/site/art/slow.html", "/site/files/huge.pdf"}
    assert full == {
        "/site/art/a1.html",
        "/site/files/reply.txt",
        "/site/list_2.html",
        "/robots.txt",
    }
    assert again["summary"]["not_modified"] == len(stored) - 3
    assert again["summary"]["fetched"] == 3 < fetched_first
    assert again["summary"]["reviewed_now"] == 2  # list_2.html came back unchanged
    before = {path_of(f["address"]) for f in data["found"]}
    after = {path_of(f["address"]) for f in again["found"]}
    assert after == before - {"/site/files/reply.txt"}
    assert first == second == 2


def test_page_budget_reports_what_it_left(tmp_path: Path) -> None:
    with loopback_only(), SiteServer({}) as offsite, SiteServer(build_site(offsite.base)) as site:
        code, data = sweep_json(
            f"{site.base}/site/", "--out", str(tmp_path / "o"), *FAST, "--max-pages", "6"
        )
        hits = list(site.hits)
    assert len(hits) == 6  # robots.txt, the redirect of /site/ and four pages
    left = [i for i in data["not_reviewed"] if i["reason"] == "budget_pages"]
    assert len(left) >= 8
    # Every URL the crawl knew of is accounted for: reviewed, listed, or a broken link.
    known = {path_of(i["address"]) for i in left}
    assert "/site/art/phone.html" in known or "/site/files/reply.pdf" in known
    assert code == 2


def test_byte_budget_reports_what_it_left(tmp_path: Path) -> None:
    with loopback_only(), SiteServer({}) as offsite, SiteServer(build_site(offsite.base)) as site:
        code, data = sweep_json(
            f"{site.base}/site/", "--out", str(tmp_path / "o"), *FAST, "--max-bytes", "20000"
        )
    assert code == 2
    assert data["summary"]["bytes"] <= 20000 + 65536
    assert any(i["reason"] == "budget_bytes" for i in data["not_reviewed"])


def test_requests_are_spaced_and_crawl_delay_honoured(tmp_path: Path) -> None:
    small = {
        "/robots.txt": Resource(b"User-agent: *\nCrawl-delay: 0.3\n", "text/plain"),
        "/s/index.html": Resource(html("首页", "<a href='a.html'>a</a><a href='b.html'>b</a>")),
        "/s/a.html": Resource(html("甲", "<p>通知。</p>")),
        "/s/b.html": Resource(html("乙", "<p>通知。</p>")),
    }
    with loopback_only(), SiteServer(small) as site:
        code, _ = sweep_json(f"{site.base}/s/index.html", "--out", str(tmp_path / "o"), *FAST)
        times = [h.at for h in site.hits]
    assert code == 0 and len(times) == 4
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert min(gaps) >= 0.28, gaps


def test_robots_txt_that_cannot_be_read_stops_the_crawl(tmp_path: Path) -> None:
    small = {
        "/robots.txt": Resource(status=503),
        "/s/index.html": Resource(html("首页", f"<p>{MOBILE}</p>")),
    }
    with loopback_only(), SiteServer(small) as site:
        code, data = sweep_json(f"{site.base}/s/index.html", "--out", str(tmp_path / "o"), *FAST)
        paths = site.paths()
    assert paths == ["/robots.txt"]
    assert [i["reason"] for i in data["not_reviewed"]] == ["robots_disallowed"]
    assert data["summary"]["robots"] == {f"{site.base}/s/index.html": "unavailable"}
    assert code == 2


def test_since_leaves_older_items_out_and_lists_them(tmp_path: Path) -> None:
    with loopback_only(), SiteServer({}) as offsite, SiteServer(build_site(offsite.base)) as site:
        code, data = sweep_json(
            f"{site.base}/site/", "--out", str(tmp_path / "o"), *FAST, "--since", "2024-03-10"
        )
    found = {path_of(f["address"]) for f in data["found"]}
    assert "/site/art/marked.html" not in found  # 2024-02-26
    assert {"/site/art/idlist.html", "/site/art/phone.html"} <= found
    older = {path_of(i["address"]) for i in data["not_reviewed"] if i["status"] == "older"}
    assert {"/site/art/a1.html", "/site/art/marked.html", "/site/art/dated.html"} <= older
    assert code == 2


def test_a_bad_source_is_a_usage_error(tmp_path: Path) -> None:
    result = sweep("ftp://example.gov.cn/", "--out", str(tmp_path / "o"), "--lang", "en")
    assert result.exit_code == 2
    assert "neither a folder nor an http(s) URL" in result.stderr
    result = sweep(str(tmp_path / "missing"), "--out", str(tmp_path / "o"))
    assert result.exit_code == 2
