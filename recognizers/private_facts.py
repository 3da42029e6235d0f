"""Private facts told in running prose, read as a clause: a private person's religious belief,
criminal record, marital status, a child's school and class, and health (个人信息保护法第二十八条
敏感个人信息; 婚姻状况 is personal privacy, 政府信息公开条例第十五条).

A reply to a resident, a 信访事项处理意见书, an 依申请公开答复书, a hotline work order or a 社区矫正
report tells these facts in its own words (``其母亲多年来一直信奉天主教``, ``该户户主早年离异``,
``其子系城关二小五年级学生``, ``另查明，邻居曾因寻衅滋事被行政拘留十日``). Phrase patterns around
examples miss the next author's shape, so the fact is read by the grammar of its clause:

1. The text is cut into paragraphs, sentences and clauses with their offsets, and the clause's
   subject is read (``recognizers._clauses``): a private person (a name, a party's role noun, a
   relation, 你), a pronoun or a dropped subject carried from the clause before, or a body, an
   official, people in general — who have no private facts here.
2. The fact is recognised by its predicate class, a small closed set of heads per category
   (``recognizers._fact_heads``): 信仰/信奉/皈依 + a religion, 系…教徒, 参加…礼拜; 被判处, 服刑,
   刑满释放, 前科, 因…罪, 拘留, 缓刑, 社区矫正; 离婚, 离异, 丧偶, 再婚, 未婚, 分居, 婚姻关系;
   就读于/在…上学/读…年级 (a child's only); 患有, 确诊, 诊断为, 住院, 残疾.
3. The span is the fact: from the head (with the 曾/因 of a record before it) to the end of its
   object, stopped where the clause goes on to something else (、, 并, 后, 多年, 需…), so that
   whatever part a reader would black out (基督教, 信仰基督教, 曾因盗窃罪被判处有期徒刑二年,
   城关二小五年级, 离异) is inside it and the rest of the sentence stays readable.

What stays: a law's articles (``recognizers._legal_text``), a clause that states a rule or a
condition (应当, 可以, 不得…, …的，), a head that qualifies a group (信教群众, 丧偶老人,
刑满释放人员安置帮教工作), a negated head (无犯罪记录, 未婚 is a status, 未离婚 is not), and any
clause about a body, an official or people in general (全市宗教工作, 我市现有五大宗教).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from presidio_analyzer import RecognizerResult

from pipeline import ner
from pipeline.tables import index_for
from recognizers._base import CustomRecognizer, result
from recognizers._clauses import About, Reader, clauses
from recognizers._fact_heads import (
    CRIMINAL,
    CRIMINAL_NOT,
    GROUP,
    HEALTH,
    MARITAL,
    MINOR,
    MODAL,
    NEGATED,
    RELIGION,
    STOP,
)
from recognizers._legal_text import in_articles

# Which categories go on past the head to the end of the clause's object (a sentence, a
# divorce's manner, a disease's stage); a belief and a school are the object itself.
_CATEGORIES: tuple[tuple[str, re.Pattern[str], bool], ...] = (
    ("SENSITIVE_RELIGION", RELIGION, False),
    ("SENSITIVE_CRIMINAL", CRIMINAL, True),
    ("PERSONAL_MARITAL", MARITAL, True),
    ("SENSITIVE_HEALTH", HEALTH, False),
    ("SENSITIVE_MINOR", MINOR, False),
)
_EXTEND = 12  # at most this many characters of object after the head
_LABEL_LINE = re.compile(r"[^\S\n]*[\u4e00-\u9fa5]{2,8}[^\S\n]*[:：]")
_JOINED = re.compile(r"\s*[、，,]?\s*(?:并|且)?")
_STAGE = re.compile(r"(?:晚期|早期|中期|末期|复发|[一二三四]期|术后|后遗症|并发症)+")
_CELL_VALUE = 30  # a table cell this short is a value, not prose
# An article, a list of cases or a definition (本条例所称…是指…): kinds of people.
_RULE_SENTENCE = re.compile(r"^\s*第[一二三四五六七八九十百零〇\d]+条|有下列情形|情形之一|下列人员|本[法例定则]所称|是指|系指")
# A record's adverbs before its head belong to the record (曾因盗窃罪被判处…, 先后两次被拘留).
_RECORD_START = re.compile(r"(?:曾经|曾|先后|多次|两次|三次)?(?:因[^，,。；;]{1,10}?)?$")
# Read with ``match`` at the head's end: the head qualifies a group (信教群众, 丧偶老人).
_AFTER_GROUP = re.compile(rf"的?[\u4e00-\u9fa5]{{0,4}}?{GROUP}|(?:人|证|补贴|津贴|事业|联合会|康复|工作)")
# What stands between a subject and a school's name: a time, a verb of entering.
_LEAD = re.compile(r"(?:去年|今年|前年|现在|现|目前|已经|已|秋季|春季|于|在|到|转入|进入|考入|入读|就读于)*")
_YOUNG = re.compile(r"(?<![\d.])(?:[1-9]|1[0-7])\s*(?:周岁|岁)|小学生|中学生|在校生|学生|未成年")


class PrivateFactsRecognizer(CustomRecognizer):
    ENTITIES = ("SENSITIVE_RELIGION", "SENSITIVE_CRIMINAL", "PERSONAL_MARITAL", "SENSITIVE_HEALTH",
                "SENSITIVE_MINOR")

    def find(self, text: str) -> Iterable[RecognizerResult]:
        for entity, start, end in facts(text):
            yield result(self, entity, start, end, 0.8, cue="clause")


def facts(text: str) -> Iterator[tuple[str, int, int]]:
    """Every private fact of ``text`` as (entity type, start, end); a sentence and its terms
    told in two clauses (判处有期徒刑三年，缓刑四年) are one record."""
    pending: tuple[str, int, int] | None = None
    for fact in _facts(text):
        if (pending and fact[0] == pending[0] == "SENSITIVE_CRIMINAL"
                and _JOINED.fullmatch(text, pending[2], fact[1])):
            pending = (fact[0], pending[1], fact[2])
            continue
        if pending:
            yield pending
        pending = fact
    if pending:
        yield pending


def _facts(text: str) -> Iterator[tuple[str, int, int]]:
    names = ner.person_spans(text) if ner.available() else ()
    reader = Reader(text, names)
    carried: About = None
    paragraph = rule = (-1, -1)
    for start, end, sentence, para in clauses(text):
        if para != paragraph:
            # A form goes on over its lines (社区矫正对象：… / 罪名：… / 婚姻状况：…): a line that
            # opens with a label is about whom the line before was about; other lines start anew.
            joined = _LABEL_LINE.match(text, para[0]) and "\n\n" not in text[paragraph[1] : para[0] + 1]
            paragraph = para
            carried = carried if joined else None
        if in_articles(text, start) or _RULE_SENTENCE.search(text, sentence[0], sentence[1]):
            carried = None
            continue
        clause = text[start:end]
        if MODAL.search(clause) or clause.rstrip("，, ").endswith("的"):
            # A rule or its condition: the parties it names (当事人, 犯罪嫌疑人) are kinds of
            # people, and so is whoever the clauses after it speak of.
            rule = sentence
            carried = None
            continue
        if rule == sentence:
            continue
        yield from _clause_facts(text, reader, start, end, sentence, carried)
        carried = reader.subject_kind(start, end, carried)


def _clause_facts(text: str, reader: Reader, start: int, end: int, sentence: tuple[int, int],
                  carried: About) -> Iterator[tuple[str, int, int]]:
    index = index_for(text)
    body_end = end
    while body_end > start and text[body_end - 1] in "，,。；;！？!? \t　":
        body_end -= 1
    for entity, regex, extend in _CATEGORIES:
        spans: list[tuple[int, int]] = []
        for match in regex.finditer(text, start, body_end):
            group = next(g for g in match.groupdict() if match[g])
            s, e = match.span(group)
            if group == "head":
                # A belief's or an illness's object is the fact (基督教, 尿毒症): the shortest
                # span that says it; the verb (信仰, 患有) says nothing of the person alone.
                s, e = match.span("obj") if "obj" in match.groupdict() else (s, e)
            if NEGATED.search(text, max(start, s - 4), s) or _AFTER_GROUP.match(text, match.end()):
                continue
            if entity == "SENSITIVE_CRIMINAL" and group != "head5" and CRIMINAL_NOT.match(text, s):
                continue
            inside = [m for m in reader.mentions(start, e)
                      if m[0] <= s < m[1] and m[2] != "general" and (m[0], m[1]) != (s, e)]
            if inside:
                if entity != "SENSITIVE_MINOR":
                    continue  # a head inside a person's word (罪犯在…犯罪: 犯 of 罪犯)
                # The pattern took the subject into the object (其孙女去年转入…小学): it starts
                # after the subject and what leads to the object.
                s = inside[-1][1]
                s = _LEAD.match(text, s).end()
            about = reader.about(start, s, carried)
            if about is None:
                continue
            if entity == "SENSITIVE_MINOR" and about != "child" and not _YOUNG.search(
                    text, sentence[0], sentence[1]):
                continue
            if entity == "SENSITIVE_CRIMINAL":
                s = _record_start(text, reader, start, s)
            if entity == "SENSITIVE_HEALTH":
                # A disease goes on with its stage only (肺癌晚期, 脑梗塞后遗症), not with the
                # rest of the clause (…在县医院抢救).
                stage = _STAGE.match(text, e)
                e = stage.end() if stage else e
            elif extend:
                e = _object_end(text, e, body_end)
            cell = index.cell_at(s)
            if cell is not None:
                if cell.end - cell.start <= _CELL_VALUE:
                    continue  # a table's value: its column says what it is (_sensitive_columns)
                e = min(e, cell.end)  # prose in a cell (a work order's 办理情况) ends with it
            spans.append((s, e))
        for s, e in _merged(spans, 1 if entity == "SENSITIVE_MINOR" else 0):
            if entity != "SENSITIVE_MINOR" and text.startswith("的", e) and _AFTER_GROUP.match(text, e):
                continue  # 有盗窃前科的人员: a kind of people
            yield entity, s, e


def _record_start(text: str, reader: Reader, clause_start: int, head: int) -> int:
    """A record's head with the adverbs and the cause before it in its clause, after the
    clause's last mention (its subject)."""
    mentions = reader.mentions(clause_start, head)
    floor = max([clause_start, head - 14, *(e for _, e, _ in mentions)])
    match = _RECORD_START.search(text, floor, head)
    if match and match.start() < head:
        start = match.start()
        # The cause alone (因) without 曾: start there, not at a time word before it.
        return start
    return head


def _object_end(text: str, end: int, clause_end: int) -> int:
    """The end of the object after a head at ``end``: the clause's end, or where the clause goes
    on to something else (、, 并, 后, 多年…), at most ``_EXTEND`` characters on."""
    limit = min(clause_end, end + _EXTEND)
    stop = STOP.search(text, end, limit)
    stop_at = stop.start() if stop else limit
    while stop_at > end and text[stop_at - 1] in " \t　：:":
        stop_at -= 1
    return stop_at


def _merged(spans: list[tuple[int, int]], gap: int = 0) -> list[tuple[int, int]]:
    """Overlapping spans, and with ``gap`` spans that close (城关二小|读|五年级), as one."""
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1] + gap:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
