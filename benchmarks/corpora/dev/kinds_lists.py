"""公示 lists: 救助, 低保, 医疗救助, 残疾人补贴, 学生资助, 惠农补贴, 高龄津贴, 征收补偿, 公益性岗位.

Each list is one table; the options choose header wording, merged two-level headers, a title
row inside the table, subtotal rows, masking, narrow cells that break an ID over two lines, and
how identifiers were typed.
"""
from __future__ import annotations

import datetime as dt

import cnids
from corpus_base import (CITIES, Doc, contact_block, d_cn, doc_no, fmt_card, fmt_id, fmt_mobile, home_address,
                         make_body, rand_date)
from kinds_letters import DISEASES
from render import Table

DISAB = [("视力", "视力残疾"), ("听力", "听力残疾"), ("言语", "言语残疾"), ("肢体", "肢体残疾"), ("智力", "智力残疾"),
         ("精神", "精神残疾")]
GRADES = ["一级", "二级", "三级", "四级"]


class Person:
    def __init__(self, d: Doc, city, dist, child=False, y0=1940, y1=2000):
        R = d.rng
        self.female = R.random() < 0.5
        self.name = d.person(female=self.female, child=child)
        born = cnids.birth_date(R, 2008, 2020) if child else cnids.birth_date(R, y0, y1)
        self.idn = cnids.id18(R, code=city.districts[dist][0] if R.random() < 0.85 else None, born=born,
                              male=not self.female)
        self.town = R.choice(city.districts[dist][1])
        self.village = R.choice(__import__("corpus_base").VILLAGES)
        self.group = f"{R.randint(1, 9)}组"
        self.addr = home_address(R, city, dist)
        self.mobile = cnids.mobile(R)
        self.card, self.bank = cnids.bank_card(R)
        self.age = cnids.age_on(self.idn, dt.date(2026, 11, 1))


def _id_cell(d: Doc, p: Person, style_mix: dict, break_ok: bool) -> str:
    R = d.rng
    styles = list(style_mix)
    st = R.choices(styles, weights=[style_mix[s] for s in styles])[0]
    if st == "lowerx" and not p.idn.endswith("X"):
        st = "plain"
    if st == "break" and not break_ok:
        st = "plain"
    shown = fmt_id(R, p.idn, st)
    d.r("id_number", shown)
    return shown


def _issuer(d: Doc, kind: str):
    R = d.rng
    city = R.choice(CITIES)
    dist = R.choice(list(city.districts))
    town = R.choice(city.districts[dist][1])
    return city, dist, town


def _finish(d: Doc, body, town_or_body: str, date: dt.date, phone_label="监督电话", with_mail=False) -> None:
    d.k("landline_office", body.phone)
    d.p(f"公示期为{d_cn(date)}至{d_cn(date + dt.timedelta(days=6))}，共7天。公示期间，如有异议，请向{town_or_body}"
        f"反映，{phone_label}：{body.phone}。")
    if with_mail:
        d.k("email_office", body.email)
        d.p(f"也可通过电子邮件向{body.email}实名反映，我们将依法保护举报人信息。")
    d.p(town_or_body, "right")
    d.p(d_cn(date), "right")
    d.k("date", d_cn(date))


def relief_list(d: Doc, var: dict) -> None:
    """临时救助 / 低保 / 特困 公示 with unmasked identifiers (or masked when var['masked'])."""
    R = d.rng
    city, dist, town = _issuer(d, "relief")
    prog = var.get("program", "临时救助")
    masked = var.get("masked", False)
    n = var.get("rows", 160)
    issuer = f"{city.name}{dist}{town}人民政府" if R.random() < 0.5 else f"{city.name}{dist}民政局"
    body = make_body(R, city, issuer, "x", dist, email_public=True)
    date = rand_date(R, dt.date(2026, 4, 1), dt.date(2026, 11, 20))
    d.attribute = "主动公开"
    month = date.month - 1 or 1
    d.p(f"{issuer}关于2026年{month}月份{prog}对象的公示", "title")
    d.p(f"根据《社会救助暂行办法》和{city.prov}{'临时救助' if prog == '临时救助' else '最低生活保障'}有关规定，经个人申请、"
        f"入户调查、民主评议和审核，现将2026年{month}月份拟{'给予' + prog if prog == '临时救助' else '纳入' + prog}的对象名单公示如下：")
    hdr_name = var.get("hdr_name") or R.choice(["户主姓名", "申请人", "救助对象", "姓名", "户主"])
    hdr_id = var.get("hdr_id") or R.choice(["身份证号码", "公民身份号码", "身份证号", "证件号码"])
    hdr_card = var.get("hdr_card") or R.choice(["银行账号", "一卡通账号", "社会保障卡号", "收款账号", "惠农卡号"])
    cols = ["序号", hdr_name, "性别", hdr_id, "所在村（社区）", "保障人数" if prog != "临时救助" else "救助事由",
            "金额（元）", hdr_card]
    if var.get("with_phone"):
        cols.append(var.get("hdr_phone", "联系电话"))
    if var.get("with_addr"):
        cols.append(var.get("hdr_addr", "家庭住址"))
    rows = []
    merges = []
    header_rows = 1
    if var.get("two_level"):
        top = ["序号", "救助对象基本情况", "", "", "", "救助情况", "", "发放信息"] + [""] * (len(cols) - 8)
        rows.append(top)
        rows.append(["", hdr_name, "性别", hdr_id, "所在村（社区）", cols[5], "金额（元）", hdr_card] + cols[8:])
        merges += [(0, 0, 1, 0), (0, 1, 0, 4), (0, 5, 0, 6), (0, 7, 0, len(cols) - 1)]
        header_rows = 2
    else:
        rows.append(cols)
    total = 0
    sub = 0
    reasons = ["因病致困", "因灾致困", "意外事故", "子女就学", "突发重大疾病", "家庭成员死亡", "失业"]
    person_cache = []
    for i in range(n):
        p = Person(d, city, dist)
        person_cache.append(p)
        if masked:
            nm = cnids.mask_name(p.name)
            d.k("masked_value", nm)
            idc = cnids.mask_id(p.idn)
            d.k("masked_value", idc)
            card = p.card[:4] + "*" * (len(p.card) - 8) + p.card[-4:]
            d.k("masked_value", card)
        else:
            nm = d.r("person_name", p.name)
            idc = _id_cell(d, p, var.get("id_styles", {"plain": 20, "4442": 1, "stray": 1, "fullwidth": 1,
                                                         "lowerx": 2, "break": 0}), break_ok=var.get("break_ok", False))
            card = fmt_card(R, p.card, R.choice(var.get("card_styles", ["plain", "plain", "plain", "space"])))
            d.r("bank_card" if "社会保障" not in hdr_card else "social_security_card", card)
        amt = R.choice([300, 500, 800, 1000, 1500, 2000, 3000]) if prog == "临时救助" else R.randint(2, 12) * 60
        total += amt
        sub += amt
        vil = p.village if not p.town.endswith("街道") else R.choice(__import__("corpus_base").COMMUNITIES)
        row = [str(i + 1), nm, "女" if p.female else "男", idc, vil,
               R.choice(reasons) if prog == "临时救助" else f"{R.randint(1, 5)}人", f"{amt}", card]
        if var.get("with_phone"):
            m = fmt_mobile(R, p.mobile, "plain") if not masked else cnids.mask_mobile(p.mobile)
            d.v("mobile" if not masked else "masked_value", m, "redact" if not masked else "keep")
            row.append(m)
        if var.get("with_addr"):
            a = p.addr if not masked else p.addr[:p.addr.find("区") + 1 if "区" in p.addr else 6] + "***"
            if masked:
                d.k("masked_value", a)
            else:
                d.r("address_home", a)
            row.append(a)
        rows.append(row)
        if var.get("subtotal_every") and (i + 1) % var["subtotal_every"] == 0 and i + 1 < n:
            rows.append(["", "小计", "", "", "", "", f"{sub}", ""] + [""] * (len(cols) - 8))
            sub = 0
    rows.append(["合计", "", "", "", "", f"{n}户", f"{total}", ""] + [""] * (len(cols) - 8))
    merges.append((len(rows) - 1, 0, len(rows) - 1, 4))
    d.k("amount", f"{total}")
    widths = [0.6, 1.1, 0.5, 2.4 if not var.get("narrow_id") else 1.3, 1.3, 1.0, 0.8, 2.4 if not var.get("narrow_id") else 1.6]
    widths += [1.6] * (len(cols) - 8)
    d.t(Table(rows, header_rows=header_rows, merges=merges, widths=widths, font_size=var.get("fs", 9),
              lines=var.get("lines", True)))
    if masked:
        d.note += "名单已按规范去标识化（姓名、身份号码、卡号遮盖），遮盖后的值均为 keep。"
    else:
        d.note += "名单未作去标识化：姓名、身份号码、卡号等均须删除或遮盖（网上公示应去标识化）。"
    if var.get("narrow_id"):
        d.note += "PDF 窄列中身份号码和卡号会折成两行，value 为去掉换行后的字符。"
    _finish(d, body, issuer, date, with_mail=True)


def medical_list(d: Doc, var: dict) -> None:
    """医疗救助 / 大病救助 名单: the disease column is sensitive."""
    R = d.rng
    city, dist, town = _issuer(d, "med")
    issuer = f"{city.name}{dist}医疗保障局"
    body = make_body(R, city, issuer, dist[:1] + "医保", dist)
    date = rand_date(R, dt.date(2026, 3, 1), dt.date(2026, 11, 20))
    d.attribute = "主动公开"
    q = (date.month - 1) // 3 or 1
    d.p(f"{issuer}关于2026年第{['一', '二', '三', '四'][q - 1]}季度{var.get('prog', '城乡居民大病医疗救助')}对象的公示", "title")
    d.p(f"根据《{city.prov}医疗救助办法》，经申请、审核，现将2026年第{['一', '二', '三', '四'][q - 1]}季度拟救助对象名单公示如下：")
    cols = ["序号", var.get("hdr_name", "患者姓名"), "性别", var.get("hdr_id", "身份证号"), "乡镇（街道）",
            var.get("hdr_dis", "疾病名称"), "政策范围内自付费用（元）", "救助金额（元）", var.get("hdr_acct", "开户行"),
            var.get("hdr_card", "账号")]
    rows = [cols]
    n = var.get("rows", 120)
    tot = 0
    for i in range(n):
        p = Person(d, city, dist)
        d.r("person_name", p.name)
        idc = _id_cell(d, p, {"plain": 12, "684": 1, "double": 1}, False)
        dis = R.choice(DISEASES)
        d.r("health", dis)
        own = R.randint(8000, 160000)
        aid = int(own * R.choice([0.5, 0.6, 0.7]) // 10 * 10)
        tot += aid
        card = fmt_card(R, p.card, R.choice(["plain", "plain", "space"]))
        d.r("bank_card", card)
        rows.append([str(i + 1), p.name, "女" if p.female else "男", idc, p.town, dis, f"{own}", f"{aid}", p.bank, card])
    rows.append(["合计", "", "", "", "", "", "", f"{tot}", "", ""])
    d.k("amount", f"{tot}")
    d.t(Table(rows, merges=[(n + 1, 0, n + 1, 6)], widths=[0.5, 1, 0.5, 2.2, 1.2, 1.5, 1.2, 1, 1.6, 2.4], font_size=8))
    d.note += "疾病名称属于敏感个人信息（health, redact）。"
    _finish(d, body, issuer, date)


def disability_list(d: Doc, var: dict) -> None:
    R = d.rng
    city, dist, town = _issuer(d, "dis")
    issuer = f"{city.name}{dist}残疾人联合会" if R.random() < 0.5 else f"{city.name}{dist}{town}人民政府"
    body = make_body(R, city, issuer, "x", dist)
    date = rand_date(R, dt.date(2026, 3, 1), dt.date(2026, 11, 20))
    d.attribute = "主动公开"
    d.p(f"{town}2026年困难残疾人生活补贴和重度残疾人护理补贴发放名单公示", "title")
    d.p(f"根据《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》及{city.prov}实施办法，现将{town}"
        f"2026年{date.month}月残疾人两项补贴发放名单公示如下：")
    cols = ["序号", var.get("hdr_name", "持证人"), var.get("hdr_cert", "残疾人证号"), "残疾类别", "残疾等级", "生活补贴（元）",
            "护理补贴（元）", var.get("hdr_card", "一卡通账号"), var.get("hdr_phone", "监护人电话")]
    rows = [cols]
    n = var.get("rows", 110)
    for i in range(n):
        p = Person(d, city, dist)
        d.r("person_name", p.name)
        cat = R.randint(1, 6)
        grade = R.randint(1, 4)
        cert = p.idn + f"{cat}{grade}"
        if var.get("cert_lower") and cert[17] == "X":
            cert = cert[:17] + "x" + cert[18:]
        d.r("id_number", cert)
        d.r("disability", DISAB[cat - 1][1])
        d.r("disability", GRADES[grade - 1])
        life = 100 if R.random() < 0.6 else 0
        care = 100 if grade <= 2 else 0
        card = fmt_card(R, cnids.bank_card(R, "621779")[0], "plain")
        d.r("bank_card", card)
        m = p.mobile
        d.r("mobile", m)
        rows.append([str(i + 1), p.name, cert, DISAB[cat - 1][1], GRADES[grade - 1], str(life) if life else "—",
                     str(care) if care else "—", card, m])
    d.t(Table(rows, widths=[0.5, 1, 2.6, 1, 0.8, 0.8, 0.8, 2.4, 1.6], font_size=8))
    d.note += ("残疾人证号为 18 位身份号码加残疾类别、等级两位（20 位），整体标为 id_number；残疾类别和等级标为 disability"
               "（敏感个人信息，value 为单元格文字，同一文字在文中多次出现只列一次）。")
    _finish(d, body, issuer, date)


def student_list(d: Doc, var: dict) -> None:
    R = d.rng
    city, dist, town = _issuer(d, "stu")
    school = f"{city.name}{dist}{R.choice(['实验小学', '第二中学', '育才中学', '城关小学', '第三初级中学'])}"
    body = make_body(R, city, school, "x", dist)
    date = rand_date(R, dt.date(2026, 3, 1), dt.date(2026, 11, 20))
    d.attribute = "主动公开"
    sub = var.get("sub", "资助")
    if sub == "资助":
        d.p(f"{school}2026年秋季学期家庭经济困难学生生活补助拟资助名单公示", "title")
        d.p("根据义务教育阶段家庭经济困难学生生活补助政策，经学生申请、班级评议、学校审核，现将拟资助学生名单公示如下：")
        cols = ["序号", "学生姓名", "年级", "班级", var.get("hdr_id", "学籍号（身份证号）"), "困难类型", "监护人",
                "监护人联系电话", "补助金额（元）"]
    else:
        d.p(f"{school}2026年秋季一年级新生入学名单", "title")
        d.p("根据《{0}2026年义务教育阶段学校招生入学工作方案》，经审核入学资格，现将我校2026年秋季一年级新生名单公布如下：".format(
            f"{city.name}{dist}"))
        cols = ["序号", "姓名", "性别", "出生日期", "身份证号", "家长姓名", "家庭住址", "联系电话"]
    rows = [cols]
    n = var.get("rows", 90)
    for i in range(n):
        kid = Person(d, city, dist, child=True)
        parent = d.person()
        d.r("person_name", kid.name)
        d.r("person_name", parent)
        idc = _id_cell(d, kid, {"plain": 10, "stray": 1}, False)
        m = kid.mobile
        d.r("mobile", m)
        if sub == "资助":
            g = R.choice(["一年级", "二年级", "三年级", "四年级", "五年级", "六年级"])
            rows.append([str(i + 1), kid.name, g, f"（{R.randint(1, 6)}）班", idc,
                         R.choice(["建档立卡户", "低保家庭", "特困供养", "残疾学生", "家庭经济困难"]), parent, m,
                         str(R.choice([500, 625, 750]))])
        else:
            b = f"{kid.idn[6:10]}-{kid.idn[10:12]}-{kid.idn[12:14]}"
            a = kid.addr
            d.r("address_home", a)
            rows.append([str(i + 1), kid.name, "女" if kid.female else "男", b, idc, parent, a, m])
    d.t(Table(rows, widths=[0.5, 1, 0.8, 0.8, 2.3, 1.2, 1, 1.6, 0.8] if sub == "资助" else [0.5, 1, 0.5, 1.2, 2.3, 1, 3, 1.6],
              font_size=8))
    d.note += "名单中的学生均为未成年人（minor 信息见姓名、身份号码）；年级列未单独标注。"
    d.k("landline_office", body.phone)
    d.p(f"公示期5个工作日。如有异议，请与学校政教处联系，电话：{body.phone}。")
    d.p(school, "right")
    d.p(d_cn(date), "right")


def farm_subsidy(d: Doc, var: dict) -> None:
    """耕地地力保护补贴 / 惠民惠农一卡通 发放清册 (usually a spreadsheet)."""
    R = d.rng
    city, dist, town = _issuer(d, "farm")
    d.attribute = "主动公开"
    vill = R.choice(__import__("corpus_base").VILLAGES)
    title = var.get("title") or f"{town}{vill}2026年耕地地力保护补贴发放花名册"
    d.title = title
    hdr = var.get("headers") or ["序号", "户主姓名", "身份证号码", "承包面积（亩）", "补贴面积（亩）", "补贴标准（元/亩）",
                                  "补贴金额（元）", "一卡通账号", "开户银行", "联系电话"]
    rows = [hdr]
    tot = 0.0
    n = var.get("rows", 180)
    std = R.choice(["98.50", "112.40", "86.30"])
    for i in range(n):
        p = Person(d, city, dist, y0=1938, y1=1990)
        d.r("person_name", p.name)
        idn = p.idn
        if var.get("old15") and i % 37 == 5:
            idn = cnids.id15(R, city.districts[dist][0])
            d.r("old_id_number", idn)
        else:
            d.r("id_number", idn)
        area = round(R.uniform(1.2, 14.0), 2)
        amt = round(area * float(std), 2)
        tot += amt
        c, bank = cnids.bank_card(R, R.choice(["621779", "623158", "623059"]))
        d.r("bank_card", c)
        m = p.mobile
        d.r("mobile", m)
        rows.append([str(i + 1), p.name, idn, f"{area:.2f}", f"{area:.2f}", std, f"{amt:.2f}", c, bank, m])
        if var.get("mid_total") and i + 1 == n // 2:
            rows.append(["", "本页小计", "", "", "", "", f"{tot:.2f}", "", "", ""])
    rows.append(["合计", "", "", "", "", "", f"{tot:.2f}", "", "", ""])
    d.k("amount", f"{tot:.2f}")
    d.t(Table(rows, widths=[0.6, 1, 2.4, 1, 1, 1, 1.2, 2.6, 2, 1.6]))
    notes = [f"制表单位：{town}农业综合服务中心　　审核人：　　制表日期：2026年{R.randint(4, 10)}月"]
    d.sheet = {"title": title, "notes": notes, "sheet": vill}
    d.note += "表格文件（format_extra）。身份号码和一卡通账号以文本单元格保存。"
    if var.get("old15"):
        d.note += "少数老人仍登记 15 位旧身份证号（old_id_number）。"


def elderly_allowance(d: Doc, var: dict) -> None:
    R = d.rng
    city, dist, town = _issuer(d, "old")
    d.attribute = "主动公开"
    title = f"{city.name}{dist}2026年{R.randint(5, 10)}月高龄津贴发放名单"
    d.title = title
    hdr = ["序号", "乡镇", "村（社区）", "老人姓名", "性别", "出生年月", "年龄", var.get("hdr_id", "身份证件号码"),
           "津贴标准", var.get("hdr_card", "社保卡号"), "代领人", "代领人电话"]
    rows = [hdr]
    n = var.get("rows", 150)
    for i in range(n):
        p = Person(d, city, dist, y0=1925, y1=1946)
        d.r("person_name", p.name)
        d.r("id_number", p.idn)
        sc = cnids.social_card(R)
        d.r("social_security_card", sc)
        proxy = d.person()
        d.r("person_name", proxy)
        pm = p.mobile
        d.r("mobile", pm)
        std = "100" if p.age < 90 else "200" if p.age < 100 else "500"
        rows.append([str(i + 1), p.town, p.village, p.name, "女" if p.female else "男", f"{p.idn[6:10]}.{p.idn[10:12]}",
                     str(p.age), p.idn, std, sc, proxy, pm])
    d.t(Table(rows, widths=[0.5, 1, 1, 1, 0.5, 1, 0.5, 2.4, 0.7, 1.4, 1, 1.6]))
    d.sheet = {"title": title, "notes": [f"{city.name}{dist}民政局"], "sheet": "高龄津贴"}
    d.note += "社会保障卡卡号（非身份号码的地方卡号）标为 social_security_card。"


def expropriation_list(d: Doc, var: dict) -> None:
    R = d.rng
    city, dist, town = _issuer(d, "zs")
    issuer = f"{city.name}{dist}房屋征收与补偿办公室" if R.random() < 0.5 else f"{city.name}{dist}人民政府"
    body = make_body(R, city, issuer, "x", dist)
    date = rand_date(R, dt.date(2026, 3, 1), dt.date(2026, 11, 20))
    proj = f"{R.choice(['滨河西路', '文昌街', '长兴街', '育才路'])}{R.choice(['拓宽改造', '棚户区改造', '片区更新'])}项目"
    site = f"{city.name}{dist}{proj[:3]}以东、{R.choice(['人民路', '新华路', '光明路'])}以北"
    d.k("address_public", site)
    d.attribute = "主动公开"
    d.p(f"关于{proj}房屋征收分户补偿情况的公示", "title")
    d.p(f"根据《国有土地上房屋征收与补偿条例》第二十九条和《{dist}{proj}房屋征收补偿方案》，现将{proj}（征收范围：{site}）"
        f"已签约被征收人分户补偿情况公示如下：")
    cols = ["序号", "被征收人", "身份证号码", "房屋坐落", "合法面积（㎡）", "补偿方式", "补偿金额（元）", "收款账户"]
    rows = [cols]
    n = var.get("rows", 60)
    tot = 0
    for i in range(n):
        p = Person(d, city, dist, y0=1940, y1=1985)
        d.r("person_name", p.name)
        idc = _id_cell(d, p, {"plain": 10, "684h": 1}, False)
        loc = f"{proj[:3]}{R.randint(1, 200)}号{R.choice(['', '院内', '东院', '2号楼'])}"
        d.r("address_home", loc)
        area = round(R.uniform(40, 180), 2)
        amt = int(area * R.randint(5200, 7800))
        tot += amt
        mode = R.choice(["货币补偿", "产权调换", "货币补偿"])
        card = fmt_card(R, p.card, "plain")
        d.r("bank_card", card)
        rows.append([str(i + 1), p.name, idc, loc, f"{area:.2f}", mode, f"{amt}", card])
    rows.append(["合计", "", "", "", "", "", f"{tot}", ""])
    d.k("amount", f"{tot}")
    d.t(Table(rows, merges=[(n + 1, 0, n + 1, 5)], widths=[0.5, 1, 2.4, 2.2, 1, 1, 1.3, 2.4], font_size=8.5))
    d.note += "分户补偿情况依条例在征收范围内公布；网上公开时被征收人的身份号码、账户、门牌须删除，征收范围（道路）是公共地址。"
    _finish(d, body, issuer, date, phone_label="咨询电话")


def public_post_list(d: Doc, var: dict) -> None:
    """公益性岗位 / 就业见习 补贴 公示 (reportlab PDF or spreadsheet)."""
    R = d.rng
    city, dist, town = _issuer(d, "job")
    issuer = f"{city.name}{dist}人力资源和社会保障局"
    body = make_body(R, city, issuer, dist[:1] + "人社", dist)
    date = rand_date(R, dt.date(2026, 3, 1), dt.date(2026, 11, 20))
    d.attribute = "主动公开"
    d.p(f"{issuer}关于2026年第{R.randint(2, 4)}批公益性岗位补贴拟发放人员名单的公示", "title")
    d.p("根据就业补助资金管理有关规定，现将用人单位申报、经审核符合条件的公益性岗位补贴人员名单予以公示：")
    cols = ["序号", "姓名", "身份证号", "就业困难人员类别", "安置单位", "岗位", "社保补贴（元）", "岗位补贴（元）", "社会保障卡号"]
    rows = [cols]
    n = var.get("rows", 70)
    for i in range(n):
        p = Person(d, city, dist, y0=1968, y1=1998)
        d.r("person_name", p.name)
        d.r("id_number", p.idn)
        cat = R.choice(["零就业家庭成员", "大龄失业人员", "登记失业一年以上人员", "残疾人", "脱贫劳动力", "刑满释放人员"])
        if cat == "残疾人":
            d.r("disability", cat)
        if cat == "刑满释放人员":
            d.r("criminal_record", cat)
        unit = f"{p.town}{R.choice(['综合便民服务中心', '卫生院', '中心学校', '社区服务站'])}"
        d.k("other_public", unit)
        sc = cnids.social_card(R)
        d.r("social_security_card", sc)
        rows.append([str(i + 1), p.name, p.idn, cat, unit, R.choice(["保洁", "护林", "治安协管", "公共管理辅助"]),
                     f"{R.randint(3, 9) * 100 + 26}", f"{R.choice([900, 1200, 1500])}", sc])
    d.t(Table(rows, widths=[0.5, 1, 2.3, 1.6, 2, 1, 0.9, 0.9, 1.3], font_size=8))
    d.note += "就业困难人员类别中的“残疾人”“刑满释放人员”属敏感个人信息。"
    if var.get("sheet"):
        d.title = d.blocks[0].text
        d.sheet = {"title": d.title, "notes": [], "sheet": "公益岗"}
        return
    _finish(d, body, issuer, date)
