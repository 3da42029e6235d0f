"""Batch execution of the review: local worker processes or a Dask cluster, results in input
order, and the resume cache.

* **Local** (``--jobs N``): a pool of worker processes (forked from a fork server that has
  imported the pipeline once; spawned where there is none) whose initializer builds the
  detection engines once per worker. At most ``N`` documents are in flight, so when a worker
  dies (a crash in a native library, the out-of-memory killer) only those few are suspects:
  each is run again alone in a fresh worker, and the one that kills its worker a second time
  gets a one-line error while the rest of the batch goes on.
* **Dask** (``--executor dask --scheduler tcp://HOST:PORT``): the same task on a distributed
  cluster. A worker plugin loads the engines once per worker process (and on workers that join
  later). Inputs and ``--out`` must be on a filesystem every worker sees at the same path.
* **Resume cache** (``<out>/.baomi-cache.json``): a document is skipped when its content hash
  and the settings (configuration, keyword lists, the baomi version and the code of its
  recognizers and stages) are unchanged and its outputs are still there, unmodified.

Whatever the executor, ``Batch`` yields outcomes in input order, and everything that writes
the register stays in the calling process.
"""

from __future__ import annotations

import contextlib
import functools
import glob
import hashlib
import json
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.config import Config, review_settings
from pipeline.errors import BaomiError, InputError
from pipeline.runner import Job, Result, check_document, outputs_for, review_document

CACHE_NAME = ".baomi-cache.json"
CACHE_VERSION = 1

Task = Callable[[Job, Config], Result]


# --------------------------------------------------------------------------- tasks


def review_task(job: Job, config: Config) -> Result:
    """``baomi review``: every stage, outputs written."""
    return review_document(job, config)[1]


def check_task(job: Job, config: Config) -> Result:
    """``baomi check``: ingest, detect and decide; nothing written."""
    return check_document(job, config)[1]


class BatchError(BaomiError):
    """The executor cannot be used (Dask missing, scheduler unreachable): a usage error."""


def default_jobs() -> int:
    """The number of cores this process may run on."""
    try:
        return max(len(os.sched_getaffinity(0)), 1)
    except (AttributeError, OSError):
        return max(os.cpu_count() or 1, 1)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


# --------------------------------------------------------------------------- settings


@functools.cache
def code_digest() -> str:
    """The baomi version, the source of the packages that decide a review's outcome, and the
    recognizers other packages register: an editable install changes code without changing
    its version, and a cached result must not outlive the code that produced it."""
    from importlib import metadata

    import pipeline
    import recognizers
    import stages

    digest = hashlib.sha256()
    try:
        digest.update(metadata.version("baomi").encode())
    except metadata.PackageNotFoundError:
        digest.update(b"unknown")
    for package in (pipeline, recognizers, stages):
        root = Path(package.__file__).parent
        for path in sorted(root.rglob("*")):
            if path.suffix in {".py", ".json", ".toml"} and "__pycache__" not in path.parts:
                digest.update(path.relative_to(root.parent).as_posix().encode())
                digest.update(hashlib.sha256(path.read_bytes()).digest())
    for entry in sorted(
        metadata.entry_points(group="baomi.recognizers"), key=lambda e: (e.name, e.value)
    ):
        dist = getattr(entry, "dist", None)
        version = getattr(dist, "version", "") if dist is not None else ""
        digest.update(f"{entry.name}={entry.value}@{version}".encode())
    return digest.hexdigest()


def settings_fingerprint(config: Config) -> str:
    """Everything besides the input that a review's outputs depend on."""
    data = {
        **review_settings(config),
        "max_decompressed_bytes": config.max_decompressed_bytes,
        "max_part_bytes": config.max_part_bytes,
        # Not the password: the cache file must not hold anything to test guesses against.
        "code": code_digest(),
    }
    text = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- resume cache


class ResumeCache:
    """``<out>/.baomi-cache.json``: per input, the content hash and settings it was reviewed
    with and the hash of every output. Holds no document content (hashes, names and counts
    only), is written atomically and owner-readable only."""

    def __init__(self, out_dir: Path, settings: str) -> None:
        self.out_dir = out_dir
        self.path = out_dir / CACHE_NAME
        self.settings = settings
        self.entries: dict[str, dict[str, Any]] = {}
        self._dirty = False
        self._saved_at = 0.0
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        if isinstance(data, dict) and data.get("version") == CACHE_VERSION:
            entries = data.get("entries")
            if isinstance(entries, dict):
                self.entries = entries

    def _key(self, job: Job) -> str:
        return _relative(job.out_dir / job.path.name, self.out_dir)

    def lookup(self, job: Job) -> Result | None:
        """The cached result of ``job``, or None when it must be reviewed (again)."""
        entry = self.entries.get(self._key(job))
        if not isinstance(entry, dict):
            return None
        try:
            if entry.get("input") != str(job.path) or entry.get("settings") != self.settings:
                return None
            if file_sha256(job.path) != entry.get("sha256"):
                return None
            outputs = entry["outputs"]
            for rel, digest in outputs.items():
                if file_sha256(self.out_dir / rel) != digest:
                    return None
            record_path = self.out_dir / entry["record"]
            record = json.loads(record_path.read_text(encoding="utf-8"))
            if record.get("document", {}).get("sha256") != entry["sha256"]:
                return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        result = Result(job.path)
        result.record = record
        result.record_path = record_path
        redacted = entry.get("redacted")
        result.redacted_path = self.out_dir / redacted if redacted else None
        counts = {"redact": 0, "review": 0, "keep": 0}
        for finding in record.get("findings", []):
            if finding.get("action") in counts:
                counts[finding["action"]] += 1
        result.counts = counts
        result.attribute = record.get("disclosure_attribute")
        result.unverifiable = list(entry.get("unverifiable", []))
        return result

    def store(self, job: Job, result: Result) -> None:
        """Remember a successful review (an error is never cached: it is tried again)."""
        if result.error is not None or result.record is None or result.record_path is None:
            return
        try:
            fmt = result.record["document"]["format"]
            sha = result.record["document"]["sha256"]
            paths = [result.record_path]
            if result.redacted_path is not None:
                paths.append(result.redacted_path)
                sidecar = outputs_for(job, fmt).sidecar_path
                if sidecar is not None and sidecar.is_file():
                    paths.append(sidecar)
            outputs = {_relative(p, self.out_dir): file_sha256(p) for p in paths}
        except (OSError, KeyError, TypeError):
            return
        self.entries[self._key(job)] = {
            "input": str(job.path),
            "sha256": sha,
            "settings": self.settings,
            "record": _relative(result.record_path, self.out_dir),
            "redacted": _relative(result.redacted_path, self.out_dir)
            if result.redacted_path
            else None,
            "outputs": outputs,
            "unverifiable": list(result.unverifiable),
        }
        self._dirty = True

    def forget(self, job: Job) -> None:
        if self.entries.pop(self._key(job), None) is not None:
            self._dirty = True

    def save(self, *, every: float = 0.0) -> None:
        """Write the cache if it changed (at most once per ``every`` seconds)."""
        if not self._dirty or time.monotonic() - self._saved_at < every:
            return
        from pipeline.atomic import write_text

        data = {"version": CACHE_VERSION, "entries": self.entries}
        with contextlib.suppress(OSError):
            write_text(self.path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
            self._dirty = False
        self._saved_at = time.monotonic()


def _relative(path: Path, base: Path) -> str:
    try:
        return Path(os.path.relpath(path, base)).as_posix()
    except ValueError:
        return str(path)


# --------------------------------------------------------------------------- logging

LOG_LEVEL_ENV = "BAOMI_LOG_LEVEL"
# Libraries that handle document text: kept at WARNING whatever the level asked for, so a
# debug log can never carry a value they might quote.
TEXT_LOGGERS = ("presidio-analyzer", "presidio-anonymizer", "pypdf", "pymupdf", "spacy")


def log_outcome(outcome: Outcome) -> None:
    """A document's outcome at DEBUG on the ``baomi`` logger: its name, the error's message
    key or the attribute and counts, then each finding's id, type, action and location —
    never its text (nor an error's parameters, which can quote a parser)."""
    import logging

    log = logging.getLogger("baomi")
    if not log.isEnabledFor(logging.DEBUG):
        return
    name, result = str(outcome.job.path), outcome.result
    if result.error is not None:
        log.debug("%s: error %s", name, result.error.key)
        return
    counts = result.counts
    log.debug(
        "%s: %s; redact %d, review %d, keep %d%s",
        name,
        result.attribute,
        counts["redact"],
        counts["review"],
        counts["keep"],
        " (unchanged, reused)" if outcome.skipped else "",
    )
    for finding in (result.record or {}).get("findings", []):
        where = json.dumps(finding.get("location") or {}, ensure_ascii=False, sort_keys=True)
        log.debug(
            "%s: %s %s %s %s at %s",
            name,
            finding.get("id"),
            finding.get("entity_type"),
            finding.get("category"),
            finding.get("action"),
            where,
        )


def configure_logging() -> None:
    """``BAOMI_LOG_LEVEL=DEBUG`` (or INFO, …) sends log records to stderr, in the command's
    process and in every worker. baomi's own records name types, counts and locations, never
    a value."""
    import logging

    name = os.environ.get(LOG_LEVEL_ENV, "").strip().upper()
    level = logging.getLevelName(name) if name else None
    if isinstance(level, int):
        logging.basicConfig(
            level=level, format="%(asctime)s %(process)d %(name)s %(levelname)s %(message)s"
        )
    for logger in TEXT_LOGGERS:
        if logging.getLogger(logger).getEffectiveLevel() < logging.WARNING:
            logging.getLogger(logger).setLevel(logging.WARNING)


# --------------------------------------------------------------------------- local pool

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
    if _WORKER_STARTS is not None:
        # CLOCK_MONOTONIC is system-wide: the parent compares it with its own.
        _WORKER_STARTS.put((token, os.getpid(), time.monotonic()))
    import logging

    logging.getLogger("baomi").debug("worker %d: %s", os.getpid(), job.path)
    return task(job, _WORKER_CONFIG)


def _crashed(job: Job) -> Result:
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
    patterns = (f".{name}.review.json.*.part", f".{stem}.redacted.*.part")
    with contextlib.suppress(OSError):
        for pattern in patterns:
            discard(*job.out_dir.glob(pattern))


def _failed(job: Job, exc: BaseException) -> Result:
    result = Result(job.path)
    result.error = InputError("internal_error", kind=type(exc).__name__)
    return result


# Imported once by the fork server, so each worker starts with them already loaded.
PRELOAD = [
    "pipeline.batch",
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
                            yield index, _crashed(job)
                        else:
                            suspects.append((index, job))
                        broken = True
                    except Exception as exc:  # e.g. a result that cannot be pickled
                        yield index, _failed(job, exc)
                expired = clock.expired({index for index, _ in inflight.values()})
                if expired:
                    clock.kill(expired, pool)
                    for future, (index, job) in list(inflight.items()):
                        if index in expired:
                            yield index, _timed_out(job, config)
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
                                yield index, _crashed(job)
                            else:
                                suspects.append((index, job))
                        except Exception as exc:
                            yield index, _failed(job, exc)
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
        if self.limit > 0:
            self.queue = _mp_context().SimpleQueue()

    def _drain(self) -> None:
        with contextlib.suppress(OSError, EOFError, ValueError):
            while not self.queue.empty():
                token, pid, began = self.queue.get()
                self.started[token] = (pid, min(began, time.monotonic()))

    def poll(self) -> float | None:
        """How long to wait for a result before looking at the clock again."""
        if self.queue is None:
            return None
        self._drain()
        now = time.monotonic()
        left = [start + self.limit - now for _, start in self.started.values()]
        return max(min([0.5, *left]), 0.05)

    def expired(self, running: set[int]) -> set[int]:
        if self.queue is None:
            return set()
        self._drain()
        now = time.monotonic()
        return {
            token
            for token, (_, start) in self.started.items()
            if token in running and now - start > self.limit
        }

    def kill(self, tokens: set[int], pool: Any) -> None:
        """Kill the workers reviewing ``tokens`` (only processes of ``pool``)."""
        import signal

        ours = set((getattr(pool, "_processes", None) or {}).keys())
        for token in tokens:
            pid = self.started[token][0]
            if pid in ours:
                with contextlib.suppress(OSError):
                    os.kill(pid, signal.SIGKILL)


def _timed_out(job: Job, config: Config) -> Result:
    discard_partials(job)
    result = Result(job.path)
    result.error = InputError("timeout", seconds=_seconds(config.timeout_seconds))
    return result


def _seconds(value: float) -> str:
    return f"{value:g}"


class DocumentTimeout(BaseException):
    """Raised in the main thread when a document's time is up (serial runs). A
    BaseException, so no ``except Exception`` in a stage swallows it (a recognizer that did
    would leave findings out); ``finally`` blocks still run and remove temporary files."""


def run_serial(
    items: Iterable[tuple[int, Job]], config: Config, task: Task
) -> Iterator[tuple[int, Result]]:
    watchdog = Watchdog(config)
    try:
        for index, job in items:
            yield index, run_with_time_limit(job, config, task, watchdog)
    finally:
        watchdog.close()


def run_with_time_limit(
    job: Job, config: Config, task: Task, watchdog: Watchdog | None = None
) -> Result:
    """``task`` in this process, stopped after ``config.timeout_seconds``: a timer signal
    interrupts the review at the next Python instruction and the document gets a one-line
    error. Native code that never returns to Python (and holds the GIL) cannot be
    interrupted in this process: ``watchdog`` then ends the run (see ``Watchdog``)."""
    import signal

    limit = float(config.timeout_seconds or 0)
    if (
        limit <= 0
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        return task(job, config)
    armed = [True]

    def expire(signum: int, frame: Any) -> None:
        if armed[0]:
            armed[0] = False
            raise DocumentTimeout

    result: Result | None = None
    previous = signal.signal(signal.SIGALRM, expire)
    try:
        if watchdog is not None:
            watchdog.arm(job)
        try:
            signal.setitimer(signal.ITIMER_REAL, limit)
            result = task(job, config)
        finally:
            armed[0] = False
            signal.setitimer(signal.ITIMER_REAL, 0)
            if watchdog is not None:
                watchdog.disarm()
    except DocumentTimeout:
        if result is not None:  # it finished just as the timer went off
            return result
        return _timed_out(job, config)
    finally:
        signal.signal(signal.SIGALRM, previous)
    assert result is not None
    return result


# The watchdog: a tiny separate interpreter (no site, no imports of ours) that kills this
# process when a document is still running long after its time limit. It reads "arm SECONDS
# HEX-LINE" and "disarm" lines; end of input (this process gone or done) ends it.
_WATCHDOG_SOURCE = """
import os, select, signal, sys, time
parent = int(sys.argv[1])
deadline, line, buffer = None, b"", b""
while True:
    wait = None if deadline is None else max(deadline - time.monotonic(), 0.0)
    ready = select.select([0], [], [], wait)[0]
    if not ready:
        if os.getppid() == parent:
            os.write(2, line)
            os.kill(parent, signal.SIGKILL)
        break
    chunk = os.read(0, 65536)
    if not chunk:
        break
    buffer += chunk
    while b"\\n" in buffer:
        command, buffer = buffer.split(b"\\n", 1)
        if command.startswith(b"arm "):
            _, seconds, text = command.split(b" ", 2)
            deadline = time.monotonic() + float(seconds)
            line = bytes.fromhex(text.decode())
        elif command == b"disarm":
            deadline = None
"""


class Watchdog:
    """The last resort of a serial run's time limit. The timer signal of
    ``run_with_time_limit`` only interrupts Python code; a parser stuck in native code that
    holds the GIL stops every thread of this process, so the watchdog is a separate process:
    ``grace`` seconds after the limit it prints a one-line error naming the document and
    kills this process (the run stops; a rerun resumes and cleans up). Worker processes
    (``--jobs 2`` and more) are replaced instead, and the batch goes on."""

    def __init__(self, config: Config) -> None:
        self.limit = float(config.timeout_seconds or 0)
        self.grace = min(max(self.limit, 5.0), 300.0)
        self.lang = config.lang
        self._process: Any = None

    def _send(self, line: str) -> None:
        import subprocess
        import sys

        if self._process is None:
            try:
                self._process = subprocess.Popen(
                    [sys.executable, "-I", "-S", "-c", _WATCHDOG_SOURCE, str(os.getpid())],
                    stdin=subprocess.PIPE,
                    close_fds=True,
                )
            except OSError:
                self.limit = 0  # no watchdog available: the timer signal alone
                return
        with contextlib.suppress(OSError, ValueError):
            self._process.stdin.write(line.encode("ascii") + b"\n")
            self._process.stdin.flush()

    def arm(self, job: Job) -> None:
        if self.limit <= 0:
            return
        from pipeline.messages import message

        text = message("timeout_stuck", self.lang, name=str(job.path), seconds=_seconds(self.limit))
        self._send(f"arm {self.limit + self.grace} {(text + chr(10)).encode().hex()}")

    def disarm(self) -> None:
        if self._process is not None:
            self._send("disarm")

    def close(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            with contextlib.suppress(OSError, ValueError):
                process.stdin.close()
            with contextlib.suppress(Exception):
                process.wait(timeout=5)


# --------------------------------------------------------------------------- Dask

_DASK_LOCK = threading.Lock()


def _plugin_class() -> type:
    """``EnginesPlugin``, a Dask ``WorkerPlugin``: built on first use so that importing this
    module does not import ``distributed`` (an optional extra)."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class EnginesPlugin(WorkerPlugin):
        """Loads the engines once when a worker starts (or joins later) and keeps the
        configuration there, so tasks carry only their job."""

        idempotent = True

        def __init__(self, config: Config, name: str) -> None:
            self.config = config
            self.name = name

        def setup(self, worker: Any) -> None:
            with _DASK_LOCK, contextlib.suppress(Exception):
                from pipeline.engines import get_engines

                get_engines(self.config)

    EnginesPlugin.__module__ = __name__
    EnginesPlugin.__qualname__ = "EnginesPlugin"
    return EnginesPlugin


def __getattr__(name: str) -> Any:
    # Pickle finds the plugin class by name, in the client and on every worker.
    if name == "EnginesPlugin":
        cls = _plugin_class()
        globals()[name] = cls
        return cls
    raise AttributeError(name)


def _dask_call(task: Task, job: Job, plugin_name: str) -> Result:
    from distributed import get_worker

    config = get_worker().plugins[plugin_name].config
    # One document at a time per worker process: PyMuPDF is not thread-safe, and a worker
    # started with several threads must not run two reviews at once.
    with _DASK_LOCK:
        return task(job, config)


def _dask_probe(paths: list[str]) -> list[str]:
    """On a worker: which of ``paths`` it cannot see."""
    return [p for p in paths if not os.path.exists(p)]


def connect_dask(scheduler: str, timeout: float = 20.0) -> Any:
    try:
        from distributed import Client
    except ImportError:
        raise BatchError("dask_missing") from None
    try:
        return Client(scheduler, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        reason = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise BatchError("dask_unreachable", scheduler=scheduler, reason=reason) from None


def run_dask(
    items: Iterable[tuple[int, Job]], config: Config, task: Task, client: Any
) -> Iterator[tuple[int, Result]]:
    """Run ``task`` over ``items`` on the cluster behind ``client``; completion order."""
    from distributed import as_completed

    items = list(items)
    if not items:
        return
    plugin_class = globals().get("EnginesPlugin") or __getattr__("EnginesPlugin")
    plugin = plugin_class(config, f"baomi-engines-{_config_token(config)}")
    client.register_plugin(plugin, name=plugin.name)
    first = items[0][1]
    out = first.out_dir
    while not out.exists() and out.parent != out:
        out = out.parent
    unseen = client.run(_dask_probe, [str(first.path), str(out)])
    for worker, missing in unseen.items():
        if missing:
            raise BatchError("dask_paths", worker=worker, path=missing[0])
    token = os.urandom(4).hex()
    futures = {}
    for index, job in items:
        future = client.submit(
            _dask_call, task, job, plugin.name, key=f"baomi-{token}-{index}", pure=False
        )
        futures[future] = (index, job)
    for future in as_completed(futures, loop=client.loop):
        index, job = futures[future]
        try:
            yield index, future.result()
        except Exception as exc:
            # KilledWorker: the document took down every worker it was tried on.
            if type(exc).__name__ == "KilledWorker":
                yield index, _crashed(job)
            else:
                yield index, _failed(job, exc)
        finally:
            future.release()


def _config_token(config: Config) -> str:
    return settings_fingerprint(config)[:16]


# --------------------------------------------------------------------------- the batch


@dataclass(slots=True)
class Outcome:
    index: int
    job: Job
    result: Result
    skipped: bool = False


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


def cached_case(register: Any, result: Result) -> str | None:
    """The case a skipped (unchanged) document already has, read without writing; None if
    the register has no case for this record, which then must be opened as usual."""
    try:
        from sqlalchemy import select

        from pipeline.register import Case

        assert result.record is not None and result.record_path is not None
        sha = result.record["document"]["sha256"]
        with register.session() as session:
            case = session.scalars(select(Case).where(Case.sha256 == sha)).first()
            if case is not None and case.record_path == str(result.record_path.resolve()):
                return str(case.case_id)
    except Exception:
        return None
    return None
