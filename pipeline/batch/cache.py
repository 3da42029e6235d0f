"""The resume cache (``<out>/.baomi-cache.json``): a document is skipped when its content hash
and the settings (configuration, keyword lists, the baomi version and the code of its
recognizers and stages) are unchanged and its outputs are still there, unmodified; a skipped
document keeps the case it already has in the register."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import time
from pathlib import Path
from typing import Any

from pipeline.config import Config, review_settings
from pipeline.filehash import file_sha256
from pipeline.runner import Job, Result, outputs_for

CACHE_NAME = ".baomi-cache.json"
CACHE_VERSION = 1


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
        preview = entry.get("preview")
        result.preview_path = self.out_dir / preview if preview else None
        result.withheld = entry.get("withheld")
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
            document = result.record["document"]
            fmt = document.get("file_format", document["format"])
            sha = result.record["document"]["sha256"]
            paths = [result.record_path]
            for copy, kind in ((result.redacted_path, "redacted"), (result.preview_path, "preview")):
                if copy is None:
                    continue
                paths.append(copy)
                sidecar = outputs_for(job, fmt, kind).sidecar_path
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
            "preview": _relative(result.preview_path, self.out_dir)
            if result.preview_path
            else None,
            "withheld": result.withheld,
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


def cached_case(register: Any, result: Result) -> str | None:
    """The case a skipped (unchanged) document already has, read without writing; None if
    the register has no case for this record, which then must be opened as usual."""
    try:
        from sqlalchemy import select

        from pipeline.workflow.tables import Case

        assert result.record is not None and result.record_path is not None
        sha = result.record["document"]["sha256"]
        with register.session() as session:
            case = session.scalars(select(Case).where(Case.sha256 == sha)).first()
            if case is not None and case.record_path == str(result.record_path.resolve()):
                return str(case.case_id)
    except Exception:
        return None
    return None
