"""Which rows of a table are its header: shared by every reader of tables (DOCX structure,
TXT, PDF and spreadsheet layouts), which guess it from the cells' content when the format does
not say (a DOCX row marked ``w:tblHeader`` does)."""

from __future__ import annotations

import re
from collections.abc import Sequence

MAX_HEADER_ROWS = 3
# A header cell is a short label: no long run of digits (a value), no sentence end.
_LABEL_MAX = 24
_VALUE_DIGITS = re.compile(r"\d{5,}|\d[\d\s\-]{6,}\d")
_SPACE = re.compile(r"\s+")


def squeeze(text: str) -> str:
    """A label without its whitespace (``姓  名`` is 姓名: offices pad labels to a width)."""
    return _SPACE.sub("", text)


def label_like(text: str) -> bool:
    """Whether a cell's text could be a column label."""
    label = squeeze(text)
    return (
        0 < len(label) <= _LABEL_MAX
        and not _VALUE_DIGITS.search(label)
        and not label.endswith(("。", "；", ";"))
        and not re.search(r"[:：].", label)  # 联系人：张三 is a label with its value
        and sum(c.isdigit() for c in label) <= 4
    )


def guess_header_rows(
    rows: Sequence[Sequence[str]], merged: Sequence[bool] = (), titles: Sequence[bool] = ()
) -> int:
    """How many of the first ``rows`` (each a row's cell texts) are header rows.

    Title rows (``titles[i]``: one cell across the table, as a caption is often typed into
    the table itself) count with the header. The first row whose every cell is a label is the
    header row; the rows right under it are header rows too while they are all labels and the
    row above held a merged cell (``merged[i]``: a cell spanning several columns or rows), as
    in a two-level header. A table whose first rows hold values has no header row (0)."""
    count = 0
    while count < min(len(rows), MAX_HEADER_ROWS) and count < len(titles) and titles[count]:
        count += 1
    header = count
    while header < min(len(rows) - 1, MAX_HEADER_ROWS + count):
        filled = [c for c in rows[header] if squeeze(c)]
        if not filled or not all(label_like(c) for c in filled):
            break
        header += 1
        if header - 1 >= len(merged) or not merged[header - 1]:
            break
    return header if header > count else 0
