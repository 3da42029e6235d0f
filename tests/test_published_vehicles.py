"""Vehicles a notice publishes by rule (pipeline.published_lists.published_vehicles): a body's
own cars put up for auction keep their plates and VINs (public property), as do the vehicles a
vehicle office's 公告 declares void; a private keeper's plate elsewhere is still redacted."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from pipeline.api import review
from pipeline.config import Config
from recognizers.vin import check_character
from tests.fixtures.tables import name, tsv, write_docx

_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def _vin(rng: random.Random) -> str:
    body = "LSV" + "".join(rng.choice(_LETTERS + "0123456789") for _ in range(5))
    tail = rng.choice("ABCDEFGHJKLMNPRSTVWXY") + "".join(rng.choice("0123456789") for _ in range(7))
    draft = body + "0" + tail
    return body + check_character(draft) + tail


def _plate(rng: random.Random) -> str:
    return "晋H" + rng.choice("ABCDEFG") + "".join(rng.choice("0123456789") for _ in range(4))


def _vehicles(seed: int, count: int = 12) -> tuple[list[list[str]], list[str], list[str]]:
    rng = random.Random(seed)
    rows = [["序号", "号牌号码", "车辆识别代号", "品牌型号", "起拍价（元）"]]
    plates, vins = [], []
    for i in range(count):
        plates.append(_plate(rng))
        vins.append(_vin(rng))
        rows.append([str(i + 1), plates[-1], vins[-1], "大众牌SVW7182", "12000"])
    return rows, plates, vins


def _actions(path: Path, tmp_path: Path) -> dict[str, str]:
    findings = review(path, Config(), tmp_path / "out").findings
    return {f["text"]: f["action"] for f in findings}


@pytest.mark.parametrize("title", [
    "县机关事务服务中心关于公务用车拍卖的公告",
    "关于对达到强制报废标准机动车予以注销的公告",
])
def test_published_vehicles_keep_plates_and_vins(tmp_path: Path, title: str) -> None:
    rows, plates, vins = _vehicles(7)
    buyer = name(random.Random(8))
    path = write_docx(tmp_path / "notice.docx", [title], rows,
                      after=[f"上期竞得人：{buyer}，联系电话：13912345678。", "特此公告。"])
    actions = _actions(path, tmp_path)
    assert [v for v in plates + vins if actions.get(v) != "keep"] == []
    assert actions.get("13912345678") == "redact"


def test_a_private_keepers_plate_is_still_redacted(tmp_path: Path) -> None:
    rows, plates, vins = _vehicles(9)
    text = "关于曝光一批交通违法车辆的通报\n\n" + tsv(rows) + "\n市公安局交通警察支队\n"
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    actions = _actions(path, tmp_path)
    assert [v for v in plates + vins if actions.get(v) != "redact"] == []
