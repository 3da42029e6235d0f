"""Fixed-line telephone number (固定电话号码) under the national numbering plan.

A trunk prefix 0 and an area code of two or three more digits (010, 02x; 0350 忻州…), then a
local number of seven or eight digits starting with 2–9, written ``0350-3032811``,
``(0350)3032811``, ``0350 3032811`` or run together, perhaps with an extension (转 8001,
分机, -8001). Area code and length are checked with the numbering-plan data of ``phonenumbers``
(Google libphonenumber); a real area code before a local number the plan does not allocate
(0538-49974371, a digit too many, as people write them) counts only after a telephone word.
A local number without area code counts only right after a telephone label or alone in a cell
of a phone column (联系电话). Service numbers (12345, 95xxx, 400/800) are not fixed lines.

Who the number belongs to decides what happens to it: an office number (办公电话, 咨询电话,
监督电话, a body's 联系电话 in a disclosure guide) is published by law (条例第十二条) and is
``CN_LANDLINE_PUBLIC``; a home number (住宅电话, 家庭电话, a party's 联系电话) is
``CN_LANDLINE_PRIVATE``; the holder is decided from the clause before the number by the shared
rules of ``recognizers._holder`` (the nearest label wins; 您 and 申请人 beat a body's name that
precedes them), and a number without one is ``CN_LANDLINE``, left to a reviewer.
"""

from __future__ import annotations

import re

import phonenumbers
from presidio_analyzer import RecognizerResult

from pipeline.tables import index_for
from recognizers._base import RefiningPatternRecognizer, clause_before
from recognizers._columns import PHONE, kind_of, label_of
from recognizers._holder import PUBLIC_LABELS, holder_at
from recognizers._row_subject import private_row

_EXT = r"(?:\s*(?:转|分机|-|ext\.?)\s*\d{1,6})?"
# Not a group of a longer grouped number (a card written 6222 0212 3456 7890 123): no group
# of four digits just before, no short group just after.
_START = r"(?<![\d.])(?<![^\d]\d{4}[ \-])(?<!^\d{4}[ \-])"
_END = r"(?![\d.]|[ \-]\d{1,4}(?!\d)|\s*(?:元|万元|亿元))"

# Besides the shared labels: the officer and the parties of a procurement notice.
# A body's officer handling the matter (经办人, 承办人) gives the office's line.
_PUBLIC = ("联系人", "供应商", "单位", "机关", "经办人", "承办人")


_PHONE_WORD = re.compile(r"电话|座机|固话|号码|联系方式|传真|来电|tel", re.IGNORECASE)


# After the number, in the same clause: the office called it to reach the person addressed.
_CALLED_BACK = re.compile(r"[^\S\n]*[)）]?[^\S\n]*(?:多次|均|仍)?(?:未能|未|无法|没有|不能)?(?:联系|打通|接通|联络)(?:上|到)?"
                          r"(?:你|您|来电人|申请人|信访人|当事人)(?!的)")


def _main_digits(value: str) -> str:
    return re.sub(r"\D", "", re.split(r"转|分机|ext|(?<=\d{7})-", value)[0])


def plan_valid(value: str) -> bool:
    """The number (with its area code) is a fixed line of the numbering plan."""
    digits = _main_digits(value)
    if not digits.startswith("0"):
        return True  # a bare local number: its label decides
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(digits, "CN"))
    except phonenumbers.NumberParseException:
        return False


def area_code_ok(digits: str) -> bool:
    """``digits`` start with a real area code (010, 02x, or four digits) followed by seven or
    eight more digits: a plan-valid local number after the same code is a fixed line."""
    code = digits[:3] if digits[:2] in {"01", "02"} else digits[:4]
    if not 7 <= len(digits) - len(code) <= 8:
        return False
    return any(
        phonenumbers.is_valid_number(phonenumbers.parse(code + local, "CN"))
        for local in ("8123456", "81234567", "6123456", "61234567")
    )


class LandlineRecognizer(RefiningPatternRecognizer):
    ENTITY = "CN_LANDLINE"
    ALSO = ("CN_LANDLINE_PUBLIC", "CN_LANDLINE_PRIVATE")
    PATTERNS = (
        ("landline", rf"{_START}(?:\(0\d{{2,3}}\)|0\d{{2,3}}[ \-]?)\s?[2-9]\d{{2,3}}[ \-]?\d{{4}}{_EXT}{_END}", 0.5),
        ("local", rf"(?<=[:：])\s*[2-9]\d{{6,7}}{_EXT}{_END}", 0.3),
        # A local number alone in a cell of a phone column (``refine`` checks the cell).
        ("cell_local", r"(?<![\d.\-])[2-9]\d{6,7}(?![\d.\-])", 0.3),
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
            # A real area code with a local number of seven or eight digits that the plan
            # does not allocate (0538-49974371: one digit too many, as people write them) is
            # still a telephone number where a label says so (``refine``).
            return None if area_code_ok(digits) else False
        kind = phonenumbers.number_type(number)
        return None if kind == phonenumbers.PhoneNumberType.FIXED_LINE else False

    def refine(self, text: str, found: RecognizerResult) -> RecognizerResult | None:
        value = text[found.start : found.end]
        pattern = getattr(found.analysis_explanation, "pattern_name", None)
        in_cell = _phone_cell(text, found.start, found.end)
        if pattern == "cell_local" and not in_cell:
            return None  # only a phone column's cell of its own
        before = clause_before(text, found.start, 40)
        if not plan_valid(value) and not _PHONE_WORD.search(before[-20:]) and not in_cell:
            return None  # off the numbering plan: only after a telephone word or in its column
        # A bare local number needs a telephone label right before it, or a phone column's
        # cell of its own.
        if not value.lstrip().startswith(("0", "(")) and not re.search(
            r"(?:电话|座机|固话|传真)\s*[:：]?\s*$", before
        ) and not in_cell:
            return None
        holder = holder_at(text, found.start, public=_PUBLIC, limit=40)
        if _in_private_row(text, found.start):
            # A row of a ledger of persons: the number is the row's person's.
            found.entity_type = "CN_LANDLINE_PRIVATE"
            found.score = max(found.score, 0.85)
            found.recognition_metadata["holder"] = "private_row"
            return found
        if _CALLED_BACK.match(text, found.end):
            # …本机关工作人员拨打0816-7862216未能联系到你: the number the office dialled to
            # reach the person, theirs whoever dialled it.
            found.entity_type = "CN_LANDLINE_PRIVATE"
            found.score = max(found.score, 0.85)
        elif holder.who == "public":
            found.entity_type = "CN_LANDLINE_PUBLIC"
        elif holder.who == "private":
            found.entity_type = "CN_LANDLINE_PRIVATE"
        found.recognition_metadata["holder"] = holder.who or "unknown"
        return found


# A column label naming a body's line (办公电话, 单位电话, 工作电话): an official's or a unit's,
# even in a row of persons.
_BODY_LINE_COLUMN = re.compile(
    r"办公|单位|工作|值班|咨询|监督|举报|投诉|服务|热线|传真|村委|居委|社区|委员会|政府|街道|乡镇|"
    r"[局站所院校]电话|中心|医院|学校|机构"
)


def _phone_cell(text: str, start: int, end: int) -> bool:
    """The number is the whole of a table cell whose label is a phone's (联系电话)."""
    index = index_for(text)
    view = index.cell_at(start)
    if view is None or text[view.start : view.end].strip() != text[start:end].strip():
        return False
    return kind_of(label_of(index, view)) == PHONE


def _in_private_row(text: str, start: int) -> bool:
    """The number is in a table cell of a private person's row, under no body-line label."""
    index = index_for(text)
    view = index.cell_at(start)
    if view is None or view.cell.row < view.table.header_rows:
        return False
    label = view.header
    if _BODY_LINE_COLUMN.search(label) or any(word in label for word in PUBLIC_LABELS):
        return False
    return private_row(index, view)
