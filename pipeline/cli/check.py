"""``baomi check PATH... [--format text|json|sarif] [--fail-on redact|review|any]``: reviews
without writing anything and exits 1 when something must not be published (for CI and upload
hooks). Only click is imported at module level, so ``baomi --help`` stays fast."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from pipeline.cli.common import (
    EXIT_ACTION,
    EXIT_CLEAN,
    EXIT_ERROR,
    fail_usage,
    load_config_or_exit,
    not_reviewed_entries,
    set_aside_result,
    set_aside_unsupported,
)
from pipeline.cli.options import (
    config_option,
    jobs_option,
    lang_option,
    names_option,
    ocr_option,
    password_option,
    skip_unsupported_option,
    terms_option,
)

WITHHELD = ("不予公开", "须报审")


def _public_item(finding: dict[str, Any]) -> dict[str, Any]:
    """A finding without its value or offsets (their difference is the value's length)."""
    return {
        "id": finding["id"],
        "entity_type": finding["entity_type"],
        "category": finding["category"],
        "action": finding["action"],
        "route": finding.get("route"),
        "status": finding.get("status"),
        # Where, never the sentence around the value.
        "location": {k: v for k, v in (finding.get("location") or {}).items() if k != "context"},
        "basis": finding.get("basis", ""),
        "reason": finding.get("reason", ""),
    }


@click.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "sarif"]),
    default="text",
    show_default=True,
    help="输出格式 / output format",
)
@click.option(
    "--fail-on",
    type=click.Choice(["redact", "review", "any"]),
    default="redact",
    show_default=True,
    help="何种情况返回 1 / exit 1 on: redact = something to redact or an attribute that "
    "forbids publication; review = also findings for review; any = any finding",
)
@click.option(
    "--output",
    "-o",
    "output",
    type=click.Path(path_type=Path, dir_okay=False),
    help="写入文件而非标准输出 / write the report to a file instead of stdout",
)
@terms_option
@names_option
@config_option
@lang_option
@jobs_option
@password_option
@skip_unsupported_option
@ocr_option
def check(
    paths: tuple[Path, ...],
    fmt: str,
    fail_on: str,
    output: Path | None,
    terms_files: tuple[Path, ...],
    names_files: tuple[Path, ...],
    config_file: Path | None,
    lang: str,
    jobs: int | None,
    password: str | None,
    skip_unsupported: bool,
    ocr: str | None,
) -> None:
    """检查文件能否公开，不写任何文件 / check documents without writing anything.

    Exit status: 0 publishable; 1 something must not be published (see --fail-on); 2 an
    input could not be processed, or a usage error. Reports never contain a sensitive value.
    """
    from importlib import metadata

    from pipeline.batch.logs import configure_logging
    from pipeline.batch.run import Batch
    from pipeline.batch.tasks import check_task, default_jobs
    from pipeline.messages import attribute_label, label, message, reason_text
    from pipeline.reports import sarif
    from pipeline.runner import collect

    config = load_config_or_exit(config_file, terms_files, lang, names_files)
    config.password = password or None
    if ocr is not None:
        config.ocr_mode = ocr
    configure_logging()
    # Nothing is written: the output folder is only a name (nothing lies under /dev/null).
    jobs_list = list(collect(paths, Path(os.devnull)))
    if not jobs_list:
        fail_usage(message("no_inputs", lang))
    jobs_list, aside = set_aside_unsupported(jobs_list, skip_unsupported, lang)
    skipped_before = len(aside)
    batch = Batch(jobs_list, config, task=check_task, workers=jobs or default_jobs())
    entries: list[tuple[str, Any, str | None]] = []
    documents = []
    lines: list[str] = []
    exit_code = EXIT_CLEAN
    blocked_count = errors = 0
    for outcome in batch:
        name, result = str(outcome.job.path), outcome.result
        if set_aside_result(outcome.job, result, skip_unsupported, aside, lang):
            continue
        error_text = result.error.render(lang) if result.error else None
        entries.append((name, result, error_text))
        blocked = error_text is None and sarif.blocks(result, fail_on)
        if error_text is not None:
            errors += 1
            exit_code = EXIT_ERROR
            click.echo(message("error_line", lang, name=name, reason=error_text), err=True)
        elif blocked:
            blocked_count += 1
            exit_code = max(exit_code, EXIT_ACTION)
        findings = (result.record or {}).get("findings", [])
        documents.append(
            {
                "name": name,
                "disclosure_attribute": result.attribute,
                "findings": result.counts,
                "blocked": blocked,
                "unverifiable": bool(result.unverifiable),
                "preview": result.preview_input,
                "no_text": result.no_text,
                "error": error_text,
                "items": [_public_item(f) for f in findings],
            }
        )
        if fmt == "text" and error_text is None:
            lines.append(
                message(
                    "check_line",
                    lang,
                    name=name,
                    attribute=attribute_label(result.attribute or "", lang),
                    verdict=message("check_blocked", lang) if blocked else "",
                    **result.counts,
                )
            )
            scrub = sarif._scrubber(result.record)
            for finding in findings:
                if finding["action"] == "keep" and fail_on != "any":
                    continue
                lines.append(
                    scrub(
                        message(
                            "check_finding",
                            lang,
                            where=sarif._where(finding.get("location") or {}, lang),
                            entity=label("entity", finding["entity_type"], lang),
                            category=label("category", finding["category"], lang),
                            action=message(f"action_{finding['action']}", lang),
                            reason=reason_text(
                                finding["entity_type"],
                                finding["category"],
                                finding.get("reason", ""),
                                lang,
                            ),
                        )
                    )
                )
            if result.attribute in WITHHELD:
                lines.append(
                    "  "
                    + message(
                        "check_attribute", lang, attribute=attribute_label(result.attribute, lang)
                    )
                )
            if result.unverifiable:
                lines.append("  " + message("check_unverifiable", lang))
            if result.preview_input:
                lines.append("  " + message("check_preview", lang))
    if fmt == "sarif":
        try:
            version = metadata.version("baomi")
        except metadata.PackageNotFoundError:
            version = "0"
        report = json.dumps(
            sarif.build(entries, fail_on=fail_on, lang=lang, version=version),
            ensure_ascii=False,
            indent=2,
        )
    elif fmt == "json":
        report = json.dumps(
            {
                "documents": documents,
                "fail_on": fail_on,
                "exit_code": exit_code,
                "not_reviewed": not_reviewed_entries(aside, lang),
            },
            ensure_ascii=False,
            indent=2,
        )
    else:
        lines.append(
            message(
                "check_total",
                lang,
                documents=len(jobs_list) - (len(aside) - skipped_before),
                blocked=blocked_count,
                errors=errors,
            )
        )
        report = "\n".join(lines)
    if output is not None:
        from pipeline.atomic import write_text

        try:
            write_text(output, report + "\n", mode=0o644)
        except OSError as exc:
            fail_usage(message("write_failed", lang, reason=exc.strerror or type(exc).__name__))
    else:
        click.echo(report)
    sys.exit(exit_code)


COMMANDS = (check,)
