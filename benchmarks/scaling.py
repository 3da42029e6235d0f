"""Scaling: time per page and peak memory of a review from 200 to 2000 pages.

    .venv/bin/python benchmarks/scaling.py [--pages 200,1000,2000] [--formats pdf,docx,txt]
                                           [--json]

Generates the document of ``benchmarks/throughput.py`` at each size and runs, as whole
processes, the PyMuPDF floor (PDF only) and ``baomi review FILE --out TMP --json``. Prints the
wall time per page, the in-process time per page (the record's ``timings_ms``, without the
constant start-up), the peak RSS, and each against the smallest size. Goal
(``benchmarks/README.md``): time per page and peak RSS flat (within ±25 % of the smallest
size's) from 200 to 2000 pages.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.throughput import floor, make_inputs, review  # noqa: E402

STAGES = ("ingest", "detect", "decide", "redact", "verify", "record")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", default="200,1000,2000")
    parser.add_argument("--formats", default="pdf,docx,txt")
    parser.add_argument("--keep", type=Path, help="keep the inputs and outputs here")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    sizes = [int(p) for p in args.pages.split(",") if p]
    formats = tuple(f for f in args.formats.split(",") if f)

    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="baomi-scaling-") as tmp:
        work = args.keep or Path(tmp)
        for pages in sizes:
            folder = work / f"p{pages}"
            paths, _ = make_inputs(folder / "inputs", pages, formats)
            if "pdf" in formats:
                run = floor(paths["pdf"], folder, "0")
                rows.append({"pages": pages, "what": "floor", "seconds": run.seconds,
                             "in_process": run.seconds, "peak_mb": run.peak_mb, "error": None})
            for fmt in formats:
                result = review(paths[fmt], folder, fmt)
                rows.append({
                    "pages": pages,
                    "what": fmt,
                    "seconds": result.run.seconds,
                    "in_process": sum(result.timings.get(s, 0.0) for s in STAGES) / 1000,
                    "stages_s": {s: round(result.timings.get(s, 0.0) / 1000, 2) for s in STAGES},
                    "peak_mb": result.run.peak_mb,
                    "redactions": result.redact,
                    "error": result.error,
                })
                print(f"  {pages} pages {fmt}: {result.run.seconds:.1f} s", file=sys.stderr)
    base = {row["what"]: row for row in rows if row["pages"] == sizes[0]}
    for row in rows:
        first = base[row["what"]]
        row["ms_per_page"] = round(1000 * row["seconds"] / row["pages"], 2)
        row["in_process_ms_per_page"] = round(1000 * row["in_process"] / row["pages"], 2)
        row["per_page_vs_first"] = round(
            (row["in_process"] / row["pages"]) / (first["in_process"] / first["pages"]), 2
        )
        row["peak_vs_first"] = round(row["peak_mb"] / first["peak_mb"], 2)
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    print(f"{'what':<6} {'pages':>6} {'wall s':>8} {'ms/page':>8} {'in-proc ms/page':>16} "
          f"{'×first':>7} {'peak MB':>8} {'×first':>7}")
    for row in rows:
        print(
            f"{row['what']:<6} {row['pages']:6d} {row['seconds']:8.2f} {row['ms_per_page']:8.2f} "
            f"{row['in_process_ms_per_page']:16.2f} {row['per_page_vs_first']:7.2f} "
            f"{row['peak_mb']:8.1f} {row['peak_vs_first']:7.2f}"
        )
        if row.get("stages_s"):
            print("       stages s: " + "  ".join(f"{k} {v}" for k, v in row["stages_s"].items()))
        if row["error"]:
            print(f"       error: {row['error']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
