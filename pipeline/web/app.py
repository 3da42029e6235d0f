"""The desk's application (Flask): signing in and out, the session and CSRF checks every
request passes, the security headers every answer carries, and the access log.

Every page but the sign-in form needs a live session; every POST needs the session's CSRF
token (a hidden field ``csrf``), the sign-in form included (its session is an anonymous one).
Cookies are HttpOnly and SameSite=Strict (and Secure when the desk is told it sits behind an
HTTPS proxy). The access log says method, path (never the query string), status and user:
paths hold case and finding ids only, so no value from a document reaches a log line.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from flask import Flask, Response, abort, g, redirect, render_template, request, url_for

from pipeline.web.context import Desk, csrf_field, desk, lang, t
from pipeline.web.document import Views
from pipeline.web.sessions import COOKIE, DeskSession, SessionStore

LOG = logging.getLogger("baomi.web")
PUBLIC = {"login", "static"}


def create_app(
    register: Any,
    config: Any,
    data: Path,
    *,
    secure_cookies: bool = False,
    idle_minutes: float = 30,
    lifetime_hours: float = 10,
) -> Flask:
    from pipeline.web import case as case_views
    from pipeline.web import work as work_views

    app = Flask(__name__)
    app.config.update(
        MAX_CONTENT_LENGTH=int(getattr(config, "max_bytes", 200 << 20)) + 65536,
        # The stylesheet and the script are cached for a day (their URLs carry the release,
        # so a new release is fetched anew): a case page asks the server for nothing else.
        SEND_FILE_MAX_AGE_DEFAULT=86400,
    )
    data.mkdir(parents=True, exist_ok=True, mode=0o700)
    app.extensions["baomi"] = Desk(
        register,
        config,
        data,
        SessionStore(idle=idle_minutes * 60, lifetime=lifetime_hours * 3600),
        Views(data / "views"),
        secure_cookies,
    )
    app.jinja_env.globals.update(t=t, lang=lang, csrf_field=csrf_field, asset=_assets(app))
    app.jinja_env.autoescape = True
    app.before_request(_session_and_csrf)
    app.after_request(_headers_and_log)
    app.register_error_handler(404, _error_page)
    app.register_error_handler(403, _error_page)
    app.register_error_handler(400, _error_page)
    app.register_error_handler(413, _error_page)
    app.add_url_rule("/login", "login", login, methods=["GET", "POST"])
    app.add_url_rule("/logout", "logout", logout, methods=["POST"])
    app.add_url_rule("/language", "language", language, methods=["POST"])
    app.add_url_rule("/", "home", lambda: redirect(url_for("work")))
    work_views.register(app)
    case_views.register(app)
    return app


def _assets(app: Flask) -> dict[str, str]:
    """A digest of each static file's content, added to its URL so the browser may keep it."""
    import hashlib

    folder = Path(app.static_folder or "")
    return {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()[:12]
        for path in folder.iterdir()
        if path.is_file()
    }


def _session_and_csrf() -> Response | None:
    store = desk().sessions
    session, expired = store.get(request.cookies.get(COOKIE))
    g.expired = expired
    if session is None and request.endpoint in PUBLIC:
        session = store.new()
        g.new_cookie = True
    g.desk_session = session
    if request.endpoint == "static":
        return None
    if session is None or (session.user is None and request.endpoint not in PUBLIC):
        if request.method == "GET" and request.endpoint not in {"page_image"}:
            return redirect(url_for("login", expired=1 if expired else None))
        abort(403)
    if request.method == "POST" and not session.check_csrf(request.form.get("csrf")):
        LOG.warning("csrf refused %s %s user=%s", request.method, request.path, session.user)
        return Response(render_template("error.html", message=t("web_csrf")), status=403)
    return None


def _headers_and_log(response: Response) -> Response:
    session: DeskSession | None = getattr(g, "desk_session", None)
    if session is not None and getattr(g, "new_cookie", False):
        set_cookie(response, session)
    headers = response.headers
    headers["Content-Security-Policy"] = (
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    )
    headers["X-Content-Type-Options"] = "nosniff"
    headers["X-Frame-Options"] = "DENY"
    headers["Referrer-Policy"] = "no-referrer"
    if request.endpoint != "static":
        headers["Cache-Control"] = "no-store"
    user = session.user if session is not None else None
    LOG.info("%s %s %s user=%s", request.method, request.path, response.status_code, user or "-")
    return response


def set_cookie(response: Response, session: DeskSession) -> None:
    response.set_cookie(
        COOKIE,
        session.sid,
        httponly=True,
        samesite="Strict",
        secure=desk().secure_cookies,
        path="/",
    )


def _error_page(error: Any) -> tuple[str, int]:
    code = getattr(error, "code", 500) or 500
    key = {404: "web_not_found", 403: "web_forbidden", 413: "too_large"}.get(code, "web_forbidden")
    text = t(key, size="-", limit=getattr(desk().config, "max_bytes", "-"))
    return render_template("error.html", message=text), code


def login() -> Any:
    from pipeline.service import people
    from pipeline.workflow.users import Identity

    session: DeskSession = g.desk_session
    if session.user is not None and request.method == "GET":
        return redirect(url_for("work"))
    error = t("web_session_expired") if request.args.get("expired") or g.expired else None
    if request.method == "POST":
        name = (request.form.get("user") or "").strip()
        secret = request.form.get("password") or ""
        outcome = (
            people.authenticate(desk().register, Identity(name, secret, None))
            if name and secret
            else None
        )
        if outcome is not None and outcome.ok:
            fresh = desk().sessions.sign_in(session, outcome.value.name)
            g.desk_session = fresh
            response = redirect(url_for("work"))
            set_cookie(response, fresh)
            return response
        LOG.warning("sign-in refused")
        error = t("web_login_failed")
    return render_template("login.html", error=error), 200 if error is None else 401


def logout() -> Any:
    session: DeskSession = g.desk_session
    desk().sessions.end(session.sid)
    response = redirect(url_for("login"))
    response.delete_cookie(COOKIE, path="/")
    return response


def language() -> Any:
    session: DeskSession = g.desk_session
    session.lang = "en" if request.form.get("lang") == "en" else "zh"
    back = request.form.get("back") or ""
    # Only a path of this desk (no scheme, no host): never an open redirect.
    if not back.startswith("/") or back.startswith("//"):
        back = url_for("work")
    return redirect(back)
