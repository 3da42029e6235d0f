"""What the web desk asks of the register beyond the workflow's steps: a person's work (待办:
the cases waiting for them, with the secrecy office's due dates in working days), one case as
that person may read it (with the steps they may take on it now), and the case's audit trail
with the state of the chain. Who may read what is ``pipeline.workflow.reading``."""

from __future__ import annotations

import datetime
from typing import Any

from pipeline.service.outcome import Actor, Done, Outcome, perform
from pipeline.workflow.audit import now


def _today(today: datetime.date | None) -> datetime.date:
    return today or now().date()


def _withheld(finding: Any) -> bool:
    """Not shown by the copy as things stand: redacted (publish removes it), or waiting for
    the secrecy office (nothing is published until it answers). What the preview hides."""
    return finding.action == "redact" or finding.pending


def my_work(
    register: Any,
    actor: Actor,
    *,
    days: int,
    today: datetime.date | None = None,
    everything: bool = False,
) -> Outcome[list[dict[str, Any]]]:
    """The cases ``actor`` may read, each with ``tasks`` (the steps it waits for from them),
    ``filed``, and for the secrecy office's answers ``due``, ``days_left`` (working days, by
    the holiday calendar; negative when overdue) and ``overdue``. Only cases with tasks unless
    ``everything``; most urgent first."""
    from sqlalchemy import select

    from pipeline.workflow.deadlines import add_working_days, working_days_left
    from pipeline.workflow.reading import may_read, waiting_for
    from pipeline.workflow.state import load_state
    from pipeline.workflow.tables import Case
    from pipeline.workflow.users import acting_user
    from pipeline.workflow.views import case_summary

    day = _today(today)

    def body(session: Any) -> Done[list[dict[str, Any]]]:
        from pipeline.workflow.secrecy import secrecy_queue

        user = acting_user(session, actor.name)
        dues: dict[str, str] = {}
        if "secrecy" in (user.roles or ()):
            for entry in secrecy_queue(session, days=days, today=day):
                dues[entry.case_id] = min(dues.get(entry.case_id, entry.due), entry.due)
        rows = []
        for case in session.scalars(select(Case).order_by(Case.id)):
            state = load_state(session, case)
            if not may_read(user, state, day):
                continue
            tasks = waiting_for(user, state, day)
            if not tasks and not everything:
                continue
            item = case_summary(state, day)
            item["tasks"] = tasks
            item["filed"] = case.filed_on
            item["due"] = item["days_left"] = None
            item["overdue"] = False
            if "secrecy" in tasks:
                due = (
                    datetime.date.fromisoformat(dues[case.case_id])
                    if case.case_id in dues
                    else add_working_days(datetime.date.fromisoformat(case.filed_on), days)
                )
                left = working_days_left(due, day)
                item.update(due=due.isoformat(), days_left=left, overdue=day > due)
            rows.append(item)
        rows.sort(
            key=lambda r: (
                not r["overdue"],
                r["due"] is None,
                r["due"] or "",
                not r["tasks"],
                r["case_id"],
            )
        )
        return Done(None, {}, rows)

    return perform(register, body, write=False)


def case_page(
    register: Any, actor: Actor, case_id: str, *, today: datetime.date | None = None
) -> Outcome[dict[str, Any]]:
    """The case as ``case show`` gives it (with the findings' original text), for a user who
    may read it, with ``steps``: what they may do on it now; ``sha256``, ``format`` and
    ``published`` (the last publication's copy) for the desk's document view."""
    from pipeline.workflow.reading import may_read_reports, open_steps, require_reader
    from pipeline.workflow.state import get_case, load_state, marking_state
    from pipeline.workflow.third_party import consentable
    from pipeline.workflow.users import acting_user
    from pipeline.workflow.views import case_detail

    day = _today(today)

    def body(session: Any) -> Done[dict[str, Any]]:
        user = acting_user(session, actor.name)
        state = load_state(session, get_case(session, case_id))
        require_reader(user, state, day)
        detail = case_detail(state, day)
        detail["steps"] = open_steps(user, state, day)
        detail["sha256"] = state.case.sha256
        detail["format"] = state.case.format
        detail["marking"] = marking_state(state.case.classification, day)
        detail["published"] = state.publications[-1].out_path if state.publications else None
        detail["user_roles"] = list(user.roles or ())
        detail["may_read_reports"] = may_read_reports(user)
        detail["spans"] = {
            s.row.finding_id: (s.row.start_offset, s.row.end_offset) for s in state.findings
        }
        detail["withheld"] = [s.row.finding_id for s in state.findings if _withheld(s)]
        detail["third_party_findings"] = consentable(state)
        detail["placeholder"] = (state.case.config or {}).get(
            "placeholder"
        ) or "［已删除：{label}］"
        return Done(None, {}, detail)

    return perform(register, body, write=False)


def audit_trail(register: Any, actor: Actor, case_id: str) -> Outcome[dict[str, Any]]:
    """The audit events of one case, oldest first (time, who, what, and the fields that
    name no value: stage, finding, result, attribute), and the state of the whole chain
    (``events`` and ``problems`` as message keys with parameters)."""
    import json

    from sqlalchemy import select

    from pipeline.workflow import audit
    from pipeline.workflow.reading import require_reader
    from pipeline.workflow.state import get_case, load_state
    from pipeline.workflow.tables import AuditEvent
    from pipeline.workflow.users import acting_user

    shown = ("stage", "finding_id", "result", "attribute", "revision", "issuer", "action")

    def body(session: Any) -> Done[dict[str, Any]]:
        user = acting_user(session, actor.name)
        case = get_case(session, case_id)
        require_reader(user, load_state(session, case), _today(None))
        events = []
        for event in session.scalars(
            select(AuditEvent).where(AuditEvent.case_id == case.id).order_by(AuditEvent.id)
        ):
            try:
                payload = json.loads(event.payload)
            except ValueError:
                payload = {}
            row = payload.get("row") if isinstance(payload.get("row"), dict) else payload
            facts = {k: row[k] for k in shown if isinstance(row, dict) and k in row}
            events.append(
                {
                    "id": event.id,
                    "at": event.at,
                    "actor": event.actor,
                    "action": event.action,
                    "facts": facts,
                    "hash": event.hash,
                }
            )
        count, problems = audit.verify(session)
        chain = {
            "events": count,
            "intact": not problems,
            "problems": [{"key": p.key, "params": dict(p.params)} for p in problems],
        }
        return Done(None, {}, {"case_id": case.case_id, "events": events, "chain": chain})

    return perform(register, body, write=False)


def reports_reader(register: Any, actor: Actor) -> Outcome[None]:
    """The ledger and the catalogue are for the office's reviewers, approvers and secrecy
    office (they hold no original text, but the office's names and dates)."""
    from pipeline.workflow.reading import require_reports_reader
    from pipeline.workflow.users import acting_user

    def body(session: Any) -> Done[None]:
        require_reports_reader(acting_user(session, actor.name))
        return Done(None, {}, None)

    return perform(register, body, write=False)


def case_document(
    register: Any, actor: Actor, case_id: str, *, today: datetime.date | None = None
) -> Outcome[dict[str, Any]]:
    """The case's document for a user who may read the case (the same check as
    ``case_page``): ``path``, ``sha256`` and ``format``, ``withheld``: the spans of the
    findings the copy will not show as things stand (redacted, or waiting for the secrecy
    office), and ``manual``: the manual redactions in force (a text, or a page's area),
    which the preview's page images paint black. Lighter than ``case_page``: a page image
    asks for it, and a case page shows several."""
    from pipeline.workflow.manual import describe
    from pipeline.workflow.reading import require_reader
    from pipeline.workflow.state import get_case, load_state
    from pipeline.workflow.users import acting_user

    day = _today(today)

    def body(session: Any) -> Done[dict[str, Any]]:
        user = acting_user(session, actor.name)
        state = load_state(session, get_case(session, case_id))
        require_reader(user, state, day)
        withheld = [
            {
                "id": s.row.finding_id,
                "span": (s.row.start_offset, s.row.end_offset),
                "entity_type": s.row.entity_type,
                "location": s.row.location,
            }
            for s in state.findings
            if _withheld(s)
        ]
        value = {
            "case_id": state.case.case_id,
            "path": state.case.path,
            "sha256": state.case.sha256,
            "format": state.case.format,
            "withheld": withheld,
            "manual": [describe(r, with_text=True) for r in state.manual],
        }
        return Done(None, {}, value)

    return perform(register, body, write=False)
