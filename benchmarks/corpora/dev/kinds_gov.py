"""Government-internal and public documents: notices, joint documents, procurement results,
appointments, minutes, drafts for comment, 请示, news, traffic notices, classified documents,
internal material, and regulations that merely mention 国家秘密."""
from __future__ import annotations

import datetime as dt

import cnids
from corpus_base import (CITIES, Doc, company, contact_block, d_cn, d_han, doc_no, fmt_id, home_address,
                         make_body, rand_date, set_marking, sign)
from kinds_letters import DISEASES
from render import Table


def _city(d):
    R = d.rng
    city = R.choice(CITIES)
    return city, R.choice(list(city.districts))


def _officials(d: Doc, n: int) -> list[str]:
    out = []
    for _ in range(n):
        x = d.person()
        d.k("official_name", x)
        out.append(x)
    return out


def _header(d: Doc, issuer_mark: str, no: str | None, signer: str | None = None):
    d.p(issuer_mark, "redhead")
    if no:
        if signer:
            d.p(no, "docno")
            d.p(f"签发人：{signer}", "right")
        else:
            d.p(no, "docno")


# ------------------------------------------------------------------ 公开 notice with contact block
def public_notice(d: Doc, var: dict) -> None:
    R = d.rng
    city, dist = _city(d)
    sub = var.get("sub", R.choice(["医保", "申报", "停水"]))
    d.attribute = "主动公开"
    issued = rand_date(R, dt.date(2026, 2, 1), dt.date(2026, 11, 15))
    if sub == "医保":
        body = make_body(R, city, f"{city.name}医疗保障局", "医保", None, email_public=var.get("email_public", True))
        no = doc_no(f"{city.name[:1]}医保发", 2026, R.randint(10, 60))
        d.k("doc_number", no)
        _header(d, f"{city.name}医疗保障局文件", no)
        d.p(f"关于做好2027年度城乡居民基本医疗保险参保缴费工作的通告", "title")
        d.p(f"根据《中华人民共和国社会保险法》和{city.prov}有关规定，现就我市2027年度城乡居民基本医疗保险参保缴费工作通告如下：")
        d.p("一、缴费时间", "heading")
        d.p(f"集中缴费期为2026年9月1日至2026年12月31日。")
        amt = f"{R.choice([380, 400, 410])}元"
        d.k("amount", amt)
        d.p("二、缴费标准", "heading")
        d.p(f"2027年度城乡居民基本医疗保险个人缴费标准为每人每年{amt}。特困人员、低保对象等由医疗救助资金按规定给予资助。")
        d.p("三、缴费方式", "heading")
        d.p(f"参保人可通过“{city.prov[:2]}税务”微信公众号、手机银行或到各乡镇（街道）便民服务中心缴费。"
            f"单位集中代缴的，可转账至{city.name}医疗保障基金财政专户。")
        acct = f"{R.choice(['14050', '43050'])}1{R.randint(10, 99)}{R.randint(1000000, 9999999)}0000{R.randint(100, 999)}"
        d.k("body_account", acct)
        d.p(f"户名：{city.name}财政局社会保险基金专户；开户行：中国建设银行{city.name}分行营业部；账号：{acct}。")
        d.k("service_number", "12393")
        d.k("service_number", "12366")
        d.p(f"四、咨询方式", "heading")
        d.p(f"医保政策咨询请拨打医保服务热线12393，缴费问题请拨打纳税服务热线12366。")
    elif sub == "申报":
        body = make_body(R, city, f"{city.name}{dist}农业农村局", dist[:1] + "农", dist,
                         email_public=var.get("email_public", True))
        no = doc_no(f"{dist[:1]}农发", 2026, R.randint(10, 60))
        d.k("doc_number", no)
        _header(d, f"{city.name}{dist}农业农村局文件", no)
        d.p(f"关于开展2026年度农机购置与应用补贴申报工作的通知", "title")
        d.p("各乡镇人民政府、街道办事处，各农机经销企业：", "plain")
        d.p(f"为做好2026年度农机购置与应用补贴实施工作，现将有关事项通知如下：")
        d.p("一、申报材料", "heading")
        d.p("申报表须使用A4纸打印，标题用方正小标宋简体二号字，正文用仿宋_GB2312三号字，表格内文字可用宋体五号字。"
            "申请补贴金额一栏请用阿拉伯数字填写，并与发票金额一致。")
        d.k("other_public", "宋体")
        d.k("other_public", "金额")
        d.p("二、申报时间", "heading")
        d.p(f"即日起至{d_cn(issued + dt.timedelta(days=45))}。逾期不予受理。")
        d.p("三、注意事项", "heading")
        d.p("跨区作业的大型农机具在高速公路通行时，应持农机跨区作业证明，按规定办理免费通行手续。"
            "补贴资金通过惠民惠农财政补贴资金“一卡通”发放，不得现金发放。")
        d.k("other_public", "高速")
    else:
        body = make_body(R, city, f"{city.name}{dist}供水有限公司", "x", dist, email_public=False)
        d.p(f"停水通知", "title")
        road = f"{R.choice(['建设北路', '滨河西路', '光明路'])}"
        d.k("address_public", f"{dist}{road}")
        d.p(f"因{dist}{road}供水管网改造施工，我公司定于{d_cn(issued)}8:00至20:00对以下区域暂停供水："
            f"{road}沿线、{R.choice(['金域华府', '阳光花园', '锦绣家园'])}小区、{R.choice(['第二中学', '实验小学'])}。")
        d.p("请广大用户提前做好储水准备，给您带来的不便敬请谅解。如遇特殊情况，请拨打24小时服务热线或12345。")
        d.k("service_number", "12345")
        if var.get("bad_note"):
            d.note += "起草人附注写了（此件不予公开），但停水通知是面向公众的服务信息，依法应主动公开：按规定标为主动公开。"
    d.p("联系方式：", "plain")
    contact_block(d, body, with_fax=(sub != "停水"))
    if sub == "医保" and var.get("email_public", True):
        d.note += "监督邮箱是本机关在公共邮箱服务商开设的对外邮箱，属于机关自身联系方式（keep）。"
    sign(d, [body.name], issued)
    d.k("date", d_cn(issued))
    if var.get("bad_note"):
        d.p("（此件不予公开）", "note")
    else:
        d.p("（此件公开发布）", "note")


# ------------------------------------------------------------------ joint document
def joint_doc(d: Doc, var: dict) -> None:
    R = d.rng
    city, dist = _city(d)
    a = make_body(R, city, f"{city.name}民政局", "民", None)
    b = make_body(R, city, f"{city.name}财政局", "财", None)
    issued = rand_date(R, dt.date(2026, 2, 1), dt.date(2026, 11, 15))
    no = doc_no(f"{city.name[:1]}民发", 2026, R.randint(10, 90))
    d.k("doc_number", no)
    d.attribute = "主动公开"
    d.p(f"{a.name}\n{b.name}", "redhead")
    d.p(no, "docno")
    d.p(f"{a.name} {b.name}\n关于调整城乡最低生活保障标准的通知", "title")
    d.p(f"各县（区）民政局、财政局：", "plain")
    d.p(f"为切实保障困难群众基本生活，经市人民政府同意，现就调整我市城乡最低生活保障标准有关事项通知如下：")
    u = f"{R.randint(760, 880)}元"
    r_ = f"{R.randint(560, 700)}元"
    d.k("amount", u)
    d.k("amount", r_)
    d.p(f"一、自2026年7月1日起，城市最低生活保障标准由每人每月不低于{R.randint(700, 750)}元提高到{u}，农村最低生活保障标准"
        f"提高到每人每年不低于{r_}×12。")
    d.p("二、各县（区）要按照“提标不漏人、应保尽保”的要求，及时调整保障金额，于8月底前将提标资金发放到位，不得挤占挪用。")
    d.p("三、各地调标情况请于9月10日前书面报送市民政局社会救助科。")
    staff = d.person()
    d.k("official_name", staff)
    d.k("landline_office", a.phone)
    d.p(f"联系人：{staff}，联系电话：{a.phone}。")
    d.p("", "plain")
    d.p(f"{a.name}　　　　　　{b.name}", "right")
    d.p(d_cn(issued), "right")
    d.p("（此件公开发布）", "note")
    d.p(f"抄送：{city.name}人民政府办公室，各县（区）人民政府。", "small")
    d.p(f"{a.name}办公室　　　　　　　　{d_cn(issued + dt.timedelta(days=1))}印发", "small")
    d.note += "联合发文（民政局、财政局），发布需两机关均签署保密审查意见。"


# ------------------------------------------------------------------ procurement result
def procurement(d: Doc, var: dict) -> None:
    R = d.rng
    city, dist = _city(d)
    d.attribute = "主动公开"
    buyer = make_body(R, city, f"{city.name}{dist}{R.choice(['教育局', '卫生健康局', '交通运输局', '城市管理局'])}", "x", dist)
    agency = company(R, city, "工程咨询")
    acode = cnids.uscc(R, "91", city.districts[dist][0])
    winner = company(R, city, R.choice(["建筑工程", "信息技术", "物业管理", "园林绿化", "保安服务"]))
    wcode = cnids.uscc(R, "91", city.districts[dist][0])
    wt = "成交" if R.random() < 0.5 else "中标"
    proj = f"{dist}{R.choice(['中小学智慧教室采购', '乡村道路养护', '城区绿化养护服务', '基层医疗机构设备采购', '机关物业管理服务'])}项目"
    pno = f"{city.name[:1]}{dist[:1]}ZC{2026}-{R.randint(1, 300):03d}"
    d.k("other_public", pno)
    issued = rand_date(R, dt.date(2026, 2, 1), dt.date(2026, 11, 20))
    d.p(f"{proj}{wt}结果公告", "title")
    d.p("一、项目编号：" + pno, "plain")
    d.p("二、项目名称：" + proj, "plain")
    d.p(f"三、{wt}信息", "plain")
    amt = f"{R.randint(30, 900) * 1000 + R.choice([0, 500])}.00元"
    d.k("amount", amt)
    waddr = f"{city.name}{dist}{R.choice(['迎宾大道', '工业园区纬二路', '新华路'])}{R.randint(1, 199)}号"
    for k, v in (("company_name", winner), ("credit_code", wcode), ("address_public", waddr)):
        d.k(k, v)
    d.p(f"供应商名称：{winner}", "plain")
    d.p(f"统一社会信用代码：{wcode}", "plain")
    d.p(f"供应商地址：{waddr}", "plain")
    d.p(f"{wt}金额：{amt}", "plain")
    d.p("四、主要标的信息", "plain")
    d.t(Table([["名称", "服务范围", "服务要求", "服务时间", "服务标准"],
               [proj[len(dist):-2], f"{dist}辖区", "详见采购文件", "合同签订之日起12个月", "符合国家及行业标准"]],
              widths=[2, 1.5, 1.5, 2, 2], font_size=10))
    experts = _officials(d, 3 if R.random() < 0.5 else 5)
    d.p("五、评审专家（单一来源采购人员）名单：" + "、".join(experts), "plain")
    d.note += "评审专家名单依法公告，属履职信息（official_name keep）。"
    d.p(f"六、代理服务收费标准及金额：参照国家计委计价格〔2002〕1980号文件标准收取，金额：{R.randint(5, 30) * 1000}元。", "plain")
    d.p("七、公告期限：自本公告发布之日起1个工作日。", "plain")
    d.p("八、其他补充事宜", "plain")
    pm = d.person()
    pm_id = cnids.id18(R, y0=1970, y1=1995)
    d.r("person_name", pm)
    d.r("id_number", pm_id)
    cert = f"{city.prov[:1]}1{R.randint(10, 99)}{R.randint(100000, 999999)}{R.randint(1000, 9999)}"
    d.p(f"项目负责人：{pm}，身份证号：{pm_id}，注册建造师证书编号：{cert}。", "plain")
    d.r("other_private", cert)
    d.note += "供应商项目负责人附身份号码，属私人信息：姓名、身份号码及证书编号标为 redact。"
    d.p("九、凡对本次公告内容提出询问，请按以下方式联系。", "plain")
    d.p(f"1.采购人信息　名称：{buyer.name}　地址：{buyer.address}　联系方式：{buyer.phone}", "plain")
    d.k("address_public", buyer.address)
    d.k("landline_office", buyer.phone)
    ag_addr = f"{city.name}{dist}{R.choice(['人民路', '文昌街'])}{R.randint(1, 150)}号{R.randint(3, 18)}层"
    ag_contact = d.person()
    ag_mob = cnids.mobile(R)
    d.k("company_name", agency)
    d.k("address_public", ag_addr)
    d.k("official_name", ag_contact)
    d.k("mobile", ag_mob)
    d.k("credit_code", acode)
    d.p(f"2.采购代理机构信息　名称：{agency}（统一社会信用代码：{acode}）　地址：{ag_addr}　联系方式：{ag_mob}", "plain")
    d.p(f"3.项目联系方式　项目联系人：{ag_contact}　电话：{ag_mob}", "plain")
    d.note += ("采购代理机构的项目联系人及其手机号是公告依法列明的对外联系方式（keep），与私人手机不同。")
    d.p(buyer.name, "right")
    d.p(agency, "right")
    d.p(d_cn(issued), "right")


# ------------------------------------------------------------------ appointments
def appointment(d: Doc, var: dict) -> None:
    R = d.rng
    city, dist = _city(d)
    d.attribute = "主动公开"
    issued = rand_date(R, dt.date(2026, 2, 1), dt.date(2026, 11, 20))
    if var.get("sub", "任免") == "任免":
        no = doc_no(f"{city.name[:1]}政任", 2026, R.randint(3, 40))
        d.k("doc_number", no)
        _header(d, f"{city.name}人民政府文件", no)
        names = _officials(d, 5)
        d.p(f"{city.name}人民政府\n关于{names[0]}等同志职务任免的通知", "title")
        d.p("各县（区）人民政府，市人民政府各委、办、局：", "plain")
        d.p(f"经{d_cn(issued - dt.timedelta(days=6))}市人民政府第{R.randint(20, 80)}次常务会议研究决定：")
        posts = ["市民政局副局长", "市财政局副局长（试用期一年）", "市人力资源和社会保障局副局长", "市应急管理局总工程师",
                 "市政府办公室副主任"]
        for n_, p_ in zip(names[:3], posts):
            d.p(f"任命{n_}为{city.name[:2]}{p_}；")
        d.p(f"免去{names[3]}的{city.name}交通运输局副局长职务；")
        d.p(f"免去{names[4]}的{city.name}民政局副局长职务，退休。")
        sign(d, [f"{city.name}人民政府"], issued)
        d.p("（此件公开发布）", "note")
    else:
        d.p(f"{city.name}{dist}领导干部任前公示", "title")
        d.p(f"根据《党政领导干部选拔任用工作条例》有关规定，经{dist}委常委会研究，拟提拔任用以下同志，现予以公示：")
        rows = [["姓名", "性别", "民族", "出生年月", "籍贯", "入党时间", "学历学位", "现任职务", "拟任职务"]]
        for _ in range(var.get("rows", 6)):
            x = d.person()
            d.k("official_name", x)
            rows.append([x, R.choice(["男", "女"]), "汉族", f"{R.randint(1975, 1990)}.{R.randint(1, 12):02d}",
                         f"{city.prov[:2]}{R.choice(['屏川', '安澜', '长治', '娄底'])}", f"{R.randint(1998, 2014)}.{R.randint(1, 12):02d}",
                         R.choice(["大学，管理学学士", "研究生，法学硕士", "在职研究生，工学硕士"]),
                         f"{dist}{R.choice(['民政局', '财政局', '教育局', '发改局'])}{R.choice(['副局长', '办公室主任', '党组成员'])}",
                         f"{R.choice(list(city.districts[dist][1]))}{R.choice(['党委书记', '镇长提名人选', '副书记'])}"])
        d.t(Table(rows, widths=[1, 0.5, 0.6, 1, 1, 1, 1.8, 2.4, 2.2], font_size=9))
        d.k("service_number", "12380")
        body = make_body(R, city, f"中共{city.name}{dist}委组织部", "x", dist)
        d.p(f"公示时间：{d_cn(issued)}至{d_cn(issued + dt.timedelta(days=7))}。")
        d.p(f"公示期间，对公示对象有反映的，可通过来信、来电、来访及12380举报网站等方式向{dist}委组织部反映。")
        contact_block(d, body, with_fax=False, with_email=True)
        d.p(f"中共{city.name}{dist}委组织部", "right")
        d.p(d_cn(issued), "right")
        d.note += "任前公示的干部姓名、出生年月、职务是依规公开的履职信息（keep）。"


# ------------------------------------------------------------------ minutes
def minutes(d: Doc, var: dict) -> None:
    R = d.rng
    city, dist = _city(d)
    issued = rand_date(R, dt.date(2025, 6, 1), dt.date(2026, 11, 20))
    d.attribute = "不予公开"
    gov = f"{city.name}{dist}人民政府"
    if var.get("internal_header"):
        d.header_text = "内部资料　注意保存"
        d.p("内部资料　注意保存", "marking")
    d.p(f"{gov}常务会议纪要" if var.get("sub") != "专题" else f"{gov}专题会议纪要", "title")
    d.p(f"〔2026〕第{R.randint(3, 30)}期", "docno")
    d.p(f"{gov}办公室　　　　　　　　　　　　　　　{d_cn(issued)}", "plain")
    o = _officials(d, 6)
    d.p(f"{d_cn(issued)}，{dist}长{o[0]}主持召开区政府第{R.randint(20, 60)}次常务会议。副{dist[-1]}长{o[1]}、{o[2]}、{o[3]}出席，"
        f"{dist}政府办公室主任{o[4]}、{dist}财政局局长{o[5]}列席。现将会议议定事项纪要如下：")
    d.p("一、研究了2026年度财政预算调整方案", "heading")
    amt = f"{R.randint(800, 9000)}万元"
    d.k("amount", amt)
    d.p(f"会议原则同意{dist}财政局提出的预算调整方案，调增一般公共预算支出{amt}，主要用于教育、医疗和基础设施欠款化解。"
        f"会议要求，该方案提请{dist}人大常委会审议前，不得对外透露调整细节。")
    d.p("二、研究了信访积案化解工作", "heading")
    pet = d.person()
    d.r("person_name", pet)
    idn = cnids.id18(R, code=city.districts[dist][0], y0=1950, y1=1975)
    d.r("id_number", idn)
    dis = R.choice(DISEASES)
    d.r("health", dis)
    town = R.choice(city.districts[dist][1])
    d.p(f"会议听取了关于{town}村民{pet}（身份证号{idn}）长期越级上访问题的汇报。{pet}因征地补偿问题自2019年以来多次赴省进京"
        f"上访，其本人患有{dis}。会议要求{town}落实包案责任，由{o[2]}同志牵头，依法依规做好化解稳控工作。")
    d.p("三、研究了干部调整事项", "heading")
    cadre = d.person()
    d.k("official_name", cadre)
    d.p(f"会议同意{cadre}同志（现任{dist}民政局副局长）试用期满考核合格，正式任职。")
    if var.get("sub") == "专题":
        d.p("四、其他事项", "heading")
        d.p("会议材料统一使用宋体小四号字排版，会后由政府办收回。", "body")
        d.k("other_public", "宋体")
    d.p(f"出席：{'、'.join(o[:4])}", "plain")
    d.p(f"列席：{'、'.join(o[4:])}", "plain")
    d.p(f"记录：{d.k('official_name', d.person())}", "plain")
    if var.get("bad_note"):
        d.p("（此件公开发布）", "note")
        d.note += ("起草人附注为（此件公开发布），但纪要含讨论中的预算调整、信访人个人信息，并标有“内部资料 注意保存”，"
                   "属过程性和内部事务信息：按规定标为不予公开。")
    else:
        d.p("（此件不予公开）", "note")
    d.p(f"分送：区政府各位领导，区政府办公室，{town}人民政府。", "small")
    d.note += "会议纪要属过程性信息，不予公开；条目标签表示若被公开时各值应如何处理。"


# ------------------------------------------------------------------ drafts for comment
def draft(d: Doc, var: dict) -> None:
    R = d.rng
    city, dist = _city(d)
    issued = rand_date(R, dt.date(2026, 2, 1), dt.date(2026, 11, 20))
    reg = R.choice(["城市生活垃圾分类管理办法", "居民住宅小区物业管理办法", "农村集体经济组织成员资格认定办法",
                    "养犬管理规定", "城市公共停车场管理办法"])
    body = make_body(R, city, f"{city.name}司法局", "司", None)
    staff = d.person()
    d.k("official_name", staff)
    d.k("landline_office", body.phone)
    d.k("email_office", body.email)
    if var.get("public"):
        d.attribute = "主动公开"
        d.p(f"关于公开征求《{city.name}{reg}（征求意见稿）》意见的公告", "title")
        d.p(f"为增强立法的公开性和透明度，现将《{city.name}{reg}（征求意见稿）》全文公布，征求社会各界意见。有关单位和个人可在"
            f"{d_cn(issued + dt.timedelta(days=30))}前，通过以下方式提出意见：")
        d.p(f"（一）电子邮件发送至{body.email}；")
        d.p(f"（二）信函寄至{body.address}{city.name}司法局立法科（邮编{body.post}），并在信封上注明“征求意见”字样；")
        d.k("address_public", body.address)
        d.p(f"（三）联系人：{staff}，电话：{body.phone}。")
        d.note += "向社会公开征求意见的公告依法主动公开。"
        sign(d, [body.name], issued)
        return
    d.attribute = "不予公开"
    no = doc_no(f"{city.name[:1]}司函", 2026, R.randint(10, 150))
    d.k("doc_number", no)
    _header(d, f"{city.name}司法局", no)
    d.p(f"关于征求《{city.name}{reg}（征求意见稿）》意见的函", "title")
    d.p("市发展改革委、市财政局、市住房城乡建设局、市城市管理局、市公安局，各县（区）人民政府：", "plain")
    d.p(f"我局起草了《{city.name}{reg}（征求意见稿）》，现送你们征求意见。请认真研究，于{d_cn(issued + dt.timedelta(days=15))}"
        f"前将书面意见（加盖公章）反馈我局立法科，电子版发送至{body.email}。逾期未反馈的，视为无意见。")
    d.p(f"联系人：{staff}　联系电话：{body.phone}", "plain")
    d.p("附件：《" + city.name + reg + "（征求意见稿）》及起草说明", "plain")
    sign(d, [body.name], issued)
    d.p("（此件不予公开）", "note")
    d.note += "征求意见稿在政府内部征求意见，属过程性信息（条例第十六条第二款），不予公开。"
    d.p(f"{city.name}{reg}（征求意见稿）", "title")
    d.p("第一条　为了加强管理，保障公共安全和公众利益，根据有关法律、法规，结合本市实际，制定本办法。")
    d.p("第二条　本办法适用于本市行政区域内的相关管理活动。")
    d.p("第三条　【起草说明：本条第二款存在争议，市城管局建议删除，待协调】")


# ------------------------------------------------------------------ 请示
def request(d: Doc, var: dict) -> None:
    R = d.rng
    city, dist = _city(d)
    issued = rand_date(R, dt.date(2026, 2, 1), dt.date(2026, 11, 20))
    btype = R.choice(["民政局", "应急管理局", "教育局"])
    body = make_body(R, city, f"{city.name}{dist}{btype}", dist[:1] + btype[:1], dist)
    no = doc_no(f"{dist[:1]}{btype[:1]}呈", 2026, R.randint(1, 40))
    d.k("doc_number", no)
    signer = d.person()
    d.k("official_name", signer)
    d.attribute = "不予公开"
    _header(d, f"{body.name}文件", no, signer)
    topic = {"民政局": "追加2026年度城乡困难群众救助资金", "应急管理局": "拨付汛期受灾群众过渡期生活救助资金",
             "教育局": "解决农村学校教师周转宿舍建设资金缺口"}[btype]
    d.p(f"关于{topic}的请示", "title")
    d.p(f"{city.name}{dist}人民政府：", "plain")
    amt = f"{R.randint(120, 980)}万元"
    d.k("amount", amt)
    d.p(f"今年以来，我{dist}{topic[2:8]}需求大幅增加，截至{d_cn(issued - dt.timedelta(days=10))}，现有资金已全部拨付，"
        f"资金缺口约{amt}。为确保政策落实，特申请{topic}{amt}。")
    if btype != "教育局":
        fam = d.person()
        d.r("person_name", fam)
        addr = home_address(R, city, dist)
        d.r("address_home", addr)
        dis = R.choice(DISEASES)
        d.r("health", dis)
        d.p(f"其中，{dist}{R.choice(city.districts[dist][1])}困难群众{fam}（家住{addr}）一家四口，户主患{dis}，"
            f"已申请临时救助，因资金不足尚未发放。")
    d.p("妥否，请批示。")
    sign(d, [body.name], issued)
    staff = d.person()
    d.k("official_name", staff)
    d.k("landline_office", body.phone)
    d.p(f"（联系人：{staff}，电话：{body.phone}）", "note")
    d.note += "请示属过程性信息，不予公开。"


# ------------------------------------------------------------------ news
def news(d: Doc, var: dict) -> None:
    R = d.rng
    city, dist = _city(d)
    d.attribute = "主动公开"
    issued = rand_date(R, dt.date(2026, 2, 1), dt.date(2026, 11, 25))
    sub = var.get("sub", R.choice(["调研", "救助", "法治"]))
    o = _officials(d, 3)
    town = R.choice(city.districts[dist][1])
    vill = R.choice(["东庄村", "后峪村", "石板村", "枣园村", "杨树坪村"])
    if sub == "调研":
        d.p(f"{o[0]}到{dist}调研乡村振兴工作", "title")
        d.p(f"{issued.month}月{issued.day}日，副市长{o[0]}带队到{dist}{town}调研乡村振兴和防止返贫监测帮扶工作。"
            f"市农业农村局局长{o[1]}、{dist}长{o[2]}陪同。")
        p1 = d.person()
        dis = R.choice(DISEASES)
        d.r("person_name", p1)
        d.r("health", dis)
        age = R.randint(62, 85)
        d.p(f"在{vill}，{o[0]}走进监测户{p1}家中，详细询问其家庭收入和看病就医情况。今年{age}岁的{p1}患有{dis}，"
            f"在医保报销和医疗救助政策帮助下，自付费用大幅下降。{o[0]}叮嘱随行干部要盯紧因病返贫风险，做到早发现、早干预、早帮扶。")
        d.p(f"调研中，{o[0]}强调，要坚决守住不发生规模性返贫的底线，持续巩固拓展脱贫攻坚成果。")
        d.note += "新闻稿中官员履职信息 keep；被走访群众的姓名与所患疾病属个人隐私和敏感信息，须删除。"
    elif sub == "救助":
        d.p(f"{dist}民政局“一站式”救助让困难群众少跑腿", "title")
        d.p(f"“没想到这么快就批下来了！”{issued.month}月{issued.day}日，在{dist}{town}便民服务中心，")
        p1 = d.person(female=True)
        kid = d.person(child=True)
        d.r("person_name", p1)
        d.r("person_name", kid)
        age = R.randint(8, 13)
        d.r("minor", f"{age}岁")
        dis = R.choice(["白血病", "先天性心脏病", "脑瘫"])
        d.r("health", dis)
        d.p(f"{vill}村民{p1}拿着救助审批单连声道谢。她的儿子{kid}今年{age}岁，今年3月被确诊为{dis}，家中积蓄很快花光。"
            f"{dist}民政局局长{o[1]}介绍，今年以来全区开通急难型临时救助“绿色通道”，实行先行救助、事后补齐手续。")
        d.p(f"副区长{o[0]}表示，下一步将推动救助申请“掌上办”，让数据多跑路、群众少跑腿。{o[2]}同志介绍了有关政策。")
    else:
        d.p(f"{dist}开展“宪法进万家”法治宣传活动", "title")
        d.p(f"为深入学习宣传宪法，{issued.month}月{issued.day}日，{dist}司法局联合{town}在{vill}文化广场开展法治宣传活动。"
            f"{dist}司法局局长{o[1]}、{town}党委书记{o[2]}参加活动。")
        d.p(f"活动中，工作人员围绕《中华人民共和国保守国家秘密法》等法律法规，向群众讲解了“涉密信息不上网、上网信息不涉密”"
            f"等保密常识，提醒群众发现泄露国家秘密的行为及时拨打12339举报。")
        d.k("service_number", "12339")
        d.p(f"区委常委、政法委书记{o[0]}在讲话中要求，要把普法与基层治理结合起来，营造尊法学法守法用法的良好氛围。")
        d.note += "正文提到国家秘密，但不是密级标志；全文只有履职官员信息。"
    d.p(f"（{dist}融媒体中心　供稿）", "right")
    d.k("date", f"{issued.month}月{issued.day}日")


# ------------------------------------------------------------------ traffic / vehicles
def traffic(d: Doc, var: dict) -> None:
    R = d.rng
    city, dist = _city(d)
    d.attribute = "主动公开"
    issued = rand_date(R, dt.date(2026, 2, 1), dt.date(2026, 11, 25))
    body = make_body(R, city, f"{city.name}公安局交通警察支队", "公交", None)
    sub = var.get("sub", "逾期")
    no = doc_no(f"{city.name[:1]}公交告", 2026, R.randint(3, 50))
    d.k("doc_number", no)
    if sub == "逾期":
        d.p(f"{city.name}公安局交通警察支队\n关于督促逾期未检验机动车所有人办理相关手续的公告", "title")
        d.p(no, "docno")
        d.p(f"根据《中华人民共和国道路交通安全法》第十三条等规定，以下机动车已连续三个检验周期未按规定参加机动车安全技术检验，"
            f"请机动车所有人自本公告发布之日起三十日内到车辆管理所办理相关手续，逾期将依法注销机动车登记。")
        rows = [["序号", "号牌号码", "号牌种类", "车辆品牌", "车辆识别代号", "机动车所有人", "检验有效期止"]]
        for i in range(var.get("rows", 40)):
            k = R.choice(["blue", "blue", "blue", "nev_small", "nev_large", "trailer"])
            pl = cnids.plate(R, city.plate[0], city.plate[1], k)
            vn, brand = cnids.vin(R)
            owner = d.person()
            if var.get("masked_owner"):
                om = cnids.mask_name(owner)
                d.k("masked_value", om)
            else:
                om = owner
                d.r("person_name", owner)
            d.r("plate", pl)
            d.r("vin", vn)
            kind = {"blue": "小型汽车", "nev_small": "小型新能源汽车", "nev_large": "大型新能源汽车", "trailer": "挂车"}[k]
            rows.append([str(i + 1), pl, kind, brand, vn, om, f"20{R.randint(19, 22)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"])
        d.t(Table(rows, widths=[0.5, 1.3, 1.4, 0.9, 2.4, 1.1, 1.3], font_size=var.get("fs", 9)))
        d.note += "号牌号码和车辆识别代号指向私人车辆，标为 redact（含 8 位新能源号牌和挂车号牌）。"
    else:
        d.p(f"关于{dist}{R.choice(['建设北路', '滨河西路', '光明路'])}交通事故逃逸车辆的协查通报", "title")
        d.p(no, "docno")
        road = f"G{R.choice([5, 55, 207, 208])}{R.choice(['京昆高速', '二广高速'])}{city.name}段"
        d.k("address_public", road)
        when = issued - dt.timedelta(days=3)
        vn, brand = cnids.vin(R)
        pl = cnids.plate(R, city.plate[0], city.plate[1], "blue")
        vic = d.person()
        d.r("person_name", vic)
        d.r("plate", pl)
        d.r("vin", vn)
        age = R.randint(20, 70)
        d.p(f"{d_cn(when)}21时许，在{road}K{R.randint(100, 999)}+{R.randint(100, 900)}处发生一起交通事故，一辆{brand}牌轿车"
            f"（号牌号码{pl}，车辆识别代号{vn}）与行人{vic}（{age}岁）相撞后驶离现场，致{vic}受伤。"
            f"请知情群众提供线索，对提供重要线索者给予奖励。")
        d.k("service_number", "122")
        d.k("service_number", "110")
        d.p("举报电话：122、110。")
        d.note += "协查通报中肇事车辆号牌和车辆识别代号按私人车辆信息标为 redact；受害人姓名为 redact。"
    contact_block(d, body, with_fax=False, with_email=False)
    sign(d, [body.name], issued)


# ------------------------------------------------------------------ classified & internal
SECRET_TOPICS = ["关于做好重要目标防护工作的通知", "关于{y}年度征兵工作任务分配的通知", "关于进一步加强重点人员稳控工作的通知",
                 "关于应急物资储备库建设选址的通知", "关于防空警报器布点调整方案的批复", "关于党政机关密码设备配备情况的通报"]


def classified(d: Doc, var: dict) -> None:
    R = d.rng
    city, dist = _city(d)
    level, period, when = var["level"], var["period"], var["date"]
    in_force = set_marking(d, level, period, when)
    body_name = f"{city.name}{R.choice(['人民政府办公室', '国防动员办公室', '应急管理局', '公安局'])}"
    short = {"人": "政办", "国": "动员", "应": "应急", "公": "公"}[body_name[len(city.name)]]
    no = doc_no(f"{city.name[:1]}{short}发", when.year, R.randint(3, 90))
    d.k("doc_number", no)
    style = var.get("style", "2012")
    mark_text = var.get("mark_text") or f"{level}★{period}"
    if style == "2012":
        d.p(f"{R.randint(1, 300):06d}", "plain")
        d.p(mark_text, "marking")
        if var.get("urgent"):
            d.p(var["urgent"], "marking")
    d.p(f"{body_name}文件", "redhead")
    if style == "1999":
        d.p(f"{mark_text}", "right")
    d.p(no, "docno")
    topic = (var.get("topic") or R.choice(SECRET_TOPICS)).format(y=when.year)
    d.p(topic, "title")
    d.p("各县（区）人民政府，市直有关单位：", "plain")
    o = _officials(d, 2)
    d.p(f"根据上级部署和市委、市政府领导{o[0]}同志批示精神，现就有关工作通知如下：")
    d.p(f"一、各单位要严格按照本通知附件所列目标清单，落实专人负责，具体位置和防护等级不得在任何公开场合、公开网站提及。")
    d.p(f"二、各单位落实情况于{d_cn(when + dt.timedelta(days=20)) if style == '2012' else d_han(when + dt.timedelta(days=20))}"
        f"前报市{R.choice(['国防动员办公室', '应急管理局'])}，由{o[1]}同志汇总。")
    if var.get("with_private"):
        p = d.person()
        d.r("person_name", p)
        idn = cnids.id18(R, y0=1960, y1=1990)
        d.r("id_number", idn)
        d.p(f"三、重点人员{p}（身份证号{idn}）的管控措施由属地公安机关负责落实。")
    d.p("附件：重要目标清单（另发）", "plain")
    if style == "1999":
        d.p(body_name, "right")
        d.p(d_han(when), "right")
        d.note += "1999 年版式：密级标志在首页右上角，成文日期用汉字书写。"
    else:
        sign(d, [body_name], when)
    if var.get("note_text"):
        d.p(var["note_text"], "note")
    d.p(f"{body_name}　　　　　　{d_cn(when) if style == '2012' else d_han(when)}印发", "small")
    exp = d.marking["expires_on"]
    if in_force:
        d.note += f"密级标志 {mark_text} 自成文日期起算，{'长期有效' if exp is None else '至 ' + exp + ' 仍在保密期限内'}：不予公开。"
    else:
        d.note += f"密级标志 {mark_text} 的保密期限已于 {exp} 届满，但须先履行解密程序：须报审，不能直接公开。"
    if var.get("note_text"):
        d.note += f"起草人附注“{var['note_text']}”与密级标志矛盾，按密级标志处理。"
    if var.get("mark_text") and var["mark_text"] != f"{level}★{period}":
        d.note += f"标志写法为“{var['mark_text']}”（非标准空格或星号），含义同 {level}★{period}。"


def internal(d: Doc, var: dict) -> None:
    R = d.rng
    city, dist = _city(d)
    d.attribute = "不予公开"
    issued = rand_date(R, dt.date(2026, 1, 10), dt.date(2026, 11, 20))
    mark = var.get("mark", "内部资料　注意保存")
    if var.get("in_header"):
        d.header_text = mark
    else:
        d.p(mark, "marking")
    d.p(f"{city.name}{dist}{R.choice(['信访', '安全生产', '防汛救灾', '社会救助'])}工作简报", "title")
    d.p(f"第{R.randint(5, 40)}期", "docno")
    d.p(f"{city.name}{dist}人民政府办公室　　　　　　　　{d_cn(issued)}", "plain")
    o = _officials(d, 2)
    d.p(f"本周全{dist}共受理信访事项{R.randint(20, 90)}件，办结率{R.randint(85, 99)}%。{dist}委副书记{o[0]}、副{dist[-1]}长{o[1]}"
        f"分别接访群众。")
    p = d.person()
    d.r("person_name", p)
    m = cnids.mobile(R)
    d.r("mobile", m)
    rel = R.choice(["基督教", "天主教", "伊斯兰教", "佛教"])
    d.r("religion", rel)
    town = R.choice(city.districts[dist][1])
    d.p(f"需关注的情况：{town}居民{p}（联系电话{m}），信仰{rel}，近期多次组织亲友到{dist}政府门前聚集，反映其房屋拆迁补偿问题，"
        f"{town}已安排专人做好稳控。")
    if var.get("mark") == "工作秘密":
        d.note += "“工作秘密”标志（保密法第六十四条）不是国家秘密密级，但不得公开。"
    else:
        d.note += "“内部资料 注意保存”不是国家秘密密级（marking 为 null），属内部资料，不予公开。"
    if var.get("in_header"):
        d.note += "内部标志只在页眉中。"
    d.p(f"报：区委、区政府领导。送：各乡镇（街道），区直有关单位。", "small")


def cable_report(d: Doc, var: dict) -> None:
    """No marking, but it reproduces a 密码电报: the secrecy office must decide."""
    R = d.rng
    city, dist = _city(d)
    d.attribute = "须报审"
    issued = rand_date(R, dt.date(2026, 3, 1), dt.date(2026, 11, 20))
    body = make_body(R, city, f"{city.name}{dist}应急管理局", dist[:1] + "应急", dist)
    no = doc_no(f"{dist[:1]}应急发", 2026, R.randint(10, 80))
    d.k("doc_number", no)
    _header(d, f"{body.name}文件", no)
    d.p(f"关于转发省防汛抗旱指挥部有关防汛工作部署的通知", "title")
    d.p("各乡镇人民政府，区直有关单位：", "plain")
    d.p(f"现将省防汛抗旱指挥部{d_cn(issued - dt.timedelta(days=3))}密码电报（{city.prov[:1]}汛电〔2026〕{R.randint(3, 30)}号）"
        f"主要内容转发如下：一是{R.choice(['汾河', '资江', '沁河'])}上游水库群将于近日实施联合调度，泄洪流量及时段按电报附表执行；"
        f"二是各地要按照电报确定的重点防御区域提前转移群众。请各单位结合实际认真贯彻落实。")
    o = _officials(d, 1)
    d.p(f"区应急管理局局长{o[0]}为本次防汛工作联系人。")
    sign(d, [body.name], issued)
    d.p("（此件公开发布）", "note")
    d.note += ("本文无密级标志（marking 为 null），但转述密码电报内容（条例规定密码电报不得公开），须报保密工作部门确定："
               "起草人附注（此件公开发布）不能直接采纳。")


# ------------------------------------------------------------------ regulations that mention secrets
def regulation(d: Doc, var: dict) -> None:
    R = d.rng
    city, dist = _city(d)
    d.attribute = "主动公开"
    issued = rand_date(R, dt.date(2025, 6, 1), dt.date(2026, 11, 20))
    body = make_body(R, city, f"{city.name}人民政府办公室", "政办", None)
    no = doc_no(f"{city.name[:1]}政办发", issued.year, R.randint(10, 99))
    d.k("doc_number", no)
    _header(d, f"{body.name}文件", no)
    d.p(f"{body.name}关于印发\n{city.name}政府信息公开保密审查办法的通知", "title")
    d.p("各县（区）人民政府，市人民政府各委、办、局：", "plain")
    d.p(f"《{city.name}政府信息公开保密审查办法》已经市人民政府同意，现印发给你们，请认真贯彻执行。")
    sign(d, [body.name], issued)
    d.p("（此件公开发布）", "note")
    d.p(f"{city.name}政府信息公开保密审查办法", "title")
    arts = [
        "为规范政府信息公开保密审查工作，防止国家秘密泄露，根据《中华人民共和国保守国家秘密法》《中华人民共和国保守国家秘密法实施条例》"
        "《中华人民共和国政府信息公开条例》等规定，结合本市实际，制定本办法。",
        "本办法所称保密审查，是指行政机关在政府信息公开前，依照法律法规和国家秘密及其密级具体范围的规定，对拟公开信息是否涉及"
        "国家秘密、工作秘密、商业秘密和个人隐私进行审查的活动。",
        "政府信息公开保密审查遵循“谁公开、谁审查、谁负责”和“先审查、后公开”的原则。未经保密审查的政府信息，不得公开。",
        "下列信息不得公开：（一）标明绝密、机密、秘密密级且未解密的文件、资料；（二）密码电报及其转发件；（三）属于工作秘密的信息；"
        "（四）涉及商业秘密、个人隐私，公开会对第三方合法权益造成损害的信息。",
        "拟公开的信息中含有公民身份号码、银行账号、家庭住址、联系电话、健康状况等个人信息的，应当作去标识化处理或者删除后公开。",
        "对是否属于国家秘密、工作秘密不能确定的，应当报市保密行政管理部门确定。市保密行政管理部门应当在3个工作日内作出答复。",
        "机关、单位不得将依法应当公开的事项确定为国家秘密，不得将涉及国家秘密的信息公开。工作秘密不得公开，标注“内部”“内部资料”的"
        "文件，在公开前应当重新审查。",
        "违反本办法规定，泄露国家秘密的，依法给予处分；构成犯罪的，依法追究刑事责任。",
        "本办法自印发之日起施行。",
    ]
    nums = "一二三四五六七八九十"
    for i, a in enumerate(arts):
        d.p(f"第{nums[i]}条　{a}")
    d.note += "制度文本多次提到国家秘密、机密、绝密、工作秘密、内部资料等词语，均非本文件的密级或内部标志：文件应保持原样公开。"
