"""The review record (``baomi.review-record.v2``, the shared JSON Schema plus the optional
``disclosure_reason``) built from a
``Review``, and its sanitized form that travels inside the publishable copy.

The internal record holds each finding's original text for the reviewers. The sanitized record
holds no original value and nothing derived from one: no ``text``, no offsets (their
difference is a value's length), no file hash, and every other string has each redacted value
replaced by its placeholder.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from pipeline.leakscan import ValueFinder
from pipeline.model import Review

# 2: the optional ``disclosure_reason`` (why the attribute); a version-1 record is a valid
# version-2 record without it, so readers take both.
SCHEMA_VERSION = "2"
# The schema's ``document.format`` names the formats of version 1; the others are ``other``
# there, and ``document.file_format`` (added, not renamed) names them exactly.
SCHEMA_FORMATS = {"txt", "docx", "pdf", "md", "html", "ofd"}


@cache
def schema() -> dict[str, Any]:
    text = (
        resources.files("pipeline")
        .joinpath("schema/review-record.schema.json")
        .read_text(encoding="utf-8")
    )
    return json.loads(text)


@cache
def _validator() -> Any:
    """The schema's validator, made once per process (a batch validates every record)."""
    import jsonschema

    return jsonschema.Draft202012Validator(
        schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


def validate(record: dict[str, Any]) -> None:
    """Raise ``jsonschema.ValidationError`` if ``record`` breaks the shared contract."""
    _validator().validate(record)


def _relative(target: Path | None, start: Path) -> str | None:
    if target is None:
        return None
    try:
        return os.path.relpath(target, start)
    except ValueError:
        return str(target)


def build(review: Review) -> dict[str, Any]:
    document = review.document
    written = review.outputs.written
    preview = review.outputs.preview
    copy = (
        _relative(review.outputs.redacted_path, review.outputs.record_path.parent)
        if written
        else None
    )
    return {
        "schema_version": SCHEMA_VERSION,
        "document": {
            "name": document.name,
            "path": str(document.path),
            "format": document.format if document.format in SCHEMA_FORMATS else "other",
            "file_format": document.format,
            "sha256": document.sha256,
            "pages": document.pages,
            "chars": len(document.text),
            "title": document.meta.title,
            "doc_number": document.meta.doc_number,
            "index_number": document.meta.index_number,
            "issuers": list(document.meta.issuers),
            "issued_on": document.meta.issued_on,
        },
        "disclosure_attribute": review.disclosure_attribute,
        **(
            {"disclosure_reason": review.attribute_reason.as_record()}
            if review.attribute_reason is not None
            else {}
        ),
        "classification": asdict(review.classification),
        "findings": [
            {
                "id": f.id,
                "entity_type": f.entity_type,
                "category": f.category,
                "text": f.text,
                "start": f.start,
                "end": f.end,
                "location": f.location,
                "score": f.score,
                "action": f.action,
                "route": f.route,
                "basis": f.basis,
                "reason": f.reason,
                "recognizer": f.recognizer,
                "status": f.status,
            }
            for f in review.findings
        ],
        "output": {
            "redacted_path": copy if not preview else None,
            "leak_check": review.leak_check,
            # A document that may not be published after redaction: no publishable copy
            # (why: its attribute), at most the reviewers' preview.
            "preview_path": copy if preview else None,
            "withheld": review.outputs.withheld,
            **_output_facts(review),
        },
        "timings_ms": {k: round(v, 1) for k, v in review.timings_ms.items()},
    }


def _output_facts(review: Review) -> dict[str, Any]:
    """What the copy is beyond the redactions: the format it was converted to, and the notes
    of what making it changed (added fields; absent when there is nothing to say)."""
    facts: dict[str, Any] = {}
    document = review.document
    if document.converted_from:
        facts["conversion"] = {
            "from": document.converted_from,
            "to": document.format,
            "converter": document.converter,
        }
    if review.notes:
        facts["notes"] = [dict(note) for note in review.notes]
    return facts


def _scrub(value: Any, secrets: list[tuple[str, str]], finder: ValueFinder) -> Any:
    if isinstance(value, str):
        # Until a first replacement the string is the original, so if no secret occurs in it
        # none is replaced: looked up once instead of a replace per secret per string.
        if not finder.present(value):
            return value
        for secret, placeholder in secrets:
            value = value.replace(secret, placeholder)
        return value
    if isinstance(value, list):
        return [_scrub(v, secrets, finder) for v in value]
    if isinstance(value, dict):
        return {k: _scrub(v, secrets, finder) for k, v in value.items()}
    return value


def sanitized(review: Review, placeholder_for: dict[str, str]) -> dict[str, Any]:
    """The record to attach to the publishable copy (``placeholder_for``: finding id →
    the replacement written into the copy)."""
    record = build(review)
    record["document"].pop("sha256", None)
    record["document"]["path"] = review.document.name
    for finding in record["findings"]:
        for key in ("text", "start", "end"):
            finding.pop(key, None)
        # Where, not what: no context (the sentence around a value), no Word places.
        finding["location"] = {
            k: v for k, v in finding["location"].items() if k in {"page", "part", "line"}
        }
    name = review.outputs.redacted_path.name
    preview = review.outputs.preview
    record["output"] = {
        "redacted_path": None if preview else name,
        "leak_check": "passed",
        "preview_path": name if preview else None,
        "withheld": review.outputs.withheld,
        # A reviewers' preview is not a copy to publish: it says so in its own record.
        "preview": preview,
        **_output_facts(review),
    }
    record.pop("timings_ms", None)
    secrets = sorted(
        {(f.text, placeholder_for.get(f.id, "［已删除］")) for f in review.redacted() if f.text},
        key=lambda pair: -len(pair[0]),
    )
    return _scrub(record, secrets, ValueFinder(secret for secret, _ in secrets))


def dumps(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2)
