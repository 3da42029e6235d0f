"""``baomi watch INBOX --approved DIR --held DIR``: reviews each file dropped into an upload
folder once it is completely written and moves it on (``pipeline.batch.watch``). Only click
is imported at module level, so ``baomi --help`` stays fast."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import click

from pipeline.cli.common import EXIT_CLEAN, fail_usage, load_config_or_exit
from pipeline.cli.options import (
    config_option,
    lang_option,
    terms_option,
)


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

    config = load_config_or_exit(config_file, terms_files, lang)
    from pipeline.workflow.register import open_register, resolve_url

    try:
        register = open_register(resolve_url(register_url, config.register_url))
    except BaomiError as exc:
        fail_usage(exc.render(lang))
    try:
        watcher = Watcher(
            inbox, approved, held, out_dir, config, register=register, lang=lang, settle=settle
        )
    except WatchError as exc:
        register.close()
        fail_usage(exc.render(lang))
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


COMMANDS = (watch,)
