"""A batch: jobs run by one executor (serial, the local pool or Dask), documents the resume
cache knows skipped. Whatever the executor, ``Batch`` yields outcomes in input order, and
everything that writes the register stays in the calling process."""

from __future__ import annotations

import contextlib
import glob
from collections.abc import Callable, Iterator
from typing import Any

from pipeline.batch.cache import CACHE_NAME, ResumeCache
from pipeline.batch.dask_executor import run_dask
from pipeline.batch.local import run_local
from pipeline.batch.logs import log_outcome
from pipeline.batch.serial import run_serial
from pipeline.batch.tasks import Outcome, Task, discard_partials, review_task
from pipeline.config import Config
from pipeline.runner import Job, Result


class Batch:
    """A batch of jobs run by one executor; iterate for the outcomes in input order.

    ``on_done`` is called for every outcome as soon as it is known (completion order), for a
    progress display."""

    def __init__(
        self,
        jobs: list[Job],
        config: Config,
        *,
        task: Task = review_task,
        workers: int = 1,
        executor: str = "local",
        client: Any = None,
        cache: ResumeCache | None = None,
        force: bool = False,
        on_done: Callable[[Outcome], None] | None = None,
    ) -> None:
        self.jobs = jobs
        self.config = config
        self.task = task
        self.workers = max(int(workers), 1)
        self.executor = executor
        self.client = client
        self.cache = cache
        self.force = force
        self.on_done = on_done

    def _results(self, todo: list[tuple[int, Job]]) -> Iterator[tuple[int, Result]]:
        if not todo:
            return iter(())
        if self.executor == "dask":
            return run_dask(todo, self.config, self.task, self.client)
        if self.workers == 1 or len(todo) == 1:
            return run_serial(todo, self.config, self.task)
        return run_local(todo, self.config, self.task, self.workers)

    def __iter__(self) -> Iterator[Outcome]:
        ready: dict[int, Outcome] = {}
        todo: list[tuple[int, Job]] = []
        if self.task is review_task:
            self._discard_stale_partials()
        for index, job in enumerate(self.jobs):
            cached = None
            if self.cache is not None and not self.force:
                cached = self.cache.lookup(job)
            if cached is not None:
                outcome = Outcome(index, job, cached, skipped=True)
                ready[index] = outcome
                self._done(outcome)
            else:
                todo.append((index, job))
        next_index = 0
        while next_index in ready:
            yield ready.pop(next_index)
            next_index += 1
        for index, result in self._results(todo):
            outcome = Outcome(index, self.jobs[index], result)
            ready[index] = outcome
            self._done(outcome)
            while next_index in ready:
                yield ready.pop(next_index)
                next_index += 1

    def _discard_stale_partials(self) -> None:
        """Temporary files an interrupted run (kill -9, power loss) left for this batch's
        outputs and for the resume cache: hidden ``.part`` names, never taken for outputs,
        removed before the documents are reviewed again."""
        for job in self.jobs:
            discard_partials(job)
        if self.cache is not None:
            from pipeline.atomic import discard

            with contextlib.suppress(OSError):
                discard(*self.cache.out_dir.glob(f".{glob.escape(CACHE_NAME)}.*.part"))

    def _done(self, outcome: Outcome) -> None:
        log_outcome(outcome)
        if self.on_done is not None:
            self.on_done(outcome)


def run_batch(jobs: list[Job], config: Config, **options: Any) -> list[Outcome]:
    """All outcomes of a batch, in input order (for the Python API and tests)."""
    return list(Batch(jobs, config, **options))
