"""Assembling the inspector's report of a sweep: one row per item with findings (most urgent
first: a classification marking or an ID list before the rest), what was found by type and
count, the legal bases, the remedy; the items not reviewed or not visited with their reason;
the summary and the two charts (by category, by month of publication). The writers are in
``pipeline.reports.inspection`` (xlsx) and ``pipeline.reports.inspection_html``.

Also the takedown list (the exact addresses to withdraw, owner-readable only, since an
address may itself hold a value) and the JSON summary, which like the report holds no value.
"""

from __future__ import annotations

import datetime
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.messages import attribute_label, message
from pipeline.messages_sweep import category_label, entity_label
from pipeline.reports.inspection import InspectionReport
from pipeline.sweep import items
from pipeline.sweep.items import Item

REPORT_XLSX = "sweep-report.xlsx"
REPORT_HTML = "sweep-report.html"
REPORT_JSON = "sweep-report.json"
UNCHECKED = (items.UNREVIEWABLE, items.FAILED, items.UNVISITED, items.OLDER)


@dataclass(slots=True)
class SweepStats:
    sources: list[str] = field(default_factory=list)
    since: str | None = None
    requests: int = 0
    not_modified: int = 0
    bytes: int = 0
    reviewed_now: int = 0
    offsite: dict[str, int] = field(default_factory=dict)
    out_of_scope: list[str] = field(default_factory=list)
    robots: dict[str, str] = field(default_factory=dict)


def found_items(work: list[Item]) -> list[Item]:
    hits = [i for i in work if i.status == items.REVIEWED and i.assessment and i.assessment.found]
    return sorted(hits, key=lambda i: (i.assessment.urgency, _neg_date(i), i.address))  # type: ignore[union-attr]


def unchecked_items(work: list[Item]) -> list[Item]:
    return [i for i in work if i.status in UNCHECKED]


def _neg_date(item: Item) -> str:
    date = item.date or (item.assessment.doc_date if item.assessment else None) or ""
    # Newest first within an urgency: invert the digits.
    return "".join(chr(ord("9") - ord(c) + ord("0")) if c.isdigit() else c for c in date) or "~"


def describe(item: Item, lang: str, today: datetime.date) -> str:
    """What was found, by type and count (never a value)."""
    a = item.assessment
    assert a is not None
    parts: list[str] = []
    if a.marking:
        state = a.marking_state(today) or "unknown"
        parts.append(message(f"found_marking_{state}", lang, marking=a.marking))
    if a.id_numbers >= 3:
        parts.append(message("id_list", lang, count=a.id_numbers))
    for kind, count in sorted(a.entities.items(), key=lambda kv: (-kv[1], kv[0])):
        if kind == "CLASSIFICATION_MARKING" and a.marking:
            continue
        parts.append(f"{entity_label(kind, lang)}×{count}")
    if a.attribute in ("不予公开", "须报审"):
        parts.append(message("attribute_found", lang, attribute=attribute_label(a.attribute, lang)))
    if a.unverifiable:
        parts.append(message("unverifiable_content", lang))
    return "；".join(parts) if lang == "zh" else "; ".join(parts)


def _title(item: Item) -> str:
    a = item.assessment
    if a is not None and a.title_masked:
        return a.title_masked
    return item.title or (a.doc_title if a else None) or Path(item.address).name


def _address(item: Item) -> str:
    a = item.assessment
    return a.address_masked if a is not None and a.address_masked else item.address


def _date(item: Item, lang: str) -> str:
    a = item.assessment
    return item.date or (a.doc_date if a else None) or message("date_unknown", lang)


def reason_text(item: Item, lang: str) -> str:
    if item.status == items.OLDER:
        return message("older_than_since", lang)
    if not item.reason:
        return ""
    if item.status == items.UNREVIEWABLE and item.reason not in (
        "not_reviewable",
        "fetch_too_large",
        "mirror_unreadable",
    ):
        return message(
            "review_error", lang, reason=message(item.reason, lang, **item.reason_params)
        )
    return message(item.reason, lang, **item.reason_params)


def build(
    work: list[Item], stats: SweepStats, lang: str, today: datetime.date | None = None
) -> InspectionReport:
    today = today or datetime.date.today()
    hits = found_items(work)
    rows: list[list[str]] = []
    for number, item in enumerate(hits, start=1):
        a = item.assessment
        assert a is not None
        sep = "；" if lang == "zh" else "; "
        rows.append(
            [
                str(number),
                message(f"urgency_{a.urgency}", lang),
                _address(item),
                _title(item),
                _date(item, lang),
                message(f"kind_{item.kind}", lang),
                item.linked_from or "",
                describe(item, lang, today),
                sep.join(category_label(c, lang) for c in sorted(a.categories)),
                sep.join(a.bases),
                message(f"action_{a.urgency}", lang),
            ]
        )
    unchecked = unchecked_items(work)
    unchecked_rows = [
        [
            item.address,
            item.title or "",
            message(f"kind_{item.kind}", lang),
            item.linked_from or "",
            message(f"status_{item.status}", lang),
            reason_text(item, lang),
        ]
        for item in unchecked
    ]
    broken = [i for i in work if i.status == items.BROKEN]
    unchecked_rows += [
        [
            item.address,
            item.title or "",
            message(f"kind_{item.kind}", lang),
            item.linked_from or "",
            message("status_broken", lang),
            reason_text(item, lang),
        ]
        for item in broken
    ]
    categories: Counter[str] = Counter()
    months: Counter[str] = Counter()
    for item in hits:
        a = item.assessment
        assert a is not None
        for category in a.categories:
            categories[category_label(category, lang)] += 1
        if not a.categories and a.unverifiable:
            categories[message("status_unreviewable", lang)] += 1
        date = item.date or a.doc_date
        months[date[:7] if date else message("date_unknown", lang)] += 1
    unknown = message("date_unknown", lang)
    by_month = sorted(months.items(), key=lambda kv: (kv[0] == unknown, kv[0]))
    reviewed = [i for i in work if i.status == items.REVIEWED]
    offsite = sum(stats.offsite.values())
    summary = [
        (
            message("summary_sources", lang),
            "、".join(stats.sources) if lang == "zh" else ", ".join(stats.sources),
        ),
        (message("summary_generated", lang), datetime.datetime.now().strftime("%Y-%m-%d %H:%M")),
        (message("summary_items", lang), str(len(reviewed))),
        (message("summary_found", lang), str(len(hits))),
        (message("summary_unchecked", lang), str(len(unchecked))),
        (message("summary_broken", lang), str(len(broken))),
        (message("summary_offsite", lang), str(offsite)),
    ]
    if stats.requests:
        summary.append(
            (message("summary_requests", lang), f"{stats.requests} / {stats.not_modified}")
        )
    if stats.since:
        summary.insert(1, (message("summary_since", lang), stats.since))
    keys = ("col_no", "col_urgency", "col_address", "col_title", "col_date", "col_kind",
            "col_linked_from", "col_found", "col_categories", "col_basis", "col_action")  # fmt: skip
    unchecked_keys = ("col_address", "col_title", "col_kind", "col_linked_from", "col_status",
                      "col_reason")  # fmt: skip
    label_keys = ("sheet_found", "sheet_unchecked", "sheet_summary", "chart_by_category",
                  "chart_by_month", "nothing_found")  # fmt: skip
    return InspectionReport(
        title=message("report_title", lang),
        lang=lang,
        note=message("report_note", lang),
        headers=[message(k, lang) for k in keys],
        rows=rows,
        urgencies=[i.assessment.urgency for i in hits],  # type: ignore[union-attr]
        unchecked_headers=[message(k, lang) for k in unchecked_keys],
        unchecked_rows=unchecked_rows,
        summary=summary,
        by_category=categories.most_common(),
        by_month=by_month,
        labels={k: message(k, lang) for k in label_keys},
    )


def summary_json(
    work: list[Item],
    stats: SweepStats,
    lang: str,
    exit_code: int,
    today: datetime.date | None = None,
) -> dict[str, Any]:
    """The JSON summary (stdout with ``--json``, and ``sweep-report.json``): no value."""
    today = today or datetime.date.today()
    hits = found_items(work)
    return {
        "found": [
            {
                "address": _address(i),
                "title": _title(i),
                "date": i.date or (i.assessment.doc_date if i.assessment else None),
                "kind": i.kind,
                "linked_from": i.linked_from,
                "urgency": i.assessment.urgency,  # type: ignore[union-attr]
                "entities": dict(i.assessment.entities),  # type: ignore[union-attr]
                "categories": dict(i.assessment.categories),  # type: ignore[union-attr]
                "bases": list(i.assessment.bases),  # type: ignore[union-attr]
                "attribute": i.assessment.attribute,  # type: ignore[union-attr]
                "marking": i.assessment.marking,  # type: ignore[union-attr]
                "marking_state": i.assessment.marking_state(today),  # type: ignore[union-attr]
                "id_numbers": i.assessment.id_numbers,  # type: ignore[union-attr]
                "unverifiable": i.assessment.unverifiable,  # type: ignore[union-attr]
                "description": describe(i, lang, today),
            }
            for i in hits
        ],
        "not_reviewed": [
            {
                "address": i.address,
                "kind": i.kind,
                "status": i.status,
                "reason": i.reason or ("older_than_since" if i.status == items.OLDER else None),
                "message": reason_text(i, lang),
                "linked_from": i.linked_from,
            }
            for i in unchecked_items(work)
        ],
        "broken_links": [
            {"address": i.address, "linked_from": i.linked_from, **i.reason_params}
            for i in work
            if i.status == items.BROKEN
        ],
        "summary": {
            "sources": stats.sources,
            "since": stats.since,
            "items": len(work),
            "reviewed": sum(1 for i in work if i.status == items.REVIEWED),
            "reviewed_now": stats.reviewed_now,
            "found": len(hits),
            "not_reviewed": len(unchecked_items(work)),
            "broken_links": sum(1 for i in work if i.status == items.BROKEN),
            "requests": stats.requests,
            "not_modified": stats.not_modified,
            "fetched": sum(1 for i in work if i.fetched),
            "bytes": stats.bytes,
            "offsite_links": dict(sorted(stats.offsite.items())),
            "out_of_scope": list(stats.out_of_scope),
            "robots": dict(stats.robots),
        },
        "exit_code": exit_code,
    }


def write_reports(out_dir: Path, report: InspectionReport, data: dict[str, Any]) -> dict[str, Path]:
    from pipeline.atomic import write_text
    from pipeline.reports.inspection import PUBLIC_MODE, write_xlsx
    from pipeline.reports.inspection_html import write_html

    paths = {
        "xlsx": out_dir / REPORT_XLSX,
        "html": out_dir / REPORT_HTML,
        "json": out_dir / REPORT_JSON,
    }
    write_xlsx(paths["xlsx"], report)
    write_html(paths["html"], report)
    write_text(
        paths["json"], json.dumps(data, ensure_ascii=False, indent=2) + "\n", mode=PUBLIC_MODE
    )
    return paths


def write_takedown(path: Path, work: list[Item]) -> int:
    """The exact addresses to withdraw, most urgent first, one a line (owner-readable only:
    an address may hold a value the review found)."""
    from pipeline.atomic import write_text

    hits = found_items(work)
    write_text(path, "".join(f"{i.address}\n" for i in hits), mode=0o600)
    return len(hits)
