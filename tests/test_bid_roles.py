"""A bid's 项目负责人 (项目经理, 总监理工程师) is published with the award and with the number of the
certificate that qualifies them (《招标公告和公示信息发布管理办法》第六条): kept, in prose and in a
table column; an ID number beside the name still makes the person private."""

from __future__ import annotations

import random
from pathlib import Path

from pipeline.api import review
from pipeline.config import Config
from tests.fixtures.tables import resident_id, tsv, write_docx

PROSE = (
    "城关镇中心小学教学楼改造工程中标候选人公示\n"
    "一、招标人：城关镇人民政府\n"
    "二、第一中标候选人：山西建工第三建设有限公司，投标报价：3256000元，项目经理：刘建伟，"
    "注册证书编号：晋1142012201234567；\n"
    "第二中标候选人：忻州宏达建筑工程有限公司，投标报价：3301000元，项目负责人：赵丽萍（一级建造师，"
    "注册证书编号：晋1142013201456789）；\n"
    "三、监理单位：忻州正信监理有限公司，总监理工程师：贾志宏。\n"
)
ROWS = [["序号", "中标候选人", "投标报价（元）", "项目经理", "证书编号"],
        ["1", "山西建工第三建设有限公司", "3256000", "刘建伟", "晋1142012201234567"],
        ["2", "忻州宏达建筑工程有限公司", "3301000", "赵丽萍", "晋1142013201456789"]]


def _actions(path: Path, tmp_path: Path) -> dict[str, str]:
    return {f["text"]: f["action"] for f in review(path, Config(), tmp_path / "out").findings}


def test_project_managers_in_prose_are_kept(tmp_path: Path) -> None:
    path = tmp_path / "bid.txt"
    path.write_text(PROSE, encoding="utf-8")
    actions = _actions(path, tmp_path)
    for name in ("刘建伟", "赵丽萍", "贾志宏"):
        assert actions.get(name) == "keep", (name, actions)


def test_project_manager_column_is_kept(tmp_path: Path) -> None:
    path = write_docx(tmp_path / "bid.docx", ["城关镇道路工程中标候选人公示"], ROWS,
                      after=["招标人：城关镇人民政府"])
    actions = _actions(path, tmp_path)
    assert actions.get("刘建伟") == "keep" and actions.get("赵丽萍") == "keep", actions
    text = "城关镇道路工程中标候选人公示\n\n" + tsv(ROWS) + "\n招标人：城关镇人民政府\n"
    (tmp_path / "bid.txt").write_text(text, encoding="utf-8")
    actions = _actions(tmp_path / "bid.txt", tmp_path)
    assert actions.get("刘建伟") == "keep" and actions.get("赵丽萍") == "keep", actions


def test_an_id_number_makes_the_project_manager_private(tmp_path: Path) -> None:
    number = resident_id(random.Random(3))
    path = tmp_path / "bid.txt"
    path.write_text(f"中标结果公告\n项目经理：刘建伟（身份证号：{number}），"
                    "注册证书编号：晋1142012201234567。\n", encoding="utf-8")
    actions = _actions(path, tmp_path)
    assert actions.get("刘建伟") == "redact"
    assert actions.get(number) == "redact"
