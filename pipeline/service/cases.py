"""Cases: opening one from a review (``open_case``), and what reviewers read: the list, one
case in detail (with the findings' original text: internal), and the secrecy office's queue.

Opening a case takes no decision, so it needs no role: the case records who submitted it (the
acting user if one was told, else the login name), and that person may not approve it."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from pipeline.service.outcome import Actor, Done, Outcome, perform
from pipeline.workflow.audit import now


def open_case(
    register: Any,
    actor: Actor | None,
    *,
    path: Path,
    result: Any,
    error_text: str | None,
    config: Any,
) -> tuple[str | None, Any]:
    """Open or update the case of a reviewed document (a runner ``Result``). Returns (case
    id, None) or (None, the error), as the review's batch loop wants them."""
    from pipeline.workflow.cases import open_case_for

    name = actor.name if actor is not None else None
    return open_case_for(register, path, result, error_text, config, actor=name)


def list_cases(
    register: Any, *, status: str | None = None, today: datetime.date | None = None
) -> Outcome[list[dict[str, Any]]]:
    from sqlalchemy import select

    from pipeline.workflow.state import load_state
    from pipeline.workflow.tables import Case
    from pipeline.workflow.views import case_summary

    day = today or now().date()

    def body(session: Any) -> Done[list[dict[str, Any]]]:
        query = select(Case).order_by(Case.id)
        if status:
            query = query.where(Case.status == status)
        rows = [case_summary(load_state(session, case), day) for case in session.scalars(query)]
        return Done(None, {}, rows)

    return perform(register, body, write=False)


def show_case(
    register: Any, case_id: str, *, today: datetime.date | None = None
) -> Outcome[dict[str, Any]]:
    from pipeline.workflow.state import get_case, load_state
    from pipeline.workflow.views import case_detail

    day = today or now().date()

    from pipeline.workflow.integrity import ensure_intact

    def body(session: Any) -> Done[dict[str, Any]]:
        case = get_case(session, case_id)
        ensure_intact(session, case)  # a forged row is never shown as the case's
        return Done(None, {}, case_detail(load_state(session, case), day))

    return perform(register, body, write=False)


def secrecy_queue(
    register: Any, *, days: int, overdue_only: bool = False, today: datetime.date | None = None
) -> Outcome[list[Any]]:
    from pipeline.workflow import secrecy

    day = today or now().date()

    def body(session: Any) -> Done[list[Any]]:
        items = secrecy.secrecy_queue(session, days=days, today=day, overdue_only=overdue_only)
        return Done(None, {}, items)

    return perform(register, body, write=False)
