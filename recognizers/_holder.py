"""Whose contact is it: the holder of an e-mail address, a telephone number or a name, decided
once from the clause the value sits in, for every recognizer that needs it (e-mail, landline,
mobile, person names).

A contact detail is a person's (private: redact) or a body's (public: 条例第十二条 makes a body's
address, office telephone, mailbox and contact officer part of what it must publish). The text
says which by the words in the clause before the value, and the nearest such word wins:

- second-person and applicant words (您, 你, 申请人, 来电人, 投诉人, 当事人, 户主…) and personal
  labels (住宅电话, 个人邮箱, 家住, 来电号码, 留存电话…) make it private, also when a body's name
  happens to precede them (``本机关于…收到您通过电子邮件（…）提交的申请``: the mailbox is the
  applicant's), and when the body after them is only the one they wrote or went to
  (``你于…向市住建局提出申请，留存电话：…``: 向, 给, 到… make the body a recipient);
- a body's contact labels (办公电话, 咨询电话, 监督邮箱, 传真, 本机关, 我局, 受理机构…) make it
  public; a body's name just before the value (``…城市管理局，联系电话：``) does too, unless a
  private word comes after it;
- with no word in the clause, the lines just before may open a body's contact block
  (``受理机构：…办公室`` / ``联系单位：…局`` then ``地址：`` / ``电话：`` / ``邮箱：``), not across a
  full stop.

A personal identifier next to a name (an ID number, a bank card, a home address, a mobile
given as the person's own) makes that person private whatever their role word says (``项目负责人 张某（身份证号…）``): see
``identifier_after``.

Not a recognizer module: the registry skips modules whose name starts with ``_``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from recognizers._base import clause_before

Who = Literal["public", "private"]

# The person addressed or the party of a case: the clause is about them.
PERSON_WORDS = (
    "您", "你", "申请人", "被申请人", "来电人", "来信人", "来访人", "信访人", "投诉人", "举报人",
    "被举报人", "被投诉人", "当事人", "第三人", "本人", "户主", "家属", "监护人", "患者", "求助人",
    "受助人", "委托代理人", "代理人", "原告", "被告", "被处罚人", "违法行为人", "驾驶人", "车主",
    "村民", "居民", "群众", "市民", "业主", "住户", "租户", "房主", "学生家长", "家长", "之子",
    "之女", "之妻", "其妻", "其夫", "父亲", "母亲", "先生", "女士",
)
# Labels that say the detail is personal.
PRIVATE_LABELS = (
    "住宅电话", "家庭电话", "家庭固话", "宅电", "家中电话", "家里电话", "个人电话", "本人电话",
    "个人邮箱", "私人邮箱", "私人", "个人手机", "住址", "家住", "家庭住址", "居住地", "男,", "女,",
    "男，", "女，",
    # The caller's own number in a work order or a reply (来电号码, 留存电话: given to be called back).
    "来电号码", "来电电话", "留存电话", "预留电话", "留存的联系电话", "预留的联系电话", "回访电话",
    "申请人电话", "申请人联系电话",
)
# A body's own contact labels and the body speaking of itself.
PUBLIC_LABELS = (
    "办公电话", "咨询电话", "监督电话", "举报电话", "投诉电话", "受理电话", "值班电话", "服务电话",
    "热线", "传真", "总机", "报名电话", "预约电话", "业务电话", "监督邮箱", "举报邮箱", "投诉邮箱",
    "政务邮箱", "公开邮箱", "办公邮箱", "官方邮箱", "受理邮箱", "申请邮箱", "工作邮箱", "咨询邮箱",
    "服务邮箱", "本机关", "本局", "本委", "本办",
    "本院", "本单位", "本中心", "我局", "我委", "我办", "我院", "我单位", "我中心", "我市", "我县",
    "我区", "办公地址", "联系部门", "联系单位", "受理机构", "受理单位", "承办单位", "经办单位",
    "窗口", "大厅", "采购人", "代理机构", "办公室", "如有疑问", "如有问题", "项目联系人",
    "采购联系人", "项目联系方式",
)
# A body's name ending in what bodies are called, before the value or its label.
ORGANISATION = re.compile(
    r"[\u4e00-\u9fa5]{2,}(?:局|委员会|委|政府|办公室|办公厅|中心|公司|医院|学校|法院|检察院|大队|"
    r"支队|派出所|站|所|厅|处|科|院|办|馆|会)(?=[\s,，:：(（)）、]|反映|咨询|联系|申请|报送|提出|电话|邮箱|$)"
)
# Words that open a body's contact block on a line of their own.
_BLOCK_OPENERS = re.compile(
    r"(?:受理机构|受理单位|联系单位|联系部门|承办单位|经办单位|办理机构|咨询单位|监督单位|"
    r"公开机构|工作机构|单位名称|机关名称|办理单位|答复单位|承办部门|办理部门|答复机关|承办机构|"
    r"责任单位|处置单位)\s*[:：]"
)
_PERSONAL_ID = re.compile(
    r"身份证|公民身份|证件号|身份号码|银行卡|银行账|卡号|账号|社保卡|住址|家住|居住于|住在|户籍|"
    r"执业证|资格证|注册证书|建造师证|证书编号|"  # a person's certificate (recognizers.certificate)
    # A vehicle's plate in brackets after a name (车主…（晋H12345）): the keeper's identifier.
    r"车牌|号牌|[(（][京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][A-Z0-9]{5,6}[)）]|"
    r"(?<!\d)\d{17}[\dXx](?!\d)|(?<!\d)\d{15}(?!\d)"
)
_OTHER_PERSON = re.compile(r"[\u4e00-\u9fa5]{1,5}(?:人|者|员)\s*[:：]")
# An officer's law-enforcement certificate and its number (执法证号：A14090200123, 执法证件号
# 14090210055, 行政执法证编号…), or a police officer's number (警号：140123).
CREDENTIAL = re.compile(
    r"(?:(?:行政)?执法(?:证|证件|证书|资格证)(?:号码?|编号)?(?:分别为|为)?|警号|警官证号?)"
    r"[^\S\n]*[:：]?[^\S\n]*[A-Za-z]{0,3}[\dA-Za-z\-]*"
    # Several officers' numbers in one bracket (执法证号：14090210023、14090210031).
    r"(?:[^\S\n]*[、，,和及][^\S\n]*[A-Za-z]{0,3}\d[\dA-Za-z\-]*)*"
    # A bare 证号 after an officer's name (郝建新（证号14090210023）), not an ID number.
    r"|(?<![\u4e00-\u9fa5])证号[^\S\n]*[:：]?[^\S\n]*[A-Za-z]{0,3}\d{1,16}(?![\dXx])"
)
# A practice or registration certificate and its number (注册证书编号：晋1142012201234567).
_QUALIFICATION = re.compile(
    r"(?:执业证|资格证|注册证书|建造师证|证书)(?:号码?|编号)?[^\S\n]*[:：]?[^\S\n]*[\u4e00-\u9fa5]?[\dA-Za-z\-]*"
)
# A mobile given as the person's own (not under a body's published-line label).
_OWN_MOBILE = re.compile(
    r"(?<!监督电话|举报电话|咨询电话|值班电话|服务热线)[:：]?\s*(?<![\d])1[3-9]\d[ \-]?\d{4}[ \-]?\d{4}(?!\d)"
)


@dataclass(frozen=True, slots=True)
class Holder:
    """Who a value belongs to (``None``: the text does not say) and the word that decided."""

    who: Who | None
    cue: str = ""


def _last(before: str, words: tuple[str, ...]) -> tuple[int, str]:
    best, word = -1, ""
    for w in words:
        pos = before.rfind(w)
        if pos >= 0 and pos + len(w) > best:
            best, word = pos + len(w), w
    return best, word


# A body the person addressed or wrote to (向我局提出申请, 到本机关, 给市住建局): the recipient of
# the clause's action, not the holder of what follows it.
_RECIPIENT = re.compile(r"(?:向|给|到|至|往)[^\S\n]?$")
# …what the person handed in there (not 向本机关咨询: that asks for the body's own line).
_SUBMITTED = re.compile(r"提出|提交|递交|申请|反映|投诉|举报|寄送|邮寄|寄来|来信|来访|送达")


def in_clause(before: str, public: tuple[str, ...] = (), private: tuple[str, ...] = ()) -> Holder:
    """The holder the words of ``before`` (the text of the clause up to the value) name."""
    private_at, private_word = _last(before, PERSON_WORDS + PRIVATE_LABELS + private)
    public_at, public_word = _last(before, PUBLIC_LABELS + public)
    organisations = list(ORGANISATION.finditer(before))
    if organisations and organisations[-1].end() > public_at:
        public_at, public_word = organisations[-1].end(), organisations[-1][0]
        if (private_at >= 0 and _RECIPIENT.search(before, 0, organisations[-1].start())
                and _SUBMITTED.search(before, organisations[-1].end())):
            # 你于…向市住建局提出申请，留存电话：… — the person's, the body only received it.
            public_at, public_word = _last(before[: organisations[-1].start()], PUBLIC_LABELS + public)
    elif (private_at >= 0 and public_at > private_at
          and _RECIPIENT.search(before, 0, public_at - len(public_word))
          and _SUBMITTED.search(before, public_at)):
        public_at, public_word = _last(before[: public_at - len(public_word)], PUBLIC_LABELS + public)
    if private_at < 0 and public_at < 0:
        return Holder(None)
    # The nearest word wins; a person word after a body's name beats it.
    if private_at >= public_at:
        return Holder("private", private_word)
    return Holder("public", public_word)


# A value someone handed over (…提供的邮箱, 留下的电话, 预留的联系方式): its holder is whoever
# gave it, the words right before the verb. A resident gives their own (按其提供的邮箱, 来电人留下的
# 邮箱, 通过12345热线留下的); a body gives its own only where it is that verb's subject (本机关提供的).
_GIVEN = re.compile(
    r"(?:所|本人)?(?:提供|留下|预留|留存|填写|填报|登记|告知)了?的(?:个人|本人|联系)?"
    r"(?:电子邮箱|邮箱|邮件地址|电子信箱|信箱|联系电话|电话号码|电话|手机号码|手机号|手机|联系方式|"
    r"通讯地址|联系地址|地址)(?:地址|号码)?[^\S\n]*(?:为|是|[:：])?[^\S\n]*[(（]?[^\S\n]*$"
)
# A body speaking of itself (本机关, 我局…): the only body that gives its own contact.
_BODY_SELF = tuple(w for w in PUBLIC_LABELS if w.startswith(("本", "我")) and w not in ("我市", "我县", "我区"))
# A channel the person used (通过12345热线, 经…中心): not the giver.
_CHANNEL = re.compile(r"(?:通过|经由|经|在|向|到|给|从)[^\s，,。；;]{0,16}$")


def given_by(before: str) -> Holder:
    """The holder of a value the clause ``before`` says was handed over (…提供的邮箱：): the
    giver, private unless a body speaking of itself or named as the subject gave it."""
    match = _GIVEN.search(before)
    if not match:
        return Holder(None)
    giver = before[: match.start()].rstrip()
    if giver.endswith(_BODY_SELF):
        return Holder("public", "given_by_body")
    body = ORGANISATION.search(giver[-20:] + "\n")
    if body and body.end() >= len(giver[-20:]) and not _CHANNEL.search(giver[: len(giver) - len(body[0])]):
        return Holder("public", "given_by_body")
    return Holder("private", "given_by_person")


# After the value: the body sends to the person (…（…）向您送达), or the aside names the person
# who gave it (…（来电人提供）).
_TO_PERSON = re.compile(
    rf"^[^\S\n]*[)）]?[^\S\n]*(?:向|给|对)(?:{'|'.join(PERSON_WORDS)})"
    r"[^\S\n]*(?:送达|发送|答复|回复|告知|寄送|邮寄|反馈|推送)"
)
_ASIDE_PERSON = re.compile(
    rf"^[^\S\n]*[(（][^\S\n]*(?:{'|'.join(PERSON_WORDS)})(?:本人)?(?:提供|留下|预留|留存|填写|所留)?的?"
    r"(?:邮箱|电话|号码)?[^\S\n]*[)）]"
)


def told_after(text: str, end: int) -> Holder:
    """What the words right after a value at ``end`` say of its holder: private where the body
    sends something to the person there, or an aside names the person who gave it."""
    after = text[end : end + 30]
    if _TO_PERSON.match(after) or _ASIDE_PERSON.match(after):
        return Holder("private", "sent_to_person")
    return Holder(None)


def holder_at(
    text: str,
    start: int,
    *,
    public: tuple[str, ...] = (),
    private: tuple[str, ...] = (),
    limit: int = 60,
) -> Holder:
    """The holder of the value at ``start``: the words of its clause, else a body's contact
    block opened in the lines just before (not across a full stop)."""
    clause = clause_before(text, start, limit)
    found = given_by(clause)
    if found.who is not None:
        return found
    found = in_clause(clause, public, private)
    if found.who is not None:
        return found
    earlier = text[max(0, start - 150) : start]
    earlier = earlier[earlier.rfind("。") + 1 :]
    found = in_clause(earlier, public, private)
    if found.who is not None:
        return found
    if _BLOCK_OPENERS.search(earlier):
        return Holder("public", "contact_block")
    return Holder(None)


def contact_block(text: str, start: int, end: int) -> bool:
    """The name at ``[start, end)`` is a body's contact officer: its clause and the lines
    around it are a body's contact details (an office telephone, a body's mailbox or address,
    the body speaking of itself), and nothing there is a party's."""
    line_start = text.rfind("\n", 0, max(0, start - 1)) + 1
    line_start = text.rfind("\n", 0, max(0, line_start - 1)) + 1  # and the line before
    before = text[line_start:start]
    before = before[max(before.rfind("。"), before.rfind("；")) + 1 :]
    tail_end = min(len(text), end + 60)
    after = text[end:tail_end]
    if not after.split("\n", 1)[0].strip(" \t　,，"):
        after = after.lstrip(" \t　,，\n")  # 联系人：王某 / 联系电话：… on the next line
    cut = min((after.find(c) for c in "。；\n" if c in after), default=len(after))
    after = after[:cut]
    if identifier_after(text, end):
        return False
    told = in_clause(before)
    if told.who == "private":
        return False
    if told.who == "public" or _BLOCK_OPENERS.search(before):
        return True
    # 联系人：王某，联系电话：0350-1234567 (an office's line, not a mobile) after the name.
    return bool(re.search(r"(?:办公电话|咨询电话|电话|传真)\s*[:：]?\s*[(（]?0\d{2,3}", after))


def identifier_after(text: str, end: int, limit: int = 30, mobiles: bool = True,
                     certificates: bool = True) -> bool:
    """A personal identifier (ID number, bank card, home address, and with ``mobiles`` a
    private mobile, with ``certificates`` a practice certificate) follows the name ending at
    ``end`` within its clause: the person is private whatever their role. A procurement
    notice's project contact publishes a mobile as the body's line, so its caller passes
    ``mobiles=False``; a bid's 项目负责人 is published with the number of the registration
    certificate that qualifies them (《招标公告和公示信息发布管理办法》第六条), so its caller
    passes ``certificates=False``."""
    window = text[end : end + limit]
    cut = min((window.find(c) for c in "。；;\n" if c in window), default=len(window))
    window = window[:cut]
    # Another person's field starts (…委托代理人：汪某（身份证号…）): theirs, not this name's.
    other = _OTHER_PERSON.search(window)
    if other:
        window = window[: other.start()]
    # An officer's enforcement certificate (执法证号：14090210023) is shown by law (行政处罚法
    # 第四十二条, 第五十五条) and names the officer's office, not the person: no identifier,
    # and its eleven digits are no mobile.
    window = CREDENTIAL.sub("", window)
    if not certificates:
        window = _QUALIFICATION.sub("", window)
    return bool(_PERSONAL_ID.search(window) or (mobiles and _OWN_MOBILE.search(window)))


_CONTACT_LINE = re.compile(
    r"联系人\s*[:：]|(?:联系|办公|咨询)?电话\s*[:：]?\s*[(（]?0\d{2,3}[)）\-\s]?\d{7,8}|传真\s*[:：]"
)


def office_contact_lines(text: str, start: int, lines: int = 3) -> bool:
    """The value at ``start`` closes a body's contact lines: its line and the ``lines`` before it
    (not across a full stop) hold a 联系人 label or an office landline, and no party's word."""
    window_start = start
    for _ in range(lines + 1):
        window_start = text.rfind("\n", 0, max(0, window_start - 1)) + 1
        if window_start == 0:
            break
    before = text[window_start:start]
    before = before[before.rfind("。") + 1 :]
    if not _CONTACT_LINE.search(before):
        return False
    return in_clause(before).who != "private"
