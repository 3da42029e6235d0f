"""Fictitious value makers for corpus E (valid check digits where the format has one)."""
from __future__ import annotations

import datetime as dt
import random

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
FW = str.maketrans("0123456789Xx", "０１２３４５６７８９ＸＸ")


def id_check(s17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, ID_W)) % 11]


def id18(rng: random.Random, area: str, born: dt.date | None = None, male: bool | None = None) -> str:
    if born is None:
        born = dt.date(rng.randint(1938, 2004), rng.randint(1, 12), rng.randint(1, 28))
    seq = rng.randint(0, 999)
    if male is not None and (seq % 2 == 1) != male:
        seq = (seq + 1) % 1000
    s = f"{area}{born:%Y%m%d}{seq:03d}"
    return s + id_check(s)


def group_id(v: str, sep: str = " ") -> str:
    return sep.join([v[:6], v[6:14], v[14:]])


def fullwidth(v: str) -> str:
    return v.translate(FW)


def luhn_digit(body: str) -> str:
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num: str) -> bool:
    return luhn_digit(num[:-1]) == num[-1]


BINS = ["622848", "621700", "622202", "623059", "621661", "622908", "625965", "621226", "622700"]


def bank_card(rng: random.Random, length: int | None = None) -> str:
    length = length or rng.choice([16, 19, 19])
    body = rng.choice(BINS) + "".join(str(rng.randint(0, 9)) for _ in range(length - 7))
    return body + luhn_digit(body)


def group4(v: str, sep: str = " ") -> str:
    return sep.join(v[i:i + 4] for i in range(0, len(v), 4))


MOBILE_PREFIX = ["134", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159",
                 "182", "183", "187", "188", "130", "131", "132", "155", "156", "185", "186", "133",
                 "153", "180", "181", "189", "177", "199", "191", "166", "173", "198"]


def mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIX) + "".join(str(rng.randint(0, 9)) for _ in range(8))


def landline(rng: random.Random, area: str, digits: int = 7) -> str:
    return f"{area}-{rng.randint(2, 8)}" + "".join(str(rng.randint(0, 9)) for _ in range(digits - 1))


USCC_CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
ORG_CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(rng: random.Random, division: str, kind: str = "91") -> str:
    body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    s = sum(ORG_CS.index(c) * w for c, w in zip(body, ORG_W))
    c = 11 - s % 11
    org = body + ("X" if c == 10 else "0" if c == 11 else str(c))
    s17 = kind + division + org
    tot = sum(USCC_CS.index(c) * w for c, w in zip(s17, USCC_W))
    return s17 + USCC_CS[(31 - tot % 31) % 31]


VIN_T = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
         "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(rng: random.Random) -> str:
    wmi = rng.choice(["LSV", "LFV", "LGB", "LVS", "LHG", "LSG", "LGX", "LBV", "LDC", "LZW"])
    vds = "".join(rng.choice(VIN_CS) for _ in range(5))
    year = rng.choice("DEFGHJKLMNP")
    vis = year + rng.choice(VIN_CS) + "".join(str(rng.randint(0, 9)) for _ in range(6))
    v = wmi + vds + "0" + vis
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    return v[:8] + ("X" if s == 10 else str(s)) + v[9:]


def vin_ok(v: str) -> bool:
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    return v[8] == ("X" if s == 10 else str(s))


PLATE_L = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def plate(rng: random.Random, prov: str, office: str, nev: bool = False) -> str:
    if nev:
        return prov + office + rng.choice("DF") + rng.choice("ABCDEFGHJK0123456789") + \
            "".join(str(rng.randint(0, 9)) for _ in range(4))
    tail = [rng.choice("0123456789") for _ in range(5)]
    for i in rng.sample(range(5), rng.randint(0, 2)):
        tail[i] = rng.choice(PLATE_L)
    return prov + office + "".join(tail)


def passport(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return "E" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "".join(str(rng.randint(0, 9)) for _ in range(7))
    return "E" + "".join(str(rng.randint(0, 9)) for _ in range(8))


def sscard(rng: random.Random) -> str:
    return rng.choice("ABCDEFGHJKLMN") + "".join(str(rng.randint(0, 9)) for _ in range(8))


def qq(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(rng.randint(7, 9)))


PINYIN = ["zhang", "wang", "li", "liu", "chen", "yang", "zhao", "huang", "zhou", "wu", "xu", "sun",
          "hu", "zhu", "gao", "lin", "he", "guo", "ma", "luo", "liang", "song", "zheng", "xie", "han"]


def wechat(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return "wxid_" + "".join(rng.choice("abcdefghijkmnpqrstuvwxyz0123456789") for _ in range(12))
    return rng.choice(PINYIN) + rng.choice(["_", "", "-"]) + rng.choice(PINYIN) + str(rng.randint(70, 2005))


def email_private(rng: random.Random) -> str:
    dom = rng.choice(["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "139.com", "outlook.com"])
    if dom == "qq.com" and rng.random() < 0.5:
        return qq(rng) + "@qq.com"
    return rng.choice(PINYIN) + rng.choice(PINYIN) + str(rng.randint(1, 999)) + "@" + dom


SURNAMES = list("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
GIVEN = list("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰玉珍凤华红梅建国志刚海燕文斌宇浩鑫晨瑞欣怡佳琪子涵梓轩雨萱俊豪思远永福德胜春生秋菊金花爱民新民国庆淑芬桂香玉兰振华树林宏伟晓东丽萍")


class Names:
    """Unique names across the corpus, so that no name is labelled redact in one place and keep in another."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.used: set[str] = set()

    def __call__(self, two: bool | None = None, surname: str | None = None) -> str:
        for _ in range(10000):
            sur = surname or self.rng.choice(SURNAMES)
            n = 1 if (two if two is not None else self.rng.random() < 0.22) else 2
            name = sur + "".join(self.rng.choice(GIVEN) for _ in range(n))
            if len(set(name)) < len(name):
                continue
            if name in self.used or any(name in u or u in name for u in self.used):
                continue
            self.used.add(name)
            return name
        raise RuntimeError("names exhausted")
