"""Bad inputs get a one-line error and exit 2, the rest of the batch is still reviewed, and no
input is ever modified."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pymupdf
import pytest

from tests.conftest import make_docx, review_json


def _encrypted_pdf(path: Path) -> None:
    pdf = pymupdf.open()
    pdf.new_page().insert_text((72, 72), "secret")
    pdf.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="u", owner_pw="o")


BAD_INPUTS = {
    "empty.txt": lambda p: p.write_bytes(b""),
    "corrupt.pdf": lambda p: p.write_bytes(b"%PDF-1.7\n1 0 obj<<>>garbage\x00\xff" * 3),
    "truncated.pdf": lambda p: p.write_bytes(b"%PDF-1.4\n"),
    "encrypted.pdf": _encrypted_pdf,
    "notzip.docx": lambda p: p.write_text("这不是一个DOCX文件", encoding="utf-8"),
    "image.png": lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
    "binary.txt": lambda p: p.write_bytes(b"\x00\x01\x02\xff\xfe\x00" * 10),
}
EXPECTED = {
    "empty.txt": "empty",
    "corrupt.pdf": "corrupt",
    "truncated.pdf": "corrupt",
    "encrypted.pdf": "encrypted",
    "notzip.docx": "not a valid DOCX",
    "image.png": "the image file is damaged",  # images are read by OCR: this one is broken
    "binary.txt": "not a text file",
}


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, build in BAD_INPUTS.items():
        build(folder / name)
    (folder / "good.txt").write_text("申请人联系电话：13912345678。\n", encoding="utf-8")
    make_docx(folder / "good.docx", ["联系人手机：13812345678"])
    return folder


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_bad_inputs_fail_alone(batch: Path, tmp_path: Path) -> None:
    before = _digests(batch)
    paths = [str(batch / name) for name in BAD_INPUTS] + [
        str(batch / "good.txt"),
        str(batch / "good.docx"),
    ]
    code, summary = review_json(*paths, "--out", str(tmp_path / "out"), "--lang", "en")
    assert code == 2 and summary["exit_code"] == 2
    by_name = {Path(d["name"]).name: d for d in summary["documents"]}
    for name, expected in EXPECTED.items():
        error = by_name[name]["error"]
        assert error is not None and expected in error, (name, error)
        assert "\n" not in error
        assert by_name[name]["redacted"] is None
    for good in ("good.txt", "good.docx"):
        assert by_name[good]["error"] is None
        assert by_name[good]["findings"]["redact"] == 1
        assert Path(by_name[good]["redacted"]).is_file()
    assert _digests(batch) == before


def test_console_script_prints_one_line_per_bad_file(batch: Path, tmp_path: Path) -> None:
    baomi = Path(sys.executable).with_name("baomi")
    proc = subprocess.run(
        [str(baomi), "review", str(batch), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
    errors = [line for line in proc.stderr.splitlines() if line.strip()]
    # Every bad file (images are walked too: they are read by OCR) is one line naming it.
    assert len(errors) == len(BAD_INPUTS)
    for name in BAD_INPUTS:
        assert sum(name in line for line in errors) == 1
    assert all(line.startswith("错误：") for line in errors)


def test_missing_path_is_an_error(tmp_path: Path) -> None:
    code, summary = review_json(str(tmp_path / "nope.pdf"), "--out", str(tmp_path / "o"))
    assert code == 2
    assert summary["documents"][0]["error"] == "文件不存在"


def test_wrong_extension_is_read_by_content(tmp_path: Path) -> None:
    """A DOCX saved as .txt is still a DOCX: reviewed as one, not refused."""
    disguised = tmp_path / "notice.txt"
    make_docx(tmp_path / "x.docx", ["联系电话13812345678"]).rename(disguised)
    code, summary = review_json(str(disguised), "--out", str(tmp_path / "o"))
    assert code == 1
    assert summary["documents"][0]["redacted"].endswith("notice.redacted.docx")


def test_gb18030_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "gbk.txt"
    path.write_bytes("当事人手机号码：13812345678，住所地忻州市。".encode("gb18030"))
    code, summary = review_json(str(path), "--out", str(tmp_path / "o"))
    assert code == 1
    copy = Path(summary["documents"][0]["redacted"]).read_bytes().decode("gb18030")
    assert "13812345678" not in copy and "住所地忻州市" in copy


def test_same_names_do_not_overwrite_each_other(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "reply.txt").write_text(f"{folder}：13812345678\n", encoding="utf-8")
    code, summary = review_json(
        str(tmp_path / "a" / "reply.txt"),
        str(tmp_path / "b" / "reply.txt"),
        "--out",
        str(tmp_path / "out"),
    )
    assert code == 1
    copies = [Path(d["redacted"]) for d in summary["documents"]]
    assert len(set(copies)) == 2
    assert {c.read_text(encoding="utf-8")[0] for c in copies} == {"a", "b"}
