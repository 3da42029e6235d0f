"""Keyword lists, baomi.toml and the replacement operators."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.config import load_config
from pipeline.errors import ConfigError
from pipeline.terms import parse_terms
from tests.conftest import make_docx, review_json, run_cli


def test_parse_terms_formats() -> None:
    terms = parse_terms(
        "# 本单位保密事项清单\n\n甲项目\nstate_secret\t某型号装备\nre:JB-\\d{3}\n"
        "trade_secret\tre:报价\\d+万元\n",
        "list.txt",
    )
    assert [(t.category, t.pattern, t.is_regex) for t in terms] == [
        ("work_secret", "甲项目", False),
        ("state_secret", "某型号装备", False),
        ("work_secret", "JB-\\d{3}", True),
        ("trade_secret", "报价\\d+万元", True),
    ]


@pytest.mark.parametrize("line", ["nosuch\t词", "re:(unclosed", "re:a*"])
def test_bad_term_lines_are_usage_errors(line: str) -> None:
    with pytest.raises(ConfigError):
        parse_terms(line, "list.txt")


def test_every_occurrence_of_a_term_is_redacted(tmp_path: Path) -> None:
    terms = tmp_path / "terms.txt"
    terms.write_text("state_secret\t某型号装备\n内部代号\nre:JB-\\d{3}\n", encoding="utf-8")
    doc = make_docx(
        tmp_path / "n.docx",
        [
            "关于某型号装备的通知",
            ["某型", "号装备", "由JB-017负责"],
            "内 部 代 号 见附件",
        ],
    )
    code, summary = review_json(str(doc), "--terms", str(terms), "--out", str(tmp_path / "o"))
    assert code == 1
    entry = summary["documents"][0]
    record = json.loads(Path(entry["record"]).read_text(encoding="utf-8"))
    found = [(f["category"], f["text"], f["action"], f["route"]) for f in record["findings"]]
    assert found == [
        ("state_secret", "某型号装备", "redact", "secrecy_office"),
        ("state_secret", "某型号装备", "redact", "secrecy_office"),
        ("work_secret", "JB-017", "redact", None),
        ("work_secret", "内 部 代 号", "redact", None),
    ]
    assert entry["disclosure_attribute"] == "须报审"


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text("nosuch\t词\n", encoding="utf-8")
    doc = tmp_path / "a.txt"
    doc.write_text("正文", encoding="utf-8")
    result = run_cli("review", str(doc), "--terms", str(bad))
    assert result.exit_code == 2 and "第 1 行" in result.stderr
    result = run_cli("review", "--lang", "fr", str(doc))
    assert result.exit_code == 2
    result = run_cli(
        "review", str(tmp_path / "empty-dir-does-not-exist"), "--out", str(tmp_path / "o")
    )
    assert result.exit_code == 2


def test_config_file_terms_operators_and_placeholder(tmp_path: Path) -> None:
    (tmp_path / "list.txt").write_text("甲项目\n", encoding="utf-8")
    config = tmp_path / "baomi.toml"
    config.write_text(
        'unit = "某局"\n[terms]\nfiles = ["list.txt"]\nentries = ["trade_secret\\t成本价"]\n'
        '[redaction]\nplaceholder = "【删除：{label}】"\n'
        "[redaction.operators]\n"
        'CN_MOBILE = { type = "mask", masking_char = "*", chars_to_mask = 4, from_end = false }\n'
        'EMAIL_ADDRESS = { type = "replace", new_value = "<邮箱>" }\n',
        encoding="utf-8",
    )
    loaded = load_config(config)
    assert [t.pattern for t in loaded.terms] == ["甲项目", "成本价"]
    doc = tmp_path / "a.txt"
    doc.write_text("甲项目成本价；手机13812345678；邮箱zhang.san@example.com\n", encoding="utf-8")
    code, summary = review_json(str(doc), "--config", str(config), "--out", str(tmp_path / "o"))
    assert code == 1
    copy = Path(summary["documents"][0]["redacted"]).read_text(encoding="utf-8")
    assert copy == "【删除：工作秘密】【删除：商业秘密】；手机****2345678；邮箱<邮箱>\n"


def test_bad_config_is_a_usage_error(tmp_path: Path) -> None:
    config = tmp_path / "baomi.toml"
    config.write_text('[redaction.operators]\nCN_MOBILE = { type = "explode" }\n', encoding="utf-8")
    doc = tmp_path / "a.txt"
    doc.write_text("正文", encoding="utf-8")
    result = run_cli("review", str(doc), "--config", str(config), "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "redaction.operators.CN_MOBILE" in result.stderr


def test_python_api(tmp_path: Path) -> None:
    from pipeline import Config, review

    doc = tmp_path / "a.txt"
    doc.write_text("联系电话：13812345678\n", encoding="utf-8")
    record = review(doc, Config(), out_dir=tmp_path / "o")
    assert record.disclosure_attribute == "主动公开"
    assert record.leak_check == "passed"
    assert [f["entity_type"] for f in record.findings] == ["CN_MOBILE"]
    assert record.redacted_path is not None and record.redacted_path.is_file()
    assert not record.publishable or record.findings[0]["action"] == "redact"
    clean = tmp_path / "clean.txt"
    clean.write_text("本机关办公地址：忻州市和平街1号。\n", encoding="utf-8")
    assert review(clean, out_dir=tmp_path / "o").publishable


def test_english_summary_and_internal_record_is_private(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("手机13812345678\n", encoding="utf-8")
    result = run_cli("review", str(doc), "--out", str(tmp_path / "o"), "--lang", "en")
    assert result.exit_code == 1
    assert "proactive disclosure; redact 1, review 0, keep 0" in result.stdout
    record = tmp_path / "o" / "a.txt.review.json"
    assert record.stat().st_mode & 0o077 == 0
