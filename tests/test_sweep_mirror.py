"""``baomi sweep`` over a folder that mirrors a website's files: every file is a published
item (pages read for their title, date and links; attachments titled by the link to them),
exactly the planted ones are reported, a second run reviews only what changed, and findings
can be opened as cases in a register (SQLite and PostgreSQL) that then go through the normal workflow."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import select

from tests.fixtures.sweep_site import (
    IDS,
    PERSONAL_ATTACHMENTS,
    PLANTED_PAGES,
    build_site,
    write_mirror,
)

# In a mirror every file is published, also the pages the web server keeps from crawlers.
MIRROR_PLANTED = {*PLANTED_PAGES, "/site/private/secret.html", "/other/page.html"}


def cli(*args: str) -> Result:
    from pipeline.cli import main

    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def sweep_json(*args: str) -> tuple[int, dict[str, Any]]:
    result = cli("sweep", *args, "--json", "--jobs", "1")
    assert "Traceback" not in result.output
    return result.exit_code, json.loads(result.stdout)


def reviewable(path: str) -> bool:
    from pipeline.sweep.formats import reviewable as supported

    return supported(PurePosixPath(path).name)


@pytest.fixture
def mirror(tmp_path: Path) -> Path:
    root = tmp_path / "www"
    write_mirror(build_site("http://127.0.0.1:9"), root)
    return root


def relative(found: list[dict[str, Any]], root: Path) -> dict[str, dict[str, Any]]:
    return {"/" + Path(f["address"]).relative_to(root.resolve()).as_posix(): f for f in found}


def test_mirror_reports_exactly_the_planted_items(mirror: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, data = sweep_json(str(mirror), "--out", str(out))
    found = relative(data["found"], mirror)
    expected = MIRROR_PLANTED | {p for p in PERSONAL_ATTACHMENTS if reviewable(p)}
    assert set(found) == expected
    assert found["/site/art/idlist.html"]["urgency"] == 1
    assert found["/site/art/marked.html"]["urgency"] == 1
    docx = found["/site/files/reply.docx"]
    assert docx["title"] == "附件2" and docx["date"] == "2024-04-01"
    assert docx["linked_from"].endswith("/site/art/files.html")
    not_reviewed = {
        "/" + Path(i["address"]).relative_to(mirror.resolve()).as_posix(): i["reason"]
        for i in data["not_reviewed"]
    }
    assert not_reviewed == {p: "not_reviewable" for p in PERSONAL_ATTACHMENTS if not reviewable(p)}
    assert code == (2 if not_reviewed else 1)
    # The mirror is read, never written.
    assert not any(p.name.startswith(".") for p in mirror.rglob("*"))

    # Second run: nothing changed, nothing is reviewed again.
    _, again = sweep_json(str(mirror), "--out", str(out))
    assert again["summary"]["reviewed_now"] == 0
    assert again["found"] == data["found"]
    # One page changes: only it is reviewed again.
    page = mirror / "site/art/phone.html"
    page.write_text(page.read_text(encoding="utf-8").replace("13912345678", "（已删除）"), "utf-8")
    _, third = sweep_json(str(mirror), "--out", str(out))
    assert third["summary"]["reviewed_now"] == 1
    assert set(relative(third["found"], mirror)) == expected - {"/site/art/phone.html"}


@pytest.fixture(params=["sqlite", "postgresql"])
def register(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A SQLite file, or a new database of the session's real PostgreSQL server."""
    if request.param == "sqlite":
        return str(tmp_path / "register.sqlite3")
    return request.getfixturevalue("postgres").new_database()


def test_findings_open_cases_in_the_register(mirror: Path, tmp_path: Path, register: str) -> None:
    out = tmp_path / "out"
    code, data = sweep_json(
        str(mirror), "--out", str(out), "--open-cases", "--register", str(register)
    )
    assert code in (1, 2)
    cases = [f["case_id"] for f in data["found"]]
    assert all(cases) and len(set(cases)) == len(cases)
    listed = json.loads(cli("case", "list", "--json", "--register", str(register)).stdout)
    assert {c["case_id"] for c in listed} == set(cases)
    # Each case has its findings and a redacted copy: the normal workflow takes it from here.
    idlist = next(f for f in data["found"] if f["address"].endswith("idlist.html"))
    detail = json.loads(
        cli("case", "show", idlist["case_id"], "--json", "--register", str(register)).stdout
    )
    assert sum(1 for f in detail["findings"] if f["entity_type"] == "CN_RESIDENT_ID") == 5
    assert detail["redacted"] and Path(detail["redacted"]).is_file()
    copy = Path(detail["redacted"]).read_text(encoding="utf-8")
    assert not any(value in copy for value in IDS)
    assert detail["next_step"] == "初审"
    # Where each case was found is in the audit chain, and the chain verifies.
    from pipeline.workflow.register import open_register
    from pipeline.workflow.tables import AuditEvent
    from tests.office import url_of

    handle = open_register(url_of(register))
    try:
        with handle.session() as session:
            rows = session.scalars(select(AuditEvent).where(AuditEvent.action == "sweep_found"))
            addresses = {json.loads(row.payload)["address"] for row in rows}
    finally:
        handle.close()
    assert addresses == {f["address"] for f in data["found"]}
    assert cli("audit", "verify", "--register", str(register)).exit_code == 0


def test_exit_status_says_clean_found_or_incomplete(tmp_path: Path) -> None:
    from tests.fixtures.sweep_site import html

    root = tmp_path / "www"
    root.mkdir()
    (root / "notice.html").write_bytes(
        html(
            "关于开展植树活动的通知",
            "<p>各单位：请于三月十二日前组织植树活动。</p>",
            date="2024-03-01",
        )
    )
    out = tmp_path / "out"
    code, data = sweep_json(str(root), "--out", str(out))
    assert (code, data["found"], data["not_reviewed"]) == (0, [], [])
    assert data["exit_code"] == 0

    (root / "list.html").write_bytes(
        html("补贴名单", f"<table><tr><th>公民身份号码</th></tr><tr><td>{IDS[1]}</td></tr></table>")
    )
    code, data = sweep_json(str(root), "--out", str(out))
    assert code == data["exit_code"] == 1
    assert set(relative(data["found"], root)) == {"/list.html"}

    # An attachment that cannot be read makes the sweep incomplete; what was found stays.
    (root / "broken.pdf").write_bytes(b"%PDF-1.7\nthis is not a PDF\n")
    code, data = sweep_json(str(root), "--out", str(out))
    assert code == data["exit_code"] == 2
    assert set(relative(data["found"], root)) == {"/list.html"}
    assert [Path(i["address"]).name for i in data["not_reviewed"]] == ["broken.pdf"]
