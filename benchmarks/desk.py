"""How fast the web desk's case page opens on a large case: a 50-page PDF reply document (the
throughput benchmark's generator, five personal items a page) uploaded through the desk
itself, so its review holds about 200 findings, then the case page asked for again and again.

Three figures, each the median of ``--repeat`` runs:

* **server, warm**: the whole HTML of ``/case/<id>`` from the running desk (its document view
  in memory), measured around Flask's test client;
* **server, view from disk**: the same on a freshly started desk (the view read back from the
  desk's data folder, as after a restart);
* **browser**: a real headless chromium (Debian's, through Playwright) signed in as the
  reviewer, from ``page.goto`` to the ``load`` event, with the number of page images it asked
  for by then: pages are rendered one at a time as they scroll into view, so a case page
  never waits for 50 page images.

The machine these run on is shared, so wall times say more about its load than about the
desk: every figure also comes with **CPU time**, which the load does not inflate as much —
the server's (the CPU time of the thread that answered each request, measured around the
application as a WSGI middleware, so the case page's HTML and each page image are counted
apart) and chromium's (user + system time of every chromium process the benchmark started,
read from ``/proc``, for each open of the case page).

Goal: the case page opens in ≤ 0.5 s (browser figure). Run from the repository root:
``.venv/bin/python benchmarks/desk.py [--repeat 7] [--pages 50] [--json]``.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.throughput import build_pages, write_pdf

PEOPLE = {"管理员": ("admin",), "赵科员": ("drafter",), "王处长": ("reviewer",)}
CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def password(name: str) -> str:
    return f"bench-{name}-pw"


def add_people(url: str) -> None:
    from pipeline.service import people
    from pipeline.service.outcome import NOBODY, Actor
    from pipeline.workflow.register import open_register

    handle = open_register(url)
    try:
        for name, roles in PEOPLE.items():
            actor = NOBODY if people.first_user_needed(handle) else Actor("管理员")
            outcome = people.add_user(handle, actor, name, roles=roles, password=password(name))
            if not outcome.ok:
                raise SystemExit(outcome.render("en"))
    finally:
        handle.close()


def token(html: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    if not match:
        raise SystemExit("no CSRF token on the page")
    return match.group(1)


def signed_in(app: Any, name: str) -> Any:
    client = app.test_client()
    csrf = token(client.get("/login").get_data(as_text=True))
    response = client.post("/login", data={"user": name, "password": password(name), "csrf": csrf})
    if response.status_code != 302:
        raise SystemExit(f"sign-in refused for {name}")
    return client


def upload(app: Any, document: Path) -> tuple[str, float]:
    client = signed_in(app, "赵科员")
    csrf = token(client.get("/work").get_data(as_text=True))
    started = time.perf_counter()
    with document.open("rb") as handle:
        response = client.post(
            "/upload",
            data={"csrf": csrf, "document": (handle, document.name)},
            content_type="multipart/form-data",
        )
    elapsed = time.perf_counter() - started
    if response.status_code != 302:
        raise SystemExit(f"upload failed: {response.status_code}")
    return response.headers["Location"].rsplit("/", 1)[-1], elapsed


class CpuMeter:
    """WSGI middleware: the CPU time (``time.thread_time``: the answering thread's user +
    system time) and wall time of each request, by path, until the body is sent."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.seen: list[tuple[str, float, float]] = []
        self._lock = threading.Lock()

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        cpu, wall = time.thread_time(), time.perf_counter()
        body = b"".join(self.app(environ, start_response))
        spent = (environ.get("PATH_INFO", ""), time.thread_time() - cpu, time.perf_counter() - wall)
        with self._lock:
            self.seen.append(spent)
        return [body]

    def take(self) -> list[tuple[str, float, float]]:
        with self._lock:
            seen, self.seen = self.seen, []
        return seen


def chromium_cpu() -> float:
    """User + system seconds of every chromium process below this one (from ``/proc``;
    0 where there is none)."""
    import os

    me = os.getpid()
    parents: dict[int, int] = {}
    times: dict[int, float] = {}
    names: dict[int, str] = {}
    tick = os.sysconf("SC_CLK_TCK")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as handle:
                stat = handle.read()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2 :].split()
        pid = int(entry)
        parents[pid] = int(fields[1])
        times[pid] = (int(fields[11]) + int(fields[12])) / tick
        names[pid] = name
    total = 0.0
    for pid, name in names.items():
        if "chrom" not in name:
            continue
        up, hops = parents.get(pid, 0), 0
        while up not in (0, 1, me) and hops < 64:
            up, hops = parents.get(up, 0), hops + 1
        if up == me:
            total += times[pid]
    return total


def time_page(client: Any, case: str, repeat: int) -> tuple[list[float], list[float], str]:
    """Wall and CPU seconds of each ``GET /case/<id>`` through the test client (it runs the
    application in this thread, so ``time.thread_time`` is the server's CPU time)."""
    times, cpu, html = [], [], ""
    for _ in range(repeat):
        started, used = time.perf_counter(), time.thread_time()
        response = client.get(f"/case/{case}")
        html = response.get_data(as_text=True)
        times.append(time.perf_counter() - started)
        cpu.append(time.thread_time() - used)
        if response.status_code != 200:
            raise SystemExit(f"case page: {response.status_code}")
    return times, cpu, html


def browser_times(app: Any, case: str, repeat: int) -> dict[str, Any] | None:
    if not Path(CHROMIUM).exists():
        return None
    import waitress
    from playwright.sync_api import sync_playwright

    meter = CpuMeter(app)
    server = waitress.create_server(meter, host="127.0.0.1", port=0, threads=4, ident="baomi")
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.effective_port}"
    loads: list[float] = []
    ready: list[float] = []
    phases: list[list[float]] = []
    images: list[int] = []
    html_cpu: list[float] = []
    images_cpu: list[float] = []
    browser_cpu: list[float] = []
    images_shown: list[float] = []
    marks = 0
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
            context = browser.new_context(viewport={"width": 1400, "height": 1000})
            page = context.new_page()
            page.goto(base + "/login")
            page.fill("#user", "王处长")
            page.fill("#password", password("王处长"))
            page.click("#sign-in")
            page.wait_for_url(re.compile(r"/work$"))
            asked: list[str] = []
            page.on("request", lambda request: asked.append(request.url))
            floor: list[float] = []
            floor_cpu: list[float] = []
            for _ in range(repeat):
                # The floor: the desk's smallest page (My work, empty for the reviewer) in the
                # same browser on the same machine at the same moment.
                used = chromium_cpu()
                started = time.perf_counter()
                page.goto(f"{base}/work", wait_until="load")
                floor.append(time.perf_counter() - started)
                floor_cpu.append(chromium_cpu() - used)
            for _ in range(repeat + 1):
                asked.clear()
                meter.take()
                used = chromium_cpu()
                started = time.perf_counter()
                page.goto(f"{base}/case/{case}", wait_until="load")
                loads.append(time.perf_counter() - started)
                browser_cpu.append(chromium_cpu() - used)
                images.append(sum("/page/" in u for u in asked))
                # The first page image on screen (its response's end, from the start of the
                # navigation): pages come after the page has opened, not before.
                images_shown.append(
                    page.evaluate(
                        "(() => new Promise(done => { const img = document.querySelector("
                        "'figure.page img'); const at = () => { const e = performance"
                        ".getEntriesByType('resource').find(r => r.name.includes('/page/'));"
                        " done(e ? e.responseEnd : -1); }; if (!img) return done(-1);"
                        " if (img.complete && img.naturalWidth) return at();"
                        " img.addEventListener('load', at); img.addEventListener('error',"
                        " () => done(-1)); }))()"
                    )
                    / 1000
                )
                seen = meter.take()
                html_cpu.append(sum(c for p, c, _ in seen if p == f"/case/{case}"))
                images_cpu.append(sum(c for p, c, _ in seen if "/page/" in p))
                timing = page.evaluate(
                    "(() => { const n = performance.getEntriesByType('navigation')[0];"
                    " const p = performance.getEntriesByName('first-contentful-paint')[0];"
                    " return [n.responseStart, n.responseEnd, n.domInteractive,"
                    " n.domContentLoadedEventEnd, p ? p.startTime : -1]; })()"
                )
                ready.append(timing[3] / 1000)
                phases.append(timing)
            marks = page.locator("figure.page a.mark").count()
            # Everything the page adds after it has opened (the later findings), and when.
            every = page.evaluate(
                "(() => new Promise(done => { const want = document.querySelectorAll("
                "'#finding-list li.finding, #finding-list template').length; const check = () =>"
                " document.querySelector('#finding-list > template') ? setTimeout(check, 20) :"
                " done([performance.now(), document.querySelectorAll('li.finding').length]);"
                " check(); }))()"
            )
            browser.close()
    finally:
        server.close()
        thread.join(timeout=5)
    # The first open renders the visible pages; later ones find them rendered.
    return {
        "floor_s": floor,
        "floor_cpu_s": floor_cpu,
        "first_load_s": loads[0],
        "first_ready_s": ready[0],
        "load_s": loads[1:],
        "ready_s": ready[1:],
        "page_images_at_load": images,
        "marks": marks,
        "first_image_shown_s": images_shown,
        "all_findings_listed_s": every[0] / 1000,
        "findings_listed": every[1],
        "server_html_cpu_s": html_cpu,
        "server_images_cpu_s": images_cpu,
        "chromium_cpu_s": browser_cpu,
        # responseStart, responseEnd, domInteractive, domContentLoadedEventEnd and the
        # first contentful paint (ms from the start of the navigation)
        "phases_ms": phases,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--keep", type=Path, help="keep the desk's data folder here")
    options = parser.parse_args(argv)

    from pipeline.config import Config
    from pipeline.web import create_app
    from pipeline.workflow.register import open_register

    work = Path(options.keep or tempfile.mkdtemp(prefix="baomi-bench-desk-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        document = work / "答复书.pdf"
        write_pdf(build_pages(options.pages), document)
        url = f"sqlite:///{work / 'register.sqlite3'}"
        add_people(url)
        register = open_register(url)
        try:
            app = create_app(register, Config(), work / "desk")
            case, upload_s = upload(app, document)
            reviewer = signed_in(app, "王处长")
            warm, warm_cpu, html = time_page(reviewer, case, options.repeat)
            findings = html.count('class="finding ')
            imgs = html.count("<img ")
            lazy = html.count('loading="lazy"')
            cold, cold_cpu = [], []
            for _ in range(options.repeat):
                fresh = create_app(register, Config(), work / "desk")
                times, used, _ = time_page(signed_in(fresh, "王处长"), case, 1)
                cold.extend(times)
                cold_cpu.extend(used)
            browser = browser_times(app, case, options.repeat)
        finally:
            register.close()
    finally:
        if options.keep is None:
            shutil.rmtree(work, ignore_errors=True)

    import os

    report: dict[str, Any] = {
        # The machine is shared: its load says how far the figures are from an idle one.
        "load_average": round(os.getloadavg()[0], 1),
        "pages": options.pages,
        "findings": findings,
        "page_images_in_html": imgs,
        "lazy_images": lazy,
        "html_bytes": len(html.encode()),
        "upload_and_review_s": round(upload_s, 2),
        "server_warm_s": round(statistics.median(warm), 3),
        "server_view_from_disk_s": round(statistics.median(cold), 3),
        "server_warm_cpu_s": round(statistics.median(warm_cpu), 3),
        "server_view_from_disk_cpu_s": round(statistics.median(cold_cpu), 3),
        "dom_elements": html.count("<") - html.count("</"),
    }
    if browser is not None:
        report["browser_floor_s"] = round(statistics.median(browser["floor_s"]), 3)
        report["browser_first_ready_s"] = round(browser["first_ready_s"], 3)
        report["browser_first_load_s"] = round(browser["first_load_s"], 3)
        report["browser_ready_s"] = round(statistics.median(browser["ready_s"]), 3)
        report["browser_load_s"] = round(statistics.median(browser["load_s"]), 3)
        report["browser_load_max_s"] = round(max(browser["load_s"]), 3)
        report["page_images_at_load"] = max(browser["page_images_at_load"])
        report["marks"] = browser["marks"]
        report["browser_first_image_shown_s"] = round(
            statistics.median(browser["first_image_shown_s"][1:]), 3
        )
        report["server_cpu_first_open_s"] = round(
            browser["server_html_cpu_s"][0] + browser["server_images_cpu_s"][0], 3
        )
        report["server_html_cpu_again_s"] = round(
            statistics.median(browser["server_html_cpu_s"][1:]), 3
        )
        report["server_images_cpu_again_s"] = round(
            statistics.median(browser["server_images_cpu_s"][1:]), 3
        )
        report["chromium_cpu_first_open_s"] = round(browser["chromium_cpu_s"][0], 3)
        report["chromium_cpu_again_s"] = round(statistics.median(browser["chromium_cpu_s"][1:]), 3)
        report["browser_all_findings_listed_s"] = round(browser["all_findings_listed_s"], 3)
        report["findings_listed"] = browser["findings_listed"]
        report["chromium_cpu_floor_s"] = round(statistics.median(browser["floor_cpu_s"]), 3)
        phases = browser["phases_ms"][1:]
        report["browser_phases_ms"] = {
            name: round(statistics.median(p[i] for p in phases))
            for i, name in enumerate(("first_byte", "last_byte", "parsed", "ready", "first_paint"))
        }
    if options.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(f"{options.pages}-page PDF, {findings} findings, upload and review {upload_s:.1f} s")
    print(f"load average {report['load_average']} (2 cores)")
    print(f"HTML {report['html_bytes']:,} bytes, {imgs} page images ({lazy} lazy)")
    print(f"HTML elements (tags opened): {report['dom_elements']:,}")
    print(
        f"case page, server (warm):           {report['server_warm_s'] * 1000:7.0f} ms, "
        f"CPU {report['server_warm_cpu_s'] * 1000:5.0f} ms"
    )
    print(
        f"case page, server (view from disk): {report['server_view_from_disk_s'] * 1000:7.0f} ms, "
        f"CPU {report['server_view_from_disk_cpu_s'] * 1000:5.0f} ms"
    )
    if browser is not None:
        ms = {
            k: f"{v * 1000:7.0f} ms"
            for k, v in report.items()
            if k.startswith("browser_") and not isinstance(v, dict)
        }
        print(
            f"chromium, first open: ready {ms['browser_first_ready_s']}, load "
            f"{ms['browser_first_load_s']} (the visible pages rendered)"
        )
        print(
            f"chromium, again:      ready {ms['browser_ready_s']}, load {ms['browser_load_s']} "
            f"(max {ms['browser_load_max_s'].strip()})"
        )
        print(f"chromium, floor (My work, a small page): load {ms['browser_floor_s']}")
        phases = report["browser_phases_ms"]
        print(
            "chromium, again, ms from the start: first byte {first_byte}, first paint "
            "{first_paint}, parsed {parsed}, ready {ready}".format(**phases)
        )
        print(
            f"{report['page_images_at_load']} of {imgs} page images asked for by the load "
            f"event, {report['marks']} marks placed; the first page image shown at "
            f"{report['browser_first_image_shown_s'] * 1000:.0f} ms"
        )
        print(
            f"all {report['findings_listed']} findings in the list "
            f"{report['browser_all_findings_listed_s'] * 1000:.0f} ms after the navigation began "
            "(the first 40 come with the page, the rest in chunks after it has opened)"
        )
        print(
            "CPU: server {a:.0f} ms on the first open (HTML and the pages rendered), then "
            "{b:.0f} ms HTML + {c:.0f} ms page images; chromium {d:.0f} ms first, {e:.0f} ms "
            "again ({f:.0f} ms for My work)".format(
                a=report["server_cpu_first_open_s"] * 1000,
                b=report["server_html_cpu_again_s"] * 1000,
                c=report["server_images_cpu_again_s"] * 1000,
                d=report["chromium_cpu_first_open_s"] * 1000,
                e=report["chromium_cpu_again_s"] * 1000,
                f=report["chromium_cpu_floor_s"] * 1000,
            )
        )
    else:
        print("chromium not installed: no browser figure")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
