"""What an inspector asks for: the ledger's and the catalogue's rows, the review form's data,
and the verification of the audit chain (``pipeline.reports`` lays them out)."""

from __future__ import annotations

import datetime
from typing import Any

from pipeline.service.outcome import Done, Outcome, perform
from pipeline.workflow.audit import now


def ledger(
    register: Any,
    *,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
    carrier: str = "",
    lang: str = "zh",
) -> Outcome[list[list[Any]]]:
    """The ledger's rows; the words it adds (公开方式, reasons…) in ``lang``."""
    from pipeline.reports import ledger as ledgers

    def body(session: Any) -> Done[list[list[Any]]]:
        rows = ledgers.ledger_rows(session, start=start, end=end, carrier=carrier, lang=lang)
        return Done(None, {}, rows)

    return perform(register, body, write=False)


def catalogue(
    register: Any, *, today: datetime.date | None = None, lang: str = "zh"
) -> Outcome[list[list[Any]]]:
    from pipeline.reports import catalogue as catalogues

    day = today or now().date()

    def body(session: Any) -> Done[list[list[Any]]]:
        return Done(None, {}, catalogues.catalogue_rows(session, today=day, lang=lang))

    return perform(register, body, write=False)


def form(
    register: Any, case_id: str, *, carrier: str, unit: str, lang: str = "zh"
) -> Outcome[Any]:
    from pipeline.reports import form as forms
    from pipeline.workflow.integrity import ensure_intact
    from pipeline.workflow.state import get_case, load_state

    def body(session: Any) -> Done[Any]:
        case = get_case(session, case_id)
        ensure_intact(session, case)  # a forged row is never put on the form
        state = load_state(session, case)
        return Done(None, {}, forms.form_data(state, carrier=carrier, unit=unit, lang=lang))

    return perform(register, body, write=False)


def verify_audit(register: Any) -> Outcome[tuple[int, list[Any]]]:
    """(events, problems): the chain and every row it vouches for."""
    from pipeline.workflow import audit

    def body(session: Any) -> Done[tuple[int, list[Any]]]:
        return Done(None, {}, audit.verify(session))

    return perform(register, body, write=False)
