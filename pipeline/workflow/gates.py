"""What stands between a case and its next step: the publish gate (everything still missing,
as message keys with parameters), the items an approval waits for, and the rule that a case
approved or published takes no more steps."""

from __future__ import annotations

import datetime
from typing import Any

from pipeline.workflow.refusal import Refused
from pipeline.workflow.state import PUBLISHABLE, STAGES, CaseState, FindingState, marking_state
from pipeline.workflow.tables import Case


def _ids(states: list[FindingState]) -> str:
    return ", ".join(s.row.finding_id for s in states)


def pending_items(state: CaseState) -> list[tuple[str, dict[str, Any]]]:
    items: list[tuple[str, dict[str, Any]]] = []
    pending = [s for s in state.findings if s.pending]
    if pending:
        items.append(("missing_secrecy", {"findings": _ids(pending)}))
    undecided = [s for s in state.findings if s.undecided and not s.unverifiable]
    if undecided:
        items.append(("missing_decision", {"findings": _ids(undecided)}))
    unread = [s for s in state.findings if s.undecided and s.unverifiable]
    if unread:
        items.append(("missing_unverifiable", {"findings": _ids(unread)}))
    return items


def note_conflicts(state: CaseState, attribute: str | None) -> list[tuple[str, dict]]:
    """The drafter's disclosure notes (``（此件不公开）``, ``公开属性：主动公开``) that say
    otherwise than ``attribute`` and are still in the document (not redacted by a decision):
    published as they stand, the copy would contradict its own attribute."""
    from recognizers.disclosure_note import attribute_of

    found: list[tuple[str, dict]] = []
    for s in state.findings:
        if s.row.entity_type != "DISCLOSURE_NOTE" or s.action == "redact":
            continue
        said = attribute_of(s.row.text)
        if said and attribute and said != attribute:
            found.append(
                (
                    "note_contradicts",
                    {"finding": s.row.finding_id, "note": said, "attribute": attribute},
                )
            )
    return found


def publish_missing(state: CaseState, today: datetime.date) -> list[tuple[str, dict[str, Any]]]:
    """Everything that stands between the case and publication (empty: it may go out)."""
    case = state.case
    items: list[tuple[str, dict[str, Any]]] = []
    if case.error:
        # The review could not make a checked copy. (No copy because the document was
        # withheld at review time is not missing: publish makes it from the original.)
        items.append(("missing_copy", {}))
    marking = marking_state(case.classification, today)
    if marking == "in_force":
        items.append(
            (
                "marking_in_force",
                {
                    "level": case.classification.get("level"),
                    "until": case.classification.get("expires_on") or "长期",
                },
            )
        )
    elif marking in {"expired", "unknown"} and state.declassification is None:
        items.append(("missing_declassification", {}))
    items.extend(pending_items(state))
    for stage in STAGES:
        if stage not in state.signoffs:
            items.append(("missing_signoff", {"stage": stage}))
    if len(case.issuers) > 1:
        for issuer in case.issuers:
            if issuer not in state.consents:
                items.append(("missing_consent", {"issuer": issuer}))
    attribute = state.attribute
    if attribute not in PUBLISHABLE:
        items.append(("attribute_not_publishable", {"attribute": attribute or "-"}))
    items.extend(note_conflicts(state, attribute))
    return items


def ensure_open(case: Case) -> None:
    if case.status == "published":
        raise Refused("case_published", case=case.case_id)
    if case.status == "approved":
        raise Refused("case_approved", case=case.case_id)
