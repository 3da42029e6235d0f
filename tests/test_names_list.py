"""The names list (``[names]``, ``--names FILE``): listed private persons are redacted wherever
they are named, also in sentences the name recognizer cannot read as holding a name, and the
record says why."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.api import review
from pipeline.config import load_config
from pipeline.errors import ConfigError
from pipeline.messages import reason_text
from tests.conftest import make_docx, review_json

SENTENCES = ["王五是负责人。", "王五和赵六一起工作，赵 六也来了。"]


def _redacted(record: dict) -> list[str]:
    return [f["text"] for f in record["findings"] if f["action"] == "redact"]


def test_review_names_option_redacts_every_listed_name(tmp_path: Path) -> None:
    names = tmp_path / "names.txt"
    names.write_text("# 当事人\n王五\n\n赵六\n", encoding="utf-8")
    source = make_docx(tmp_path / "decision.docx", SENTENCES)
    code, summary = review_json(str(source), "--names", str(names), "--out", str(tmp_path / "o"))
    assert code == 1 and summary["documents"][0]["findings"]["redact"] == 4
    record = json.loads(Path(summary["documents"][0]["record"]).read_text(encoding="utf-8"))
    assert sorted(_redacted(record)) == ["王五", "王五", "赵 六", "赵六"]
    reasons = {f["text"]: f["reason"] for f in record["findings"]}
    assert "names.txt:2" in reasons["王五"] and "姓名清单" in reasons["王五"]
    assert "names.txt:4" in reasons["赵六"]
    english = reason_text("PERSON", "personal_privacy", reasons["王五"], "en")
    assert english.startswith("the name is on the unit's configured names list (names.txt:2)")


def test_names_section_of_the_configuration(tmp_path: Path) -> None:
    (tmp_path / "names.txt").write_text("张三\n", encoding="utf-8")
    toml = tmp_path / "baomi.toml"
    toml.write_text('[names]\nfiles = ["names.txt"]\nentries = ["王五"]\n', encoding="utf-8")
    config = load_config(toml)
    assert [n.text for n in config.names] == ["张三", "王五"]
    source = tmp_path / "note.txt"
    source.write_text("张三和李四，还有张三。王五是负责人。\n", encoding="utf-8")
    record = review(source, config, tmp_path / "out").data
    assert _redacted(record) == ["张三", "张三", "王五"]


def test_without_a_list_the_bare_sentence_is_not_redacted(tmp_path: Path) -> None:
    source = tmp_path / "note.txt"
    source.write_text("王五是负责人。\n", encoding="utf-8")
    record = review(source, load_config(None), tmp_path / "out").data
    assert _redacted(record) == []


@pytest.mark.parametrize("line", ["第1号", "某型号装备（2026）", "a"])
def test_a_names_list_holds_names_only(tmp_path: Path, line: str) -> None:
    names = tmp_path / "names.txt"
    names.write_text(f"王五\n{line}\n", encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_config(None, (), (names,))
    assert "names list line 2" in caught.value.render("en")


def test_an_unreadable_names_list_is_a_usage_error(tmp_path: Path) -> None:
    source = tmp_path / "note.txt"
    source.write_text("王五是负责人。\n", encoding="utf-8")
    from tests.conftest import run_cli

    result = run_cli("review", str(source), "--names", str(tmp_path / "missing.txt"),
                     "--lang", "en", "--out", str(tmp_path / "o"))
    assert result.exit_code != 0
    assert "cannot read the names list" in result.output


def test_check_names_option_fails_on_a_listed_name(tmp_path: Path) -> None:
    from tests.conftest import run_cli

    names = tmp_path / "names.txt"
    names.write_text("王五\n", encoding="utf-8")
    source = tmp_path / "note.txt"
    source.write_text("王五是负责人。\n", encoding="utf-8")
    assert run_cli("check", str(source)).exit_code == 0
    result = run_cli("check", str(source), "--names", str(names), "--format", "json")
    assert result.exit_code == 1
    assert "王五" not in result.stdout  # reports never hold the value
