"""The upload-folder watch: ``baomi watch INBOX --approved DIR --held DIR``.

A file is reviewed once it is completely written: its size and modification time have stayed
the same for the settle interval, no process holds a lock on it, and (on Linux, where this
process may look) no process has it open for writing. Names an uploader uses while writing
(a leading dot, ``~$``, ``.part``, ``.tmp``, ``.crdownload`` …) are never picked up.

After the review the file must still be the one reviewed (same size, time and SHA-256);
otherwise it is left in the inbox and reviewed again. Then a clean file is moved to
``--approved``; one that needs redaction, review or the secrecy office, or that could not be
processed, is moved to ``--held`` with its review record (or a one-line error note) beside it.

Moves never lose or half-move a file: a hard link to the destination (atomic, never
overwrites) and then the unlink of the source; across filesystems a copy to a temporary name,
fsync, a check of its hash, the same link into place, then the unlink. A crash in between
leaves the file in the inbox (and maybe a complete copy at the destination): the next start
scans the inbox and finishes the job.
"""

from __future__ import annotations

import contextlib
import errno
import os
import queue
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.config import Config
from pipeline.errors import BaomiError

PARTIAL_SUFFIXES = {
    ".part",
    ".partial",
    ".tmp",
    ".temp",
    ".crdownload",
    ".download",
    ".filepart",
    ".swp",
    ".lock",
}
# A reviewers' preview (``*.preview.*``) is never taken for an upload either.
OWN_OUTPUT = (".redacted.", ".preview.", ".review.json", ".error.txt")


class WatchError(BaomiError):
    """The folders given to ``watch`` cannot work together: a usage error."""


@dataclass(slots=True)
class Candidate:
    signature: tuple[int, int]
    since: float


@dataclass(slots=True)
class Handled:
    """One file the watch has dealt with (for the log and for tests)."""

    name: str
    sha256: str | None
    destination: Path | None
    held: bool
    error: str | None


def ignored(path: Path, inbox: Path) -> bool:
    """Files an uploader is still writing, hidden files, and our own outputs."""
    try:
        parts = path.relative_to(inbox).parts
    except ValueError:
        return True
    if any(part.startswith(".") for part in parts):
        return True
    name = path.name
    if name.startswith("~$") or name.endswith("~"):
        return True
    if path.suffix.lower() in PARTIAL_SUFFIXES:
        return True
    return any(marker in name for marker in OWN_OUTPUT)


def signature(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    if not path.is_file():
        return None
    return (st.st_size, st.st_mtime_ns)


def is_locked(path: Path) -> bool:
    """Whether another process holds an advisory lock on ``path`` or (Linux) has it open for
    writing. Best effort: what cannot be looked at counts as not locked."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        return False
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return True
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                return True
        else:
            fcntl.flock(fd, fcntl.LOCK_UN)
        try:
            fcntl.lockf(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK):
                return True
            # lockf needs a descriptor open for reading/writing as the lock type asks.
        else:
            fcntl.lockf(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
    return _open_for_writing(path)


def _open_for_writing(path: Path) -> bool:
    """Linux: some process (that this one may inspect) has ``path`` open for writing."""
    proc = Path("/proc")
    if not (proc / "self" / "fdinfo").is_dir():
        return False
    try:
        st = path.stat()
    except OSError:
        return False
    me = os.getpid()
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == me:
            continue
        try:
            fds = list((entry / "fd").iterdir())
        except OSError:
            continue
        for fd in fds:
            try:
                target = os.stat(fd)
            except OSError:
                continue
            if target.st_ino != st.st_ino or target.st_dev != st.st_dev:
                continue
            try:
                info = (entry / "fdinfo" / fd.name).read_text()
            except OSError:
                continue
            for line in info.splitlines():
                if line.startswith("flags:"):
                    flags = int(line.split()[1], 8)
                    if flags & (os.O_WRONLY | os.O_RDWR):
                        return True
    return False


def _fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def free_name(target: Path, source: Path | None = None) -> Path:
    """``target``, or ``name (2).ext``… if taken (a target that already *is* ``source``, left
    by a move cut short, is reused)."""
    candidate = target
    number = 1
    while candidate.exists() or candidate.is_symlink():
        if source is not None:
            with contextlib.suppress(OSError):
                if os.path.samefile(candidate, source):
                    return candidate
        number += 1
        candidate = target.with_name(f"{target.stem} ({number}){target.suffix}")
    return candidate


def safe_move(source: Path, target: Path, expected_sha256: str | None = None) -> Path:
    """Move ``source`` to ``target`` (which must not exist, or already be ``source``) so that
    at every moment the file is complete in at least one place."""
    from pipeline.filehash import file_sha256

    target.parent.mkdir(parents=True, exist_ok=True)
    if target.exists() and os.path.samefile(source, target):
        pass  # an earlier move got as far as the link
    else:
        try:
            os.link(source, target)
        except FileExistsError:
            raise
        except OSError:
            # Another filesystem, or links not allowed: copy, fsync, check, link into place.
            from pipeline.atomic import temp_path_for

            temp = temp_path_for(target)
            try:
                shutil.copy2(source, temp)
                with temp.open("rb+") as handle:
                    os.fsync(handle.fileno())
                if expected_sha256 is not None and file_sha256(temp) != expected_sha256:
                    raise OSError(errno.EIO, "the copy differs from the reviewed file")
                try:
                    os.link(temp, target)
                except FileExistsError:
                    raise
                except OSError:
                    if target.exists():
                        raise FileExistsError(errno.EEXIST, "exists", str(target)) from None
                    os.replace(temp, target)
            finally:
                with contextlib.suppress(FileNotFoundError):
                    temp.unlink()
        _fsync_dir(target.parent)
    os.unlink(source)
    _fsync_dir(source.parent)
    return target


class Watcher:
    """Watches ``inbox``; ``run`` until ``stop`` is set, or ``run_once``."""

    def __init__(
        self,
        inbox: Path,
        approved: Path,
        held: Path,
        out_dir: Path,
        config: Config,
        *,
        register: Any = None,
        lang: str = "zh",
        settle: float = 2.0,
        poll: float = 0.25,
        rescan: float = 30.0,
        echo: Callable[[str, bool], None] | None = None,
    ) -> None:
        self.inbox = inbox
        self.approved = approved
        self.held = held
        self.out_dir = out_dir
        self.config = config
        self.register = register
        self.lang = lang
        self.settle = settle
        self.poll = poll
        self.rescan = rescan
        self.echo = echo or _click_echo
        self.candidates: dict[Path, Candidate] = {}
        self.events: queue.SimpleQueue[Path] = queue.SimpleQueue()
        self.handled: list[Handled] = []
        self.exit_code = 0
        self._check_folders()

    def _check_folders(self) -> None:
        def nested(a: Path, b: Path) -> bool:
            return a == b or a in b.parents or b in a.parents

        inbox = self.inbox.resolve()
        approved, held = self.approved.resolve(), self.held.resolve()
        for folder in (approved, held, self.out_dir.resolve()):
            if nested(folder, inbox):
                raise WatchError("watch_same_folder", path=str(folder))
        if nested(approved, held):
            raise WatchError("watch_same_folder", path=str(held))
        for folder in (self.inbox, self.approved, self.held):
            folder.mkdir(parents=True, exist_ok=True)

    # ----------------------------------------------------------------- discovery

    def scan(self) -> None:
        """Every file in the inbox (at start: what arrived while the watch was down)."""
        for path in sorted(self.inbox.rglob("*")):
            self.note(path)

    def note(self, path: Path) -> None:
        if ignored(path, self.inbox):
            return
        sig = signature(path)
        if sig is None:
            self.candidates.pop(path, None)
            return
        current = self.candidates.get(path)
        if current is None or current.signature != sig:
            self.candidates[path] = Candidate(sig, time.monotonic())

    def ready(self, now: float) -> list[Path]:
        """Candidates unchanged for the settle interval and not locked, in name order."""
        out = []
        for path in sorted(self.candidates):
            candidate = self.candidates[path]
            sig = signature(path)
            if sig is None:
                del self.candidates[path]
                continue
            if sig != candidate.signature:
                self.candidates[path] = Candidate(sig, now)
                continue
            if now - candidate.since >= self.settle and not is_locked(path):
                out.append(path)
        return out

    # ----------------------------------------------------------------- running

    def run_once(self) -> int:
        """Process what is in the inbox now, then return the exit code (0/1/2). A file still
        being written is left for the next run."""
        from pipeline.messages import message

        self.scan()
        if self.candidates:
            time.sleep(self.settle)
        for path in self.ready(time.monotonic() + 1e-9):
            self.process(path)
        for path in sorted(self.candidates):
            if path.exists():
                self.echo(message("watch_incomplete", self.lang, name=str(path)), True)
        return self.exit_code

    def run(self, stop: threading.Event) -> None:
        """Watch until ``stop`` is set: filesystem events (watchdog) plus a periodic rescan,
        in case an event was lost."""
        observer = self._observer()
        try:
            self.scan()
            last_scan = time.monotonic()
            while not stop.is_set():
                while True:
                    try:
                        self.note(self.events.get_nowait())
                    except queue.Empty:
                        break
                now = time.monotonic()
                if now - last_scan >= self.rescan:
                    self.scan()
                    last_scan = now
                for path in self.ready(now):
                    if stop.is_set():
                        break
                    self.process(path)
                stop.wait(self.poll)
        finally:
            if observer is not None:
                observer.stop()
                observer.join(timeout=5)

    def _observer(self) -> Any:
        try:
            from watchdog.events import FileSystemEventHandler
            from watchdog.observers import Observer
        except ImportError:  # pragma: no cover - a dependency; the rescan still works
            return None
        events = self.events

        class Handler(FileSystemEventHandler):
            def on_any_event(self, event: Any) -> None:
                if event.is_directory:
                    return
                for attr in ("src_path", "dest_path"):
                    value = getattr(event, attr, None)
                    if value:
                        events.put(Path(os.fsdecode(value)))

        observer = Observer()
        observer.schedule(Handler(), str(self.inbox), recursive=True)
        observer.start()
        return observer

    # ----------------------------------------------------------------- one file

    def process(self, path: Path) -> None:
        """Review ``path`` and move it on (or leave it for later if it changed meanwhile)."""
        from pipeline.filehash import file_sha256
        from pipeline.messages import message
        from pipeline.runner import Job, review_document

        candidate = self.candidates.pop(path, None)
        before = candidate.signature if candidate else signature(path)
        relative = path.relative_to(self.inbox)
        job = Job(path, self.out_dir / relative.parent)
        _, result = review_document(job, self.config)
        error_text = result.error.render(self.lang) if result.error else None
        reviewed_sha = result.record["document"]["sha256"] if result.record else None
        # The file must still be what was reviewed.
        try:
            unchanged = signature(path) == before and (
                reviewed_sha is None or file_sha256(path) == reviewed_sha
            )
        except OSError:
            unchanged = False
        if not unchanged:
            if path.exists():
                self.echo(message("watch_changed", self.lang, name=str(path)), True)
                self.note(path)
            return
        if result.record is not None and self.register is not None:
            from pipeline.workflow.cases import open_case_for

            _, register_error = open_case_for(self.register, path, result, error_text, self.config)
            if register_error is not None and result.error is None:
                result.error = register_error
                error_text = register_error.render(self.lang)
        held = result.error is not None or result.needs_action
        folder = self.held if held else self.approved
        try:
            target = free_name(folder / relative, source=path)
            if held:
                self._write_note(target, result, error_text)
            target = safe_move(path, target, reviewed_sha)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            self.echo(message("watch_move_failed", self.lang, name=str(path), reason=reason), True)
            self.exit_code = 2
            self.note(path)
            return
        if held:
            why = error_text or message("watch_held_action", self.lang)
            self.echo(
                message("watch_held", self.lang, name=str(relative), path=str(target), why=why),
                False,
            )
            self.exit_code = max(self.exit_code, 2 if result.error is not None else 1)
        else:
            self.echo(
                message("watch_approved", self.lang, name=str(relative), path=str(target)),
                False,
            )
        self.handled.append(Handled(str(relative), reviewed_sha, target, held, error_text))

    def _write_note(self, target: Path, result: Any, error_text: str | None) -> None:
        """Beside a held file: its review record (owner-readable only), or the error."""
        from pipeline.atomic import write_bytes, write_text

        if result.record_path is not None and Path(result.record_path).is_file():
            data = Path(result.record_path).read_bytes()
            write_bytes(target.with_name(target.name + ".review.json"), data, mode=0o600)
        if error_text is not None:
            write_text(target.with_name(target.name + ".error.txt"), error_text + "\n", 0o600)


def _click_echo(line: str, err: bool) -> None:
    import click

    click.echo(line, err=err)
