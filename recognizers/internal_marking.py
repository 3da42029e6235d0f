"""Markings of non-public material that is not a state secret, and of cipher telegrams.

- 工作秘密 (保守国家秘密法第六十四条) and internal markings: ``内部资料 注意保存``, ``内部文件
  妥善保管``, ``内部明电``, ``不得翻印``, ``不得外传``, ``阅后收回``, ``发至县级`` →
  ``INTERNAL_MARKING``.
- ``密码电报`` / ``密电`` (a telegram sent in cipher is a state secret) → ``CIPHER_TELEGRAM``.

Like a classification marking, such words count only where a marking stands: alone on a line,
or in the header or footer zone on a short line that is not a title (a title such as
关于加强工作秘密管理的通知 mentions the words, it does not mark the document). A body sentence
such as 工作秘密不得公开 is not a marking, nor a duty written on a line of its own (严守国家秘密和
工作秘密, 不得泄露工作秘密: a verb or a conjunction just before or after the words).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from presidio_analyzer import RecognizerResult

from recognizers._base import CustomRecognizer, cjk_count, in_margin_zone, line_span, result


def _spaced(pattern: str) -> str:
    """``pattern`` with spaces allowed between its characters: a marking is often letter-spaced
    (内 部 资 料, a stamp's 工 作 秘 密), and PDF text keeps the spaces."""
    return re.sub(r"(?<=[\u4e00-\u9fa5])(?=[\u4e00-\u9fa5(])", r"[^\\S\\n]?", pattern)


INTERNAL = re.compile(
    _spaced(r"内部(?:资料|文件|刊物|明电|材料)?") + r"[\s,，、]*"
    + _spaced(r"(?:注意保存|妥善保管|注意保密|严禁外传)")
    + "|" + _spaced(r"内部(?:资料|文件|刊物|明电|材料)") + "|" + _spaced("工作秘密")
    + r"|不得翻印|不得外传|严禁外传|不得转发|"
    r"阅后(?:收回|退回|销毁)|用后收回|发至[\u4e00-\u9fa5]{1,4}级"
)
CIPHER = re.compile(r"密\s*码\s*电\s*报|(?<![加保])密\s*电(?!话|视|脑|子|路|器|池|缆|网|力|厂)")
BARE_INTERNAL = re.compile(r"^[^\S\n]*内[^\S\n]*部[^\S\n]*$", re.MULTILINE)
_TITLE_END = re.compile(r"(?:通知|决定|意见|办法|规定|方案|报告|的函|公告|通报|纪要|细则|制度|规则)\s*$")


# A verb or a conjunction that makes the words a sentence about secrets (严守国家秘密和工作秘密,
# 涉及工作秘密的, 不得泄露工作秘密): a duty or a rule, not a marking.
_SENTENCE_WORDS = re.compile(
    r"严守|保守|守护|泄露|泄漏|涉及|属于|知悉|严格|做好|加强|管理|保护|遵守|防止|不得|禁止|确保|"
    r"和|与|及|或者|以及|的"
)


def _marks(text: str, start: int, end: int) -> bool:
    line_start, line_end = line_span(text, start)
    rest = text[line_start:start] + text[end:line_end]
    if _SENTENCE_WORDS.search(text[max(line_start, start - 6) : start]) or re.match(
        r"[^\S\n]*(?:的|和|与|及|或)", text[end:line_end]
    ):
        return False
    if not re.sub(r"[\s\d★:：,，、()（）]", "", rest):
        return True
    # A layout gap (a tab, a run of spaces: a PDF header line holding the marking at one end
    # and the issuer or the title at the other) parts the marking from the rest of the line.
    before_gap = re.search(r"(?:\t|[^\S\n]{2,})[^\S\n]*$", text[line_start:start])
    after_gap = re.match(r"[^\S\n]*(?:\t|[^\S\n]{2,})", text[end:line_end])
    if (before_gap or start == line_start or not text[line_start:start].strip()) and (
        after_gap or end == line_end or not text[end:line_end].strip()
    ):
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
