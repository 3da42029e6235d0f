"""Sensitive personal information (个人信息保护法第二十八条) about a particular person: health,
minors, religion, criminal records; general text about diseases or schools is left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.api import review
from pipeline.config import Config
from pipeline.policy import rule_for
from recognizers.private_facts import PrivateFactsRecognizer
from recognizers.sensitive_info import SensitiveInfoRecognizer


def found(text: str) -> list[tuple[str, str]]:
    return [(r.entity_type, text[r.start : r.end])
            for recognizer in (SensitiveInfoRecognizer(), PrivateFactsRecognizer())
            for r in recognizer.analyze(text, [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("经核实，村民邬建华患有尿毒症，每周需透析三次。", ("SENSITIVE_HEALTH", "尿毒症")),
        ("申请人：伍桂香，肢体二级残疾，无固定收入。", ("SENSITIVE_HEALTH", "肢体二级残疾")),
        ("其女儿于去年确诊为急性白血病。", ("SENSITIVE_HEALTH", "急性白血病")),
        ("学生仲思琪，11岁，现就读于东街小学。", ("SENSITIVE_MINOR", "11岁")),
        ("闻家豪之子闻一鸣在县二中读初二。", ("SENSITIVE_MINOR", "初二")),
        ("据了解，村民蔺秀英信仰天主教多年。", ("SENSITIVE_RELIGION", "天主教")),
        ("经查，佟立军曾因盗窃罪被判处有期徒刑二年。", ("SENSITIVE_CRIMINAL", "曾因盗窃罪被判处有期徒刑二年")),
        ("经查，该户户主为刑满释放人员。", ("SENSITIVE_CRIMINAL", "刑满释放人员")),
    ],
)
def test_sensitive_facts_about_a_person(text: str, expected: tuple[str, str]) -> None:
    kind, value = expected
    assert any(k == kind and value in v for k, v in found(text)), found(text)


@pytest.mark.parametrize(
    "text",
    [
        "对患有白血病、尿毒症等重大疾病的困难群众，应当给予医疗救助。",
        "小学三年级学生每天校外作业时间不得超过一小时。",
        "公民有宗教信仰自由，任何组织不得强制公民信仰宗教。",
        "被判处有期徒刑的，由公安机关依法执行。",
        "残疾等级分为一级、二级、三级和四级。",
        "第三条 社区矫正对象认为其合法权益受到侵害的，有权申诉。",
        "对暂予监外执行的罪犯，社区矫正对象违反规定的，依法给予警告。",
        "张某曾因盗窃罪被判处有期徒刑二年。",
    ],
)
def test_general_text_is_not_flagged(text: str) -> None:
    assert found(text) == []


def test_policy_cites_pipl_article_28() -> None:
    for entity in ("SENSITIVE_HEALTH", "SENSITIVE_MINOR", "SENSITIVE_RELIGION", "SENSITIVE_CRIMINAL"):
        rule = rule_for(entity)
        assert rule.category == "personal_privacy"
        assert rule.action == "redact"
        assert "个人信息保护法》第二十八条" in rule.basis
        assert "第十五条" in rule.basis


def test_redacted_in_the_copy_with_the_rest_of_the_sentence_kept(tmp_path: Path) -> None:
    doc = tmp_path / "relief.txt"
    doc.write_text(
        "关于临时救助审批情况的说明\n"
        "经入户核查，村民邬建华患有尿毒症，家庭生活困难，符合临时救助条件。\n",
        encoding="utf-8",
    )
    record = review(doc, Config(), out_dir=tmp_path / "out")
    health = [f for f in record.findings if f["entity_type"] == "SENSITIVE_HEALTH"]
    assert [(f["text"], f["action"]) for f in health] == [("尿毒症", "redact")]
    copy = record.redacted_path.read_text(encoding="utf-8")
    assert "尿毒症" not in copy
    assert "家庭生活困难，符合临时救助条件" in copy


def test_a_column_of_diseases_in_a_table_of_persons() -> None:
    text = (
        "序号\t姓名\t性别\t疾病名称\t救助金额\n"
        "1\t邝振华\t男\t慢性肾功能衰竭\t8000\n"
        "2\t虞桂兰\t女\t系统性红斑狼疮\t6000\n"
    )
    got = found(text)
    assert ("SENSITIVE_HEALTH", "慢性肾功能衰竭") in got
    assert ("SENSITIVE_HEALTH", "系统性红斑狼疮") in got


def test_a_column_of_diseases_without_persons_is_a_statistic() -> None:
    text = "序号\t疾病名称\t救助人次\n1\t尿毒症\t35\n2\t白血病\t12\n"
    assert found(text) == []


def test_a_table_of_persons_by_any_person_column_with_grade_and_category_cells() -> None:
    # The name column is labelled by its holder (领取人), not 姓名; the category cell 残疾人
    # reads like a label (its head 人) but sits under a header: it is the person's category.
    text = (
        "序号\t领取人\t残疾类别\t残疾等级\t人员类别\t补贴（元）\n"
        "1\t牛德顺\t视力残疾\t二级\t残疾人\t120\n"
        "2\t葛凤琴\t肢体残疾\t四级\t低保户\t90\n"
    )
    got = found(text)
    for value in ("视力残疾", "二级", "肢体残疾", "四级", "残疾人"):
        assert ("SENSITIVE_HEALTH", value) in got, value
    assert not any(value in {"低保户", "120", "90"} for _, value in got)
