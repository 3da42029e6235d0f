"""Document under construction: content blocks + the labels gathered while writing it.

Values are labelled at the moment they are written (Doc.R = redact, Doc.K = keep), so the text and
the labels cannot drift apart. Protected spans (\x02…\x03) shield labelled values from the
writing-style noise (half-width punctuation, stray spaces, full-width digits) applied to the
surrounding template text.
"""
from __future__ import annotations

import datetime as dt
import random
import re

from idgen import COUNTIES, Gen, ROADS
from render import BRK, PB, Model, P, T

POSTCODES = {"清河县": "054800", "忻府区": "034000", "临泉县": "236400", "光山县": "465450", "湘潭县": "411228",
             "三台县": "621100", "会昌县": "342600", "平南县": "537300", "东平县": "271500", "响水县": "224600",
             "新昌县": "312500", "孝昌县": "432900", "岐山县": "722400", "甘谷县": "741200", "镇雄县": "657200",
             "漳浦县": "363200", "拜泉县": "164700", "固阳县": "014200"}
ABBR_PY = {"清河县": "qhx", "忻府区": "xfq", "临泉县": "lqx", "光山县": "gsx", "湘潭县": "xtx", "三台县": "stx",
           "会昌县": "hcx", "平南县": "pnx", "东平县": "dpx", "响水县": "xsx", "新昌县": "xcx", "孝昌县": "xiaochang",
           "岐山县": "qsx", "甘谷县": "ggx", "镇雄县": "zxx", "漳浦县": "zpx", "拜泉县": "bqx", "固阳县": "gyx"}
SUR_PY = {"王": "wang", "李": "li", "张": "zhang", "刘": "liu", "陈": "chen", "杨": "yang", "黄": "huang",
          "赵": "zhao", "吴": "wu", "周": "zhou", "徐": "xu", "孙": "sun", "马": "ma", "朱": "zhu", "胡": "hu",
          "郭": "guo", "何": "he", "林": "lin", "罗": "luo", "郑": "zheng", "梁": "liang", "谢": "xie",
          "宋": "song", "唐": "tang", "许": "xu", "韩": "han", "冯": "feng", "邓": "deng", "曹": "cao", "彭": "peng"}
FW = str.maketrans("0123456789Xx-", "０１２３４５６７８９Ｘｘ－")
CN_NUM = "〇一二三四五六七八九"
REF_DATE = dt.date(2026, 12, 1)


def fw(s: str) -> str:
    return s.translate(FW)


def cn_date(d: dt.date) -> str:
    y = "".join(CN_NUM[int(c)] for c in str(d.year))

    def n(k):
        if k < 10:
            return CN_NUM[k]
        if k == 10:
            return "十"
        if k < 20:
            return "十" + CN_NUM[k % 10]
        return CN_NUM[k // 10] + "十" + (CN_NUM[k % 10] if k % 10 else "")
    return f"{y}年{n(d.month)}月{n(d.day)}日"


def ymd(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def add_months(d: dt.date, k: int) -> dt.date:
    y, m = divmod(d.month - 1 + k, 12)
    y += d.year
    m += 1
    last = [31, 29 if (y % 4 == 0 and (y % 100 or y % 400 == 0)) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return dt.date(y, m, min(d.day, last))


# ---------------------------------------------------------------- value formats as people write them
def fmt_id(v: str, style: str, rng: random.Random) -> str:
    if style == "plain":
        return v
    if style == "644":
        return f"{v[:6]} {v[6:14]} {v[14:]}"
    if style == "644d":
        return f"{v[:6]}  {v[6:14]}  {v[14:]}"
    if style == "44442":
        return " ".join([v[0:4], v[4:8], v[8:12], v[12:16], v[16:]])
    if style == "hyph":
        return f"{v[:6]}-{v[6:14]}-{v[14:]}"
    if style == "stray":
        k = rng.randint(3, 15)
        return v[:k] + " " + v[k:]
    if style == "fw":
        return fw(v)
    if style == "halffw":
        k = rng.randint(6, 14)
        return v[:k] + fw(v[k:])
    if style == "lowerx":
        return v[:-1] + v[-1].lower()
    raise ValueError(style)


def fmt_card(v: str, style: str) -> str:
    if style == "plain":
        return v
    g = [v[i:i + 4] for i in range(0, len(v), 4)]
    if style == "sp4":
        return " ".join(g)
    if style == "dsp4":
        return "  ".join(g)
    if style == "hy4":
        return "-".join(g)
    if style == "fw":
        return fw(v)
    if style == "644":  # 6-13 as some tellers write
        return v[:6] + " " + v[6:]
    raise ValueError(style)


def fmt_mobile(v: str, style: str) -> str:
    return {"plain": v, "344": f"{v[:3]}-{v[3:7]}-{v[7:]}", "344s": f"{v[:3]} {v[3:7]} {v[7:]}",
            "fw": fw(v), "86": f"+86 {v}", "86b": f"(+86){v}", "half": v[:3] + fw(v[3:])}[style]


def mask_id(v):
    return v[:6] + "********" + v[-4:]


def mask_id2(v):
    return v[:3] + "*" * 11 + v[-4:]


def mask_mobile(v):
    return v[:3] + "****" + v[-4:]


def mask_name(n, rng):
    s = rng.choice(["*", "某", "x"])
    if s == "*":
        return n[0] + "*" * (len(n) - 1) if len(n) <= 2 else n[0] + "*" + n[-1]
    if s == "某":
        return n[0] + "某" * (len(n) - 1)
    return n[0] + "××"


def mask_card(v):
    return v[:4] + "*" * (len(v) - 8) + v[-4:]


class Doc:
    def __init__(self, idx: int, kind: str, fmt: str, seed: int, variant: int = 0, county=None):
        self.idx, self.kind, self.fmt, self.variant = idx, kind, fmt, variant
        self.rng = random.Random(f"heldout:{seed}:{idx}")
        self.g = Gen(self.rng)
        self.c = county or self.rng.choice(COUNTIES)
        self.county = self.c[3]
        self.cshort = self.county[0]
        self.m = Model()
        self.items: dict[str, tuple[str, str]] = {}
        self.marking = None
        self.attribute = "主动公开"
        self.notes: list[str] = []
        self.format_extra = fmt in ("xlsx", "csv")
        self.noise = 0          # 0 clean, 1 sloppy punctuation, 2 OCR-like
        self.file = None
        self.pdf_via = None

    # ---------------------------------------------------------------- labels
    def _lab(self, t, v, e):
        assert v, (t, v)
        old = self.items.get(v)
        if old and old != (t, e):
            raise AssertionError(f"conflicting labels for {v!r}: {old} vs {(t, e)} in {self.kind}")
        self.items[v] = (t, e)

    def R(self, t: str, v: str, brk: int | None = None) -> str:
        self._lab(t, v, "redact")
        if brk:
            return "\x02" + v[:brk] + BRK + v[brk:] + "\x03"
        return "\x02" + v + "\x03"

    def K(self, t: str, v: str) -> str:
        self._lab(t, v, "keep")
        return "\x02" + v + "\x03"

    @staticmethod
    def U(v: str) -> str:
        """protected but unlabelled"""
        return "\x02" + v + "\x03"

    # ---------------------------------------------------------------- writing noise
    def _noise(self, s: str) -> str:
        if not self.noise:
            return s
        r = self.rng
        out, prot = [], False
        i = 0
        while i < len(s):
            ch = s[i]
            if ch == "\x02":
                prot = True
            elif ch == "\x03":
                prot = False
            if prot or ch in "\x02\x03":
                out.append(ch)
                i += 1
                continue
            if ch in "：，（）；" and r.random() < (0.35 if self.noise == 1 else 0.5):
                ch = {"：": ":", "，": ",", "（": "(", "）": ")", "；": ";"}[ch]
            elif self.noise >= 2 and ch.isdigit() and r.random() < 0.3:
                ch = fw(ch)
            out.append(ch)
            if self.noise >= 2 and "\u4e00" <= ch <= "\u9fff" and r.random() < 0.012:
                out.append(r.choice([" ", "　"]))
            i += 1
        return "".join(out)

    @staticmethod
    def strip(s):
        return s.replace("\x02", "").replace("\x03", "")

    def p(self, text: str, style: str = "body", noise=True):
        t = self._noise(text) if noise else text
        self.m.blocks.append(P(self.strip(t), style))

    def pb(self):
        self.m.blocks.append(PB())

    def table(self, header, rows, widths=None, title=None, lines=True, font=None):
        clean = lambda row: [None if v is None else ("^" if v == "^" else self.strip(str(v))) for v in row]
        if self.fmt == "pdf" and self.rng.random() < 0.3:
            lines = False   # aligned text only, as some exported PDFs are
        self.m.blocks.append(T([clean(h) for h in header], [clean(r) for r in rows], widths,
                               self.strip(title) if title else None, lines, font))

    # ---------------------------------------------------------------- furniture
    def date(self, a="2026-01-05", b="2026-11-20") -> dt.date:
        a, b = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
        return a + dt.timedelta(days=self.rng.randint(0, (b - a).days))

    def office_phone(self, sep="-"):
        return self.g.landline(self.c[4], sep=sep)

    def office_email(self, unit="", provider=None):
        r = self.rng
        py = ABBR_PY[self.county]
        provider = provider or r.choice(["163.com", "163.com", "126.com", "qq.com", "gov"])
        if provider == "qq.com":
            return f"{r.randint(1000000000, 3999999999)}@qq.com" if r.random() < 0.5 else f"{py}{unit}{r.randint(1, 99)}@qq.com"
        if provider == "gov":
            return f"{py}{unit}@{py}.gov.cn"
        return f"{py}{unit}{r.choice(['', 'xxgk', 'bgs', '_jd', 'jb'])}{r.randint(0, 999) if r.random() < 0.5 else ''}@{provider}"

    def private_email(self, name: str):
        r = self.rng
        sur = SUR_PY.get(name[0], r.choice(["zh", "ly", "wx", "hq"]))
        style = r.randint(0, 3)
        if style == 0:
            return f"{r.randint(100000000, 3999999999)}@qq.com"
        if style == 1:
            return f"{sur}{r.choice('abcdefghjklmnpqrstwxyz')}{r.choice('abcdefghjklmnpqrstwxyz')}{r.randint(60, 99) if r.random() < .5 else r.randint(1, 31)}@{r.choice(['163.com', '126.com', 'sina.com', 'foxmail.com'])}"
        if style == 2:
            return f"{sur}_{r.randint(1970, 2003)}@{r.choice(['163.com', 'qq.com', 'hotmail.com'])}"
        return f"{r.choice(['happy', 'sunny', 'xiaoyu', 'lucky', 'tianya', 'mumu'])}{sur}{r.randint(1, 999)}@{r.choice(['163.com', 'yeah.net', '139.com'])}"

    def office_addr(self):
        return f"{self.county}{self.rng.choice(ROADS)}{self.rng.randint(1, 300)}号"

    def body_account(self):
        r = self.rng
        st = r.randint(0, 3)
        if st == 0:
            return "".join(r.choice("0123456789") for _ in range(17))
        if st == 1:
            g = [str(r.randint(10, 99))] + ["".join(r.choice("0123456789") for _ in range(k)) for k in (6, 2, 7)]
            return "-".join(g) if r.random() < 0.5 else "".join(g)
        if st == 2:
            return "1" + "".join(r.choice("0123456789") for _ in range(19))
        v = "62" + "".join(r.choice("0123456789") for _ in range(16))
        from idgen import luhn_digit
        return v + luhn_digit(v)

    def doc_no(self, code, year=2026, n=None, di=False):
        n = n or self.rng.randint(1, 160)
        return f"{self.cshort}{code}〔{year}〕{'第' if di else ''}{n}号"

    def id_style(self):
        return self.rng.choice(["plain"] * 6 + ["644", "44442", "hyph", "stray", "fw", "halffw", "644d", "lowerx"])

    def sign(self, org, d: dt.date, chinese=False, extra=None):
        self.p("")
        self.p(org, "right")
        s = cn_date(d) if chinese else ymd(d)
        self.p(self.K("date", s) if s not in self.items else self.U(s), "right", noise=False)

    def index_no(self, agency_code, when: dt.date):
        """索引号 as on 政府信息公开 platforms: agency USCC / year - serial. Public."""
        v = f"{agency_code}/{when.year}-{self.rng.randint(1, 999):05d}"
        self.p(f"索引号：{self.K('other_public', v)}　　发布机构：{self.U(self.county)}　　公开方式：主动公开", "plain", noise=False)

    def contact_block(self, unit="", who=None, fax=True, email=True, addr=True, style="lines"):
        staff = who or self.g.name()
        tel = self.office_phone()
        parts = [f"联系人：{self.K('official_name', staff)}", f"联系电话：{self.K('landline_office', tel)}"]
        if fax:
            parts.append(f"传真：{self.K('landline_office', self.office_phone())}")
        if addr:
            parts.append(f"通讯地址：{self.K('address_public', self.office_addr())}（邮编：{POSTCODES[self.county]}）")
        if email:
            parts.append(f"监督邮箱：{self.K('email_office', self.office_email(unit))}")
        if style == "lines":
            for s in parts:
                self.p(s, "body")
        else:
            self.p("；".join(parts) + "。", "body")
        return staff, tel

    def attr_note(self, text):
        self.p(f"（此件{text}）", "plain")

    def label(self):
        return {"file": self.file, "kind": self.kind, "format_extra": self.format_extra,
                "items": [{"type": t, "value": v, "expect": e} for v, (t, e) in self.items.items()],
                "marking": self.marking, "attribute": self.attribute, "note": "；".join(self.notes)}


def set_marking(d: Doc, level: str, period: str, marked_on: dt.date):
    if period == "长期":
        exp = None
    else:
        m = re.fullmatch(r"(\d+)(年|个月)", period)
        k = int(m.group(1)) * (12 if m.group(2) == "年" else 1)
        exp = add_months(marked_on, k)
    d.marking = {"level": level, "period": period, "marked_on": marked_on.isoformat(),
                 "expires_on": exp.isoformat() if exp else None}
    if exp is not None and exp <= REF_DATE:
        d.attribute = "须报审"
        d.notes.append(f"密级标志已于{exp.isoformat()}到期，须经解密审核后方可公开")
    else:
        d.attribute = "不予公开"
    return exp
