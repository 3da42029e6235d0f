"""A person's qualification or practice certificate number (执业证书, 职业资格证书, 注册证书…).

Professions regulated by law give each practitioner a certificate with a number of its own:
注册建造师 (the registration number starts with the province's one-character name, then
digits: 晋1142013201512345), 执业医师 and 护士 (执业证书编码, 15 digits), 律师 (执业证号, 17
digits), 教师资格证, 导游证, 特种作业操作证, and 从业资格 and 上岗 certificates of many trades. No
national standard fixes their form beyond this: an optional one- or two-character issuer
prefix, a few letters, and six or more digits (some embed the holder's ID number). The number
points to one natural person, as an ID number does: a procurement notice's 项目负责人 or a
licence holder named with it is identified by it.

So the label decides, not the number: a number right after a certificate label (…证书编号,
…证号, …证编码) whose words name a person's qualification (执业, 职业资格, 从业资格, 资格证,
注册 + a profession, 建造师, 医师, 律师, 教师, 上岗, 操作证…) is reported, and so is every
number in a table column (or form field) so labelled (``recognizers._columns``: kind
``certificate``). Certificates of a body (许可证, 资质证书, 营业执照) and an official's
service certificate (执法证, 检查证, 工作证) are public or the official's, and are not
reported here (the law-enforcement number stays with the document numbers).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from presidio_analyzer import RecognizerResult

from pipeline.tables import index_for
from recognizers._base import CustomRecognizer, clause_before, result
from recognizers._columns import CERTIFICATE, personal_certificate, value_cells

# The number: an issuer prefix of one or two Chinese characters (a province's short name), a
# few letters, then letters and digits with at least six digits in all.
_VALUE = re.compile(
    r"(?<![0-9A-Za-z\-])[\u4e00-\u9fa5]{0,2}[A-Za-z]{0,4}[0-9][0-9A-Za-z\-]{4,29}(?![0-9A-Za-z\-])"
)
_DIGITS = re.compile(r"\d")
# A label: the certificate's words, then 编号/证号/编码, then a colon or 为/是.
_LABEL = re.compile(
    r"(?P<label>[\u4e00-\u9fa5]{0,14}(?:证书|证)(?:编号|号码|编码|号))"
    r"[^\S\n]*(?:[:：]|为|是)?[^\S\n]*"
)


class PersonalCertificateRecognizer(CustomRecognizer):
    ENTITIES = ("CN_PERSONAL_CERTIFICATE",)

    def find(self, text: str) -> Iterable[RecognizerResult]:
        seen: set[tuple[int, int]] = set()
        for label in _LABEL.finditer(text):
            # The qualification may be named just before a bare 证号 (操作证（证号…）).
            words = clause_before(text, label.start(), 12) + label["label"]
            if not personal_certificate(words):
                continue
            value = _VALUE.match(text, label.end())
            if not value or len(_DIGITS.findall(value[0])) < 6:
                continue
            seen.add(value.span())
            yield result(self, "CN_PERSONAL_CERTIFICATE", *value.span(), 0.85,
                         label=label["label"])
        # A column (or form field) of such certificates: every number in its cells.
        for view, column, kind in value_cells(index_for(text)):
            if kind != CERTIFICATE:
                continue
            for value in _VALUE.finditer(text, view.start, view.end):
                if value.span() in seen or len(_DIGITS.findall(value[0])) < 6:
                    continue
                yield result(self, "CN_PERSONAL_CERTIFICATE", *value.span(), 0.85,
                             column=column, column_typed=True)
