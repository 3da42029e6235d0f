"""Pages per second of ``baomi sweep`` on a loopback site, and what it found against what was
planted.

    .venv/bin/python benchmarks/sweep.py [--pages N] [--repo GITDIR] [--jobs N] [--json]

The site is served by ``http.server`` (threads) on 127.0.0.1 from this process. Its article
pages hold text nobody here wrote: the first 3,000 characters of Chinese laws from the
LawRefBook/Laws snapshot (``benchmarks/laws.py`` explains the corpus; without the snapshot
the articles fall back to generated notices and the report says so). Index pages list 25
articles each. Planted in it, every 25th article: a table of three ID numbers, a private
mobile number, or a classification marking (in turn); every 30th article links a PDF or
DOCX attachment holding an ID number.

Three runs, each a whole ``baomi sweep`` process with ``--rate 1000`` (no politeness pause:
what is measured is the sweep, not the delay an office sets) and a fresh register:

- **cold**: crawl and review everything (``--jobs``, default 2);
- **crawl only**: the same crawl in this process (``pipeline.sweep.crawl.Crawler``), no
  review, into a fresh state;
- **resume**: the first run's output folder again: every request is conditional, the server
  answers 304, nothing is reviewed again.

Pages per second counts every item fetched (pages and attachments) over the wall time of the
run. Found vs planted: every planted item must be found (recall), and anything else found on
the laws is listed by type (a false positive the inspector would have to look at).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.fixtures.sweep_site import IDS, MOBILE, Resource, SiteServer, _docx, _pdf, html

DEFAULT_REPO = "/work/.mirror/LawRefBook+Laws/repo"
PER_INDEX = 25


def law_texts(repo: str, count: int) -> tuple[list[tuple[str, str]], str]:
    """(title, text) of ``count`` laws, and where they came from."""
    try:
        from benchmarks.laws import CORPUS, pool
        from benchmarks.snapshot import open_snapshot

        snap = open_snapshot(repo, CORPUS)
        laws = pool(snap)
        chosen = [(law.title, law.text[:3000]) for law in laws[:count]]
        if len(chosen) == count:
            return chosen, f"{CORPUS} @ {snap.commit()[:12]}"
    except (Exception, SystemExit):
        pass
    text = "各科室：\n为做好相关工作，现将有关事项通知如下。\n一、提高认识，加强领导。\n二、落实责任。\n"
    return [(f"关于做好第{i}项工作的通知", text * 20) for i in range(count)], "generated"


def paragraphs(text: str) -> str:
    return "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())


def build(
    count: int, repo: str, laws: list[tuple[str, str]] | None = None, origin: str = ""
) -> tuple[dict[str, Resource], set[str], str]:
    """The site: ``count`` article pages (``laws``, or the first ``count`` laws of ``repo``),
    index pages, and the planted items' paths."""
    if laws is None:
        laws, origin = law_texts(repo, count)
    site: dict[str, Resource] = {"/robots.txt": Resource(b"User-agent: *\nAllow: /\n", "text/plain")}
    planted: set[str] = set()
    for i, (title, text) in enumerate(laws):
        date = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
        extra = ""
        if i % 25 == 7:
            kind = (i // 25) % 3
            if kind == 0:
                rows = "".join(f"<tr><td>{n}</td><td>500元</td></tr>" for n in IDS[:3])
                extra = f"<table><tr><th>公民身份号码</th><th>金额</th></tr>{rows}</table>"
            elif kind == 1:
                extra = f"<p>信访人联系电话：{MOBILE}</p>"
            else:
                text = "秘密★5年\n" + text
            planted.add(f"/site/art/{i}.html")
        if i % 30 == 11:
            path = f"/site/files/{i}.{'pdf' if i % 60 == 11 else 'docx'}"
            lines = ["关于申请人信息的说明", f"公民身份号码：{IDS[4]}"]
            body = _pdf(lines) if path.endswith(".pdf") else _docx(lines)
            kind_type = "application/pdf" if path.endswith(".pdf") else "application/msword"
            site[path] = Resource(body, kind_type)
            extra += f"<p><a href='{path}'>附件</a></p>"
            planted.add(path)
        site[f"/site/art/{i}.html"] = Resource(html(title, paragraphs(text) + extra, date=date))
    pages = (count + PER_INDEX - 1) // PER_INDEX
    for p in range(pages):
        links = "".join(
            f"<li><a href='art/{i}.html'>{laws[i][0]}</a></li>"
            for i in range(p * PER_INDEX, min((p + 1) * PER_INDEX, count))
        )
        nav = f"<a href='list_{p + 1}.html'>下一页</a>" if p + 1 < pages else ""
        name = "index.html" if p == 0 else f"list_{p}.html"
        site[f"/site/{name}"] = Resource(html("信息公开目录", f"<ul>{links}</ul>{nav}", meta=False))
    return site, planted, origin


def run_sweep(url: str, out: Path, jobs: int, register: Path) -> tuple[float, dict[str, Any]]:
    env = {**os.environ, "BAOMI_REGISTER": str(register)}
    exe = Path(sys.executable).with_name("baomi")
    began = time.perf_counter()
    done = subprocess.run(
        [str(exe), "sweep", url, "--out", str(out), "--json", "--rate", "1000",
         "--jobs", str(jobs), "--timeout", "30"],
        capture_output=True, text=True, env=env, check=False,
    )  # fmt: skip
    elapsed = time.perf_counter() - began
    if done.returncode not in (0, 1):
        raise SystemExit(f"sweep failed ({done.returncode}): {done.stderr[-400:]}")
    return elapsed, json.loads(done.stdout)


def crawl_only(url: str, out: Path) -> tuple[float, int]:
    from pipeline.sweep.crawl import Budget, Crawler
    from pipeline.sweep.state import SweepState

    state = SweepState(out, "bench")
    began = time.perf_counter()
    result = Crawler(url, out, state, Budget(interval=0.001)).run()
    return time.perf_counter() - began, sum(1 for i in result.items if i.file)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--repo", default=DEFAULT_REPO)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    from urllib.parse import urlsplit

    site, planted, origin = build(args.pages, args.repo)
    with tempfile.TemporaryDirectory(prefix="baomi-bench-sweep-") as work, SiteServer(site) as server:
        root = Path(work)
        url = f"{server.base}/site/index.html"
        cold_s, cold = run_sweep(url, root / "out", args.jobs, root / "r.sqlite3")
        crawl_s, crawled = crawl_only(url, root / "crawl")
        server.hits.clear()
        resume_s, resume = run_sweep(url, root / "out", args.jobs, root / "r.sqlite3")
        not_modified = sum(1 for h in server.hits if h.status == 304)
    found = {urlsplit(f["address"]).path: f for f in cold["found"]}
    items = cold["summary"]["fetched"]
    report = {
        "corpus": origin,
        "pages": args.pages,
        "items_fetched": items,
        "jobs": args.jobs,
        "cold_seconds": round(cold_s, 2),
        "cold_items_per_second": round(items / cold_s, 1),
        "crawl_only_seconds": round(crawl_s, 2),
        "crawl_only_items_per_second": round(crawled / crawl_s, 1),
        "resume_seconds": round(resume_s, 2),
        "resume_items_per_second": round(resume["summary"]["requests"] / resume_s, 1),
        "resume_not_modified": not_modified,
        "resume_reviewed_again": resume["summary"]["reviewed_now"],
        "planted": len(planted),
        "found_planted": len(planted & set(found)),
        "missed": sorted(planted - set(found)),
        "other_findings": {
            path: f["entities"] for path, f in sorted(found.items()) if path not in planted
        },
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return
    print(f"corpus: {origin}; {args.pages} article pages, {items} items fetched, --jobs {args.jobs}")
    print(f"cold (crawl + review): {cold_s:.1f} s, {report['cold_items_per_second']} items/s")
    print(f"crawl only:            {crawl_s:.1f} s, {report['crawl_only_items_per_second']} items/s")
    print(
        f"resume (all 304):      {resume_s:.1f} s, {report['resume_items_per_second']} requests/s, "
        f"{not_modified} not modified, {report['resume_reviewed_again']} reviewed again"
    )
    print(f"planted {len(planted)}, found {report['found_planted']}, missed {report['missed']}")
    print(f"other findings: {len(report['other_findings'])}")
    for path, entities in report["other_findings"].items():
        print(f"  {path}: {entities}")


if __name__ == "__main__":
    main()
