"""Cues of process information (过程性信息, 条例第十六条第二款): drafts, discussion records,
consultation letters and requests, which a body may withhold.

- A draft named as such in brackets: ``（征求意见稿）``, ``（讨论稿）``, ``（送审稿）``,
  ``（草案）``, ``（修改稿）``, ``（初稿）``, ``（代拟稿）``.
- In the title zone: a 会议纪要, a 请示 (关于…的请示, …局关于…的请示, …资金的请示) or a 讨论记录.

A draft's label inside a title the body cites (《…暂行规定(草案)》同时废止) says nothing of this
document; in the title zone (关于征求《…（征求意见稿）》意见的函) it does. A rule that names these kinds (讨论记录、过程稿…可以不予公开) is not a cue: the bracketed form and
the title zone are what make a document one. The result is ``PROCESS_INFO`` for review: a draft
published on purpose for public comment is disclosed, and the law says *may*, not *must*.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from presidio_analyzer import RecognizerResult

from recognizers._base import CustomRecognizer, header_zone_end, result

DRAFT = re.compile(
    r"[(（]\s*(?:征求意见稿|公开征求意见稿|讨论稿|送审稿|草案|草稿|修改稿|初稿|代拟稿|审议稿|"
    r"讨论修改稿|征求意见修改稿)\s*[)）]"
)
TITLE = re.compile(
    r"^[^\S\n]*(?:[^\n]{0,40}(?:会议纪要|专题会纪要|办公会纪要|讨论记录|会商记录)"
    # A long title wraps: 关于…资金缺口 / 的请示; the body may lead it (…局关于…的请示), and a
    # title may do without 关于 (…资金的请示) — not a sentence (no punctuation in it).
    r"|[^\n，。；：,;:]{0,30}?关于[^\n]{2,60}(?:\n[^\S\n]*[^\n]{0,20}?)?的请示"
    r"|[^\n，。；：,;:]{4,60}的请示)[^\S\n]*$",
    re.MULTILINE,
)


def _inside_cited_title(text: str, pos: int) -> bool:
    """``pos`` is inside a title in 《》 that the body of the text cites (an open 《 before it
    on its line), not in the title zone (关于征求《…（征求意见稿）》意见的函 sends that draft)."""
    if pos < header_zone_end(text):
        return False
    line_start = text.rfind("\n", 0, pos) + 1
    before = text[line_start:pos]
    return before.count("《") > before.count("》")


class ProcessInfoRecognizer(CustomRecognizer):
    ENTITIES = ("PROCESS_INFO",)

    def find(self, text: str) -> Iterable[RecognizerResult]:
        for match in DRAFT.finditer(text):
            if _inside_cited_title(text, match.start()):
                continue  # 《…暂行规定(草案)》: a cited title, not this document's state
            yield result(self, "PROCESS_INFO", match.start(), match.end(), 0.6, cue="draft")
        zone_end = header_zone_end(text)
        for match in TITLE.finditer(text, 0, zone_end):
            start = match.start() + len(match[0]) - len(match[0].lstrip())
            yield result(self, "PROCESS_INFO", start, match.end(), 0.6, cue="title")
