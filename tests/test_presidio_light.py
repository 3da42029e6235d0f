"""Presidio without spaCy (``pipeline.presidio_light``) and the NLP engine that needs none
(``pipeline.analysis.CharNlpEngine``): a review imports no spaCy, and finds what Presidio's
own no-op engine, with spaCy imported, finds in the same document."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, make_docx

# A name after its label and a valid resident ID (MOD 11-2 check character), in a DOCX.
PARAGRAPHS = [
    "政府信息公开申请答复书",
    "申请人：王建国，公民身份号码：11010519491231002X，联系电话：13912345678。",
    "经审查，该申请所涉信息属于本机关在履行行政管理职能过程中制作的政府信息。",
]

# Reviews the DOCX in a fresh process; with ``spacy`` as the argument, spaCy is imported
# first (so Presidio imports its own modules, and the no-op engine can run).
SCRIPT = r"""
import json, sys
if sys.argv[3] == "spacy":
    import spacy  # noqa: F401
from pipeline.api import review
from pipeline.config import Config
from pipeline.engines import get_engines
config = Config()
engines = get_engines(config)
if sys.argv[3] == "spacy":
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NoOpNlpEngine
    noop = NoOpNlpEngine(models=[{"lang_code": "zh", "model_name": "none"}])
    engines.analyzer = AnalyzerEngine(
        registry=engines.analyzer.registry, nlp_engine=noop, supported_languages=["zh"],
        context_aware_enhancer=engines.analyzer.context_aware_enhancer,
        default_score_threshold=config.report_threshold,
    )
record = review(sys.argv[1], config, sys.argv[2])
print(json.dumps({
    "engine": type(engines.analyzer.nlp_engine).__name__,
    "spacy": any(m == "spacy" or m.startswith("spacy.") for m in sys.modules),
    "predefined": "presidio_analyzer.predefined_recognizers.generic" in sys.modules,
    "findings": sorted(
        (f["entity_type"], f["text"], f["action"]) for f in record.data["findings"]
    ),
}, ensure_ascii=False))
"""


def _review(docx: Path, out: Path, mode: str) -> dict:
    env = dict(os.environ, HOME=str(out.parent / "home"))
    answer = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(docx), str(out), mode],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=600, check=False,
    )
    assert answer.returncode == 0, answer.stderr[-2000:]
    return json.loads(answer.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    tmp = tmp_path_factory.mktemp("presidio-light")
    docx = make_docx(tmp / "reply.docx", PARAGRAPHS)
    return {mode: _review(docx, tmp / f"out-{mode}", mode) for mode in ("light", "spacy")}


def test_a_review_imports_neither_spacy_nor_the_predefined_recognizers(runs: dict) -> None:
    light = runs["light"]
    assert light["engine"] == "CharNlpEngine"
    assert not light["spacy"]
    assert not light["predefined"]


def test_the_name_and_the_id_are_found_as_with_presidios_no_op_engine(runs: dict) -> None:
    light, spacy = runs["light"], runs["spacy"]
    assert spacy["engine"] == "NoOpNlpEngine" and spacy["spacy"]
    found = {(entity, text) for entity, text, _ in map(tuple, light["findings"])}
    assert ("CN_RESIDENT_ID", "11010519491231002X") in found
    assert any(text == "王建国" for _, text in found)
    assert light["findings"] == spacy["findings"]


def test_presidios_spacy_engines_say_they_are_unavailable() -> None:
    code = (
        "import pipeline, sys\n"
        "from presidio_analyzer.nlp_engine import NlpEngineProvider, SpacyNlpEngine\n"
        "assert 'spacy' not in sys.modules\n"
        "try:\n"
        "    SpacyNlpEngine()\n"
        "except ImportError as exc:\n"
        "    print('refused:', 'presidio_light' in str(exc))\n"
        "print(sorted(NlpEngineProvider().nlp_engines))\n"
    )
    answer = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=ROOT, timeout=300, check=False)
    assert answer.returncode == 0, answer.stderr[-2000:]
    assert answer.stdout.split("\n")[:2] == ["refused: True", "[]"]
