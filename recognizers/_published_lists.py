"""Lists of persons a rule publishes: the names a 低保 公示 must show are public, not private.

《最低生活保障审核确认办法》(民发〔2021〕57号) has the township put up, in the applicant's
village (社区), a 公示 of the applicant's name, the household's size and the amount of aid
(申请人姓名、家庭成员数量、保障金额), and forbids anything else in it (不得公开无关信息). So in
a table of a document whose title calls it a 低保 (最低生活保障) 公示 and which holds the fields
the rule names — a column of names and a column of the household's size or of the amount —
the applicant's name is published (``PUBLISHED_NAME``, kept); every other cell of the row keeps
its own rule: the ID number, the account, the phone and the address are the 无关信息 the rule
keeps out, and a family member's name (家庭成员, 配偶, 子女) is none of the applicant's.

The title is read outside the tables (``pipeline.tables.title_outside``, also when it wraps
onto a second line), so a 低保户 in a
category column of a 临时救助 list does not make the list a 低保 公示; a 临时救助 or 特困 list
has no such rule and its names stay private.
"""

from __future__ import annotations

import re

from pipeline.tables import TableIndex, squeeze, title_outside
from recognizers._columns import is_form

_LOW_INCOME_NOTICE = re.compile(r"(?:最低生活保障|低保)[^\n]*?(?:公示|公布|张榜|公开)|"
                                r"(?:公示|公布)[^\n]*?(?:最低生活保障|低保)")
# The fields the rule publishes beside the name: the household's size, the amount of aid.
_PUBLISHED_FIELD = re.compile(r"(?:人数|人口|成员数|户数)$|金额|保障金|保障标准|补差")
# A name column that is not the applicant's: a member of the household, a guardian, an agent.
_NOT_APPLICANT = re.compile(r"成员|配偶|子女|父|母|妻|夫|儿|女|孙|家属|监护|代理|代领|经办|联系人")


def published_name_column(index: TableIndex, number: int, label: str) -> bool:
    """Whether the names in column ``label`` of table ``number`` are the applicants of a 低保
    公示, published by rule."""
    if _NOT_APPLICANT.search(squeeze(label)):
        return False
    key = ("low_income_notice", number)
    if key not in index.memo:
        title = title_outside(index)
        table = index.tables[number]
        headers = index.view(number, table.cells[0]).headers if table.cells else ()
        index.memo[key] = (
            bool(_LOW_INCOME_NOTICE.search(title))
            and not is_form(index, number)
            and any(_PUBLISHED_FIELD.search(re.sub(r"[(（][^)）]*[)）]", "", h)) for h in headers)
        )
    return bool(index.memo[key])
