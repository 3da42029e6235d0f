"""The time limit per document (``[limits] timeout_seconds``): a document over it gets a
one-line error and the rest of the batch goes on. In worker processes the worker reviewing
it is killed and replaced (documents that shared its pool are reviewed again); in a serial
run a timer interrupts it, and a watchdog process stops a run stuck in native code."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from pipeline.batch.run import run_batch
from pipeline.batch.tasks import review_task
from pipeline.config import Config, config_from_dict
from pipeline.errors import ConfigError
from pipeline.runner import Job
from tests.conftest import review_json

ROOT = Path(__file__).resolve().parents[1]


def sleepy_task(job: Job, config: Config):  # picklable: worker processes import this module
    """``slow*`` documents sleep past any limit; ``pause*`` ones for 1 s, ``medium*`` ones
    for 2.5 s (and note each start in ``<name>.starts``); then the review."""
    name = job.path.name
    if name.startswith("slow"):
        time.sleep(120)
    elif name.startswith("pause"):
        time.sleep(1)
    elif name.startswith("medium"):
        with job.path.with_name(name + ".starts").open("a") as starts:
            starts.write("started\n")
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


def test_limits_are_configurable() -> None:
    config = config_from_dict(
        {
            "limits": {
                "timeout_seconds": 30,
                "max_decompressed_bytes": 1000,
                "max_part_bytes": 10,
                "max_pages": 7,
            }
        },
        ROOT,
    )
    assert (config.timeout_seconds, config.max_decompressed_bytes) == (30, 1000)
    assert (config.max_part_bytes, config.max_pages) == (10, 7)
    assert config_from_dict({}, ROOT).timeout_seconds == 600
    assert config_from_dict({"limits": {"timeout_seconds": 0}}, ROOT).timeout_seconds == 0
    for bad in ({"timeout_seconds": -1}, {"max_part_bytes": "big"}, {"max_decompressed_bytes": 0}):
        with pytest.raises(ConfigError):
            config_from_dict({"limits": bad}, ROOT)
    with pytest.raises(ConfigError):
        config_from_dict({"limits": 5}, ROOT)


def test_workers_kill_a_document_over_time_and_go_on(tmp_path: Path) -> None:
    """Two workers: slow.txt in one (killed after 3 s), pause.txt then medium.txt in the
    other, so medium.txt (1 s to 3.5 s) is under way when the pool breaks: it is reviewed
    again in the new pool, within its own limit."""
    jobs = _inbox(tmp_path, ["slow.txt", "pause.txt", "medium.txt", "a.txt", "b.txt"])
    began = time.monotonic()
    outcomes = run_batch(jobs, Config(timeout_seconds=3, lang="en"), task=sleepy_task, workers=2)
    elapsed = time.monotonic() - began
    errors = {o.job.path.name: o.result.error for o in outcomes}
    assert errors["slow.txt"] is not None
    assert errors["slow.txt"].render("en") == (
        "the review took longer than 3 s; this document was not reviewed"
    )
    for name in ("pause.txt", "medium.txt", "a.txt", "b.txt"):
        assert errors[name] is None, (name, errors[name])
    assert (tmp_path / "in" / "medium.txt.starts").read_text().count("started") == 2
    assert elapsed < 60
    assert not list((tmp_path / "out").rglob("*.part"))


def test_serial_run_interrupts_a_document_over_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import stages.detect

    real = stages.detect.run

    def stuck(review, engines):  # swallowing exceptions must not swallow the time limit
        if review.document.name.startswith("slow"):
            with contextlib.suppress(Exception):  # a stage that swallows everything
                time.sleep(120)
        return real(review, engines)

    monkeypatch.setattr(stages.detect, "run", stuck)
    config = tmp_path / "baomi.toml"
    config.write_text("[limits]\ntimeout_seconds = 1\n", encoding="utf-8")
    jobs = _inbox(tmp_path, ["a.txt", "slow.txt", "b.txt"])
    began = time.monotonic()
    code, summary = review_json(
        *(str(j.path) for j in jobs),
        "--out",
        str(tmp_path / "out"),
        "--config",
        str(config),
        "--jobs",
        "1",
        "--lang",
        "en",
    )
    assert time.monotonic() - began < 30
    assert code == 2
    errors = {Path(d["name"]).name: d["error"] for d in summary["documents"]}
    assert errors == {
        "a.txt": None,
        "slow.txt": "the review took longer than 1 s; this document was not reviewed",
        "b.txt": None,
    }
    assert not list((tmp_path / "out").rglob("*.part"))
    assert not (tmp_path / "out" / "slow.txt.review.json").exists()


def test_watchdog_stops_a_run_stuck_in_native_code(tmp_path: Path) -> None:
    """``sum(range(...))`` runs in C without ever returning to the interpreter: the timer
    signal cannot interrupt it, and it holds the GIL, so no thread could either."""
    script = tmp_path / "stuck.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import sys
            sys.path.insert(0, {str(ROOT)!r})
            from pathlib import Path
            from pipeline.batch.serial import Watchdog, run_with_time_limit
            from pipeline.config import Config
            from pipeline.runner import Job

            config = Config(timeout_seconds=0.5, lang="en")
            watchdog = Watchdog(config)
            watchdog.grace = 0.5
            job = Job(Path({str(tmp_path / "native.pdf")!r}), Path({str(tmp_path)!r}))
            run_with_time_limit(job, config, lambda job, config: sum(range(10**13)), watchdog)
            print("not reached")
            """
        ),
        encoding="utf-8",
    )
    began = time.monotonic()
    proc = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120
    )
    assert time.monotonic() - began < 60
    assert proc.returncode == -9
    assert "not reached" not in proc.stdout
    assert proc.stderr.strip() == (
        f"error: {tmp_path / 'native.pdf'}: the review took longer than 0.5 s and could not "
        "be interrupted; the run was stopped. Run again with --jobs 2 or more, where a worker "
        "process is replaced instead"
    )


def test_watchdog_leaves_a_finished_run_alone(tmp_path: Path) -> None:
    from pipeline.batch.serial import run_serial

    jobs = _inbox(tmp_path, ["a.txt", "b.txt"])
    config = Config(timeout_seconds=0.5)
    results = list(run_serial(enumerate(jobs), config, review_task))
    assert [r.error for _, r in results] == [None, None]
    time.sleep(1.5)  # past limit + grace of a watchdog that was not disarmed
