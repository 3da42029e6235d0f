"""Sensitive personal information held in the columns of a table of persons (《个人信息保护法》
第二十八条): health and disability, and the information of minors.

A list of people (公示, 名单, 花名册, 明细) says in its header what each column holds, so a
column is typed by its label, the way ``recognizers._columns`` types number columns, and every
cell of it is read, whatever the table's size:

- **Conditions** (``SENSITIVE_HEALTH``): a label that names a condition — 病种, 疾病名称, 患病情况,
  病情, 诊断, 残疾类别, 残疾等级, 伤残等级, 健康状况 — makes each of its cells the person's health
  or disability information, whatever the words (双相情感障碍, 重残: no list of diseases is
  needed). A label that names the *reason* a person is helped — 致贫原因, 致困原因, 救助原因,
  困难类型 — holds health only in the cells that say so: a cell whose words are those of illness,
  injury or disability (因病, 因残, 重残, 患…, a word ending in 病/症/癌/瘤/炎/障碍/疮…), not 缺劳力
  or 因学. A category cell that is itself sensitive (人员类别: 残疾人, 刑满释放人员) is one too.
- **Minors** (``SENSITIVE_MINOR``; 第二十八条 names the information of minors under fourteen,
  and a list of pupils holds children of every age under eighteen): a row is a minor's when its
  date of birth (出生日期, 出生年月: ``2015年02月11日``, ``2012-08-08``, ``2015.02.03``,
  ``201502``) or its age (年龄) puts the person under eighteen on the document's 成文日期 (today
  when it has none), or, without either, when its resident ID number does, or when its grade is
  a school's (一年级…九年级, 初一, 高三, 幼儿园大班). The minor's date of birth, age, grade and class
  cells are reported. Officials' birth months in a 任前公示 are adults' and stay.

A table is of persons when one of its columns holds names (its label's head is a person,
``recognizers._columns.kind_of``); a table of diseases and counts names nobody.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from presidio_analyzer import EntityRecognizer, RecognizerResult

from pipeline.docmeta import extract_meta
from pipeline.tables import CellView, TableIndex, index_for, squeeze
from recognizers._base import result
from recognizers._columns import ID, PERSON, is_form, is_label, kind_of, value_cells
from recognizers._health_words import DISABILITY, GRAVE

# Labels of a column that holds a condition: each cell is the person's health information.
_CONDITION_LABEL = re.compile(
    r"疾病|病种|病名|诊断|病情|患病|病因|病史|残疾类别|残疾类型|残疾等级|残疾级别|残疾程度|残疾情况|"
    r"伤残等级|伤残情况|健康状况|身体状况|重残|失能"
)
# Labels of a column that holds why a person is helped: health only where the cell says so.
_REASON_LABEL = re.compile(r"(?:致贫|致困|返贫|困难|救助|贫困|享受|保障)(?:主要)?(?:原因|类型|类别|情形)|"
                           r"(?:主要)?困难|原因$")
# The words of illness, injury and disability (morphemes, not disease names): 因病, 因残, 重残,
# 患…, 双相情感障碍, 系统性红斑狼疮, 透析, 术后.
_HEALTH_WORDS = re.compile(
    r"[病残症癌瘤炎疮疾瘫痪盲聋哑痴伤]|障碍|综合征|衰竭|梗|透析|化疗|放疗|手术|术后|住院|失能|失智|"
    r"智障|精神|肢体|视力|听力|言语|智力|HIV|艾滋"
)
_OTHER_COLUMNS = (
    ("SENSITIVE_RELIGION", re.compile(r"宗教|信仰")),
    ("SENSITIVE_CRIMINAL", re.compile(r"犯罪|刑罚|前科|罪名")),
)


# A category cell that is itself sensitive (人员类别: 刑满释放人员 / 残疾人).
_CELL_VALUES = (
    ("SENSITIVE_CRIMINAL",
     re.compile(r"刑满释放(?:人员)?|社区矫正(?:对象|人员)|戒毒(?:康复)?人员|吸毒人员")),
    ("SENSITIVE_HEALTH",
     re.compile(rf"残疾人|重度残疾人|重残|{GRAVE}|{DISABILITY}|[一二三四]级(?:残疾)?")),
)
_NAME_COLUMN = re.compile(r"姓名|户主|申请人|患者|学生|名字|救助对象|对象")
_EMPTY = {"无", "-", "—", "/", "／", "否", "——"}

# Columns that tell a minor: a date of birth, an age, a school grade or class.
_BIRTH_LABEL = re.compile(r"出生|生日|生年")
_AGE_LABEL = re.compile(r"年龄|周岁|岁数")
_GRADE_LABEL = re.compile(r"年级|班级|班别|就读班|学段|所在班")
_DATE = re.compile(
    r"((?:19|20)\d{2})\s*(?:[年./\-]\s*(\d{1,2})(?:\s*[月./\-]\s*(\d{1,2}))?|(\d{2})(\d{2})?)"
)
_AGE = re.compile(r"(\d{1,3})\s*(?:周?岁)?")
# A school's grade (小学, 初中, 高中, 幼儿园): the pupil is a child.
_SCHOOL_GRADE = re.compile(
    r"[一二三四五六七八九1-9]\s*年级|[初高][一二三]|(?:小学|初中|高中)[一二三四五六]?年?级?|"
    r"幼儿园|[大中小]班|学前班|七年级|八年级|九年级"
)
ADULT_AGE = 18


def column_findings(recognizer: EntityRecognizer, text: str) -> Iterator[RecognizerResult]:
    """The health, disability, belief, record and minor cells of every table of persons."""
    index = index_for(text)
    for start, end, label in _person_table_cells(index):
        cell = text[start:end]
        value = cell.strip()
        if not value or value in _EMPTY:
            continue
        start += cell.index(value)
        entity = _cell_entity(squeeze(label), value)
        if entity:
            yield result(recognizer, entity, start, start + len(value), 0.8, cue="column",
                         column=label)
    yield from _minor_cells(recognizer, index)


def _cell_entity(label: str, value: str) -> str | None:
    if _CONDITION_LABEL.search(label):
        return "SENSITIVE_HEALTH"
    for entity, words in _OTHER_COLUMNS:
        if words.search(label):
            return entity
    if _REASON_LABEL.search(label) and _HEALTH_WORDS.search(value):
        return "SENSITIVE_HEALTH"
    return next((e for e, regex in _CELL_VALUES if regex.fullmatch(value)), None)


def _persons(index: TableIndex, number: int, headers: tuple[str, ...]) -> bool:
    key = ("persons", number)
    if key not in index.memo:
        index.memo[key] = any(kind_of(h) == PERSON or _NAME_COLUMN.search(h) for h in headers)
    return bool(index.memo[key])


def _person_table_cells(index: TableIndex) -> Iterator[tuple[int, int, str]]:
    """Every value cell of every table of persons (the table model): (start, end, its label).

    A body cell under a header is a value even when it reads like a label (a category 残疾人
    under 人员类别, whose head 人 would make it a label of a form): in a table of persons it is
    that person's category."""
    text = index.text
    seen: set[tuple[int, int]] = set()
    for view, label, _ in value_cells(index):
        if _persons(index, view.number, view.headers):
            seen.add((view.start, view.end))
            yield view.start, view.end, label
    for number, table in enumerate(index.tables):
        if not index.memo.get(("persons", number)) or is_form(index, number):
            continue
        for cell in table.cells:
            if cell.row < table.header_rows or cell.end <= cell.start or (cell.start, cell.end) in seen:
                continue
            view = index.view(number, cell)
            if view.header and is_label(text[cell.start : cell.end]):
                yield cell.start, cell.end, view.header


def _minor_cells(recognizer: EntityRecognizer, index: TableIndex) -> Iterator[RecognizerResult]:
    """The date-of-birth, age, grade and class cells of the rows of minors (of a form about a
    minor)."""
    text = index.text
    rows: dict[tuple[int, int], list[tuple[CellView, str, str]]] = {}
    for view, label, kind in value_cells(index):
        if is_form(index, view.number):
            # A form (学生资助申请表) is about one person: its fields are one row.
            rows.setdefault((view.number, -1), []).append((view, squeeze(label), kind))
        elif _persons(index, view.number, view.headers):
            rows.setdefault((view.number, view.cell.row), []).append((view, squeeze(label), kind))
    for (_, row), cells in rows.items():
        if row < 0 and not any(kind == PERSON for _, _, kind in cells):
            continue
        told = [(v, label) for v, label, _ in cells
                if _BIRTH_LABEL.search(label) or _AGE_LABEL.search(label)
                or _GRADE_LABEL.search(label)]
        if not told:
            continue
        age = _row_age(text, cells, reference_date(index))
        if age is None:
            grades = [text[v.start : v.end] for v, label in told if _GRADE_LABEL.search(label)]
            minor = any(_SCHOOL_GRADE.search(g) for g in grades)
        else:
            minor = age < ADULT_AGE
        if not minor:
            continue
        for view, label in told:
            cell = text[view.start : view.end]
            value = cell.strip()
            if not value or value in _EMPTY:
                continue
            start = view.start + cell.index(value)
            yield result(recognizer, "SENSITIVE_MINOR", start, start + len(value), 0.8,
                         cue="column", column=label)


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
        if kind == ID and re.fullmatch(r"\d{17}[\dX]\d{0,2}", value):
            born = _birth(value[6:14])
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
    key = "reference_date"
    if key not in index.memo:
        text = index.text
        blanked = list(text)
        for table in index.tables:
            for cell in table.cells:
                blanked[cell.start : cell.end] = " " * (cell.end - cell.start)
        issued = extract_meta("".join(blanked)).issued_on
        index.memo[key] = datetime.date.fromisoformat(issued) if issued else datetime.date.today()
    return index.memo[key]  # type: ignore[return-value]
