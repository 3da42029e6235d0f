"""Verify: re-read the publishable copy with extractors other than the library that wrote it
and fail closed (the images of a scan: re-read by OCR and their painted boxes checked, see
``stages/verify/raster.py``). If any redacted value is found in any layer, or the independent reader
cannot read the copy at all, the copy (and any copy left by an earlier run) is deleted,
``leak_check`` is ``failed`` and the document ends in an error. Only a clean copy is renamed
into place."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from pipeline.atomic import discard
from pipeline.errors import LeakError
from pipeline.leakscan import LeakScan, fold
from pipeline.model import Review

PUBLIC_MODE = 0o644


def _layers(fmt: str, path: Path) -> Iterable[tuple[str, str]]:
    if fmt == "pdf":
        # Each layer read when the loop below asks for it, searched and dropped.
        from stages.verify.pdf import iter_layers as extract
    elif fmt == "docx":
        from stages.verify.docx import extract
    else:
        from stages.verify.txt import extract
    return extract(path)


def run(review: Review) -> None:
    outputs = review.outputs
    values = {f.id: fold(f.text) for f in review.redacted()}
    values = {k: v for k, v in values.items() if len(v) >= 2}
    hits: set[str] = set()
    try:
        scan = LeakScan(values, review.replacements)
        for final, pending in outputs.pending.items():
            fmt = review.document.format if final == outputs.redacted_path else "txt"
            for _layer, text in _layers(fmt, pending):
                hits |= scan.hits(text)
            if final == outputs.redacted_path and review.document.scans and review.redacted():
                # (Nothing redacted: no box to check, no value to look for.)
                hits |= _reread_scans(review, fmt, pending, scan)
    except Exception as exc:
        _fail(review)
        if review.document.format == "pdf" and _pdf_reader_gave_up(exc):
            raise LeakError("copy_unverifiable") from None
        raise
    if hits:
        _fail(review)
        types = sorted({f.entity_type for f in review.findings if f.id in hits})
        review.leaks = types
        raise LeakError("leak_detected", count=len(hits), types=", ".join(types))
    for final, pending in outputs.pending.items():
        os.chmod(pending, PUBLIC_MODE)
        os.replace(pending, final)
    outputs.pending.clear()
    outputs.written = True
    review.leak_check = "skipped" if review.document.unverifiable else "passed"


def _reread_scans(review: Review, fmt: str, path: Path, scan: LeakScan) -> set[str]:
    """OCR of the copy's images and the pixel check of every painted box."""
    from stages.verify.raster import reread, reread_parts

    if fmt not in ("pdf", "docx"):
        return set()
    hits: set[str] = set()
    for kind, value in (reread if fmt == "pdf" else reread_parts)(path, review):
        if kind == "unfilled":
            _fail(review)
            raise LeakError("scan_unpainted", count=value)
        hits |= scan.hits(str(value))
    return hits


def _pdf_reader_gave_up(exc: BaseException) -> bool:
    from stages.verify.pdf import reader_gave_up  # only once a PDF is being verified

    return reader_gave_up(exc)


def _fail(review: Review) -> None:
    outputs = review.outputs
    discard(*outputs.pending.values(), *outputs.pending.keys())
    outputs.pending.clear()
    outputs.written = False
    review.leak_check = "failed"
