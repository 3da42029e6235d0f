"""Shared pieces of the corpus: the labelled-document model, the fictitious places and bodies,
and the ways people write identifiers (grouped, full-width, broken across a line…)."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

import cnids
from render import P, Table

REF_DATE = dt.date(2026, 12, 1)
TYPES = {"person_name", "official_name", "id_number", "old_id_number", "mobile", "landline_private",
         "landline_office", "email_private", "email_office", "bank_card", "social_security_card",
         "body_account", "address_home", "address_public", "plate", "vin", "passport", "travel_permit",
         "credit_code", "credit_code_individual", "health", "disability", "minor", "religion",
         "criminal_record", "doc_number", "case_number", "amount", "date", "service_number",
         "masked_value", "company_name", "other_private", "other_public"}
ATTRS = {"主动公开", "依申请公开", "不予公开", "须报审"}
BOILER = ""   # all template text; set by generate.py


class LabelError(Exception):
    pass


@dataclass
class Doc:
    file: str
    kind: str
    fmt: str                      # docx, pdf, txt, xlsx, csv
    rng: random.Random
    producer: str = ""            # docx: python-docx | soffice; pdf: mupdf | reportlab | soffice
    attribute: str = "主动公开"
    marking: dict | None = None
    note: str = ""
    blocks: list = field(default_factory=list)
    items: dict = field(default_factory=dict)
    names: set = field(default_factory=set)
    author: str = "Administrator"
    header_text: str | None = None
    title: str = ""
    txt_opts: dict = field(default_factory=dict)
    sheet: dict = field(default_factory=dict)

    # --- labels
    def v(self, typ: str, value: str, expect: str) -> str:
        if typ not in TYPES:
            raise LabelError(f"{self.file}: bad type {typ}")
        key = value.replace("\n", "")
        old = self.items.get(key)
        if old and old != (typ, expect):
            raise LabelError(f"{self.file}: {key!r} labelled twice: {old} vs {(typ, expect)}")
        self.items[key] = (typ, expect)
        return value

    def r(self, typ: str, value: str) -> str:
        return self.v(typ, value, "redact")

    def k(self, typ: str, value: str) -> str:
        return self.v(typ, value, "keep")

    # --- content
    def p(self, text: str, style: str = "body") -> None:
        self.blocks.append(P(text, style))

    def t(self, table: Table) -> None:
        self.blocks.append(table)

    def person(self, female: bool | None = None, child: bool = False) -> str:
        for _ in range(1000):
            n = cnids.person(self.rng, female=female, child=child)
            if all(n not in o and o not in n for o in self.names) and n[0] != n[1:2] and n not in BOILER:
                self.names.add(n)
                return n
        raise RuntimeError("names exhausted")

    def label(self) -> dict:
        return {"file": self.file, "kind": self.kind, "format_extra": self.fmt in ("xlsx", "csv"),
                "items": [{"type": t, "value": v, "expect": e} for v, (t, e) in self.items.items()],
                "marking": self.marking, "attribute": self.attribute, "note": self.note}


# ------------------------------------------------------------------ places and bodies
@dataclass
class City:
    name: str
    prov: str
    plate: str
    area: str
    post: str
    domain: str
    districts: dict            # name -> (code, [towns])


CITIES = [
    City("屏川市", "山西省", "晋E", "0356", "048000", "pingchuan.gov.cn",
         {"清溪区": ("140502", ["新华街道", "东关街道", "南城街道", "金村镇", "柳树湾镇"]),
          "云水县": ("140521", ["城关镇", "杏河镇", "石盘乡", "西坪乡"]),
          "北岭县": ("140524", ["北岭镇", "崇文镇", "六泉乡", "马岭乡"])}),
    City("安澜市", "湖南省", "湘K", "0738", "417000", "anlan.gov.cn",
         {"河阳区": ("431302", ["乐坪街道", "花山街道", "万宝镇", "茶园镇"]),
          "石桥县": ("431321", ["永安镇", "青树镇", "梓门桥镇", "杏子铺镇"]),
          "凤栖县": ("431322", ["凤城镇", "白溪镇", "桃林乡", "油溪乡"])}),
]
VILLAGES = ["东庄村", "西沟村", "王家岭村", "杨树坪村", "南河村", "后峪村", "石板村", "枣园村", "河东村", "柳林村",
            "新庄村", "大坪村", "李家湾村", "桥头村", "青龙村", "长岭村", "黄土坡村", "上坪村", "下河村", "龙泉村"]
COMMUNITIES = ["建设路社区", "和平里社区", "锦绣社区", "书院社区", "东城社区", "滨河社区", "文昌社区", "红星社区"]
ROADS = ["府前街", "人民路", "建设北路", "迎宾大道", "解放东路", "文昌街", "红星路", "凤凰路", "滨河西路", "书院街",
         "新华路", "泽州路", "长兴街", "体育路", "育才路", "光明路"]
ESTATES = ["金域华府", "阳光花园", "锦绣家园", "康乐小区", "凤凰城", "翰林苑", "丽景湾", "幸福里小区", "名门世家",
           "御景园", "建工小区", "电力家属院", "教育局家属院"]
COMPANY_WORDS = ["鑫源", "恒达", "宏泰", "瑞丰", "天润", "盛世", "中诚", "华晟", "金桥", "永安", "新锐", "博远", "汇通",
                 "东方", "禾丰", "德信", "鼎泰", "正阳", "九州", "润泽"]
COMPANY_TRADES = ["建筑工程", "市政工程", "商贸", "环保科技", "信息技术", "物业管理", "园林绿化", "农业开发",
                  "建材", "医疗器械", "工程咨询", "餐饮管理", "劳务", "印务", "保安服务"]


def company(rng: random.Random, city: City, trade: str | None = None) -> str:
    form = rng.choice(["有限公司", "有限责任公司", "股份有限公司", "有限公司"])
    return f"{city.name[:2]}{rng.choice(COMPANY_WORDS)}{trade or rng.choice(COMPANY_TRADES)}{form}"


def pick_place(rng: random.Random, city: City | None = None):
    city = city or rng.choice(CITIES)
    dist = rng.choice(list(city.districts))
    return city, dist, rng.choice(city.districts[dist][1])


def home_address(rng: random.Random, city: City, dist: str | None = None, full: bool = True) -> str:
    dist = dist or rng.choice(list(city.districts))
    town = rng.choice(city.districts[dist][1])
    pre = f"{city.name}{dist}" if full else ""
    r = rng.random()
    if r < 0.4 and not town.endswith("街道"):
        return f"{pre}{town}{rng.choice(VILLAGES)}{rng.randint(1, 9)}组{rng.randint(1, 86)}号"
    if r < 0.75:
        return (f"{pre}{rng.choice(ROADS)}{rng.randint(1, 300)}号{rng.choice(ESTATES)}"
                f"{rng.randint(1, 24)}号楼{rng.randint(1, 4)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}室")
    return f"{pre}{town}{rng.choice(COMMUNITIES)}{rng.choice(ROADS)}{rng.randint(1, 200)}号院{rng.randint(1, 12)}号"


@dataclass
class Body:
    name: str
    short: str          # 机关代字 for 发文字号
    city: City
    dist: str | None
    address: str
    phone: str
    fax: str
    email: str
    uscc: str
    post: str


def make_body(rng: random.Random, city: City, name: str, short: str, dist: str | None = None,
              email_public: bool = False) -> Body:
    code = city.districts[dist][0] if dist else list(city.districts.values())[0][0][:4] + "00"
    addr = f"{city.name}{dist or list(city.districts)[0]}{rng.choice(ROADS)}{rng.randint(1, 199)}号"
    phone = cnids.landline(rng, city.area)
    fax = phone[:-2] + f"{rng.randint(10, 99)}"
    slug = "".join(rng.choice("abcdefghjklmnpqrstwxyz") for _ in range(rng.randint(4, 6)))
    email = (f"{slug}{rng.randint(1, 99)}@{rng.choice(['163.com', '126.com', 'qq.com'])}" if email_public
             else f"{slug}@{city.domain}")
    if email_public and email.endswith("qq.com"):
        email = f"{rng.randint(10000000, 3999999999)}@qq.com"
    return Body(name, short, city, dist, addr, phone, fax, email, cnids.uscc(rng, "11", code), city.post)


# ------------------------------------------------------------------ writing conventions
CN_DIGITS = "〇一二三四五六七八九"


def d_cn(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def d_han(d: dt.date) -> str:
    def n(x: int) -> str:
        if x < 10:
            return CN_DIGITS[x]
        if x < 20:
            return "十" + (CN_DIGITS[x % 10] if x % 10 else "")
        return CN_DIGITS[x // 10] + "十" + (CN_DIGITS[x % 10] if x % 10 else "")
    return "".join(CN_DIGITS[int(c)] for c in str(d.year)) + "年" + n(d.month) + "月" + n(d.day) + "日"


def rand_date(rng: random.Random, y0: dt.date, y1: dt.date) -> dt.date:
    return dt.date.fromordinal(rng.randint(y0.toordinal(), y1.toordinal()))


def add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    y += d.year
    m += 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


FW = str.maketrans("0123456789Xx", "０１２３４５６７８９Ｘｘ")


def fmt_id(rng: random.Random, idn: str, style: str) -> str:
    """The ID as a person typed it. A returned ``\\n`` marks a line break inside the value."""
    if style == "plain":
        return idn
    if style == "4442":
        return " ".join([idn[0:4], idn[4:8], idn[8:12], idn[12:16], idn[16:]])
    if style == "684":
        return f"{idn[:6]} {idn[6:14]} {idn[14:]}"
    if style == "684h":
        return f"{idn[:6]}-{idn[6:14]}-{idn[14:]}"
    if style == "stray":
        i = rng.randint(3, 15)
        return idn[:i] + " " + idn[i:]
    if style == "double":
        return f"{idn[:6]}  {idn[6:]}"
    if style == "fullwidth":
        return idn.translate(FW)
    if style == "lowerx":
        return idn[:-1] + idn[-1].lower()
    if style == "break":
        i = rng.randint(6, 12)
        return idn[:i] + "\n" + idn[i:]
    raise ValueError(style)


def fmt_card(rng: random.Random, card: str, style: str) -> str:
    if style == "plain":
        return card
    groups = [card[i:i + 4] for i in range(0, len(card), 4)]
    if style == "space":
        return " ".join(groups)
    if style == "double":
        return "  ".join(groups)
    if style == "hyphen":
        return "-".join(groups)
    raise ValueError(style)


def fmt_mobile(rng: random.Random, m: str, style: str) -> str:
    return {"plain": m, "344": f"{m[:3]} {m[3:7]} {m[7:]}", "344h": f"{m[:3]}-{m[3:7]}-{m[7:]}",
            "+86": f"+86 {m}", "fullwidth": m.translate(FW)}[style]


def money(rng: random.Random, lo: int, hi: int, step: int = 10) -> str:
    return f"{rng.randrange(lo, hi, step)}"


def doc_no(short: str, year: int, n: int) -> str:
    return f"{short}〔{year}〕{n}号"


def official_block(d: Doc, body: Body, staff: str, landline: bool = True) -> None:
    """The office's own contact line at the end of a reply: public by design."""
    d.k("official_name", staff)
    d.k("landline_office", body.phone)
    d.p(f"联系人：{staff}　　联系电话：{body.phone}", "plain")


def contact_block(d: Doc, body: Body, with_fax=True, with_email=True, with_post=True) -> None:
    d.k("address_public", body.address)
    d.k("landline_office", body.phone)
    d.p(f"地址：{body.address}", "plain")
    if with_post:
        d.p(f"邮编：{body.post}", "plain")
    line = f"电话：{body.phone}"
    if with_fax:
        d.k("landline_office", body.fax)
        line += f"　　传真：{body.fax}"
    d.p(line, "plain")
    if with_email:
        d.k("email_office", body.email)
        d.p(f"监督邮箱：{body.email}", "plain")


def sign(d: Doc, issuers: list[str], date: dt.date, han: bool = False) -> None:
    for s in issuers:
        d.p(s, "right")
    d.p(d_han(date) if han else d_cn(date), "right")


def expires(marked_on: dt.date, period: str) -> dt.date | None:
    if period == "长期":
        return None
    if period.endswith("个月"):
        return add_months(marked_on, int(period[:-2]))
    if period.endswith("年"):
        return add_months(marked_on, 12 * int(period[:-1]))
    raise ValueError(period)


def set_marking(d: Doc, level: str, period: str, marked_on: dt.date) -> bool:
    """Record the marking; return True while it is still in force on REF_DATE."""
    exp = expires(marked_on, period)
    d.marking = {"level": level, "period": period, "marked_on": marked_on.isoformat(),
                 "expires_on": exp.isoformat() if exp else None}
    in_force = exp is None or exp > REF_DATE
    d.attribute = "不予公开" if in_force else "须报审"
    return in_force
