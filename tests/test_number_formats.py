"""The shared number normaliser: identifiers as people write them (groups, stray and double
spaces, dashes, full-width digits, line breaks, lower-case x), IDs inside longer certificate
numbers, a second card after 和, VINs with their check character, plates broken in a narrow
cell, and a body's own account kept."""

from __future__ import annotations

import pytest
from stdnum import luhn
from stdnum.cn import ric

from pipeline.analysis import normalize_same_length
from pipeline.config import Config
from pipeline.engines import get_engines
from recognizers._numbers import runs
from recognizers.vin import check_character, vin_ok
from stages.detect import resolve_overlaps


def make_id(body17: str) -> str:
    return body17 + ric.calc_check_digit(body17 + "0")


ID = make_id("13053419780214241")
ID_X = "11010519491231002X"
CARD = "621700123456789012" + luhn.calc_check_digit("621700123456789012")
CARD2 = "622848141931417" + luhn.calc_check_digit("622848141931417")
FULL = {ord(c): ord(c) + 0xFEE0 for c in "0123456789X"}


def found(text: str) -> list[tuple[str, str]]:
    results = get_engines(Config()).analyzer.analyze(normalize_same_length(text), "zh")
    return [(r.entity_type, text[r.start : r.end]) for r in resolve_overlaps(results)
            if r.score >= 0.6]


def groups(value: str, sizes: list[int], sep: str = " ") -> str:
    out, at = [], 0
    for size in sizes:
        out.append(value[at : at + size])
        at += size
    return sep.join(out)


@pytest.mark.parametrize(
    "written",
    [
        groups(ID, [4, 4, 4, 4, 2]),
        groups(ID, [6, 8, 4], "-"),
        groups(ID, [6, 8, 4], " - "),
        groups(ID, [6, 8, 4], "—"),
        groups(ID, [11, 7]),  # one stray space
        groups(ID, [6, 8, 4], "  "),  # double spaces
        groups(ID, [10, 8], "\n"),  # a line end inside
        ID.translate(FULL),
        groups(ID, [6, 8, 4]).translate(FULL).replace(" ", "\u3000"),
    ],
)
def test_ids_as_written(written: str) -> None:
    assert found(f"申请人身份证号码：{written}，") == [("CN_RESIDENT_ID", written)]


def test_lower_case_x() -> None:
    assert found(f"身份证号{ID_X.lower()}") == [("CN_RESIDENT_ID", ID_X.lower())]


def test_groups_do_not_glue_neighbours() -> None:
    # The 序号 before and the phone after are separate values, not part of the ID.
    assert found(f"1 {ID} 13812345678") == [("CN_RESIDENT_ID", ID), ("CN_MOBILE", "13812345678")]
    # A line break inside needs the check digit: a broken 18 digits without one is nothing.
    broken = groups(ID[:-1] + str((int(ID[-1]) + 1) % 10), [10, 8], "\n")
    assert found(f"编号{broken}") == []


def test_id_inside_a_longer_certificate_number() -> None:
    assert found(f"残疾人证号：{ID}42，") == [("CN_RESIDENT_ID", f"{ID}42")]
    assert found(f"持有残疾人证（证号{ID}11）") == [("CN_RESIDENT_ID", f"{ID}11")]
    # Without a certificate word a longer number is not an ID.
    assert found(f"流水{ID}42") == []


@pytest.mark.parametrize("gap", ["\t", "  ", " "])
def test_the_digits_after_an_id_and_a_gap_are_the_next_value(gap: str) -> None:
    # An ID column then a card column (pasted from a spreadsheet), or a card written after
    # the ID in a sentence: the card's first group is no certificate extension of the ID.
    card = groups(CARD, [4, 4, 4, 4, 3])
    text = f"身份证号{gap}银行卡号\n{ID}{gap}{card}\n"
    if gap == " ":
        assert found(text)[0] == ("CN_RESIDENT_ID", ID)
    else:
        assert found(text) == [("CN_RESIDENT_ID", ID), ("CN_BANK_CARD", card)]


@pytest.mark.parametrize(
    "written",
    [groups(CARD, [4, 4, 4, 4, 3]), groups(CARD, [4, 4, 4, 4, 3], "  "),
     groups(CARD, [4, 4, 4, 4, 3], "-"), CARD.translate(FULL), groups(CARD, [12, 7], "\n")],
)
def test_cards_as_written(written: str) -> None:
    assert found(f"银行卡号：{written}。") == [("CN_BANK_CARD", written)]


def test_a_second_card_after_he_has_the_first_ones_label() -> None:
    text = f"请将补助资金分别打入其银行卡号{CARD}（农商银行）和{CARD2}。"
    assert found(text) == [("CN_BANK_CARD", CARD), ("CN_BANK_CARD", CARD2)]
    three = f"账号{CARD}、{CARD2}及{CARD2[:-1]}{(int(CARD2[-1]) + 3) % 10}"
    assert [t for _, t in found(three)][:2] == [CARD, CARD2]


def test_a_second_card_after_a_modifier_of_it() -> None:
    text = f"卡号{groups(CARD, [4, 4, 4, 4, 3])}和尾号不同的{CARD2}"
    assert found(text) == [("CN_BANK_CARD", groups(CARD, [4, 4, 4, 4, 3])), ("CN_BANK_CARD", CARD2)]


def test_a_luhn_card_alone_on_its_line() -> None:
    # A cell of a table whose layout was lost, or a value pasted on its own.
    assert found(f"补助发放明细\n{CARD2}\n{groups(CARD, [4, 4, 4, 4, 3], '  ')}\n") == [
        ("CN_BANK_CARD", CARD2), ("CN_BANK_CARD", groups(CARD, [4, 4, 4, 4, 3], "  "))]
    # In a sentence, or with a wrong Luhn digit, it is no card without a bank word.
    assert found(f"本次批次{CARD2}已完成") == []
    assert found(CARD2[:-1] + str((int(CARD2[-1]) + 1) % 10)) == []


def test_amounts_and_decimals_are_not_cards() -> None:
    assert found(f"银行卡转账{CARD}元") == []
    assert found(f"账号余额{CARD}.50") == []


def test_runs_map_back_to_the_text() -> None:
    text = f"卡号 {groups(CARD, [4, 4, 4, 4, 3], '  ')} 完"
    (run,) = [r for r in runs(text) if len(r.compact) > 10]
    assert run.compact == CARD
    start, end = run.span(0, len(run.compact))
    assert text[start:end] == groups(CARD, [4, 4, 4, 4, 3], "  ")


VIN = "LFV3A23C8F3045612"


def test_vin_check_character() -> None:
    assert check_character("1M8GDM9AXKP042788") == "X" and vin_ok("1M8GDM9AXKP042788")
    vin = VIN[:8] + check_character(VIN) + VIN[9:]
    assert vin_ok(vin)
    wrong = vin[:8] + ("0" if vin[8] != "0" else "1") + vin[9:]
    assert not vin_ok(wrong)
    assert not vin_ok(vin.replace("F", "I"))  # I, O, Q are never used
    assert not vin_ok("11111111111111111")


def test_vins_with_context_are_redacted() -> None:
    vin = VIN[:8] + check_character(VIN) + VIN[9:]
    for label in ("车架号：", "车辆识别代号", "VIN码："):
        assert found(f"{label}{vin}，") == [("CN_VIN", vin)]
    assert found(f"车架号：{groups(vin, [4, 4, 4, 5])}") == [("CN_VIN", groups(vin, [4, 4, 4, 5]))]
    wrong = vin[:8] + ("0" if vin[8] != "0" else "1") + vin[9:]
    assert found(f"车架号：{wrong}") == []
    # Without a vehicle word a valid VIN is only for review.
    assert found(f"编码{vin}") == []


@pytest.mark.parametrize("written", ["晋H·12345", "晋H 12345", "晋H\n12345", "晋\nH12345", "晋H1234挂"])
def test_plates_as_written(written: str) -> None:
    assert found(f"车牌号码：{written}，") == [("CN_LICENSE_PLATE", written)]


def test_plate_look_alikes() -> None:
    assert found("车牌号码：晋HABCDE") == []
    assert found("型号AB12345") == []


@pytest.mark.parametrize(
    "text",
    [
        "罚款请缴入忻州市财政局非税收入专户，开户行：中国工商银行忻州分行，账号：{card}。",
        "户名：忻州市市场监督管理局；开户银行：农业银行；账号：{card}",
        "收款单位：忻州市人民政府国有资产监督管理委员会，账号{card}",
        "逾期不缴纳的，可将罚款汇入国家金库忻州市中心支库，账号{card}。",
    ],
)
def test_a_bodys_own_account_in_a_payment_clause_is_kept(text: str) -> None:
    assert found(text.format(card=CARD)) == [("CN_BANK_ACCOUNT_PUBLIC", CARD)]
    from pipeline.policy import rule_for

    assert rule_for("CN_BANK_ACCOUNT_PUBLIC").action == "keep"


@pytest.mark.parametrize(
    "text",
    [
        "补助资金将打入申请人本人一卡通账号{card}。",
        "户名：王海燕，账号：{card}",
        "请将退款转入您的银行卡（卡号{card}）。",
    ],
)
def test_a_persons_account_is_not(text: str) -> None:
    assert ("CN_BANK_CARD", CARD) in found(text.format(card=CARD))


def test_social_security_cards() -> None:
    assert found("社保卡号：A12345678。") == [("CN_SOCIAL_SECURITY_CARD", "A12345678")]
    assert found("医保卡号 1409 0212 3456") == [("CN_SOCIAL_SECURITY_CARD", "1409 0212 3456")]
    assert found("编号A12345678") == []


def test_a_student_number_holds_the_pupil_id_after_a_letter() -> None:
    # 全国中小学生学籍号: G and the pupil's ID number, in one token.
    assert found(f"学籍号：G{ID}，") == [("CN_RESIDENT_ID", f"G{ID}")]
    assert found(f"学生证件号码 J{ID}") == [("CN_RESIDENT_ID", f"J{ID}")]
    table = f"序号\t姓名\t学籍号\t资助金额\n1\t王小明\tG{ID}\t500\n"
    assert (("CN_RESIDENT_ID", f"G{ID}") in found(table))
    # Without a label, letters before the digits make another code (an order number).
    assert found(f"订单SF{ID}") == []
