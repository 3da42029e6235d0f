"""The disclosure attribute, derived in one place (pipeline/attribute.py) from everything the
review found, with the reason in the record (schema version 2, optional disclosure_reason)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from pipeline import record as record_module
from pipeline.api import review
from pipeline.config import Config

SHARED_SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "schema" / "review-record.schema.json"

DOCUMENTS = {
    "application_reply": (
        "忻州市自然资源局\n政府信息公开申请答复书\n忻自然资依申复〔2024〕12号\n"
        "申请人：\n本机关于2024年4月8日收到你提交的政府信息公开申请，现答复如下：\n"
        "你申请公开的土地征收批复文件，本机关已予公开，请登录本机关网站查阅。\n",
        "依申请公开", "application_reply",
    ),
    "petition_reply": (
        "信访事项处理意见书\n忻府信复〔2024〕7号\n"
        "你于2024年5月6日来信反映的小区供暖问题收悉。经调查，现答复如下：\n"
        "供热公司已完成管网检修，室温已达标。\n",
        "依申请公开", "petition_reply",
    ),
    "internal": (
        "内部资料 注意保存\n关于全市安全生产检查情况的通报\n"
        "各县（市、区）安委会：\n现将检查情况通报如下。\n",
        "不予公开", "internal_marking",
    ),
    "minutes_not_for_release": (
        "县政府第十二次常务会议纪要\n2024年3月5日\n"
        "会议研究了城区道路改造方案，原则同意。\n（本纪要仅供内部传阅，不公开）\n",
        "不予公开", "process_info",
    ),
    "minutes": (
        "县政府第十二次常务会议纪要\n2024年3月5日\n"
        "会议研究了城区道路改造方案，原则同意。\n",
        "主动公开", "no_restriction",
    ),
    "request_title_wrapped": (
        "县教育局文件\n关于解决农村学校教师周转宿舍建设资金\n缺口的请示\n县人民政府：\n"
        "现申请解决资金缺口。妥否，请批示。\n",
        "不予公开", "process_info",
    ),
    "cipher_forwarded": (
        "关于转发省防汛指挥部有关工作部署的通知\n各乡镇人民政府：\n"
        "现将省防汛指挥部7月26日密码电报主要内容转发如下：各地要提前转移群众。\n（此件公开发布）\n",
        "须报审", "cipher_forwarded",
    ),
    "request": (
        "关于申请追加防汛经费的请示\n市财政局：\n"
        "今年汛期降雨偏多，现申请追加防汛经费。妥否，请批示。\n",
        "不予公开", "process_info",
    ),
    "internal_draft": (
        "关于进一步规范公务用车管理的通知\n（征求意见稿）\n"
        "各乡镇、县直各单位：请于3月20日前将修改意见反馈县机关事务中心。\n",
        "不予公开", "process_info",
    ),
    "public_comment_draft": (
        "忻州市养犬管理办法\n（征求意见稿）\n"
        "为广泛听取意见，现向社会公开征求意见，意见反馈截止2024年6月30日。\n",
        "主动公开", "no_restriction",
    ),
    "mentions_secret": (
        "关于加强保密宣传教育的通知\n"
        "各单位要教育干部职工严守国家秘密，秘密载体必须按规定管理，不得在互联网上处理涉密信息。\n",
        "主动公开", "no_restriction",
    ),
    "note_on_a_public_notice": (
        "停电通知\n因线路检修，我公司定于6月3日9:00至17:00对城东片区停止供电。\n"
        "请广大用户提前做好准备。\n联系电话：0350-3021234\n（此件不予公开）\n",
        "主动公开", "note_overruled",
    ),
    "note_on_an_internal_notice": (
        "关于调整值班安排的通知\n各科室：\n自下周起，周末值班改为两人一组。\n（此件不予公开）\n",
        "不予公开", "drafter_note",
    ),
    # The 信访 family: a 复查 or 复核 opinion recounts the investigation, it still goes to the
    # petitioner (依申请公开), as a reply does.
    "petition_review": (
        "凤栖县人民政府\n信访事项复查意见书\n凤政信复查〔2026〕3号\n复查申请人：韦国庆\n"
        "你不服凤栖县住建局作出的信访事项处理意见，申请复查。经调查，该事项尚在调查处理中，"
        "现提出复查意见如下：维持原处理意见。\n",
        "依申请公开", "petition_reply",
    ),
    "petition_recheck": (
        "安澜市人民政府\n复核意见书\n韦国庆：\n你的复核申请收悉。经复核，维持复查意见。\n",
        "依申请公开", "petition_reply",
    ),
    "petition_answer": (
        "凤栖县自然资源局\n答复意见书\n韦国庆：\n你反映的宅基地确权问题，答复如下：已受理。\n",
        "依申请公开", "petition_reply",
    ),
    # A 请示 whose title names the body first, or has no 关于.
    "request_with_body": (
        "凤栖县应急管理局文件\n凤应呈〔2026〕19号\n签发人：汤静\n"
        "凤栖县应急管理局关于拨付汛期受灾群众过渡期生活救助资金的请示\n县人民政府：\n"
        "现申请拨付资金。妥否，请批示。\n",
        "不予公开", "process_info",
    ),
    "request_without_guanyu": (
        "拨付汛期受灾群众过渡期生活救助资金的请示\n县人民政府：\n现申请拨付资金。妥否，请批示。\n",
        "不予公开", "process_info",
    ),
    # A payment roster is an internal record of personal data, not a 公示.
    "payment_roster": (
        "桥头村2026年耕地地力保护补贴发放花名册\n序号\t户主姓名\t补贴金额（元）\n"
        "1\t穆长青\t195.03\n2\t鲍春生\t366.42\n制表单位：农业综合服务中心\n",
        "不予公开", "internal_record",
    ),
    "settlement_list": (
        "2026年第二季度城乡居民医疗救助结算明细\n序号\t姓名\t救助金额（元）\n1\t穆长青\t2300.00\n",
        "不予公开", "internal_record",
    ),
    "roster_published": (
        "关于桥头村2026年耕地地力保护补贴发放花名册的公示\n现将补贴发放情况公示如下：\n"
        "序号\t户主姓名\t补贴金额（元）\n1\t穆*青\t195.03\n公示期：5个工作日。\n",
        "主动公开", "no_restriction",
    ),
    # An agreement with a private person is that person's matter; a contract between bodies
    # (both parties bodies) is not.
    "private_agreement": (
        "国有土地上房屋征收补偿协议\n甲方（房屋征收部门）：某县住房和城乡建设局\n"
        "乙方（被征收人）：王建国，男，汉族\n甲乙双方经协商，达成如下协议：\n"
        "一、乙方选择货币补偿，补偿金额共计人民币326000元。\n",
        "不予公开", "private_agreement",
    ),
    "agreement_between_bodies": (
        "战略合作框架协议\n甲方：某县人民政府\n乙方：某某建设集团有限公司\n"
        "甲乙双方经协商，达成如下协议：\n一、共同推进城区道路改造。\n",
        "主动公开", "no_restriction",
    ),
    "expired_marking": (
        "秘密★1年\n关于2018年度征兵工作任务分配的通知\n各县（市、区）人民政府：\n"
        "现将任务分配如下。\n2018年3月1日\n",
        "须报审", "marking_expired",
    ),
    # A selection of hotline replies the body compiles for its site is published, although each
    # entry is one caller's work order.
    "hotline_selection": (
        "12345政务服务便民热线留言选登（2026年第3期）\n工单编号：20260312001\n"
        "来电人反映：幸福里小区夜间施工噪音扰民。\n办理结果：区城管局已责令施工单位调整作业时间。\n"
        "工单编号：20260315017\n来电人反映：建设路路灯不亮。\n办理结果：已于3月16日修复。\n",
        "主动公开", "no_restriction",
    ),
    # Several work orders sent on under a plain title are still replies.
    "work_orders_sent_on": (
        "12345政务服务便民热线 工单办理情况回复\n承办单位：县市场监督管理局\n工单编号：20260607212290\n"
        "来电人反映：被拖欠工资。\n办理结果：已联系来电人。\n工单编号：20260930880692\n"
        "来电人反映：通行证未寄出。\n办理结果：已寄出。\n",
        "依申请公开", "petition_reply",
    ),
    "work_order": (
        "12345热线工单回复单\n工单编号：20260312001\n"
        "来电人反映：幸福里小区夜间施工噪音扰民。\n办理结果：区城管局已责令施工单位调整作业时间。\n",
        "依申请公开", "petition_reply",
    ),
    # A ledger holding persons' data is an internal record; a ledger of a body's tasks is not.
    "aid_ledger": (
        "2026年城乡医疗救助审批台账\n序号\t姓名\t身份证号\t救助金额（元）\n"
        "1\t穆长青\t140902198503124517\t2300.00\n2\t鲍春生\t140902197701023014\t1800.00\n",
        "不予公开", "internal_record",
    ),
    "rectification_ledger": (
        "2026年环保督察反馈问题整改台账\n序号\t问题\t责任单位\t整改情况\n"
        "1\t城区污水直排\t县住建局\t已完成\n2\t扬尘管控不到位\t县城管局\t持续推进\n",
        "主动公开", "no_restriction",
    ),
    # An approval form is a step of the body's internal workflow.
    "approval_form": (
        "因公临时出国（境）审批表\n组团单位：县商务局\n出访国家：德国\n任务：参加汉诺威工业博览会\n"
        "审批意见：同意。\n",
        "不予公开", "internal_form",
    ),
    # A news report that tells of an approval form in its first lines is no form.
    "report_mentioning_a_form": (
        "县民政局“一站式”救助让困难群众少跑腿\n"
        "“没想到这么快就批下来了！”7月4日，在城关镇便民服务中心，村民拿着救助审批单连声道谢。\n"
        "今年以来全县开通急难型临时救助“绿色通道”。\n",
        "主动公开", "no_restriction",
    ),
    "drafter_note_overridden": (
        "内部资料\n关于干部培训安排的说明\n培训于五月举行。\n（此件主动公开）\n",
        "不予公开", "internal_marking",
    ),
    # A 信访 opinion the drafter marks 不予公开: served on the letter-writer, withheld from the
    # site; an application reply is owed to the applicant whatever the note says.
    "petition_reply_withheld": (
        "信访事项处理意见书\n清信处意〔2026〕88号\n信访人：姜凤，住文昌街20弄8号829室。\n"
        "你于2026年5月30日反映与邻居宅基地纠纷一事。经调查，处理意见如下：……\n"
        "清江市信访局\n2026年11月20日\n（此件不予公开）\n",
        "不予公开", "drafter_note",
    ),
    "application_reply_note_withheld": (
        "政府信息公开申请答复书\n清信公开〔2026〕3号\n"
        "本机关于2026年4月8日收到你提交的政府信息公开申请，现答复如下：……\n（此件不予公开）\n",
        "依申请公开", "application_reply",
    ),
    # The case file, by its layout: a record of questioning (问：/答：) and a report carrying the
    # case's fields (案由, 当事人) are 行政执法案卷信息 (条例第十六条第二款); a filled-in form whose
    # title names a 表 is the body's workflow (第十六条第一款).
    "questioning_record": (
        "询问笔录\n时间：2026年5月3日\n地点：临川区市场监督管理局\n询问人：周俊娜、江平\n"
        "问：我们是临川区市场监督管理局执法人员，现依法向你询问，你听清楚了吗？\n答：听清楚了。\n"
        "问：你店铺销售的过期食品从何而来？\n答：从批发市场进的货。\n",
        "不予公开", "case_file",
    ),
    "case_report": (
        "关于某超市销售过期食品案的调查终结报告\n案由：销售过期食品\n当事人：某超市\n"
        "案件来源：投诉举报\n立案时间：2026年4月1日\n经调查，当事人于2026年3月销售过期食品。\n"
        "建议给予警告并罚款。\n",
        "不予公开", "case_file",
    ),
    "registration_form": (
        "临川区城乡居民最低生活保障申请登记表\n申请人：王小红    性别：女\n"
        "家庭住址：文昌街20弄8号    家庭人口：3\n申请理由：因病致贫\n登记日期：2026年5月3日\n"
        "经办人：周俊娜\n",
        "不予公开", "internal_form",
    ),
    # A blank template the body publishes as a service guide (its fields empty or underlined)
    # is no filled-in form: it is published, not withheld as 内部事务信息.
    "blank_application_form": (
        "临川区政府信息公开申请表\n申请人姓名：\n证件号码：＿＿＿＿＿＿\n联系电话：\n通信地址：\n"
        "所需信息的内容描述：\n获取信息的方式：\n",
        "主动公开", "no_restriction",
    ),
}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_attribute_and_reason(name: str, tmp_path: Path) -> None:
    text, attribute, code = DOCUMENTS[name]
    doc = tmp_path / f"{name}.txt"
    doc.write_text(text, encoding="utf-8")
    result = review(doc, Config(), out_dir=tmp_path / "out")
    assert result.disclosure_attribute == attribute
    reason = result.data["disclosure_reason"]
    assert reason["code"] == code
    assert reason["text"]
    found = {f["id"] for f in result.findings}
    assert set(reason.get("findings", [])) <= found
    record_module.validate(result.data)


def test_reason_rests_on_the_finding_that_decided(tmp_path: Path) -> None:
    doc = tmp_path / "internal.txt"
    doc.write_text(DOCUMENTS["internal"][0], encoding="utf-8")
    result = review(doc, Config(), out_dir=tmp_path / "out")
    ids = result.data["disclosure_reason"]["findings"]
    assert [f["entity_type"] for f in result.findings if f["id"] in ids] == ["INTERNAL_MARKING"]


def test_version_2_schema_still_takes_version_1_records(tmp_path: Path) -> None:
    doc = tmp_path / "n.txt"
    doc.write_text(DOCUMENTS["mentions_secret"][0], encoding="utf-8")
    data = review(doc, Config(), out_dir=tmp_path / "out").data
    assert data["schema_version"] == record_module.SCHEMA_VERSION == "2"
    old = dict(data, schema_version="1")
    old.pop("disclosure_reason")
    record_module.validate(old)
    # The shared contract (version 1) still accepts what is written, field by field but the
    # version number: the reason is an added optional property.
    if SHARED_SCHEMA.exists():
        shared = json.loads(SHARED_SCHEMA.read_text(encoding="utf-8"))
        jsonschema.Draft202012Validator(shared).validate(dict(data, schema_version="1"))


def test_ledger_workbook_of_persons_is_internal(tmp_path: Path) -> None:
    """The title of a workbook is its first cell, merged over the header."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2026年医疗救助审批台账"])
    ws.merge_cells("A1:D1")
    ws.append(["序号", "姓名", "身份证号", "救助金额（元）"])
    ws.append([1, "穆长青", "140902198503124517", 2300])
    ws.append([2, "鲍春生", "140902197701023014", 1800])
    doc = tmp_path / "ledger.xlsx"
    wb.save(doc)
    result = review(doc, Config(), out_dir=tmp_path / "out")
    assert result.disclosure_attribute == "不予公开"
    assert result.data["disclosure_reason"]["code"] == "internal_record"
