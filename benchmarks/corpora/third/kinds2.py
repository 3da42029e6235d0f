"""Document kinds, part 2: decisions, replies, letters."""
import datetime as dt

import ids
import world
from kinds1 import pick, sign_block

APPEAL = ("如不服本决定，可以在收到本决定书之日起六十日内向%s人民政府或者%s申请行政复议，"
          "也可以在六个月内依法向%s人民法院提起行政诉讼。")


def fee_clause(c, doc):
    acct = ids.make_card(c.rng, prefix=c.rng.choice(["1510", "0402", "3700"]), length=19)
    acct = acct[:-1] + str(c.rng.randint(0, 9))
    doc.K(acct, "body_account")
    return ("罚款应当自收到本决定书之日起十五日内，缴至%s%s财政局非税收入专户（户名：%s财政局非税收入汇缴结算户，"
            "开户行：%s%s支行，账号：%s），或通过非税收入电子缴款平台缴纳。到期不缴纳的，每日按罚款数额的百分之三加处罚款。"
            % (c.loc["city"] if c.rng.random() < 0.5 else "", c.cty(), c.cty(), c.rng.choice(["中国工商银行", "中国农业银行", "中国建设银行"]),
               c.cty(), acct))


def k_chufa_person(c):
    doc = c.doc
    doc.kind = "行政处罚决定书"
    doc.attribute = "主动公开"
    agency = c.cty() + pick("chufa", ["交通运输局", "市场监督管理局", "交通运输局", "城市管理综合行政执法局"])
    no = c.docno("%s%s罚〔2026〕%d号" % (c.loc["abbr"], {"交": "交", "市": "市监", "城": "综执"}[agency[len(c.cty())]], c.rng.randint(11, 390)))
    doc.title(agency)
    doc.title("行政处罚决定书", size=18)
    doc.p(no, align="center")
    nm = c.pname()
    raw, b = c.id_raw(1960, 1999)
    idv = world.fmt_id(c.rng, raw, c.rng.choice(["plain", "684", "4444", "lowx"]))
    doc.R(idv, "id_number")
    addr = c.home(full_prefix=True)
    ph = c.mob()
    doc.p("当事人：%s　　性别：%s　　出生日期：%d年%d月%d日" % (nm, "男" if int(raw[16]) % 2 else "女", b.year, b.month, b.day), noindent=True)
    doc.R("%d年%d月%d日" % (b.year, b.month, b.day), "other_private")
    doc.p("公民身份号码：%s" % idv, noindent=True)
    doc.p("住址：%s　　联系电话：%s" % (addr, ph), noindent=True)
    d1 = c.rdate(2, 8)
    e1, e2 = c.oname(), c.oname()
    n1 = "%s%05d" % (c.loc["cur"][:4], c.rng.randint(100, 99999))
    n2 = "%s%05d" % (c.loc["cur"][:4], c.rng.randint(100, 99999))
    doc.K(n1, "other_public")
    doc.K(n2, "other_public")
    if "交通" in agency:
        plate = ids.make_plate(c.rng, *c.loc["plate"], nev=c.rng.random() < 0.3)
        vin = ids.make_vin(c.rng)
        doc.R(plate, "plate")
        doc.R(vin, "vin")
        fact = ("%s，本局执法人员%s（执法证号：%s）、%s（执法证号：%s）在%s%s路段（G5京昆高速连接线）检查时发现，当事人驾驶号牌为%s（车辆识别代号%s）的"
                "小型普通客车，未取得道路运输经营许可，擅自从事网络预约出租汽车经营活动，车上乘客%s称其通过手机软件约车，"
                "约定车费48元。" % (c.date(d1), e1, n1, e2, n2, c.cty(), c.rng.choice(c.loc["roads"]), plate, vin, c.pname()))
        basis = "《网络预约出租汽车经营服务管理暂行办法》第三十四条"
        fine = "10000"
    elif "市场" in agency:
        fact = ("%s，本局执法人员%s、%s（执法证号分别为%s、%s）对当事人在%s%s经营的水果摊点进行检查，发现其使用的电子计价秤"
                "未经检定，且计量作弊，当场查扣电子计价秤1台。" % (c.date(d1), e1, e2, n1, n2, c.cty(), c.rng.choice(c.loc["roads"]) + "农贸市场"))
        basis = "《中华人民共和国计量法实施细则》第四十三条"
        fine = "2000"
    else:
        fact = ("%s，本局执法人员%s、%s（执法证号：%s、%s）巡查发现，当事人在%s%s东侧人行道擅自设置户外广告牌1块，"
                "影响市容，经责令限期改正后逾期未改正。" % (c.date(d1), e1, e2, n1, n2, c.cty(), c.rng.choice(c.loc["roads"])))
        basis = "《城市市容和环境卫生管理条例》第三十六条"
        fine = "1500"
    doc.p(fact)
    doc.p("上述事实有现场检查笔录、询问笔录、现场照片、视听资料等证据为证。%s，本局向当事人送达了《行政处罚告知书》，"
          "依法告知了当事人拟作出行政处罚的事实、理由、依据及其享有的陈述、申辩和听证的权利。当事人在法定期限内未提出陈述、申辩，"
          "也未要求听证。" % c.date(d1 + dt.timedelta(days=9)))
    amt = doc.K("人民币%s元" % fine if c.rng.random() < 0.5 else "%s元" % fine, "amount")
    doc.p("本局认为，当事人的上述行为违反了相关规定，依据%s，决定给予以下行政处罚：罚款%s。" % (basis, amt))
    doc.p(fee_clause(c, doc))
    doc.p(APPEAL % (c.cty(), c.loc["city"] + agency[len(c.cty()):], c.cty()))
    d2 = d1 + dt.timedelta(days=c.rng.randint(20, 40))
    sign_block(c, agency, d2)
    doc.note = ("自然人当事人：姓名、出生日期、身份证号、住址、电话、车牌与车辆识别代号 redact；执法人员姓名及执法证号、"
                "财政非税收入专户账号 keep。")
    return doc


def k_chufa_company(c):
    doc = c.doc
    doc.kind = "行政处罚决定书"
    doc.attribute = "主动公开"
    agency = c.cty() + c.rng.choice(["市场监督管理局", "应急管理局", "生态环境分局"])
    no = c.docno("%s%s罚字〔2026〕第%d号" % (c.loc["abbr"], agency[len(c.cty()):len(c.cty()) + 2], c.rng.randint(5, 120)))
    doc.title("%s行政处罚决定书" % agency)
    doc.p(no, align="right")
    comp = c.loc["county"] + c.rng.choice(["鑫源", "恒达", "宏昌", "瑞丰", "金穗", "永盛"]) + c.rng.choice(["食品", "建材", "化工", "商贸"]) + "有限公司"
    doc.K(comp, "company_name")
    code = c.uscc("91")
    legal = c.names.get()
    doc.K(legal, "person_name")
    legal_id = c.pid(style="plain", y0=1965, y1=1990)
    caddr = c.oaddr()
    doc.p("当事人：%s" % comp, noindent=True)
    doc.p("统一社会信用代码：%s" % code, noindent=True)
    doc.p("住所：%s" % caddr, noindent=True)
    doc.p("法定代表人：%s　　身份证号码：%s" % (legal, legal_id), noindent=True)
    worker = c.pname()
    wid = c.pid(style=c.rng.choice(["plain", "stray"]), y0=1970, y1=1999)
    d1 = c.rdate(1, 7)
    doc.p("%s，本局接到举报后依法对当事人生产经营场所进行检查。经查，当事人车间班组负责人%s（身份证号码%s）组织员工在未采取防护措施的情况下"
          "进行作业，当事人未按规定对从业人员进行安全生产教育和培训。现场检查时，该公司员工%s称其入职后未参加过任何培训。" %
          (c.date(d1), worker, wid, c.pname()))
    doc.p("本局于%s向当事人送达了行政处罚告知书，告知其陈述、申辩和听证的权利。当事人在规定期限内提交了书面陈述，"
          "本局经复核，对其陈述意见不予采纳。" % c.date(d1 + dt.timedelta(days=12)))
    amt = doc.K("%s万元" % c.rng.choice(["3", "5", "2.5", "8"]), "amount")
    doc.p("依据《中华人民共和国安全生产法》第九十七条规定，本局决定对当事人处以罚款%s。" % amt)
    doc.p(fee_clause(c, doc))
    doc.p(APPEAL % (c.cty(), c.loc["city"] + agency[len(c.cty()):].replace("分局", "局"), c.cty()))
    sign_block(c, agency, d1 + dt.timedelta(days=30))
    doc.note = ("企业当事人：公司名称、统一社会信用代码、住所、法定代表人姓名 keep；法定代表人身份证号、班组负责人（带身份证号的私人）及员工姓名 redact。")
    return doc


def k_xinxi_reply(c, channel=None, outcome=None):
    doc = c.doc
    doc.kind = "政府信息公开申请答复书"
    doc.attribute = "依申请公开"
    agency = c.cty() + c.rng.choice(["自然资源局", "住房和城乡建设局", "民政局", "人力资源和社会保障局", "农业农村局"])
    no = c.docno("%s%s依复〔2026〕%d号" % (c.loc["abbr"], agency[len(c.cty())], c.rng.randint(2, 66)))
    doc.title("%s政府信息公开申请答复书" % agency)
    doc.p(no, align="center")
    app = c.pname()
    doc.p("%s：" % app, noindent=True)
    d0 = c.rdate(2, 9)
    channel = channel or pick("channel", ["email", "mail", "online", "inperson"])
    if channel == "email":
        mail = c.rng.choice(["%s%d@163.com", "%s_%d@126.com", "%s%d@qq.com"]) % (c.rng.choice(["zhang", "wly", "lao", "hqx", "sun", "xiaoma"]), c.rng.randint(10, 9999))
        doc.R(mail, "email_private")
        how = "本机关于%s收到您通过电子邮件（%s）提交的政府信息公开申请" % (c.date(d0), mail)
    elif channel == "mail":
        addr = c.home(full_prefix=True)
        how = "本机关于%s收到您以挂号信方式邮寄的《政府信息公开申请表》（寄件地址为%s）" % (c.date(d0), addr)
    elif channel == "online":
        how = "本机关于%s通过%s政府门户网站政府信息公开在线申请平台收到您提交的申请（申请编号：YSQ2026%06d）" % (c.date(d0), c.cty(), c.rng.randint(1, 999999))
    else:
        how = "您于%s到本机关政务服务窗口当面提交了政府信息公开申请" % c.date(d0)
    topic = c.rng.choice(["%s村2025年宅基地审批情况", "%s村集体土地征收补偿安置方案及补偿款发放明细", "%s村2025年农村危房改造补助对象名单",
                          "%s村最低生活保障对象审批材料"]) % c.rng.choice(c.town()[1])
    doc.p("%s，申请获取“%s”。本机关已依法受理，现答复如下：" % (how, topic))
    outcome = outcome or c.rng.choice(["partial", "exists", "none"])
    if outcome == "partial":
        doc.p("经查，您申请的信息属于本机关公开职责范围。根据《中华人民共和国政府信息公开条例》第十五条、第三十七条的规定，"
              "该信息中涉及第三方的公民身份号码、银行账号、联系电话和家庭住址属于个人隐私，公开后可能损害第三方合法权益，"
              "本机关已作区分处理，现将可以公开的部分提供给您（见附件）。")
        third = c.pname()
        doc.p("另，您在申请中提及的%s，经本机关书面征求其意见，其于%s回复不同意公开其个人信息，本机关依法不予提供。" % (third, c.date(d0 + dt.timedelta(days=10))))
    elif outcome == "exists":
        doc.p("经查，您申请获取的信息已于2026年3月在%s政府门户网站“政府信息公开—法定主动公开内容”栏目中主动公开，"
              "根据《中华人民共和国政府信息公开条例》第三十六条第（一）项的规定，请您自行登录查阅。" % c.cty())
    else:
        doc.p("经检索本机关档案及业务系统，未找到您申请的信息。根据《中华人民共和国政府信息公开条例》第三十六条第（四）项的规定，"
              "告知您该政府信息不存在。")
    if c.rng.random() < 0.6:
        ph = c.mob()
        doc.p("您在申请表中留存的联系电话为%s，如对本答复内容有疑问，本机关工作人员将与您电话沟通。" % ph)
    doc.p("如对本答复不服，可以在收到本答复之日起六十日内向%s人民政府申请行政复议，或者在六个月内向%s人民法院提起行政诉讼。" % (c.cty(), c.cty()))
    d1 = d0 + dt.timedelta(days=c.rng.randint(12, 19))
    doc.blank()
    doc.p("（此件依申请公开）" if c.rng.random() < 0.5 else "", noindent=True)
    staff = c.oname()
    doc.p("联系人：%s　　联系电话：%s" % (staff, c.otel()), noindent=True)
    sign_block(c, agency, d1)
    doc.note = "答复申请人：申请人姓名、私人邮箱、寄件地址、手机 redact；经办联系人及机关办公电话 keep。"
    return doc


def k_buzheng(c):
    doc = c.doc
    doc.kind = "政府信息公开申请补正告知书"
    doc.attribute = "依申请公开"
    agency = c.cty() + c.rng.choice(["教育体育局", "卫生健康委员会", "公安局", "财政局"])
    no = c.docno("%s依补〔2026〕%d号" % (c.loc["abbr"], c.rng.randint(1, 30)))
    doc.title("政府信息公开申请补正告知书")
    doc.p(no, align="right")
    app = c.pname()
    doc.p("%s（身份证号：%s）：" % (app, c.pid(style=c.rng.choice(["plain", "4444"]))), noindent=True)
    d0 = c.rdate()
    doc.p("本机关于%s收到您通过“%s政务服务网”提交的政府信息公开申请，您申请公开“本县2025年以来所有文件”。经审查，您的申请内容不明确，"
          "根据《中华人民共和国政府信息公开条例》第二十九条、第三十条的规定，请您自收到本告知书之日起15个工作日内对申请内容作出补正，"
          "说明所需政府信息的名称、文号或者便于本机关查询的其他特征性描述。无正当理由逾期不补正的，视为放弃申请。" % (c.date(d0), c.loc["prov"]))
    doc.p("补正材料可寄送至%s（邮编%s），或发送至本机关政府信息公开专用邮箱%s。" % (c.oaddr(), c.loc["post"],
                                                        doc.K("%sxxgk@%s" % (c.loc["key"], c.rng.choice(["163.com", "126.com"])), "email_office")))
    doc.p("联系人：%s　　电话：%s" % (c.oname(), c.otel()), noindent=True)
    sign_block(c, agency, d0 + dt.timedelta(days=5))
    doc.note = "机关公开专用邮箱虽在163/126公共邮箱上，属机关自身联系方式 keep；申请人姓名、身份证号 redact。"
    return doc


def k_xinfang(c, kind="处理意见书"):
    doc = c.doc
    doc.kind = "信访事项" + kind
    doc.attribute = "依申请公开"
    scen = pick("xinfang", ["religion", "wage", "neighbor", "dibao"])
    dept = {"wage": "人力资源和社会保障局", "neighbor": "自然资源局", "dibao": "民政局", "religion": "民族宗教事务局"}[scen]
    agency = c.cty() + dept if kind == "处理意见书" else c.gov()
    no = c.docno("%s信%s〔2026〕%d号" % (c.loc["abbr"], "处" if kind == "处理意见书" else "复", c.rng.randint(3, 150)))
    doc.title("%s\n信访事项%s" % (agency, kind))
    doc.p(no, align="center")
    pet = c.pname()
    raw, b = c.id_raw(1950, 1985)
    idv = world.fmt_id(c.rng, raw)
    doc.R(idv, "id_number")
    addr = c.home()
    ph = c.mob()
    sex = "男" if int(raw[16]) % 2 else "女"
    doc.p("信访人：%s，%s，%d年%d月出生，公民身份号码%s，现住%s，联系电话%s。" % (pet, sex, b.year, b.month, idv, addr, ph))
    doc.R("%d年%d月出生" % (b.year, b.month), "other_private")
    d0 = c.rdate(1, 8)
    spouse = c.pname(female=(sex == "男"))
    if pick("idbreak", [True, False]):
        k = c.rng.randint(4, 14)
        doc.p("信访人%s的身份证号码另见来信所附复印件：%s\n%s（与上文一致）。" % (pet, idv[:k], idv[k:]))
    if b.year < 1965 and c.rng.random() < 0.6:
        old15 = raw[:6] + raw[8:17]
        doc.R(old15, "old_id_number")
        doc.p("信访人所附1995年土地承包合同上登记的身份证号码为15位旧号码%s。" % old15)
    if c.rng.random() < 0.4:
        doc.p("信访人另留家中座机%s，便于联系。" % c.home_tel())
    if scen == "wage":
        boss = c.pname()
        bid = c.pid(style=c.rng.choice(["plain", "684h"]), y0=1970, y1=1990)
        doc.p("你于%s来信反映：你和你的配偶%s于2025年在%s承建的%s项目务工，班组负责人%s（身份证号%s）拖欠你二人工资共计%s，多次讨要未果。"
              % (c.date(d0), spouse, c.rng.choice(["山西", "河北", "河南"]) + c.rng.choice(["宏远", "建工", "顺达"]) + "建设有限公司",
                 c.rng.choice(c.loc["roads"]) + "安置小区", boss, bid, doc.K("38600元", "amount")))
        doc.p("经调查核实：该项目总承包单位已将人工费足额拨付至班组负责人%s，%s本人承认尚欠你二人工资。经本局约谈，%s已于%s通过银行转账方式将欠薪分别支付至你的银行卡%s和你配偶的银行卡%s。"
              % (boss, boss, boss, c.date(d0 + dt.timedelta(days=20)), c.card(style=c.rng.choice(["4s", "4d", "plain"])),
                 c.card(style=c.rng.choice(["4s", "plain"]))))
    elif scen == "neighbor":
        nb = c.pname()
        doc.p("你于%s到%s信访接待中心来访反映：邻居%s家住你家东侧，其翻建房屋时占用你家宅基地约12平方米，且%s的儿子%s（手机号%s）多次与你发生争执。你的%s%s称，"
              "2025年冬曾因此事被推搡致伤。" % (c.date(d0), c.cty(), nb, nb, c.pname(kin=nb), c.mob(), "妻子" if sex == "男" else "丈夫", spouse))
        h = c.rng.choice(["左腕骨折", "软组织挫伤", "轻微脑震荡"])
        doc.R(h, "health")
        doc.p("经调查：%s所诉受伤一事，%s派出所已于2025年12月受理，经鉴定为%s，该治安案件已依法处理。宅基地界址问题，经镇国土所现场勘测，"
              "%s新建房屋未超出其审批范围。" % (spouse, c.town()[0], h, nb))
    elif scen == "dibao":
        son = c.pname(kin=pet)
        doc.p("你于%s通过网上信访平台反映：你家庭生活困难，你本人患%s，长期靠药物维持，儿子%s在外务工收入微薄，配偶%s在家务农，申请低保未获批准。" %
              (c.date(d0), doc.R(c.rng.choice(["糖尿病并发症", "冠心病", "慢性阻塞性肺病"]), "health"), son, spouse))
        doc.p("经核查，你家庭共有3人，经核对，你的儿子%s名下登记有小型轿车一辆（号牌%s），且2025年人均收入高于当地低保标准，"
              "依据《最低生活保障审核确认办法》第十条，暂不符合低保条件。" % (son, doc.R(ids.make_plate(c.rng, *c.loc["plate"]), "plate")))
    else:
        doc.p("你于%s来信反映：你系%s信众，要求在你村原有活动场所基础上扩建，并申请将你家住宅作为临时聚会点。" %
              (c.date(d0), doc.R(c.rng.choice(["基督教", "天主教"]), "religion")))
        doc.p("经调查核实，你村所在区域已有依法登记的宗教活动场所，根据《宗教事务条例》第三十三条的规定，"
              "你家住宅不具备设立临时活动地点的条件，本机关依法不予支持。你的配偶%s亦参加了当日的调查座谈。" % spouse)
        rec = c.pname()
        cr = c.rng.choice(["曾因非法吸收公众存款罪被判处有期徒刑二年", "曾因诈骗罪被判处有期徒刑一年六个月"])
        doc.R(cr, "criminal_record")
        doc.p("你信中所提组织者%s，经查%s，现已刑满释放，本机关已提醒其依法依规参加宗教活动。" % (rec, cr))
    if kind == "处理意见书":
        doc.p("综上，根据《信访工作条例》第三十二条的规定，本机关提出如下处理意见：对你反映的问题，已依法依规处理，予以支持（部分支持）。"
              "如对本处理意见不服，可以自收到本意见书之日起30日内向%s人民政府书面申请复查。" % c.cty())
    else:
        doc.p("综上，%s原处理意见事实清楚、适用依据正确，本机关予以维持。如对本复查意见不服，可以自收到之日起30日内向%s人民政府书面提出复核请求。" % (agency, c.loc["city"]))
    d1 = d0 + dt.timedelta(days=c.rng.randint(25, 55))
    sign_block(c, agency, d1)
    doc.p("抄送：%s人民政府信访局" % c.cty(), noindent=True)
    doc.note = "信访答复（送信访人本人），私人信息全部 redact；宗教信仰、犯罪记录、伤情病情按最短片段标注。"
    return doc


def k_12345(c):
    doc = c.doc
    doc.kind = "12345热线工单答复"
    doc.attribute = "依申请公开"
    doc.K("12345", "service_number")
    gd = "%s%s%07d" % (c.rng.choice(["GD", "RX", "ZX"]), dt.date(2026, c.rng.randint(1, 10), c.rng.randint(1, 28)).strftime("%Y%m%d"), c.rng.randint(1, 9999999))
    doc.K(gd, "case_number")
    doc.title("%s12345政务服务便民热线工单办理情况答复" % c.cty())
    caller = c.pname()
    ph = c.mob(style=c.rng.choice(["plain", "344", "86"]))
    addr = c.home()
    rows = [["工单编号", gd], ["来电人", caller], ["来电号码", ph], ["来电时间", "2026-%02d-%02d %02d:%02d" % (c.rng.randint(1, 10), c.rng.randint(1, 28), c.rng.randint(8, 20), c.rng.randint(0, 59))],
            ["诉求类型", c.rng.choice(["投诉", "求助", "咨询"])], ["承办单位", c.cty() + c.rng.choice(["住房和城乡建设局", "城市管理局", "市场监督管理局"])]]
    doc.table(rows, header_rows=0)
    child = c.pname(child=True, kin=caller)
    grade = c.rng.choice(["四年级", "五年级", "初二"])
    doc.R(grade, "minor")
    doc.p("诉求内容：市民%s来电反映，其住在%s，楼下烧烤店每晚经营至凌晨2点，油烟和噪音严重，其孩子%s（%s学生）因此长期睡眠不足。"
          "来电人要求相关部门尽快处理，并要求回电。" % (caller, addr, child, grade))
    if pick("12345mail", [True, False]):
        em = doc.R("%s%d@%s" % (c.rng.choice(["happy", "lily", "wangjun", "xyz"]), c.rng.randint(100, 99999), c.rng.choice(["qq.com", "163.com", "sina.com"])), "email_private")
        doc.p("来电人另要求将书面答复发送至其个人邮箱%s。" % em)
    shop_owner = c.pname()
    doc.p("办理情况：接件后，执法人员于次日晚间到现场核查，该烧烤店经营者%s（联系电话%s）确存在超时经营、未安装油烟净化设施的问题。执法人员当场下达"
          "《责令限期改正通知书》，要求其在7日内安装油烟净化装置并于22时前停止室外经营。%s日复查，已整改到位。" %
          (shop_owner, c.mob(), c.rng.choice(["第8", "第10"])))
    if c.rng.random() < 0.6:
        pl = doc.R(ids.make_plate(c.rng, *c.loc["plate"], nev=c.rng.random() < 0.5), "plate")
        doc.p("来电人同时反映，该经营者的送货车辆（号牌%s）长期占用小区消防通道停放，已移交交警部门处理。" % pl)
    doc.p("回访情况：已于工单办结前电话回访来电人%s，对办理结果表示满意。" % caller)
    doc.p("承办人：%s　　审核人：%s　　办公电话：%s" % (c.oname(), c.oname(), c.otel()), noindent=True)
    doc.note = "12345工单答复（回复来电人）：来电人及经营者姓名、电话、住址和未成年子女信息 redact；工单编号、12345、承办人员与办公电话 keep。"
    return doc


def k_zhongbiao(c):
    doc = c.doc
    doc.kind = "中标结果公告"
    doc.attribute = "主动公开"
    buyer = c.cty() + c.rng.choice(["教育体育局", "卫生健康委员会", "水利局", "农业农村局"])
    proj = c.rng.choice(["2026年中小学教学设备采购项目", "农村饮水安全巩固提升工程", "乡镇卫生院医疗设备采购项目", "高标准农田建设项目（二标段）"])
    pid = "%s%s2026-%03d" % (c.loc["key"].upper(), c.rng.choice(["ZFCG", "GC", "CG"]), c.rng.randint(1, 180))
    doc.K(pid, "case_number")
    doc.title("%s%s%s公告" % (c.cty(), proj, c.rng.choice(["中标结果", "成交结果"])))
    doc.p("一、项目编号：%s" % pid, noindent=True)
    doc.p("二、项目名称：%s" % proj, noindent=True)
    win = c.loc["prov"][:2] + c.rng.choice(["华联", "科信", "中恒", "博远", "天成"]) + c.rng.choice(["科技", "建设工程", "教育装备"]) + "有限公司"
    doc.K(win, "company_name")
    code = c.uscc("91")
    waddr = c.oaddr()
    price = "%s元" % "{:,}.00".format(c.rng.randint(300000, 9000000))
    doc.K(price, "amount")
    doc.p("三、中标（成交）信息", noindent=True)
    doc.table([["供应商名称", "统一社会信用代码", "供应商地址", "中标（成交）金额"], [win, code, waddr, price]])
    doc.p("四、评审专家名单：%s（组长）、%s、%s、%s、%s（采购人代表）" % tuple(doc.K(c.names.get(), "person_name") for _ in range(5)), noindent=True)
    doc.p("五、公告期限：自本公告发布之日起1个工作日。", noindent=True)
    doc.p("六、凡对本次公告内容提出询问，请按以下方式联系。", noindent=True)
    doc.p("1.采购人信息", noindent=True)
    doc.p("名称：%s　　地址：%s　　联系人：%s　　联系方式：%s" % (buyer, c.oaddr(), c.oname(), c.otel()), noindent=True)
    agent = c.loc["city"] + c.rng.choice(["正信", "诚达", "公诚"]) + "招标代理有限公司"
    doc.K(agent, "company_name")
    acode = c.uscc("91")
    aperson = c.names.get()
    doc.K(aperson, "person_name")
    doc.p("2.采购代理机构信息", noindent=True)
    doc.p("名称：%s（统一社会信用代码：%s）　　地址：%s　　项目联系人：%s　　电话：%s" % (agent, acode, c.oaddr(), aperson, c.otel()), noindent=True)
    sign_block(c, agent, c.rdate())
    doc.note = ("政府采购结果公告：供应商及代理机构名称、信用代码、地址、金额、评审专家、采购人及代理机构项目联系人（企业员工，依法公布）及其办公电话均 keep。")
    return doc


def k_xuke(c):
    doc = c.doc
    doc.kind = "行政许可决定书"
    doc.attribute = "主动公开"
    agency = c.cty() + "行政审批服务管理局"
    no = c.docno("%s审批许字〔2026〕%d号" % (c.loc["abbr"], c.rng.randint(10, 800)))
    doc.title("准予行政许可决定书")
    doc.p(no, align="center")
    indiv = pick("xuke", [True, False])
    if indiv:
        shop = c.cty() + c.rng.choice(["老街坊", "家和", "味之源", "小城故事"]) + c.rng.choice(["餐馆", "面馆", "便利店"])
        doc.K(shop, "company_name")
        code = ids.make_uscc(c.rng, "92", c.loc["cur"])
        doc.K(code, "credit_code_individual")
        op = c.names.get()
        doc.K(op, "person_name")
        oid = c.pid(style="plain", y0=1970, y1=1998)
        doc.p("申请人：%s（个体工商户）　　统一社会信用代码：%s" % (shop, code), noindent=True)
        doc.p("经营者：%s　　身份证号：%s　　联系电话：%s" % (op, oid, c.mob()), noindent=True)
        item = "食品经营许可"
    else:
        shop = c.cty() + c.rng.choice(["康泰", "仁和", "益民"]) + "大药房有限公司"
        doc.K(shop, "company_name")
        code = c.uscc("91")
        legal = c.names.get()
        doc.K(legal, "person_name")
        doc.p("申请人：%s　　统一社会信用代码：%s" % (shop, code), noindent=True)
        doc.p("法定代表人：%s　　质量负责人：%s（执业药师注册证号：%s）" % (legal, c.pname(), doc.R("4414%08d" % c.rng.randint(0, 99999999), "other_private")), noindent=True)
        item = "药品经营许可"
    site = c.oaddr()
    d0 = c.rdate()
    doc.p("你（单位）于%s提出的%s申请，本机关已于当日受理。经审查，你（单位）的申请符合法定条件、标准，根据《中华人民共和国行政许可法》第三十八条第一款的规定，"
          "本机关决定准予行政许可。经营场所：%s。" % (c.date(d0), item, site))
    doc.p("请于收到本决定书之日起到%s政务服务中心%d号窗口领取许可证件。咨询电话：%s。" % (c.cty(), c.rng.randint(3, 40), c.otel()))
    sign_block(c, agency, d0 + dt.timedelta(days=c.rng.randint(3, 15)))
    doc.note = ("行政许可‘双公示’：主体名称、信用代码（含92个体工商户代码，按登记公示信息 keep）、经营者/法定代表人姓名、经营场所 keep；"
                "身份证号、手机、执业证号 redact。")
    return doc
