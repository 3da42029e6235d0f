"""A serial run (``--jobs 1``, or a single document) in this process, under the time limit:
a timer signal interrupts the review, and a watchdog process ends a run stuck in native
code."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterable, Iterator
from typing import Any

from pipeline import time_budget
from pipeline.batch.tasks import Task, seconds_text, timed_out
from pipeline.config import Config
from pipeline.runner import Job, Result


class DocumentTimeout(BaseException):
    """Raised in the main thread when a document's time is up (serial runs). A
    BaseException, so no ``except Exception`` in a stage swallows it (a recognizer that did
    would leave findings out); ``finally`` blocks still run and remove temporary files."""


def run_serial(
    items: Iterable[tuple[int, Job]], config: Config, task: Task
) -> Iterator[tuple[int, Result]]:
    watchdog = Watchdog(config)
    with contextlib.suppress(Exception):
        # The engines (and the name model) once, before the first document's time limit, as a
        # worker builds them when it starts; a failure shows up again per document.
        from pipeline.engines import get_engines

        get_engines(config)
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

    def extend(seconds: float) -> None:
        # A scanned page read by OCR grants the document more time (pipeline.time_budget).
        left = signal.getitimer(signal.ITIMER_REAL)[0]
        if armed[0] and left > 0:
            signal.setitimer(signal.ITIMER_REAL, left + seconds)
            if watchdog is not None:
                watchdog.extend(left + seconds)

    result: Result | None = None
    previous = signal.signal(signal.SIGALRM, expire)
    try:
        if watchdog is not None:
            watchdog.arm(job)
        try:
            signal.setitimer(signal.ITIMER_REAL, limit)
            with time_budget.granting(extend):
                result = task(job, config)
        finally:
            armed[0] = False
            signal.setitimer(signal.ITIMER_REAL, 0)
            if watchdog is not None:
                watchdog.disarm()
    except DocumentTimeout:
        if result is not None:  # it finished just as the timer went off
            return result
        return timed_out(job, config)
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
        self._line = ""

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

        text = message(
            "timeout_stuck", self.lang, name=str(job.path), seconds=seconds_text(self.limit)
        )
        self._line = (text + chr(10)).encode().hex()
        self._send(f"arm {self.limit + self.grace} {self._line}")

    def extend(self, left: float) -> None:
        """The document's limit now ends ``left`` seconds from now (it was extended)."""
        if self.limit > 0 and self._line:
            self._send(f"arm {left + self.grace} {self._line}")

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
