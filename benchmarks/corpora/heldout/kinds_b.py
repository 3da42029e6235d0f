"""Lists and notices with many rows: 低保/临时救助/医疗救助/残疾人补贴/学生资助/入学 公示, 征收补偿, 宅基地,
交警 公告, 中标结果公告, and the spreadsheet 发放明细 (format_extra)."""
from __future__ import annotations

import datetime as dt

from core import Doc, fmt_card, fmt_id, fmt_mobile, mask_card, mask_id, mask_id2, mask_mobile, mask_name, ymd
from idgen import BANKS, ESTATES, ROADS
from kinds_a import DISEASES, company, person

DIS_CAT = ["视力", "听力", "言语", "肢体", "智力", "精神", "多重"]
DIS_LVL = ["一级", "二级", "三级", "四级"]
LIST_HDRS = {
    "name": ["户主姓名", "申请人", "保障对象", "姓名", "户主", "救助对象", "补贴对象姓名", "收款人"],
    "id": ["身份证号码", "公民身份号码", "证件号码", "身份证号", "户主证件号", "身份证件号码", "证件号"],
    "phone": ["联系电话", "联系方式", "手机号码", "电话", "本人电话", "联系手机"],
    "acct": ["银行账号", "一卡通账号", "惠民惠农一卡通账号", "社保卡金融账号", "打卡账号", "发放账户", "收款账号", "卡号"],
    "bank": ["开户行", "开户银行", "代发银行", "发放银行"],
    "addr": ["家庭住址", "住址", "居住地址", "现住址", "家庭详细住址"],
}


def hdr(d: Doc, key):
    return d.rng.choice(LIST_HDRS[key])


def lead_para(d: Doc, what, town, days=7):
    r = d.rng
    start = d.date("2026-01-05", "2026-11-10")
    d.p(f"根据《社会救助暂行办法》《{d.c[1]}最低生活保障审核确认实施办法》等规定，经个人申请、{r.choice(['乡镇（街道）', '镇人民政府'])}受理、入户调查、民主评议和审核确认，现将{what}予以公示。")
    d.p(f"公示期为{days}天（{ymd(start)}至{ymd(start + dt.timedelta(days=days - 1))}）。公示期内，任何单位和个人如有异议，可向{town}人民政府或{d.county}民政局实名反映，我们将依法调查核实。")
    return start


def supervise(d: Doc, town):
    d.p(f"监督电话：{d.K('landline_office', d.office_phone())}（{town}社会事务办）　{d.K('landline_office', d.office_phone())}（县民政局社会救助股）　{d.K('service_number', '12345')}（政务服务便民热线）")
    if d.rng.random() < 0.5:
        d.p(f"监督邮箱：{d.K('email_office', d.office_email('mzj', d.rng.choice(['163.com', 'qq.com'])))}")


def roster(d: Doc, n, cols, masked=False, subtotal=False, title=None, two_row=False, brk_p=0.0, widths=None,
           town=None, amounts=(300, 350, 420, 480, 520, 600, 650, 705)):
    """Build a recipients table. cols: list of keys among
    seq town village name sex id people cat amount addr phone acct bank disease note dis_id dis_cat dis_lvl
    kind birth grade school guardian."""
    r = d.rng
    towns = [town] if town else [d.g.town() for _ in range(r.randint(1, 4))]
    vills = {t: [d.g.village() for _ in range(r.randint(2, 5))] for t in towns}
    bank = r.choice(BANKS)
    head = {"seq": "序号", "town": r.choice(["乡镇（街道）", "所属乡镇", "镇街"]), "village": r.choice(["村（社区）", "村居", "所在村"]),
            "name": hdr(d, "name"), "sex": "性别", "id": hdr(d, "id"), "people": r.choice(["保障人数", "家庭人口", "享受人数"]),
            "cat": r.choice(["保障类别", "类别"]), "amount": r.choice(["月保障金（元）", "保障金额（元/月）", "金额(元)", "救助金额（元）"]),
            "addr": hdr(d, "addr"), "phone": hdr(d, "phone"), "acct": hdr(d, "acct"), "bank": hdr(d, "bank"),
            "disease": r.choice(["病种", "疾病名称", "患病情况", "致困原因"]), "note": "备注",
            "dis_id": r.choice(["残疾人证号", "残疾证号码", "第二代残疾人证号"]), "dis_cat": "残疾类别", "dis_lvl": "残疾等级",
            "kind": r.choice(["补贴类型", "享受类别"]), "birth": "出生日期", "grade": r.choice(["年级", "就读年级", "年级班级"]),
            "school": r.choice(["就读学校", "学校"]), "guardian": r.choice(["监护人", "家长姓名", "父（母）姓名"]),
            "gphone": r.choice(["家长联系电话", "监护人电话"]), "ss": r.choice(["社会保障卡号", "社保卡号"])}
    header = [[head[c] for c in cols]]
    if two_row:
        top, bottom = [], []
        groups = {"name": "申请人信息", "sex": "申请人信息", "id": "申请人信息", "phone": "申请人信息",
                  "acct": "发放信息", "bank": "发放信息", "amount": "发放信息", "people": "保障情况", "cat": "保障情况"}
        prev = None
        for c in cols:
            gname = groups.get(c)
            if gname:
                top.append(None if prev == gname else gname)
                bottom.append(head[c])
            else:
                top.append(head[c])
                bottom.append("^")
            prev = gname
        header = [top, bottom]
    rows = []
    total_amt = 0
    total_people = 0
    masked_done = 0
    seqn = 0
    for t in towns:
        sub = 0
        k = max(1, n // len(towns))
        for _ in range(k):
            seqn += 1
            kid = "birth" in cols or "grade" in cols
            p = person(d, age="kid" if kid else r.choice(["adult", "old", "old"]))
            v = r.choice(vills[t])
            row = []
            amt = r.choice(amounts)
            for c in cols:
                if c == "seq":
                    row.append(str(seqn))
                elif c == "town":
                    row.append(t)
                elif c == "village":
                    row.append(v)
                elif c == "name":
                    row.append(d.K("masked_value", mask_name(p["name"], r)) if masked and masked_done < 3 else
                               (mask_name(p["name"], r) if masked else d.U(p["name"])))
                elif c == "sex":
                    row.append(p["sexw"])
                elif c == "id":
                    if masked:
                        mv = mask_id(p["id"]) if r.random() < 0.7 else mask_id2(p["id"])
                        row.append(d.K("masked_value", mv) if masked_done < 3 else mv)
                    else:
                        style = r.choice(["plain"] * 12 + ["644", "44442", "stray", "lowerx", "fw"])
                        v_id = fmt_id(p["id"], style, r)
                        row.append(d.R("id_number", v_id, brk=9 if r.random() < brk_p else None))
                elif c == "people":
                    pp = r.randint(1, 5)
                    total_people += pp
                    row.append(str(pp))
                elif c == "cat":
                    row.append(r.choice(["A类", "B类", "C类", "一类", "二类", "三类"]))
                elif c == "amount":
                    row.append(str(amt))
                elif c == "addr":
                    a = f"{t}{v}{r.randint(1, 12)}组{r.randint(1, 150)}号" if r.random() < 0.7 else p["addr"]
                    row.append(d.R("address_home", a))
                elif c == "phone":
                    if masked:
                        mv = mask_mobile(p["mobile"])
                        row.append(d.K("masked_value", mv) if masked_done < 3 else mv)
                    else:
                        row.append(d.R("mobile", fmt_mobile(p["mobile"], r.choice(["plain"] * 8 + ["344", "fw"]))))
                elif c == "gphone":
                    row.append(d.R("mobile", d.g.mobile()))
                elif c == "acct":
                    card = d.g.bank(bank)[0]
                    if masked:
                        mv = mask_card(card)
                        row.append(d.K("masked_value", mv) if masked_done < 3 else mv)
                    else:
                        row.append(d.R("bank_card", fmt_card(card, r.choice(["plain"] * 6 + ["sp4", "dsp4"]))))
                elif c == "ss":
                    row.append(d.R("social_security_card", d.g.sscard()))
                elif c == "bank":
                    row.append(bank[2] + d.county + r.choice(["支行", "营业部", ""]) if bank[2] != "农村商业银行" else d.county + "农村商业银行")
                elif c == "disease":
                    dz = r.choice(DISEASES)
                    row.append(d.R("health", dz) if not masked else dz)
                elif c == "note":
                    nt = r.choice([""] * 6 + ["重残", "单亲家庭", "因病", "孤寡", "患" + r.choice(DISEASES[:5])])
                    if nt.startswith("患"):
                        row.append("患" + d.R("health", nt[1:]))
                    elif nt == "重残":
                        row.append(d.R("disability", "重残"))
                    else:
                        row.append(nt)
                elif c == "dis_id":
                    cat = r.randint(1, 7)
                    lvl = r.randint(1, 4)
                    row.append(d.R("id_number", p["id"] + f"{cat}{lvl}"))
                    p["cat"], p["lvl"] = DIS_CAT[cat - 1], DIS_LVL[lvl - 1]
                elif c == "dis_cat":
                    cat = p.get("cat") or r.choice(DIS_CAT)
                    row.append(d.R("disability", cat + "残疾" if r.random() < 0.0 else cat))
                elif c == "dis_lvl":
                    row.append(p.get("lvl") or r.choice(DIS_LVL))
                elif c == "kind":
                    row.append(r.choice(["困难残疾人生活补贴", "重度残疾人护理补贴", "两项补贴"]))
                elif c == "birth":
                    b = p["birth"]
                    row.append(d.R("minor", b.strftime(r.choice(["%Y-%m-%d", "%Y.%m.%d", "%Y年%m月%d日"]))))
                elif c == "grade":
                    row.append(r.choice(["一年级", "三年级", "五年级", "七年级", "八年级", "九年级", "高一", "高二"]))
                elif c == "school":
                    row.append(f"{d.county}{r.choice(['第一', '第二', '实验', '城关', '第三'])}{r.choice(['小学', '中学', '初级中学'])}")
                elif c == "guardian":
                    row.append(d.U(d.g.name()))
            masked_done += 1
            total_amt += amt
            sub += amt
            rows.append(row)
        if subtotal and len(towns) > 1:
            rows.append([f"{t}小计"] + [None] * (cols.index("amount") - 1) + [str(sub)] + [""] * (len(cols) - cols.index("amount") - 1))
    if "amount" in cols:
        tr = ["合计"] + [""] * (len(cols) - 1)
        tr[cols.index("amount")] = str(total_amt)
        if "people" in cols:
            tr[cols.index("people")] = str(total_people)
        if "name" in cols and cols.index("name") > 0 and r.random() < 0.5:
            tr[cols.index("name")] = f"共{seqn}户"
        if r.random() < 0.3 and len(rows) > 40:
            rows.insert(len(rows) // 2, ["本页小计"] + [""] * (len(cols) - 1))
        rows.append(tr)
    d.table(header, rows, widths or _widths(cols), title=title)
    return towns, total_amt


def _widths(cols):
    w = {"seq": 1.3, "town": 2.2, "village": 2.2, "name": 1.6, "sex": 1, "id": 4.2, "people": 1.2, "cat": 1.3, "amount": 1.6,
         "addr": 4, "phone": 2.8, "acct": 4.5, "bank": 3.4, "disease": 2.4, "note": 1.8, "dis_id": 4.8, "dis_cat": 1.3,
         "dis_lvl": 1.3, "kind": 3, "birth": 2.2, "grade": 1.5, "school": 3, "guardian": 1.6, "gphone": 2.8, "ss": 2.4}
    return [w[c] for c in cols]


# =================================================================== 公示名单 kinds
def k_dibao(d: Doc):
    r = d.rng
    town = d.g.town()
    big = d.variant % 2 == 0
    q = r.choice(["第一季度", "第二季度", "第三季度", "3月份", "6月份", "9月份"])
    d.p(f"关于{town}2026年{q}城乡最低生活保障{r.choice(['新增对象', '拟保对象', '动态调整'])}的公示", "title")
    d.p(f"各村（社区）及广大群众：", "plain")
    lead_para(d, f"{town}2026年{q}拟纳入城乡最低生活保障对象名单", town)
    masked = d.variant % 5 == 3
    cols = ["seq", "town", "village", "name", "sex", "id", "people", "cat", "amount"]
    if r.random() < 0.7:
        cols.append(r.choice(["addr", "phone"]))
    if r.random() < 0.5 and not masked:
        cols += ["acct", "bank"]
    cols.append("note")
    if d.fmt in ("docx", "pdf") and len(cols) > 11:
        d.m.landscape = True
    roster(d, r.randint(160, 260) if big else r.randint(25, 70), cols, masked=masked, subtotal=False, town=town,
           two_row=r.random() < 0.35, brk_p=0.06 if d.fmt == "docx" else 0.0,
           title=f"{town}2026年{q}城乡低保对象花名册" if r.random() < 0.6 else None)
    supervise(d, town)
    d.sign(f"{town}人民政府", d.date("2026-02-01", "2026-11-15"))
    if masked:
        d.notes.append("名单已按规定脱敏（姓名、身份证号、电话均打码），打码值为keep")
    d.notes.append("公示名单中的户主姓名未标注（低保公示依规公开姓名，地方做法不一）")
    d.attribute = "主动公开"


def k_temp_relief(d: Doc):
    r = d.rng
    town = d.g.town()
    d.p(f"{town}2026年{r.choice(['1-3月', '4-6月', '第三季度', '10月'])}临时救助对象公示", "title")
    lead_para(d, "临时救助审批结果", town, days=5)
    cols = ["seq", "village", "name", "sex", "id", "disease", "amount", r.choice(["acct", "phone"])]
    roster(d, r.randint(20, 60), cols, brk_p=0.05, town=town, amounts=(500, 800, 1000, 1500, 2000, 3000, 5000))
    d.p("注：致困原因栏已列明申请人家庭遭遇的突发事件、意外伤害或重大疾病情况。", "plain")
    supervise(d, town)
    d.sign(f"{town}人民政府", d.date())
    d.notes.append("致困原因（疾病名）为健康信息redact；救助对象姓名未标注")
    d.attribute = "主动公开"


def k_medical(d: Doc):
    r = d.rng
    org = f"{d.county}医疗保障局" if r.random() < 0.5 else f"{d.county}民政局"
    d.p(f"{d.county}2026年{r.choice(['第一批', '第二批', '上半年'])}{r.choice(['医疗救助', '大病救助', '重特大疾病医疗救助'])}对象公示", "title")
    d.p(f"根据《{d.c[1]}健全重特大疾病医疗保险和救助制度实施办法》规定，经个人申请、乡镇审核、县级审批，现将{d.county}2026年医疗救助对象予以公示，公示期7天。")
    cols = ["seq", "town", "name", "id", "disease", "amount", "ss"]
    if r.random() < 0.5:
        cols.insert(6, "phone")
    roster(d, r.randint(30, 120), cols, brk_p=0.05, subtotal=True, amounts=tuple(range(1200, 30000, 700)))
    d.p(f"如有异议，请在公示期内向{org}反映。联系电话：{d.K('landline_office', d.office_phone())}。")
    d.sign(org, d.date())
    d.attribute = "主动公开"
    d.notes.append("病种列为健康信息（个人信息保护法第28条）redact")


def k_disability(d: Doc):
    r = d.rng
    org = f"{d.county}残疾人联合会" if r.random() < 0.4 else f"{d.county}民政局"
    d.p(f"{d.county}2026年{r.choice(['1月', '4月', '7月', '10月'])}残疾人两项补贴新增人员名单公示", "title")
    d.p(f"根据《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（{d.K('doc_number', '国发〔2015〕52号')}）及省、市相关规定，经本人申请、乡镇（街道）审核、县民政局会同县残联审定，现将新增人员名单公示如下：")
    cols = ["seq", "town", "name", "dis_id", "dis_cat", "dis_lvl", "kind", "amount", "acct"]
    d.m.landscape = d.fmt in ("docx", "pdf")
    roster(d, r.randint(40, 120), cols, brk_p=0.04, amounts=(80, 100, 120, 150, 200))
    d.p(f"公示期：7个工作日。联系电话：{d.K('landline_office', d.office_phone())}。")
    d.sign(org, d.date())
    d.attribute = "主动公开"
    d.notes.append("残疾人证号=18位身份证号+类别+等级两位，整串标id_number（遮蔽其中18位即可）；残疾类别redact")


def k_student_aid(d: Doc):
    r = d.rng
    org = f"{d.county}教育{r.choice(['局', '和体育局'])}学生资助管理中心"
    d.p(f"{d.county}2026年{r.choice(['春季', '秋季'])}学期义务教育阶段家庭经济困难学生生活补助拟资助名单公示", "title")
    d.p(f"根据《学生资助资金管理办法》规定，经学生申请、学校评议、县学生资助管理中心审核，现将拟资助学生名单公示如下，公示期5个工作日。")
    cols = ["seq", "school", "grade", "name", "birth", "id", "guardian", "gphone", "acct"]
    d.m.landscape = d.fmt in ("docx", "pdf")
    roster(d, r.randint(30, 90), cols, brk_p=0.04, amounts=(625, 500, 1000))
    d.p(f"监督电话：{d.K('landline_office', d.office_phone())}，全国学生资助热线：{d.K('service_number', '12345')}。")
    d.sign(org, d.date())
    d.attribute = "主动公开"
    d.notes.append("学生为未成年人：出生日期列标minor；学生与监护人姓名未标注")


def k_enroll(d: Doc):
    r = d.rng
    school = f"{d.county}{r.choice(['实验小学', '第一小学', '城关第二小学', '育才小学'])}"
    d.p(f"{school}2026年秋季一年级新生入学{r.choice(['登记', '审核通过'])}名单公示", "title")
    masked = d.variant % 2 == 1
    d.p(f"根据《{d.county}2026年义务教育阶段学校招生入学工作方案》，经报名登记、资料审核，现将我校2026年秋季一年级拟录取新生名单公示如下：")
    rows = []
    for i in range(r.randint(60, 180)):
        kid = person(d, age="kid")
        kid["birth"] = dt.date(2019, 9, 1) + dt.timedelta(days=r.randint(0, 364))
        kid["id"] = d.g.id18(d.c[0], birth=kid["birth"], sex=kid["sex"])
        par = d.g.name()
        if masked:
            nm = mask_name(kid["name"], r)
            idm = mask_id(kid["id"])
            row = [str(i + 1), d.K("masked_value", nm) if i < 3 else nm, kid["sexw"],
                   d.K("masked_value", idm) if i < 3 else idm, r.choice(["学区内户籍", "学区内房产", "随迁子女"])]
        else:
            row = [str(i + 1), d.R("person_name", kid["name"]), kid["sexw"], d.R("minor", kid["birth"].strftime("%Y-%m-%d")),
                   d.R("id_number", fmt_id(kid["id"], r.choice(["plain"] * 8 + ["lowerx", "644"]), r)), d.U(par),
                   d.R("address_home", d.g.home_addr(d.c, style=r.choice(["urban", "estate"]))),
                   r.choice(["学区内户籍", "学区内房产", "随迁子女"])]
        rows.append(row)
    if masked:
        d.table([["序号", "学生姓名", "性别", "身份证号", "入学类别"]], rows, [1, 2, 1, 4, 2.5])
    else:
        d.table([["序号", "学生姓名", "性别", "出生日期", "身份证号码", "监护人", "户籍/房产地址", "入学类别"]], rows,
                [1, 1.6, 1, 2.2, 4.2, 1.6, 4.5, 2])
    d.p(f"公示期：3天。如有异议，请与学校招生办公室联系，电话：{d.K('landline_office', d.office_phone())}。")
    d.sign(school, d.date("2026-07-10", "2026-08-25"))
    d.attribute = "主动公开"
    if masked:
        d.notes.append("已脱敏名单：打码姓名与证件号keep")
    else:
        d.notes.append("未脱敏名单：6-7岁儿童姓名（未成年人敏感信息）、出生日期、身份证号、住址redact；监护人姓名未标注")


def k_expro(d: Doc):
    r = d.rng
    proj = f"{d.county}{r.choice(ROADS)}{r.choice(['片区棚户区改造', '拓宽改造工程', '老旧街区更新改造'])}项目"
    d.p(f"{proj}房屋征收补偿分户情况公示", "title")
    d.p(f"根据《国有土地上房屋征收与补偿条例》第二十九条规定，现将{d.K('other_public', proj)}房屋征收补偿分户情况予以公布。征收决定文号：{d.K('doc_number', d.doc_no('政征字', n=r.randint(1, 12)))}。")
    rows = []
    tot = 0
    for i in range(r.randint(40, 150)):
        p = person(d)
        area = round(r.uniform(45, 180), 2)
        money = int(area * r.randint(3600, 5200))
        tot += money
        card = d.g.bank()[0]
        rows.append([str(i + 1), d.U(p["name"]), d.R("id_number", fmt_id(p["id"], r.choice(["plain"] * 9 + ["644", "halffw"]), r)),
                     d.U(f"{r.choice(ROADS)}{r.randint(1, 200)}号"), f"{area}", r.choice(["货币补偿", "产权调换"]),
                     f"{money}", d.R("bank_card", card) if r.random() < 0.8 else "产权调换", d.R("mobile", p["mobile"])])
    rows.append(["合计", "", "", "", "", "", str(tot), "", ""])
    d.table([["序号", "被征收人", "证件号码", "被征收房屋坐落", "面积（㎡）", "补偿方式", "补偿金额（元）", "补偿款收款账号", "联系电话"]],
            rows, [1, 1.6, 4, 3.2, 1.5, 1.8, 2.2, 4.2, 2.8])
    d.p(f"房屋征收部门：{d.county}房屋征收与补偿服务中心　咨询电话：{d.K('landline_office', d.office_phone())}")
    d.sign(f"{d.county}房屋征收与补偿服务中心", d.date())
    d.attribute = "主动公开"
    d.notes.append("被征收人姓名及房屋坐落依条例第29条分户公布，未标注；证件号、账号、电话redact")


def k_homestead(d: Doc):
    r = d.rng
    town, vil = d.g.town(), d.g.village()
    d.p(f"{vil}农村宅基地申请审批公示", "title")
    d.p(f"根据《中华人民共和国土地管理法》和《{d.c[1]}农村宅基地管理办法》规定，经村民小组会议讨论、村民委员会审查，现将以下户申请宅基地情况予以公示，公示期为5个工作日。")
    rows = []
    for i in range(r.randint(5, 14)):
        p = person(d)
        rows.append([str(i + 1), d.U(p["name"]), d.R("id_number", fmt_id(p["id"], d.id_style(), r)), str(r.randint(2, 7)),
                     r.choice(["分户新建", "原址翻建", "危房改造"]), f"{r.choice(['东至', '西至'])}{d.g.name()[0]}家、南至村道",
                     str(r.randint(120, 200)), d.R("mobile", p["mobile"])])
    d.table([["序号", "申请户主", "身份证号", "家庭人口", "申请理由", "拟用地四至", "面积（㎡）", "联系电话"]], rows,
            [1, 1.6, 4, 1.2, 2, 3.2, 1.4, 2.8])
    d.p(f"监督电话：{d.K('landline_office', d.office_phone())}（{town}自然资源所）")
    d.sign(f"{vil}村民委员会", d.date())
    d.attribute = "主动公开"
    d.notes.append("申请户主姓名未标注（公示所需）")


def k_traffic(d: Doc):
    r = d.rng
    org = f"{d.county}公安局交通警察大队"
    v = d.variant % 2
    if v == 0:
        d.p(f"{org}关于逾期未处理交通违法行为机动车的公告", "title")
        d.p(f"根据《中华人民共和国道路交通安全法》及《道路交通安全违法行为处理程序规定》，下列机动车在我县道路上存在交通违法行为，经多次通知仍未接受处理。请机动车所有人或驾驶人自本公告发布之日起十五日内，持本人身份证、机动车行驶证、驾驶证到{d.K('address_public', d.office_addr())}违法处理窗口接受处理。逾期未处理的，将依法予以处罚。")
        rows = []
        for i in range(r.randint(30, 80)):
            p = person(d)
            pl = d.g.plate(d.c[5] if r.random() < 0.8 else r.choice(["冀A", "豫A", "川A", "苏A"]))
            masked = r.random() < 0.6
            owner = d.K("masked_value", mask_name(p["name"], r)) if (masked and i < 3) else (mask_name(p["name"], r) if masked else d.R("person_name", p["name"]))
            rows.append([str(i + 1), d.U(pl), r.choice(["小型汽车", "大型汽车", "小型新能源汽车", "挂车", "普通摩托车"]),
                         owner, (d.date("2025-06-01", "2026-09-30")).strftime("%Y-%m-%d"),
                         d.U(r.choice(ROADS) + r.choice(["与", "/"]) + r.choice(ROADS) + "路口"),
                         r.choice(["机动车违反禁止标线指示", "驾驶机动车违反道路交通信号灯通行", "机动车违反规定停放、临时停车", "超速行驶（超过规定时速20%以下）"])])
        d.table([["序号", "号牌号码", "号牌种类", "机动车所有人", "违法时间", "违法地点", "违法行为"]], rows, [1, 2.2, 2.2, 2, 2.4, 4, 5])
        d.notes.append("公告送达：号牌号码与违法地点为送达所需，未标注；未打码的所有人姓名redact，已打码keep")
    else:
        d.p(f"{org}关于注销达到强制报废标准机动车的公告", "title")
        d.p(f"根据《机动车强制报废标准规定》和《机动车登记规定》，下列机动车已达到强制报废标准，经公告三个月仍未办理注销登记，现公告注销机动车登记证书、号牌和行驶证。")
        rows = []
        for i in range(r.randint(25, 70)):
            p = person(d)
            vin = d.g.vin(r.choice("89ABCDEF"))
            pl = d.g.plate(d.c[5], r.choice(["blue", "blue", "trailer"]))
            show_id = i % 7 == 3
            rows.append([str(i + 1), d.U(pl), d.U(vin), d.R("person_name", p["name"]) if show_id else d.K("masked_value", mask_name(p["name"], r)) if i < 2 else mask_name(p["name"], r),
                         d.R("id_number", p["id"]) if show_id else "", r.choice(["逾期未检验", "达到报废年限"])])
        d.table([["序号", "号牌号码", "车辆识别代号", "所有人", "所有人身份证明号码", "注销原因"]], rows, [1, 2.2, 4.2, 1.6, 4.2, 2.4])
        d.notes.append("注销公告：号牌与VIN为注销对象标识，未标注；个别行误填了所有人全名与身份证号，redact")
    d.p(f"咨询电话：{d.K('landline_office', d.office_phone())}；交通事故报警：{d.K('service_number', '122')}。")
    d.sign(org, d.date())
    d.attribute = "主动公开"


# =================================================================== 中标（成交）结果公告
def k_award(d: Doc):
    r = d.rng
    buyer = f"{d.county}{r.choice(['教育局', '卫生健康局', '人民医院', '住房和城乡建设局', '城市管理局', '公安局'])}"
    proj = f"{buyer}{r.choice(['2026年校园安防设备采购', '乡镇卫生院医疗设备采购', '智慧停车系统建设', '老旧小区改造（一期）', '办公家具采购', '执法记录仪采购'])}项目"
    code = f"{d.cshort.upper()}ZC-2026-{r.randint(1, 199):03d}"
    code = f"{d.c[0]}-2026-{r.randint(1, 199):03d}" if r.random() < 0.5 else code
    agency = company(d, r.choice(["项目管理有限公司", "招标代理有限公司", "工程咨询有限公司"]))
    d.p(f"{proj}{r.choice(['中标结果公告', '成交结果公告', '中标（成交）结果公告'])}", "title")
    d.p(f"一、项目编号：{d.K('case_number', code)}", "plain")
    d.p(f"二、项目名称：{d.K('other_public', proj)}", "plain")
    d.p("三、中标（成交）信息", "plain")
    lots = r.randint(1, 3)
    rows = []
    for i in range(lots):
        win = company(d, r.choice(["科技有限公司", "医疗器械有限公司", "商贸有限公司", "信息技术有限公司", "建设工程有限公司"]))
        pm = d.g.name()
        rows.append([f"{i + 1}", d.K("company_name", win), d.K("credit_code", d.g.uscc(d.c[0] if r.random() < 0.6 else r.choice(["130100", "410100", "510100", "320100"]))),
                     d.K("address_public", f"{d.c[2]}{r.choice(ROADS)}{r.randint(1, 500)}号"), d.K("amount", f"{r.randint(20, 900) * 1000 + r.randint(0, 999)}.00"),
                     d.K("person_name", pm) if r.random() < 0.5 else d.U(pm)])
    d.table([["包号", "供应商名称", "统一社会信用代码", "供应商地址", "中标（成交）金额（元）", "项目负责人"]], rows, [1, 4, 4, 4, 2.5, 1.8])
    d.p("四、主要标的信息：详见附件（货物类：品牌、规格型号、数量、单价）。", "plain")
    experts = [d.g.name() for _ in range(r.choice([3, 5]))]
    d.p(f"五、评审专家（单一来源采购人员）名单：{'、'.join(d.K('person_name', e) for e in experts)}（{r.choice(['采购人代表', '组长'])}：{d.U(experts[0])}）", "plain")
    d.p(f"六、代理服务收费标准及金额：参照原国家计委计价格〔2002〕1980号文件标准收取，金额：{d.K('amount', str(r.randint(3, 30) * 1000) + '元')}。", "plain")
    d.p("七、公告期限：自本公告发布之日起1个工作日。", "plain")
    if r.random() < 0.6:
        loser = company(d)
        bad = person(d)
        d.p(f"八、其他补充事项：投标人{d.K('company_name', loser)}的投标文件中，拟派项目负责人{d.R('person_name', bad['name'])}（身份证号：{d.R('id_number', fmt_id(bad['id'], d.id_style(), r))}）存在在建项目，未通过资格审查。", "plain")
    else:
        d.p("八、其他补充事项：无。", "plain")
    d.p("九、凡对本次公告内容提出询问，请按以下方式联系。", "plain")
    d.p(f"1.采购人信息　名称：{d.U(buyer)}　地址：{d.K('address_public', d.office_addr())}　联系方式：{d.K('landline_office', d.office_phone())}", "plain")
    ag_staff = d.g.name()
    d.p(f"2.采购代理机构信息　名称：{d.K('company_name', agency)}　统一社会信用代码：{d.K('credit_code', d.g.uscc(d.c[0]))}　联系方式：{d.K('landline_office', d.office_phone())}", "plain")
    d.p(f"3.项目联系方式　项目联系人：{d.K('person_name', ag_staff)}　电话：{d.K('landline_office', d.office_phone(sep=r.choice(['-', ' '])))}", "plain")
    d.sign(agency, d.date())
    d.attribute = "主动公开"
    d.notes.append("评审专家、代理机构项目联系人为依法公告的内容（政府采购信息发布规定），keep；落标投标人项目负责人附身份证号，redact")


# =================================================================== spreadsheets (format_extra)
def k_sheet(d: Doc):
    r = d.rng
    town = d.g.town()
    v = d.variant % 5
    if v == 0:
        title = f"{town}2026年耕地地力保护补贴资金发放明细表"
        cols = ["seq", "village", "name", "id", "acct", "bank", "amount", "phone"]
    elif v == 1:
        title = f"{d.county}2026年{r.choice(['1', '2', '3'])}月城乡低保金发放花名册（{town}）"
        cols = ["seq", "village", "name", "id", "people", "cat", "amount", "acct", "addr"]
    elif v == 2:
        title = f"{d.county}高龄津贴发放表（{town}）"
        cols = ["seq", "village", "name", "sex", "id", "amount", "acct", "bank", "phone"]
    elif v == 3:
        title = f"{town}2026年残疾人两项补贴发放汇总表"
        cols = ["seq", "village", "name", "dis_id", "dis_cat", "dis_lvl", "kind", "amount", "acct"]
    else:
        title = f"{d.county}2026年医疗救助一站式结算明细（{town}）"
        cols = ["seq", "name", "id", "disease", "amount", "ss", "phone"]
    d.kind = {0: "惠民惠农补贴发放明细", 1: "低保金发放花名册", 2: "高龄津贴发放表", 3: "残疾人两项补贴发放表", 4: "医疗救助结算明细"}[v]
    amts = {0: tuple(range(60, 900, 37)), 1: (300, 420, 520, 650, 705), 2: (50, 100, 200), 3: (80, 100, 120, 150), 4: tuple(range(800, 20000, 450))}[v]
    roster(d, r.randint(60, 220), cols, title=title, brk_p=0.03 if d.fmt == "xlsx" else 0.0, town=town, amounts=amts)
    d.p(f"制表人：{d.U(d.g.name())}　审核人：{d.U(d.g.name())}　制表日期：{d.date().isoformat()}")
    d.attribute = "不予公开" if v in (1, 4) else "主动公开"
    d.notes.append("电子表格（format_extra）；发放明细含完整账号与证件号" + ("；内部发放花名册，不作公开" if v in (1, 4) else "；公开前须删除证件号、账号、电话"))
