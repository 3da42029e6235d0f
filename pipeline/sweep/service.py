"""A sweep from sources to report, for the command line (``baomi sweep``): gather the items
of each source (a mirror folder or a start URL), review them, write the report, the JSON
summary and the takedown list, open cases, and decide the exit status.

Exit status, as ``baomi check``: 0 nothing found; 1 something that should not be public was
found; 2 the sweep is incomplete: an item could not be fetched or reviewed, or a budget or
robots.txt left URLs unvisited (what was found is reported all the same). A broken link
(404, 410) publishes nothing and does not count; an item older than ``--since`` is left out
on purpose and is listed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.config import Config
from pipeline.errors import BaomiError
from pipeline.sweep import items
from pipeline.sweep.crawl import Budget, Crawler, normalize
from pipeline.sweep.items import Item
from pipeline.sweep.report import SweepStats

EXIT_CLEAN, EXIT_FOUND, EXIT_INCOMPLETE = 0, 1, 2


class SweepError(BaomiError):
    """A source that is neither a folder nor an http(s) URL: a usage error."""


@dataclass(slots=True)
class SweepOptions:
    sources: list[str]
    out_dir: Path
    since: str | None = None
    fail_on: str = "redact"
    budget: Budget = field(default_factory=Budget)
    workers: int = 1
    executor: str = "local"
    client: Any = None
    force: bool = False
    lang: str = "zh"
    takedown: Path | None = None
    open_cases: bool = False
    register: Any = None
    submitter: Any = None  # who opens the cases (a service ``Actor``; None: the login name)
    progress: Callable[[str], None] | None = None  # a line per request (crawls)
    on_done: Callable[[Any], None] | None = None  # each reviewed item (batch outcome)


@dataclass(slots=True)
class SweepOutcome:
    items: list[Item]
    stats: SweepStats
    reports: dict[str, Path]
    data: dict[str, Any]
    exit_code: int
    takedown: Path | None = None
    takedown_count: int = 0
    cases: list[tuple[str, str]] = field(default_factory=list)  # (address, case id)
    case_errors: list[tuple[str, str]] = field(default_factory=list)


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def check_sources(sources: list[str]) -> None:
    for source in sources:
        if is_url(source):
            if normalize(source) is None:
                raise SweepError("sweep_bad_source", source=source)
        elif not Path(source).exists():
            raise SweepError("sweep_bad_source", source=source)


def gather(options: SweepOptions, state: Any, stats: SweepStats) -> list[Item]:
    from pipeline.sweep import mirror

    gathered: list[Item] = []
    used = [0, 0]
    for source in options.sources:
        if is_url(source):
            crawler = Crawler(
                source,
                options.out_dir,
                state,
                options.budget,
                since=options.since,
                echo=options.progress,
                used=used,
            )
            result = crawler.run()
            used[0] += result.requests
            used[1] += result.bytes
            stats.requests += result.requests
            stats.bytes += result.bytes
            stats.not_modified += result.not_modified
            for host, count in result.offsite.items():
                stats.offsite[host] = stats.offsite.get(host, 0) + count
            stats.out_of_scope += result.out_of_scope
            stats.robots[crawler.start] = result.robots
            gathered += result.items
            stats.sources.append(crawler.start)
        else:
            path = Path(source)
            if path.is_dir():
                gathered += mirror.walk(
                    path,
                    state,
                    exclude=options.out_dir,
                    since=options.since,
                )
            else:
                gathered += mirror.walk_file(path, state)
            stats.sources.append(str(path))
    return gathered


def exit_status(work: list[Item]) -> int:
    if any(i.status in (items.UNREVIEWABLE, items.FAILED, items.UNVISITED) for i in work):
        return EXIT_INCOMPLETE
    if any(i.status == items.REVIEWED and i.assessment and i.assessment.found for i in work):
        return EXIT_FOUND
    return EXIT_CLEAN


def run_sweep(config: Config, options: SweepOptions) -> SweepOutcome:
    from pipeline.sweep import report
    from pipeline.sweep.review import fingerprint, review_items
    from pipeline.sweep.state import SweepState

    check_sources(options.sources)
    options.out_dir.mkdir(parents=True, exist_ok=True)
    state = SweepState(options.out_dir, fingerprint(config, options.fail_on))
    stats = SweepStats(since=options.since)
    try:
        work = gather(options, state, stats)
        stats.reviewed_now = review_items(
            work,
            config,
            state,
            fail_on=options.fail_on,
            workers=options.workers,
            executor=options.executor,
            client=options.client,
            force=options.force,
            on_done=options.on_done,
        )
    finally:
        state.save()
    code = exit_status(work)
    outcome = SweepOutcome(work, stats, {}, {}, code)
    if options.open_cases and options.register is not None:
        from pipeline.sweep.cases import open_cases

        outcome.cases, outcome.case_errors = open_cases(
            report.found_items(work),
            options.out_dir,
            config,
            options.register,
            options.lang,
            submitter=options.submitter,
        )
    if options.takedown is not None:
        outcome.takedown = options.takedown
        outcome.takedown_count = report.write_takedown(options.takedown, work)
    outcome.data = report.summary_json(work, stats, options.lang, code)
    if outcome.cases:
        by_address = dict(outcome.cases)
        for entry, item in zip(outcome.data["found"], report.found_items(work), strict=True):
            entry["case_id"] = by_address.get(item.address)
    built = report.build(work, stats, options.lang)
    outcome.reports = report.write_reports(options.out_dir, built, outcome.data)
    return outcome
