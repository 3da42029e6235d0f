"""Real-estate title certificate number (不动产权证号), and the older house and land certificates.

Standard: 《不动产登记暂行条例实施细则》 and the 不动产登记簿证样式 of the 国土资源部 (2015) number a
《不动产权证书》 as ``省级简称(年份)市县名不动产权第N号`` (晋(2026)太原市不动产权第0012345号, brackets
half- or full-width, N seven digits), a 《不动产登记证明》 as ``…不动产证明第N号``. Before 2015 houses
and land had their own certificates: 房屋所有权证 (``X房权证XX字第N号``, also 房产证) and 国有土地
使用证 (``X国用(2019)第N号``, 集体土地 ``集用``).

- **pattern**: an optional province abbreviation, the year in brackets, up to 12 characters of
  place name, then 不动产权第/不动产证明第 + 4–12 digits + 号; or 房权证/房产证 + up to 8
  characters + 字第 + digits + 号; or 国用/集用 + (year) + 第 + digits + 号;
- **context**: none needed, the shape is the number's own; the holder is decided by the clause
  the number sits in (its line up to the number): a body's name there (公司, 集团, 合作社,
  学校, 医院…; not the registering office) makes it a body's property, which is not a person's privacy and is
  not reported; otherwise it is a private person's, redacted as 个人隐私;
A body's certificate stays what ``recognizers.doc_number`` makes of it, a public reference
number; a person's is taken from it (``person_certificate_in``).

- **validation**: the year is 1949–2099, the number has at least four digits (a law's text
  that describes the format — ``不动产权第×号`` — holds none).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from presidio_analyzer import RecognizerResult

from recognizers._base import CustomRecognizer, result

_OPEN, _CLOSE = r"[(（〔\[]", r"[)）〕\]]"
_YEAR = rf"{_OPEN}\s*((?:19|20)\d\d)\s*{_CLOSE}"
# GB/T 2260's one-character province abbreviations (and the second ones: 黔, 滇, 陇…).
_PROVINCE = "[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川蜀贵黔云滇藏陕秦甘陇青宁新]"
_NUMBER = re.compile(
    rf"(?:{_PROVINCE}\s*)?{_YEAR}\s*[\u4e00-\u9fa5]{{0,12}}?"
    r"不动产(?:权|证明)\s*第\s*\d{4,12}\s*号"
    r"|(?:[^\W\d_的为是号]{1,3})?(?:房权证|房产证)[\u4e00-\u9fa5\d]{0,8}?字\s*第\s*\d{4,12}\s*号"
    rf"|(?:{_PROVINCE}[\u4e00-\u9fa5]?)?(?:国用|集用){_YEAR}\s*第?\s*\d{{4,12}}\s*号"
)
# A body as holder: its name (or kind) in the clause before the number. No 局, 中心 or 政府:
# the registering office (不动产登记中心, 自然资源局) is named beside a person's certificate.
_BODY = re.compile(
    r"公司|集团|合作社|企业|工厂|银行|学校|学院|大学|医院|协会|基金会|事务所|村委会|村民委员会|"
    r"经济合作社|股份经济合作社"
)
# A table cell ends the clause too (a tab or a wide gap between cells): a company named in
# another cell of a person's row (a 工作单位, a 坐落 in a company's estate) is no holder.
_CLAUSE_END = re.compile(r"[。；;！？\n\t\u3000]|[^\S\n]{2,}")
_PERSON = re.compile(r"申请人|户主|权利人\s*[:：]?\s*[\u4e00-\u9fa5]{2,3}[，,（(]|本人|其|之妻|之夫|业主|村民|居民")


def _clause(text: str, start: int) -> str:
    """The clause before the number, from the last full stop, semicolon, line break or cell gap."""
    lo = max(0, start - 80)
    ends = list(_CLAUSE_END.finditer(text, lo, start))
    return text[ends[-1].end() if ends else lo : start]


def held_by_body(clause: str) -> bool:
    """Whether the clause names a body (not a person) as the holder; the nearest word wins."""
    body = [m.end() for m in _BODY.finditer(clause)]
    person = [m.end() for m in _PERSON.finditer(clause)]
    return bool(body) and (not person or body[-1] > person[-1])


def person_certificate_in(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a document-number match) holds a private person's
    certificate number: then it is no public reference number (recognizers.doc_number)."""
    lo = max(0, start - 4)
    for found in _NUMBER.finditer(text, lo, min(len(text), end + 4)):
        if found.start() < end and found.end() > start:
            return not held_by_body(_clause(text, found.start()))
    return False


class PropertyCertificateRecognizer(CustomRecognizer):
    ENTITIES = ("CN_PROPERTY_CERT",)

    def find(self, text: str) -> Iterable[RecognizerResult]:
        for found in _NUMBER.finditer(text):
            if held_by_body(_clause(text, found.start())):
                continue
            yield result(self, "CN_PROPERTY_CERT", *found.span(), 0.85)
