"""A sweep of many files on the Dask executor: ``baomi sweep MIRROR --executor dask`` over a
mirror folder of 10,000 published pages, as ``baomi review`` runs on a cluster.

    .venv/bin/python benchmarks/sweep_dask.py [--pages 10000] [--chars 1000] [--workers 2]
                                              [--repo GITDIR] [--json]

The mirror is the site of ``benchmarks/sweep.py`` written to a folder (what a publishing system
exports), with ``--pages`` article pages: consecutive ``--chars``-character slices of the
national laws of the LawRefBook/Laws snapshot (``benchmarks/laws.py``; text nobody here wrote),
taken law after law until there are enough; the same planted items (every 25th article an ID
table, a private mobile number or a classification marking, every 30th a PDF or DOCX
attachment with an ID number) and index pages of 25 links.

A ``distributed.LocalCluster`` of ``--workers`` worker processes (one thread each) runs in
this process on 127.0.0.1; two whole ``baomi sweep`` processes use it through
``--scheduler``: **cold** (every item reviewed on the cluster) and **again** (the same output
folder: nothing changed, nothing reviewed again). Reported: items per second over the wall
time of each run, the peak resident memory of the sweep process (the coordinator; the
workers' own memory is Dask's to report), the size of the resume state and the reports, and
found vs planted.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.sweep import DEFAULT_REPO, build
from tests.fixtures.sweep_site import write_mirror


def law_slices(repo: str, count: int, chars: int) -> tuple[list[tuple[str, str]], str]:
    """``count`` (title, text) pairs: slices of ``chars`` characters of the laws, in order."""
    from benchmarks.laws import CORPUS, pool
    from benchmarks.snapshot import open_snapshot

    snap = open_snapshot(repo, CORPUS)
    chosen: list[tuple[str, str]] = []
    for law in pool(snap):
        text = law.text
        for part, start in enumerate(range(0, max(len(text) - chars // 2, 1), chars)):
            chosen.append((f"{law.title}（{part + 1}）", text[start : start + chars]))
            if len(chosen) == count:
                return chosen, f"{CORPUS} @ {snap.commit()[:12]}"
    raise SystemExit(f"the snapshot holds only {len(chosen)} slices of {chars} characters")


def run_sweep(mirror: Path, out: Path, scheduler: str, register: Path) -> dict[str, Any]:
    """One ``baomi sweep`` process: its wall time, peak RSS and JSON summary."""
    exe = Path(sys.executable).with_name("baomi")
    env = {**os.environ, "BAOMI_REGISTER": str(register)}
    stdout = out.parent / f"{out.name}.stdout"
    began = time.perf_counter()
    with stdout.open("w") as sink:
        child = subprocess.Popen(
            [str(exe), "sweep", str(mirror), "--out", str(out), "--json",
             "--executor", "dask", "--scheduler", scheduler],
            stdout=sink, stderr=subprocess.PIPE, env=env, text=True,
        )  # fmt: skip
        _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - began
    code = os.waitstatus_to_exitcode(status)
    child.returncode = code
    if code not in (0, 1):
        err = child.stderr.read() if child.stderr else ""
        raise SystemExit(f"sweep failed ({code}): {err[-600:]}")
    return {
        "seconds": elapsed,
        "peak_rss_mib": usage.ru_maxrss / 1024,
        "exit_code": code,
        "data": json.loads(stdout.read_text(encoding="utf-8")),
    }


def sizes(out: Path) -> dict[str, float]:
    """MiB of each file the sweep left in its output folder (the downloads aside)."""
    return {
        p.name: round(p.stat().st_size / 2**20, 2) for p in sorted(out.iterdir()) if p.is_file()
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--chars", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--repo", default=DEFAULT_REPO)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from distributed import LocalCluster

    laws, origin = law_slices(args.repo, args.pages, args.chars)
    site, planted, _ = build(args.pages, args.repo, laws, origin)
    with (
        tempfile.TemporaryDirectory(prefix="baomi-bench-sweep-dask-") as work,
        LocalCluster(
            n_workers=args.workers,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=":0",
            silence_logs=40,
        ) as cluster,
    ):
        root = Path(work)
        mirror = root / "www"
        write_mirror(site, mirror)
        files = sum(1 for p in mirror.rglob("*") if p.is_file())
        scheduler = cluster.scheduler_address
        cold = run_sweep(mirror, root / "out", scheduler, root / "r.sqlite3")
        again = run_sweep(mirror, root / "out", scheduler, root / "r.sqlite3")
        out_sizes = sizes(root / "out")
    data = cold["data"]
    summary = data["summary"]
    # A mirror's items are addressed by their file's path; the planted ones by the site's.
    found = {"/" + os.path.relpath(f["address"], mirror.resolve()): f for f in data["found"]}
    report = {
        "corpus": origin,
        "files": files,
        "article_pages": args.pages,
        "chars_per_page": args.chars,
        "workers": args.workers,
        "cold_seconds": round(cold["seconds"], 1),
        "cold_items_per_second": round(summary["reviewed_now"] / cold["seconds"], 1),
        "cold_peak_rss_mib": round(cold["peak_rss_mib"]),
        "cold_exit_code": cold["exit_code"],
        "reviewed": summary["reviewed"],
        "reviewed_now": summary["reviewed_now"],
        "not_reviewed": summary["not_reviewed"],
        "again_seconds": round(again["seconds"], 1),
        "again_reviewed_now": again["data"]["summary"]["reviewed_now"],
        "again_same_found": again["data"]["found"] == data["found"],
        "again_peak_rss_mib": round(again["peak_rss_mib"]),
        "output_mib": out_sizes,
        "planted": len(planted),
        "found_planted": len(planted & set(found)),
        "missed": sorted(planted - set(found)),
        "other_findings": len(set(found) - planted),
        "other_items": {p: f["title"] for p, f in sorted(found.items()) if p not in planted},
        "other_by_type": _by_type(f for p, f in found.items() if p not in planted),
        "self_peak_rss_mib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return
    print(f"corpus: {origin}; {files} files ({args.pages} article pages of {args.chars} chars)")
    print(
        f"cold on Dask ({args.workers} workers): {report['cold_seconds']} s, "
        f"{report['cold_items_per_second']} items/s, {report['reviewed_now']} reviewed, "
        f"{report['not_reviewed']} not reviewed, sweep process peak {report['cold_peak_rss_mib']} MiB"
    )
    print(
        f"again: {report['again_seconds']} s, {report['again_reviewed_now']} reviewed again, "
        f"same findings: {report['again_same_found']}"
    )
    print(f"planted {len(planted)}, found {report['found_planted']}, missed {report['missed']}")
    print(f"other findings: {report['other_findings']} {report['other_by_type']}")
    print(f"output (MiB): {out_sizes}")


def _by_type(found: Any) -> dict[str, int]:
    """Items per entity type; an item with none counted by why it was reported (its
    attribute, or content that could not be checked)."""
    counts: dict[str, int] = {}
    for f in found:
        kinds = list(f["entities"]) or [
            "unverifiable" if f.get("unverifiable") else f"attribute {f.get('attribute')}"
        ]
        for kind in kinds:
            counts[kind] = counts.get(kind, 0) + 1
    return dict(sorted(counts.items(), key=lambda kv: -kv[1]))


if __name__ == "__main__":
    main()
