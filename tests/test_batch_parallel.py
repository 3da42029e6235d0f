"""Parallel batch: the same records, copies and summary as the serial run, reported in input
order; a worker that dies takes only its own document down; progress never touches --json."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SAMPLES, SECRECY_LIST, make_docx, make_pdf, review_json, run_cli


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples plus generated documents and one corrupt file, in a folder whose walk
    order puts slow PDFs before quick TXT files (so completion order differs from input
    order)."""
    root = tmp_path_factory.mktemp("corpus")
    for sample in sorted(SAMPLES.iterdir()):
        if sample.suffix in {".txt", ".docx", ".pdf"}:
            shutil.copy(sample, root / f"a-{sample.name}")
    make_pdf(root / "b-contact.pdf", ["联系人手机13812345678。", "邮箱zhang.san@example.com。"])
    make_docx(root / "c-notice.docx", ["关于开展检查的通知", ["身份证号", "110101199003074514"]])
    (root / "d-clean.txt").write_text("关于做好春节期间值班工作的通知。\n", encoding="utf-8")
    (root / "e-broken.pdf").write_bytes(b"%PDF-1.7\nthis is not a pdf\n")
    (root / "sub").mkdir()
    (root / "sub" / "f-phone.txt").write_text("请联系13987654321。\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def runs(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    out = tmp_path_factory.mktemp("runs")
    results = {}
    for jobs in ("1", "2"):
        target = out / f"jobs{jobs}"
        code, summary = review_json(
            str(corpus), "--terms", str(SECRECY_LIST), "--out", str(target), "--jobs", jobs
        )
        results[jobs] = (code, summary, target)
    return results


def _relative_docs(summary: dict[str, Any], out: Path) -> list[dict[str, Any]]:
    docs = []
    for doc in summary["documents"]:
        doc = dict(doc)
        for key in ("record", "redacted", "preview"):
            if doc[key] is not None:
                doc[key] = Path(doc[key]).relative_to(out).as_posix()
        docs.append(doc)
    return docs


def test_parallel_summary_equals_serial(runs: dict[str, Any]) -> None:
    code1, serial, out1 = runs["1"]
    code2, parallel, out2 = runs["2"]
    assert code1 == code2 == 2  # the broken PDF is an input error; the rest went on
    assert _relative_docs(serial, out1) == _relative_docs(parallel, out2)
    assert serial["summary"] == parallel["summary"]
    assert parallel["summary"]["errors"] == 1
    assert parallel["summary"]["reviewed"] == len(parallel["documents"])
    broken = [d for d in parallel["documents"] if d["error"]]
    assert [Path(d["name"]).name for d in broken] == ["e-broken.pdf"]


def test_results_in_input_order(runs: dict[str, Any], corpus: Path) -> None:
    from pipeline.runner import collect

    expected = [str(job.path) for job in collect((corpus,), Path("unused"))]
    for jobs in ("1", "2"):
        assert [d["name"] for d in runs[jobs][1]["documents"]] == expected


def test_parallel_records_equal_serial(runs: dict[str, Any]) -> None:
    out1, out2 = runs["1"][2], runs["2"][2]
    records = sorted(p.relative_to(out1) for p in out1.rglob("*.review.json"))
    assert len(records) == len(runs["1"][1]["documents"]) - 1  # all but the broken one
    for rel in records:
        one = json.loads((out1 / rel).read_text(encoding="utf-8"))
        two = json.loads((out2 / rel).read_text(encoding="utf-8"))
        one.pop("timings_ms")
        two.pop("timings_ms")
        assert one == two, rel


def _unstamped(path: Path) -> bytes:
    """The file's bytes; for a PDF without the random trailer /ID and the time stamps of the
    embedded record (they differ between any two runs, serial or not)."""
    data = path.read_bytes()
    if path.suffix == ".pdf":
        # MuPDF writes each half of the random /ID as a hex string or, now and then, as a
        # literal string (with escapes).
        part = rb"(?:<[0-9A-Fa-f]+>|\((?:\\.|[^\\)])*\))"
        data = re.sub(rb"/ID\s*\[\s*" + part + rb"\s*" + part + rb"\s*\]", b"/ID[]", data, flags=re.S)
        data = re.sub(rb"\(D:[0-9]{14}[^)]*\)", b"(D:)", data)
    return data


def test_parallel_copies_equal_serial(runs: dict[str, Any]) -> None:
    out1, out2 = runs["1"][2], runs["2"][2]
    copies1 = sorted(p.relative_to(out1) for p in out1.rglob("*.redacted.*"))
    copies2 = sorted(p.relative_to(out2) for p in out2.rglob("*.redacted.*"))
    assert copies1 == copies2 and copies1
    for rel in copies1:
        assert _unstamped(out1 / rel) == _unstamped(out2 / rel), rel


# --------------------------------------------------------------------------- worker crash


def crash_on_marker(job: Any, config: Any) -> Any:
    """A task that kills its worker process on the document named crash.txt."""
    from pipeline.batch.tasks import review_task

    if job.path.name == "crash.txt":
        os._exit(70)
    return review_task(job, config)


def test_worker_crash_fails_only_that_document(tmp_path: Path) -> None:
    from pipeline.batch.run import run_batch
    from pipeline.config import load_config
    from pipeline.runner import collect

    inbox = tmp_path / "in"
    inbox.mkdir()
    for name in ("a.txt", "b.txt", "crash.txt", "d.txt", "e.txt"):
        (inbox / name).write_text(f"{name} 联系电话13812345678。\n", encoding="utf-8")
    jobs = list(collect((inbox,), tmp_path / "out"))
    outcomes = run_batch(jobs, load_config(None), task=crash_on_marker, workers=2)
    assert [o.job.path.name for o in outcomes] == ["a.txt", "b.txt", "crash.txt", "d.txt", "e.txt"]
    by_name = {o.job.path.name: o.result for o in outcomes}
    crashed = by_name.pop("crash.txt")
    assert crashed.error is not None and crashed.error.key == "worker_crashed"
    assert "\n" not in crashed.error.render("en")
    for name, result in by_name.items():
        assert result.error is None, (name, result.error)
        assert result.counts["redact"] == 1
        assert result.redacted_path is not None and result.redacted_path.is_file()


# --------------------------------------------------------------------------- progress


def test_progress_goes_to_stderr_and_json_stays_clean(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"n{i}.txt").write_text(f"第{i}号通知，电话13812345678。\n", encoding="utf-8")
    result = run_cli(
        "review",
        str(tmp_path),
        "--out",
        str(tmp_path / "o"),
        "--json",
        "--progress",
        "plain",
        "--jobs",
        "1",
    )
    summary = json.loads(result.stdout)  # nothing but the JSON on stdout
    assert summary["exit_code"] == 1 and len(summary["documents"]) == 3
    progress = [line for line in result.stderr.splitlines() if line.startswith("[")]
    assert [line.split()[0] for line in progress] == ["[1/3]", "[2/3]", "[3/3]"]


def test_summary_table(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("电话13812345678。\n", encoding="utf-8")
    (tmp_path / "b.pdf").write_bytes(b"%PDF-1.7 broken")
    result = run_cli("review", str(tmp_path), "--out", str(tmp_path / "o"), "--lang", "en")
    assert result.exit_code == 2
    out = result.stdout
    assert "Review summary" in out and "Findings by category" in out
    assert re.search(r"personal privacy\s*│\s*1\s*│\s*0\s*│\s*0", out), out
    assert "Disclosure attributes" in out and "Errors" in out and "b.pdf" in out
    # The table holds counts and names, never a value.
    assert "13812345678" not in out
