"""One process of the concurrency test (``tests/test_register_concurrency.py``), run as a
script: it loads everything first, waits for the start signal so that all processes reach
the register at the same moment, reviews its document into a new register, waits until the
office's people are registered, then takes its workflow steps at the same moment as the
others. It writes what happened (exit codes, output, any traceback) to ``report-N.json``.

    python tests/register_worker.py WORKDIR N REGISTER_URL
"""

from __future__ import annotations

import json
import sys
import time
import traceback
from pathlib import Path


def wait_for(path: Path, limit: float = 300) -> None:
    deadline = time.monotonic() + limit
    while not path.exists():
        if time.monotonic() > deadline:
            raise TimeoutError(str(path))
        time.sleep(0.005)


def main() -> None:
    work, number, url = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    plan = json.loads((work / "plan.json").read_text(encoding="utf-8"))[number]
    steps: list[dict] = []
    try:
        from click.testing import CliRunner

        import pipeline.runner  # noqa: F401  (loaded before the start signal)
        import stages.detect  # noqa: F401
        from pipeline.cli import main as baomi

        def run(args: list[str], env: dict[str, str] | None = None) -> dict:
            started = time.monotonic()
            result = CliRunner(env=env).invoke(baomi, [*args, "--register", url])
            step = {
                "args": args[:2],
                "exit": result.exit_code,
                "stdout": result.stdout,
                "stderr": result.stderr,
                "seconds": round(time.monotonic() - started, 3),
                "error": (
                    "".join(traceback.format_exception(result.exception))
                    if result.exception and not isinstance(result.exception, SystemExit)
                    else None
                ),
            }
            steps.append(step)
            return step

        (work / f"ready-{number}").touch()
        wait_for(work / "start")
        review = run(
            ["review", plan["document"], "--out", str(work / f"out-{number}"), "--json",
             "--jobs", "1"]
        )  # fmt: skip
        case = json.loads(review["stdout"])["documents"][0]["case_id"]
        (work / f"reviewed-{number}").write_text(str(case), encoding="utf-8")
        wait_for(work / "go")
        for step in plan["steps"]:
            args = [a.replace("{case}", str(case)) for a in step["args"]]
            run(args, env={"BAOMI_USER": step["as"], "BAOMI_TOKEN": step["token"]})
    except BaseException:
        steps.append({"exit": -1, "error": traceback.format_exc()})
    report = {"number": number, "steps": steps}
    (work / f"report-{number}.json").write_text(json.dumps(report, ensure_ascii=False), "utf-8")


if __name__ == "__main__":
    main()
