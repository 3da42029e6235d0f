"""A corpus of bad inputs (tests/bad_inputs): each gets a one-line error naming the file and
the reason, exit 2, never a traceback, and the rest of the batch is still reviewed; no input
is ever written to (same bytes, same modification time). Also: encrypted PDFs with
``--password``, PDFs MuPDF has to repair, wrong extensions, GB18030 text, files that vanish
between the walk and the review."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.bad_inputs import LIMITS, corpus, pdf_broken_xref, pdf_encrypted
from tests.conftest import make_docx, make_pdf, review_json

BAOMI = Path(sys.executable).with_name("baomi")
GOOD = ("good.txt", "good.docx", "good.pdf", "gbk.txt", "broken-xref.pdf", "pdf-named.docx")


def _snapshot(folder: Path) -> dict[str, tuple[str, int]]:
    """Content hash and modification time of every regular file (not following links)."""
    snapshot = {}
    for path in sorted(folder.iterdir()):
        if path.is_symlink() or not path.is_file():
            continue
        info = path.stat()
        snapshot[path.name] = (hashlib.sha256(path.read_bytes()).hexdigest(), info.st_mtime_ns)
    return snapshot


@pytest.fixture(scope="module")
def bad_run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The whole corpus plus good documents, reviewed in one run of the console script (two
    worker processes, English messages, the corpus's limits)."""
    work = tmp_path_factory.mktemp("bad-corpus")
    folder = work / "in"
    folder.mkdir()
    cases = corpus(work)
    for name, (build, _) in cases.items():
        build(folder / name)
    (folder / "good.txt").write_text("申请人联系电话：13912345678。\n", encoding="utf-8")
    make_docx(folder / "good.docx", ["联系人手机：13812345678"])
    make_pdf(folder / "good.pdf", ["申请人联系电话：13712345678"])
    (folder / "gbk.txt").write_bytes(
        "当事人手机号码：13812345678，住所地忻州市。".encode("gb18030")
    )
    pdf_broken_xref(
        make_pdf(work / "source.pdf", ["联系电话：13612345678"]), folder / "broken-xref.pdf"
    )
    make_pdf(work / "disguised.pdf", ["联系电话：13512345678"]).rename(folder / "pdf-named.docx")
    config = work / "limits.toml"
    config.write_text("[limits]\n" + "".join(f"{k} = {v}\n" for k, v in LIMITS.items()))
    before = _snapshot(folder)
    names = [*cases, *GOOD]
    out = work / "out"
    args = ["--out", str(out), "--config", str(config), "--lang", "en", "--jobs", "2", "--json"]
    proc = subprocess.run(
        [str(BAOMI), "review", *(str(folder / n) for n in names), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "BAOMI_REGISTER": str(work / "register.sqlite3")},
    )
    return {
        "proc": proc,
        "summary": json.loads(proc.stdout),
        "cases": cases,
        "folder": folder,
        "before": before,
        "out": out,
    }


def test_corpus_has_at_least_25_bad_inputs(bad_run: dict) -> None:
    assert len(bad_run["cases"]) >= 25


def test_each_bad_input_gets_its_message(bad_run: dict) -> None:
    summary = bad_run["summary"]
    assert bad_run["proc"].returncode == 2 and summary["exit_code"] == 2
    by_name = {Path(d["name"]).name: d for d in summary["documents"]}
    wrong = {}
    for name, (_, expected) in bad_run["cases"].items():
        error = by_name[name]["error"]
        if error is None or expected not in error:
            wrong[name] = error
        assert by_name[name]["redacted"] is None and by_name[name]["record"] is None
    assert not wrong, wrong


def test_one_line_per_bad_input_and_no_traceback(bad_run: dict) -> None:
    proc = bad_run["proc"]
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert all(line.startswith("error: ") for line in lines), lines
    folder = bad_run["folder"]
    for name in bad_run["cases"]:
        assert sum(line.startswith(f"error: {folder / name}: ") for line in lines) == 1, name
    assert len(lines) == len(bad_run["cases"])


def test_the_rest_of_the_batch_is_reviewed(bad_run: dict) -> None:
    by_name = {Path(d["name"]).name: d for d in bad_run["summary"]["documents"]}
    for name in GOOD:
        document = by_name[name]
        assert document["error"] is None, (name, document["error"])
        assert document["findings"]["redact"] >= 1, name
        assert Path(document["redacted"]).is_file()
    # Read by content: the PDF named .docx gets a PDF copy.
    assert by_name["pdf-named.docx"]["redacted"].endswith("pdf-named.redacted.pdf")
    gbk = Path(by_name["gbk.txt"]["redacted"]).read_bytes().decode("gb18030")
    assert "13812345678" not in gbk and "住所地忻州市" in gbk


def test_inputs_are_never_written(bad_run: dict) -> None:
    assert _snapshot(bad_run["folder"]) == bad_run["before"]


def test_no_temporary_files_left(bad_run: dict) -> None:
    assert not [p for p in bad_run["out"].rglob("*.part")]


# --------------------------------------------------------------------------- passwords


@pytest.fixture
def encrypted(tmp_path: Path) -> Path:
    path = tmp_path / "in" / "locked.pdf"
    path.parent.mkdir()
    pdf_encrypted(path, user_pw="s3cret-PW")
    return path


def test_wrong_password_is_its_own_error(encrypted: Path, tmp_path: Path) -> None:
    code, summary = review_json(
        str(encrypted), "--out", str(tmp_path / "o"), "--lang", "en", "--password", "nope"
    )
    assert code == 2
    assert (
        summary["documents"][0]["error"] == "the PDF is encrypted and the password given is wrong"
    )


def test_password_opens_an_encrypted_pdf_and_is_never_written(
    encrypted: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline.pdflib import pymupdf

    before = _snapshot(encrypted.parent)
    out = tmp_path / "o"
    monkeypatch.setenv("BAOMI_PDF_PASSWORD", "s3cret-PW")
    code, summary = review_json(str(encrypted), "--out", str(out), "--jobs", "1")
    assert code == 1, summary
    document = summary["documents"][0]
    assert document["error"] is None and document["findings"]["redact"] == 1
    copy = pymupdf.open(document["redacted"])
    assert not copy.needs_pass and "13812345678" not in copy[0].get_text()
    assert _snapshot(encrypted.parent) == before
    # The password is in no output: records, copy, resume cache, register.
    register = Path(os.environ["BAOMI_REGISTER"])
    for path in [*out.rglob("*"), register]:
        if path.is_file():
            assert b"s3cret-PW" not in path.read_bytes(), path


def test_password_option_on_check(encrypted: Path) -> None:
    from tests.conftest import run_cli

    locked = run_cli("check", str(encrypted), "--jobs", "1", "--lang", "en")
    assert locked.exit_code == 2 and "supply its password" in locked.stderr
    opened = run_cli("check", str(encrypted), "--jobs", "1", "--password", "s3cret-PW")
    assert opened.exit_code == 1
    assert "s3cret-PW" not in opened.stdout + opened.stderr


# --------------------------------------------------------------------------- vanishing files


def test_file_vanishing_after_the_walk(tmp_path: Path) -> None:
    from pipeline.batch.run import run_batch
    from pipeline.config import Config
    from pipeline.runner import collect

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(f"{name} 联系电话13812345678。\n", encoding="utf-8")
    jobs = list(collect((folder,), tmp_path / "out"))
    (folder / "b.txt").unlink()
    outcomes = run_batch(jobs, Config(lang="en"))
    errors = {o.job.path.name: o.result.error for o in outcomes}
    assert errors["a.txt"] is None and errors["c.txt"] is None
    assert errors["b.txt"] is not None and errors["b.txt"].render("en") == "no such file"


def test_file_replaced_by_a_folder(tmp_path: Path) -> None:
    target = tmp_path / "notice.txt"
    target.mkdir()
    from pipeline.batch.run import run_batch
    from pipeline.config import Config
    from pipeline.runner import Job

    (outcome,) = run_batch([Job(target, tmp_path / "out")], Config())
    assert outcome.result.error is not None
    assert outcome.result.error.key == "unsupported_type"
