"""Names in running prose: what the text around a name the model proposed says about the person.

The statistical model (``pipeline.ner``) finds names where no label stands (``村民…来电反映``,
``其妻…称``, ``你的儿子…``, ``…和…``, ``…的手机号``, ``…住在…``); it cannot tell a private person
from an official. The words next to the name can:

- a capacity makes an official (kept): a title before or after (局长…, …副主任, …同志), a role
  of public duty (签发人, 执法人员, 人大代表, 政协委员, 主持人), or what officials do in a record
  (…主持会议, …指出, …强调);
- a private cue makes a private person (redacted): a relation (其妻, 之子, 父亲, 家长, 你的儿子),
  a resident or party word (村民, 居民, 患者, 来电人, 学生), and what a resident does or has
  (…来电反映, …称, …住在, …的手机号, …患有, …，男);
- neither: the model's word alone goes to a reviewer (``review``).

Names joined by 和, 与, 及 or 、 share a cue (``村民甲和乙来电反映``; an expert list the rules
read in part). A personal identifier next to
a name (``recognizers._holder.identifier_after``) is a private cue over any capacity.

Not a recognizer module: the registry skips modules whose name starts with ``_``.
"""

from __future__ import annotations

import re
from typing import Literal

from recognizers._holder import identifier_after
from recognizers.license_plate import _PROVINCES

Capacity = Literal["official", "private"]

# Directly before the name (the nearest of these in the few characters before it).
PRIVATE_BEFORE = (
    "村民", "居民", "群众", "市民", "农户", "农民", "牧民", "渔民", "患者", "病人", "学生", "幼儿",
    "儿童", "未成年人", "来电人", "来信人", "来访人", "信访人", "反映人", "诉求人", "其妻", "其夫",
    "其子", "其女", "其父", "其母", "之子", "之女", "之妻", "之夫", "之母", "之父", "儿子", "女儿",
    "妻子", "丈夫", "父亲", "母亲", "家长", "孙子", "孙女", "爷爷", "奶奶", "外公", "外婆", "哥哥",
    "姐姐", "弟弟", "妹妹", "配偶", "前妻", "前夫", "老伴", "岳父", "岳母", "公公", "婆婆", "儿媳",
    "女婿", "孩子", "小孩", "外孙", "外孙女", "侄子", "侄女", "外甥", "上访人", "上访户", "你的", "您的", "你家", "您家", "户主", "死者", "伤者", "遇难者", "被告人", "犯罪嫌疑人",
    "罪犯", "服刑人员", "刑满释放人员", "职工", "员工", "工人", "农民工", "业主", "租户", "个体户",
    "经营户", "低保户", "贫困户", "五保户", "残疾人", "困难群众", "独居老人", "老人", "病患",
    "投诉人", "举报人", "申请人", "当事人", "被申请人", "第三人", "委托人", "受托人", "村民代表",
    "居民代表", "群众代表", "家属代表", "被征收人", "被拆迁人", "被补偿人", "被安置人",
    "邻居", "同村村民", "亲属", "亲戚", "朋友", "同学", "你和", "您和", "你与", "您与", "你及", "你称",
    "反映", "举报", "投诉", "起诉", "控告",
    # The people of a case file besides the party: witnesses, whoever received or was asked.
    "证人", "见证人", "证明人", "受送达人", "代收人", "被询问人", "被调查人", "被检查人", "在场人",
    "在场人员",
)
_RELATIVES = (
    "妻子|丈夫|儿子|女儿|父亲|母亲|子女|孩子|家人|老伴|配偶|爱人|孙子|孙女|哥哥|姐姐|弟弟|妹妹|"
    "前妻|前夫|儿媳|女婿|公公|婆婆|岳父|岳母"
)
# The person's own details in brackets right after a name: an age, a private mobile, an ID.
OWN_DETAILS = re.compile(
    r"\s*[(（]\s*(?:\d{1,3}\s*(?:周)?岁|(?:联系|手机|移动)?(?:电话|手机|号码|方式)(?:号码?)?\s*[:：]?\s*"
    r"1[3-9]\d|身份证|公民身份)"
)
# A role noun of a party, then 为/是/系: …实际使用人为, 房屋所有权人是, 肇事者系.
_PARTY_IS = re.compile(r"[\u4e00-\u9fa5]{1,8}?(?:人|者|户|主)(?:为|是|系)$")
# Directly after the name.
PRIVATE_AFTER = re.compile(
    r"^(?:等?(?:[一二两三四五六七八九十\d]+人)?(?:来电|来信|来访|到访|致电|反映|诉称|称|表示|投诉|"
    r"举报|申请|请求|要求|住在|住|家住|居住|户籍|出生|现年|年仅|今年|患有|患|因病|病故|去世|死亡|"
    r"受伤|一家|一户|家庭|夫妇|夫妻|母子|父子|母女|父女|兄弟|姐妹|曾因|曾被|因[\u4e00-\u9fa5]{1,8}罪|被判处|"
    r"家(?![长属])|多次|私自|擅自|无证|违规|违法|拒不)"
    # A sensitive fact said of the person (个人信息保护法第二十八条: a record, a belief, a
    # disability): …曾受过刑事处罚, …于2019年因…被判处, …有盗窃前科, …系…教信徒, …系听力残疾.
    r"|^(?:于[\d\s年月日份]{4,14})?(?:曾|先后)?因[\u4e00-\u9fa5]{1,16}?被(?:判|拘|处以|行政|刑事|公安|"
    r"开除|逮捕|劳动|强制|追究)"
    r"|^曾(?:经)?受(?:到|过)?[\u4e00-\u9fa5]{0,8}?(?:处罚|处分|刑罚)|^有[\u4e00-\u9fa5]{0,6}?前科"
    r"|^(?:信仰|信奉|宗教信仰)|^系[\u4e00-\u9fa5]{1,6}?(?:信徒|教徒|残疾)"
    # A marital fact (recognizers.private_facts): …已离异, …于2018年离婚, …丧偶多年 — of the
    # person, or of the one they divorced (其与…于2018年离婚).
    r"|^(?:于[\d\s年月日份]{4,14})?(?:已经?|已)?(?:协议|诉讼)?(?:离婚(?!登记|手续)|离异|丧偶|再婚|复婚)"
    r"|的(?:手机|电话|联系电话|身份证|住址|家|房屋|住房|户口|儿子|女儿|父亲|母亲|妻子|丈夫|"
    r"配偶|家属|子女|孩子|病情|病|遗产|账户|银行卡|车辆|申请|诉求|问题)"
    r"|之(?:子|女|妻|夫|父|母)|家属|[,，]\s*[男女][,，]|[(（]\s*[男女]|[,，]?\s*\d{1,3}\s*(?:周)?岁"
    # A relation the person has (…和妻子, …与其子): family members are private people's.
    rf"|(?:和|与|及|同|带着|携)(?:(?:其|他的|她的)?(?:{_RELATIVES})|其[子女妻夫父母])"
    # The person's own details in brackets (…（15岁）, …（联系电话139…）, …（身份证号…）).
    r"|\s*[(（]\s*(?:\d{1,3}\s*(?:周)?岁|(?:联系|手机|移动)?(?:电话|手机|号码|方式)(?:号码?)?\s*[:：]?\s*1[3-9]\d"
    r"|身份证|公民身份|[^()（）\n]{0,8}?(?:学生|小学生|中学生|在校生)[)）]))"
)
# A capacity before the name: the title or role ends right before it.
OFFICIAL_BEFORE = (
    "签发人", "法定代表人", "执法人员", "执法人", "承办人", "审核人", "审批人", "批准人", "拟稿人", "核稿人",
    "主持人", "记录人", "发言人", "人大代表", "政协委员", "代表", "委员", "评审专家", "专家",
    "局长", "副局长", "处长", "副处长", "科长", "副科长", "主任", "副主任", "书记", "副书记",
    "市长", "副市长", "县长", "副县长", "区长", "副区长", "镇长", "副镇长", "乡长", "副乡长",
    "厅长", "副厅长", "部长", "副部长", "省长", "副省长", "主席", "副主席", "院长", "副院长",
    "所长", "副所长", "站长", "队长", "秘书长", "副秘书长", "常委", "调研员", "巡视员", "督学",
    "检察长", "庭长", "审判长", "审判员", "专员", "署长", "司长", "主任科员", "总经济师",
    "总工程师", "党组书记", "党组成员", "组长", "副组长", "同志", "领导",
    # People acting for a body in a case: who inspected, mediated, handled it.
    "执法队员", "执法员", "队员", "工作人员", "民警", "辅警", "干警", "警官", "法官", "检察官",
    "警察", "交警",
    "调解员", "网格员", "干部", "第一书记", "联络员", "专干", "经办人员", "承办人员", "办案人员",
    # A document's own sign-off fields (承办：…  审核：…  签发：…): the body's officers.
    "承办", "经办", "审核", "审批", "签发", "核稿", "拟稿", "校对", "复核人", "审定",
    # A case file's officers (调查人：…, 送达人：…, 法制审核人员：…).
    "调查人", "调查人员", "检查人", "检查人员", "询问人", "送达人", "办案人", "案件承办人",
    "勘验人", "听证员", "书记员", "记录员", "审核人员",
)
OFFICIAL_AFTER = re.compile(
    r"^(?:同志|等同志|(?:副)?(?:局长|处长|科长|主任|书记|市长|县长|区长|镇长|乡长|厅长|部长|省长|"
    r"主席|院长|所长|站长|队长|秘书长|常委|调研员|巡视员|检察长|庭长|审判长|审判员|专员|组长|"
    r"委员|代表)|主持|出席|指出|强调|讲话|致辞|作报告|带队|调研|督导|签发|批示|部署"
    # An enforcement officer shows a certificate (…（执法证号：…）, …（警号…）): the body's officer.
    r"|[^\S\n]*[(（]?[^\S\n]*(?:(?:行政)?执法(?:证|证件|证书)|警号|警官证)"
    r"|[^\S\n]*[(（][^\S\n]*证号[^\S\n]*[:：]?[^\S\n]*[A-Za-z]{0,3}\d{1,16}(?![\dXx]))"
)
# A bracketed aside may stand before the joiner (车主甲（晋H…）、乙（晋H…）: each one's detail).
_JOIN = re.compile(r"^\s*(?:[(（][^()（）\n]{1,30}[)）])?\s*(?:和|与|及|以及|、)\s*$")


# A post in a firm, not in a body: the unit before the title is a workshop, a shop, a site or
# the company (车间主任, 门店店长, 项目部副经理): the party's employee.
_FIRM_UNIT = re.compile(r"(?:车间|工段|班组|门店|分店|工地|项目部|公司|企业|厂)副?$")


def firm_post(text: str, title_start: int) -> bool:
    """The title starting at ``title_start`` is a post in a firm (车间主任)."""
    return bool(_FIRM_UNIT.search(text, max(0, title_start - 4), title_start))


def capacity(text: str, start: int, end: int) -> Capacity | None:
    """What the words right around the name at ``[start, end)`` say about the person."""
    if identifier_after(text, end):
        return "private"
    before = text[max(0, start - 8) : start]
    cut = max(before.rfind(c) for c in "。；;\n")
    before = before[cut + 1 :].rstrip(" ：:")
    after = text[end : end + 16]
    official = OFFICIAL_AFTER.match(after) or any(
        before.endswith(w) and not _FIRM_UNIT.search(before[: len(before) - len(w)])
        for w in OFFICIAL_BEFORE)
    private = (PRIVATE_AFTER.match(after) or any(before.endswith(w) for w in PRIVATE_BEFORE)
               or _party_is(before))
    if private:
        return "private"
    if official:
        return "official"
    return None


def _party_is(before: str) -> bool:
    """``before`` ends with a party's role noun and 为/是/系 (…实际使用人为), not an official's
    (签发人为, 执法人员是)."""
    match = _PARTY_IS.search(before)
    if not match:
        return False
    role = match[0][:-1]
    return not any(role.endswith(w) for w in (*OFFICIAL_BEFORE, "负责人", "联系人", "责任人"))


def private_before(text: str, start: int) -> bool:
    """A private cue ends right before ``start`` (a relation, a resident or party word)."""
    before = text[max(0, start - 8) : start]
    before = before[max(before.rfind(c) for c in "。；;\n，,") + 1 :].rstrip(" ：:")
    return any(before.endswith(w) for w in PRIVATE_BEFORE) or _party_is(before)


def private_after(text: str, end: int) -> bool:
    """A private cue starts right after ``end`` (…来电反映, …（15岁）, …的手机号)."""
    return bool(PRIVATE_AFTER.match(text[end : end + 24]))


def share_cues(text: str, spans: list[tuple[int, int]], cues: list[Capacity | None]) -> None:
    """Names joined by 和, 与, 及 or 、 share a cue, in both directions (in place); a name with
    a cue of its own keeps it."""
    for _ in range(2):
        for i in range(1, len(spans)):
            gap = text[spans[i - 1][1] : spans[i][0]]
            if not _JOIN.match(gap):
                continue
            if cues[i - 1] and cues[i] is None:
                cues[i] = cues[i - 1]
            elif cues[i] and cues[i - 1] is None:
                cues[i - 1] = cues[i]


# A motor vehicle's plate (GB 36581: the province's character, the office's letter, five or six
# letters and digits), the way a traffic notice lists vehicles with their keepers.
_PLATE = re.compile(rf"[{_PROVINCES}][A-Z][A-Z0-9]{{5,6}}(?![A-Z0-9])")


def plate_in_clause(text: str, start: int, end: int) -> bool:
    """A vehicle's plate stands in the item holding the name at ``[start, end)`` (back to and on
    to a full stop, a semicolon or a line end, and a bracket's or a 、 list's neighbour): the
    name is the vehicle's keeper's."""
    before = text[max(0, start - 40) : start]
    before = before[max(before.rfind(c) for c in "。；;\n、") + 1 :]
    after = text[end : end + 40]
    cuts = [i for i in (after.find(c) for c in "。；;\n、") if i >= 0]
    after = after[: min(cuts, default=len(after))]
    return bool(_PLATE.search(before) or _PLATE.search(after))
