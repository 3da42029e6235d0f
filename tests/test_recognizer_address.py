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
        # A flat's number without 室 after the entrance, the building or the estate.
        ("住址：忻州市忻府区七一北路12号院3号楼2单元301。", "忻州市忻府区七一北路12号院3号楼2单元301", 0.85),
        ("家住忻府区新建路18号5栋1202，", "忻府区新建路18号5栋1202", 0.85),
        ("现住址：忻州市忻府区锦绣花园小区5-2-301，", "忻州市忻府区锦绣花园小区5-2-301", 0.85),
        # A party's description: 当事人住…, 申请人住….
        ("当事人住忻州市忻府区和平街18号3层，于当日", "忻州市忻府区和平街18号3层", 0.85),
        # 住所 of a natural person (sex, birth, ID before it) is a home.
        ("当事人：郝某，女，1975年出生，住所：忻州市忻府区光明街22号。", "忻州市忻府区光明街22号", 0.85),
        ("现居住地：忻州市忻府区新建路锦绣小区3号楼。", "忻州市忻府区新建路锦绣小区3号楼", 0.85),
        ("经核查，该户位于忻府区播明镇西张村三组，", "忻府区播明镇西张村三组", 0.85),
        ("申请人：刘芳，通讯地址：忻州市忻府区和平街18号院，邮编", "忻州市忻府区和平街18号院", 0.85),
        ("来电人称其家门口（忻府区长征东街南巷7号）积水。", "忻府区长征东街南巷7号", 0.85),
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
        "当事人：忻州市恒达商贸有限公司，住所：忻州市忻府区长征西街16号，法定代表人",
        "通讯地址：忻州市忻府区长征西街16号",  # no flat and no person near: a body's
        "第五条 个人饲养犬只，每户限养一只。",
        "申请人住房困难的，可以申请公共租赁住房3套。",
        # 组 of 组织 after a home word is no village group (laws on residents' organisations).
        "应当书面通知本人及其所在单位、居住地基层组织。",
        "由其住所地或者经常居住地处置非法集资牵头部门组织调查认定。",
    ],
)
def test_offices_and_others_are_not_private(text: str) -> None:
    assert addresses(text) == []


def test_table_column_of_home_addresses() -> None:
    text = "姓名\t家庭住址\n张国华\t五台县东冶镇南街村3组\n"
    assert addresses(text) == [("五台县东冶镇南街村3组", 0.85)]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("申请人王某住在忻州市忻府区和平街12号院3号楼2单元501室。", "忻州市忻府区和平街12号院3号楼2单元501室"),
        ("我居住的忻州市忻府区七一北路锦绣花园小区6号楼2单元501室楼上漏水", "忻州市忻府区七一北路锦绣花园小区6号楼2单元501室"),
        ("寄件地址为山西省忻州市忻府区长征街3号2单元202室", "山西省忻州市忻府区长征街3号2单元202室"),
        ("请将材料邮寄至忻州市忻府区新建路18号院3号楼1单元202室。", "忻州市忻府区新建路18号院3号楼1单元202室"),
        ("村民来电反映，其家位于五台县东冶镇南街村3组12号", "五台县东冶镇南街村3组12号"),
        ("家住在五台县东冶镇南街村3组，", "五台县东冶镇南街村3组"),
    ],
)
def test_home_cues_and_spans_that_start_at_the_address(text: str, value: str) -> None:
    assert addresses(text) == [(value, 0.85)]


def test_a_flat_in_a_residents_complaint_is_redacted() -> None:
    text = "市民来电反映锦绣花园小区6号楼2单元501室住户装修噪音扰民。"
    assert addresses(text) == [("锦绣花园小区6号楼2单元501室", 0.85)]
    # The same flat without a resident's complaint stays for review.
    assert addresses("经查，锦绣花园小区6号楼2单元501室存在违规装修。") == [
        ("锦绣花园小区6号楼2单元501室", 0.5)
    ]


def test_contact_address_of_the_person_a_form_is_about() -> None:
    text = ("工单编号：XY2026001\n来电人：周振宇　　　来电号码：13912345678\n回复方式：电话回复\n"
            "联系地址：五台县东冶镇南街村3组12号\n诉求类别：咨询\n")
    assert addresses(text) == [("五台县东冶镇南街村3组12号", 0.8)]


def test_a_bodys_address_before_its_name_and_housing_named_after_a_body() -> None:
    assert addresses("信函寄至忻州市忻府区和平街12号忻州市司法局立法科（邮编034000）") == []
    assert addresses("现住址：忻州市忻府区长征街23号教育局家属院21号楼2单元502室，") == [
        ("忻州市忻府区长征街23号教育局家属院21号楼2单元502室", 0.85)
    ]
