"""The inspector's report of a self-inspection as one self-contained web page: the summary,
two bar charts drawn as inline SVG (items by category, items by month of publication), the
table of items with findings (the same rows as the workbook) and the table of what was not
reviewed. No script, no external style sheet, font or image: the page can be mailed or
archived as it is. Every text is HTML-escaped.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from pipeline.atomic import write_text
from pipeline.reports.inspection import PUBLIC_MODE, URGENCY_FILLS, InspectionReport

STYLE = """
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;
margin:24px;color:#222;font-size:14px}
h1{font-size:22px;margin:0 0 12px}h2{font-size:17px;margin:24px 0 8px}
table{border-collapse:collapse;width:100%;margin:8px 0}
th,td{border:1px solid #999;padding:4px 6px;vertical-align:top;text-align:left;
word-break:break-all}
th{background:#e9ecef;position:sticky;top:0}
.summary td:first-child{width:16em;font-weight:bold}
.charts{display:flex;flex-wrap:wrap;gap:24px}
.note{color:#555;font-size:12px}
.found td:nth-child(-n+2),.found td:nth-child(5),.found td:nth-child(6){white-space:nowrap}
""" + "".join(f".u{u}{{background:#{fill}}}" for u, fill in URGENCY_FILLS.items())


def bar_chart(title: str, data: list[tuple[str, int]], *, width: int = 460) -> str:
    """A horizontal bar chart as inline SVG (one bar per label, the count at its end)."""
    bar, gap, label_width, top = 20, 8, 170, 30
    height = top + max(len(data), 1) * (bar + gap) + 10
    peak = max((count for _, count in data), default=0) or 1
    room = width - label_width - 50
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">',
        f'<text x="0" y="18" font-size="15" font-weight="bold">{escape(title)}</text>',
    ]
    for index, (label, count) in enumerate(data):
        y = top + index * (bar + gap)
        length = max(round(room * count / peak), 1 if count else 0)
        parts.append(
            f'<text x="{label_width - 6}" y="{y + bar - 6}" font-size="12" '
            f'text-anchor="end">{escape(label)}</text>'
        )
        parts.append(
            f'<rect x="{label_width}" y="{y}" width="{length}" height="{bar}" fill="#4e79a7">'
            f"<title>{escape(label)}: {count}</title></rect>"
        )
        parts.append(
            f'<text x="{label_width + length + 6}" y="{y + bar - 6}" font-size="12">{count}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _table(
    headers: list[str], rows: list[list[str]], classes: list[str] | None = None, css: str = ""
) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = []
    for index, row in enumerate(rows):
        row_class = f' class="{classes[index]}"' if classes else ""
        cells = "".join(f"<td>{escape(str(v))}</td>" for v in row)
        body.append(f"<tr{row_class}>{cells}</tr>")
    table_class = f' class="{css}"' if css else ""
    return (
        f"<table{table_class}><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def render(report: InspectionReport) -> str:
    labels = report.labels
    summary = "".join(
        f"<tr><td>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in report.summary
    )
    found = (
        _table(report.headers, report.rows, [f"u{u}" for u in report.urgencies], "found")
        if report.rows
        else f"<p>{escape(labels.get('nothing_found', ''))}</p>"
    )
    unchecked = (
        _table(report.unchecked_headers, report.unchecked_rows) if report.unchecked_rows else ""
    )
    lang = "zh-CN" if report.lang == "zh" else "en"
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{escape(report.title)}</title><style>{STYLE}</style></head><body>"
        f"<h1>{escape(report.title)}</h1>"
        f'<table class="summary">{summary}</table>'
        f'<div class="charts">'
        f"{bar_chart(labels.get('chart_by_category', ''), report.by_category)}"
        f"{bar_chart(labels.get('chart_by_month', ''), report.by_month)}</div>"
        f"<h2>{escape(labels.get('sheet_found', ''))}（{len(report.rows)}）</h2>{found}"
        f"<h2>{escape(labels.get('sheet_unchecked', ''))}（{len(report.unchecked_rows)}）</h2>"
        f"{unchecked}"
        f'<p class="note">{escape(report.note)}</p>'
        "</body></html>\n"
    )


def write_html(path: Path, report: InspectionReport) -> None:
    write_text(path, render(report), mode=PUBLIC_MODE)
