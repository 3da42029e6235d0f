"""Markings of non-public material that is not a state secret, and of cipher telegrams.

- 工作秘密 (保守国家秘密法第六十四条) and internal markings: ``内部资料 注意保存``, ``内部文件
  妥善保管``, ``内部明电``, ``不得翻印``, ``不得外传``, ``阅后收回``, ``发至县级`` →
  ``INTERNAL_MARKING``.
- ``密码电报`` / ``密电`` (a telegram sent in cipher is a state secret) → ``CIPHER_TELEGRAM``.

Like a classification marking, such words count only where a marking stands: alone on a line,
or in the header or footer zone on a short line that is not a title (a title such as
关于加强工作秘密管理的通知 mentions the words, it does not mark the document). A body sentence
such as 工作秘密不得公开 is not a marking.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from presidio_analyzer import RecognizerResult

from recognizers._base import CustomRecognizer, cjk_count, in_margin_zone, line_span, result

INTERNAL = re.compile(
    r"内部(?:资料|文件|刊物|明电|材料)?[\s,，、]*(?:注意保存|妥善保管|注意保密|严禁外传)"
    r"|内部(?:资料|文件|刊物|明电|材料)|工作秘密|不得翻印|不得外传|严禁外传|不得转发|"
    r"阅后(?:收回|退回|销毁)|用后收回|发至[\u4e00-\u9fa5]{1,4}级"
)
CIPHER = re.compile(r"密\s*码\s*电\s*报|(?<![加保])密\s*电(?!话|视|脑|子|路|器|池|缆|网|力|厂)")
BARE_INTERNAL = re.compile(r"^[^\S\n]*内[^\S\n]*部[^\S\n]*$", re.MULTILINE)
_TITLE_END = re.compile(r"(?:通知|决定|意见|办法|规定|方案|报告|的函|公告|通报|纪要|细则|制度|规则)\s*$")


def _marks(text: str, start: int, end: int) -> bool:
    line_start, line_end = line_span(text, start)
    rest = text[line_start:start] + text[end:line_end]
    if not re.sub(r"[\s\d★:：,，、()（）]", "", rest):
        return True
    line = text[line_start:line_end]
    return in_margin_zone(text, start) and cjk_count(rest) <= 12 and not _TITLE_END.search(line) \
        and "关于" not in line


class InternalMarkingRecognizer(CustomRecognizer):
    ENTITIES = ("INTERNAL_MARKING", "CIPHER_TELEGRAM")

    def find(self, text: str) -> Iterable[RecognizerResult]:
        for entity, regex in (("INTERNAL_MARKING", INTERNAL), ("CIPHER_TELEGRAM", CIPHER)):
            for match in regex.finditer(text):
                if _marks(text, match.start(), match.end()):
                    yield result(self, entity, match.start(), match.end(), 0.85)
        for match in BARE_INTERNAL.finditer(text):
            if in_margin_zone(text, match.start()):
                start = match.start() + len(match[0]) - len(match[0].lstrip())
                yield result(self, "INTERNAL_MARKING", start, start + len(match[0].strip()), 0.7)
