"""Private people in running prose of documents addressed to one person (issue 12, patterns 2,
4, 5, 6): a reply to an application, a 信访 opinion, a 12345 answer names third parties, relatives
and agents without a label; the document's kind and the clause (no title, no 签发人, 承办人,
执法人员) decide them (``pipeline.doc_kind``), with their ages, dates of birth, records, health,
landlines, postal tracking numbers and home addresses."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.api import review
from pipeline.doc_kind import addressed_to_person
from recognizers.person_name import PersonNameRecognizer
from recognizers.sensitive_info import SensitiveInfoRecognizer

REPLY = """关于政府信息公开申请的答复书

贺玉珍：
本机关于2026年4月7日收到您委托代理人葛海鹏提交的政府信息公开申请。您在申请中提及的姚德润，经本机关书面征求其意见，姚德润不同意公开。
你信中所提组织者滕长发，经查曾因诈骗罪被判处有期徒刑二年。
本答复书通过中国邮政EMS寄出，邮件号E97440885780CN。您留存的联系电话0472-7580130。
本机关工作人员多次拨打0816-7862216未能联系到你。如有疑问，请拨打本机关电话0816-2223301。
副区长单文涛已对你反映的问题作出批示。

某某区人民政府办公室
2026年4月20日
"""


def _review(tmp_path: Path, name: str, text: str) -> list[tuple[str, str, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    record = review(path, out_dir=tmp_path / "out")
    return [(f["action"], f["entity_type"], f["text"]) for f in record.findings]


def test_third_parties_named_in_a_reply_are_private_and_every_occurrence_goes(tmp_path: Path) -> None:
    found = _review(tmp_path, "reply.txt", REPLY)
    for name in ("葛海鹏", "姚德润", "滕长发"):
        actions = {a for a, kind, text in found if text == name and kind == "PERSON"}
        assert actions == {"redact"}, (name, found)
    # Both occurrences of the third party.
    assert sum(1 for _, kind, text in found if text == "姚德润" and kind == "PERSON") == 2
    # The official acting officially stays.
    assert ("keep", "OFFICIAL_NAME", "单文涛") in found
    assert ("redact", "SENSITIVE_CRIMINAL", "曾因诈骗罪被判处有期徒刑二年") in found
    # The applicant's mail: the tracking number, even off the S10 shape.
    assert ("redact", "CN_TRACKING_NUMBER", "E97440885780CN") in found
    # Private landlines: the one left with the application and the one called to reach them;
    # the office's own stays.
    assert ("redact", "CN_LANDLINE_PRIVATE", "0472-7580130") in found
    assert ("redact", "CN_LANDLINE_PRIVATE", "0816-7862216") in found
    assert ("keep", "CN_LANDLINE_PUBLIC", "0816-2223301") in found
    assert not any(a == "review" for a, _, _ in found), found


def test_the_same_prose_outside_a_reply_still_needs_a_cue() -> None:
    # A work report quoting a name with no cue: not addressed to anyone, the model's word alone
    # is a reviewer's call, never a silent redaction.
    text = "近日，区委书记郑文涛带队调研。会上，龚仲秋介绍了项目进展。"
    assert not addressed_to_person(text)
    results = {text[r.start : r.end]: r for r in PersonNameRecognizer().analyze(text, [])}
    assert results["郑文涛"].entity_type == "OFFICIAL_NAME"
    assert "龚仲秋" not in results or results["龚仲秋"].score < 0.6


@pytest.mark.parametrize(
    "head",
    ["政府信息公开申请延期答复告知书\n\n", "信访事项处理意见书\n\n", "12345热线工单答复\n\n", "郝春兰：\n"],
)
def test_kinds_addressed_to_a_person(head: str) -> None:
    assert addressed_to_person(head + "经核实，情况如下。")


@pytest.mark.parametrize("head", ["某某县财政局：\n", "关于开展安全检查的通知\n\n", "各乡镇人民政府：\n"])
def test_kinds_not_addressed_to_a_person(head: str) -> None:
    assert not addressed_to_person(head + "经核实，情况如下。")


def test_a_section_heading_after_the_first_sentence_is_no_salutation() -> None:
    """A 处罚决定书 names its party, then tells the case, then heads a section 经查明：: a line of
    two to four characters and a colon, but below the first sentence, so nobody is addressed,
    and the officers who inspected stay officials."""
    text = (
        "某县市场监督管理局\n行政处罚决定书\n某市监罚字〔2026〕10号\n当事人：某某商贸有限公司\n"
        "法定代表人：梁生鹏\n2026年4月29日，本局执法人员丁超（执法证号：146291286726）、马英艳"
        "（执法证号：144773288801）依法对当事人的经营场所进行现场检查。\n经查明：\n"
        "当事人销售过期食品。\n"
    )
    assert not addressed_to_person(text)
    results = {text[r.start : r.end]: r for r in PersonNameRecognizer().analyze(text, [])}
    assert not [n for n in ("丁超", "马英艳") if n in results and results[n].entity_type == "PERSON"
                and results[n].score >= 0.6]


def test_a_petition_opinion_with_relatives_records_health_and_homes(tmp_path: Path) -> None:
    text = (
        "信访事项处理意见书\n\n"
        "信访人：邝淑华，女，1974年7月出生，住姜寨镇周寨村8组73号。\n"
        "你的妻子蔺秀英称，其孙女邝晓雪今年八岁，患有偏瘫。\n"
        "对长期上访的伍福生（身份证号110101196503078214）和冼桂芝（住大营街道蒋店集村4组2号）两户，镇政府已多次走访。\n"
        "经查，伍福生2019年因扰乱公共秩序被行政拘留五日，冼桂芝信仰伊斯兰教。\n"
        "其邻居祁长顺双目失明、听力残疾。\n"
    )
    found = _review(tmp_path, "petition.txt", text)
    redacted = {(kind, value) for action, kind, value in found if action == "redact"}
    for name in ("邝淑华", "蔺秀英", "邝晓雪", "伍福生", "冼桂芝", "祁长顺"):
        assert ("PERSON", name) in redacted, (name, found)
    assert ("PERSONAL_AGE", "1974年7月") in redacted
    assert ("SENSITIVE_MINOR", "八岁") in redacted
    assert ("SENSITIVE_HEALTH", "偏瘫") in redacted
    assert ("SENSITIVE_HEALTH", "双目失明") in redacted
    assert ("SENSITIVE_HEALTH", "听力残疾") in redacted
    assert ("SENSITIVE_RELIGION", "伊斯兰教") in redacted
    assert ("SENSITIVE_CRIMINAL", "因扰乱公共秩序被行政拘留五日") in redacted
    # Addresses start at the place, not at 住.
    assert ("CN_ADDRESS", "姜寨镇周寨村8组73号") in redacted
    assert ("CN_ADDRESS", "大营街道蒋店集村4组2号") in redacted


def test_a_party_s_date_of_birth_but_not_a_cadre_s() -> None:
    party = "当事人：欧阳俊峰，男，出生日期：1992年5月2日，住址：镇雄县和平路81号5单元302室。"
    found = [(r.entity_type, party[r.start : r.end]) for r in PersonNameRecognizer().analyze(party, [])]
    assert ("PERSONAL_AGE", "1992年5月2日") in found
    bio = "干部任前公示\n\n闻志远，男，汉族，1974年7月出生，大学学历，现任某某县财政局副局长，拟任某某县财政局局长。"
    found = [(r.entity_type, bio[r.start : r.end]) for r in PersonNameRecognizer().analyze(bio, [])]
    assert ("OFFICIAL_NAME", "闻志远") in found
    assert not any(kind == "PERSONAL_AGE" for kind, _ in found)


def test_a_hotline_answer_child_health_and_injury(tmp_path: Path) -> None:
    text = (
        "12345热线工单答复\n\n"
        "市民栾玉兰来电反映，其住在桐梓坡路217号1号楼1单元1101室，其孩子鄢浩然（四年级学生）在校受伤，"
        "经医院诊断为软组织挫伤。\n"
        "承办单位：某某区教育局，承办人：甘建国，联系电话：0816-2223344。\n"
    )
    found = _review(tmp_path, "hotline.txt", text)
    assert ("redact", "PERSON", "鄢浩然") in found
    assert ("redact", "SENSITIVE_HEALTH", "软组织挫伤") in found
    assert ("redact", "CN_ADDRESS", "桐梓坡路217号1号楼1单元1101室") in found
    assert ("keep", "OFFICIAL_NAME", "甘建国") in found
    assert ("keep", "CN_LANDLINE_PUBLIC", "0816-2223344") in found


def test_minor_ages_in_chinese_numerals() -> None:
    text = "据了解，其孙子郜小宇今年十岁，就读于某小学。公告称未满十八岁以下儿童免票。"
    found = [(r.entity_type, text[r.start : r.end]) for r in SensitiveInfoRecognizer().analyze(text, [])]
    assert ("SENSITIVE_MINOR", "十岁") in found
    assert not any(value.startswith("十八") for _, value in found)


def test_a_permit_applicant_s_flat_and_mail(tmp_path: Path) -> None:
    text = (
        "准予行政许可决定书\n\n"
        "申请人仝文海（住镇雄县和平路81号5单元302室）：\n"
        "你提出的申请符合法定条件，准予许可。本决定寄件至滨河路金色家园21号楼2单元303，挂号信号码961914722336。\n"
    )
    found = _review(tmp_path, "permit.txt", text)
    assert ("redact", "CN_ADDRESS", "镇雄县和平路81号5单元302室") in found
    assert ("redact", "CN_ADDRESS", "滨河路金色家园21号楼2单元303") in found
    assert ("redact", "CN_TRACKING_NUMBER", "961914722336") in found


def test_vehicle_keepers_in_a_traffic_notice(tmp_path: Path) -> None:
    text = (
        "关于督促逾期未检验机动车所有人及时处理的公告\n\n"
        "以下机动车逾期未参加定期检验，请车辆所有人及时到车管所办理：\n"
        "1.晋A8K273，小型轿车，车辆所有人裴建军；\n"
        "2.晋A3M651，小型轿车，所有人：荆丽娟；\n"
        "3.晋A7H992，重型货车，靳春来；\n"
        "4.号牌号码晋K77821 车辆所有人 蒯文斌\n"
        "特此公告。\n某某市公安局交通警察支队\n"
    )
    found = _review(tmp_path, "traffic.txt", text)
    for name in ("裴建军", "荆丽娟", "靳春来", "蒯文斌"):
        assert ("redact", "PERSON", name) in found, (name, found)


def test_a_resident_s_age_before_or_after_the_name_in_a_work_report() -> None:
    text = (
        "工作动态\n\n近日，镇党委书记欧阳志强看望了83岁的孤寡老人邬桂兰，"
        "又走访了低保户祁福来，女，68岁。"
    )
    found = [(r.entity_type, text[r.start : r.end]) for r in PersonNameRecognizer().analyze(text, [])]
    assert ("OFFICIAL_NAME", "欧阳志强") in found
    assert ("PERSON", "邬桂兰") in found and ("PERSONAL_AGE", "83岁") in found
    assert ("PERSON", "祁福来") in found and ("PERSONAL_AGE", "68岁") in found


def test_a_reply_s_sign_off_fields_are_the_body_s_officers() -> None:
    text = "政府信息公开申请答复书\n\n贺玉珍：\n经查，情况属实。\n承办：龚仲秋    审核：阎海涛\n"
    found = [(r.entity_type, text[r.start : r.end]) for r in PersonNameRecognizer().analyze(text, [])]
    assert ("OFFICIAL_NAME", "龚仲秋") in found
    assert ("OFFICIAL_NAME", "阎海涛") in found
    assert ("PERSON", "贺玉珍") in found
