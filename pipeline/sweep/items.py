"""What a sweep knows about one published item: where it is published (a URL or a path in a
mirror), the local file the review reads, what kind of item it is, the title and publication
date the publishing page shows, and how it ended (reviewed, not reviewable, not fetched).

``Assessment`` is what the review found in it, without any value: entity types with counts,
categories, legal bases, the attribute and marking, and the urgency. Both are plain data that
the resume state stores as JSON.
"""

from __future__ import annotations

import datetime
from dataclasses import asdict, dataclass, field
from typing import Any

# How an item ended.
REVIEWED = "reviewed"  # the check ran; ``assessment`` holds what it found
UNREVIEWABLE = "unreviewable"  # fetched, but the pipeline cannot read it (format, size, error)
FAILED = "failed"  # could not be fetched (timeout, server error, redirect loop, …)
BROKEN = "broken"  # the link leads nowhere (404, 410): nothing is published there
UNVISITED = "unvisited"  # left out: a budget ran out, robots.txt, an off-site redirect
OLDER = "older"  # published before ``--since``: not reviewed

PAGE = "page"
ATTACHMENT = "attachment"


@dataclass(slots=True)
class Assessment:
    """What the check found in one item (no values, no offsets)."""

    entities: dict[str, int] = field(default_factory=dict)  # reportable findings by type
    categories: dict[str, int] = field(default_factory=dict)
    bases: list[str] = field(default_factory=list)
    attribute: str | None = None
    marking: str | None = None  # the classification level with its period, e.g. 机密★10年
    classification: dict[str, Any] = field(default_factory=dict)  # level, period, expiry
    id_numbers: int = 0  # distinct identity-document numbers (an ID list)
    unverifiable: bool = False
    urgency: int = 0  # 0 nothing to report; 1 most urgent … 3
    doc_title: str | None = None  # from the document's own layout (GB/T 9704)
    doc_date: str | None = None
    # The title and address with any value the review found in them masked (None: no value
    # occurs in them).
    title_masked: str | None = None
    address_masked: str | None = None

    @property
    def found(self) -> bool:
        return self.urgency > 0

    def marking_state(self, today: datetime.date) -> str | None:
        """in_force, expired or unknown (None: no state-secret marking)."""
        from pipeline.workflow.state import marking_state

        return marking_state(self.classification, today) if self.classification else None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Assessment:
        names = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(slots=True)
class Item:
    """One published item of a sweep."""

    address: str  # the URL, or the path of the file in the mirror
    kind: str = PAGE  # page | attachment
    source: str = ""  # the start URL or mirror folder it was found from
    file: str | None = None  # the local file reviewed (the download, or the mirror's file)
    sha256: str | None = None
    size: int | None = None
    title: str | None = None
    date: str | None = None  # ISO date of publication, when the page shows it
    linked_from: str | None = None  # the page that links an attachment
    status: str = REVIEWED
    reason: str | None = None  # message key of why it was not reviewed (or fetched)
    reason_params: dict[str, Any] = field(default_factory=dict)
    assessment: Assessment | None = None
    fetched: bool = False  # this run downloaded the content (not a 304 or an unchanged file)

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["assessment"] = self.assessment.as_dict() if self.assessment else None
        return data
