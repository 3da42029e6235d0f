"""Confidentiality of the tool's own outputs: the internal record, the register and the resume
cache are owner-only (0600) whatever the umask; the publishable copy is world-readable; no
log line, on any stream, at DEBUG and with ``BAOMI_DEBUG=1``, in the command or its worker
processes, ever holds a sensitive value; temporary files are gone, also after errors."""

from __future__ import annotations

import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import make_docx, make_pdf, run_cli

BAOMI = Path(sys.executable).with_name("baomi")
# Values planted in the documents below; none may appear in any log or message.
PLANTED = (
    "13812345678",
    "13998765432",
    "110101199003074514",
    "zhangsan.private@example.com",
    "青松工程",
    "晋H12345",
    "6222021234567890128",
)


def _corpus(folder: Path) -> None:
    folder.mkdir()
    (folder / "reply.txt").write_text(
        "申请人联系电话：13812345678，身份证号码110101199003074514，"
        "电子邮箱zhangsan.private@example.com。\n项目代号青松工程。\n",
        encoding="utf-8",
    )
    make_docx(
        folder / "notice.docx",
        [["当事人手机：139", "98765432"], "车牌号晋H12345。", "项目代号青松工程。"],
    )
    make_pdf(folder / "list.pdf", ["申请人银行卡号：6222021234567890128", "联系电话：13812345678"])
    # Broken inputs that quote the values in what a parser might complain about.
    (folder / "broken.pdf").write_bytes(
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]"
        b"/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]/Contents 4 0 R"
        b">>endobj\n4 0 obj<</Length 60>>stream\nBT /F1 12 Tf 13812345678 x13998765432 Tj "
        b"(110101199003074514) Tj ET\nendstream endobj\ntrailer<</Root 1 0 R>>\n%%EOF"
    )
    (folder / "broken.txt").write_bytes("13812345678 青松工程".encode() + b"\x00\xff")


@pytest.fixture
def terms(tmp_path: Path) -> Path:
    path = tmp_path / "terms.txt"
    path.write_text("青松工程\n", encoding="utf-8")
    return path


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_internal_outputs_are_owner_only(tmp_path: Path, terms: Path) -> None:
    inbox = tmp_path / "in"
    _corpus(inbox)
    out = tmp_path / "out"
    register = tmp_path / "private" / "register.sqlite3"
    previous = os.umask(0)  # the most permissive umask: modes must not depend on it
    try:
        result = run_cli(
            "review", str(inbox), "--out", str(out), "--register", str(register),
            "--terms", str(terms), "--jobs", "1", "--json",
        )  # fmt: skip
    finally:
        os.umask(previous)
    assert result.exit_code == 2  # broken.txt
    records = list(out.rglob("*.review.json"))
    assert len(records) >= 3
    for record in records:
        assert _mode(record) == 0o600, record
    assert _mode(out / ".baomi-cache.json") == 0o600
    assert _mode(register) == 0o600
    for journal in register.parent.glob("register.sqlite3-*"):
        assert _mode(journal) & 0o077 == 0, journal
    assert _mode(register.parent) & 0o077 == 0
    # The publishable copies and the TXT sidecar record (sanitized) are meant to be read.
    copies = list(out.rglob("*.redacted.*"))
    assert len(copies) >= 4
    for copy in copies:
        assert _mode(copy) == 0o644, copy
    assert not list(out.rglob("*.part"))


def test_no_sensitive_value_in_any_log(
    tmp_path: Path,
    terms: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    inbox = tmp_path / "in"
    _corpus(inbox)
    monkeypatch.setenv("BAOMI_DEBUG", "1")
    monkeypatch.setenv("BAOMI_LOG_LEVEL", "DEBUG")
    caplog.set_level(logging.DEBUG)
    logs = []
    # In this process (serial run, --lang zh and en, review and check) ...
    for lang in ("zh", "en"):
        for command in ("review", "check"):
            args = [command, str(inbox), "--terms", str(terms), "--jobs", "1", "--lang", lang]
            if command == "review":
                args += ["--out", str(tmp_path / f"out-{lang}"), "--json"]
            else:
                args += ["--format", "text"]
            result = run_cli(*args)
            assert result.exit_code == 2
            logs += [result.stdout, result.stderr]
    captured = capfd.readouterr()
    logs += [captured.out, captured.err]
    logs += [record.getMessage() for record in caplog.records]
    logs += [str(record.args) for record in caplog.records]
    assert any(r.name == "baomi" and "CN_MOBILE" in r.getMessage() for r in caplog.records)
    # ... and in worker processes, whose stderr is the command's.
    env = {**os.environ, "BAOMI_REGISTER": str(tmp_path / "register.sqlite3")}
    args = ["--out", str(tmp_path / "out-jobs"), "--terms", str(terms), "--progress", "plain"]
    proc = subprocess.run(
        [str(BAOMI), "review", str(inbox), "--jobs", "2", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert proc.returncode == 2
    # The log went somewhere we read, from the command and from its workers.
    assert " baomi DEBUG " in proc.stderr and " DEBUG worker " in proc.stderr
    logs += [proc.stdout, proc.stderr]
    text = "\n".join(logs)
    assert "Traceback" not in text
    leaked = [value for value in PLANTED if value in text]
    assert not leaked, leaked
    # The values were there to be found: every copy was redacted.
    for out in ("out-zh", "out-en", "out-jobs"):
        for copy in (tmp_path / out).rglob("*.redacted.txt"):
            assert "13812345678" not in copy.read_text(encoding="utf-8")


def test_presidio_logs_no_text_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    """Presidio's own DEBUG records (baomi clamps its loggers to WARNING anyway) hold types,
    offsets and scores, never the analysed text."""
    from pipeline.analysis import LANGUAGE
    from pipeline.config import Config
    from pipeline.engines import get_engines
    from stages.redact import replacement_for

    for name in ("presidio-analyzer", "presidio-anonymizer"):
        logging.getLogger(name).setLevel(logging.NOTSET)
    caplog.set_level(logging.DEBUG)
    engines = get_engines(Config())
    text = "；".join(f"申请人联系电话：{v}" for v in PLANTED)
    results = engines.analyzer.analyze(text, language=LANGUAGE)
    assert results
    from pipeline.model import Finding

    for i, r in enumerate(results):
        finding = Finding(f"F{i}", r.entity_type, r.start, r.end, text[r.start : r.end], 1.0, "x")
        replacement_for(finding, Config(), engines)
    presidio = [r for r in caplog.records if r.name.startswith("presidio")]
    assert any(r.levelno == logging.DEBUG for r in presidio)
    messages = "\n".join(r.getMessage() for r in presidio)
    assert not [value for value in PLANTED if value in messages]


def test_temporary_files_are_removed_on_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A stage failing after the copy was written to its temporary file leaves nothing."""
    import stages.verify

    def broken(review: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(stages.verify, "run", broken)
    inbox = tmp_path / "in"
    _corpus(inbox)
    out = tmp_path / "out"
    result = run_cli("review", str(inbox), "--out", str(out), "--jobs", "1", "--lang", "en")
    assert result.exit_code == 2
    assert "cannot write the output: No space left on device" in result.stderr
    assert not [p for p in out.rglob("*") if p.is_file() and p.name != ".baomi-cache.json"]
