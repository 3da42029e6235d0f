"""Sensitive personal information (敏感个人信息, 《个人信息保护法》第二十八条) about a named person:
health, minors, religious belief, criminal records.

第二十八条 names what, once leaked, easily harms a person's dignity or safety: 生物识别、宗教信仰、
特定身份、医疗健康、金融账户、行踪轨迹, and the information of minors under fourteen. A
disclosure document carries it in the clauses about one person (a relief list, a reply to a
resident, a penalty decision). The value is taken only where such a clause is about a
particular person; a law, a notice or a policy that talks about diseases, schools or religion
in general names no one and is left alone, and so is the prose of a text of rules (a law's
articles, ``recognizers._legal_text``), whatever words it uses (本人, 当事人).

- Health (``SENSITIVE_HEALTH``): a disease after 患有, 患, 确诊, 诊断为, 因…住院 (a word ending in
  症, 病, 癌, 瘤, 炎, 综合征…: 尿毒症, 白血病, 肺癌); the best-known grave ones on their own
  (白血病, 尿毒症, 恶性肿瘤, 精神分裂症, 艾滋病…); a disability with its kind or grade
  (肢体二级残疾, 残疾等级：三级, 重度残疾, 残疾证号 is an identifier, not this).
- Minors (``SENSITIVE_MINOR``): a school grade or class (三年级, 初二, 高一(3)班, 七年级), a date of
  birth that makes the person under eighteen on the document's date (2014年3月出生), an age
  under eighteen (12岁, 未满十四周岁) of a named person, and the school the clause says the child
  attends (在城关第二小学六年级就读, 就读于县第一中学, 在城关二小读五年级) — each of them.
- Religion (``SENSITIVE_RELIGION``): 信仰伊斯兰教, 宗教信仰：基督教, 系佛教徒, 系基督教徒, 是穆斯林,
  and the practice that tells it (参加基督教家庭聚会, 到…教堂做礼拜).
- Criminal records (``SENSITIVE_CRIMINAL``): 因…罪被判处…, 曾被判处有期徒刑…, 刑满释放, 有犯罪前科,
  正在服刑, 社区矫正对象, 吸毒人员.

In a table of persons (a column of names), the columns say what their cells hold: conditions,
disabilities, beliefs, records and minors' dates of birth, ages and grades are read there by
column (``recognizers._sensitive_columns``).

"About a particular person": the sentence holds a person's name (after a label, or proposed by
the model), or a word that points at one person (其妻, 该户, 该生, 申请人, 户主, 之子, 你…) in a
sentence not worded as a rule. An article of a law (第三条…), a conditional rule (…的，) and a
sentence about a masked name (张某: nobody a reader can identify) are left alone. The span is the shortest that says the fact (the disease, the grade, the religion, the
sentence part from 因 to the punishment), so the rest of the sentence stays readable.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator

from presidio_analyzer import RecognizerResult

from pipeline import ner
from pipeline.tables import index_for
from recognizers._base import CustomRecognizer, result
from recognizers._health_words import DISABILITY as _GRADED_DISABILITY
from recognizers._health_words import GRAVE as _GRAVE
from recognizers._legal_text import in_articles
from recognizers._minor_rows import column_decides
from recognizers._sensitive_columns import column_findings, minor_births
from recognizers.person_name import NAME

# An injury a doctor's finding names (诊断为软组织挫伤, 确诊为左腿骨折) is health information too.
_DISEASE_END = r"(?:综合征|综合症|障碍|梗死|梗塞|出血|瘫痪|衰竭|挫伤|骨折|损伤|烧伤|烫伤|裂伤|脑震荡|症|病|癌|瘤|炎)"
# A disease with its qualifiers (系统性红斑狼疮, 慢性肾功能衰竭, 脑梗塞后遗症, 重度抑郁症).
_QUALIFIER = r"(?:系统性|慢性|急性|晚期|早期|恶性|重度|中度|轻度|先天性|原发性|继发性|老年性|终末期|双侧)?"
_DISABILITY = (
    # The kind alone, said of the person (…系听力残疾, 属智力残疾人; prose only: a column's cell
    # is read by ``recognizers._sensitive_columns``): the kind is the fact.
    r"(?<=[系属为是，,、有])(?:肢体|视力|听力|言语|智力|精神|多重)残疾(?:人)?(?![一二三四1-4]级)|"
    r"(?<=[系属为是，,、])(?:先天性)?(?:聋哑|失明|失聪|智力低下)|"
    # Both eyes or both ears lost: said of the person whatever stands before (…邓某双目失明).
    r"(?:先天性)?(?:双目|双眼|双耳)(?:失明|失聪)|"
    + _GRADED_DISABILITY
)
HEALTH = re.compile(
    # Greedy: the whole name of the disease (脑梗塞后遗症, not 脑梗塞).
    rf"(?<=患有|罹患|身患|确诊|诊断)(?:为|了|出)?(?P<v>{_QUALIFIER}[\u4e00-\u9fa5]{{1,8}}{_DISEASE_END})"
    rf"|(?<=患)(?!有)(?P<v2>{_QUALIFIER}[\u4e00-\u9fa5]{{1,6}}{_DISEASE_END})"
    rf"|(?P<v3>{_QUALIFIER}(?:{_GRAVE})|{_DISABILITY})"
)
_GRADE = (
    r"(?:[一二三四五六七八九]|[1-9])年级(?:[(（]?\d{1,2}[)）]?班|[一二三四五六七八九十]+班)?"
    r"|(?:初|高)[一二三](?:[(（]?\d{1,2}[)）]?班)?|学前班|幼儿园[大中小]班"
)
# The school a minor attends, where the clause says they attend it (在城关第二小学六年级就读,
# 就读于县第一中学): a school named in a policy text, a complaint about a school's canteen is
# the school's, not a pupil's.
_SCHOOL = (
    r"(?![读上念某])[\u4e00-\u9fa5\d]{1,14}?(?:小学|中学|学校|幼儿园|完小|附中|附小|初中|高中)"
    # The short forms a reply uses (城关二小, 县一中): a place, a number, 小 or 中.
    r"|(?![读上念某])[\u4e00-\u9fa5]{1,8}?[一二三四五六七八九十\d]{1,2}(?:小|中)(?![学心间型])"
)
_ATTENDS = (
    r"(?=[^，,。；;]{0,12}?(?:就读|上学|读书|在读|入学|上课|[一二三四五六七八九1-9]年级|[初高][一二三]))"
)
MINOR = re.compile(
    rf"(?<=就读于)(?P<school>{_SCHOOL})|(?<=[在到入至])(?P<school2>{_SCHOOL}){_ATTENDS}|"
    rf"(?P<grade>{_GRADE})"
    r"|(?P<age>(?:(?<![\d.])(?:[1-9]|1[0-7])|(?<![一二两三四五六七八九十百])(?:[一二两三四五六七八九]|十[一二三四五六七]?))"
    r"\s*(?:周岁|岁)(?!以[上下]|至|到|-|—|～|~))"
    r"|(?P<young>未满(?:十四|十六|十八|14|16|18)周岁)"
)
_FAITHS = r"伊斯兰教|基督教|天主教|佛教|道教|东正教|藏传佛教|喇嘛教|新教"
RELIGION = re.compile(
    # 信仰…教: the believed religion, named or not in the list (信仰基督教, 信奉天主教), never the
    # word 宗教 itself (公民有信仰宗教的自由 names nobody's faith).
    # A belief qualifying a group (信仰伊斯兰教群众, 信仰佛教的少数民族) is no one's in particular.
    rf"(?:信仰|信奉|皈依|改信|笃信)(?P<v>{_FAITHS}|(?!宗教)[\u4e00-\u9fa5]{{1,4}}?教(?![育学师室材练授堂会]))"
    r"(?!群众|公民|人员|人士|人口|民族|少数民族|信众|地区)"
    # 宗教信仰：…, 宗教信仰为… (a form's field in prose): its value, unless none.
    r"|宗教信仰\s*(?:[:：]|为|是)\s*(?!无|不信)(?P<v2>[\u4e00-\u9fa5]{2,6}?)(?=[\s,，。；;、)）]|$)"
    # 系…教信徒, 是穆斯林, 为佛教徒.
    rf"|(?:系|是|为|属)(?:一名|一位|虔诚的)?(?P<v3>(?:{_FAITHS}|(?!宗教)[\u4e00-\u9fa5]{{1,4}}?教)(?:信徒|教徒|徒|信众)|"
    r"基督徒|穆斯林|佛教徒|天主教徒|道教徒)"
    # A religion's gathering or rite the person attends (参加基督教家庭聚会, 去清真寺做礼拜): the
    # practice tells the belief.
    rf"|(?:参加|参与|出席|前往|去|到)(?P<v4>(?:{_FAITHS})[\u4e00-\u9fa5]{{0,6}}?(?:聚会|礼拜|弥撒|法会|活动|仪式|团契))"
    r"|(?:参加|去|到)[\u4e00-\u9fa5]{0,8}?(?:教堂|清真寺|寺庙|寺院)(?P<v5>做礼拜|做弥撒|礼拜|祷告|念经|烧香拜佛)"
)
# What a court, the police or a disciplinary body imposed on a person: a criminal sentence, a
# detention, re-education, a disciplinary sanction (a fine is a penalty decision's ordinary
# content, published with the decision: not a record here).
_PENALTY = (
    r"(?:判处|判决|判)?(?:有期徒刑|拘役|管制|无期徒刑|死刑|罚金|缓刑)|判刑|获刑|"
    r"(?:行政|刑事|司法)拘留|拘留|劳动教养|劳教|强制隔离戒毒|强制戒毒|收容教育|逮捕|取保候审|"
    r"监视居住|追究刑事责任|刑事处罚|治安(?:管理)?处罚|开除(?:党籍|公职)|"
    r"(?:党纪|政纪|政务|行政|纪律|党内[\u4e00-\u9fa5]{0,4}|记大过|记过|警告|撤职|留党察看)处分"
)
# The term that follows a penalty (有期徒刑二年，缓刑三年; 行政拘留十日; 罚款五百元).
_TERM = r"(?:[\u4e00-\u9fa5\d（）()]{0,4}?[\d一二三四五六七八九十百两半]+(?:个月|年|日|天|周|元))*"
_OFFENCE = r"[\u4e00-\u9fa5、“”\"]{1,24}?"
CRIMINAL = re.compile(
    r"(?P<v>"
    # 因 + offence + 被 + (who) + penalty + term: 曾因盗窃罪被判处有期徒刑二年, 因打架斗殴被行政拘留十日.
    rf"(?:曾|先后|多次)?因{_OFFENCE}(?:罪)?(?:被|遭|受到|受过)?[\u4e00-\u9fa5]{{0,12}}?(?:{_PENALTY}){_TERM}"
    # 曾 + 被/受(到)过 + penalty: 曾受过刑事处罚, 曾被判处有期徒刑, 曾受到党内警告处分.
    rf"|曾(?:经)?(?:被|受到?过?|受过|获)[\u4e00-\u9fa5]{{0,12}}?(?:{_PENALTY}){_TERM}"
    rf"|(?:因[\u4e00-\u9fa5]{{1,8}}?)?被判处(?:有期徒刑|拘役|管制)[\u4e00-\u9fa5\d个月年]{{0,8}}"
    # 有…前科 (有犯罪前科, 有盗窃前科, 有吸毒前科).
    r"|有[\u4e00-\u9fa5]{0,6}?前科|犯罪前科|(?:有)?(?:吸毒|犯罪|违法犯罪|服刑|劳教)史|刑满释放(?:人员)?|正在服刑|服刑期间|"
    r"社区矫正(?:对象|人员)|吸毒人员|强制隔离戒毒|劳动教养|曾被劳教)"
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


# The clause's subject: a name at the clause's start, then what it did or had (曾, 因, 于…年,
# 系, 有), nothing else before the fact.
_SUBJECT = re.compile(rf"(?:{NAME})(?:[^\S\n]*(?:于[\d\s年月日份]{{4,14}}|先后|多次|曾经|曾|已|系|是|为|属|现)?)*$")


def _subject_named(text: str, sentence_start: int, fact_start: int) -> bool:
    """The fact at ``fact_start`` is said of a name standing as its clause's subject."""
    if _RULE_SENTENCE.search(text, sentence_start, fact_start):
        return False
    clause = text[sentence_start:fact_start]
    cut = max(clause.rfind(c) for c in "，,：:")
    clause = clause[cut + 1 :].strip()
    match = _SUBJECT.fullmatch(clause) if clause else None
    if not match:
        return False
    return not _MASKED_NAME.search(clause)


_MASKED_NAME = re.compile(r"某|×|[*＊]")


def _spans(regex: re.Pattern[str], sentence: str, offset: int) -> Iterator[tuple[int, int]]:
    for match in regex.finditer(sentence):
        group = next((g for g in match.groupdict() if match[g]), None)
        span = match.span(group) if group else match.span()
        yield offset + span[0], offset + span[1]


class SensitiveInfoRecognizer(CustomRecognizer):
    ENTITIES = ("SENSITIVE_HEALTH", "SENSITIVE_MINOR", "SENSITIVE_RELIGION", "SENSITIVE_CRIMINAL",
                "SENSITIVE_IDENTITY", "PERSONAL_AGE")

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
            if not _about_one_person(text, start, end, names):
                # A record or a belief said of the clause's own subject, a name (王某某曾因…被…,
                # 王某某系…教信徒): the clause's structure attaches it to that person.
                for entity, regex in (("SENSITIVE_CRIMINAL", CRIMINAL), ("SENSITIVE_RELIGION", RELIGION),
                                      ("SENSITIVE_HEALTH", HEALTH)):
                    for s, e in _spans(regex, chunk, start):
                        if _subject_named(text, start, s) and not _rule_after(text, e):
                            yield result(self, entity, s, e, 0.8, cue="subject")
                continue
            for entity, regex in (
                ("SENSITIVE_HEALTH", HEALTH),
                ("SENSITIVE_MINOR", MINOR),
                ("SENSITIVE_RELIGION", RELIGION),
                ("SENSITIVE_CRIMINAL", CRIMINAL),
            ):
                if entity == "SENSITIVE_MINOR" and not _minor_context(chunk):
                    continue
                spans = list(_spans(regex, chunk, start))
                if entity == "SENSITIVE_MINOR":
                    # The age, the school and the grade each tell of the child (其子今年12岁，在
                    # 城关第二小学六年级就读): all of them go.
                    spans += minor_births(text, start, end)
                    index = index_for(text)
                    spans = [(s, e) for s, e in spans if not column_decides(index, s)]
                for s, e in spans:
                    if _rule_after(text, e):
                        continue  # …被判处刑罚的 (人员), 有…前科的: a kind of person, a rule
                    yield result(self, entity, s, e, 0.8, cue="person_in_sentence")


def _minor_context(sentence: str) -> bool:
    """An age or a grade says "minor" only in a sentence about school or childhood."""
    return bool(re.search(
        r"学生|小学|中学|初中|高中|幼儿园|就读|在读|上学|读书|年级|班|儿童|孩子|儿子|女儿|之子|之女|"
        r"孙子|孙女|未成年|周岁|学校|该生|同学", sentence))
