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
    in a two-level header. A layout without merge marks (TXT, a PDF's text) shows the same
    header by its empty cells: a group label (申请人信息) stands over empty cells that the row
    below fills with its sub-labels (申请人, 性别, 户主证件号), and that row is empty where the
    row above holds a label spanning both (序号). A table whose first rows hold values has no
    header row (0)."""
    count = 0
    while count < min(len(rows), MAX_HEADER_ROWS) and count < len(titles) and titles[count]:
        count += 1
    header = count
    while header < min(len(rows) - 1, MAX_HEADER_ROWS + count):
        filled = [c for c in rows[header] if squeeze(c)]
        if not filled or not all(label_like(c) for c in filled):
            break
        header += 1
        if header - 1 < len(merged):
            if not merged[header - 1]:
                break
        elif header >= len(rows) or not _spans_over(rows[header - 1], rows[header]):
            break
    return header if header > count else 0


def _spans_over(upper: Sequence[str], lower: Sequence[str]) -> bool:
    """Whether ``upper`` reads as the first level of a two-level header over ``lower``: the
    row below fills most of the cells left empty above (the sub-labels under a group label)
    and leaves empty at least one cell filled above (a label spanning both rows)."""
    width = max(len(upper), len(lower))
    above = [bool(squeeze(upper[i])) if i < len(upper) else False for i in range(width)]
    below = [bool(squeeze(lower[i])) if i < len(lower) else False for i in range(width)]
    empty_above = [i for i in range(width) if not above[i]]
    filled_under = sum(1 for i in empty_above if below[i])
    spanning = any(above[i] and not below[i] for i in range(width))
    return bool(empty_above) and filled_under * 2 >= len(empty_above) and spanning
