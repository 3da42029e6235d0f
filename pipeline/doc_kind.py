"""What kind of document this is, by its head: a reply addressed to one private person, or a
document of an enforcement case.

Two stages ask: the attribute (``pipeline.attribute``: a reply goes to the person who asked,
依申请公开) and the name recognizer (``recognizers.person_name``: in a document addressed to a
private person — a reply to an application, a 信访 opinion, a 12345 answer — a person it names
who does not act for a body is a private person, not a reviewer's call). One definition keeps
them from disagreeing about the same document.

- a reply to an application for disclosure (政府信息公开申请答复书, 延期答复告知书, 收到您…提交的政府
  信息公开申请);
- a reply to a letter or visit (the 信访 family: 处理意见书, 复查意见书, 复核意见书, 信访答复…) or a
  hotline work order (12345 热线工单);
- a letter whose first lines greet one person by name (``刘春梅：``, ``王先生：``).

A document of an enforcement case (a 行政处罚决定书 or 告知书, a 责令改正通知书, a 行政强制 decision
or 催告书, a 行政复议决定书, a 送达回证 or 公告送达, a body's 典型案例 or 案件通报, by its title)
names the body's officers by their office (执法人员 with a certificate number, 送达人, 调查人, the
signing 局长) and everyone else it names — the parties, their agents, relatives and employees,
witnesses, complainants, consumers — as private persons (a decision published under 行政处罚法
第四十八条 withholds their personal information, 条例第十五条). The name recognizer reads a name
there the way it reads one in a reply.

A published selection of such replies (12345 留言选登, 热线办理情况摘编) is none of these for the
attribute: the body compiles several callers' matters to put them on its site. Each entry is still
a reply to one person, so the name recognizer reads it as one.
"""

from __future__ import annotations

import functools
import re
from typing import Literal

HEAD_LINES = 10
# A reply to an application for disclosure, by its title or its opening sentence.
APPLICATION_REPLY = re.compile(
    r"(?:政府)?信息公开(?:申请)?(?:答复|回复|告知)|依申请公开(?:答复|告知)|申请答复书|"
    r"(?:补正|延期答复|不予公开|部分公开|信息不存在|非本机关|不予处理)告知书|"
    r"收到(?:您|你)[^。\n]{0,60}?(?:政府)?信息公开申请|(?:您|你)[^。\n]{0,30}?(?:提交|提出)的[^。\n]{0,30}?"
    r"(?:政府)?信息公开申请"
)
PETITION_REPLY = re.compile(
    # The 信访 family (信访工作条例第三十二条 to 第三十五条): the 处理意见书, 复查意见书 and 复核意见书
    # (and an 答复意见书), with or without 信访事项 in the title line.
    r"信访事项(?:处理|答复|复查|复核)?意见书|(?:处理|复查|复核|答复)意见书\s*$|"
    r"信访(?:事项)?(?:答复|回复|告知)|(?:来信|来访|来电)(?:事项)?"
    r"(?:答复|回复)(?:书|意见|函)?|(?:您|你)[^。\n]{0,40}?(?:来信|来访|信访)[^。\n]{0,20}?收悉|"
    r"(?:您|你)[^。\n]{0,30}?反映的[^。\n]{0,40}?(?:问题|事项)[^。\n]{0,30}?(?:答复|回复)如下|"
    # A hotline work order: one caller's request and how it was handled.
    r"热线工单|工单编号",
    re.MULTILINE,
)
# A line greeting one person: two to four Chinese characters (a 先生/女士 after a surname), a
# colon, nothing else. A body (…局：, …办公室：) is longer or ends as bodies do.
_GREETING = re.compile(
    r"^[^\S\n]*(?:[\u4e00-\u9fa5]{2,4}|[\u4e00-\u9fa5]{1,2}(?:先生|女士))[^\S\n]*[:：][^\S\n]*$",
    re.MULTILINE,
)
_BODY_END = re.compile(r"(?:局|委|办|厅|部|院|所|站|队|会|处|科|室|府|司|中心|公司|同志|领导|各位)[^\S\n]*[:：]")

# A compilation put out by the body: its title says it selects or compiles (选登, 摘编). Several
# work orders under a title that says no such thing (工单办理情况回复) are replies sent on, not a
# selection for the site.
_SELECTION_TITLE = re.compile(r"选登|选编|摘登|摘编|汇编|精选|选录|集锦")
TITLE_LINES = 3

# The title line of an enforcement case's document: the act (处罚, 强制, 查封, 复议…) and the
# instrument (决定书, 告知书, 通知书, 催告书, 回证, 公告), a 公告送达 (送达公告), or a report of
# cases (典型案例) in the head.
_ENFORCEMENT_TITLE = re.compile(
    r"^[^\S\n]*[\u4e00-\u9fa5（）()]{0,24}?(?:处罚|强制|查封|扣押|改正|整改|复议|听证|催告|"
    r"执行|送达)[\u4e00-\u9fa5（）()]{0,8}?(?:决定书|告知书|通知书|催告书|意见书|回证|公告)[^\S\n]*$"
    r"|公告送达|送达公告"
    # A body's report of its cases (典型案例, 案件通报): the parties it names are private persons
    # (not a call for cases: 典型案例评选, 征集, 推荐, 申报).
    r"|^(?![^\n]*(?:评选|征集|推荐|申报|遴选))[^\n]{0,40}?(?:典型案例|案例通报|案件通报|违法案件(?:查处)?情况|查处情况通报)[^\n]{0,20}$",
    re.MULTILINE,
)

Reply = Literal["application_reply", "petition_reply"]


def head(text: str) -> str:
    """The document's first non-empty lines (its title, addressee and opening sentence)."""
    lines = [line for line in text.splitlines() if line.strip()]
    return "\n".join(lines[:HEAD_LINES])


def reply_kind(text: str) -> Reply | None:
    """A reply to an application or to a 信访 matter, by its title or opening sentence."""
    first = head(text)
    if APPLICATION_REPLY.search(first):
        return "application_reply"
    if PETITION_REPLY.search(first):
        return "petition_reply"
    return None


def published_selection(text: str) -> bool:
    """A compilation of replies the body publishes (留言选登), by its title."""
    lines = [line for line in text.splitlines() if line.strip()][:TITLE_LINES]
    return any(_SELECTION_TITLE.search(line) for line in lines)


@functools.lru_cache(maxsize=8)
def addressed_to_person(text: str) -> bool:
    """The document is addressed to one private person: a reply, or a letter greeting a person."""
    if reply_kind(text):
        return True
    first = head(text)
    # A letter's salutation stands before its first sentence; a line like 经查明： further down
    # is a section of the text, not an addressee.
    sentence = first.find("。")
    before = first if sentence < 0 else first[: first.rfind("\n", 0, sentence) + 1]
    return any(not _BODY_END.search(m[0]) for m in _GREETING.finditer(before))


@functools.lru_cache(maxsize=8)
def enforcement_case(text: str) -> bool:
    """The document is one of an enforcement case (a penalty, an order to correct, a coercive
    measure, an administrative reconsideration, the service of one), by its title."""
    # A title is often letter-spaced (行 政 处 罚 决 定 书).
    lines = (re.sub(r"[^\S\n]+", "", line) for line in head(text).splitlines())
    return bool(_ENFORCEMENT_TITLE.search("\n".join(lines)))
