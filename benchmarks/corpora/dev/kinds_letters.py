"""Documents addressed to one party: penalty and licensing decisions, replies to disclosure
applications, 信访 opinions, 12345 work orders."""
from __future__ import annotations

import datetime as dt

import cnids
from corpus_base import (CITIES, Doc, company, contact_block, d_cn, doc_no, fmt_card, fmt_id, fmt_mobile,
                         home_address, make_body, official_block, rand_date, sign)

DISEASES = ["尿毒症", "白血病", "肺癌", "乳腺癌", "脑梗塞后遗症", "重度抑郁症", "精神分裂症", "肝硬化", "帕金森病",
            "慢性肾功能衰竭", "系统性红斑狼疮", "股骨头坏死"]
CRIMES = ["因盗窃罪被判处有期徒刑一年六个月", "曾因故意伤害罪被判处有期徒刑二年", "因诈骗罪被判处有期徒刑三年、缓刑四年",
          "曾因危险驾驶罪被判处拘役二个月", "曾因寻衅滋事罪被判处有期徒刑八个月"]
COURTS = {"清溪区": "屏川市清溪区人民法院", "云水县": "云水县人民法院", "北岭县": "北岭县人民法院",
          "河阳区": "安澜市河阳区人民法院", "石桥县": "石桥县人民法院", "凤栖县": "凤栖县人民法院"}


def _y(d: Doc):
    return d.rng


def enforcement_no(rng) -> str:
    return f"{rng.choice(['14', '43'])}{rng.randint(100000, 999999)}{rng.randint(1000, 9999)}"


# ------------------------------------------------------------------ 行政处罚决定书
PENALTY_CASES = [
    ("市场监督管理局", "市监", "销售过期食品", "《中华人民共和国食品安全法》第三十四条第（十）项",
     "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项", "预包装食品（保质期至2026年8月）共计23袋"),
    ("市场监督管理局", "市监", "未取得食品经营许可从事食品经营", "《中华人民共和国食品安全法》第三十五条第一款",
     "《中华人民共和国食品安全法》第一百二十二条第一款", "店内冷柜存放的散装熟食"),
    ("城市管理综合行政执法局", "城管", "未经批准擅自占用城市道路堆放建筑材料", "《城市道路管理条例》第二十七条第（五）项",
     "《城市道路管理条例》第四十二条", "堆放于人行道上的砂石约4立方米"),
    ("生态环境局", "环", "露天焚烧产生有毒有害烟尘的物质", "《中华人民共和国大气污染防治法》第七十七条",
     "《中华人民共和国大气污染防治法》第一百一十九条第一款", "焚烧废旧轮胎及塑料制品"),
    ("应急管理局", "应急", "未按规定对从业人员进行安全生产教育和培训", "《中华人民共和国安全生产法》第二十八条第一款",
     "《中华人民共和国安全生产法》第九十七条第（三）项", "新入职员工3名未经安全培训即上岗作业"),
]


def penalty(d: Doc, var: dict) -> None:
    R = d.rng
    city = var.get("city") or R.choice(CITIES)
    dist = R.choice(list(city.districts))
    case = R.choice(PENALTY_CASES)
    bname = f"{city.name}{dist}{case[0]}" if R.random() < 0.6 else f"{city.name}{case[0]}"
    body = make_body(R, city, bname, dist[:1] + case[1], dist)
    year = 2026
    issued = rand_date(R, dt.date(2026, 2, 1), dt.date(2026, 11, 10))
    no = doc_no(f"{dist[:1]}{case[1]}罚字", year, R.randint(3, 188))
    d.k("case_number", no)
    d.attribute = "主动公开"
    d.p(body.name, "title")
    d.p("行政处罚决定书", "title")
    d.p(no, "docno")
    individual = var.get("party", "person") == "person"
    o1, o2 = d.person(), d.person()
    e1, e2 = enforcement_no(R), enforcement_no(R)
    for x in (o1, o2):
        d.k("official_name", x)
    d.k("other_public", e1)
    d.k("other_public", e2)
    if individual:
        name = d.person()
        idn = cnids.id18(R, code=city.districts[dist][0], y0=1960, y1=1998)
        shown = fmt_id(R, idn, var.get("id_style", "plain"))
        d.r("person_name", name)
        d.r("id_number", shown)
        addr = home_address(R, city, dist)
        d.r("address_home", addr)
        mob = cnids.mobile(R)
        d.r("mobile", mob)
        shop = f"{city.name}{dist}{R.choice(['人民路', '新华路', '建设北路', '长兴街'])}{R.randint(1, 300)}号"
        d.k("address_public", shop)
        d.p(f"当事人：{name}", "plain")
        d.p(f"性别：{'男' if int(idn[16]) % 2 else '女'}　　民族：汉族", "plain")
        d.p(f"公民身份号码：{shown}", "plain")
        d.p(f"住址：{addr}", "plain")
        d.p(f"联系电话：{mob}", "plain")
        if var.get("getihu"):
            shopname = f"{dist}{R.choice(['惠民', '鑫鑫', '老王', '家家乐', '福满堂'])}{R.choice(['便利店', '副食店', '熟食店', '饭店'])}"
            code = cnids.uscc(R, "92", city.districts[dist][0])
            d.k("company_name", shopname)
            d.k("credit_code_individual", code)
            d.p(f"个体工商户字号：{shopname}（统一社会信用代码：{code}）　经营场所：{shop}", "plain")
            d.note += ("个体工商户字号和统一社会信用代码是公示的登记信息，标为 keep；经营者本人的身份号码、住址、电话标为 redact。")
        party = "当事人"
    else:
        comp = company(R, city)
        code = cnids.uscc(R, "91", city.districts[dist][0])
        rep = d.person()
        caddr = f"{city.name}{dist}{R.choice(['迎宾大道', '工业园区纬二路', '经济技术开发区创业路'])}{R.randint(1, 99)}号"
        d.k("company_name", comp)
        d.k("credit_code", code)
        d.k("person_name", rep)
        d.k("address_public", caddr)
        shop = caddr
        d.p(f"当事人：{comp}", "plain")
        d.p(f"统一社会信用代码：{code}", "plain")
        d.p(f"住所：{caddr}", "plain")
        d.p(f"法定代表人：{rep}", "plain")
        d.note += "企业的法定代表人姓名是公示的登记信息，标为 keep。"
        name = comp
        party = "当事人"
    found = rand_date(R, issued - dt.timedelta(days=80), issued - dt.timedelta(days=40))
    d.p(f"{d_cn(found)}，本局执法人员{o1}（执法证号：{e1}）、{o2}（执法证号：{e2}）依法对{party}位于{shop}的"
        f"经营场所进行现场检查，发现{party}涉嫌{case[2]}。经本局负责人批准，于当日立案调查。")
    d.p("经查明：", "body")
    amt_goods = f"{R.randint(3, 90) * 10}元"
    d.k("amount", amt_goods)
    d.p(f"{party}自{d_cn(found - dt.timedelta(days=R.randint(20, 200)))}起{case[2]}，现场查获{case[5]}，"
        f"货值（涉案）金额共计{amt_goods}，违法所得无法计算。上述事实有现场检查笔录、询问笔录、现场照片、"
        f"{party}身份证明复印件等证据证实。")
    d.p(f"{party}的上述行为违反了{case[3]}的规定。本局于{d_cn(found + dt.timedelta(days=25))}向{party}送达了"
        f"《行政处罚告知书》，告知{party}拟作出行政处罚的事实、理由、依据及处罚内容，并告知{party}依法享有陈述、申辩"
        f"和要求听证的权利。{party}在法定期限内{R.choice(['未提出陈述、申辩意见，也未要求听证', '提出了陈述、申辩意见，经复核，其陈述、申辩理由不能成立，本局不予采纳'])}。")
    d.k("other_public", "陈述、申辩")
    fine = f"{R.choice([2000, 3000, 5000, 10000, 20000, 50000])}元"
    d.k("amount", fine)
    d.p(f"依据{case[4]}的规定，本局决定对{party}作出如下行政处罚：")
    d.p(f"1.警告；2.罚款人民币{fine}。")
    bank = R.choice(["中国建设银行", "中国工商银行", "中国农业银行"])
    acct = {"中国建设银行": f"{R.choice(['14050', '43050'])}1{R.randint(10, 99)}{R.randint(1000000, 9999999)}0000{R.randint(100, 999)}",
            "中国工商银行": f"0{R.randint(500, 599)}0{R.randint(10, 99)}{R.randint(1000000, 9999999)}{R.randint(10000, 99999)}",
            "中国农业银行": f"04{R.randint(1000, 9999)}01040{R.randint(10000, 99999)}{R.randint(10, 99)}"}[bank]
    d.k("body_account", acct)
    d.p(f"{party}应当自收到本决定书之日起十五日内，持本决定书到{city.name}财政局指定的代收银行缴纳罚款"
        f"（收款单位：{city.name}财政局非税收入管理中心，开户行：{bank}{city.name}分行，账号：{acct}），"
        f"或通过“{city.prov[:2]}非税缴费”平台缴纳。到期不缴纳罚款的，本局将每日按罚款数额的百分之三加处罚款，并依法申请人民法院强制执行。")
    gov = f"{city.name}{dist}人民政府" if body.dist and dist in body.name else f"{city.name}人民政府"
    d.p(f"{party}如不服本处罚决定，可以在收到本决定书之日起六十日内向{gov}申请行政复议，也可以在六个月内依法向"
        f"{COURTS[dist]}提起行政诉讼。申请行政复议或者提起行政诉讼期间，本决定不停止执行。")
    d.p("", "plain")
    sign(d, [body.name], issued)
    d.k("date", d_cn(issued))
    d.p(f"（本文书一式两份，一份送达{party}，一份归档）", "small")
    if individual:
        d.note += "行政处罚决定公开时应隐去自然人当事人的身份号码、住址、电话等个人信息。"


# ------------------------------------------------------------------ 行政许可决定书
def licence(d: Doc, var: dict) -> None:
    R = d.rng
    city = R.choice(CITIES)
    dist = R.choice(list(city.districts))
    kind = var.get("sub", R.choice(["采伐", "取水", "建设"]))
    if kind == "采伐":
        bname, what = f"{city.name}{dist}林业局", "林木采伐许可"
    elif kind == "取水":
        bname, what = f"{city.name}{dist}水利局", "取水许可"
    else:
        bname, what = f"{city.name}行政审批服务管理局", "建设工程规划许可"
    body = make_body(R, city, bname, dist[:1] + ("林" if kind == "采伐" else "水" if kind == "取水" else "审批"), dist)
    issued = rand_date(R, dt.date(2026, 3, 1), dt.date(2026, 11, 15))
    no = doc_no(f"{body.short}许", 2026, R.randint(5, 320))
    d.k("doc_number", no)
    d.attribute = "主动公开"
    d.p(body.name, "title")
    d.p("准予行政许可决定书", "title")
    d.p(no, "docno")
    if kind == "采伐":
        name = d.person()
        idn = cnids.id18_with_x(R, code=city.districts[dist][0], y0=1955, y1=1985)
        shown = fmt_id(R, idn, var.get("id_style", "lowerx"))
        d.r("person_name", name)
        d.r("id_number", shown)
        town = R.choice(city.districts[dist][1])
        vill = R.choice(["东庄村", "后峪村", "石板村", "长岭村"])
        addr = f"{dist}{town}{vill}{R.randint(1, 8)}组{R.randint(1, 60)}号"
        d.r("address_home", addr)
        d.p(f"申请人：{name}（身份证号：{shown}），住{addr}。", "plain")
        d.p(f"你于{d_cn(issued - dt.timedelta(days=12))}提出的林木采伐许可申请收悉。经审查，你申请采伐位于{town}{vill}"
            f"“后沟”地块自留山（林权证号：{city.prov[:1]}林证字（2009）第{R.randint(100000, 999999)}号）的杨树{R.randint(20, 90)}株，"
            f"蓄积{R.randint(5, 40)}.{R.randint(0, 9)}立方米，符合《中华人民共和国森林法》第五十六条和《中华人民共和国森林法实施条例》的有关规定，"
            f"本机关决定准予行政许可，核发《林木采伐许可证》。")
        d.p("请你严格按照许可证规定的地点、树种、数量、期限和方式进行采伐，并于采伐后一年内完成更新造林。")
        d.note += "自然人申请人的身份号码（末位小写 x）和住址须隐去。"
    else:
        comp = company(R, city, "农业开发" if kind == "取水" else "建筑工程")
        code = cnids.uscc(R, "91", city.districts[dist][0])
        rep = d.person()
        d.k("company_name", comp)
        d.k("credit_code", code)
        d.k("person_name", rep)
        d.note += "企业法定代表人姓名是公示的登记信息（keep）；经办人的手机号和身份号码是个人信息（redact）。"
        agent = d.person()
        amob = cnids.mobile(R)
        aid = cnids.id18(R, y0=1975, y1=1999)
        d.r("person_name", agent)
        d.r("mobile", amob)
        d.r("id_number", aid)
        d.p(f"申请人：{comp}", "plain")
        d.p(f"统一社会信用代码：{code}　　法定代表人：{rep}", "plain")
        d.p(f"委托代理人：{agent}（身份证号码{aid}，联系电话{amob}）", "plain")
        site = f"{city.name}{dist}{R.choice(['滨河西路与育才路交叉口东北角', '迎宾大道南段西侧', '光明路北延线东侧'])}"
        d.k("address_public", site)
        if kind == "取水":
            d.p(f"你单位于{d_cn(issued - dt.timedelta(days=18))}提交的取水许可申请及相关材料收悉。经审查，你单位在{site}"
                f"建设的农田灌溉取水工程，取水水源为地下水，年取水量{R.randint(3, 30)}万立方米，符合《取水许可和水资源费征收管理条例》"
                f"第二十条的规定，本机关决定准予行政许可。")
        else:
            d.p(f"你单位申请的位于{site}的“{comp[:4]}综合办公楼”建设项目，总建筑面积{R.randint(3000, 28000)}平方米，经审查符合"
                f"控制性详细规划，依据《中华人民共和国城乡规划法》第四十条的规定，本机关决定准予行政许可，核发《建设工程规划许可证》"
                f"（建字第{city.districts[dist][0]}2026{R.randint(10000, 99999)}号）。")
    d.p("如不服本决定，可以自收到本决定书之日起六十日内依法申请行政复议，或者在六个月内依法提起行政诉讼。")
    sign(d, [body.name], issued)
    d.k("date", d_cn(issued))


# ------------------------------------------------------------------ 政府信息公开申请答复书
SUBJECTS = ["{v}村2025年度耕地地力保护补贴发放名单", "{d}{t}棚户区改造项目房屋征收补偿方案", "本机关2025年度部门决算",
            "{v}村集体土地征收的批复文件", "{t}2024年以来临时救助资金发放情况", "本人户籍所在地{v}村低保评议会议记录",
            "{d}第二污水处理厂环境影响评价报告书", "2026年城区老旧小区改造项目清单", "{t}{v}道路硬化工程的招标文件及验收报告"]


def oga_reply(d: Doc, var: dict) -> None:
    R = d.rng
    city = R.choice(CITIES)
    dist = R.choice(list(city.districts))
    town = R.choice(city.districts[dist][1])
    btype = R.choice(["人民政府办公室", "自然资源局", "民政局", "住房和城乡建设局", "农业农村局", "财政局"])
    bname = f"{city.name}{dist}{btype}" if R.random() < 0.6 else f"{city.name}{btype}"
    body = make_body(R, city, bname, dist[:1] + btype[:2], dist)
    issued = rand_date(R, dt.date(2026, 1, 10), dt.date(2026, 11, 20))
    recv = issued - dt.timedelta(days=R.randint(6, 19))
    no = doc_no(f"{dist[:1] if dist in bname else city.name[:1]}{btype[:1]}依复", 2026, R.randint(2, 95))
    d.k("doc_number", no)
    d.attribute = "依申请公开"
    subject = R.choice(SUBJECTS).format(v=R.choice(["东庄", "后峪", "石板", "枣园", "河东"]), d=dist, t=town)
    d.p(f"{body.name}", "title")
    d.p("政府信息公开申请答复书", "title")
    d.p(no, "docno")
    company_app = var.get("company", False)
    if company_app:
        app = company(R, city)
        d.k("company_name", app)
        d.p(f"{app}：", "plain")
        you = "贵公司"
    else:
        app = d.person()
        d.r("person_name", app)
        d.p(f"{app}：", "plain")
        you = "您"
    ch = var.get("channel", "email")
    if ch == "email":
        pinyin = "".join(R.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(R.randint(3, 7)))
        mail = R.choice([f"{pinyin}{R.randint(1960, 2005)}@163.com", f"{R.randint(100000000, 2999999999)}@qq.com",
                         f"{pinyin}_{R.randint(1, 999)}@126.com", f"{pinyin}{R.randint(10, 99)}@sina.com"])
        d.r("email_private", mail)
        how = f"通过电子邮件（{mail}）提交的政府信息公开申请"
        deliver = "本答复书以电子邮件方式送达，并同时通过邮政EMS寄送纸质件"
    elif ch == "mail":
        addr = home_address(R, city)
        d.r("address_home", addr)
        how = f"以信函方式邮寄的政府信息公开申请（寄件地址为{addr}）"
        deliver = "本答复书按您申请表所留地址以EMS邮寄送达"
    elif ch == "online":
        code = f"YSQ{issued:%Y}{R.randint(10000, 99999)}"
        d.k("other_public", code)
        how = f"通过{city.name}人民政府门户网站依申请公开平台在线提交的政府信息公开申请（申请编号：{code}）"
        deliver = "本答复书在平台推送的同时以短信告知"
    else:
        how = "到本机关政府信息公开受理窗口当面提交的政府信息公开申请"
        deliver = "请您持本人身份证件到受理窗口领取本答复书"
    d.p(f"本机关于{d_cn(recv)}收到{you}{how}，申请获取“{subject}”。经审查，现答复如下：")
    d.k("date", d_cn(recv))
    outcome = var.get("outcome", R.choice(["open", "partial", "secret", "none"]))
    if outcome == "open":
        d.p(f"{you}申请获取的政府信息属于公开范围，现予以提供（详见附件）。该信息已于{d_cn(recv - dt.timedelta(days=60))}"
            f"在本机关门户网站“政府信息公开—法定主动公开内容”栏目公开，{you}也可登录 www.{city.domain} 查阅。")
    elif outcome == "partial":
        d.p(f"{you}申请获取的政府信息中，含有第三方自然人的姓名、公民身份号码、银行账号、家庭住址和联系电话等个人信息，"
            f"公开后会对第三方合法权益造成损害。本机关已依据《中华人民共和国政府信息公开条例》第十五条、第三十七条的规定"
            f"作区分处理，对上述个人信息不予公开，其余部分予以公开（详见附件）。")
    elif outcome == "secret":
        d.p(f"经审查，{you}申请获取的信息中，《{city.name}{R.choice(['防汛抗旱指挥部', '人民防空办公室', '国防动员办公室'])}"
            f"关于{R.choice(['重要目标防护', '应急物资储备库布局', '人防工程建设'])}有关事项的通知》已依法确定为国家秘密，"
            f"根据《中华人民共和国政府信息公开条例》第十四条的规定，属于不予公开的政府信息；其余部分予以公开。")
        d.note += "正文提到“国家秘密”，但本答复书本身没有密级标志（marking 为 null）。"
    else:
        d.p(f"经检索本机关档案及相关业务系统，本机关未制作、获取{you}所申请的政府信息。根据《中华人民共和国政府信息公开条例》"
            f"第三十六条第（四）项的规定，告知{you}该政府信息不存在。")
    if not company_app and R.random() < 0.7:
        mob = cnids.mobile(R)
        shown = fmt_mobile(R, mob, R.choice(["plain", "344", "plain"]))
        d.r("mobile", shown)
        d.p(f"因{you}申请表中填写的申请内容描述不够明确，本机关工作人员已于{d_cn(recv + dt.timedelta(days=3))}通过{you}留存的"
            f"联系电话（{shown}）与{you}沟通确认了申请内容。")
    if var.get("passport"):
        pp = cnids.passport(R)
        d.r("passport", pp)
        d.p(f"因{you}目前在境外居住，{you}随申请提交的身份证明为中华人民共和国护照（护照号码：{pp}）复印件，本机关已核对无误。")
    if var.get("with_id"):
        idn = cnids.id18(R, y0=1958, y1=1996)
        shown = fmt_id(R, idn, var.get("id_style", "684"))
        d.r("id_number", shown)
        d.p(f"（申请人身份证件号码：{shown}）", "small")
    d.p(f"{deliver}。")
    d.p(f"如对本答复不服，可以在收到本答复书之日起六十日内向{city.name}{dist if dist in body.name else ''}人民政府申请行政复议，"
        f"或者在六个月内向{COURTS[dist]}提起行政诉讼。")
    sign(d, [f"{body.name}", "（政府信息公开专用章）"], issued)
    d.k("date", d_cn(issued))
    staff = d.person()
    official_block(d, body, staff)


def oga_notice(d: Doc, var: dict) -> None:
    """补正告知书 / 延期答复告知书."""
    R = d.rng
    city = R.choice(CITIES)
    dist = R.choice(list(city.districts))
    bname = f"{city.name}{dist}人民政府办公室"
    body = make_body(R, city, bname, dist[:1] + "政办", dist)
    issued = rand_date(R, dt.date(2026, 2, 1), dt.date(2026, 11, 20))
    sub = var.get("sub", "补正")
    no = doc_no(f"{dist[:1]}政办{'补' if sub == '补正' else '延'}告", 2026, R.randint(1, 40))
    d.k("doc_number", no)
    d.attribute = "依申请公开"
    d.p(body.name, "title")
    d.p(f"政府信息公开申请{'补正' if sub == '补正' else '延期答复'}告知书", "title")
    d.p(no, "docno")
    app = d.person()
    d.r("person_name", app)
    d.p(f"{app}：", "plain")
    recv = issued - dt.timedelta(days=R.randint(3, 20))
    addr = home_address(R, city, dist)
    d.r("address_home", addr)
    d.p(f"本机关于{d_cn(recv)}收到您寄来的政府信息公开申请（邮件寄件地址为{addr}，EMS单号{R.randint(10, 99)}"
        f"{R.randint(100000000, 999999999)}），申请获取“{dist}{R.choice(['城中村改造', '农村饮水安全工程', '乡村道路建设'])}相关文件”。")
    if sub == "补正":
        d.p("经审查，您的申请内容不够明确，无法确定具体的政府信息。根据《中华人民共和国政府信息公开条例》第二十九条第三款的规定，"
            "请您自收到本告知书之日起15个工作日内，对申请内容作出补正，写明所需政府信息的名称、文号或者便于本机关查询的其他特征性描述。"
            "无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。")
    else:
        d.p("因您申请的政府信息涉及多个部门且数量较多，本机关不能在规定期限内作出答复。根据《中华人民共和国政府信息公开条例》"
            "第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长20个工作日，"
            f"最迟于{d_cn(issued + dt.timedelta(days=28))}前作出答复。")
    d.p("特此告知。")
    sign(d, [body.name], issued)
    staff = d.person()
    official_block(d, body, staff)


# ------------------------------------------------------------------ 信访
ISSUES = [
    ("宅基地界址纠纷", "land"), ("低保资格被取消", "dibao"), ("小区物业违规收费", "estate"),
    ("拖欠农民工工资", "wage"), ("邻居违章搭建影响采光", "build"), ("征地补偿款分配不公", "land2"),
]


def xinfang(d: Doc, var: dict) -> None:
    R = d.rng
    city = R.choice(CITIES)
    dist = R.choice(list(city.districts))
    town = R.choice([t for t in city.districts[dist][1] if not t.endswith("街道")] or city.districts[dist][1])
    sub = var.get("sub", "处理")
    bname = f"{city.name}{dist}{town}人民政府" if R.random() < 0.5 else f"{city.name}{dist}{R.choice(['住房和城乡建设局', '民政局', '人力资源和社会保障局', '自然资源局'])}"
    body = make_body(R, city, bname, dist[:1] + town[:1], dist)
    issued = rand_date(R, dt.date(2026, 1, 10), dt.date(2026, 11, 25))
    recv = issued - dt.timedelta(days=R.randint(20, 55))
    no = doc_no(f"{dist[:1]}{town[:1]}信{'处' if sub == '处理' else '复查'}", 2026, R.randint(1, 60))
    d.k("doc_number", no)
    d.attribute = "依申请公开"
    d.note += "信访处理意见送达信访人本人，不主动公开；按说明标为依申请公开。"
    issue, tag = var.get("issue") or R.choice(ISSUES)
    d.p(body.name if sub == "处理" else f"{city.name}{dist}人民政府", "title")
    d.p("信访事项处理意见书" if sub == "处理" else "信访事项复查意见书", "title")
    d.p(no, "docno")
    pet = d.person()
    d.r("person_name", pet)
    d.p(f"{pet}：", "plain")
    ch = R.choice(["来信", "网上信访", "到本机关走访"])
    d.p(f"你于{d_cn(recv)}通过{ch}反映“{issue}”问题，本机关于{d_cn(recv + dt.timedelta(days=R.randint(3, 14)))}依法受理。"
        f"现将处理意见告知如下：")
    addr = home_address(R, city, dist)
    d.r("address_home", addr)
    neighbour, kid = d.person(), d.person(child=True)
    d.r("person_name", neighbour)
    d.r("person_name", kid)
    mob = cnids.mobile(R)
    shown = fmt_mobile(R, mob, R.choice(["plain", "344h", "plain"]))
    d.r("mobile", shown)
    age = R.randint(7, 15)
    grade = ["一", "二", "三", "四", "五", "六"][min(5, max(0, age - 7))] + "年级" if age <= 12 else \
        ["初一", "初二", "初三"][min(2, age - 13)]
    d.r("minor", f"{age}岁")
    story = (f"你反映，你家住{addr}，与邻居{neighbour}家相邻。")
    if tag in ("land", "build"):
        story += (f"{d_cn(recv - dt.timedelta(days=R.randint(30, 200)))}，{neighbour}在两家之间的通道上砌筑围墙，"
                  f"你的儿子{kid}（{age}岁，就读于{town}中心学校{grade}）上学只能绕行，双方多次协商未果。")
    elif tag == "dibao":
        story += (f"你认为{town}在{d_cn(recv - dt.timedelta(days=90))}的低保动态复核中取消你家低保资格不当，"
                  f"你的儿子{kid}（{age}岁）正在上学，家庭确有困难；你同时反映{neighbour}家有营运车辆却仍享受低保。")
    else:
        story += (f"你称{neighbour}多次在夜间堵门滋扰，你的儿子{kid}（{age}岁）因此不敢独自出门。")
    d.p(story)
    if var.get("old15"):
        old = cnids.id15(R, city.districts[dist][0])
        d.r("old_id_number", old)
        d.p(f"你提供的1996年《常住人口登记卡》复印件载明你的原身份证号码为{old}，与现户籍信息一致。")
    if var.get("email"):
        mail = f"{R.choice(['wang', 'li', 'zhang', 'liu', 'chen'])}{R.choice(['xiaohua', 'jianguo', 'ming', 'fang'])}{R.randint(60, 99)}@163.com"
        d.r("email_private", mail)
        d.p(f"你在网上信访时留存的电子邮箱为{mail}，本意见书电子版已同步发送至该邮箱。")
    if R.random() < 0.8:
        mother = d.person(female=True)
        dis = R.choice(DISEASES)
        d.r("person_name", mother)
        d.r("health", dis)
        d.p(f"你还反映，你的母亲{mother}患有{dis}，需长期治疗，家庭负担较重，希望政府给予帮助。")
    d.p(f"经调查核实：本机关组织{town}综治中心、司法所、{R.choice(['东庄', '后峪', '石板', '枣园'])}村民委员会工作人员于"
        f"{d_cn(recv + dt.timedelta(days=15))}到现场进行了实地查看，并分别听取了你和{neighbour}的意见。")
    if R.random() < 0.6:
        crime = R.choice(CRIMES)
        d.r("criminal_record", crime)
        d.p(f"另查明，{neighbour}{crime}，其前科情况与本次纠纷无直接关联。")
    d.p("处理意见如下：")
    d.p(f"一、由{town}司法所牵头，于{d_cn(issued + dt.timedelta(days=10))}前组织双方进行调解，调解不成的，"
        f"你可依法向人民法院提起民事诉讼。")
    if R.random() < 0.6:
        c1, b1 = cnids.bank_card(R, "623059")
        c2, b2 = cnids.bank_card(R, "621779")
        s1 = fmt_card(R, c1, R.choice(["space", "plain"]))
        s2 = fmt_card(R, c2, R.choice(["space", "double"]))
        d.r("bank_card", s1)
        d.r("bank_card", s2)
        amt = f"{R.randint(8, 30) * 100}元"
        d.k("amount", amt)
        d.p(f"二、经{town}民政办审核，对你家给予临时救助{amt}，已于{d_cn(issued - dt.timedelta(days=2))}分别打入你本人的"
            f"社会保障卡（卡号{s1}）和惠农一卡通（账号{s2}）。")
    else:
        d.p(f"二、{town}民政办将对你家庭经济状况重新入户核查，符合条件的依规纳入救助范围。")
    d.p(f"本机关工作人员已于{d_cn(issued)}通过你留存的手机号{shown}告知你处理进展。")
    if sub == "处理":
        d.p(f"如你对本处理意见不服，可以自收到本意见书之日起30日内，向{city.name}{dist}人民政府请求复查。")
    else:
        d.p(f"如你对本复查意见不服，可以自收到本复查意见书之日起30日内，向{city.name}人民政府请求复核。")
    sign(d, [body.name if sub == "处理" else f"{city.name}{dist}人民政府"], issued)


# ------------------------------------------------------------------ 12345 work order
def hotline(d: Doc, var: dict) -> None:
    R = d.rng
    city = R.choice(CITIES)
    dist = R.choice(list(city.districts))
    d.attribute = "依申请公开"
    d.note += "12345工单办理回复针对来电人本人，不主动公开；按说明标为依申请公开。"
    when = rand_date(R, dt.date(2026, 3, 1), dt.date(2026, 11, 20))
    tid = f"{'PC' if city.name == '屏川市' else 'AL'}{when:%Y%m%d}{R.randint(10000, 99999)}"
    d.k("other_public", tid)
    d.k("service_number", "12345")
    d.p(f"{city.name}12345政务服务便民热线工单", "title")
    caller = d.person()
    d.r("person_name", caller)
    mob = cnids.mobile(R)
    d.r("mobile", mob)
    addr = home_address(R, city, dist)
    d.r("address_home", addr)
    rows = [f"工单编号：{tid}", f"受理时间：{when:%Y-%m-%d} {R.randint(8, 20):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}",
            f"来电人：{caller}　　　来电号码：{mob}", "回复方式：电话回复", f"联系地址：{addr}",
            f"诉求类别：{R.choice(['投诉举报', '求助', '咨询', '意见建议'])}　　　所属区域：{dist}"]
    for r in rows:
        d.p(r, "plain")
    mother = d.person(female=True)
    d.r("person_name", mother)
    dis = R.choice(DISEASES)
    d.r("health", dis)
    topic = var.get("topic", R.choice(["heat", "noise", "water"]))
    est = addr
    if topic == "heat":
        txt = (f"来电人反映：其居住的{est}自本月供暖以来室温一直不达标，家中温度仅12度左右。{caller}称其母亲{mother}年逾八旬，"
               f"患有{dis}，卧床不起，受不了冻，多次向供热公司报修无人处理，诉求尽快解决。")
    elif topic == "noise":
        txt = (f"市民来电反映：其家楼下商铺夜间营业噪音扰民，持续至凌晨。{caller}表示其母亲{mother}患有{dis}，需要静养，"
               f"诉求相关部门依法处理。")
    elif topic == "permit":
        hk = cnids.hk_permit(R)
        d.r("travel_permit", hk)
        txt = (f"来电人反映：其持往来港澳通行证（证件号码{hk}）在{dist}政务服务中心自助签注机办理签注时多次失败，"
               f"因需陪同母亲{mother}赴港治疗{dis}，时间紧急，诉求尽快办理。")
    else:
        txt = (f"来电人称：{est}已连续三天停水，未见任何通知。其母亲{mother}患有{dis}，每周需外出治疗，生活十分不便，诉求尽快恢复供水。")
    d.p("诉求内容：", "plain")
    d.p(txt)
    if R.random() < 0.5:
        home = cnids.landline(R, city.area)
        d.r("landline_private", home)
        d.p(f"来电人另留家中座机{home}，白天可联系。")
    hb = f"{city.name}{dist}{R.choice(['住房和城乡建设局', '城市管理局', '供水服务中心'])}"
    body = make_body(R, city, hb, "x", dist)
    staff = d.person()
    d.k("official_name", staff)
    d.p(f"承办单位：{hb}", "plain")
    d.p("办理结果：", "plain")
    d.p(f"接件后，我单位工作人员{staff}于{d_cn(when + dt.timedelta(days=1))}与来电人电话联系，并联合{dist}"
        f"{R.choice(['供热公司', '市场监管所', '供水公司'])}到现场核实。经查，{R.choice(['二次加压泵站故障', '管网末端阀门未完全开启', '商户营业时间超出规定'])}，"
        f"现已整改到位。来电人对处理结果表示认可。")
    d.k("landline_office", body.phone)
    d.p(f"承办人：{staff}　　办公电话：{body.phone}", "plain")
    d.p(f"回访情况：{d_cn(when + dt.timedelta(days=3))}回访，来电人表示满意。", "plain")
    if R.random() < 0.5:
        d.p("（市民如有其他问题，可拨打12345或登录“12345政务服务便民热线”微信公众号反映。）", "small")


def hotline_digest(d: Doc, var: dict) -> None:
    """热线回复选登: published with callers pseudonymised — except one slip."""
    R = d.rng
    city = R.choice(CITIES)
    d.attribute = "主动公开"
    d.k("service_number", "12345")
    month = R.randint(6, 10)
    d.p(f"{city.name}12345热线{month}月份群众诉求办理情况选登", "title")
    d.p(f"{month}月份，{city.name}12345政务服务便民热线共受理群众来电{R.randint(12000, 30000)}件，按时办结率"
        f"{R.randint(96, 99)}.{R.randint(1, 9)}%。现将部分诉求办理情况选登如下：")
    slip = None
    for i in range(6):
        dist = R.choice(list(city.districts))
        sur = d.person()[0]
        who = f"{sur}{R.choice(['先生', '女士'])}"
        d.k("masked_value", who)
        masked = cnids.mask_mobile(cnids.mobile(R))
        d.k("masked_value", masked)
        d.p(f"{['一', '二', '三', '四', '五', '六'][i]}、{R.choice(['小区路灯不亮', '公交站台破损', '学校门口交通拥堵', '农贸市场占道经营', '楼道堆放杂物', '路面塌陷'])}问题", "heading")
        body = f"{who}（来电号码{masked}）反映{dist}{R.choice(['建设北路', '文昌街', '光明路'])}一带存在上述问题。"
        if i == 3:
            real = d.person()
            mob = cnids.mobile(R)
            d.r("person_name", real)
            d.r("mobile", mob)
            body += f"经{dist}城市管理局协调处理，已于三日内整改完毕，{real}（联系电话{mob}）对结果表示满意。"
            slip = real
        else:
            body += f"经{dist}{R.choice(['城市管理局', '交警大队', '住建局'])}现场处置，问题已解决，来电人表示满意。"
        d.p(body)
    d.note += "选登稿对来电人已作去标识化（X先生、尾号遮盖）；第四条漏掉了一处真实姓名和手机号，须删除。" if slip else ""
    d.p(f"{city.name}12345政务服务便民热线管理中心", "right")
    d.p(d_cn(dt.date(2026, month + 1, R.randint(3, 12))), "right")
