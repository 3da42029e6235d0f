"""A document's layout, read from its structure rather than its words: whether it is a form (one
record written as a grid of labels and values) or a record of questioning (问：… 答：…), and
whether it is a document of an enforcement case's file.

The attribute (``pipeline.attribute``) asks. A filled-in form — a 登记表 or 审批表, one person's or
one matter's fields — is a step of the body's own workflow (内部事务信息, 《政府信息公开条例》第十六条
第一款); what the body publishes is a list, a notice or a decision, not its forms. A record of
questioning (询问笔录, 调查笔录) and a form or report that carries a case's fields (案由, 当事人,
案件来源) belong to the case file (行政执法案卷信息, 第十六条第二款): the decision is published
(第二十条第六项), the file is not.

A form is read in two layouts: ``label：value`` fields on short lines (a TXT or PDF form), and a
table whose cells alternate a short label and its value (a DOCX form: two, four or six columns,
no header row). A list (a header row over many rows of the same columns) is neither.
"""

from __future__ import annotations

import re

from pipeline.model import Document

HEAD_LINES = 40
_MIN_FIELDS = 5
# A filled field's label: two to ten characters of a name (申请人姓名, 联系电话, 案由) before a colon, at
# the start of a line or after a wide gap (several fields on one line).
_FIELD = re.compile(
    r"(?:^|\t|\u3000|[^\S\n]{2,})[^\S\n]*([\u4e00-\u9fa5（）()、/]{2,10})[^\S\n]*[:：]"
    # ... with a value after it: a blank template (a 申请表 published as a service guide, its
    # fields empty or underlined) is no filled-in form.
    r"(?=[^\S\n]*[^\s_＿])",
    re.MULTILINE,
)
_LABEL = re.compile(r"^[\u4e00-\u9fa5（）()、/]{2,10}$")
_QUESTION = re.compile(r"^[^\S\n]*问[^\S\n]*[:：]", re.MULTILINE)
_ANSWER = re.compile(r"^[^\S\n]*答[^\S\n]*[:：]", re.MULTILINE)
# The fields that make a form or a report one of an enforcement case.
_CASE_FIELD = re.compile(
    r"(?:^|[\t\u3000\n]|[^\S\n]{2,})[^\S\n]*(案由|当事人|案件来源|案件编号|案号|违法事实|立案(?:时间|日期)?|"
    r"被调查人|被询问人|执法人员)[^\S\n]*(?:[:：]|\n|\t)",
)
_SENTENCE = re.compile(r"[，,。！？!?；;“”]")


def _head(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()][:HEAD_LINES]


def title_line(text: str) -> str:
    """The first line of the head that is no sentence, letter-spacing removed (its title)."""
    for line in _head(text)[:4]:
        if not _SENTENCE.search(line):
            return re.sub(r"\s+", "", line)
    return ""


def _grid_fields(document: Document) -> int:
    """Label cells of tables laid out as forms: an even number of columns, no header row, and
    a short label in an even column with a value beside it. (A table ingest read with a header
    row is taken for a list: on corpus F reading those as forms withheld a published one.)"""
    text = document.text
    count = 0
    for table in document.tables:
        if table.header_rows or table.columns % 2 or table.columns > 6:
            continue
        cells = {(c.row, c.column): text[c.start:c.end].strip() for c in table.cells}
        count += sum(
            1 for (row, col), value in cells.items()
            if col % 2 == 0 and _LABEL.match(value) and cells.get((row, col + 1))
        )
    return count


def form_fields(document: Document) -> int:
    """How many ``label：value`` fields the head of the document holds, in text or in a grid."""
    head = "\n".join(_head(document.text))
    return len(_FIELD.findall(head)) + _grid_fields(document)


def is_form(document: Document) -> bool:
    """The document is one record laid out as a form."""
    return form_fields(document) >= _MIN_FIELDS


def questioning_record(text: str) -> bool:
    """A record of questioning: the questions and answers stand as 问： and 答： lines."""
    return len(_QUESTION.findall(text)) >= 2 and len(_ANSWER.findall(text)) >= 2


def case_fields(text: str) -> set[str]:
    """The case-file fields (案由, 当事人…) the head of the document holds as labels."""
    return set(_CASE_FIELD.findall("\n".join(_head(text))))
