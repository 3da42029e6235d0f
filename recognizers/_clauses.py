"""Who a clause of running prose is about: the reading that ``recognizers.private_facts`` puts
under a private fact (a belief, a record, a marriage, a child's school, an illness).

A reply to a resident (12345 回复, 信访事项处理意见书, 依申请公开答复书), a hotline work order or a
社区矫正 report tells a person's facts in clauses: ``经核实，来信人贺明远与妻子于2019年协议离婚，
其子今年12岁，在城关二小读五年级。`` The fact is private when the clause that says it is about a
private person, whatever words the author chose for the fact itself. So the text is cut into
paragraphs (a line), sentences (。；！？) and clauses (，), each with its offsets, and each clause
gets the one it is about (``About``):

- its subject is the nearest mention before the fact in the clause: a private person — a name
  the model proposed that no capacity makes an official (``recognizers._prose_names``), a role
  noun of a party (来信人, 申请人, 当事人, 该户, 户主, 该生, 患儿, 服刑人员, 社区矫正对象…), a
  relation (其子, 你的女儿, 你母亲…), the addressee (你, 您) — or something that is not one: a
  body (…局, 本机关, 派出所), an official (民警, 工作人员, 局长…), people in general (公民, 任何人,
  群众, 多数, 部分), a masked name (张某: nobody a reader can identify). A body after a
  preposition (经法院判决, 被公安机关, 向我局) is an agent or a recipient, not the subject;
- a pronoun (其, 他, 她, 该人, 此人) or a finding verb (发现, 查明, 确认…) at the subject's place
  points back: it is about a private person when one was mentioned shortly before;
- a clause with no subject (Chinese drops it: ``贺明远，男，已离异，``) is about whoever the
  clause before it in the paragraph was about.

A child (其子, 女儿, 该生, 患儿…) is a private person whose school and class are facts too.
The recognizer decides on the fact; this module only says who the clause is about.

Not a recognizer module: the registry skips modules whose name starts with ``_``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from recognizers._holder import ORGANISATION
from recognizers._prose_names import OFFICIAL_BEFORE, capacity

About = Literal["private", "child"] | None

_PARAGRAPH = re.compile(r"[^\n]+")
_SENTENCE = re.compile(r"[^。；;！？!?]+[。；;！？!?]?")
_CLAUSE = re.compile(r"[^，,]+[，,]?")

# Relations a person has: who they are is private like the person (其妻, 你的女儿, 之子…).
_ADULT_RELATIONS = (
    "妻子", "丈夫", "父亲", "母亲", "配偶", "前妻", "前夫", "爱人", "老伴", "儿媳", "女婿", "公公",
    "婆婆", "岳父", "岳母", "哥哥", "姐姐", "弟弟", "妹妹", "家人", "亲属", "爷爷", "奶奶", "外公",
    "外婆", "妻", "夫", "父", "母", "兄", "姐", "弟", "妹",
)
_CHILD_RELATIONS = (
    "儿子", "女儿", "孩子", "小孩", "子女", "孙子", "孙女", "外孙", "外孙女", "侄子", "侄女", "外甥",
    "子", "女", "孙", "儿",
)
_OWNERS = ("其", "你的", "您的", "你", "您", "之", "他的", "她的", "其的", "本人的", "该户的")
# A party of the matter, named by role: the one person a reply or a report is about.
_PARTIES = (
    "来信人", "来电人", "来访人", "信访人", "上访人", "申请人", "被申请人", "复议申请人", "复查申请人",
    "反映人", "投诉人", "举报人", "被举报人", "被投诉人", "当事人", "求助人", "诉求人", "第三人",
    "被征收人", "被拆迁人", "被告人", "罪犯", "犯罪嫌疑人", "服刑人员", "社区矫正对象", "矫正对象",
    "该户户主", "该户", "户主", "该患者", "患者", "病人", "该犯", "该员", "该人", "此人", "该男子",
    "该女子", "该市民", "该村民", "该居民", "该群众", "该老人", "该妇女", "该业主", "该住户", "该农户",
    "该职工", "该对象", "来电市民", "来电群众", "来信群众", "来访群众", "市民", "村民", "居民", "业主",
    "你", "您", "本人", "家属", "监护人", "死者", "伤者", "被害人", "受害人", "邻居", "该邻居", "租户",
    "房东", "亲戚", "朋友", "同事", "男友", "女友", "前妻", "前夫", "该男", "该女",
)
_CHILDREN = ("该生", "该同学", "该学生", "该儿童", "该未成年人", "该幼儿", "患儿", "该患儿", "学生家长之子")
# Not a private person: people in general, a part of a group, a body speaking, an official.
_GENERAL = (
    "公民", "任何人", "任何组织", "任何单位", "个人", "他人", "群众", "人民群众", "信教群众", "广大",
    "多数", "大多数", "部分", "少数", "大部分", "一些", "有的", "不少", "许多", "其中", "人员", "对象",
    "各地", "各级", "各类", "全市", "全县", "全区", "全省", "全国", "全镇", "全乡", "我市", "本市",
    "我县", "本县", "我区", "本区", "我省", "本省", "我镇", "本机关", "本局", "我局", "我委", "我办",
    "我中心", "本中心", "我院", "本院", "我单位", "本单位", "该单位", "该公司", "该企业", "该局",
    "该校", "该院", "该项目", "该小区", "该村民小组", "该村", "该社区", "该中心", "该机构", "学校",
    "医院", "法院", "人民法院", "检察院", "公安机关", "派出所", "司法所", "政府", "村委会", "居委会",
    "社区", "工作人员", "民警", "辅警", "执法人员", "网格员", "干部", "工作组", "专班", "国家",
)
_POINTERS = ("其", "他", "她", "他们", "她们", "该人", "此人")
# Verbs of finding: what follows is a fact of the one the finding is about (发现其…, 查明系…).
_FINDING = re.compile(r"(?:发现|查明|确认|核实|得知|了解到|认定|证实)(?:了)?$")
# 其 as a pointer, not 其他, 其中, 其余, 其次, 其实, 其后, 其间, 其它.
_NOT_POINTER = re.compile(r"其[他中余次实后间它]|他人|他们的?单位")
_PREPOSITION = "经由被向到给在对从至与和同跟让使受通过"
_MASKED = re.compile(r"某|×|[*＊]|[A-Z]{1,2}(?:[某先女])?$")


def _words() -> dict[str, str]:
    kinds: dict[str, str] = {}
    for word in _GENERAL:
        kinds[word] = "general"
    for word in _PARTIES:
        kinds[word] = "private"
    for word in _CHILDREN:
        kinds[word] = "child"
    for owner in _OWNERS:
        for rel in _ADULT_RELATIONS:
            if len(rel) > 1 or owner in ("其", "之"):
                kinds[owner + rel] = "private"
        for rel in _CHILD_RELATIONS:
            if len(rel) > 1 or owner in ("其", "之"):
                kinds[owner + rel] = "child"
    for rel in _ADULT_RELATIONS:
        if len(rel) > 1:
            kinds.setdefault(rel, "private")
    for rel in _CHILD_RELATIONS:
        if len(rel) > 1:
            kinds.setdefault(rel, "child")
    for word in _POINTERS:
        kinds[word] = "pointer"
    for word in OFFICIAL_BEFORE:
        kinds.setdefault(word, "general")
    return kinds


_KINDS = _words()
_MENTION = re.compile("|".join(sorted(map(re.escape, _KINDS), key=len, reverse=True)))


@dataclass(frozen=True, slots=True)
class Clause:
    """A clause of prose at ``[start, end)``: its sentence and paragraph spans, and whom the
    clause before it was about (the zero subject's referent)."""

    start: int
    end: int
    sentence: tuple[int, int]
    paragraph: tuple[int, int]
    carried: About


def clauses(text: str) -> Iterator[tuple[int, int, tuple[int, int], tuple[int, int]]]:
    """Every clause of ``text`` as (start, end, sentence span, paragraph span)."""
    for para in _PARAGRAPH.finditer(text):
        p0 = para.start()
        for sent in _SENTENCE.finditer(para[0]):
            s0 = p0 + sent.start()
            for clause in _CLAUSE.finditer(sent[0]):
                c0 = s0 + clause.start()
                yield c0, s0 + clause.end(), (s0, p0 + sent.end()), para.span()


class Reader:
    """Reads who each clause is about, clause after clause, in document order."""

    def __init__(self, text: str, names: Sequence[tuple[int, int]]) -> None:
        self.text = text
        # Each name the model proposed, as a private person or not (an official, a masked name).
        self.names: list[tuple[int, int, str]] = []
        for s, e in names:
            masked = bool(_MASKED.search(text[s:e]))
            official = capacity(text, s, e) == "official"
            self.names.append((s, e, "general" if masked or official else "private"))
        self._mentions = self._all_mentions()
        self._starts = [s for s, _, _ in self._mentions]

    def _all_mentions(self) -> list[tuple[int, int, str]]:
        """The names, then the words and the bodies where no name already stands (a mask of
        taken characters: comparing every match with every name made a long text quadratic)."""
        found = list(self.names)
        taken = bytearray(len(self.text) + 1)
        for s, e, _ in found:
            taken[s:e] = b"\x01" * (e - s)
        for regex in (_MENTION, ORGANISATION):
            for match in regex.finditer(self.text):
                s, e = match.span()
                if taken.find(1, s, e) >= 0:
                    continue
                kind = _KINDS[match[0]] if regex is _MENTION else "general"
                if kind == "pointer" and _NOT_POINTER.match(self.text, s):
                    continue
                found.append((s, e, kind))
                taken[s:e] = b"\x01" * (e - s)
        found.sort()
        return found

    def mentions(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """The mentions inside ``[start, end)``, in order; a body or a general word after a
        preposition (经法院, 被公安机关, 对丧偶老人) is not the subject and is left out."""
        out = []
        for s, e, kind in self._mentions[bisect_left(self._starts, start) : bisect_left(self._starts, end)]:
            if e > end:
                continue
            if kind == "general" and s > start and self.text[s - 1] in _PREPOSITION:
                continue
            out.append((s, e, kind))
        return out

    def about(self, clause_start: int, position: int, carried: About) -> About:
        """Whom the clause from ``clause_start`` is about, for a fact at ``position``."""
        found = self.mentions(clause_start, position)
        if not found:
            before = self.text[clause_start:position]
            if _FINDING.search(before.rstrip("系是为已")):
                return self.pointed(clause_start)
            return carried
        s, e, kind = found[-1]
        if kind == "pointer":
            # 他, 她, 该人 always stand for a person; 其 may stand for a body.
            return self.pointed(s) or (None if self.text[s:e] == "其" else "private")
        if kind == "general":
            return None
        return "child" if kind == "child" else "private"

    def pointed(self, position: int, window: int = 200) -> About:
        """What a pointer at ``position`` refers to: the nearest private person mentioned in
        the ``window`` characters before it (not across an empty line), else no one."""
        begin = max(0, position - window)
        blank = self.text.rfind("\n\n", begin, position)
        begin = blank + 2 if blank >= 0 else begin
        for _, _, kind in reversed(self.mentions(begin, position)):
            if kind in ("private", "child"):
                return "child" if kind == "child" else "private"
        return None

    def subject_kind(self, clause_start: int, clause_end: int, carried: About) -> About:
        """Whom the whole clause is about, for the clause after it (its zero subject)."""
        found = [m for m in self.mentions(clause_start, clause_end) if m[2] != "general"]
        # 其 before a relation is its owner (其大女儿): the relation is the subject.
        found = [m for i, m in enumerate(found)
                 if not (m[2] == "pointer" and i + 1 < len(found) and found[i + 1][0] - m[1] <= 2
                         and found[i + 1][2] in ("private", "child"))]
        general = [m for m in self.mentions(clause_start, clause_end) if m[2] == "general"]
        if found:
            first = found[0]
            if general and general[0][0] < first[0] and not _obj_of_general(self.text, general[0], first):
                return None
            if first[2] == "pointer":
                return self.pointed(first[0]) or carried
            return "child" if first[2] == "child" else "private"
        if general:
            return None
        return carried


def _obj_of_general(text: str, general: tuple[int, int, str], person: tuple[int, int, str]) -> bool:
    """The person after a body is its object (我局工作人员联系了来电人, 民警发现其…): the
    clause is still about the person for the clauses after it."""
    between = text[general[1] : person[0]]
    return bool(re.search(r"联系|询问|走访|告知|发现|查明|核实|了解|约谈|回访|答复|通知|对|向|与|为", between))
