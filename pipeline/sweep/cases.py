"""Opening register cases for what a sweep found (``baomi sweep --open-cases``), so that the
corrected version of each item goes through the normal workflow: each found item is reviewed
in full (``pipeline.runner.review_document``: the review record and a redacted copy under
``<out>/cases/``) and its case is opened or updated in the register as ``baomi review``
does, with an audit event naming the address it was found at.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from pipeline.config import Config
from pipeline.sweep.items import Item

CASES = "cases"


def open_cases(
    found: list[Item],
    out_dir: Path,
    config: Config,
    register: Any,
    lang: str,
    *,
    submitter: Any = None,
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(address, case id) for each case opened or updated; (address, error) for the rest.
    ``submitter`` (a service ``Actor``, or None for the login name) submits them: opening a
    case takes no decision and needs no role, but its submitter may not approve it."""
    from pipeline.batch.run import Batch
    from pipeline.batch.tasks import review_task
    from pipeline.runner import Job
    from pipeline.service.cases import open_case
    from pipeline.workflow.cases import login_name

    jobs: list[Job] = []
    chosen: list[Item] = []
    for item in found:
        source = item.file
        if not source:
            continue
        key = hashlib.sha1(item.address.encode("utf-8")).hexdigest()[:16]
        jobs.append(Job(Path(source), out_dir / CASES / key))
        chosen.append(item)
    opened: list[tuple[str, str]] = []
    errors: list[tuple[str, str]] = []
    if not jobs:
        return opened, errors
    for outcome in Batch(jobs, config, task=review_task, workers=1):
        item, result = chosen[outcome.index], outcome.result
        error_text = result.error.render(lang) if result.error else None
        if result.record is None:
            errors.append((item.address, error_text or ""))
            continue
        case_id, register_error = open_case(
            register,
            submitter,
            path=outcome.job.path,
            result=result,
            error_text=error_text,
            config=config,
        )
        if case_id is None:
            errors.append((item.address, register_error.render(lang) if register_error else ""))
            continue
        name = submitter.name if submitter is not None else None
        _note_address(register, case_id, item, name or login_name())
        opened.append((item.address, case_id))
    return opened, errors


def _note_address(register: Any, case_id: str, item: Item, actor: str) -> None:
    """The audit event that ties the case to where the item is published."""
    from pipeline.workflow.audit import append_event, now
    from pipeline.workflow.tables import parse_case_id

    assessment = item.assessment
    with register.session() as session:
        append_event(
            session,
            actor=actor,
            action="sweep_found",
            case_id=parse_case_id(case_id),
            payload={
                "address": item.address,
                "linked_from": item.linked_from,
                "published_on": item.date,
                "urgency": assessment.urgency if assessment else None,
                "entities": dict(assessment.entities) if assessment else {},
            },
            at=now(),
        )
