"""Private persons named in notices, requests and news items: vehicle owners listed with their
plates, a resident named with an age, parties of a 信访 matter."""

from __future__ import annotations

from pathlib import Path

from pipeline.api import review
from pipeline.config import Config


def findings(tmp_path: Path, text: str) -> list[tuple[str, str, str]]:
    doc = tmp_path / "doc.txt"
    doc.write_text(text, encoding="utf-8")
    result = review(doc, Config(), out_dir=tmp_path / "out")
    return [(f["entity_type"], f["action"], f["text"]) for f in result.findings]


def test_owners_listed_with_their_plates_share_the_cue(tmp_path: Path) -> None:
    found = findings(tmp_path, "关于注销逾期未检验机动车的公告\n"
                               "以下机动车逾期未检验，请车主邹建国（晋H52341）、闵美兰（晋H67290）、"
                               "欧阳德胜（晋H30982）于30日内办理。\n")
    for name in ("邹建国", "闵美兰", "欧阳德胜"):
        assert ("PERSON", "redact", name) in found


def test_a_resident_named_with_an_age_in_a_news_item(tmp_path: Path) -> None:
    found = findings(tmp_path, "凤栖县民政局“一站式”救助让困难群众少跑腿\n"
                               "蓝秀英，65岁，是东关村的低保户。她说：“现在办事方便多了。”\n")
    assert ("PERSON", "redact", "蓝秀英") in found
    assert ("PERSONAL_AGE", "redact", "65岁") in found


def test_an_officials_age_is_not_withheld(tmp_path: Path) -> None:
    found = findings(tmp_path, "县民政局召开座谈会，局长邹建国，52岁，主持会议。\n")
    assert not [f for f in found if f[0] == "PERSONAL_AGE"]


def test_a_pupils_age_stays_a_minors(tmp_path: Path) -> None:
    found = findings(tmp_path, "学生仲思琪，11岁，现就读于东街小学三年级。\n")
    assert ("SENSITIVE_MINOR", "redact", "11岁") in found


def test_a_name_with_a_plate_in_brackets_is_the_keeper(tmp_path: Path) -> None:
    found = findings(tmp_path, "以下机动车逾期未检验：聂文斌（晋H52341）。\n")
    assert ("PERSON", "redact", "聂文斌") in found
