"""The inspector's report of a self-inspection (自查, ``baomi sweep``) as an Excel workbook:
a sheet with one row per published item where something was found (filters, frozen header,
most urgent first), a sheet of what was not reviewed or not visited and why, and a summary
sheet. ``pipeline.reports.inspection_html`` writes the same table as a web page.

The report is built from plain data (``InspectionReport``): the sweep assembles it, so this
module knows nothing of crawling. It holds no value the review found, only types and counts;
it is handed out, so it is written readable by all.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.atomic import write_bytes

PUBLIC_MODE = 0o644
URGENCY_FILLS = {1: "F8D7DA", 2: "FCE8CC", 3: "FFF6CC"}


@dataclass(slots=True)
class InspectionReport:
    title: str
    lang: str
    note: str
    headers: list[str]
    rows: list[list[str]]  # one per item with findings, most urgent first
    urgencies: list[int]  # the urgency of each row (1 … 3)
    unchecked_headers: list[str]
    unchecked_rows: list[list[str]]
    summary: list[tuple[str, str]]
    by_category: list[tuple[str, int]]
    by_month: list[tuple[str, int]]
    labels: dict[str, str] = field(default_factory=dict)  # sheet and chart titles


def _sheet(ws, headers: list[str], rows: list[list[str]], fills: list[str | None]) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    ws.append(headers)
    for row in rows:
        ws.append(row)
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = border
    for index, fill in enumerate(fills, start=2):
        for cell in ws[index]:
            cell.border = border
            cell.alignment = Alignment(vertical="top", wrap_text=True)
            if fill:
                cell.fill = PatternFill("solid", fgColor=fill)
    for number, _ in enumerate(headers, start=1):
        letter = get_column_letter(number)
        longest = max((len(str(c.value or "")) for c in ws[letter]), default=4)
        ws.column_dimensions[letter].width = min(max(8, longest * 1.6 + 2), 60)
    ws.freeze_panes = "A2"
    last = get_column_letter(len(headers))
    ws.auto_filter.ref = f"A1:{last}{max(len(rows) + 1, 2)}"


def write_xlsx(path: Path, report: InspectionReport) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    found = workbook.active
    found.title = report.labels.get("sheet_found", "Findings")[:31]
    _sheet(found, report.headers, report.rows, [URGENCY_FILLS.get(u) for u in report.urgencies])
    unchecked = workbook.create_sheet(report.labels.get("sheet_unchecked", "Not reviewed")[:31])
    _sheet(
        unchecked,
        report.unchecked_headers,
        report.unchecked_rows,
        [None] * len(report.unchecked_rows),
    )
    summary = workbook.create_sheet(report.labels.get("sheet_summary", "Summary")[:31])
    summary.append([report.title])
    for label, value in report.summary:
        summary.append([label, value])
    summary.append([])
    summary.append([report.labels.get("chart_by_category", "")])
    for label, count in report.by_category:
        summary.append([label, count])
    summary.append([])
    summary.append([report.labels.get("chart_by_month", "")])
    for label, count in report.by_month:
        summary.append([label, count])
    summary.append([])
    summary.append([report.note])
    summary.column_dimensions["A"].width = 36
    summary.column_dimensions["B"].width = 60
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_bytes(path, buffer.getvalue(), mode=PUBLIC_MODE)
