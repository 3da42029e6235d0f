"""Whose contact is it: the holder is decided from the clause the value sits in, once, for
e-mail, landline and names (recognizers/_holder.py), both ways."""

from __future__ import annotations

import pytest

from recognizers._holder import contact_block, holder_at, identifier_after
from recognizers.email import EmailRecognizer
from recognizers.landline import LandlineRecognizer
from recognizers.person_name import PersonNameRecognizer


def entities(recognizer, text: str) -> list[tuple[str, str]]:
    return [(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The applicant's mailbox, although the body speaks first in the same clause.
        ("本机关于2024年3月2日收到您通过电子邮件（wangxm1988@163.com）提交的政府信息公开申请。",
         "EMAIL_ADDRESS"),
        ("申请人在申请表中留下的电子邮箱为lichen_77@qq.com。", "EMAIL_ADDRESS"),
        # A body's supervision mailbox on a free-mail domain is the body's.
        ("本单位监督邮箱：xzsjj_jd@163.com，欢迎社会各界监督。", "EMAIL_PUBLIC"),
        ("如对本次公示有异议，请发送邮件至举报邮箱 jubao2024@126.com。", "EMAIL_PUBLIC"),
        ("市城市管理局，电子邮箱：cgj_bgs@163.com。", "EMAIL_PUBLIC"),
    ],
)
def test_mailbox_holder(text: str, expected: str) -> None:
    found = entities(EmailRecognizer(), text)
    assert [entity for entity, _ in found] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 您 after the body's name: the caller's number.
        ("市信访局于6月3日接到您来电，您留下的联系电话为0350-3217788。", "CN_LANDLINE_PRIVATE"),
        ("申请人家庭电话：0351-7654321。", "CN_LANDLINE_PRIVATE"),
        # The body's name before the label, nothing personal after it: the body's.
        ("忻州市民政局社会救助科，联系电话：0350-3032811。", "CN_LANDLINE_PUBLIC"),
        ("受理机构：忻府区人民政府办公室\n地址：和平街8号\n电话：0350-2023456", "CN_LANDLINE_PUBLIC"),
    ],
)
def test_landline_holder(text: str, expected: str) -> None:
    assert [entity for entity, _ in entities(LandlineRecognizer(), text)] == [expected]


def test_second_person_beats_a_preceding_body() -> None:
    text = "本局已收悉您提交的材料，您的邮箱"
    assert holder_at(text, len(text)).who == "private"
    text = "您可将意见发送至本局办公邮箱"
    assert holder_at(text, len(text)).who == "public"


def test_contact_officer_of_the_body_is_kept() -> None:
    text = "如有疑问，请与我局联系。\n联系人：韩志刚，联系电话：0350-3036021。"
    assert entities(PersonNameRecognizer(), text) == [("OFFICIAL_NAME", "韩志刚")]
    assert entities(LandlineRecognizer(), text) == [("CN_LANDLINE_PUBLIC", "0350-3036021")]


def test_contact_person_of_a_party_is_private() -> None:
    text = "申请人：忻州市某商贸有限公司\n联系人：郝丽君，手机：13934567890，身份证号：140902198804120021"
    assert entities(PersonNameRecognizer(), text) == [("PERSON", "郝丽君")]
    start = text.index("郝丽君")
    assert not contact_block(text, start, start + 3)


@pytest.mark.parametrize(
    "text",
    [
        "项目负责人：白海龙（身份证号：140921197503060012），负责本项目施工。",
        "班组负责人 樊建军，公民身份号码140922196211050135。",
    ],
)
def test_an_identifier_next_to_a_name_makes_the_person_private(text: str) -> None:
    found = entities(PersonNameRecognizer(), text)
    assert [entity for entity, _ in found] == ["PERSON"]
    name = found[0][1]
    assert identifier_after(text, text.index(name) + len(name))


def test_an_official_without_identifier_stays_official() -> None:
    text = "项目负责人：白海龙，负责本项目施工组织。"
    assert entities(PersonNameRecognizer(), text) == [("OFFICIAL_NAME", "白海龙")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("村务公开监督电话：13934561234，欢迎群众监督。", "CN_MOBILE_PUBLIC"),
        ("来电人留下的手机号为13934561234。", "CN_MOBILE"),
        # A body's name before a staff member's mobile is no body's line.
        ("市民政局工作人员常立新，手机13934561234。", "CN_MOBILE"),
    ],
)
def test_mobile_holder(text: str, expected: str) -> None:
    from recognizers.mobile import MobileRecognizer

    found = MobileRecognizer().analyze(text, ["CN_MOBILE", "CN_MOBILE_PUBLIC"])
    assert [r.entity_type for r in found] == [expected]


def test_procurement_contacts_are_published() -> None:
    from recognizers.mobile import MobileRecognizer

    text = "三、项目联系方式\n项目联系人：滕晓燕　电话：13934561234\n"
    assert entities(PersonNameRecognizer(), text) == [("OFFICIAL_NAME", "滕晓燕")]
    found = MobileRecognizer().analyze(text, ["CN_MOBILE", "CN_MOBILE_PUBLIC"])
    assert [r.entity_type for r in found] == ["CN_MOBILE_PUBLIC"]


def test_a_mailbox_complaints_are_sent_to_is_the_body_s() -> None:
    text = "如有异议，请向县民政局反映。\n也可通过电子邮件向fyx_mzj@163.com实名反映。"
    assert [e for e, _ in entities(EmailRecognizer(), text)] == ["EMAIL_PUBLIC"]


def test_an_organisation_record_publishes_its_mobile() -> None:
    from recognizers.mobile import MobileRecognizer

    text = "名称：屏川市某工程咨询有限公司（统一社会信用代码：91140502MA0K3XQD34）　联系方式：13934561234\n"
    found = MobileRecognizer().analyze(text, ["CN_MOBILE", "CN_MOBILE_PUBLIC"])
    assert [r.entity_type for r in found] == ["CN_MOBILE_PUBLIC"]
    text = "法定代表人：邢某，联系方式：13934561234\n"
    found = MobileRecognizer().analyze(text, ["CN_MOBILE", "CN_MOBILE_PUBLIC"])
    assert [r.entity_type for r in found] == ["CN_MOBILE"]
