"""The pipeline runner: one document through ingest → detect → decide → redact → verify →
record, timing each stage; and the walk over the paths a user names."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.config import Config
from pipeline.errors import BaomiError, InputError, LeakError
from pipeline.model import Outputs, Review

# Image files are published as PDFs named after the whole file name (scan.tif →
# scan.tif.redacted.pdf), so scan.tif and scan.pdf do not write the same copy.
IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".tif", ".tiff", ".bmp"}
SUFFIXES = {
    ".txt", ".docx", ".pdf",
    # formats: spreadsheets, OFD, web pages, legacy and WPS files (converted by LibreOffice)
    ".xlsx", ".csv", ".tsv", ".ofd", ".html", ".htm", ".shtml",
    ".doc", ".wps", ".xls", ".et", ".rtf", ".odt", ".ods",
    *IMAGE_SUFFIXES,
}  # fmt: skip
CONVERTED = {".doc", ".wps", ".xls", ".et", ".rtf", ".odt", ".ods"}
# Formats whose copy cannot carry the record: it goes beside the copy.
SIDECAR = {"txt", "csv", "html"}
# Our own outputs, which a second run over the output folder must not review again.
OWN_OUTPUT = (".redacted.", ".review.json", ".redacted.record.json")


@dataclass(slots=True)
class Job:
    """One input and the folder its outputs go to."""

    path: Path
    out_dir: Path


@dataclass(slots=True)
class Result:
    path: Path
    record: dict[str, Any] | None = None
    record_path: Path | None = None
    redacted_path: Path | None = None
    error: BaomiError | None = None
    counts: dict[str, int] = field(default_factory=lambda: {"redact": 0, "review": 0, "keep": 0})
    attribute: str | None = None
    # Content the leak check cannot see (scanned pages, fonts without a text mapping):
    # such a document is never reported clean.
    unverifiable: list[str] = field(default_factory=list)
    # ``check`` only: finding id → 1-based start column in its TXT line (for SARIF regions;
    # no end column, whose difference to the start would be the value's length).
    regions: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def needs_action(self) -> bool:
        return (
            any(self.counts[k] for k in ("redact", "review"))
            or self.attribute in {"须报审", "不予公开"}
            or bool(self.unverifiable)
        )


def collect(paths: tuple[Path, ...], out_dir: Path) -> Iterator[Job]:
    """Files named directly are reviewed whatever their suffix; folders are walked
    recursively for TXT, DOCX and PDF files, and their layout is kept under ``out_dir``.
    Two inputs that would write the same outputs get numbered subfolders instead."""
    taken: set[tuple[Path, str]] = set()
    for job in _walk(paths, out_dir):
        key = (job.out_dir, job.path.name)
        number = 1
        while key in taken:
            number += 1
            key = (job.out_dir / str(number), job.path.name)
        taken.add(key)
        yield Job(job.path, key[0])


def _walk(paths: tuple[Path, ...], out_dir: Path) -> Iterator[Job]:
    out_resolved = out_dir.resolve()
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if not child.is_file() or child.suffix.lower() not in SUFFIXES:
                    continue
                if any(marker in child.name for marker in OWN_OUTPUT) or child.name.startswith("."):
                    continue
                if out_resolved in child.resolve().parents:
                    continue
                relative = child.parent.relative_to(path)
                yield Job(child, out_dir / relative)
        else:
            yield Job(path, out_dir)


def output_stem(path: Path) -> str:
    """What a copy's name starts with: the input's stem, or its whole name for a file that
    is converted (``notice.doc`` → ``notice.doc.redacted.docx``, never the same name as the
    copy of a ``notice.docx`` beside it), and for an image, whose copy is a PDF
    (``scan.tif`` → ``scan.tif.redacted.pdf``)."""
    suffix = path.suffix.lower()
    whole = CONVERTED | IMAGE_SUFFIXES
    return path.stem if suffix in SUFFIXES and suffix not in whole else path.name


def outputs_for(job: Job, fmt: str) -> Outputs:
    stem = output_stem(job.path)
    return Outputs(
        directory=job.out_dir,
        record_path=job.out_dir / f"{job.path.name}.review.json",
        redacted_path=job.out_dir / f"{stem}.redacted.{fmt}",
        sidecar_path=job.out_dir / f"{stem}.redacted.record.json" if fmt in SIDECAR else None,
    )


def _timed(review: Review | None, timings: dict[str, float], name: str, fn, *args):
    began = time.perf_counter()
    try:
        return fn(*args)
    finally:
        elapsed = (time.perf_counter() - began) * 1000
        (review.timings_ms if review else timings)[name] = elapsed


def review_document(job: Job, config: Config) -> tuple[Review | None, Result]:
    """Run every stage on one document. Never raises: errors end up in ``Result.error``."""
    from pipeline.engines import get_engines
    from stages import decide, detect, ingest, record, redact, verify

    result = Result(job.path)
    timings: dict[str, float] = {}
    review: Review | None = None
    try:
        document = _timed(None, timings, "ingest", ingest.run, job.path, config)
        review = Review(document=document, outputs=outputs_for(job, document.format))
        review.timings_ms.update(timings)
        engines = get_engines(config)
        _timed(review, timings, "detect", detect.run, review, engines)
        _timed(review, timings, "decide", decide.run, review, config)
        try:
            _timed(review, timings, "redact", redact.run, review, config, engines)
            _timed(review, timings, "verify", verify.run, review)
        except LeakError as exc:
            result.error = exc
        result.record = _timed(review, timings, "record", record.run, review)
        result.record_path = review.outputs.record_path
        result.redacted_path = review.outputs.redacted_path if review.outputs.written else None
        result.counts = review.counts()
        result.attribute = review.disclosure_attribute
        result.unverifiable = list(review.document.unverifiable)
    except BaomiError as exc:
        result.error = exc
    except OSError as exc:
        result.error = InputError("write_failed", reason=exc.strerror or type(exc).__name__)
    except Exception as exc:
        result.error = InputError("internal_error", kind=type(exc).__name__)
    finally:
        if review is not None:
            from pipeline.atomic import discard

            discard(*review.outputs.pending.values())
            close = getattr(review.document.source, "close", None)
            if callable(close):
                close()
    return review, result


def check_document(job: Job, config: Config) -> tuple[Review | None, Result]:
    """The read-only variant of ``review_document`` for ``baomi check``: ingest, detect and
    decide only. Nothing is written (no copy, no record file, no folder); the record is built
    in memory. Never raises: errors end up in ``Result.error``."""
    from pipeline import record as record_module
    from pipeline.engines import get_engines
    from stages import decide, detect, ingest

    result = Result(job.path)
    timings: dict[str, float] = {}
    review: Review | None = None
    try:
        document = _timed(None, timings, "ingest", ingest.run, job.path, config)
        review = Review(document=document, outputs=outputs_for(job, document.format))
        review.timings_ms.update(timings)
        engines = get_engines(config)
        _timed(review, timings, "detect", detect.run, review, engines)
        _timed(review, timings, "decide", decide.run, review, config)
        result.record = record_module.build(review)
        result.counts = review.counts()
        result.attribute = review.disclosure_attribute
        result.unverifiable = list(review.document.unverifiable)
        result.regions = _txt_regions(review)
    except BaomiError as exc:
        result.error = exc
    except OSError as exc:
        result.error = InputError("unreadable", reason=exc.strerror or type(exc).__name__)
    except Exception as exc:
        result.error = InputError("internal_error", kind=type(exc).__name__)
    finally:
        if review is not None:
            close = getattr(review.document.source, "close", None)
            if callable(close):
                close()
    return review, result


def _txt_regions(review: Review) -> dict[str, dict[str, int]]:
    """The start column of each finding that lies on one line of a TXT input."""
    if review.document.format != "txt":
        return {}
    regions: dict[str, dict[str, int]] = {}
    for finding in review.findings:
        pieces = review.document.segments_in(finding.start, finding.end)
        if len(pieces) != 1:
            continue
        segment, lo, _ = pieces[0]
        regions[finding.id] = {"startColumn": segment.offset + (lo - segment.start) + 1}
    return regions
