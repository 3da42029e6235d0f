"""What the review, check and watch commands share besides their options: the exit statuses,
the one-line usage error, and loading the configuration (``./baomi.toml`` when none is given).
Only click is imported at module level, so ``baomi --help`` stays fast."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

EXIT_CLEAN, EXIT_ACTION, EXIT_ERROR = 0, 1, 2


def load_config_or_exit(config_file: Path | None, terms_files: tuple[Path, ...], lang: str) -> Any:
    from pipeline.config import load_config
    from pipeline.errors import BaomiError

    try:
        if config_file is None and Path("baomi.toml").is_file():
            config_file = Path("baomi.toml")
        config = load_config(config_file, terms_files)
    except BaomiError as exc:
        fail_usage(exc.render(lang))
    config.lang = lang
    return config


def fail_usage(text: str) -> None:
    click.echo(f"baomi: {text}", err=True)
    sys.exit(EXIT_ERROR)
