"""``baomi sweep SOURCE... --out DIR``: the self-inspection of what is already published (自查),
over a mirror folder or a crawl from a start URL, with the inspector's report; ``baomi
recheck``: the register's cases whose situation changed (复查); ``baomi third-party-consent``:
record a third party's consent to disclosure. Thin over ``pipeline.sweep``. Only click is
imported at module level, so ``baomi --help`` stays fast."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from pipeline.cli.common import fail_usage, load_config_or_exit
from pipeline.cli.context import ACTOR, Context, guarded, workflow_options
from pipeline.cli.options import (
    config_option,
    jobs_option,
    lang_option,
    password_option,
    register_option,
    terms_option,
)


def _date(value: str | None) -> str | None:
    import datetime

    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(value) from None


@click.command()
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("baomi-sweep"),
    show_default=True,
    help="输出目录（报告、下载的文件、续查状态）/ output folder (reports, downloads, resume state)",
)
@click.option(
    "--since", help="只审查此日期（YYYY-MM-DD）以后发布的 / only items published since DATE"
)
@click.option(
    "--fail-on",
    type=click.Choice(["redact", "review", "any"]),
    default="redact",
    show_default=True,
    help="报告哪些发现，同 check / what counts as found, as for check",
)
@jobs_option
@click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="执行方式 / run the reviews on local processes or a Dask cluster",
)
@click.option("--scheduler", envvar="BAOMI_SCHEDULER", help="Dask 调度器地址 / tcp://HOST:PORT")
@click.option("--max-pages", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="最多请求数（网页和附件）/ at most this many requests (pages and attachments)")  # fmt: skip
@click.option("--max-bytes", type=click.IntRange(min=1), default=2 << 30, show_default=True,
              help="最多下载字节数 / at most this many bytes downloaded in all")  # fmt: skip
@click.option("--max-file-bytes", type=click.IntRange(min=1), default=100 << 20,
              show_default=True, help="单个文件上限 / size limit per file")  # fmt: skip
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="每个请求的时限（秒）/ time limit per request, seconds")  # fmt: skip
@click.option("--rate", type=click.FloatRange(min=0.01), default=2.0, show_default=True,
              help="每秒最多请求数 / at most this many requests per second")  # fmt: skip
@click.option("--takedown-list", "takedown", type=click.Path(path_type=Path, dir_okay=False),
              help="写出应撤下的网址或路径 / write the URLs or paths to withdraw")  # fmt: skip
@click.option("--open-cases", is_flag=True,
              help="为发现问题的条目登记案卷 / open register cases for the items found")  # fmt: skip
@register_option
@ACTOR
@click.option("--force", is_flag=True, help="重新审查未变化的条目 / review unchanged items again")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON 摘要 / print a JSON summary")
@click.option("--verbose", "-v", is_flag=True, help="显示每个请求 / print each request on stderr")
@terms_option
@config_option
@lang_option
@password_option
def sweep(
    sources: tuple[str, ...],
    out_dir: Path,
    since: str | None,
    fail_on: str,
    jobs: int | None,
    executor: str,
    scheduler: str | None,
    max_pages: int,
    max_bytes: int,
    max_file_bytes: int,
    timeout: float,
    rate: float,
    takedown: Path | None,
    open_cases: bool,
    register_url: str | None,
    actor_name: str | None,
    force: bool,
    as_json: bool,
    verbose: bool,
    terms_files: tuple[Path, ...],
    config_file: Path | None,
    lang: str,
    password: str | None,
) -> None:
    """自查已公开信息：网站镜像目录或站点网址 / self-inspection of published information.

    SOURCE is a folder mirroring the website's files, or a start URL of a site the office
    runs (crawled within its host and path, politely). Exit status: 0 nothing found; 1
    something that should not be public was found; 2 the sweep is incomplete (an item could
    not be fetched or reviewed, a budget or robots.txt left URLs unvisited) or a usage error.
    """
    from pipeline.batch.logs import configure_logging
    from pipeline.batch.tasks import BatchError, default_jobs
    from pipeline.errors import BaomiError
    from pipeline.messages import message
    from pipeline.sweep.crawl import Budget
    from pipeline.sweep.service import SweepOptions, run_sweep

    try:
        since = _date(since)
    except click.BadParameter:
        fail_usage(message("bad_date", lang, value=since))
    if jobs is not None and executor == "dask":
        fail_usage(message("sweep_jobs_and_dask", lang))
    config = load_config_or_exit(config_file, terms_files, lang)
    config.password = password or None
    configure_logging()
    client = None
    if executor == "dask":
        from pipeline.batch.dask_executor import connect_dask

        if not scheduler:
            fail_usage(message("dask_needs_scheduler", lang))
        try:
            client = connect_dask(scheduler)
        except BatchError as exc:
            fail_usage(exc.render(lang))
        out_dir = out_dir.resolve()
    register = submitter = None
    if open_cases:
        # The cases are submitted by the acting user (--as), the user of this login, or
        # else the login name, as for ``baomi review``.
        import os

        from pipeline.cli.context import TOKEN_ENV
        from pipeline.service import people
        from pipeline.workflow.register import open_register, resolve_url

        try:
            register = open_register(resolve_url(register_url, config.register_url))
        except BaomiError as exc:
            fail_usage(exc.render(lang))
        submitted = people.submitter(register, actor_name, os.environ.get(TOKEN_ENV) or None)
        if not submitted.ok:
            register.close()
            fail_usage(submitted.render(lang))
        submitter = submitted.value
    options = SweepOptions(
        sources=list(sources),
        out_dir=out_dir,
        since=since,
        fail_on=fail_on,
        budget=Budget(
            max_pages=max_pages,
            max_bytes=max_bytes,
            max_file_bytes=max_file_bytes,
            timeout=timeout,
            interval=1.0 / rate,
        ),
        workers=jobs or default_jobs(),
        executor=executor,
        client=client,
        force=force,
        lang=lang,
        takedown=takedown,
        open_cases=open_cases,
        register=register,
        submitter=submitter,
        progress=(lambda line: click.echo(line, err=True)) if verbose else None,
    )
    try:
        outcome = run_sweep(config, options)
    except BaomiError as exc:
        fail_usage(exc.render(lang))
    except OSError as exc:
        fail_usage(message("write_failed", lang, reason=exc.strerror or type(exc).__name__))
    finally:
        if register is not None:
            register.close()
        if client is not None:
            client.close()
    _print(outcome, lang, as_json)
    sys.exit(outcome.exit_code)


def _print(outcome, lang: str, as_json: bool) -> None:  # type: ignore[no-untyped-def]
    from pipeline.messages import message

    data = outcome.data
    if as_json:
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        for entry in data["found"]:
            click.echo(
                message(
                    "sweep_line",
                    lang,
                    urgency=message(f"urgency_{entry['urgency']}", lang),
                    address=entry["address"],
                    found=entry["description"],
                )
            )
        for entry in data["not_reviewed"]:
            click.echo(
                message(
                    "sweep_unchecked_line", lang, address=entry["address"], reason=entry["message"]
                ),
                err=True,
            )
    for address, error in outcome.case_errors:
        click.echo(message("error_line", lang, name=address, reason=error), err=True)
    if outcome.cases:
        cases = ", ".join(case for _, case in outcome.cases)
        line = message("sweep_cases_opened", lang, count=len(outcome.cases), cases=cases)
        click.echo(line, err=as_json)
    if outcome.takedown is not None:
        click.echo(
            message(
                "sweep_takedown", lang, path=str(outcome.takedown), count=outcome.takedown_count
            ),
            err=as_json,
        )
    summary = data["summary"]
    click.echo(
        message(
            "sweep_total",
            lang,
            items=summary["reviewed"],
            found=summary["found"],
            unchecked=summary["not_reviewed"],
            broken=summary["broken_links"],
            report=str(outcome.reports.get("html", "")),
        ),
        err=as_json,
    )


@click.command("recheck")
@click.option("--today", "today_text", help="按此日期复查（YYYY-MM-DD）/ re-check as of DATE")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON / print JSON")
@jobs_option
@workflow_options
@guarded
def recheck_command(ctx: Context, today_text: str | None, as_json: bool, jobs: int | None) -> int:
    """复查：列出情况已变化的案卷 / list register cases whose situation changed.

    Exit status: 0 nothing changed; 1 at least one case to look at again; 2 a usage error.
    """
    import datetime

    from pipeline.cli.context import STATUS_LABELS, label_of, parse_date
    from pipeline.messages import message
    from pipeline.sweep.recheck import recheck

    today = parse_date(today_text, ctx.lang) or datetime.date.today()
    count, changes = recheck(ctx.register, today=today, workers=jobs or 1, lang=ctx.lang)
    for change in changes:
        if "status" in change.params:
            change.params["status"] = label_of(STATUS_LABELS, change.params["status"], ctx.lang)
    if as_json:
        click.echo(
            json.dumps(
                {
                    "cases": count,
                    "changes": [
                        {**c.as_dict(), "message": message(c.key, ctx.lang, **c.params)}
                        for c in changes
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for change in changes:
            ctx.say(
                "recheck_line",
                case=change.case_id,
                name=change.name,
                why=message(change.key, ctx.lang, **change.params),
            )
        ctx.say("recheck_total", cases=count, listed=len({c.case_id for c in changes}))
    return 1 if changes else 0


@click.command("third-party-consent")
@click.argument("case_id")
@click.option("--party", required=True, help="同意公开的第三方 / the consenting third party")
@click.option(
    "--finding",
    "findings",
    multiple=True,
    help="所涉审查项（默认：全部删除的商业秘密和个人隐私）/ findings covered (default: all "
    "redacted trade secrets and personal data)",
)
@ACTOR
@workflow_options
@guarded
def third_party_command(
    ctx: Context, case_id: str, party: str, findings: tuple[str, ...], actor_name: str | None
) -> int:
    """登记第三方同意公开 / record a third party's consent to disclosure."""
    from pipeline.service import steps

    actor = ctx.actor(actor_name)
    outcome = steps.third_party_consent(
        ctx.register, actor, case_id, party=party, findings=list(findings)
    )
    return ctx.finish(outcome)


COMMANDS = (sweep, recheck_command, third_party_command)
