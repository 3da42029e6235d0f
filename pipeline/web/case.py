"""The case page and everything done from it: the document with its findings marked (or the
preview of the publishable copy), page images rendered one at a time as the reader scrolls to
them, each finding's decision (keep, redact, send to the secrecy office), redaction by hand,
the sign-offs, the secrecy office's answer, declassification, consents (the issuers', a third
party's), publishing, the downloads and the audit trail.

Each action calls the service function the command line calls and shows its outcome (done,
or refused with the reasons) in the session's language, then returns to the case page (so a
reload repeats nothing). Downloads are named by kind, never by a path from the request."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path
from typing import Any

from flask import (
    Flask,
    Response,
    abort,
    g,
    redirect,
    render_template,
    request,
    send_file,
    url_for,
)

from pipeline.web.casepage import black_boxes, findings, manual_items, pdf_pages, text_blocks
from pipeline.web.context import actor, desk

CATEGORIES = (
    "state_secret",
    "work_secret",
    "trade_secret",
    "personal_privacy",
    "security_stability",
    "internal_affairs",
    "process_info",
    "law_enforcement",
    "none",
)


def register(app: Flask) -> None:
    rules = [
        ("/case/<case_id>", "case_page", case_page, ["GET"]),
        ("/case/<case_id>/page/<int:number>.png", "page_image", page_image, ["GET"]),
        ("/case/<case_id>/decide", "decide", decide, ["POST"]),
        ("/case/<case_id>/redact", "redact", redact, ["POST"]),
        ("/case/<case_id>/unredact", "unredact", unredact, ["POST"]),
        ("/case/<case_id>/sign", "sign", sign, ["POST"]),
        ("/case/<case_id>/secrecy", "secrecy", secrecy, ["POST"]),
        ("/case/<case_id>/declassify", "declassify", declassify, ["POST"]),
        ("/case/<case_id>/consent", "consent", consent, ["POST"]),
        ("/case/<case_id>/third-party", "third_party", third_party, ["POST"]),
        ("/case/<case_id>/publish", "publish", publish, ["POST"]),
        ("/case/<case_id>/download/<kind>", "download", download, ["GET"]),
        ("/case/<case_id>/audit", "audit", audit, ["GET"]),
        ("/reports/<kind>", "report", report, ["GET"]),
    ]
    for rule, endpoint, view, methods in rules:
        app.add_url_rule(rule, endpoint, view, methods=methods)


def _lang() -> str:
    return g.desk_session.lang


def _detail(case_id: str) -> dict[str, Any]:
    from pipeline.service import desk as service

    outcome = service.case_page(desk().register, actor(), case_id)
    if not outcome.ok:
        abort(404 if outcome.exit_code == 2 else 403)
    return outcome.value


def _view(detail: dict[str, Any]) -> Any:
    return desk().views.get(detail["sha256"], Path(detail["path"]), desk().config)


def case_page(case_id: str) -> Any:
    from pipeline.policy import label

    detail = _detail(case_id)
    preview = request.args.get("view") == "preview"
    view = _view(detail)
    items = findings(detail, view)
    manual = manual_items(detail.get("manual_redactions", []), view)
    pages = blocks = None
    if view is not None and view.pages:
        pages = pdf_pages(view, items, preview, manual)
    elif view is not None:
        blocks = text_blocks(view, items, preview, detail["placeholder"], manual)
    flash = getattr(g.desk_session, "flash", None)
    g.desk_session.flash = None
    return render_template(
        "case.html",
        case=detail,
        items=items,
        manual=manual,
        manual_categories=_manual_categories(),
        pages=pages,
        blocks=blocks,
        preview=preview,
        view_missing=view is None,
        flash=flash,
        categories=CATEGORIES,
        category_label=lambda c: label(c) if _lang() == "zh" else c.replace("_", " "),
        missing=[_missing_text(m) for m in detail["missing"]],
        pending=[
            i
            for i in items
            if i["status"] == "pending_confirmation" and i["recognizer"] != "propagation"
        ],
    )


def _manual_categories() -> list[str]:
    from pipeline.workflow.manual import CATEGORIES as MANUAL

    return list(MANUAL)


def _missing_text(item: dict[str, Any]) -> str:
    from pipeline.service.outcome import Reason

    params = {k: v for k, v in item.items() if k != "key"}
    return Reason(item["key"], params).render(_lang())


def page_image(case_id: str, number: int) -> Any:
    from pipeline.service import desk as service
    from pipeline.web.document import render_page

    outcome = service.case_document(desk().register, actor(), case_id)
    if not outcome.ok:
        abort(404 if outcome.exit_code == 2 else 403)
    document = outcome.value
    if document["format"] != "pdf":
        abort(404)
    black = None
    if request.args.get("view") == "preview":
        black = black_boxes(
            _view(document), document["withheld"], number, document.get("manual", [])
        )
    png = render_page(Path(document["path"]), document["sha256"], number, black, desk().config)
    if png is None:
        abort(404)
    response = Response(png, mimetype="image/png")
    response.headers["Cache-Control"] = "private, no-store"
    return response


# --------------------------------------------------------------------------- actions


def _done(case_id: str, outcome: Any, anchor: str = "") -> Any:
    g.desk_session.flash = {"ok": outcome.ok, "text": outcome.render(_lang())}
    return redirect(url_for("case_page", case_id=case_id) + anchor)


def _form(name: str) -> str:
    return (request.form.get(name) or "").strip()


def decide(case_id: str) -> Any:
    from pipeline.service import steps

    finding = _form("finding")
    choice = _form("choice")
    reason = _form("reason")
    register_, who = desk().register, actor()
    if choice == "refer":
        outcome = steps.refer(register_, who, case_id, finding, reason=reason)
    else:
        outcome = steps.decide(register_, who, case_id, finding, action=choice, reason=reason)
    return _done(case_id, outcome, f"#f-{finding}")


def redact(case_id: str) -> Any:
    """Redaction by hand: selected text, or a box drawn on a page (``page``, and ``box`` as
    four numbers in page points, which the service parses and checks). Calls
    ``pipeline.service.steps.redact``, as ``baomi redact`` does."""
    from pipeline.service import steps

    text = request.form.get("text") or None
    page = _form("page")
    box = _form("box")
    arguments: dict[str, Any] = {
        "reason": _form("reason"),
        "category": _form("category") or None,
    }
    if text and text.strip():
        arguments["text"] = text
    elif page or box:
        try:
            arguments["page"] = int(page) if page else None
        except ValueError:
            abort(400)
        arguments["box"] = box or None
    outcome = steps.redact(desk().register, actor(), case_id, **arguments)
    anchor = f"#m-{outcome.value['redaction']}" if outcome.ok else "#manual-form"
    return _done(case_id, outcome, anchor)


def unredact(case_id: str) -> Any:
    """Take a manual redaction back, with a reason: ``pipeline.service.steps.unredact``
    (``baomi redact --remove``)."""
    from pipeline.service import steps

    outcome = steps.unredact(
        desk().register, actor(), case_id, _form("redaction"), reason=_form("reason")
    )
    return _done(case_id, outcome, "#manual")


def sign(case_id: str) -> Any:
    from pipeline.service import steps

    outcome = steps.sign(
        desk().register,
        actor(),
        case_id,
        stage=_form("stage"),
        opinion=_form("opinion"),
        attribute=_form("attribute") or None,
        summary=_form("summary") or None,
    )
    return _done(case_id, outcome, "#steps")


def secrecy(case_id: str) -> Any:
    from pipeline.service import steps

    outcome = steps.answer_secrecy(
        desk().register,
        actor(),
        case_id,
        request.form.getlist("findings"),
        opinion=_form("opinion"),
        reject=_form("result") == "reject",
    )
    return _done(case_id, outcome, "#steps")


def declassify(case_id: str) -> Any:
    from pipeline.service import steps

    outcome = steps.declassify(desk().register, actor(), case_id, basis=_form("basis"))
    return _done(case_id, outcome, "#steps")


def consent(case_id: str) -> Any:
    from pipeline.service import steps

    outcome = steps.consent(desk().register, actor(), case_id, issuer=_form("issuer"))
    return _done(case_id, outcome, "#steps")


def third_party(case_id: str) -> Any:
    from pipeline.service import steps

    outcome = steps.third_party_consent(
        desk().register,
        actor(),
        case_id,
        party=_form("party"),
        findings=request.form.getlist("findings") or None,
    )
    return _done(case_id, outcome, "#steps")


def publish(case_id: str) -> Any:
    from pipeline.service import steps
    from pipeline.workflow.tables import parse_case_id

    number = parse_case_id(case_id)
    if number is None:
        abort(404)
    out = desk().data / "published" / f"C{number:05d}"
    carrier = _form("carrier") or desk().config.carrier
    outcome = steps.publish(desk().register, actor(), case_id, out, carrier=carrier)
    return _done(case_id, outcome, "#steps")


# --------------------------------------------------------------------------- downloads


def download(case_id: str, kind: str) -> Any:
    if kind == "copy":
        detail = _detail(case_id)
        published = detail.get("published")
        if not published:
            abort(404)
        path = Path(published)
        root = (desk().data / "published").resolve()
        if not path.resolve().is_relative_to(root) or not path.is_file():
            # A copy published elsewhere (``baomi publish --out``) is not served from here.
            abort(404)
        return send_file(path, as_attachment=True, download_name=path.name)
    if kind == "form":
        return _form_pdf(case_id)
    abort(404)


def _form_pdf(case_id: str) -> Any:
    from pipeline.reports import form
    from pipeline.service import reports

    detail = _detail(case_id)
    config = desk().config
    language = _lang()
    outcome = reports.form(
        desk().register, detail["case_id"], carrier=config.carrier, unit=config.unit,
        lang=language,
    )
    if not outcome.ok:
        abort(403)
    with tempfile.TemporaryDirectory(prefix="baomi-form-") as work:
        target = Path(work) / "form.pdf"
        form.render_pdf(outcome.value, target)
        data = target.read_bytes()
    title = "review-form" if language == "en" else "保密审查审批表"
    name = f"{detail['case_id']}-{title}.pdf"
    return send_file(
        io.BytesIO(data), mimetype="application/pdf", as_attachment=True, download_name=name
    )


def report(kind: str) -> Any:
    from pipeline.reports import catalogue, ledger
    from pipeline.reports.spreadsheet import write_table
    from pipeline.service import desk as service
    from pipeline.service import reports

    if kind not in {"ledger.xlsx", "catalogue.xlsx"}:
        abort(404)
    allowed = service.reports_reader(desk().register, actor())
    if not allowed.ok:
        abort(403)
    # The desk's language is the one the rows, the headers and the file's name are in (the
    # CLI's --lang): an English desk gets an English ledger.
    language = _lang()
    english = language == "en"
    if kind == "ledger.xlsx":
        outcome = reports.ledger(desk().register, carrier=desk().config.carrier, lang=language)
        title = "Review ledger" if english else "保密审查台账"
        headers = ledger.headers(language)
    else:
        outcome = reports.catalogue(desk().register, lang=language)
        title = "Disclosure catalogue" if english else "政府信息公开目录"
        headers = catalogue.headers(language)
    sheet, name = title, f"{title}.xlsx"
    if not outcome.ok:
        abort(403)
    with tempfile.TemporaryDirectory(prefix="baomi-report-") as work:
        target = Path(work) / "out.xlsx"
        write_table(target, "xlsx", headers, outcome.value, sheet=sheet)
        data = target.read_bytes()
    mimetype = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return send_file(io.BytesIO(data), mimetype=mimetype, as_attachment=True, download_name=name)


def audit(case_id: str) -> Any:
    from pipeline.service import desk as service
    from pipeline.service.outcome import Reason

    outcome = service.audit_trail(desk().register, actor(), case_id)
    if not outcome.ok:
        abort(404 if outcome.exit_code == 2 else 403)
    trail = outcome.value
    problems = [Reason(p["key"], p["params"]).render(_lang()) for p in trail["chain"]["problems"]]
    return render_template("audit.html", trail=trail, problems=problems)
