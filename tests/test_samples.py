"""The samples end to end: every one gets a schema-valid record and a publishable copy in
which a second library finds none of the redacted values, and the attached record carries no
original value."""

from __future__ import annotations

import io
import json
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

import pytest

from pipeline.record import validate
from tests.conftest import SAMPLES, docx_text_python_docx, pdf_text_pypdf

SAMPLE_FILES = sorted(p.name for p in SAMPLES.iterdir() if p.suffix in {".txt", ".docx", ".pdf"})


def fold(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def record_of(out: Path, name: str) -> dict[str, Any]:
    return json.loads((out / f"{name}.review.json").read_text(encoding="utf-8"))


def copy_text(path: Path) -> str:
    if path.suffix == ".pdf":
        return pdf_text_pypdf(path)
    if path.suffix == ".docx":
        return docx_text_python_docx(path)
    return path.read_text(encoding="utf-8-sig")


def attached_record(path: Path) -> str:
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return PdfReader(path).attachments["review-record.json"][0].decode("utf-8")
    if path.suffix == ".docx":
        with zipfile.ZipFile(path) as archive:
            return archive.read("baomi/review-record.json").decode("utf-8")
    return path.with_name(path.name.removesuffix(".txt") + ".record.json").read_text(
        encoding="utf-8"
    )


def test_there_are_enough_samples() -> None:
    assert len(SAMPLE_FILES) >= 8
    assert {Path(n).suffix for n in SAMPLE_FILES} == {".txt", ".docx", ".pdf"}


def test_demo_run_reports_every_sample(sample_run: tuple[int, dict[str, Any], Path]) -> None:
    code, summary, _ = sample_run
    assert code == 1  # several samples need redaction; none failed
    assert summary["exit_code"] == 1
    names = sorted(Path(d["name"]).name for d in summary["documents"])
    assert names == SAMPLE_FILES
    for document in summary["documents"]:
        assert document["error"] is None
        assert set(document) == {
            "name",
            "record",
            "redacted",
            "disclosure_attribute",
            "findings",
            "error",
            "case_id",
            "preview",
            "copy_withheld",
            "no_text",
        }
        assert document["case_id"]
        # No publishable-looking copy of a document that may not be published.
        if document["disclosure_attribute"] in ("不予公开", "须报审"):
            assert document["redacted"] is None and document["copy_withheld"]


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_sample_record_and_copy(name: str, sample_run: tuple[int, dict[str, Any], Path]) -> None:
    _, _, out = sample_run
    record = record_of(out, name)
    validate(record)
    if record["output"]["withheld"] == "不予公开":
        assert record["output"]["redacted_path"] is None and record["output"]["preview_path"] is None
        return
    assert record["output"]["leak_check"] == "passed"
    copy = out / (record["output"]["redacted_path"] or record["output"]["preview_path"])
    assert copy.is_file()
    text = fold(copy_text(copy))
    attached = attached_record(copy)
    redacted = [f["text"] for f in record["findings"] if f["action"] == "redact"]
    for value in redacted:
        assert fold(value) not in text, f"{name}: a redacted value survived"
        assert value not in attached
    # The attached record is the same review, with no text, offsets or file hash.
    carried = json.loads(attached)
    assert carried["disclosure_attribute"] == record["disclosure_attribute"]
    assert len(carried["findings"]) == len(record["findings"])
    assert all("text" not in f and "start" not in f for f in carried["findings"])
    assert "sha256" not in carried["document"]
    assert record["document"]["sha256"] not in attached


def test_expected_findings_in_samples(sample_run: tuple[int, dict[str, Any], Path]) -> None:
    _, _, out = sample_run
    penalty = record_of(out, "01-penalty-decision.docx")
    redacted = {
        (f["entity_type"], f["text"]) for f in penalty["findings"] if f["action"] == "redact"
    }
    # The ID number is split over two runs in the source.
    assert ("CN_RESIDENT_ID", "140902198507120319") in redacted
    assert ("CN_MOBILE", "13935071286") in redacted
    reply = record_of(out, "02-application-reply.pdf")
    texts = {f["text"] for f in reply["findings"] if f["action"] == "redact"}
    assert "15803508847" in texts  # wrapped across two PDF lines
    assert "lixiaoyan1990@example.com" in texts


def test_clean_notice_is_clean(sample_run: tuple[int, dict[str, Any], Path]) -> None:
    _, _summary, out = sample_run
    record = record_of(out, "07-clean-notice.txt")
    # The office phone may be reported, but only as public (keep), never for redaction.
    assert [f["action"] for f in record["findings"] if f["action"] != "keep"] == []
    assert record["disclosure_attribute"] == "主动公开"
    copy = (out / record["output"]["redacted_path"]).read_text(encoding="utf-8")
    assert "0350-3032811" in copy and "忻府政秘函〔2018〕66号" in copy


def test_classified_notices(sample_run: tuple[int, dict[str, Any], Path]) -> None:
    _, _, out = sample_run
    notice = record_of(out, "04-classified-notice.txt")
    assert notice["classification"] == {
        "level": "机密",
        "period": "5年",
        "marked_on": "2024-03-05",
        "expires_on": "2029-03-05",
        "expired": False,
    }
    assert notice["disclosure_attribute"] == "不予公开"
    routed = [f for f in notice["findings"] if f["route"] == "secrecy_office"]
    assert routed and all(f["status"] == "pending_confirmation" for f in routed)
    expired = record_of(out, "09-classified-scan-notice.pdf")
    assert expired["classification"]["expired"] is True
    assert expired["disclosure_attribute"] == "须报审"


def test_docx_copy_is_sanitized(sample_run: tuple[int, dict[str, Any], Path]) -> None:
    _, _, out = sample_run
    copy = out / "01-penalty-decision.redacted.docx"
    with zipfile.ZipFile(io.BytesIO(copy.read_bytes())) as archive:
        names = archive.namelist()
        core = archive.read("docProps/core.xml").decode()
    assert not any(n.startswith(("customXml/", "docProps/thumbnail")) for n in names)
    assert "办公室" not in core  # the sample's author
    assert len(names) == len(set(names))
