"""Public notices whose governing rule names the persons they list (依规公示的名单).

Some lists are published *because* a rule says the public must be able to check who receives a
benefit: the 公示 of a 低保 or 特困 decision, of a 公租房 allocation, of 高龄津贴, of a 农机购置补贴
payment.
There the recipient's name is the content the rule publishes, and redacting it defeats the
notice (over-redaction is a violation too: 不得将依法应当公开的事项不予公开). What the rule does
not publish stays private in the same list: ID numbers, bank accounts, telephones, home
addresses, health, and every other person named in a row (家庭成员, 监护人, 代理人).

A notice is one of these kinds when its title (read outside its tables) says both the benefit
and that it is a 公示, 公告 or 名单 of its recipients:

| kind | title words | rule that publishes the names |
|---|---|---|
| 最低生活保障, 特困人员 | 低保, 最低生活保障, 特困 | 《最低生活保障审核确认办法》（民发〔2021〕57号）、《特困人员认定办法》（民发〔2021〕43号）：审核确认结果在申请人所在村（社区）公示 |
| 公共租赁住房 | 公租房, 公共租赁住房, 保障性租赁住房, 廉租住房 | 《公共租赁住房管理办法》（住房和城乡建设部令第11号）：审核结果、配租结果应当公示 |
| 高龄津贴 | 高龄津贴, 高龄补贴 | 各地高龄津贴（补贴）发放办法：审核结果公示 |
| 农机购置补贴 | 农机购置, 农机具购置 | 农机购置与应用补贴实施意见（农业农村部、财政部）：补贴受益信息向社会公开 |

An expropriation's 分户补偿情况 is not among them: 《国有土地上房屋征收与补偿条例》第二十九条
publishes it *to those expropriated, within the area* (在房屋征收范围内向被征收人公布), not to
everyone a website reaches. Nor is 临时救助: its rule (国发〔2014〕47号) lets urgent aid go
without a 公示, and its lists say why a family needed help. A list of pupils or children is
never one of them: minors' information is sensitive (《个人信息保护法》第二十八条、第三十一条)
whatever the notice.

Offices that mask recipients instead (张*华) set ``[notices] recipients = "redact"`` and a
``notice`` operator for ``PERSON`` (``pipeline.config``); the default follows the rules above.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.tables import TableIndex, title_outside


@dataclass(frozen=True, slots=True)
class PublishedList:
    kind: str
    basis: str


_NOTICE = re.compile(r"公示|公告|公布|名单")
_KINDS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        "social_assistance",
        re.compile(r"低保|最低生活保障|特困(?:人员|供养|救助)"),
        "《最低生活保障审核确认办法》（民发〔2021〕57号）、《特困人员认定办法》（民发〔2021〕43号）",
    ),
    (
        "public_rental_housing",
        re.compile(r"公租房|公共租赁住房|保障性租赁住房|廉租住房"),
        "《公共租赁住房管理办法》（住房和城乡建设部令第11号）",
    ),
    (
        "elderly_allowance",
        re.compile(r"高龄(?:老人)?(?:津贴|补贴|补助|生活补贴)"),
        "各地高龄津贴（补贴）发放办法规定的审核公示",
    ),
    (
        "farm_machinery_subsidy",
        re.compile(r"农机(?:具)?购置(?:与应用)?补贴"),
        "农机购置与应用补贴实施意见（农业农村部、财政部）",
    ),
)
# Lists of minors: their data is sensitive in any notice.
_MINORS = re.compile(r"学生|幼儿|儿童|孤儿|未成年|学前|中小学|小学|初中|高中|在校生")


def published_list(index: TableIndex) -> PublishedList | None:
    """The kind of rule-published list this document is, by its title; None if none. The
    title is read outside the tables (``pipeline.tables.title_outside``, also when it wraps
    onto a second line): a cell 城市低保 in a 临时救助 list does not make it a 低保 公示."""
    key = "published_list"
    if key not in index.memo:
        index.memo[key] = _kind(title_outside(index))
    return index.memo[key]  # type: ignore[return-value]


@functools.lru_cache(maxsize=64)
def _kind(title: str) -> PublishedList | None:
    if not _NOTICE.search(title) or _MINORS.search(title):
        return None
    for kind, words, basis in _KINDS:
        if words.search(title):
            return PublishedList(kind, basis)
    return None


# Columns of other persons in a recipient's row: named, but not what the notice publishes.
_OTHER_PERSON = re.compile(r"成员|监护|代理|代领|持卡|联系|配偶|父亲|母亲|子女|妻|夫|儿子|女儿|经办|"
                           r"填报|审核|负责|签字|见证|担保|共同")


def recipient_column(headers: tuple[str, ...], is_person: Callable[[str], bool]) -> int | None:
    """The column of a published list that holds its recipients: the first column of names
    (户主, 申请人, 姓名, 承租人, 购机者…) that does not name another person of the row (家庭成员,
    监护人, 代理人…). A later column of names is someone else's (持卡人, 代领人), whatever its
    label says."""
    for number, label in enumerate(headers):
        if is_person(label):
            return None if _OTHER_PERSON.search(label) else number
    return None
