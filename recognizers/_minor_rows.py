"""The rows of minors in a table of persons (《个人信息保护法》第二十八条、第三十一条): which rows
are a minor's, and which of their cells are the minor's information.

A row is a minor's when its date of birth (出生日期, 出生年月: ``2015年02月11日``,
``2012-08-08``, ``2015.02.03``, ``201502``) or its age (年龄) puts the person under eighteen on
the document's 成文日期 (today when it has none), or, without either, when its resident ID
number does (also the ID inside a 学籍号, a letter before it: ``G140902201001011234``), or
when its grade is a school's (一年级…九年级, 初一, 高三, 幼儿园大班) or its school is a 小学, an
初中 or a 幼儿园. A form about one pupil (学生资助申请表) is read as one row.

In a minor's row every cell that tells something of the minor is reported, typed by its
label's head noun (``recognizers._columns.row_role``), not by a list of labels: the date of
birth, age, grade and class that told it, every identifier assigned to the minor (中考报名号,
准考证号, 考籍号, 学籍号, 报名序号: a number column other than the table's own 序号), and every
particular (困难类型, 帮扶类别, 资助类型, 健康情况, 户籍, the home address). A resident ID or an
address is also found by its own recognizer, which keeps its type where it validates. The
name, a guardian's name and phone, an amount and the school are left to their own rules.
Officials' birth months in a 任前公示 are adults', and an adult's row (a repeat examinee of
nineteen) keeps its numbers.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from presidio_analyzer import EntityRecognizer, RecognizerResult

from pipeline.tables import CellView, TableIndex, index_for, meta_outside, squeeze
from recognizers._base import result
from recognizers._columns import (
    ID,
    IDENTIFIER,
    PARTICULAR,
    PERSON,
    is_form,
    label_of,
    officials_table,
    row_role,
    value_cells,
)

# Columns that tell a minor: a date of birth, an age, a school grade or class, a school.
_BIRTH_LABEL = re.compile(r"出生|生日|生年")
_AGE_LABEL = re.compile(r"年龄|周岁|岁数")
_GRADE_LABEL = re.compile(r"年级|班级|班别|就读班|学段|所在班")
_SCHOOL_LABEL = re.compile(r"学校|就读|毕业院校|所在校")
# A grade or a school the person teaches in (a teachers' list: 任教年级, 任教学校) is not the
# person's own.
_TAUGHT = re.compile(r"任教|执教|授课|所教|带班|任课|教学|班主任|工作")
# A column of pupils' names (学生姓名, 考生, 幼儿姓名): only a pupil's school says "a child".
_PUPIL = re.compile(r"(?:学生|考生|幼儿|儿童|新生|学童|受助生)(?:姓名|名字)?$")
_DATE = re.compile(
    r"((?:19|20)\d{2})\s*(?:[年./\-]\s*(\d{1,2})(?:\s*[月./\-]\s*(\d{1,2}))?|(\d{2})(\d{2})?)"
)
_AGE = re.compile(r"(\d{1,3})\s*(?:周?岁)?")
# A school's grade (小学, 初中, 高中, 幼儿园): the pupil is a child.
_SCHOOL_GRADE = re.compile(
    r"[一二三四五六七八九1-9]\s*年级|[初高][一二三]|(?:小学|初中|高中)[一二三四五六]?年?级?|"
    r"幼儿园|[大中小]班|学前班|七年级|八年级|九年级"
)
# A school whose pupils are all children (a 高中 may have an adult in its last year).
_CHILDRENS_SCHOOL = re.compile(r"(?:小学|初级中学|初中|幼儿园|完小|教学点)(?:[(（][^)）]*[)）])?$")
# An ID number, maybe after a letter (a 学籍号: G or L and the pupil's ID number).
_ID = re.compile(r"[A-Z]?(\d{6}((?:19|20)\d{6})\d{3}[\dX])\d{0,2}")
_EMPTY = {"无", "-", "—", "/", "／", "否", "——"}
ADULT_AGE = 18


def minor_cells(recognizer: EntityRecognizer, index: TableIndex,
                persons: set[int]) -> Iterator[RecognizerResult]:
    """The cells of the minors' rows of the tables of persons ``persons`` (and of the forms
    about a minor) that tell of the minor."""
    text = index.text
    rows: dict[tuple[int, int], list[tuple[CellView, str, str]]] = {}
    for view, label, kind in value_cells(index):
        if is_form(index, view.number):
            # A form (学生资助申请表) is about one person: its fields are one row.
            rows.setdefault((view.number, -1), []).append((view, squeeze(label), kind))
        elif view.number in persons:
            rows.setdefault((view.number, view.cell.row), []).append((view, squeeze(label), kind))
    for (number, row), cells in rows.items():
        if row < 0 and not any(kind == PERSON for _, _, kind in cells):
            continue
        if officials_table(index, number):
            continue  # cadres and experts in their public capacity are adults
        told = [(v, label) for v, label, _ in cells
                if (_BIRTH_LABEL.search(label) or _AGE_LABEL.search(label)
                    or _GRADE_LABEL.search(label)) and not _TAUGHT.search(label)]
        pupils = any(_PUPIL.search(label) for _, label, kind in cells if kind == PERSON)
        schools = [squeeze(text[v.start : v.end]) for v, label, _ in cells
                   if pupils and _SCHOOL_LABEL.search(label) and not _TAUGHT.search(label)]
        if not told and not schools:
            continue
        if not _minor(text, cells, told, schools, reference_date(index)):
            continue
        spans = {(v.start, v.end) for v, _ in told}
        reported = told + [(v, label) for v, label, _ in cells
                           if row_role(label) in (IDENTIFIER, PARTICULAR)
                           and (v.start, v.end) not in spans]
        for view, label in reported:
            cell = text[view.start : view.end]
            value = cell.strip()
            if not value or value in _EMPTY:
                continue
            start = view.start + cell.index(value)
            # Above the column's own reading (0.8: 孤儿 under 困难类型, a circumstance): in a
            # minor's row the cell is first of all the minor's.
            yield result(recognizer, "SENSITIVE_MINOR", start, start + len(value), 0.85,
                         cue="minor_row", column=label)


def column_decides(index: TableIndex, pos: int) -> bool:
    """Whether offset ``pos`` is in a cell whose column tells a minor (a date of birth, an age,
    a grade): the row decides whether it is a minor's, not the words of its line (a TXT
    table's row read as a sentence: an adult's 高三（7）班 beside the school's name; a teacher's
    任教年级)."""
    view = index.cell_at(pos)
    if view is None:
        return False
    label = squeeze(label_of(index, view))
    return bool(_BIRTH_LABEL.search(label) or _AGE_LABEL.search(label)
                or _GRADE_LABEL.search(label))


def _minor(text: str, cells: list[tuple[CellView, str, str]], told: list[tuple[CellView, str]],
           schools: list[str], on: datetime.date) -> bool:
    """Whether the row is a minor's: by its age (date of birth, age, ID number) where it tells
    one, else by its grade or its school."""
    age = _row_age(text, cells, on)
    if age is not None:
        return age < ADULT_AGE
    grades = [text[v.start : v.end] for v, label in told if _GRADE_LABEL.search(label)]
    return any(_SCHOOL_GRADE.search(g) for g in grades) or any(
        _CHILDRENS_SCHOOL.search(s) for s in schools)


def _row_age(text: str, cells: list[tuple[CellView, str, str]], on: datetime.date) -> int | None:
    """The person's age on ``on`` by the row's date of birth, age or ID number (None if the row
    tells none)."""
    for view, label, _ in cells:
        value = squeeze(text[view.start : view.end])
        if _BIRTH_LABEL.search(label):
            born = _birth(value)
            if born:
                return _years(born, on)
        elif _AGE_LABEL.search(label):
            match = _AGE.fullmatch(value)
            if match:
                return int(match[1])
    for view, _, kind in cells:
        value = squeeze(text[view.start : view.end]).upper()
        match = _ID.fullmatch(value) if kind == ID else None
        if match:
            born = _birth(match[2])
            if born:
                return _years(born, on)
    return None


def _birth(value: str) -> datetime.date | None:
    """The date of birth ``value`` writes; a month or a year alone is read as its last day (a
    person born in 2008年10月 may still be seventeen)."""
    match = _DATE.fullmatch(value.rstrip("日号月生"))
    if not match:
        return None
    return _latest(int(match[1]), match[2] or match[4], match[3] or match[5])


def _latest(year: int, month: str | None, day: str | None) -> datetime.date | None:
    try:
        if month is None:
            return datetime.date(year, 12, 31)
        if day is None:
            following = datetime.date(year + int(month) // 12, int(month) % 12 + 1, 1)
            return following - datetime.timedelta(days=1)
        return datetime.date(year, int(month), int(day))
    except ValueError:
        return None


# A date of birth in a sentence about a person: 2014年3月出生, 生于2012年, 出生于2015年5月.
_PROSE_BIRTH = re.compile(
    r"(?:出生于|生于)?(?P<v>((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?)"
    r"(?:出生|生人|生(?![产活效意态成日]))"
    r"|(?:出生于|生于)(?P<w>((?:19|20)\d{2})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?)?)"
)


def minor_births(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The dates of birth in ``text[start:end]`` (a sentence about one person) that put the
    person under eighteen on the document's date."""
    on = reference_date(index_for(text))
    for match in _PROSE_BIRTH.finditer(text, start, end):
        group, offset = ("v", 2) if match["v"] else ("w", 7)
        born = _latest(int(match[offset]), match[offset + 1], match[offset + 2])
        if born is not None and born <= on and _years(born, on) < ADULT_AGE:
            yield match.span(group)


def _years(born: datetime.date, on: datetime.date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def reference_date(index: TableIndex) -> datetime.date:
    """The document's 成文日期 (read from its text outside the tables: a cell holding a date of
    birth is no signature's date), or today."""
    issued = meta_outside(index).issued_on
    return datetime.date.fromisoformat(issued) if issued else datetime.date.today()
