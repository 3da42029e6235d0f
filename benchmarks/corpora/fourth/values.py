"""Fictitious values for corpus D, with their check digits and surface forms.

Every person, company, address and number here is invented. Check digits follow the real
standards (GB 11643 ID numbers, Luhn bank cards, GB 32100 credit codes, GB 16735 VINs) so that a
validator accepts them where the document claims they are real.
"""

from __future__ import annotations

import datetime as dt
import random

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐"]
GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红建国志斌海波鹏飞辉俊峰琳晨欣怡浩然梓涵子轩雨桐思远嘉懿昊天宇航佳琪紫萱文博晓东春梅秋菊德福永庆凤琴淑珍翠兰金凤振华立新卫东建军")
ETHNIC = ["阿卜杜拉·买买提", "古丽娜尔·吐尔逊", "扎西·多吉", "热依拉·艾力", "巴特尔·苏和", "努尔江·哈力克"]

REGIONS = ["330106", "330102", "320102", "110102", "440305", "510107", "420106", "370102",
           "610113", "350102", "430104", "410105", "340104", "360102", "450103", "520102"]
BANK_BINS = ["622202", "621700", "622848", "621661", "622588", "621226", "623058", "622908"]
PLATE_PROV = "浙苏皖赣湘鄂鲁豫闽粤桂川黔陕"
WMI = ["LSV", "LFV", "LGB", "LVS", "LBV", "LSG", "LDC", "LHG", "LGW", "LNB"]
FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-@."}

CITY = "清江市"
DISTRICTS = ["临川区", "云溪区", "白沙县", "桐岭县", "望湖区", "石门县"]
TOWNS = ["城关街道", "东湖街道", "青石镇", "柳湾镇", "双桥乡", "杏林街道", "南坪镇", "桃源乡", "北岗镇"]
VILLAGES = ["下洋村", "石桥村", "枫林村", "新塘村", "前进社区", "和平社区", "长岭村", "上坂村", "溪口村"]
ROADS = ["解放路", "人民路", "建设北路", "滨江路", "文昌街", "枫华路", "学院路", "春晖路", "新河街", "翠苑路"]
COMPANY_W = ["恒泰", "瑞丰", "华晟", "鑫源", "锦程", "宏达", "安和", "佳禾", "众诚", "远航", "天合", "金鼎"]
COMPANY_T = ["建筑工程有限公司", "化工有限公司", "食品有限公司", "物流有限公司", "机械制造有限公司",
             "医药连锁有限公司", "商贸有限公司", "环保科技有限公司", "房地产开发有限公司", "纺织有限公司"]


def fw(text: str) -> str:
    """Full-width digits and Latin letters."""
    return "".join(FW.get(c, c) for c in text)


class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)
        self.used: set[str] = set()

    # names -------------------------------------------------------------------------------
    def name(self, kind: str = "") -> str:
        r = self.r
        for _ in range(200):
            if kind == "compound" or r.random() < 0.04:
                n = r.choice(COMPOUND) + "".join(r.sample(GIVEN, r.choice([1, 2])))
            elif kind == "ethnic" or r.random() < 0.02:
                n = r.choice(ETHNIC)
            elif kind == "two" or r.random() < 0.25:
                n = r.choice(SURNAMES) + r.choice(GIVEN)
            else:
                n = r.choice(SURNAMES) + "".join(r.sample(GIVEN, 2))
            if self.fresh(n):
                self.used.add(n)
                return n
        return n

    def fresh(self, n: str) -> bool:
        """Not used, and neither inside nor around a name already used (so no label hides in another)."""
        return not any(n in u or u in n for u in self.used)

    def company(self) -> str:
        return f"{CITY}{self.r.choice(COMPANY_W)}{self.r.choice(COMPANY_T)}"

    # identifiers -------------------------------------------------------------------------
    def birth(self, lo: int = 1940, hi: int = 2003) -> dt.date:
        return dt.date(self.r.randint(lo, hi), self.r.randint(1, 12), self.r.randint(1, 28))

    def id18(self, born: dt.date | None = None, sex: str | None = None) -> str:
        born = born or self.birth()
        seq = self.r.randint(1, 499) * 2 + (0 if sex == "女" else 1 if sex == "男" else self.r.randint(0, 1))
        body = f"{self.r.choice(REGIONS)}{born:%Y%m%d}{seq:03d}"
        return body + id_check(body)

    def id18_x(self) -> str:
        for _ in range(500):
            v = self.id18()
            if v.endswith("X"):
                return v
        return v

    def id15(self, born: dt.date | None = None) -> str:
        born = born or self.birth(1940, 1979)
        return f"{self.r.choice(REGIONS)}{born:%y%m%d}{self.r.randint(1, 999):03d}"

    def bank(self, n: int = 19) -> str:
        body = self.r.choice(BANK_BINS) + "".join(str(self.r.randint(0, 9)) for _ in range(n - 7))
        return body + luhn_check(body)

    def mobile(self) -> str:
        return self.r.choice(["13", "15", "18", "17", "19"]) + str(self.r.randint(0, 9)) + \
            "".join(str(self.r.randint(0, 9)) for _ in range(8))

    def landline(self, area: str = "0571") -> str:
        return f"{area}-{self.r.randint(2, 8)}{self.r.randint(0, 9999999):07d}"

    def uscc(self, prefix: str = "91") -> str:
        org = "".join(str(self.r.randint(0, 9)) for _ in range(8))
        org += org_check(org)
        body = prefix + self.r.choice(REGIONS) + org
        return body + uscc_check(body)

    def vin(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        v = list(self.r.choice(WMI) + "".join(self.r.choice(chars) for _ in range(5)) + "0"
                 + self.r.choice("JKLMNPRS") + self.r.choice(chars)
                 + "".join(str(self.r.randint(0, 9)) for _ in range(6)))
        v[8] = vin_check("".join(v))
        return "".join(v)

    def plate(self) -> str:
        p = self.r.choice(PLATE_PROV) + self.r.choice("ABCDEFGHJK")
        if self.r.random() < 0.3:
            return p + self.r.choice("DF") + f"{self.r.randint(0, 99999):05d}"
        tail = "".join(self.r.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") if i in (0, 2) else
                       str(self.r.randint(0, 9)) for i in range(5))
        return p + tail

    def passport(self) -> str:
        p = self.r.choice(["E", "EA", "EB"])
        return p + "".join(str(self.r.randint(0, 9)) for _ in range(9 - len(p)))

    def hk_permit(self) -> str:
        return "C" + "".join(str(self.r.randint(0, 9)) for _ in range(8))

    def disability_no(self, cat: int, grade: int) -> str:
        return self.id18() + f"{cat}{grade}"

    def si_card(self) -> str:
        return self.r.choice("ABCDEFGHJKLM") + "".join(str(self.r.randint(0, 9)) for _ in range(8))

    def email_private(self, pinyin_hint: str = "") -> str:
        user = self.r.choice(["zhang", "wangli", "liuyang", "chenmin", "hz_lin", "xiaoyu", "sunjie",
                              "maoma", "tianxia", "qjzhao"]) + str(self.r.randint(10, 9999))
        return f"{user}@{self.r.choice(['163.com', 'qq.com', '126.com', 'sina.com', 'foxmail.com'])}"

    def address(self) -> str:
        r = self.r
        forms = [
            f"{CITY}{r.choice(DISTRICTS)}{r.choice(ROADS)}{r.randint(1, 399)}号{r.randint(1, 30)}幢{r.randint(1, 4)}单元{r.randint(1, 28)}0{r.randint(1, 4)}室",
            f"{r.choice(DISTRICTS)}{r.choice(TOWNS)}{r.choice(VILLAGES)}{r.randint(1, 12)}组{r.randint(1, 99)}号",
            f"{r.choice(ROADS)}{r.randint(1, 200)}弄{r.randint(1, 60)}号{r.randint(101, 1802)}室",
        ]
        return r.choice(forms)

    def case_no(self, word: str, year: int = 2026) -> str:
        return f"清{word}〔{year}〕{self.r.randint(1, 300)}号"

    def money(self, lo: int, hi: int) -> str:
        return f"{self.r.randint(lo, hi):,}.00".replace(",", "") if self.r.random() < 0.5 else \
            f"{self.r.randint(lo, hi)}"

    def date(self, lo: str = "2025-01-01", hi: str = "2026-11-20") -> dt.date:
        a, b = dt.date.fromisoformat(lo), dt.date.fromisoformat(hi)
        return a + dt.timedelta(days=self.r.randint(0, (b - a).days))


# check digits ------------------------------------------------------------------------------
def id_check(body17: str) -> str:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * k for c, k in zip(body17, w)) % 11]


def luhn_check(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return str((10 - total % 10) % 10)


def org_check(body8: str) -> str:
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    c = 11 - sum(int(ch, 36) * k for ch, k in zip(body8, w)) % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


USCC_ALPHA = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc_check(body17: str) -> str:
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    c = 31 - sum(USCC_ALPHA.index(ch) * k for ch, k in zip(body17, w)) % 31
    return USCC_ALPHA[0 if c == 31 else c]


VIN_T = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))),
         **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}


def vin_check(vin: str) -> str:
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    c = sum(VIN_T[ch] * k for ch, k in zip(vin, w)) % 11
    return "X" if c == 10 else str(c)


# surface forms -----------------------------------------------------------------------------
def id_form(r: random.Random, v: str, form: str | None = None) -> str:
    form = form or r.choice(["plain", "plain", "group", "fw", "lower", "break", "space4"])
    if form == "group" and len(v) == 18:
        return f"{v[:6]} {v[6:14]} {v[14:]}"
    if form == "space4":
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if form == "fw":
        return fw(v)
    if form == "lower":
        return v.lower()
    if form == "break":
        return v[:10] + "\n" + v[10:]
    return v


def card_form(r: random.Random, v: str, form: str | None = None) -> str:
    form = form or r.choice(["plain", "group4", "group4", "fw", "break", "dash"])
    if form == "group4":
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if form == "dash":
        return "-".join(v[i:i + 4] for i in range(0, len(v), 4))
    if form == "fw":
        return fw(v)
    if form == "break":
        return v[:8] + "\n" + v[8:]
    return v


def mobile_form(r: random.Random, v: str, form: str | None = None) -> str:
    form = form or r.choice(["plain", "plain", "344", "dash", "+86", "+86sp", "fw", "break"])
    if form == "344":
        return f"{v[:3]} {v[3:7]} {v[7:]}"
    if form == "dash":
        return f"{v[:3]}-{v[3:7]}-{v[7:]}"
    if form == "+86":
        return "+86" + v
    if form == "+86sp":
        return f"+86 {v[:3]} {v[3:7]} {v[7:]}"
    if form == "fw":
        return fw(v)
    if form == "break":
        return v[:7] + "\n" + v[7:]
    return v


def landline_form(r: random.Random, v: str, form: str | None = None) -> str:
    area, num = v.split("-")
    form = form or r.choice(["dash", "paren", "space", "plain", "fw"])
    if form == "paren":
        return f"（{area}）{num}"
    if form == "space":
        return f"{area} {num[:4]} {num[4:]}"
    if form == "plain":
        return area + num
    if form == "fw":
        return fw(v)
    return v


def cn_date(d: dt.date) -> str:
    digits = "〇一二三四五六七八九"
    y = "".join(digits[int(c)] for c in str(d.year))

    def num(n: int) -> str:
        if n < 10:
            return digits[n]
        return ("十" if n < 20 else digits[n // 10] + "十") + (digits[n % 10] if n % 10 else "")
    return f"{y}年{num(d.month)}月{num(d.day)}日"


def ymd(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"
