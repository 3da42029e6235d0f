"""Record: write ``<input name>.review.json``, the internal review record, valid against the
shared schema. It holds original text for the reviewers, so it is created owner-readable only
and written atomically."""

from __future__ import annotations

from typing import Any

from pipeline import record
from pipeline.atomic import write_text
from pipeline.model import Review


def run(review: Review) -> dict[str, Any]:
    data = record.build(review)
    record.validate(data)
    write_text(review.outputs.record_path, record.dumps(data) + "\n", mode=0o600)
    return data
