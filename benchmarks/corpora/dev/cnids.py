"""Well-formed fictitious Chinese identifiers and names for the corpus.

Every generator takes a ``random.Random`` so the corpus is reproducible from its seed.
Check digits follow the standards named in each function; they are cross-checked with
python-stdnum where stdnum implements the scheme (see ``selftest``).
"""
from __future__ import annotations

import datetime as dt
import random

# Real county-level division codes (GB/T 2260). The fictitious cities of the corpus borrow
# them; people from elsewhere carry codes of other real places.
LOCAL_CODES = {
    "清溪区": "140502", "云水县": "140521", "北岭县": "140524",
    "河阳区": "431302", "石桥县": "431321", "凤栖县": "431322",
}
OTHER_CODES = ["110105", "110108", "320106", "330212", "341221", "370102", "410105", "420106",
               "430104", "440106", "500103", "510107", "610113", "130534", "140902", "140106",
               "130102", "371002", "350102", "360102", "520102", "530102", "220102", "230102"]

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(first17: str) -> str:
    """ISO 7064 MOD 11-2 check character of GB 11643-1999."""
    s = sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS))
    return "10X98765432"[s % 11]


def birth_date(rng: random.Random, y0: int, y1: int) -> dt.date:
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def id18(rng: random.Random, code: str | None = None, born: dt.date | None = None,
         male: bool | None = None, y0: int = 1945, y1: int = 2003) -> str:
    code = code or rng.choice(list(LOCAL_CODES.values()) * 3 + OTHER_CODES)
    born = born or birth_date(rng, y0, y1)
    seq = rng.randint(0, 99)
    last = rng.randint(0, 9)
    if male is not None:
        last = rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    body = f"{code}{born:%Y%m%d}{seq:02d}{last}"
    return body + id_check(body)


def id18_with_x(rng: random.Random, **kw) -> str:
    for _ in range(500):
        v = id18(rng, **kw)
        if v.endswith("X"):
            return v
    raise RuntimeError("no X id")


def id15(rng: random.Random, code: str | None = None) -> str:
    code = code or rng.choice(list(LOCAL_CODES.values()))
    born = birth_date(rng, 1935, 1975)
    return f"{code}{born:%y%m%d}{rng.randint(0, 999):03d}"


def age_on(idn: str, on: dt.date) -> int:
    b = dt.date(int(idn[6:10]), int(idn[10:12]), int(idn[12:14]))
    return on.year - b.year - ((on.month, on.day) < (b.month, b.day))


def luhn_digit(partial: str) -> str:
    total = 0
    for i, c in enumerate(reversed(partial)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


# Issuer prefixes (BINs) of real Chinese debit cards and the card length they use.
CARD_BINS = [("622202", 19, "中国工商银行"), ("621226", 19, "中国工商银行"), ("621700", 19, "中国建设银行"),
             ("622848", 19, "中国农业银行"), ("623052", 19, "中国农业银行"), ("621661", 19, "中国银行"),
             ("622262", 19, "交通银行"), ("622588", 16, "招商银行"), ("621799", 19, "中国邮政储蓄银行"),
             ("623059", 19, "中国邮政储蓄银行"), ("622908", 18, "兴业银行"), ("621779", 19, "农村信用合作联社"),
             ("623158", 19, "农村商业银行"), ("436742", 16, "中国建设银行"), ("427020", 16, "中国工商银行")]


def bank_card(rng: random.Random, bin_: str | None = None) -> tuple[str, str]:
    if bin_ is None:
        b, n, bank = rng.choice(CARD_BINS)
    else:
        b, n, bank = next(x for x in CARD_BINS if x[0] == bin_)
    body = b + "".join(str(rng.randint(0, 9)) for _ in range(n - len(b) - 1))
    return body + luhn_digit(body), bank


MOBILE_PREFIXES = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151",
                   "152", "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177",
                   "178", "180", "181", "182", "183", "185", "186", "187", "188", "189", "191", "193",
                   "195", "198", "199", "147"]


def mobile(rng: random.Random) -> str:
    return rng.choice(MOBILE_PREFIXES) + "".join(str(rng.randint(0, 9)) for _ in range(8))


def landline(rng: random.Random, area: str, digits: int = 7) -> str:
    first = str(rng.randint(2, 8))
    return f"{area}-{first}{''.join(str(rng.randint(0, 9)) for _ in range(digits - 1))}"


USCC_CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 11714 body uses digits and capital letters


def org_code(rng: random.Random, letters: bool = False) -> str:
    """GB 11714 organisation code: 8 body characters and a check character."""
    chars = "0123456789" if not letters else "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "".join(rng.choice(chars) for _ in range(8))
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
    c = 11 - sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return body + ("X" if c == 10 else "0" if c == 11 else str(c))


def uscc(rng: random.Random, kind: str = "91", area: str | None = None) -> str:
    """GB 32100-2015 unified social credit code; kind is positions 1-2 (11 机关, 12 事业单位, 91, 92…)."""
    area = area or rng.choice(list(LOCAL_CODES.values()))
    if kind == "92":
        # 个体工商户 often carry a generated code in positions 9-17
        org = "L" + "".join(rng.choice(USCC_CS) for _ in range(8))
    else:
        org = org_code(rng, letters=(kind.startswith("9") and rng.random() < 0.6))
        if kind.startswith("9") and rng.random() < 0.5:
            org = "MA" + "".join(rng.choice(USCC_CS) for _ in range(7))
    body = kind + area + org
    s = sum(USCC_CS.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_CS[(31 - s % 31) % 31]


VIN_TRANS = {**{str(i): i for i in range(10)},
             **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
             **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
WMIS = [("LSV", "大众"), ("LFV", "大众"), ("LSG", "别克"), ("LGB", "日产"), ("LHG", "本田"), ("LVS", "福特"),
        ("LBV", "宝马"), ("LGX", "比亚迪"), ("LFP", "奔腾"), ("LZW", "五菱"), ("LJD", "起亚"), ("LVG", "丰田")]
VIN_YEARS = "ABCDEFGHJKLMNPRSTVWXY123456789"  # 2010 = A … 2030 = Y in the 30-year cycle


def vin(rng: random.Random) -> tuple[str, str]:
    wmi, brand = rng.choice(WMIS)
    vds = "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(5))
    year = "ABCDEFGHJKLMNPRS"[rng.randint(2, 15)]  # 2012-2025
    plant = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    serial = "".join(str(rng.randint(0, 9)) for _ in range(6))
    v = list(wmi + vds + "0" + year + plant + serial)
    s = sum(VIN_TRANS[c] * w for c, w in zip(v, VIN_W))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v), brand


PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"
PLATE_ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def plate(rng: random.Random, prov: str = "晋", city: str = "E", kind: str = "blue") -> str:
    if kind == "nev_small":   # 8 characters: D/F + alnum + 4 digits
        return prov + city + rng.choice("DF") + rng.choice(PLATE_ALNUM.replace("O", "")) + \
            "".join(str(rng.randint(0, 9)) for _ in range(4))
    if kind == "nev_large":   # 5 digits + D/F
        return prov + city + "".join(str(rng.randint(0, 9)) for _ in range(5)) + rng.choice("DF")
    if kind == "trailer":
        return prov + city + "".join(str(rng.randint(0, 9)) for _ in range(4)) + "挂"
    # ordinary: 5 characters with at most 2 letters
    chars = [str(rng.randint(0, 9)) for _ in range(5)]
    for i in rng.sample(range(5), rng.randint(0, 2)):
        chars[i] = rng.choice(PLATE_LETTERS)
    return prov + city + "".join(chars)


def passport(rng: random.Random) -> str:
    return "E" + rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "".join(str(rng.randint(0, 9)) for _ in range(7))


def hk_permit(rng: random.Random) -> str:
    return "C" + "".join(str(rng.randint(0, 9)) for _ in range(8))


def social_card(rng: random.Random) -> str:
    """Region-specific 社会保障卡 card numbers: letter + 8 digits (Shanxi style) or 9 digits."""
    if rng.random() < 0.6:
        return rng.choice("ABCDEFGHJK") + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return "".join(str(rng.randint(0, 9)) for _ in range(9))


# ---- names -------------------------------------------------------------------------------
SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
            "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔"
            "汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐梅莫庄辛管祝左涂谷祁时舒耿牟"
            "卜路詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵解强柴华车"
            "冉房边辜吉饶刁瞿戚丘古米池滕晋苑邬臧畅宫来嵺苟全褚廉简娄盖符奚木穆党燕郎邸冀谈姬屠连郜晏栾郁商蒙"
            "计喻揭窦迟宇敖糜鄢冷卓花仇艾蓝都巩稽井练仲乐虞卞封竺冼原官衣楚佟栗匡宗应台巫鞠僖桑荆谌银扬明沙薄伏岑习胥保和蔺")
SURNAMES = "".join(dict.fromkeys(SURNAMES.replace("嵺", "")))
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "慕容", "令狐"]
GIVEN_M = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宁俊峰建国志红春海东亮文龙军林永健新成兵宇浩凯庆福生德顺贵喜旺全山水根宝荣发祥瑞"
GIVEN_F = "芳娜敏静丽艳娟霞秀英华玲桂兰红梅琴云莲翠凤萍燕雪琳婷慧颖倩洁琼月珍菊蓉爱彩荷香淑霞巧玉"
GIVEN_C = "子梓浩宇轩涵欣怡晨阳一诺雨萱梦琪思彤俊熙嘉睿博文铭泽瑶佳乐可馨沐宸"


def person(rng: random.Random, female: bool | None = None, child: bool = False, two_char: float = 0.35) -> str:
    female = rng.random() < 0.5 if female is None else female
    r = rng.random()
    sur = rng.choice(COMPOUND) if r < 0.02 else rng.choice(SURNAMES[:60]) if r < 0.8 else rng.choice(SURNAMES)
    pool = GIVEN_C if child else (GIVEN_F if female else GIVEN_M)
    n = 1 if rng.random() < two_char else 2
    return sur + "".join(rng.choice(pool) for _ in range(n))


def mask_name(name: str, style: str = "*") -> str:
    if style == "某":
        return name[0] + "某" * (len(name) - 1 if len(name) > 2 else 1)
    return name[0] + style * (len(name) - 1)


def mask_id(idn: str, keep_head: int = 6, keep_tail: int = 4) -> str:
    return idn[:keep_head] + "*" * (len(idn) - keep_head - keep_tail) + idn[-keep_tail:]


def mask_mobile(m: str) -> str:
    return m[:3] + "****" + m[-4:]


def selftest() -> None:
    from stdnum import luhn
    from stdnum.cn import ric, uscc as suscc
    rng = random.Random(7)
    for _ in range(2000):
        v = id18(rng, code=rng.choice(["110105", "320106", "430104"]), y0=1990, y1=2003)
        assert ric.is_valid(v), v
        c, _ = bank_card(rng)
        assert luhn.is_valid(c), c
        u = uscc(rng)
        assert suscc.is_valid(u), u


if __name__ == "__main__":
    selftest()
    print("ok")
