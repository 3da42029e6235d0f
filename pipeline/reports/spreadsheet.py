"""Writing a report table: CSV in UTF-8 with a BOM, so that Excel opens it in Chinese, or
XLSX with bold headers, borders and wrapped cells; readable by all (it is handed out)."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from pipeline.atomic import write_bytes

PUBLIC_MODE = 0o644


def write_table(
    path: Path, fmt: str, headers: list[str], rows: list[list[Any]], *, sheet: str
) -> None:
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, dialect="excel")
        writer.writerow(headers)
        writer.writerows(rows)
        write_bytes(path, buffer.getvalue().encode("utf-8-sig"), mode=PUBLIC_MODE)
        return
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    workbook = Workbook()
    ws = workbook.active
    ws.title = sheet
    ws.append(headers)
    for row in rows:
        ws.append(row)
    thin = Side(style="thin")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for column in ws.columns:
        letter = column[0].column_letter
        longest = max(len(str(c.value or "")) for c in column)
        ws.column_dimensions[letter].width = min(max(8, longest * 2 + 2), 48)
        for cell in column:
            cell.border = border
            if cell.row > 1:
                cell.alignment = Alignment(vertical="top", wrap_text=True)
    ws.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    write_bytes(path, buffer.getvalue(), mode=PUBLIC_MODE)
