"""The local executor (``--jobs N``): a pool of worker processes (forked from a fork server
that has imported the pipeline once; spawned where there is none) whose initializer builds the
detection engines once per worker. At most ``N`` documents are in flight, so when a worker
dies (a crash in a native library, the out-of-memory killer) only those few are suspects: each
is run again alone in a fresh worker, and the one that kills its worker a second time gets a
one-line error while the rest of the batch goes on. A document over the time limit gets a
one-line error and its worker is killed."""

from __future__ import annotations

import contextlib
import os
import time
from collections import deque
from collections.abc import Iterable, Iterator
from typing import Any

from pipeline.batch.logs import configure_logging
from pipeline.batch.tasks import Task, crashed, discard_partials, failed, timed_out
from pipeline.config import Config
from pipeline.runner import Job, Result

_WORKER_CONFIG: Config | None = None
_WORKER_STARTS: Any = None


def _exit_on_term(signum: int, frame: Any) -> None:
    # Unwinds the review under way, so its ``finally`` blocks remove temporary files.
    raise SystemExit(128 + signum)


def _init_worker(config: Config, starts: Any = None) -> None:
    """Process pool initializer: Ctrl-C is the parent's business (it stops the workers with
    SIGTERM, which unwinds cleanly); load the engines once. ``starts`` is the queue on which
    each task reports that it started, and in which process (for the time limit)."""
    import signal

    from pipeline.gc_tuning import tune_for_review

    global _WORKER_CONFIG, _WORKER_STARTS
    tune_for_review()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _exit_on_term)
    _WORKER_CONFIG = config
    _WORKER_STARTS = starts
    configure_logging()
    with contextlib.suppress(Exception):
        # A failure here shows up again, per document, as a one-line error.
        from pipeline.engines import get_engines

        get_engines(config)


def _pool_call(task: Task, job: Job, token: int = 0) -> Result:
    assert _WORKER_CONFIG is not None
    import logging

    from pipeline import time_budget

    starts = _WORKER_STARTS
    if starts is None:
        logging.getLogger("baomi").debug("worker %d: %s", os.getpid(), job.path)
        return task(job, _WORKER_CONFIG)
    # CLOCK_MONOTONIC is system-wide: the parent compares it with its own.
    starts.put((token, os.getpid(), time.monotonic()))
    logging.getLogger("baomi").debug("worker %d: %s", os.getpid(), job.path)
    # Time granted for scanned pages (pipeline.time_budget) goes to the parent's clock.
    with time_budget.granting(lambda seconds: starts.put((token, None, seconds))):
        return task(job, _WORKER_CONFIG)


# Imported once by the fork server, so each worker starts with them already loaded.
PRELOAD = [
    "pipeline.batch.local",
    "pipeline.engines",
    "pipeline.record",
    "stages.ingest",
    "stages.ingest.txt",
    "stages.ingest.docx",
    "stages.ingest.pdf",
    "stages.detect",
    "stages.decide",
    "stages.redact",
    "stages.redact.txt",
    "stages.redact.docx",
    "stages.redact.pdf",
    "stages.verify",
    "stages.verify.txt",
    "stages.verify.docx",
    "stages.verify.pdf",
    "stages.record",
]


def _mp_context() -> Any:
    """Workers come from a fork server that has imported the pipeline once (POSIX), or are
    spawned (elsewhere). Never a plain fork of this process, which runs threads (the progress
    display, the register's connection pool)."""
    import multiprocessing

    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(PRELOAD)
        return context
    return multiprocessing.get_context("spawn")


def _new_pool(workers: int, config: Config, starts: Any = None) -> Any:
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(
        max_workers=workers,
        mp_context=_mp_context(),
        initializer=_init_worker,
        initargs=(config, starts),
    )


def _stop_pool(pool: Any, jobs: Iterable[Job] = ()) -> None:
    """Shut a pool down without waiting for documents still being reviewed, and remove what
    they had half written."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(timeout=5)
    for job in jobs:
        discard_partials(job)


def run_local(
    items: Iterable[tuple[int, Job]],
    config: Config,
    task: Task,
    workers: int,
    *,
    alone: bool = False,
) -> Iterator[tuple[int, Result]]:
    """Run ``task`` over ``items`` in ``workers`` processes; yield in completion order.

    A document still under review ``config.timeout_seconds`` after its worker picked it up
    gets a one-line error and its worker is killed; the pool that breaks with it is replaced
    and the other documents it had in flight are reviewed again. ``alone``: the items are
    suspects of an earlier crash, run one by one; one that kills its worker is the culprit."""
    from concurrent.futures import FIRST_COMPLETED, wait
    from concurrent.futures.process import BrokenProcessPool

    pending = deque(items)
    while pending:
        suspects: list[tuple[int, Job]] = []
        clock = _StartClock(config.timeout_seconds)
        pool = _new_pool(min(workers, len(pending)), config, clock.queue)
        inflight: dict[Any, tuple[int, Job]] = {}
        requeued: list[Job] = []
        finished = False
        try:
            while pending or inflight:
                while pending and len(inflight) < workers:
                    index, job = pending.popleft()
                    inflight[pool.submit(_pool_call, task, job, index)] = (index, job)
                done, _ = wait(inflight, timeout=clock.poll(), return_when=FIRST_COMPLETED)
                broken = False
                for future in done:
                    index, job = inflight.pop(future)
                    try:
                        yield index, future.result()
                    except BrokenProcessPool:
                        if alone:
                            yield index, crashed(job)
                        else:
                            suspects.append((index, job))
                        broken = True
                    except Exception as exc:  # e.g. a result that cannot be pickled
                        yield index, failed(job, exc)
                expired = clock.expired({index for index, _ in inflight.values()})
                if expired:
                    clock.kill(expired, pool)
                    for future, (index, job) in list(inflight.items()):
                        if index in expired:
                            yield index, timed_out(job, config)
                            continue
                        # Innocent: the pool broke because of the worker killed above.
                        wait([future], timeout=30)
                        try:
                            yield index, future.result(timeout=0)
                        except Exception:
                            requeued.append(job)
                            pending.appendleft((index, job))
                    inflight.clear()
                    break
                if broken:
                    # Every document still in flight shared the pool that broke.
                    for future, (index, job) in inflight.items():
                        try:
                            yield index, future.result()
                        except BrokenProcessPool:
                            if alone:
                                yield index, crashed(job)
                            else:
                                suspects.append((index, job))
                        except Exception as exc:
                            yield index, failed(job, exc)
                    inflight.clear()
                    break
            finished = True
        finally:
            if finished:
                pool.shutdown(wait=True)
            else:
                _stop_pool(pool, [*requeued, *(job for _, job in inflight.values())])
        # Each suspect alone: the document that kills its worker again is the culprit.
        if suspects:
            suspects.sort(key=lambda item: item[0])
            yield from run_local(suspects, config, task, 1, alone=True)


class _StartClock:
    """When and in which worker process each document started, from the messages workers
    put on ``queue``; which ones are over the time limit."""

    def __init__(self, limit: float) -> None:
        self.limit = float(limit or 0)
        self.queue: Any = None
        self.started: dict[int, tuple[int, float]] = {}
        self.granted: dict[int, float] = {}  # seconds added for scanned pages, per document
        if self.limit > 0:
            self.queue = _mp_context().SimpleQueue()

    def _drain(self) -> None:
        with contextlib.suppress(OSError, EOFError, ValueError):
            while not self.queue.empty():
                token, pid, value = self.queue.get()
                if pid is None:  # a grant: (token, None, seconds)
                    self.granted[token] = self.granted.get(token, 0.0) + value
                else:  # a start: (token, pid, monotonic time)
                    self.started[token] = (pid, min(value, time.monotonic()))
                    self.granted[token] = 0.0

    def poll(self) -> float | None:
        """How long to wait for a result before looking at the clock again."""
        if self.queue is None:
            return None
        self._drain()
        now = time.monotonic()
        left = [self._end(token) - now for token in self.started]
        return max(min([0.5, *left]), 0.05)

    def expired(self, running: set[int]) -> set[int]:
        if self.queue is None:
            return set()
        self._drain()
        now = time.monotonic()
        return {token for token in self.started if token in running and now > self._end(token)}

    def _end(self, token: int) -> float:
        return self.started[token][1] + self.limit + self.granted.get(token, 0.0)

    def kill(self, tokens: set[int], pool: Any) -> None:
        """Kill the workers reviewing ``tokens`` (only processes of ``pool``)."""
        import signal

        ours = set((getattr(pool, "_processes", None) or {}).keys())
        for token in tokens:
            pid = self.started[token][0]
            if pid in ours:
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)
