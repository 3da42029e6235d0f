"""复查: the register's cases whose situation changed since they were decided
(``baomi recheck``). Read only: it lists, a person acts.

* **Declassification review due**: a case's classification period has run out (counted from
  its 成文日期 as the review read it) and no declassification is recorded.
* **Process ended**: a case withheld as process information (a redacted or withheld
  ``process_info`` finding: 征求意见稿, 讨论稿, 请示) now has a final text in the register: a
  later case with the same 发文字号, or the same title without the draft's marker, whose
  review found no process information.
* **Third-party consent recorded later**: a consent (``baomi third-party-consent``) covers
  findings still withheld: given after the case was published, or not yet acted upon.
* **Reviewed with an older recognizer set**: a published case whose recognizer-set version
  (kept with the case since this version; older cases have none) differs from today's is
  checked again, read-only, on its stored original (the register keeps the original's path
  and content hash, not a copy: an original that is gone or changed is listed as such); it is
  listed when today's recognizers find something to withhold that the review did not.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select

DRAFT_MARKERS = re.compile(
    r"[（(【\[〔]?\s*(?:征求意见稿|意见征求稿|讨论稿|送审稿|草案|草稿|修改稿|初稿|代拟稿|审议稿)\s*[）)】\]〕]?"
)


@dataclass(slots=True)
class Change:
    case_id: str
    name: str
    kind: str  # declassify_due | process_ended | consent | new_findings | original_missing
    key: str  # message key
    params: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "case_id": self.case_id,
            "name": self.name,
            "kind": self.kind,
            **{k: v for k, v in self.params.items() if k != "found"},
            **({"entities": self.params["entities"]} if "entities" in self.params else {}),
        }


def final_title(title: str | None) -> str | None:
    if not title:
        return None
    stripped = DRAFT_MARKERS.sub("", title)
    return re.sub(r"\s+", "", stripped) or None


def recheck(
    register: Any, *, today: datetime.date, workers: int = 1, lang: str = "zh"
) -> tuple[int, list[Change]]:
    """(cases looked at, the changes found), ordered by case."""
    from pipeline.workflow.state import load_state, marking_state
    from pipeline.workflow.tables import Case, Publication, ThirdPartyConsent

    changes: list[Change] = []
    rerun: list[tuple[Any, Any]] = []  # (case, its state) to check again
    with register.session() as session:
        cases = list(session.scalars(select(Case).order_by(Case.id)))
        states = {case.id: load_state(session, case) for case in cases}
        consents: dict[int, list[ThirdPartyConsent]] = {}
        for row in session.scalars(select(ThirdPartyConsent).order_by(ThirdPartyConsent.id)):
            consents.setdefault(row.case_id, []).append(row)
        published_at: dict[int, str] = {}
        for pub in session.scalars(select(Publication).order_by(Publication.id)):
            published_at[pub.case_id] = pub.published_at
        from pipeline.recognizer_registry import recognizer_set_version

        current_version = recognizer_set_version()
        for case in cases:
            state = states[case.id]
            marking = marking_state(case.classification or {}, today)
            if marking == "expired" and state.declassification is None:
                changes.append(
                    Change(
                        case.case_id,
                        case.name,
                        "declassify_due",
                        "recheck_declassify_due",
                        {
                            "expires": case.classification.get("expires_on"),
                            "marking": _marking(case.classification),
                        },
                    )
                )
            change = _process_ended(case, state, cases, states)
            if change is not None:
                changes.append(change)
            for consent in consents.get(case.id, []):
                change = _consent(case, state, consent, published_at.get(case.id))
                if change is not None:
                    changes.append(change)
            if (
                case.status == "published"
                and (case.config or {}).get("recognizers") != current_version
            ):
                rerun.append((case, state))
    changes += _rerun(rerun, workers=workers, lang=lang)
    changes.sort(key=lambda c: c.case_id)  # stable: a case's changes keep their order
    return len(cases), changes


def _marking(classification: dict[str, Any]) -> str:
    level = classification.get("level") or ""
    period = classification.get("period")
    return f"{level}★{period}" if period else level


def _withheld_as_process(state: Any) -> bool:
    process = [s for s in state.findings if s.row.category == "process_info"]
    if not process:
        return False
    return any(s.action == "redact" for s in process) or state.attribute in (
        "不予公开",
        "依申请公开",
    )


def _process_ended(
    case: Any, state: Any, cases: list[Any], states: dict[int, Any]
) -> Change | None:
    if not _withheld_as_process(state):
        return None
    title = final_title(case.title)
    for other in cases:
        if other.id == case.id or other.filed_on < case.filed_on:
            continue
        same = (case.doc_number and other.doc_number == case.doc_number) or (
            title and final_title(other.title) == title and other.title != case.title
        )
        if not same:
            continue
        if any(s.row.category == "process_info" for s in states[other.id].findings):
            continue
        return Change(
            case.case_id,
            case.name,
            "process_ended",
            "recheck_process_ended",
            {"case": other.case_id, "status": other.status},
        )
    return None


def _consent(case: Any, state: Any, consent: Any, published: str | None) -> Change | None:
    covered = set(consent.finding_ids or [])
    still = [s for s in state.findings if s.row.finding_id in covered and s.action == "redact"]
    if not still:
        return None
    if case.status == "published" and published is not None and published > consent.given_at:
        return None  # published after the consent: it was taken into account
    return Change(
        case.case_id,
        case.name,
        "consent",
        "recheck_consent",
        {"party": consent.party, "date": consent.given_at[:10], "count": len(still)},
    )


def _rerun(todo: list[tuple[Any, Any]], *, workers: int, lang: str) -> list[Change]:
    """Check each published case's original again with today's recognizers (read only)."""
    import json

    from pipeline.batch.run import Batch
    from pipeline.batch.tasks import check_task
    from pipeline.filehash import file_sha256
    from pipeline.leakscan import fold
    from pipeline.messages_sweep import entity_label
    from pipeline.runner import Job
    from pipeline.sweep.assess import reportable
    from pipeline.workflow.cases import config_from_snapshot

    changes: list[Change] = []
    groups: dict[str, list[tuple[Any, Any]]] = {}
    for case, state in todo:
        path = Path(case.path or "")
        try:
            intact = path.is_file() and file_sha256(path) == case.sha256
        except OSError:
            intact = False
        if not intact:
            changes.append(
                Change(
                    case.case_id,
                    case.name,
                    "original_missing",
                    "recheck_original_missing",
                    {"path": str(path)},
                )
            )
            continue
        snapshot = dict(case.config or {})
        snapshot.pop("recognizers", None)
        groups.setdefault(json.dumps(snapshot, sort_keys=True, default=str), []).append(
            (case, state)
        )
    for key, members in groups.items():
        config = config_from_snapshot(json.loads(key))
        jobs = [Job(Path(case.path), Path("/dev/null")) for case, _ in members]
        for outcome in Batch(jobs, config, task=check_task, workers=workers):
            case, state = members[outcome.index]
            record = outcome.result.record
            if record is None:
                continue
            known = {fold(s.row.text) for s in state.findings}
            new: dict[str, int] = {}
            for finding in record.get("findings", []):
                if finding.get("action") == "keep" or not reportable(finding, "redact"):
                    continue
                if fold(finding.get("text", "")) in known:
                    continue
                new[finding["entity_type"]] = new.get(finding["entity_type"], 0) + 1
            if new:
                sep = "；" if lang == "zh" else "; "
                found = sep.join(f"{entity_label(k, lang)}×{n}" for k, n in sorted(new.items()))
                changes.append(
                    Change(
                        case.case_id,
                        case.name,
                        "new_findings",
                        "recheck_new_findings",
                        {"found": found, "entities": new},
                    )
                )
    return changes
