"""A document that may not be published after redaction gets no ``*.redacted.*`` copy: a
classified document within its period (不予公开) gets no copy at all and its record says why;
one that must go to the secrecy office first (须报审: an expired marking) gets a reviewers'
preview ``*.preview.*`` that ``check``, the watch folder and the upload hook never take for a
publishable copy. Once the case is settled, ``publish`` makes the copy from the original."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_workflow_e2e import cli, ok, review

MOBILE = "13834409126"


def txt(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def in_force(tmp_path: Path) -> Path:
    return txt(
        tmp_path / "secret.txt",
        ["000123", "机密★10年", "某某局文件", "关于某事的通知", f"联系人手机{MOBILE}。", "某某局", "2024年3月5日"],
    )


def expired(tmp_path: Path) -> Path:
    return txt(
        tmp_path / "old.txt",
        ["000123", "秘密★1年", "某某局文件", "关于某事的通知", f"联系人手机{MOBILE}。", "某某局", "2019年3月5日"],
    )


@pytest.fixture
def register(tmp_path: Path) -> Path:
    return tmp_path / "register.sqlite3"


def outputs(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))


def test_classified_document_gets_no_copy(tmp_path: Path, register: Path) -> None:
    entry = review(register, in_force(tmp_path), tmp_path / "out")
    assert entry["disclosure_attribute"] == "不予公开"
    assert entry["redacted"] is None and entry["preview"] is None
    assert "不予公开" in entry["copy_withheld"]
    assert outputs(tmp_path / "out") == ["secret.txt.review.json"]
    record = json.loads(Path(entry["record"]).read_text(encoding="utf-8"))
    assert record["output"]["redacted_path"] is None
    assert record["output"]["preview_path"] is None
    assert record["output"]["withheld"] == "不予公开"


def test_expired_marking_gets_a_preview_only(tmp_path: Path, register: Path) -> None:
    entry = review(register, expired(tmp_path), tmp_path / "out")
    assert entry["disclosure_attribute"] == "须报审"
    assert entry["redacted"] is None
    assert entry["preview"].endswith("old.preview.txt")
    names = outputs(tmp_path / "out")
    assert not [n for n in names if ".redacted." in n], names
    assert "old.preview.txt" in names
    preview = Path(entry["preview"])
    assert MOBILE not in preview.read_text(encoding="utf-8")  # the proposal is applied
    sidecar = json.loads((tmp_path / "out" / "old.preview.record.json").read_text("utf-8"))
    assert sidecar["output"]["preview"] is True and sidecar["output"]["redacted_path"] is None
    record = json.loads(Path(entry["record"]).read_text(encoding="utf-8"))
    assert record["output"]["redacted_path"] is None
    assert record["output"]["preview_path"] == "old.preview.txt"


def test_a_stale_copy_is_removed(tmp_path: Path, register: Path) -> None:
    """A copy left by an earlier run (before the marking was found) does not stay."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "secret.redacted.txt").write_text("旧副本", encoding="utf-8")
    review(register, in_force(tmp_path), out)
    assert not (out / "secret.redacted.txt").exists()


def test_check_refuses_a_preview(tmp_path: Path, register: Path) -> None:
    entry = review(register, expired(tmp_path), tmp_path / "out")
    result = run_cli("check", entry["preview"], "--format", "json")
    assert result.exit_code == 1, result.output
    document = json.loads(result.stdout)["documents"][0]
    assert document["blocked"] and document["preview"]


def test_watch_never_approves_a_preview(tmp_path: Path, register: Path) -> None:
    entry = review(register, expired(tmp_path), tmp_path / "out")
    inbox, approved, held = (tmp_path / n for n in ("inbox", "approved", "held"))
    inbox.mkdir()
    (inbox / "old.preview.txt").write_bytes(Path(entry["preview"]).read_bytes())
    result = cli(
        register,
        "watch", str(inbox), "--approved", str(approved), "--held", str(held),
        "--out", str(tmp_path / "w"), "--once", "--settle", "0",
    )  # fmt: skip
    assert result.exit_code in (0, 1), result.output
    assert not approved.exists() or not list(approved.iterdir())


def test_upload_hook_example_refuses_a_preview() -> None:
    text = (Path(__file__).resolve().parents[1] / "docs" / "upload-hook.md").read_text("utf-8")
    assert "*.preview.*" in text


def test_settled_case_is_published_from_the_original(tmp_path: Path, register: Path) -> None:
    case = review(register, expired(tmp_path), tmp_path / "out")["case_id"]
    ok(register, "declassify", case, "--by", "保密办", "--basis", "保密期限届满，经审核解密")
    detail = json.loads(ok(register, "case", "show", case, "--json").stdout)
    for finding in detail["findings"]:
        if finding["status"] == "pending_confirmation":
            ok(register, "secrecy", "confirm", case, finding["id"], "--by", "保密办", "--opinion", "同意")
    for finding in json.loads(ok(register, "case", "show", case, "--json").stdout)["findings"]:
        if finding["action"] == "review" and not finding["route"]:
            ok(register, "decide", case, finding["id"], "--action", "keep", "--by", "王", "--reason", "核实")
    ok(register, "sign", case, "--stage", "初审", "--by", "赵", "--opinion", "可公开")
    ok(register, "sign", case, "--stage", "复审", "--by", "王", "--opinion", "同意")
    ok(
        register, "sign", case, "--stage", "审批", "--by", "刘", "--opinion", "同意",
        "--attribute", "主动公开",
    )  # fmt: skip
    ok(register, "publish", case, "--out", str(tmp_path / "pub"), "--by", "录入员")
    published = tmp_path / "pub" / "old.approved.txt"
    assert published.is_file() and MOBILE not in published.read_text(encoding="utf-8")
