"""Resume: a second run skips documents whose content and settings are unchanged and whose
outputs are still there; --force, a changed input, changed terms or a lost output redo them."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import make_docx, review_json


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("联系电话13812345678。\n", encoding="utf-8")
    (folder / "b.txt").write_text("关于做好值班工作的通知。项目代号青松。\n", encoding="utf-8")
    make_docx(folder / "c.docx", ["申请人身份证号110101199003074514。"])
    return folder


def _skipped(summary: dict[str, Any]) -> dict[str, bool]:
    reused = set(summary["skipped"])
    return {Path(d["name"]).name: d["name"] in reused for d in summary["documents"]}


def _strip(summary: dict[str, Any]) -> list[dict[str, Any]]:
    return summary["documents"]


def test_second_run_skips_and_reports_the_same(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    code1, first = review_json(str(inbox), "--out", str(out), "--jobs", "1")
    assert code1 == 1 and not any(_skipped(first).values())
    records = {p: p.stat().st_mtime_ns for p in out.rglob("*.review.json")}
    assert len(records) == 3
    code2, second = review_json(str(inbox), "--out", str(out), "--jobs", "1")
    assert code2 == code1
    assert all(_skipped(second).values())
    assert _strip(second) == _strip(first)  # same findings, attribute, paths and case ids
    assert second["summary"]["skipped"] == 3 and second["summary"]["reviewed"] == 0
    assert second["summary"]["categories"] == first["summary"]["categories"]
    # Nothing was written again.
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.review.json")} == records


def test_force_redoes_everything(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    review_json(str(inbox), "--out", str(out), "--jobs", "1")
    _, again = review_json(str(inbox), "--out", str(out), "--jobs", "1", "--force")
    assert not any(_skipped(again).values())


def test_changed_input_is_redone(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    review_json(str(inbox), "--out", str(out), "--jobs", "1")
    (inbox / "b.txt").write_text("关于做好值班工作的通知。电话13900001111。\n", encoding="utf-8")
    _, again = review_json(str(inbox), "--out", str(out), "--jobs", "1")
    assert _skipped(again) == {"a.txt": True, "b.txt": False, "c.docx": True}
    b = next(d for d in again["documents"] if d["name"].endswith("b.txt"))
    assert b["findings"]["redact"] == 1


def test_changed_terms_redo_everything(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    terms = tmp_path / "terms.txt"
    terms.write_text("青松\n", encoding="utf-8")
    _, first = review_json(str(inbox), "--out", str(out), "--jobs", "1", "--terms", str(terms))
    b = next(d for d in first["documents"] if d["name"].endswith("b.txt"))
    assert b["findings"]["redact"] == 1
    _, same = review_json(str(inbox), "--out", str(out), "--jobs", "1", "--terms", str(terms))
    assert all(_skipped(same).values())
    terms.write_text("青松\n值班\n", encoding="utf-8")
    _, changed = review_json(str(inbox), "--out", str(out), "--jobs", "1", "--terms", str(terms))
    assert not any(_skipped(changed).values())
    b = next(d for d in changed["documents"] if d["name"].endswith("b.txt"))
    assert b["findings"]["redact"] == 2


def test_changed_threshold_redoes(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    review_json(str(inbox), "--out", str(out), "--jobs", "1")
    config = tmp_path / "baomi.toml"
    config.write_text("[review]\nreport_threshold = 0.45\n", encoding="utf-8")
    _, again = review_json(str(inbox), "--out", str(out), "--jobs", "1", "--config", str(config))
    assert not any(_skipped(again).values())


def test_missing_or_edited_output_is_redone(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    _, first = review_json(str(inbox), "--out", str(out), "--jobs", "1")
    by_name = {Path(d["name"]).name: d for d in first["documents"]}
    Path(by_name["a.txt"]["redacted"]).unlink()
    with Path(by_name["c.docx"]["record"]).open("a", encoding="utf-8") as handle:
        handle.write(" ")
    _, again = review_json(str(inbox), "--out", str(out), "--jobs", "1")
    assert _skipped(again) == {"a.txt": False, "b.txt": True, "c.docx": False}
    assert Path(by_name["a.txt"]["redacted"]).is_file()


def test_parallel_run_resumes_too(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    review_json(str(inbox), "--out", str(out), "--jobs", "2")
    (inbox / "d.txt").write_text("新增文件，电话13712345678。\n", encoding="utf-8")
    _, again = review_json(str(inbox), "--out", str(out), "--jobs", "2")
    assert _skipped(again) == {"a.txt": True, "b.txt": True, "c.docx": True, "d.txt": False}


def test_cache_holds_no_content_and_is_private(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    review_json(str(inbox), "--out", str(out), "--jobs", "1")
    cache = out / ".baomi-cache.json"
    text = cache.read_text(encoding="utf-8")
    for value in ("13812345678", "110101199003074514"):
        assert value not in text
    assert json.loads(text)["version"] == 1
    assert os.stat(cache).st_mode & 0o077 == 0
    # A corrupt cache is ignored (everything is reviewed), never an error.
    cache.write_text("{not json", encoding="utf-8")
    code, again = review_json(str(inbox), "--out", str(out), "--jobs", "1")
    assert code == 1 and not any(_skipped(again).values())


def test_failed_document_is_not_cached(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad.pdf").write_bytes(b"%PDF-1.7\nbroken\n")
    (folder / "ok.txt").write_text("电话13812345678。\n", encoding="utf-8")
    out = tmp_path / "out"
    review_json(str(folder), "--out", str(out), "--jobs", "1")
    code, again = review_json(str(folder), "--out", str(out), "--jobs", "1")
    assert code == 2
    assert _skipped(again) == {"bad.pdf": False, "ok.txt": True}
