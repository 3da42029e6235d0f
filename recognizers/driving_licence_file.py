"""Driving-licence file number (机动车驾驶证档案编号), printed on the licence's 副页.

The licence itself (GA 482 《中华人民共和国机动车驾驶证件》) carries two numbers: the 证号, which
is the holder's resident ID number (found by the ID recognizer), and on the 副页 the 档案编号
under which the 车辆管理所 keeps the driver's file (《机动车驾驶证申领和使用规定》, 公安部令第
162号: the office keeps a file for every licence). The 档案编号 is twelve digits: the first four
are the administrative division of the issuing office (GB/T 2260: two for the province, two for
the city), the last eight a sequence number the office hands out. With the holder's ID number it
opens the driver's record (points, offences) in the traffic-management service, so it is the
driver's personal information, redacted with 个人隐私 like the licence number.

Twelve digits are too common to be taken on their shape, so the label decides:

- **pattern**: twelve digits, alone or in 4-4-4 groups (``1409 0012 3456``);
- **context**: right after a 档案编号 (档案号) label, nothing between but a colon, 为/是 or a
  bracket, or in a table column (or form field) so labelled. A label whose modifier names the
  licence (驾驶证档案编号, 驾照档案号, 驾驶人档案编号) counts by itself; a bare 档案编号 counts
  where its paragraph or the two lines above it (or its table's labels and title) speaks of a driving licence (驾驶证, 驾照,
  驾驶人, 准驾车型); one whose modifier names another archive (文书档案编号, 案卷档案号, 人事档案
  编号, 企业档案编号) numbers a body's files or other records and is not this number;
- **validation**: the first two digits are a mainland province code of GB/T 2260 (11–65).

A bare twelve-digit number without the label is not reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from presidio_analyzer import RecognizerResult

from pipeline.tables import CellView, TableIndex, index_for, squeeze, title_outside
from recognizers._base import CustomRecognizer, clause_before, result
from recognizers._columns import value_cells

# GB/T 2260's mainland provinces (Taiwan, Hong Kong and Macao issue no mainland licence).
_PROVINCES = frozenset(str(code) for code in (
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
    50, 51, 52, 53, 54, 61, 62, 63, 64, 65,
))
_VALUE = re.compile(r"(?<![0-9A-Za-z])\d{4}[ \-]?\d{4}[ \-]?\d{4}(?![0-9A-Za-z])")
_LABEL = re.compile(r"档案(?:编号|号码|号)[^\S\n]*(?:[:：]|为|是)?[^\S\n]*[(（]?[^\S\n]*")
# The modifier naming the licence, right before 档案编号 (驾驶证的档案编号 too).
_LICENCE = re.compile(r"(?:驾驶证|驾照|驾驶执照|驾驶人|驾驶员|驾驶证件|驾驶证副页)(?:的)?[^\S\n]*$")
# Words that leave 档案编号 bare: a pronoun, a conjunction, 的 after something else.
_BARE = re.compile(r"(?:^|[^\u4e00-\u9fa5]|其|该|此|及|和|与|或|即|以及|对应|相应)$")
# What tells a sentence or a table is about a driving licence.
_DRIVING = re.compile(r"驾驶证|驾照|驾驶执照|驾驶人|驾驶员|准驾车型|准驾")
_PARAGRAPH_END = re.compile(r"\n")


def file_number_ok(digits: str) -> bool:
    """Twelve digits whose first two are a mainland province code."""
    return len(digits) == 12 and digits.isdigit() and digits[:2] in _PROVINCES


def licence_label(before: str, context: str) -> bool:
    """Whether a 档案编号 label preceded by ``before`` (its clause up to the label) numbers a
    driving-licence file, ``context`` being the sentence or table around it."""
    if _LICENCE.search(before):
        return True
    if not _BARE.search(before):
        return False  # 文书档案编号, 人事档案号: another archive's number
    return bool(_DRIVING.search(context))


def licence_file_at(text: str, label_start: int) -> bool:
    """Whether the 档案编号 label starting at ``label_start`` of ``text`` is a driving-licence
    file's (the document-number recognizer does not shield such a number)."""
    label = _LABEL.match(text, label_start)
    return bool(label) and licence_label(
        clause_before(text, label_start, 12), _paragraph(text, label_start, label.end()))


def _paragraph(text: str, start: int, end: int) -> str:
    """The paragraph holding ``text[start:end]`` and the two lines before it (at most 200
    characters before, 60 after): the licence is often named a sentence before its file number
    (…持C1驾驶证。经查，其档案编号为…), or on the line above in a party's particulars (驾驶证号：…
    / 档案编号：…)."""
    lo = max(0, start - 200)
    ends = list(_PARAGRAPH_END.finditer(text, lo, start))
    lo = ends[-3].end() if len(ends) >= 3 else lo
    after = _PARAGRAPH_END.search(text, end, min(len(text), end + 60))
    return text[lo : after.start() if after else min(len(text), end + 60)]


def _table_context(index: TableIndex, view: CellView) -> str:
    """The table's own labels, the text just above it and the document's title."""
    first = view.table.cells[0].start if view.table.cells else view.start
    return " ".join(view.headers) + index.text[max(0, first - 200) : first] + title_outside(index)


def _digits(value: str) -> str:
    return re.sub(r"\D", "", value)


class DrivingLicenceFileRecognizer(CustomRecognizer):
    ENTITIES = ("CN_DRIVING_LICENCE_FILE",)

    def find(self, text: str) -> Iterable[RecognizerResult]:
        seen: set[tuple[int, int]] = set()
        for label in _LABEL.finditer(text):
            value = _VALUE.match(text, label.end())
            if not value or not file_number_ok(_digits(value[0])):
                continue
            before = clause_before(text, label.start(), 12)
            if not licence_label(before, _paragraph(text, label.start(), value.end())):
                continue
            seen.add(value.span())
            yield result(self, "CN_DRIVING_LICENCE_FILE", *value.span(), 0.85,
                         label=before[-6:] + text[label.start() : label.start() + 4])
        yield from self._columns(text, seen)

    def _columns(self, text: str, seen: set[tuple[int, int]]) -> Iterator[RecognizerResult]:
        index = index_for(text)
        for view, column, _ in value_cells(index):
            label = re.sub(r"[(（][^)）]*[)）]", "", squeeze(column))
            head = re.search(r"档案(?:编号|号码|号)$", label)
            if not head or not licence_label(label[: head.start()], _table_context(index, view)):
                continue
            for value in _VALUE.finditer(text, view.start, view.end):
                if value.span() in seen or not file_number_ok(_digits(value[0])):
                    continue
                yield result(self, "CN_DRIVING_LICENCE_FILE", *value.span(), 0.85,
                             column=column, column_typed=True)
