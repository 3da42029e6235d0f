"""The document kinds of corpus F. Each builder returns a render.Doc with its labels.

d.v(type, value) labels a value to redact and returns it; d.k(type, value) labels a value to keep.
"""

from __future__ import annotations

import calendar
import datetime as dt

from fakedata import PLACES, cn_date, fullwidth, grouped
from render import Doc

TODAY = dt.date(2026, 12, 2)
POSTCODE = {"140902": "034000", "140921": "035400", "140702": "030600", "140105": "030031", "370102": "250014",
            "430104": "410006", "510107": "610041", "420106": "430061", "610113": "710061", "350102": "350001",
            "410105": "450003"}
ABBR = {"山西省": "晋", "山东省": "鲁", "湖南省": "湘", "四川省": "川", "湖北省": "鄂", "陕西省": "陕", "福建省": "闽",
        "河南省": "豫"}


class Ctx:
    def __init__(self, f, rng):
        self.f, self.r = f, rng

    def place(self):
        return self.r.choice(PLACES)

    def date(self, lo_days=30, hi_days=700) -> dt.date:
        return TODAY - dt.timedelta(days=self.r.randint(lo_days, hi_days))

    def pick(self, *opts):
        return self.r.choice(opts)


def body_contacts(c: Ctx, d: Doc, pl, unit: str, with_addr: bool = False):
    """The issuing body's own address and phone: published by rule (条例第十二条), keep."""
    street = c.r.choice(pl[6])
    addr = f"{pl[2]}{pl[3]}{street}{c.r.randint(1, 200)}号"
    if with_addr:
        d.k("address_office", addr)
    tel = d.k("landline_office", c.f.landline(pl[4]))
    return addr, tel


def officials(c: Ctx, d: Doc, n=2, cert=False, pl=None):
    out = []
    for _ in range(n):
        nm = d.k("official_name", c.f.name())
        if cert:
            code = (pl[0] if pl else "140902")
            no = d.k("enforcement_cert_no", c.pick(f"{code}{c.f.digits(8, '0123456789')}",
                                                   f"{ABBR[pl[1]] if pl else '晋'}{code[:4]}{c.f.digits(6, '0123456789')}"))
            out.append((nm, no))
        else:
            out.append(nm)
    return out


def person(c: Ctx, pl=None, lo=1950, hi=2000, male=None):
    pl = pl or c.place()
    born = c.f.birth(lo, hi)
    m = male if male is not None else c.r.random() < .5
    return dict(name=c.f.name(m), id=c.f.id_number(c.pick(pl[0], pl[0], None) or None, born, m), born=born,
                male=m, sex="男" if m else "女", mobile=c.f.mobile(), addr=c.f.home_address(pl), pl=pl)


HEALTH = ["尿毒症", "乳腺癌", "精神分裂症", "脑梗塞后遗症", "肺结核", "重度抑郁症", "白血病", "糖尿病并发症", "肝硬化",
          "系统性红斑狼疮", "帕金森病", "胃癌晚期"]
DISAB = ["肢体二级残疾", "视力一级残疾", "智力三级残疾", "听力二级残疾", "精神二级残疾", "肢体四级残疾"]
RELIG = ["基督教", "伊斯兰教", "天主教", "佛教"]
CRIME = [("盗窃罪", "有期徒刑一年六个月"), ("诈骗罪", "有期徒刑三年，缓刑四年"), ("故意伤害罪", "有期徒刑二年"),
         ("危险驾驶罪", "拘役三个月，缓刑六个月"), ("寻衅滋事罪", "有期徒刑一年"), ("开设赌场罪", "有期徒刑二年六个月"),
         ("非法吸收公众存款罪", "有期徒刑三年，缓刑三年"), ("掩饰、隐瞒犯罪所得罪", "有期徒刑十个月")]
SCHOOLS_MID = ["第五实验学校", "外国语实验学校", "第三实验学校", "第二中学", "实验中学", "育英中学"]
SCHOOLS = ["第二实验小学", "城关第一小学", "育才小学", "第五实验学校", "新华路小学", "外国语实验学校", "第三实验学校", "东城小学"]


def seal(d: Doc, unit: str, when: dt.date):
    d.p(unit, "right")
    d.p(cn_date(when), "right")


# =====================================================================================
# 1. 12345 热线 replies
# =====================================================================================

def hotline(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    unit = f"{pl[2]}{pl[3]}{c.pick('住房和城乡建设局', '民政局', '卫生健康局', '教育局', '城市管理局')}"
    d = Doc(name, "12345热线工单办理回复", fmt, "主动公开",
            "公开的是办理结果；来电人及其家人的身份、联系方式和私事不公开（条例第十五条）")
    caller = person(c, pl)
    wd = c.date(5, 200)
    no = f"{wd:%Y%m%d}{c.f.digits(6, '0123456789')}"
    d.p(f"{pl[2]}12345政务服务便民热线工单办理情况回复", "title")
    d.p(f"工单编号：{d.k('case_no', no)}", "plain")
    d.p(f"来电时间：{cn_date(wd)}　　承办单位：{unit}", "plain")
    cn, ca = d.v("person_name", caller["name"]), d.v("address_home", caller["addr"])
    cm = d.v("mobile", c.pick(caller["mobile"], fullwidth(caller["mobile"]), grouped(caller["mobile"], [3, 4, 4])))
    shape = c.r.randint(0, 6)
    ill = c.r.choice(HEALTH)
    if shape == 0:
        d.p(f"来电人{cn}（联系电话{cm}）反映：其居住在{ca}，楼上住户装修导致其家卫生间漏水，"
            f"其母亲患有{d.v('health_info', ill)}长期卧床，无法自行处理，请求协调。")
    elif shape == 1:
        d.p(f"市民反映，家住{ca}，本人已{d.v('marital_status', '离异')}多年，独自抚养孩子，"
            f"因孩子患有{d.v('health_info', ill)}，家庭负担沉重，{'前妻' if caller['male'] else '前夫'}{d.v('person_name', c.f.name(not caller['male']))}拒不支付抚养费，"
            f"希望相关部门帮助。来电人姓名：{cn}，回访电话：{cm}。")
    elif shape == 2:
        d.p(f"{cn}来电称：{ca}小区的供暖温度长期不达标。经了解，来电人今年七十八岁，"
            f"{d.v('disability_info', c.r.choice(DISAB))}，与{d.v('family_info', '独生子关系不睦')}，独居。")
        d.p(f"工单另载明来电人手机号码为{cm}。")
    elif shape == 3:
        debt = f"{c.r.randint(3, 30)}万元"
        d.p(f"来电人反映，其借给同村村民{d.v('person_name', c.f.name())}{d.v('debt_info', '借款' + debt)}至今未还，"
            f"对方现在{d.v('address_home', c.f.home_address(pl))}居住。来电人{cn}（{cm}，住{ca}）表示其本人"
            f"{d.v('health_info', ill)}住院需用钱，请求政府帮助追讨。")
    if shape == 4:
        d.p(f"{cn}（{cm}）来电反映，其儿媳{d.v('pregnancy', '怀孕已六个月')}，一家人租住在{ca}。房东以要收回房屋为由，"
            "限其一周内搬离。来电人称儿媳身体不好，请求延缓。")
        d.p(f"经了解，该户系外来务工家庭，来电人之子在{pl[3]}一家餐馆打工，月收入较低。其儿媳此前曾因"
            f"{d.v('health_info', '先兆流产')}住院保胎。")
    elif shape == 5:
        d.p(f"市民来电称，其住所（{ca}）对面的一处民房内，每周日都有十余人聚集。来电人自称{d.v('religion', '信奉佛教')}，"
            "与该处人员并无矛盾，只是担心消防安全。")
        d.p(f"工单记录的来电人为{cn}，电话{cm}。")
    elif shape == 6:
        d.p(f"来电人系独居老人，{TODAY.year - caller['born'].year}岁。其女儿三年前因{d.v('health_info', c.r.choice(HEALTH))}去世，"
            f"儿子{d.v('criminal_record', '因诈骗罪在监狱服刑')}。该户现仅靠每月{d.k('statistic', str(c.r.randint(600, 1100)) + '元')}养老金生活，"
            f"住在{ca}一套老旧平房内，冬季取暖困难。")
        d.p(f"（来电人：{cn}；联系电话：{cm}）", "plain")
    staff = officials(c, d, 1)[0]
    d.p("办理情况：")
    d.p(c.pick(f"接到工单后，我单位工作人员{staff}于当日与来电人取得联系，并于次日上门核实。经现场查看，反映问题基本属实。"
               "我单位已协调物业服务企业及所在社区居委会进行处理，并将政策告知来电人。",
               f"我局高度重视，指派{staff}同志牵头办理。经调查，诉求涉及民事纠纷部分已建议来电人通过人民调解或诉讼途径解决；"
               f"属于本部门职责的部分，已于{cn_date(wd + dt.timedelta(days=3))}办结。"))
    if c.r.random() < .6:
        ref = d.k("street_name", c.pick("中山路", "解放路", "人民路", "五一路"))
        d.p(f"另，来电人提及的{ref}沿线路灯问题，已转城市管理部门一并处理。")
    addr, tel = body_contacts(c, d, pl, unit, True)
    d.p(f"如对办理结果有异议，可拨打12345或致电{unit}（{tel}，地址：{addr}）。")
    seal(d, unit, wd + dt.timedelta(days=c.r.randint(5, 14)))
    return d


# =====================================================================================
# 2. 信访事项处理意见书 / 复查意见书
# =====================================================================================

def petition(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    review = c.r.random() < .45
    unit = f"{pl[2]}{pl[3]}{c.pick('人力资源和社会保障局', '民政局', '自然资源局', '住房保障中心', '退役军人事务局')}" \
        if not review else f"{pl[2]}人民政府信访局"
    d = Doc(name, "信访事项复查意见书" if review else "信访事项处理意见书", fmt, "依申请公开",
            "送达信访人本人的文书；其中信访人及第三人的个人信息不向社会公开（信访工作条例 第四十五条；条例第十五条）")
    p1 = person(c, pl)
    yr = c.date(20, 300)
    d.p(f"{unit}", "center")
    d.p("信访事项" + ("复查" if review else "处理") + "意见书", "title")
    d.p(f"{pl[3][:1]}{'信复' if review else '信处'}〔{yr.year}〕{c.r.randint(3, 180)}号", "center")
    nm = d.v("person_name", p1["name"])
    style = c.r.randint(0, 2)
    if style == 0:
        d.p(f"信访人：{nm}，{p1['sex']}，{d.v('birth_date', str(p1['born'].year) + '年' + str(p1['born'].month) + '月')}出生，"
            f"公民身份号码{d.v('id_number', p1['id'])}，住{d.v('address_home', p1['addr'])}，联系电话{d.v('mobile', p1['mobile'])}。", "plain")
    elif style == 1:
        d.p(f"{nm}：", "plain")
        d.p(f"你于{cn_date(yr)}通过网上信访系统提出的信访事项（身份证号：{d.v('id_number', fullwidth(p1['id']))}，"
            f"手机：{d.v('mobile', p1['mobile'])}）本机关已受理。")
    else:
        d.p(f"来信人{nm}（{p1['sex']}，住{d.v('address_home', p1['addr'])}）", "plain")
    spouse = c.f.name()
    ill = c.r.choice(HEALTH)
    facts = c.r.randint(0, 4)
    if facts == 4:
        d.p(f"信访人反映，其家庭被取消低保后生活困难，请求恢复。")
        d.p(f"经入户调查，该户共{c.r.randint(3, 5)}口人。户主即信访人本人，长期{d.v('health_info', c.r.choice(HEALTH))}；"
            f"其长女{d.v('person_name', c.f.name(False))}{d.v('marital_status', '离婚')}后带孩子回娘家居住，"
            f"目前{d.v('pregnancy', '怀有身孕')}；其次子在{d.v('school_class', c.r.choice(SCHOOLS_MID) + '初三（2）班')}就读。")
        d.p(f"该户于{yr.year - 1}年因家庭成员名下新增{d.v('plate', c.f.plate(pl[5]))}号车辆，被停发低保金。"
            "经核实，该车辆登记在长女前夫名下，实际并不归该户所有。")
    elif facts == 0:
        d.p(f"信访人反映：其与{d.v('person_name', spouse)}于{yr.year - c.r.randint(2, 8)}年"
            f"{d.v('marital_status', '协议离婚')}后，女儿随其生活，现本人{d.v('health_info', ill)}无法工作，"
            "申请将其纳入最低生活保障范围。")
        d.p(f"经查，信访人名下有{d.v('plate', c.f.plate(pl[5]))}小型轿车一辆，家庭财产状况不符合认定条件。"
            "该户曾于去年提出申请，经入户调查未予通过。")
    elif facts == 1:
        soldier = c.f.name(True)
        d.p(f"来信称，其父{d.v('person_name', soldier)}系退役军人，"
            f"{yr.year - c.r.randint(1, 5)}年因{d.v('health_info', ill)}去世，请求落实遗属抚恤待遇。")
        d.p(f"经核查档案，{soldier}生前曾因{d.v('criminal_record', c.r.choice(CRIME)[0])}被判处刑罚，"
            "依照有关规定不享受相关待遇。")
    elif facts == 2:
        d.p(f"信访人诉称其宅基地被邻居{d.v('person_name', c.f.name())}侵占，双方多次发生肢体冲突，"
            f"其{'妻子' if p1['male'] else '儿媳'}因此{d.v('health_info', '流产')}住院。")
        d.p(f"另查明，信访人系{d.v('disability_info', c.r.choice(DISAB))}人员，残疾人证号"
            f"{d.v('disability_cert_no', p1['id'] + str(c.r.randint(1, 7)) + str(c.r.randint(1, 4)))}。")
    else:
        d.p(f"信访人反映所在单位拖欠其工资{d.v('debt_info', str(c.r.randint(2, 9)) + '万余元')}。其本人"
            f"{d.v('religion', '信仰' + c.r.choice(RELIG))}，认为单位因此对其区别对待。")
        card, bank = c.f.bank_card()
        d.p(f"其工资卡开户行为{bank}，卡号{d.v('bank_card', grouped(card, [4, 4, 4, 4, 3]))}。")
    staff = officials(c, d, 2)
    if c.r.random() < .5:
        d.footnote(f"本机关经调查认为，……现提出如下{'复查' if review else '处理'}意见：信访人的请求缺乏政策依据，不予支持。",
                   f"调查过程中，本机关询问了信访人的{c.pick('邻居', '前同事', '村委会主任')}{d.v('person_name', c.f.name())}，"
                   f"询问笔录已存档（联系电话{d.v('mobile', c.f.mobile())}）。")
    else:
        d.p(f"本机关经调查认为，……现提出如下{'复查' if review else '处理'}意见：信访人的请求缺乏政策依据，不予支持。")
    d.p("《信访工作条例》第三十五条规定，信访人对处理意见不服的，可以自收到书面答复之日起30日内请求原办理机关、"
        "单位的上一级机关、单位复查。", "body")
    addr, tel = body_contacts(c, d, pl, unit)
    d.p(f"承办人：{staff[0]}、{staff[1]}　　联系电话：{tel}", "plain")
    seal(d, unit, yr + dt.timedelta(days=40))
    return d


# =====================================================================================
# 3. 依申请公开答复书
# =====================================================================================

def foi_reply(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    unit = f"{pl[2]}{pl[3]}{c.pick('人民政府', '自然资源局', '住房和城乡建设局', '市场监督管理局', '公安分局')}"
    d = Doc(name, "政府信息公开申请答复书", fmt, "依申请公开",
            "答复书本身依申请提供；申请人和第三人的个人信息不得公开（条例第十五条、第三十七条）")
    ap = person(c, pl)
    rcv = c.date(30, 300)
    d.p(f"{unit}", "center")
    d.p("政府信息公开申请答复书", "title")
    d.p(f"{pl[3][:1]}政依复〔{rcv.year}〕{c.r.randint(1, 99)}号", "center")
    nm = d.v("person_name", ap["name"])
    d.p(f"{nm}：", "plain")
    mail = d.v("email_private", c.f.email())
    d.p(f"本机关于{cn_date(rcv)}收到你通过{c.pick('信函', '网上申请平台', '当面')}提交的政府信息公开申请"
        f"（申请人身份证号码：{d.v('id_number', ap['id'])}；通讯地址：{d.v('address_home', ap['addr'])}；"
        f"电子邮箱：{mail}），申请获取“{c.pick('本人房屋所在地块的征收补偿方案', '某小区规划许可证及附图', '2023年度某项目环评批复', '对某企业投诉的调查处理结果')}”。")
    third = c.f.name()
    d.p("经审查，现答复如下：")
    d.p(f"你申请的信息中，《{c.pick('征收补偿安置方案', '建设工程规划许可证', '投诉处理意见')}》属于公开范围，现予提供（见附件）。")
    d.p(f"其中涉及第三人{d.v('person_name', third)}的身份证号码、家庭住址及其"
        f"{d.v('health_info', c.r.choice(HEALTH))}病历资料，属于个人隐私。本机关依照《中华人民共和国政府信息公开条例》"
        "第三十二条书面征求了第三人意见，第三人不同意公开。依据该条例第十五条、第三十七条，对上述内容作区分处理后提供。")
    if c.r.random() < .5:
        d.p(f"另经检索，第三人名下不动产权证书（{d.v('property_cert_no', c.f.property_cert(ABBR[pl[1]], pl[2], rcv.year - c.r.randint(1, 8)))}）"
            "的登记信息，应当通过不动产登记机构依照《不动产登记资料查询暂行办法》查询，不属于本次答复范围。")
    if c.r.random() < .7:
        d.footnote("如对本答复不服，可以自收到本答复之日起60日内向上一级行政机关申请行政复议，或者在6个月内向人民法院提起行政诉讼。",
                   c.pick(lambda: f"本答复书已按申请人预留电话{d.v('mobile', ap['mobile'])}通知领取。",
                          lambda: f"第三人{third}的意见书由其本人签收，签收时登记电话{d.v('mobile', c.f.mobile())}。",
                          lambda: "依据《中华人民共和国政府信息公开条例》第三十六条第（三）项、第三十七条。")())
    else:
        d.p("如对本答复不服，可以自收到本答复之日起60日内向上一级行政机关申请行政复议，或者在6个月内向人民法院提起行政诉讼。")
    addr, tel = body_contacts(c, d, pl, unit, True)
    email = d.k("email_office", c.pick("xxgk", "zwgk", "gkb") + c.f.digits(4, "0123456789") + "@" + c.pick("163.com", "126.com"))
    d.p(f"联系地址：{addr}　联系电话：{tel}　电子邮箱：{email}", "plain")
    seal(d, unit, rcv + dt.timedelta(days=15))
    d.p("（此件依申请公开）", "plain")
    return d


# =====================================================================================
# 4. 人大建议 / 政协提案答复
# =====================================================================================

def npc_reply(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    cppcc = c.r.random() < .5
    unit = f"{pl[2]}{c.pick('教育局', '卫生健康委员会', '民政局', '医疗保障局')}"
    d = Doc(name, "政协提案答复" if cppcc else "人大代表建议答复", fmt, "主动公开",
            "代表、委员履职身份公开（keep）；答复中举例的群众个人情况不公开")
    yr = c.date(60, 400)
    rep = d.k("official_name", c.f.name())
    d.p(f"关于{pl[2]}{'政协' if cppcc else '人大'}{c.pick('十五届', '十六届')}{c.pick('一', '二', '三')}次会议第{c.r.randint(10, 320)}号"
        f"{'提案' if cppcc else '建议'}的答复", "title")
    d.p(f"{rep}{'委员' if cppcc else '代表'}：", "plain")
    topic = c.pick("困难家庭重病患者医疗救助", "农村留守儿童关爱", "残疾儿童康复救助", "独居老人助餐服务")
    d.p(f"您提出的《关于加强{topic}的{'提案' if cppcc else '建议'}》收悉。现答复如下：")
    stats = d.k("statistic", f"{c.r.randint(1000, 9000)}人次")
    money = d.k("statistic", f"{c.r.randint(100, 900)}.{c.r.randint(1, 9)}万元")
    d.p(f"近年来，我市累计救助{stats}，支出资金{money}。")
    kid = person(c, pl, 2012, 2019)
    parent = c.f.name(True)
    kind_word = "提案" if cppcc else "建议"
    sh = c.r.randint(0, 2)
    if sh == 0:
        d.p(f"您在{kind_word}中提到的{pl[3]}{d.v('person_name', kid['name'])}同学（"
            f"{d.v('school_class', c.r.choice(SCHOOLS) + c.pick('三', '四', '五', '六') + '年级' + str(c.r.randint(1, 6)) + '班')}）"
            f"患{d.v('health_info', c.r.choice(HEALTH))}，其父亲{d.v('person_name', parent)}"
            f"{d.v('criminal_record', '正在服刑')}、母亲{d.v('family_info', '改嫁外地')}一事，我局已会同所在街道落实临时救助，"
            "并安排教师定期家访。")
    elif sh == 1:
        d.p(f"关于{kind_word}所附群众来信反映的个案，经我局会同{pl[3]}民政部门核实：来信人{d.v('person_name', parent)}"
            f"（{d.v('mobile', c.f.mobile())}）之妻因{d.v('health_info', c.r.choice(HEALTH))}长期住院，"
            f"该户已于{TODAY.year - 1}年纳入低保。其家中{d.v('family_info', '两个孩子均由年迈祖母照看')}，"
            "我们已协调社区安排志愿者结对帮扶。")
    else:
        d.p(f"{kind_word}中列举的事例属实。该名学生现年{TODAY.year - kid['born'].year}岁，"
            f"在{d.v('school_class', c.r.choice(SCHOOLS) + c.pick('二', '三', '四') + '年级')}随班就读。"
            f"据其监护人介绍，孩子{d.v('disability_info', c.pick('患有孤独症谱系障碍', '系脑瘫儿童', '智力二级残疾'))}，"
            f"家里为康复训练已{d.v('debt_info', '负债' + str(c.r.randint(5, 20)) + '万元')}。"
            "我局已将其纳入残疾儿童康复救助范围。")
    d.p(f"下一步，我们将借鉴{d.k('place_name', c.pick('五台山', '雁门关', '岳麓山', '武侯祠'))}景区周边社区经验，完善工作机制。")
    head = d.k("official_name", c.f.name())
    addr, tel = body_contacts(c, d, pl, unit)
    d.p(f"领导署名：{head}　　联系人：{d.k('official_name', c.f.name())}　　联系电话：{tel}", "plain")
    seal(d, unit, yr)
    d.p("（此件公开发布）", "plain")
    return d


# =====================================================================================
# 5. 社区矫正 情况报告 / 6. 安置帮教
# =====================================================================================

def correction(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    unit = f"{pl[2]}{pl[3]}司法局{c.pick('城关', '东城', '北关', '新华')}司法所"
    d = Doc(name, "社区矫正对象情况报告", fmt, "不予公开",
            "社区矫正案卷，属行政执法案卷和个人隐私（条例第十五条、第十六条；社区矫正法第二十六条第二款）")
    d.marking = None
    d.header = "内部资料　注意保存"
    p1 = person(c, pl, 1970, 2002)
    crime, sent = c.r.choice(CRIME)
    d.p("内部资料　注意保存", "plain")
    d.p(f"关于社区矫正对象{d.v('person_name', p1['name'])}的情况报告", "title")
    d.p(f"{pl[3]}司法局：", "plain")
    sh = c.r.randint(0, 2)
    if sh == 0:
        d.p(f"社区矫正对象{p1['name']}，{p1['sex']}，身份证号{d.v('id_number', p1['id'])}，户籍地{d.v('address_home', p1['addr'])}。"
            f"因犯{d.v('criminal_record', crime)}，于{c.date(200, 900).year}年被{pl[3]}人民法院判处{d.v('criminal_record', sent)}。")
    elif sh == 1:
        d.p(f"我所在册矫正对象{p1['name']}（{d.v('id_number', grouped(p1['id'], [6, 8, 4]))}）系"
            f"{d.v('criminal_record', crime)}缓刑人员，入矫以来居住在{d.v('address_home', p1['addr'])}。")
    else:
        d.p(f"该对象于入矫宣告时如实报告：其曾犯{d.v('criminal_record', crime)}，现{d.v('marital_status', '已离婚')}，"
            f"与年迈父亲同住，父亲{d.v('health_info', c.r.choice(HEALTH))}。其身份证号码为{d.v('id_number', p1['id'])}。")
    boss = c.f.name()
    d.p(f"矫正期间，其在{c.pick('某物流公司', '城郊一家汽修厂', '亲戚开办的餐馆')}务工，雇主{d.v('person_name', boss)}"
        f"（电话{d.v('mobile', c.f.mobile())}）反映其表现良好。其子就读于"
        f"{d.v('school_class', c.pick(c.r.choice(SCHOOLS_MID) + c.pick('初二', '初一'), c.r.choice(SCHOOLS) + c.pick('三年级', '五年级')) + '（' + str(c.r.randint(1, 8)) + '）班')}。")
    d.p(f"{cn_date(c.date(10, 90))}，该对象未经批准离开{pl[2]}，经电话（{d.v('mobile', p1['mobile'])}）联系后返回，"
        f"其微信号{d.v('wechat', c.f.wechat())}的定位信息显示其曾前往外省。根据《中华人民共和国社区矫正法》第二十八条，建议给予警告。")
    st = officials(c, d, 2)
    d.p(f"矫正小组成员：{st[0]}（司法所所长）、{st[1]}（社区矫正专职干部）", "plain")
    seal(d, unit, c.date(3, 30))
    return d


def resettlement(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    unit = f"{pl[2]}{pl[3]}安置帮教工作领导小组办公室"
    d = Doc(name, "安置帮教工作台账", fmt, "不予公开",
            "刑满释放人员信息属个人隐私且为内部工作台账（条例第十五条、第十六条第一款）")
    d.header = "工作秘密"
    d.p("工作秘密", "plain")
    d.p(f"{pl[3]}刑满释放人员安置帮教花名册（{TODAY.year}年第{c.r.randint(1, 4)}季度）", "title")
    rows = [["序号", "姓名", "性别", "身份证号", "罪名", "原判刑期", "释放日期", "现住址", "帮教责任人", "联系电话"]]
    helpers = [d.k("official_name", c.f.name()) for _ in range(3)]
    for i in range(c.r.randint(36, 44) if fmt == "pdf" else c.r.randint(9, 16)):
        p1 = person(c, pl, 1960, 2000)
        cr, sent = c.r.choice(CRIME)
        rows.append([str(i + 1), d.v("person_name", p1["name"]), p1["sex"], d.v("id_number", p1["id"]),
                     d.v("criminal_record", cr), sent.split("，")[0], f"{c.date(30, 1500):%Y.%m.%d}",
                     d.v("address_home", p1["addr"]), c.r.choice(helpers), d.v("mobile", p1["mobile"])])
    d.table(rows)
    d.p(f"制表：{c.r.choice(helpers)}　　审核：{d.k('official_name', c.f.name())}", "plain")
    return d


# =====================================================================================
# 7. 人民调解协议书
# =====================================================================================

def mediation(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    unit = f"{pl[3]}{c.r.choice(pl[7])}人民调解委员会"
    d = Doc(name, "人民调解协议书", fmt, "不予公开",
            "调解协议仅送达当事人；当事人身份和纠纷事实属个人隐私（人民调解法第十五条第（四）项：不得泄露当事人的个人隐私；条例第十五条）")
    kind = c.r.randint(0, 2)
    a, b = (person(c, pl, male=False), person(c, pl, male=True)) if kind == 0 else (person(c, pl), person(c, pl))
    if c.r.random() < .6:
        d.header = f"{a['name']}与{b['name']}纠纷调解卷"
    d.p("人民调解协议书", "title")
    d.p(f"编号：{pl[3][:1]}调〔{TODAY.year}〕{c.r.randint(1, 300)}号", "right")
    for role, p1 in (("甲方", a), ("乙方", b)):
        d.p(f"当事人（{role}）：{d.v('person_name', p1['name'])}，{p1['sex']}，{d.v('ethnicity', c.pick('汉族', '回族', '满族', '蒙古族')) if c.r.random() < .3 else '汉族'}，"
            f"身份证号码{d.v('id_number', p1['id'])}，住址{d.v('address_home', p1['addr'])}，电话{d.v('mobile', p1['mobile'])}。", "plain")
    if kind == 0:
        d.p(f"纠纷简要情况：甲乙双方原系夫妻，于{TODAY.year - c.r.randint(1, 4)}年{d.v('marital_status', '经法院判决离婚')}。"
            f"离婚后，双方之子{d.v('person_name', c.f.name(True))}（现就读于{d.v('school_class', c.r.choice(SCHOOLS) + '二年级3班')}）"
            f"随甲方生活，乙方欠付抚养费{d.v('debt_info', str(c.r.randint(1, 6)) + '万元')}。")
    elif kind == 1:
        d.p(f"纠纷简要情况：{cn_date(c.date(20, 200))}，乙方饲养的犬只将甲方咬伤，甲方在{pl[2]}人民医院治疗，"
            f"诊断为{d.v('health_info', '左小腿开放性损伤伴狂犬病暴露')}。因甲方{d.v('pregnancy', '怀孕五个月')}，"
            "治疗费用较高，双方就赔偿数额发生争议。")
    else:
        d.p(f"纠纷简要情况：乙方于{TODAY.year - 2}年向甲方借款{d.v('debt_info', '人民币' + str(c.r.randint(5, 40)) + '万元')}，"
            f"约定用于经营，后因乙方{d.v('health_info', c.r.choice(HEALTH))}住院，无力按期还款。")
    card, bank = c.f.bank_card()
    d.p("经调解，双方自愿达成如下协议：")
    d.p(f"一、乙方于{cn_date(TODAY + dt.timedelta(days=c.r.randint(10, 60)))}前一次性支付甲方人民币"
        f"{d.k('statistic', str(c.r.randint(8, 60)) + '000元')}，汇入甲方{bank}账户{d.v('bank_card', card)}。")
    d.p("二、本协议履行完毕后，双方再无其他纠纷。")
    med = d.k("official_name", c.f.name())
    d.p(f"调解员：{med}　　记录人：{d.k('official_name', c.f.name())}", "plain")
    d.p(f"甲方（签名）：{a['name']}　　乙方（签名）：{b['name']}", "plain")
    seal(d, unit, c.date(5, 60))
    return d


# =====================================================================================
# 8. 教育局 replies about minors
# =====================================================================================

def edu_reply(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    unit = f"{pl[2]}{pl[3]}教育局"
    d = Doc(name, "教育局信访/留言答复（涉未成年人）", fmt, "主动公开",
            "网上留言答复公开；涉及未成年人的姓名、学校班级、健康等一律不公开（未成年人保护法第一百零三条、个人信息保护法第二十八条）")
    kid = person(c, pl, 2011, 2019)
    par = person(c, pl, 1978, 1992, male=False)
    d.p(f"关于网民“{d.k('nickname', c.pick('晋阳老李', 'happy妈妈', '湘江边的家长', '麓山脚下'))}”留言的答复", "title")
    grade = c.pick("四年级", "五年级", "六年级", "初一年级", "初二年级")
    sch = c.r.choice(SCHOOLS_MID if grade.startswith("初") else SCHOOLS)
    cls = d.v("school_class", f"{pl[3]}{sch}{grade}{c.r.randint(1, 9)}班")
    knm = d.v("person_name", kid["name"])
    sh = c.r.randint(0, 2)
    if sh == 0:
        d.p(f"网民留言反映：其孩子{knm}在{cls}就读，多次被同班同学{d.v('person_name', c.f.name())}等人欺凌，"
            f"导致孩子{d.v('health_info', '出现焦虑抑郁症状')}，学校处理不力。")
    elif sh == 1:
        d.p(f"留言人称，其女{knm}（学籍号{d.v('student_no', 'G' + kid['id'])}）因家庭搬迁，申请由原校转入{cls}，学校以学位已满为由拒收。")
    else:
        d.p(f"经核实，留言所涉学生{knm}就读于{cls}，系{d.v('disability_info', c.r.choice(DISAB))}儿童，"
            f"其母亲{d.v('person_name', par['name'])}（{d.v('mobile', par['mobile'])}）申请随班就读并配备资源教师。")
    d.p(f"我局接到留言后，责成{d.k('org_name', pl[3] + sch)}成立专班核查，并约谈了涉事班级班主任。现将有关情况答复如下：")
    d.p("一、学校已按照《未成年人学校保护规定》对涉事学生进行批评教育，并通知其监护人到校；"
        "二、学校心理辅导教师已对该生开展心理疏导；三、我局将在全区开展学生欺凌专项治理。")
    if c.r.random() < .5:
        d.p(f"该生监护人身份证号码{d.v('id_number', par['id'])}、家庭住址{d.v('address_home', par['addr'])}等信息已由学校存档。")
    addr, tel = body_contacts(c, d, pl, unit)
    d.p(f"咨询电话：{tel}（工作日）。{d.k('landline_public_service', '12345')}热线亦可受理。", "plain")
    seal(d, unit, c.date(5, 90))
    return d


# =====================================================================================
# 9. 临时救助 / 医疗救助 审批表 (key-value form)
# =====================================================================================

def relief_form(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    d = Doc(name, "临时救助/医疗救助审批表", fmt, "不予公开",
            "个人申请材料，含健康和财产状况（条例第十五条；个人信息保护法第二十八条）")
    p1 = person(c, pl, 1955, 1995)
    card, bank = c.f.bank_card()
    d.p(f"{pl[2]}{pl[3]}{c.pick('临时救助', '医疗救助', '困难群众救助')}审批表", "title")
    fam = c.f.name()
    rows = [
        ["申请人姓名", d.v("person_name", p1["name"]), "性别", p1["sex"], "民族", "汉"],
        ["身份证号码", d.v("id_number", p1["id"]), None, "联系电话", d.v("mobile", p1["mobile"]), None],
        ["家庭住址", d.v("address_home", p1["addr"]), None, None, None, None],
        ["家庭成员", f"{d.v('person_name', fam)}（配偶，{d.v('disability_info', c.r.choice(DISAB))}）", None, None, None, None],
        ["申请事由", f"申请人因{d.v('health_info', c.r.choice(HEALTH))}在{pl[2]}人民医院住院治疗，自付医疗费用"
                 f"{d.k('statistic', str(c.r.randint(2, 19)) + '.' + str(c.r.randint(1, 9)) + '万元')}，家庭生活陷入困境。", None, None, None, None, None],
        ["医保卡号", d.v("medical_insurance_card", c.f.medical_no(pl[0])), None, "社保卡号", d.v("social_security_card", c.f.sscard()), None],
        ["开户银行", bank, None, "银行账号", d.v("bank_card", card), None],
        ["社区意见", f"情况属实，同意上报。经办人：{d.k('official_name', c.f.name())}", None, None, None, None],
        ["乡镇（街道）审核意见", f"同意救助{d.k('statistic', str(c.r.randint(2, 8)) + '000元')}。审核人：{d.k('official_name', c.f.name())}", None, None, None, None],
        ["民政部门审批意见", f"同意。审批人：{d.k('official_name', c.f.name())}　{cn_date(c.date(5, 100))}", None, None, None, None],
    ]
    merges = [(1, 1, 1, 2), (1, 4, 1, 5), (2, 1, 2, 5), (3, 1, 3, 5), (4, 1, 4, 5), (5, 1, 5, 2), (5, 4, 5, 5),
              (6, 1, 6, 2), (6, 4, 6, 5), (7, 1, 7, 5), (8, 1, 8, 5), (9, 1, 9, 5)]
    d.table(rows, header_rows=0, merges=merges)
    return d


# =====================================================================================
# 10. 行政处罚决定书 (natural person / 个体工商户 / company)
# =====================================================================================

def penalty(c: Ctx, fmt: str, name: str, who: str | None = None) -> Doc:
    pl = c.place()
    who = who or c.pick("person", "getihu", "company")
    agency = c.pick("市场监督管理局", "城市管理综合行政执法局", "生态环境局", "公安分局", "文化和旅游局", "交通运输局")
    if who == "person":
        agency = c.pick("公安分局", "城市管理综合行政执法局", "交通运输局")
    elif who == "getihu":
        agency = "市场监督管理局"
    else:
        agency = c.pick("市场监督管理局", "生态环境局")
    unit = f"{pl[2]}{pl[3]}{agency}" if agency != "生态环境局" else f"{pl[2]}生态环境局"
    d = Doc(name, {"person": "行政处罚决定书（自然人）", "getihu": "行政处罚决定书（个体工商户）",
                   "company": "行政处罚决定书（企业）"}[who], fmt, "主动公开",
            "行政处罚法第四十八条、条例第二十条第（六）项：决定书公开；自然人当事人及证人、被侵害人的身份信息不公开；"
            "企业名称、统一代码、法定代表人，个体工商户字号、统一代码、经营者姓名和经营场所公开；执法人员及执法证号公开")
    yr = c.date(20, 400)
    d.p(unit, "center")
    d.p("行政处罚决定书", "title")
    abbr = {"市场监督管理局": "市监", "城市管理综合行政执法局": "综执", "生态环境局": "环", "公安分局": "公(治)",
            "文化和旅游局": "文旅", "交通运输局": "交"}[agency]
    d.p(f"{pl[3][:1]}{abbr}罚〔{yr.year}〕{c.r.randint(1, 400)}号", "center")
    if who == "person":
        p1 = person(c, pl, 1965, 2003)
        d.p(f"违法行为人：{d.v('person_name', p1['name'])}，{p1['sex']}，"
            f"{d.v('birth_date', cn_date(p1['born']))}出生，公民身份号码：{d.v('id_number', p1['id'])}，"
            f"现住{d.v('address_home', p1['addr'])}，联系电话：{d.v('mobile', p1['mobile'])}。", "plain")
        if c.r.random() < .5:
            d.p(f"曾因{d.v('criminal_record', c.pick('赌博', '殴打他人', '盗窃'))}于{yr.year - 3}年被{pl[3]}公安分局行政拘留十日。", "plain")
        victim = c.f.name()
        wit = c.f.name()
        if agency == "公安分局":
            d.p(f"现查明，{cn_date(yr)}晚，违法行为人{p1['name']}在{pl[3]}{c.r.choice(pl[6])}一烧烤店内，因琐事与"
                f"{d.v('person_name', victim)}（被侵害人，{d.v('mobile', c.f.mobile())}）发生争执，用酒瓶将其头部打伤，"
                f"经鉴定为{d.v('health_info', '轻微伤')}。以上事实有证人{d.v('person_name', wit)}的证言、视频监控等证据证实。")
            d.p("根据《中华人民共和国治安管理处罚法》第五十一条第一款之规定，决定给予行政拘留十日并处罚款五百元的处罚。")
        else:
            d.p(f"现查明，{cn_date(yr)}，当事人驾驶{d.v('plate', c.f.plate(pl[5]))}号{c.pick('小型普通客车', '轻型厢式货车')}"
                f"（车辆识别代号{d.v('vin', c.f.vin())}），在{pl[3]}{c.r.choice(pl[6])}从事{c.pick('非法营运', '渣土运输未密闭')}活动，"
                f"乘客{d.v('person_name', victim)}证实支付车费{d.k('statistic', str(c.r.randint(20, 90)) + '元')}。")
            d.p("依据《山西省道路运输条例》有关规定，决定处以罚款人民币一万元。")
    elif who == "getihu":
        op = person(c, pl, 1965, 1998)
        shop = d.k("company_name", f"{pl[3]}{c.pick('鑫源', '福满楼', '老王', '惠民', '丰泽', '金鼎')}{c.pick('副食店', '烟酒商行', '餐馆', '便利店', '药店', '母婴用品店')}")
        d.p(f"当事人：{shop}（个体工商户）", "plain")
        d.p(f"统一社会信用代码：{d.k('uscc', c.f.uscc(pl[0], '92'))}", "plain")
        d.p(f"经营者：{d.k('legal_rep', op['name'])}　　经营场所：{d.k('address_business', pl[3] + c.r.choice(pl[6]) + str(c.r.randint(1, 300)) + '号')}", "plain")
        d.p(f"经营者身份证号码：{d.v('id_number', op['id'])}　　联系电话：{d.v('mobile', op['mobile'])}", "plain")
        emp = c.f.name()
        d.p(f"{cn_date(yr)}，执法人员对当事人经营场所进行检查，发现其销售的"
            f"{c.pick('“玉溪”牌卷烟', '散装白酒', '过期奶粉', '无中文标签食品')}涉嫌违法。店员{d.v('person_name', emp)}"
            f"（{d.v('id_number', c.f.id_number())}）在现场笔录上签字确认。")
        d.p(f"当事人违法所得{d.k('statistic', str(c.r.randint(200, 9000)) + '元')}，依法予以没收，并处罚款。")
    else:
        lr = c.f.name()
        comp = d.k("company_name", f"{pl[2][:-1]}{c.pick('恒通', '晋茂', '盛达', '天润', '华泰', '北辰')}{c.pick('建材', '化工', '食品', '物流', '环保科技', '商贸')}有限公司")
        d.p(f"当事人：{comp}", "plain")
        d.p(f"统一社会信用代码：{d.k('uscc', c.f.uscc(pl[0][:4] + '00'))}", "plain")
        d.p(f"法定代表人：{d.k('legal_rep', lr)}　　住所：{d.k('address_business', pl[2] + pl[3] + c.r.choice(pl[6]) + str(c.r.randint(1, 300)) + '号')}", "plain")
        ag = person(c, pl, 1975, 2000)
        if c.r.random() < .5:
            law = c.f.name()
            d.p(f"委托代理人：{d.k('lawyer_name', law)}，{d.k('org_name', c.pick('山西晋商律师事务所', '湖南湘楚律师事务所', '四川蜀都律师事务所'))}律师。", "plain")
        d.p(f"委托代理人：{d.v('person_name', ag['name'])}，该公司员工，身份证号{d.v('id_number', ag['id'])}，"
            f"电话{d.v('mobile', ag['mobile'])}。", "plain")
        worker = c.f.name()
        d.p(f"经查，当事人于{cn_date(yr)}在生产过程中{c.pick('未按规定贮存危险废物', '超标排放废水', '使用超过保质期的原料')}，"
            f"车间主任{d.v('person_name', worker)}在询问笔录中承认知情。当事人员工{d.v('person_name', c.f.name())}因此"
            f"{d.v('health_info', '急性化学性结膜炎')}入院。")
        d.p(f"以上事实有现场检查笔录、询问笔录及{d.k('org_name', pl[2] + '环境监测站')}监测报告等证据证实。")
    d.p("当事人如不服本处罚决定，可在收到本决定书之日起六十日内向"
        f"{pl[2]}人民政府申请行政复议，也可以在六个月内依法向人民法院提起行政诉讼。")
    acct = d.k("bank_account_org", c.pick("1409", "0508", "1405") + c.f.digits(16, "0123456789"))
    d.p(f"罚款请于十五日内缴至{pl[2]}财政局非税收入汇缴账户（开户行：中国工商银行{pl[2]}分行，账号：{acct}）。")
    offs = officials(c, d, 2, cert=True, pl=pl)
    d.p(f"执法人员：{offs[0][0]}（执法证号{offs[0][1]}）、{offs[1][0]}（执法证号{offs[1][1]}）", "plain")
    seal(d, unit, yr + dt.timedelta(days=25))
    return d


# =====================================================================================
# 11. 行政强制 / 责令改正
# =====================================================================================

def coercion(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    unit = f"{pl[2]}{pl[3]}{c.pick('市场监督管理局', '城市管理综合行政执法局', '交通运输局')}"
    d = Doc(name, "查封（扣押）决定书", fmt, "不予公开",
            "行政强制措施文书属行政执法案卷，且含当事人个人信息（条例第十六条第二款）")
    p1 = person(c, pl, 1960, 2000)
    yr = c.date(10, 300)
    d.p(unit, "center")
    d.p("实施行政强制措施决定书", "title")
    d.p(f"{pl[3][:1]}强决〔{yr.year}〕{c.r.randint(1, 99)}号", "center")
    d.p(f"当事人：{d.v('person_name', p1['name'])}　　证件号码：{d.v('id_number', p1['id'])}", "plain")
    d.p(f"住址：{d.v('address_home', p1['addr'])}　　座机：{d.v('landline_private', c.f.landline(pl[4]))}", "plain")
    plate, vin = c.f.plate(pl[5]), c.f.vin()
    if c.r.random() < .5:
        d.p(f"因你涉嫌{c.pick('非法营运', '超限运输', '违规运输危险货物')}，根据《中华人民共和国行政强制法》第九条、第二十三条，"
            f"本机关决定对你所有的{d.v('plate', plate)}号车辆（VIN：{d.v('vin', vin)}，驾驶证档案编号"
            f"{d.v('driver_file_no', c.f.driver_file(pl[0]))}）予以扣押，期限三十日。")
    else:
        plat = d.k("company_name", f"{pl[2][:-1]}{c.pick('快送', '闪达', '同城')}配送服务有限公司")
        d.p(f"经查，你在为{plat}配送期间，驾驶未悬挂号牌的改装电动自行车"
            f"载客并逆行，撞伤行人{d.v('person_name', c.f.name())}（{d.v('health_info', '右股骨骨折')}）。")
        d.p(f"现场检查时，你出示了驾驶证（档案编号{d.v('driver_file_no', c.f.driver_file(pl[0]))}），"
            f"并承认该车系从同事{d.v('person_name', c.f.name())}处购得。本机关依据《中华人民共和国行政强制法》第九条决定"
            f"扣押该车及你同时驾驶的{d.v('plate', plate)}号摩托车（车架号{d.v('vin', vin)}）。")
    d.p(f"扣押地点：{d.k('address_office', pl[3] + '停车场（' + c.r.choice(pl[6]) + '东段）')}。")
    offs = officials(c, d, 2, cert=True, pl=pl)
    d.p(f"执法人员：{offs[0][0]} {offs[0][1]}；{offs[1][0]} {offs[1][1]}", "plain")
    seal(d, unit, yr)
    return d


def rectify(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    unit = f"{pl[2]}{pl[3]}{c.pick('应急管理局', '消防救援大队', '市场监督管理局', '卫生健康局')}"
    d = Doc(name, "责令限期改正通知书", fmt, "主动公开",
            "对企业的责令改正公开；企业名称、代码、负责人公开，现场员工身份不公开")
    comp = d.k("company_name", f"{pl[2][:-1]}{c.pick('宏远', '鑫达', '永盛', '金桥', '和顺')}{c.pick('商贸有限公司', '餐饮管理有限公司', '酒店有限公司', '仓储有限公司')}")
    yr = c.date(10, 200)
    d.p("责令限期改正通知书", "title")
    d.p(f"{d.k('doc_no', pl[3][:1] + '责改〔' + str(yr.year) + '〕' + str(c.r.randint(1, 200)) + '号')}", "center")
    d.p(f"{comp}（统一社会信用代码：{d.k('uscc', c.f.uscc(pl[0]))}）：", "plain")
    mgr = c.f.name()
    d.p(f"经查，你单位存在下列问题：1.{c.pick('疏散通道堆放杂物', '从业人员未取得健康证明', '特种作业人员无证上岗')}；"
        f"2.当班员工{d.v('person_name', c.f.name())}、{d.v('person_name', c.f.name())}未经培训上岗。")
    d.p(f"现责令你单位于{cn_date(yr + dt.timedelta(days=15))}前改正。你单位负责人{d.k('legal_rep', mgr)}已在现场签收。")
    if c.r.random() < .5:
        d.p(f"现场负责人{mgr}提供的个人手机{d.v('mobile', c.f.mobile())}仅用于送达联系。")
    offs = officials(c, d, 2, cert=True, pl=pl)
    d.p(f"检查人员：{offs[0][0]}（{offs[0][1]}）　{offs[1][0]}（{offs[1][1]}）", "plain")
    addr, tel = body_contacts(c, d, pl, unit)
    d.p(f"联系电话：{tel}", "plain")
    seal(d, unit, yr)
    return d


# =====================================================================================
# 12. 行政复议决定书
# =====================================================================================

def review_decision(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    unit = f"{pl[2]}人民政府"
    d = Doc(name, "行政复议决定书", fmt, "主动公开",
            "行政复议法（2023）第七十九条：决定书向社会公开；申请人（自然人）、第三人的个人信息不公开；"
            "被申请人（行政机关）及其负责人公开")
    ap = person(c, pl, 1955, 1995)
    yr = c.date(30, 300)
    d.p(unit, "center")
    d.p("行政复议决定书", "title")
    d.p(f"{pl[2][:1]}政复决字〔{yr.year}〕第{c.r.randint(1, 200)}号", "center")
    d.p(f"申请人：{d.v('person_name', ap['name'])}，{ap['sex']}，{ap['born'].year}年生，住{d.v('address_home', ap['addr'])}，"
        f"身份证号{d.v('id_number', ap['id'])}。", "plain")
    if c.r.random() < .6:
        ag = c.f.name()
        d.p(f"委托代理人：{d.v('person_name', ag)}，系申请人{c.pick('之子', '之女', '配偶')}，电话{d.v('mobile', c.f.mobile())}。", "plain")
    resp = f"{pl[2]}{pl[3]}{c.pick('人力资源和社会保障局', '自然资源局', '公安分局')}"
    d.p(f"被申请人：{d.k('org_name', resp)}", "plain")
    d.p(f"法定代表人：{d.k('official_name', c.f.name())}，局长。", "plain")
    tp = person(c, pl)
    d.p(f"第三人：{d.v('person_name', tp['name'])}，{tp['sex']}，住{d.v('address_home', tp['addr'])}。", "plain")
    if c.r.random() < .5:
        d.p(f"申请人不服被申请人作出的{c.pick('工伤认定决定', '不予认定工伤决定')}，于{cn_date(yr)}向本机关申请行政复议，本机关依法受理。")
        d.p(f"申请人称：其在第三人经营的工地务工期间受伤，被诊断为{d.v('health_info', c.pick('腰椎压缩性骨折', '右手三指离断', '颅脑损伤'))}，"
            f"第三人拖欠其工资{d.v('debt_info', str(c.r.randint(1, 9)) + '万元')}。")
    else:
        d.p(f"申请人不服被申请人于{cn_date(yr - dt.timedelta(days=40))}作出的政府信息公开申请答复，向本机关申请行政复议。")
        d.p(f"申请人称：其申请公开的是本人{d.v('family_info', '已故父亲')}的房屋征收补偿档案，被申请人以涉及第三人隐私为由不予公开，"
            f"违反了条例规定。第三人系申请人的{c.pick('继母', '叔父', '兄长')}，双方因遗产问题{d.v('family_info', '已诉至法院')}。")
        d.p("被申请人称：申请公开的档案中含有第三人的身份证号码、银行账户等个人信息，经征求第三人意见，第三人不同意公开，"
            "依据《中华人民共和国政府信息公开条例》第十五条、第三十二条不予公开并无不当。")
    d.footnote("本机关认为，被申请人作出的决定认定事实清楚，证据确凿，适用依据正确，程序合法。根据《中华人民共和国行政复议法》"
               "第六十八条之规定，决定维持。",
               c.pick(lambda: "《中华人民共和国行政复议法》（2023年9月1日修订）第六十八条：行政行为认定事实清楚……行政复议机关决定维持该行政行为。",
                      lambda: f"申请人在复议期间提交了{d.v('health_info', '病历及伤残鉴定意见书')}，本机关已依法调取。")())
    d.p(f"复议人员：{d.k('official_name', c.f.name())}、{d.k('official_name', c.f.name())}", "plain")
    seal(d, unit, yr + dt.timedelta(days=55))
    return d


# =====================================================================================
# 13. 公告送达
# =====================================================================================

def service_notice(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    unit = f"{pl[2]}{pl[3]}{c.pick('人力资源和社会保障局', '市场监督管理局', '自然资源局', '住房和城乡建设局')}"
    d = Doc(name, "公告送达", fmt, "主动公开",
            "公告送达须写明受送达人（行政处罚法第六十一条、民事诉讼法第九十五条）：姓名/名称 keep；身份证号、住址等不公开")
    d.p(f"{unit}公告送达", "title")
    if c.r.random() < .5:
        d.p("下列受送达人因下落不明或者用其他方式无法送达，现依法公告送达有关文书：")
        rows = [["序号", "受送达人", "文书名称", "文号", "主要内容"]]
        for i in range(c.r.randint(3, 6)):
            yr = c.date(20, 200).year
            if c.r.random() < .5:
                comp = d.k("company_name", f"{pl[2][:-1]}{c.pick('鼎盛', '宏达', '金源', '利民', '华宇')}{c.pick('建筑劳务', '装饰工程', '物业管理', '餐饮')}有限公司")
                worker = d.v("person_name", c.f.name())
                rows.append([i + 1, comp, "认定工伤决定书", f"{pl[3][:1]}人社工伤认字〔{yr}〕{c.r.randint(10, 900)}号",
                             f"职工{worker}于工作时间在工作场所受伤，受伤部位为{d.v('health_info', c.pick('左手', '腰部', '头部'))}，认定为工伤"])
            else:
                p1 = person(c, pl)
                rows.append([i + 1, d.k("person_name_served", p1["name"]), "行政处罚决定书",
                             f"{pl[3][:1]}罚决字〔{yr}〕{c.r.randint(10, 900)}号", c.pick("未取得许可擅自经营，罚款2000元", "违法建设，责令限期拆除")])
        d.table(rows)
        d.p("自公告发布之日起经过三十日，即视为送达。受送达人可在工作时间到本机关领取文书正本。")
        addr, tel = body_contacts(c, d, pl, unit, True)
        d.p(f"领取地址：{addr}　电话：{tel}", "plain")
        seal(d, unit, c.date(3, 120))
        return d
    n = c.r.randint(1, 4)
    names = []
    for _ in range(n):
        p1 = person(c, pl)
        names.append(d.k("person_name_served", p1["name"]))
        if c.r.random() < .4:
            d.v("id_number", p1["id"])
            names[-1] += f"（身份证号：{p1['id']}）"
    d.p(f"{'、'.join(names)}：")
    d.p(f"因采用其他方式无法送达，根据《中华人民共和国行政处罚法》第六十一条及《中华人民共和国民事诉讼法》第九十五条之规定，"
        f"现向你公告送达{c.pick('《行政处罚告知书》', '《工伤认定决定书》', '《责令限期拆除通知书》')}。"
        "自公告之日起经过三十日，即视为送达。")
    addr, tel = body_contacts(c, d, pl, unit, True)
    d.p(f"领取地址：{addr}；联系人：{d.k('official_name', c.f.name())}；电话：{tel}。")
    seal(d, unit, c.date(3, 120))
    return d


# =====================================================================================
# 14. Ledgers (台账 / 花名册)
# =====================================================================================

def roster_jobs(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    d = Doc(name, "公益性岗位人员花名册", fmt, "不予公开",
            "发放工资的内部花名册：身份证、银行卡、电话、住址不公开（条例第十五条）；表格有隐藏列和隐藏工作表")
    d.p(f"{pl[2]}{pl[3]}{TODAY.year}年公益性岗位人员花名册", "title")
    rows = [["序号", "姓名", "性别", "身份证号码", "岗位", "安置单位", "银行卡号", "社会保障卡号", "联系电话", "困难类别"]]
    for i in range(c.r.randint(12, 22)):
        p1 = person(c, pl, 1968, 1995)
        cat = c.pick("就业困难人员", "零就业家庭", "残疾人", "低保家庭", "退役军人", "大龄失业")
        if cat == "残疾人":
            cat = d.v("disability_info", c.r.choice(DISAB))
        rows.append([i + 1, d.v("person_name", p1["name"]), p1["sex"], d.v("id_number", p1["id"]),
                     c.pick("保洁", "保安", "护林员", "公共设施维护", "治安协管"), d.k("org_name", c.pick(*pl[7]) + "居委会"),
                     d.v("bank_card", c.f.bank_card()[0]), d.v("social_security_card", c.f.sscard()), d.v("mobile", p1["mobile"]), cat])
    d.numeric_cells = True
    d.table(rows, hidden_cols=[3] if fmt == "xlsx" else [], sheet="花名册")
    if fmt == "xlsx":
        hid = [["姓名", "家庭住址", "紧急联系人", "紧急联系电话"]]
        for r in rows[1:6]:
            hid.append([r[1], d.v("address_home", c.f.home_address(pl)), d.v("person_name", c.f.name()), d.v("mobile", c.f.mobile())])
        d.table(hid, sheet="备用信息", hidden=True)
    d.p(f"制表人：{d.k('official_name', c.f.name())}　审核人：{d.k('official_name', c.f.name())}", "plain")
    return d


def driver_ledger(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    d = Doc(name, "机动车驾驶证业务台账", fmt, "不予公开",
            "车管业务台账：驾驶人身份、档案编号、车牌、VIN 均为个人信息（条例第十五条）")
    d.p(f"{pl[2]}公安局交通警察支队车辆管理所驾驶证业务台账", "title")
    rows = [["办理信息", None, "驾驶人信息", None, None, "车辆信息", None],
            ["日期", "业务类型", "姓名", "公民身份号码", "档案编号", "号牌号码", "车辆识别代号"]]
    for i in range(c.r.randint(12, 20)):
        p1 = person(c, pl, 1960, 2004)
        rows.append([f"{c.date(1, 120):%Y-%m-%d}", c.pick("换证", "补证", "满分学习", "审验", "增驾"),
                     d.v("person_name", p1["name"]), d.v("id_number", p1["id"]),
                     d.v("driver_file_no", c.f.driver_file(pl[0])), d.v("plate", c.f.plate(pl[5])), d.v("vin", c.f.vin())])
    d.table(rows, header_rows=2, merges=[(0, 0, 0, 1), (0, 2, 0, 4), (0, 5, 0, 6)])
    d.p(f"经办民警：{d.k('official_name', c.f.name())}（警号{d.k('police_no', c.f.digits(6, '0123456789'))}）", "plain")
    return d


def student_aid(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    d = Doc(name, "学生资助受助学生名单（内部）", fmt, "不予公开",
            "未成年学生信息一律不公开（未成年人保护法第四条、个人信息保护法第二十八条）；学校名称公开")
    school = d.k("org_name", pl[3] + c.r.choice(SCHOOLS))
    d.p(f"{school}{TODAY.year}年秋季学期家庭经济困难学生资助名单", "title")
    rows = [["序号", "学生姓名", "学号", "学籍号", "班级", "监护人", "监护人身份证号", "监护人电话", "困难类型", "资助金额（元）"]]
    for i in range(c.r.randint(10, 18)):
        kid = person(c, pl, 2010, 2018)
        par = person(c, pl, 1975, 1990)
        t = c.pick("脱贫户", "低保", "特困供养", "孤儿", "残疾学生", "单亲家庭", "父母重病")
        if t in ("残疾学生", "父母重病", "孤儿", "单亲家庭"):
            t = d.v("family_info", t)
        rows.append([i + 1, d.v("person_name", kid["name"]), d.v("student_id", f"{kid['born'].year + 7}{c.r.randint(1, 6):02d}{i + 1:02d}"),
                     d.v("student_no", "G" + kid["id"]),
                     d.v("school_class", c.pick("一", "二", "三", "四", "五", "六") + "年级" + str(c.r.randint(1, 6)) + "班"),
                     d.v("person_name", par["name"]), d.v("id_number", par["id"]), d.v("mobile", par["mobile"]), t,
                     c.pick(500, 625, 750, 1000)])
    d.table(rows, hidden_cols=[6] if fmt == "xlsx" else [])
    return d


def property_ledger(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    abbr = ABBR[pl[1]]
    d = Doc(name, "不动产登记受理台账", fmt, "不予公开",
            "不动产登记资料只能依《不动产登记资料查询暂行办法》查询；权利人、证号、坐落均不公开")
    d.p(f"{pl[2]}不动产登记中心{pl[3]}分中心受理台账", "title")
    rows = [["受理号", "登记类型", "权利人", "证件号码", "不动产权证号", "坐落", "联系电话", "备注"]]
    for i in range(c.r.randint(10, 18)):
        p1 = person(c, pl)
        note = c.pick("", "", "抵押", "查封", "继承", "离婚析产")
        if note in ("离婚析产",):
            note = d.v("marital_status", note)
        rows.append([f"{TODAY.year}{c.f.digits(6, '0123456789')}", c.pick("转移登记", "首次登记", "变更登记", "抵押登记"),
                     d.v("person_name", p1["name"]), d.v("id_number", p1["id"]),
                     d.v("property_cert_no", c.f.property_cert(abbr, pl[2], c.r.randint(2016, 2025))),
                     d.v("address_home", c.f.home_address(pl)), d.v("mobile", p1["mobile"]), note])
    d.table(rows)
    return d


def petition_ledger(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    d = Doc(name, "信访事项登记台账", fmt, "不予公开",
            "信访人信息不得透露（信访工作条例第四十五条）；内部台账（条例第十六条第一款）")
    d.p(f"{pl[3]}{c.pick('人民政府信访局', '城关镇人民政府', '东城街道办事处')}信访事项登记台账", "title")
    rows = [["登记日期", "信访人", "身份证号", "联系方式", "住址", "反映问题", "责任单位", "办理状态"]]
    issues = [lambda: f"与丈夫{d.v('marital_status', '离婚')}后住房分割纠纷",
              lambda: f"本人{d.v('health_info', c.r.choice(HEALTH))}，申请大病救助",
              lambda: f"其子{d.v('criminal_record', '在押')}，要求会见",
              lambda: f"宗教活动场所{d.k('org_name', c.pick('清真寺', '天主堂', '基督教堂'))}周边噪音",
              lambda: "征地补偿款未到位", lambda: "物业费纠纷", lambda: "拖欠农民工工资",
              lambda: f"邻居{d.v('person_name', c.f.name())}占用公共通道"]
    for i in range(c.r.randint(32, 42) if fmt == "pdf" else c.r.randint(14, 26)):
        p1 = person(c, pl)
        contact = c.pick("m", "m", "q", "w", "l")
        if contact == "m":
            ct = d.v("mobile", p1["mobile"])
        elif contact == "q":
            ct = "QQ:" + d.v("qq", c.f.qq())
        elif contact == "w":
            ct = "微信:" + d.v("wechat", c.f.wechat())
        else:
            ct = d.v("landline_private", c.f.landline(pl[4]))
        rows.append([f"{c.date(1, 300):%Y/%m/%d}", d.v("person_name", p1["name"]), d.v("id_number", p1["id"]), ct,
                     d.v("address_home", p1["addr"]), c.r.choice(issues)(), c.pick("民政局", "人社局", "住建局", "城关镇"),
                     c.pick("已办结", "办理中", "已转办")])
    d.table(rows)
    d.landscape = True
    return d


def grid_visit(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    comm = c.r.choice(pl[7])
    d = Doc(name, "网格员走访登记表", fmt, "不予公开", "入户走访记录，含特殊人群和宗教信仰等敏感信息")
    d.p(f"{pl[3]}{comm}网格化管理入户走访登记表", "title")
    rows = [["户主", None, "住址", "联系方式", None, None, "走访情况"],
            ["姓名", "身份证号", None, "手机", "固定电话", "QQ/微信", None]]
    for i in range(c.r.randint(10, 16)):
        p1 = person(c, pl)
        sit = c.pick(lambda: f"家中老人{d.v('health_info', c.r.choice(HEALTH))}，需定期探访",
                     lambda: f"户主{d.v('religion', c.r.choice(RELIG))}信众，参加固定处所活动",
                     lambda: f"{d.v('family_info', '留守儿童')}一名，随祖父母生活",
                     lambda: f"户主系{d.v('criminal_record', '刑满释放人员')}，已纳入帮教",
                     lambda: f"儿媳{d.v('pregnancy', '怀孕七个月')}，已建卡",
                     lambda: "无异常", lambda: "独居老人，身体尚可")()
        im = c.pick(lambda: d.v("qq", c.f.qq()), lambda: d.v("wechat", c.f.wechat()), lambda: "")()
        rows.append([d.v("person_name", p1["name"]), d.v("id_number", p1["id"]), d.v("address_home", p1["addr"]),
                     d.v("mobile", p1["mobile"]), d.v("landline_private", c.f.landline(pl[4])) if c.r.random() < .4 else "",
                     im, sit])
    d.table(rows, header_rows=2, merges=[(0, 0, 0, 1), (0, 2, 1, 2), (0, 3, 0, 5), (0, 6, 1, 6)])
    d.p(f"网格员：{d.k('official_name', c.f.name())}　网格长：{d.k('official_name', c.f.name())}", "plain")
    return d


def insurance_form(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    d = Doc(name, "城乡居民基本医疗保险参保登记表", fmt, "不予公开", "个人参保登记表")
    p1 = person(c, pl)
    d.p(f"{pl[2]}城乡居民基本医疗保险参保登记表", "title")
    rows = [["姓名", d.v("person_name", p1["name"]), "性别", p1["sex"], "出生日期", d.v("birth_date", f"{p1['born']:%Y-%m-%d}")],
            ["公民身份号码", d.v("id_number", fullwidth(p1["id"]) if c.r.random() < .4 else p1["id"]), None, None, "民族", "汉族"],
            ["户籍地址", d.v("address_home", p1["addr"]), None, None, None, None],
            ["社会保障卡号", d.v("social_security_card", c.f.sscard()), None, "医保个人编号", d.v("medical_insurance_card", c.f.medical_no(pl[0])), None],
            ["联系电话", d.v("mobile", p1["mobile"]), None, "电子邮箱", d.v("email_private", c.f.email()), None],
            ["特殊身份", c.pick(lambda: d.v("disability_info", c.r.choice(DISAB)), lambda: "低保对象", lambda: "无")(), None, None, None, None],
            ["代扣银行", c.pick("中国农业银行", "中国邮政储蓄银行"), None, "银行卡号", d.v("bank_card", grouped(c.f.bank_card()[0], [6, 13])), None],
            ["经办机构", d.k("org_name", pl[2] + pl[3] + "医疗保障服务中心"), None, "经办人", d.k("official_name", c.f.name()), None]]
    d.table(rows, header_rows=0, merges=[(1, 1, 1, 3), (2, 1, 2, 5), (3, 1, 3, 2), (3, 4, 3, 5), (4, 1, 4, 2),
                                         (4, 4, 4, 5), (5, 1, 5, 5), (6, 1, 6, 2), (6, 4, 6, 5), (7, 1, 7, 2), (7, 4, 7, 5)])
    return d


def violation_csv(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    d = Doc(name, "非现场交通违法处理记录", fmt, "不予公开", "车主身份与车辆信息不公开")
    rows = [["处理日期", "号牌号码", "车辆识别代号", "当事人", "驾驶证号", "违法地点", "违法行为", "罚款", "记分"]]
    for i in range(c.r.randint(15, 25)):
        p1 = person(c, pl, 1965, 2003)
        rows.append([f"{c.date(1, 200):%Y%m%d}", d.v("plate", c.f.plate(pl[5])), d.v("vin", c.f.vin()), d.v("person_name", p1["name"]),
                     d.v("id_number", p1["id"]), d.k("street_name", c.r.choice(pl[6]) + c.pick("与中山路交叉口", "与解放路交叉口", "路段", "东口")),
                     c.pick("闯红灯", "不按导向车道行驶", "违停", "超速20%以下"), c.pick(200, 100, 150), c.pick(6, 2, 0, 3)])
    d.table(rows)
    return d


# =====================================================================================
# 15. Public documents (traps: keep)
# =====================================================================================

def foi_guide(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    unit = f"{pl[2]}{pl[3]}{c.pick('人民政府办公室', '发展和改革局', '财政局', '司法局')}"
    d = Doc(name, "政府信息公开指南", fmt, "主动公开",
            "条例第十二条：指南必须写明工作机构名称、办公地址、办公时间、联系电话、传真、互联网联系方式（keep）")
    d.p(f"{unit}政府信息公开指南", "title")
    d.p("为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》（以下简称《条例》），编制本指南。")
    d.p("一、主动公开。本机关主动公开的政府信息包括机构职能、规范性文件、财政预决算等。涉及国家秘密、商业秘密、个人隐私的"
        "政府信息，依照《条例》第十四条、第十五条不予公开。")
    addr, tel = body_contacts(c, d, pl, unit, True)
    fax = d.k("landline_office", c.f.landline(pl[4]))
    mail = d.k("email_office", c.pick("zfxxgk", "xxgkb", "bgs") + "@" + c.pick("xinzhou", "yuci", "lixia", "yuelu") + ".gov.cn")
    post = d.k("postcode", POSTCODE[pl[0]])
    d.p("二、依申请公开。受理机构：" + unit + "政务公开办公室。")
    d.p(f"办公地址：{addr}（{d.k('street_name', c.pick('中山路', '解放路', '和平街', '人民路'))}与"
        f"{d.k('street_name', c.r.choice(pl[6]))}交叉口西北角）；邮政编码：{post}", "plain")
    d.p(f"办公时间：工作日上午8:00—12:00，下午14:30—17:30（法定节假日除外）", "plain")
    d.p(f"联系电话：{tel}　传真：{fax}　电子邮箱：{mail}", "plain")
    d.p(f"三、收费。行政机关依申请提供政府信息，不收取费用。但申请人申请公开政府信息的数量、频次明显超过合理范围的，"
        f"可以收取信息处理费，缴入{d.k('bank_account_org', c.f.digits(20, '0123456789'))}（{pl[2]}财政局非税收入专户）。")
    head = d.k("official_name", c.f.name())
    d.p(f"本指南由{unit}负责解释。政务公开工作分管领导：{head}（副主任）。")
    seal(d, unit, c.date(30, 300))
    return d


def license_publicity(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    d = Doc(name, "行政许可信息公示", fmt, "主动公开",
            "“双公示”：行政许可的相对人名称、统一代码、法定代表人公开（企业信息公示暂行条例第六条；条例第二十条）")
    unit = f"{pl[2]}{pl[3]}行政审批服务管理局"
    d.p(f"{unit}{TODAY.year}年{c.r.randint(1, 11)}月行政许可信息公示", "title")
    rows = [["序号", "行政相对人名称", "统一社会信用代码", "法定代表人", "许可事项", "许可证号", "有效期至"]]
    for i in range(c.r.randint(10, 18)):
        nm = f"{pl[2][:-1]}{c.pick('华', '晋', '恒', '瑞', '泰', '新', '通', '达', '安', '盛')}{c.pick('源', '达', '丰', '康', '鑫', '宇', '辰', '嘉')}{c.pick('餐饮', '建筑', '医药', '文化传媒', '运输', '商贸', '物业')}{c.pick('有限公司', '有限责任公司', '股份有限公司')}"
        rows.append([i + 1, d.k("company_name", nm), d.k("uscc", c.f.uscc(pl[0][:4] + "00" if c.r.random() < .5 else pl[0])),
                     d.k("legal_rep", c.f.name()), c.pick("食品经营许可", "建筑工程施工许可", "道路运输经营许可", "药品经营许可"),
                     f"JY{c.f.digits(14, '0123456789')}", f"{TODAY.year + c.r.randint(1, 5)}-{c.r.randint(1, 12):02d}-{c.r.randint(1, 28):02d}"])
    d.table(rows)
    addr, tel = body_contacts(c, d, pl, unit)
    d.p(f"公示期间如有异议，请与{unit}联系，电话：{tel}。", "plain")
    return d


def dibao_publicity(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    d = Doc(name, "最低生活保障对象公示", fmt, "主动公开",
            "城市居民最低生活保障条例第九条“以户为单位予以公布”：户主姓名、家庭人口、保障金额公开（keep）；"
            "身份证号、病因、残疾等其他个人信息不得公示（redact）")
    comm = c.r.choice(pl[7])
    d.p(f"{pl[3]}{comm}{TODAY.year}年第{c.r.randint(1, 4)}季度城乡最低生活保障拟批准对象公示", "title")
    d.p("根据《最低生活保障审核确认办法》，经入户调查、民主评议，现将拟批准对象公示如下，公示期7天：")
    rows = [["序号", "户主姓名", "家庭人口", "保障人数", "月保障金额（元）", "身份证号", "备注"]]
    masked = c.r.random() < .5
    for i in range(c.r.randint(10, 20)):
        p1 = person(c, pl)
        note = c.pick("", "", "", "重病", "残疾", "")
        if note == "重病":
            note = d.v("health_info", c.r.choice(HEALTH))
        elif note == "残疾":
            note = d.v("disability_info", c.r.choice(DISAB))
        n = c.r.randint(1, 5)
        rows.append([i + 1, d.k("person_name_publicity", p1["name"]), n, c.r.randint(1, n), c.r.randint(300, 1800),
                     (d.k("id_number_masked", p1["id"][:6] + "********" + p1["id"][-4:]) if masked else d.v("id_number", p1["id"])), note])
    d.table(rows)
    addr, tel = body_contacts(c, d, pl, f"{pl[3]}民政局")
    d.p(f"监督电话：{tel}（{pl[3]}民政局）；{d.k('landline_public_service', '12345')}", "plain")
    seal(d, f"{pl[3]}{comm}居民委员会", c.date(3, 60))
    return d


def award_publicity(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    d = Doc(name, "表彰/任前公示", fmt, "主动公开",
            "任前公示/表彰决定本身要求公开被公示人的姓名、性别、出生年月、学历、现任职务（党政领导干部选拔任用工作条例的任职前公示制度）：keep")
    pre = c.r.random() < .5
    if pre:
        d.p(f"中共{pl[2]}{pl[3]}委组织部干部任前公示", "title")
        d.p("根据《党政领导干部选拔任用工作条例》，现将拟任职干部情况公示如下：")
        for _ in range(c.r.randint(3, 6)):
            nm = d.k("person_name_publicity", c.f.name())
            b = c.f.birth(1975, 1990)
            d.p(f"{nm}，{c.pick('男', '女')}，{d.k('birth_date_public', f'{b.year}年{b.month}月')}生，汉族，中共党员，{c.pick('大学', '研究生')}学历，"
                f"现任{pl[3]}{c.pick('发展和改革局', '财政局', '教育局', '商务局')}{c.pick('副局长', '办公室主任', '党组成员')}，"
                f"拟任{c.pick('正科级领导职务', '乡镇党委书记', '局长')}。")
    else:
        d.p(f"关于表彰{TODAY.year - 1}年度{pl[2]}“{c.pick('最美家庭', '优秀志愿者', '见义勇为先进个人', '劳动模范')}”的决定", "title")
        d.p("经基层推荐、审核公示，决定对以下同志予以表彰：")
        d.p("、".join(d.k("person_name_publicity", c.f.name()) for _ in range(c.r.randint(8, 15))))
    d.p(f"公示期间，如有意见，请向{pl[3]}委组织部反映。举报电话：{d.k('landline_office', c.f.landline(pl[4]))}，"
        f"{d.k('landline_public_service', '12380')}。")
    d.p(f"他们身上体现了{d.k('historic_person', c.pick('雷锋', '焦裕禄', '白求恩', '孔繁森'))}精神，全市上下要向他们学习。")
    seal(d, f"中共{pl[2]}{pl[3]}委组织部", c.date(3, 30))
    return d


def stats_bulletin(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    d = Doc(name, "统计公报", fmt, "主动公开", "统计数据、地名、街道名、历史人物均公开")
    d.p(f"{pl[2]}{pl[3]}{TODAY.year - 1}年国民经济和社会发展统计公报", "title")
    d.p(f"{pl[3]}统计局", "center")
    g = d.k("statistic", f"{c.r.randint(150, 900)}.{c.r.randint(1, 9)}亿元")
    d.p(f"初步核算，全年地区生产总值{g}，比上年增长{d.k('statistic', f'{c.r.randint(2, 7)}.{c.r.randint(1, 9)}%')}。"
        f"年末常住人口{d.k('statistic', f'{c.r.randint(20, 90)}.{c.r.randint(10, 99)}万人')}，其中城镇人口"
        f"{d.k('statistic', f'{c.r.randint(10, 60)}.{c.r.randint(10, 99)}万人')}。")
    d.p(f"全年接待游客{d.k('statistic', str(c.r.randint(300, 2000)) + '万人次')}。{d.k('place_name', c.pick('五台山', '雁门关', '岳麓书院', '武侯祠', '黄鹤楼', '大雁塔'))}、"
        f"{d.k('historic_person', c.pick('元好问', '徐向前', '杜甫', '诸葛亮', '毛泽东', '林则徐'))}故居（纪念馆）等景区游客量明显回升。")
    d.p(f"全年新改建{d.k('street_name', c.pick('中山路', '解放路', '人民路', '五一路'))}、{d.k('street_name', c.r.choice(pl[6]))}等城市道路"
        f"{d.k('statistic', str(c.r.randint(10, 60)) + '公里')}。年末全区共有普通中小学{d.k('statistic', str(c.r.randint(30, 120)) + '所')}，"
        f"在校学生{d.k('statistic', str(c.r.randint(30000, 120000)) + '人')}。")
    d.p(f"全年城镇新增就业{d.k('statistic', str(c.r.randint(3000, 20000)) + '人')}；全年共有{d.k('statistic', str(c.r.randint(800, 5000)) + '户')}"
        "家庭纳入最低生活保障。")
    d.p(f"注：公报数据为初步统计数。咨询电话：{d.k('landline_office', c.f.landline(pl[4]))}", "plain")
    return d


def law_excerpt(c: Ctx, fmt: str, name: str) -> Doc:
    d = Doc(name, "法规摘编（保密与信息公开）", fmt, "主动公开",
            "法律条文中出现的“国家秘密”“个人隐私”“工作秘密”不是标志；正文无个人信息")
    d.p("政府信息公开与保密审查法规摘编", "title")
    d.p(d.k("law_text", "第十四条　依法确定为国家秘密的政府信息，法律、行政法规禁止公开的政府信息，以及公开后可能危及国家安全、"
            "公共安全、经济安全、社会稳定的政府信息，不予公开。"))
    d.p(d.k("law_text", "第十五条　涉及商业秘密、个人隐私等公开会对第三方合法权益造成损害的政府信息，行政机关不得公开。"
            "但是，第三方同意公开或者行政机关认为不公开会对公共利益造成重大影响的，予以公开。"))
    d.p("——《中华人民共和国政府信息公开条例》", "right")
    d.p(d.k("law_text", "第六十四条　机关、单位对在履行职能过程中产生或者知悉的，一旦泄露会对本地区、本部门、本单位的安全和利益造成"
            "不利影响的事项，适用工作秘密管理办法采取必要的保护措施。工作秘密管理办法另行规定。"))
    d.p("——《中华人民共和国保守国家秘密法》（2024年修订）", "right")
    d.p("说明：依照保密法第二十二条，国家秘密的载体应当标明密级和保密期限，例如“秘密★5年”标注于首页左上角；"
        "本摘编仅为学习资料，不属于国家秘密载体。")
    d.p(f"编印：{c.place()[2]}国家保密局　{TODAY.year}年{c.r.randint(1, 11)}月", "right")
    return d


def procurement(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    d = Doc(name, "政府采购中标结果公告", fmt, "主动公开",
            "政府采购法实施条例第四十三条：公告中标供应商名称、地址、中标金额；采购人和代理机构联系方式公开；评审专家名单公开")
    unit = f"{pl[2]}{pl[3]}{c.pick('教育局', '卫生健康局', '公安分局')}"
    d.p(f"{unit}{c.pick('教学设备', '医疗设备', '办公家具', '信息化系统')}采购项目中标（成交）结果公告", "title")
    d.p(f"一、项目编号：{d.k('doc_no', pl[0][:4] + '-' + str(TODAY.year) + '-GK' + c.f.digits(4, '0123456789'))}", "plain")
    sup = d.k("company_name", f"{pl[2][:-1]}{c.pick('博远', '中科', '众信', '恒信')}{c.pick('科技', '设备', '家具')}有限公司")
    d.p(f"二、中标供应商：{sup}，统一社会信用代码{d.k('uscc', c.f.uscc(pl[0]))}，地址：{d.k('address_business', pl[2] + pl[3] + c.r.choice(pl[6]) + str(c.r.randint(1, 200)) + '号')}，"
        f"中标金额：{d.k('statistic', str(c.r.randint(30, 900)) + '.' + str(c.r.randint(10, 99)) + '万元')}。")
    d.p("三、评审专家：" + "、".join(d.k("person_name_publicity", c.f.name()) for _ in range(5)) + "（采购人代表："
        + d.k("official_name", c.f.name()) + "）")
    addr, tel = body_contacts(c, d, pl, unit, True)
    d.p(f"四、采购人：{unit}，地址：{addr}，联系人：{d.k('official_name', c.f.name())}，电话：{tel}", "plain")
    d.p(f"五、代理机构：{d.k('company_name', pl[2][:-1] + '公信招标代理有限公司')}，联系电话：{d.k('landline_office', c.f.landline(pl[4]))}，"
        f"邮箱：{d.k('email_office', 'zbdl' + c.f.digits(3, '0123456789') + '@163.com')}", "plain")
    return d


# =====================================================================================
# 16. Classified / internal documents
# =====================================================================================

def classified(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    c.n_classified = getattr(c, "n_classified", 0) + 1
    expired = c.n_classified % 2 == 1  # alternate: the 1st and 3rd have run out
    if expired:
        marked = dt.date(2024, c.r.randint(1, 9), c.r.randint(1, 28))
        level, period, months = c.pick(("秘密", "1年", 12), ("秘密", "6个月", 6), ("机密", "2年", 24))
        if months == 24:
            marked = dt.date(2023, c.r.randint(1, 9), c.r.randint(1, 28))
    else:
        marked = c.date(20, 300)
        level, period, months = c.pick(("秘密", "5年", 60), ("机密", "10年", 120), ("秘密", "10年", 120))
    y, m = divmod(marked.month - 1 + months, 12)
    exp = dt.date(marked.year + y, m + 1, min(marked.day, calendar.monthrange(marked.year + y, m + 1)[1]))
    d = Doc(name, "涉密文件（已过期）" if expired else "涉密文件", fmt, "须报审" if expired else "不予公开",
            "保密期限已满，须履行解密程序后才能考虑公开（保密法第二十四条）" if expired else
            "国家秘密，保密期限内不得公开（条例第十四条）")
    d.marking = {"level": level, "period": period, "marked_on": marked.isoformat(), "expires_on": exp.isoformat()}
    old_style = c.r.random() < .35  # GB/T 9704-1999: 密级 top right
    d.p(c.f.digits(6, "0"), "plain")
    d.p(f"{level}★{period}", "right" if old_style else "plain")
    d.p(c.pick("特急", "加急", ""), "plain")
    d.p(f"{pl[2]}{c.pick('维护稳定工作领导小组办公室', '人民政府', '公安局')}", "center")
    d.p(f"关于{c.pick('重点人员稳控', '重大活动安保', '突发事件处置预案')}工作的通知", "title")
    d.p(f"{pl[3]}各有关单位：")
    p1 = person(c, pl)
    d.p(f"近期，{d.v('person_name', p1['name'])}（身份证号{d.v('id_number', p1['id'])}）等人计划赴京，"
        f"请属地落实稳控措施，其手机号{d.v('mobile', p1['mobile'])}已布控。")
    d.p(f"联系人：{d.k('official_name', c.f.name())}，电话：{d.k('landline_office', c.f.landline(pl[4]))}", "plain")
    d.p(cn_date(marked), "right")
    return d


def internal_brief(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    d = Doc(name, "内部工作简报", fmt, "不予公开", "标注“内部资料 注意保存”/工作秘密，不公开（保密法第六十四条、条例第十六条）")
    mk = c.pick("内部资料　注意保存", "工作秘密", "内部　不得外传")
    d.header = mk
    d.p(mk, "plain")
    d.p(f"{pl[3]}政务服务工作简报（第{c.r.randint(1, 40)}期）", "title")
    d.p(f"本周共受理各类诉求{d.k('statistic', str(c.r.randint(100, 900)) + '件')}。其中，"
        f"{d.v('person_name', c.f.name())}（{d.v('mobile', c.f.mobile())}）因{d.v('health_info', c.r.choice(HEALTH))}"
        "多次到窗口反映医保报销问题，情绪激动，已安排专人跟进。")
    d.p(f"下周，{d.k('official_name', c.f.name())}副区长将带队赴{d.k('street_name', c.pick('中山路', '解放路'))}片区调研。")
    return d


# =====================================================================================
# 17. Misc prose: 婚姻/孕产, 宗教 reply, 医疗纠纷
# =====================================================================================

def health_reply(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    unit = f"{pl[2]}{pl[3]}卫生健康局"
    d = Doc(name, "卫健部门投诉答复（医疗/孕产）", fmt, "主动公开", "答复公开；患者身份和病情不公开")
    p1 = person(c, pl, 1985, 2000, male=False)
    husband = c.f.name(True)
    d.p(f"关于{c.pick('市民', '网民', '投诉人')}反映{pl[2]}某医院{c.pick('产检', '分娩', '手术')}问题的答复", "title")
    d.p(f"投诉人{d.v('person_name', husband)}反映，其妻子{d.v('person_name', p1['name'])}"
        f"（{d.v('id_number', p1['id'])}）{d.v('pregnancy', '孕32周')}时在该院产检，医生未发现"
        f"{d.v('health_info', '妊娠期高血压')}，导致其早产。")
    d.p(c.pick(lambda: f"经调查，该产妇既往有{d.v('health_info', '两次自然流产史')}，属高危妊娠。",
               lambda: f"该患者此前曾在外院诊断为{d.v('health_info', '乙肝病毒携带')}，医院已按规定进行母婴阻断。")())
    d.p(f"我局组织{d.k('org_name', pl[2] + '医学会')}专家进行了调查，认为医院诊疗行为基本符合规范，但存在沟通不到位问题，"
        "已责令医院整改并约谈相关科室负责人。")
    d.p(f"投诉人留存的联系方式为{d.v('mobile', c.f.mobile())}，家庭住址为{d.v('address_home', p1['addr'])}。")
    addr, tel = body_contacts(c, d, pl, unit)
    d.p(f"联系电话：{tel}", "plain")
    seal(d, unit, c.date(5, 60))
    return d


def religion_reply(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    unit = f"{pl[2]}{pl[3]}民族宗教事务局"
    d = Doc(name, "民族宗教部门来信答复", fmt, "依申请公开", "答复来信人；个人宗教信仰属敏感个人信息（个人信息保护法第二十八条）")
    p1 = person(c, pl)
    rel = c.r.choice(RELIG)
    site = d.k("org_name", pl[3] + c.pick("基督教堂", "清真寺", "天主堂", "大佛寺"))
    d.p("来信答复", "title")
    d.p(f"{d.v('person_name', p1['name'])}：", "plain")
    if c.r.random() < .5:
        d.p(f"你{cn_date(c.date(20, 90))}的来信收悉。你在信中称，你本人{d.v('religion', '信仰' + rel)}已二十余年，"
            f"你的{c.pick('女儿', '儿子')}{d.v('person_name', c.f.name())}因此与你发生矛盾，"
            f"并阻止你到{site}参加宗教活动。")
    else:
        head = d.k("legal_rep", c.f.name())
        d.p(f"来信反映{site}（负责人：{head}）扩建工程影响周边居民采光一事，我局已会同住建部门现场查看。")
        d.p(f"来信还提到，你的丈夫{d.v('person_name', c.f.name(True))}近年{d.v('religion', '皈依' + rel)}后，"
            f"将家中积蓄{d.v('debt_info', str(c.r.randint(3, 15)) + '万元')}捐给该场所，夫妻为此准备"
            f"{d.v('marital_status', '离婚')}。该情况属于家庭内部事务，我局已建议场所负责人做好劝导，不得诱导信众超出能力捐献。")
    d.p("我局认为，公民有宗教信仰自由，任何人不得强制公民信仰或者不信仰宗教。家庭成员间的矛盾，建议由所在社区调解。")
    d.p(f"你的来信中留有手机号{d.v('mobile', p1['mobile'])}及QQ号{d.v('qq', c.f.qq())}，我局已据此与你电话沟通。")
    addr, tel = body_contacts(c, d, pl, unit, True)
    d.p(f"地址：{addr}　电话：{tel}", "plain")
    seal(d, unit, c.date(3, 20))
    return d


def juvenile_case(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    unit = f"{pl[2]}{pl[3]}人民检察院"
    d = Doc(name, "未成年人案件情况通报（检察/公安）", fmt, "不予公开",
            "涉未成年人案件，不得披露未成年人姓名、住所、就读学校（未成年人保护法第一百零三条）")
    kid = person(c, pl, 2009, 2013)
    par = person(c, pl, 1978, 1988, male=False)
    sh = c.r.randint(0, 2)
    cls = lambda grade: d.v('school_class', pl[3] + c.r.choice(SCHOOLS_MID) + grade + '（' + str(c.r.randint(1, 8)) + '）班')
    if sh == 0:
        d.p("关于一起未成年人被侵害案件的情况通报", "title")
        d.p(f"{cn_date(c.date(20, 200))}，{pl[3]}公安分局接到报警：未成年人{d.v('person_name', kid['name'])}"
            f"（{d.v('birth_date', cn_date(kid['born']))}出生，就读于{cls('初一')}）"
            f"被其继父{d.v('person_name', c.f.name(True))}殴打，致{d.v('health_info', '左臂骨折')}。")
        d.p(f"被害人生母{d.v('person_name', par['name'])}（{d.v('mobile', par['mobile'])}）与继父系"
            f"{d.v('marital_status', '再婚')}，家住{d.v('address_home', par['addr'])}。")
    elif sh == 1:
        d.p("督促监护令", "title")
        d.p(f"{d.v('person_name', par['name'])}：", "plain")
        d.p(f"本院在办理一起盗窃案件中发现，你的孩子{d.v('person_name', kid['name'])}（"
            f"{d.v('id_number', kid['id'])}）系该案未成年犯罪嫌疑人。该未成年人自{TODAY.year - 2}年起辍学，"
            f"此前在{cls('初二')}就读。你与孩子父亲{d.v('marital_status', '离婚')}后外出务工，"
            f"孩子长期由{d.v('family_info', '患病的祖父')}照看，你未依法履行监护职责。")
        d.p("依照《中华人民共和国未成年人保护法》《中华人民共和国家庭教育促进法》，本院督促你履行下列监护职责：……")
    else:
        d.p("关于涉案未成年人司法救助情况的报告", "title")
        d.p(f"{pl[3]}人民检察院检察委员会：")
        d.p(f"我院办理的一起故意伤害案件中，被害人系未成年人，今年{TODAY.year - kid['born'].year}岁，"
            f"其父在案发后{d.v('criminal_record', '被判处有期徒刑')}，其母{d.v('person_name', par['name'])}"
            f"患{d.v('health_info', c.r.choice(HEALTH))}。该户住{d.v('address_home', par['addr'])}，家庭极度困难。")
        d.p(f"经审查，拟对该未成年人{d.v('person_name', kid['name'])}给予司法救助金"
            f"{d.k('statistic', str(c.r.randint(1, 5)) + '万元')}，汇入其监护人{c.f.bank_card()[1]}账户"
            f"{d.v('bank_card', c.f.bank_card()[0])}。")
    d.p(f"承办检察官：{d.k('official_name', c.f.name())}；{pl[3]}{d.k('org_name', '妇女联合会')}已介入提供心理援助。")
    d.p("本院依照《中华人民共和国未成年人保护法》第一百零三条，对涉案未成年人信息严格保密。")
    seal(d, unit, c.date(3, 20))
    return d


def compensation_list(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    d = Doc(name, "征收补偿发放明细表（内部）", fmt, "不予公开",
            "补偿款发放明细含银行账号和身份证号，不公开；（公开的补偿方案另行发布）")
    d.p(f"{pl[3]}{c.pick('棚户区改造', '道路拓宽', '片区更新')}项目补偿款发放明细", "title")
    rows = [["户号", "被征收人", "身份证号", "房屋坐落", "不动产权证号", "补偿金额（元）", "开户行", "账号", "备注"]]
    abbr = ABBR[pl[1]]
    for i in range(c.r.randint(10, 16)):
        p1 = person(c, pl)
        card, bank = c.f.bank_card()
        note = c.pick("", "", lambda: d.v("family_info", "户主已故，由继承人领取"), lambda: d.v("marital_status", "离婚，补偿款分割"))
        note = note() if callable(note) else note
        rows.append([f"{i + 1:03d}", d.v("person_name", p1["name"]), d.v("id_number", p1["id"]), d.v("address_home", c.f.home_address(pl)),
                     d.v("property_cert_no", c.f.property_cert(abbr, pl[2], c.r.randint(2010, 2022))),
                     f"{c.r.randint(100000, 2000000):,}", bank, d.v("bank_card", card), note])
    d.table(rows)
    d.landscape = True
    return d


# =====================================================================================
# 18. More prose kinds (round 2)
# =====================================================================================

def court_notice(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    court = f"{pl[2]}{pl[3]}人民法院"
    d = Doc(name, "法院公告（公告送达判决书）", fmt, "主动公开",
            "民事诉讼法第九十五条：公告须写明受送达人和案由；当事人姓名 keep（person_name_served），"
            "身份证号、住址等不属于公告内容（redact）")
    yr = c.date(30, 300)
    code = ABBR[pl[1]]
    case = d.k("case_no", f"（{yr.year}）{code}{pl[0][2:]}民初{c.r.randint(100, 5999)}号")
    d.p(f"{court}公告", "title")
    defendant = person(c, pl)
    plaintiff_company = c.r.random() < .5
    if plaintiff_company:
        pla = d.k("company_name", f"{pl[2][:-1]}{c.pick('农村商业银行股份有限公司', '小额贷款有限公司', '融资担保有限公司')}")
    else:
        pla = d.k("person_name_served", c.f.name())
    dn = d.k("person_name_served", defendant["name"])
    d.p(f"{dn}（{c.pick(lambda: '公民身份号码' + d.v('id_number', defendant['id']), lambda: '住' + d.v('address_home', defendant['addr']))()}）：")
    d.p(f"本院受理原告{pla}诉你{c.pick('民间借贷纠纷', '金融借款合同纠纷', '离婚纠纷', '追索劳动报酬纠纷')}一案，案号{case}，"
        "现已审理终结。因你下落不明，依照《中华人民共和国民事诉讼法》第九十五条的规定，向你公告送达本院民事判决书。"
        "判决主文如下：……自公告之日起经过三十日，即视为送达。如不服本判决，可在送达之日起十五日内向本院递交上诉状。")
    d.p(f"联系人：{d.k('official_name', c.f.name())}（审判员）　联系电话：{d.k('landline_office', c.f.landline(pl[4]))}", "plain")
    seal(d, court, yr)
    return d


def resettlement_report(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    unit = f"{pl[3]}{c.pick('城关', '东城', '北关')}司法所"
    d = Doc(name, "刑满释放人员衔接安置情况报告", fmt, "不予公开",
            "安置帮教对象个人情况，属个人隐私（条例第十五条）和内部工作信息（条例第十六条第一款）")
    p1 = person(c, pl, 1965, 1995, male=True)
    crime, sent = c.r.choice(CRIME)
    wife, son = c.f.name(False), c.f.name(True)
    d.p(f"关于刑满释放人员{d.v('person_name', p1['name'])}衔接安置情况的报告", "title")
    d.p(f"{pl[3]}安置帮教工作领导小组办公室：")
    d.p(f"{cn_date(c.date(30, 200))}，我所接{c.pick('某监狱', '省女子监狱', '某看守所')}通知，该所服刑人员{p1['name']}即将刑满释放。"
        f"该人员{p1['born'].year}年出生，身份证号{d.v('id_number', p1['id'])}，户籍所在地为我辖区{d.v('address_home', p1['addr'])}。")
    d.p(f"据档案记载，其因犯{d.v('criminal_record', crime)}被判处{d.v('criminal_record', sent)}。服刑期间，"
        f"其妻{d.v('person_name', wife)}向法院起诉{d.v('marital_status', '离婚')}，现已另组家庭。")
    d.p(f"出狱后，该人员暂住其姐家中。其姐告知，他在狱中被查出患有{d.v('health_info', c.r.choice(HEALTH))}，"
        f"目前无固定收入，另欠亲友债务{d.v('debt_info', '约' + str(c.r.randint(3, 20)) + '万元')}。")
    d.p(f"其子{d.v('person_name', son)}今年{c.r.randint(9, 15)}岁，在"
        f"{d.v('school_class', c.pick(c.r.choice(SCHOOLS) + c.pick('五年级2班', '六年级1班'), c.r.choice(SCHOOLS_MID) + '初一（3）班'))}读书，由祖母照看。"
        "我所已协调学校给予关心，并为该户申请临时救助。")
    st = officials(c, d, 2)
    d.p(f"帮教责任人：{st[0]}（司法所）、{st[1]}（社区民警）", "plain")
    d.p(f"联系电话：{d.v('mobile', p1['mobile'])}（该人员本人）", "plain")
    seal(d, unit, c.date(3, 25))
    return d


def housing_reply(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    unit = f"{pl[2]}{pl[3]}住房保障服务中心"
    d = Doc(name, "公租房资格审核结果告知书", fmt, "依申请公开",
            "告知申请人本人；家庭收入、婚姻、残疾等不公开（条例第十五条）")
    ap = person(c, pl, 1960, 1995)
    d.p("公共租赁住房申请审核结果告知书", "title")
    d.p(f"{d.v('person_name', ap['name'])}（身份证号：{d.v('id_number', ap['id'])}）：", "plain")
    ex = c.f.name()
    sh = c.r.randint(0, 1)
    if sh == 0:
        d.p(f"你于{cn_date(c.date(60, 200))}提交的公共租赁住房申请，经审核，现告知如下：你与{d.v('person_name', ex)}于"
            f"{TODAY.year - c.r.randint(1, 5)}年{d.v('marital_status', '离婚')}，离婚协议约定原住房归对方所有；"
            f"你本人{d.v('disability_info', c.r.choice(DISAB))}，家庭人均月收入{d.v('income_info', str(c.r.randint(800, 1900)) + '元')}，符合保障条件。")
    else:
        d.p(f"经审核，你家庭名下登记有住房一套（不动产权证号{d.v('property_cert_no', c.f.property_cert(ABBR[pl[1]], pl[2], c.r.randint(2012, 2022)))}），"
            f"且你配偶{d.v('person_name', ex)}名下有{d.v('plate', c.f.plate(pl[5]))}号车辆，不符合《公共租赁住房管理办法》规定的条件。")
    d.p("如有异议，可在收到本告知书之日起十五日内提出复核申请。")
    addr, tel = body_contacts(c, d, pl, unit, True)
    d.p(f"复核受理地址：{addr}；电话：{tel}", "plain")
    seal(d, unit, c.date(3, 30))
    return d


def marriage_revoke(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    unit = f"{pl[2]}{pl[3]}民政局"
    d = Doc(name, "撤销婚姻登记决定（冒名登记）", fmt, "依申请公开",
            "送达当事人；婚姻、身份证件被冒用等事实属个人隐私")
    a, b = person(c, pl, 1975, 1998, male=True), person(c, pl, 1975, 1998, male=False)
    imp = c.f.name()
    d.p("关于撤销一起冒名婚姻登记的决定", "title")
    d.p(f"当事人：{d.v('person_name', b['name'])}，女，公民身份号码{d.v('id_number', b['id'])}。", "plain")
    d.p(f"{b['name']}向本机关申请撤销其与{d.v('person_name', a['name'])}（男，{d.v('id_number', a['id'])}）"
        f"于{TODAY.year - c.r.randint(3, 9)}年办理的结婚登记，称当时系他人{d.v('person_name', imp)}冒用其身份证件办理，"
        f"其本人{d.v('marital_status', '从未与对方结婚')}，且登记时本人{d.v('pregnancy', '正在外地待产')}。")
    d.p(f"经公安机关笔迹及人像比对，确认婚姻登记档案中的照片并非{b['name']}本人。依据《民政部 最高人民法院 最高人民检察院 "
        "公安部 外交部关于妥善处理以冒名顶替或者弄虚作假的方式办理婚姻登记问题的指导意见》，决定撤销该婚姻登记。")
    st = officials(c, d, 1)
    d.p(f"经办人：{st[0]}", "plain")
    seal(d, unit, c.date(3, 60))
    return d


def veteran_reply(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    unit = f"{pl[2]}{pl[3]}退役军人事务局"
    d = Doc(name, "退役军人优抚信访答复", fmt, "依申请公开", "送达信访人；伤残等级、病情、家庭情况属个人隐私")
    p1 = person(c, pl, 1950, 1975, male=True)
    d.p("信访事项答复意见书", "title")
    d.p(f"{d.v('person_name', p1['name'])}同志：", "plain")
    d.p(f"你反映的要求调整残疾等级一事收悉。经查，你于{p1['born'].year + 19}年入伍，服役期间因公致"
        f"{d.v('disability_info', c.pick('右眼视力丧失', '左下肢截肢', '腰椎损伤'))}，"
        f"现持有残疾军人证，评定等级为{d.v('disability_info', c.pick('因公七级', '因战六级', '因公八级'))}。")
    d.p(c.pick(lambda: f"你提出的{d.v('health_info', '慢性阻塞性肺病')}与服役无直接因果关系，医学鉴定专家组不予认定。",
               lambda: f"你近年来所患{d.v('health_info', c.r.choice(HEALTH))}属于旧伤复发的，可按规定申请复评。")())
    d.p(f"你的抚恤金按月发放至你本人{c.pick('中国邮政储蓄银行', '中国农业银行')}账户（{d.v('bank_card', c.f.bank_card()[0])}），"
        f"{TODAY.year}年标准为每月{d.k('statistic', str(c.r.randint(1800, 4200)) + '元')}。")
    addr, tel = body_contacts(c, d, pl, unit)
    d.p(f"联系人：{d.k('official_name', c.f.name())}　电话：{tel}", "plain")
    seal(d, unit, c.date(3, 60))
    return d


def enrol_reply(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    unit = f"{pl[2]}{pl[3]}教育局"
    d = Doc(name, "义务教育入学/学籍咨询答复", fmt, "主动公开",
            "网上咨询答复公开；学生及家长身份、学籍号、房产证号等不公开（未成年人保护法第一百零三条）")
    kid = person(c, pl, 2013, 2019)
    par = person(c, pl, 1980, 1992)
    abbr = ABBR[pl[1]]
    d.p("网上咨询答复", "title")
    d.p(f"咨询内容：我是{d.v('person_name', par['name'])}，孩子叫{d.v('person_name', kid['name'])}，"
        f"学籍号{d.v('student_no', 'G' + kid['id'])}，现在{d.v('school_class', c.r.choice(SCHOOLS) + '三年级4班')}。"
        f"我家购买了{d.v('address_home', c.f.home_address(pl))}的房子（产权证{d.v('property_cert_no', c.f.property_cert(abbr, pl[2], TODAY.year - 1))}），"
        f"孩子能否转到学区内的{d.k('org_name', pl[3] + c.pick('实验小学', '中山路小学', '解放路小学'))}？电话{d.v('mobile', fullwidth(par['mobile']))}。")
    d.p("答复：您好！根据本市义务教育阶段学生转学管理规定，学生因户籍迁移或住房变动需转学的，可于每学期开学前两周，"
        "持户口簿、不动产权证书向转入学校提出申请。转入学校有学位的，应予接收。")
    addr, tel = body_contacts(c, d, pl, unit)
    d.p(f"{unit}　咨询电话：{tel}", "plain")
    return d


def hearing_notice(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    unit = f"{pl[2]}{pl[3]}{c.pick('市场监督管理局', '自然资源局', '城市管理综合行政执法局')}"
    d = Doc(name, "行政处罚听证告知书", fmt, "不予公开",
            "行政处罚决定作出前的告知书属过程性信息和执法案卷（条例第十六条第二款）")
    p1 = person(c, pl, 1965, 1998)
    d.p("行政处罚听证告知书", "title")
    d.p(f"{d.v('person_name', p1['name'])}：", "plain")
    d.p(f"你于{cn_date(c.date(40, 200))}在{d.v('address_home', p1['addr'])}擅自{c.pick('搭建彩钢房', '占用绿地', '开挖地下室')}，"
        f"违反了《中华人民共和国城乡规划法》第四十条。本机关拟对你作出罚款{d.k('statistic', str(c.r.randint(5, 50)) + '000元')}的处罚。")
    d.p(f"据你在询问笔录中陈述，搭建房屋是为了照顾{d.v('health_info', '患阿尔茨海默病')}的母亲。你的邻居"
        f"{d.v('person_name', c.f.name())}、{d.v('person_name', c.f.name())}对此进行了举报。")
    d.p("根据《中华人民共和国行政处罚法》第六十三条、第六十四条，你有权要求听证。如要求听证，应在收到本告知书之日起五日内提出。")
    offs = officials(c, d, 2, cert=True, pl=pl)
    d.p(f"承办人：{offs[0][0]}（{offs[0][1]}）、{offs[1][0]}（{offs[1][1]}）", "plain")
    seal(d, unit, c.date(3, 30))
    return d


def mayor_mailbox(c: Ctx, fmt: str, name: str) -> Doc:
    """市长信箱/网民留言选登: several letters and replies, each telling private facts differently."""
    pl = c.place()
    d = Doc(name, "市长信箱来信及答复选登", fmt, "主动公开",
            "选登的答复公开；来信人身份、联系方式和信中私事不公开（条例第十五条）")
    d.p(f"{pl[2]}市长信箱{TODAY.year}年{c.r.randint(1, 11)}月来信办理情况选登", "title")
    shapes = list(range(7))
    c.r.shuffle(shapes)
    for n, sh in enumerate(shapes[:c.r.randint(4, 6)], 1):
        p1 = person(c, pl)
        nm = d.v("person_name", p1["name"])
        raw_phone = c.pick(p1["mobile"], fullwidth(p1["mobile"]), p1["mobile"][:3] + "-" + p1["mobile"][3:7] + "-" + p1["mobile"][7:])

        def ph(v=raw_phone):
            return d.v("mobile", v)
        title = ["大病救助求助", "孩子在校被嘲笑", "请求帮助讨薪", "邻居养鸽扰民", "营业执照办理问题", "产检建档问题", "遗产纠纷咨询"][sh]
        d.p(f"{n}. 来信标题：{title}", "plain")
        if sh == 0:
            d.p(f"来信内容：我叫{nm}，今年{TODAY.year - p1['born'].year}岁，家住{d.v('address_home', p1['addr'])}。"
                f"去年查出{d.v('health_info', c.r.choice(HEALTH))}，已经花光积蓄，想问问能不能办大病救助。我的电话是{ph()}。")
        elif sh == 1:
            kid = c.f.name()
            d.p(f"来信内容：孩子{d.v('person_name', kid)}在{d.v('school_class', c.r.choice(SCHOOLS) + c.pick('一', '二', '三') + '年级' + str(c.r.randint(1, 5)) + '班')}，"
                f"因为{d.v('disability_info', c.pick('患有自闭症', '智力三级残疾', '听力二级残疾'))}，经常被同学嘲笑，班主任也不管。"
                f"（来信人：{nm}，{ph()}）")
        elif sh == 2:
            d.p(f"来信内容：本人{nm}，与前妻{d.v('marital_status', '离婚')}后独自带着两个孩子，单位拖欠工资"
                f"{d.v('debt_info', str(c.r.randint(1, 6)) + '万多元')}一直不给。联系方式：{ph()}。")
        elif sh == 3:
            nb = c.f.name()
            d.p(f"来信内容：楼下住户{d.v('person_name', nb)}在自家院内养鸽子，噪音和异味很大。该户男主人"
                f"{d.v('criminal_record', '刚从监狱出来')}，我们都不敢说。反映人{nm}，住{d.v('address_home', p1['addr'])}。")
        elif sh == 4:
            d.p(f"来信内容：我是一名{d.v('religion', c.pick('穆斯林', '基督徒', '天主教徒'))}，在{pl[3]}做小生意。"
                f"最近申请营业执照时，工作人员说我的身份证（{d.v('id_number', grouped(p1['id'], [6, 8, 4]))}）信息有误，"
                f"请帮忙核查。{nm}，{ph()}")
        elif sh == 5:
            d.p(f"来信内容：我儿媳{d.v('pregnancy', '怀孕八个月')}，{c.pick('建档', '产检')}时医院要求提供结婚证，但她和我儿子还没"
                f"{d.v('marital_status', '领结婚证')}，请问怎么办？落款：{nm}　电话：{ph()}")
        else:
            d.p(f"来信内容：父亲{d.v('person_name', c.f.name(True))}去世后，我们兄妹几个因为房子闹上了法院。"
                f"房子的不动产权证号是{d.v('property_cert_no', c.f.property_cert(ABBR[pl[1]], pl[2], c.r.randint(2008, 2020)))}，"
                f"想问问遗产怎么分。（{nm}　QQ：{d.v('qq', c.f.qq())}）")
        unit = pl[2] + ["医疗保障局", "教育局", "人力资源和社会保障局", "城市管理局", "市场监督管理局", "卫生健康委员会", "司法局"][sh]
        d.p(f"答复单位：{unit}", "plain")
        d.p(c.pick(lambda: f"答复内容：您好！您反映的问题已收悉。经与您电话沟通，我们已将相关政策告知。"
                           f"如有疑问，请致电{d.k('landline_office', c.f.landline(pl[4]))}。",
                   lambda: f"答复内容：来信人反映的情况基本属实。我单位{d.k('official_name', c.f.name())}同志已上门了解情况，"
                           "并协调所在街道落实帮扶措施。",
                   lambda: "答复内容：感谢您的来信。该问题属于民事纠纷，建议您通过人民调解、诉讼等法律途径解决，"
                           "也可拨打12348法律援助热线咨询。")())
    return d


# =====================================================================================
# 19. More public documents (keep traps)
# =====================================================================================

def leadership(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    unit = f"{pl[2]}{pl[3]}{c.pick('人民政府', '发展和改革局', '教育局', '民政局')}"
    d = Doc(name, "领导分工及机构职能", fmt, "主动公开",
            "条例第二十条第（一）项：机构职能、负责人姓名公开；办公电话、地址公开（条例第十二条）")
    d.p(f"{unit}领导分工", "title")
    posts = ["局长（主任）", "副局长", "副局长", "党组成员、副局长", "四级调研员"]
    for post in posts[:c.r.randint(3, 5)]:
        nm = d.k("official_name", c.f.name())
        b = c.f.birth(1968, 1985)
        d.p(f"{nm}　{post}", "plain")
        d.p(f"{d.k('birth_date_public', str(b.year) + '年' + str(b.month) + '月')}生，{c.pick('大学', '研究生')}学历。"
            f"负责{c.pick('全面工作', '办公室、财务、政务公开工作', '社会救助、养老服务工作', '规划、项目建设工作')}。"
            f"办公电话：{d.k('landline_office', c.f.landline(pl[4]))}")
    d.p("内设机构", "plain")
    rows = [["科室", "负责人", "办公电话", "办公地点"]]
    building = f"{c.r.choice(pl[6])}{c.r.randint(1, 99)}号政务大楼"
    for dept in ["办公室", "政策法规科", "社会救助科", "财务审计科", "行政审批科"][:c.r.randint(3, 5)]:
        rows.append([dept, d.k("official_name", c.f.name()), d.k("landline_office", c.f.landline(pl[4])),
                     d.k("address_office", f"{building}{c.r.randint(2, 9)}{c.r.randint(0, 2)}{c.r.randint(1, 9)}室")])
    d.table(rows)
    d.p(f"单位地址：{d.k('address_office', pl[2] + pl[3] + d.k('street_name', c.pick('中山路', '解放路', '人民路')) + str(c.r.randint(1, 199)) + '号')}　"
        f"邮编：{d.k('postcode', POSTCODE[pl[0]])}", "plain")
    return d


def annual_report(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    unit = f"{pl[2]}{pl[3]}{c.pick('人民政府', '自然资源局', '公安分局', '住房和城乡建设局')}"
    d = Doc(name, "政府信息公开工作年度报告", fmt, "主动公开",
            "条例第四十九条、第五十条：年度报告公开；统计表数字、工作人员、联系方式公开")
    d.p(f"{unit}{TODAY.year - 1}年政府信息公开工作年度报告", "title")
    d.p(f"本报告依据《中华人民共和国政府信息公开条例》第四十九条、第五十条编制。全年主动公开政府信息"
        f"{d.k('statistic', str(c.r.randint(300, 3000)) + '条')}，受理依申请公开{d.k('statistic', str(c.r.randint(10, 300)) + '件')}。")
    rows = [["申请情况", None, "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
            ["一、本年新收政府信息公开申请数量", None] + [str(c.r.randint(0, 90)) for _ in range(7)],
            ["二、上年结转政府信息公开申请数量", None] + [str(c.r.randint(0, 9)) for _ in range(7)],
            ["三、本年度办理结果", "（三）不予公开", None, None, None, None, None, None, None],
            [None, "3.危及“三安全一稳定”", "0", "0", "0", "0", "0", "0", "0"],
            [None, "4.保护第三方合法权益", str(c.r.randint(1, 9)), "0", "0", "0", "0", "0", str(c.r.randint(1, 9))]]
    d.table(rows, header_rows=1, merges=[(0, 0, 0, 1), (1, 0, 1, 1), (2, 0, 2, 1), (3, 0, 5, 0)])
    d.p(f"说明：“不予公开”中，属于国家秘密的{d.k('statistic', str(c.r.randint(0, 3)) + '件')}，涉及个人隐私的"
        f"{d.k('statistic', str(c.r.randint(1, 12)) + '件')}。因政府信息公开被申请行政复议"
        f"{d.k('statistic', str(c.r.randint(0, 8)) + '件')}，结果均为维持。")
    d.p(f"存在的主要问题：个别科室对涉及个人隐私信息的区分处理把握不准，曾有一份行政处罚决定书未隐去当事人身份证号码，"
        f"发现后已及时撤回并更正。")
    addr, tel = body_contacts(c, d, pl, unit, True)
    d.p(f"联系人：{d.k('official_name', c.f.name())}　电话：{tel}　地址：{addr}", "plain")
    return d


def recruit_publicity(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    d = Doc(name, "拟录用（聘用）人员公示", fmt, "主动公开",
            "公务员录用规定：拟录用人员名单向社会公示（姓名、性别、准考证号、毕业院校、报考职位 keep）；"
            "公示以外的身份证号、电话不公示")
    unit = f"{pl[2]}{pl[3]}{c.pick('教育局', '卫生健康局', '人力资源和社会保障局')}"
    d.p(f"{unit}{TODAY.year}年公开招聘{c.pick('教师', '事业单位工作人员', '社区工作者')}拟聘用人员公示", "title")
    d.p("根据招聘公告，经笔试、面试、体检和考察，现将拟聘用人员名单予以公示。公示期为7个工作日。")
    rows = [["序号", "姓名", "性别", "准考证号", "毕业院校", "学历", "报考岗位", "总成绩"]]
    for i in range(c.r.randint(8, 16)):
        male = c.r.random() < .4
        rows.append([i + 1, d.k("person_name_publicity", c.f.name(male)), "男" if male else "女",
                     d.k("exam_no", f"{TODAY.year % 100}{pl[0][:4]}{c.f.digits(6, '0123456789')}"),
                     c.pick("山西大学", "山东师范大学", "湖南师范大学", "四川大学", "西北大学", "福建师范大学", "郑州大学"),
                     c.pick("本科", "硕士研究生"), c.pick("小学语文", "初中数学", "护理", "临床医学", "综合管理"),
                     f"{c.r.randint(70, 89)}.{c.r.randint(10, 99)}"])
    d.table(rows)
    d.p(f"监督电话：{d.k('landline_office', c.f.landline(pl[4]))}（{unit}）；"
        f"{d.k('landline_office', c.f.landline(pl[4]))}（{pl[3]}纪委监委驻局纪检组）", "plain")
    seal(d, unit, c.date(3, 40))
    return d


def penalty_publicity(c: Ctx, fmt: str, name: str) -> Doc:
    pl = c.place()
    d = Doc(name, "行政处罚信息公示（双公示）", fmt, "主动公开",
            "双公示：法人和个体工商户的名称、代码、法定代表人（经营者）公开；自然人当事人只以“X某”表示"
            "（已匿名的“X某”keep），违法事实中的受害人信息不公示")
    rows = [["行政处罚决定书文号", "处罚名称", "处罚类别", "处罚事由", "行政相对人名称", "统一社会信用代码", "法定代表人", "处罚机关", "处罚决定日期"]]
    for i in range(c.r.randint(12, 20)):
        yr = c.date(5, 300)
        docno = f"{pl[3][:1]}市监罚〔{yr.year}〕{c.r.randint(1, 400)}号"
        kind = c.r.random()
        if kind < .45:
            nm = d.k("company_name", f"{pl[2][:-1]}{c.pick('佳美', '百味', '金盛', '安康', '天一', '福源')}{c.pick('食品', '医药连锁', '商贸', '餐饮管理', '超市')}有限公司")
            code, rep = d.k("uscc", c.f.uscc(pl[0])), d.k("legal_rep", c.f.name())
            why = c.pick("销售过期食品", "未按规定公示营业执照", "虚假宣传", "使用未经检定的计量器具")
        elif kind < .75:
            nm = d.k("company_name", f"{pl[3]}{c.pick('红星', '好再来', '阿芳', '老李')}{c.pick('小吃店', '理发店', '便利店', '干洗店')}")
            code, rep = d.k("uscc", c.f.uscc(pl[0], "92")), d.k("legal_rep", c.f.name())
            why = c.pick("无证经营", "从业人员未取得健康证明", "价格违法")
        else:
            full = c.f.name()
            nm = d.k("person_name_masked", full[0] + "某" + ("某" if c.r.random() < .5 else ""))
            code, rep = "", ""
            why = c.pick("销售假冒注册商标的商品", "无照经营")
        rows.append([d.k("doc_no", docno), "行政处罚决定书", c.pick("罚款", "警告", "没收违法所得、罚款"), why, nm, code, rep,
                     f"{pl[2]}{pl[3]}市场监督管理局", f"{yr:%Y/%m/%d}"])
    d.table(rows)
    return d
