"""Student numbers: the national student number (全国学籍号) and a school's 学号.

- **全国中小学生学籍号** (教育部《中小学生学籍管理办法》, 教基一〔2013〕7号: one number per pupil
  for life, given by the national student-records system): a letter and eighteen characters,
  ``G`` and the pupil's resident ID number, or another letter (``L``, ``J``) and a number the
  system assigns to a pupil without one (a temporary number). A 学籍号 that is ``G`` and a valid
  ID number is reported as the ID number it holds (``recognizers.resident_id``); the others are
  reported here.
- **学号** of a school or a university (《普通高等学校学生管理规定》, 教育部令第41号, leaves its
  form to the school): digits, often the year of entry, the faculty, the class and a sequence
  (``2023010123``), sometimes after a few letters (``S2023010123``).

The number points to one student, who is a private person (a pupil a minor): it is redacted
with 个人隐私. Neither form has a check character, so the label decides:

- **pattern**: up to four letters, then letters and digits, five to twenty-four characters in
  all with five or more digits (a class's four-digit 学号 is left: a redacted value is removed
  wherever else it occurs, and four digits occur inside dates and amounts);
- **context**: right after a student-number label — 学号, 学籍号, 学籍编号, 全国学籍号, 学籍辅号,
  学生编号 — nothing between but a colon, 为/是 or a bracket, or in a table column (or form field)
  so labelled;
- **validation**: none beyond the shape. A school's own codes (学校代码, 学校标识码, 办学许可证号)
  are not student numbers and carry no such label.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from presidio_analyzer import RecognizerResult

from pipeline.tables import index_for, squeeze
from recognizers._base import CustomRecognizer, result
from recognizers._columns import value_cells
from recognizers.resident_id import id18_ok

_VALUE = re.compile(r"(?<![0-9A-Za-z\-])[A-Za-z]{0,4}[0-9][0-9A-Za-z]{3,23}(?![0-9A-Za-z\-])")
# The labels; 学号 not inside another word (教学号 is no label, 科学号 a ship's name: a value
# must follow anyway).
_LABEL_WORDS = r"(?:全国|全国中小学生|中小学生|学生)?学籍(?:辅号|编号|号码|号)|(?<![教科])学号|学生编号"
_LABEL = re.compile(rf"(?:{_LABEL_WORDS})[^\S\n]*(?:[:：]|为|是)?[^\S\n]*[(（]?[^\S\n]*")
_COLUMN = re.compile(rf"(?:{_LABEL_WORDS})$")
_BRACKETS = re.compile(r"[(（][^)）]*[)）]")
_DIGITS = re.compile(r"\d")


def student_number_ok(value: str, digits: int = 5) -> bool:
    """A student number's shape (``digits`` digits or more), not an ID number with a letter
    before it (that is the ID number's: ``recognizers.resident_id``)."""
    if len(_DIGITS.findall(value)) < digits:
        return False
    tail = value.upper()[-18:]
    return not (len(value) > 18 and id18_ok(tail))


def student_column(label: str) -> bool:
    """Whether a column or field labelled ``label`` holds student numbers (学号, 全国学籍号,
    学籍号（学号）)."""
    text = squeeze(label)
    return bool(_COLUMN.search(_BRACKETS.sub("", text) or text) or _COLUMN.search(text.rstrip(")）")))


class StudentNumberRecognizer(CustomRecognizer):
    ENTITIES = ("CN_STUDENT_NUMBER",)

    def find(self, text: str) -> Iterable[RecognizerResult]:
        seen: set[tuple[int, int]] = set()
        for label in _LABEL.finditer(text):
            value = _VALUE.match(text, label.end())
            if not value or not student_number_ok(value[0]):
                continue
            seen.add(value.span())
            yield result(self, "CN_STUDENT_NUMBER", *value.span(), 0.85,
                         label=label[0].strip(" :：(（"))
        for view, column, _ in value_cells(index_for(text)):
            if not student_column(column):
                continue
            for value in _VALUE.finditer(text, view.start, view.end):
                if value.span() in seen or not student_number_ok(value[0]):
                    continue
                yield result(self, "CN_STUDENT_NUMBER", *value.span(), 0.85,
                             column=column, column_typed=True)
