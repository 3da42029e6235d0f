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
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from pipeline.cli.options import config_option, lang_option, register_option

EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
TOKEN_ENV = "BAOMI_TOKEN"


def _interactive() -> bool:
    try:
        return sys.stdin.isatty()
    except (AttributeError, ValueError):
        return False


def workflow_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """--register, --config and --lang on every workflow command."""
    return register_option(config_option(lang_option(fn)))


class Stop(Exception):
    """A refusal met before the action ran (nobody acting, a wrong token): printed by
    ``guarded`` like the action's own refusals."""

    def __init__(self, refusal: Any) -> None:
        super().__init__(refusal.key)
        self.refusal = refusal


class Context:
    """What a workflow command works with: the configuration, the register, the language,
    and the acting user."""

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
    def register_url(self) -> str:
        from pipeline.workflow.register import resolve_url

        return resolve_url(self._register_url, self.config.register_url)

    @property
    def register(self) -> Any:
        if self._register is None:
            from pipeline.workflow.register import open_register

            self._register = open_register(self.register_url)
        return self._register

    def session(self) -> Any:
        return self.register.session()

    def say(self, key: str, **params: Any) -> None:
        from pipeline.messages import message

        click.echo(message(key, self.lang, **params))

    def actor(self, name: str | None) -> Any:
        """The acting user: ``--as``/``--by`` (or ``BAOMI_USER``) with the token or password
        in ``BAOMI_TOKEN`` (typed at a terminal when it is not set), or the user mapped to
        the login name on a private SQLite register. Raises ``Stop`` if refused."""
        from pipeline.service.people import authenticate
        from pipeline.workflow.cases import login_name
        from pipeline.workflow.users import Identity

        secret = os.environ.get(TOKEN_ENV) or None
        if name is not None and name.strip() and secret is None and _interactive():
            secret = click.prompt(
                f"{name} 的令牌或密码 / token or password", hide_input=True, err=True
            )
        outcome = authenticate(self.register, Identity(name, secret, login_name()))
        if not outcome.ok:
            raise Stop(outcome)
        return outcome.value

    def finish(self, outcome: Any) -> int:
        """Print an action's outcome: its message on stdout, or the refusal on stderr (one
        line); returns the exit status."""
        if outcome.ok:
            text = outcome.render(self.lang)
            if text:
                click.echo(text)
            from pipeline.messages import message

            for warning in getattr(outcome, "warnings", ()):
                head = message("warning_prefix", self.lang)
                click.echo(f"baomi: {head}{warning.render(self.lang)}", err=True)
            return EXIT_OK
        click.echo(f"baomi: {outcome.render(self.lang)}", err=True)
        return int(outcome.exit_code)

    def value(self, outcome: Any) -> Any:
        """The value of a reading action, or ``Stop`` with its refusal."""
        if not outcome.ok:
            raise Stop(outcome)
        return outcome.value

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
        except Stop as stop:
            click.echo(f"baomi: {stop.refusal.render(lang)}", err=True)
            sys.exit(stop.refusal.exit_code)
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


ACTOR = click.option(
    "--as",
    "--by",
    "actor_name",
    envvar="BAOMI_USER",
    help="操作人（登记库中的用户；令牌或密码见环境变量 BAOMI_TOKEN）/ the acting user, "
    "registered in the register (env BAOMI_USER; its token or password in BAOMI_TOKEN); "
    "--by is the same option",
)
