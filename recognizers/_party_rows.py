"""Whom a row of a list of penalised parties names: a natural person or a 个体工商户's operator,
told by the row's own category cell.

A list of enforcement decisions (行政处罚信息公示, the 双公示 data: 行政相对人名称, 行政相对人类别,
统一社会信用代码, 法定代表人, 证件类型, 证件号码, 处罚决定书文号…) names companies and persons in the
same columns. The party's column holds a company's name in one row and a person's in the next, and
the 法定代表人 column holds a company's legal representative (published with the company) in one
row and a 个体工商户's operator in another. The row's category cell (行政相对人类别: 法人及非法人
组织, 个体工商户, 自然人) says which:

- in a row of a 自然人, the name in the party's column (…相对人名称, 当事人名称, 被处罚人) is a private
  person's, and so is a name under a person column of the row, whatever its role label says;
- in a row of a 个体工商户, the name under the 法定代表人 (经营者, 负责人) column is the operator's,
  a private person's as in a decision (经营者：…), while the shop's name and code are published;
- a company's row is left to the column's own reading (its 法定代表人 is kept).

Not a recognizer module: the registry skips modules whose name starts with ``_``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.tables import CellView, TableIndex, squeeze
from recognizers._columns import PERSON, is_form, value_cells

# The party's column: its name or 名称, the head noun of a decision's party.
_PARTY_COLUMN = re.compile(
    r"(?:相对人|当事人|被处罚人|处罚对象|被处罚单位|违法主体|市场主体|管理相对人)(?:名称|姓名)?$"
)
# The category column and what its cells say.
_CATEGORY_COLUMN = re.compile(r"(?:相对人|当事人|主体|对象)?(?:类别|类型|性质|分类)$")
NATURAL, INDIVIDUAL_BUSINESS = "natural", "individual_business"
_NATURAL = re.compile(r"^(?:自然人|个人|公民)$")
_INDIVIDUAL_BUSINESS = re.compile(r"^个体(?:工商户|户|经营户|经营者|工商业户)?$")


def row_category(index: TableIndex, view: CellView) -> str:
    """What the row holding ``view``'s cell says its party is (``NATURAL``,
    ``INDIVIDUAL_BUSINESS``, or '' when no category cell says either)."""
    key = ("party_category", view.number, view.cell.row)
    if key not in index.memo:
        index.memo[key] = ""
        for cell in index.row_of(view):
            header = index.view(view.number, cell).header
            if not _CATEGORY_COLUMN.search(squeeze(header)):
                continue
            value = squeeze(index.text[cell.start : cell.end])
            if _NATURAL.match(value):
                index.memo[key] = NATURAL
            elif _INDIVIDUAL_BUSINESS.match(value):
                index.memo[key] = INDIVIDUAL_BUSINESS
    return str(index.memo[key])


def private_party_cells(index: TableIndex) -> Iterator[CellView]:
    """The cells of a list of parties that hold a private person's name (see the module)."""
    for view, label, kind in value_cells(index):
        if is_form(index, view.number):
            continue  # a form's rows are its fields, not parties
        category = row_category(index, view)
        if not category:
            continue
        party_column = bool(_PARTY_COLUMN.search(squeeze(label)))
        person = category == NATURAL and (party_column or kind == PERSON)
        operator = category == INDIVIDUAL_BUSINESS and kind == PERSON and not party_column
        if person or operator:
            yield view


__all__ = ["INDIVIDUAL_BUSINESS", "NATURAL", "private_party_cells", "row_category"]
