"""Reference numbers of documents, cases, properties and projects, which are public and full of
digits that look like other identifiers.

- 发文字号 (GB/T 9704-2012 §7.2.4): the issuer's code, the year in 六角括号 and a sequence number
  with 号, e.g. ``忻府政秘函〔2018〕66号``; also seen with ``[2018]``, ``(2018)`` and 第N号.
- 案号 of courts and review bodies: ``(2018)晋09民初123号``.
- 不动产权证号: ``晋(2018)忻州市不动产权第0001234号``, a body's (a company's land); a private
  person's is ``recognizers.property_certificate``'s.
- 索引号 of a disclosure catalogue: the body's credit code, ``/``, year and sequence.
- 投资项目统一代码: ``2018-140902-47-01-012345``.
- Numbers labelled as such (项目编号, 采购编号, 合同编号, 注册号, 执法证号…).

Each is reported as ``DOC_NUMBER`` (kept) and wins over any match inside it, so that a credit
code in an 索引号 or six digits of a project code are not reported again. A labelled number is
no shield when it is a person's: a valid ID number under 受理编号 or 证书编号 (a body that files
by the applicant's ID, a certificate that embeds it) is the ID, and a certificate number whose
label names a person's qualification (执业医师资格证书编号) is ``recognizers.certificate``'s, and
a 档案编号 of a driving licence (驾驶证档案编号) ``recognizers.driving_licence_file``'s.
"""

from __future__ import annotations

import re

from presidio_analyzer import RecognizerResult

from recognizers._base import RefiningPatternRecognizer, clause_before
from recognizers._columns import personal_certificate
from recognizers.driving_licence_file import licence_file_at
from recognizers.property_certificate import person_certificate_in
from recognizers.resident_id import id18_ok

_OPEN = r"[〔\[［(（【]"
_CLOSE = r"[〕\]］)）】]"
_YEAR = rf"{_OPEN}\s*(?:19|20)\d{{2}}\s*{_CLOSE}"
_LABELS = (
    "索引号", "项目编号", "采购编号", "招标编号", "项目代码", "合同编号", "文件编号", "受理编号",
    "许可证编号", "许可证号", "证书编号", "登记编号", "备案号", "备案编号", "执法证号", "执法证件号",
    "执法证编号", "批准文号", "注册号", "案件编号", "立案编号", "决定书编号", "档案编号", "统一编号",
)


class DocNumberRecognizer(RefiningPatternRecognizer):
    ENTITY = "DOC_NUMBER"
    PATTERNS = (
        (
            "document_number",
            rf"[\u4e00-\u9fa5A-Za-z]{{1,12}}[^\S\n]*{_YEAR}[^\S\n]*第?[^\S\n]*\d{{1,6}}[^\S\n]*号",
            1.0,
        ),
        (
            "case_number",
            rf"{_YEAR}\s*[\u4e00-\u9fa5]{{1,4}}\s*\d{{0,4}}\s*[\u4e00-\u9fa5]{{1,8}}\s*\d{{1,6}}\s*号"
            r"(?:之[一二三四五六七八九十])?",
            1.0,
        ),
        (
            "property_number",
            rf"[\u4e00-\u9fa5]{{1,2}}\s*{_YEAR}\s*[\u4e00-\u9fa5]{{1,12}}?"
            r"不动产(?:权|证明)\s*第?\s*\d{4,10}\s*号",
            1.0,
        ),
        ("project_code", r"(?<![\d\-])\d{4}-\d{6}-\d{2}-\d{2}-\d{6}(?![\d\-])", 1.0),
        (
            "labelled_number",
            rf"(?:{'|'.join(_LABELS)})\s*[:：]?\s*[0-9A-Za-z〔〕\[\]()（）\-_/.]*\d[0-9A-Za-z〔〕\[\]()（）\-_/.]*",
            1.0,
        ),
    )

    def refine(self, text: str, found: RecognizerResult) -> RecognizerResult | None:
        explanation = found.analysis_explanation
        if getattr(explanation, "pattern_name", None) != "labelled_number":
            if person_certificate_in(text, found.start, found.end):
                return None  # a private person's 不动产权证号 (recognizers.property_certificate)
            return found
        value = text[found.start : found.end]
        label = re.match(rf"(?:{'|'.join(_LABELS)})", value)
        words = clause_before(text, found.start, 16) + (label[0] if label else "")
        if personal_certificate(words):
            return None
        if label and label[0] == "档案编号" and licence_file_at(text, found.start):
            return None  # a driving licence's file number (recognizers.driving_licence_file)
        compact = re.sub(r"[^0-9Xx]", "", value[label.end() if label else 0 :]).upper()
        if any(id18_ok(compact[i : i + 18]) for i in range(max(0, len(compact) - 17))):
            return None  # a person's ID number, whatever the label calls it
        return found
