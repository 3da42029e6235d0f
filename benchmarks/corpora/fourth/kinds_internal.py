"""Kinds of corpus D that are internal, classified, or texts of rules."""

from __future__ import annotations

import datetime as dt

from common import body, closing, disclosure_note, docno, mobile, official, person
from model import Doc, Table, in_force
from values import CITY, DISTRICTS, TOWNS, VILLAGES, Gen, cn_date, id_form, mobile_form, ymd


def meeting_minutes(g: Gen, d: Doc) -> None:
    b = body(g, d, "人民政府办公室")
    d.attribute = "不予公开"
    d.head.append(g.r.choice(["内部资料 注意保存", "内部", ""]) or "（内部）")
    d.title = f"{CITY}人民政府常务会议纪要"
    d.p(f"〔2026〕第{g.r.randint(5, 40)}期")
    chair = official(g, d)
    others = [official(g, d) for _ in range(4)]
    d.p(f"{ymd(g.date('2026-02-01', '2026-11-15'))}，市长{chair}主持召开市政府常务会议。{ '、'.join(others)}出席。会议议定事项如下：")
    d.p("一、原则同意《城东片区征收补偿方案（讨论稿）》，由市住建局根据讨论意见修改后按程序报批。")
    vill = person(g, d)
    d.p(f"二、关于{g.r.choice(VILLAGES)}村民{vill}（电话{mobile(g, d)}）长期上访问题，会议要求"
        f"{g.r.choice(DISTRICTS)}落实包案责任，{vill}{d.R('health', '患有精神分裂症')}，由民政部门协调救助。")
    d.p("三、会议研究了2027年财政预算安排初步意见（略）。")
    d.p(f"出席：{'、'.join(others[:2])}  列席：{official(g, d)}  记录：{official(g, d)}")
    d.p(f"{b['name']}  {ymd(g.date('2026-02-01', '2026-11-20'))}印发")
    d.note = "会议纪要属过程性信息（条例第十六条第二款），不予公开；出席官员 keep，被讨论群众的信息 redact。"


def request_report(g: Gen, d: Doc) -> None:
    b = body(g, d, g.r.choice(["民政局", "财政局", "退役军人事务局"]))
    d.attribute = "不予公开"
    d.title = f"{b['name']}关于申请追加困难群众救助资金的请示"
    d.p(docno(g, d, b["abbr"], kind="请"))
    d.p(f"签发人：{official(g, d)}")
    d.p("市人民政府：")
    d.p(f"受今年汛期影响，我市困难群众救助需求增加。截至10月底，已支出临时救助资金"
        f"{d.K('amount', str(g.r.randint(800, 3000)) + '万元')}，缺口较大。其中{g.r.choice(TOWNS)}"
        f"{person(g, d)}一家{d.R('health', '因子女患白血病')}陷入困境，"
        f"{person(g, d, kind='two')}和{person(g, d)}{d.R('marital_family', '夫妇均为残疾人')}，急需救助。")
    d.p(f"为此，恳请追加救助资金{d.K('amount', str(g.r.randint(300, 900)) + '万元')}。妥否，请批示。")
    d.p(f"联系人：{official(g, d)}，电话：{b['phone']}")
    closing(g, d, b, g.date("2026-09-01", "2026-11-20"))
    disclosure_note(d)
    d.note = "请示属过程性信息（条例第十六条第二款），不予公开；签发人、联系人 keep；所涉群众个人信息 redact。"


def work_secret(g: Gen, d: Doc) -> None:
    b = body(g, d, g.r.choice(["司法局", "人民政府办公室", "信访局"]))
    d.attribute = "不予公开"
    d.head.append(g.r.choice(["工作秘密", "工作秘密  注意保管", "内部资料  注意保存  用后收回"]))
    d.title = f"关于做好{g.r.randint(2026, 2027)}年元旦春节期间重点人员稳控工作的通知"
    d.p(docno(g, d, b["abbr"], kind="办"))
    d.p("各县（区）：为确保节日期间社会稳定，现将重点人员名单及稳控要求印发给你们（本通知不得上网，不得外传）。")
    rows = []
    for i in range(g.r.randint(6, 12)):
        rows.append([str(i + 1), d.R("person_name", g.name()), d.R("id_number", id_form(g.r, g.id18())),
                     d.R("address_home", g.address()),
                     d.R("criminal_record", g.r.choice(["曾因扰乱公共秩序被行政拘留", "刑满释放人员", "社区矫正对象"]))
                     + ("；" + d.R("religion", g.r.choice(["信仰伊斯兰教", "信仰天主教", "信仰藏传佛教", "参加未登记的基督教家庭聚会"]))
                        if i % 3 == 1 else ""),
                     d.K("official_name", g.name())])
    d.t(Table([["序号", "姓名", "身份证号", "现住址", "情况", "包保责任人"]], rows, widths=[1, 2, 5, 6, 4, 2]))
    d.p(f"联系人：{official(g, d)}，电话：{b['phone']}")
    closing(g, d, b, g.date("2026-11-01", "2026-11-28"))
    d.note = "标注工作秘密/内部资料（保密法第六十四条，非国家秘密），不予公开；包保责任人 keep，名单个人信息 redact。"


def classified(g: Gen, d: Doc, variant: str) -> None:
    b = body(g, d, g.r.choice(["人民政府办公室", "公安局交通警察支队", "应急管理局"]))
    serial = f"{g.r.randint(1, 300):06d}"
    if variant == "secret_1y":
        on = g.date("2026-02-01", "2026-11-20")
        d.mark("秘密", "1年", on, serial=serial, urgency=g.r.choice(["", "加急"]))
    elif variant == "confidential_long":
        on = g.date("2024-01-01", "2026-10-01")
        d.mark("机密", "长期", on, serial=serial)
    elif variant == "secret_10y":
        on = g.date("2020-01-01", "2026-10-01")
        d.mark("秘密", "10年", on, serial=serial, urgency="特急")
    elif variant == "expired_6m":
        on = g.date("2024-03-01", "2025-11-30")
        d.mark("秘密", "6个月", on, serial=serial)
    else:  # expired_2y
        on = g.date("2021-01-01", "2024-10-30")
        d.mark("机密", "2年", on, serial=serial)
    d.attribute = "不予公开" if in_force(d.marking) else "须报审"
    topic = g.r.choice(["重大活动安全保卫工作方案", "危险化学品重大危险源分布及应急处置预案", "防汛抗旱指挥调度预案"])
    d.title = f"{b['name']}关于印发《{topic}》的通知"
    d.p(docno(g, d, b["abbr"], year=on.year, kind="密"))
    d.p("各有关单位：现将方案印发给你们，请严格控制知悉范围，认真组织实施。")
    d.p(f"一、指挥部设在{d.K('address_office', CITY + g.r.choice(DISTRICTS) + '应急指挥中心')}，总指挥：{official(g, d)}，"
        f"副总指挥：{official(g, d)}。值班电话：{b['phone']}。")
    d.p(f"二、重点部位{g.r.randint(6, 20)}处，重点目标坐标及警力部署见附件（略）。")
    d.p(f"三、联络员：{official(g, d)}，手机{d.R('mobile', mobile_form(g.r, g.mobile()))}（个人手机，仅限内部联络）。")
    d.p(cn_date(on) if g.r.random() < .5 else ymd(on))
    d.K("date", d.blocks[-1])
    d.note = (f"标有{d.marking['level']}★{d.marking['period']}，自{d.marking['marked_on']}起算，"
              + ("在保密期内：国家秘密，不予公开（条例第十四条）。" if d.attribute == "不予公开" else
                 "期限已届满：须经解密程序（报定密机关/保密部门）后方可考虑公开，须报审。")
              + "官员、机关电话 keep；联络员私人手机 redact。")


def law_text(g: Gen, d: Doc) -> None:
    b = body(g, d, "人民政府办公室", mail=True)
    d.title = f"{CITY}政府信息公开保密审查办法"
    d.p(docno(g, d, "政办", year=2025, kind="发"))
    arts = [
        "第一条 为规范政府信息公开保密审查工作，防止国家秘密泄露，依据《中华人民共和国保守国家秘密法》"
        "《中华人民共和国保守国家秘密法实施条例》和《中华人民共和国政府信息公开条例》，制定本办法。",
        "第二条 本办法所称保密审查，是指行政机关在政府信息公开前，依法审查拟公开信息是否涉及国家秘密、"
        "工作秘密、商业秘密和个人隐私，确定是否公开的工作。",
        "第三条 保密审查坚持“先审查、后公开”“谁公开、谁审查、谁负责”和“一事一审”原则。涉密信息不上网，上网信息不涉密。",
        "第四条 依法确定为国家秘密的政府信息，法律、行政法规禁止公开的政府信息，以及公开后可能危及国家安全、公共安全、"
        "经济安全、社会稳定的政府信息，不予公开。",
        "第五条 标有“绝密★”“机密★”“秘密★”等国家秘密标志的文件、资料，以及密码电报，一律不得公开；"
        "保密期限已满的，应当先行履行解密程序。",
        "第六条 对是否属于国家秘密不明确的事项，应当报市保密行政管理部门确定，市保密行政管理部门应当在三个工作日内作出答复。",
        "第七条 涉及公民身份号码、手机号码、家庭住址、银行账号、健康状况等个人隐私的信息，应当去标识化处理后方可公开。",
        "第八条 违反本办法规定，造成国家秘密泄露的，依法追究有关责任人员的责任。",
        "第九条 本办法自发布之日起施行。",
    ]
    for a in arts:
        d.p(a)
        if "秘密" in a or "机密" in a:
            d.K("law_text", next(c for c in a.split("，") if "秘密" in c or "机密" in c))
    d.p(f"本办法由{b['name']}负责解释，咨询电话：{b['phone']}，邮箱：{b['mail']}。")
    closing(g, d, b, dt.date(2025, g.r.randint(1, 12), g.r.randint(1, 28)))
    disclosure_note(d)
    d.note = "规范性文件全文，主动公开；条文中的“国家秘密”“机密★”“秘密★”是提及不是标志，全文应保持原样。"


def law_quote_reply(g: Gen, d: Doc) -> None:
    """An 不予公开 notice (告知书) that quotes the law at length but withholds nothing of its own."""
    b = body(g, d, g.r.choice(["自然资源和规划局", "财政局"]), addr=True)
    d.attribute = "依申请公开"
    d.title = "政府信息不予公开告知书"
    d.p(docno(g, d, b["abbr"], kind="依告"))
    app = person(g, d)
    d.p(f"{app}：")
    d.p(f"你于{ymd(g.date('2026-05-01', '2026-10-01'))}申请公开“某区域地下管网及重要设施分布图”。经审查，该信息已依法确定为国家秘密"
        f"（密级：机密），根据《中华人民共和国政府信息公开条例》第十四条“依法确定为国家秘密的政府信息……不予公开”之规定，本机关决定不予公开。")
    d.K("law_text", "该信息已依法确定为国家秘密")
    d.p(f"送达地址：{d.R('address_home', g.address())}；联系电话：{mobile(g, d)}。")
    d.p(f"联系人：{official(g, d)}，电话：{b['phone']}，地址：{b['addr']}。")
    closing(g, d, b, g.date("2026-06-01", "2026-11-20"))
    d.note = "告知书本身不涉密（只说明所申请信息是国家秘密），依申请公开送达；“机密”是提及不是标志。申请人信息 redact。"
