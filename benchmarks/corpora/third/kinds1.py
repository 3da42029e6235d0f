"""Document kinds, part 1: lists (公示/名单)."""
import datetime as dt

import ids
import world
from model import Doc

PUBLIC_NAME_NOTE = ("公示惯例：公示名单中成年受益人的姓名按《最低生活保障审核确认办法》等公示规定予以公开（keep）；"
                    "身份证号、银行卡/一卡通账号、社保卡号、联系电话、详细家庭住址、病种、残疾类别等级一律 redact；"
                    "已脱敏的值（张*华、140902********2416）keep。")
MINOR_NOTE = ("未成年人名单：学生（未成年人）的姓名、出生日期、年级班级按个人信息保护法第28条作为敏感个人信息 redact，"
              "与成年受益人姓名公开的惯例不同。")


import collections

CYCLE = collections.defaultdict(int)


def pick(key, options):
    """deterministic rotation over options across the documents of one run"""
    i = CYCLE[key]
    CYCLE[key] += 1
    return options[i % len(options)]


class Ctx:
    def __init__(self, rng, loc, doc):
        self.rng = rng
        self.loc = loc
        self.doc = doc
        self.names = world.Names(rng)

    # identifiers ----------------------------------------------------------
    def region(self):
        return self.rng.choice(self.loc["codes"])

    def id_raw(self, y0=1942, y1=2000, birth=None, male=None):
        if birth is None:
            birth = ids.rand_date(self.rng, y0, y1)
        k = self.loc["key"]
        if k == "fh":
            reg = "330283" if birth.year < 2017 else "330213"
        elif k == "xf":
            reg = "142201" if birth.year < 1996 and self.rng.random() < 0.4 else "140902"
        else:
            reg = self.region()
        return ids.make_id(self.rng, reg, birth=birth, male=male)

    def pid(self, style=None, y0=1942, y1=2000, birth=None):
        v, b = self.id_raw(y0, y1, birth)
        s = world.fmt_id(self.rng, v, style)
        self.doc.R(s, "id_number")
        return s

    def pname(self, child=False, two=None, kin=None, female=False):
        n = self.names.get(child=child, two=two, surname=kin[0] if kin else None, female=female)
        self.doc.R(n, "person_name")
        return n

    def listname(self):
        n = self.names.get()
        self.doc.K(n, "person_name")
        return n

    def oname(self, two=None):
        n = self.names.get(two=two)
        self.doc.K(n, "official_name")
        return n

    def mob(self, style=None):
        v = world.fmt_mobile(self.rng, ids.make_mobile(self.rng), style)
        self.doc.R(v, "mobile")
        return v

    def home_tel(self):
        v = ids.make_landline(self.rng, self.loc["area"], sep=self.rng.choice(["-", ""]), n=self.loc["tel_len"])
        self.doc.R(v, "landline_private")
        return v

    def otel(self, sep="-"):
        v = ids.make_landline(self.rng, self.loc["area"], sep=sep, n=self.loc["tel_len"])
        self.doc.K(v, "landline_office")
        return v

    def card(self, style=None):
        v = world.fmt_card(self.rng, ids.make_card(self.rng), style)
        self.doc.R(v, "bank_card")
        return v

    def home(self, **kw):
        v = world.home_address(self.rng, self.loc, **kw)
        self.doc.R(v, "address_home")
        return v

    def oaddr(self):
        v = world.office_address(self.rng, self.loc)
        self.doc.K(v, "address_public")
        return v

    def uscc(self, kind="91"):
        v = ids.make_uscc(self.rng, kind, self.loc["cur"])
        self.doc.K(v, "credit_code")
        return v

    def docno(self, s):
        self.doc.K(s, "doc_number")
        return s

    def date(self, d, style="arabic", label=True):
        s = world.cn_date(d, style)
        if label:
            self.doc.K(s, "date")
        return s

    def rdate(self, m0=1, m1=11):
        m = self.rng.randint(m0, m1)
        return dt.date(2026, m, self.rng.randint(1, 28))

    def gov(self):
        return self.loc["gov"]

    def cty(self):
        return self.loc["county"]

    def town(self):
        return self.rng.choice(self.loc["towns"])


def supervise_block(c, unit, d0, days=7):
    d1 = d0 + dt.timedelta(days=days + 2)
    t1 = c.otel()
    t2 = c.otel()
    c.doc.K("12345", "service_number")
    c.doc.p("公示时间：%s至%s。公示期间，如对公示对象有异议，可向%s或%s民政局实名反映。"
            % (c.date(d0), c.date(d1), unit, c.cty()))
    c.doc.p("%s监督电话：%s　　%s民政局监督电话：%s　　政务服务便民热线：12345" % (unit, t1, c.cty(), t2),
            noindent=True)


def sign_block(c, unit, d):
    c.doc.blank()
    c.doc.p(unit, align="right")
    c.doc.p(c.date(d), align="right")


# ----------------------------------------------------------------- 低保
def k_dibao(c, rows=180, variant="A", masked=False, subtotals=True):
    doc = c.doc
    doc.kind = "最低生活保障对象公示"
    doc.attribute = "主动公开"
    town, vils = c.town()
    q = c.rng.choice(["第一季度", "第二季度", "第三季度", "10月份", "2026年度动态管理后"])
    rural = not town.endswith("街道")
    lb = "农村" if rural else "城市"
    doc.title("%s%s2026年%s%s最低生活保障对象%s" % (c.cty(), town, q if not q.startswith("2026") else "",
                                          lb, c.rng.choice(["公示", "名单公示", "审核确认结果公示"])))
    doc.p("根据《最低生活保障审核确认办法》（民发〔2021〕57号）和%s有关规定，经本人申请、入户调查、"
          "民主评议和乡镇（街道）审核，现将%s%s最低生活保障对象名单予以公示，接受社会监督。" % (c.loc["prov"], town, lb))
    d0 = c.rdate()
    if variant == "A":
        hdr = [["序号", c.rng.choice(["所在村（社区）", "村（居）委会", "所属村"]), c.rng.choice(["户主姓名", "户主", "保障对象", "申请人姓名"]),
                c.rng.choice(["身份证号码", "公民身份号码", "身份证号", "证件号码", "身份证件号码"]),
                c.rng.choice(["保障人口", "保障人数", "享受人数"]), c.rng.choice(["月保障金（元）", "月发放金额", "月补差（元）"]), "备注"]]
        merges = []
    elif variant == "B":
        hdr = [["序号", "申请人", "性别", "公民身份号码", "家庭住址", "联系电话", "保障类别", "保障金额"]]
        merges = []
    else:  # merged two-row header
        hdr = [["序号", "户主信息", "", "", "保障情况", "", "所属村组"],
               ["", "姓名", "证件号码", "联系方式", "人数", "月补差额", ""]]
        merges = [(0, 1, 0, 3), (0, 4, 0, 5), (0, 0, 1, 0), (0, 6, 1, 6)]
    body = []
    total_p, total_m, sub_p, sub_m = 0, 0, 0, 0
    vil_cycle = sorted(vils)
    per_vil = max(1, rows // len(vil_cycle))
    n = 0
    for vi, vil in enumerate(vil_cycle):
        cnt = per_vil if vi < len(vil_cycle) - 1 else rows - per_vil * (len(vil_cycle) - 1)
        sub_p = sub_m = 0
        for _ in range(cnt):
            n += 1
            name = c.names.get()
            if masked:
                shown = c.names.masked(name)
                doc.K(shown, "masked_value")
            else:
                shown = name
                doc.K(name, "person_name")
            raw, b = c.id_raw(1940, 1995)
            if masked:
                idv = world.mask_id(raw)
                doc.K(idv, "masked_value")
            else:
                idv = world.fmt_id(c.rng, raw, c.rng.choice(["plain"] * 12 + ["lowx", "stray"]))
                doc.R(idv, "id_number")
            people = c.rng.randint(1, 5)
            money = people * c.rng.choice([420, 455, 480, 510, 530, 585])
            sub_p += people
            sub_m += money
            if variant == "A":
                body.append([str(n), vil, shown, idv, str(people), str(money), c.rng.choice(["", "", "", "新增", "调标"])])
            elif variant == "B":
                sex = "男" if int(raw[16]) % 2 else "女"
                addr = world.home_address(c.rng, c.loc)
                doc.R(addr, "address_home")
                ph = ids.make_mobile(c.rng)
                if masked:
                    ph = world.mask_mobile(ph)
                    doc.K(ph, "masked_value")
                else:
                    doc.R(ph, "mobile")
                body.append([str(n), shown, sex, idv, addr, ph, c.rng.choice(["A类", "B类", "C类"]), "%d.00" % money])
            else:
                ph = ids.make_mobile(c.rng)
                doc.R(ph, "mobile")
                body.append([str(n), shown, idv, ph, str(people), str(money), vil + "%d组" % c.rng.randint(1, 8)])
        total_p += sub_p
        total_m += sub_m
        if subtotals and variant == "A":
            body.append(["", vil + "小计", "", "", str(sub_p), str(sub_m), ""])
    if variant == "A":
        body.append(["合计", "", "%d户" % n, "", str(total_p), str(total_m), ""])
    rows_all = hdr + body
    doc.table(rows_all, header_rows=len(hdr), merges=merges, repeat_header=True)
    unit = town + ("办事处" if town.endswith("街道") else "人民政府")
    supervise_block(c, unit, d0)
    sign_block(c, c.cty() + town + ("办事处" if town.endswith("街道") else "人民政府"), d0)
    doc.note = (PUBLIC_NAME_NOTE if not masked else
                "名单已按规定脱敏（姓名中间字、身份证号中间8位以*代替），全部 keep。") + \
        " 表内有村（社区）小计行和合计行。" * (variant == "A")
    return doc


# ----------------------------------------------------------------- 临时救助
def k_linshi(c, rows=40):
    doc = c.doc
    doc.kind = "临时救助公示"
    doc.attribute = "主动公开"
    doc.title("%s民政局2026年%d月临时救助对象公示" % (c.cty(), c.rng.randint(2, 10)))
    doc.p("按照《国务院关于全面建立临时救助制度的通知》和《%s临时救助实施办法》规定，经个人申请、乡镇（街道）审核、"
          "县民政局审批，对以下遭遇突发性、紧迫性、临时性困难的家庭给予临时救助，现予公示。" % c.loc["prov"])
    hdr = [["序号", "乡镇（街道）", c.rng.choice(["救助对象", "申请人", "收款人"]), c.rng.choice(["身份证号", "公民身份证号", "证件号"]),
            c.rng.choice(["困难原因", "致困原因", "救助事由"]), "救助金额（元）",
            c.rng.choice(["收款账号", "一卡通账号", "银行卡号", "社保卡金融账号"])]]
    reasons_h = ["急性心肌梗死", "脑出血", "胃癌", "重度烧伤", "股骨颈骨折", "急性胰腺炎", "肝硬化"]
    reasons_o = ["房屋失火", "交通事故", "暴雨致房屋受损", "子女就学困难", "务工返乡无收入"]
    body = []
    total = 0
    for i in range(rows):
        t, _ = c.town()
        nm = c.listname()
        idv = c.pid(style=c.rng.choice(["plain"] * 6 + ["stray", "lowx"]), y0=1950, y1=1998)
        if c.rng.random() < 0.55:
            h = c.rng.choice(reasons_h)
            doc.R(h, "health")
            why = "患" + h + "住院治疗"
        else:
            why = c.rng.choice(reasons_o)
        amt = c.rng.choice([1000, 1500, 2000, 3000, 5000, 800])
        total += amt
        acct = c.card(style=c.rng.choice(["plain", "plain", "4s"]))
        body.append([str(i + 1), t, nm, idv, why, str(amt), acct])
    body.append(["合计", "", "", "", "", str(total), ""])
    doc.table(hdr + body, narrow={6: 0.45} if c.rng.random() < 0.5 else None)
    d0 = c.rdate()
    supervise_block(c, c.cty() + "民政局社会救助股", d0, days=5)
    sign_block(c, c.cty() + "民政局", d0)
    doc.note = PUBLIC_NAME_NOTE + " 困难原因中的具体疾病名称作为 health redact；'患…住院治疗'只标病名。"
    return doc


# ----------------------------------------------------------------- 医疗救助
DISEASES = ["尿毒症", "白血病", "乳腺癌", "肺癌", "血友病", "肝癌", "精神分裂症", "系统性红斑狼疮",
            "重症肌无力", "宫颈癌", "耐多药肺结核", "慢性肾功能衰竭"]


def k_yiliao(c, rows=60, sscard=True):
    doc = c.doc
    doc.kind = "医疗救助名单"
    doc.attribute = "主动公开"
    big = c.rng.random() < 0.5
    doc.title("%s2026年度%s救助对象名单公示" % (c.cty(), "城乡居民大病" if big else "重特大疾病医疗"))
    doc.p("根据《%s医疗保障局 %s民政局关于健全重特大疾病医疗保险和救助制度的实施意见》，经审核，以下人员符合%s救助条件，"
          "现将名单公示如下：" % (c.cty(), c.cty(), "大病" if big else "医疗"))
    hdr = [["序号", "姓名", "性别", "身份证号", "病种", "就诊医院", "救助金额（元）", "社会保障卡号" if sscard else "银行账号"]]
    hosp = [c.loc["city"] + "人民医院", c.loc["city"] + "中心医院", c.cty() + "人民医院", c.loc["city"] + "第二人民医院"]
    body = []
    for i in range(rows):
        nm = c.listname()
        raw, b = c.id_raw(1948, 2000)
        idv = world.fmt_id(c.rng, raw, c.rng.choice(["plain"] * 8 + ["4444", "684"]))
        doc.R(idv, "id_number")
        dz = c.rng.choice(DISEASES)
        doc.R(dz, "health")
        if sscard:
            cardno = c.rng.choice("ABCDEFGHJK") + "%08d" % c.rng.randint(0, 99999999)
            doc.R(cardno, "social_security_card")
        else:
            cardno = c.card(style="plain")
        body.append([str(i + 1), nm, "男" if int(raw[16]) % 2 else "女", idv, dz, c.rng.choice(hosp),
                     "%.2f" % (c.rng.randint(800, 30000) + c.rng.choice([0, 0.5, 0.36])), cardno])
    doc.table(hdr + body)
    d0 = c.rdate()
    c.doc.p("公示期：自%s起5个工作日。对公示对象有异议的，请与县医疗保障局待遇保障股联系，联系电话：%s。"
            % (c.date(d0), c.otel()))
    sign_block(c, c.cty() + "医疗保障局", d0)
    doc.note = PUBLIC_NAME_NOTE + " 病种列每个病名 redact（health）。就诊医院名称未标注。"
    return doc


# ----------------------------------------------------------------- 残疾人两项补贴
CAT = {"1": "视力", "2": "听力", "3": "言语", "4": "肢体", "5": "智力", "6": "精神", "7": "多重"}
LVL = {"1": "一级", "2": "二级", "3": "三级", "4": "四级"}


def k_canji(c, rows=80):
    doc = c.doc
    doc.kind = "残疾人两项补贴名单"
    doc.attribute = "主动公开"
    doc.title("%s2026年%s困难残疾人生活补贴和重度残疾人护理补贴发放名单" % (c.cty(), c.rng.choice(["第二季度", "第三季度", "下半年"])))
    doc.p("根据《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号），"
          "经乡镇（街道）初审、县残联和县民政局审核，现将本期补贴发放名单公布如下。")
    doc.K("国发〔2015〕52号", "doc_number")
    hdr = [["序号", "乡镇", "姓名", "残疾人证号", "残疾类别等级", "补贴类型", "发放金额", "持卡人账号"]]
    body = []
    for i in range(rows):
        nm = c.listname()
        raw, b = c.id_raw(1940, 2004)
        cat = c.rng.choice(list(CAT))
        lv = c.rng.choice(["1", "2"]) if c.rng.random() < 0.6 else c.rng.choice(["3", "4"])
        cert = raw + cat + lv
        doc.R(cert, "id_number")
        dis = CAT[cat] + LVL[lv]
        doc.R(dis, "disability")
        typ = "护理补贴" if lv in "12" else "生活补贴"
        if lv in "12" and c.rng.random() < 0.4:
            typ = "生活补贴+护理补贴"
        amt = {"护理补贴": 240, "生活补贴": 180, "生活补贴+护理补贴": 420}[typ]
        t, _ = c.town()
        body.append([str(i + 1), t, nm, cert, dis, typ, str(amt * 3), c.card(style="plain")])
    doc.table(hdr + body, narrow={3: 0.4} if c.rng.random() < 0.6 else None)
    d0 = c.rdate()
    doc.p("咨询电话：%s残疾人联合会 %s；%s民政局 %s。" % (c.cty(), c.otel(), c.cty(), c.otel()))
    sign_block(c, c.cty() + "残疾人联合会　　" + c.cty() + "民政局", d0)
    doc.note = (PUBLIC_NAME_NOTE + " 残疾人证号为18位身份证号加残疾类别、等级两位（20位，标为 id_number redact）；"
                "残疾类别等级（如视力一级）为 disability redact。联合署名。")
    return doc


# ----------------------------------------------------------------- 学生资助
def k_xuesheng(c, rows=70):
    doc = c.doc
    doc.kind = "学生资助名单"
    doc.attribute = "主动公开"
    school = c.cty() + c.rng.choice(["第二实验小学", "城关中学", "第三初级中学", "实验小学", "育才学校"])
    primary = "小学" in school
    doc.title("%s2026年秋季学期家庭经济困难学生%s名单公示" % (school, "生活补助" if c.rng.random() < 0.6 else "资助"))
    doc.p("根据《学生资助资金管理办法》（财教〔2021〕310号）规定，经学生本人（监护人）申请、班级民主评议、学校资助工作领导小组审核，"
          "拟确定以下学生享受义务教育阶段家庭经济困难学生生活补助，现予公示。")
    doc.K("财教〔2021〕310号", "doc_number")
    hdr = [["序号", "学生姓名", "性别", "出生日期", "年级班级", "学籍号/身份证号", "资助档次", "金额（元）"]]
    body = []
    for i in range(rows):
        nm = c.pname(child=True)
        GN = "〇一二三四五六七八九"
        if primary:
            b = world.ids.rand_date(c.rng, 2015, 2019)
            g = 2026 - b.year - 6 + (1 if b.month < 9 else 0)
            g = min(6, max(1, g))
            grade = GN[g] + "年级（%d）班" % c.rng.randint(1, 6)
        else:
            b = world.ids.rand_date(c.rng, 2011, 2013)
            g = min(9, max(7, 2026 - b.year - 6 + (1 if b.month < 9 else 0)))
            grade = GN[g] + "年级%d班" % c.rng.randint(1, 10)
        bs = b.strftime(c.rng.choice(["%Y-%m-%d", "%Y.%m.%d"]) if i == 0 or True else "")
        doc.R(bs, "minor")
        doc.R(grade, "minor")
        raw, _ = c.id_raw(birth=b)
        idv = "G" + raw if c.rng.random() < 0.3 else raw
        doc.R(idv, "id_number")
        tier = c.rng.choice(["一档", "二档"])
        amt = {"一档": "625", "二档": "500"}[tier] if primary else {"一档": "750", "二档": "625"}[tier]
        body.append([str(i + 1), nm, "男" if int(raw[16]) % 2 else "女", bs, grade, idv, tier, amt])
    doc.table(hdr + body)
    d0 = c.rdate(8, 11)
    doc.p("公示期5个工作日。如有异议，请与学校资助办联系，电话：%s。" % c.otel())
    sign_block(c, school, d0)
    doc.note = MINOR_NOTE + " 学籍号为G加身份证号，整体标为 id_number redact。"
    return doc


# ----------------------------------------------------------------- 征收补偿
def k_zhengshou(c, rows=45):
    doc = c.doc
    doc.kind = "征收补偿公示"
    doc.attribute = "主动公开"
    road = c.rng.choice(c.loc["roads"])
    proj = "%s%s片区棚户区改造项目" % (c.cty(), road)
    doc.title("%s房屋征收分户补偿情况公示" % proj)
    no = c.docno("%s征补〔2026〕%d号" % (c.loc["abbr"], c.rng.randint(3, 40)))
    doc.p("依据《国有土地上房屋征收与补偿条例》第二十九条和%s人民政府房屋征收决定（%s），现将%s分户补偿情况公布如下：" %
          (c.cty(), no, proj))
    hdr = [["序号", "地块/户号", "被征收人", "身份证号码", "合法建筑面积（㎡）", "补偿总额（元）", "开户行", "收款账号"]]
    body = []
    old_used = 0
    for i in range(rows):
        nm = c.listname()
        if c.rng.random() < 0.1:
            v, _ = ids.make_id15(c.rng, {"xf": "142201"}.get(c.loc["key"], c.loc["codes"][0]))
            doc.R(v, "old_id_number")
            idv = v
            old_used += 1
        else:
            idv = c.pid(style="plain", y0=1938, y1=1990)
        area = c.rng.randint(38, 160) + c.rng.choice([0.12, 0.5, 0.86, 0.0])
        amt = int(area * c.rng.randint(4200, 6800))
        body.append([str(i + 1), "%s-%02d" % (c.rng.choice("ABCD"), i + 1), nm, idv, "%.2f" % area, "{:,}".format(amt),
                     c.loc["bank"] + c.rng.choice(["城区支行", "营业部", "东城支行"]), c.card(style="plain")])
    doc.table(hdr + body)
    d0 = c.rdate()
    doc.p("本公示张贴于征收范围内并在区政府门户网站公布。征收实施单位：%s房屋征收与补偿服务中心，地址：%s，联系电话：%s。" %
          (c.cty(), c.oaddr(), c.otel()))
    sign_block(c, c.cty() + "房屋征收与补偿服务中心", d0)
    doc.note = PUBLIC_NAME_NOTE + (" 少数被征收人仍登记15位旧身份证号（old_id_number，列名为身份证号码）。" if old_used else "")
    return doc


# ----------------------------------------------------------------- 耕地地力保护补贴 (xlsx/csv)
def k_gengdi(c, rows=150, header_style=0):
    doc = c.doc
    doc.kind = "耕地地力保护补贴发放清册"
    doc.attribute = "主动公开"
    town, vils = c.town()
    doc.title("%s%s2026年耕地地力保护补贴发放公示清册" % (c.cty(), town))
    if header_style == 0:
        hdr = [["序号", "村名", "户主姓名", "身份证号码", "惠农一卡通账号", "补贴面积（亩）", "补贴标准（元/亩）", "补贴金额（元）", "联系电话"]]
    else:
        hdr = [["编号", "所属村", "收款人", "证件号", "涉农补贴资金账户", "确权面积", "单价", "应发金额", "手机"]]
    body = []
    tot = 0.0
    for i in range(rows):
        nm = c.listname()
        idv = c.pid(style="plain", y0=1940, y1=1990)
        raw_card = ids.make_card(c.rng, prefix=c.rng.choice(["623668", "621779", "622991"]), length=19)
        doc.R(raw_card, "bank_card")
        a = round(c.rng.uniform(1.2, 18.0), 2)
        price = 106.5
        tot += a * price
        ph = ids.make_mobile(c.rng)
        doc.R(ph, "mobile")
        body.append([str(i + 1), c.rng.choice(vils), nm, idv, raw_card, "%.2f" % a, "%.1f" % price, "%.2f" % (a * price), ph])
    body.append(["合计", "", "", "", "", "", "", "%.2f" % tot, ""])
    doc.table(hdr + body)
    doc.p("监督电话：%s" % c.otel())
    doc.note = PUBLIC_NAME_NOTE + " 电子表格，电话列可能以数字单元格存储。"
    return doc


# ----------------------------------------------------------------- 高龄津贴 (properly masked)
def k_gaoling(c, rows=120):
    doc = c.doc
    doc.kind = "高龄津贴发放名单"
    doc.attribute = "主动公开"
    town, vils = c.town()
    doc.title("%s%s2026年%d月高龄老人津贴发放名单" % (c.cty(), town, c.rng.randint(1, 10)))
    doc.p("根据%s高龄津贴制度有关规定，经审核，现将本月80周岁以上高龄老人津贴发放情况公布如下（已按规定对个人信息作脱敏处理）：" % c.loc["prov"])
    hdr = [["序号", "村（社区）", "姓名", "身份证号", "年龄", "津贴标准（元/月）", "银行卡号"]]
    body = []
    for i in range(rows):
        nm = c.names.masked(c.names.get())
        doc.K(nm, "masked_value")
        raw, b = c.id_raw(1920, 1946)
        m = world.mask_id(raw)
        doc.K(m, "masked_value")
        age = 2026 - b.year
        card = ids.make_card(c.rng)
        mc = card[:6] + "******" + card[-4:]
        doc.K(mc, "masked_value")
        body.append([str(i + 1), c.rng.choice(vils), nm, m, str(age), "100" if age < 90 else "200" if age < 100 else "500", mc])
    doc.table(hdr + body)
    d0 = c.rdate()
    doc.p("联系电话：%s" % c.otel())
    sign_block(c, c.cty() + town + ("办事处" if town.endswith("街道") else "人民政府"), d0)
    doc.note = "全部值已按规定脱敏（姓名、身份证号、银行卡号），应全部保留；用于测过度删除。"
    return doc
