"""Precision on texts of rules and on words that only look like values: a law's 案件尚未办结 is
no live case, a duty sentence is no marking, 关于某事 holds no masked name, base64 is no WeChat
ID, and a law's terms and historical figures are no private persons — while names in prose
are still found."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.api import review
from pipeline.config import Config
from recognizers.internal_marking import InternalMarkingRecognizer
from recognizers.law_enforcement import LawEnforcementRecognizer
from recognizers.masked_value import MaskedValueRecognizer
from recognizers.person_name import PersonNameRecognizer
from recognizers.wechat import WeChatRecognizer

LAW = (
    "中华人民共和国某某法\n"
    "第一条 为了规范行政执法，制定本法。\n"
    "第二条 羁押期限届满，案件尚未办结，需要采取取保候审的，可以取保候审。\n"
    "第三条 尚未结案的案件，适用本法。\n"
    "第四条 保护珍贵、濒危的陆生野生动物和林权等权益。\n"
    "第五条 本法自公布之日起施行。\n"
)


def entities(recognizer, text: str) -> list[tuple[str, str]]:
    return [(r.entity_type, text[r.start : r.end]) for r in recognizer.analyze(text, [])]


def test_a_laws_rule_about_cases_is_no_live_case() -> None:
    assert entities(LawEnforcementRecognizer(), LAW) == []
    # A condition outside a law (…尚未作出处理决定的) is a rule too.
    assert entities(LawEnforcementRecognizer(), "对尚未作出处理决定的，应当告知当事人。") == []


def test_a_live_case_is_still_a_cue() -> None:
    text = "你单位涉嫌违法排污一案，本局正在调查中，待调查终结后依法处理。"
    assert ("LAW_ENFORCEMENT", "正在调查中") in entities(LawEnforcementRecognizer(), text)


def test_a_law_page_is_not_withheld(tmp_path: Path) -> None:
    doc = tmp_path / "law.txt"
    doc.write_text(LAW, encoding="utf-8")
    result = review(doc, Config(), out_dir=tmp_path / "out")
    assert result.disclosure_attribute == "主动公开"
    assert not [f for f in result.findings if f["action"] in ("redact", "review")]


@pytest.mark.parametrize(
    "text",
    [
        "严守国家秘密和工作秘密\n关于加强保密管理的通知\n",
        "各单位：\n不得泄露工作秘密\n",
        "关于加强工作秘密管理的通知\n各单位：\n",
    ],
)
def test_a_duty_sentence_is_no_marking(text: str) -> None:
    assert entities(InternalMarkingRecognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "marking"),
    [
        ("内部资料      关于全市安全生产检查情况的通报\n各县安委会：\n", "内部资料"),
        ("内 部 资 料\n关于全市安全生产检查情况的通报\n", "内 部 资 料"),
        ("关于全市安全生产检查情况的通报\n各县安委会：\n现将情况通报如下。\n工 作 秘 密\n", "工 作 秘 密"),
    ],
)
def test_a_marking_on_a_header_line_or_letter_spaced_is_read(text: str, marking: str) -> None:
    assert ("INTERNAL_MARKING", marking) in entities(InternalMarkingRecognizer(), text)


def test_a_header_marking_in_a_pdf_withholds_it(tmp_path: Path) -> None:
    import pymupdf

    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_font(fontname="F0", fontbuffer=pymupdf.Font("cjk").buffer)
    page.insert_text((72, 60), "安澜市应急管理局", fontname="F0", fontsize=10)
    page.insert_text((430, 60), "内部资料", fontname="F0", fontsize=10)
    page.insert_text((72, 200), "关于全市安全生产检查情况的通报", fontname="F0", fontsize=16)
    page.insert_text((72, 240), "各县（市、区）安委会：现将检查情况通报如下。", fontname="F0", fontsize=11)
    page.insert_text((380, 420), "工 作 秘 密", fontname="F0", fontsize=20)
    pdf.subset_fonts()
    path = tmp_path / "marked.pdf"
    pdf.save(path)
    result = review(path, Config(), out_dir=tmp_path / "out")
    assert result.disclosure_attribute == "不予公开"
    assert result.data["disclosure_reason"]["code"] == "internal_marking"


@pytest.mark.parametrize("text", ["关于某事的请示", "对于某些问题的说明", "任何某一单位不得拒绝。", "属于某某类别"])
def test_a_determiner_is_no_masked_name(text: str) -> None:
    assert entities(MaskedValueRecognizer(), text) == []


@pytest.mark.parametrize(("text", "masked"), [("村民于某某来电反映", "于某某"), ("申请人为王某", "王某")])
def test_masked_names_are_still_masked(text: str, masked: str) -> None:
    assert ("MASKED_VALUE", masked) in entities(MaskedValueRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        '扫码关注微信<img src="data:image/png;base64,iVBORw0KGgo/AAAANSUh+EUgAAAB/ABCDEFG==">',
        "关注微信公众号：anlan_gov_cn",
    ],
)
def test_markup_and_official_accounts_are_no_wechat_id(text: str) -> None:
    assert entities(WeChatRecognizer(), text) == []


def test_a_wechat_id_is_still_found() -> None:
    assert entities(WeChatRecognizer(), "其微信号：zhang_san88") == [("CN_WECHAT", "zhang_san88")]


@pytest.mark.parametrize(
    "text",
    [
        LAW,
        LAW + "一九一一年孙中山先生领导的辛亥革命，废除了封建帝制。\n",
        "在马克思列宁主义、毛泽东思想、邓小平理论指引下，坚持改革开放。",
    ],
)
def test_a_laws_terms_and_doctrines_are_no_persons(text: str) -> None:
    assert [e for e in entities(PersonNameRecognizer(), text) if e[0] == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("村民戚立新来电反映，邻居在院内堆放杂物。", "戚立新"),
        ("上午九点，宋雨桐和外婆一起去了菜市场。", "宋雨桐"),
    ],
)
def test_names_in_prose_are_still_proposed(text: str, name: str) -> None:
    assert ("PERSON", name) in entities(PersonNameRecognizer(), text)


def test_a_laws_articles_name_no_one_with_sensitive_facts() -> None:
    from recognizers.private_facts import PrivateFactsRecognizer
    from recognizers.sensitive_info import SensitiveInfoRecognizer

    law = (
        "戒毒条例\n第一条 为了规范戒毒工作，制定本条例。\n"
        "第二条 县级以上人民政府应当建立强制隔离戒毒场所。当事人对决定强制隔离戒毒不服的，可以申请复议。\n"
        "第三条 有下列情形之一的，可以暂予监外执行：（三）怀孕或者哺乳本人所生1周岁以内婴儿的。\n"
        "所外就医的费用由强制隔离戒毒人员本人承担。\n"
        "第四条 本条例自公布之日起施行。\n"
    )
    assert entities(SensitiveInfoRecognizer(), law) == []
    assert entities(PrivateFactsRecognizer(), law) == []


def test_a_rule_outside_a_law_names_no_one_either() -> None:
    from recognizers.private_facts import PrivateFactsRecognizer
    from recognizers.sensitive_info import SensitiveInfoRecognizer

    rule = "所外就医的费用由强制隔离戒毒人员本人承担。"
    assert entities(SensitiveInfoRecognizer(), rule) == []
    assert entities(PrivateFactsRecognizer(), rule) == []


def test_a_cited_drafts_title_is_no_process_cue() -> None:
    from recognizers.process_info import ProcessInfoRecognizer

    cited = ("学校卫生工作条例\n" + "第一条 为加强学校卫生工作，制定本条例。\n" * 8
             + "本条例自发布之日起施行。一九七九年颁布的《中、小学卫生工作暂行规定(草案)》同时废止。")
    assert entities(ProcessInfoRecognizer(), cited) == []
    own = "关于征求《养犬管理规定（征求意见稿）》意见的函\n各有关单位：\n请反馈意见。\n"
    assert entities(ProcessInfoRecognizer(), own) == [("PROCESS_INFO", "（征求意见稿）")]


def test_a_decision_quoting_articles_still_reads_its_own_prose() -> None:
    # Only the articles are rules: a decision that quotes three articles keeps the facts it
    # states of its own party, before the quotation and after it.
    from recognizers.private_facts import PrivateFactsRecognizer

    decision = (
        "行政处罚决定书\n当事人王建国曾因盗窃罪被判处有期徒刑一年。\n"
        "本机关依据下列规定作出决定：\n"
        "第一条 为了规范行政执法，制定本法。\n"
        "第二条 羁押期限届满，案件尚未办结，需要采取取保候审的，可以取保候审。\n"
        "第三条 有下列情形之一的，从轻处罚：\n（一）主动消除违法行为危害后果的；\n"
        "\n李秀英信仰天主教，现住本村。该案件正在调查中。\n"
    )
    found = entities(PrivateFactsRecognizer(), decision)
    assert any(e == "SENSITIVE_CRIMINAL" for e, _ in found), found
    assert any(e == "SENSITIVE_RELIGION" for e, _ in found), found
    cases = entities(LawEnforcementRecognizer(), decision)
    assert ("LAW_ENFORCEMENT", "正在调查中") in cases, cases
    assert all("尚未办结" not in t for _, t in cases), cases
