"""``baomi review PATH... [--out DIR] [--terms FILE] [--names FILE] [--config FILE] [--json] [--lang zh|en]
[--jobs N] [--force] [--executor local|dask] [--scheduler URL]``: reviews documents, writes
each publishable copy and review record, and opens or updates each document's case in the
register. Only click is imported at module level, so ``baomi --help`` stays fast."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from pipeline.cli.common import (
    EXIT_ACTION,
    EXIT_CLEAN,
    EXIT_ERROR,
    fail_usage,
    not_reviewed_entries,
    set_aside_result,
    set_aside_unsupported,
)
from pipeline.cli.context import ACTOR
from pipeline.cli.options import (
    config_option,
    jobs_option,
    lang_option,
    names_option,
    ocr_option,
    password_option,
    register_option,
    skip_unsupported_option,
    terms_option,
)


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("baomi-out"),
    show_default=True,
    help="输出目录 / output folder",
)
@terms_option
@names_option
@config_option
@click.option("--json", "as_json", is_flag=True, help="输出 JSON 摘要 / print a JSON summary")
@lang_option
@register_option
@jobs_option
@click.option(
    "--force",
    is_flag=True,
    help="重新审查未变化的文件 / review again even if input and settings are unchanged",
)
@click.option(
    "--executor",
    type=click.Choice(["local", "dask"]),
    default="local",
    show_default=True,
    help="执行方式 / run on local processes or a Dask cluster",
)
@click.option(
    "--scheduler",
    envvar="BAOMI_SCHEDULER",
    help="Dask 调度器地址 / Dask scheduler address, tcp://HOST:PORT (env BAOMI_SCHEDULER)",
)
@click.option(
    "--progress",
    type=click.Choice(["auto", "bar", "plain", "none"]),
    default="auto",
    show_default=True,
    help="进度显示（输出到标准错误）/ progress on stderr: auto = a bar on a terminal",
)
@password_option
@skip_unsupported_option
@ocr_option
@ACTOR
def review(
    paths: tuple[Path, ...],
    out_dir: Path,
    terms_files: tuple[Path, ...],
    names_files: tuple[Path, ...],
    config_file: Path | None,
    as_json: bool,
    lang: str,
    register_url: str | None,
    jobs: int | None,
    force: bool,
    executor: str,
    scheduler: str | None,
    progress: str,
    password: str | None,
    skip_unsupported: bool,
    ocr: str | None,
    actor_name: str | None,
) -> None:
    """审查文件或文件夹，生成可公开副本和审查记录 / review documents."""
    from pipeline.batch.cache import ResumeCache, cached_case, settings_fingerprint
    from pipeline.batch.dask_executor import connect_dask
    from pipeline.batch.logs import configure_logging
    from pipeline.batch.run import Batch
    from pipeline.batch.tasks import BatchError, default_jobs, review_task
    from pipeline.cli.progress import Reporter, Tally
    from pipeline.config import load_config
    from pipeline.errors import BaomiError
    from pipeline.messages import attribute_label, message
    from pipeline.runner import Job, collect

    try:
        if config_file is None and Path("baomi.toml").is_file():
            config_file = Path("baomi.toml")
        config = load_config(config_file, terms_files, names_files)
    except BaomiError as exc:
        fail_usage(exc.render(lang))
    config.lang = lang
    config.password = password or None
    if ocr is not None:
        config.ocr_mode = ocr
    configure_logging()
    jobs_list = list(collect(paths, out_dir))
    if not jobs_list:
        fail_usage(message("no_inputs", lang))
    jobs_list, aside = set_aside_unsupported(jobs_list, skip_unsupported, lang)
    client = None
    run_jobs = jobs_list
    cache_dir = out_dir
    if executor == "dask":
        if not scheduler:
            fail_usage(message("dask_needs_scheduler", lang))
        try:
            client = connect_dask(scheduler)
        except BatchError as exc:
            fail_usage(exc.render(lang))
        # Workers have their own working folder: they get absolute paths.
        run_jobs = [Job(job.path.resolve(), job.out_dir.resolve()) for job in jobs_list]
        cache_dir = out_dir.resolve()
    # The register: each reviewed document opens or updates its case (in this process),
    # submitted by the acting user (--as), the user of this login, or else the login name.
    from pipeline.service import people
    from pipeline.service.cases import open_case
    from pipeline.workflow.register import open_register, resolve_url

    try:
        register = open_register(resolve_url(register_url, config.register_url))
    except BaomiError as exc:
        if client is not None:
            client.close()
        fail_usage(exc.render(lang))
    submitted = people.submitter(register, actor_name, _token())
    if not submitted.ok:
        register.close()
        if client is not None:
            client.close()
        fail_usage(submitted.render(lang))
    actor = submitted.value

    cache = ResumeCache(cache_dir, settings_fingerprint(config))
    reporter = Reporter(progress, len(run_jobs), lang)
    batch = Batch(
        run_jobs,
        config,
        task=review_task,
        workers=jobs or default_jobs(),
        executor=executor,
        client=client,
        cache=cache,
        force=force,
        on_done=reporter.done,
    )
    documents = []
    skipped: list[str] = []  # names whose earlier result was reused (resume cache)
    tally = Tally()
    exit_code = EXIT_CLEAN
    try:
        with reporter:
            for outcome in batch:
                job, result = jobs_list[outcome.index], outcome.result
                if set_aside_result(job, result, skip_unsupported, aside, lang):
                    continue
                error_text = result.error.render(lang) if result.error else None
                case_id = None
                if result.record is not None:
                    if outcome.skipped:
                        case_id = cached_case(register, result)
                    if case_id is None:
                        case_id, register_error = open_case(
                            register,
                            actor,
                            path=outcome.job.path,
                            result=result,
                            error_text=error_text,
                            config=config,
                        )
                        if register_error is not None and result.error is None:
                            result.error = register_error
                            error_text = register_error.render(lang)
                if result.error is None:
                    cache.store(outcome.job, result)
                else:
                    cache.forget(outcome.job)
                cache.save(every=2.0)
                tally.add(str(job.path), result, error_text, outcome.skipped)
                if result.error is not None:
                    exit_code = EXIT_ERROR
                    reporter.err(message("error_line", lang, name=str(job.path), reason=error_text))
                elif result.needs_action:
                    if result.unverifiable:
                        reporter.err(message("unverifiable", lang, name=str(job.path)))
                    exit_code = max(exit_code, EXIT_ACTION)
                documents.append(
                    {
                        "name": str(job.path),
                        "record": str(result.record_path) if result.record_path else None,
                        "redacted": str(result.redacted_path) if result.redacted_path else None,
                        "preview": str(result.preview_path) if result.preview_path else None,
                        "copy_withheld": (
                            message(
                                "copy_withheld_preview" if result.preview_path else "copy_withheld",
                                lang,
                                attribute=attribute_label(result.withheld, lang),
                            )
                            if result.withheld
                            else None
                        ),
                        "disclosure_attribute": result.attribute,
                        "findings": result.counts,
                        "error": error_text,
                        "case_id": case_id,
                        "no_text": result.no_text,
                    }
                )
                if outcome.skipped:
                    skipped.append(str(job.path))
                if not as_json and result.record is not None:
                    line = message(
                        "summary_line",
                        lang,
                        name=str(job.path),
                        attribute=attribute_label(result.attribute or "", lang),
                        **result.counts,
                    )
                    if case_id:
                        line += message("summary_case", lang, case=case_id)
                    if result.no_text:
                        line += message("no_text", lang)
                    if outcome.skipped:
                        line += message("summary_skipped", lang)
                    reporter.out(line)
    finally:
        cache.save()
        register.close()
        if client is not None:
            client.close()
    if as_json:
        click.echo(
            json.dumps(
                {
                    "documents": documents,
                    "exit_code": exit_code,
                    "skipped": skipped,
                    "not_reviewed": not_reviewed_entries(aside, lang),
                    "summary": tally.as_dict(),
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        if sys.stderr.isatty():
            tally.print_table(lang, err=True)
    else:
        click.echo(
            message(
                "summary_total",
                lang,
                documents=tally.documents,
                clean=tally.clean,
                action=tally.action,
                errors=tally.errors,
            )
        )
        tally.print_table(lang, err=False)
    sys.exit(exit_code)


def _token() -> str | None:
    import os

    from pipeline.cli.context import TOKEN_ENV

    return os.environ.get(TOKEN_ENV) or None


COMMANDS = (review,)
