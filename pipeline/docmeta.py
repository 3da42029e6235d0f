"""Facts about a document read from its GB/T 9704 layout: title, 发文字号, issuers, 成文日期,
and the 索引号 a disclosure platform prints above a document (in its header zone or the
information table: 索引号 / 发布机构 / 公开方式 …).

Ingest calls this on the flat text; the record reports the facts, and decide uses the
成文日期 as the date a classification period runs from.
"""

from __future__ import annotations

import datetime
import re

from pipeline.model import DocumentMeta

DOC_NUMBER = re.compile(
    r"[\u4e00-\u9fa5]{1,15}?\s*[〔\[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*第?\s*\d{1,5}\s*号"
)
_ARABIC_DATE = re.compile(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")}
# 〇 is often typed as ○ (a circle), the letter O or the digit 0.
for _zero in "零○OoＯ0０":
    _CN_DIGITS[_zero] = 0
_CN_DATE = re.compile(
    r"([〇○零OoＯ0０一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月"
    r"\s*([一二三四五六七八九十]{1,3})\s*日"
)
_ISSUER_SUFFIX = re.compile(
    r"^\s*([\u4e00-\u9fa5]{2,30}?(?:人民政府|办公室|办公厅|委员会|局|厅|部|委|院|中心|政府))\s*(?:文件)?\s*$"
)
_TITLE = re.compile(
    r"^\s*(.{0,60}?(?:关于|决定|通知|公告|通告|答复|意见|办法|规定|名单|公示).{0,60})\s*$"
)


def _cn_number(text: str) -> int:
    """一 .. 三十一 as written in dates."""
    if "十" not in text:
        return _CN_DIGITS[text]
    tens, _, units = text.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[units] if units else 0)


def parse_dates(text: str) -> list[tuple[int, datetime.date]]:
    """Every well-formed date in ``text`` (Arabic or Chinese numerals) with its offset."""
    found = []
    for m in _ARABIC_DATE.finditer(text):
        try:
            found.append((m.start(), datetime.date(int(m[1]), int(m[2]), int(m[3]))))
        except ValueError:
            continue
    for m in _CN_DATE.finditer(text):
        try:
            year = int("".join(str(_CN_DIGITS[c]) for c in m[1]))
            found.append((m.start(), datetime.date(year, _cn_number(m[2]), _cn_number(m[3]))))
        except (KeyError, ValueError):
            continue
    return sorted(found)


# The issuer's signature just above the 成文日期; a joint document has several on one line.
_SIGNATURE = re.compile(
    r"^\s*(?:[\u4e00-\u9fa5（）()]{2,30}?(?:人民政府|办公室|办公厅|委员会|局|厅|部|委|院|中心|政府|"
    r"办事处|公司|镇|乡)\s*)+$"
)


def _standalone_date(line: str) -> datetime.date | None:
    stripped = line.strip()
    if not stripped or "印发" in stripped or len(stripped) > 16:
        return None
    dates = parse_dates(stripped)
    return dates[-1][1] if dates else None


def _issue_date(lines: list[str]) -> datetime.date | None:
    """The 成文日期: a date standing alone under the issuer's signature (the first such, so an
    attachment's own date does not count); else the last date standing alone; else the
    印发 date."""
    previous = ""
    for line in lines:
        if not line.strip():
            continue
        day = _standalone_date(line)
        if day and _SIGNATURE.match(previous):
            return day
        previous = line
    for line in reversed(lines):
        day = _standalone_date(line)
        if day:
            return day
    for line in reversed(lines):
        dates = parse_dates(line)
        if dates and "印发" in line:
            return dates[-1][1]
    return None


# The 发文字号 on a line of its own in the header zone (版头), with the signer of an upward
# document beside it (签发人：…), as GB/T 9704 §7.2.4 lays it out.
_NUMBER_LINE = re.compile(rf"^\s*(?P<number>{DOC_NUMBER.pattern})\s*(?:签\s*发\s*人\s*[:：].*)?$")


def _own_number(lines: list[str], title_at: int | None) -> str | None:
    """The document's own 发文字号: a line of the header zone that is the number (before the
    title), never a number cited in a sentence (根据《…》（国办发〔2019〕5号）)."""
    for line in lines[: title_at if title_at is not None else 15]:
        m = _NUMBER_LINE.match(line)
        if m:
            return re.sub(r"\s", "", m.group("number"))
    return None


# 索引号 as disclosure platforms print it: the body's code, ``/``, year and sequence
# (11140900013007252F/2018-00123, 000014349/2019-00123), or a platform's own scheme
# (XM00100-0202-2020-00012). Letters, digits and the separators only; at least one digit.
_INDEX_VALUE = re.compile(r"[0-9A-Za-z][0-9A-Za-z/\-_.]{4,63}")
_INDEX_LABEL = re.compile(r"^\s*索\s*引\s*号\s*[:：]?\s*(?P<rest>.*)$")
# The other labels of a platform's information table: a 索引号 beside them is the document's,
# wherever the table sits.
_INFO_LABELS = re.compile(
    r"发布机构|公开方式|公开范围|主题分类|发文日期|成文日期|发布日期|生成日期|信息来源|有效性|文\s*号"
)


def _index_value(rest: str) -> str | None:
    m = _INDEX_VALUE.match(rest.strip())
    if not m or not any(c.isdigit() for c in m.group()):
        return None
    # The value ends where the next label starts (索引号：…　发布机构：…, one line).
    return m.group().rstrip("/-_.")


def _index_number(lines: list[str], title_at: int | None) -> str | None:
    """The document's own 索引号: a line that starts with the label, in the header zone (before
    the title) or next to another label of the information table, with the value after it or
    in the next cell (a table's cells are lines of the flat text). Never a number cited in a
    sentence (…索引号为…的信息)."""
    header = title_at if title_at is not None else 20
    for index, line in enumerate(lines):
        m = _INDEX_LABEL.match(line)
        if not m:
            continue
        nearby = "\n".join(lines[max(index - 3, 0) : index + 4])
        if index >= header and not _INFO_LABELS.search(nearby):
            continue
        rest = m.group("rest")
        if rest.strip():
            value = _index_value(rest)
        else:
            following = next((x for x in lines[index + 1 : index + 3] if x.strip()), "")
            # The next cell, when it holds the value alone.
            value = _index_value(following) if len(following.split()) == 1 else None
        if value:
            return value
    return None


def extract_meta(text: str) -> DocumentMeta:
    lines = text.splitlines()
    issued = _issue_date(lines)
    title = None
    title_at = None
    for index, line in enumerate(lines[:20]):
        m = _TITLE.match(line)
        if m and not DOC_NUMBER.search(line):
            title = m.group(1).strip()
            title_at = index
            break
    issuers: list[str] = []
    for line in lines:
        m = _ISSUER_SUFFIX.match(line)
        if m and m.group(1) not in issuers:
            issuers.append(m.group(1))
    return DocumentMeta(
        title=title,
        doc_number=_own_number(lines, title_at),
        index_number=_index_number(lines, title_at),
        issuers=issuers[:10],
        issued_on=issued.isoformat() if issued else None,
    )
