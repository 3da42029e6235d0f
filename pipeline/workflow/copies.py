"""Producing the final publishable copy: reading the sanitized record attached to the reviewed
copy, attaching the signed one instead, re-running the review with the reviewers' decisions when
they changed what is redacted, and a last fail-closed leak check of what was written.

The record travels as the review left it: the DOCX part ``baomi/review-record.json``, the PDF
embedded file ``review-record.json``, or a TXT copy's sidecar ``<stem>.….record.json``.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipeline.atomic import discard, write_bytes
from pipeline.workflow.refusal import Refused

if TYPE_CHECKING:
    from pipeline.workflow.state import CaseState

RECORD_PART = "baomi/review-record.json"
RECORD_NAME = "review-record.json"
PUBLIC_MODE = 0o644


def sidecar_of(copy: Path) -> Path:
    return copy.with_suffix(".record.json")


def read_attached_record(copy: Path, fmt: str) -> dict[str, Any]:
    try:
        if fmt == "docx":
            with zipfile.ZipFile(copy) as archive:
                data = archive.read(RECORD_PART)
        elif fmt == "pdf":
            import pymupdf

            with pymupdf.open(copy) as pdf:
                data = pdf.embfile_get(RECORD_NAME)
        else:
            data = sidecar_of(copy).read_bytes()
        return json.loads(data.decode("utf-8"))
    except (OSError, KeyError, ValueError, RuntimeError, zipfile.BadZipFile):
        raise Refused("copy_record_missing", path=str(copy)) from None


def write_signed_copy(source: Path, fmt: str, record: dict[str, Any], final: Path) -> list[Path]:
    """Write the copy with ``record`` attached in place of the sanitized one (atomically,
    readable by all: it is the publishable copy). Returns the files written."""
    data = json.dumps(record, ensure_ascii=False, indent=2).encode("utf-8")
    if fmt == "docx":
        buffer = io.BytesIO()
        with zipfile.ZipFile(source) as archive, zipfile.ZipFile(buffer, "w") as out:
            for info in archive.infolist():
                body = data if info.filename == RECORD_PART else archive.read(info.filename)
                out.writestr(info, body)
        write_bytes(final, buffer.getvalue(), mode=PUBLIC_MODE)
        return [final]
    if fmt == "pdf":
        import pymupdf

        with pymupdf.open(source) as pdf:
            if RECORD_NAME in pdf.embfile_names():
                pdf.embfile_del(RECORD_NAME)
            pdf.embfile_add(RECORD_NAME, data, filename=RECORD_NAME, desc="baomi signed record")
            output = pdf.tobytes(garbage=3, deflate=True)
        write_bytes(final, output, mode=PUBLIC_MODE)
        return [final]
    sidecar = final.with_name(final.name.removesuffix(".txt") + ".record.json")
    write_bytes(final, source.read_bytes(), mode=PUBLIC_MODE)
    write_bytes(sidecar, data + b"\n", mode=PUBLIC_MODE)
    return [final, sidecar]


def default_placeholders(snapshot: dict[str, Any]) -> set[str]:
    """The placeholders the review could have written (to tell them from a leaked value)."""
    from pipeline.policy import CATEGORY_LABELS

    template = snapshot.get("placeholder") or "［已删除：{label}］"
    found = {"［已删除］"}
    for label in CATEGORY_LABELS.values():
        try:
            found.add(template.format(label=label))
        except (KeyError, IndexError, ValueError):
            found.add(template)
    for spec in (snapshot.get("operators") or {}).values():
        for key in ("placeholder", "new_value"):
            if isinstance(spec, dict) and isinstance(spec.get(key), str):
                found.add(spec[key])
    return found


def leak_check(
    paths: list[Path],
    fmt: str,
    values: dict[str, str],
    ignore: set[str],
    areas: list[tuple[int, tuple[float, ...]]] | None = None,
) -> None:
    """Re-read what was written with other extractors; any redacted value found, or anything
    left inside a redacted area (``stages.verify.areas``): delete it all and refuse."""
    from pipeline.leakscan import find_values, fold

    folded = {k: fold(v) for k, v in values.items()}
    folded = {k: v for k, v in folded.items() if len(v) >= 2}
    hits: set[str] = set()
    try:
        for path in paths:
            from stages.verify import extractor

            for _layer, text in extractor(fmt if path == paths[0] else "txt")(path):
                hits |= find_values(text, folded, ignore)
        if areas and fmt == "pdf":
            from stages.verify.areas import leftovers

            left = leftovers(paths[0], areas)
            if left:
                discard(*paths)
                raise Refused("publish_area_left", pages=", ".join(str(p) for p in left))
    except Exception as exc:
        discard(*paths)
        if fmt == "pdf":
            from stages.verify.pdf import reader_gave_up

            if reader_gave_up(exc):
                raise Refused("copy_unverifiable") from None
        raise
    if hits:
        discard(*paths)
        raise Refused("publish_leak", findings=", ".join(sorted(hits)))


def _fold_same_length(text: str) -> str:
    from pipeline.analysis import normalize_same_length

    return normalize_same_length(text)


def apply_overrides(review: Any, state: CaseState) -> None:
    """Set each finding of a re-run review to its effective action and status. A value kept
    by decision is kept wherever it appears; a value newly redacted is redacted wherever it
    appears (as the review's own propagation does)."""
    from pipeline.leakscan import fold

    effective = {s.row.finding_id: s for s in state.findings}
    explicit_redact = {
        s.row.finding_id for s in state.findings if s.decision is not None and s.action == "redact"
    }
    kept_values = {
        fold(s.row.text) for s in state.findings if s.action == "keep" and s.row.action == "redact"
    }
    for finding in review.findings:
        s = effective.get(finding.id)
        if s is not None:
            finding.action = s.action
            finding.status = s.status
    for finding in review.findings:
        if (
            finding.action == "redact"
            and fold(finding.text) in kept_values
            and finding.id not in explicit_redact
        ):
            finding.action = "keep"
    text = _fold_same_length(review.document.text)
    spans = [(f.start, f.end) for f in review.findings if f.action == "redact"]
    added: list[Any] = []
    newly = [
        f
        for f in review.findings
        if f.action == "redact" and effective.get(f.id) and effective[f.id].row.action != "redact"
    ]
    for finding in newly:
        value = "".join(_fold_same_length(finding.text).split())
        if len(value) < 2:
            continue
        pattern = r"\s*".join(re.escape(c) for c in value)
        for number, match in enumerate(re.finditer(pattern, text), start=1):
            start, end = match.span()
            if any(start < e and end > s for s, e in spans):
                continue
            spans.append((start, end))
            added.append(
                finding.propagated_at(
                    start, end, review.document.text[start:end], id=f"{finding.id}-d{number}"
                )
            )
    review.findings.extend(added)
    review.findings.sort(key=lambda f: (f.start, f.end))


def apply_manual(review: Any, state: CaseState) -> None:
    """Add a redacted finding for every occurrence of each manual text redaction and for each
    manual area (``pipeline.workflow.manual``). Refuses when a text does not occur in the
    document or an area's page does not exist: a reviewer's redaction is never dropped
    silently."""
    from pipeline.model import Finding
    from pipeline.policy import CATEGORY_BASIS
    from pipeline.workflow.manual import ENTITY

    document = review.document
    text = _fold_same_length(document.text)
    spans = [(f.start, f.end) for f in review.findings if f.action == "redact"]
    added: list[Any] = []
    for row in state.manual:
        category = row.category or "personal_privacy"
        common = {
            "entity_type": ENTITY,
            "score": 1.0,
            "recognizer": "manual",
            "category": category,
            "action": "redact",
            "basis": CATEGORY_BASIS.get(category, ""),
            "reason": row.reason,
        }
        if row.kind == "area":
            if not 1 <= (row.page or 0) <= (document.pages or 0):
                raise Refused("manual_page_absent", redaction=row.redaction_id, page=row.page)
            box = tuple(row.box or ())
            area = {"page": row.page, "box": box, "part": None}
            added.append(
                Finding(
                    id=row.redaction_id,
                    start=0,
                    end=0,
                    text="",
                    location={"page": row.page, "box": list(box)},
                    metadata={"area": area, "manual": row.redaction_id},
                    **common,
                )
            )
            continue
        value = "".join(_fold_same_length(row.text or "").split())
        pattern = r"\s*".join(re.escape(c) for c in value)
        matches = list(re.finditer(pattern, text)) if value else []
        if not matches:
            raise Refused("manual_text_absent", redaction=row.redaction_id)
        for number, match in enumerate(matches, start=1):
            start, end = match.span()
            spans.append((start, end))
            added.append(
                Finding(
                    id=f"{row.redaction_id}-{number}",
                    start=start,
                    end=end,
                    text=document.text[start:end],
                    metadata={"manual": row.redaction_id},
                    **common,
                )
            )
    review.findings.extend(added)
    review.findings.sort(key=lambda f: (f.start, f.end))


def manual_values(state: CaseState) -> dict[str, str]:
    """The manual text redactions, by id: values the copy must not hold."""
    return {r.redaction_id: r.text or "" for r in state.manual if r.kind == "text"}


def manual_areas(state: CaseState) -> list[tuple[int, tuple[float, ...]]]:
    return [(r.page or 0, tuple(r.box or ())) for r in state.manual if r.kind == "area"]


MARKING = "CLASSIFICATION_MARKING"
NOTE = "DISCLOSURE_NOTE"


def markings(state: CaseState) -> list[Any]:
    """The findings of the document's classification marking."""
    return [s for s in state.findings if s.row.entity_type == MARKING and s.row.text.strip()]


def replace_markings(review: Any, note: str) -> None:
    """A declassified document is published with its marking replaced by the 已解密 note."""
    for finding in review.findings:
        if finding.entity_type == MARKING and finding.text.strip():
            finding.action = "redact"
            finding.metadata["replacement"] = note


def drop_redacted_notes(review: Any) -> None:
    """A drafter's disclosure note that is redacted (it contradicted the approved attribute)
    goes without a placeholder: the note was the drafter's, not the document's content."""
    for finding in review.findings:
        if finding.entity_type == NOTE and finding.action == "redact":
            finding.metadata["replacement"] = ""


def rerun(
    state: CaseState, work: Path, declassified: str | None = None
) -> tuple[Path, set[str]]:
    """Review the original input again with the reviewers' decisions and manual redactions
    applied (and, when ``declassified`` is the 已解密 note, the marking replaced by it), writing
    the copy into ``work``. Refuses if the input changed or the review no longer produces the
    findings the case was signed on."""
    from pipeline.engines import get_engines
    from pipeline.errors import BaomiError, LeakError
    from pipeline.model import Review
    from pipeline.runner import Job, outputs_for
    from pipeline.workflow.cases import config_from_snapshot
    from stages import decide, detect, ingest, redact, verify

    case = state.case
    source = Path(case.path)
    config = config_from_snapshot(case.config)
    review = None
    try:
        try:
            document = ingest.run(source, config)
        except BaomiError:
            raise Refused("original_unavailable", path=str(source)) from None
        if document.sha256 != case.sha256:
            raise Refused("original_changed", path=str(source))
        job = Job(source, work)
        review = Review(document=document, outputs=outputs_for(job, document.format))
        engines = get_engines(config)
        detect.run(review, engines)
        decide.run(review, config)
        stored = {
            (
                s.row.finding_id,
                s.row.entity_type,
                s.row.start_offset,
                s.row.end_offset,
                s.row.action,
            )
            for s in state.findings
        }
        found = {(f.id, f.entity_type, f.start, f.end, f.action) for f in review.findings}
        if stored != found:
            raise Refused("rereview_needed", case=case.case_id)
        apply_overrides(review, state)
        apply_manual(review, state)
        if declassified:
            replace_markings(review, declassified)
        drop_redacted_notes(review)
        try:
            redact.run(review, config, engines)
            verify.run(review)
        except LeakError as exc:
            if exc.key != "leak_detected":  # the copy could not be verified: say so
                raise Refused(exc.key, **exc.params) from None
            raise Refused("publish_leak", findings=", ".join(review.leaks)) from None
        return review.outputs.redacted_path, set(review.replacements) | default_placeholders(
            case.config
        )
    finally:
        if review is not None:
            discard(*review.outputs.pending.values())
            close = getattr(review.document.source, "close", None)
            if callable(close):
                close()
