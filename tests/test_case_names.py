"""Cases are keyed by content, and no file name is lost (issue 13 item 8): two files with the
same bytes are one case, and ``case show`` lists every name and path it was reviewed under."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import make_docx
from tests.test_workflow_e2e import cli, show


def test_same_bytes_under_two_names_keep_both(tmp_path: Path) -> None:
    register = tmp_path / "register.sqlite3"
    folder = tmp_path / "in"
    (folder / "a").mkdir(parents=True)
    (folder / "b").mkdir()
    first = make_docx(folder / "a" / "通知.docx", ["关于某事的通知", "联系电话：13834409126。"])
    second = folder / "b" / "通知（转发）.docx"
    shutil.copyfile(first, second)
    result = cli(register, "review", str(folder), "--out", str(tmp_path / "out"), "--json")
    assert result.exit_code in (0, 1), result.output
    cases = {d["case_id"] for d in json.loads(result.stdout)["documents"]}
    assert len(cases) == 1
    (case,) = cases
    seen = show(register, case)["seen_as"]
    assert sorted(s["name"] for s in seen) == ["通知.docx", "通知（转发）.docx"]
    assert {Path(s["path"]) for s in seen} == {first.resolve(), second.resolve()}
    text = cli(register, "case", "show", case).stdout
    assert "通知.docx" in text and "通知（转发）.docx" in text
    # Reviewed again under one of them: still two names, not three.
    cli(register, "review", str(second), "--out", str(tmp_path / "again"))
    assert len(show(register, case)["seen_as"]) == 2
