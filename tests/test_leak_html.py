"""Every hiding place of a publishing system's page, end to end: each fixture plants a token,
`baomi review` runs with a keyword list naming it, and the copy must hold no trace of it for
the independent checker (the bytes in every encoding with references, escapes,
percent-encoding and base64 undone; html5lib's tree), keep the page intact (every byte outside
the redacted spans and dropped comments unchanged) and keep the visible text. Each token is
first shown to be visible to two independent readers."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipeline.leakscan import find_values, fold
from stages.verify.html import extract
from tests.conftest import review_json
from tests.fixtures.leak_scan_formats import html_hits
from tests.fixtures.leaky_html import HTML_BUILDERS, VISIBLE_TEXT
from tests.fixtures.tokens import token_for

pytest.importorskip("html5lib", reason="html5lib (the second HTML reader) is not installed")


def review(tmp_path: Path, source: Path, token: str | None) -> tuple[dict[str, Any], dict[str, Any]]:
    args = [str(source), "--out", str(tmp_path / "out")]
    if token is not None:
        terms = tmp_path / "terms.txt"
        terms.write_text(f"{token}\n", encoding="utf-8")
        args += ["--terms", str(terms)]
    _code, summary = review_json(*args)
    [document] = summary["documents"]
    record = json.loads(Path(document["record"]).read_text(encoding="utf-8")) if document["record"] else {}
    return document, record


@pytest.mark.parametrize(("index", "name"), list(enumerate(HTML_BUILDERS)), ids=list(HTML_BUILDERS))
def test_html_copy_keeps_no_trace(tmp_path: Path, index: int, name: str) -> None:
    token = token_for(index)
    source = tmp_path / f"{name}.html"
    HTML_BUILDERS[name](source, token)

    document, record = review(tmp_path, source, token)

    assert document["error"] is None, document["error"]
    copy = Path(document["redacted"])
    assert html_hits(copy, token) == []
    encoding = "gb18030" if name == "gbk_page" else "utf-8"
    original, text = source.read_bytes().decode(encoding), copy.read_bytes().decode(encoding)
    assert VISIBLE_TEXT in text
    # The page is spliced, not rebuilt: its head and the SSI include are as they were.
    assert text.split("<title>")[0] == original.split("<title>")[0]
    assert '<!--#include virtual="/ssi/head.html"-->' in text
    sidecar = copy.with_name(copy.name.replace(".redacted.html", ".redacted.record.json"))
    assert json.loads(sidecar.read_text(encoding="utf-8"))["output"]["leak_check"] == "passed"
    assert record["output"]["leak_check"] == "passed"


@pytest.mark.parametrize(("index", "name"), list(enumerate(HTML_BUILDERS)), ids=list(HTML_BUILDERS))
def test_two_readers_see_every_vector(tmp_path: Path, index: int, name: str) -> None:
    token = token_for(index)
    source = tmp_path / f"{name}.html"
    HTML_BUILDERS[name](source, token)
    assert html_hits(source, token), "the checker does not see the planted token"
    assert any(find_values(text, {"t": fold(token)}, set()) for _, text in extract(source))


def test_page_without_findings_is_byte_identical_but_for_comments(tmp_path: Path) -> None:
    source = tmp_path / "clean.html"
    HTML_BUILDERS["paragraph"](source, "无关内容")
    document, record = review(tmp_path, source, None)
    copy = Path(document["redacted"]).read_text(encoding="utf-8")
    original = source.read_text(encoding="utf-8")
    assert copy == original.replace("<!--SSI头部开始-->", "")
    assert record["output"]["notes"][0]["code"] == "note_hidden_elements"


def test_gb2312_page_with_gbk_only_characters(tmp_path: Path) -> None:
    """A page labelled gb2312 holding characters outside it (镕, 䶮): read whole, written back
    in GB18030 (lxml alone truncates such a page at the first one)."""
    source = tmp_path / "gbk.html"
    text = (
        '<html><head><meta charset="gb2312"><title>通知</title></head>'
        "<body><p>朱镕基同志</p><p>申请人䶮王来电</p><p>机密人日</p></body></html>"
    )
    source.write_bytes(text.encode("gb18030"))
    document, _record = review(tmp_path, source, "机密人日")
    copy = Path(document["redacted"]).read_bytes().decode("gb18030")
    assert "朱镕基同志" in copy and "申请人䶮王来电" in copy and "机密人日" not in copy
