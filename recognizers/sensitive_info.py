"""Sensitive personal information (敏感个人信息, 《个人信息保护法》第二十八条) about a named person:
a minor's age and date of birth in prose, and every category in the columns of a table of
persons.

第二十八条 names what, once leaked, easily harms a person's dignity or safety: 生物识别、宗教信仰、
特定身份、医疗健康、金融账户、行踪轨迹, and the information of minors under fourteen. A belief, a
criminal record, an illness (and a marriage) told in running prose is read clause by clause by
``recognizers.private_facts``; this module keeps what is read otherwise:

- Minors (``SENSITIVE_MINOR``): a date of birth that makes the person under eighteen on the
  document's date (2014年3月出生) and an age under eighteen (12岁, 未满十四周岁) of a named person,
  in a sentence about a particular person and about school or childhood (the child's school and
  class are a clause's fact: ``recognizers.private_facts``).
- In a table of persons (a column of names), the columns say what their cells hold: conditions,
  disabilities, beliefs, records and minors' dates of birth, ages and grades are read there by
  column (``recognizers._sensitive_columns``).

"About a particular person": the sentence holds a person's name (after a label, or proposed by
the model), or a word that points at one person (其妻, 该户, 该生, 申请人, 户主, 之子, 你…) in a
sentence not worded as a rule. An article of a law (第三条…), a conditional rule (…的，) and a
sentence about a masked name (张某: nobody a reader can identify) are left alone.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

from presidio_analyzer import RecognizerResult

from pipeline import ner
from pipeline.tables import index_for
from recognizers._base import CustomRecognizer, result
from recognizers._legal_text import in_articles
from recognizers._minor_rows import column_decides
from recognizers._sensitive_columns import column_findings, minor_births

# A minor's age (the school and the class are read by ``recognizers.private_facts``).
MINOR = re.compile(
    r"(?P<age>(?:(?<![\d.])(?:[1-9]|1[0-7])|(?<![一二两三四五六七八九十百])(?:[一二两三四五六七八九]|十[一二三四五六七]?))"
    r"\s*(?:周岁|岁)(?!以[上下]|至|到|-|—|～|~))"
    r"|(?P<young>未满(?:十四|十六|十八|14|16|18)周岁)"
)
# A word that points at one person in the sentence.
_POINTERS = re.compile(
    r"其(?:妻|夫|子|女|父|母|儿|孙|配偶)|该户|该生|该同学|该患者|该员|该犯|申请人|户主|"
    r"投诉人|举报人|来电人|之子|之女|之妻|之夫|儿子|女儿|妻子|丈夫|父亲|母亲|孙子|孙女|你|您|"
    # Not 本人: a rule's 由…人员本人承担 names a kind of person, not one.
    r"该人|此人|该男子|该女子|当事人|信访人|来访人|诉求人|反映人|被申请人|复查申请人|"
    # 该 + a resident's noun: the one resident the reply is about (该市民已离异, 该村民患有…).
    r"该(?:市民|村民|居民|群众|老人|妇女|业主|住户|农户|职工|患者|学生|儿童)(?!小组|委员会|会议|代表|们)|"
    r"来电(?:市民|群众)"
)
# An article of a law or a conditional rule (第三条…, …的，…; 有下列情形之一): it names kinds of
# people even where a word looks like a name.
_RULE_SENTENCE = re.compile(r"^\s*第[一二三四五六七八九十百零〇\d]+条|有下列情形|情形之一|[\u4e00-\u9fa5]的[,，]")
# A name as a label gives it (the model gives the others).
_LABELLED_NAME = re.compile(
    r"(?:姓名|申请人|户主|当事人|患者|学生|投诉人|来电人|被处罚人)\s*[:：]\s*[\u4e00-\u9fa5]{2,4}"
)
# A rule or a policy, not a case: it speaks of kinds of people.
_GENERAL = re.compile(
    r"应当|可以|不得|符合条件的|对象范围|范围包括|包括|标准|条件|办法|规定|条例|以下|以上的|"
    r"对于|凡|各类|一律|鼓励|支持|保障|享受|救助对象为|分为"
)
_SENTENCE = re.compile(r"[^。；;！？!?\n]+")


def name_within(names: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether one of ``names`` (sorted spans, each ``s < e``) lies inside ``[start, end)``.
    Only the names starting there are looked at: a walk over every name of the document for
    every sentence made a long document quadratic."""
    i = bisect.bisect_left(names, start, key=lambda span: span[0])
    while i < len(names) and names[i][0] < end:
        if names[i][1] <= end:
            return True
        i += 1
    return False


def _about_one_person(text: str, start: int, end: int, names: list[tuple[int, int]]) -> bool:
    """The sentence at ``[start, end)`` is about a particular person: it names one, or it
    points at one and is not worded as a rule. ``names`` is sorted."""
    if _RULE_SENTENCE.search(text[start:end]):
        return False
    if name_within(names, start, end) or _LABELLED_NAME.search(text, start, end):
        return True
    # A masked name (张某) is no particular person to a reader: nothing to withhold for it.
    return bool(_POINTERS.search(text, start, end)) and not _GENERAL.search(text, start, end)


def _rule_after(text: str, end: int) -> bool:
    """The fact is a rule's condition: 的 follows it (因…被判处刑罚的，不得…; 有前科的人员)."""
    return text.startswith("的", end)


def _spans(regex: re.Pattern[str], sentence: str, offset: int) -> Iterator[tuple[int, int]]:
    for match in regex.finditer(sentence):
        group = next((g for g in match.groupdict() if match[g]), None)
        span = match.span(group) if group else match.span()
        yield offset + span[0], offset + span[1]


class SensitiveInfoRecognizer(CustomRecognizer):
    ENTITIES = ("SENSITIVE_HEALTH", "SENSITIVE_MINOR", "SENSITIVE_RELIGION", "SENSITIVE_CRIMINAL",
                "SENSITIVE_IDENTITY", "PERSONAL_AGE")  # the columns' types too

    def find(self, text: str) -> Iterable[RecognizerResult]:
        names = sorted(
            (s, e) for s, e in (ner.person_spans(text) if ner.available() else ())
            if not re.search(r"某|×|[*＊]", text[s:e])
        )
        yield from column_findings(self, text)
        for sentence in _SENTENCE.finditer(text):
            start, end = sentence.span()
            if in_articles(text, start):
                continue  # a law's articles (禁毒法: 决定强制隔离戒毒…) speak of kinds of people
            chunk = sentence[0]
            if not _about_one_person(text, start, end, names) or not _minor_context(chunk):
                continue
            # The age, the school and the grade each tell of the child (其子今年12岁，在城关第二小学
            # 六年级就读): all of them go.
            spans = [*_spans(MINOR, chunk, start), *minor_births(text, start, end)]
            index = index_for(text)
            for s, e in spans:
                if column_decides(index, s) or _rule_after(text, e):
                    continue  # the row decides; …的 (人员): a kind of person, a rule
                yield result(self, "SENSITIVE_MINOR", s, e, 0.8, cue="person_in_sentence")


def _minor_context(sentence: str) -> bool:
    """An age or a grade says "minor" only in a sentence about school or childhood."""
    return bool(re.search(
        r"学生|小学|中学|初中|高中|幼儿园|就读|在读|上学|读书|年级|班|儿童|孩子|儿子|女儿|之子|之女|"
        r"孙子|孙女|未成年|周岁|学校|该生|同学", sentence))
