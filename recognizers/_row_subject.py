"""Whom a row of a list is about: a private person, read from the row's own cells.

A ledger or a list (台账, 名单, 花名册, 明细表) gives one row per subject, and every contact
detail in the row is that subject's: a 医疗救助台账's 联系电话 column holds the aided persons'
own numbers, fixed lines included, while the office that keeps the ledger puts its own contact
in the header or footer lines (经办人：… 联系电话：…), outside the rows. So the row decides, not
the shape of the number (a landline is not an office line for being a landline):

- the row is a private person's when one of its other cells holds a name under a person column
  (``recognizers._columns.kind_of``: 姓名, 户主, 救助对象, 患者) that is no body's officer (联系人,
  经办人, 负责人, 法定代表人: ``public_role`` and the contact roles below), or a valid resident ID
  number under an ID column;
- a row that names a body (单位名称, 企业名称, 机构) is the body's, whatever person column it has
  (its 联系人 is the body's contact officer); a person's school or employer (就读学校, 工作单位)
  is no such column;
- a list of persons in their public capacity (``officials_table``: 职务, 拟任, posts in its cells)
  and a form (登记表: the label is the cell to the left, the form as a whole has a subject the
  row does not show) are not decided here.

Not a recognizer module: the registry skips modules whose name starts with ``_``.
"""

from __future__ import annotations

import re

from pipeline.tables import CellView, TableIndex, squeeze
from recognizers._columns import (
    ID,
    PERSON,
    cell_names,
    is_form,
    label_of,
    officials_table,
    public_role,
)
from recognizers._columns import kind_of as column_kind_of
from recognizers.resident_id import id18_ok

# A body's officer named in a list of bodies: its contact, not the row's subject.
_CONTACT_ROLE = re.compile(r"(?:联系|经办|对接|填报|填表|报送|值班|管理)人$|联络员$|专管员$")
# A column naming a body: the row is the body's. Not a person's school or employer
# (就读学校, 工作单位, 所在单位): those tell of the row's person.
_BODY_COLUMN = re.compile(
    r"(?:单位|企业|机构|机关|公司|部门|学校|医院|组织|商户|门店|站点|网点)(?:名称|全称)?$|名称$"
)
_OF_PERSON = re.compile(r"就读|所在|工作|毕业|所属|就业|务工|就诊|就医|住院|推荐|原|现")
_ID18 = re.compile(r"\d{17}[\dXx]")
# A name masked before the list was made (王某, 李*华): still a private person's row.
_MASKED_NAME = re.compile(r"[\u4e00-\u9fff][某*＊×○]{1,2}[\u4e00-\u9fff]?")


def private_row(index: TableIndex, view: CellView) -> bool:
    """Whether the row holding ``view``'s cell is about a private person (see the module)."""
    number = view.number
    if is_form(index, number) or officials_table(index, number):
        return False
    key = ("private_row", number, view.cell.row)
    if key not in index.memo:
        index.memo[key] = _private(index, view)
    return bool(index.memo[key])


def _private(index: TableIndex, view: CellView) -> bool:
    text = index.text
    person = False
    for cell in index.row_of(view):
        if cell == view.cell or cell.end <= cell.start:
            continue
        label = squeeze(label_of(index, index.view(view.number, cell)))
        if not label:
            continue
        if (_BODY_COLUMN.search(label) and not _OF_PERSON.search(label)
                and column_kind_of(label) != PERSON):
            return False
        kind = column_kind_of(label)
        if kind == PERSON and not (public_role(label) or _CONTACT_ROLE.search(label)):
            value = squeeze(text[cell.start : cell.end])
            person = person or bool(_MASKED_NAME.fullmatch(value)) or any(
                cell_names(text, cell.start, cell.end))
        elif kind == ID:
            value = re.sub(r"\s", "", text[cell.start : cell.end])
            person = person or bool(_ID18.fullmatch(value) and id18_ok(value))
    return person
