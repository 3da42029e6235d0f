"""Eight processes on one new register at the same moment, on SQLite and on a real PostgreSQL
server: all eight review a document (seven different ones and a copy of the first) into a
register that does not exist yet, so they race to create its schema and to start its audit
chain; then, once the office's people are registered, each signs 初审 and 复审 of a case, or
decides on a case's findings, at the same moment as the others. Nothing may fail, no case may
be opened twice, and the audit chain must verify."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import create_engine, text

from tests.office import ADMIN, add_people, password_of

WORKERS = 8
WORKER = Path(__file__).with_name("register_worker.py")


def documents(folder: Path) -> list[Path]:
    paths = []
    for number in range(WORKERS - 1):
        path = folder / f"notice-{number}.txt"
        path.write_text(
            f"关于第{number + 1}项工作的通知\n联系人手机：1383440912{number}。\n请认真落实。\n",
            encoding="utf-8",
        )
        paths.append(path)
    copy = folder / "notice-0-copy.txt"
    copy.write_bytes(paths[0].read_bytes())
    return [*paths, copy]


def plan(docs: list[Path]) -> list[dict]:
    """Who does what after the reviews: workers 0–6 sign 初审 and 复审 of their case (each as
    their own drafter and reviewer), worker 7 (who reviewed the copy) decides on the findings
    of the same case as worker 0, at the same time."""
    steps = []
    for number, doc in enumerate(docs):
        if number < WORKERS - 1:
            drafter, reviewer = f"承办人{number}", f"审核人{number}"
            mine = [
                {
                    "as": drafter,
                    "args": ["sign", "{case}", "--stage", "初审", "--opinion", "可公开"],
                },
                {
                    "as": reviewer,
                    "args": ["sign", "{case}", "--stage", "复审", "--opinion", "同意"],
                },
            ]
        else:
            mine = [
                {"as": "复核人", "args": ["decide", "{case}", "F0001", "--action", "redact",
                                         "--reason", "个人手机号码"]},
            ]  # fmt: skip
        for step in mine:
            step["token"] = password_of(step["as"])
        steps.append({"document": str(doc), "steps": mine})
    return steps


def people() -> dict[str, tuple[str, ...]]:
    found: dict[str, tuple[str, ...]] = {ADMIN: ("admin",), "复核人": ("reviewer",)}
    for number in range(WORKERS - 1):
        found[f"承办人{number}"] = ("drafter",)
        found[f"审核人{number}"] = ("reviewer",)
    return found


def wait_all(folder: Path, prefix: str, procs: list[subprocess.Popen], limit: float) -> None:
    """Until every worker has written ``<prefix>-N`` or ended (a failed one reports why)."""
    deadline = time.monotonic() + limit
    while any(
        not (folder / f"{prefix}-{n}").exists() and proc.poll() is None
        for n, proc in enumerate(procs)
    ):
        assert time.monotonic() < deadline, f"timed out waiting for {prefix}"
        time.sleep(0.02)


def run_office(register_url: str, tmp_path: Path) -> list[dict]:
    docs = documents(tmp_path)
    (tmp_path / "plan.json").write_text(json.dumps(plan(docs), ensure_ascii=False), "utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("BAOMI_")}
    procs = [
        subprocess.Popen(
            [sys.executable, str(WORKER), str(tmp_path), str(n), register_url],
            env=env,
            cwd=tmp_path,
        )
        for n in range(WORKERS)
    ]
    try:
        wait_all(tmp_path, "ready", procs, 300)
        (tmp_path / "start").touch()  # all eight open the new register now
        wait_all(tmp_path, "reviewed", procs, 300)
        add_people(register_url, people())
        (tmp_path / "go").touch()  # and sign at the same moment
        for proc in procs:
            proc.wait(timeout=300)
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
    reports = []
    for n in range(WORKERS):
        path = tmp_path / f"report-{n}.json"
        if path.exists():
            reports.append(json.loads(path.read_text(encoding="utf-8")))
        else:
            reports.append({"number": n, "steps": [{"exit": -1, "error": "no report"}]})
    return reports


def test_eight_processes_review_and_sign_at_once(register_url: str, tmp_path: Path) -> None:
    reports = run_office(register_url, tmp_path)
    failures = [
        (report["number"], step)
        for report in reports
        for step in report["steps"]
        if step.get("error")
        or step["exit"] not in ((0, 1) if step.get("args", [""])[0] == "review" else (0,))
    ]
    assert failures == [], [
        (n, step.get("args"), step["exit"], step.get("stderr") or step.get("error"))
        for n, step in failures
    ]
    assert all(len(r["steps"]) == (3 if r["number"] < WORKERS - 1 else 2) for r in reports)

    engine = create_engine(register_url)
    try:
        with engine.connect() as connection:
            hashes = connection.execute(text("SELECT sha256 FROM cases")).scalars().all()
            signed = connection.execute(
                text("SELECT case_id, stage, reviewer FROM signoffs ORDER BY case_id, stage")
            ).all()
            decided = connection.execute(text("SELECT case_id, reviewer FROM decisions")).all()
            actions = connection.execute(text("SELECT action FROM audit_log")).scalars().all()
    finally:
        engine.dispose()
    assert len(hashes) == WORKERS - 1 == len(set(hashes))  # the copy found its case
    assert len(signed) == 2 * (WORKERS - 1)
    assert {(stage, reviewer[:3]) for _case, stage, reviewer in signed} == {
        ("初审", "承办人"),
        ("复审", "审核人"),
    }
    first_case = int(
        json.loads(reports[0]["steps"][0]["stdout"])["documents"][0]["case_id"].lstrip("C")
    )
    assert decided == [(first_case, "复核人")]
    assert actions.count("case_opened") == WORKERS - 1
    assert actions.count("case_reviewed") == 1
    assert actions.count("signed") == 2 * (WORKERS - 1)

    from click.testing import CliRunner

    from pipeline.cli import main

    verified = CliRunner().invoke(main, ["audit", "verify", "--register", register_url])
    assert verified.exit_code == 0, verified.output
    timings = [s["seconds"] for r in reports for s in r["steps"]]
    print(f"\n{register_url.split(':')[0]}: {len(timings)} steps, 0 failures, "
          f"slowest {max(timings):.2f} s")  # fmt: skip
