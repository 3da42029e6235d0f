"""Pieces shared by the kinds of corpus D: the issuing body, officials, closing lines."""

from __future__ import annotations

import datetime as dt

from model import Doc
from values import CITY, Gen, cn_date, landline_form, mobile_form, ymd

AREA = "0579"
BODIES = {
    "民政局": "民", "住房和城乡建设局": "建", "农业农村局": "农", "税务局": "税", "人民法院": "法",
    "应急管理局": "应", "医疗保障局": "医保", "教育局": "教", "人力资源和社会保障局": "人社",
    "自然资源和规划局": "自然资源", "人民政府办公室": "政办", "信访局": "信", "市场监督管理局": "市监",
    "公安局交通警察支队": "公交", "林业局": "林", "财政局": "财", "司法局": "司", "退役军人事务局": "退役",
}


def body(g: Gen, d: Doc, name: str, *, fax: bool = False, mail: bool = False,
         addr: bool = False, form: str | None = None) -> dict:
    """The issuing body and its own contacts (all keep: the body's, not a person's)."""
    full = f"{CITY}{name}" if not name.startswith(CITY) else name
    info = {"name": full, "abbr": BODIES.get(name, "综")}
    info["phone"] = _lazy(d, "landline_office", landline_form(g.r, g.landline(AREA), form))
    if fax:
        info["fax"] = _lazy(d, "fax_office", landline_form(g.r, g.landline(AREA), "dash"))
    if mail:
        dom = g.r.choice(["qj.gov.cn", "qingjiang.gov.cn"])
        info["mail"] = _lazy(d, "email_office", f"{g.r.choice(['xxgk', 'jdjb', 'bgs', 'zwgk', 'jubao'])}"
                                           f"{g.r.randint(1, 99)}@{dom}")
    if addr:
        info["addr"] = _lazy(d, "address_office", f"{CITY}{g.r.choice(['临川区', '望湖区'])}"
                                             f"{g.r.choice(['市府路', '行政中心', '政通路'])}{g.r.randint(1, 99)}号")
    return info


def _lazy(d: Doc, typ: str, value: str) -> str:
    d.lazy.append((typ, value))
    return value


def docno(g: Gen, d: Doc, abbr: str, year: int = 2026, kind: str = "") -> str:
    return d.K("doc_number", f"清{abbr}{kind}〔{year}〕{g.r.randint(1, 160)}号")


def official(g: Gen, d: Doc) -> str:
    return d.K("official_name", g.name())


def person(g: Gen, d: Doc, keep: bool = False, kind: str = "") -> str:
    n = g.name(kind)
    return d.K("person_name", n) if keep else d.R("person_name", n)


def relative(g: Gen, d: Doc, of: str) -> str:
    """A child with the parent's surname (redact)."""
    from values import COMPOUND, GIVEN
    if "·" in of:
        return person(g, d)
    sur = of[:2] if of[:2] in COMPOUND else of[:1]
    for _ in range(100):
        n = sur + "".join(g.r.sample(GIVEN, g.r.choice([1, 2])))
        if g.fresh(n):
            g.used.add(n)
            return d.R("person_name", n)
    return person(g, d)


def mobile(g: Gen, d: Doc, form: str | None = None) -> str:
    return d.R("mobile", mobile_form(g.r, g.mobile(), form))


def closing(g: Gen, d: Doc, b: dict, when: dt.date, chinese: bool = False) -> None:
    d.p(b["name"])
    d.p(d.K("date", cn_date(when) if chinese else ymd(when)))


def disclosure_note(d: Doc) -> None:
    d.p(f"（此件{'公开发布' if d.attribute == '主动公开' else d.attribute}）")
