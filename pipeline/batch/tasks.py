"""What a batch runs on each document (``review_task``, ``check_task``) and gets back
(``Outcome``), how many documents at once by default, and the one-line result of a document
its executor lost (a worker that crashed, the time limit, a failure outside the review), with
the files it had half written removed."""

from __future__ import annotations

import contextlib
import glob
import os
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.config import Config
from pipeline.errors import BaomiError, InputError
from pipeline.runner import Job, Result, check_document, review_document

Task = Callable[[Job, Config], Result]


def review_task(job: Job, config: Config) -> Result:
    """``baomi review``: every stage, outputs written."""
    return review_document(job, config)[1]


def check_task(job: Job, config: Config) -> Result:
    """``baomi check``: ingest, detect and decide; nothing written."""
    return check_document(job, config)[1]


@dataclass(slots=True)
class Outcome:
    """A document's result in a batch: its place in the input, and whether the resume cache
    supplied it."""

    index: int
    job: Job
    result: Result
    skipped: bool = False


class BatchError(BaomiError):
    """The executor cannot be used (Dask missing, scheduler unreachable): a usage error."""


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except (AttributeError, OSError):
        return max(os.cpu_count() or 1, 1)


def crashed(job: Job) -> Result:
    discard_partials(job)
    result = Result(job.path)
    result.error = InputError("worker_crashed")
    return result


def discard_partials(job: Job) -> None:
    """Remove the temporary files a worker that died left for ``job``'s outputs (the
    patterns name this job's outputs only, never another document's)."""
    from pipeline.atomic import discard
    from pipeline.runner import output_stem

    name = glob.escape(job.path.name)
    stem = glob.escape(output_stem(job.path))
    patterns = (
        f".{name}.review.json.*.part",
        f".{stem}.redacted.*.part",
        f".{stem}.preview.*.part",
    )
    with contextlib.suppress(OSError):
        for pattern in patterns:
            discard(*job.out_dir.glob(pattern))


def failed(job: Job, exc: BaseException) -> Result:
    result = Result(job.path)
    result.error = InputError("internal_error", kind=type(exc).__name__)
    return result


def timed_out(job: Job, config: Config) -> Result:
    discard_partials(job)
    result = Result(job.path)
    result.error = InputError("timeout", seconds=seconds_text(config.timeout_seconds))
    return result


def seconds_text(value: float) -> str:
    return f"{value:g}"
