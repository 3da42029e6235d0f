"""The in-process API for a publishing system: ``review(path, config) -> ReviewRecord``."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.config import Config
from pipeline.errors import BaomiError
from pipeline.runner import Job, review_document


@dataclass(frozen=True, slots=True)
class ReviewRecord:
    """The review record of one document (``data`` is the schema's JSON object) and the
    paths written. ``error`` is set when the document could not be processed in full."""

    data: dict[str, Any] = field(default_factory=dict)
    record_path: Path | None = None
    redacted_path: Path | None = None
    error: BaomiError | None = None

    @property
    def disclosure_attribute(self) -> str | None:
        return self.data.get("disclosure_attribute")

    @property
    def findings(self) -> list[dict[str, Any]]:
        return list(self.data.get("findings", []))

    @property
    def leak_check(self) -> str | None:
        return self.data.get("output", {}).get("leak_check")

    @property
    def publishable(self) -> bool:
        """A clean copy exists and nothing in it waits for a person."""
        return (
            self.error is None
            and self.leak_check == "passed"
            and self.disclosure_attribute == "主动公开"
            and not any(f["action"] == "review" or f["route"] for f in self.findings)
        )


def review(
    path: str | Path, config: Config | None = None, out_dir: str | Path = "baomi-out"
) -> ReviewRecord:
    """Review one document, writing its outputs to ``out_dir``. Raises ``BaomiError`` (with a
    one-line ``render(lang)``) when the input cannot be processed at all."""
    config = config or Config()
    _, result = review_document(Job(Path(path), Path(out_dir)), config)
    if result.error is not None and result.record is None:
        raise result.error
    return ReviewRecord(
        data=result.record or {},
        record_path=result.record_path,
        redacted_path=result.redacted_path,
        error=result.error,
    )
