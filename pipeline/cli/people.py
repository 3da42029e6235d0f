"""``baomi user add|list|disable|token``: the people of the register, thin over
``pipeline.service.people``. The first ``user add`` on a register without users needs no acting
user and must add an admin; after that an admin acts (``--as``, token in ``BAOMI_TOKEN``). A new
user's token is printed once; ``--password-stdin`` sets a password read from standard input
instead."""

from __future__ import annotations

import sys

import click

from pipeline.cli.context import ACTOR, EXIT_OK, Context, dump, guarded, workflow_options


def _roles(values: tuple[str, ...]) -> list[str]:
    return [part for value in values for part in value.split(",")]


def _password(from_stdin: bool) -> str | None:
    if not from_stdin:
        return None
    line = sys.stdin.readline()
    return line.rstrip("\r\n")


@click.group("user")
def user_group() -> None:
    """审查登记库的用户和角色 / the register's users and their roles."""


@user_group.command("add")
@click.argument("name")
@click.option(
    "--role",
    "roles",
    multiple=True,
    required=True,
    help="角色（可重复）/ role, repeatable: drafter|reviewer|approver|secrecy|admin",
)
@click.option("--unit", help="所在单位或处室 / unit")
@click.option(
    "--os-user",
    "os_user",
    metavar="LOGIN",
    help="对应的系统账号（仅用于个人 SQLite 登记库）/ login name standing for this user on a "
    "private SQLite register",
)
@click.option(
    "--password-stdin",
    is_flag=True,
    help="从标准输入读取密码，不生成令牌 / read a password from stdin instead of a token",
)
@click.option("--json", "as_json", is_flag=True, help="输出 JSON / print JSON")
@ACTOR
@workflow_options
@guarded
def user_add(
    ctx: Context,
    name: str,
    roles: tuple[str, ...],
    unit: str | None,
    os_user: str | None,
    password_stdin: bool,
    as_json: bool,
    actor_name: str | None,
) -> int:
    """添加用户（第一个用户须为管理员）/ add a user (the first one must be an admin)."""
    from pipeline.service import people
    from pipeline.service.outcome import NOBODY

    actor = NOBODY if people.first_user_needed(ctx.register) else ctx.actor(actor_name)
    outcome = people.add_user(
        ctx.register,
        actor,
        name,
        roles=_roles(roles),
        unit=unit,
        os_user=os_user,
        password=_password(password_stdin),
    )
    return _with_token(ctx, outcome, as_json)


def _with_token(ctx: Context, outcome: object, as_json: bool) -> int:
    if as_json and getattr(outcome, "ok", False):
        dump(outcome.value)  # type: ignore[attr-defined]
        return EXIT_OK
    code = ctx.finish(outcome)
    token = getattr(outcome, "value", None) and outcome.value.get("token")  # type: ignore[attr-defined]
    if code == EXIT_OK and token:
        ctx.say("token_once", token=token)
    return code


@user_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON / print JSON")
@workflow_options
@guarded
def user_list(ctx: Context, as_json: bool) -> int:
    """列出用户及其角色 / list users and their roles."""
    from pipeline.messages import message
    from pipeline.service import people
    from pipeline.workflow.refusal import localized

    rows = ctx.value(people.list_users(ctx.register))
    if as_json:
        dump(rows)
        return EXIT_OK
    if not rows:
        ctx.say("no_users")
    for row in rows:
        roles = localized({"roles": "、".join(row["roles"])}, ctx.lang)["roles"]
        ctx.say(
            "user_line",
            name=row["name"],
            roles=roles,
            unit=row["unit"] or "-",
            login=row["os_user"] or "-",
            state=message("user_active" if row["active"] else "user_inactive", ctx.lang),
        )
    return EXIT_OK


@user_group.command("disable")
@click.argument("name")
@ACTOR
@workflow_options
@guarded
def user_disable(ctx: Context, name: str, actor_name: str | None) -> int:
    """停用用户（记录保留，此后不能再办理）/ disable a user (their records stay)."""
    from pipeline.service import people

    actor = ctx.actor(actor_name)
    return ctx.finish(people.disable_user(ctx.register, actor, name))


@user_group.command("token")
@click.argument("name")
@click.option(
    "--password-stdin",
    is_flag=True,
    help="从标准输入读取新密码 / read the new password from stdin",
)
@click.option("--json", "as_json", is_flag=True, help="输出 JSON / print JSON")
@ACTOR
@workflow_options
@guarded
def user_token(
    ctx: Context, name: str, password_stdin: bool, as_json: bool, actor_name: str | None
) -> int:
    """为用户设置新令牌或密码（管理员，或用户本人）/ a new token or password."""
    from pipeline.service import people

    actor = ctx.actor(actor_name)
    outcome = people.reset_credential(ctx.register, actor, name, password=_password(password_stdin))
    return _with_token(ctx, outcome, as_json)


COMMANDS = (user_group,)
