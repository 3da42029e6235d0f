"""Reading a public repository's snapshot (a bare git directory) for the independent benchmarks.

``peer_suite.py`` and ``laws.py`` measure baomi on text it was not written against: another
project's test suite and a corpus of Chinese laws. Neither is copied into this repository; both
are read at run time from a git directory brought onto the machine beforehand (the session
tooling's ``fetch`` puts them under ``/work/.mirror/OWNER+NAME/repo``; ``git clone --bare URL``
gives the same). This module lists and reads files of one commit of such a directory with
``git`` itself, so nothing needs a work tree, and turns a missing snapshot into one clear line
and exit status 2.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path


class SnapshotMissing(Exception):
    """The git directory does not exist or is not a git repository."""


@dataclass(frozen=True, slots=True)
class Snapshot:
    """One commit (``rev``) of a bare or non-bare git directory."""

    git_dir: Path
    rev: str = "HEAD"

    def _git(self, *args: str, data: bytes | None = None) -> bytes:
        try:
            done = subprocess.run(
                ["git", "--git-dir", str(self.git_dir), "-c", "core.quotepath=off", *args],
                input=data,
                capture_output=True,
                check=False,
            )
        except OSError as exc:  # no git on this machine
            raise SnapshotMissing(str(exc)) from None
        if done.returncode != 0:
            raise SnapshotMissing(done.stderr.decode("utf-8", "replace").strip())
        return done.stdout

    def commit(self) -> str:
        return self._git("rev-parse", self.rev).decode().strip()

    def files(self, under: str = "") -> list[tuple[str, str]]:
        """(path, blob id) of every file of the commit, optionally below one folder."""
        args = ["ls-tree", "-r", "-z", self.rev]
        if under:
            args += ["--", under]
        out: list[tuple[str, str]] = []
        for entry in self._git(*args).decode("utf-8").split("\0"):
            if not entry:
                continue
            meta, path = entry.split("\t", 1)
            _mode, kind, blob = meta.split()
            if kind == "blob":
                out.append((path, blob))
        return out

    def read(self, path: str) -> str:
        return self._git("show", f"{self.rev}:{path}").decode("utf-8")

    def read_blobs(self, blobs: list[str]) -> Iterator[str]:
        """The texts of many blobs through one ``git cat-file --batch`` process."""
        with subprocess.Popen(
            ["git", "--git-dir", str(self.git_dir), "cat-file", "--batch"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
        ) as proc:
            assert proc.stdin is not None and proc.stdout is not None
            for blob in blobs:
                proc.stdin.write(blob.encode() + b"\n")
                proc.stdin.flush()
                header = proc.stdout.readline().split()
                if len(header) != 3:
                    raise SnapshotMissing(f"cannot read blob {blob}")
                size = int(header[2])
                body = proc.stdout.read(size + 1)[:-1]
                yield body.decode("utf-8", "replace")
            proc.stdin.close()


def open_snapshot(git_dir: str | Path, name: str) -> Snapshot:
    """The snapshot at ``git_dir``, or a one-line message and exit 2 when there is none."""
    path = Path(git_dir)
    if (path / ".git").exists():  # a clone with a work tree
        path = path / ".git"
    snap = Snapshot(path)
    try:
        if not path.exists():
            raise SnapshotMissing(f"{path} does not exist")
        snap.commit()
    except SnapshotMissing as exc:
        print(
            f"error: no snapshot of {name} at {path} ({exc}); bring one with "
            f"`git clone --bare https://github.com/{name} DIR` and pass --repo DIR",
            file=sys.stderr,
        )
        raise SystemExit(2) from None
    return snap
