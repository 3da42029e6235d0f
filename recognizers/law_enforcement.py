"""Cues of law-enforcement case files in progress (行政执法案卷信息, 条例第十六条第二款).

A decision at the end of a case (行政处罚决定书) is published by rule; what may be withheld is the
file of a case still open: statements that a case is being investigated (正在调查, 尚在侦查中,
尚未结案, 调查尚未终结), and case-file documents by title in the title zone (询问笔录, 调查笔录,
现场检查笔录, 立案审批表, 案件调查终结报告, 案件线索). The result is ``LAW_ENFORCEMENT`` for
review. A rule that names 行政执法案卷 is not a cue, and neither is a rule about cases: a text of
rules (a law's articles, ``recognizers._legal_text``: 羁押期限届满，案件尚未办结，需要…的) or a
condition (尚未结案的案件, …正在被调查的).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from presidio_analyzer import RecognizerResult

from recognizers._base import CustomRecognizer, header_zone_end, line_span, result
from recognizers._legal_text import in_articles

IN_PROGRESS = re.compile(
    r"(?:正在|仍在|尚在|目前正在|现正|正依法)[^。；;\n,，]{0,8}?"
    r"(?:立案)?(?:调查|侦查|侦办|查处|核查)(?!研究|了解|摸底)(?:之中|中|阶段)?"
    r"|尚未(?:结案|办结|调查终结|侦查终结|作出(?:行政)?(?:处罚|处理)决定)"
    r"|(?:调查|侦查)(?:尚未|未)终结"
)
CASE_FILE = re.compile(
    r"^[^\S\n]*[^\n]{0,20}(?:询问笔录|调查笔录|讯问笔录|现场检查笔录|勘验笔录|立案审批表|"
    r"案件调查终结报告|案件线索|案情报告|案件移送函)[^\S\n]*$",
    re.MULTILINE,
)
# A condition: the clause goes on to 的 (尚未结案的案件, 正在被调查的人员).
_CONDITION = re.compile(r"[^，,。；;\n]{0,12}?的")
# A rule lists such information ("正在调查、讨论、处理过程中的…除外"); a file reports a case.
_RULE = re.compile(r"可以不予公开|不予公开|另有规定|除外|条例")


class LawEnforcementRecognizer(CustomRecognizer):
    ENTITIES = ("LAW_ENFORCEMENT",)

    def find(self, text: str) -> Iterable[RecognizerResult]:
        for match in IN_PROGRESS.finditer(text):
            if in_articles(text, match.start()):
                continue  # articles of a law speak of cases in general
            line_start, line_end = line_span(text, match.start())
            clause = text[max(line_start, match.start() - 20) : min(line_end, match.end() + 40)]
            if _RULE.search(clause) or text[match.end() : match.end() + 1] == "、":
                continue
            if _CONDITION.match(text, match.end()):
                continue
            yield result(self, "LAW_ENFORCEMENT", match.start(), match.end(), 0.6, cue="in_progress")
        for match in CASE_FILE.finditer(text, 0, header_zone_end(text)):
            start = match.start() + len(match[0]) - len(match[0].lstrip())
            yield result(self, "LAW_ENFORCEMENT", start, match.end(), 0.6, cue="case_file")
