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
from pipeline.formats import SIDECAR, STEM_SUFFIXES, kind_text, reviewable, suffixes_of
from pipeline.formats import SUFFIXES as FORMAT_SUFFIXES
from pipeline.model import Outputs, Review
from pipeline.places import locate

# The kinds of file reviewed: one table for every command (``pipeline.formats``).
SUFFIXES = FORMAT_SUFFIXES
IMAGE_SUFFIXES = suffixes_of("image")
CONVERTED = suffixes_of("legacy")
# Our own outputs, which a second run over the output folder must not review again.
OWN_OUTPUT = (".redacted.", ".preview.", ".review.json", ".redacted.record.json")
# What a reviewers' preview is named with: never taken for a publishable copy.
PREVIEW_MARK = ".preview."
# Attributes under which no publishable copy is written (须报审: a preview instead).
WITHHELD = ("不予公开", "须报审")


@dataclass(slots=True)
class Job:
    """One input and the folder its outputs go to. ``unsupported``: found in a folder, of a
    kind baomi does not review; it is reported, not read."""

    path: Path
    out_dir: Path
    unsupported: bool = False


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
    # The reviewers' preview written instead of a publishable copy (须报审), and why no
    # publishable copy was written (the attribute), if so.
    preview_path: Path | None = None
    withheld: str | None = None
    # ``check`` only: the input is itself a reviewers' preview (never publishable).
    preview_input: bool = False
    # The document was read and has no text (an empty DOCX, blank pages).
    no_text: bool = False

    @property
    def needs_action(self) -> bool:
        return (
            any(self.counts[k] for k in ("redact", "review"))
            or self.attribute in {"须报审", "不予公开"}
            or bool(self.unverifiable)
            or self.preview_input
        )


def collect(
    paths: tuple[Path, ...], out_dir: Path, *, own_outputs: bool = False
) -> Iterator[Job]:
    """Files named directly are reviewed whatever their suffix (by their content). Folders
    are walked recursively and every file found is a job: one of a kind baomi reviews
    (``pipeline.formats``), or ``unsupported`` (reported as not reviewable, never dropped
    silently). Hidden files and folders are left out, and so are baomi's own outputs when
    ``own_outputs`` is false (``review`` over a folder that holds an earlier output folder).
    The folders' layout is kept under ``out_dir``; two inputs that would write the same
    outputs get numbered subfolders instead."""
    taken: set[tuple[Path, str]] = set()
    for job in _walk(paths, out_dir, own_outputs):
        key = (job.out_dir, job.path.name)
        number = 1
        while key in taken:
            number += 1
            key = (job.out_dir / str(number), job.path.name)
        taken.add(key)
        yield Job(job.path, key[0], job.unsupported)


def _walk(paths: tuple[Path, ...], out_dir: Path, own_outputs: bool) -> Iterator[Job]:
    out_resolved = out_dir.resolve()
    for path in paths:
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if not child.is_file():
                    continue
                relative = child.relative_to(path)
                if any(part.startswith(".") for part in relative.parts):
                    continue
                if not own_outputs and any(marker in child.name for marker in OWN_OUTPUT):
                    continue
                if out_resolved in child.resolve().parents:
                    continue
                yield Job(child, out_dir / relative.parent, not reviewable(child))
        else:
            yield Job(path, out_dir)


def _unsupported(job: Job) -> InputError:
    return InputError("unsupported_kind", kind=kind_text(job.path.suffix))


def output_stem(path: Path) -> str:
    """What a copy's name starts with: the input's stem, or its whole name for a file that
    is converted or an image (``pipeline.formats.FileFormat.by_stem``)."""
    return path.stem if path.suffix.lower() in STEM_SUFFIXES else path.name


def outputs_for(job: Job, fmt: str, kind: str = "redacted") -> Outputs:
    """The outputs of ``job``: ``kind`` ``redacted`` for the publishable copy, ``preview``
    for the reviewers' preview."""
    stem = output_stem(job.path)
    return Outputs(
        directory=job.out_dir,
        record_path=job.out_dir / f"{job.path.name}.review.json",
        redacted_path=job.out_dir / f"{stem}.{kind}.{fmt}",
        sidecar_path=job.out_dir / f"{stem}.{kind}.record.json" if fmt in SIDECAR else None,
    )


def withhold_copy(review: Review, job: Job) -> None:
    """No publishable copy for a document that may not be published after redaction: under
    不予公开 nothing is written; under 须报审 the copy is the reviewers' preview. A copy or
    preview left by an earlier run goes (it would look publishable, or be stale)."""
    from pipeline.atomic import discard

    attribute = review.disclosure_attribute
    if attribute not in WITHHELD:
        return
    fmt = review.document.format
    stale = [outputs_for(job, fmt), outputs_for(job, fmt, "preview")]
    discard(*(p for o in stale for p in (o.redacted_path, o.sidecar_path) if p is not None))
    if attribute == "须报审":
        preview = outputs_for(job, fmt, "preview")
        review.outputs.redacted_path = preview.redacted_path
        review.outputs.sidecar_path = preview.sidecar_path
        review.outputs.preview = True
    review.outputs.withheld = attribute


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
    if job.unsupported:
        result.error = _unsupported(job)
        return None, result
    timings: dict[str, float] = {}
    review: Review | None = None
    try:
        document = _timed(None, timings, "ingest", ingest.run, job.path, config)
        result.no_text = document.empty
        review = Review(document=document, outputs=outputs_for(job, document.format))
        review.timings_ms.update(timings)
        engines = get_engines(config)
        _timed(review, timings, "detect", detect.run, review, engines)
        _timed(review, timings, "decide", decide.run, review, config)
        locate(review)
        withhold_copy(review, job)
        outputs = review.outputs
        if outputs.withheld is None or outputs.preview:
            try:
                _timed(review, timings, "redact", redact.run, review, config, engines)
                _timed(review, timings, "verify", verify.run, review)
            except LeakError as exc:
                result.error = exc
        result.record = _timed(review, timings, "record", record.run, review)
        result.record_path = outputs.record_path
        written = outputs.redacted_path if outputs.written else None
        result.redacted_path = None if outputs.preview else written
        result.preview_path = written if outputs.preview else None
        result.withheld = outputs.withheld
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
    result.preview_input = PREVIEW_MARK in job.path.name
    if job.unsupported:
        result.error = _unsupported(job)
        return None, result
    timings: dict[str, float] = {}
    review: Review | None = None
    try:
        document = _timed(None, timings, "ingest", ingest.run, job.path, config)
        result.no_text = document.empty
        review = Review(document=document, outputs=outputs_for(job, document.format))
        review.timings_ms.update(timings)
        engines = get_engines(config)
        _timed(review, timings, "detect", detect.run, review, engines)
        _timed(review, timings, "decide", decide.run, review, config)
        locate(review)
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
