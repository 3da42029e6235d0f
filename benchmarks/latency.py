"""Cold-start latency: what a reviewer or an upload hook waits for on a single small file.

    .venv/bin/python benchmarks/latency.py [--repeat 7] [--json]

Times, as fresh processes and interleaved (the median of ``--repeat`` runs of each):

- the floor: ``python -c "import presidio_analyzer, pymupdf, docx"`` (the libraries a review
  cannot do without);
- ``baomi --help``;
- ``baomi review ONE_PAGE.docx --out TMP --json`` (``BAOMI_REGISTER`` pointing at a temporary
  SQLite file, a fresh output folder each time).

Goals (``benchmarks/README.md``): ``--help`` ≤ 0.3 s; a one-page review ≤ 1.5× the floor.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.throughput import BAOMI, baomi_env, make_inputs, measure  # noqa: E402

FLOOR = "import presidio_analyzer, pymupdf, docx"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="baomi-latency-") as tmp:
        work = Path(tmp)
        paths, _ = make_inputs(work / "inputs", 1, ("docx",))
        document = paths["docx"]
        times: dict[str, list[float]] = {"floor": [], "help": [], "review": []}
        peaks: dict[str, list[float]] = {key: [] for key in times}
        failures: list[str] = []
        for round_ in range(args.repeat):
            runs = {
                "floor": measure([sys.executable, "-c", FLOOR]),
                "help": measure([str(BAOMI), "--help"]),
            }
            out = work / f"out-{round_}"
            shutil.rmtree(out, ignore_errors=True)
            runs["review"] = measure(
                [str(BAOMI), "review", str(document), "--out", str(out), "--json"],
                env=baomi_env(work / f"register-{round_}.sqlite"),
            )
            for key, run in runs.items():
                times[key].append(run.seconds)
                peaks[key].append(run.peak_mb)
            if runs["review"].status not in (0, 1):
                failures.append(runs["review"].stderr.strip()[-300:])
        median = {key: statistics.median(values) for key, values in times.items()}
    report = {
        "repeat": args.repeat,
        "seconds": {key: round(value, 3) for key, value in median.items()},
        "min_seconds": {key: round(min(values), 3) for key, values in times.items()},
        "peak_mb": {key: round(max(values), 1) for key, values in peaks.items()},
        "help_goal_s": 0.3,
        "review_ratio_to_floor": round(median["review"] / median["floor"], 2),
        # Each round's review against the same round's floor: steadier on a noisy machine.
        "review_ratio_per_round": round(
            statistics.median(r / f for r, f in zip(times["review"], times["floor"], strict=True)),
            2,
        ),
        "review_goal_ratio": 1.5,
        "failures": failures,
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(f"{'':<22} {'median s':>9} {'min s':>7} {'peak MB':>8}")
    labels = {"floor": "import floor", "help": "baomi --help", "review": "review 1-page DOCX"}
    for key, label in labels.items():
        print(f"{label:<22} {report['seconds'][key]:9.3f} {report['min_seconds'][key]:7.3f} "
              f"{report['peak_mb'][key]:8.1f}")
    print()
    print(f"--help: {report['seconds']['help']:.3f} s (goal ≤ 0.3 s)")
    print(
        f"review / floor: {report['review_ratio_to_floor']:.2f}× of the medians, "
        f"{report['review_ratio_per_round']:.2f}× the median of each round's ratio (goal ≤ 1.5×)"
    )
    for failure in failures:
        print(f"review failed: {failure}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
