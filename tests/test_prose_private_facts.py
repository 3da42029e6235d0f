"""Private facts in the running prose of replies, decisions and agreements: a private person's
marital facts and spouse, religion, a minor's age, school and grade, and the e-mail address a
resident gave — found by the clause they sit in (a person as its subject), while a law, a
regulation or a policy text about marriage, religion or schools in general stays clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.api import review
from recognizers.email import EmailRecognizer
from recognizers.private_facts import PrivateFactsRecognizer
from recognizers.sensitive_info import SensitiveInfoRecognizer
from tests.conftest import make_docx, make_pdf


def found(text: str) -> list[tuple[str, str]]:
    return [(r.entity_type, text[r.start : r.end])
            for recognizer in (SensitiveInfoRecognizer(), PrivateFactsRecognizer())
            for r in recognizer.analyze(text, [])]


def _review(path: Path, tmp_path: Path) -> list[tuple[str, str, str]]:
    record = review(path, out_dir=tmp_path / "out")
    return [(f["action"], f["entity_type"], f["text"]) for f in record.findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("经核实，来电人贺明远与妻子于2019年协议离婚，其子随母亲生活。", [("PERSONAL_MARITAL", "协议离婚")]),
        ("经查，申请人戚晓红已离异，独自抚养女儿。", [("PERSONAL_MARITAL", "离异")]),
        ("反映人包振国离婚后再婚，现与其配偶共同居住。",
         [("PERSONAL_MARITAL", "离婚"), ("PERSONAL_MARITAL", "再婚")]),
        ("经核实，信访人丧偶多年，无固定收入。", [("PERSONAL_MARITAL", "丧偶")]),
        ("经了解，你系单亲母亲，独自抚养两个孩子。", [("PERSONAL_MARITAL", "单亲母亲")]),
        ("经核实，该市民已离异多年，现独居。", [("PERSONAL_MARITAL", "离异")]),
        ("被申请人称，申请人与其前夫已办理离婚手续。", [("PERSONAL_MARITAL", "已办理离婚手续")]),
        # A dated divorce in the sentence about the parties.
        ("申请人与第三人葛春燕原系夫妻，2018年经法院判决离婚。", [("PERSONAL_MARITAL", "判决离婚")]),
    ],
)
def test_a_private_persons_marital_fact_is_found(text: str, expected: list[tuple[str, str]]) -> None:
    got = found(text)
    for item in expected:
        assert item in got, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("经走访，该户户主信仰藏传佛教，家中设有佛堂。", ("SENSITIVE_RELIGION", "藏传佛教")),
        ("据了解，信访人系基督教徒。", ("SENSITIVE_RELIGION", "基督教徒")),
        ("来电人称其丈夫近年每周参加基督教家庭聚会。", ("SENSITIVE_RELIGION", "基督教家庭聚会")),
        ("其母亲长期信奉伊斯兰教，饮食上有特殊要求。", ("SENSITIVE_RELIGION", "伊斯兰教")),
        ("经走访了解，该村民信仰天主教。", ("SENSITIVE_RELIGION", "天主教")),
    ],
)
def test_a_private_persons_religion_is_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("其子今年12岁，在城关第二小学六年级就读。",
         [("SENSITIVE_MINOR", "12岁"), ("SENSITIVE_MINOR", "城关第二小学"), ("SENSITIVE_MINOR", "六年级")]),
        ("你的女儿（9岁）目前在实验小学三年级就读。",
         [("SENSITIVE_MINOR", "9岁"), ("SENSITIVE_MINOR", "实验小学"), ("SENSITIVE_MINOR", "三年级")]),
        ("来电人称其孙子在城关二小读五年级。",
         [("SENSITIVE_MINOR", "城关二小"), ("SENSITIVE_MINOR", "五年级")]),
        ("来电人之子现就读于县第一中学初二（3）班。",
         [("SENSITIVE_MINOR", "县第一中学"), ("SENSITIVE_MINOR", "初二（3）班")]),
    ],
)
def test_a_minors_age_school_and_grade_are_found(text: str, expected: list[tuple[str, str]]) -> None:
    got = found(text)
    for kind, value in expected:
        # The school and the class are one fact of the child: one span may hold both.
        assert any(k == kind and value in v for k, v in got), got


@pytest.mark.parametrize(
    "text",
    [
        # Laws and regulations about marriage, religion and schools in general.
        "第三十一条 男女双方自愿离婚的，准予离婚。",
        "申请办理离婚登记的当事人，需共同到一方常住户口所在地的婚姻登记机关办理。",
        "离婚后，子女无论由父或者母直接抚养，仍是父母双方的子女。",
        "对丧偶老人、离异家庭子女等群体，各地应当加强关爱服务。",
        "撤销婚姻与离婚有着显著区别，婚姻关系有效的，当事人只能通过离婚终止婚姻关系。",
        "2023年全市共办理离婚登记1200对，较上年下降5%。",
        "信教公民和不信教公民、信仰不同宗教的公民应当相互尊重、和睦相处。",
        "我市现有佛教、道教、伊斯兰教、天主教、基督教五大宗教，依法登记的宗教活动场所120处。",
        "宗教团体、宗教院校、宗教活动场所和信教公民应当遵守宪法、法律、法规和规章。",
        # A reply to a person about a group's needs: the group's belief is no one's.
        "你咨询的信仰伊斯兰教群众清真食品供应问题，经查，我区已设立清真食品专柜。",
        "城关第二小学、实验小学等12所学校纳入义务教育薄弱环节改善计划。",
        "对单亲家庭子女、留守儿童在县一中就读的，学校应当减免住宿费。",
        "你反映的城关第二小学食堂卫生问题，经区市场监管局现场检查，已责令整改。",
        "该村民小组共有信教群众30人，多数信仰天主教。",
    ],
)
def test_general_texts_stay_clean(text: str) -> None:
    assert found(text) == []


def email(text: str) -> list[tuple[str, str]]:
    return [(r.entity_type, text[r.start : r.end]) for r in EmailRecognizer().analyze(text, ["EMAIL_ADDRESS"])]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        # The resident gave it: the giver, not the hotline or the body, holds it.
        ("市民通过12345热线留下的邮箱为zhangwei1988@qq.com。", "zhangwei1988@qq.com"),
        ("我局工作人员已按其提供的邮箱wlq_66@163.com将答复意见发送给来电人。", "wlq_66@163.com"),
        # The body sends to the person's address.
        ("本机关已通过电子邮件（qixh1975@163.com）向您送达告知书。", "qixh1975@163.com"),
        ("我单位已按您留存的邮箱地址（lmz2020@foxmail.com）发送告知书。", "lmz2020@foxmail.com"),
        ("我中心已将处理结果发送至hmy88@qq.com（来电人提供）。", "hmy88@qq.com"),
    ],
)
def test_a_residents_mailbox_in_a_reply_is_private(text: str, address: str) -> None:
    assert ("EMAIL_ADDRESS", address) in email(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("如对答复不满意，可发送邮件至本机关监督邮箱jdk@xxzj.gov.cn。", "jdk@xxzj.gov.cn"),
        ("联系单位：市信访局办公室\n联系邮箱：xfb_office@163.com", "xfb_office@163.com"),
        ("本机关提供的邮箱zixun_xx@163.com可用于咨询。", "zixun_xx@163.com"),
    ],
)
def test_a_bodys_own_mailbox_stays_public(text: str, address: str) -> None:
    assert ("EMAIL_PUBLIC", address) in email(text)


PETITION = [
    "信访事项处理意见书",
    "贺明远：",
    "你于2026年3月2日通过市12345热线反映的房屋拆迁补偿问题收悉。现答复如下：",
    "经核实，你与妻子于2019年协议离婚，离婚后你再婚，现与其配偶共同居住。",
    "你的女儿（9岁）目前在实验小学三年级就读。你母亲信仰藏传佛教。",
    "你通过12345热线留下的邮箱为hemingyuan88@qq.com，本答复同时发送至该邮箱。",
    "如对本处理意见不服，可自收到之日起30日内向市人民政府信访局申请复查。监督邮箱：jdk@xxzj.gov.cn",
    "某某区信访局",
    "2026年3月20日",
]


def test_a_petition_reply_docx_withholds_the_private_facts(tmp_path: Path) -> None:
    got = _review(make_docx(tmp_path / "reply.docx", PETITION), tmp_path)
    for kind, text in (
        ("PERSONAL_MARITAL", "协议离婚"), ("PERSONAL_MARITAL", "再婚"),
        ("SENSITIVE_MINOR", "9岁"), ("SENSITIVE_MINOR", "实验小学"), ("SENSITIVE_MINOR", "三年级"),
        ("SENSITIVE_RELIGION", "藏传佛教"), ("EMAIL_ADDRESS", "hemingyuan88@qq.com"),
    ):
        # The school and the class are one fact of the child (实验小学三年级): one span holds both.
        assert any(a == "redact" and k == kind and text in t for a, k, t in got), (kind, text, got)
    assert ("keep", "EMAIL_PUBLIC", "jdk@xxzj.gov.cn") in got


def test_a_hotline_reply_pdf_withholds_the_callers_mailbox(tmp_path: Path) -> None:
    lines = [
        "12345热线工单答复",
        "工单编号：20260315000123",
        "来电人反映：小区夜间施工噪音扰民。",
        "我局工作人员已按其提供的邮箱wlq_66@163.com将答复意见发送给来电人。",
        "经核实，来电人已离异，独自抚养其子，其子今年12岁，在城关第二小学六年级就读。",
    ]
    got = _review(make_pdf(tmp_path / "order.pdf", lines), tmp_path)
    assert ("redact", "EMAIL_ADDRESS", "wlq_66@163.com") in got, got
    assert ("redact", "PERSONAL_MARITAL", "离异") in got, got
    assert any(a == "redact" and k == "SENSITIVE_MINOR" and "城关第二小学" in t for a, k, t in got), got


def test_a_regulation_on_marriage_and_religion_txt_stays_clean(tmp_path: Path) -> None:
    text = "\n".join([
        "婚姻登记与宗教事务办事指南",
        "一、申请办理离婚登记的当事人，需共同到一方常住户口所在地的婚姻登记机关办理。",
        "二、对丧偶老人、离异家庭子女等群体，各地应当加强关爱服务。",
        "三、信教公民和不信教公民、信仰不同宗教的公民应当相互尊重、和睦相处。",
        "四、我市现有佛教、道教、伊斯兰教、天主教、基督教五大宗教。",
        "五、城关第二小学、实验小学等12所学校纳入义务教育薄弱环节改善计划。",
        "咨询邮箱：mzj_zx@163.com",
    ]) + "\n"
    path = tmp_path / "guide.txt"
    path.write_text(text, encoding="utf-8")
    got = _review(path, tmp_path)
    assert not [f for f in got if f[0] == "redact"], got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A party of a compensation agreement and the one a person divorced are private people.
        ("被征收人葛振华已离异，其前妻不再享有安置权益。", "葛振华"),
        ("复议申请人称，其与王建国于2018年离婚后独自抚养女儿。", "王建国"),
    ],
)
def test_the_people_of_a_marital_fact_are_private(text: str, name: str) -> None:
    from recognizers.person_name import PersonNameRecognizer

    results = PersonNameRecognizer().analyze(text, [])
    assert any(r.entity_type == "PERSON" and r.score >= 0.75 and text[r.start : r.end] == name
               for r in results), [(r.entity_type, text[r.start:r.end], r.score) for r in results]


def test_a_compensation_agreement_docx_withholds_the_spouse_and_the_divorce(tmp_path: Path) -> None:
    paragraphs = [
        "国有土地上房屋征收补偿协议",
        "甲方：某区房屋征收与补偿办公室",
        "乙方（被征收人）：葛振华",
        "乙方配偶：葛春燕",
        "经核实，乙方与其配偶葛春燕于2015年协议离婚，离婚后该房屋归乙方所有。",
        "甲方联系电话：0351-2223301",
    ]
    got = _review(make_docx(tmp_path / "agreement.docx", paragraphs), tmp_path)
    assert ("redact", "PERSONAL_MARITAL", "协议离婚") in got, got
    assert ("redact", "PERSON", "葛春燕") in got, got
    assert ("redact", "PERSON", "葛振华") in got, got


def test_a_landline_someone_gave_is_theirs() -> None:
    from recognizers.landline import LandlineRecognizer

    text = "我局工作人员按其提供的电话0351-7580130与其取得联系。如有疑问请拨打本机关电话0351-2223301。"
    got = [(r.entity_type, text[r.start : r.end]) for r in LandlineRecognizer().analyze(text, [])]
    assert ("CN_LANDLINE_PRIVATE", "0351-7580130") in got, got
    assert ("CN_LANDLINE_PUBLIC", "0351-2223301") in got, got
