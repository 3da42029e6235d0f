"""Who an enforcement case's document names for a unit or by law: two readings of the names
``recognizers.person_name`` found, over the whole document.

- A unit's representative signing for it. A company's 法定代表人 and an unincorporated unit's
  负责人 (a clinic, a shop run as a branch) stand for the unit and are published with it; where
  the same person signs the receipt as the party (当事人签收：…, 受送达人：…) the signature is the
  unit's, and the name keeps the representative's reading.
- A 个体工商户's operator. A 个体工商户 is no legal person: the one who runs it is the party
  (民法典第五十四条, 第五十六条), a private person whose name is redacted (经营者：…), while the
  shop's name and its 92… code are published registration data. A decision that labels the
  operator 法定代表人 or 负责人 in a party block naming a 个体工商户 (the word, or a 92 code) means
  the operator, not a company's representative.
- An employee in charge of a part of the party (现场负责人, 仓库负责人, 安全负责人): the 负责人 of
  a site, a function or a shop of the party is its employee, a private person; only the unit's
  own 负责人 (负责人：…, 单位负责人, 主要负责人) stands for it.
- The addressee of a 公告送达 (行政处罚法第六十一条, 行政强制法第三十八条, 民事诉讼法第九十五条): a
  document served by public notice is served only on the person the notice names, so the name in
  its title (关于向…公告送达…的公告), its salutation (…：, also several joined by 、 and each
  with its particulars in brackets), a 受送达人 field or its 向…公告送达 is published by law:
  ``NOTICE_RECIPIENT``, kept like the recipients a 公示 must name. Their ID number and address
  stay withheld, and so does everyone else the notice names (a witness, a passenger).

Not a recognizer module: the registry skips modules whose name starts with ``_``.
"""

from __future__ import annotations

import re

from pipeline.doc_kind import enforcement_case, head
from recognizers._name_words import NAME

# The roles of a unit's representative, and the fields a representative fills for the unit.
REPRESENTATIVES = ("法定代表人", "负责人")
_SIGNS_FOR_UNIT = ("当事人", "受送达人", "签收人")

Found = dict[tuple[int, int], tuple[str, float, str]]


def representatives_sign(text: str, found: Found) -> None:
    """A name found both as a unit's representative and as the party or the receipt's signer
    keeps the representative's reading (in place)."""
    kept = {text[s:e] for (s, e), (entity, _, why) in found.items()
            if entity == "OFFICIAL_NAME" and why in REPRESENTATIVES}
    for (start, end), (entity, score, why) in list(found.items()):
        if entity == "PERSON" and why in _SIGNS_FOR_UNIT and text[start:end] in kept:
            found[(start, end)] = ("OFFICIAL_NAME", score, "representative")


# The title or the opening of a 公告送达 (not a receipt's field 送达方式：公告送达).
# The party block names a 个体工商户: the word, or a code of the 个体工商户 kind (GB 32100: 9 for
# 工商, 2 for 个体工商户).
_INDIVIDUAL_BUSINESS = re.compile(r"个体工商户|个体户|个体经营户|(?<![0-9A-Z])92\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])")


def runs_individual_business(text: str, start: int) -> bool:
    """The 法定代表人 or 负责人 named at ``start`` stands in an enforcement case's party block
    naming a 个体工商户 (its lines before, back to the last full stop): the operator."""
    if not enforcement_case(text):
        return False
    before = text[max(0, start - 160) : start]
    before = before[before.rfind("。") + 1 :]
    return bool(_INDIVIDUAL_BUSINESS.search(before))


# The parts and functions of a firm a 负责人 may be in charge of (not the unit: 单位, 主要, 企业).
_FIRM_PART = re.compile(
    r"(?:现场|仓库|库房|车间|工地|门店|店面|分店|生产|安全|技术|质量|质检|销售|财务|施工|厨房|班组|项目部)$"
)


def in_charge_of_a_part(text: str, role_start: int) -> bool:
    """The 负责人 whose role word starts at ``role_start`` is in charge of a part of the party in
    an enforcement case (现场负责人：…): an employee."""
    return bool(_FIRM_PART.search(text, max(0, role_start - 3), role_start)) and enforcement_case(text)


_SERVICE_BY_NOTICE = re.compile(r"^[^:：\n]*(?:公告送达|送达公告)[^:：\n]*$", re.MULTILINE)
_PARTICULARS = r"(?:[^\S\n]*[(（][^()（）\n]{0,40}[)）])?"
# The salutation: one or more names, each with its particulars, joined by 、, then a colon.
_SALUTATION = re.compile(
    rf"^[^\S\n]*(?P<names>{NAME}{_PARTICULARS}(?:[^\S\n]*、[^\S\n]*{NAME}{_PARTICULARS})*)"
    r"[^\S\n]*[:：][^\S\n]*$",
    re.MULTILINE,
)
# The title's or the text's 向…公告送达 (向翟丽萍等当事人公告送达…, 现向你公告送达 does not name).
_SERVED_TO = re.compile(rf"向(?P<names>{NAME}(?:、{NAME})*)(?=等|公告送达|[(（])")
_ADDRESSEE_FIELD = re.compile(rf"受送达人(?:姓名)?[^\S\n]*[:：][^\S\n]*(?P<names>{NAME}(?:、{NAME})*)")
_NAME_AT = re.compile(NAME)


def addressees(text: str) -> set[str]:
    """The names a 公告送达 serves (empty for any other document)."""
    top = head(text)
    if not _SERVICE_BY_NOTICE.search(top):
        return set()
    # The salutation stands before the notice's first sentence.
    sentence = top.find("。")
    greeting = top if sentence < 0 else top[: top.rfind("\n", 0, sentence) + 1]
    found: set[str] = set()
    blocks = [m["names"] for m in _SALUTATION.finditer(greeting)]
    blocks += [m["names"] for m in _SERVED_TO.finditer(text)]
    blocks += [m["names"] for m in _ADDRESSEE_FIELD.finditer(text)]
    for block in blocks:
        # Names only, not the particulars in brackets.
        bare = re.sub(r"[(（][^()（）\n]*[)）]", "、", block)
        found.update(m[0] for part in bare.split("、") if (m := _NAME_AT.fullmatch(part.strip())))
    return found


def served_by_notice(text: str, found: Found) -> None:
    """In a 公告送达, every reading of an addressee's name becomes ``NOTICE_RECIPIENT``
    (in place): one private reading would redact the name everywhere."""
    names = addressees(text)
    if not names:
        return
    for (start, end), (entity, score, _why) in list(found.items()):
        if entity == "PERSON" and text[start:end] in names:
            found[(start, end)] = ("NOTICE_RECIPIENT", max(score, 0.75), "served_by_notice")
