"""If the publishable copy still holds a redacted value, nothing publishable is left behind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import make_docx, review_json

MOBILE = "13812345678"


def _leaky_txt(document, cuts, record, secrets):  # type: ignore[no-untyped-def]
    return document.text.encode("utf-8")  # "forgets" to remove anything


def _leaky_docx(document, cuts, record, secrets):  # type: ignore[no-untyped-def]
    return document.data


@pytest.mark.parametrize(
    ("suffix", "module", "fake"),
    [(".txt", "stages.redact.txt", _leaky_txt), (".docx", "stages.redact.docx", _leaky_docx)],
)
def test_leak_fails_closed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str, module: str, fake: object
) -> None:
    source = tmp_path / f"reply{suffix}"
    if suffix == ".txt":
        source.write_text(f"申请人手机：{MOBILE}\n", encoding="utf-8")
    else:
        make_docx(source, [f"申请人手机：{MOBILE}"])
    out = tmp_path / "out"
    # A first, honest run leaves a publishable copy behind ...
    code, summary = review_json(str(source), "--out", str(out))
    stale = Path(summary["documents"][0]["redacted"])
    assert code == 1 and stale.is_file()

    # ... which must disappear when a later run's copy fails the check.
    import importlib

    monkeypatch.setattr(importlib.import_module(module), "redact", fake)
    # --force: the patched redactor is a code change the resume cache cannot see on disk.
    code, summary = review_json(str(source), "--out", str(out), "--lang", "en", "--force")
    document = summary["documents"][0]
    assert code == 2
    assert document["redacted"] is None
    assert "leak check failed" in document["error"]
    assert not stale.exists()
    # No temporary file left (the resume cache is the one hidden file that belongs there).
    assert not [p for p in out.iterdir() if p.name.startswith(".") and p.name != ".baomi-cache.json"]
    record = json.loads(Path(document["record"]).read_text(encoding="utf-8"))
    assert record["output"]["redacted_path"] is None
    assert record["output"]["leak_check"] == "failed"
