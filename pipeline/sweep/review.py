"""Reviewing a sweep's items with the read-only ``check`` path (``pipeline.runner.
check_document``) on the batch executors of ``baomi review``: the local process pool
(``--jobs``) or a Dask cluster (``--executor dask``), through ``pipeline.batch.run.Batch``.

An item is reviewed when the pipeline reads its format (web pages included); any other file
is not reviewable and reported so. An item whose
content and review settings are unchanged since the last run keeps its stored assessment.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from typing import Any

from pipeline.config import Config
from pipeline.sweep import formats, items
from pipeline.sweep.assess import assess, masker
from pipeline.sweep.items import Assessment, Item
from pipeline.sweep.state import SweepState


def fingerprint(config: Config, fail_on: str) -> str:
    """What an item's assessment depends on besides its content."""
    from pipeline.batch.cache import settings_fingerprint

    data = f"{settings_fingerprint(config)}|{fail_on}"
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def prepare(item: Item) -> Path | None:
    """The file to review for ``item``, or None (with the item marked not reviewable)."""
    if item.file is None:
        return None
    name = Path(item.file).name
    if formats.reviewable(name):
        return Path(item.file)
    item.status = items.UNREVIEWABLE
    item.reason = "not_reviewable"
    item.reason_params = {"suffix": PurePosixPath(name.lower()).suffix or name}
    return None


def review_items(
    work: list[Item],
    config: Config,
    state: SweepState,
    *,
    fail_on: str = "redact",
    workers: int = 1,
    executor: str = "local",
    client: Any = None,
    force: bool = False,
    on_done: Callable[[Any], None] | None = None,
) -> int:
    """Review every item still marked ``REVIEWED`` that has no assessment yet; returns how
    many were reviewed in this run (the rest kept their stored assessment)."""
    from pipeline.batch.run import Batch
    from pipeline.batch.tasks import check_task
    from pipeline.runner import Job

    settings = state.settings
    jobs: list[Job] = []
    pending: list[Item] = []
    for item in work:
        if item.status != items.REVIEWED or item.assessment is not None:
            continue
        stored = None if force else state.assessment_for(item.address, item.sha256)
        if stored is not None:
            item.assessment = Assessment.from_dict(stored)
            continue
        try:
            path = prepare(item)
        except OSError as exc:
            item.status, item.reason = items.UNREVIEWABLE, "mirror_unreadable"
            item.reason_params = {"reason": exc.strerror or type(exc).__name__}
            continue
        if path is None:
            continue
        absolute = path.resolve() if executor == "dask" else path
        jobs.append(Job(absolute, Path(os.devnull)))
        pending.append(item)
    if not jobs:
        return 0
    batch = Batch(
        jobs,
        config,
        task=check_task,
        workers=workers,
        executor=executor,
        client=client,
        on_done=on_done,
    )
    for outcome in batch:
        item, result = pending[outcome.index], outcome.result
        if result.error is not None or result.record is None:
            item.status = items.UNREVIEWABLE
            error = result.error
            item.reason = getattr(error, "key", "internal_error")
            item.reason_params = dict(getattr(error, "params", {}) or {})
            continue
        assessment = assess(result.record, unverifiable=bool(result.unverifiable), fail_on=fail_on)
        mask = masker(result.record)
        if mask(item.title) != item.title:
            assessment.title_masked = mask(item.title)
        if mask(item.address) != item.address:
            assessment.address_masked = mask(item.address)
        item.assessment = assessment
        state.put(
            item.address,
            assessed_sha256=item.sha256,
            assessment=assessment.as_dict(),
            assessed_with=settings,
        )
        state.save(every=5.0)
    return len(jobs)
