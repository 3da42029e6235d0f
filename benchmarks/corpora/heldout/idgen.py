"""Well-formed fictitious identifiers and the people/places pools used by generate.py.

Every generator takes a random.Random so the corpus is deterministic for a seed.
Formats follow the national standards: GB 11643 (resident ID, MOD 11-2), GB 32100
(USCC) with GB 11714 organisation code, ISO 3779 / GB 16735 (VIN check digit at
position 9), Luhn for bank cards, GA 36 plates (incl. 8-character new-energy plates).
"""
from __future__ import annotations

import datetime as dt
import random

# (region code, province, city, county, landline area code, plate prefix, seat town)
COUNTIES = [
    ("130534", "河北省", "邢台市", "清河县", "0319", "冀E", "葛仙庄镇"),
    ("140902", "山西省", "忻州市", "忻府区", "0350", "晋H", "播明镇"),
    ("341221", "安徽省", "阜阳市", "临泉县", "0558", "皖K", "城关街道"),
    ("411522", "河南省", "信阳市", "光山县", "0376", "豫S", "紫水街道"),
    ("430321", "湖南省", "湘潭市", "湘潭县", "0731", "湘C", "易俗河镇"),
    ("510722", "四川省", "绵阳市", "三台县", "0816", "川B", "潼川镇"),
    ("360733", "江西省", "赣州市", "会昌县", "0797", "赣B", "文武坝镇"),
    ("450821", "广西壮族自治区", "贵港市", "平南县", "0775", "桂R", "平南街道"),
    ("370923", "山东省", "泰安市", "东平县", "0538", "鲁J", "东平街道"),
    ("320921", "江苏省", "盐城市", "响水县", "0515", "苏J", "响水镇"),
    ("330624", "浙江省", "绍兴市", "新昌县", "0575", "浙D", "南明街道"),
    ("420921", "湖北省", "孝感市", "孝昌县", "0712", "鄂K", "花园镇"),
    ("610323", "陕西省", "宝鸡市", "岐山县", "0917", "陕C", "凤鸣镇"),
    ("620523", "甘肃省", "天水市", "甘谷县", "0938", "甘E", "大像山镇"),
    ("532128", "云南省", "昭通市", "镇雄县", "0870", "云C", "乌峰街道"),
    ("350623", "福建省", "漳州市", "漳浦县", "0596", "闽E", "绥安镇"),
    ("230231", "黑龙江省", "齐齐哈尔市", "拜泉县", "0452", "黑B", "拜泉镇"),
    ("150222", "内蒙古自治区", "包头市", "固阳县", "0472", "蒙B", "金山镇"),
]
# Code history (GB/T 2260, via python-stdnum's loc.dat): an ID keeps the code current when the number was
# first assigned, so a person's code is chosen by that year (see Gen.code_at). (code, from, until)
CODE_HISTORY = {
    "130534": [("132236", None, 1993), ("130534", 1993, None)],
    "140902": [("142201", None, 2000), ("140902", 2000, None)],
    "341221": [("342122", None, 1996), ("341221", 1996, None)],
    "411522": [("413025", None, 1998), ("411522", 1998, None)],
    "430321": [("430321", None, None)],
    "510722": [("512833", None, 1985), ("510722", 1985, None)],
    "360733": [("362135", None, 1998), ("360733", 1998, None)],
    "450821": [("452524", None, 1995), ("450821", 1995, None)],
    "370923": [("372626", None, 1985), ("370923", 1985, None)],
    "320921": [("322321", None, 1983), ("320921", 1983, None)],
    "330624": [("332324", None, 1983), ("330624", 1983, None)],
    "420921": [("422221", None, 1983), ("422201", 1983, 1993), ("420921", 1993, None)],
    "610323": [("610323", None, None)],
    "620523": [("622529", None, 1985), ("620523", 1985, None)],
    "532128": [("532128", None, 2001), ("530627", 2001, None)],
    "350623": [("352523", None, 1985), ("350623", 1985, None)],
    "230231": [("232231", None, 1984), ("230231", 1984, None)],
    "150222": [("150222", None, None)],
}
OTHER_FROM = {"140105": 1997, "500103": 1997, "510107": 1990, "130481": 1989, "411302": 1994, "341222": 1996,
              "371302": 1994, "440106": 1985}
# extra birth-place codes (people born elsewhere)
OTHER_CODES = ["110105", "120104", "130102", "140105", "210102", "320102", "330106",
               "340104", "370102", "410105", "420106", "430104", "440106", "500103",
               "510107", "610113", "130481", "411302", "341222", "371302"]

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
            "姜崔钟谭陆汪范廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃戴莫孔向汤温康施牛樊"
            "葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂苗谷盛曲"
            "翁冉骆蓝游辛靳管柴鲍喻祁蒲房滕屈饶解牟艾尤穆农司卓吉缪车项连麦褚娄窦戚岑党宫费卜冷晏席卫米柏宗瞿桂佟"
            "臧闵苟邬卞姬仇栾隋商刁荣巫寇桑郎甄丛仲虞敖巩佘池查苑迟邝")
HEAD_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭"
AMBIG_SURNAMES = "高金常石武时文万"  # surnames that are also common words
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方"]
MALE = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆旭宁龙林阳建国志海峰东亮成春德兵福贵生祥才发永庆喜长根荣保全新学光振家兴立忠胜利锋毅斐晨"
FEMALE = "芳娜敏静丽艳娟霞秀英梅玲燕萍琴云莲兰凤洁琳雪婷颖倩欣怡佳慧月翠桂花香丹菊珍晓蕾薇"
OLD_GIVEN = {"F": ["秀英", "桂兰", "玉兰", "凤英", "桂英", "玉珍", "淑芬", "金花", "素珍", "春花", "冬梅", "秀兰", "翠花", "改英"],
             "M": ["建国", "建军", "国庆", "长生", "福生", "德胜", "宝山", "振华", "树林", "守业", "有才", "广田", "满仓", "富贵"]}
KID_GIVEN = {"M": ["梓轩", "浩然", "宇轩", "思源", "俊熙", "沐阳", "锦程", "皓轩", "奕辰", "睿泽", "子墨", "铭泽", "一诺"],
             "F": ["子涵", "雨桐", "欣怡", "若曦", "梓萱", "语嫣", "诗琪", "可馨", "嘉怡", "佳琪", "芷若", "一诺"]}

PLACE_ROOTS = ["柳林", "河东", "王庄", "石桥", "杨集", "马坊", "北关", "南湖", "东升", "清泉", "黄土岭", "大营",
               "小王庄", "新兴", "红旗", "桃园", "枣林", "李楼", "刘湾", "高庙", "三里铺", "白塔", "沙河", "龙泉",
               "双井", "蒋店", "孟寨", "瓦窑", "杏花", "卧牛", "前进", "丰收", "长岭", "梨园", "西营", "韩家",
               "谢店", "陈楼", "马庄", "后沟", "上河", "下坪", "槐树", "柏林", "太平", "永安", "兴隆", "官庄"]
ROADS = ["建设路", "人民路", "解放路", "文化路", "团结街", "和平路", "迎宾大道", "滨河路", "振兴路", "新华街",
         "胜利路", "育才路", "长安街", "府前街", "工农路", "朝阳路", "光明街", "复兴大道", "健康路", "幸福路"]
ESTATES = ["幸福小区", "阳光花园", "锦绣华庭", "盛世名城", "翰林苑", "金色家园", "御景湾", "书香门第",
           "东方明珠小区", "供电局家属院", "粮食局宿舍", "康居苑", "水岸新城", "丽景嘉园"]

BANKS = [  # prefix, length, bank name
    ("622848", 19, "中国农业银行"), ("622845", 19, "中国农业银行"), ("621700", 19, "中国建设银行"),
    ("622202", 19, "中国工商银行"), ("621799", 19, "中国邮政储蓄银行"), ("622188", 19, "中国邮政储蓄银行"),
    ("621661", 19, "中国银行"), ("623059", 19, "农村商业银行"), ("621449", 19, "农村信用合作联社"),
    ("622588", 16, "招商银行"), ("436742", 16, "中国建设银行"), ("622262", 19, "交通银行"),
]
MOBILE_PREFIX = ["130", "131", "132", "133", "134", "135", "136", "137", "138", "139", "150", "151", "152",
                 "153", "155", "156", "157", "158", "159", "166", "173", "175", "176", "177", "178", "180",
                 "181", "182", "183", "184", "185", "186", "187", "188", "189", "191", "193", "195", "198", "199"]
WMI = ["LSV", "LFV", "LGB", "LVS", "LHG", "LSG", "LGX", "LDC", "LZW", "LJD", "LBV", "LRW", "LNB", "LGW"]
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
USCC_CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"

ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(body17: str) -> str:
    return "10X98765432"[sum(int(c) * w for c, w in zip(body17, ID_W)) % 11]


def id_valid(v: str) -> bool:
    if len(v) != 18 or not v[:17].isdigit():
        return False
    try:
        dt.date(int(v[6:10]), int(v[10:12]), int(v[12:14]))
    except ValueError:
        return False
    return id_check(v[:17]) == v[17].upper()


def luhn_ok(num: str) -> bool:
    s = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_digit(partial: str) -> str:
    for d in "0123456789":
        if luhn_ok(partial + d):
            return d
    raise AssertionError


def vin_check(v: str) -> str:
    r = sum(VIN_VAL[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if r == 10 else str(r)


def vin_valid(v: str) -> bool:
    return len(v) == 17 and all(c in VIN_CHARS for c in v) and vin_check(v) == v[8]


def uscc_check(s17: str) -> str:
    w = [pow(3, i, 31) for i in range(17)]
    return USCC_CS[(31 - sum(USCC_CS.index(c) * wi for c, wi in zip(s17, w)) % 31) % 31]


def org_check(s8: str) -> str:
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in s8]
    c = 11 - sum(v * w for v, w in zip(vals, [3, 7, 9, 10, 5, 8, 4, 2])) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


class Gen:
    """Identifier and name factory bound to one Random and one 'used' set (no accidental repeats)."""

    def __init__(self, rng: random.Random):
        self.r = rng
        self.used: set[str] = set()

    def _uniq(self, f):
        for _ in range(1000):
            v = f()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("exhausted")

    # ---- people
    def name(self, sex=None, age="adult", ambig=False, surname=None):
        r = self.r

        def mk():
            if surname:
                sur = surname
            elif ambig:
                sur = r.choice(AMBIG_SURNAMES)
            elif r.random() < 0.01:
                sur = r.choice(COMPOUND)
            elif r.random() < 0.55:
                sur = r.choice(HEAD_SURNAMES)
            else:
                sur = r.choice(SURNAMES)
            s = sex or r.choice("MF")
            if age == "kid":
                g = r.choice(KID_GIVEN[s])
            elif age == "old" and r.random() < 0.6:
                g = r.choice(OLD_GIVEN[s])
            else:
                pool = MALE if s == "M" else FEMALE
                g = r.choice(pool) if r.random() < 0.3 else r.choice(pool) + r.choice(pool)
                if len(g) == 2 and g[0] == g[1] and r.random() < 0.7:
                    g = g[0]
            return sur + g
        return self._uniq(mk)

    def birth(self, age="adult"):
        r = self.r
        if age == "kid":
            y = r.randint(2011, 2020)
        elif age == "old":
            y = r.randint(1935, 1962)
        else:
            y = r.randint(1958, 2002)
        d = dt.date(y, 1, 1) + dt.timedelta(days=r.randint(0, 364))
        return d

    @staticmethod
    def assigned_year(b) -> int:
        """Year the number was first assigned: at birth registration from the mid-1990s, else at ~16."""
        return b.year if b.year >= 1995 else max(b.year + 16, 1985)

    def code_at(self, code, b):
        a = self.assigned_year(b)
        if code in CODE_HISTORY:
            for c, lo, hi in CODE_HISTORY[code]:
                if (lo is None or a >= lo) and (hi is None or a < hi):
                    return c
        if OTHER_FROM.get(code, 0) <= a:
            return code
        return self.r.choice(["110105", "120104", "130102", "370102", "410105", "430104"])

    def id18(self, code=None, age="adult", sex=None, birth=None):
        r = self.r

        def mk():
            b = birth or self.birth(age)
            c = code or (r.choice(OTHER_CODES) if r.random() < 0.3 else r.choice(COUNTIES)[0])
            c = self.code_at(c, b)
            seq = r.randint(0, 999)
            if sex == "M" and seq % 2 == 0:
                seq = (seq + 1) % 1000
            if sex == "F" and seq % 2 == 1:
                seq = (seq + 1) % 1000
            body = f"{c}{b:%Y%m%d}{seq:03d}"
            return body + id_check(body)
        return self._uniq(mk)

    def id15(self, code):
        r = self.r

        def mk():
            b = dt.date(r.randint(1940, 1975), 1, 1) + dt.timedelta(days=r.randint(0, 364))
            c = self.code_at(code, dt.date(min(b.year, 1982), 1, 1))  # issued 1985-1998
            return f"{c}{b:%y%m%d}{r.randint(0, 999):03d}"
        return self._uniq(mk)

    def mobile(self):
        return self._uniq(lambda: self.r.choice(MOBILE_PREFIX) + "".join(self.r.choice("0123456789") for _ in range(8)))

    def landline(self, area, n=None, sep="-"):
        r = self.r
        n = n or (7 if len(area) == 4 and r.random() < 0.5 else 8)
        return self._uniq(lambda: area + sep + str(r.randint(2, 8)) + "".join(r.choice("0123456789") for _ in range(n - 1)))

    def bank(self, bank=None):
        r = self.r
        pre, ln, name = bank or r.choice(BANKS)

        def mk():
            p = pre + "".join(r.choice("0123456789") for _ in range(ln - len(pre) - 1))
            return p + luhn_digit(p)
        return self._uniq(mk), name

    def sscard(self):
        r = self.r
        return self._uniq(lambda: r.choice("ABCDEFGHJKLM") + "".join(r.choice("0123456789") for _ in range(8)))

    def uscc(self, code, kind="91"):
        r = self.r

        def mk():
            if kind in ("11", "12", "13"):
                org = "".join(r.choice("0123456789") for _ in range(8))
            else:
                org = "MA" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
            s17 = kind + code + org + org_check(org)
            if any(c not in USCC_CS for c in s17):
                return mk()
            return s17 + uscc_check(s17)
        return self._uniq(mk)

    def vin(self, year=None):
        r = self.r

        def mk():
            wmi = r.choice(WMI)
            vds = "".join(r.choice(VIN_CHARS) for _ in range(5))
            yc = year or r.choice("GHJKLMNPR")
            tail = yc + r.choice("ABCDEFGHJKLMNPRSTUVWXYZ123456789") + "".join(r.choice("0123456789") for _ in range(6))
            v = wmi + vds + "0" + tail
            return v[:8] + vin_check(v) + v[9:]
        return self._uniq(mk)

    def plate(self, prefix, kind=None):
        r = self.r
        kind = kind or r.choice(["blue"] * 6 + ["nev_small", "nev_small", "nev_large", "trailer"])

        def mk():
            if kind == "nev_small":
                body = r.choice("DF") + r.choice(PLATE_LETTERS + "0123456789") + "".join(r.choice("0123456789") for _ in range(4))
            elif kind == "nev_large":
                body = "".join(r.choice("0123456789") for _ in range(5)) + r.choice("DF")
            elif kind == "trailer":
                body = "".join(r.choice("0123456789") for _ in range(4)) + "挂"
            else:
                chars = [r.choice("0123456789") for _ in range(5)]
                for _ in range(r.choice([0, 1, 1, 2])):
                    chars[r.randint(0, 4)] = r.choice(PLATE_LETTERS.replace("O", "").replace("I", ""))
                body = "".join(chars)
            return prefix + body
        return self._uniq(mk)

    def passport(self):
        r = self.r
        return self._uniq(lambda: "E" + r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") + "".join(r.choice("0123456789") for _ in range(7)))

    def hk_permit(self):
        return self._uniq(lambda: "C" + "".join(self.r.choice("0123456789") for _ in range(8)))

    # ---- places
    def village(self):
        r = self.r
        return self._uniq(lambda: r.choice(PLACE_ROOTS) + r.choice(["村", "村", "村", "庄村", "集村", "湾村", "营村"]))

    def town(self):
        r = self.r
        return self._uniq(lambda: r.choice(PLACE_ROOTS) + r.choice(["镇", "镇", "乡", "街道"]))

    def home_addr(self, county, town=None, village=None, style=None):
        r = self.r
        style = style or r.choice(["rural", "rural", "urban", "estate"])
        if style == "rural":
            t = town or self.town()
            v = village or self.village()
            return f"{t}{v}{r.randint(1, 12)}组{r.randint(1, 120)}号" if r.random() < 0.7 else f"{t}{v}{r.randint(1, 90)}号"
        if style == "urban":
            return f"{county[3]}{r.choice(ROADS)}{r.randint(1, 400)}号{r.randint(1, 6)}单元{r.randint(1, 7)}0{r.randint(1, 4)}室"
        return f"{r.choice(ROADS)}{r.choice(ESTATES)}{r.randint(1, 28)}号楼{r.randint(1, 4)}单元{r.randint(1, 18)}0{r.randint(1, 4)}"
