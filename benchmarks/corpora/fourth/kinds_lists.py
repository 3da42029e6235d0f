"""Kinds of corpus D that are lists: 公示, 名单, 公告 (see README, Labelling conventions)."""

from __future__ import annotations

from common import body, closing, disclosure_note, docno, mobile, official, person
from model import Doc, Table
from values import (CITY, DISTRICTS, TOWNS, VILLAGES, Gen, card_form, fw, id_form, landline_form,
                    mobile_form, ymd)


def _rows(d: Doc, small: int, big: int) -> int:
    return big if d.big or d.fmt in ("xlsx", "csv") else small


def commendation(g: Gen, d: Doc) -> None:
    b = body(g, d, g.r.choice(["人力资源和社会保障局", "退役军人事务局", "应急管理局"]))
    d.title = f"{b['name']}关于表彰2026年度先进集体和先进个人的决定"
    d.p(docno(g, d, b["abbr"], kind="发"))
    d.p("各有关单位：")
    d.p("为表彰先进、树立典型，经基层推荐、逐级审核、公示无异议，决定授予以下同志“先进个人”称号，"
        "授予以下单位“先进集体”称号。")
    co = [d.K("company_name", g.company()) for _ in range(3)]
    d.p("一、先进集体（" + str(len(co)) + "个）：" + "、".join(co) + "。")
    rows = []
    for i in range(g.r.randint(18, 30)):
        rows.append([str(i + 1), d.K("person_name", g.name()), g.r.choice(["男", "女"]),
                     g.r.choice(DISTRICTS) + g.r.choice(["应急管理局", "消防救援大队", "人社局", "街道办事处"]),
                     g.r.choice(["科员", "副科长", "队长", "主任", "专技人员"])])
    d.t(Table([["序号", "姓名", "性别", "工作单位", "职务"]], rows, widths=[1, 2, 1, 5, 2],
              caption="二、先进个人名单"))
    n1, n2 = rows[0][1], rows[1][1]
    d.p(f"希望{n1}和{n2}等受表彰的同志珍惜荣誉、再接再厉。联系人：{official(g, d)}，电话：{b['phone']}。")
    closing(g, d, b, g.date("2026-01-10", "2026-11-20"))
    d.note = "表彰名单：受表彰者姓名、单位为表彰决定的内容，keep（公务员奖励规定：奖励决定应当公开）。"


def civil_servant_hire(g: Gen, d: Doc) -> None:
    b = body(g, d, "人力资源和社会保障局", addr=True)
    d.title = f"{CITY}2026年度考试录用公务员拟录用人员公示（第{g.r.randint(1, 3)}批）"
    d.p("根据《公务员录用规定》第二十九条，经笔试、面试、体检和考察，现将拟录用人员名单予以公示，"
        "公示期为5个工作日。")
    rows = []
    for i in range(g.r.randint(20, 34)):
        rows.append([str(i + 1), g.r.choice(DISTRICTS) + g.r.choice(["财政局", "审计局", "司法局", "应急管理局"]),
                     g.r.choice(["综合管理", "财务审计", "法律事务", "执法岗"]) + f"（{g.r.randint(1, 9)}）",
                     d.K("person_name", g.name()), g.r.choice(["男", "女"]),
                     d.K("exam_number", f"1{g.r.randint(10, 99)}0{g.r.randint(1000000, 9999999)}"),
                     g.r.choice(["浙江大学", "南京大学", "武汉大学", "清江学院", "华东政法大学"]) if g.r.random() < .7
                     else d.K("company_name", g.company())])
    d.t(Table([["序号", "招录机关", "拟录用职位", "姓名", "性别", "准考证号", "毕业院校或工作单位"]], rows,
              widths=[1, 4, 3, 2, 1, 3, 4]))
    d.p(f"监督电话：{b['phone']}；来信地址：{b['addr']}。")
    closing(g, d, b, g.date("2026-05-01", "2026-11-20"))
    d.note = "公务员录用规定第二十九条所列公示内容（姓名、性别、准考证号、院校或单位、监督电话）keep。"


def institution_hire(g: Gen, d: Doc) -> None:
    b = body(g, d, g.r.choice(["教育局", "卫生健康委员会", "人力资源和社会保障局"]))
    d.title = f"{b['name']}所属事业单位2026年公开招聘拟聘用人员公示"
    d.p("按照《事业单位公开招聘人员暂行规定》，经考试、考察和体检，拟聘用下列人员。公示期内如有异议，"
        "请以书面形式实名反映。")
    rows = []
    for i in range(g.r.randint(16, 26)):
        born = g.birth(1990, 2002)
        ident = g.id18(born) if g.r.random() < .8 else g.id18_x()
        rows.append([str(i + 1), d.K("person_name", g.name()), d.R("id_number", id_form(g.r, ident)),
                     d.R("birth_date", f"{born.year}.{born.month:02d}"),
                     g.r.choice(["硕士研究生", "大学本科"]), g.r.choice(["临床医师", "小学语文教师", "会计", "护士"])])
    d.t(Table([["序号", "姓名", "公民身份号码", "出生年月", "学历", "拟聘岗位"]], rows, widths=[1, 2, 5, 2, 2, 3]))
    d.p(f"受理电话：{b['phone']}（工作日）。")
    closing(g, d, b, g.date("2026-03-01", "2026-11-20"))
    d.note = ("拟聘用人员姓名 keep（暂行规定第二十条 公示）；身份证号与出生年月不在规定公示之列，redact。")


def public_rental(g: Gen, d: Doc) -> None:
    b = body(g, d, "住房和城乡建设局", mail=True)
    d.title = f"{CITY}2026年第{g.r.randint(2, 4)}批公共租赁住房配租结果公示"
    d.p("依据《公共租赁住房管理办法》第十三条、第十八条，现将本批次配租结果公示如下：")
    rows = []
    for i in range(_rows(d, 40, 165)):
        rows.append([str(i + 1), d.K("person_name", g.name()),
                     d.R("id_number", id_form(g.r, g.id18(), g.r.choice(["plain", "lower", "group"]))),
                     str(g.r.randint(1, 5)), g.r.choice(["翠湖苑", "春晖家园", "青石公寓", "滨江人才公寓"]),
                     g.r.choice(["一室一厅", "两室一厅", "单间"]),
                     d.R("mobile", mobile_form(g.r, g.mobile(), g.r.choice(["plain", "344"])))])
    d.t(Table([["序号", "申请人信息", "", "", "配租房源", "", "联系电话"],
               ["", "户主姓名", "身份证号", "家庭人口", "小区", "户型", ""]], rows,
              spans=[(0, 1, 0, 3), (0, 4, 0, 5), (0, 0, 1, 0), (0, 6, 1, 6)],
              repeat_every=50, widths=[1, 2, 5, 1, 3, 2, 3]))
    d.p(f"公示期间如有异议，请发送邮件至{b['mail']}或致电{b['phone']}。")
    closing(g, d, b, g.date("2026-02-01", "2026-11-20"))
    d.note = "公示的户主姓名 keep（办法第十三条规定公示）；身份证号、联系电话非公示事项，redact。"


def farm_machinery(g: Gen, d: Doc) -> None:
    b = body(g, d, "农业农村局")
    d.title = f"{CITY}2026年农机购置与应用补贴资金兑付情况公示"
    d.p("根据农机购置与应用补贴实施有关规定，现将享受补贴的购机者信息公示如下。")
    rows = []
    for i in range(_rows(d, 35, 172)):
        rows.append([str(i + 1), g.r.choice(DISTRICTS) + g.r.choice(TOWNS),
                     d.K("person_name", g.name()),
                     d.R("id_number", id_form(g.r, g.id18(), g.r.choice(["plain", "plain", "fw"]))),
                     g.r.choice(["轮式拖拉机", "谷物联合收割机", "植保无人驾驶航空器", "插秧机"]),
                     g.r.choice(["东方红", "雷沃", "久保田", "大疆"]), str(g.r.randint(1, 3)),
                     d.K("amount", str(g.r.randint(18, 420) * 100))])
    d.t(Table([["序号", "所在乡镇", "购机者姓名", "身份证号码", "机具品目", "生产厂家", "数量", "补贴额（元）"]],
              rows, widths=[1, 3, 2, 4, 3, 2, 1, 2]))
    d.p(f"监督举报电话：{b['phone']}。")
    closing(g, d, b, g.date("2026-06-01", "2026-11-20"))
    d.note = "购机者姓名、乡镇、补贴额为规定公示事项 keep；身份证号 redact。"


def elderly_allowance(g: Gen, d: Doc) -> None:
    b = body(g, d, "民政局")
    town = g.r.choice(TOWNS)
    d.title = f"{town}2026年{g.r.randint(7, 11)}月高龄津贴发放名单"
    rows = []
    for i in range(_rows(d, 30, 183)):
        born = g.birth(1921, 1946)
        obj = d.K("person_name", g.name())
        proxy = g.r.random() < .3
        holder = d.R("person_name", g.name()) if proxy else obj
        rows.append([str(i + 1), g.r.choice(VILLAGES), obj, str(2026 - born.year),
                     d.R("id_number", id_form(g.r, g.id18(born), g.r.choice(["plain", "lower", "space4"]))),
                     holder, d.R("bank_card", card_form(g.r, g.bank(), g.r.choice(["plain", "group4"]))),
                     d.K("amount", str(g.r.choice([50, 100, 300, 500])))])
    d.t(Table([["序号", "村（社区）", "补贴对象", "年龄", "身份证号", "持卡人", "社保卡银行账号", "金额（元）"]], rows,
              repeat_every=60))
    d.p(f"{b['name']}  咨询电话 {b['phone']}")
    d.note = "高龄津贴对象姓名、年龄、金额 keep（发放公示）；代领持卡人姓名、身份证号、银行账号 redact。"


def funeral_subsidy(g: Gen, d: Doc) -> None:
    b = body(g, d, "民政局")
    d.title = f"{CITY}{g.r.choice(DISTRICTS)}2026年第{g.r.randint(2, 4)}季度惠民殡葬补贴发放公示"
    d.p("根据本市惠民殡葬政策，对户籍居民免除基本殡葬服务费用，现将补贴发放情况公示如下：")
    rows = []
    causes = ["肺癌晚期", "脑出血", "尿毒症", "心肌梗死", "阿尔茨海默病并发肺部感染"]
    for i in range(g.r.randint(14, 22)):
        rows.append([str(i + 1), d.K("person_name", g.name()), g.r.choice(VILLAGES),
                     d.R("health", g.r.choice(causes)),
                     d.R("person_name", g.name()),
                     d.R("id_number", id_form(g.r, g.id18(), g.r.choice(["plain", "break", "lower"]))),
                     d.K("amount", str(g.r.choice([1200, 1500, 2000])))])
    d.t(Table([["序号", "逝者姓名", "户籍地", "死亡原因", "领款人", "领款人身份证号", "补贴金额"]], rows,
              widths=[1, 2, 2, 3, 2, 4, 2]))
    d.p(f"监督电话：{b['phone']}")
    closing(g, d, b, g.date("2026-04-01", "2026-11-20"))
    d.note = "补贴对象（逝者）姓名 keep；死亡原因为健康信息 redact；领款家属姓名及身份证号非公示事项 redact。"


def disability_subsidy(g: Gen, d: Doc) -> None:
    b = body(g, d, "民政局")
    d.title = f"{g.r.choice(TOWNS)}困难残疾人生活补贴和重度残疾人护理补贴享受对象公示"
    d.p("依据国发〔2015〕52号文件精神，经本人申请、村（社区）初审、乡镇（街道）审核，现公示如下：")
    rows = []
    for i in range(g.r.randint(20, 30)):
        cat, grade = g.r.randint(1, 7), g.r.randint(1, 4)
        kind = ["视力", "听力", "言语", "肢体", "智力", "精神", "多重"][cat - 1]
        rows.append([str(i + 1), d.K("person_name", g.name()), g.r.choice(VILLAGES),
                     d.R("disability_cert", id_form(g.r, g.disability_no(cat, grade), "plain")),
                     d.R("health", f"{kind}{'一二三四'[grade - 1]}级"),
                     g.r.choice(["生活补贴", "护理补贴", "生活补贴、护理补贴"])])
    d.t(Table([["序号", "姓名", "所在村（社区）", "残疾人证号", "残疾类别等级", "补贴类型"]], rows,
              widths=[1, 2, 3, 6, 3, 3]))
    d.p(f"公示期7天，联系电话：{b['phone']}。")
    closing(g, d, b, g.date("2026-03-01", "2026-11-20"))
    d.note = "补贴对象姓名 keep；残疾人证号、残疾类别等级（健康信息，个保法第二十八条）redact。"


def student_aid_minor(g: Gen, d: Doc) -> None:
    b = body(g, d, "教育局")
    school = f"{CITY}第{g.r.choice(['二', '四', '七'])}中学"
    d.title = f"{school}2026年秋季学期普通高中国家助学金受助学生名单公示"
    d.p("按照学生资助工作要求，公示内容不得涉及学生身份证件号码、家庭住址、电话号码、银行卡号等个人敏感信息。"
        "经班级评议、学校审核，现公示如下：")
    rows = []
    for i in range(g.r.randint(25, 40)):
        rows.append([str(i + 1), f"高{g.r.choice('一二三')}（{g.r.randint(1, 12)}）班",
                     d.R("person_name", g.name()),
                     d.R("id_number", id_form(g.r, g.id18(g.birth(2009, 2011)), "plain")),
                     d.R("hardship", g.r.choice(["建档立卡户", "特困供养", "孤儿", "父母一方重病", "低保家庭"])),
                     g.r.choice(["一档", "二档"])])
    d.t(Table([["序号", "班级", "学生姓名", "身份证号", "困难类型", "资助档次"]], rows,
              widths=[1, 2, 2, 5, 3, 2]))
    d.p(f"公示期5个工作日，监督电话：{b['phone']}。")
    closing(g, d, b, g.date("2026-09-15", "2026-11-20"))
    d.note = ("高中生为未成年人：姓名、身份证号、困难类型均 redact（未成年人保护法第四条、第七十二条；"
              "教育部资助公示不得含敏感信息）。文件自己列出的禁载项违背在先，是本例的漏洞。")


def student_aid_univ(g: Gen, d: Doc) -> None:
    b = body(g, d, "教育局")
    d.title = "清江学院2025—2026学年国家助学金获得者名单公示"
    rows = []
    for i in range(g.r.randint(30, 45)):
        rows.append([str(i + 1), g.r.choice(["法学院", "经济管理学院", "信息工程学院", "护理学院"]),
                     d.K("student_number", f"2023{g.r.randint(100000, 999999)}"),
                     d.K("person_name", g.name()),
                     g.r.choice(["一等", "二等", "三等"]),
                     d.R("bank_card", card_form(g.r, g.bank(19), g.r.choice(["plain", "group4"]))) if i % 9 == 4 else ""])
    d.t(Table([["序号", "学院", "学号", "姓名", "资助等级", "备注"]], rows, ruled=False))
    d.p(f"联系人：{official(g, d)}，{b['phone']}。")
    closing(g, d, b, g.date("2026-10-01", "2026-11-20"))
    d.note = "大学生为成年人，名单姓名、学号 keep；备注栏误填的银行卡号 redact。"


def admission_list(g: Gen, d: Doc) -> None:
    b = body(g, d, "教育局")
    d.title = f"{CITY}2026年普通高中艺术体育特长生拟录取名单"
    rows = []
    for i in range(g.r.randint(20, 32)):
        rows.append([str(i + 1), d.R("exam_number", f"26{g.r.randint(10000000, 99999999)}"),
                     d.R("person_name", g.name()), g.r.choice(["男", "女"]),
                     g.r.choice(["清江一中", "清江二中", "桐岭中学"]), g.r.choice(["足球", "美术", "声乐", "田径"]),
                     d.R("birth_date", ymd(g.birth(2010, 2011)))])
    d.t(Table([["序号", "中考报名号", "考生姓名", "性别", "录取学校", "特长项目", "出生日期"]], rows))
    d.p(f"咨询电话：{b['phone']}")
    closing(g, d, b, g.date("2026-07-01", "2026-08-20"))
    d.note = "考生为未成年人：姓名、报名号、出生日期 redact（未成年人保护法第七十二条）。"


def expropriation_result(g: Gen, d: Doc) -> None:
    b = body(g, d, "住房和城乡建设局")
    proj = f"{g.r.choice(['城东', '江湾', '火车站北'])}片区旧城改造项目"
    d.title = f"{proj}房屋征收分户补偿情况公布"
    d.p("依据《国有土地上房屋征收与补偿条例》第二十九条，房屋征收部门应当将分户补偿情况在房屋征收范围内向"
        "被征收人公布。现公布如下：")
    rows = []
    for i in range(g.r.randint(22, 34)):
        rows.append([str(i + 1), d.K("person_name", g.name()),
                     d.K("property_location", f"{g.r.choice(['新河街', '春晖路'])}{g.r.randint(1, 120)}号"),
                     f"{g.r.randint(40, 160)}.{g.r.randint(10, 99)}", d.K("amount", str(g.r.randint(60, 380) * 10000)),
                     d.R("bank_card", card_form(g.r, g.bank(), "plain")) if i % 6 == 0 else "货币补偿"])
    d.t(Table([["序号", "被征收人", "房屋坐落", "建筑面积（㎡）", "补偿金额（元）", "补偿方式/收款账号"]], rows))
    d.p(f"征收办电话：{b['phone']}")
    closing(g, d, b, g.date("2026-02-01", "2026-11-20"))
    d.note = "被征收人、房屋坐落、补偿金额依条例第二十九条公布 keep；收款银行账号 redact。"


def realestate_notice(g: Gen, d: Doc) -> None:
    b = body(g, d, "自然资源和规划局", addr=True)
    d.title = f"{CITY}不动产登记中心不动产首次登记公告（2026第{g.r.randint(10, 90)}号）"
    d.p("经初步审定，我机构拟对下列不动产权利予以首次登记，根据《不动产登记暂行条例实施细则》第十七条规定，"
        "现予公告。如有异议，请自本公告之日起十五个工作日内将异议书面材料送达我机构。")
    rows = []
    for i in range(g.r.randint(8, 16)):
        rows.append([str(i + 1), d.K("person_name", g.name()),
                     d.R("id_number", id_form(g.r, g.id18(), g.r.choice(["plain", "lower"]))) if i % 5
                     else d.R("id_number_15", g.id15()),
                     d.K("property_location", f"{g.r.choice(DISTRICTS)}{g.r.choice(TOWNS)}{g.r.choice(VILLAGES)}"
                                               f"{g.r.randint(1, 80)}号"),
                     "宅基地使用权/房屋所有权", f"{g.r.randint(80, 300)}.{g.r.randint(0, 9)}"])
    d.t(Table([["序号", "权利人", "证件号码", "不动产坐落", "权利类型", "面积（㎡）"]], rows, widths=[1, 2, 5, 5, 3, 2]))
    d.p(f"异议受理地址：{b['addr']}，电话：{b['phone']}。")
    closing(g, d, b, g.date("2026-01-01", "2026-11-20"))
    d.note = "细则第十七条公告内容（申请人姓名、坐落、面积、用途、权利类型）keep；证件号码不在其列 redact。"


def forest_notice(g: Gen, d: Doc) -> None:
    b = body(g, d, "林业局")
    d.title = f"{CITY}林权类不动产登记公告"
    d.align = "tab"
    d.p("下列林地使用权、林木所有权申请登记，根据有关规定予以公告，公告期十五个工作日。")
    rows = []
    for i in range(g.r.randint(10, 18)):
        rows.append([str(i + 1), d.K("person_name", g.name()), g.r.choice(VILLAGES) + f"{g.r.choice('东西南北')}山",
                     f"东至{g.r.choice(['山脊', '溪沟', '机耕路'])}，西至{g.r.choice(['山脊', '王家林地', '田边'])}",
                     f"{g.r.randint(5, 300)}.{g.r.randint(0, 9)}", d.R("mobile", mobile_form(g.r, g.mobile(), "plain"))])
    d.t(Table([["编号", "权利人", "林地坐落", "四至", "面积（亩）", "权利人电话"]], rows))
    d.p(f"异议电话：{b['phone']}")
    closing(g, d, b, g.date("2026-01-01", "2026-11-20"))
    d.note = "林权登记公告中权利人姓名、坐落、四至 keep；权利人手机号 redact。"


def tax_arrears(g: Gen, d: Doc) -> None:
    b = body(g, d, "税务局")
    d.title = f"国家税务总局{CITY}税务局2026年第{g.r.randint(1, 4)}期欠税公告"
    d.p("根据《中华人民共和国税收征收管理法》第四十五条和《欠税公告办法（试行）》第七条，现将欠缴税款的纳税人"
        "名单及欠税情况予以公告：")
    rows = []
    for i in range(g.r.randint(10, 16)):
        if i % 4 == 3:
            owner = d.K("person_name", g.name())
            rows.append([str(i + 1), d.K("company_name", f"{CITY}{g.r.choice(DISTRICTS)}{owner}{g.r.choice(['五金店', '小吃店', '建材经营部'])}"),
                         d.K("uscc", g.uscc("92")), owner,
                         d.K("id_number", id_form(g.r, g.id18(), "plain")),
                         g.r.choice(["增值税", "个人所得税"]), d.K("amount", f"{g.r.randint(1000, 90000)}.{g.r.randint(10, 99)}")])
            continue
        co = d.K("company_name", g.company())
        rows.append([str(i + 1), co, d.K("uscc", g.uscc()), d.K("person_name", g.name()),
                     d.K("id_number", id_form(g.r, g.id18(), "plain")),
                     g.r.choice(["增值税", "企业所得税", "城镇土地使用税", "房产税"]),
                     d.K("amount", f"{g.r.randint(50000, 9000000)}.{g.r.randint(10, 99)}")])
    d.t(Table([["序号", "纳税人名称", "纳税人识别号", "法定代表人（负责人、业主）", "身份证件号码", "欠税税种", "欠税余额（元）"]],
              rows, ruled=False, widths=[1, 5, 4, 2, 4, 2, 3]))
    d.p(f"{b['name']}  联系电话：{b['phone']}")
    closing(g, d, b, g.date("2026-01-01", "2026-11-20"))
    d.note = ("欠税公告办法第七条明列纳税人名称、识别号、法定代表人或业主姓名及其居民身份证号码、欠税税种与余额为公告"
              "内容：全部 keep（依法公开的个人信息）。见 README 存疑。")


def service_by_notice(g: Gen, d: Doc) -> None:
    court = g.r.random() < .5
    b = body(g, d, "人民法院" if court else "市场监督管理局")
    who = [d.K("person_name", g.name()) for _ in range(g.r.randint(2, 4))]
    d.title = f"{b['name']}公告送达书"
    if court:
        case = d.K("case_number", f"（2026）清{g.r.randint(1, 9)}民初{g.r.randint(100, 9999)}号")
        d.p("、".join(who) + "：")
        d.p(f"本院受理原告{d.K('company_name', g.company())}诉你们买卖合同纠纷一案（{case}），因你们下落不明，"
            f"依照《中华人民共和国民事诉讼法》第九十五条规定，向你们公告送达起诉状副本、应诉通知书、举证通知书及开庭传票。"
            f"自公告之日起经过三十日即视为送达。")
        d.p(f"其中被告{who[0]}（公民身份号码{d.R('id_number', id_form(g.r, g.id18()))}，原住{d.R('address_home', g.address())}）"
            f"经本院多次电话{d.R('mobile', mobile_form(g.r, g.mobile()))}联系未果。")
    else:
        d.p("下列当事人：")
        for n in who:
            case = d.K("case_number", g.case_no("市监处罚"))
            d.p(f"{n}（身份证号：{d.R('id_number', id_form(g.r, g.id18()))}）：本局对你作出的《行政处罚决定书》（{case}），"
                f"因无法直接送达、邮寄送达被退回，依照《中华人民共和国行政处罚法》第六十一条及《中华人民共和国民事诉讼法》有关规定公告送达。")
    d.p(f"联系人：{official(g, d)}，电话：{b['phone']}。")
    closing(g, d, b, g.date("2026-01-01", "2026-11-20"), chinese=court)
    d.note = "公告送达须写明受送达人，姓名 keep（民诉法第九十五条）；身份证号、原住址、手机号不是送达所需 redact。"


def vehicle_cancel(g: Gen, d: Doc) -> None:
    b = body(g, d, "公安局交通警察支队")
    d.title = f"{b['name']}关于注销逾期未检验机动车登记的公告"
    d.p("根据《机动车登记规定》有关规定，下列机动车连续三个机动车检验周期未取得检验合格标志，且在公告前已书面告知"
        "所有人，现公告注销其机动车登记，号牌、行驶证、登记证书作废。")
    rows = []
    for i in range(g.r.randint(20, 35)):
        rows.append([str(i + 1), d.K("plate", g.plate()), g.r.choice(["小型汽车", "大型汽车", "普通摩托车"]),
                     d.K("vin", g.vin()), f"{g.r.randint(2008, 2016)}-{g.r.randint(1, 12):02d}"])
    d.t(Table([["序号", "号牌号码", "号牌种类", "车辆识别代号", "初次登记"]], rows))
    d.p(f"咨询电话：{b['phone']}")
    closing(g, d, b, g.date("2026-01-01", "2026-11-20"))
    d.note = "注销公告中的号牌、VIN 为公告对象（车辆），keep；不列所有人。"


def trip_notice(g: Gen, d: Doc) -> None:
    b = body(g, d, "人民政府办公室")
    d.title = "因公临时出国（境）任务公示"
    d.p(f"根据因公出国（境）管理规定，现将{b['name']}组团赴新加坡开展营商环境交流任务公示如下：")
    rows = []
    for i in range(g.r.randint(4, 7)):
        rows.append([d.K("official_name", g.name()), g.r.choice(["市政府办公室", "市商务局", "市发改委"]),
                     g.r.choice(["副主任", "科长", "四级调研员"]),
                     d.R("passport", g.passport()) if i % 2 == 0 else d.R("hk_macau_permit", g.hk_permit())])
    d.t(Table([["姓名", "单位", "职务", "证件号码"]], rows))
    d.p(f"公示期5个工作日。反映电话：{b['phone']}。")
    closing(g, d, b, g.date("2026-02-01", "2026-11-20"))
    d.note = "出访人员为履职公职人员，姓名职务 keep；护照、通行证号码 redact。"
