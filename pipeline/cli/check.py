"""Batch commands of the command line (added to ``baomi`` by ``pipeline.cli``):

* ``check PATH... [--format text|json|sarif] [--fail-on redact|review|any]`` — reviews without
  writing anything and exits 1 when something must not be published (for CI and upload hooks);
* ``watch INBOX --approved DIR --held DIR`` — reviews each file dropped into an upload folder
  once it is completely written and moves it on.

Also the progress display and the summary table of ``baomi review``. Only click is imported
at module level, so ``baomi --help`` stays fast.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from pathlib import Path
from typing import Any

import click

from pipeline.cli.options import (
    config_option,
    jobs_option,
    lang_option,
    password_option,
    terms_option,
)

EXIT_CLEAN, EXIT_ACTION, EXIT_ERROR = 0, 1, 2
WITHHELD = ("不予公开", "须报审")


# --------------------------------------------------------------------------- progress


class Reporter:
    """Progress on stderr: a rich bar on a terminal (``auto``/``bar``), one plain line per
    finished document (``plain``), or nothing (``none``; ``auto`` when stderr is not a
    terminal). Lines printed while the bar is shown go through it, so they do not tear it;
    stdout stays what it was (the JSON summary, or the per-document lines)."""

    def __init__(self, mode: str, total: int, lang: str) -> None:
        if mode == "auto":
            mode = "bar" if _isatty(sys.stderr) else "none"
        self.mode = mode
        self.total = total
        self.lang = lang
        self.finished = 0
        self._progress: Any = None
        self._task: Any = None

    def __enter__(self) -> Reporter:
        if self.mode == "bar":
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            from pipeline.messages import message

            self._progress = Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TimeRemainingColumn(),
                console=Console(stderr=True, highlight=False),
                transient=True,
                redirect_stdout=False,
                redirect_stderr=False,
            )
            self._progress.start()
            self._task = self._progress.add_task(
                message("progress_label", self.lang), total=self.total
            )
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None

    def done(self, outcome: Any) -> None:
        self.finished += 1
        if self._progress is not None:
            self._progress.advance(self._task)
        elif self.mode == "plain":
            from pipeline.messages import message

            line = message(
                "progress_line",
                self.lang,
                done=self.finished,
                total=self.total,
                name=str(outcome.job.path),
            )
            click.echo(line, err=True)

    def _print(self, line: str) -> None:
        from rich.text import Text

        self._progress.console.print(Text(line))

    def out(self, line: str) -> None:
        if self._progress is not None and _isatty(sys.stdout):
            self._print(line)
        else:
            click.echo(line)

    def err(self, line: str) -> None:
        if self._progress is not None:
            self._print(line)
        else:
            click.echo(line, err=True)


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


# --------------------------------------------------------------------------- summary


class Tally:
    """The numbers of the summary table: documents, findings by category, attributes,
    errors."""

    def __init__(self) -> None:
        self.documents = self.reviewed = self.skipped = 0
        self.clean = self.action = self.errors = 0
        self.categories: dict[str, dict[str, int]] = {}
        self.attributes: dict[str, int] = {}
        self.error_list: list[tuple[str, str]] = []

    def add(self, name: str, result: Any, error_text: str | None, skipped: bool) -> None:
        self.documents += 1
        if skipped:
            self.skipped += 1
        else:
            self.reviewed += 1
        if result.error is not None:
            self.errors += 1
            self.error_list.append((name, error_text or ""))
        elif result.needs_action:
            self.action += 1
        else:
            self.clean += 1
        if result.record is not None:
            for finding in result.record.get("findings", []):
                row = self.categories.setdefault(
                    finding["category"], {"redact": 0, "review": 0, "keep": 0}
                )
                row[finding["action"]] = row.get(finding["action"], 0) + 1
            if result.attribute and result.error is None:
                self.attributes[result.attribute] = self.attributes.get(result.attribute, 0) + 1

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "reviewed": self.reviewed,
            "skipped": self.skipped,
            "clean": self.clean,
            "action": self.action,
            "errors": self.errors,
            "categories": dict(sorted(self.categories.items())),
            "attributes": dict(sorted(self.attributes.items())),
        }

    def print_table(self, lang: str, err: bool) -> None:
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        from pipeline.messages import attribute_label, message
        from pipeline.policy import label

        stream = sys.stderr if err else sys.stdout
        # A log file or pipe gets the whole table, not one cut to 80 columns.
        console = Console(file=stream, highlight=False, width=None if _isatty(stream) else 200)

        def m(key: str) -> str:
            return message(key, lang)

        table = Table(title=m("table_title"), title_justify="left")
        table.add_column(m("table_item"))
        table.add_column(m("table_count"), justify="right")
        for key, value in (
            ("table_documents", self.documents),
            ("table_reviewed", self.reviewed),
            ("table_skipped", self.skipped),
            ("table_clean", self.clean),
            ("table_action", self.action),
            ("table_errors", self.errors),
        ):
            table.add_row(m(key), str(value))
        console.print(table)
        if self.categories:
            table = Table(title=m("table_findings_title"), title_justify="left")
            table.add_column(m("table_category"))
            for key in ("table_redact", "table_review", "table_keep"):
                table.add_column(m(key), justify="right")
            for category, row in sorted(self.categories.items()):
                name = label(category) if lang == "zh" else category
                table.add_row(Text(name), str(row["redact"]), str(row["review"]), str(row["keep"]))
            console.print(table)
        if self.attributes:
            table = Table(title=m("table_attributes_title"), title_justify="left")
            table.add_column(m("table_attribute"))
            table.add_column(m("table_count"), justify="right")
            for attribute, count in sorted(self.attributes.items()):
                table.add_row(Text(attribute_label(attribute, lang)), str(count))
            console.print(table)
        if self.error_list:
            table = Table(title=m("table_errors_title"), title_justify="left")
            table.add_column(m("table_file"))
            table.add_column(m("table_reason"))
            for name, reason in self.error_list:
                table.add_row(Text(name), Text(reason))
            console.print(table)


# --------------------------------------------------------------------------- check


def _load_config(config_file: Path | None, terms_files: tuple[Path, ...], lang: str) -> Any:
    from pipeline.config import load_config
    from pipeline.errors import BaomiError

    try:
        if config_file is None and Path("baomi.toml").is_file():
            config_file = Path("baomi.toml")
        config = load_config(config_file, terms_files)
    except BaomiError as exc:
        _fail_usage(exc.render(lang))
    config.lang = lang
    return config


def _fail_usage(text: str) -> None:
    click.echo(f"baomi: {text}", err=True)
    sys.exit(EXIT_ERROR)


def _public_item(finding: dict[str, Any]) -> dict[str, Any]:
    """A finding without its value or offsets (their difference is the value's length)."""
    return {
        "id": finding["id"],
        "entity_type": finding["entity_type"],
        "category": finding["category"],
        "action": finding["action"],
        "route": finding.get("route"),
        "status": finding.get("status"),
        "location": finding.get("location") or {},
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
@config_option
@lang_option
@jobs_option
@password_option
def check(
    paths: tuple[Path, ...],
    fmt: str,
    fail_on: str,
    output: Path | None,
    terms_files: tuple[Path, ...],
    config_file: Path | None,
    lang: str,
    jobs: int | None,
    password: str | None,
) -> None:
    """检查文件能否公开，不写任何文件 / check documents without writing anything.

    Exit status: 0 publishable; 1 something must not be published (see --fail-on); 2 an
    input could not be processed, or a usage error. Reports never contain a sensitive value.
    """
    from importlib import metadata

    from pipeline.batch.logs import configure_logging
    from pipeline.batch.run import Batch
    from pipeline.batch.tasks import check_task, default_jobs
    from pipeline.messages import attribute_label, message
    from pipeline.reports import sarif
    from pipeline.runner import collect

    config = _load_config(config_file, terms_files, lang)
    config.password = password or None
    configure_logging()
    # Nothing is written: the output folder is only a name (nothing lies under /dev/null).
    jobs_list = list(collect(paths, Path(os.devnull)))
    if not jobs_list:
        _fail_usage(message("no_inputs", lang))
    batch = Batch(jobs_list, config, task=check_task, workers=jobs or default_jobs())
    entries: list[tuple[str, Any, str | None]] = []
    documents = []
    lines: list[str] = []
    exit_code = EXIT_CLEAN
    blocked_count = errors = 0
    for outcome in batch:
        name, result = str(outcome.job.path), outcome.result
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
                            entity=finding["entity_type"],
                            category=_category(finding["category"], lang),
                            action=message(f"action_{finding['action']}", lang),
                            reason=finding.get("reason", ""),
                        )
                    )
                )
            if result.attribute in WITHHELD:
                lines.append("  " + message("check_attribute", lang, attribute=result.attribute))
            if result.unverifiable:
                lines.append("  " + message("check_unverifiable", lang))
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
            {"documents": documents, "fail_on": fail_on, "exit_code": exit_code},
            ensure_ascii=False,
            indent=2,
        )
    else:
        lines.append(
            message(
                "check_total",
                lang,
                documents=len(jobs_list),
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
            _fail_usage(message("write_failed", lang, reason=exc.strerror or type(exc).__name__))
    else:
        click.echo(report)
    sys.exit(exit_code)


def _category(category: str, lang: str) -> str:
    if lang != "zh":
        return category
    from pipeline.policy import label

    return label(category)


# --------------------------------------------------------------------------- watch


@click.command()
@click.argument("inbox", type=click.Path(path_type=Path, file_okay=False))
@click.option(
    "--approved",
    required=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="无需处理的文件移入此目录 / clean files are moved here",
)
@click.option(
    "--held",
    required=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="需要处理的文件及其审查记录移入此目录 / files that need action go here, with records",
)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("baomi-out"),
    show_default=True,
    help="审查记录和可公开副本的输出目录 / output folder for records and copies",
)
@terms_option
@config_option
@lang_option
@click.option(
    "--register",
    "register_url",
    envvar="BAOMI_REGISTER",
    help="审查登记库 URL 或 SQLite 文件 / register URL or SQLite file (env BAOMI_REGISTER)",
)
@click.option(
    "--once",
    is_flag=True,
    help="处理现有文件后退出（用于定时任务）/ process what is there, then exit (cron)",
)
@click.option(
    "--settle",
    type=click.FloatRange(min=0.0),
    default=2.0,
    show_default=True,
    help="文件大小和修改时间保持不变多少秒后才审查 / seconds a file must stay unchanged",
)
def watch(
    inbox: Path,
    approved: Path,
    held: Path,
    out_dir: Path,
    terms_files: tuple[Path, ...],
    config_file: Path | None,
    lang: str,
    register_url: str | None,
    once: bool,
    settle: float,
) -> None:
    """监视上传目录：审查完整写入的文件，通过的移入 approved，需要处理的连同审查记录移入 held
    / watch an upload folder and move each file on once it is reviewed.

    Uploaders should write under a temporary name (a leading dot, or .part/.tmp) and rename
    when done; such names are never picked up. Exit status with --once: 0 all approved, 1 some
    held for action, 2 some could not be processed (also held) or a usage error.
    """
    import signal
    import threading

    from pipeline.batch.watch import Watcher, WatchError
    from pipeline.errors import BaomiError
    from pipeline.messages import message

    config = _load_config(config_file, terms_files, lang)
    from pipeline.workflow.register import open_register, resolve_url

    try:
        register = open_register(resolve_url(register_url, config.register_url))
    except BaomiError as exc:
        _fail_usage(exc.render(lang))
    try:
        watcher = Watcher(
            inbox, approved, held, out_dir, config, register=register, lang=lang, settle=settle
        )
    except WatchError as exc:
        register.close()
        _fail_usage(exc.render(lang))
    stop = threading.Event()
    if not once and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        if once:
            code = watcher.run_once()
        else:
            click.echo(message("watch_started", lang, inbox=str(inbox)), err=True)
            with contextlib.suppress(KeyboardInterrupt):
                watcher.run(stop)
            code = EXIT_CLEAN
    finally:
        register.close()
    sys.exit(code)


COMMANDS = (check, watch)
