"""A document's time limit grows with the pages OCR reads (``[ocr] page_seconds``, see
``pipeline.time_budget``): ingest grants time for each scanned page it reads, and both ways a
limit is enforced — the serial run's timer (and its watchdog) and the worker pool's clock —
extend the document's deadline by what was granted. A document that gets no grant is still
stopped at ``timeout_seconds``."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from pipeline import time_budget
from pipeline.batch.run import run_batch
from pipeline.batch.serial import run_with_time_limit
from pipeline.batch.tasks import review_task
from pipeline.config import Config, config_from_dict
from pipeline.errors import ConfigError
from pipeline.runner import Job, check_document
from tests.fixtures import scans

ROOT = Path(__file__).resolve().parents[1]


def granting_task(job: Job, config: Config):  # picklable: worker processes import this module
    """``scan*`` documents are granted 6 s, then work for 2.5 s; ``slow*`` ones work 2.5 s
    without a grant; then the review."""
    name = job.path.name
    if name.startswith("scan"):
        time_budget.grant(6.0)
        time.sleep(2.5)
    elif name.startswith("slow"):
        time.sleep(2.5)
    return review_task(job, config)


def _inbox(tmp_path: Path, names: list[str]) -> list[Job]:
    folder = tmp_path / "in"
    folder.mkdir()
    jobs = []
    for name in names:
        path = folder / name
        path.write_text(f"{name}：联系电话13812345678。\n", encoding="utf-8")
        jobs.append(Job(path, tmp_path / "out"))
    return jobs


def test_serial_limit_is_extended_by_grants(tmp_path: Path) -> None:
    config = Config(timeout_seconds=1, lang="en")
    scan, slow = _inbox(tmp_path, ["scan.txt", "slow.txt"])
    assert run_with_time_limit(scan, config, granting_task).error is None
    error = run_with_time_limit(slow, config, granting_task).error
    assert error is not None and "longer than 1 s" in error.render("en")


def test_worker_pool_limit_is_extended_by_grants(tmp_path: Path) -> None:
    jobs = _inbox(tmp_path, ["scan.txt", "slow.txt", "a.txt"])
    outcomes = run_batch(jobs, Config(timeout_seconds=1.5, lang="en"), task=granting_task, workers=2)
    errors = {o.job.path.name: o.result.error for o in outcomes}
    assert errors["scan.txt"] is None and errors["a.txt"] is None
    assert errors["slow.txt"] is not None
    assert "longer than 1.5 s" in errors["slow.txt"].render("en")


def test_ingest_grants_time_for_each_page_it_reads(tmp_path: Path) -> None:
    """A real two-page scan: each page read by OCR grants its share of ``page_seconds``
    (these pages are smaller than an A4 page, so by their pixels); a text PDF and a scan
    under ``--ocr off`` are granted nothing."""
    image = scans.render(scans.PENALTY)
    path = tmp_path / "scan.pdf"
    path.write_bytes(scans.image_pdf([image, image]))
    text_pdf = tmp_path / "text.pdf"
    scans.typeset(scans.PENALTY).save(text_pdf)
    expected = 2 * 40.0 * time_budget.share(image.shape[1], image.shape[0])

    def granted(target: Path, config: Config) -> float:
        seen: list[float] = []
        with time_budget.granting(seen.append):
            _, result = check_document(Job(target, tmp_path / "out"), config)
        assert result.error is None
        return sum(seen)

    assert granted(path, Config(ocr_page_seconds=40.0)) == pytest.approx(expected)
    assert expected > 0
    assert granted(path, Config(ocr_mode="off")) == 0
    assert granted(text_pdf, Config()) == 0
    # A page-sized image counts as a whole page, a larger one no more.
    assert time_budget.share(2480, 3508) == 1.0 and time_budget.share(1240, 1754) == 1.0


def test_page_seconds_is_configurable() -> None:
    assert config_from_dict({}, ROOT).ocr_page_seconds == 30
    assert config_from_dict({"ocr": {"page_seconds": 5}}, ROOT).ocr_page_seconds == 5
    with pytest.raises(ConfigError):
        config_from_dict({"ocr": {"page_seconds": -1}}, ROOT)
