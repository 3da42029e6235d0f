"""Reviewing many short texts through baomi's public API in one process.

The independent benchmarks (``peer_suite.py``, ``laws.py``) hand baomi plain text, as a
drafter would hand it a ``.txt`` file: each text is written to a temporary UTF-8 file and
reviewed with ``pipeline.api.review`` under one ``Config()``, so the engines load once. Only
the record's public fields are read (``findings``, ``classification``,
``disclosure_attribute``); nothing of the recognizers is imported, so the numbers say what a
user of the API would see.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.api import review
from pipeline.config import Config


@dataclass(slots=True)
class TextReview:
    """What baomi said about one text. ``error`` is the one-line message of a text it could
    not process; ``offsets_match`` says whether each finding's ``start``/``end`` index the
    text as given (so context can be cut from it)."""

    text: str
    findings: list[dict[str, Any]] = field(default_factory=list)
    classification: str | None = None
    disclosure_attribute: str | None = None
    error: str | None = None

    def by_action(self, action: str) -> list[dict[str, Any]]:
        return [f for f in self.findings if f.get("action") == action]

    def span(self, finding: dict[str, Any]) -> tuple[int, int] | None:
        """The finding's place in ``text``: its offsets when they index the text, else the
        first occurrence of its text, else None."""
        start, end = finding.get("start"), finding.get("end")
        if (
            isinstance(start, int)
            and isinstance(end, int)
            and self.text[start:end] == finding.get("text")
        ):
            return start, end
        at = self.text.find(finding.get("text") or "\0")
        return (at, at + len(finding["text"])) if at >= 0 else None


class Reviewer:
    """Reviews texts one after another; a context manager that removes its scratch folder."""

    def __init__(self, config: Config | None = None) -> None:
        self.config = config or Config()
        self._dir = Path(tempfile.mkdtemp(prefix="baomi-bench-"))
        self._count = 0

    def __enter__(self) -> Reviewer:
        return self

    def __exit__(self, *_exc: object) -> None:
        shutil.rmtree(self._dir, ignore_errors=True)

    def review(self, text: str, name: str = "text") -> TextReview:
        self._count += 1
        work = self._dir / str(self._count)
        work.mkdir()
        source = work / f"{name}.txt"
        source.write_text(text, encoding="utf-8")
        try:
            rec = review(source, self.config, work / "out")
        except Exception as exc:  # a BaomiError, or a defect: either is a result here
            shutil.rmtree(work, ignore_errors=True)
            return TextReview(text, error=f"{type(exc).__name__}: {exc}")
        data = rec.data
        level = (data.get("classification") or {}).get("level")
        result = TextReview(
            text,
            findings=list(data.get("findings", [])),
            classification=level,
            disclosure_attribute=rec.disclosure_attribute,
            error=None if rec.error is None else str(rec.error),
        )
        shutil.rmtree(work, ignore_errors=True)
        return result
