"""Residential addresses: home labels, flats, table columns; offices of public bodies kept."""

from __future__ import annotations

import pytest

from recognizers.address import AddressRecognizer


def addresses(text: str) -> list[tuple[str, float]]:
    return [(text[r.start : r.end], r.score) for r in AddressRecognizer().analyze(text, [])]


@pytest.mark.parametrize(
    ("text", "value", "score"),
    [
        ("住址：山西省忻州市忻府区七一北路锦绣花园小区6号楼2单元501室，联系电话",
         "山西省忻州市忻府区七一北路锦绣花园小区6号楼2单元501室", 0.85),
        ("王五，男，住忻州市忻府区和平街12号。", "忻州市忻府区和平街12号", 0.85),
        ("家住五台县东冶镇南街村3组", "五台县东冶镇南街村3组", 0.85),
        ("通讯地址：忻州市忻府区新建北路18号院3号楼1单元202室）", "忻州市忻府区新建北路18号院3号楼1单元202室", 0.8),
        ("小区3号楼2单元501室发生", "小区3号楼2单元501室", 0.5),
    ],
)
def test_home_addresses(text: str, value: str, score: float) -> None:
    assert addresses(text) == [(value, score)]


@pytest.mark.parametrize(
    "text",
    [
        "办公地址：忻州市忻府区和平西街1号市政府办公楼一层政务公开服务窗口",
        "供应商地址：忻州市忻府区长征西街16号；",
        "地址：忻州市忻府区长征西街16号恒信大厦1502室",
        "住所：忻州市忻府区长征西街16号",
        "通讯地址：忻州市忻府区长征西街16号",  # no flat and no person near: a body's
        "第五条 个人饲养犬只，每户限养一只。",
    ],
)
def test_offices_and_others_are_not_private(text: str) -> None:
    assert addresses(text) == []


def test_table_column_of_home_addresses() -> None:
    text = "姓名\t家庭住址\n张国华\t五台县东冶镇南街村3组\n"
    assert addresses(text) == [("五台县东冶镇南街村3组", 0.85)]
