"""The desk refuses what it must, over HTTP (Flask's test client on the real application):
no session, another role, a missing or wrong CSRF token, path traversal on downloads and
static files, an open redirect; sessions expire and change id at sign-in; cookies are
HttpOnly and SameSite=Strict (Secure behind the proxy); a value searched for or read never
reaches a URL or a log line; a refused action writes nothing."""

from __future__ import annotations

import logging
import re
import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest

from tests.office import add_people, password_of

ID_NUMBER = "11010519491231002X"
PEOPLE = {
    "管理员": ("admin",),
    "赵科员": ("drafter",),
    "钱科员": ("drafter",),
    "王处长": ("reviewer",),
    "保密办": ("secrecy",),
    "刘局长": ("approver",),
}


@pytest.fixture
def desk(tmp_path: Path) -> Any:
    from pipeline.config import Config
    from pipeline.web import create_app
    from pipeline.workflow.register import open_register

    path = tmp_path / "register.sqlite3"
    add_people(path, PEOPLE)
    register = open_register(f"sqlite:///{path}")
    app = create_app(register, Config(), tmp_path / "desk")
    app.testing = True
    yield app
    register.close()


def token(response: Any) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', response.get_data(as_text=True))
    assert match, response.get_data(as_text=True)[:500]
    return match.group(1)


def signed_in(app: Any, name: str) -> tuple[Any, str]:
    client = app.test_client()
    csrf = token(client.get("/login"))
    response = client.post(
        "/login", data={"user": name, "password": password_of(name), "csrf": csrf}
    )
    assert response.status_code == 302 and response.headers["Location"].endswith("/work")
    return client, token(client.get("/work"))


def uploaded(app: Any, tmp_path: Path) -> tuple[str, Any, str]:
    """A TXT with an ID number, uploaded by 赵科员: (case id, client, csrf)."""
    document = tmp_path / "通知.txt"
    document.write_text(f"关于某事的通知\n联系人身份证号：{ID_NUMBER}。\n", encoding="utf-8")
    client, csrf = signed_in(app, "赵科员")
    with document.open("rb") as handle:
        response = client.post(
            "/upload",
            data={"csrf": csrf, "document": (handle, document.name)},
            content_type="multipart/form-data",
        )
    assert response.status_code == 302, response.get_data(as_text=True)
    case = response.headers["Location"].rsplit("/", 1)[-1]
    assert re.fullmatch(r"C\d{5}", case)
    return case, client, csrf


def events(app: Any) -> int:
    register = app.extensions["baomi"].register
    return (
        sqlite3.connect(register.sqlite_path)
        .execute("SELECT COUNT(*) FROM audit_log")
        .fetchone()[0]
    )


def test_without_a_session_nothing_is_served(desk: Any, tmp_path: Path) -> None:
    case, _client, _csrf = uploaded(desk, tmp_path)
    anonymous = desk.test_client()
    for path in ("/work", "/cases", "/upload", f"/case/{case}", f"/case/{case}/audit"):
        response = anonymous.get(path)
        assert response.status_code == 302 and "/login" in response.headers["Location"], path
    for path in (f"/case/{case}/page/1.png", f"/case/{case}/download/form", "/reports/ledger.xlsx"):
        response = anonymous.get(path)
        assert response.status_code in (302, 403), path
        assert ID_NUMBER not in response.get_data(as_text=True)
    before = events(desk)
    response = anonymous.post(f"/case/{case}/sign", data={"stage": "初审", "opinion": "同意"})
    assert response.status_code == 403
    # A session that has not signed in (the sign-in form's) holds a CSRF token, and nothing
    # else: it reads no page and takes no step.
    csrf = token(anonymous.get("/login"))
    for path in ("/work", f"/case/{case}", f"/case/{case}/audit"):
        response = anonymous.get(path)
        assert response.status_code == 302 and "/login" in response.headers["Location"], path
    response = anonymous.get(f"/case/{case}/page/1.png")
    assert response.status_code in (302, 403)
    response = anonymous.post(
        f"/case/{case}/sign", data={"stage": "初审", "opinion": "同意", "csrf": csrf}
    )
    assert response.status_code == 403
    assert events(desk) == before


def test_another_role_is_refused_and_nothing_is_written(desk: Any, tmp_path: Path) -> None:
    case, _drafter, _csrf = uploaded(desk, tmp_path)
    # Reading: another drafter, and the admin, may not read the case.
    for name in ("钱科员", "管理员"):
        client, _ = signed_in(desk, name)
        for path in (f"/case/{case}", f"/case/{case}/audit", f"/case/{case}/download/form"):
            response = client.get(path)
            assert response.status_code == 403, (name, path)
            assert ID_NUMBER not in response.get_data(as_text=True)
        assert client.get("/reports/ledger.xlsx").status_code == 403
    # Acting: each sees the forms of their role only; the approver may not sign 初审.
    client, _csrf = signed_in(desk, "王处长")
    page = client.get(f"/case/{case}").get_data(as_text=True)
    assert 'id="sign-form"' in page and 'id="secrecy-form"' not in page
    approver, csrf_a = signed_in(desk, "刘局长")
    page = approver.get(f"/case/{case}").get_data(as_text=True)
    assert 'id="sign-form"' not in page and "decide" in page
    before = events(desk)
    approver.post(f"/case/{case}/sign", data={"csrf": csrf_a, "stage": "初审", "opinion": "同意"})
    flash = approver.get(f"/case/{case}").get_data(as_text=True)
    assert "不能" in flash or "无权" in flash or "refused" in flash, flash[:300]
    assert events(desk) == before


def test_forms_without_the_csrf_token_are_refused(desk: Any, tmp_path: Path) -> None:
    case, client, csrf = uploaded(desk, tmp_path)
    before = events(desk)
    for data in ({}, {"csrf": "forged"}, {"csrf": csrf + "x"}):
        response = client.post(
            f"/case/{case}/sign", data={"stage": "初审", "opinion": "同意", **data}
        )
        assert response.status_code == 403
        assert "校验码" in response.get_data(as_text=True)
    assert events(desk) == before
    # Signing in needs the token of the sign-in form too.
    fresh = desk.test_client()
    fresh.get("/login")
    response = fresh.post("/login", data={"user": "赵科员", "password": password_of("赵科员")})
    assert response.status_code == 403
    # A token of another session does not count.
    _other, other_csrf = signed_in(desk, "王处长")
    response = client.post(
        f"/case/{case}/sign", data={"stage": "初审", "opinion": "同意", "csrf": other_csrf}
    )
    assert response.status_code == 403
    response = client.post(
        f"/case/{case}/sign", data={"stage": "初审", "opinion": "同意", "csrf": csrf}
    )
    assert response.status_code == 302 and events(desk) == before + 1


@pytest.mark.parametrize(
    "path",
    [
        "/case/{case}/download/..%2F..%2F..%2Fetc%2Fpasswd",
        "/case/{case}/download/../../etc/passwd",
        "/case/{case}/download/%2Fetc%2Fpasswd",
        "/case/{case}/download/copy%00",
        "/case/..%2F..%2Fetc/download/copy",
        "/case/{case}/page/..%2F1.png",
        "/reports/..%2F..%2Fregister.sqlite3",
        "/reports/ledger.xlsx%2F..%2F..%2Fregister.sqlite3",
        "/static/..%2F..%2Fweb%2Fapp.py",
        "/static/../app.py",
        "/static/%2e%2e/app.py",
    ],
)
def test_path_traversal_is_refused(desk: Any, tmp_path: Path, path: str) -> None:
    case, client, _csrf = uploaded(desk, tmp_path)
    response = client.get(path.format(case=case))
    assert response.status_code in (400, 403, 404), response.status_code
    body = response.get_data()
    assert b"root:" not in body and b"SQLite format" not in body and b"def create_app" not in body


def test_the_published_copy_is_served_by_kind_only(desk: Any, tmp_path: Path) -> None:
    case, client, _csrf = uploaded(desk, tmp_path)
    # Not published yet: there is no copy to download.
    assert client.get(f"/case/{case}/download/copy").status_code == 404
    assert client.get(f"/case/{case}/download/record").status_code == 404


def test_sessions_expire_and_change_id_at_sign_in(tmp_path: Path) -> None:
    from pipeline.config import Config
    from pipeline.web import create_app
    from pipeline.workflow.register import open_register

    path = tmp_path / "register.sqlite3"
    add_people(path, {"管理员": ("admin",), "王处长": ("reviewer",)})
    register = open_register(f"sqlite:///{path}")
    try:
        app = create_app(register, Config(), tmp_path / "desk", idle_minutes=0.01)
        client = app.test_client()
        first = client.get("/login")
        cookie = first.headers["Set-Cookie"]
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/" in cookie
        assert "Secure" not in cookie
        before = client.get_cookie("baomi_session").value
        response = client.post(
            "/login",
            data={"user": "王处长", "password": password_of("王处长"), "csrf": token(first)},
        )
        after = client.get_cookie("baomi_session").value
        assert response.status_code == 302 and after != before
        assert client.get("/work").status_code == 200
        time.sleep(0.8)
        response = client.get("/work")
        assert response.status_code == 302 and "expired=1" in response.headers["Location"]
        page = client.get(response.headers["Location"]).get_data(as_text=True)
        assert "会话已过期" in page
        # Wrong password: refused, and still signed out.
        fresh = app.test_client()
        response = fresh.post(
            "/login",
            data={"user": "王处长", "password": "wrong-pw", "csrf": token(fresh.get("/login"))},
        )
        assert response.status_code == 401 and fresh.get("/work").status_code == 302
        secure = create_app(register, Config(), tmp_path / "desk2", secure_cookies=True)
        assert "Secure" in secure.test_client().get("/login").headers["Set-Cookie"]
    finally:
        register.close()


def test_no_open_redirect_and_security_headers(desk: Any) -> None:
    client, csrf = signed_in(desk, "王处长")
    for back in ("//evil.example/", "https://evil.example/", "javascript:alert(1)"):
        response = client.post("/language", data={"csrf": csrf, "lang": "en", "back": back})
        assert response.headers["Location"].endswith("/work")
    response = client.get("/work")
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Cache-Control"] == "no-store"
    assert "My work" in response.get_data(as_text=True)
    # The stylesheet and the script: by a URL that names their content, kept a day.
    assets = re.findall(
        r'(?:href|src)="(/static/desk\.(?:css|js)\?v=[0-9a-f]{12})"',
        response.get_data(as_text=True),
    )
    assert len(assets) == 2
    for url in assets:
        static = client.get(url)
        assert static.status_code == 200 and "max-age=86400" in static.headers["Cache-Control"]


def test_a_value_never_reaches_a_url_or_a_log_line(
    desk: Any, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="baomi.web")
    case, client, csrf = uploaded(desk, tmp_path)
    page = client.get(f"/case/{case}").get_data(as_text=True)
    assert ID_NUMBER in page  # the drafter reads it: it is their document
    urls = re.findall(r'(?:href|src|action)="([^"]+)"', page)
    assert urls and not [u for u in urls if ID_NUMBER in u]
    response = client.post("/work", data={"csrf": csrf, "q": ID_NUMBER})
    assert response.status_code == 200
    response = client.post(
        f"/case/{case}/decide",
        data={"csrf": csrf, "finding": "F0001", "choice": "redact", "reason": f"含{ID_NUMBER}"},
    )
    assert ID_NUMBER not in response.headers["Location"]
    lines = [r.getMessage() for r in caplog.records if r.name == "baomi.web"]
    assert any(f"/case/{case}" in line for line in lines)
    assert not [line for line in lines if ID_NUMBER in line]


def test_downloads_are_in_the_desks_language(desk: Any, tmp_path: Path) -> None:
    import io

    import openpyxl

    from pipeline.reports import catalogue, ledger

    uploaded(desk, tmp_path)
    client, csrf = signed_in(desk, "王处长")
    for language, names in (("zh", (ledger.LEDGER_HEADERS, catalogue.CATALOGUE_HEADERS)),
                            ("en", (ledger.headers("en"), catalogue.headers("en")))):
        client.post("/language", data={"csrf": csrf, "lang": language, "back": "/work"})
        for kind, headers in zip(("ledger.xlsx", "catalogue.xlsx"), names, strict=True):
            response = client.get(f"/reports/{kind}")
            assert response.status_code == 200, (language, kind)
            sheet = openpyxl.load_workbook(io.BytesIO(response.data)).active
            first = [cell.value for cell in next(sheet.iter_rows(max_row=1))]
            assert first == list(headers), (language, kind)
            disposition = response.headers["Content-Disposition"]
            cjk = re.search(r"[\u4e00-\u9fff]|%E[4-9]", disposition)
            assert (cjk is None) == (language == "en"), disposition
    assert ledger.headers("en") != ledger.LEDGER_HEADERS
