"""Public OFD files from several producers (the test files of the ofdrw project: Suwell,
Huhuang, nuonuo, WPS, iOFD, SurRead, CNKI, ofdrw itself), read from a fetched copy of
ofdrw/ofdrw (``BAOMI_OFDRW``: its git directory or a checkout; default the local mirror). None is
copied into this repository. Without them these tests are skipped, saying why.

For each file: every character another reader (ofdkit) finds on the pages is in the flat text;
a phrase of the first page named in a keyword list is gone from the copy for the independent
checker and for ofdkit, while the rest of the page is still there.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from tests.conftest import review_json
from tests.fixtures.leak_scan import normalize
from tests.fixtures.leak_scan_formats import ofd_hits

ofdkit = pytest.importorskip("ofdkit", reason="ofdkit (the second OFD reader) is not installed")

MIRROR = Path(os.environ.get("BAOMI_OFDRW", "/work/.mirror/ofdrw+ofdrw/repo"))
SAMPLES = {
    # producer: path in ofdrw/ofdrw
    "suwell-invoice": "ofdrw-converter/src/test/resources/1.ofd",
    "suwell-swdomsdk": "ofdrw-converter/src/test/resources/20240531141733.ofd",
    "suwell-maker-outlines": "ofdrw-converter/src/test/resources/z.ofd",
    "suwell-certificate-two-seals": "ofdrw-converter/src/test/resources/zsbk.ofd",
    "huhuang-invoice": "ofdrw-converter/src/test/resources/999.ofd",
    "nuonuo-xbrl": "ofdrw-converter/src/test/resources/SignScaleError.ofd",
    "wps": "ofdrw-reader/src/test/resources/multiKeywordInTextCode.ofd",
    "iofd": "ofdrw-converter/src/test/resources/n.ofd",
    "surread-kinggrid": "ofdrw-reader/src/test/resources/path_unstd.ofd",
    "cnki-composites": "ofdrw-converter/src/test/resources/y.ofd",
    "watermark-cgtransform": "ofdrw-converter/src/test/resources/ano.ofd",
    "ofdrw-nonstandard-namespace": "ofdrw-sign/src/test/resources/namespace_no_std.ofd",
}


def _sample(name: str, folder: Path) -> Path:
    target = folder / f"{name}.ofd"
    if target.exists():
        return target
    if not MIRROR.exists():
        pytest.skip(f"public OFD samples absent: fetch ofdrw/ofdrw and set BAOMI_OFDRW ({MIRROR} missing)")
    git_dir = MIRROR if (MIRROR / "HEAD").exists() and not (MIRROR / ".git").exists() else MIRROR / ".git"
    done = subprocess.run(
        ["git", "--git-dir", str(git_dir), "show", f"HEAD:{SAMPLES[name]}"], capture_output=True, check=False
    )
    if done.returncode != 0 or not done.stdout.startswith(b"PK"):
        pytest.skip(f"sample {SAMPLES[name]} not in {MIRROR}")
    target.write_bytes(done.stdout)
    return target


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("ofd-samples")


def _ofdkit_text(path: Path) -> str:
    document = ofdkit.open(str(path))
    try:
        return "\n".join(page.text() for page in document.pages)
    finally:
        document.close()


def _phrase(path: Path) -> str | None:
    """A phrase of the first page to redact: the longest run of CJK characters (at most 6)
    within one text object. (A phrase wrapped at the end of a column of a two-column page is
    not found by detection, which reads such a page row by row across its columns; the leak
    check then refuses the copy.)"""
    document = ofdkit.open(str(path))
    try:
        texts = [run.text for run in document.pages[0].runs] if document.pages else []
    finally:
        document.close()
    runs = sorted((r for t in texts for r in re.findall(r"[\u4e00-\u9fa5]{2,}", t)), key=len, reverse=True)
    return runs[0][:6] if runs else None


@pytest.mark.parametrize("name", list(SAMPLES))
def test_sample_read_and_redacted(tmp_path: Path, folder: Path, name: str) -> None:
    source = _sample(name, folder)
    theirs = normalize(_ofdkit_text(source))
    from pipeline.config import load_config
    from stages import ingest

    ours = normalize(ingest.run(source, load_config(None, ())).text)
    missing = set(theirs) - set(ours)
    assert not missing, f"characters ofdkit reads and we do not: {''.join(sorted(missing))[:40]}"

    phrase = _phrase(source)
    if phrase is None:
        pytest.skip("no text on the first page")
    terms = tmp_path / "terms.txt"
    terms.write_text(phrase + "\n", encoding="utf-8")
    _code, summary = review_json(str(source), "--terms", str(terms), "--out", str(tmp_path / "out"))
    [document] = summary["documents"]
    assert document["error"] is None, document["error"]
    copy = Path(document["redacted"])
    assert ofd_hits(copy, phrase) == []
    remaining = normalize(_ofdkit_text(copy))
    assert phrase not in remaining
    others = set(theirs) - set(phrase) - set("［］已删除工作秘密：")
    kept = {c for c in others if c in remaining}
    assert len(kept) >= 0.9 * len(others), "the copy lost text it should keep"
