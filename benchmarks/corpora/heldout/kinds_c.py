"""Official documents: 任免/任前公示, 会议纪要, 征求意见函, 请示, 工作动态, 公开通知, 涉密文件, 内部资料/工作秘密,
联合发文, 制度文本."""
from __future__ import annotations

import datetime as dt

from core import Doc, cn_date, fmt_card, fmt_id, fmt_mobile, set_marking, ymd
from idgen import ESTATES, ROADS
from kinds_a import DISEASES, child_of, company, person, redhead

POSTS = ["民政局局长", "教育局副局长", "卫生健康局局长", "人力资源和社会保障局副局长", "住房和城乡建设局局长",
         "市场监督管理局副局长", "医疗保障局局长", "应急管理局副局长", "退役军人事务局局长", "交通运输局副局长",
         "农业农村局副局长", "自然资源局局长", "统计局局长", "审计局副局长", "信访局局长", "城市管理局副局长"]


def officials(d: Doc, n):
    return [d.g.name() for _ in range(n)]


def banji(d: Doc, who, when):
    d.p("")
    d.p(f"抄送：县委办公室，县人大常委会办公室，县政协办公室。", "small")
    d.p(f"{who}　　　　{ymd(when)}印发", "small")


# =================================================================== 人事任免
def k_appoint(d: Doc):
    r = d.rng
    org = f"{d.county}人民政府"
    no = d.doc_no("政任", n=r.randint(1, 30))
    when = d.date()
    if d.fmt != "docx":
        d.index_no(d.g.uscc(d.c[0], "11"), when)
    redhead(d, org, no)
    names = officials(d, r.randint(3, 8))
    d.p(f"{org}关于{names[0]}等同志职务任免的通知", "title")
    d.p("各乡镇人民政府、街道办事处，县政府各部门：", "plain")
    d.p(f"经{when.year}年{when.month}月{max(1, when.day - 3)}日县人民政府第{r.randint(20, 90)}次常务会议研究决定：")
    posts = r.sample(POSTS, len(names))
    for i, (n, p) in enumerate(zip(names, posts)):
        if i % 3 == 2:
            d.p(f"免去{d.K('official_name', n)}的{d.county}{p}职务；")
        else:
            d.p(f"任命{d.K('official_name', n)}为{d.county}{p}{r.choice(['', '', '（试用期一年）'])}；")
    d.p("以上同志的任职时间从县人民政府常务会议决定之日起计算。")
    d.sign(org, when)
    d.attr_note("公开发布")
    banji(d, f"{d.county}人民政府办公室", when + dt.timedelta(days=1))
    d.attribute = "主动公开"


def k_pre_appoint(d: Doc):
    r = d.rng
    org = f"中共{d.county}委组织部"
    when = d.date()
    d.p("干部任前公示", "title")
    d.p(f"根据《党政领导干部选拔任用工作条例》有关规定，经县委研究，现将拟任职干部予以公示：")
    for i in range(r.randint(3, 7)):
        p = person(d)
        t = d.g.town()
        d.p(f"{d.K('official_name', p['name'])}，{p['sexw']}，汉族，{p['birth'].year}年{p['birth'].month}月生，{d.county}{t}人，"
            f"{r.choice(['大学', '研究生', '在职大学'])}学历，{p['birth'].year + r.randint(21, 24)}年{r.randint(7, 9)}月参加工作，"
            f"{p['birth'].year + r.randint(20, 28)}年{r.randint(1, 12)}月加入中国共产党，现任{d.county}{r.choice(POSTS)}，拟任{d.g.town()}党委书记。")
    d.p(f"公示时间：{ymd(when)}至{ymd(when + dt.timedelta(days=6))}（5个工作日）。")
    d.p(f"公示期间，对公示对象有反映的，可通过来电、来信、来访等方式向县委组织部反映。举报电话：{d.K('landline_office', d.office_phone())}、{d.K('service_number', '12380')}；"
        f"举报网站：{d.c[2]}12380举报网；电子邮箱：{d.K('email_office', d.office_email('zzb12380', r.choice(['163.com', 'qq.com', '126.com'])))}；来信地址：{d.K('address_public', d.office_addr())}，邮编{__import__('core').POSTCODES[d.county]}。")
    d.p("反映问题要实事求是，并请提供具体事实或线索，提倡实名反映。")
    d.sign(org, when)
    d.attribute = "主动公开"
    d.notes.append("拟任干部的出生年月、籍贯为干部公示标准内容，公开")


# =================================================================== 会议纪要
def k_minutes(d: Doc):
    r = d.rng
    org = f"{d.county}人民政府"
    when = d.date()
    mayor, *others = officials(d, 7)
    n = r.randint(20, 80)
    internal = r.random() < 0.5
    if internal:
        d.p("内部资料　注意保存", "mark")
    d.p(f"{org}常务会议纪要" if d.variant % 2 == 0 else f"{org}专题会议纪要", "red", )
    d.p(f"〔{when.year}〕第{n}期", "docno")
    d.p(f"{org}办公室　　　　　　　　　　{ymd(when)}", "plain")
    d.p(f"{ymd(when - dt.timedelta(days=2))}，县长{d.K('official_name', mayor)}主持召开县政府第{n}次常务会议，听取了有关工作汇报，研究部署了近期重点工作。纪要如下：")
    d.p(f"一、关于{d.county}2026年城乡低保提标工作。会议同意县民政局提出的提标方案，城市低保标准由每人每月{r.randint(650, 760)}元提高至{r.randint(770, 880)}元，所需资金{d.K('amount', str(r.randint(300, 1800)) + '万元')}由县财政统筹安排。")
    vil = person(d)
    kid = child_of(d, vil["name"], "M")
    d.p(f"二、关于{d.g.town()}{d.g.village()}村民{d.R('person_name', vil['name'])}反复信访问题。该户{d.U(vil['name'])}之子{d.R('person_name', kid['name'])}（{d.R('minor', str(2026 - kid['birth'].year) + '岁')}）患{d.R('health', r.choice(DISEASES))}，家庭负担较重。会议要求县民政局、医保局按程序落实救助政策，{d.g.town()}做好稳控和帮扶工作，防止赴省进京非访。")
    d.p(f"三、关于{r.choice(['县城污水处理厂提标改造', '城区供热管网改造', '乡镇卫生院标准化建设'])}项目。会议原则同意项目实施方案，由县发改局牵头，按程序报批。")
    d.p(f"出席：{'、'.join(d.K('official_name', o) for o in others[:4])}", "plain")
    d.p(f"列席：县政府办公室、县财政局、县民政局、县医保局主要负责同志", "plain")
    d.p(f"请假：{d.K('official_name', others[4])}（外出学习）", "plain")
    d.p(f"记录：{d.U(others[5])}", "plain")
    banji(d, f"{org}办公室", when)
    if r.random() < 0.6:
        d.attr_note("不予公开")
    d.attribute = "不予公开"
    d.notes.append("会议纪要为过程性信息，不予公开" + ("；标有内部资料注意保存" if internal else ""))


# =================================================================== 征求意见函
def k_consult(d: Doc):
    r = d.rng
    bureau = r.choice(["民政局", "人力资源和社会保障局", "卫生健康局", "教育局", "住房和城乡建设局"])
    org = f"{d.county}{bureau}"
    when = d.date()
    policy = r.choice(["临时救助实施办法", "公益性岗位开发管理办法", "家庭医生签约服务实施方案", "义务教育学校招生入学实施细则", "住房保障实施细则"])
    d.p(f"{org}", "red")
    d.p(d.K("doc_number", d.doc_no(bureau[:2] + "函", n=r.randint(1, 90))), "docno")
    d.p(f"关于征求《{d.county}{policy}（征求意见稿）》意见的函", "title")
    d.p("县财政局、县人社局、县医保局，各乡镇人民政府、街道办事处：", "plain")
    d.p(f"为进一步规范……，我局起草了《{d.county}{policy}（征求意见稿）》，现印发给你们，请结合工作实际认真研究，于{ymd(when + dt.timedelta(days=10))}前将书面意见（加盖公章）反馈我局，逾期未反馈视为无意见。")
    d.p(f"反馈意见请注明修改理由，电子版请用{d.K('other_public', '宋体')}小四号字排版，表格中的{d.K('other_public', '金额')}请以万元为单位。")
    staff = d.g.name()
    d.p(f"联系人：{d.K('official_name', staff)}，联系电话：{d.K('landline_office', d.office_phone())}，电子邮箱：{d.K('email_office', d.office_email('', r.choice(['qq.com', '163.com'])))}")
    d.p(f"附件：{d.county}{policy}（征求意见稿）", "plain")
    d.sign(org, when)
    d.pb()
    d.p(f"{d.county}{policy}", "title")
    d.p("（征求意见稿）", "subtitle")
    d.p("第一条　为……根据有关法律法规，结合本县实际，制定本办法。")
    d.p(f"第二条　本办法适用于本县行政区域内……。涉及国家秘密的事项，按照保密法律法规执行。")
    d.p(f"第三条　县{bureau[:2]}部门负责……。申请人应当如实提供本人及家庭成员的身份证号码、收入、财产等信息。")
    d.p(f"第四条　本办法自{when.year + 1}年1月1日起施行。")
    d.attribute = "不予公开"
    d.notes.append("征求意见稿在政府内部征求意见，属过程性信息")


# =================================================================== 请示
def k_request(d: Doc):
    r = d.rng
    v = d.variant % 3
    bureau = ["民政局", "卫生健康局", "人民武装部"][v]
    org = f"{d.county}{bureau}" if v < 2 else f"中国人民解放军{d.county}人民武装部"
    when = d.date()
    signer = d.g.name()
    d.p(org, "red")
    d.p(f"{d.K('doc_number', d.doc_no(['民', '卫健', '武'][v] + '字', n=r.randint(1, 60)))}　　　　　　　签发人：{d.K('official_name', signer)}", "plain")
    if v == 0:
        d.p(f"{org}关于申请拨付2026年度困难群众临时救助资金的请示", "title")
        d.p(f"{d.county}人民政府：", "plain")
        d.p(f"2026年以来，全县共受理临时救助申请{r.randint(300, 900)}件，已救助{r.randint(200, 600)}人次，支出资金{d.K('amount', str(r.randint(80, 400)) + '万元')}，上级补助资金已基本用完。其中，{d.g.town()}村民{d.R('person_name', d.g.name())}（身份证号：{d.R('id_number', fmt_id(d.g.id18(d.c[0]), d.id_style(), r))}）一家三口因房屋失火致困，其妻{d.R('person_name', d.g.name('F'))}患{d.R('health', r.choice(DISEASES))}需长期治疗，拟按“一事一议”给予救助{d.K('amount', '20000元')}。")
        d.p(f"为保障困难群众基本生活，特申请县财政拨付临时救助资金{d.K('amount', str(r.randint(100, 300)) + '万元')}。")
    elif v == 1:
        d.p(f"{org}关于调整乡镇卫生院编制的请示", "title")
        d.p(f"{d.county}机构编制委员会：", "plain")
        d.p(f"我县现有乡镇卫生院{r.randint(10, 25)}所，核定编制{r.randint(500, 900)}名，实有在编人员……为满足基层医疗服务需求，拟调整编制如下（详见附件）。")
        d.p(f"因病长期不能坚持工作的人员{d.R('person_name', d.g.name())}（{d.R('health', r.choice(['重度抑郁症', '脑梗死后遗症', '尿毒症']))}）已按程序办理病退。")
    else:
        d.p(f"{org}关于2026年度民兵应急分队装备配置的请示", "title")
        d.p(f"{d.county}人民政府：", "plain")
        d.p(f"根据上级关于民兵应急力量建设的部署，我部拟组建基干民兵应急连{r.randint(1, 3)}个、专业分队{r.randint(2, 6)}个，编兵{r.randint(150, 400)}人。各分队集结地域、装备存放仓库位置及战备值班安排见附件。")
        d.p(f"申请装备经费{d.K('amount', str(r.randint(50, 200)) + '万元')}。")
        d.notes.append("未标密级，但涉及民兵编组集结地域与装备库位置，可能属国家秘密，须报保密行政管理部门确定")
    d.p("妥否，请批示。")
    d.p("附件：1．……", "plain")
    d.sign(org, when)
    d.p(f"（联系人：{d.K('official_name', d.g.name())}，联系电话：{d.K('landline_office', d.office_phone())}）", "plain")
    d.attribute = "须报审" if v == 2 else "不予公开"
    if v < 2:
        d.notes.append("请示为过程性信息（条例第十六条第二款）")


# =================================================================== 工作动态/新闻稿
def k_news(d: Doc):
    r = d.rng
    town = d.g.town()
    sec, mayor = d.g.name(), d.g.name()
    when = d.date()
    v = d.variant % 4
    if v == 0:
        d.p(f"{town}：“小网格”撬动基层治理“大民生”", "title")
        d.p(f"{ymd(when)}　来源：{d.county}融媒体中心", "center")
        d.p(f"近日，{town}党委书记{d.K('official_name', sec)}带队深入{d.g.village()}、{d.g.village()}等村，实地调研网格化管理工作。")
        old = person(d, age="old")
        d.p(f"走进{d.g.village()}{d.R('person_name', old['name'])}老人家中，网格员正在帮老人整理药品。今年{d.R('other_private', str(2026 - old['birth'].year) + '岁')}的{d.U(old['name'])}患有{d.R('health', r.choice(['糖尿病', '高血压', '冠心病', '慢性阻塞性肺病']))}，子女常年在外务工，网格员每周上门两次。“多亏了小刘，吃药都不用我操心。”老人笑着说。")
        d.p(f"镇长{d.K('official_name', mayor)}介绍，全镇共划分网格{r.randint(40, 120)}个，配备专兼职网格员{r.randint(80, 300)}名，今年以来累计化解矛盾纠纷{r.randint(100, 600)}件。")
    elif v == 1:
        d.p(f"{d.county}人社局：“春风行动”送岗位到家门口", "title")
        d.p(f"{ymd(when)}", "center")
        d.p(f"{ymd(when - dt.timedelta(days=1))}，{d.county}2026年“春风行动”暨就业援助月专场招聘会在{d.K('address_public', d.county + '人力资源市场')}举行。县人社局局长{d.K('official_name', sec)}、副局长{d.K('official_name', mayor)}到现场指导。")
        p = person(d)
        d.p(f"家住{d.R('address_home', p['addr'])}的{d.R('person_name', p['name'])}是一名{d.R('disability', '听力残疾')}人，在工作人员帮助下与{d.K('company_name', company(d))}达成了就业意向。“有了这份工作，心里就踏实了。”他说。")
        d.p(f"本次招聘会共有{r.randint(60, 180)}家企业参会，提供岗位{r.randint(1500, 6000)}个，达成意向{r.randint(300, 1200)}人。")
    elif v == 2:
        d.p(f"{d.county}公安局交警大队开展“百日攻坚”专项整治行动", "title")
        d.p(f"{ymd(when)}　{d.county}公安局", "center")
        d.p(f"为有效预防和减少道路交通事故，{d.county}公安局交警大队自{when.month}月起开展“百日攻坚”专项整治。大队长{d.K('official_name', sec)}表示，将重点整治酒驾醉驾、“两客一危”车辆违法行为。")
        drv = person(d, sex="M")
        pl = d.g.plate(d.c[5], r.choice(["blue", "nev_small", "nev_large"]))
        d.p(f"{ymd(when - dt.timedelta(days=3))}晚，民警在{d.K('address_public', r.choice(ROADS) + '收费站出口')}查获一辆号牌为{d.R('plate', pl)}的小型客车，驾驶人{d.R('person_name', drv['name'])}（{str(drv['birth'].year)[2]}0后，家住{d.R('address_home', drv['addr'])}）涉嫌醉酒驾驶，血液酒精含量{r.randint(85, 220)}mg/100ml。该人{d.R('criminal_record', '曾因危险驾驶罪被判处拘役三个月')}，目前已被依法采取刑事强制措施。")
        d.p(f"行动开展以来，共查处各类交通违法行为{r.randint(3000, 9000)}起。大队提醒广大驾驶人，{d.K('other_public', '高速')}公路行车切勿疲劳驾驶。如遇交通事故请拨打{d.K('service_number', '122')}。")
    else:
        d.p(f"{d.county}卫健局开展“健康义诊进万家”活动", "title")
        d.p(f"{ymd(when)}", "center")
        d.p(f"{ymd(when - dt.timedelta(days=2))}，{d.county}卫生健康局组织县人民医院、县中医院专家走进{town}开展义诊。局党组书记、局长{d.K('official_name', sec)}参加活动。")
        par = person(d)
        kid = child_of(d, par["name"], "M")
        d.p(f"在义诊现场，{d.g.village()}村民{d.R('person_name', par['name'])}带着{d.R('minor', str(2026 - kid['birth'].year) + '岁')}的儿子{d.R('person_name', kid['name'])}前来就诊。孩子患有{d.R('health', '先天性心脏病')}，专家当场为其制定了转诊方案。")
        d.p(f"活动共接诊群众{r.randint(200, 800)}人次，发放健康宣传资料{r.randint(1000, 3000)}份。")
    d.p(f"（通讯员　{d.K('official_name', d.g.name())}　{d.U(d.g.name())}）", "right")
    d.p(f"责任编辑：{d.K('official_name', d.g.name())}", "plain")
    d.attribute = "主动公开"
    d.notes.append("新闻中具名的群众（无书面同意）标redact；干部以职务身份出现keep")


# =================================================================== 公开通知（含本机关联系方式、非税账户）
def k_notice(d: Doc):
    r = d.rng
    v = d.variant % 3
    when = d.date()
    d.index_no(d.g.uscc(d.c[0], '11'), when)
    if v == 0:
        org = f"{d.county}人力资源和社会保障局"
        d.p(f"{org}关于2026年度{d.county}事业单位公开招聘工作人员笔试有关事项的公告", "title")
        d.p(f"根据《事业单位公开招聘人员暂行规定》和{d.county}2026年度事业单位公开招聘工作安排，现将笔试有关事项公告如下：")
        d.p(f"一、笔试时间：{ymd(when + dt.timedelta(days=20))}上午9:00-11:30。")
        d.p(f"二、笔试地点：{d.K('address_public', d.county + '第一中学（' + r.choice(ROADS) + str(r.randint(1, 200)) + '号）')}。")
        d.p(f"三、考务费缴纳：每人每科50元，请于{ymd(when + dt.timedelta(days=5))}前缴入{d.county}财政局非税收入专户。户名：{d.county}财政局；账号：{d.K('body_account', d.body_account())}；开户行：{r.choice(['中国农业银行', '中国银行', '中国建设银行'])}{d.county}支行。")
        d.p("四、考生须持准考证和有效居民身份证参加考试，证件不全者不得入场。")
    elif v == 1:
        org = f"{d.county}市场监督管理局"
        d.p(f"{org}关于开展2026年度食品安全“你点我检”活动的公告", "title")
        d.p("为畅通群众参与食品安全监管渠道，现面向社会征集抽检食品品种和场所。")
        d.p(f"参与方式：拨打{d.K('service_number', '12315')}投诉举报热线，或发送邮件至{d.K('email_office', d.office_email('scjg', r.choice(['163.com', 'qq.com'])))}，或到{d.K('address_public', d.office_addr())}现场填写征集表。")
        d.p(f"本次抽检费用由县财政保障，抽检结果将在本局网站“{d.K('other_public', '食品安全抽检信息')}”栏目公布。")
    else:
        org = f"{d.county}住房和城乡建设局"
        d.p(f"{org}关于{d.county}2026年公共租赁住房配租资格审核结果的公告", "title")
        d.p(f"经申请人申请、乡镇（街道）初审、县住建局会同县民政局等部门联审，共有{r.randint(60, 240)}户申请家庭符合公共租赁住房配租条件，名单在县政务服务中心公示栏张贴公示（已隐去身份证号码等个人信息）。")
        d.p(f"租金缴纳账户：户名：{d.county}住房保障服务中心；账号：{d.K('body_account', d.body_account())}。")
    d.p("联系方式：", "plain")
    d.contact_block(style=r.choice(["lines", "inline"]))
    d.sign(org, when)
    d.attr_note("公开发布")
    d.attribute = "主动公开"
    d.notes.append("本机关联系人、座机、传真、监督邮箱（含163/qq邮箱）、非税收入账户均为公开信息")


# =================================================================== 涉密文件
SECRET_SPECS = [
    # level, period, marked date, star glyph, header layout
    ("秘密", "1年", "2025-05-12", "★", "2012"),
    ("机密", "10年", "2024-09-03", "★", "2012"),
    ("绝密", "长期", "2023-11-20", "★", "2012"),
    ("秘密", "6个月", "2026-03-18", "★", "2012"),
    ("机密", "2年", "2025-08-26", "☆", "2012"),
    ("秘密", "5年", "2019-04-15", "★", "1999"),
    ("秘密", "6个月", "2026-07-22", "★", "2012"),
    ("机密", "5年", "2020-06-30", "*", "2012"),
]


def k_secret(d: Doc):
    r = d.rng
    level, period, mdate, star, layout = SECRET_SPECS[d.variant % len(SECRET_SPECS)]
    mdate = dt.date.fromisoformat(mdate)
    set_marking(d, level, period, mdate)
    org, code = r.choice([(f"{d.county}人民政府办公室", "政办发"), (f"{d.county}公安局", "公发"),
                          (f"{d.county}维护稳定工作领导小组办公室", "稳办"), (f"{d.county}人民政府", "政发")])
    fenhao = f"{r.randint(1, 60):06d}"
    mark = f"{level}{star}{period}"
    if layout == "1999":
        d.p(f"　　　　　　　　　　　　　　　　　　　　　{mark}", "right", noise=False)
        d.p("　　　　　　　　　　　　　　　　　　　　　特急", "right")
    else:
        d.p(fenhao, "plain", noise=False)
        d.p(mark if r.random() < 0.7 else mark.replace(level, level[0] + " " + level[1]), "mark", noise=False)
        if r.random() < 0.5:
            d.p(r.choice(["特急", "加急"]), "mark")
    redhead(d, org, d.doc_no(code, year=mdate.year, n=r.randint(1, 99)))
    topic = r.randint(0, 2)
    if topic == 0:
        d.p(f"关于做好{mdate.year}年重要敏感节点期间重点人员稳控工作的通知", "title")
        d.p("各乡镇人民政府、街道办事处，县直有关单位：", "plain")
        d.p(f"为确保重要敏感节点期间全县社会大局稳定，经县委、县政府同意，现就重点人员稳控工作通知如下。各单位要严格落实“一人一档、一人一策”包保责任，对下列重点人员实行24小时稳控：")
        rows = []
        for i in range(r.randint(5, 12)):
            p = person(d)
            rows.append([str(i + 1), d.R("person_name", p["name"]), d.R("id_number", fmt_id(p["id"], r.choice(["plain", "plain", "644"]), r)),
                         d.R("address_home", p["addr"]), d.R("mobile", p["mobile"]),
                         r.choice(["涉访", "涉众型经济案件受损群体", "征地拆迁诉求", "退役军人诉求"]), d.U(d.g.name())])
        d.table([["序号", "姓名", "身份证号", "住址", "联系电话", "类别", "包保责任人"]], rows, [1, 1.6, 4, 4.5, 2.8, 3, 1.6])
    elif topic == 1:
        d.p(f"{d.county}处置突发群体性事件应急预案（修订）", "title")
        d.p(f"一、指挥体系。县处置突发群体性事件指挥部总指挥由县委副书记、县长{d.K('official_name', d.g.name())}担任。指挥部设在县公安局指挥中心，备用指挥场所设在{d.U(d.g.town())}。")
        d.p(f"二、力量部署。公安机关一线处置力量{r.randint(80, 300)}人，分三个梯队，集结地点及联络方式见附件。")
        d.p(f"三、通信保障。指挥部值班电话{d.K('landline_office', d.office_phone())}。")
    else:
        d.p(f"关于{mdate.year}年度征兵体检政治考核情况的报告", "title")
        d.p(f"{d.c[2]}征兵办公室：")
        d.p(f"我县今年完成征集任务{r.randint(120, 300)}名，其中大学生{r.randint(60, 200)}名。政治考核中发现不合格人员{r.randint(2, 9)}名，其中{d.R('person_name', d.g.name('M'))}（身份证号{d.R('id_number', d.g.id18(d.c[0], age='adult'))}）{d.R('criminal_record', '曾因寻衅滋事被行政拘留十日')}。")
    d.sign(org, mdate, chinese=(layout == "1999"))
    if r.random() < 0.3:
        d.attr_note("公开发布")
        d.notes.append("附注写公开发布，但文件带有国家秘密标志，按规定处理")
    if layout == "1999":
        d.notes.append("GB/T 9704-1999式：密级标在右上角，成文日期用汉字")


# =================================================================== 内部资料 / 工作秘密
def k_internal(d: Doc):
    r = d.rng
    v = d.variant % 3
    when = d.date()
    if v == 0:
        d.p("内部资料　注意保存", "mark")
        d.p(f"{d.county}信访工作简报", "red")
        d.p(f"第{r.randint(1, 40)}期", "docno")
        d.p(f"{d.county}信访局编　　　　　　　　　　{ymd(when)}", "plain")
        d.p("本期要目：重点信访人动态；近期信访形势分析", "plain")
        for i in range(r.randint(2, 4)):
            p = person(d)
            d.p(f"{i + 1}．{d.R('person_name', p['name'])}（{d.R('id_number', fmt_id(p['id'], d.id_style(), r))}），{d.g.town()}人，因{r.choice(['征地补偿', '劳动争议', '医疗纠纷', '涉法涉诉'])}问题多次赴市上访。{d.R('criminal_record', '2019年因扰乱公共秩序被行政拘留五日') + '，' if i == 0 else ''}{('系' + d.R('religion', r.choice(['基督教', '天主教', '伊斯兰教'])) + '信众，') if i == 1 else ''}近期扬言要到省里反映，联系电话{d.R('mobile', fmt_mobile(p['mobile'], r.choice(['plain', '344'])))}。")
        d.p(f"报：县委、县政府领导　　　送：各乡镇、县直有关单位", "small")
        d.attribute = "不予公开"
        d.notes.append("内部资料注意保存，不是国家秘密标志，但属不公开材料")
    elif v == 1:
        d.m.header_text = "工作秘密　请勿外传"
        d.p("工作秘密", "mark")
        d.p(f"{d.county}卫生健康局关于一起聚集性疫情流行病学调查情况的报告", "title")
        d.p(f"{d.county}人民政府：")
        p = person(d)
        d.p(f"{ymd(when)}，县人民医院报告1例{d.R('health', '肺结核')}病例，患者{d.R('person_name', p['name'])}，{p['sexw']}，{2026 - p['birth'].year}岁，住{d.R('address_home', p['addr'])}，系{d.county}第一中学教师。经流调，其密切接触者{r.randint(20, 60)}人，已全部落实筛查。")
        hus = d.g.name("M")
        d.p(f"其丈夫{d.R('person_name', hus)}、女儿{d.R('person_name', child_of(d, hus, 'F')['name'])}已在{d.county}疾控中心完成筛查。")
        d.attribute = "不予公开"
        d.notes.append("工作秘密（保密法第六十四条），页眉同样标注")
    else:
        d.p(f"{d.county}公安局", "center")
        d.p("情况通报（内部）", "title")
        d.p(f"{ymd(when)}，{d.g.town()}发生一起盗窃电动车案件。犯罪嫌疑人{d.R('person_name', d.g.name('M'))}（{d.R('old_id_number', d.g.id15(d.c[0]))}，原15位身份证号）{d.R('criminal_record', '曾因盗窃罪被判处有期徒刑一年六个月')}，已被刑事拘留。")
        d.p(f"涉案车辆为{d.R('plate', d.g.plate(d.c[5], 'nev_small'))}号电动汽车（车架号{d.R('vin', d.g.vin())}）。本通报仅限公安机关内部掌握，不得外传。")
        d.attribute = "不予公开"
        d.notes.append("内部情况通报，不得外传；涉案信息属行政执法/刑事侦查信息")


# =================================================================== 联合发文
def k_joint(d: Doc):
    r = d.rng
    pairs = [("民政局", "财政局", "民发"), ("人力资源和社会保障局", "财政局", "人社发"), ("卫生健康局", "医疗保障局", "卫健发"),
             ("教育局", "财政局", "教发"), ("住房和城乡建设局", "自然资源局", "建发")]
    a, b, code = pairs[d.variant % len(pairs)]
    when = d.date()
    if r.random() < 0.7:
        d.index_no(d.g.uscc(d.c[0], "11"), when)
    d.p(f"{d.county}{a}\n{d.county}{b}", "red")
    d.p(d.K("doc_number", d.doc_no(code, n=r.randint(1, 40))), "docno")
    topic = {"民发": "提高2026年城乡最低生活保障标准", "人社发": "做好2026年城乡居民基本养老保险待遇调整工作",
             "卫健发": "做好2026年基本公共卫生服务项目工作", "教发": "做好2026年学前教育资助工作",
             "建发": "规范农村自建房审批管理"}[code]
    d.p(f"关于{topic}的通知", "title")
    d.p("各乡镇人民政府、街道办事处，县直有关单位：", "plain")
    d.p(f"为贯彻落实上级有关文件精神，经县人民政府同意，现就{topic}有关事项通知如下：")
    d.p(f"一、调整标准。自{when.year}年{when.month}月1日起，……标准每人每月提高{r.randint(20, 60)}元，所需资金{d.K('amount', str(r.randint(200, 1200)) + '万元')}由中央、省、市、县按比例分担。")
    d.p("二、工作要求。各乡镇（街道）要加强政策宣传，严格审核程序，不得泄露申请人个人信息，确保资金按时足额发放。")
    d.p("联系方式：", "plain")
    d.p(f"{d.county}{a}：{d.K('official_name', d.g.name())}，{d.K('landline_office', d.office_phone())}", "plain")
    d.p(f"{d.county}{b}：{d.K('official_name', d.g.name())}，{d.K('landline_office', d.office_phone())}", "plain")
    d.p("")
    d.p(f"{d.county}{a}　　　　{d.county}{b}", "right")
    d.p(ymd(when), "right")
    d.attr_note("公开发布")
    d.attribute = "主动公开"
    d.notes.append(f"联合发文：{d.county}{a}、{d.county}{b}两个发文机关")


# =================================================================== 制度文本（提及国家秘密，不是标志）
def k_rules(d: Doc):
    r = d.rng
    org = f"{d.county}{r.choice(['民政局', '审计局', '统计局', '医疗保障局'])}"
    d.p(f"{org}政府信息公开保密审查制度", "title")
    d.p("第一条　为加强政府信息公开保密审查工作，防止国家秘密、工作秘密、商业秘密和个人隐私泄露，根据《中华人民共和国保守国家秘密法》《中华人民共和国政府信息公开条例》等规定，结合本局实际，制定本制度。")
    d.p("第二条　保密审查坚持“先审查、后公开”“谁公开、谁审查、谁负责”的原则。")
    d.p("第三条　下列信息不得公开：（一）依法确定为国家秘密的；（二）法律、行政法规禁止公开的；（三）公开后可能危及国家安全、公共安全、经济安全、社会稳定的。")
    d.p("第四条　标注“绝密”“机密”“秘密”等密级的文件，以及密码电报，一律不得公开。已超过保密期限但未履行解密程序的文件，视同涉密文件管理。")
    if d.variant % 2 == 0:
        d.p("第五条　国家秘密标志按照“密级★保密期限”的形式标注，如“秘密★1年”“机密★10年”。对标注不规范的文件，承办科室应当报请定密责任人予以纠正。")
        d.notes.append("正文举例写出“秘密★1年”“机密★10年”，不是本文件的密级标志")
    d.p("第六条　对拟公开信息是否涉及国家秘密不能确定的，应当报县保密行政管理部门确定。保密行政管理部门应当在3个工作日内作出答复。")
    d.p("第七条　涉及个人隐私的信息，如身份证号码、手机号码、家庭住址、银行账号、病历等，公开前应当删除或者作匿名化处理。")
    d.p(f"第八条　本制度自印发之日起施行。咨询电话：{d.K('landline_office', d.office_phone())}。")
    d.sign(org, d.date())
    d.attribute = "主动公开"
    d.notes.append("制度文本仅提及国家秘密、机密等词语，无密级标志，应保持干净")
