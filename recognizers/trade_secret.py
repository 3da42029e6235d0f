"""Cues of third-party trade secrets (商业秘密, 条例第十五条, 反不正当竞争法第九条).

Two cues, both for a reviewer (the law lets the third party consent, or the body decide that
the public interest prevails, 条例第三十二条):

- a party's own claim: a sentence in which a supplier, bidder, applicant, company or "the
  third party" 声明/认为/主张 that something 属于商业秘密 — unless the same paragraph says the
  part was withheld (不予提供, 不予公开, 已删除), when the document only reports the claim;
- the protected matter itself: a heading line that introduces 投标报价明细, 成本构成, 成本明细,
  工艺参数, 配方, 客户名单 and the like. The span is the heading; ``section_end`` in the metadata
  is where the section under it ends.

A sentence of a rule that merely names 商业秘密 (不得公开涉及商业秘密的信息) is neither.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from presidio_analyzer import RecognizerResult

from recognizers._base import CustomRecognizer, line_span, result

_PARTY = (
    r"(?:供应商|投标人|中标人|成交人|申请人|第三方|企业|公司|单位|权利人|当事人|其(?!他|中|余|次)|该|"
    r"被征求意见方|参建方|施工方|承包方)"
)
CLAIM = re.compile(
    rf"{_PARTY}[^。；;\n]{{0,30}}(?:声明|认为|主张|提出|申明|表示|请求|要求|称)"
    r"[^。；;\n]{0,30}(?:属于|涉及|系|为|构成|含有|包含)[^。；;\n]{0,10}商业秘密[^。；;\n]*"
)
WITHHELD = re.compile(r"不予提供|不予公开|已删除|已作删除|予以删除|已隐去|已作区分处理|不再提供|未予公开")
_MATTER = (
    r"投标报价明细|报价明细|分项报价|成本构成|成本明细|成本核算|成本测算|工艺参数|工艺流程|"
    r"技术参数明细|配方|客户名单|技术秘密|核心技术|生产工艺|利润构成|财务报表明细"
)
HEADING = re.compile(rf"^[^\S\n]*(?:附[件表]?\s*\d*\s*[:：]?|[一二三四五六七八九十]+[、.]|\d+[、.]|[(（][一二三四五六七八九十\d]+[)）])?[^\n]{{0,20}}?(?:{_MATTER})[^\n。]{{0,30}}$", re.MULTILINE)
_SECTION_BREAK = re.compile(r"^\s*(?:$|[一二三四五六七八九十]+、|附件\s*\d*[:：])", re.MULTILINE)


class TradeSecretRecognizer(CustomRecognizer):
    ENTITIES = ("TRADE_SECRET",)

    def find(self, text: str) -> Iterable[RecognizerResult]:
        for match in CLAIM.finditer(text):
            _, paragraph_end = line_span(text, match.start())
            paragraph_start, _ = line_span(text, match.start())
            if WITHHELD.search(text, paragraph_start, paragraph_end):
                continue
            yield result(self, "TRADE_SECRET", match.start(), match.end(), 0.6, cue="claim")
        for match in HEADING.finditer(text):
            line = match[0].strip()
            if len(line) > 40 or ("商业秘密" in line and CLAIM.search(line)):
                continue
            start = match.start() + len(match[0]) - len(match[0].lstrip())
            after = _SECTION_BREAK.search(text, match.end() + 1)
            section_end = after.start() if after else len(text)
            yield result(self, "TRADE_SECRET", start, match.end(), 0.6, cue="content",
                         section_end=min(section_end, match.end() + 3000))
