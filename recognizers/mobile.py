"""Mainland mobile phone number (移动电话号码), 11 digits under the national numbering plan.

The number starts with 1 and a second digit of 3–9; it may be written with a country code
(+86, 0086, 86-, (+86)) and with spaces or dashes in 3-4-4 groups. A number in the allocated
segments (13x, 145–149, 15x but 154, 162/165–167, 170–178, 18x, 19x but 194) is taken on its
shape. One in a segment not allocated today (140–144, 154, 160/161/163/164/168/169, 179, 194)
is taken only where a label says it is a phone: its table column (联系电话, 手机号码) or a phone
word just before it (手机, 电话, 联系方式). Segments are allocated year by year and a list a
resident fills in is no less private for carrying a new one, but an 11-digit number in such a
segment with no label is more likely another number. Digits glued to a longer number or to a
longer group of digits, and an amount followed by 元, are not phones.

A mobile is a person's (``CN_MOBILE``, redacted) unless the clause labels it as a body's own
line: a supervision, complaint, consultation or duty number (监督电话, 举报电话, 咨询电话, 值班电话,
服务热线), or a procurement notice's buyer, agent or project contact, nearest before it, decided by the shared holder rules (``recognizers._holder``). Only
such a label counts (or the 联系方式 of an organisation's record on the same line: 名称：…公司
统一社会信用代码…联系方式：…): a body's name before a mobile (…局工作人员…手机) is no proof, a staff
member's own phone stays private.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from recognizers._base import RefiningPatternRecognizer, clause_before, words_in
from recognizers._columns import PHONE, kind_of
from recognizers._holder import holder_at

_ALLOCATED = re.compile(r"1(?:3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\d|9[0-35-9])")
_SEP = r"[ \-]?"
# The words that label a number as a phone, nearest before it (for a segment not allocated).
_PHONE_LABELS = ("手机", "电话", "联系方式", "移动电话", "tel", "Tel", "TEL")


# The labels that make a mobile a body's published line.
_BODY_LINES = ("监督电话", "举报电话", "投诉电话", "咨询电话", "值班电话", "服务热线", "热线电话",
               "监督举报电话", "受理电话", "办公电话",
               # A procurement notice publishes its buyer's and agent's contacts (政府采购信息
               # 发布管理办法): 采购人…联系方式, 项目联系人…电话.
               "项目联系人", "采购联系人", "项目联系方式", "采购人", "代理机构")


class MobileRecognizer(RefiningPatternRecognizer):
    ENTITY = "CN_MOBILE"
    ALSO = ("CN_MOBILE_PUBLIC",)
    PATTERNS = (
        (
            "mobile",
            rf"(?<![\d.])(?:(?:\+|00)?86{_SEP}|\(\+?86\){_SEP})?"
            rf"1[3-9]\d{_SEP}\d{{4}}{_SEP}\d{{4}}"
            r"(?![\d.]|\s*(?:元|万元|亿元|块|美元|人民币))",
            0.6,
        ),
    )
    CONTEXT = ("手机", "电话", "联系方式", "移动电话", "tel", "联系人", "号码", "微信")
    NEAREST_NEGATIVE = (
        "金额", "编号", "流水号", "订单号", "单号", "合同号", "发票", "批次", "条码", "账号",
        "卡号", "代码", "序列号",
    )

    def validate_result(self, pattern_text: str) -> bool | None:
        digits = re.sub(r"\D", "", pattern_text)
        if digits.startswith("0086"):
            digits = digits[4:]
        elif digits.startswith("86") and len(digits) == 13:
            digits = digits[2:]
        if len(digits) != 11:
            return False
        # An allocated segment is likely but not proof: leave the score to context; an
        # unallocated one is decided in ``refine`` by its label.
        return None

    def refine(self, text: str, found: RecognizerResult) -> RecognizerResult | None:
        if not _ALLOCATED.match(_national(text[found.start : found.end])):
            column = (found.recognition_metadata or {}).get("column")
            labelled = (column and kind_of(column) == PHONE) or words_in(
                clause_before(text, found.start, 12), _PHONE_LABELS
            )
            if not labelled:
                return None
            found.recognition_metadata["unallocated_segment"] = True
        holder = holder_at(text, found.start, limit=30)
        if (holder.who == "public" and holder.cue in _BODY_LINES) or _organisation_record(
            text, found.start
        ):
            found.entity_type = "CN_MOBILE_PUBLIC"
        found.recognition_metadata["holder"] = holder.who or "unknown"
        return found


def _national(value: str) -> str:
    """The 11 national digits of a matched number (country code removed)."""
    digits = re.sub(r"\D", "", value)
    return digits[-11:]


def _organisation_record(text: str, start: int) -> bool:
    """The number is the 联系方式 of an organisation's record on the same line (名称：…公司
    统一社会信用代码…地址…联系方式：…), a firm's or a body's published contact."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return bool(
        re.search(r"(?:联系方式|联系电话|电话)\s*[:：]?\s*$", line)
        and re.search(r"统一社会信用代码|(?:名称|单位)\s*[:：][^\n]{0,30}?(?:公司|局|中心|机构|所|院|站)", line)
        and not re.search(r"法定代表人|负责人|委托代理人|联系人|姓名", line)
    )
