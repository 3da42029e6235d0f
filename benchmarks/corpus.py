"""A labelled corpus of realistic, fictitious Chinese government documents for measuring detection.

Every document is built from blocks (paragraphs and tables) in which values are planted with a
label: the entity type a reviewer would name, the value, and what must happen to it —
``redact`` (personal data, must be removed), ``keep`` (public data and look-alikes that must stay:
office phones, credit codes, document numbers, amounts, service numbers, masked values) or
``flag`` (markings and cues that must be reported, whatever the action). Documents also carry the
expected classification (level, period, start and expiry) and disclosure attribute.

Each document is written as TXT, DOCX (python-docx; some planted values split across two runs)
or PDF (PyMuPDF with the built-in CJK font; some planted values wrapped across two lines at the
right margin, which ingest joins). All values are random but well-formed: ID and credit-code check
characters, Luhn digits, allocated mobile segments and real area codes.

    python benchmarks/corpus.py OUT_DIR [--seed N] [--count N]
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import json
import random
from dataclasses import asdict, dataclass, field
from pathlib import Path

# --------------------------------------------------------------------------------------------
# Model


@dataclass
class Item:
    type: str
    value: str
    expect: str  # redact | keep | flag


@dataclass
class Plant:
    """A labelled value inside a paragraph; ``split`` asks the writer to break it (DOCX runs,
    PDF line wrap)."""

    value: str
    type: str
    expect: str
    split: bool = False


Fragment = str | Plant


@dataclass
class Table:
    rows: list[list[Fragment]]


Block = list[Fragment] | Table


@dataclass
class Doc:
    name: str
    kind: str
    blocks: list[Block]
    attribute: str
    proposed: str | None = None
    marking: dict | None = None
    header: Plant | None = None  # DOCX page-header text (TXT/PDF: first line)
    items: list[Item] = field(default_factory=list)

    def collect(self) -> None:
        seen: set[tuple[str, str, str]] = set()
        blocks = [*self.blocks, [self.header]] if self.header else self.blocks
        for block in blocks:
            cells = [c for row in block.rows for c in row] if isinstance(block, Table) else block
            for frag in cells:
                if isinstance(frag, Plant) and (frag.type, frag.value, frag.expect) not in seen:
                    seen.add((frag.type, frag.value, frag.expect))
                    self.items.append(Item(frag.type, frag.value, frag.expect))


# --------------------------------------------------------------------------------------------
# Values

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆范汪金石贾武常"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华建国志红文玉梅晓燕海波宇浩然子轩嘉欣雨萱博晨凯鹏飞亮斌辉宁琳雪峰永淑珍新春秋月"
AREAS = ["140902", "140921", "140922", "140981", "110105", "310115", "440305", "510107", "370202",
         "330106", "420111", "610113", "810000", "820000", "830000", "140981", "130102", "410105"]
CITY_ROADS = [("山西省忻州市忻府区", "七一北路"), ("山西省忻州市忻府区", "和平西街"), ("忻州市原平市", "前进东街"),
              ("山西省太原市小店区", "长风街"), ("北京市朝阳区", "望京西路"), ("山西省五台县", "东冶镇建设路")]
ESTATES = ["锦绣花园小区", "阳光家园", "翠苑小区", "康馨园", "幸福里", "紫金苑", "华府小区"]
VILLAGES = ["东冶镇南街村", "豆罗镇上社村", "播明镇西社村", "董村镇南王村"]
AGENCIES = [("忻州市市场监督管理局", "忻市监"), ("忻州市城市管理局", "忻市城管"), ("忻州市民政局", "忻市民"),
            ("忻府区住房和城乡建设局", "忻府住建"), ("忻州市人力资源和社会保障局", "忻市人社"),
            ("忻州市交通运输局", "忻市交"), ("忻州市公安局交通警察支队", "忻公交")]
ID_W = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
USCC_CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
MOBILE_PREFIX = ["130", "131", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158",
                 "159", "166", "177", "180", "182", "185", "186", "187", "188", "189", "191", "193",
                 "195", "198", "199"]
AREA_CODES = ["0350", "0351", "0352", "0355", "0357", "010", "021", "0371", "0311"]
PROVINCE_PLATE = "晋京冀豫陕蒙鲁"


class Values:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.names: set[str] = set()
        self.markings = 0

    def name(self) -> str:
        while True:
            n = self.rng.choice(SURNAMES) + "".join(
                self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2, 2, 2)))
            )
            if n not in self.names:
                self.names.add(n)
                return n

    def birth(self) -> dt.date:
        return dt.date(1950, 1, 1) + dt.timedelta(days=self.rng.randrange(0, 365 * 55))

    def id18(self, area: str | None = None, wrong: bool = False) -> str:
        area = area or self.rng.choice(AREAS)
        body = f"{area}{self.birth():%Y%m%d}{self.rng.randrange(0, 1000):03d}"
        check = "10X98765432"[sum(int(c) * w for c, w in zip(body, ID_W, strict=True)) % 11]
        if wrong:
            check = self.rng.choice([c for c in "0123456789" if c != check])
        return body + check

    def id15(self) -> str:
        b = self.birth()
        return f"{self.rng.choice(AREAS[:12])}{b:%y%m%d}{self.rng.randrange(0, 1000):03d}"

    def uscc(self, kind: str) -> str:
        body = kind + self.rng.choice(["140900", "140902", "140981"]) + "".join(
            self.rng.choice(USCC_CS) for _ in range(9)
        )
        total = sum(USCC_CS.index(c) * pow(3, i, 31) for i, c in enumerate(body))
        return body + USCC_CS[(31 - total % 31) % 31]

    def mobile(self) -> str:
        return self.rng.choice(MOBILE_PREFIX) + f"{self.rng.randrange(0, 10**8):08d}"

    def landline(self) -> str:
        import phonenumbers

        while True:
            area = self.rng.choice(AREA_CODES)
            digits = 8 if area in ("010", "021", "0371", "0311", "0351") else 7
            number = f"{area}-{self.rng.randrange(2, 9)}{self.rng.randrange(0, 10 ** (digits - 1)):0{digits - 1}d}"
            # Some local ranges are not assigned: draw again rather than plant a non-number.
            if phonenumbers.is_valid_number(phonenumbers.parse(number, "CN")):
                return number

    def bank_card(self) -> str:
        body = "62" + self.rng.choice(["2848", "1700", "2202", "1799", "1483"]) + "".join(
            str(self.rng.randrange(10)) for _ in range(11)
        )
        total = 0
        for i, c in enumerate(reversed(body)):
            v = int(c) * (2 if i % 2 == 0 else 1)
            total += v - 9 if v > 9 else v
        return body + str((10 - total % 10) % 10)

    def email(self, name_hint: str = "") -> str:
        user = self.rng.choice(["wang", "li", "zhang", "liu", "chen", "zhao", "sun"]) + str(
            self.rng.randrange(1970, 2005)
        ) + self.rng.choice(["", "_x", "abc"])
        return f"{user}@{self.rng.choice(['163.com', 'qq.com', 'example.com', 'sina.com'])}"

    def address(self, flat: bool = True) -> str:
        city, road = self.rng.choice(CITY_ROADS)
        if not flat:
            return f"{self.rng.choice(['五台县', '原平市', '定襄县'])}{self.rng.choice(VILLAGES)}{self.rng.randrange(1, 9)}组"
        return (f"{city}{road}{self.rng.randrange(1, 200)}号{self.rng.choice(ESTATES)}"
                f"{self.rng.randrange(1, 30)}号楼{self.rng.randrange(1, 6)}单元{self.rng.randrange(1, 30)}0{self.rng.randrange(1, 4)}室")

    def plate(self) -> str:
        p = self.rng.choice(PROVINCE_PLATE) + self.rng.choice("ABCDEFHJ")
        if self.rng.random() < 0.3:
            return p + self.rng.choice("DF") + self.rng.choice("ABCDEFGH0123456789") + f"{self.rng.randrange(0, 10000):04d}"
        return p + "".join(self.rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ" if i == 0 else "0123456789") for i in range(5))

    def passport(self) -> str:
        return "E" + self.rng.choice("ABCDEFGHJKLMN") + f"{self.rng.randrange(0, 10**7):07d}"

    def hkmo(self) -> str:
        return "C" + f"{self.rng.randrange(10**7, 10**8):08d}"

    def home_return(self) -> str:
        return self.rng.choice("HM") + f"{self.rng.randrange(10**7, 10**8):08d}" + f"{self.rng.randrange(0, 5):02d}"

    def tw_permit(self) -> str:
        return f"{self.rng.randrange(10**7, 10**8):08d}"

    def qq(self) -> str:
        return str(self.rng.randrange(10**6, 10**10))

    def wechat(self) -> str:
        return self.rng.choice(["wx", "xz", "li", "zh"]) + self.rng.choice(["_", ""]) + "".join(
            self.rng.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(7)
        )

    def military(self) -> str:
        return "军" + f"{self.rng.randrange(0, 10**7):07d}"

    def amount(self) -> str:
        return f"{self.rng.randrange(1, 2000) * 100:,}.00"

    def date(self, start: int = 2019, end: int = 2025) -> dt.date:
        return dt.date(start, 1, 1) + dt.timedelta(days=self.rng.randrange(0, 365 * (end - start)))


def cn_date(day: dt.date) -> str:
    digits = "〇一二三四五六七八九"

    def small(n: int) -> str:
        if n < 10:
            return digits[n]
        tens, units = divmod(n, 10)
        return ("" if tens == 1 else digits[tens]) + "十" + (digits[units] if units else "")

    return "".join(digits[int(c)] for c in str(day.year)) + f"年{small(day.month)}月{small(day.day)}日"


def ar_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def R(value: str, type_: str, split: bool = False) -> Plant:
    return Plant(value, type_, "redact", split)


def K(value: str, type_: str) -> Plant:
    return Plant(value, type_, "keep")


def F(value: str, type_: str) -> Plant:
    return Plant(value, type_, "flag")


# --------------------------------------------------------------------------------------------
# Templates

def penalty_decision(v: Values, today: dt.date) -> Doc:
    agency, code = v.rng.choice(AGENCIES)
    issued = v.date(2021, 2025)
    party, officer1, officer2 = v.name(), v.name(), v.name()
    sex = v.rng.choice("男女")
    doc_no = f"{code}罚〔{issued.year}〕{v.rng.randrange(1, 300)}号"
    fine = v.amount()
    blocks: list[Block] = [
        [agency], ["行政处罚决定书"], [K(doc_no, "DOC_NUMBER")],
        ["当事人：", R(party, "PERSON"), f"，{sex}，汉族，{v.birth().year}年出生，公民身份号码：",
         R(v.id18(), "CN_RESIDENT_ID", split=True), "，住址：", R(v.address(), "CN_ADDRESS"),
         "，联系电话：", R(v.mobile(), "CN_MOBILE", split=True), "。"],
    ]
    if v.rng.random() < 0.5:
        plate = v.plate()
        blocks.append([f"{ar_date(issued - dt.timedelta(days=40))}，本机关执法人员在例行检查中发现当事人驾驶号牌为",
                       R(plate, "CN_LICENSE_PLATE"), "的小型客车从事非法营运，当场制作了现场笔录。"])
    else:
        blocks.append([f"{ar_date(issued - dt.timedelta(days=40))}，本局执法人员根据12315平台转办的投诉举报线索，"
                       "对当事人经营场所进行检查，发现当事人销售的商品未明码标价。"])
    blocks += [
        ["上述事实有现场笔录、询问笔录、现场照片等证据证实。执法人员：", K(officer1, "OFFICIAL_NAME"), "、",
         K(officer2, "OFFICIAL_NAME"), "，执法证号：", K(f"14{v.rng.randrange(10**9, 10**10)}", "DOC_NUMBER"), "。"],
        [f"依据《中华人民共和国价格法》第四十二条的规定，本机关决定对当事人罚款人民币{fine}元（",
         K(f"{v.rng.choice(MOBILE_PREFIX)}{v.rng.randrange(10**7, 10**8)}", "AMOUNT"), "元为其违法所得总额的计算基数）。"],
        ["当事人应当自收到本决定书之日起十五日内缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。"],
        ["如不服本决定，可在六十日内申请行政复议，或在六个月内提起行政诉讼。咨询可拨打", K("12345", "SERVICE_NUMBER"),
         "政务服务便民热线或", K("12315", "SERVICE_NUMBER"), "。"],
        [agency], [ar_date(issued)], [F("（此件公开发布）", "DISCLOSURE_NOTE")],
    ]
    return Doc("penalty", "penalty", blocks, attribute="主动公开", proposed="主动公开")


def application_reply(v: Values, today: dt.date) -> Doc:
    agency, code = v.rng.choice(AGENCIES)
    issued = v.date(2021, 2025)
    applicant = v.name()
    old_id = v.rng.random() < 0.3
    ident = R(v.id15(), "CN_RESIDENT_ID") if old_id else R(v.id18(), "CN_RESIDENT_ID", split=True)
    uscc = v.uscc("11")
    blocks: list[Block] = [
        [agency], ["政府信息公开申请答复书"], [K(f"{code}依复〔{issued.year}〕{v.rng.randrange(1, 99)}号", "DOC_NUMBER")],
        ["索引号：", K(f"{uscc}/{issued.year}-{v.rng.randrange(1, 99999):05d}", "DOC_NUMBER")],
        [R(applicant, "PERSON"), "："],
        [f"本机关于{ar_date(issued - dt.timedelta(days=15))}收到你提交的《政府信息公开申请表》（申请人：",
         R(applicant, "PERSON"), "，身份证号：", ident, "，电子邮箱：", R(v.email(), "EMAIL_ADDRESS"),
         "，通讯地址：", R(v.address(), "CN_ADDRESS"), "，联系电话（手机）：", R(v.mobile(), "CN_MOBILE", split=True),
         "），申请公开本机关2023年度老旧小区改造项目的资金安排情况。"],
        ["经审查，现答复如下：你申请公开的信息属于本机关公开职责范围，予以公开。其中涉及第三方施工单位投标报价明细的部分，"
         "经书面征求第三方意见，第三方认为属于商业秘密且不同意公开，根据《中华人民共和国政府信息公开条例》第十五条的规定，该部分不予提供。"],
        ["如对本答复不服，可以在收到本答复之日起六十日内申请行政复议。"],
        [agency], [ar_date(issued)], ["（联系电话：", K(v.landline(), "CN_LANDLINE_PUBLIC"), "）"],
        [F("（此件依申请公开）", "DISCLOSURE_NOTE")],
    ]
    return Doc("reply", "reply", blocks, attribute="依申请公开", proposed="依申请公开")


def subsidy_list(v: Values, today: dt.date) -> Doc:
    issued = v.date(2021, 2025)
    town = v.rng.choice(["东冶镇", "豆罗镇", "播明镇", "董村镇"])
    n = v.rng.randrange(3, 7)
    people = [v.name() for _ in range(n)]
    with_bank = v.rng.random() < 0.5
    header = ["序号", "姓名", "身份证号", "联系电话"] + (["银行卡号"] if with_bank else []) + ["家庭住址", "发放金额（元）"]
    rows: list[list[Fragment]] = [list(header)]
    total = 0
    for i, person in enumerate(people, start=1):
        money = v.rng.randrange(5, 30) * 100
        total += money
        row: list[Fragment] = [str(i), R(person, "PERSON"), R(v.id18(area="140922"), "CN_RESIDENT_ID"),
                               R(v.mobile(), "CN_MOBILE")]
        if with_bank:
            row.append(R(v.bank_card(), "CN_BANK_CARD"))
        row += [R(v.address(flat=False), "CN_ADDRESS"), f"{money:,}.00"]
        rows.append(row)
    rows.append(["合计", f"{n}人"] + ["—"] * (len(header) - 3) + [f"{total:,}.00"])
    intro: list[Fragment] = ["根据临时救助有关规定，经个人申请、村（居）民委员会入户调查、镇人民政府审核，"]
    for i, person in enumerate(people):
        intro += (["、"] if i else []) + [R(person, "PERSON")]
    intro.append(f"等{n}人符合临时救助条件。现将发放名单公示如下：")
    stats = Table([["统计项目", "数值"], ["受理申请人数（人）", str(n + v.rng.randrange(1, 5))],
                   ["审核通过人数（人）", str(n)], ["发放总额（元）", f"{total:,}.00"],
                   ["本年累计发放（元）", f"{total * 3:,}.00"]])
    blocks: list[Block] = [
        [f"五台县{town}{issued.year}年第一批"], ["临时救助金发放名单公示"], intro, Table(rows),
        ["发放情况统计："], stats,
        [f"公示期为{ar_date(issued)}至{ar_date(issued + dt.timedelta(days=6))}。如有异议，请向镇民政办反映，监督电话：",
         K(v.landline(), "CN_LANDLINE_PUBLIC"), "，也可拨打", K("12345", "SERVICE_NUMBER"), "政务服务便民热线。"],
        [f"五台县{town}人民政府"], [ar_date(issued)], [F("（此件公开发布）", "DISCLOSURE_NOTE")],
    ]
    return Doc("subsidy", "subsidy", blocks, attribute="主动公开", proposed="主动公开")


MARKINGS = [
    # (text, level, period for the record, kind, months or date)
    ("机密★5年", "机密", "5年", "years", 60), ("秘密★1年", "秘密", "1年", "years", 12),
    ("秘密★6个月", "秘密", "6个月", "months", 6), ("绝密★长期", "绝密", "长期", "long", None),
    ("机密☆10年", "机密", "10年", "years", 120), ("秘密 ★ 2年", "秘密", "2年", "years", 24),
    ("机密*3年", "机密", "3年", "years", 36), ("秘密★", "秘密", None, "none", 120),
    ("机密★会议结束后", "机密", "会议结束后", "condition", None),
    ("秘密★2026年12月31日前", "秘密", "2026年12月31日前", "date", dt.date(2026, 12, 31)),
    ("机  密", "机密", None, "none", 240), ("秘密＊3个月", "秘密", "3个月", "months", 3),
    ("机密★五年", "机密", "5年", "years", 60), ("绝密★20年", "绝密", "20年", "years", 240),
]


def classified_notice(v: Values, today: dt.date) -> Doc:
    # Every variant in turn, so that a run of the corpus covers them all.
    text, level, period, kind, span = MARKINGS[v.markings % len(MARKINGS)]
    v.markings += 1
    issued = v.date(2019, 2025)
    top_right = v.rng.random() < 0.25
    chinese = v.rng.random() < 0.4
    copy_no = f"{v.rng.randrange(1, 999999):06d}"
    if kind in ("years", "months", "none"):
        expires = add_months(issued, span)
    elif kind == "date":
        expires = span
    else:
        expires = None
    expired = None if kind in ("long", "condition") else expires <= today
    attribute = "不予公开" if kind == "long" or expired is False else "须报审"
    doc_no = f"忻政办发〔{issued.year}〕{v.rng.randrange(1, 99)}号"
    head: list[Block] = (
        [[K(copy_no, "COPY_NUMBER"), "　　　　　　　　　　", F(text, "CLASSIFICATION_MARKING")], ["特急"]]
        if top_right else
        [[K(copy_no, "COPY_NUMBER")], [F(text, "CLASSIFICATION_MARKING")], [v.rng.choice(["特急", "加急", ""])]]
    )
    blocks: list[Block] = [
        *head, ["忻州市人民政府办公室文件"], [K(doc_no, "DOC_NUMBER")],
        ["关于做好重点目标安全防范工作的通知"], ["各县（市、区）人民政府，市直有关单位："],
        ["现将有关事项通知如下：本通知按机密级文件管理，涉及国家秘密的内容不得在互联网上传播，不得擅自复制、摘抄。"],
        [f"各地落实情况请于{ar_date(issued + dt.timedelta(days=20))}前报市应急管理局。"],
        ["忻州市人民政府办公室"], [cn_date(issued) if chinese else ar_date(issued)],
        ["抄送：市委办公室，市人大常委会办公室。"],
        [f"忻州市人民政府办公室　　　　　　{ar_date(issued + dt.timedelta(days=1))}印发"],
    ]
    marking = {"level": level, "period": period, "marked_on": issued.isoformat(),
               "expires_on": expires.isoformat() if expires else None}
    doc = Doc("classified", "classified", blocks, attribute=attribute, marking=marking)
    if v.rng.random() < 0.25:
        # The marking in the page header instead (a DOCX puts it after the body in the flat
        # text; TXT and PDF print it on the first line).
        doc.blocks = [b for b in blocks if not (isinstance(b, list) and any(
            isinstance(f, Plant) and f.type == "CLASSIFICATION_MARKING" for f in b))]
        doc.header = Plant(text, "CLASSIFICATION_MARKING", "flag")
    return doc


def draft_for_comments(v: Values, today: dt.date) -> Doc:
    issued = v.date(2021, 2025)
    contact = v.name()
    title = v.rng.choice(["城市养犬管理办法", "物业管理条例实施细则", "燃气安全管理办法"])
    blocks: list[Block] = [
        ["忻州市司法局"], [f"关于公开征求《忻州市{title}", F("（征求意见稿）", "PROCESS_INFO"), "》意见的公告"],
        [f"为提高立法质量，现将《忻州市{title}（征求意见稿）》全文公布，公开征求社会各界意见。征求意见时间为"
         f"{ar_date(issued)}至{ar_date(issued + dt.timedelta(days=30))}。"],
        ["一、电子邮件：请将意见发送至", K(f"xzsfj_lfk{v.rng.randrange(10, 99)}@xinzhou.gov.cn", "EMAIL_PUBLIC"), "。"],
        ["二、信函：请寄至忻州市司法局立法科，邮编：", K(f"03400{v.rng.randrange(0, 9)}", "CN_POSTCODE"), "。"],
        ["三、电话：联系人：", R(contact, "PERSON"), "，联系电话：", R(v.mobile(), "CN_MOBILE", split=True),
         "，办公电话：", K(v.landline(), "CN_LANDLINE_PUBLIC"), "。"],
        ["忻州市司法局"], [ar_date(issued)],
        [f"忻州市{title}"], ["第一条　为了规范管理，维护公共秩序，根据有关法律、法规，结合本市实际，制定本办法。"],
        ["第二条　本办法自2026年1月1日起施行。"],
    ]
    return Doc("draft", "draft", blocks, attribute="主动公开")


def procurement_result(v: Values, today: dt.date) -> Doc:
    issued = v.date(2021, 2025)
    experts = [v.name() for _ in range(5)]
    contact = v.name()
    individual = v.rng.random() < 0.4
    supplier_code = v.uscc("92" if individual else "91")
    supplier_type = "CN_USCC_INDIVIDUAL" if individual else "CN_USCC"
    supplier_label = K(supplier_code, supplier_type)
    experts_frag: list[Fragment] = []
    for i, e in enumerate(experts):
        experts_frag += (["、"] if i else []) + [K(e, "OFFICIAL_NAME")]
    blocks: list[Block] = [
        ["忻州市城市管理局智慧城管平台运维服务"], ["采购项目中标结果公告"],
        ["一、项目编号：", K(f"XZCG-{issued.year}-{v.rng.randrange(1, 999):04d}", "DOC_NUMBER")],
        ["二、中标信息：供应商名称：", "忻州市某某信息技术经营部" if individual else "山西恒信达信息技术有限公司",
         "；统一社会信用代码：", supplier_label, f"；中标金额：人民币{v.amount()}元。"],
        ["三、评审专家名单：", *experts_frag, "（组长）。"],
        ["四、其他补充事宜：中标供应商在投标文件中书面声明，其投标报价明细及成本构成属于商业秘密，不同意公开。"],
        [F("附：投标报价明细及成本构成（摘自投标文件）", "TRADE_SECRET")],
        [f"1. 人工成本：{v.amount()}元"], [f"2. 设备折旧及备品备件：{v.amount()}元"],
        ["五、凡对本次公告内容提出询问，请按以下方式联系："],
        ["采购人：忻州市城市管理局，统一社会信用代码：", K(v.uscc("11"), "CN_USCC"), "，联系电话：",
         K(v.landline(), "CN_LANDLINE_PUBLIC"), "。"],
        ["中标供应商联系人：", R(contact, "PERSON"), "，联系电话：", R(v.mobile(), "CN_MOBILE"), "。"],
        ["忻州市城市管理局"], [ar_date(issued)],
    ]
    return Doc("procurement", "procurement", blocks, attribute="主动公开")


def disclosure_guide(v: Values, today: dt.date) -> Doc:
    agency, _ = v.rng.choice(AGENCIES)
    issued = v.date(2021, 2025)
    blocks: list[Block] = [
        [f"{agency}政府信息公开指南"],
        ["为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》和《忻州市人民政府办公室关于进一步做好政府信息公开工作的通知》（",
         K("忻府政秘函〔2018〕66号", "DOC_NUMBER"), "）要求，编制本指南。"],
        ["一、主动公开的政府信息，自该信息形成或者变更之日起20个工作日内予以公开。"],
        [f"二、依申请公开：受理机构：{agency}政务公开科。"],
        ["办公地址：忻州市忻府区和平西街1号市政府办公楼一层政务公开服务窗口"],
        ["邮政编码：", K("034000", "CN_POSTCODE")],
        ["联系电话：", K(v.landline(), "CN_LANDLINE_PUBLIC")],
        ["传真：", K(v.landline(), "CN_LANDLINE_PUBLIC")],
        ["电子邮箱：", K("xzgk@xinzhou.gov.cn", "EMAIL_PUBLIC")],
        ["政务服务便民热线：", K("12345", "SERVICE_NUMBER"), "；银行服务热线：", K("95588", "SERVICE_NUMBER"),
         "；客服电话：", K("400-600-1234", "SERVICE_NUMBER")],
        ["三、不予公开的范围：涉及国家秘密、商业秘密、个人隐私的信息不予公开。工作秘密不得公开。"],
        [agency], [ar_date(issued)],
    ]
    return Doc("guide", "guide", blocks, attribute="主动公开")


def internal_notice(v: Values, today: dt.date) -> Doc:
    issued = v.date(2021, 2025)
    marking = v.rng.choice([("内部资料　注意保存", "INTERNAL_MARKING"), ("工作秘密", "INTERNAL_MARKING"),
                            ("密码电报", "CIPHER_TELEGRAM"), ("内部文件　妥善保管", "INTERNAL_MARKING")])
    attribute = "须报审" if marking[1] == "CIPHER_TELEGRAM" else "不予公开"
    contact = v.name()
    blocks: list[Block] = [
        [F(marking[0], marking[1])], ["忻州市人民政府办公室"], ["关于加强工作秘密管理的通知"],
        ["各县（市、区）人民政府："],
        ["为进一步规范工作秘密管理，工作秘密不得公开，不得在互联网上传播。各单位要严格落实内部管理制度。"],
        ["联系人：", R(contact, "PERSON"), "，联系电话：", R(v.mobile(), "CN_MOBILE"), "。"],
        ["忻州市人民政府办公室"], [ar_date(issued)], [F("（此件不予公开）", "DISCLOSURE_NOTE")],
    ]
    return Doc("internal", "internal", blocks, attribute=attribute, proposed="不予公开")


def case_in_progress(v: Values, today: dt.date) -> Doc:
    issued = v.date(2021, 2025)
    reporter = v.name()
    im = v.rng.choice(["qq", "wechat"])
    contact_bits: list[Fragment] = (["，QQ：", R(v.qq(), "CN_QQ")] if im == "qq"
                                    else ["，微信号：", R(v.wechat(), "CN_WECHAT")])
    blocks: list[Block] = [
        ["忻州市市场监督管理局"], ["关于群众举报问题办理情况的报告"],
        ["举报人：", R(reporter, "PERSON"), "，联系电话：", R(v.mobile(), "CN_MOBILE"), *contact_bits, "。"],
        ["被举报单位：忻州市某某商贸有限公司，统一社会信用代码：", K(v.uscc("91"), "CN_USCC"), "。"],
        ["经初步核查，举报反映的问题基本属实，该案件", F("正在调查中", "LAW_ENFORCEMENT"), "，待调查终结后依法作出处理。"],
        ["忻州市市场监督管理局"], [ar_date(issued)], [F("（此件不予公开）", "DISCLOSURE_NOTE")],
    ]
    return Doc("case", "case", blocks, attribute="不予公开", proposed="不予公开")


def travel_documents(v: Values, today: dt.date) -> Doc:
    issued = v.date(2021, 2025)
    people = [v.name() for _ in range(5)]
    blocks: list[Block] = [
        ["忻州市文化和旅游局"], ["关于境外来宾参加文化交流活动人员信息的报备函"],
        ["市公安局出入境管理支队："], ["现将参加交流活动的人员信息报备如下："],
        ["1. 申请人：", R(people[0], "PERSON"), "，护照号码：", R(v.passport(), "CN_PASSPORT"), "。"],
        ["2. 申请人：", R(people[1], "PERSON"), "，往来港澳通行证号码：", R(v.hkmo(), "CN_HKMO_PERMIT"), "。"],
        ["3. 申请人：", R(people[2], "PERSON"), "（香港居民），回乡证号码：", R(v.home_return(), "CN_HOME_RETURN_PERMIT"), "。"],
        ["4. 申请人：", R(people[3], "PERSON"), "（台湾居民），台胞证号码：", R(v.tw_permit(), "CN_TW_PERMIT"), "。"],
        ["5. 申请人：", R(people[4], "PERSON"), "，军官证号：", R(v.military(), "CN_MILITARY_ID"),
         "，居住证号码：", R(v.id18(area=v.rng.choice(["810000", "820000", "830000"])), "CN_RESIDENT_ID"), "。"],
        ["车辆信息：号牌号码", R(v.plate(), "CN_LICENSE_PLATE"), "。"],
        ["忻州市文化和旅游局"], [ar_date(issued)], [F("（此件不予公开）", "DISCLOSURE_NOTE")],
    ]
    return Doc("travel", "travel", blocks, attribute="不予公开", proposed="不予公开")


def statistics_report(v: Values, today: dt.date) -> Doc:
    issued = v.date(2021, 2025)
    blocks: list[Block] = [
        ["忻州市统计局"], [f"关于{issued.year}年第一季度经济运行情况的通报"],
        ["统计基准日期为", K(f"{issued:%Y%m%d}", "DATE_NUMBER"), "，全市地区生产总值", K(f"{v.rng.randrange(10**10, 2 * 10**10)}", "AMOUNT"),
         "元，社会消费品零售总额", K(f"13{v.rng.randrange(10**8, 10**9)}", "AMOUNT"), "元。"],
        ["核对编号为", K(v.id18(wrong=True), "WRONG_CHECK"), "的旧数据已作废。"],
        ["原工商注册号：", K(f"140902{v.rng.randrange(10**8, 10**9)}", "DOC_NUMBER"), "的企业已换发营业执照。"],
        ["涉及判决：", K(f"（{issued.year - 1}）晋09民初{v.rng.randrange(1, 999)}号", "DOC_NUMBER"), "；不动产权证号：",
         K(f"晋（{issued.year - 2}）忻州市不动产权第{v.rng.randrange(10**6, 10**7):07d}号", "DOC_NUMBER"), "。"],
        ["项目代码：", K(f"{issued.year}-140902-47-01-{v.rng.randrange(10**5, 10**6)}", "DOC_NUMBER"), "。"],
        ["已公开的处罚对象：", K(v.rng.choice(SURNAMES) + "某某", "MASKED_VALUE"), "，联系电话",
         K(f"{v.rng.choice(MOBILE_PREFIX)}****{v.rng.randrange(1000, 9999)}", "MASKED_VALUE"), "，身份证号",
         K(f"140902********{v.rng.randrange(1000, 9999)}", "MASKED_VALUE"), "。"],
        Table([["指标", "数值"], ["规模以上工业增加值（万元）", f"{v.rng.randrange(10**6, 10**7)}"],
               ["固定资产投资（万元）", f"{v.rng.randrange(10**6, 10**7)}"],
               ["城镇新增就业（人）", f"{v.rng.randrange(1000, 9999)}"]]),
        ["忻州市统计局"], [ar_date(issued)], [F("（此件主动公开）", "DISCLOSURE_NOTE")],
    ]
    return Doc("stats", "stats", blocks, attribute="主动公开", proposed="主动公开")


def personnel_notice(v: Values, today: dt.date) -> Doc:
    issued = v.date(2021, 2025)
    a, b, c = v.name(), v.name(), v.name()
    blocks: list[Block] = [
        ["忻州市人民政府"], ["关于王某某等同志职务任免的通知"],
        ["经市人民政府研究决定："],
        ["任命", K(a, "OFFICIAL_NAME"), "同志为忻州市民政局局长；"],
        ["免去", K(b, "OFFICIAL_NAME"), "同志的忻州市民政局副局长职务。"],
        ["签发人：", K(c, "OFFICIAL_NAME")],
        ["忻州市人民政府"], [ar_date(issued)], [F("（此件公开发布）", "DISCLOSURE_NOTE")],
    ]
    return Doc("personnel", "personnel", blocks, attribute="主动公开", proposed="主动公开")


def meeting_minutes(v: Values, today: dt.date) -> Doc:
    issued = v.date(2021, 2025)
    people = [v.name() for _ in range(3)]
    blocks: list[Block] = [
        [F("忻州市民政局局长办公会议纪要", "PROCESS_INFO")], [f"〔{issued.year}〕{v.rng.randrange(1, 30)}号"],
        [f"{ar_date(issued)}，局长", K(people[0], "OFFICIAL_NAME"), "主持召开局长办公会议，研究临时救助资金使用等事项。"],
        ["出席：", K(people[1], "OFFICIAL_NAME"), "、", K(people[2], "OFFICIAL_NAME")],
        ["会议议定：一、加快资金拨付进度；二、做好困难群众生活保障。"],
    ]
    return Doc("minutes", "minutes", blocks, attribute="主动公开")


FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")


def complaint_reply(v: Values, today: dt.date) -> Doc:
    """Other labels: 投诉人, 身份证号码 in brackets, 家庭电话 (a private fixed line), 家庭住址,
    联系方式 in full-width digits, an enterprise under complaint (its code kept)."""
    issued = v.date(2021, 2025)
    person = v.name()
    mobile = v.mobile()
    blocks: list[Block] = [
        ["忻州市市场监督管理局"], ["投诉处理结果告知书"],
        ["投诉人：", R(person, "PERSON"), "（身份证号码：", R(v.id18().lower(), "CN_RESIDENT_ID", split=True), "）"],
        ["家庭住址：", R(v.address(), "CN_ADDRESS"), "；家庭电话：", R(v.landline(), "CN_LANDLINE_PRIVATE"),
         "；联系方式：", R(mobile.translate(FULLWIDTH), "CN_MOBILE"), "。"],
        ["被投诉人：忻州市某某超市有限公司（统一社会信用代码：", K(v.uscc("91"), "CN_USCC"), "）。"],
        [f"你于{ar_date(issued - dt.timedelta(days=20))}反映的问题，经调查，被投诉人销售过期食品的情况属实，"
         "本局已依法予以处理。办理人员：", K(v.name(), "OFFICIAL_NAME"), "。"],
        ["如对处理结果有异议，可拨打", K("12315", "SERVICE_NUMBER"), "。"],
        ["忻州市市场监督管理局"], [ar_date(issued)],
    ]
    return Doc("complaint", "complaint", blocks, attribute="主动公开")


def low_income_list(v: Values, today: dt.date) -> Doc:
    """A table whose name column is 户主姓名 and whose header is spaced, without 序号; the
    intro names the heads of household without a head count."""
    issued = v.date(2021, 2025)
    people = [v.name() for _ in range(v.rng.randrange(3, 6))]
    rows: list[list[Fragment]] = [["户主姓名", "身份证号码", "家庭人口", "所在村", "保障金额（元）"]]
    for person in people:
        rows.append([R(person, "PERSON"), R(v.id18(area="140981"), "CN_RESIDENT_ID"),
                     str(v.rng.randrange(1, 6)), R(v.address(flat=False), "CN_ADDRESS"),
                     f"{v.rng.randrange(3, 9) * 100}.00"])
    intro: list[Fragment] = ["经审核，新增低保对象为："]
    for i, person in enumerate(people):
        intro += (["、"] if i else []) + [R(person, "PERSON")]
    intro.append("。名单如下：")
    blocks: list[Block] = [
        ["原平市民政局"], [f"关于{issued.year}年第二季度新增城乡低保对象的公示"], intro, Table(rows),
        ["监督电话：", K(v.landline(), "CN_LANDLINE_PUBLIC"), "。"],
        ["原平市民政局"], [cn_date(issued)], [F("公开方式：主动公开", "DISCLOSURE_NOTE")],
    ]
    return Doc("lowincome", "lowincome", blocks, attribute="主动公开", proposed="主动公开")


def traffic_penalty(v: Values, today: dt.date) -> Doc:
    """A driver described in one line (姓名，性别，驾驶证号), a mobile with +86, a new-energy plate."""
    issued = v.date(2021, 2025)
    driver = v.name()
    plate = v.rng.choice(PROVINCE_PLATE) + v.rng.choice("ABHJ") + "D" + f"{v.rng.randrange(10000, 99999)}"
    mobile = v.mobile()
    blocks: list[Block] = [
        ["忻州市公安局交通警察支队"], ["公安交通管理行政处罚决定书"],
        [K(f"忻公交决字〔{issued.year}〕{v.rng.randrange(1, 999)}号", "DOC_NUMBER")],
        ["被处罚人：", R(driver, "PERSON"), "，驾驶证号：", R(v.id18(), "CN_RESIDENT_ID"), "，联系电话：",
         R(f"+86 {mobile[:3]} {mobile[3:7]} {mobile[7:]}", "CN_MOBILE"), "。"],
        ["车辆牌号：", R(plate, "CN_LICENSE_PLATE"), "。"],
        [f"被处罚人于{ar_date(issued - dt.timedelta(days=3))}驾驶机动车超速行驶，违反了《中华人民共和国道路交通安全法》"
         "第四十二条的规定，决定处以罚款200元、记6分。"],
        ["罚款缴至：", "中国农业银行忻州分行，账号：", K("14-0501-0104-0001-234", "PUBLIC_ACCOUNT"), "。"],
        ["忻州市公安局交通警察支队"], [ar_date(issued)], [F("（此件公开发布）", "DISCLOSURE_NOTE")],
    ]
    return Doc("traffic", "traffic", blocks, attribute="主动公开", proposed="主动公开")


TEMPLATES = [penalty_decision, application_reply, subsidy_list, classified_notice, draft_for_comments,
             procurement_result, disclosure_guide, internal_notice, case_in_progress, travel_documents,
             statistics_report, personnel_notice, meeting_minutes, complaint_reply, low_income_list,
             traffic_penalty]


# --------------------------------------------------------------------------------------------
# Writers


def _text(frags: list[Fragment]) -> str:
    return "".join(f.value if isinstance(f, Plant) else f for f in frags)


def _lines(doc: Doc) -> list[str]:
    out: list[str] = [doc.header.value] if doc.header else []
    for block in doc.blocks:
        if isinstance(block, Table):
            out.extend("\t".join(_text([c]) for c in row) for row in block.rows)
        else:
            out.append(_text(block))
    return out


def write_txt(doc: Doc, path: Path) -> None:
    path.write_text("\n".join(_lines(doc)) + "\n", encoding="utf-8")


def write_docx(doc: Doc, path: Path) -> None:
    import docx

    document = docx.Document()
    if doc.header:
        document.sections[0].header.paragraphs[0].text = doc.header.value
    for block in doc.blocks:
        if isinstance(block, Table):
            table = document.add_table(rows=len(block.rows), cols=len(block.rows[0]))
            for r, row in enumerate(block.rows):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = _text([cell])
            continue
        paragraph = document.add_paragraph()
        for frag in block:
            if isinstance(frag, Plant) and frag.split and len(frag.value) > 3:
                cut = len(frag.value) // 2
                paragraph.add_run(frag.value[:cut]).bold = True
                paragraph.add_run(frag.value[cut:])
            else:
                paragraph.add_run(frag.value if isinstance(frag, Plant) else frag)
    document.save(str(path))


_FILLER = "现将有关情况说明如下经审核确认"


def write_pdf(doc: Doc, path: Path) -> None:
    import pymupdf

    font = pymupdf.Font("cjk")
    size, left, width, top, bottom = 11.0, 72.0, 451.0, 72.0, 770.0
    pdf = pymupdf.open()
    page = None
    y = bottom + 1

    def new_page() -> None:
        nonlocal page, y
        page = pdf.new_page()
        page.insert_font(fontname="F0", fontbuffer=font.buffer)
        y = top

    def put(x: float, line: str) -> None:
        nonlocal y
        if y > bottom:
            new_page()
        page.insert_text((x, y), line, fontname="F0", fontsize=size)

    def wrap(text: str) -> list[tuple[int, int]]:
        lines, start, used = [], 0, 0.0
        for i, ch in enumerate(text):
            w = font.text_length(ch, fontsize=size)
            if used + w > width:
                lines.append((start, i))
                start, used = i, 0.0
            used += w
        lines.append((start, len(text)))
        return lines

    for block in ([[doc.header], *doc.blocks] if doc.header else doc.blocks):
        if isinstance(block, Table):
            # Columns as wide as their longest cell, the font shrunk until the row fits.
            cells = [[_text([c]) for c in row] for row in block.rows]
            cell_size = size
            while True:
                widths = [max(font.text_length(r[c], fontsize=cell_size) for r in cells) + 14
                          for c in range(len(cells[0]))]
                if sum(widths) <= width or cell_size <= 5:
                    break
                cell_size -= 0.5
            for row in cells:
                x = left
                for c, cell in enumerate(row):
                    if y > bottom:
                        new_page()
                    page.insert_text((x, y), cell, fontname="F0", fontsize=cell_size)
                    x += widths[c]
                y += cell_size * 1.8
            continue
        text = _text(block)
        splits = []
        pos = 0
        for frag in block:
            value = frag.value if isinstance(frag, Plant) else frag
            if isinstance(frag, Plant) and frag.split:
                splits.append((pos, pos + len(value)))
            pos += len(value)
        prefix = ""
        for extra in range(0, 40):
            prefix = (_FILLER * 3)[:extra]
            breaks = [s + extra for s, _ in wrap(prefix + text)[1:]]
            if all(any(a + extra + 1 < b < e + extra - 1 for b in breaks) for a, e in splits):
                break
        full = prefix + text
        for s, e in wrap(full):
            put(left, full[s:e])
            y += size * 1.6
        y += size * 0.4
    doc_meta = pdf.metadata or {}
    pdf.set_metadata({**doc_meta, "creationDate": "D:20240101000000", "modDate": "D:20240101000000"})
    pdf.subset_fonts()
    pdf.save(str(path), garbage=3, deflate=True)


# Classified documents come in many marking variants: more of them.
WEIGHT = {"classified_notice": 3}
WRITERS = {"txt": write_txt, "docx": write_docx, "pdf": write_pdf}


def generate(out_dir: Path, seed: int = 7, per_template: int = 6,
             today: dt.date | None = None) -> list[dict]:
    """Write the corpus into ``out_dir``; return one label record per document."""
    today = today or dt.date.today()
    rng = random.Random(seed)
    values = Values(rng)
    out_dir.mkdir(parents=True, exist_ok=True)
    labels = []
    formats = ["txt", "docx", "pdf"]
    number = 0
    for template in TEMPLATES:
        for k in range(per_template * WEIGHT.get(template.__name__, 1)):
            doc = template(values, today)
            doc.collect()
            fmt = formats[(k + number) % 3]
            number += 1
            name = f"{number:03d}-{doc.kind}.{fmt}"
            WRITERS[fmt](doc, out_dir / name)
            labels.append({
                "file": name, "kind": doc.kind, "format": fmt, "attribute": doc.attribute,
                "proposed": doc.proposed, "marking": doc.marking,
                "items": [asdict(i) for i in doc.items],
            })
    (out_dir / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1), "utf-8")
    return labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--count", type=int, default=6, help="documents per template")
    args = parser.parse_args()
    labels = generate(args.out_dir, args.seed, args.count)
    print(f"{len(labels)} documents written to {args.out_dir}")


if __name__ == "__main__":
    main()
