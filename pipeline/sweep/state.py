"""The resume state of a sweep (``<out>/.baomi-sweep.json``): per published item, the
validators its server gave (``ETag``, ``Last-Modified``), the content hash and the local file of
what was fetched, the title and date the page showed, and what the review found (types and
counts, never a value) with the settings it was found with.

A second run sends conditional requests, keeps the stored file for a ``304 Not Modified``,
and reviews an item again only when its content hash or the review settings (configuration,
keyword lists, the code of the pipeline) changed. A mirror's file is hashed again only when
its size or modification time changed. Written atomically, owner-readable only.
"""

from __future__ import annotations

import contextlib
import json
import time
from pathlib import Path
from typing import Any

STATE_NAME = ".baomi-sweep.json"
STATE_VERSION = 1


class SweepState:
    def __init__(self, out_dir: Path, settings: str) -> None:
        self.out_dir = out_dir
        self.path = out_dir / STATE_NAME
        self.settings = settings
        self.entries: dict[str, dict[str, Any]] = {}
        self._saved_at = 0.0
        self._dirty = False
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        if isinstance(data, dict) and data.get("version") == STATE_VERSION:
            entries = data.get("entries")
            if isinstance(entries, dict):
                self.entries = {k: v for k, v in entries.items() if isinstance(v, dict)}

    def get(self, address: str) -> dict[str, Any]:
        return self.entries.get(address, {})

    def put(self, address: str, **values: Any) -> None:
        entry = self.entries.setdefault(address, {})
        entry.update(values)
        self._dirty = True

    def assessment_for(self, address: str, sha256: str | None) -> dict[str, Any] | None:
        """The stored assessment of ``address`` if it was made of this content with these
        settings."""
        entry = self.entries.get(address)
        if not entry or sha256 is None or entry.get("assessed_sha256") != sha256:
            return None
        if entry.get("assessed_with") != self.settings:
            return None
        assessment = entry.get("assessment")
        return assessment if isinstance(assessment, dict) else None

    def local_file(self, address: str) -> Path | None:
        """The stored download of ``address``, if it is still there, unchanged."""
        from pipeline.filehash import file_sha256

        entry = self.entries.get(address) or {}
        name = entry.get("file")
        if not name:
            return None
        path = self.out_dir / name
        try:
            if file_sha256(path) == entry.get("sha256"):
                return path
        except OSError:
            return None
        return None

    def save(self, *, every: float = 0.0) -> None:
        if not self._dirty or time.monotonic() - self._saved_at < every:
            return
        from pipeline.atomic import write_text

        data = {"version": STATE_VERSION, "entries": self.entries}
        with contextlib.suppress(OSError):
            self.out_dir.mkdir(parents=True, exist_ok=True)
            write_text(self.path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
            self._dirty = False
        self._saved_at = time.monotonic()
