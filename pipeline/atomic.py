"""Atomic, private file writes: a temporary file in the target folder, then a rename, so a
reader never sees a half-written output and a crash leaves no partial file that looks done."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def temp_path_for(target: Path) -> Path:
    """A fresh hidden temporary path beside ``target`` (created empty, mode 0600)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(fd)
    return Path(name)


def write_bytes(target: Path, data: bytes, mode: int = 0o600) -> None:
    temp = temp_path_for(target)
    try:
        with temp.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, mode)
        os.replace(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def write_text(target: Path, text: str, mode: int = 0o600) -> None:
    write_bytes(target, text.encode("utf-8"), mode)


def discard(*paths: Path | None) -> None:
    for path in paths:
        if path is not None:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
