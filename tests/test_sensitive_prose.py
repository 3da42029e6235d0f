"""Sensitive personal information in running text (个人信息保护法第二十八条), built from the
clause's structure: 因 + offence + 被 + penalty, 曾受过…处罚, 有…前科, 信仰…教, 宗教信仰：…,
系…教信徒, a disability's kind said of a person — attached to a named private person, while a
law's rule (…的，不得…) names nobody and stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.api import review
from pipeline.config import Config
from recognizers.person_name import PersonNameRecognizer
from recognizers.private_facts import PrivateFactsRecognizer
from recognizers.sensitive_info import SensitiveInfoRecognizer


def found(text: str) -> list[tuple[str, str]]:
    return [(r.entity_type, text[r.start : r.end])
            for recognizer in (SensitiveInfoRecognizer(), PrivateFactsRecognizer())
            for r in recognizer.analyze(text, [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("经查，冯长生曾因聚众斗殴被公安机关行政拘留十日。",
         ("SENSITIVE_CRIMINAL", "曾因聚众斗殴被公安机关行政拘留十日")),
        ("申请人戴卫东曾受过刑事处罚，现在县城务工。", ("SENSITIVE_CRIMINAL", "曾受过刑事处罚")),
        ("经走访核实，村民喻志强有盗窃前科，现已改过。", ("SENSITIVE_CRIMINAL", "有盗窃前科")),
        ("邝文斌于2019年因醉酒驾驶被判处拘役三个月，并处罚金二千元。",
         ("SENSITIVE_CRIMINAL", "因醉酒驾驶被判处拘役三个月")),
        ("其丈夫甘国平曾受到留党察看处分。", ("SENSITIVE_CRIMINAL", "曾受到留党察看处分")),
        ("据了解，马文华系伊斯兰教信徒，饮食上有特殊需要。", ("SENSITIVE_RELIGION", "伊斯兰教信徒")),
        ("经入户调查，户主宗教信仰：天主教，家庭人口四人。", ("SENSITIVE_RELIGION", "天主教")),
        ("其母亲邬桂芝信奉基督教多年。", ("SENSITIVE_RELIGION", "基督教")),
        ("经核实，柯桂兰系听力残疾，无固定收入。", ("SENSITIVE_HEALTH", "听力残疾")),
        ("其女儿晏小雨患有先天性心脏病，需长期治疗。", ("SENSITIVE_HEALTH", "先天性心脏病")),
        # A word that points at the one person of the matter (信访人, 反映人, 该户户主).
        ("经查，信访人曾因寻衅滋事被行政拘留五日。", ("SENSITIVE_CRIMINAL", "曾因寻衅滋事被行政拘留五日")),
        ("反映人称其前夫有吸毒史。", ("SENSITIVE_CRIMINAL", "有吸毒史")),
        ("经了解，该户户主是一名穆斯林。", ("SENSITIVE_RELIGION", "穆斯林")),
    ],
)
def test_a_fact_about_a_named_person_is_found(text: str, expected: tuple[str, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        # A law's rules: a condition (…的，) about kinds of people, no person.
        "因故意犯罪被判处刑罚的，不得担任人民陪审员。",
        "曾因犯罪受过刑事处罚的人员，不得录用为公务员。",
        "第五条 有犯罪前科的，不得报考。",
        "公民有宗教信仰自由，任何组织不得强制公民信仰宗教或者不信仰宗教。",
        "宗教信仰：无",
        "对视力残疾人、听力残疾人应当提供无障碍服务。",
        # A masked name is nobody a reader can identify.
        "张某曾因盗窃罪被判处有期徒刑二年。",
        "对有吸毒史的人员，应当加强管理。",
        "本人曾受过行政处罚的，应当如实说明。",
    ],
)
def test_rules_and_masked_names_stay(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("据了解，马文华系伊斯兰教信徒。", "马文华"),
        ("经核实，柯桂兰系听力残疾，生活困难。", "柯桂兰"),
        ("邝文斌于2019年因醉酒驾驶被判处拘役三个月。", "邝文斌"),
        ("经查，冯长生曾受过行政处罚。", "冯长生"),
    ],
)
def test_the_subject_of_such_a_fact_is_a_private_person(text: str, name: str) -> None:
    results = PersonNameRecognizer().analyze(text, [])
    assert any(r.entity_type == "PERSON" and r.score >= 0.75 and text[r.start : r.end] == name
               for r in results)


def test_an_official_honoured_is_no_record(tmp_path: Path) -> None:
    text = "局长邝文斌因工作突出被评为先进个人。"
    assert found(text) == []
    doc = tmp_path / "n.txt"
    doc.write_text(text + "\n", encoding="utf-8")
    result = review(doc, Config(), out_dir=tmp_path / "out")
    assert not [f for f in result.findings if f["action"] == "redact"]
