"""Fictitious but checksum-valid identifiers for corpus F (sixth).

Every number here is generated; the formats and check characters follow the standards
(GB 11643 for resident IDs, GB 32100 for USCCs, ISO 3779 / GB 16735 for VINs, Luhn for cards).
"""

from __future__ import annotations

import datetime as dt
import random

# Real county-level division codes with their city, area code, plate prefix and street names.
PLACES = [
    # code, province, city, district, area code, plate, streets, community names
    ("140902", "山西省", "忻州市", "忻府区", "0350", "晋H", ["和平街", "七一路", "长征街", "建设北路", "雁门西大街"],
     ["新建路社区", "北城社区", "秀容社区"]),
    ("140921", "山西省", "忻州市", "定襄县", "0350", "晋H", ["南关街", "北街", "文化路"], ["南关村", "北社东村"]),
    ("140702", "山西省", "晋中市", "榆次区", "0354", "晋K", ["顺城街", "锦纶路", "汇通路", "蕴华街"],
     ["锦纶社区", "安宁社区"]),
    ("140105", "山西省", "太原市", "小店区", "0351", "晋A", ["亲贤北街", "平阳路", "长风街", "坞城路"],
     ["平阳景苑社区", "坞城社区"]),
    ("370102", "山东省", "济南市", "历下区", "0531", "鲁A", ["文化东路", "燕子山路", "历山路", "山大路"],
     ["燕山社区", "文化东路社区"]),
    ("430104", "湖南省", "长沙市", "岳麓区", "0731", "湘A", ["麓山南路", "枫林三路", "桐梓坡路", "银盆南路"],
     ["桃花岭社区", "望月湖社区"]),
    ("510107", "四川省", "成都市", "武侯区", "028", "川A", ["玉林北路", "武侯祠大街", "科华北路", "棕北路"],
     ["玉林社区", "棕北社区"]),
    ("420106", "湖北省", "武汉市", "武昌区", "027", "鄂A", ["中北路", "积玉桥街", "粮道街", "临江大道"],
     ["积玉桥社区", "昙华林社区"]),
    ("610113", "陕西省", "西安市", "雁塔区", "029", "陕A", ["小寨东路", "含光南路", "电子二路", "雁塔北路"],
     ["小寨社区", "电子城社区"]),
    ("350102", "福建省", "福州市", "鼓楼区", "0591", "闽A", ["五四路", "杨桥中路", "湖东路", "铜盘路"],
     ["湖东社区", "铜盘社区"]),
    ("410105", "河南省", "郑州市", "金水区", "0371", "豫A", ["经三路", "农业路", "纬五路", "文化路"],
     ["经三路社区", "纬五路社区"]),
]
# Other real codes used only as birthplaces in IDs.
BIRTH_CODES = ["140902", "140921", "140922", "140923", "140702", "140721", "140105", "140106", "142201",
               "370102", "370103", "370181", "430104", "430111", "430121", "510107", "510104", "511304",
               "420106", "420111", "610113", "610102", "350102", "350104", "410105", "410102", "130102",
               "210102", "230102", "340104", "360102", "450103", "530102"]

SURNAMES = ("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏"
            "薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
GIVEN_M = ("建国 志强 春生 国庆 晓东 永明 俊杰 文斌 浩然 思远 一鸣 家豪 宝山 润生 晓军 爱民 学文 振华 宇航 泽宇 晨阳 "
           "德胜 福海 长青 根生 荣华 立新 卫东 新民 少华 建军 子轩 天佑 锦程 亦凡 沐阳 铭泽 晓峰 志刚 国平 三喜 二虎 "
           "永刚 利民 保平 金锁 海涛 昊天 伟 磊 军 洋 勇 杰 涛 超 平 刚 鑫 斌 帅 健 峰 亮 波 辉").split()
GIVEN_F = ("秀英 桂兰 海燕 丽娟 玉梅 红霞 淑芬 雅琴 子涵 梓萱 雨桐 晓燕 凤英 金花 佳怡 欣悦 若曦 美玲 秋菊 翠萍 红梅 "
           "彩霞 春燕 冬梅 继红 雪莲 梦瑶 诗涵 思琪 嘉懿 可馨 安琪 兰芳 素珍 玉兰 喜梅 银花 春梅 文静 瑞霖 敏 静 艳 娟 "
           "霞 桂英 丹 萍 琳 楠 慧 颖 倩 晶 蕾 璐 莹").split()
GIVEN = GIVEN_M + GIVEN_F

# BINs of real issuers (debit cards) with their card length.
BINS = [("622202", 19, "中国工商银行"), ("621226", 19, "中国工商银行"), ("621700", 19, "中国建设银行"),
        ("622848", 19, "中国农业银行"), ("621661", 19, "中国银行"), ("622262", 19, "交通银行"),
        ("622588", 16, "招商银行"), ("623058", 19, "平安银行"), ("621799", 19, "中国邮政储蓄银行"),
        ("622908", 18, "兴业银行")]

WMI = ["LSV", "LFV", "LGB", "LHG", "LVS", "LBV", "LGX", "LZW", "LVG", "LDC"]
VIN_VALUES = {**{str(i): i for i in range(10)},
              **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
              **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
USCC_CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"


class Faker:
    def __init__(self, rng: random.Random):
        self.r = rng
        self.used_names: set[str] = set()
        self.used: set[str] = set()

    # --- persons -------------------------------------------------------------------------
    def name(self, male: bool | None = None, given_len: int | None = None) -> str:
        pool = GIVEN if male is None else GIVEN_M if male else GIVEN_F
        for _ in range(1000):
            s = self.r.choice(SURNAMES)
            g = self.r.choice(pool)
            if given_len == 1 and len(g) != 1:
                continue
            n = s + g
            if n not in self.used_names and len(n) >= 2:
                self.used_names.add(n)
                return n
        raise RuntimeError("names exhausted")

    def birth(self, lo: int = 1950, hi: int = 2004) -> dt.date:
        y = self.r.randint(lo, hi)
        return dt.date(y, 1, 1) + dt.timedelta(days=self.r.randint(0, 364))

    def id_number(self, code: str | None = None, born: dt.date | None = None, male: bool | None = None) -> str:
        code = code or self.r.choice(BIRTH_CODES)
        born = born or self.birth()
        seq = self.r.randint(1, 499) * 2 + (1 if (male if male is not None else self.r.random() < .5) else 0)
        seq = min(seq, 999)
        body = f"{code}{born:%Y%m%d}{seq:03d}"
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        s = sum(int(c) * k for c, k in zip(body, w))
        v = body + "10X98765432"[s % 11]
        if v in self.used:
            return self.id_number(code, born, male)
        self.used.add(v)
        return v

    def mobile(self) -> str:
        p = self.r.choice(["135", "136", "138", "139", "150", "151", "152", "158", "159", "130", "131", "132",
                           "155", "156", "186", "185", "133", "153", "180", "189", "177", "173", "199", "191",
                           "187", "183", "178", "166", "198", "195"])
        return p + "".join(self.r.choice("0123456789") for _ in range(8))

    def landline(self, area: str) -> str:
        n = 8 if len(area) == 3 or area in ("0351", "0531", "0731", "0371", "0591") else 7
        first = self.r.choice("2345678")
        return f"{area}-{first}{''.join(self.r.choice('0123456789') for _ in range(n - 1))}"

    def bank_card(self) -> tuple[str, str]:
        bin_, length, bank = self.r.choice(BINS)
        body = bin_ + "".join(self.r.choice("0123456789") for _ in range(length - len(bin_) - 1))
        return body + luhn_digit(body), bank

    def qq(self) -> str:
        return str(self.r.randint(10000, 3999999999))

    def wechat(self) -> str:
        stem = self.r.choice(["wxid_", "sunny", "xiaoyu", "lao", "hh", "ming", "Kevin", "lily", "dage", "tianlan"])
        tail = "".join(self.r.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(self.r.randint(5, 9)))
        return stem + tail

    def email(self, name_py: str | None = None) -> str:
        user = name_py or "".join(self.r.choice("abcdefghijkmnpqrstuvwxyz") for _ in range(self.r.randint(4, 8)))
        user += str(self.r.randint(1, 9999))
        return user + self.r.choice(["@163.com", "@126.com", "@qq.com", "@sina.com", "@foxmail.com"])

    def home_address(self, place) -> str:
        code, prov, city, dist, area, plate, streets, comms = place
        st = self.r.choice(streets)
        kind = self.r.random()
        if kind < .4:
            return f"{city}{dist}{st}{self.r.randint(1, 300)}号{self.r.randint(1, 12)}号楼{self.r.randint(1, 4)}单元{self.r.randint(1, 18)}0{self.r.randint(1, 4)}室"
        if kind < .7:
            comp = self.r.choice(["锦绣家园", "阳光小区", "翠苑小区", "金域华府", "幸福里", "丽景花园", "水岸名居", "东方明珠小区"])
            return f"{dist}{st}{comp}{self.r.randint(1, 30)}栋{self.r.randint(1, 3)}单元{self.r.randint(1, 25)}0{self.r.randint(1, 4)}"
        village = self.r.choice(["东关", "西留", "南庄", "北赵", "秦城", "高村", "辛庄", "曹张"])
        return f"{prov}{city}{dist}{self.r.choice(['城关镇', '兰村乡', '奇村镇', '播明镇'])}{village}村{self.r.randint(1, 9)}组{self.r.randint(1, 120)}号"

    def plate(self, prefix: str) -> str:
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        if self.r.random() < .2:
            return prefix + self.r.choice("DF") + "".join(self.r.choice("0123456789") for _ in range(5))
        chars = [self.r.choice(letters + "0123456789") for _ in range(5)]
        chars[-1] = self.r.choice("0123456789")
        chars[-2] = self.r.choice("0123456789")
        return prefix + "".join(chars)

    def vin(self) -> str:
        chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        wmi = self.r.choice(WMI)
        vds = "".join(self.r.choice(chars) for _ in range(5))
        year = self.r.choice("GHJKLMNPR")
        plant = self.r.choice(chars)
        serial = "".join(self.r.choice("0123456789") for _ in range(6))
        v = wmi + vds + "0" + year + plant + serial
        s = sum(VIN_VALUES[c] * w for c, w in zip(v, VIN_WEIGHTS))
        chk = "X" if s % 11 == 10 else str(s % 11)
        return v[:8] + chk + v[9:]

    def uscc(self, code: str, kind: str = "91") -> str:
        org_chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        body = "".join(self.r.choice("0123456789" if i < 2 else org_chars) for i in range(8))
        if kind == "92" or self.r.random() < .5:
            body = "MA" + self.r.choice("0123456789") + body[3:]
        vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
        s = sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2]))
        c = 11 - s % 11
        oc = body + ("X" if c == 10 else "0" if c == 11 else str(c))
        first17 = kind + code + oc
        s = sum(USCC_CS.index(ch) * (3 ** i % 31) for i, ch in enumerate(first17))
        return first17 + USCC_CS[(31 - s % 31) % 31]

    def digits(self, n: int, first: str = "123456789") -> str:
        return self.r.choice(first) + "".join(self.r.choice("0123456789") for _ in range(n - 1))

    def passport(self) -> str:
        return "E" + self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + self.digits(7, "0123456789")

    def hkmo(self) -> str:
        return "C" + self.digits(8, "0123456789")

    def property_cert(self, prov_abbr: str, city: str, year: int) -> str:
        return f"{prov_abbr}（{year}）{city}不动产权第{self.r.randint(1, 99999):07d}号"

    def driver_file(self, code: str) -> str:
        return code[:4] + self.digits(8, "0123456789")

    def sscard(self) -> str:
        return self.r.choice("ABCDEFGHJKLMN") + self.digits(8, "0123456789")

    def medical_no(self, code: str) -> str:
        return code + self.digits(10, "0123456789")

    def disability_cert(self, idn: str, level: int, kind: int) -> str:
        return f"{idn}{kind}{level}"


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


def id_ok(v: str) -> bool:
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(c) * k for c, k in zip(v[:17], w)) % 11] == v[17]


def uscc_ok(v: str) -> bool:
    s = sum(USCC_CS.index(ch) * (3 ** i % 31) for i, ch in enumerate(v[:17]))
    return USCC_CS[(31 - s % 31) % 31] == v[17]


def vin_ok(v: str) -> bool:
    s = sum(VIN_VALUES[c] * w for c, w in zip(v, VIN_WEIGHTS))
    return v[8] == ("X" if s % 11 == 10 else str(s % 11))


FULLWIDTH = str.maketrans("0123456789Xx-", "０１２３４５６７８９ＸＸ－")


def fullwidth(s: str) -> str:
    return s.translate(FULLWIDTH)


def grouped(s: str, sizes) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return " ".join(out)


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"
