#!/usr/bin/env python3
"""Corpus E (fifth): 80 fictitious government documents with labels.json.

    python generate.py OUTDIR [--seed N]

Every person, company, number and address is invented (check digits are valid so that the
values look real).  Labelling conventions and their legal basis: README.md.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import values as V  # noqa: E402
from render import WRITERS  # noqa: E402

# ------------------------------------------------------------------ legal bases used in labels
B_PRIV = "《政府信息公开条例》第十五条（个人隐私）"
B_SENS = "《个人信息保护法》第二十八条（敏感个人信息）；《政府信息公开条例》第十五条"
B_MINOR = "《个人信息保护法》第二十八条、第三十一条（不满十四周岁）；《未成年人保护法》"
B_FIN = "《个人信息保护法》第二十八条（金融账户）；《政府信息公开条例》第十五条"
B_OFFICIAL = "履行职务的公职人员姓名属职务信息，非个人隐私（《政府信息公开条例》第二十条第一项）"
B_CONTACT = "机关对外联系方式依《政府信息公开条例》第十二条、第二十条公开"
B_ENF = "执法人员姓名及执法证号依《行政处罚法》第四十二条、第五十五条须向当事人出示，属职务信息"
B_CO = "市场主体登记信息依《企业信息公示暂行条例》第六条公示"
B_PEN = "《行政处罚法》第四十八条；法人名称、统一社会信用代码、法定代表人依《市场监督管理行政处罚信息公示规定》公示"
B_PROC = "《政府采购法实施条例》第四十三条；财政部令第87号第六十九条（中标结果公告含供应商名称、地址、评审专家名单）"
B_DIBAO = "《最低生活保障审核确认办法》（民发〔2021〕57号）：公示申请人姓名、家庭成员数量、保障金额"
B_RELIEF = "《社会救助暂行办法》及民政部特困、临时救助审核确认办法：公示救助对象姓名、救助金额"
B_SUBSIDY = "惠农补贴“一卡通”管理要求：公示补贴对象姓名、补贴面积和金额"
B_APPT = "《党政领导干部选拔任用工作条例》任前公示、任免决定依法公布"
B_HIRE = "《事业单位公开招聘人员暂行规定》拟聘人员须公示"
B_AWARD = "表彰奖励决定依法公开，受表彰者姓名为公示内容"
B_SCHOL = "《学生资助资金管理办法》（财教〔2021〕310号）：国家奖学金评审结果须公示"
B_GOVCAR = "机关国有资产（公务用车）处置公告须列明车辆信息，非个人信息"
B_LIC = "《行政许可法》第四十条：准予行政许可的决定应当公开"


class Doc:
    def __init__(self, kind: str, fmt: str, attribute: str, note: str = ""):
        self.kind, self.fmt, self.attribute, self.note = kind, fmt, attribute, note
        self.items: list[dict] = []
        self.blocks: list[tuple] = []
        self.header = self.footer = ""
        self.corner: list[str] = []
        self.opts: dict = {}
        self.marking = None
        self.format_extra = False

    def R(self, t, v, basis=B_PRIV):
        self.items.append({"type": t, "value": v, "expect": "redact", "basis": basis})
        return v

    def K(self, t, v, basis):
        self.items.append({"type": t, "value": v, "expect": "keep", "basis": basis})
        return v

    def title(self, t): self.blocks.append(("title", t))
    def sub(self, t): self.blocks.append(("sub", t))
    def p(self, t): self.blocks.append(("p", t))
    def left(self, t): self.blocks.append(("left", t))
    def right(self, t): self.blocks.append(("right", t))

    def table(self, rows, head=1, merges=(), small=False, hidden_col=None):
        tb = {"rows": rows, "head": head, "merges": list(merges), "small": small}
        if hidden_col is not None:
            tb["hidden_col"] = hidden_col
        self.blocks.append(("table", tb))


CITIES = [
    dict(prov="山西省", city="汾川市", short="晋", office="K", area="0355", dom="fenchuan",
         ids=["140105", "140106", "140107", "140421", "140902", "140921", "140922", "140423"],
         divs=["河东区", "城南区", "汾阳湾区", "柳坪县"], streets=["府西街道", "南关街道", "柳巷街道", "龙泉镇", "东堡乡"],
         roads=["五一路", "迎泽街", "新建北路", "解放南路", "胜利街", "府东街"], div_code="140402"),
    dict(prov="浙江省", city="澜江市", short="浙", office="G", area="0579", dom="lanjiang",
         ids=["330702", "330703", "330723", "330726", "330782", "330784"],
         divs=["婺溪区", "金港区", "澄潭县", "白沙县"], streets=["城东街道", "江南街道", "西关街道", "桐溪镇", "上塘乡"],
         roads=["八一北街", "人民东路", "双溪西路", "宾虹路", "丹溪路", "环城南路"], div_code="330702"),
    dict(prov="河南省", city="桐阳市", short="豫", office="H", area="0391", dom="tongyang",
         ids=["410802", "410803", "410804", "410821", "410822", "410882", "410883"],
         divs=["解放区", "山阳区", "博济县", "温河县"], streets=["焦东街道", "太行街道", "丰收街道", "宁郭镇", "西向镇"],
         roads=["塔南路", "人民路", "解放路", "丰收路", "民主路", "建设路"], div_code="410802"),
]

VILLAGES = ["东庄村", "西沟村", "南堡村", "杨家峪村", "后营村", "王家庄村", "石门村", "河湾村", "前进村", "李家坡村"]
COMPANIES = ["恒泰建设工程有限公司", "鼎盛商贸有限公司", "华源食品有限责任公司", "瑞丰农业科技有限公司",
             "宏达物流有限公司", "金鹏机电设备有限公司", "蓝天环保科技有限公司", "众鑫医疗器械有限公司",
             "天成信息技术有限公司", "永兴建材有限公司", "佳和餐饮管理有限公司", "启明教育咨询有限公司",
             "万通汽车服务有限公司", "诚信印务有限公司", "绿洲园林绿化工程有限公司", "安达消防工程有限公司"]
SHOPS = ["老王烧烤店", "便民超市", "鑫鑫五金店", "好运来小吃部", "丽人美容店", "康宁药店"]
ILLNESS = ["尿毒症", "乳腺癌", "脑梗死后遗症", "精神分裂症", "白血病", "肺结核", "重度抑郁症", "肝硬化"]


class Ctx:
    def __init__(self, rng: random.Random):
        self.rng = rng
        self.names = V.Names(rng)
        self.city = CITIES[0]
        self._co = list(COMPANIES)
        rng.shuffle(self._co)

    def use(self, i):
        self.city = CITIES[i % len(CITIES)]
        return self.city

    # private persons -------------------------------------------------------
    def priv(self, d: Doc, basis=B_PRIV, two=None, t="person_name"):
        return d.R(t, self.names(two), basis)

    def pub(self, d: Doc, basis=B_OFFICIAL, two=None, t="official_name"):
        return d.K(t, self.names(two), basis)

    def idn(self, d: Doc, style="plain", born=None, male=None, basis=B_PRIV, t="id_number"):
        v = V.id18(self.rng, self.rng.choice(self.city["ids"]), born, male)
        if style == "space":
            v = V.group_id(v, " ")
        elif style == "dash":
            v = V.group_id(v, "-")
        elif style == "fw":
            v = V.fullwidth(v)
        return d.R(t, v, basis)

    def mob(self, d: Doc, style="plain", basis=B_PRIV):
        v = V.mobile(self.rng)
        if style == "space":
            v = f"{v[:3]} {v[3:7]} {v[7:]}"
        elif style == "dash":
            v = f"{v[:3]}-{v[3:7]}-{v[7:]}"
        elif style == "fw":
            v = V.fullwidth(v)
        elif style == "86":
            v = "+86 " + v
        return d.R("mobile", v, basis)

    def home_tel(self, d: Doc):
        return d.R("landline_private", V.landline(self.rng, self.city["area"]))

    def office_tel(self, d: Doc, basis=B_CONTACT):
        return d.K("landline_office", V.landline(self.rng, self.city["area"]), basis)

    def addr(self, d: Doc, rural=None, with_city=True, basis=B_PRIV):
        c, r = self.city, self.rng
        pre = (c["city"] if with_city else "") + r.choice(c["divs"]) + r.choice(c["streets"])
        if rural if rural is not None else r.random() < 0.35:
            v = pre + r.choice(VILLAGES) + f"{r.randint(1, 9)}组{r.randint(1, 99)}号"
        else:
            v = pre + r.choice(c["roads"]) + f"{r.randint(1, 399)}号" + r.choice(
                [f"{r.randint(1, 30)}号楼{r.randint(1, 6)}单元{r.randint(1, 28)}0{r.randint(1, 4)}室",
                 f"{r.choice('一二三四五六')}区{r.randint(1, 20)}栋{r.randint(1, 26)}0{r.randint(1, 4)}",
                 f"院内{r.randint(1, 12)}排{r.randint(1, 9)}号"])
        return d.R("address_home", v, basis)

    def card(self, d: Doc, grouped=False):
        v = V.bank_card(self.rng)
        return d.R("bank_card", V.group4(v) if grouped else v, B_FIN)

    def company(self, d: Doc, basis=B_CO, with_code=True, kind="91"):
        if not self._co:
            self._co = list(COMPANIES)
        name = self.city["city"].replace("市", "") + self._co.pop()
        d.K("company_name", name, basis)
        code = d.K("uscc", V.uscc(self.rng, self.city["div_code"], kind), basis) if with_code else None
        return name, code

    def body_block(self, d: Doc, unit, basis=B_CONTACT, email=True, tel=True):
        """The issuing body's own address, phone and mailbox (public)."""
        c, r = self.city, self.rng
        a = d.K("address_office", f"{c['city']}{r.choice(c['divs'])}{r.choice(c['roads'])}{r.randint(1, 200)}号", basis)
        t = self.office_tel(d, basis) if tel else None
        e = d.K("email_office", f"{r.choice(V.PINYIN)}{r.choice(['gk', 'zwgk', 'xxgk', 'bgs'])}@{c['dom']}.gov.cn", basis) if email else None
        return a, t, e

    def date(self, y=2026, lo=1, hi=11):
        return dt.date(y, self.rng.randint(lo, hi), self.rng.randint(1, 28))


def cn_date(x: dt.date) -> str:
    return f"{x.year}年{x.month}月{x.day}日"


def money(rng, lo, hi, step=10):
    return rng.randrange(lo, hi, step)


# ================================================================== builders
def ysq_reply(c: Ctx, fmt, v):
    r = c.rng
    d = Doc("依申请公开答复书", fmt, "依申请公开", "答复送达申请人本人；申请人身份与联系方式为个人信息")
    city = c.use(v)
    unit = f"{city['city']}{r.choice(['自然资源和规划局', '住房和城乡建设局', '人力资源和社会保障局', '市场监督管理局', '教育局'])}"
    no = f"{unit[:2]}{r.choice(['依申复', '信公复', '政公开'])}〔2026〕{r.randint(3, 180)}号"
    name = c.priv(d)
    d.title(f"{unit}\n政府信息公开申请答复书" if fmt == "txt" else f"{unit}政府信息公开申请答复书")
    d.sub(no)
    if v % 2 == 0:
        d.left(f"{name}：")
        d.p(f"本机关于{cn_date(c.date(lo=3, hi=6))}收到您通过信函方式提交的《政府信息公开申请表》（申请人身份证号码：{c.idn(d, ['plain', 'space', 'fw', 'dash'][v % 4])}，"
            f"联系电话：{c.mob(d, ['plain', 'dash', 'space', '86'][v % 4])}，通讯地址：{c.addr(d)}），申请公开“{city['divs'][0]}{r.choice(['棚户区改造项目征收补偿方案', '2025年度城镇老旧小区改造资金使用情况', '某地块土地出让合同'])}”相关信息。")
    else:
        d.left(f"申请人：{name}")
        d.left(f"证件号码：{c.idn(d, 'space' if v == 3 else 'plain')}")
        d.left(f"邮寄地址：{c.addr(d, rural=False)}")
        d.left(f"电子邮箱：{d.R('email_private', V.email_private(r))}")
        d.p(f"你于{cn_date(c.date(lo=2, hi=7))}通过本机关门户网站依申请公开平台提出申请，要求获取“本人{r.choice(['父亲', '母亲', '配偶'])}{c.priv(d)}名下宅基地审批档案”。")
    d.p("经审查，现答复如下：")
    d.p("一、您申请的信息中，项目批复文件、补偿标准已于本机关门户网站“法定主动公开内容”栏目公开，根据《中华人民共和国政府信息公开条例》第三十六条第（一）项，请自行查阅。")
    n3 = c.priv(d)
    d.p(f"二、您申请的被征收户分户补偿明细涉及第三方{n3}等{r.randint(3, 40)}户的姓名、身份证号码、银行账号和补偿金额，属于个人隐私。本机关已依据第三十二条书面征求第三方意见，第三方不同意公开。"
        f"根据《中华人民共和国政府信息公开条例》第十五条、第三十七条，对该部分作区分处理，仅提供汇总数据。")
    if v in (1, 3):
        other = c.priv(d)
        d.p(f"三、所附分户表中第三方{other}（身份证号{c.idn(d)}，开户银行卡号{c.card(d, grouped=(v == 3))}）的信息已作遮盖处理。")
    d.p(f"如对本答复不服，可以在收到本答复之日起六十日内向{city['city']}人民政府申请行政复议，或者在六个月内向人民法院提起行政诉讼。")
    a, t, e = c.body_block(d, unit)
    d.p(f"联系人：{c.pub(d, B_CONTACT, t='contact_name')}（政务公开科）  联系电话：{t}  地址：{a}  邮箱：{e}")
    d.right(unit)
    d.right(cn_date(c.date(lo=7, hi=10)))
    d.left("（此件依申请公开）")
    d.opts["txt"] = "flat" if fmt == "txt" else "tab"
    return d


def hotline(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v + 1)
    d = Doc("12345热线工单办理回复", fmt, "依申请公开" if v % 2 else "主动公开",
            "主动公开者为网站“热线留言选登”，来电人信息须去除；依申请公开者为工单回复单")
    caller = c.priv(d)
    wo = f"{r.choice(['GD', 'RX', '12345-'])}{r.randint(2026000000, 2026999999)}"
    if v % 2 == 0:
        d.title(f"{city['city']}12345政务服务便民热线 留言选登")
        d.left(f"工单编号：{wo}    来电时间：{cn_date(c.date())} {r.randint(8, 20)}:{r.randint(10, 59)}")
        d.left(f"来电人：{caller}    来电号码：{c.mob(d, 'plain' if v == 0 else 'space')}")
        d.p(f"诉求内容：市民反映其居住的{c.addr(d, rural=False)}楼下餐饮店油烟扰民，夜间经营至凌晨两点，多次与店主沟通无果。"
            f"其母亲{c.priv(d)}患有{d.R('health', r.choice(ILLNESS), B_SENS)}，长期卧床，深受影响，希望有关部门尽快处理。")
        unit = f"{city['divs'][1]}综合行政执法局"
        d.p(f"承办单位回复：接到工单后，{unit}执法人员{c.pub(d, B_ENF, t='enforcement_officer')}、{c.pub(d, B_ENF, t='enforcement_officer')}于次日现场核查，"
            f"责令该店（经营者{c.priv(d)}，微信号{d.R('wechat', V.wechat(r))}）加装油烟净化设施并调整营业时间。已电话回访来电人，来电人表示满意。")
        d.left(f"承办人：{c.pub(d, B_CONTACT, t='contact_name')}    联系电话：{c.office_tel(d)}")
        d.left("回复时间：" + cn_date(c.date(lo=11, hi=11)))
    else:
        d.title("12345热线工单回复单")
        rows = [["工单号", wo, "受理渠道", "电话"],
                ["诉求人", caller, "联系电话", c.mob(d, 'dash' if v == 1 else 'fw')],
                ["身份证号", c.idn(d, 'plain'), "QQ", d.R("qq", V.qq(r))],
                ["诉求地址", c.addr(d), "", ""],
                ["诉求类别", "社会保障/养老金", "紧急程度", "一般"]]
        d.table(rows, head=0, merges=[(3, 1, 3, 3)])
        d.p(f"诉求内容：来电人称其本人{r.randint(58, 75)}岁，{d.R('religion', '信仰伊斯兰教', B_SENS)}，"
            f"因早年{d.R('criminal_record', '曾因盗窃罪被判处有期徒刑一年六个月', B_SENS)}，刑满后补缴养老保险受阻，社会保障卡（卡号{d.R('social_security_card', V.sscard(r), B_FIN)}）无法激活，要求核实。")
        d.p(f"办理结果：经{city['city']}社会保险事业管理中心核查，其参保记录中断系原单位未申报所致，已告知补缴渠道。承办人{c.pub(d, B_CONTACT, t='contact_name')}，"
            f"中心咨询电话{c.office_tel(d)}。如有疑问可拨打12345。")
        d.right(f"{city['city']}社会保险事业管理中心  " + cn_date(c.date(lo=10, hi=11)))
    d.opts["txt"] = ["tab", "space", "flat"][v % 3]
    return d


def xinfang(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v)
    d = Doc("信访事项处理意见书", fmt, "依申请公开", "送达信访人；信访人及其家庭信息为个人信息，不主动公开")
    unit = f"{city['divs'][v % 3]}{r.choice(['人民政府', '信访局', '住房和城乡建设局'])}"
    d.title(f"{unit}\n信访事项处理意见书" if fmt == "txt" else "信访事项处理意见书")
    d.sub(f"{unit[:2]}信处〔2026〕第{r.randint(11, 300)}号")
    n = c.priv(d)
    bros = c.priv(d)
    d.left(f"{n}：")
    d.p(f"你（身份证号：{c.idn(d, ['plain', 'dash', 'space', 'fw'][v % 4])}，住{c.addr(d)}，联系电话{c.mob(d)}，电子邮箱{d.R('email_private', V.email_private(r))}）于{cn_date(c.date(lo=4, hi=8))}来访，反映你与胞弟{bros}因父亲{c.priv(d)}遗留房屋拆迁补偿款分配发生纠纷，"
        f"且你本人患{d.R('health', r.choice(ILLNESS), B_SENS)}需长期治疗，要求政府先行支付补偿款并给予临时救助。")
    if v != 1:
        child = c.priv(d, B_MINOR, t="minor_name")
        d.p(f"你同时反映，你的女儿{child}（{r.randint(8, 13)}岁，{d.R('minor_school', city['divs'][0] + r.choice(['实验小学', '第二小学', '育才学校']) + r.choice(['四年级二班', '五年级一班', '六年级三班']), B_MINOR)}）因家庭变故需要转学。")
    d.p("经调查核实：该房屋征收补偿协议系你父亲生前签订，补偿款已按协议足额拨付至其名下账户"
        f"（{c.card(d, grouped=(v == 2))}），款项分配属于家庭内部继承纠纷，应通过人民调解或司法途径解决。")
    d.p(f"处理意见：依据《信访工作条例》第三十二条，对你要求政府先行支付补偿款的诉求不予支持；对临时救助申请，已转{city['streets'][0]}办理。")
    d.p(f"如对本处理意见不服，可自收到之日起30日内向{city['city']}人民政府信访局请求复查。")
    d.left(f"经办人：{c.pub(d, B_CONTACT, t='contact_name')}  联系电话：{c.office_tel(d)}")
    d.right(unit)
    d.right(cn_date(c.date(lo=9, hi=11)))
    return d


def penalty(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v)
    d = Doc("行政处罚决定书", fmt, "主动公开", "具有一定社会影响的行政处罚决定依《行政处罚法》第四十八条公开；自然人当事人的身份证号、住址、电话隐去")
    unit = f"{city['city']}{['市场监督管理局', '生态环境局', '应急管理局', '城市管理局', '卫生健康委员会', '文化和旅游局'][v % 6]}"
    d.title(unit)
    d.title("行政处罚决定书")
    d.sub(f"{city['short']}{r.choice(['市监', '环罚', '应急罚', '城管罚', '卫监罚', '文旅罚'])}〔2026〕{r.randint(10, 320)}号")
    if v in (2, 5):  # 个体工商户
        shop = city["divs"][0] + r.choice(SHOPS)
        d.K("company_name", shop, B_PEN)
        op = c.pub(d, "个体工商户经营者姓名依《市场监督管理行政处罚信息公示规定》随名称公示", t="operator_name")
        d.left(f"当事人：{shop}")
        d.left(f"统一社会信用代码：{d.K('uscc', V.uscc(r, city['div_code'], '92'), B_PEN)}")
        d.left(f"经营者：{op}    公民身份号码：{c.idn(d, 'plain' if v == 2 else 'fw')}")
        d.left(f"住所：{c.addr(d)}    联系电话：{c.mob(d)}")
    else:
        name, code = c.company(d, B_PEN)
        lr = c.pub(d, B_PEN, t="legal_rep")
        d.left(f"当事人：{name}")
        d.left(f"统一社会信用代码：{code}")
        d.left(f"法定代表人：{lr}")
        d.left(f"住所：{d.K('address_company', city['city'] + city['divs'][1] + r.choice(city['roads']) + str(r.randint(1, 300)) + '号', B_PEN)}")
        if v % 2 == 0:
            d.left(f"委托代理人：{c.priv(d)}（公司员工），身份证号{c.idn(d, 'dash' if v == 4 else 'plain')}，手机{c.mob(d, 'space')}")
    e1, e2 = c.pub(d, B_ENF, t="enforcement_officer"), c.pub(d, B_ENF, t="enforcement_officer")
    n1 = d.K("enforcement_cert", f"{r.randint(14, 41)}{r.randint(100000, 999999)}{r.randint(1, 9)}", B_ENF)
    n2 = d.K("enforcement_cert", f"{r.randint(14, 41)}{r.randint(100000, 999999)}{r.randint(1, 9)}", B_ENF)
    facts = ["销售过期食品", "未按规定贮存危险化学品", "超标排放废水", "未取得许可擅自从事经营", "占道经营", "违规收治患者"]
    d.p(f"{cn_date(c.date(lo=2, hi=5))}，本机关执法人员{e1}（执法证号：{n1}）、{e2}（执法证号：{n2}）对当事人经营场所进行检查，发现当事人涉嫌{facts[v % 6]}。经立案调查，查明：")
    buyer = c.priv(d)
    d.p(f"当事人于2026年{r.randint(1, 4)}月间{facts[v % 6]}，违法所得{money(r, 800, 9000)}元。举报人{buyer}（联系电话{c.mob(d)}）提供的购物凭证与现场检查笔录相互印证。"
        f"以上事实有现场检查笔录、询问笔录（被询问人{c.priv(d)}）、{r.choice(['抽样检验报告', '监测报告', '照片'])}等证据为证。")
    d.p(f"本机关于{cn_date(c.date(lo=6, hi=7))}向当事人送达《行政处罚告知书》，当事人在法定期限内未提出陈述、申辩。")
    d.p(f"依据相关法律规定，本机关决定：1.没收违法所得；2.罚款人民币{money(r, 5000, 200000, 1000)}元。")
    d.p(f"当事人应自收到本决定书之日起十五日内，将罚款缴至指定账户：户名{unit}，账号{d.K('bank_account_office', V.bank_card(r, 19), '机关非税收入收缴账户依法公布，供当事人缴款')}，"
        "或通过“非税缴费”平台缴纳。逾期不缴纳的，每日按罚款数额的百分之三加处罚款。")
    d.p(f"如不服本决定，可在收到本决定书之日起六十日内向{city['city']}人民政府申请行政复议，或者六个月内向人民法院提起行政诉讼。")
    d.right(unit)
    d.right(cn_date(c.date(lo=7, hi=10)))
    return d


def fuyi(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v + 2)
    d = Doc("行政复议决定书", fmt, "主动公开", "《行政复议法》（2023）第七十九条公开复议决定书；自然人申请人身份信息隐去，被申请人（机关）及其负责人保留")
    d.title(f"{city['city']}人民政府")
    d.title("行政复议决定书")
    d.sub(f"{city['city'][:2]}政复决字〔2026〕{r.randint(5, 99)}号")
    ap = c.priv(d)
    d.left(f"申请人：{ap}，{r.choice(['男', '女'])}，{r.randint(1950, 1990)}年{r.randint(1, 12)}月出生，{r.choice(['汉族', '回族', '满族'])}，住{c.addr(d)}，身份证号{c.idn(d, 'space' if v else 'plain')}，电话{c.mob(d)}。")
    if v == 1:
        ag = c.priv(d)
        d.left(f"委托代理人：{ag}，申请人之子，护照号码{d.R('passport', V.passport(r))}（长期居住境外）。")
    unit = f"{city['divs'][1]}{r.choice(['人力资源和社会保障局', '公安分局', '自然资源局'])}"
    d.left(f"被申请人：{city['city']}{unit}")
    d.left(f"法定代表人：{c.pub(d, '被申请人机关负责人属职务信息', t='official_name')}，局长。")
    d.left(f"地址：{c.body_block(d, unit, email=False, tel=False)[0]}")
    d.p(f"申请人不服被申请人作出的{r.choice(['工伤认定决定', '不予登记决定', '行政处罚决定'])}，于{cn_date(c.date(lo=3, hi=6))}向本机关申请行政复议，本机关依法受理。")
    d.p(f"申请人称：申请人于2025年在工作中受伤，诊断为{d.R('health', r.choice(['腰椎骨折', '左手三指离断伤', '颅脑损伤']), B_SENS)}，被申请人认定不属于工伤错误。")
    d.p(f"被申请人称：经调查，申请人受伤时不在工作时间和工作场所内，证人{c.priv(d)}、{c.priv(d, two=True)}的证言可以证明。")
    d.p("本机关认为：被申请人作出的决定事实清楚，证据确凿，适用依据正确，程序合法。根据《中华人民共和国行政复议法》第六十八条，本机关决定：维持被申请人作出的决定。")
    d.p("申请人如不服本决定，可以自收到本决定书之日起十五日内向人民法院提起行政诉讼。")
    d.right(f"{city['city']}人民政府")
    d.right(cn_date(c.date(lo=8, hi=11)))
    return d


def procurement(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v)
    d = Doc("政府采购结果公告", fmt, "主动公开", "中标结果公告内容由《政府采购法实施条例》第四十三条、财政部令第87号第六十九条规定")
    buyer = f"{city['city']}{r.choice(['第一人民医院', '教育局', '公安局', '机关事务管理局'])}"
    item = r.choice(["智慧校园建设项目", "医疗设备采购项目", "办公家具采购项目", "物业管理服务项目", "视频监控运维服务"])
    d.title(f"{buyer}{item}{r.choice(['中标', '成交'])}结果公告")
    d.left(f"一、项目编号：{city['short']}ZC{r.randint(2026001, 2026999)}-{r.randint(1, 9)}")
    d.left(f"二、项目名称：{item}")
    w, wc = c.company(d, B_PROC)
    wa = d.K("address_company", city["city"] + city["divs"][0] + r.choice(city["roads"]) + f"{r.randint(1, 300)}号", B_PROC)
    d.left("三、中标（成交）信息")
    if v == 0:
        d.table([["序号", "中标供应商名称", "统一社会信用代码", "供应商地址", "中标金额（元）"],
                 ["1", w, wc, wa, f"{money(r, 300000, 5000000, 100):,}"]], small=(fmt == "pdf"))
    else:
        d.p(f"供应商名称：{w}；供应商地址：{wa}；统一社会信用代码：{wc}；中标（成交）金额：{money(r, 100000, 3000000, 100)}元。")
    d.left("四、主要标的信息")
    d.table([["名称", "品牌", "规格型号", "数量", "单价（元）"],
             [r.choice(["交互式平板", "彩超", "办公桌"]), r.choice(["鸿途", "远光", "华视"]), f"HT-{r.randint(100, 999)}", str(r.randint(2, 80)), str(money(r, 800, 90000))]])
    experts = [c.pub(d, B_PROC, t="expert_name") for _ in range(5 if v != 2 else 3)]
    d.left("五、评审专家（单一来源采购人员）名单：" + "、".join(experts) + ("（采购人代表）" if v == 1 else ""))
    d.left("六、代理服务收费标准及金额：按国家计委计价格〔2002〕1980号文件标准收取，金额" + str(money(r, 3000, 40000)) + "元。")
    if v == 3:
        lose, _ = c.company(d, B_PROC, with_code=False)
        d.p(f"七、其他补充事宜：未中标供应商{lose}的评审得分已另行告知。该公司投标联系人{c.priv(d)}（手机{c.mob(d)}，邮箱{d.R('email_private', V.email_private(r))}）提出的询问已于{cn_date(c.date())}书面答复。")
    a, t, e = c.body_block(d, buyer, B_PROC)
    d.left("八、凡对本次公告内容提出询问，请按以下方式联系。")
    d.left(f"1.采购人信息  名称：{buyer}  地址：{a}  联系方式：{t}")
    agent, _ = c.company(d, B_PROC, with_code=False)
    d.left(f"2.采购代理机构信息  名称：{agent}  联系方式：{c.office_tel(d, B_PROC)}")
    d.left(f"3.项目联系人：{c.pub(d, B_PROC, t='contact_name')}  电话：{c.office_tel(d, B_PROC)}  邮箱：{e}")
    d.opts["txt"] = "space"
    return d


def bidding(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v + 1)
    d = Doc("工程建设项目中标候选人公示", fmt, "主动公开", "《招标投标法实施条例》第五十四条：公示中标候选人；项目负责人及其证书编号为公示内容（《工程建设项目招标投标活动投诉处理办法》及各省公示规定）")
    proj = f"{city['divs'][v]}{r.choice(['G208线改扩建工程', '第三中学教学楼建设工程', '污水处理厂提标改造工程'])}"
    d.title(f"{proj}施工中标候选人公示")
    d.p(f"{proj}（招标编号：{city['short']}JS{r.randint(202600001, 202699999)}）已于{cn_date(c.date(lo=5, hi=9))}开标、评标，现将中标候选人公示如下：")
    rows = [["排序", "投标人", "", "投标报价", "项目经理", "", "工期"], ["", "名称", "统一社会信用代码", "（万元）", "姓名", "注册证书编号", "（日历天）"]]
    for i in range(3):
        n, code = c.company(d, "《招标投标法实施条例》第五十四条")
        pm = c.pub(d, "中标候选人项目负责人姓名、证书编号为公示内容", t="project_manager")
        cert = d.K("qualification_cert", f"{city['short']}1{r.randint(14, 41)}{r.randint(100000000, 999999999)}", "中标候选人项目负责人姓名、证书编号为公示内容")
        rows.append([str(i + 1), n, code, f"{r.randint(800, 9000)}.{r.randint(10, 99)}", pm, cert, str(r.randint(180, 540))])
    d.table(rows, head=2, merges=[(0, 0, 1, 0), (0, 1, 0, 2), (0, 4, 0, 5)], small=(fmt == "pdf"))
    d.p(f"公示期：{cn_date(c.date(lo=10, hi=10))}至{cn_date(c.date(lo=11, hi=11))}。投标人或其他利害关系人对评标结果有异议的，应在公示期内以书面形式向招标人提出。")
    d.left(f"招标人：{city['city']}{city['divs'][v]}交通运输局    联系人：{c.pub(d, B_CONTACT, t='contact_name')}    电话：{c.office_tel(d)}")
    d.left(f"监督部门：{city['city']}公共资源交易监督管理局    监督电话：{c.office_tel(d)}")
    return d


def appointment(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v)
    d = Doc("人事任免通知", fmt, "主动公开", "任免决定依《党政领导干部选拔任用工作条例》公布；干部个人手机号不在公布范围")
    unit = f"{city['city']}人民政府"
    d.title(f"{unit}关于{'' if v else '有关'}同志职务任免的通知")
    d.sub(f"{city['city'][:2]}政任〔2026〕{r.randint(2, 40)}号")
    d.left("各县（市、区）人民政府，市人民政府各部门：")
    d.p(f"经{cn_date(c.date(lo=6, hi=9))}市人民政府第{r.randint(20, 80)}次常务会议研究，决定：")
    for post in ["市发展和改革委员会副主任", "市教育局副局长", "市财政局总会计师", "市应急管理局副局长"]:
        d.p(f"任命{c.pub(d, B_APPT, t='official_name')}为{post}（试用期一年）；")
    for post in ["市民政局副局长职务", "市统计局副局长职务"]:
        d.p(f"免去{c.pub(d, B_APPT, t='official_name')}的{post}，另有任用；")
    if v == 1:
        d.p(f"{c.pub(d, B_APPT, t='official_name')}同志因{d.R('health', '患' + r.choice(['胃癌', '冠心病', '肾衰竭']) + '长期病休', B_SENS)}，本人申请，免去其市审计局副局长职务。")
    d.right(unit)
    d.right(cn_date(c.date(lo=9, hi=10)))
    d.left("（此件公开发布）")
    d.footer = f"{city['city']}人民政府办公室  {cn_date(c.date(lo=10, hi=10))}印发"
    return d


def pre_appoint(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v + 2)
    d = Doc("干部任前公示", fmt, "主动公开", "任前公示内容（姓名、出生年月、学历、现任职务、拟任职务）依《党政领导干部选拔任用工作条例》第四十条公开；举报电话为组织部门公开号码")
    d.title(f"中共{city['city']}委组织部\n领导干部任前公示" if fmt == "txt" else "领导干部任前公示")
    d.p("根据《党政领导干部选拔任用工作条例》，经市委研究，现将拟任职干部予以公示：")
    rows = [["姓名", "性别", "出生年月", "民族", "籍贯", "学历学位", "现任职务", "拟任职务"]]
    for _ in range(5):
        rows.append([c.pub(d, B_APPT, t="official_name"), r.choice(["男", "女"]), f"{r.randint(1972, 1988)}.{r.randint(1, 12):02d}", "汉族",
                     city["prov"][:2] + r.choice(city["divs"]), r.choice(["大学、管理学硕士", "在职研究生、法学硕士", "大学、工学学士"]),
                     f"{r.choice(city['divs'])}{r.choice(['副区长', '党政办主任', '副县长'])}", f"市{r.choice(['水利局', '商务局', '文旅局', '医保局'])}副局长"])
    d.table(rows, small=(fmt == "pdf"))
    d.p(f"公示时间：{cn_date(c.date(lo=11, hi=11))}至{cn_date(c.date(lo=11, hi=11))}（5个工作日）。")
    d.p(f"受理方式：来电请拨打{c.office_tel(d, '组织部门举报电话依任前公示制度公开')}、12380；来信请寄{c.city['city']}委组织部干部监督科（邮编{d.K('postcode_office', str(r.randint(30, 47)) + str(r.randint(1000, 9999)), B_CONTACT)}）；"
        f"网上举报请登录12380网站或发送邮件至{d.K('email_office', city['dom'] + '12380@' + city['dom'] + '.gov.cn', '组织部门举报邮箱公开')}。")
    d.right(f"中共{city['city']}委组织部")
    d.right(cn_date(c.date(lo=11, hi=11)))
    return d


def dibao(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v)
    d = Doc("最低生活保障公示", fmt, "主动公开", "民发〔2021〕57号：公示申请人姓名、家庭成员数量、拟保障金额；身份证号、电话、致困原因中的疾病、银行卡号不在公示范围")
    st = r.choice(city["streets"])
    d.title(f"{city['divs'][v % 4]}{st}2026年第{r.randint(2, 4)}季度城乡最低生活保障{'新增对象' if v else '审核确认结果'}公示")
    if v == 0:  # xlsx: two-row header, hidden ID column, bank cards that were left in
        rows = [["序号", "村（社区）", "户主信息", "", "", "保障人数", "月保障金（元）", "致困原因", "备注"],
                ["", "", "姓名", "身份证号码", "联系电话", "", "", "", ""]]
        merges = [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 4), (0, 5, 1, 5), (0, 6, 1, 6), (0, 7, 1, 7), (0, 8, 1, 8)]
        for i in range(10):
            n = c.pub(d, B_DIBAO, t="recipient_name")
            cause = r.choice(["因病", "因残", "缺乏劳动力"])
            if cause == "因病":
                cause = "因病（" + d.R("health", r.choice(ILLNESS), B_SENS) + "）"
            note = "" if i % 4 else f"代领人{c.priv(d)}"
            rows.append([str(i + 1), r.choice(VILLAGES).replace("村", "") + "村", n, c.idn(d), c.mob(d), str(r.randint(1, 5)),
                         str(money(r, 300, 1800)), cause, note])
        d.table(rows, head=2, merges=merges, hidden_col=3)
        d.opts["sheet"] = "公示名单"
        d.opts["second_sheet"] = ("发放账户（内部）", [["姓名", "银行卡号", "开户行"]] + [
            [c.priv(d), c.card(d), r.choice(["农商银行", "邮储银行"])] for _ in range(3)])
    else:
        rows = [["序号", "申请人", "家庭人口", "保障类别", "拟保障金额（元/月）", "所在村组"]]
        for i in range(8):
            n = c.pub(d, B_DIBAO, t="recipient_name")
            rows.append([str(i + 1), n, str(r.randint(1, 6)), r.choice(["A类", "B类", "C类"]), str(money(r, 280, 1600)),
                         r.choice(VILLAGES) + f"{r.randint(1, 8)}组"])
        d.table(rows, small=(fmt == "pdf"))
        d.p(f"其中，{rows[3][1]}户因户主{d.R('health', '患' + r.choice(ILLNESS), B_SENS)}、子女{c.priv(d, B_MINOR, two=False, t='minor_name')}（{r.randint(6, 13)}岁）尚在读书，按A类保障；"
            f"{rows[5][1]}家庭成员中有{d.R('health', '一级智力残疾', B_SENS)}人员一名。")
    d.p(f"公示期7天。如有异议，请向{st}社会事务办公室反映，监督电话：{c.office_tel(d, B_DIBAO + '；监督电话依该办法公开')}；或向{city['divs'][v % 4]}民政局反映，电话：{c.office_tel(d, B_DIBAO + '；监督电话依该办法公开')}。")
    d.right(f"{st}人民政府（办事处）  {cn_date(c.date(lo=9, hi=11))}")
    d.opts["txt"] = "tab"
    return d


def relief(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v + 1)
    kinds = ["临时救助", "特困人员供养", "困难残疾人生活补贴"]
    d = Doc(f"{kinds[v % 3]}公示", fmt, "主动公开", "救助对象姓名与救助金额为公示内容；身份证号、手机号、病情与残疾细节不公示")
    d.title(f"{city['divs'][2]}2026年{r.randint(6, 10)}月{kinds[v % 3]}对象公示名单")
    if fmt == "csv":
        rows = [["序号", "姓名", "身份证号", "救助事由", "救助金额(元)", "银行卡号", "联系电话", "乡镇"]]
        for i in range(9):
            rows.append([str(i + 1), c.pub(d, B_RELIEF, t="recipient_name"), c.idn(d, 'plain'),
                         (lambda k: "患" + d.R("health", r.choice(ILLNESS), B_SENS) + "住院" if k == 2 else ["突发火灾", "意外伤害"][k])(r.randint(0, 2)),
                         str(money(r, 500, 8000, 100)), c.card(d), c.mob(d), r.choice(city["streets"])])
        d.table(rows)
    else:
        rows = [["乡镇", "姓名", "性别", "年龄", "救助金额", "经办人"]]
        for i in range(7):
            age = r.randint(40, 92)
            rows.append([r.choice(city["streets"]), c.pub(d, B_RELIEF, t="recipient_name"), r.choice(["男", "女"]), str(age), f"{money(r, 300, 5000, 100)}元", c.pub(d, B_CONTACT, t="official_name")])
        d.table(rows, small=(fmt == "pdf"))
        d.p(f"说明：名单中{rows[2][1]}的救助申请由其邻居{c.priv(d)}代为提出（代办人手机{c.mob(d, 'fw' if v == 1 else 'dash')}，身份证{c.idn(d, 'fw' if v == 1 else 'space')}）。")
    d.p(f"监督举报电话：{c.office_tel(d, B_RELIEF + '；监督电话公开')}")
    d.right(f"{city['divs'][2]}民政局  {cn_date(c.date(lo=10, hi=11))}")
    d.opts["txt"] = "space"
    return d


def subsidy(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v + 2)
    d = Doc("惠民惠农补贴发放公示", fmt, "主动公开", "补贴对象姓名、面积、金额公示；“一卡通”账号与身份证号隐去")
    vil = r.choice(VILLAGES)
    d.title(f"{city['divs'][3]}{city['streets'][3]}{vil}2026年耕地地力保护补贴面积及金额公示")
    rows = [["序号", "农户姓名", "一卡通账号", "身份证号", "确权面积", "补贴面积", "补贴标准", "补贴金额"],
            ["", "", "", "", "（亩）", "（亩）", "（元/亩）", "（元）"]]
    merges = [(0, c_, 1, c_) for c_ in range(4)]
    for i in range(12 if fmt == "xlsx" else 9):
        a = round(r.uniform(1.2, 18.0), 2)
        rows.append([str(i + 1), c.pub(d, B_SUBSIDY, t="recipient_name"), c.card(d) if i % 3 else c.card(d, grouped=True),
                     c.idn(d, "plain" if i % 5 else "space"), f"{a:.2f}", f"{a:.2f}", "112.50", f"{a * 112.5:.2f}"])
    d.table(rows, head=2, merges=merges, small=(fmt == "pdf"))
    d.p(f"公示期内如有异议，请向村委会或{city['streets'][3]}农业综合服务中心反映。联系人：{c.pub(d, B_CONTACT, t='contact_name')}，电话：{c.office_tel(d)}。")
    d.right(f"{vil}村民委员会  {cn_date(c.date(lo=5, hi=7))}")
    if fmt == "xlsx":
        d.opts["sheet"] = vil
    return d


def student_aid(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v)
    if v == 0:
        d = Doc("国家奖学金评审结果公示", fmt, "主动公开", "国家奖学金获奖学生姓名、学院、专业为公示内容（财教〔2021〕310号）；身份证号、银行卡号、手机号不公示")
        d.title(f"{city['city']}职业技术学院2025—2026学年国家奖学金拟获奖学生名单公示")
        rows = [["序号", "学院", "专业", "姓名", "学号", "身份证号", "手机", "银行卡号"]]
        for i in range(8):
            rows.append([str(i + 1), r.choice(["机电工程学院", "信息工程学院", "护理学院", "经济管理学院"]), r.choice(["数控技术", "软件技术", "护理", "会计"]),
                         c.pub(d, B_SCHOL, t="student_name"), d.R("student_no", f"2023{r.randint(100000, 999999)}"), c.idn(d, born=dt.date(r.randint(2003, 2006), r.randint(1, 12), r.randint(1, 28))),
                         c.mob(d), c.card(d)])
        d.table(rows, hidden_col=5)
        d.p(f"公示期为5个工作日，如有异议请联系学生资助管理中心，电话{c.office_tel(d)}，邮箱{d.K('email_office', 'xszz@' + city['dom'] + 'zy.edu.cn', B_CONTACT)}。")
        d.opts["sheet"] = "国奖公示"
        return d
    d = Doc("义务教育家庭经济困难学生生活补助名单", fmt, "依申请公开" if v == 1 else "主动公开",
            "受助学生为未成年人：姓名、身份证号、监护人信息、家庭困难情况均不公开（个人信息保护法第二十八条、第三十一条）；仅公开人数与金额")
    sch = f"{city['divs'][1]}{r.choice(['实验小学', '第三中学', '城关中学', '职业中专'])}"
    d.title(f"{sch}2026年秋季学期{'生活补助' if v == 1 else '国家助学金'}受助学生{'花名册' if v == 1 else '名单'}")
    rows = [["序号", "年级班级", "学生姓名", "学生身份证号", "监护人", "监护人电话", "困难类型", "补助金额"]]
    for i in range(8):
        born = dt.date(r.randint(2012, 2017) if v == 1 else r.randint(2009, 2011), r.randint(1, 12), r.randint(1, 28))
        rows.append([str(i + 1), f"{r.randint(1, 6)}年级{r.randint(1, 5)}班" if v == 1 else f"{r.choice(['25级', '24级'])}{r.choice(['汽修', '幼保'])}{r.randint(1, 3)}班",
                     c.priv(d, B_MINOR, t="minor_name"), c.idn(d, born=born, basis=B_MINOR), c.priv(d), c.mob(d),
                     r.choice(["建档立卡", "低保家庭", "孤儿", "残疾学生"]), "625元" if v == 1 else "1000元"])
    d.table(rows, small=(fmt == "pdf"))
    d.p(f"经学校资助工作领导小组审核，共有{len(rows) - 1}名学生符合条件。资助专管员：{c.pub(d, B_CONTACT, t='contact_name')}，电话：{c.office_tel(d)}。")
    d.right(sch + "  " + cn_date(c.date(lo=9, hi=10)))
    return d


def accident(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v)
    d = Doc("安全生产事故通报", fmt, "主动公开", "事故通报公开事故经过、责任单位及处理；伤亡人员、驾驶人身份信息与车辆号牌、车架号不公开")
    unit = f"{city['city']}{r.choice(['安全生产委员会办公室', '应急管理局', '交通运输局'])}"
    d.title(f"{unit}\n关于{city['divs'][v % 4]}“{r.randint(7, 10)}·{r.randint(1, 28)}”较大{['道路运输', '建筑施工', '火灾'][v % 3]}事故的通报")
    d.sub(f"{city['city'][:2]}安委办〔2026〕{r.randint(10, 90)}号")
    d.left("各县（市、区）安委会，市安委会各成员单位：")
    co, code = c.company(d, "事故责任单位名称依《生产安全事故报告和调查处理条例》公开")
    drv = c.priv(d)
    pl = d.R("plate", V.plate(r, city["short"], city["office"], nev=(v == 1)))
    vv = d.R("vin", V.vin(r))
    d.p(f"{cn_date(c.date(lo=7, hi=10))}，{co}（统一社会信用代码{code}）所属重型半挂牵引车（号牌{pl}，车辆识别代号{vv}）由驾驶人{drv}"
        f"（身份证号{c.idn(d, 'plain' if v != 2 else 'dash')}，驾驶证档案编号{d.R('driving_licence_file_no', str(r.randint(100000000000, 999999999999)))}）驾驶，在G{r.randint(100, 399)}线与一辆小型轿车（号牌{d.R('plate', V.plate(r, city['short'], 'A'))}）相撞，"
        f"造成轿车内{c.priv(d)}（女，{r.randint(30, 60)}岁）、{c.priv(d, B_MINOR, t='minor_name')}（男，{r.randint(5, 12)}岁）等3人死亡、2人受伤。")
    d.p(f"经初步调查，驾驶人{drv}{d.R('criminal_record', '2019年曾因危险驾驶罪被判处拘役', B_SENS)}，事发时持有的驾驶证处于暂扣期间；企业安全负责人{c.priv(d)}未履行动态监控职责。")
    d.p(f"各地各部门要深刻吸取教训，立即开展道路运输领域安全隐患排查整治。{unit}已约谈该企业法定代表人{c.pub(d, '事故责任企业法定代表人被约谈属公开的监管处理', t='legal_rep')}。")
    d.p(f"联系人：{c.pub(d, B_CONTACT, t='contact_name')}，电话：{c.office_tel(d)}，传真：{c.office_tel(d)}。")
    d.right(unit)
    d.right(cn_date(c.date(lo=10, hi=11)))
    d.opts["txt"] = "flat"
    return d


def minutes(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v)
    internal = v != 1
    d = Doc("会议纪要", fmt, "不予公开" if internal else "主动公开",
            "内部专题会议纪要属《政府信息公开条例》第十六条过程性信息，且标注“内部资料”，不予公开；常务会议纪要主动公开"
            if internal else "政府常务会议纪要公开；议题中涉及的个人信息去除")
    if internal:
        d.header = "内部资料  注意保存"
    d.title(f"{city['city']}人民政府{'专题' if internal else '常务'}会议纪要")
    d.sub(f"〔2026〕第{r.randint(5, 60)}期")
    chair = c.pub(d)
    d.p(f"{cn_date(c.date(lo=8, hi=11))}，副市长{chair}主持召开会议，研究{r.choice(['城区供热价格调整', '某小区信访积案化解', '旧城改造项目资金缺口'])}等事项。纪要如下：")
    d.p(f"一、关于{city['divs'][0]}{r.choice(VILLAGES)}村民{c.priv(d)}（身份证号{c.idn(d, 'fw' if v == 2 else 'plain')}，电话{c.mob(d)}）长期上访问题。会议指出，该户系{d.R('criminal_record', '刑满释放人员', B_SENS)}，其子{c.priv(d)}有{d.R('health', '精神疾病史', B_SENS)}，"
        f"由{city['divs'][0]}负责落实稳控包联措施，{c.pub(d)}同志牵头。")
    d.p(f"二、关于旧城改造资金。会议同意由市财政局先行垫付{r.randint(2, 9)}亿元，{c.pub(d)}、{c.pub(d)}同志负责与省财政厅对接。")
    d.p("出席：" + "、".join(c.pub(d) for _ in range(4)) + "。列席：市政府办公室、市信访局负责同志。")
    if internal:
        d.footer = "本纪要仅供内部工作参考，不得外传"
    d.left(f"（此件{'不予公开' if internal else '公开发布'}）")
    d.opts["txt"] = "flat"
    return d


def qingshi(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v + 1)
    d = Doc("请示", fmt, "不予公开", "请示报告属《政府信息公开条例》第十六条第二款过程性信息，可不予公开；其中个人信息另须去除")
    unit = f"{city['city']}{r.choice(['民政局', '卫生健康委员会', '退役军人事务局'])}"
    d.corner = ["加急"]
    d.title(f"{unit}\n关于给予{city['divs'][1]}困难群众特殊救助的请示" if fmt == "txt" else f"{unit}关于给予困难群众特殊救助的请示")
    d.sub(f"{unit[3:5]}呈〔2026〕{r.randint(3, 30)}号")
    d.right(f"签发人：{c.pub(d, '签发人为机关负责人，属职务信息', t='official_name')}")
    d.left(f"{city['city']}人民政府：")
    n = c.priv(d)
    d.p(f"{city['divs'][1]}居民{n}（身份证号：{c.idn(d, 'space')}），家住{c.addr(d)}，其配偶{c.priv(d)}于2026年因{d.R('health', r.choice(ILLNESS), B_SENS)}去世，"
        f"本人{d.R('health', '双目失明（视力一级残疾）', B_SENS)}，儿子{c.priv(d, B_MINOR, t='minor_name')}年仅{r.randint(7, 13)}岁。家庭已花费医疗费{r.randint(20, 60)}万元，负债累累。")
    d.p(f"为此，请示给予该家庭一次性特殊救助{r.randint(2, 5)}万元，资金从市级救助资金中列支，拨付至{n}本人账户（{d.R('bank_card', V.bank_card(r), B_FIN)}，{r.choice(['农商银行', '邮储银行'])}）。")
    d.p("妥否，请批示。")
    d.right(unit)
    d.right(cn_date(c.date()))
    d.left(f"（联系人：{c.pub(d, B_CONTACT, t='contact_name')}，电话：{c.office_tel(d)}，手机：{c.mob(d, basis='承办人私人手机号码不属于机关对外公开的联系方式，个人信息')}）")
    d.opts["txt"] = "flat"
    return d


def draft(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v + 2)
    d = Doc("征求意见稿（内部征求部门意见）", fmt, "不予公开",
            "向部门内部征求意见的过程稿，属《政府信息公开条例》第十六条第二款；正式向社会征求意见时另行发布")
    d.header = "征求意见稿  内部征求意见 请勿外传"
    d.title(f"{city['city']}{r.choice(['城市居民养犬管理办法', '物业服务收费管理办法', '公共租赁住房管理办法'])}（征求意见稿）")
    d.p("第一条 为规范管理，维护公共秩序，根据有关法律法规，结合本市实际，制定本办法。")
    d.p("第二条 本办法适用于本市行政区域内的相关管理活动。")
    d.p("第三条 【修改说明：根据" + f"市司法局{c.pub(d)}处长意见，删去原第三条】")
    d.p(f"起草说明：本稿系在{city['divs'][0]}居民{c.priv(d)}（电话{c.mob(d)}）等群众来信基础上起草。请各单位于{cn_date(c.date(lo=11, hi=11))}前将意见反馈至起草组，联系人{c.pub(d, B_CONTACT, t='contact_name')}，电话{c.office_tel(d)}，电子邮箱{d.K('email_office', 'fzb@' + city['dom'] + '.gov.cn', B_CONTACT)}。")
    d.p(f"附：部门意见汇总表（{c.pub(d)}整理）")
    d.table([["单位", "意见", "采纳情况"], ["市公安局", "建议增加犬只免疫登记条款", "采纳"], ["市城管局", "执法主体建议统一", "部分采纳"]])
    return d


def internal_brief(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v)
    d = Doc("内部工作简报", fmt, "不予公开", "标注“内部资料 注意保存”的简报，属内部事务及过程性信息（《政府信息公开条例》第十六条）")
    d.corner = ["内部资料  注意保存"]
    d.title(f"{city['city']}维稳工作简报")
    d.sub(f"第{r.randint(10, 40)}期   {city['city']}委政法委办公室编   {cn_date(c.date())}")
    n = c.priv(d)
    d.p(f"【重点人员动态】{city['divs'][1]}重点信访人员{n}（身份证号{c.idn(d)}，手机{c.mob(d)}，微信{d.R('wechat', V.wechat(r))}，QQ{d.R('qq', V.qq(r))}）近期在网络发帖，"
        f"扬言赴省上访。经查，其{d.R('religion', '参加未经登记的基督教家庭聚会', B_SENS)}，本人{d.R('criminal_record', '2017年因寻衅滋事被行政拘留十日', B_SENS)}。")
    d.p(f"其驾驶的私家车（{d.R('plate', V.plate(r, city['short'], city['office']))}）已纳入重点车辆管控，车架号{d.R('vin', V.vin(r))}。")
    d.p(f"【工作要求】由{city['divs'][1]}政法委书记{c.pub(d)}负责落实包联稳控，每日零报告。")
    d.footer = "内部资料 不得翻印"
    d.opts["txt"] = "flat"
    return d


def work_secret(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v + 1)
    d = Doc("工作秘密文件", fmt, "不予公开", "标注“工作秘密”，依《保守国家秘密法》第六十四条不得公开")
    d.corner = ["工作秘密"]
    d.title(f"{city['city']}市场监督管理局关于开展{r.choice(['春节前食品安全', '药品网络销售'])}暗访检查的工作方案")
    d.p(f"一、暗访时间：{cn_date(c.date(lo=12, hi=12))}至次年1月。暗访组组长{c.pub(d)}，成员{c.pub(d)}、{c.pub(d)}。")
    d.p(f"二、暗访对象：{c.company(d, B_CO, with_code=False)[0]}等{r.randint(8, 20)}家企业（名单另附，不得提前泄露）。")
    d.p(f"三、线索来源：举报人{c.priv(d)}（手机{c.mob(d)}，身份证{c.idn(d, 'dash')}）提供，须严格为举报人保密。")
    d.p(f"四、车辆保障：使用社会牌照车辆{d.R('plate', V.plate(r, city['short'], city['office']))}（车主{c.priv(d)}，租赁），严禁使用公务用车。")
    return d


def secret(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v)
    if v == 0:
        marked = dt.date(2026, r.randint(7, 10), r.randint(1, 28))
        period, months = "1年", 12
    else:
        marked = dt.date(2025, r.randint(2, 5), r.randint(1, 28))
        period, months = "6个月", 6
    exp = dt.date(marked.year + (marked.month - 1 + months) // 12, (marked.month - 1 + months) % 12 + 1, marked.day)
    d = Doc("涉密文件（秘密★）", fmt, "不予公开" if exp > dt.date(2026, 12, 2) else "须报审",
            "标有密级的国家秘密载体（《政府信息公开条例》第十四条）；保密期限已满者须经解密审核后方可考虑公开，报保密工作部门")
    d.marking = {"level": "秘密", "period": period, "marked_on": marked.isoformat(), "expires_on": exp.isoformat()}
    d.corner = [f"{r.randint(1, 60):06d}", f"秘密★{period}", "特急" if v == 0 else "加急"]
    d.title(f"{city['city']}{'应急管理局' if v == 0 else '人民防空办公室'}\n关于{'重大活动安保' if v == 0 else '重要目标防护'}工作部署的通知")
    d.sub(f"{city['city'][:2]}{'应急' if v == 0 else '人防'}〔{marked.year}〕{r.randint(1, 30)}号")
    d.p(f"各有关单位：为做好{'重大活动期间' if v == 0 else '重要经济目标'}安全保卫工作，现将有关部署通知如下。")
    d.p(f"一、指挥部设在{r.choice(['市应急指挥中心三楼', '市人防指挥所'])}，总指挥{c.pub(d)}，值班电话{c.office_tel(d, '机关值班电话，属职务信息（文件整体为国家秘密）')}。")
    d.p(f"二、{r.randint(3, 9)}处重点目标的警力部署与疏散方案见附件（略）。")
    d.right(cn_date(marked))
    return d


def regulation(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v + 1)
    d = Doc("规范性文件（保密审查制度）", fmt, "主动公开", "正文提及“国家秘密”“秘密”等词，但无密级标志，不是涉密载体；规范性文件依第二十条主动公开")
    d.title(f"{city['city']}{r.choice(['财政局', '统计局', '水利局'])}政府信息公开保密审查办法")
    arts = [
        "为规范政府信息公开保密审查工作，防止国家秘密和工作秘密泄露，根据《中华人民共和国保守国家秘密法》《中华人民共和国政府信息公开条例》等规定，制定本办法。",
        "本局拟公开的政府信息，应当坚持“先审查、后公开”“谁公开、谁审查、谁负责”的原则，未经审查的一律不得公开。",
        "下列信息不予公开：（一）依法确定为国家秘密的信息，包括标有绝密、机密、秘密等密级的文件资料；（二）公开后可能危及国家安全、公共安全、经济安全、社会稳定的信息；（三）涉及商业秘密、个人隐私的信息。",
        "标注“工作秘密”“内部资料”的文件，不得在门户网站公开。对是否属于国家秘密不能确定的，应当报市国家保密局确定。",
        "对涉及个人隐私的信息，如公民身份号码、手机号码、家庭住址、银行账户、健康状况等，应当作删除或者遮盖处理后公开。",
        "违反本办法泄露国家秘密的，依照《中华人民共和国保守国家秘密法》第五十七条追究责任。",
        f"本办法由局办公室负责解释，联系电话{c.office_tel(d)}，自印发之日起施行。",
    ]
    nums = "一二三四五六七八九十"
    for i, a in enumerate(arts):
        d.p(f"第{nums[i]}条　{a}")
    d.left(f"签发：{c.pub(d, '签发人为机关负责人，属职务信息', t='official_name')}")
    d.opts["txt"] = "flat"
    return d


def guide(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v + 2)
    d = Doc("政府信息公开指南", fmt, "主动公开", "公开指南须载明工作机构名称、办公地址、办公时间、联系电话、传真、互联网联系方式（《政府信息公开条例》第十二条）")
    unit = f"{city['city']}{city['divs'][0]}人民政府"
    d.title(f"{unit}政府信息公开指南（2026年修订）")
    d.p("一、主动公开：本机关主动公开的政府信息，通过区政府门户网站“政府信息公开”专栏、政务新媒体、公共查阅点等途径公开。")
    d.p("二、依申请公开：公民、法人或者其他组织可以通过在线平台、信函、当面等方式提出申请。")
    a, t, e = c.body_block(d, unit)
    d.table([["政府信息公开工作机构", f"{unit}办公室（政务公开办）"], ["办公地址", a], ["办公时间", "工作日上午8:30—12:00，下午14:30—17:30"],
             ["咨询电话", t], ["传真", c.office_tel(d)], ["电子邮箱", e], ["邮政编码", d.K("postcode_office", f"{r.randint(30, 47)}{r.randint(1000, 9999)}", B_CONTACT)],
             ["申请受理点负责人", c.pub(d, B_CONTACT, t="contact_name")]], head=0)
    d.p(f"三、监督和救济：公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，可以向{city['city']}人民政府办公室投诉、举报，监督电话{c.office_tel(d)}。")
    d.p("四、本机关开户银行及账号（依申请公开信息处理费缴纳）：" + f"{city['city']}农商银行营业部，{d.K('bank_account_office', V.bank_card(r, 19), '机关收费账户依法公布')}。")
    return d


def license_(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v)
    d = Doc("行政许可结果公示", fmt, "主动公开", "《行政许可法》第四十条及“双公示”要求：行政相对人名称、统一社会信用代码、法定代表人、许可内容公开；自然人相对人的身份证号不公示")
    d.title(f"{city['city']}行政审批服务局2026年{r.randint(8, 10)}月行政许可信息公示")
    rows = [["行政相对人名称", "统一社会信用代码", "法定代表人", "许可决定书文号", "许可内容", "许可决定日期", "有效期至", "许可机关"]]
    for i in range(8):
        n, code = c.company(d, B_LIC)
        rows.append([n, code, c.pub(d, B_LIC, t="legal_rep"), f"{city['short']}审批许字〔2026〕{r.randint(100, 999)}号",
                     r.choice(["食品经营许可", "建筑施工许可", "道路运输经营许可", "排污许可"]), cn_date(c.date(lo=8, hi=10)), cn_date(c.date(y=2031)), "行政审批服务局"])
    # a natural person licensee: name published, ID not
    rows.append([c.pub(d, B_LIC, t="licensee_name"), c.idn(d), "", f"{city['short']}审批许字〔2026〕{r.randint(100, 999)}号", "出租汽车驾驶员从业资格", cn_date(c.date(lo=8, hi=10)), cn_date(c.date(y=2032)), "行政审批服务局"])
    d.table(rows, small=True)
    d.p(f"信息公开咨询：{c.office_tel(d)}")
    return d


def vehicle(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v + 1)
    d = Doc("公务用车处置（拍卖）公告", fmt, "主动公开", "机关公务用车为国有资产，号牌与车辆识别代号为拍卖标的信息，公开；竞买人（自然人）的信息不公开")
    d.title(f"{city['city']}机关事务管理局公务用车公开拍卖公告")
    d.p(f"受委托，定于{cn_date(c.date(lo=12, hi=12))}上午9:30在{city['city']}公共资源交易中心对下列公务用车进行公开拍卖：")
    rows = [["标的号", "号牌号码", "车辆识别代号（VIN）", "品牌型号", "初次登记", "起拍价（元）"]]
    for i in range(6):
        rows.append([str(i + 1), d.K("plate", V.plate(r, city["short"], city["office"]), B_GOVCAR), d.K("vin", V.vin(r), B_GOVCAR),
                     r.choice(["大众帕萨特", "丰田卡罗拉", "别克GL8", "长城哈弗H6"]), f"{r.randint(2012, 2018)}年", str(money(r, 8000, 60000, 500))])
    d.table(rows)
    d.p(f"上期成交情况：标的{r.randint(1, 9)}号由竞买人{c.priv(d)}（身份证号{c.idn(d)}，手机{c.mob(d)}）以{money(r, 10000, 50000, 500)}元竞得，已过户至其名下新号牌{d.R('plate', V.plate(r, city['short'], city['office']))}。")
    d.p(f"咨询电话：{c.office_tel(d)}；拍卖公司联系人：{c.pub(d, '拍卖机构公告联系人，属对外联系方式', t='contact_name')}。")
    d.right(f"{city['city']}机关事务管理局  {cn_date(c.date(lo=11, hi=11))}")
    d.opts["sheet"] = "拍卖标的"
    return d


def commendation(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v + 2)
    d = Doc("表彰决定", fmt, "主动公开", "受表彰个人姓名及单位为公示内容；个人手机、身份证不公开")
    d.title(f"{city['city']}人民政府关于表彰2026年度见义勇为先进个人的决定")
    d.sub(f"{city['city'][:2]}政发〔2026〕{r.randint(10, 60)}号")
    d.p("为弘扬社会正气，市人民政府决定，对以下同志予以表彰：")
    for _ in range(4):
        d.p(f"{c.pub(d, B_AWARD, t='awardee_name')}（{r.choice(city['divs'])}{r.choice(['出租车驾驶员', '退休教师', '快递员', '村民'])}）")
    d.p(f"其中，{c.pub(d, B_AWARD, t='awardee_name')}同志在{cn_date(c.date(lo=6, hi=8))}跳入河中救起落水儿童{c.priv(d, B_MINOR, t='minor_name')}（{r.randint(6, 11)}岁），本人因此{d.R('health', '溺水致吸入性肺炎住院治疗', B_SENS)}。奖金拨付至其本人账户{c.card(d)}。")
    d.right(f"{city['city']}人民政府")
    d.right(cn_date(c.date(lo=9, hi=11)))
    d.left("（此件公开发布）")
    return d


def hire(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v)
    d = Doc("事业单位拟聘用人员公示", fmt, "主动公开", B_HIRE + "：公示姓名、性别、毕业院校、报考岗位、成绩；身份证号、手机号不公示")
    d.title(f"{city['city']}2026年事业单位公开招聘拟聘用人员公示（第{r.randint(1, 3)}批）")
    rows = [["序号", "姓名", "性别", "准考证号", "身份证号", "报考单位", "岗位代码", "笔试", "面试", "总成绩", "联系电话"]]
    for i in range(9):
        rows.append([str(i + 1), c.pub(d, B_HIRE, t="hiree_name"), r.choice(["男", "女"]), d.K("exam_ticket_no", f"2026{r.randint(10000000, 99999999)}", B_HIRE + "（公示含准考证号）"), c.idn(d, born=dt.date(r.randint(1992, 2002), r.randint(1, 12), r.randint(1, 28))),
                     f"{r.choice(city['divs'])}{r.choice(['疾控中心', '第二中学', '融媒体中心', '不动产登记中心'])}", f"{r.randint(10, 99)}0{r.randint(1, 9)}", f"{r.uniform(60, 85):.1f}", f"{r.uniform(70, 90):.2f}", f"{r.uniform(65, 87):.2f}", c.mob(d)])
    d.table(rows, small=True)
    d.p(f"公示期内，如对拟聘用人员有异议，可向市人力资源和社会保障局反映。监督电话：{c.office_tel(d)}。")
    return d


def medical_ledger(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v + 1)
    d = Doc("医疗救助审批台账（内部）", fmt, "不予公开", "内部工作台账（《政府信息公开条例》第十六条第一款），且满表为健康、金融等敏感个人信息")
    d.title(f"{city['divs'][0]}医疗保障局2026年重特大疾病医疗救助审批台账")
    rows = [["序号", "姓名", "性别", "公民身份号码", "社会保障卡号", "病种", "住院医院", "政策范围内自付（元）", "救助金额（元）", "发放银行卡", "联系方式", "家庭住址"]]
    for i in range(10):
        rows.append([str(i + 1), c.priv(d), r.choice(["男", "女"]), c.idn(d), d.R("social_security_card", V.sscard(r), B_FIN), d.R("health", r.choice(ILLNESS), B_SENS),
                     f"{city['city']}{r.choice(['第一', '第二', '中医'])}人民医院", str(money(r, 5000, 90000)), str(money(r, 2000, 40000)), c.card(d), c.mob(d) if i % 3 else c.home_tel(d), c.addr(d, with_city=False)])
    d.table(rows)
    d.p(f"制表：{c.pub(d, B_CONTACT, t='contact_name')}    审核：{c.pub(d)}")
    d.opts["sheet"] = "台账"
    return d


def spot_check(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v + 2)
    d = Doc("“双随机、一公开”抽查结果公示", fmt, "主动公开", "抽查结果依国务院“双随机、一公开”要求公示：企业名称、统一社会信用代码、检查结果、执法人员")
    d.title(f"{city['city']}{r.choice(['生态环境局', '市场监督管理局'])}2026年第三季度“双随机、一公开”抽查结果")
    rows = [["序号", "被检查对象", "统一社会信用代码", "抽查事项", "检查结果", "执法人员", "执法证号", "检查日期"]]
    for i in range(8):
        n, code = c.company(d, "“双随机、一公开”抽查结果公示（国发〔2019〕5号）")
        rows.append([str(i + 1), n, code, r.choice(["排污许可执行情况", "产品质量", "广告发布"]), r.choice(["未发现问题", "发现问题已责令整改", "未发现问题"]),
                     f"{c.pub(d, B_ENF, t='enforcement_officer')}、{c.pub(d, B_ENF, t='enforcement_officer')}",
                     d.K("enforcement_cert", f"{r.randint(14, 41)}{r.randint(100000, 999999)}{r.randint(1, 9)}", B_ENF), cn_date(c.date(lo=7, hi=9))])
    d.table(rows)
    if fmt == "csv":
        d.p(f"备注：第{r.randint(1, 8)}项企业现场负责人{c.priv(d)}拒绝签字，其联系电话{c.mob(d)}已记录在案。")
    d.opts["sheet"] = "抽查结果"
    return d


def correction(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v)
    d = Doc("社区矫正工作情况报告", fmt, "不予公开", "涉及社区矫正对象犯罪记录等敏感个人信息，且属内部工作报告；《社区矫正法》第四条：社区矫正对象的身份信息应当保密")
    d.header = "内部资料"
    d.title(f"{city['divs'][1]}司法局关于2026年第三季度社区矫正工作情况的报告")
    d.p(f"截至9月底，全区在册社区矫正对象{r.randint(80, 300)}人。现将重点对象情况报告如下：")
    for _ in range(3):
        n = c.priv(d)
        d.p(f"{n}，{r.choice(['男', '女'])}，身份证号{c.idn(d, r.choice(['plain', 'space']))}，{d.R('criminal_record', r.choice(['因诈骗罪被判处有期徒刑三年，缓刑四年', '因交通肇事罪被判处有期徒刑二年，缓刑三年', '因非法吸收公众存款罪被判处有期徒刑三年，缓刑五年']), B_SENS)}，"
            f"现住{c.addr(d)}，电子定位手机{c.mob(d)}，微信{d.R('wechat', V.wechat(r))}。")
    d.p(f"其中一名对象{d.R('health', '患有艾滋病', B_SENS)}，已协调疾控中心定期随访。矫正小组成员：{c.pub(d)}、{c.pub(d)}。")
    return d


def trip(c: Ctx, fmt, v):
    r = c.rng
    city = c.use(v + 1)
    if v == 0:
        d = Doc("因公临时出国（境）审批表", fmt, "不予公开", "出国（境）审批表为内部人事管理信息（第十六条第一款），护照号码为个人信息")
        d.title("因公临时出国（境）任务和人员审批表")
        rows = [["姓名", "性别", "出生日期", "工作单位及职务", "护照号码", "身份证号码"]]
        for _ in range(3):
            rows.append([c.pub(d), r.choice(["男", "女"]), f"{r.randint(1968, 1985)}-{r.randint(1, 12):02d}", f"{city['city']}{r.choice(['商务局副局长', '科技局科长'])}",
                         d.R("passport", "P" + "E" + "".join(str(r.randint(0, 9)) for _ in range(7)), "因公护照号码属个人证件号码（《政府信息公开条例》第十五条）"), c.idn(d)])
        d.table(rows, merges=[])
        d.p(f"出访任务：赴{r.choice(['德国', '新加坡', '日本'])}参加经贸洽谈会，在外{r.randint(5, 8)}天。经费由市商务局预算列支。")
        d.p(f"随团翻译（外聘）：{c.priv(d)}，普通护照号{d.R('passport', V.passport(r))}，手机{c.mob(d)}，港澳通行证{d.R('hkmo_permit', 'C' + str(r.randint(10000000, 99999999)))}。")
        return d
    d = Doc("因公出国（境）公示", fmt, "主动公开", "出访团组公示内容为团组人员姓名、职务、出访国家、天数（中央八项规定精神有关要求）；护照号码不公示")
    d.title(f"{city['city']}因公临时出国（境）团组信息公示")
    rows = [["团组名称", "出访国家", "天数", "团组人员", "职务"]]
    for _ in range(3):
        rows.append([f"{city['city']}经贸考察团", r.choice(["德国", "法国"]), "7", c.pub(d), f"{city['city']}{r.choice(['商务局局长', '外事办主任', '投资促进中心主任'])}"])
    d.table(rows, merges=[(1, 0, 3, 0), (1, 1, 3, 1), (1, 2, 3, 2)], small=True)
    d.p(f"公示期5个工作日。监督电话：{c.office_tel(d)}。")
    return d


# ------------------------------------------------------------------ plan: 80 documents
PLAN = [
    # (builder, fmt, variant, file stem)
    (ysq_reply, "docx", 0, "依申请公开答复书_棚改补偿"), (ysq_reply, "docx", 1, "政府信息公开申请答复_宅基地档案"),
    (ysq_reply, "docx", 2, "答复书_老旧小区资金"), (ysq_reply, "docx", 3, "依申请答复_征收分户表"),
    (ysq_reply, "pdf", 4, "信息公开申请答复书"), (ysq_reply, "txt", 5, "答复书_网上申请"),
    (hotline, "txt", 0, "12345留言选登_油烟扰民"), (hotline, "txt", 1, "12345工单回复_养老保险"),
    (hotline, "txt", 3, "热线工单回复单"), (hotline, "docx", 2, "热线留言选登"), (hotline, "pdf", 5, "12345工单回复单"),
    (xinfang, "docx", 0, "信访事项处理意见书_拆迁补偿"), (xinfang, "docx", 1, "信访处理意见书"),
    (xinfang, "pdf", 2, "信访事项处理意见"), (xinfang, "txt", 3, "信访处理意见书_复印件录入"),
    (penalty, "docx", 0, "行政处罚决定书_食品"), (penalty, "docx", 1, "行政处罚决定书_危化品"),
    (penalty, "docx", 2, "行政处罚决定书_个体户"), (penalty, "pdf", 3, "行政处罚决定书_无证经营"),
    (penalty, "pdf", 4, "处罚决定书_占道"), (penalty, "pdf", 5, "行政处罚决定书_卫生"), (penalty, "txt", 0, "行政处罚决定书_网站版"),
    (fuyi, "docx", 0, "行政复议决定书_工伤"), (fuyi, "pdf", 1, "行政复议决定书"), (fuyi, "pdf", 0, "复议决定书_维持"),
    (procurement, "pdf", 0, "中标结果公告_智慧校园"), (procurement, "pdf", 1, "成交结果公告"), (procurement, "pdf", 3, "采购结果公告_询问答复"),
    (procurement, "docx", 2, "单一来源成交公告"), (procurement, "txt", 0, "中标公告_网页复制"),
    (bidding, "pdf", 0, "中标候选人公示"), (bidding, "docx", 1, "施工中标候选人公示"),
    (appointment, "docx", 0, "职务任免通知"), (appointment, "txt", 1, "任免通知_文本"),
    (pre_appoint, "pdf", 0, "任前公示"), (pre_appoint, "docx", 1, "领导干部任前公示"),
    (dibao, "xlsx", 0, "低保公示名单"), (dibao, "pdf", 1, "低保新增对象公示"), (dibao, "docx", 2, "低保审核确认公示"), (dibao, "txt", 3, "低保公示_从表格粘贴"),
    (relief, "csv", 0, "临时救助公示"), (relief, "txt", 1, "特困供养公示"), (relief, "pdf", 2, "残疾人补贴公示"),
    (subsidy, "xlsx", 0, "耕地地力补贴公示"), (subsidy, "pdf", 1, "地力补贴公示表"),
    (student_aid, "xlsx", 0, "国家奖学金公示"), (student_aid, "docx", 1, "生活补助花名册"), (student_aid, "pdf", 2, "国家助学金名单"),
    (accident, "docx", 0, "道路运输事故通报"), (accident, "docx", 1, "事故通报_新能源"), (accident, "pdf", 2, "火灾事故通报"), (accident, "txt", 3, "事故通报_转发"),
    (minutes, "docx", 0, "专题会议纪要"), (minutes, "docx", 1, "常务会议纪要"), (minutes, "txt", 2, "会议纪要_内部"),
    (qingshi, "docx", 0, "关于特殊救助的请示"), (qingshi, "txt", 1, "请示_文本"),
    (draft, "docx", 0, "管理办法征求意见稿"), (draft, "pdf", 1, "征求意见稿_部门"),
    (internal_brief, "pdf", 0, "工作简报"), (internal_brief, "txt", 1, "简报_内部"),
    (work_secret, "docx", 0, "暗访工作方案"),
    (secret, "docx", 0, "安保部署通知"), (secret, "pdf", 1, "目标防护通知_扫描前"),
    (regulation, "pdf", 0, "保密审查办法"), (regulation, "txt", 1, "保密审查办法_文本"),
    (guide, "docx", 0, "政府信息公开指南"),
    (license_, "csv", 0, "行政许可双公示"), (license_, "pdf", 1, "行政许可信息公示"),
    (vehicle, "docx", 0, "公务用车拍卖公告"), (vehicle, "xlsx", 1, "公车拍卖标的清单"),
    (commendation, "docx", 0, "见义勇为表彰决定"),
    (hire, "pdf", 0, "拟聘用人员公示"), (hire, "xlsx", 1, "拟聘用人员名单"),
    (medical_ledger, "xlsx", 0, "医疗救助台账"),
    (spot_check, "xlsx", 0, "双随机抽查结果"), (spot_check, "csv", 1, "抽查结果公示"),
    (correction, "docx", 0, "社区矫正情况报告"),
    (trip, "docx", 0, "出国审批表"), (trip, "pdf", 1, "出国团组公示"),
]


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(a.seed)
    ctx = Ctx(rng)
    labels = []
    for i, (fn, fmt, var, stem) in enumerate(PLAN, 1):
        d = fn(ctx, fmt, var)
        d.fmt = fmt
        sub = {"docx": "docx", "pdf": "pdf", "txt": "txt", "xlsx": "sheets", "csv": "sheets"}[fmt]
        rel = f"{sub}/E{i:02d}_{stem}.{fmt}"
        (out / sub).mkdir(exist_ok=True)
        d.opts.setdefault("doc_title", stem)
        d.opts.setdefault("author", rng.choice(["Administrator", "user", "办公室", "xxgk", "WPS_1625301"]))
        if fmt in ("txt",):
            d.opts.setdefault("bom", i % 3 == 0)
            d.opts.setdefault("crlf", i % 2 == 0)
        WRITERS[fmt](d, out / rel, rng)
        # de-duplicate identical (type, value, expect)
        seen, items = set(), []
        for it in d.items:
            key = (it["type"], it["value"], it["expect"])
            if key not in seen:
                seen.add(key)
                items.append(it)
        labels.append({"file": rel, "kind": d.kind, "format_extra": False, "items": items,
                       "marking": d.marking, "attribute": d.attribute, "note": d.note})
    (out / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {len(labels)} documents to {out}")


if __name__ == "__main__":
    main()
