"""``baomi check``: reviews without writing anything and exits 0 (publishable), 1 (something
must not be published, per --fail-on) or 2 (an input that cannot be processed)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SAMPLES, make_pdf, run_cli

PHONE = "13812345678"


def _files(root: Path) -> set[Path]:
    return {p for p in root.rglob("*")}


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(*args: str):
    return run_cli("check", *args, "--jobs", "1")


def test_clean_document_exits_0_and_writes_nothing(here: Path) -> None:
    (here / "clean.txt").write_text("关于做好春节期间值班工作的通知。\n", encoding="utf-8")
    before = _files(here)
    result = check("clean.txt")
    assert result.exit_code == 0, result.output
    assert _files(here) == before  # no copy, no record, no output folder


def test_document_to_redact_exits_1_without_its_value(here: Path) -> None:
    (here / "phone.txt").write_text(f"第一行\n联系电话{PHONE}。\n", encoding="utf-8")
    before = _files(here)
    result = check("phone.txt")
    assert result.exit_code == 1
    assert "手机号码" in result.stdout and "第 2 行" in result.stdout
    assert PHONE not in result.output
    assert _files(here) == before


def _mobile_rule(monkeypatch: pytest.MonkeyPatch, action: str) -> None:
    """Make a mobile number a finding for review (or one to keep), in this process (check
    runs a single document in-process)."""
    from pipeline import policy

    category = "personal_privacy" if action == "review" else "none"
    monkeypatch.setitem(policy.RULES, "CN_MOBILE", policy.Rule(category, action))


@pytest.mark.parametrize(
    ("action", "fail_on", "code"),
    [
        ("review", "redact", 0),
        ("review", "review", 1),
        ("review", "any", 1),
        ("keep", "redact", 0),
        ("keep", "review", 0),
        ("keep", "any", 1),
    ],
)
def test_fail_on_levels(
    here: Path, monkeypatch: pytest.MonkeyPatch, action: str, fail_on: str, code: int
) -> None:
    _mobile_rule(monkeypatch, action)
    (here / "doc.txt").write_text(f"联系电话{PHONE}。\n", encoding="utf-8")
    result = check("doc.txt", "--fail-on", fail_on, "--format", "json")
    report = json.loads(result.stdout)
    assert report["documents"][0]["findings"][action] == 1
    assert result.exit_code == code == report["exit_code"]
    assert report["documents"][0]["blocked"] is bool(code)


def test_withheld_attribute_fails_even_without_redactions(
    here: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A classified document (不予公开) must not be published even when nothing in it is
    marked for redaction."""
    from pipeline import policy

    for entity in list(policy.RULES):
        if entity != "CLASSIFICATION_MARKING":
            monkeypatch.setitem(policy.RULES, entity, policy.Rule("none", "keep"))
    monkeypatch.setattr(policy, "DEFAULT_RULE", policy.Rule("none", "keep"))
    result = check(str(SAMPLES / "04-classified-notice.txt"), "--format", "json")
    document = json.loads(result.stdout)["documents"][0]
    assert document["findings"]["redact"] == 0
    assert document["disclosure_attribute"] == "不予公开"
    assert result.exit_code == 1 and document["blocked"]


def test_unprocessable_input_exits_2_and_the_rest_is_checked(here: Path) -> None:
    (here / "broken.pdf").write_bytes(b"%PDF-1.7\nnot really\n")
    (here / "phone.txt").write_text(f"电话{PHONE}\n", encoding="utf-8")
    result = check("broken.pdf", "phone.txt", "--format", "json", "--lang", "en")
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    broken, phone = report["documents"]
    assert broken["error"] and "corrupt" in broken["error"]
    assert phone["blocked"] and phone["findings"]["redact"] == 1
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and "broken.pdf" in errors[0]


def test_json_report_holds_no_values_or_offsets(here: Path) -> None:
    make_pdf(here / "a.pdf", [f"手机{PHONE}", "身份证号110101199003074514"])
    result = check("a.pdf", "--format", "json")
    assert result.exit_code == 1
    assert PHONE not in result.stdout and "110101199003074514" not in result.stdout
    items = json.loads(result.stdout)["documents"][0]["items"]
    assert {i["entity_type"] for i in items} >= {"CN_MOBILE", "CN_RESIDENT_ID"}
    for item in items:
        assert not {"text", "start", "end"} & set(item)
        assert item["location"].get("page") == 1


def test_usage_errors_exit_2(here: Path) -> None:
    (here / "empty").mkdir()
    assert check("empty").exit_code == 2
    assert check("x.txt", "--fail-on", "sometimes").exit_code == 2


def test_output_file(here: Path) -> None:
    (here / "phone.txt").write_text(f"电话{PHONE}\n", encoding="utf-8")
    result = check("phone.txt", "--format", "sarif", "--output", "report.sarif")
    assert result.exit_code == 1 and result.stdout == ""
    assert json.loads((here / "report.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_folder_skips_review_outputs(here: Path) -> None:
    """Checking a folder that also holds review outputs does not check the outputs."""
    (here / "phone.txt").write_text(f"电话{PHONE}\n", encoding="utf-8")
    (here / "phone.redacted.txt").write_text("电话［已删除］\n", encoding="utf-8")
    report = json.loads(check(".", "--format", "json").stdout)
    assert [Path(d["name"]).name for d in report["documents"]] == ["phone.txt"]


def test_pre_commit_hook_is_declared() -> None:
    import yaml

    root = Path(__file__).resolve().parents[1]
    hooks = yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "baomi-check")
    assert hook["entry"].split()[:2] == ["baomi", "check"]
    assert hook["language"] == "python"
    import re

    pattern = re.compile(hook["files"])
    assert pattern.search("docs/notice.docx") and pattern.search("a/b.PDF")
    assert not pattern.search("src/main.py")
    # Documents baomi cannot review are passed too, so that the hook fails on them.
    assert pattern.search("data/list.xlsx") and pattern.search("scan.JPG")
