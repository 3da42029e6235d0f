"""Cues for a reviewer: trade secrets, process information, law-enforcement files."""

from __future__ import annotations

import pytest

from pipeline.policy import rule_for
from recognizers.law_enforcement import LawEnforcementRecognizer
from recognizers.process_info import ProcessInfoRecognizer
from recognizers.trade_secret import TradeSecretRecognizer


def spans(recognizer: object, text: str) -> list[str]:
    return [text[r.start : r.end] for r in recognizer.analyze(text, [])]  # type: ignore[attr-defined]


def test_trade_secret_claim_and_content() -> None:
    text = (
        "七、中标供应商在投标文件中书面声明，其投标报价明细及成本构成属于商业秘密，不同意公开。\n"
        "附：投标报价明细及成本构成（摘自投标文件）\n1. 人工成本：768,000.00元\n\n八、联系方式\n"
    )
    results = TradeSecretRecognizer().analyze(text, [])
    assert [r.recognition_metadata["cue"] for r in results] == ["claim", "content"]
    heading = results[1]
    assert text[heading.start : heading.end] == "附：投标报价明细及成本构成（摘自投标文件）"
    assert text[heading.end : heading.recognition_metadata["section_end"]].strip().startswith("1.")
    assert rule_for("TRADE_SECRET").action == "review"


@pytest.mark.parametrize(
    "text",
    [
        "第三方认为属于商业秘密且不同意公开。根据条例第十五条的规定，该部分不予提供。",
        "不得公开涉及国家秘密、商业秘密、个人隐私的政府信息。",
        "(三)认为属于商业秘密、个人隐私，但不公开可能对公共利益造成重大影响的。",
        "对拟公开的信息内容是否属于商业秘密进行审查。",
    ],
)
def test_mentions_of_trade_secrets_are_not_cues(text: str) -> None:
    assert TradeSecretRecognizer().analyze(text, []) == []


def test_process_information() -> None:
    assert spans(ProcessInfoRecognizer(), "《忻州市城市养犬管理办法（征求意见稿）》") == [
        "（征求意见稿）"
    ]
    assert spans(ProcessInfoRecognizer(), "忻州市民政局局长办公会议纪要\n〔2024〕3号\n") == [
        "忻州市民政局局长办公会议纪要"
    ]
    assert spans(ProcessInfoRecognizer(), "关于申请追加救助资金的请示\n") == [
        "关于申请追加救助资金的请示"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "讨论记录、过程稿、磋商信函、请示报告等过程性信息可以不予公开。",
        "正文\n" * 10 + "根据会议纪要精神，做好有关工作\n",
        "征求意见稿已于上月发布",
    ],
)
def test_mentions_of_process_information_are_not_cues(text: str) -> None:
    assert ProcessInfoRecognizer().analyze(text, []) == []


def test_law_enforcement_in_progress() -> None:
    assert spans(
        LawEnforcementRecognizer(), "经初步核查，该案件正在调查中，待调查终结后处理。"
    ) == ["正在调查中"]
    assert spans(LawEnforcementRecognizer(), "该案尚未结案。") == ["尚未结案"]
    assert spans(LawEnforcementRecognizer(), "询问笔录\n时间：2024年1月\n") == ["询问笔录"]


@pytest.mark.parametrize(
    "text",
    [
        "(四)正在调查、讨论、处理过程中的,但法律、法规另有规定的除外;",
        "行政执法案卷信息可以不予公开。",
        "我局正在调查研究制定相关政策。",
        "经调查，当事人的违法事实清楚。",
    ],
)
def test_rules_and_closed_cases_are_not_cues(text: str) -> None:
    assert LawEnforcementRecognizer().analyze(text, []) == []


def test_a_listed_term_inside_a_claim_does_not_hide_the_claim(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import json
    from pathlib import Path

    from tests.conftest import review_json

    terms = tmp_path / "terms.txt"
    terms.write_text("trade_secret\t成本构成\n", encoding="utf-8")
    doc = tmp_path / "note.txt"
    doc.write_text(
        "中标供应商书面声明，其投标报价明细及成本构成属于商业秘密，不同意公开。\n", encoding="utf-8"
    )
    _, summary = review_json(str(doc), "--terms", str(terms), "--out", str(tmp_path / "o"))
    record = json.loads(Path(summary["documents"][0]["record"]).read_text(encoding="utf-8"))
    kinds = {(f["entity_type"], f["action"]) for f in record["findings"]}
    assert ("KEYWORD", "redact") in kinds and ("TRADE_SECRET", "review") in kinds
