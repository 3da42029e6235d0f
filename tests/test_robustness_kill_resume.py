"""Nothing lost: a real ``baomi review`` batch of 20 documents is killed with SIGKILL (the
command, its fork server and its workers) in the middle of the run. What it leaves behind
never looks complete when it is not: every record and copy present is whole (temporary
files are hidden ``.name.*.part``). Rerun over the same folders: the documents the resume
cache had recorded are skipped, the rest reviewed, stale ``.part`` files removed, every
document ends with a complete record and copy and a case in the register, and the audit
chain verifies."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from tests.conftest import make_docx, make_pdf

BAOMI = Path(sys.executable).with_name("baomi")
COUNT = 20


def _corpus(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    filler = "关于做好本年度安全生产检查工作的通知，请各单位认真组织落实。"
    for i in range(COUNT):
        phone = f"139{i:04d}{i:04d}"
        kind = i % 3
        if kind == 0:
            path = folder / f"doc{i:02d}.txt"
            lines = [f"第{n}条 {filler}" for n in range(100)] + [f"申请人联系电话：{phone}。"]
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        elif kind == 1:
            path = make_docx(folder / f"doc{i:02d}.docx", [filler] * 20 + [f"联系人手机：{phone}"])
        else:
            lines = [filler] * 15 + [f"申请人联系电话：{phone}"]
            path = make_pdf(folder / f"doc{i:02d}.pdf", lines, fontsize=8)
        paths.append(path)
    return paths


def _command(inbox: Path, out: Path, *extra: str) -> list[str]:
    return [str(BAOMI), "review", str(inbox), "--out", str(out), "--jobs", "2", *extra]


def _records(out: Path) -> list[Path]:
    return sorted(p for p in out.rglob("*.review.json") if not p.name.startswith("."))


def _whole(path: Path) -> bool:
    """The file is a complete output of its kind."""
    from pipeline.pdflib import pymupdf

    if path.name.endswith(".json"):
        json.loads(path.read_text(encoding="utf-8"))
        return True
    if path.suffix == ".docx":
        with zipfile.ZipFile(path) as archive:
            return archive.testzip() is None and "baomi/review-record.json" in archive.namelist()
    if path.suffix == ".pdf":
        with pymupdf.open(path) as pdf:
            return pdf.page_count > 0 and "review-record.json" in pdf.embfile_names()
    return path.read_bytes().endswith(b"\n")


def test_kill_mid_batch_then_resume(tmp_path: Path) -> None:
    inbox = tmp_path / "in"
    inputs = _corpus(inbox)
    out = tmp_path / "out"
    env = {**os.environ, "BAOMI_REGISTER": str(tmp_path / "register.sqlite3")}
    proc = subprocess.Popen(
        _command(inbox, out),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,  # its own process group: the command and all its workers
    )
    try:
        deadline = time.monotonic() + 120
        while len(_records(out)) < 4 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        assert proc.poll() is None, "the batch ended before it could be killed"
        os.killpg(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        proc.stderr.close()  # type: ignore[union-attr]
    time.sleep(0.5)  # orphaned workers, if any, see their parent gone and stop
    assert proc.returncode == -signal.SIGKILL
    done_before = _records(out)
    assert 4 <= len(done_before) < COUNT, len(done_before)

    # Whatever is visible is whole; unfinished work is only hidden temporary files.
    for path in out.rglob("*"):
        if path.is_file() and not path.name.startswith("."):
            assert _whole(path), path
    cache_file = out / ".baomi-cache.json"
    cached = set()
    if cache_file.exists():
        cached = set(json.loads(cache_file.read_text(encoding="utf-8"))["entries"])
    # Stale temporary files as a kill during a write leaves them (one of a document still
    # to do, one of a finished one, one of the resume cache).
    stale = [
        out / ".doc19.docx.review.json.k1ll3d.part",
        out / ".doc00.redacted.txt.k1ll3d.part",
        out / "..baomi-cache.json.k1ll3d.part",
    ]
    # Not this batch's: left alone.
    foreign = out / ".other.pdf.review.json.k1ll3d.part"
    for path in [*stale, foreign]:
        path.write_bytes(b"half a fil")

    rerun = subprocess.run(
        [*_command(inbox, out), "--json"], capture_output=True, text=True, env=env, timeout=180
    )
    assert rerun.returncode == 1, rerun.stderr
    assert "Traceback" not in rerun.stderr
    summary = json.loads(rerun.stdout)
    assert len(summary["documents"]) == COUNT
    # The resume skipped what the cache had recorded before the kill, and only that.
    skipped = {Path(name).name for name in summary["skipped"]}
    assert skipped == cached
    assert summary["summary"]["reviewed"] == COUNT - len(cached)

    assert list(out.rglob("*.part")) == [foreign]
    for document, path in zip(summary["documents"], inputs, strict=True):
        assert document["error"] is None, document
        assert document["case_id"], document
        assert document["findings"]["redact"] >= 1
        record_path = Path(document["record"])
        record = json.loads(record_path.read_text(encoding="utf-8"))
        assert record["document"]["name"] == path.name
        assert record["document"]["sha256"] == hashlib.sha256(path.read_bytes()).hexdigest()
        assert _whole(Path(document["redacted"])), document["redacted"]
    assert len({d["case_id"] for d in summary["documents"]}) == COUNT

    audit = subprocess.run(
        [str(BAOMI), "audit", "verify", "--lang", "en"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert audit.returncode == 0, audit.stdout + audit.stderr
