"""The command line: ``baomi review PATH... [--out DIR] [--terms FILE] [--config FILE]
[--json] [--lang zh|en]``.

Exit status: 0 nothing to withhold; 1 at least one document needs redaction, review or the
secrecy office; 2 a usage error or an input that could not be processed (the others are still
processed). Errors are one line on stderr, never a traceback (``BAOMI_DEBUG=1`` adds one).
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path

import click

EXIT_CLEAN, EXIT_ACTION, EXIT_ERROR = 0, 1, 2


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="baomi")
def main() -> None:
    """baomi：政府信息公开保密审查工具 / confidentiality review before disclosure."""


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("baomi-out"),
    show_default=True,
    help="输出目录 / output folder",
)
@click.option(
    "--terms",
    "terms_files",
    multiple=True,
    type=click.Path(path_type=Path, dir_okay=False),
    help="关键词清单 / keyword list (UTF-8, one term per line)",
)
@click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path, dir_okay=False),
    help="配置文件 / configuration file (default: ./baomi.toml if present)",
)
@click.option("--json", "as_json", is_flag=True, help="输出 JSON 摘要 / print a JSON summary")
@click.option(
    "--lang",
    type=click.Choice(["zh", "en"]),
    default="zh",
    show_default=True,
    help="提示语言 / message language",
)
@click.option(
    "--register",
    "register_url",
    envvar="BAOMI_REGISTER",
    help="审查登记库 URL 或 SQLite 文件 / register URL or SQLite file "
    "(env BAOMI_REGISTER; default: the user data folder)",
)
def review(
    paths: tuple[Path, ...],
    out_dir: Path,
    terms_files: tuple[Path, ...],
    config_file: Path | None,
    as_json: bool,
    lang: str,
    register_url: str | None,
) -> None:
    """审查文件或文件夹，生成可公开副本和审查记录 / review documents."""
    from pipeline.config import load_config
    from pipeline.errors import BaomiError
    from pipeline.messages import attribute_label, message
    from pipeline.runner import collect, review_document

    try:
        if config_file is None and Path("baomi.toml").is_file():
            config_file = Path("baomi.toml")
        config = load_config(config_file, terms_files)
    except BaomiError as exc:
        _fail_usage(exc.render(lang))
    config.lang = lang
    jobs = list(collect(paths, out_dir))
    if not jobs:
        _fail_usage(message("no_inputs", lang))
    # The register: each reviewed document opens or updates its case.
    from pipeline.register import open_register, resolve_url
    from pipeline.workflow import open_case_for

    try:
        register = open_register(resolve_url(register_url, config.register_url))
    except BaomiError as exc:
        _fail_usage(exc.render(lang))

    documents = []
    exit_code = EXIT_CLEAN
    errors = action = 0
    for job in jobs:
        _, result = review_document(job, config)
        error_text = result.error.render(lang) if result.error else None
        case_id = None
        if result.record is not None:
            case_id, register_error = open_case_for(register, job.path, result, error_text, config)
            if register_error is not None and result.error is None:
                result.error = register_error
                error_text = register_error.render(lang)
        if result.error is not None:
            errors += 1
            exit_code = EXIT_ERROR
            click.echo(message("error_line", lang, name=str(job.path), reason=error_text), err=True)
        elif result.needs_action:
            if result.unverifiable:
                click.echo(message("unverifiable", lang, name=str(job.path)), err=True)
            action += 1
            exit_code = max(exit_code, EXIT_ACTION)
        documents.append(
            {
                "name": str(job.path),
                "record": str(result.record_path) if result.record_path else None,
                "redacted": str(result.redacted_path) if result.redacted_path else None,
                "disclosure_attribute": result.attribute,
                "findings": result.counts,
                "error": error_text,
                "case_id": case_id,
            }
        )
        if not as_json and result.record is not None:
            click.echo(
                message(
                    "summary_line",
                    lang,
                    name=str(job.path),
                    attribute=attribute_label(result.attribute or "", lang),
                    **result.counts,
                )
            )
    register.close()
    if as_json:
        click.echo(
            json.dumps(
                {"documents": documents, "exit_code": exit_code}, ensure_ascii=False, indent=2
            )
        )
    else:
        click.echo(
            message(
                "summary_total",
                lang,
                documents=len(jobs),
                clean=len(jobs) - errors - action,
                action=action,
                errors=errors,
            )
        )
    sys.exit(exit_code)


def _fail_usage(text: str) -> None:
    click.echo(f"baomi: {text}", err=True)
    sys.exit(EXIT_ERROR)


def run() -> None:
    """Console entry point guard: an unexpected exception is one line, not a traceback."""
    try:
        main(standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:
        if os.environ.get("BAOMI_DEBUG"):
            traceback.print_exc()
        click.echo(f"baomi: internal error ({type(exc).__name__})", err=True)
        sys.exit(EXIT_ERROR)


def _register_command_modules() -> None:
    """Commands of other parts of the product live in their own modules (import-light:
    heavy imports happen inside each command)."""
    import importlib

    for name in ("pipeline.cli_workflow",):
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        for command in getattr(module, "COMMANDS", ()):
            main.add_command(command)


_register_command_modules()
