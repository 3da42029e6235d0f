"""The fuzz harness (fuzz/fuzz_ingest.py) still runs: a short in-process run over the samples
finds nothing, and its mutations produce both successes and refusals."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _harness():
    spec = importlib.util.spec_from_file_location("fuzz_ingest", ROOT / "fuzz" / "fuzz_ingest.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_short_fuzz_run_finds_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    harness = _harness()
    code = harness.main(["-n", "60", "--seed", "7", "--jobs", "1", "--save", str(tmp_path)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "60 inputs" in out and " ok" in out and "InputError" in out
    assert not list(tmp_path.iterdir())
