"""Case documents addressed to or about private persons: 行政处罚, 答复书, 信访, 12345, 复议, 许可, 劳动监察."""
from __future__ import annotations

import datetime as dt

from core import (POSTCODES, Doc, fmt_card, fmt_id, fmt_mobile, fw, mask_id, mask_mobile, mask_name, ymd)
from idgen import ROADS, ESTATES

DISEASES = ["尿毒症", "白血病", "肺癌", "乳腺癌", "胃癌", "肝硬化", "脑梗死后遗症", "精神分裂症", "重度抑郁症",
            "再生障碍性贫血", "先天性心脏病", "双相情感障碍", "股骨头坏死", "肺结核", "系统性红斑狼疮", "帕金森病"]
COURTS = "人民法院"
COMPANY_WORDS = ["恒泰", "鑫源", "宏达", "金鼎", "华兴", "永盛", "德润", "瑞丰", "嘉禾", "盛达", "福临", "天诚",
                 "中联", "泰和", "锦程", "安康", "博远", "丰泽", "众鑫", "顺发", "荣昌", "汇通", "新航", "旭日"]
COMPANY_TAIL = ["商贸有限公司", "建筑工程有限公司", "食品有限公司", "农业开发有限公司", "医药连锁有限公司",
                "建设工程有限公司", "劳务有限公司", "物业服务有限公司", "科技有限公司", "餐饮管理有限公司",
                "建材有限公司", "运输有限公司", "环保科技有限公司", "信息技术有限公司"]


def company(d: Doc, tail=None):
    r = d.rng
    return d.g._uniq(lambda: f"{d.county[:-1] if r.random() < 0.5 else d.c[2][:-1]}{r.choice(COMPANY_WORDS)}{r.choice(COMPANY_WORDS)[0] if r.random() < 0.3 else ''}{tail or r.choice(COMPANY_TAIL)}")


def person(d: Doc, age="adult", sex=None, local=True):
    g = d.g
    s = sex or d.rng.choice("MF")
    b = g.birth(age)
    return {"name": g.name(s, age), "sex": s, "sexw": "男" if s == "M" else "女", "birth": b,
            "id": g.id18(d.c[0] if local and d.rng.random() < 0.8 else None, birth=b, sex=s),
            "mobile": g.mobile(), "addr": g.home_addr(d.c)}


def child_of(d: Doc, parent_name, sex):
    """A child carrying the parent's surname (as most do), with age-appropriate given name and ID."""
    g = d.g
    b = g.birth("kid")
    name = g.name(sex, "kid", surname=parent_name[0] if d.rng.random() < 0.9 else None)
    return {"name": name, "sex": sex, "sexw": "男" if sex == "M" else "女", "birth": b,
            "id": g.id18(d.c[0], birth=b, sex=sex), "age": 2026 - b.year}


def redhead(d: Doc, org, docno=None, file_word="文件"):
    d.p(f"{org}{file_word}" if file_word else org, "red")
    if docno:
        d.p(d.K("doc_number", docno), "docno")


def official(d: Doc):
    return d.g.name()


# =================================================================== 行政处罚决定书
def k_penalty(d: Doc):
    r = d.rng
    v = [0, 1, 2, 3, 0, 3][d.variant % 6]
    when = d.date("2025-10-01", "2026-11-10")
    if v == 0:  # 市场监管, company
        org = f"{d.county}市场监督管理局"
        no = d.doc_no("市监处罚", n=r.randint(10, 260))
        co = company(d, r.choice(["食品有限公司", "商贸有限公司", "医药连锁有限公司", "餐饮管理有限公司"]))
        rep = person(d)
        comp = person(d)
        clerk = person(d)
        d.p(org, "center")
        d.p("行政处罚决定书", "title")
        d.p(d.K("doc_number", no), "docno")
        d.p(f"当事人：{d.K('company_name', co)}", "plain")
        d.p("主体资格证照名称：营业执照", "plain")
        d.p(f"统一社会信用代码：{d.K('credit_code', d.g.uscc(d.c[0]))}", "plain")
        d.p(f"住所（经营场所）：{d.K('address_public', d.county + r.choice(ROADS) + str(r.randint(1, 300)) + '号')}", "plain")
        d.p(f"法定代表人：{d.U(rep['name'])}", "plain")
        d.p(f"身份证件号码：{d.R('id_number', fmt_id(rep['id'], d.id_style(), r))}", "plain")
        d.p(f"联系电话：{d.R('mobile', rep['mobile'])}", "plain")
        d.p(f"　　{ymd(when - dt.timedelta(days=70))}，本局接到投诉举报（投诉人{d.R('person_name', comp['name'])}，联系电话{d.R('mobile', fmt_mobile(comp['mobile'], r.choice(['plain', '344'])))}），"
            f"反映当事人销售过期食品。经本局负责人批准，于同日对当事人立案调查。", "plain")
        goods = r.choice(["预包装饮料", "速冻水饺", "袋装牛奶", "卤制肉品", "调味料酒"])
        val = f"{r.randint(3, 80) * 10 + r.randint(0, 9)}.{r.randint(0, 9)}0"
        d.p(f"经查，当事人于{ymd(when - dt.timedelta(days=120))}至{ymd(when - dt.timedelta(days=75))}期间，在其经营场所销售超过保质期的{goods}共计{r.randint(12, 120)}件，货值金额{d.K('amount', val + '元')}，违法所得{r.randint(20, 300)}元。")
        d.p(f"上述事实，有以下证据证明：1.当事人营业执照复印件、法定代表人身份证复印件；2.现场检查笔录及现场照片；3.对当事人店员{d.R('person_name', clerk['name'])}的询问笔录；4.进货单据、销售记录。")
        d.p(f"本局于{ymd(when - dt.timedelta(days=20))}向当事人送达了《行政处罚告知书》，告知当事人拟作出行政处罚的事实、理由、依据和处罚内容，以及当事人依法享有的{d.K('other_public', '陈述、申辩和听证')}的权利。当事人在法定期限内未提出陈述、申辩，也未要求举行听证。")
        fine = r.choice([5000, 10000, 20000, 50000])
        d.p(f"本局认为，当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，本局决定：1.没收违法所得；2.罚款人民币{d.K('amount', f'{fine:,}元'.replace(',', ''))}。")
        acct = d.body_account()
        d.p(f"当事人应当自收到本决定书之日起十五日内，将罚没款缴至{d.county}财政局非税收入专户（户名：{d.county}财政局非税收入专户，账号：{d.K('body_account', acct)}，开户行：{r.choice(['中国农业银行', '中国工商银行', '中国建设银行'])}{d.county}支行）。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。")
        d.p(f"当事人对本处罚决定不服的，可以在收到本决定书之日起六十日内向{d.county}人民政府申请行政复议；也可以在六个月内依法向{d.county}{COURTS}提起行政诉讼。申请行政复议或者提起行政诉讼的，本处罚决定不停止执行。")
        o1, o2 = official(d), official(d)
        d.p(f"执法人员：{d.K('official_name', o1)}（执法证号：{d.K('other_public', d.c[0][:2] + str(r.randint(10000000000, 99999999999)))}）　{d.K('official_name', o2)}（执法证号：{d.U(d.c[0][:2] + str(r.randint(10000000000, 99999999999)))}）")
        d.sign(org, when)
        d.p("（市场监督管理局印章）", "right")
        if r.random() < 0.6:
            d.attr_note("公开发布")
        d.notes.append("法定代表人姓名未标注（企业登记公开信息，公示惯例不一）")
    elif v == 1:  # 卫健 individual 非法行医
        org = f"{d.county}卫生健康局"
        no = d.doc_no("卫医罚", n=r.randint(1, 60))
        p = person(d, sex="M")
        pt = person(d, age="old")
        d.p(org, "center")
        d.p("行 政 处 罚 决 定 书", "title")
        d.p(d.K("doc_number", no), "docno")
        d.p(f"被处罚人：{d.R('person_name', p['name'])}　性别：{p['sexw']}　出生日期：{ymd(p['birth'])}", "plain")
        d.p(f"身份证号：{d.R('id_number', fmt_id(p['id'], d.id_style(), r))}", "plain")
        d.p(f"住址：{d.R('address_home', p['addr'])}", "plain")
        d.p(f"　　{ymd(when - dt.timedelta(days=50))}，我局卫生监督员在日常监督检查中发现，{d.U(p['name'])}未取得《医疗机构执业许可证》，在{d.K('address_public', d.g.town() + d.g.village() + '村委会东侧门面房')}擅自开展诊疗活动。现场有患者{d.R('person_name', pt['name'])}正在输液，经询问，该患者患有{d.R('health', r.choice(DISEASES[:8]))}，已在此处输液三日。", "plain")
        d.p(f"以上事实有现场笔录、询问笔录、照片、药品清单等证据为证。你的行为违反了《医疗机构管理条例》第十四条第一款的规定。依据《中华人民共和国基本医疗卫生与健康促进法》第九十九条第一款的规定，我局决定给予你如下行政处罚：没收违法所得及药品器械，并处罚款人民币{d.K('amount', str(r.choice([50000, 60000, 80000])) + '元')}。")
        d.p(f"罚款于收到本决定书之日起十五日内缴至{d.county}财政局非税收入专户，账号：{d.K('body_account', d.body_account())}。")
        d.p(f"如不服本处罚决定，可在收到本决定书之日起六十日内向{d.county}人民政府申请行政复议，或者六个月内向{d.county}人民法院提起行政诉讼。")
        d.p(f"卫生监督员：{d.K('official_name', official(d))}、{d.K('official_name', official(d))}")
        d.sign(org, when)
        d.notes.append("被处罚人为自然人，公开文本应隐去姓名（改为某某）、身份证号、住址")
    elif v == 2:  # 住建, company + 项目负责人 with ID
        org = f"{d.county}住房和城乡建设局"
        no = d.doc_no("建罚字", n=r.randint(1, 40))
        co = company(d, "建筑工程有限公司")
        boss = person(d, sex="M")
        proj = f"{d.county}{r.choice(ESTATES)}{r.choice(['二期', '三期', '1#-6#楼', '商住楼'])}项目"
        d.p(org, "center")
        d.p("行政处罚决定书", "title")
        d.p(d.K("doc_number", no), "docno")
        d.p(f"被处罚单位：{d.K('company_name', co)}", "plain")
        d.p(f"统一社会信用代码：{d.K('credit_code', d.g.uscc(d.c[0]))}", "plain")
        d.p(f"　　经查，你单位承建的{d.K('other_public', proj)}（项目地址：{d.K('address_public', d.county + r.choice(ROADS) + '与' + r.choice(ROADS) + '交叉口东北角')}），在未取得施工许可证的情况下擅自施工。该项目现场负责人{d.R('person_name', boss['name'])}（身份证号码：{d.R('id_number', fmt_id(boss['id'], r.choice(['plain', '644']), r), brk=9 if r.random() < 0.4 else None)}，手机{d.R('mobile', boss['mobile'])}）对上述事实供认不讳。", "plain")
        cost = r.randint(800, 5000) * 10000
        d.p(f"你单位的行为违反了《建筑工程施工许可管理办法》第三条的规定。依据该办法第十二条规定，决定对你单位处以罚款人民币{d.K('amount', str(cost // 100) + '元')}（合同价款的百分之一）。")
        d.p(f"依据《中华人民共和国行政处罚法》第四十四条、第四十五条规定，你单位享有{d.K('other_public', '陈述、申辩')}的权利。")
        d.p(f"罚款缴入：{d.county}财政局非税收入汇缴结算户，开户行：{d.county}农村商业银行营业部，账号：{d.K('body_account', d.body_account())}。")
        d.p(f"执法人员：{d.K('official_name', official(d))}（执法证号{d.U(str(r.randint(10**12, 10**13 - 1)))}）")
        d.sign(org, when)
        d.attr_note(r.choice(["公开发布", "主动公开"]))
        d.notes.append("现场负责人为自然人，其姓名和身份证号为个人信息（brief: an ID makes them private）")
    else:  # 交警 酒驾 individual
        org = f"{d.county}公安局交通警察大队"
        no = f"公安交通管理行政处罚决定书（编号：{d.c[0]}{r.randint(10**9, 10**10 - 1)}）"
        p = person(d, sex="M")
        plate = d.g.plate(d.c[5], r.choice(["blue", "nev_small"]))
        vin = d.g.vin()
        d.p(org, "center")
        d.p("公安交通管理行政处罚决定书", "title")
        d.p(d.K("case_number", no.split("编号：")[1].rstrip("）")), "docno")
        d.p(f"被处罚人：{d.R('person_name', p['name'])}，{p['sexw']}，{p['birth'].year}年{p['birth'].month}月{p['birth'].day}日出生，"
            f"机动车驾驶证号{d.R('id_number', p['id'])}，档案编号{d.R('other_private', str(r.randint(10**11, 10**12 - 1)))}，"
            f"准驾车型C1，联系方式{d.R('mobile', p['mobile'])}，现住{d.R('address_home', p['addr'])}。", "plain")
        t = when - dt.timedelta(days=15)
        road = d.K("address_public", f"{r.choice(ROADS)}与{r.choice(ROADS)}交叉口")
        d.p(f"　　现查明{t.year}年{t.month}月{t.day}日{r.randint(19, 23)}时{r.randint(10, 59)}分，{d.U(p['name'])}饮酒后驾驶号牌为{d.R('plate', plate)}（车辆识别代号{d.R('vin', vin)}）的小型轿车，行驶至{road}时被执勤民警查获。经呼气式酒精检测，其血液酒精含量为{r.randint(21, 79)}mg/100ml，属饮酒后驾驶机动车。", "plain")
        d.p(f"以上事实有呼气酒精检测单、现场执法视频等证据证实。根据《中华人民共和国道路交通安全法》第九十一条第一款之规定，决定给予罚款{d.K('amount', '1000元')}、暂扣六个月机动车驾驶证的处罚。")
        d.p("持本决定书在十五日内到（缴款银行）缴纳罚款。逾期不缴纳的，每日按罚款数额的3%加处罚款，加处罚款总额不超出罚款数额。")
        d.p(f"如不服本决定，可以在收到本决定书之日起六十日内向{d.county}公安局或者{d.county}人民政府申请行政复议；或者在六个月内依法向人民法院提起行政诉讼。")
        d.p(f"交通警察：{d.K('official_name', official(d))}　警号：{d.K('other_public', str(r.randint(100000, 999999)))}")
        d.sign(org, when)
        d.notes.append("交警处罚决定书（个人）：姓名、驾驶证号、档案编号、车牌、VIN、住址均为个人信息")
    d.attribute = "主动公开"


# =================================================================== 政府信息公开申请答复书
CHANNELS = ["email", "mail", "online", "walkin", "fax"]


def k_reply(d: Doc):
    r = d.rng
    bureaus = [("人力资源和社会保障局", "人社"), ("民政局", "民"), ("卫生健康局", "卫健"), ("教育局", "教"),
               ("住房和城乡建设局", "住建"), ("市场监督管理局", "市监"), ("公安局", "公"), ("自然资源局", "自然资"),
               ("人民政府", "政")]
    bname, bcode = bureaus[(d.variant + d.idx) % len(bureaus)]
    asks = {"人社": ["2025年本县城镇公益性岗位招聘人员名单及工资发放情况", "本人2009年至2012年养老保险缴费记录及补缴审批材料"],
            "民": ["2025年度本乡镇城乡低保资金发放明细", "本村2025年临时救助审批材料"],
            "卫健": ["县医院2025年医疗设备采购项目的合同及验收文件", "某诊所被处罚的行政处罚决定书"],
            "教": ["2026年城区小学学区划分方案及依据", "某中学2025年食堂承包合同"],
            "住建": ["某小区棚户区改造项目征收补偿方案及分户补偿情况", "某楼盘预售许可证及规划验收材料"],
            "市监": ["2025年第三季度本县食品抽检不合格产品处理情况", "某超市被投诉举报的处理结果"],
            "公": ["某路段交通信号灯设置的审批文件", "本人户籍迁移的审批材料"],
            "自然资": ["本人所在村2024年至2025年农村宅基地审批情况", "某地块土地征收批复文件"],
            "政": ["本人所在村2024年至2025年农村危房改造补助资金使用情况", "2025年县政府常务会议纪要"]}[bcode]
    if d.variant % 5 == 4:
        town = d.g.town()
        org, code = f"{d.county}{town}人民政府", town[0] + "政"
        org = f"{town}人民政府" if r.random() < 0.5 else org
    else:
        org, code = f"{d.county}{bname}", bcode
    no = f"{d.cshort}{code}依申复〔2026〕{r.randint(1, 45)}号" if r.random() < 0.6 else f"{d.cshort}{code}信公开答〔2026〕第{r.randint(1, 45)}号"
    ap = person(d)
    got = d.date("2026-01-10", "2026-10-15")
    ans = got + dt.timedelta(days=r.randint(8, 19))
    d.p(org, "center")
    d.p("政府信息公开申请答复书", "title")
    d.p(d.K("doc_number", no), "docno")
    d.p(f"{d.R('person_name', ap['name'])}{r.choice(['：', '先生：' if ap['sex'] == 'M' else '女士：', '：'])}", "plain")
    ch = CHANNELS[d.variant % len(CHANNELS)]
    if ch == "email":
        em = d.private_email(ap["name"])
        how = f"通过电子邮件（{d.R('email_private', em)}）"
    elif ch == "mail":
        how = f"通过中国邮政EMS邮寄（邮件号：{d.R('other_private', 'E' + str(r.randint(10**10, 10**11 - 1)) + 'CN')}，寄件地址为{d.R('address_home', ap['addr'])}）"
    elif ch == "online":
        how = f"通过{d.county}人民政府门户网站依申请公开平台（申请编号：{d.K('case_number', 'YSQ' + got.strftime('%Y%m%d') + str(r.randint(100, 999)))}）"
    elif ch == "fax":
        how = f"以传真方式（传真号码{d.R('landline_private', d.g.landline(d.c[4]))}）"
    else:
        how = "当面"
    d.p(f"本机关于{ymd(got)}收到您{how}提交的《政府信息公开申请表》，您申请获取“{r.choice(asks)}”的政府信息。", "body")
    if ch in ("fax", "walkin") or r.random() < 0.4:
        d.p(f"您在申请表中填写的联系电话为{d.R('mobile', fmt_mobile(ap['mobile'], r.choice(['plain', 'plain', '344', '344s', 'fw'])))}，身份证号码为{d.R('id_number', fmt_id(ap['id'], d.id_style(), r), brk=r.choice([None, None, 6, 10]))}。本机关已于{ymd(got + dt.timedelta(days=2))}电话联系您，对申请内容进行了确认。")
    if ch in ("walkin", "mail") and d.variant % 3 == 0:
        d.p(f"您申请时出示的证件为护照（{d.R('passport', d.g.passport())}），本机关已核对原件后退还。")
    elif ch == "online" and d.variant % 3 == 2:
        d.p(f"您上传的身份证明为往来港澳通行证（证件号码：{d.R('travel_permit', d.g.hk_permit())}）。")
    if ch == "email" and r.random() < 0.5:
        d.p(f"因您未提供通信地址，本答复书以电子邮件方式送达您提供的邮箱，同时在您来电时告知，联系电话{d.R('mobile', ap['mobile'])}。")
    d.p("经审查，现答复如下：")
    mode = r.randint(0, 4)
    third = person(d)
    if mode == 0:
        d.p("您申请获取的信息属于本机关公开范围，现予以公开，相关文件见附件。")
    elif mode == 1:
        d.p(f"您申请获取的信息中含有第三方的个人信息（包括第三方{d.R('person_name', third['name'])}等人的身份证号码、银行账号、家庭住址等）。根据《中华人民共和国政府信息公开条例》第十五条、第三十七条的规定，本机关对上述个人信息作了区分处理，现向您提供可以公开的部分。")
    elif mode == 2:
        d.p("经检索，本机关未制作或获取您申请的政府信息。根据《中华人民共和国政府信息公开条例》第三十六条第（四）项的规定，告知您该政府信息不存在。")
    elif mode == 3:
        other = f"{d.county}{r.choice(['财政局', '自然资源局', '农业农村局', '医疗保障局'])}"
        d.p(f"您申请的信息不属于本机关负责公开。根据《中华人民共和国政府信息公开条例》第三十六条第（五）项的规定，建议您向{other}咨询，联系电话：{d.K('landline_office', d.office_phone())}。")
    else:
        d.p(f"您申请的信息属于行政执法案卷信息，根据《中华人民共和国政府信息公开条例》第十六条第二款的规定，本机关决定不予公开。其中涉及举报人{d.R('person_name', third['name'])}（{d.R('address_home', third['addr'])}）的信息，依据第十五条亦不予公开。")
    upper = d.c[2] + "人民政府" if org.endswith(d.county + "人民政府") else d.county + "人民政府"
    d.p(f"如对本答复不服，可以在收到本答复之日起60日内向{upper}申请行政复议，或者在6个月内向{d.county}人民法院提起行政诉讼。")
    d.p("特此告知。")
    if r.random() < 0.8:
        staff = d.g.name()
        tel = d.office_phone()
        d.p(f"（联系人：{d.K('official_name', staff)}，联系电话：{d.K('landline_office', tel)}）", "plain")
    d.sign(org, ans, chinese=r.random() < 0.2)
    if r.random() < 0.5:
        d.attr_note(r.choice(["依申请公开", "依申请公开", "主动公开"]))
        if d.m.blocks[-1].text.endswith("主动公开）"):
            d.notes.append("附注写主动公开，但答复书针对特定申请人，应依申请公开")
    d.attribute = "依申请公开"
    if ch == "online":
        d.notes.append("网上平台申请编号视为公开的案件编号")


# =================================================================== 信访事项处理/复查意见书
def k_petition(d: Doc, review=False):
    r = d.rng
    office = r.choice([f"{d.county}人民政府信访局", f"{d.g.town()}人民政府", f"{d.county}住房和城乡建设局",
                       f"{d.county}人力资源和社会保障局", f"{d.county}教育局", f"{d.county}公安局"])
    if review:
        office = f"{d.county}人民政府"
    p = person(d)
    spouse = person(d, sex="F" if p["sex"] == "M" else "M")
    kid = child_of(d, p["name"], "M")
    nb = person(d)
    got = d.date("2025-12-01", "2026-09-30")
    d.p(office, "center")
    d.p("信访事项复查意见书" if review else r.choice(["信访事项处理意见书", "信访事项答复意见书"]), "title")
    no = f"{d.cshort}信{'复' if review else '处'}〔2026〕{r.randint(1, 99)}号"
    d.p(d.K("doc_number", no), "docno")
    if review:
        d.p(f"复查申请人：{d.R('person_name', p['name'])}，{p['sexw']}，{p['birth'].year}年{p['birth'].month}月出生，身份证号码{d.R('id_number', fmt_id(p['id'], d.id_style(), r))}（原15位身份证号码{d.R('old_id_number', d.g.id15(d.c[0]))}），住{d.R('address_home', p['addr'])}，联系电话{d.R('mobile', p['mobile'])}。", "plain")
        d.p(f"原处理机关：{d.county}{r.choice(['住房和城乡建设局', '自然资源局', '人力资源和社会保障局'])}。", "plain")
        d.p(f"复查申请人不服原处理机关作出的《信访事项处理意见书》（{d.K('doc_number', d.doc_no('信处', n=r.randint(1, 80)))}），于{ymd(got)}向本机关提出复查申请。本机关依法受理并进行了复查，现已复查终结。")
    else:
        d.p(f"{d.R('person_name', p['name'])}：", "plain")
        if r.random() < 0.3:
            src = f"通过电子邮件（{d.R('email_private', d.private_email(p['name']))}）来信"
        else:
            src = r.choice(["来信", "到县人民来访接待中心走访", "通过国家信访信息系统网上投诉", "拨打12345政务服务便民热线"])
        d.p(f"您于{ymd(got)}{src}反映的问题，本机关已依法受理（信访件编号：{d.K('case_number', 'XF' + d.c[0] + got.strftime('%Y%m%d') + str(r.randint(1000, 9999)))}）。现将处理意见答复如下：")
    topic = (d.variant + d.idx) % 5
    addr = d.R("address_home", p["addr"]) if topic in (0, 1, 3) else None
    if topic == 0:
        d.p(f"一、信访事项。您反映：您家住{addr}，邻居{d.R('person_name', nb['name'])}和{d.R('person_name', d.g.name())}夫妇在其宅基地上新建房屋，房屋排水直接排向您家院内，多次协商未果；您的妻子{d.R('person_name', spouse['name'])}与其理论时被推倒受伤，其妻{d.R('person_name', person(d, sex='F')['name'])}在场。")
    elif topic == 1:
        d.p(f"一、信访事项。您反映：您长期居住的{addr}系单位分配住房，现因棚户区改造被纳入征收范围，对补偿标准有异议。您称本人患有{d.R('health', r.choice(DISEASES))}，丧失劳动能力，你的儿子{d.R('person_name', kid['name'])}（{d.R('minor', str(kid['age']) + '岁')}）在{d.county}第{r.choice(['一', '二', '三'])}{'小学' if kid['age'] < 12 else '中学'}读书，请求按困难家庭给予照顾。")
    elif topic == 2:
        boss = person(d, sex="M")
        d.p(f"一、信访事项。您反映：2025年您随班组负责人{d.R('person_name', boss['name'])}（手机号{d.R('mobile', boss['mobile'])}）在{d.K('address_public', d.county + r.choice(ESTATES) + '建设工地')}务工，被拖欠工资{d.K('amount', str(r.randint(8, 60) * 1000) + '元')}，要求帮助追讨。您提供的收款银行卡号为{d.R('bank_card', fmt_card(d.g.bank()[0], r.choice(['plain', 'sp4', 'dsp4'])))}和{d.R('bank_card', fmt_card(d.g.bank()[0], r.choice(['plain', 'sp4'])))}（您妻子的卡）。")
    elif topic == 4:
        other = person(d, sex="M")
        pl_own = d.g.plate(d.c[5], r.choice(["nev_small", "blue"]))
        pl_other = d.g.plate(d.c[5], r.choice(["nev_large", "blue", "trailer"]))
        d.p(f"一、信访事项。您反映：{ymd(got - dt.timedelta(days=90))}，您驾驶的{d.R('plate', pl_own)}号小型新能源汽车（车辆识别代号{d.R('vin', d.g.vin())}）在{d.K('address_public', r.choice(ROADS) + '与' + r.choice(ROADS) + '交叉口')}与{d.R('person_name', other['name'])}驾驶的{d.R('plate', pl_other)}号货车发生碰撞，对方至今未赔偿，交警部门调解不力。您的住宅电话{d.R('landline_private', d.g.landline(d.c[4]))}。")
    else:
        d.p(f"一、信访事项。您反映：您的父亲{d.R('person_name', person(d, age='old', sex='M')['name'])}现住在{addr}，为{d.R('disability', '肢体一级残疾')}，长期卧床，至今未享受重度残疾人护理补贴；您的母亲{d.R('person_name', person(d, age='old', sex='F')['name'])}{'信仰' + d.R('religion', '基督教') + '，' if r.random() < 0.5 else ''}年老体弱，无人照料。")
    off1 = d.g.name()
    d.p(f"二、调查核实情况。接件后，{'我局' if office.endswith('局') else ('镇政府' if office.endswith('人民政府') and not review else '本机关')}高度重视，由{d.K('official_name', off1)}（{r.choice(['副局长', '副镇长', '信访办主任', '科长'])}）带领工作人员于{ymd(got + dt.timedelta(days=6))}入户走访，查阅相关档案资料，并听取了村（社区）干部意见。经核实：您反映的问题{r.choice(['基本属实', '部分属实', '不属实'])}。")
    d.p(f"三、处理意见。依据《信访工作条例》第三十二条的规定，{r.choice(['对您的诉求予以支持，责成相关单位于30日内整改到位', '对您的诉求部分支持', '对您的诉求不予支持'])}。")
    if review:
        d.p(f"本复查意见为该信访事项的复查意见。如不服本复查意见，可以自收到本意见书之日起30日内向{d.c[2]}人民政府信访局提出复核申请。")
    else:
        d.p(f"如对本处理意见不服，可以自收到本意见书之日起30日内向{d.county}人民政府信访局请求复查。")
    if r.random() < 0.6:
        d.p(f"联系人：{d.K('official_name', d.g.name())}　　联系电话：{d.K('landline_office', d.office_phone())}")
    d.sign(office, got + dt.timedelta(days=r.randint(20, 55)))
    if r.random() < 0.4:
        d.attr_note(r.choice(["不予公开", "主动公开"]))
        if d.m.blocks[-1].text.endswith("主动公开）"):
            d.notes.append("附注写主动公开，但信访意见书送达信访人，不应主动公开")
    d.attribute = "依申请公开"
    d.notes.append("信访意见书送达信访人本人，属性按brief取依申请公开")


# =================================================================== 12345 热线工单
def k_hotline(d: Doc):
    r = d.rng
    d.m.txt_indent = ""
    n = r.choice([1, 1, 3])
    d.p(f"{d.c[2]}12345政务服务便民热线 工单办理情况回复", "title")
    d.p(f"承办单位：{d.county}{r.choice(['住房和城乡建设局', '城市管理局', '市场监督管理局', '人力资源和社会保障局', '教育局', '卫生健康局'])}", "plain")
    for k in range(n):
        p = person(d)
        t = d.date("2026-02-01", "2026-11-15")
        d.p("-" * 40, "plain", noise=False)
        d.p(f"工单编号：{d.K('case_number', t.strftime('%Y%m%d') + str(r.randint(100000, 999999)))}", "plain")
        d.p(f"来电时间：{t.isoformat()} {r.randint(8, 20):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}", "plain")
        masked = r.random() < 0.3
        if masked:
            mn = mask_name(p["name"], r)
            d.p(f"来电人：{d.K('masked_value', mn)}　来电号码：{d.K('masked_value', mask_mobile(p['mobile']))}", "plain")
        else:
            d.p(f"来电人：{d.R('person_name', p['name'])}（{'先生' if p['sex'] == 'M' else '女士'}）", "plain")
            d.p(f"来电号码：{d.R('mobile', fmt_mobile(p['mobile'], r.choice(['plain', 'plain', 'half', '344'])))}　　回访号码：同来电", "plain")
        d.p(f"诉求类型：{r.choice(['投诉', '求助', '咨询', '举报'])}", "plain")
        topic = (k + d.idx) % 7
        if topic == 0:
            home = d.R("address_home", p["addr"]) if not masked else "（地址已隐去）"
            d.p(f"诉求内容：来电人反映，其居住的{home}楼上住户长期漏水，物业不予处理，要求相关部门协调解决。", "plain")
        elif topic == 1:
            co = d.g.name()
            d.p(f"诉求内容：市民来电反映，其在{d.K('address_public', d.county + r.choice(ROADS) + r.choice(['东段', '西段', '中段']))}一家理发店办理了{r.randint(3, 20)}00元的会员卡，现店铺关门，{d.R('person_name', co)}的手机号{d.R('mobile', d.g.mobile())}已无法接通，要求退费。", "plain")
        elif topic == 2:
            pl = d.g.plate(d.c[5])
            d.p(f"诉求内容：来电人反映，车牌号为{d.R('plate', pl)}的货车长期占用{d.K('address_public', r.choice(ESTATES) + '南门')}消防通道，要求处理。", "plain")
        elif topic == 3:
            kid = child_of(d, p["name"], "F")
            d.p(f"诉求内容：来电人称，其女儿{d.R('person_name', kid['name'])}今年{d.R('minor', str(2026 - kid['birth'].year) + '岁')}，户籍在{d.g.town()}，现随父母在城区居住，咨询入学政策。来电人身份证号{d.R('id_number', fmt_id(p['id'], d.id_style(), r))}。", "plain")
        elif topic == 5:
            d.p(f"诉求内容：来电人{'' if masked else d.U(p['name'])}反映，其往来港澳通行证（{d.R('travel_permit', d.g.hk_permit())}）在{d.county}出入境接待大厅办理续签已超过10个工作日仍未寄出，邮寄地址为{d.R('address_home', p['addr'])}，要求查询。另留家中座机{d.R('landline_private', d.g.landline(d.c[4], sep=r.choice(['-', ''])))}，电子邮箱{d.R('email_private', d.private_email(p['name']))}。", "plain")
        elif topic == 6:
            pl = d.g.plate(d.c[5], "nev_small")
            d.p(f"诉求内容：来电人反映，其新能源汽车（号牌{d.R('plate', pl)}，车架号{d.R('vin', d.g.vin())}）在{d.K('address_public', d.county + '公共充电站')}充电时被收取超时占位费，认为不合理。", "plain")
        else:
            d.p(f"诉求内容：来电人反映，其在{d.county}{d.g.town()}务工期间被拖欠工资，工资卡号{d.R('bank_card', fmt_card(d.g.bank()[0], 'sp4'))}，要求帮助追讨。其家庭住址：{d.R('address_home', p['addr'])}。", "plain")
        staff = d.g.name()
        d.p(f"办理结果：我单位接件后，工作人员{d.K('official_name', staff)}于{ymd(t + dt.timedelta(days=1))}电话联系来电人，了解具体情况，并于次日到现场核实处理。已向来电人反馈办理结果，来电人表示{r.choice(['满意', '基本满意', '理解'])}。", "plain")
        d.p(f"回复时间：{(t + dt.timedelta(days=r.randint(2, 6))).isoformat()}　　回复人：{d.U(staff)}　　单位电话：{d.K('landline_office', d.office_phone())}", "plain")
    d.p("-" * 40, "plain", noise=False)
    d.p(f"如有疑问请拨打{d.K('service_number', '12345')}。", "plain")
    d.attribute = "依申请公开"
    d.notes.append("12345工单回复送达来电人，不主动公开；工单编号为公开案件编号")


# =================================================================== 行政复议决定书
def k_reconsider(d: Doc):
    r = d.rng
    org = f"{d.county}人民政府"
    p = person(d)
    d.p(org, "center")
    d.p("行政复议决定书", "title")
    d.p(d.K("doc_number", f"{d.cshort}政复决字〔2026〕{r.randint(1, 60)}号"), "docno")
    d.p(f"申请人：{d.R('person_name', p['name'])}，{p['sexw']}，{ymd(p['birth'])}出生，汉族，住{d.R('address_home', p['addr'])}，公民身份号码{d.R('id_number', fmt_id(p['id'], d.id_style(), r))}（其提交的旧版居民身份证号码为{d.R('old_id_number', d.g.id15(d.c[0]))}）。", "plain")
    lawyer = d.g.name()
    d.p(f"委托代理人：{d.K('person_name', lawyer)}，{d.K('company_name', d.c[2][:-1] + r.choice(['正大', '明理', '诚信', '衡平']) + '律师事务所')}律师。", "plain")
    d.p(f"被申请人：{d.county}公安局交通警察大队。住所地：{d.K('address_public', d.office_addr())}。", "plain")
    d.p(f"负责人：{d.K('official_name', d.g.name())}，大队长。", "plain")
    when = d.date("2026-03-01", "2026-10-01")
    pl = d.g.plate(d.c[5], "nev_small" if r.random() < 0.5 else "blue")
    d.p(f"申请人不服被申请人作出的公安交通管理行政处罚决定（决定书编号：{d.K('case_number', d.c[0] + str(r.randint(10**9, 10**10 - 1)))}），于{ymd(when)}向本机关申请行政复议，本机关依法予以受理。本案现已审理终结。")
    d.p(f"申请人称：其所有的号牌为{d.R('plate', pl)}（车辆识别代号：{d.R('vin', d.g.vin())}）的车辆，于{ymd(when - dt.timedelta(days=40))}在{d.K('address_public', r.choice(ROADS) + '与' + r.choice(ROADS) + '交叉口')}被电子警察抓拍闯红灯，但当日该车由其妻{d.R('person_name', person(d, sex='F')['name'])}驾驶，且信号灯存在故障，请求撤销该处罚决定。")
    d.p("被申请人称：该处罚决定认定事实清楚，证据确凿，适用依据正确，程序合法，请求予以维持。")
    d.p("经审理查明：……（略）本机关认为，被申请人作出的行政处罚决定认定事实清楚，证据确凿，适用依据正确，程序合法，内容适当。根据《中华人民共和国行政复议法》第六十八条的规定，本机关决定：维持被申请人作出的行政处罚决定。")
    d.p(f"申请人如不服本决定，可以自收到本决定书之日起十五日内向{d.county}人民法院提起行政诉讼。")
    d.sign(org, when + dt.timedelta(days=r.randint(40, 58)))
    d.attribute = "主动公开"
    d.notes.append("行政复议决定书依法公开（行政复议法第七十九条），须隐去申请人个人信息；委托律师姓名及律所视为公开")


# =================================================================== 行政许可决定书
def k_license(d: Doc):
    r = d.rng
    v = d.variant % 2
    when = d.date("2026-01-10", "2026-11-10")
    if v == 0:
        org = f"{d.county}卫生健康局"
        co = d.g._uniq(lambda: f"{d.county}{r.choice(['仁爱', '康宁', '济民', '惠康', '安和'])}{r.choice(['中医诊所', '口腔诊所', '门诊部'])}")
        boss = person(d)
        d.p(org, "center")
        d.p("准予行政许可决定书", "title")
        d.p(d.K("doc_number", d.doc_no("卫医许", n=r.randint(1, 90))), "docno")
        d.p(f"{d.K('company_name', co)}：", "plain")
        d.p(f"你单位于{ymd(when - dt.timedelta(days=18))}提出的医疗机构执业登记申请，经审查，符合《医疗机构管理条例》及其实施细则的规定，决定准予行政许可。")
        d.p(f"机构名称：{d.U(co)}；地址：{d.K('address_public', d.office_addr())}；主要负责人：{d.U(boss['name'])}；诊疗科目：{r.choice(['中医科', '口腔科', '内科；外科'])}；登记号：{d.K('other_public', 'PDY' + str(r.randint(10**7, 10**8 - 1)) + d.c[0] + '17D2192')}。")
        d.p(f"请于接到本决定书之日起10个工作日内，持本决定书及主要负责人身份证（{d.R('id_number', fmt_id(boss['id'], d.id_style(), r))}）原件到{d.county}政务服务中心{r.randint(1, 3)}楼卫健窗口领取执业许可证。")
        d.p(f"咨询电话：{d.K('landline_office', d.office_phone())}")
    else:
        org = f"{d.county}市场监督管理局"
        boss = person(d)
        shop = d.g._uniq(lambda: f"{d.county}{boss['name'][0]}{r.choice(['记', '氏', '家'])}{r.choice(['面食坊', '熟食店', '豆腐坊', '糕点坊'])}")
        d.p(org, "center")
        d.p("食品小作坊登记决定书", "title")
        d.p(d.K("doc_number", d.doc_no("市监食坊准字", n=r.randint(1, 300))), "docno")
        d.p(f"申请人：{d.K('company_name', shop)}（个体工商户）", "plain")
        d.p(f"统一社会信用代码：{d.K('credit_code_individual', d.g.uscc(d.c[0], '92'))}", "plain")
        d.p(f"经营者：{d.U(boss['name'])}　身份证号码：{d.R('id_number', fmt_id(boss['id'], d.id_style(), r))}", "plain")
        d.p(f"经营者住所：{d.R('address_home', boss['addr'])}　联系电话：{d.R('mobile', boss['mobile'])}", "plain")
        d.p(f"生产加工场所：{d.K('address_public', d.g.town() + r.choice(ROADS) + str(r.randint(1, 200)) + '号')}", "plain")
        d.p(f"你于{ymd(when - dt.timedelta(days=12))}提出的食品小作坊登记申请，经审查，符合《{d.c[1]}食品小作坊小餐饮和食品摊贩管理条例》的规定，准予登记。登记证有效期三年。")
        d.notes.append("个体工商户统一社会信用代码在国家企业信用信息公示系统公开，标为keep；经营者姓名未标注")
    d.sign(org, when)
    d.attr_note("公开发布")
    d.attribute = "主动公开"


# =================================================================== 劳动保障监察
def k_labor(d: Doc):
    r = d.rng
    org = f"{d.county}人力资源和社会保障局"
    co = company(d, r.choice(["劳务有限公司", "建设工程有限公司"]))
    rep = d.g.name("M")
    when = d.date("2026-01-20", "2026-11-01")
    if d.variant % 2 == 0:
        d.p(org, "center")
        d.p("劳动保障监察行政处理决定书", "title")
        d.p(d.K("doc_number", d.doc_no("人社监理字", n=r.randint(1, 50))), "docno")
        d.p(f"被处理单位：{d.K('company_name', co)}", "plain")
        d.p(f"统一社会信用代码：{d.K('credit_code', d.g.uscc(d.c[0]))}　法定代表人：{d.U(rep)}", "plain")
        boss = person(d, sex="M")
        workers = [person(d) for _ in range(r.randint(8, 16))]
        total = 0
        rows = []
        for i, w in enumerate(workers, 1):
            amt = r.randint(30, 260) * 100
            total += amt
            card, bank = d.g.bank()
            rows.append([str(i), d.R("person_name", w["name"]), d.R("id_number", fmt_id(w["id"], r.choice(["plain", "plain", "644"]), r)),
                         d.R("bank_card", card), bank, str(amt)])
        d.p(f"　　经查，你单位承建的{d.K('other_public', d.county + r.choice(ESTATES) + '项目')}，由班组负责人{d.R('person_name', boss['name'])}（身份证号{d.R('id_number', fmt_id(boss['id'], d.id_style(), r))}）组织{len(workers)}名农民工施工，截至{ymd(when - dt.timedelta(days=30))}拖欠农民工工资共计{d.K('amount', str(total) + '元')}。", "plain")
        d.p("依据《保障农民工工资支付条例》第三十条、第五十五条的规定，责令你单位于接到本决定书之日起5日内，将拖欠工资直接支付至下列农民工本人银行账户：")
        rows.append(["合计", "", "", "", "", str(total)])
        d.table([["序号", "姓名", "身份证号码", "工资卡号", "开户银行", "应付金额（元）"]], rows, [1, 2, 5, 6, 3, 2])
        d.p(f"逾期不履行的，本局将依法申请人民法院强制执行。如不服本决定，可在收到本决定书之日起60日内向{d.county}人民政府申请行政复议，或在6个月内向{d.county}人民法院提起行政诉讼。")
        d.sign(org, when)
        d.attribute = "主动公开"
        d.notes.append("处理决定书含农民工名单（非公示名单，姓名标redact）")
    else:
        d.p(f"{d.county}人力资源和社会保障局关于重大劳动保障违法行为的社会公布", "title")
        d.p(f"{ymd(when)}", "center")
        d.p(f"根据《重大劳动保障违法行为社会公布办法》（人力资源社会保障部令第29号）规定，现将{d.K('company_name', co)}拖欠农民工工资的违法行为向社会公布：")
        d.p(f"违法主体名称：{d.U(co)}；统一社会信用代码：{d.K('credit_code', d.g.uscc(d.c[0]))}；法定代表人：{d.K('person_name', rep)}；经营地址：{d.K('address_public', d.office_addr())}。")
        d.p(f"主要违法事实：该单位拖欠{r.randint(11, 48)}名劳动者工资共计{d.K('amount', str(r.randint(20, 190)) + '.' + str(r.randint(1, 9)) + '万元')}。相关法律依据：《保障农民工工资支付条例》第十五条。处理处罚情况：{d.county}人社局于{ymd(when - dt.timedelta(days=40))}下达限期改正指令书，该单位逾期未改正，已移送公安机关。")
        worker = person(d)
        d.p(f"（投诉人{d.R('person_name', worker['name'])}及其他劳动者的个人信息不予公布。）", "plain")
        d.p(f"监督举报电话：{d.K('service_number', '12333')}、{d.K('landline_office', d.office_phone())}")
        d.sign(org, when)
        d.attribute = "主动公开"
        d.notes.append("社会公布办法第5条要求公布法定代表人姓名：keep")
