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
