"""Pieces the recognizers share: boundaries, line and zone helpers, table columns, check sums and
a pattern recognizer that can retype or rescore its matches from the text around them.

Not a recognizer module: the registry skips modules whose name starts with ``_``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any, ClassVar

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from pipeline.analysis import LANGUAGE, CnPatternRecognizer, first_word_in

# Detection runs on text whose full-width forms were folded to ASCII, but a recognizer may also
# be called on raw text (tests, plug-ins), so punctuation classes list both forms.
B = r"(?<![0-9A-Za-z])"
A = r"(?![0-9A-Za-z])"
COLON = r"[:：]"
LPAREN = r"[(（]"
RPAREN = r"[)）]"
CJK = r"\u4e00-\u9fa5"
# What ends a clause: a value's label is looked for in the clause before it.
CLAUSE_END = "。；;\n"
HEADER_LINES = 8
FOOTER_LINES = 6


def result(
    recognizer: EntityRecognizer,
    entity: str,
    start: int,
    end: int,
    score: float,
    **metadata: Any,
) -> RecognizerResult:
    return RecognizerResult(
        entity,
        start,
        end,
        score,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
            **metadata,
        },
    )


def line_span(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def line_at(text: str, pos: int) -> str:
    start, end = line_span(text, pos)
    return text[start:end]


def clause_before(text: str, pos: int, limit: int = 60) -> str:
    """The text from the last clause end before ``pos`` up to ``pos`` (at most ``limit``)."""
    begin = max(0, pos - limit)
    window = text[begin:pos]
    cut = max(window.rfind(c) for c in CLAUSE_END)
    return window[cut + 1 :]


def header_zone_end(text: str, lines: int = HEADER_LINES) -> int:
    """Offset just past the first ``lines`` non-empty lines (the GB/T 9704 版头)."""
    seen, pos = 0, 0
    for line in text.splitlines(keepends=True):
        pos += len(line)
        if line.strip():
            seen += 1
            if seen >= lines:
                break
    return pos


def footer_zone_start(text: str, lines: int = FOOTER_LINES) -> int:
    """Offset of the last ``lines`` non-empty lines: 版记, and the page headers and footers a
    DOCX contributes after its body."""
    seen, pos = 0, len(text)
    for line in reversed(text.splitlines(keepends=True)):
        pos -= len(line)
        if line.strip():
            seen += 1
            if seen >= lines:
                break
    return pos


def in_margin_zone(text: str, pos: int) -> bool:
    return pos < header_zone_end(text) or pos >= footer_zone_start(text)


def cjk_count(text: str) -> int:
    return len(re.findall(f"[{CJK}]", text))


def words_in(text: str, words: Iterable[str]) -> str | None:
    return first_word_in(text, words)


def last_word_in(text: str, groups: dict[str, Iterable[str]]) -> str | None:
    """The group whose word occurs last in ``text`` (the label nearest a value wins)."""
    best, best_pos = None, -1
    for group, words in groups.items():
        for word in words:
            pos = text.rfind(word)
            if pos >= 0 and pos + len(word) > best_pos:
                best, best_pos = group, pos + len(word)
    return best


# Table cells as a DOCX table leaves them in the flat text: one cell a line, a row after the
# other. A header row is a run of lines that are all column labels; its length is the number
# of columns, and every following line is a cell under the label at the same position.
HEADER_LABEL = re.compile(
    r"^\s*(?:[\u4e00-\u9fa5]{0,6}(?:序号|编号|姓名|名字|性别|民族|年龄|出生年月|出生日期|身份证号码?|"
    r"公民身份号码|证件号码?|证件类型|联系电话|电话|手机号?码?|联系方式|住址|家庭住址|地址|户籍地|"
    r"金额|备注|村组|所在村|村\(?居\)?|单位|工作单位|职务|职称|银行卡号|银行账号|账号|开户行|开户银行|"
    r"户主|户名|家庭人口|人口数|人数|类别|类型|日期|时间|项目|数值|数量|名称|车牌号码?|号牌号码|"
    r"护照号码?|学校|年级|班级|专业|标准|情况|原因|事由|结果|意见|内容|说明|邮箱|电子邮箱|邮编|"
    r"合计|小计|面积|期限|等级|级别|学历|关系|与户主关系|证号|卡号)"
    r"(?:[(（][^)）\n]{1,8}[)）])?)\s*$"
)
_CELL_LIMIT = 400


def _is_label(line: str) -> bool:
    return bool(HEADER_LABEL.match(re.sub(r"\s", "", line)))


@functools.lru_cache(maxsize=8)
def column_headers(text: str) -> dict[int, tuple[str, tuple[str, ...]]]:
    """Offset of each table cell → the label of its column and all labels of its table."""
    lines: list[tuple[int, str]] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append((pos, raw))
        pos += len(raw) + 1
    headers: dict[int, tuple[str, tuple[str, ...]]] = {}
    i = 0
    while i < len(lines):
        if not _is_label(lines[i][1]):
            i += 1
            continue
        j = i
        while j < len(lines) and _is_label(lines[j][1]) and j - i < 20:
            j += 1
        if j - i < 2:
            i = j
            continue
        width = _best_width([raw for _, raw in lines[i : j + 8 * (j - i)]], j - i)
        j = i + width
        labels = tuple(re.sub(r"\s", "", lines[k][1]) for k in range(i, j))
        k = j
        while k < len(lines) and k - j < _CELL_LIMIT:
            cell = lines[k][1]
            column = (k - j) % width
            if not cell.strip() or len(cell) > 60 or cell.rstrip()[-1] in "。:：；;":
                break
            if column == 0 and re.match(r"\s*(?:合\s*计|总\s*计)", cell):
                break
            if column == 0 and labels[0] in {"序号", "编号"} and not cell.strip().isdigit():
                break
            headers[lines[k][0]] = (labels[column], labels)
            k += 1
        i = max(k, j)
    # A table printed to PDF often keeps each row on one line, its cells apart by spaces.
    for index, (_, raw) in enumerate(lines):
        cells = raw.split()
        if len(cells) < 2 or not all(HEADER_LABEL.match(c) for c in cells):
            continue
        row_labels = tuple(cells)
        for offset, row_text in lines[index + 1 : index + 1 + _CELL_LIMIT]:
            row = row_text.split()
            if len(row) != len(cells):
                break
            at = 0
            for label, cell in zip(cells, row, strict=True):
                at = row_text.index(cell, at)
                headers[offset + at] = (label, row_labels)
                at += len(cell)
    return headers


def _kind(cell: str) -> str:
    return "number" if re.fullmatch(r"[\s\d,.%()（）\-—+/]*\d[\s\d,.%()（）\-—+/]*", cell) else "text"


def _best_width(block: list[str], run: int) -> int:
    """The number of columns: the header run may have swallowed label-like cells of the first
    row, so take the width under which each column's cells are most alike."""
    for end, line in enumerate(block):
        if end >= run and (not line.strip() or line.rstrip()[-1] in "。:：；;"
                           or re.match(r"\s*(?:合\s*计|总\s*计)", line)):
            block = block[:end]
            break
    best, best_score = run, -1.0
    for width in range(run, 1, -1):
        rows = [block[k : k + width] for k in range(width, len(block) - width + 1, width)]
        rows = [r for r in rows if all(c.strip() for c in r)][:6]
        if not rows:
            continue
        same = sum(
            max(sum(_kind(r[c]) == kind for r in rows) for kind in ("number", "text"))
            for c in range(width)
        )
        score = same / (width * len(rows))
        if score > best_score + 1e-9:
            best, best_score = width, score
    return best


def _cell(text: str, start: int) -> tuple[str, tuple[str, ...]] | None:
    headers = column_headers(text)
    line_start, _ = line_span(text, start)
    if line_start in headers and not text[line_start:start].strip():
        return headers[line_start]
    # The cell holding ``start`` begins at the line start (one cell a line) or after the
    # whitespace before it (a row printed on one line).
    for offset in range(start, max(line_start, start - 60) - 1, -1):
        if offset in headers and (offset == line_start or text[offset - 1].isspace()):
            return headers[offset]
        if offset < start and text[offset].isspace():
            break
    return None


def column_of(text: str, start: int) -> str | None:
    """The column label above the table cell holding ``start``, if it is in a table."""
    cell = _cell(text, start)
    return cell[0] if cell else None


def table_labels(text: str, start: int) -> tuple[str, ...]:
    """All column labels of the table holding ``start`` (empty outside tables)."""
    cell = _cell(text, start)
    return cell[1] if cell else ()


class RefiningPatternRecognizer(CnPatternRecognizer):
    """A pattern recognizer whose matches are looked at again in their text: ``refine`` may
    change a match's entity type (one of ``ENTITY`` and ``ALSO``) and score, or drop it. A table
    column whose label holds a context word counts as context, however far the label is."""

    ALSO: ClassVar[tuple[str, ...]] = ()
    COLUMN_BOOST: ClassVar[float] = 0.35
    # Labels that make the value something else when they are the nearest label before it
    # (the enhancer's NEGATIVE_CONTEXT wins over a nearer positive word, these do not).
    NEAREST_NEGATIVE: ClassVar[tuple[str, ...]] = ()
    NEAREST_PENALTY: ClassVar[float] = 0.4

    def __init__(self) -> None:
        super().__init__()
        self.supported_entities = [self.ENTITY, *self.ALSO]

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        refined = []
        for found in super().analyze(text, entities, nlp_artifacts, regex_flags):
            column = column_of(text, found.start)
            if column and words_in(column, self.CONTEXT) and found.score < 1.0:
                found.score = min(1.0, found.score + self.COLUMN_BOOST)
                found.recognition_metadata["column"] = column
            if self.NEAREST_NEGATIVE:
                before = clause_before(text, found.start, self.CONTEXT_BEFORE)
                nearest = last_word_in(
                    before, {"+": self.CONTEXT, "-": self.NEAREST_NEGATIVE}
                )
                if nearest == "-":
                    found.score = max(0.0, found.score - self.NEAREST_PENALTY)
                    found.recognition_metadata["negative_label"] = True
            kept = self.refine(text, found)
            if kept is not None:
                refined.append(kept)
        return refined

    def refine(self, text: str, found: RecognizerResult) -> RecognizerResult | None:
        return found


class CustomRecognizer(EntityRecognizer):
    """A recognizer that finds and scores its matches itself (no pattern list, no context
    words for the character-window enhancer)."""

    ENTITIES: ClassVar[tuple[str, ...]]

    def __init__(self) -> None:
        super().__init__(supported_entities=list(self.ENTITIES), supported_language=LANGUAGE)

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        return list(self.find(text))

    def find(self, text: str) -> Iterable[RecognizerResult]:
        raise NotImplementedError
