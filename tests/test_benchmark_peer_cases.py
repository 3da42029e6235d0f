"""The peer-suite benchmark's case extractor and matching rule, on inline test source.

``benchmarks/peer_suite.py`` reads another project's pytest files from a snapshot that is not
part of this repository; these tests give its extractor a small suite written here in the
same idioms (parametrized recognizer tests, validator loops, engine tests with fixtures and
entity filters, deny-list name tests) and check every case it must produce and refuse.
"""

from __future__ import annotations

import subprocess

import pytest

from benchmarks.laws import clean
from benchmarks.peer_cases import extract
from benchmarks.peer_suite import covers
from benchmarks.snapshot import open_snapshot
from benchmarks.textreview import TextReview

CONFTEST = """
import pytest

@pytest.fixture
def sample_texts():
    return {"phone": "我的手机号是13812345678", "none": "这是普通文本"}
"""

RECOGNIZERS = """
import pytest

class TestPhone:
    @pytest.fixture
    def recognizer(self):
        return CNPhoneRecognizer()

    @pytest.mark.parametrize(
        "text,expected_count",
        [
            ("手机号是+86 138-1234-5678", 1),
            ("数字12345678901不是手机号", 0),
            ("两个手机号13812345678和13987654321", 2),
            ("只有一个13812345678", 2),
        ],
    )
    def test_recognize(self, recognizer, text, expected_count):
        results = recognizer.analyze(text, ["CN_PHONE_NUMBER"], None)
        assert len(results) == expected_count

    def test_validation(self, recognizer):
        valid = ["13812345678", ""]
        for phone in valid:
            assert CNPhoneRecognizer._is_valid_phone(phone)
        for phone in ["12812345678"]:
            assert not recognizer._is_valid_phone(phone), f"{phone}"

    def test_entities(self, recognizer):
        assert "CN_PHONE_NUMBER" in recognizer.supported_entities

    def test_birth_date(self, recognizer):
        assert recognizer._validate_birth_date("19900101")


class TestNames:
    @pytest.fixture
    def lists(self):
        return CNNameRecognizer(allow_list=["李四"], deny_list=["王五"])

    def test_deny(self, lists):
        results = lists.analyze("王五和张三，还有张三", ["CN_NAME"], None)
        found = [text[r.start:r.end] for r in results]
        assert "王五" in found
        count = sum(1 for r in results if text[r.start:r.end] == "张三")
        assert count == 2

    def test_allow(self, lists):
        lists.set_allow_list(["测试姓名"])
        results = lists.analyze("测试姓名是负责人", ["CN_NAME"], None)
        found = [text[r.start:r.end] for r in results]
        assert "测试姓名" not in found

    def test_after(self, lists):  # a fixture is fresh for each test: the allow list is back
        results = lists.analyze("王五是负责人", ["CN_NAME"], None)
        found = [text[r.start:r.end] for r in results]
        assert "王五" in found
"""

ENGINES = """
class TestEngine:
    def test_mixed(self, processor, sample_texts):
        text = "张三的手机号是13812345678，身份证号是110101199001011237"
        result = processor.process(text)
        entity_types = {e.entity_type for e in result.pii_entities}
        assert "CN_ID_CARD" in entity_types
        assert "CN_PHONE_NUMBER" in entity_types

    def test_filter(self, processor):
        result = processor.process("手机号13812345678，邮箱a@b.com", entities=["CN_PHONE_NUMBER"])
        emails = [e for e in result.pii_entities if e.entity_type == "CN_EMAIL"]
        assert "138****5678" in result.anonymized_text
        assert len(emails) == 0

    def test_none(self, processor, sample_texts):
        result = processor.process(sample_texts["none"])
        assert not result.has_pii

    def test_threshold(self, analyzer):
        results = analyzer.analyze("手机号13812345678", score_threshold=1.01)
        assert len(results) == 0

    def test_long(self, analyzer):
        text = "文本。" * 3 + "手机号13812345678" + "更多。" * 3
        results = analyzer.analyze(text)
        assert len(results) == 1

    def test_api(self, client):
        body = {"text": "我的手机号是13812345678", "entities": ["CN_PHONE_NUMBER"]}
        response = client.post("/api/v1/text/anonymize", json=body)
        data = response.json()
        assert "pii_entities" in data["data"]
        assert len(data["data"]["pii_entities"]) == 1

    def test_layout(self, processor):
        result = processor.process("姓名：张三\\n手机号：13812345678")
        lines = result.anonymized_text.split("\\n")
        assert len(lines) == 2
"""


@pytest.fixture(scope="module")
def extraction():
    return extract(
        {
            "tests/conftest.py": CONFTEST,
            "tests/unit/test_recognizers.py": RECOGNIZERS,
            "tests/unit/test_engines.py": ENGINES,
        }
    )


def _case(extraction, suffix):
    found = [c for c in extraction.cases if c.case_id.endswith(suffix)]
    assert len(found) == 1, [c.case_id for c in extraction.cases]
    return found[0]


def _values(case):
    return [(e.peer_type, e.value, case.text[e.start : e.end]) for e in case.expected]


def test_parametrized_rows_locate_values_by_shape(extraction):
    plus86 = _case(extraction, "TestPhone::test_recognize[0]")
    assert _values(plus86) == [("CN_PHONE_NUMBER", "138-1234-5678", "138-1234-5678")]
    assert not plus86.negative and plus86.form == "sentence"
    two = _case(extraction, "test_recognize[2]")
    assert [v for _, v, _ in _values(two)] == ["13812345678", "13987654321"]
    negative = _case(extraction, "test_recognize[1]")
    assert negative.negative and negative.peer_types == ("CN_PHONE_NUMBER",)


def test_a_count_the_shapes_do_not_reach_is_not_converted(extraction):
    (skipped,) = [s for s in extraction.skipped if s.case_id.endswith("test_recognize[3]")]
    assert "1 values" in skipped.reason and "== 2" in skipped.reason
    assert not [c for c in extraction.cases if c.case_id.endswith("test_recognize[3]")]


def test_validator_inputs_become_bare_values_typed_by_the_class(extraction):
    bare = [c for c in extraction.cases if "test_validation" in c.case_id]
    assert [(c.text, c.negative, c.form) for c in bare] == [
        ("13812345678", False, "bare value"),
        ("12812345678", True, "bare value"),
    ]
    assert bare[0].expected[0].peer_type == "CN_PHONE_NUMBER"
    assert any(s.text == "" and "empty" in s.reason for s in extraction.skipped)
    assert not [c for c in extraction.cases if c.text == "19900101"]
    assert any(s.text == "19900101" and "birth-date" in s.reason for s in extraction.skipped)


def test_names_come_from_the_asserts_with_the_deny_list_noted(extraction):
    deny = _case(extraction, "TestNames::test_deny")
    assert [
        (v, deny.text[e.start : e.end])
        for e, (_, v, _) in zip(deny.expected, _values(deny), strict=True)
    ] == [
        ("王五", "王五"),
        ("张三", "张三"),
        ("张三", "张三"),
    ]
    assert [e.start for e in deny.expected] == [0, 3, 8]
    assert "deny list ['王五']" in deny.note
    allow = _case(extraction, "TestNames::test_allow")
    assert allow.negative and "allow list ['测试姓名']" in allow.note
    assert "allow list ['李四']" in _case(extraction, "TestNames::test_after").note


def test_engine_tests_use_fixtures_types_and_filters(extraction):
    mixed = _case(extraction, "TestEngine::test_mixed")
    assert [t for t, _, _ in _values(mixed)] == ["CN_PHONE_NUMBER", "CN_ID_CARD"]
    filtered = _case(extraction, "TestEngine::test_filter")
    assert _values(filtered) == [("CN_PHONE_NUMBER", "13812345678", "13812345678")]
    assert "CN_EMAIL" not in filtered.note  # absent only because of the peer's filter
    api = _case(extraction, "TestEngine::test_api")  # a key of the response is no value
    assert _values(api) == [("CN_PHONE_NUMBER", "13812345678", "13812345678")]
    assert _case(extraction, "TestEngine::test_none").text == "这是普通文本"
    assert (
        _case(extraction, "TestEngine::test_long").text
        == "文本。文本。文本。手机号13812345678更多。更多。更多。"
    )
    reasons = {s.case_id.rsplit("::", 1)[-1]: s.reason for s in extraction.skipped}
    assert "score threshold" in reasons["test_threshold"]
    assert "no assertion on what is detected" in reasons["test_layout"]


def test_a_redaction_covers_a_value_ignoring_whitespace_but_not_a_whole_line():
    text = "身份证号 1101 0119 9001 0112 37，其他内容其他内容其他内容其他内容"
    review = TextReview(text)
    start = text.index("1101")
    from benchmarks.peer_cases import Expected

    exp = Expected("CN_ID_CARD", "1101 0119 9001 0112 37", start, start + 22)
    exact = {"text": text[start : start + 22], "start": start, "end": start + 22}
    assert covers(review, exact, exp)
    short = {"text": text[start : start + 20], "start": start, "end": start + 20}
    assert not covers(review, short, exp)
    line = {"text": text, "start": 0, "end": len(text)}
    assert not covers(review, line, exp)
    moved = {"text": text[start : start + 22], "start": 0, "end": 22}  # offsets of another text
    assert covers(review, moved, exp)


def test_a_missing_snapshot_is_one_line_and_exit_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as stop:
        open_snapshot(tmp_path / "nothing", "owner/name")
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "owner/name" in err
    subprocess.run(["git", "init", "-q", "--bare", str(tmp_path / "empty")], check=True)
    with pytest.raises(SystemExit):
        open_snapshot(tmp_path / "empty", "owner/name")  # a repository without a commit


def test_law_markdown_loses_only_its_markup():
    assert clean("# 某某条例\n\n<!-- INFO END -->\n\n## 第一章 总则\n\n第一条 内容。\n") == (
        "某某条例\n\n\n第一章 总则\n\n第一条 内容。\n"
    )
