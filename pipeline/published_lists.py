"""Public notices whose governing rule names the persons they list (依规公示的名单).

Some lists are published *because* a rule says the public must be able to check who receives a
benefit, who is hired or who is honoured: the 公示 of a 低保, 特困 or 临时救助 decision, of the
disability allowances, of a 公租房 allocation, of 高龄津贴, of a farm or funeral subsidy, of the
persons a body intends to hire, of a commendation, of a university's national scholarships.
There the person's name is the content the rule publishes, and redacting it defeats the notice
(over-redaction is a violation too: 不得将依法应当公开的事项不予公开). What the rule does not
publish stays private in the same list: ID numbers, bank accounts, telephones, home addresses,
health, the reason a family needed help, and every other person named in a row (家庭成员, 监护人,
代理人).

A notice is one of these kinds when its title (read outside its tables) says both what the list
is of and that it is a 公示, 公告 or 名单 (a commendation: also its 决定 or 通报):

| kind | title words | rule that publishes the names |
|---|---|---|
| 最低生活保障, 特困人员 | 低保, 最低生活保障, 特困 | 《最低生活保障审核确认办法》（民发〔2021〕57号）、《特困人员认定办法》（民发〔2021〕43号）：审核确认结果在申请人所在村（社区）公示 |
| 临时救助 | 临时救助 | 各地社会救助条例（《上海市社会救助条例》第三十一条：拟给予救助的申请人应当公示） |
| 残疾人两项补贴 | 困难残疾人生活补贴, 重度残疾人护理补贴 | 国发〔2015〕52号及各地实施办法：审核结果公示 |
| 公共租赁住房 | 公租房, 公共租赁住房, 保障性租赁住房, 廉租住房 | 《公共租赁住房管理办法》（住房和城乡建设部令第11号）：审核结果、配租结果应当公示 |
| 高龄津贴 | 高龄津贴, 高龄补贴 | 各地高龄津贴（补贴）发放办法：审核结果公示 |
| 农机购置补贴, 耕地地力保护补贴 | 农机购置, 耕地地力 | 农机购置与应用补贴实施意见；财农〔2016〕26号：补贴对象、面积、金额村级公示 |
| 惠民殡葬补贴 | 殡葬补贴 | 各地惠民殡葬政策：补贴审核公示 |
| 拟录用、拟聘用人员 | 拟录用, 拟聘用, 拟聘, 拟引进 | 《公务员法》第三十二条；《事业单位人事管理条例》第八条 |
| 表彰 | 表彰, 授予…称号, 见义勇为, 先进个人 | 《评比达标表彰活动管理办法》：拟表彰对象公示，表彰决定公布 |
| 高校国家奖学金 | 国家奖学金, 国家励志奖学金, 国家助学金 | 《学生资助资金管理办法》（财教〔2021〕310号）：评审结果在校内公示 |

An expropriation's 分户补偿情况 is not among them: 《国有土地上房屋征收与补偿条例》第二十九条
publishes it *to those expropriated, within the area* (在房屋征收范围内向被征收人公布), not to
everyone a website reaches. A list of pupils or children is never one of them: minors'
information is sensitive (《个人信息保护法》第二十八条、第三十一条) whatever the notice; the
scholarship kind is of university students, and a list of a 中职, 高中 or lower school's pupils
is not it.

Vehicles are published by two notices the same way (``published_vehicles``): a body's own cars
put up for auction or disposal (public property; 《党政机关公务用车管理办法》) and a vehicle
office's 公告 declaring registrations and plates void (《机动车登记规定》): their plates and VINs
are ``CN_VEHICLE_PUBLIC`` (kept). The buyer of an auctioned car is a private person as before.

Offices that mask recipients instead (张*华) set ``[notices] recipients = "redact"`` and a
``notice`` operator for ``PERSON`` (``pipeline.config``); the default follows the rules above.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from pipeline.tables import CellView, TableIndex, title_outside


@dataclass(frozen=True, slots=True)
class PublishedList:
    kind: str
    basis: str


_NOTICE = re.compile(r"公示|公告|公布|名单")
# A commendation publishes its names in the decision itself (关于表彰…的决定).
_DECISION = re.compile(r"公示|公告|公布|名单|决定|通报")
# Schools below university: their pupils are minors, or mostly so (中职, 高中).
_SCHOOL_MINORS = re.compile(r"中职|中等职业|高中|初中|小学|中学|义务教育|学前|幼儿|儿童|未成年")


@dataclass(frozen=True, slots=True)
class _Kind:
    name: str
    words: re.Pattern[str]
    basis: str
    notice: re.Pattern[str] = _NOTICE
    # A list of students is a list of minors unless the kind is one of adults (university).
    adults_only: bool = False


_KINDS: tuple[_Kind, ...] = (
    _Kind(
        "social_assistance",
        re.compile(r"低保|最低生活保障|特困(?:人员|供养|救助)"),
        "《最低生活保障审核确认办法》（民发〔2021〕57号）、《特困人员认定办法》（民发〔2021〕43号）",
    ),
    _Kind(
        "temporary_assistance",
        re.compile(r"临时救助"),
        "各地社会救助条例（如《上海市社会救助条例》第三十一条：经调查核实拟给予救助的申请人应当公示）",
    ),
    _Kind(
        "disability_allowances",
        re.compile(r"(?:困难残疾人|重度残疾人|残疾人两项)(?:生活|护理)?补贴"),
        "《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）及各地实施办法规定的审核公示",
    ),
    _Kind(
        "public_rental_housing",
        re.compile(r"公租房|公共租赁住房|保障性租赁住房|廉租住房"),
        "《公共租赁住房管理办法》（住房和城乡建设部令第11号）",
    ),
    _Kind(
        "elderly_allowance",
        re.compile(r"高龄(?:老人)?(?:津贴|补贴|补助|生活补贴)"),
        "各地高龄津贴（补贴）发放办法规定的审核公示",
    ),
    _Kind(
        "farm_subsidy",
        re.compile(r"农机(?:具)?购置(?:与应用)?补贴|耕地地力保护补贴|耕地地力补贴"),
        "农机购置与应用补贴实施意见（农业农村部、财政部）；耕地地力保护补贴实行补贴对象、面积、金额村级公示"
        "（财农〔2016〕26号）",
    ),
    _Kind(
        "funeral_subsidy",
        re.compile(r"(?:惠民)?殡葬(?:补贴|补助|救助)|基本殡葬服务(?:补贴|减免)"),
        "各地惠民殡葬政策规定的补贴审核公示",
    ),
    _Kind(
        "recruitment",
        re.compile(r"拟(?:录用|聘用|聘|招聘|引进|选调)(?:的)?(?:公务员|人员|工作人员|名单|人选|对象)"),
        "《中华人民共和国公务员法》第三十二条（拟录用人员名单予以公示）、《事业单位人事管理条例》第八条（公示拟聘人员名单）",
    ),
    _Kind(
        "commendation",
        re.compile(r"表彰|嘉奖|授予[^\n]{0,20}?称号|见义勇为|先进(?:个人|工作者)|劳动模范"),
        "《评比达标表彰活动管理办法》（拟表彰对象应当公示，表彰决定予以公布）",
        notice=_DECISION,
    ),
    _Kind(
        "university_scholarship",
        re.compile(r"(?:国家|国家励志|学业)(?:奖学金|助学金)"),
        "《学生资助资金管理办法》（财教〔2021〕310号）：高校国家奖学金、国家励志奖学金评审结果在校内公示",
        adults_only=True,
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
        index.memo[key] = _kind(notice_title(index))
    return index.memo[key]  # type: ignore[return-value]


HEAD_LINES = 2


def notice_title(index: TableIndex) -> str:
    """The title a notice's kind is read from: the title outside the tables, and the
    document's first lines, which in a workbook or CSV are the sheet's merged title row (a cell
    of its table) and in a PDF may be a title wrapped over two lines."""
    first = [line.strip() for line in index.text.splitlines() if line.strip()][:HEAD_LINES]
    # …最低生活保 | 障对象公示: a PDF line may break inside a word of the title.
    return "\n".join([title_outside(index), *first, "".join(first)])


@functools.lru_cache(maxsize=64)
def _kind(title: str) -> PublishedList | None:
    for kind in _KINDS:
        if not kind.words.search(title) or not kind.notice.search(title):
            continue
        minors = _SCHOOL_MINORS if kind.adults_only else _MINORS
        if minors.search(title):
            return None
        return PublishedList(kind.name, kind.basis)
    return None


# Columns of other persons in a recipient's row: named, but not what the notice publishes.
_OTHER_PERSON = re.compile(r"成员|家属|亲属|遗属|监护|代理|代领|持卡|联系|配偶|父亲|母亲|子女|妻|夫|儿子|女儿|经办|"
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



def is_recipient(index: TableIndex, view: CellView, is_person: Callable[[str], bool]) -> bool:
    """The cell is the recipient's, in a list whose rule publishes them: the recipients'
    column, or a later name column repeating the row's recipient (the 持卡人 is often the
    recipient: the name is published in the row already, and withholding it hides nothing)."""
    column = recipient_column(view.headers, is_person)
    if column is None:
        return False
    if view.cell.column == column:
        return True
    text = index.text
    own = "".join(text[view.start : view.end].split())
    return any(cell.column == column and "".join(text[cell.start : cell.end].split()) == own
               for cell in index.row_of(view))

# Notices whose subject is a list of vehicles the rule publishes: a body's own cars put up for
# auction or disposal (they are public property, not a keeper's), and the 公告 by which a vehicle
# office declares registrations, plates and licences void (the owners learn of it from the
# list).
_VEHICLES: tuple[_Kind, ...] = (
    _Kind(
        "public_vehicles",
        re.compile(r"公务用车|公务车辆|公车|执法执勤(?:用车|车辆)|(?:机关|单位)(?:所属|公务)?车辆"),
        "《党政机关公务用车管理办法》：公务用车处置（拍卖、报废等）依规公开，车辆为国有资产",
        notice=re.compile(r"拍卖|处置|竞价|转让|报废|公告|公示"),
    ),
    _Kind(
        "vehicle_deregistration",
        re.compile(r"(?:机动车|车辆|号牌|牌证)[^\n]{0,20}?(?:注销|作废|强制报废|报废标准)|"
                   r"(?:注销|作废)[^\n]{0,12}?(?:机动车|车辆|号牌|牌证)"),
        "《机动车登记规定》（公安部令第164号）：车辆管理所公告机动车登记证书、号牌、行驶证作废",
        notice=re.compile(r"公告|公示|通告"),
    ),
)


def published_vehicles(index: TableIndex) -> PublishedList | None:
    """The kind of notice whose vehicles (plates, VINs) its rule publishes, by its title; None
    if none."""
    key = "published_vehicles"
    if key not in index.memo:
        index.memo[key] = _vehicles(notice_title(index))
    return index.memo[key]  # type: ignore[return-value]


@functools.lru_cache(maxsize=64)
def _vehicles(title: str) -> PublishedList | None:
    for kind in _VEHICLES:
        if kind.words.search(title) and kind.notice.search(title):
            return PublishedList(kind.name, kind.basis)
    return None
