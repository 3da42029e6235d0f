"""What the workflow commands share: the ``Context`` they work with (configuration, register,
language), the wrapper that turns every error into one line and its exit status, and small
helpers for dates, JSON and labels.

Exit status of a workflow command: 0 done; 1 a gate refused or something is missing (the
reason is printed on one line); 2 a usage error (unknown case, bad option, register that
cannot be opened). Only click is imported at module level, so ``baomi --help`` stays fast.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from pipeline.cli.options import config_option, lang_option, register_option

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2


def workflow_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--register, --config and --lang on every workflow command."""
    return register_option(config_option(lang_option(fn)))


class Context:
    """What a workflow command works with: the configuration, the register, the language."""

    def __init__(self, register_url: str | None, config_file: Path | None, lang: str) -> None:
        self.lang = lang
        self._register_url = register_url
        self._config_file = config_file
        self._config: Any = None
        self._register: Any = None

    @property
    def config(self) -> Any:
        if self._config is None:
            from pipeline.config import load_config

            path = self._config_file
            if path is None and Path("baomi.toml").is_file():
                path = Path("baomi.toml")
            self._config = load_config(path)
        return self._config

    @property
    def register(self) -> Any:
        if self._register is None:
            from pipeline.workflow.register import open_register, resolve_url

            self._register = open_register(
                resolve_url(self._register_url, self.config.register_url)
            )
        return self._register

    def session(self) -> Any:
        return self.register.session()

    def say(self, key: str, **params: Any) -> None:
        from pipeline.messages import message

        click.echo(message(key, self.lang, **params))

    def close(self) -> None:
        if self._register is not None:
            self._register.close()


def guarded(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Build the Context; turn every BaomiError into one line and its exit code."""

    @functools.wraps(fn)
    def wrapper(register_url: str | None, config_file: Path | None, lang: str, **kwargs: Any):
        from sqlalchemy.exc import SQLAlchemyError

        from pipeline.errors import BaomiError

        ctx = Context(register_url, config_file, lang)
        try:
            code = fn(ctx, **kwargs)
        except BaomiError as exc:
            click.echo(f"baomi: {exc.render(lang)}", err=True)
            sys.exit(exc.exit_code)
        except SQLAlchemyError as exc:
            from pipeline.messages import message

            reason = str(exc).splitlines()[0][:200]
            click.echo(
                f"baomi: {message('register_unavailable', lang, url='', reason=reason)}", err=True
            )
            sys.exit(EXIT_USAGE)
        except OSError as exc:
            from pipeline.messages import message

            reason = exc.strerror or type(exc).__name__
            click.echo(f"baomi: {message('write_failed', lang, reason=reason)}", err=True)
            sys.exit(EXIT_USAGE)
        finally:
            ctx.close()
        sys.exit(code or EXIT_OK)

    return wrapper


def current_time() -> Any:
    from pipeline.workflow.audit import now

    return now()


def parse_date(value: str | None, lang: str) -> Any:
    import datetime

    from pipeline.errors import BaomiError

    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise BaomiError("bad_date", value=value) from None


def dump(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


STATUS_LABELS = {"open": "审查中", "approved": "已审批", "published": "已公开"}
STEP_LABELS = {"publish": "公开"}
ANSWER_LABELS = {"confirmed": "确认", "rejected": "不予确认"}


def label_of(labels: dict[str, str], value: str, lang: str) -> str:
    return labels.get(value, value) if lang == "zh" else value


NAME = click.option("--by", "by", required=True, help="签署人 / name of the person")
