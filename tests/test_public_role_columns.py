"""A column labelled with a public role and its bracketed alternatives (法定代表人（负责人、业主）)
holds persons acting for their firms: kept, while the ID numbers in the row stay redacted."""

from __future__ import annotations

import random
from pathlib import Path

from pipeline.api import review
from pipeline.config import Config
from tests.fixtures.tables import name, resident_id, tsv


def test_bracketed_alternatives_do_not_hide_the_role(tmp_path: Path) -> None:
    rng = random.Random(5)
    rows = [["序号", "纳税人名称", "法定代表人（负责人、业主）", "身份证件号码", "欠税税种", "欠税余额（元）"]]
    names, ids = [], []
    for i in range(12):
        names.append(name(rng))
        ids.append(resident_id(rng))
        rows.append([str(i + 1), f"清江市第{i + 1}建材有限公司", names[-1], ids[-1], "增值税", "15600.00"])
    path = tmp_path / "arrears.txt"
    path.write_text("国家税务总局清江市税务局2026年第3期欠税公告\n\n" + tsv(rows) + "\n", encoding="utf-8")
    actions = {f["text"]: f["action"] for f in review(path, Config(), tmp_path / "out").findings}
    assert [n for n in names if actions.get(n) != "keep"] == []
    assert [i for i in ids if actions.get(i) != "redact"] == []


def test_a_two_row_header_and_the_officer_column(tmp_path: Path) -> None:
    """项目经理 over 姓名 reads 项目经理姓名; a 经办人 column of a 公示 holds the body's officers."""
    rng = random.Random(6)
    managers, officers, recipients = [], [], []
    rows = [["排序", "投标人", "项目经理", "工期"], ["", "名称", "姓名", "（日历天）"]]
    for i in range(3):
        managers.append(name(rng))
        rows.append([str(i + 1), f"桐阳第{i + 1}建设有限公司", managers[-1], "495"])
    path = tmp_path / "bid.txt"
    path.write_text("污水处理厂提标改造工程中标候选人公示\n\n" + tsv(rows) + "\n", encoding="utf-8")
    actions = {f["text"]: f["action"] for f in review(path, Config(), tmp_path / "out").findings}
    assert [n for n in managers if actions.get(n) != "keep"] == [], actions
    rows = [["乡镇", "姓名", "性别", "救助金额", "经办人"]]
    for _ in range(8):
        recipients.append(name(rng))
        officers.append(name(rng))
        rows.append(["丰收街道", recipients[-1], "女", "4900元", officers[-1]])
    path = tmp_path / "list.txt"
    path.write_text("博济县2026年8月特困人员供养对象公示名单\n\n" + tsv(rows) + "\n", encoding="utf-8")
    actions = {f["text"]: f["action"] for f in review(path, Config(), tmp_path / "out").findings}
    assert [n for n in officers + recipients if actions.get(n) != "keep"] == [], actions


def test_a_bracketed_role_does_not_make_the_row_private(tmp_path: Path) -> None:
    """The row's subject is read by the same role test: an office line beside a firm's
    法定代表人（负责人） is no private person's line."""
    rng = random.Random(7)
    rows = [["序号", "法定代表人（负责人）", "联系电话"]]
    lines = ["0350-3021456", "0350-3035678", "0350-3041234"]
    for i, line in enumerate(lines):
        rows.append([str(i + 1), name(rng), line])
    path = tmp_path / "contacts.txt"
    path.write_text("2026年度安全生产责任单位联系表\n\n" + tsv(rows) + "\n", encoding="utf-8")
    found = {f["text"]: f["entity_type"] for f in review(path, Config(), tmp_path / "out").findings}
    assert [line for line in lines if found.get(line) == "CN_LANDLINE_PRIVATE"] == []
