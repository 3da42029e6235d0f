"""Names: role labels, descriptions, lists joined with 、, table columns, officials kept."""

from __future__ import annotations

import pytest

from pipeline.policy import rule_for
from recognizers.person_name import PersonNameRecognizer


def names(text: str) -> list[tuple[str, str]]:
    return [(r.entity_type, text[r.start : r.end]) for r in PersonNameRecognizer().analyze(text, [])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A private party's year of birth goes with the name (other personal information).
        ("当事人：王建军，男，汉族，1985年出生。", [("PERSON", "王建军"), ("PERSONAL_AGE", "1985年")]),
        ("申请人李晓燕的申请已收悉。", [("PERSON", "李晓燕")]),
        ("联系人：孙丽华（市教育局学生资助管理中心）", [("PERSON", "孙丽华")]),
        ("户主：欧阳娜，住址：某村。", [("PERSON", "欧阳娜")]),
        ("李晓燕：\n本机关于5月6日收到你的申请。", [("PERSON", "李晓燕")]),
        ("张先生、王芳女士", [("PERSON", "王芳")]),
        ("赵永强先生来电。", [("PERSON", "赵永强")]),
    ],
)
def test_private_persons(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected


def test_list_with_head_count_including_ambiguous_surname() -> None:
    text = "张国华、刘桂英、武建平、郭淑芬等4人符合临时救助条件。"
    assert names(text) == [("PERSON", n) for n in ("张国华", "刘桂英", "武建平", "郭淑芬")]


def test_list_without_people_words_is_not_names() -> None:
    assert names("苹果、香蕉、砂糖橘等6种水果") == []
    assert names("忻府区、原平市、定襄县") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("签发人：张三丰", [("OFFICIAL_NAME", "张三丰")]),
        ("副市长王志强出席会议。", [("OFFICIAL_NAME", "王志强")]),
        ("任命刘建国同志为忻州市民政局局长。", [("OFFICIAL_NAME", "刘建国")]),
        ("评审专家名单：王志强、陈红梅、韩冬（组长）。",
         [("OFFICIAL_NAME", "王志强"), ("OFFICIAL_NAME", "陈红梅"), ("OFFICIAL_NAME", "韩冬")]),
        ("执法人员：李明、赵刚，执法证号：14001。",
         [("OFFICIAL_NAME", "李明"), ("OFFICIAL_NAME", "赵刚")]),
    ],
)
def test_officials_are_kept(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected
    assert rule_for("OFFICIAL_NAME").action == "keep"


def test_table_column_of_names() -> None:
    text = "序号\t姓名\t身份证号\n1\t张国华\t140922196211050135\n2\t武建平\t140922197008090750\n合计\n"
    assert names(text) == [("PERSON", "张国华"), ("PERSON", "武建平")]
    officials = "姓名\t职务\n王志强\t局长\n陈红梅\t副局长\n"
    assert names(officials) == [("OFFICIAL_NAME", "王志强"), ("OFFICIAL_NAME", "陈红梅")]


@pytest.mark.parametrize(
    "text",
    [
        "当事人：高平市恒达商贸有限公司",  # a company, starting with a surname
        "当事人：李记面馆",
        "当事人：王某某，男",  # masked: left to the masked-value recognizer
        "联系人：张女士",
        "常务副市长主持会议",
        "经营者应当依法明码标价。",
        "项目：\n",
    ],
)
def test_look_alikes_are_not_names(text: str) -> None:
    assert names(text) == []
