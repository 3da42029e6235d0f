"""Command-line options shared by several ``baomi`` commands (review, check, watch and the
workflow commands), defined once so that their names, help texts, defaults and environment
variables stay the same on every command.

Each is a decorator like ``click.option(...)``. Only click is imported, so ``baomi --help``
stays fast.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

PASSWORD_ENV = "BAOMI_PDF_PASSWORD"


def terms_option(fn: F) -> F:
    """``--terms FILE`` (repeatable) → ``terms_files``."""
    return click.option(
        "--terms",
        "terms_files",
        multiple=True,
        type=click.Path(path_type=Path, dir_okay=False),
        help="关键词清单 / keyword list (UTF-8, one term per line)",
    )(fn)


def names_option(fn: F) -> F:
    """``--names FILE`` (repeatable) → ``names_files``."""
    return click.option(
        "--names",
        "names_files",
        multiple=True,
        type=click.Path(path_type=Path, dir_okay=False),
        help="姓名清单 / names list: private persons redacted wherever named (one a line)",
    )(fn)


def config_option(fn: F) -> F:
    """``--config FILE`` → ``config_file``."""
    return click.option(
        "--config",
        "config_file",
        type=click.Path(path_type=Path, dir_okay=False),
        help="配置文件 / configuration file (default: ./baomi.toml if present)",
    )(fn)


def lang_option(fn: F) -> F:
    """``--lang zh|en`` → ``lang``."""
    return click.option(
        "--lang",
        type=click.Choice(["zh", "en"]),
        default="zh",
        show_default=True,
        help="提示语言 / message language",
    )(fn)


def register_option(fn: F) -> F:
    """``--register URL`` (env ``BAOMI_REGISTER``) → ``register_url``."""
    return click.option(
        "--register",
        "register_url",
        envvar="BAOMI_REGISTER",
        help="审查登记库 URL 或 SQLite 文件 / register URL or SQLite file "
        "(env BAOMI_REGISTER; default: the user data folder)",
    )(fn)


def jobs_option(fn: F) -> F:
    """``--jobs/-j N`` → ``jobs`` (None: the number of cores)."""
    return click.option(
        "--jobs",
        "-j",
        type=click.IntRange(min=1),
        default=None,
        help="并行工作进程数（默认：CPU 核数）/ worker processes (default: number of cores)",
    )(fn)


def password_option(fn: F) -> F:
    """``--password``: the user password of encrypted PDFs. Never printed, logged, stored in
    a record, the register or the resume cache; the environment variable keeps it out of the
    process list."""
    return click.option(
        "--password",
        envvar=PASSWORD_ENV,
        default=None,
        metavar="PASSWORD",
        help="加密 PDF 的打开密码（也可用环境变量 BAOMI_PDF_PASSWORD，不会出现在进程列表中）"
        "/ the user password of encrypted PDFs (or env BAOMI_PDF_PASSWORD, which keeps it "
        "out of the process list)",
    )(fn)


def skip_unsupported_option(fn: F) -> F:
    """``--skip-unsupported`` → ``skip_unsupported``: files of a kind baomi does not review
    are listed and left out instead of failing the run."""
    return click.option(
        "--skip-unsupported",
        is_flag=True,
        help="跳过不支持的文件类型（逐个列出）/ list files of an unsupported type and go on "
        "instead of failing",
    )(fn)


def ocr_option(fn: F) -> F:
    """``--ocr auto|off|force`` → ``ocr`` (None: ``[ocr] mode`` of ``baomi.toml``, else auto)."""
    return click.option(
        "--ocr",
        "ocr",
        type=click.Choice(["auto", "off", "force"]),
        default=None,
        help="扫描件文字识别：auto 识别无文字层的页面和图片，off 不识别（未识别的图片不得公开），"
        "force 识别每一页 / OCR: auto = pages and images without usable text, off = none "
        "(unread images block publication), force = every page",
    )(fn)
