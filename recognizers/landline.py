"""Fixed-line telephone number (固定电话号码) under the national numbering plan.

A trunk prefix 0 and an area code of two or three more digits (010, 02x; 0350 忻州…), then a
local number of seven or eight digits starting with 2–9, written ``0350-3032811``,
``(0350)3032811``, ``0350 3032811`` or run together, perhaps with an extension (转 8001,
分机, -8001). Area code and length are checked with the numbering-plan data of ``phonenumbers``
(Google libphonenumber). A local number without area code counts only right after a telephone
label. Service numbers (12345, 95xxx, 400/800) are not fixed lines.

Who the number belongs to decides what happens to it: an office number (办公电话, 咨询电话,
监督电话, a body's 联系电话 in a disclosure guide) is published by law (条例第十二条) and is
``CN_LANDLINE_PUBLIC``; a home number (住宅电话, 家庭电话, a party's 联系电话) is
``CN_LANDLINE_PRIVATE``; the nearest such label in the clause before the number decides, and
a number without one is ``CN_LANDLINE``, left to a reviewer.
"""

from __future__ import annotations

import re

import phonenumbers
from presidio_analyzer import RecognizerResult

from recognizers._base import RefiningPatternRecognizer, clause_before, last_word_in

_EXT = r"(?:\s*(?:转|分机|-|ext\.?)\s*\d{1,6})?"
# Not a group of a longer grouped number (a card written 6222 0212 3456 7890 123): no group
# of four digits just before, no short group just after.
_START = r"(?<![\d.])(?<![^\d]\d{4}[ \-])(?<!^\d{4}[ \-])"
_END = r"(?![\d.]|[ \-]\d{1,4}(?!\d)|\s*(?:元|万元|亿元))"

_PUBLIC = (
    "办公电话", "咨询电话", "监督电话", "举报电话", "投诉电话", "受理电话", "值班电话", "服务电话",
    "热线", "传真", "总机", "办公室", "联系人", "采购人", "代理机构", "供应商", "单位", "机关",
    "本局", "本机关", "窗口", "大厅", "报名电话", "预约电话", "业务电话", "联系部门", "受理机构",
)
# A body's name just before the number ("…城市管理局，联系电话：").
_ORGANISATION = re.compile(
    r"[\u4e00-\u9fa5]{2,}(?:局|委员会|委|政府|办公室|办公厅|中心|公司|医院|学校|法院|检察院|大队|"
    r"支队|派出所|站|所|厅|处|科|院|办|馆|会)(?=[\s,，:：(（、]|反映|咨询|联系|申请|报送|提出)"
)
_PRIVATE = (
    "住宅电话", "家庭电话", "家庭固话", "宅电", "家中电话", "家里电话", "个人电话", "本人电话",
    "当事人", "申请人", "被申请人", "户主", "举报人", "投诉人", "被举报人", "第三人", "家属",
    "监护人", "住址", "家住", "先生", "女士", "男,", "女,", "男，", "女，",
)


class LandlineRecognizer(RefiningPatternRecognizer):
    ENTITY = "CN_LANDLINE"
    ALSO = ("CN_LANDLINE_PUBLIC", "CN_LANDLINE_PRIVATE")
    PATTERNS = (
        ("landline", rf"{_START}(?:\(0\d{{2,3}}\)|0\d{{2,3}}[ \-]?)\s?[2-9]\d{{2,3}}[ \-]?\d{{4}}{_EXT}{_END}", 0.5),
        ("local", rf"(?<=[:：])\s*[2-9]\d{{6,7}}{_EXT}{_END}", 0.3),
    )
    CONTEXT = ("电话", "座机", "固话", "办公电话", "传真", "总机", "联系方式", "tel", "号码")

    def validate_result(self, pattern_text: str) -> bool | None:
        main = re.split(r"转|分机|ext|(?<=\d{7})-", pattern_text)[0]
        digits = re.sub(r"\D", "", main)
        if not digits.startswith("0"):
            return None if len(digits) in (7, 8) else False
        try:
            number = phonenumbers.parse(digits, "CN")
        except phonenumbers.NumberParseException:
            return False
        # Valid area code and length make it likely, not certain: context still counts.
        if not phonenumbers.is_valid_number(number):
            return False
        kind = phonenumbers.number_type(number)
        return None if kind == phonenumbers.PhoneNumberType.FIXED_LINE else False

    def refine(self, text: str, found: RecognizerResult) -> RecognizerResult | None:
        value = text[found.start : found.end]
        before = clause_before(text, found.start, 40)
        # A bare local number needs a telephone label right before it.
        if not value.lstrip().startswith(("0", "(")) and not re.search(
            r"(?:电话|座机|固话|传真)\s*[:：]?\s*$", before
        ):
            return None
        holder = self._holder(before)
        if holder is None:
            # No label in the clause: the lines before (受理机构：…办公室) may say whose it is.
            # Not across a full stop: an earlier sentence is about something else.
            earlier = text[max(0, found.start - 150) : found.start]
            holder = self._holder(earlier[earlier.rfind("。") + 1 :])
        if holder == "public":
            found.entity_type = "CN_LANDLINE_PUBLIC"
        elif holder == "private":
            found.entity_type = "CN_LANDLINE_PRIVATE"
        found.recognition_metadata["holder"] = holder or "unknown"
        return found

    @staticmethod
    def _holder(before: str) -> str | None:
        holder = last_word_in(before, {"public": _PUBLIC, "private": _PRIVATE})
        organisations = list(_ORGANISATION.finditer(before))
        if organisations and holder != "public":
            private_at = max((before.rfind(w) + len(w) for w in _PRIVATE if w in before), default=-1)
            if organisations[-1].end() > private_at:
                holder = "public"
        return holder
