"""Kinds of corpus D written as decisions, replies and reports (prose with people in it)."""

from __future__ import annotations

import datetime as dt

from common import body, closing, disclosure_note, docno, mobile, official, person, relative
from model import Doc, Table
from values import (CITY, DISTRICTS, VILLAGES, Gen, card_form, fw, id_form, landline_form,
                    mobile_form, ymd)


def review_decision(g: Gen, d: Doc) -> None:
    b = body(g, d, "人民政府办公室", addr=True)
    d.title = f"{CITY}人民政府行政复议决定书"
    d.p(docno(g, d, "复", kind="决字"))
    app = person(g, d)
    born = g.birth(1960, 1995)
    d.p(f"申请人：{app}，{g.r.choice(['男', '女'])}，{d.R('birth_date', ymd(born) + '出生')}，汉族，"
        f"公民身份号码{d.R('id_number', id_form(g.r, g.id18(born)))}，住{d.R('address_home', g.address())}，"
        f"联系电话{mobile(g, d)}。")
    d.p(f"委托代理人：{d.K('person_name', g.name())}，{d.K('company_name', '清江明衡律师事务所')}律师。")
    resp = g.r.choice(["临川区市场监督管理局", "望湖区人力资源和社会保障局", "白沙县自然资源和规划局"])
    d.p(f"被申请人：{CITY}{resp}，住所地{d.K('address_office', CITY + resp[:3] + '政通路' + str(g.r.randint(1, 99)) + '号')}。")
    d.p(f"法定代表人：{d.K('official_name', g.name())}，局长。")
    third = person(g, d)
    d.p(f"第三人：{third}，系申请人{app}的{g.r.choice(['前夫', '前妻', '邻居'])}。")
    d.p(f"申请人不服被申请人作出的{d.K('case_number', g.case_no('行决'))}处理决定，于{ymd(g.date('2026-01-01', '2026-06-01'))}"
        f"向本机关申请行政复议，本机关依法受理。申请人称：其与{third}于{g.r.randint(2005, 2015)}年登记结婚，"
        f"{d.R('marital_family', f'{g.r.randint(2018, 2023)}年协议离婚')}，其子{relative(g, d, app)}"
        f"{d.R('minor_info', '现年' + str(g.r.randint(8, 15)) + '岁')}随申请人生活。")
    d.p("本机关认为，被申请人作出的处理决定认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当。根据"
        "《中华人民共和国行政复议法》第六十八条之规定，本机关决定：维持被申请人作出的处理决定。")
    d.p("申请人如不服本决定，可以自收到本决定书之日起十五日内向人民法院提起行政诉讼。")
    closing(g, d, b, g.date("2026-06-01", "2026-11-20"))
    d.note = ("行政复议法第七十九条要求复议决定书向社会公开：机关、法定代表人、律师 keep；申请人、第三人、子女的姓名与"
              "身份信息、婚姻情况 redact。")


def enterprise_penalty(g: Gen, d: Doc) -> None:
    b = body(g, d, g.r.choice(["市场监督管理局", "应急管理局"]), addr=True)
    case = d.K("case_number", g.case_no("市监罚处"))
    d.title = f"{b['name']}行政处罚决定书"
    d.p(case)
    co = d.K("company_name", g.company())
    rep = d.K("person_name", g.name())
    d.p(f"当事人：{co}")
    d.p(f"统一社会信用代码：{d.K('uscc', g.uscc())}")
    d.p(f"住所：{d.K('address_office', CITY + g.r.choice(DISTRICTS) + '工业园区' + g.r.choice(['兴业路', '创新大道']) + str(g.r.randint(1, 300)) + '号')}")
    d.p(f"法定代表人：{rep}，身份证号{d.R('id_number', id_form(g.r, g.id18()))}，手机{mobile(g, d)}。")
    d.p(f"{ymd(g.date('2026-01-01', '2026-05-01'))}，本局执法人员{official(g, d)}（执法证号{d.K('enforcement_cert_no', '33' + str(g.r.randint(100000, 999999)) + '0' + str(g.r.randint(1000, 9999)))}）、"
        f"{official(g, d)}（执法证号{d.K('enforcement_cert_no', '33' + str(g.r.randint(100000, 999999)) + '0' + str(g.r.randint(1000, 9999)))}）"
        f"对当事人经营场所进行检查，发现当事人销售的产品不符合国家标准。当事人员工{person(g, d)}现场签字确认。")
    d.p(f"以上事实有现场笔录、检验报告、询问笔录等证据证明。本局决定：1. 没收违法所得{d.K('amount', str(g.r.randint(2, 90) * 1000) + '元')}；"
        f"2. 罚款{d.K('amount', str(g.r.randint(5, 200) * 1000) + '元')}。")
    acct = card_form(g.r, g.bank(19), "plain")
    d.p(f"罚款请于十五日内缴至财政专户（{d.K('account_body', acct)}，户名：{CITY}财政局非税收入专户）。")
    d.p(f"如不服本决定，可在收到本决定书之日起六十日内向{CITY}人民政府申请行政复议。")
    closing(g, d, b, g.date("2026-05-01", "2026-11-20"))
    d.note = ("企业处罚决定依行政处罚法第四十八条公开；企业名称、信用代码、住所、法定代表人姓名属企业公示信息 keep；"
              "法定代表人身份证号、手机号、员工姓名 redact；执法人员及证号、财政专户 keep。")


def deputy_reply(g: Gen, d: Doc) -> None:
    b = body(g, d, g.r.choice(["教育局", "农业农村局", "民政局"]))
    d.title = f"关于市十七届人大{g.r.randint(2, 5)}次会议第{g.r.randint(10, 300)}号建议的答复"
    d.p(docno(g, d, b["abbr"], kind="建"))
    if g.r.random() < .5:
        d.head.append("A类")
    dep = d.K("person_name", g.name())
    dep2 = d.K("person_name", g.name())
    d.p(f"{dep}代表：")
    d.p(f"您和{dep2}代表提出的《关于加强农村留守老人关爱服务的建议》收悉。经认真研究，现答复如下：")
    vill = person(g, d)
    d.p(f"您在建议中提到的{g.r.choice(VILLAGES)}村民{vill}反映的情况，我局已会同乡镇核实：{vill}"
        f"{d.R('health', g.r.choice(['患有慢性阻塞性肺病', '因脑梗后遗症长期卧床', '确诊胃癌正在化疗']))}，"
        f"其妻{person(g, d)}已于前年去世，其子{relative(g, d, vill)}在外务工。现已将其纳入特困供养。")
    d.p("下一步，我局将推进村级互助养老服务点建设，加大财政投入。感谢您对民政工作的关心和支持。")
    d.p(f"签发人：{official(g, d)}")
    d.p(f"联系人：{official(g, d)}，联系电话：{b['phone']}")
    d.p(f"代表本人联系电话（仅供回访用）：{mobile(g, d)}")
    closing(g, d, b, g.date("2026-04-01", "2026-09-30"))
    disclosure_note(d)
    d.note = ("代表依法履职，建议答复中代表姓名 keep（代表法；建议答复应公开）；被反映村民及家属的姓名、病情、"
              "代表私人手机 redact；签发人、联系人、办公电话 keep。")


def cppcc_reply(g: Gen, d: Doc) -> None:
    b = body(g, d, g.r.choice(["住房和城乡建设局", "医疗保障局"]), fax=True)
    d.title = f"对市政协十一届{g.r.randint(2, 5)}次会议第{g.r.randint(10, 400)}号提案的答复"
    d.p(docno(g, d, b["abbr"], kind="提"))
    a, c = d.K("person_name", g.name()), d.K("person_name", g.name())
    d.p(f"{a}、{c}委员：")
    d.p(f"你们提出的《关于推进老旧小区加装电梯的提案》收悉。现将办理情况答复如下：一是完善政策……二是加大补助……"
        f"{a}委员调研时反映的{g.r.choice(['春晖家园', '翠苑一区'])}加装电梯纠纷，系因一楼住户{person(g, d)}"
        f"（电话{mobile(g, d)}）不同意所致，街道已组织调解。")
    d.p(f"联系单位：{b['name']}，联系人：{official(g, d)}，电话：{b['phone']}，传真：{b['fax']}。")
    closing(g, d, b, g.date("2026-04-01", "2026-09-30"))
    disclosure_note(d)
    d.note = "政协委员以委员身份提案，姓名 keep；被提及住户姓名与电话 redact；承办联系人、电话、传真 keep。"


def accident_report(g: Gen, d: Doc) -> None:
    b = body(g, d, "应急管理局", mail=True)
    co = d.K("company_name", g.company())
    d.title = f"{co}“{g.r.randint(3, 9)}·{g.r.randint(1, 28)}”较大坍塌事故调查报告"
    d.p(f"{ymd(g.date('2025-03-01', '2025-12-01'))}，位于{g.r.choice(DISTRICTS)}的{co}（统一社会信用代码"
        f"{d.K('uscc', g.uscc())}）在建厂房发生模板支撑体系坍塌事故，造成3人死亡、2人受伤。"
        f"依据《生产安全事故报告和调查处理条例》，市政府成立事故调查组。")
    d.p("一、事故伤亡情况")
    rows = []
    for st in ["死亡", "死亡", "死亡", "重伤", "轻伤"]:
        age = g.r.randint(24, 58)
        sex = g.r.choice(["男", "女"])
        born = g.birth(2025 - age, 2025 - age)
        rows.append([d.R("person_name", g.name()), sex, d.R("age", f"{age}岁"),
                     d.R("id_number", id_form(g.r, g.id18(born, sex), g.r.choice(["plain", "lower", "group"]))),
                     st if st == "死亡" else d.R("health", g.r.choice(["左股骨粉碎性骨折", "颅脑损伤", "多发肋骨骨折"]))])
    d.t(Table([["姓名", "性别", "年龄", "身份证号", "伤亡情况"]], rows, widths=[2, 1, 1, 5, 3]))
    drv = person(g, d)
    d.p(f"事故现场一辆混凝土泵车（号牌{d.K('plate', g.plate())}，车辆识别代号{d.K('vin', g.vin())}，登记所有人为{co}）"
        f"由司机{drv}操作。")
    d.p("二、责任认定及处理建议")
    pm = person(g, d)
    d.p(f"{pm}，{co}项目经理，{d.R('criminal_record', '因涉嫌重大责任事故罪已被公安机关刑事拘留')}。"
        f"{drv}，泵车操作工，{d.R('criminal_record', '曾于2019年因危险驾驶罪被判处拘役二个月')}，建议依法追究。")
    d.p(f"{official(g, d)}，{g.r.choice(DISTRICTS)}住房和城乡建设局副局长，对工地安全监管不力，建议给予政务记过处分。")
    d.p(f"联系电子邮箱：{b['mail']}；电话：{b['phone']}。")
    closing(g, d, b, g.date("2026-01-01", "2026-10-30"))
    d.note = ("条例第三十四条 事故处理情况向社会公布：企业、信用代码、企业车辆号牌VIN、问责公职人员 keep；"
              "死伤者姓名、年龄、身份证号、伤情，企业员工姓名及其刑事情况 redact（个保法第二十八条敏感信息）。")


def medical_insurance(g: Gen, d: Doc) -> None:
    b = body(g, d, "医疗保障局", mail=True)
    d.title = f"{b['name']}关于2026年第{g.r.randint(1, 3)}批欺诈骗取医疗保障基金典型案例的通报"
    d.p(docno(g, d, b["abbr"], kind="发"))
    d.p("为强化警示震慑，根据《医疗保障基金使用监督管理条例》，现将查处的典型案例通报如下：")
    for i in range(3):
        inst = d.K("company_name", f"{CITY}{g.r.choice(['康宁', '仁和', '济民', '百草堂'])}{g.r.choice(['医院', '诊所', '大药房'])}")
        rep = d.K("person_name", g.name())
        d.p(f"案例{'一二三'[i]}：{inst}（法定代表人{rep}）串换药品、虚记诊疗项目，违规金额"
            f"{d.K('amount', str(g.r.randint(2, 80)) + '.' + str(g.r.randint(1, 9)) + '万元')}。")
    other = person(g, d)
    d.p(f"案例四：参保人{other}（社会保障卡号{d.R('social_security_card', g.si_card())}）将本人医保凭证出借给他人使用，"
        f"冒名就医{g.r.randint(5, 30)}次，{d.R('health', '所涉病种为' + g.r.choice(['精神障碍', '艾滋病抗病毒治疗', '血液透析']))}。")
    pt = person(g, d)
    d.p(f"案例五：参保人{pt}（社会保障卡号{d.R('social_security_card', g.si_card())}，"
        f"身份证号{d.R('id_number', id_form(g.r, g.id18(), 'group'))}）"
        f"{d.R('health', '以治疗' + g.r.choice(['糖尿病', '乙型肝炎', '抑郁症']) + '为名')}多次超量开药倒卖，"
        f"其子{relative(g, d, pt)}协助联系买家。已追回基金并移送公安机关。")
    d.p(f"欢迎社会各界监督举报，举报电话{b['phone']}，举报邮箱{b['mail']}。")
    closing(g, d, b, g.date("2026-03-01", "2026-11-20"))
    d.note = "机构名称及其法定代表人 keep；参保个人（涉嫌违法）的姓名、社保卡号、身份证号、病情及家属 redact。"


def _pupil(g: Gen) -> str:
    grade = g.r.randint(1, 6)
    return f"今年{grade + 6}岁，在{g.r.choice(['实验小学', '春晖小学'])}{'一二三四五六'[grade - 1]}年级就读"


def hotline_reply(g: Gen, d: Doc) -> None:
    b = body(g, d, g.r.choice(["住房和城乡建设局", "教育局", "人力资源和社会保障局"]))
    d.title = f"12345政务服务热线网民留言办理回复（工单号{d.K('ticket_number', '2026' + str(g.r.randint(10000000, 99999999)))}）"
    caller = person(g, d)
    asked = g.date("2026-05-01", "2026-10-20")
    contact = mobile(g, d) if g.r.random() < .6 else d.R(
        "landline_private", landline_form(g.r, g.landline("0579"), g.r.choice(["dash", "paren", "plain"])))
    if g.r.random() < .5:
        contact += f"    邮箱：{d.R('email_private', g.email_private())}"
    d.p(f"留言人：{caller}    联系方式：{contact}    留言时间：{ymd(asked)}")
    son = relative(g, d, caller)
    d.p(f"留言内容：我住在{d.R('address_home', g.address())}，我家孩子{d.R('person_name', son)}"
        f"{d.R('minor_info', _pupil(g))}，"
        f"学校周边道路拥堵，接送困难。我和爱人{person(g, d)}多次反映未果。"
        + (f"另外，我的社保卡（卡号{d.R('social_security_card', g.si_card())}）在医院无法结算。" if g.r.random() < .6 else ""))
    d.p(f"办理回复：{caller}您好！您反映的问题已收悉。经核实，你的儿子{son}所在学校周边已设置临时停车区。"
        f"如有疑问，请致电{b['name']}（{b['phone']}），承办人：{official(g, d)}。")
    closing(g, d, b, asked + dt.timedelta(days=g.r.randint(3, 15)))
    d.note = "网上公开的热线回复：来电人、家属、儿童（年龄年级）、住址、手机 redact；承办单位、承办人、办公电话 keep。"


def application_reply(g: Gen, d: Doc) -> None:
    b = body(g, d, g.r.choice(["自然资源和规划局", "住房和城乡建设局", "财政局"]), addr=True, mail=True)
    d.attribute = "依申请公开"
    d.title = f"{b['name']}政府信息公开申请答复书"
    d.p(docno(g, d, b["abbr"], kind="依复"))
    app = person(g, d)
    d.p(f"{app}：")
    d.p(f"本机关于{ymd(g.date('2026-05-01', '2026-10-01'))}收到您通过{g.r.choice(['信函', '在线平台', '当面'])}提交的政府信息公开申请"
        f"（申请人证件号码：{d.R('id_number', id_form(g.r, g.id18())) if g.r.random() < .6 else d.R('id_number_15', g.id15())}；通信地址：{d.R('address_home', g.address())}；"
        f"联系电话：{mobile(g, d)}；电子邮箱：{d.R('email_private', g.email_private())}），"
        f"申请获取“{g.r.choice(['城东片区征收补偿方案', '2025年土地出让收支明细', '某地块规划许可'])}”相关信息。")
    d.p("经审查，根据《中华人民共和国政府信息公开条例》第三十六条第（二）项之规定，现向您提供该信息（见附件）。"
        "其中涉及第三方个人隐私的内容，依据第十五条、第三十七条作区分处理。")
    d.p(f"如对本答复不服，可在收到之日起六十日内申请行政复议，或六个月内提起行政诉讼。")
    d.p(f"联系人：{official(g, d)}；电话：{b['phone']}；地址：{b['addr']}；邮箱：{b['mail']}。")
    closing(g, d, b, g.date("2026-06-01", "2026-11-20"))
    d.note = "答复书仅送达申请人（依申请公开）；申请人身份与联系信息 redact；机关联系人、电话、地址、邮箱 keep。"


def petition_opinion(g: Gen, d: Doc) -> None:
    b = body(g, d, "信访局")
    d.attribute = "不予公开"
    d.title = "信访事项处理意见书"
    d.p(docno(g, d, "信", kind="处意"))
    pet = person(g, d)
    d.p(f"信访人：{pet}，身份证号{d.R('id_number_15', g.id15())}，住{d.R('address_home', g.address())}，"
        f"电话{d.R('landline_private', landline_form(g.r, g.landline('0579'), 'paren'))}。")
    d.p(f"你于{ymd(g.date('2026-03-01', '2026-08-01'))}反映与邻居{person(g, d)}宅基地纠纷一事。经调查：你"
        f"{d.R('religion', '信仰基督教')}，因在自家院内搭建聚会用房与邻居发生争执；你"
        f"{d.R('criminal_record', '曾于2016年因故意伤害被行政拘留十日')}；你持有的{g.r.choice(['普通护照', '往来港澳通行证'])}已依法收缴（证件号码"
        f"{d.R('passport', g.passport()) if g.r.random() < .5 else d.R('hk_macau_permit', g.hk_permit())}）。你的女儿{relative(g, d, pet)}"
        f"{d.R('minor_info', '就读于石门县实验初中二年级')}。")
    d.p("依据《信访工作条例》第三十二条，处理意见如下：……如不服本意见，可自收到之日起30日内请求复查。")
    d.p(f"经办人：{official(g, d)}   电话：{b['phone']}")
    closing(g, d, b, g.date("2026-06-01", "2026-11-20"))
    disclosure_note(d)
    d.note = "信访处理意见书只送达信访人，不予公开（条例第十五条个人隐私）；其中个人信息全部 redact，经办人 keep。"


def expropriation_agreement(g: Gen, d: Doc) -> None:
    b = body(g, d, "住房和城乡建设局")
    d.attribute = "不予公开"
    d.title = "国有土地上房屋征收货币补偿协议"
    d.p(f"协议编号：{d.K('doc_number', 'CD-2026-' + str(g.r.randint(100, 999)))}")
    d.p(f"征收部门（甲方）：{b['name']}，法定代表人：{official(g, d)}")
    own = person(g, d)
    spouse = person(g, d)
    d.p(f"被征收人（乙方）：{own}，身份证号：{d.R('id_number', id_form(g.r, g.id18(), 'space4'))}；"
        f"共有人：{spouse}（{d.R('marital_family', '乙方配偶')}），身份证号：{d.R('id_number', id_form(g.r, g.id18_x(), 'lower'))}")
    d.p(f"被征收房屋坐落：{d.R('address_home', g.address())}，建筑面积{g.r.randint(50, 140)}.{g.r.randint(10, 99)}平方米。")
    d.p(f"补偿金额合计人民币{d.K('amount', str(g.r.randint(80, 300)) + '万元')}，甲方于协议生效后三十日内支付至乙方账户："
        f"开户行{g.r.choice(['工商银行', '农业银行', '建设银行'])}清江支行，户名{own}，账号{d.R('bank_card', card_form(g.r, g.bank()))}。")
    d.p(f"乙方联系电话：{mobile(g, d)}")
    d.p("本协议一式四份，甲乙双方各执两份。")
    closing(g, d, b, g.date("2026-03-01", "2026-11-20"))
    d.note = "个人补偿协议不主动公开（分户结果另依条例第二十九条公布）；不予公开（第十五条）；个人信息 redact。"
