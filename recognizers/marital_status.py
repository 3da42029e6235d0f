"""A private person's marital facts in running prose (婚姻状况: personal privacy, 《政府信息公开条例》
第十五条): 协议离婚, 已离异, 离婚后, 再婚, 丧偶, 分居, and a form's 婚姻状况：离异.

A reply to a 信访 matter, a 12345 answer, a 行政复议决定 or a compensation agreement tells how a
resident's family stands (…与妻子于2019年协议离婚, 申请人已离异, 信访人丧偶多年): who married,
divorced or lost a spouse is a private fact of that person, never part of what a body must
publish (an official's marital status never appears in an official text). The spouse's name is
a name (``recognizers.person_name``: 其配偶, 乙方配偶 are private cues).

Pattern: the fact's word — a divorce with its way (协议离婚, 诉讼离婚), 离婚 as an event (not the
name of a procedure: 离婚登记, 离婚手续, 离婚冷静期, 离婚纠纷, unless it is done: 已办理离婚手续),
离异, 再婚, 复婚, 丧偶, 分居, 改嫁, and the value after 婚姻状况.

Context: the sentence is about a particular person, the same test as sensitive personal
information (``recognizers.sensitive_info``: a name, or a word that points at the matter's one
person — 来电人, 申请人, 其妻, 你 — in a sentence not worded as a rule), or the fact is said of a
name standing as its clause's subject. A law's articles (婚姻登记条例, 民法典 婚姻家庭编), a
rule's condition (自愿离婚的，) and a policy about 丧偶老人 or 离异家庭 name nobody and stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from presidio_analyzer import RecognizerResult

from pipeline import ner
from recognizers._base import CustomRecognizer, result
from recognizers._legal_text import in_articles
from recognizers.sensitive_info import (
    _POINTERS,
    _SENTENCE,
    _about_one_person,
    _rule_after,
    _spans,
    _subject_named,
    name_within,
)

# 离婚 names a procedure or a kind of case before these; the fact is 离婚 itself.
_PROCEDURE = r"登记|手续|冷静期|案件|纠纷|诉讼|自由|率|证|协议书|财产|事宜|当事人|申请|登记机关"
MARITAL = re.compile(
    r"(?P<done>已经?办理了?离婚(?:登记|手续)|办理了离婚(?:登记|手续))"
    r"|(?P<way>(?:协议|诉讼|判决|调解)离婚)"
    rf"|(?P<event>(?<![准予许不])离婚(?!{_PROCEDURE})|离异|再婚|复婚|丧偶|分居|改嫁|"
    r"单亲(?:母亲|父亲|妈妈|爸爸))"
    r"|婚姻状况\s*(?:[:：]|为|是)\s*(?P<field>已婚|未婚|离异|离婚|丧偶|再婚|初婚|复婚)"
)

# A clause that says what may or must be done (当事人只能通过离婚终止婚姻关系) states a rule, not an
# event of the person.
_MODAL = re.compile(r"只能|可以|应当|须|需|方可|才能|即可|不得|有权")
_DATED = re.compile(r"(?:19|20)\d{2}\s*年|[一二][〇零○一二三四五六七八九]{3}年")
# 其 as the person (其于2019年离婚, 其离异后), not 其他, 其中, 其余.
_ITS = re.compile(r"其(?![他中余次实后它])")


def _said_of_person(text: str, s: int, e: int, sentence_start: int, sentence_end: int,
                    names: list[tuple[int, int]]) -> bool:
    """The fact at ``[s, e)`` is predicated of a person in its own clause: a name or a word for the
    person stands in it (来电人…协议离婚, 离婚后你再婚), or the clause is the fact alone in a
    person's description (贺明远，男，…，已离异，): a discussion of divorce in general
    (撤销婚姻与离婚有着显著区别) has neither."""
    cuts = "，,：:"
    begin = max(text.rfind(c, sentence_start, s) for c in cuts) + 1
    begin = max(begin, sentence_start)
    ends = [i for i in (text.find(c, e, sentence_end) for c in cuts) if i >= 0]
    finish = min(ends, default=sentence_end)
    clause = text[begin:finish]
    if _MODAL.search(clause):
        return False
    if name_within(names, begin, finish):
        return True
    if _POINTERS.search(clause) or _ITS.search(clause):
        return True
    # A dated divorce is an event in someone's life, the sentence's person's (申请人与第三人原系
    # 夫妻，2018年经法院判决离婚): a discussion of divorce in general dates none.
    if _DATED.search(clause):
        return True
    # The fact with only its time or degree around it (已离异, 丧偶多年, 2019年离婚).
    return len(re.sub(r"[\d年月日份已于经多年后]", "", clause)) <= len(text[s:e]) + 1


class MaritalStatusRecognizer(CustomRecognizer):
    ENTITIES = ("PERSONAL_MARITAL",)

    def find(self, text: str) -> Iterable[RecognizerResult]:
        names = sorted(
            (s, e) for s, e in (ner.person_spans(text) if ner.available() else ())
            if not re.search(r"某|×|[*＊]", text[s:e])
        )
        for sentence in _SENTENCE.finditer(text):
            start, end = sentence.span()
            if in_articles(text, start):
                continue  # 婚姻登记条例, 民法典: kinds of people
            about = _about_one_person(text, start, end, names)
            for s, e in _spans(MARITAL, sentence[0], start):
                if _rule_after(text, e):
                    continue  # 自愿离婚的，…: a rule's condition
                if about and not _said_of_person(text, s, e, start, end, names):
                    continue
                if about or _subject_named(text, start, s):
                    yield result(self, "PERSONAL_MARITAL", s, e, 0.8,
                                 cue="person_in_sentence" if about else "subject")
