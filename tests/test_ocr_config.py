"""``[ocr]`` in baomi.toml and ``--ocr``: validated, carried into the review settings (so the
resume cache and the register's case snapshot change with them)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.config import config_from_dict, review_settings
from pipeline.errors import ConfigError
from pipeline.workflow.cases import config_from_snapshot


def test_ocr_section_is_read_and_round_trips() -> None:
    config = config_from_dict(
        {"ocr": {"mode": "force", "min_confidence": 0.9, "dpi": 200, "language": "ch"}}, Path(".")
    )
    assert (config.ocr_mode, config.ocr_min_confidence, config.ocr_dpi) == ("force", 0.9, 200)
    settings = review_settings(config)
    assert settings["ocr"] == {"mode": "force", "language": "ch", "min_confidence": 0.9, "dpi": 200}
    again = config_from_snapshot(settings)
    assert (again.ocr_mode, again.ocr_min_confidence, again.ocr_dpi) == ("force", 0.9, 200)
    assert config_from_dict({}, Path(".")).ocr_mode == "auto"


@pytest.mark.parametrize(
    "table",
    [{"mode": "sometimes"}, {"language": "fra"}, {"min_confidence": 2}, {"dpi": 10}, {"dpi": "x"}],
)
def test_bad_ocr_settings_are_usage_errors(table: dict) -> None:
    with pytest.raises(ConfigError):
        config_from_dict({"ocr": table}, Path("."))


def test_images_are_told_by_their_bytes() -> None:
    import io

    from PIL import Image

    from stages.ingest.image import image_kind

    kinds = {}
    for fmt in ("PNG", "JPEG", "TIFF", "BMP"):
        buffer = io.BytesIO()
        Image.new("RGB", (8, 8)).save(buffer, format=fmt)
        kinds[fmt] = image_kind(buffer.getvalue())
    assert kinds == {"PNG": "png", "JPEG": "jpeg", "TIFF": "tiff", "BMP": "bmp"}
    # A text that happens to start like a bitmap ("BMW …") is still text.
    assert image_kind("BMW 车辆登记信息：晋H12345".encode()) is None
