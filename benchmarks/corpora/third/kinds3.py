"""Document kinds, part 3: official, internal and marked documents."""
import datetime as dt

import ids
import world
from kinds1 import pick, sign_block

REF = dt.date(2026, 12, 1)


def set_marking(c, level, period, d, fenhao=True, urgency=None):
    doc = c.doc
    exp = ids.add_period(d, period)
    doc.marking = {"level": level, "period": period, "marked_on": d.isoformat(),
                   "expires_on": exp.isoformat() if exp else None}
    lines = []
    if fenhao:
        lines.append("%06d" % c.rng.randint(1, 300))
    lines.append("%s★%s" % (level, period))
    if urgency:
        lines.append(urgency)
    for ln in lines:
        doc.p(ln, noindent=True, bold=True)
    if exp is None or exp > REF:
        doc.attribute = "不予公开"
        return "in force"
    doc.attribute = "须报审"
    return "expired"


def k_renmian(c):
    doc = c.doc
    doc.kind = "人事任免通知"
    doc.attribute = "主动公开"
    no = c.docno("%s政任〔2026〕%d号" % (c.loc["abbr"], c.rng.randint(1, 30)))
    doc.title("%s\n关于%s等同志职务任免的通知" % (c.gov(), "〇〇"))
    first = c.oname()
    doc.blocks[-1] = ("p", "%s\n关于%s等同志职务任免的通知" % (c.gov(), first), {"title": True})
    doc.p(no, align="center")
    doc.p("各乡镇人民政府、街道办事处，县直各单位：", noindent=True)
    doc.p("经%s人民政府%s第%d次常务会议研究决定：" % (c.cty(), "2026年", c.rng.randint(3, 30)))
    posts = ["县教育体育局副局长", "县卫生健康委员会副主任", "县民政局局长", "县农业农村局副局长", "县医疗保障局局长", "县市场监督管理局副局长（试用期一年）"]
    c.rng.shuffle(posts)
    doc.p("任命%s为%s；" % (first, posts[0]))
    for p in posts[1:4]:
        doc.p("任命%s为%s；" % (c.oname(), p))
    doc.p("免去%s的%s职务，另有任用；" % (c.oname(), posts[4].replace("（试用期一年）", "")))
    doc.p("免去%s的%s职务，退休。" % (c.oname(), posts[5].replace("（试用期一年）", "")))
    d = c.rdate()
    sign_block(c, c.gov(), d)
    doc.p("（此件公开发布）", noindent=True)
    doc.note = "任免通知：官员姓名履职信息 keep。"
    return doc


def k_renqian(c):
    doc = c.doc
    doc.kind = "干部任前公示"
    doc.attribute = "主动公开"
    doc.title("中共%s委组织部\n干部任前公示" % c.cty())
    doc.p("根据《党政领导干部选拔任用工作条例》有关规定，经县委常委会研究，拟对以下同志进行提拔任用，现予以公示：")
    rows = [["姓名", "性别", "出生年月", "籍贯", "学历", "现任职务", "拟任职务"]]
    for _ in range(c.rng.randint(4, 7)):
        n = c.oname()
        rows.append([n, c.rng.choice(["男", "女"]), "%d.%02d" % (c.rng.randint(1975, 1990), c.rng.randint(1, 12)),
                     c.loc["prov"][:2] + c.rng.choice(["忻州", "邢台", "宁波", "绵阳", "阜阳", "郑州", "长沙", "赣州"]),
                     c.rng.choice(["大学", "研究生", "在职研究生"]), c.rng.choice(["县委办公室副主任", "某镇党委副书记", "县财政局副局长", "县审计局四级主任科员"]).replace("某镇", c.town()[0]),
                     c.rng.choice(["乡镇党委书记人选", "县直部门正职人选", "县直部门副职"])])
    doc.table(rows)
    d0 = c.rdate()
    doc.p("公示期为%s至%s（5个工作日）。公示期间，单位或个人可通过来信、来电、来访等方式反映公示对象的有关情况和问题。"
          % (c.date(d0), c.date(d0 + dt.timedelta(days=7))))
    doc.K("12380", "service_number")
    doc.p("举报电话：%s（%s）　　举报网站：%s12380网站　　来信地址：%s（县委组织部干部监督室）" %
          (doc.K(c.loc["area"] + "-12380", "landline_office"), c.otel(), c.cty(), c.oaddr()))
    sign_block(c, "中共%s委组织部" % c.cty(), d0)
    doc.note = "干部任前公示：拟任干部姓名、出生年月等依组织规定公开 keep；12380 举报电话 keep。"
    return doc


def k_jiyao(c):
    doc = c.doc
    doc.kind = "会议纪要"
    doc.attribute = "不予公开"
    doc.title("%s人民政府常务会议纪要" % c.cty())
    num = c.rng.randint(3, 25)
    doc.p("〔2026〕第%d次" % num, align="center")
    d = c.rdate()
    chair = c.oname()
    doc.p("%s，县长%s主持召开县人民政府第%d次常务会议，研究安置房分配、信访积案化解等事项。纪要如下：" % (c.date(d), chair, num))
    doc.p("一、关于%s安置小区分配方案" % c.rng.choice(c.loc["roads"]), noindent=True, bold=True)
    doc.p("会议原则同意县住建局提出的分配方案（讨论稿），由%s副县长牵头，于月底前再次征求安置户意见后提交县委常委会。" % c.oname())
    doc.p("二、关于信访积案化解", noindent=True, bold=True)
    p1, p2 = c.pname(), c.pname()
    doc.p("会议听取了县信访局关于重点信访人员稳控情况的汇报。对长期赴省进京上访的%s（身份证号%s，手机%s）和%s（住%s）两户，"
          "由%s牵头成立专班，一人一策，务必在节前化解。%s反映的征地补偿问题，由自然资源局会同%s镇按原批复补足差额。" %
          (p1, c.pid(), c.mob(), p2, c.home(), c.oname(), p1, c.town()[0].replace("镇", "")))
    if pick("jiyao", [True, False, True]):
        jz = c.pname()
        cr = doc.R(c.rng.choice(["因交通肇事罪被判处有期徒刑一年、缓刑二年", "因盗窃罪被判处拘役六个月、缓刑一年"]), "criminal_record")
        doc.p("社区矫正对象%s（%s）多次到县政府门前聚集，由司法局负责落实帮教措施。" % (jz, cr))
    p3 = c.pname()
    doc.p("关于%s之子%s在安置房分配中提出的增配申请，其妻%s已书面撤回，会议同意不再研究。" % (p3, c.pname(kin=p3), c.pname(female=True)))
    doc.p("三、其他事项", noindent=True, bold=True)
    doc.p("会议要求各部门严格执行保密纪律，本纪要内容未经批准不得对外公开。")
    att = "、".join(c.oname() for _ in range(6))
    doc.p("出席：%s" % att, noindent=True)
    doc.p("列席：县政府办、住建局、信访局、自然资源局主要负责同志", noindent=True)
    doc.p("（此件不予公开）", noindent=True)
    doc.note = "常务会议纪要：过程性信息，不予公开（条例第十六条）；出席领导 keep，纪要中涉及的信访人信息 redact。"
    return doc


def k_zhengqiu(c):
    doc = c.doc
    doc.kind = "征求意见函（征求意见稿）"
    doc.attribute = "不予公开"
    agency = c.cty() + c.rng.choice(["民政局", "医疗保障局", "财政局"])
    no = c.docno("%s%s函〔2026〕%d号" % (c.loc["abbr"], agency[len(c.cty())], c.rng.randint(5, 90)))
    doc.title("关于征求《%s城乡困难群众临时救助实施细则（征求意见稿）》意见的函" % c.cty())
    doc.p(no, align="center")
    doc.p("县财政局、县卫健委、县医保局、县教体局，各乡镇人民政府、街道办事处：", noindent=True)
    doc.p("为进一步规范临时救助工作，我局起草了《%s城乡困难群众临时救助实施细则（征求意见稿）》，现印送你们，请结合工作实际认真研究，"
          "于%s前将书面意见（加盖公章）反馈我局社会救助股。逾期未反馈的，视为无意见。" % (c.cty(), c.date(c.rdate())))
    doc.p("联系人：%s　　联系电话：%s　　电子邮箱：%s" % (c.oname(), c.otel(), doc.K("%smzjshjz@163.com" % c.loc["key"], "email_office")), noindent=True)
    doc.p("书面意见正文请用仿宋_GB2312三号字，标题用宋体加粗，并注明修改条款及理由。")
    doc.p("附件：%s城乡困难群众临时救助实施细则（征求意见稿）" % c.cty(), noindent=True)
    doc.p("第一条　为切实保障困难群众基本生活，根据《社会救助暂行办法》等规定，结合本县实际，制定本细则。")
    doc.p("第二条　临时救助对象为因突发事件、意外事故、罹患重大疾病或其他特殊原因导致基本生活暂时出现严重困难的家庭或个人。")
    doc.p("第三条　救助标准：一般按照当地城市低保标准的2至6倍确定，特殊情况可“一事一议”。")
    sign_block(c, agency, c.rdate())
    doc.note = "政府内部征求意见稿（过程性信息）：不予公开；机关联系人和163邮箱 keep。"
    return doc


def k_qingshi(c, wrong_note=False):
    doc = c.doc
    doc.kind = "请示"
    doc.attribute = "不予公开"
    agency = c.cty() + c.rng.choice(["民政局", "应急管理局", "农业农村局"])
    no = c.docno("%s%s字〔2026〕%d号" % (c.loc["abbr"], agency[len(c.cty())], c.rng.randint(5, 60)))
    doc.p(no + "　　　　　　　　签发人：" + c.oname(), noindent=True)
    doc.title("%s关于申请拨付受灾群众过渡期生活救助资金的请示" % agency)
    doc.p("%s人民政府：" % c.cty(), noindent=True)
    doc.p("受%s强降雨影响，我县%s等乡镇部分农户房屋倒塌或严重损坏。经核查，共需安排过渡期生活救助%d户，按每人每天20元、救助3个月标准，需资金%s。" %
          (c.date(c.rdate(6, 8)), c.town()[0], c.rng.randint(20, 80), doc.K("%d.6万元" % c.rng.randint(11, 48), "amount")))
    doc.p("其中情况特殊的有：", noindent=True)
    rows = [["户主", "身份证号", "受灾情况", "家庭情况"]]
    for _ in range(c.rng.randint(3, 6)):
        n = c.pname()
        dz = c.rng.choice(["偏瘫", "双目失明", "晚期肝癌", "阿尔茨海默病"])
        doc.R(dz, "health")
        rows.append([n, c.pid(style="plain"), c.rng.choice(["房屋全倒", "房屋严重损坏"]), "户主%s，独居" % dz])
    doc.table(rows)
    doc.p("妥否，请批示。")
    sign_block(c, agency, c.rdate(7, 9))
    doc.p("（联系人：%s，电话：%s）" % (c.oname(), c.otel()), noindent=True)
    doc.note = "上行请示（过程性信息）：不予公开；其中受灾户个人信息 redact，签发人与联系人 keep。"
    if wrong_note:
        doc.p("（此件公开发布）", noindent=True)
        doc.note += " 附注写“此件公开发布”，与内容不符：请示属过程性信息（条例第十六条）且含个人隐私，按规定标为不予公开。"
    return doc


def k_dongtai(c, internal=False):
    doc = c.doc
    doc.kind = "工作简报（内部资料）" if internal else "工作动态"
    doc.attribute = "不予公开" if internal else "主动公开"
    if internal:
        doc.p("内部资料　注意保存", noindent=True, bold=True)
        doc.title("%s民政工作简报" % c.cty())
        doc.p("第%d期" % c.rng.randint(3, 30), align="center")
        doc.p("%s民政局办公室　　　　　　　　%s" % (c.cty(), c.date(c.rdate())), noindent=True)
    else:
        doc.title("%s开展“情暖万家”困难群众走访慰问活动" % c.cty())
    lead = c.oname()
    lead2 = c.oname()
    d = c.rdate()
    doc.p("%s，县委副书记、县长%s带队深入%s，走访慰问困难群众，县民政局局长%s陪同。" % (c.date(d), lead, c.town()[0], lead2))
    cit = c.pname()
    age = c.rng.randint(62, 88)
    hd = c.rng.choice(["脑梗后遗症", "类风湿性关节炎", "慢性肾病"])
    doc.R(hd, "health")
    addr_v = c.town()[1]
    place = c.rng.choice(addr_v)
    doc.p("在%s，%s走进%s%s家中。今年%d岁的%s患有%s，行动不便，老伴%s常年照料，儿子%s在外务工。%s详细询问了老人的身体状况和低保金发放情况，"
          "叮嘱随行的镇村干部要把党和政府的温暖送到群众心坎上。" % (place, lead, "居民" if place.endswith("社区") else "村民", cit, age, cit, hd,
                                                   c.pname(), c.pname(kin=cit), lead))
    if pick("dongtai_rel", [False, True]):
        doc.p("%s告诉记者，老伴%s信奉%s，平日里邻里之间互相照应，生活虽然清苦但很踏实。" % (cit, c.pname(), doc.R(c.rng.choice(["伊斯兰教", "天主教", "佛教"]), "religion")))
    if c.rng.random() < 0.5:
        v = c.pname()
        doc.p("在%s的家中，县长%s了解到其孙女%s今年%s，父母均在外地打工。%s当即要求教育部门做好留守儿童关爱帮扶。" %
              (v, lead, c.pname(child=True, kin=v), doc.R(c.rng.choice(["读小学三年级", "刚上初一", "八岁"]), "minor"), lead))
    doc.p("据悉，今年以来全县累计发放各类救助资金%s，惠及困难群众1.2万人次。" % doc.K("%d.37万元" % c.rng.randint(300, 4000), "amount"))
    if internal:
        doc.p("附：拟重点关注对象%s（身份证号%s）" % (c.pname(), c.pid(style="684")), noindent=True)
        doc.p("报：县委、县政府领导　　送：各乡镇、街道　　（共印30份）", noindent=True)
        doc.note = "内部资料 注意保存：不予公开；领导 keep，群众姓名、病情、未成年人信息 redact。"
    else:
        doc.p("（供稿：县民政局　审核：%s）" % c.oname(), noindent=True)
        doc.note = "新闻稿：领导姓名 keep；故事中的群众姓名、病情、未成年人信息按隐私 redact（未见同意）。"
    return doc


def k_cheliang(c, rows=30):
    doc = c.doc
    doc.kind = "车辆公告"
    doc.attribute = "主动公开"
    doc.title("%s公安局交通警察大队\n关于逾期未检验机动车辆强制报废的公告" % c.cty())
    doc.p("根据《中华人民共和国道路交通安全法》第十四条和《机动车强制报废标准规定》第四条的规定，下列机动车连续3个机动车检验周期未取得检验合格标志，"
          "已达到强制报废标准。请机动车所有人自公告之日起30日内到%s车辆管理所办理注销登记，逾期将依法公告机动车登记证书、号牌、行驶证作废。" % c.cty())
    hdr = [["序号", "号牌号码", "号牌种类", "车辆识别代号", "所有人", "检验有效期止"]]
    body = []
    for i in range(rows):
        nev = c.rng.random() < 0.25
        pl = ids.make_plate(c.rng, *c.loc["plate"], nev=nev)
        doc.K(pl, "plate")
        vin = ids.make_vin(c.rng, year=c.rng.randint(2015, 2019))
        doc.K(vin, "vin")
        own = c.names.masked(c.names.get())
        doc.K(own, "masked_value")
        body.append([str(i + 1), pl, "新能源小型汽车" if nev else c.rng.choice(["小型汽车", "普通摩托车", "大型汽车"]), vin, own,
                     "%d-%02d-%02d" % (c.rng.randint(2018, 2020), c.rng.randint(1, 12), c.rng.randint(1, 28))])
    doc.table(hdr + body)
    doc.p("咨询电话：%s（车管所）；%s（事故处理中队）。道路交通事故报警：122。" % (c.otel(), c.otel()))
    sign_block(c, "%s公安局交通警察大队" % c.cty(), c.rdate())
    doc.note = "强制报废公告：号牌号码和车辆识别代号为公告必要内容 keep，所有人姓名已脱敏 keep。"
    return doc


def k_tonggao(c):
    doc = c.doc
    doc.kind = "公开通告"
    doc.attribute = "主动公开"
    agency = c.cty() + "医疗保障局"
    doc.title("%s关于开展2027年度城乡居民基本医疗保险集中参保缴费工作的通告" % agency)
    doc.p("为做好2027年度城乡居民基本医疗保险参保缴费工作，现将有关事项通告如下：")
    doc.p("一、缴费时间：2026年9月1日至12月31日。二、缴费标准：个人缴费每人每年%s。三、缴费方式：可通过“%s医保”微信公众号、税务APP或到各乡镇便民服务中心缴纳。"
          % (doc.K("400元", "amount"), c.loc["prov"][:2]))
    doc.p("四、特困人员、低保对象、返贫致贫人口的个人缴费部分按规定给予资助，由各乡镇统一核实办理，本人无需申请。")
    doc.p("五、监督举报。对工作人员推诿扯皮、违规收费等行为，可向县医保局反映：", noindent=True)
    doc.p("办公地址：%s" % c.oaddr(), noindent=True)
    doc.p("咨询电话：%s　　传真：%s" % (c.otel(), c.otel(sep="-")), noindent=True)
    doc.p("监督邮箱：%s" % doc.K("%sybj%d@%s" % (c.loc["key"], c.rng.randint(1, 99), c.rng.choice(["163.com", "qq.com", "126.com"])), "email_office"), noindent=True)
    doc.p("医保服务热线：%s　　政务服务便民热线：%s" % (doc.K("12393", "service_number"), doc.K("12345", "service_number")), noindent=True)
    sign_block(c, agency, c.rdate(8, 8))
    doc.note = "机关自身联系方式（地址、座机、传真、公共邮箱上的监督邮箱）与服务号码 keep；无私人信息。"
    return doc


def k_jiaokuan(c):
    doc = c.doc
    doc.kind = "缴款通知书"
    doc.attribute = "主动公开"
    agency = c.cty() + c.rng.choice(["自然资源局", "水利局"])
    comp = c.loc["county"] + c.rng.choice(["兴业", "鼎盛", "万通"]) + "房地产开发有限公司"
    doc.K(comp, "company_name")
    no = c.docno("%s%s缴〔2026〕%d号" % (c.loc["abbr"], agency[len(c.cty())], c.rng.randint(1, 50)))
    doc.title("土地出让价款缴纳通知书")
    doc.p(no, align="right")
    doc.p("%s（统一社会信用代码：%s）：" % (comp, c.uscc("91")), noindent=True)
    doc.p("你公司于%s竞得%s地块（宗地编号%s）国有建设用地使用权，成交价款%s。请于签订出让合同之日起30日内缴纳全部价款。" %
          (c.date(c.rdate()), c.cty() + c.rng.choice(c.loc["roads"]) + "以东", doc.K("%s2026-%02d" % (c.loc["abbr"], c.rng.randint(1, 30)), "other_public"),
           doc.K("%s万元" % "{:,}".format(c.rng.randint(1200, 30000)), "amount")))
    acct = "%s%s" % (c.rng.choice(["1406", "0506", "4101"]), "".join(str(c.rng.randint(0, 9)) for _ in range(15)))
    doc.K(acct, "body_account")
    doc.p("收款单位：%s财政局非税收入专户　　开户银行：中国工商银行%s支行　　账号：%s" % (c.cty(), c.cty(), acct), noindent=True)
    doc.p("联系人：%s　　联系电话：%s" % (c.oname(), c.otel()), noindent=True)
    sign_block(c, agency, c.rdate())
    doc.note = "财政非税收入专户账号为机关账户 keep；企业名称、信用代码 keep。"
    return doc


def k_mimi(c, level, period, when, urgency=None):
    doc = c.doc
    doc.kind = "涉密通知"
    st = set_marking(c, level, period, when, urgency=urgency)
    no = c.docno("%s政办密〔%d〕%d号" % (c.loc["abbr"], when.year, c.rng.randint(1, 20)))
    doc.title("%s办公室\n关于做好重要时段重点人员稳控工作的通知" % c.gov())
    doc.p(no, align="center")
    doc.p("各乡镇人民政府、街道办事处，县公安局、信访局：", noindent=True)
    doc.p("根据上级部署，现就做好重要时段重点人员稳控工作通知如下：")
    rows = [["姓名", "身份证号", "现住址", "主要诉求", "稳控责任单位"]]
    for _ in range(c.rng.randint(4, 8)):
        rows.append([c.pname(), c.pid(style="plain"), c.home(), c.rng.choice(["征地补偿", "涉法涉诉", "企业改制", "拆迁安置"]), c.town()[0]])
    doc.table(rows)
    doc.p("各责任单位要落实包保责任，实行日报告、零报告制度，联系人%s，电话%s。" % (c.oname(), c.otel()))
    sign_block(c, c.gov() + "办公室", when)
    doc.p("（此件不予公开）" if c.rng.random() < 0.5 else "", noindent=True)
    if st == "in force":
        doc.note = "密级标志在保密期限内：不予公开；表内个人信息另标 redact。"
    else:
        doc.note = "密级标志保密期限已届满：须经解密审核（须报审），不得直接公开；表内个人信息另标 redact。"
    return doc


def k_mimi_plain(c, level, period, when, style="arabic", wrong_note=False):
    """A marked 方案 without personal data; date may be in Chinese numerals."""
    doc = c.doc
    doc.kind = "涉密工作方案"
    st = set_marking(c, level, period, when, fenhao=c.rng.random() < 0.6, urgency=c.rng.choice([None, "加急"]))
    doc.title("%s\n应急物资储备布局调整方案" % c.gov())
    doc.p("一、储备库点：在%s、%s新建两处县级应急物资储备库，总库容2.4万立方米，储备帐篷、折叠床、发电机组等物资。" % (c.town()[0], c.town()[0]))
    doc.p("二、调运路线：主线沿%s、备用线沿乡村公路，确保4小时内覆盖全部乡镇。" % c.rng.choice(c.loc["roads"]))
    doc.p("三、经费：所需经费%s，由县财政统筹安排。" % doc.K("%d万元" % c.rng.randint(300, 2600), "amount"))
    doc.p("四、本方案由县应急管理局负责解释。", noindent=False)
    doc.blank()
    doc.p(c.gov(), align="right")
    doc.p(c.date(when, style=style), align="right")
    if wrong_note:
        doc.p("（此件主动公开）", noindent=True)
    doc.note = ("附注写“此件主动公开”，但文件带密级标志，以密级为准。" if wrong_note else "") + ("密级标志在保密期限内：不予公开。" if st == "in force" else "密级标志已过保密期限：须报审（解密审核）。") + \
        (" 成文日期用汉字数字书写。" if style != "arabic" else "")
    return doc


def k_gongzuo_mimi(c):
    doc = c.doc
    doc.kind = "工作秘密文件"
    doc.attribute = "不予公开"
    doc.p("工作秘密", noindent=True, bold=True)
    doc.title("%s审计局\n关于%s年度预算执行审计发现问题线索的移送函" % (c.cty(), "2025"))
    doc.p(c.docno("%s审移〔2026〕%d号" % (c.loc["abbr"], c.rng.randint(1, 9))), align="center")
    doc.p("%s纪委监委：" % c.cty(), noindent=True)
    p1 = c.pname()
    doc.p("我局在审计中发现，%s财政所原出纳%s（身份证号%s）涉嫌将惠农补贴资金%s转入其个人银行卡%s和其妻%s名下银行卡%s，现将问题线索移送你委。"
          % (c.town()[0], p1, c.pid(), doc.K("26.8万元", "amount"), c.card(style="4s"), c.pname(female=True), c.card(style="4d")))
    doc.p("附件：相关凭证复印件共18页", noindent=True)
    sign_block(c, c.cty() + "审计局", c.rdate())
    doc.note = "工作秘密标志（非国家秘密）且为执法线索：不予公开，marking 为 null。两张卡号在同一句中。"
    return doc


def k_banfa(c):
    doc = c.doc
    doc.kind = "管理办法（规范性文件）"
    doc.attribute = "主动公开"
    no = c.docno("%s政办发〔2026〕%d号" % (c.loc["abbr"], c.rng.randint(10, 80)))
    doc.title("%s办公室\n关于印发《%s政府信息公开保密审查办法》的通知" % (c.gov(), c.cty()))
    doc.p(no, align="center")
    doc.p("各乡镇人民政府、街道办事处，县直各单位：", noindent=True)
    doc.p("《%s政府信息公开保密审查办法》已经县人民政府同意，现印发给你们，请认真贯彻执行。" % c.cty())
    doc.p("第一条　为规范政府信息公开保密审查工作，防止国家秘密、工作秘密泄露，根据《中华人民共和国保守国家秘密法》《中华人民共和国政府信息公开条例》，制定本办法。")
    doc.p("第二条　政府信息公开前，应当依照《中华人民共和国保守国家秘密法》以及其他法律、法规和国家有关规定进行保密审查，坚持“先审查、后公开”“谁公开、谁审查、谁负责”原则。")
    doc.p("第三条　属于国家秘密的，不予公开；标注“绝密”“机密”“秘密”密级的文件，以及密码电报，一律不得在互联网公开。已超过保密期限的，应当按规定完成解密审核后方可公开。")
    doc.p("第四条　对是否属于国家秘密以及属于何种密级不明确的，应当报县保密局确定，县保密局应当在3个工作日内作出答复。")
    doc.p("第五条　涉及商业秘密、个人隐私的政府信息，经权利人同意或者行政机关认为不公开会对公共利益造成重大影响的，可以公开。")
    doc.p("第六条　本办法自印发之日起施行。")
    d = c.rdate()
    sign_block(c, c.gov() + "办公室", d)
    doc.p("（此件公开发布）", noindent=True)
    doc.blank()
    doc.p("抄送：县委办公室，县人大常委会办公室，县政协办公室，县保密局。", noindent=True)
    doc.p("%s办公室　　　　　　　　%s印发" % (c.gov(), c.date(d + dt.timedelta(days=1), label=False)), noindent=True)
    doc.note = "正文仅提及国家秘密、机密等词，非密级标志：marking null，主动公开，无个人信息。"
    return doc


def k_lianhe(c):
    doc = c.doc
    doc.kind = "联合发文通知"
    doc.attribute = "主动公开"
    no = c.docno("%s民联〔2026〕%d号" % (c.loc["abbr"], c.rng.randint(1, 20)))
    doc.title("%s民政局　%s财政局\n关于提高2026年城乡低保和特困人员救助供养标准的通知" % (c.cty(), c.cty()))
    doc.p(no, align="center")
    doc.p("各乡镇人民政府、街道办事处：", noindent=True)
    doc.p("经县人民政府同意，自2026年7月1日起，城市低保标准由每人每月%s提高到%s，农村低保标准提高到每人每年%s，特困人员基本生活标准按不低于当地低保标准的1.3倍确定。"
          % (doc.K("760元", "amount"), doc.K("800元", "amount"), doc.K("6240元", "amount")))
    doc.p("各乡镇（街道）要及时调整发放，所需资金从县级困难群众救助补助资金中列支。民政局联系人：%s，电话：%s；财政局联系人：%s，电话：%s。" %
          (c.oname(), c.otel(), c.oname(), c.otel()))
    doc.blank()
    doc.p("%s民政局　　　　%s财政局" % (c.cty(), c.cty()), align="right")
    doc.p(c.date(c.rdate(5, 6)), align="right")
    doc.p("（此件主动公开）", noindent=True)
    doc.blank()
    doc.p("抄送：县人民政府办公室，县审计局。", noindent=True)
    doc.p("%s民政局办公室　　　　　　%s印发" % (c.cty(), c.date(c.rdate(6, 6), label=False)), noindent=True)
    doc.note = "联合发文（两个发文机关）：需各发文机关会签审查；机关联系人与办公电话 keep。"
    return doc


def k_yanqi(c):
    doc = c.doc
    doc.kind = "政府信息公开延期答复告知书"
    doc.attribute = "依申请公开"
    agency = c.cty() + c.rng.choice(["公安局", "住房和城乡建设局", "交通运输局"])
    doc.title("政府信息公开申请延期答复告知书")
    doc.p(c.docno("%s依延〔2026〕%d号" % (c.loc["abbr"], c.rng.randint(1, 30))), align="right")
    app = c.pname()
    doc.p("%s：" % app, noindent=True)
    d0 = c.rdate(1, 9)
    extra = ""
    if pick("yanqi", [True, False]):
        extra = "（护照号码：%s）" % doc.R(ids.make_passport(c.rng), "passport")
    else:
        extra = "（往来港澳通行证号码：%s）" % doc.R(ids.make_hk_permit(c.rng), "travel_permit")
    doc.p("本机关于%s收到您%s委托代理人%s提交的政府信息公开申请，要求公开“2025年%s交通事故责任认定相关材料”。因需向第三方征求意见，"
          "根据《中华人民共和国政府信息公开条例》第三十三条第二款的规定，经本机关政府信息公开工作机构负责人同意，答复期限延长20个工作日，"
          "最迟将于%s前答复。" % (c.date(d0), extra, c.pname(), c.rng.choice(c.loc["roads"]), c.date(d0 + dt.timedelta(days=45))))
    doc.p("委托代理人联系地址：%s，电话：%s。" % (c.home(full_prefix=True), c.home_tel()))
    doc.p("特此告知。")
    doc.p("联系人：%s　　联系电话：%s" % (c.oname(), c.otel()), noindent=True)
    sign_block(c, agency, d0 + dt.timedelta(days=14))
    doc.note = "延期告知书：申请人护照/通行证号、代理人姓名住址及家庭座机 redact。"
    return doc
