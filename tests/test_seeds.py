"""The five real regulations in shared/seeds must come out with no redaction and no marking:
they talk about 国家秘密, 工作秘密 and 密码电报, they are not classified and hold no personal
data."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.api import review
from pipeline.config import Config

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
FILES = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []

pytestmark = pytest.mark.skipif(
    not FILES, reason=f"the seed regulations are not beside the repository ({SEEDS})"
)


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_seed_has_no_redaction_and_no_marking(path: Path, tmp_path: Path) -> None:
    data = review(path, Config(), tmp_path).data
    findings = data["findings"]
    assert [f["text"] for f in findings if f["action"] == "redact"] == []
    assert [f for f in findings if f["entity_type"] in {"CLASSIFICATION_MARKING",
                                                        "CIPHER_TELEGRAM",
                                                        "INTERNAL_MARKING"}] == []
    assert data["classification"]["level"] is None
    assert data["disclosure_attribute"] == "主动公开"


def test_there_are_five_seeds() -> None:
    assert len(FILES) == 5
