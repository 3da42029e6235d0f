"""The desk's lists and its upload: **My work** (待办, the cases waiting for the signed-in
person, most urgent first, with the secrecy office's due dates and working days left),
**all cases** they may read, with search and filters, and **upload and preflight** (the file is
reviewed at once, as ``baomi review`` would, and its case opened by the uploader).

Filters (task, status, overdue) travel in the query string; the search text is posted, so what
someone searches for (it may be a name) is never in a URL or a log line."""

from __future__ import annotations

import re
import secrets
from pathlib import Path
from typing import Any

from flask import Flask, g, redirect, render_template, request, url_for

from pipeline.web.context import actor, desk, t

TASKS = (
    "sign:初审",
    "sign:复审",
    "sign:审批",
    "decide",
    "secrecy",
    "declassify",
    "consent",
    "publish",
)


def register(app: Flask) -> None:
    app.add_url_rule("/work", "work", work, methods=["GET", "POST"])
    app.add_url_rule("/cases", "cases", all_cases, methods=["GET", "POST"])
    app.add_url_rule("/upload", "upload", upload, methods=["GET", "POST"])


def work() -> Any:
    return _listing(everything=False)


def all_cases() -> Any:
    return _listing(everything=True)


def _listing(*, everything: bool) -> Any:
    from pipeline.service import desk as service

    outcome = service.my_work(
        desk().register, actor(), days=desk().config.secrecy_days, everything=everything
    )
    if not outcome.ok:
        return render_template("error.html", message=outcome.render(g.desk_session.lang)), 403
    rows = outcome.value or []
    task = request.args.get("task") or ""
    status = request.args.get("status") or ""
    overdue = request.args.get("overdue") == "1"
    query = (request.form.get("q") or "").strip() if request.method == "POST" else ""
    if task:
        rows = [r for r in rows if task in r["tasks"]]
    if status:
        rows = [r for r in rows if r["status"] == status]
    if overdue:
        rows = [r for r in rows if r["overdue"]]
    if query:
        needle = query.casefold()
        rows = [
            r
            for r in rows
            if any(
                needle in str(r.get(k) or "").casefold()
                for k in ("case_id", "name", "title", "doc_number")
            )
        ]
    return render_template(
        "work.html",
        rows=rows,
        everything=everything,
        tasks=TASKS,
        task=task,
        status=status,
        overdue=overdue,
        query=query,
        task_label=task_label,
    )


def task_label(task: str) -> str:
    from pipeline.messages_web import TASK_LABELS

    entry = TASK_LABELS.get(task)
    return entry.get(g.desk_session.lang, entry["zh"]) if entry else task


SAFE_NAME = re.compile(r"[^\w.\-（）()【】\[\]　 ]+", re.UNICODE)


def safe_name(name: str) -> str:
    """The uploaded file's own name, reduced to one path component of ordinary characters."""
    base = Path(name.replace("\\", "/")).name.strip().lstrip(".")
    base = SAFE_NAME.sub("_", base)[:120]
    return base or "upload"


def upload() -> Any:
    if request.method == "GET":
        return render_template("upload.html", error=None)
    file = request.files.get("document")
    if file is None or not file.filename:
        return render_template("upload.html", error=t("web_upload_none")), 400
    name = safe_name(file.filename)
    token = secrets.token_hex(8)
    folder = desk().data / "uploads" / token
    folder.mkdir(parents=True, mode=0o700)
    path = folder / name
    file.save(path)
    case_id, error = review_upload(path, desk().data / "reviews" / token)
    if case_id is None:
        return render_template(
            "upload.html", error=t("web_upload_failed", name=name, reason=error)
        ), 422
    return redirect(url_for("case_page", case_id=case_id))


def review_upload(path: Path, out: Path) -> tuple[str | None, str | None]:
    """Review ``path`` as ``baomi review`` does, keep the document's view, and open its case
    as the signed-in user. Returns (case id, None) or (None, the reason)."""
    from pipeline.runner import Job, review_document
    from pipeline.service.cases import open_case
    from pipeline.web.document import build

    state = desk()
    lang = g.desk_session.lang
    review, result = review_document(Job(path, out), state.config)
    if result.record is None:
        return None, result.error.render(lang) if result.error else "-"
    if review is not None:
        state.views.put(build(review.document))
    error_text = result.error.render(lang) if result.error else None
    case_id, register_error = open_case(
        state.register,
        actor(),
        path=path,
        result=result,
        error_text=error_text,
        config=state.config,
    )
    if case_id is None:
        return None, register_error.render(lang) if register_error else "-"
    return case_id, None
