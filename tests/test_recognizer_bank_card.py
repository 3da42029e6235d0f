"""Bank cards: Luhn, context required, table columns count as context."""

from __future__ import annotations

from stdnum import luhn

from pipeline.analysis import normalize_same_length
from pipeline.config import Config
from pipeline.engines import get_engines
from recognizers.bank_card import BankCardRecognizer

CARD = "622848141931417" + luhn.calc_check_digit("622848141931417")
CARD19 = "621700123456789012" + luhn.calc_check_digit("621700123456789012")
BAD = CARD[:-1] + str((int(CARD[-1]) + 1) % 10)


def analyze(text: str) -> list[tuple[str, str, float]]:
    results = get_engines(Config()).analyzer.analyze(normalize_same_length(text), "zh")
    return [(r.entity_type, text[r.start : r.end], r.score) for r in results
            if r.entity_type == "CN_BANK_CARD"]


def test_luhn_valid_card_with_context_is_found() -> None:
    assert analyze(f"银行卡号：{CARD}") == [("CN_BANK_CARD", CARD, 0.7)]
    spaced = " ".join(CARD19[i : i + 4] for i in range(0, 19, 4))
    assert [v for _, v, _ in analyze(f"开户行：农业银行，账号：{spaced}")] == [spaced]


def test_without_context_it_is_not_reported() -> None:
    assert analyze(f"编码 {CARD} 。") == []


def test_luhn_failure_with_context_is_left_for_review() -> None:
    assert [s for _, _, s in analyze(f"银行卡号：{BAD}")] == [0.5]
    assert BankCardRecognizer().analyze(BAD, [])[0].recognition_metadata["luhn"] is False


def test_lengths_and_amounts() -> None:
    recognizer = BankCardRecognizer()
    assert recognizer.analyze("622848141931417", []) == []  # 15 digits
    assert recognizer.analyze(f"{CARD}元", []) == []
    assert recognizer.analyze(CARD + "0123", []) == []  # 20 digits


def test_table_column_is_context() -> None:
    text = f"序号\t姓名\t银行卡号\n1\t张国华\t{CARD}\n"
    assert [v for _, v, _ in analyze(text)] == [CARD]
