"""Sensitive personal information held in the columns of a table of persons (《个人信息保护法》
第二十八条): health and disability, a person's particular circumstances, and the information of
minors.

A list of people (公示, 名单, 花名册, 明细) says in its header what each column holds, so a
column is typed by its label, the way ``recognizers._columns`` types number columns, and every
cell of it is read, whatever the table's size:

- **Conditions** (``SENSITIVE_HEALTH``): a label that names a condition — 病种, 疾病名称, 患病情况,
  病情, 诊断, 残疾类别, 残疾等级, 伤残等级, 健康状况 — or an injury — 伤亡情况, 受伤情况, 伤情,
  伤势 (an accident's casualty table: 死亡, 重伤, 颅脑损伤) — makes each of its cells the person's
  health or disability information, whatever the words (双相情感障碍, 重残: no list of diseases
  is needed).
- **Hardship** (a label that names the *reason* or the *kind* of help — 致贫原因, 救助原因, 困难类型,
  帮扶类别, 资助类型, 供养类别, 人员类别): a cell holds health where its words are those of
  illness, injury or disability (因病, 因残, 残疾人家庭, 患…, a word ending in 病/症/癌/瘤/炎/障碍
  …), not 缺劳力 or 因学; and a person's particular circumstances (``SENSITIVE_IDENTITY``,
  第二十八条 特定身份) where it says the person has no family to keep them — 孤儿, 事实无人抚养,
  特困供养, 五保, 失独 — except the 特困 status of a 低保 or 特困 公示, which its rule publishes
  with the name (``pipeline.published_lists``). 低保 (and 建档立卡, 脱贫户) is no such circumstance: the names, the
  household sizes and the amounts of 低保 recipients are published by rule (《最低生活保障审核确认
  办法》民发〔2021〕57号 第十八条: 公示 of 申请人姓名、家庭成员数量、保障金额), and an adult's 低保
  status stays. A category cell that is itself sensitive (人员类别: 残疾人, 刑满释放人员) is one
  too.
- **Victims**: in a table of private persons with an injury column, each person's age is
  personal information (``PERSONAL_AGE``, as beside a name in prose).
- **Minors** (``SENSITIVE_MINOR``): the rows of minors and the cells that tell of the minor
  (``recognizers._minor_rows``): identifiers, class, hardship, health, address.

A table is of persons when one of its columns holds names (its label's head is a person,
``recognizers._columns.kind_of``: 姓名, 户主, 学生, 对象 — a count of pupils, 受助学生人数, is no
column of names); a table of diseases and counts names nobody.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import EntityRecognizer, RecognizerResult

from pipeline.published_lists import published_list
from pipeline.tables import TableIndex, index_for, squeeze
from recognizers._base import result
from recognizers._columns import (
    INJURY_LABEL,
    PERSON,
    is_form,
    is_label,
    kind_of,
    officials_table,
    value_cells,
)
from recognizers._health_words import DISABILITY, GRAVE
from recognizers._minor_rows import minor_births, minor_cells

__all__ = ["column_findings", "minor_births"]

# Labels of a column that holds an injury (an accident's casualty table): the victim's health.
_INJURY = INJURY_LABEL
# Labels of a column that holds a condition: each cell is the person's health information.
_CONDITION_LABEL = re.compile(
    r"疾病|病种|病名|诊断|病情|患病|病因|病史|残疾类别|残疾类型|残疾等级|残疾级别|残疾程度|残疾情况|"
    r"伤残等级|伤残情况|健康状况|身体状况|重残|失能|" + _INJURY
)
# Labels of a column that holds why a person is helped: health only where the cell says so.
_REASON_LABEL = re.compile(
    r"(?:致贫|致困|返贫|困难|救助|贫困|享受|保障|帮扶|资助|供养|优抚|家庭|人员|对象)(?:主要)?"
    r"(?:原因|事由|类型|类别|种类|情形|情况|性质|属性|身份)$|(?:主要)?困难|(?:原因|事由|缘由)$"
)
# A person with no family to keep them (特定身份): an orphan, a child nobody raises, a person
# the state keeps (特困供养, 五保), parents who lost their only child. Not 低保: its recipients
# are published by rule.
_CIRCUMSTANCE = re.compile(r"孤儿|事实无人抚养|无人抚养|特困|五保|失独|困境儿童|服刑人员子女")
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
# A column of names by its label's end (学生, 救助对象; not 受助学生人数, a count).
_NAME_COLUMN = re.compile(r"(?:姓名|户主|申请人|患者|学生|名字|对象|伤者|死者|遇难者)$")
_BRACKETS = re.compile(r"[(（\[【][^)）\]】]*[)）\]】]")
_AGE_LABEL = re.compile(r"年龄|周岁|岁数")
_AGE = re.compile(r"\d{1,3}\s*(?:周?岁)?")
_EMPTY = {"无", "-", "—", "/", "／", "否", "——"}



def column_findings(recognizer: EntityRecognizer, text: str) -> Iterator[RecognizerResult]:
    """The health, disability, circumstance, belief, record, victim's age and minor cells of
    every table of persons."""
    index = index_for(text)
    for start, end, label in _person_table_cells(index):
        cell = text[start:end]
        value = cell.strip()
        if not value or value in _EMPTY:
            continue
        start += cell.index(value)
        entity = _cell_entity(squeeze(label), value)
        if entity == "SENSITIVE_IDENTITY" and _published_status(index, value):
            continue
        if entity:
            yield result(recognizer, entity, start, start + len(value), 0.8, cue="column",
                         column=label)
    yield from _victims_ages(recognizer, index)
    persons = {number for number, table in enumerate(index.tables)
               if table.cells and _persons(index, number, index.view(number, table.cells[0]).headers)}
    yield from minor_cells(recognizer, index, persons)


def _cell_entity(label: str, value: str) -> str | None:
    if _CONDITION_LABEL.search(label):
        return "SENSITIVE_HEALTH"
    for entity, words in _OTHER_COLUMNS:
        if words.search(label):
            return entity
    if _REASON_LABEL.search(_BRACKETS.sub("", label) or label):
        if _HEALTH_WORDS.search(value):
            return "SENSITIVE_HEALTH"
        if _CIRCUMSTANCE.search(value):
            return "SENSITIVE_IDENTITY"
    return next((e for e, regex in _CELL_VALUES if regex.fullmatch(value)), None)


def _published_status(index: TableIndex, value: str) -> bool:
    """A 特困 status in a 低保 or 特困 公示: the status its rule publishes with the name (the
    list is of 特困人员; 《特困人员认定办法》), not a circumstance told of one of them."""
    notice = published_list(index)
    return bool(notice and notice.kind == "social_assistance" and re.search(r"特困|五保", value)
                and not re.search(r"孤儿|无人抚养|儿童", value))


def _persons(index: TableIndex, number: int, headers: tuple[str, ...]) -> bool:
    key = ("persons", number)
    if key not in index.memo:
        index.memo[key] = any(
            kind_of(h) == PERSON or _NAME_COLUMN.search(_BRACKETS.sub("", h) or h)
            for h in headers
        )
    return bool(index.memo[key])


def _victims_ages(recognizer: EntityRecognizer, index: TableIndex) -> Iterator[RecognizerResult]:
    """The ages in a table of private persons with an injury column (an accident's victims):
    with the rest of the report (the place, the day, the trade) the age still points at the
    person once the name is gone. A minor's age is the minor's (``recognizers._minor_rows``)."""
    text = index.text
    for view, label, _ in value_cells(index):
        if not _AGE_LABEL.search(label) or not _victims(index, view.number, view.headers):
            continue
        cell = text[view.start : view.end]
        value = cell.strip()
        if _AGE.fullmatch(value):
            start = view.start + cell.index(value)
            yield result(recognizer, "PERSONAL_AGE", start, start + len(value), 0.8,
                         cue="victim_age", column=label)


def _victims(index: TableIndex, number: int, headers: tuple[str, ...]) -> bool:
    key = ("victims", number)
    if key not in index.memo:
        index.memo[key] = (
            _persons(index, number, headers)
            and not is_form(index, number)
            and any(re.search(_INJURY, squeeze(h)) for h in headers)
            and not officials_table(index, number)
        )
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


