"""Property tests of detection: the full analyzer (every recognizer, the keyword lists, the
context enhancer), the overlap settlement, decide and the record raise no exception on any
string — CJK, digits, full-width forms, control characters, fragments of real values and of
their contexts — and every finding is a span of the text it was found in. A TXT document of
such text goes through the whole pipeline (copy, leak check, record) without an internal
error."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.analysis import LANGUAGE
from pipeline.config import Config, config_from_dict
from pipeline.docmeta import extract_meta
from pipeline.engines import get_engines
from pipeline.model import Document, Locator, Outputs, Review

ROOT = Path(__file__).resolve().parents[1]
# Pieces of what the recognizers look for, to be glued to arbitrary characters.
FRAGMENTS = [
    "13812345678", "+86 138-1234-5678", "１３８１２３４５６７８", "138****5678",
    "110101199003074514", "11010119900307451X", "110101900307451", "91110000100000000X",
    "6222021234567890128", "E12345678", "C12345678", "晋H12345", "京AD12345",
    "zhangsan@example.com", "0350-3031234", "(0350)3031234", "12345", "034000",
    "联系电话", "手机", "身份证号码", "住址", "银行卡号", "电子邮箱", "QQ", "微信",
    "申请人", "当事人", "张三", "王××", "某某", "忻州市忻府区和平街12号3单元402室",
    "机密★10年", "绝密", "秘密★", "内部资料", "工作秘密", "密码电报", "（此件依申请公开）",
    "商业秘密", "征求意见稿", "晋忻政发〔2024〕15号", "（2024）晋0902民初123号",
    "2024年3月12日", "12345678元", "青松工程", "储备点代号AB-123", "附件：",
    "\n", "\r\n", "\t", "\u3000", "：", "，", "。", "、", "（", "）",
]  # fmt: skip
CHARS = st.one_of(
    st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
    st.characters(min_codepoint=0x30, max_codepoint=0x39),
    st.characters(min_codepoint=0xFF01, max_codepoint=0xFF5E),
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.characters(min_codepoint=0x3000, max_codepoint=0x303F),
    st.characters(categories=["Cc", "Cf", "Zs", "Zl", "Zp", "Mn", "So", "Co"]),
    st.characters(),
)
TEXT = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(CHARS, min_size=1, max_size=6)),
    max_size=40,
).map("".join)


@pytest.fixture(scope="module")
def config() -> Config:
    terms = ["青松工程", "state_secret\tre:储备点代号[A-Z]{2}-\\d{3}"]
    return config_from_dict({"terms": {"entries": terms}}, ROOT)


def _review(text: str) -> Review:
    """A TXT document of ``text``, one segment per line, as ingest builds it."""
    document = Document(
        path=Path("fuzz.txt"),
        name="fuzz.txt",
        format="txt",
        data=text.encode("utf-8", "surrogatepass"),
        sha256=hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(),
    )
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        body = line.rstrip("\r\n")
        document.add_segment(body, Locator(line=number))
        document.add_separator(line[len(body) :])
    document.meta = extract_meta(document.text)
    out = Path("/nonexistent")
    return Review(document=document, outputs=Outputs(out, out / "r.json", out / "c.txt"))


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_analyzer_never_raises(config: Config, text: str) -> None:
    engines = get_engines(config)
    for result in engines.analyzer.analyze(text=text, language=LANGUAGE):
        assert 0 <= result.start <= result.end <= len(text)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT)
def test_detect_decide_record_never_raise(config: Config, text: str) -> None:
    from pipeline import record
    from stages import decide, detect

    review = _review(text)
    detect.run(review, get_engines(config))
    decide.run(review, config)
    flat = review.document.text
    for finding in review.findings:
        assert 0 <= finding.start < finding.end <= len(flat)
        assert finding.text == flat[finding.start : finding.end]
        assert finding.action in {"redact", "review", "keep"}
    record.validate(record.build(review))


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(TEXT.filter(lambda t: t.strip()))
def test_whole_pipeline_on_arbitrary_text(
    config: Config, tmp_path_factory: pytest.TempPathFactory, text: str
) -> None:
    """Encodable text through ingest, detect, decide, redact, verify and record: a result or
    a message the user can act on, never an internal error; a copy only when it is clean."""
    from pipeline.runner import Job, review_document

    folder = tmp_path_factory.mktemp("fuzz")
    path = folder / "fuzz.txt"
    try:
        path.write_bytes(text.encode("utf-8"))
    except UnicodeEncodeError:
        return  # lone surrogates: no file can hold them
    review, result = review_document(Job(path, folder / "out"), config)
    if result.error is not None:
        assert result.error.key in {"empty_file", "txt_not_text", "leak_detected"}, (
            result.error.key,
            result.error.params,
        )
        return
    assert result.record is not None
    if result.redacted_path is not None:
        copy = result.redacted_path.read_text(encoding=review.document.encoding or "utf-8")
        for finding in review.redacted():
            if len(finding.text.strip()) >= 4:
                assert finding.text not in copy
    assert not list(folder.rglob("*.part"))
