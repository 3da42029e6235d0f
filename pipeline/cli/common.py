"""What the review, check and watch commands share besides their options: the exit statuses,
the one-line usage error, and loading the configuration (``./baomi.toml`` when none is given).
Only click is imported at module level, so ``baomi --help`` stays fast."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

EXIT_CLEAN, EXIT_ACTION, EXIT_ERROR = 0, 1, 2


def load_config_or_exit(
    config_file: Path | None,
    terms_files: tuple[Path, ...],
    lang: str,
    names_files: tuple[Path, ...] = (),
) -> Any:
    from pipeline.config import load_config
    from pipeline.errors import BaomiError

    try:
        if config_file is None and Path("baomi.toml").is_file():
            config_file = Path("baomi.toml")
        config = load_config(config_file, terms_files, names_files)
    except BaomiError as exc:
        fail_usage(exc.render(lang))
    config.lang = lang
    return config


def fail_usage(text: str) -> None:
    click.echo(f"baomi: {text}", err=True)
    sys.exit(EXIT_ERROR)


def set_aside_unsupported(jobs: list[Any], skip: bool, lang: str) -> tuple[list[Any], list[Any]]:
    """With ``--skip-unsupported``, the jobs of files baomi does not review are left out, each
    named on stderr; without it they stay (each ends in an error and the run exits 2)."""
    if not skip:
        return jobs, []
    from pipeline.formats import kind_text
    from pipeline.messages import message

    aside = [job for job in jobs if job.unsupported]
    for job in aside:
        click.echo(
            message(
                "unsupported_skipped", lang, name=str(job.path), kind=kind_text(job.path.suffix)
            ),
            err=True,
        )
    return [job for job in jobs if not job.unsupported], aside


UNSUPPORTED_KEYS = frozenset({"unsupported_kind", "unsupported_type"})


def set_aside_result(job: Any, result: Any, skip: bool, aside: list[Any], lang: str) -> bool:
    """With ``--skip-unsupported``, a file named directly that turned out to be of a kind
    baomi does not review is set aside like one found in a folder (named on stderr)."""
    if not skip or result.error is None or result.error.key not in UNSUPPORTED_KEYS:
        return False
    from pipeline.messages import message

    kind = result.error.params.get("kind", "")
    click.echo(message("unsupported_skipped", lang, name=str(job.path), kind=kind), err=True)
    aside.append(job)
    return True


def not_reviewed_entries(aside: list[Any], lang: str) -> list[dict[str, str]]:
    from pipeline.formats import Supported, kind_text
    from pipeline.messages import message

    return [
        {
            "name": str(job.path),
            "reason": message(
                "unsupported_kind", lang, kind=kind_text(job.path.suffix), supported=Supported()
            ),
        }
        for job in aside
    ]
