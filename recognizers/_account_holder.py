"""Whose account is it: a body's (public) or a person's.

Bodies publish the accounts fees and fines are paid into (非税收入专户, 国库, a 收款单位's
account): those are public and stay. A person's account (a subsidy paid into 一卡通, a
refund to 申请人) is private. The account's holder decides, read from the clause the number
sits in, not from a list of accounts:

- a holder label (户名, 账户名称, 开户名称, 收款单位, 收款人, 单位名称) and the name after it;
- otherwise the object of a payment verb (缴入, 存入, 汇入, 转入, 打入, 缴至…) before the number;
- otherwise the words right before the account label (…财政局非税收入专户，账号：…);
- in a table, the row's holder cell (a cell labelled as above) or a person column's name.

A holder is a body when its name ends with a body's head noun (局, 委员会, 政府, 中心, 专户,
国库, 财政, 公司…); a person word in it (本人, 申请人, 个人, 您, 你, 其, 户主, 学生…) makes it a
person's. Anything else is left to the caller (a person's account by default).
"""

from __future__ import annotations

import re

from pipeline.tables import index_for
from recognizers._columns import PERSON, kind_of, label_of

# The sentence an account sits in: back to the last full stop or blank line.
_WINDOW = 160
_SENTENCE_END = re.compile(r"[。！？!?]|\n\s*\n")
_HOLDER_LABEL = re.compile(
    r"(?:户名|账户名称|帐户名称|账户名|帐户名|开户名称|开户名|开户单位|收款单位|收款人|收款方|"
    r"单位名称|缴款单位)[^\S\n]*[:：]?[^\S\n]*(?P<holder>[^,，;；。\n()（）:：]{2,40})"
)
_PAYMENT = re.compile(
    r"(?:缴入|缴至|缴存至|缴纳至|缴到|存入|存至|汇入|汇至|转入|转至|打入|划入|划至|拨入|支付至|付至|"
    r"交至|交入|上缴)(?P<holder>[^。\n]{2,60}?)(?=[,，;；(（]?\s*(?:开户|账号|帐号|户名|银行|$))"
)
_BEFORE_LABEL = re.compile(r"(?P<holder>[\u4e00-\u9fa5A-Za-z0-9（）()]{2,40})[^\S\n]*[,，]?[^\S\n]*"
                           r"(?:银行)?(?:账号|帐号|账户|帐户)[^\S\n]*[:：]?[^\S\n]*$")
BODY = re.compile(
    r"(?:局|厅|委员会|委|政府|办公室|办公厅|中心|公司|医院|学校|法院|检察院|大队|支队|派出所|"
    r"站|所|处|院|办|馆|会|室|部|队|专户|财政|国库|金库|支库|非税收入|管理处|基金|账户|帐户)"
    r"(?:[(（][^)）]{0,12}[)）])?$"
)
_PERSON = re.compile(r"本人|个人|申请人|您|你|其|户主|学生|家属|监护人|持卡人|村民|居民|农户|"
                     r"被征收人|受助人|补助对象|救助对象|他|她")


def _holder_kind(holder: str) -> str | None:
    holder = holder.strip()
    if _PERSON.search(holder):
        return "person"
    if BODY.search(holder):
        return "body"
    return None


def holder_of(text: str, start: int) -> str | None:
    """``body`` or ``person`` for the account number at ``start``, or None if the clause
    does not say."""
    index = index_for(text)
    view = index.cell_at(start)
    begin = max(0, start - _WINDOW)
    if view is not None:
        # In a table the row names the holder; the clause is only the cell's own text.
        kind = _row_holder(index, view)
        if kind:
            return kind
        begin = max(begin, view.start)
    window = text[begin:start]
    ends = list(_SENTENCE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    for pattern in (_HOLDER_LABEL, _PAYMENT):
        found = list(pattern.finditer(window))
        if found:
            return _holder_kind(found[-1]["holder"])
    # The words before the account label, on the same line.
    label = _BEFORE_LABEL.search(window[window.rfind("\n") + 1 :])
    return _holder_kind(label["holder"]) if label else None


def _row_holder(index, view) -> str | None:  # type: ignore[no-untyped-def]
    for cell in index.row_of(view):
        if cell == view.cell:
            continue
        other = index.view(view.number, cell)
        label = label_of(index, other)
        value = index.text[cell.start : cell.end]
        if not label or not value.strip():
            continue
        if _HOLDER_LABEL.match(label + "：" + value):
            kind = _holder_kind(value)
            if kind:
                return kind
        if kind_of(label) == PERSON:
            return "person"
    return None
