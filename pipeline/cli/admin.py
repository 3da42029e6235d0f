"""``baomi register status|upgrade|backup|restore|rules|relax|enforce``: the register itself,
thin over ``pipeline.service.admin``. ``upgrade``, ``backup`` and ``restore`` need the database
(the SQLite file, PostgreSQL's owner role), not a registered user; ``relax`` and ``enforce`` are
an admin's."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli.context import ACTOR, EXIT_OK, Context, dump, guarded, workflow_options


@click.group("register")
def register_group() -> None:
    """审查登记库：版本、升级、备份、职责分离规则 / the register: version, upgrade, backup, rules."""


@register_group.command("status")
@workflow_options
@guarded
def register_status(ctx: Context) -> int:
    """显示登记库结构版本 / show the register's schema version."""
    from pipeline.service import admin

    return ctx.finish(admin.status(ctx.register_url))


@register_group.command("upgrade")
@workflow_options
@guarded
def register_upgrade(ctx: Context) -> int:
    """将登记库升级到本程序的结构版本（请先备份）/ move the register to this version."""
    from pipeline.service import admin

    return ctx.finish(admin.upgrade(ctx.register_url))


@register_group.command("backup")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@workflow_options
@guarded
def register_backup(ctx: Context, file: Path) -> int:
    """备份 SQLite 登记库（一致性快照）/ back up a SQLite register (a consistent copy)."""
    from pipeline.service import admin

    return ctx.finish(admin.backup(ctx.register_url, file))


@register_group.command("restore")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@workflow_options
@guarded
def register_restore(ctx: Context, file: Path) -> int:
    """从备份恢复 SQLite 登记库（原库另存）/ restore a SQLite register from a backup."""
    from pipeline.service import admin

    return ctx.finish(admin.restore(ctx.register_url, file))


@register_group.command("rules")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON / print JSON")
@workflow_options
@guarded
def register_rules(ctx: Context, as_json: bool) -> int:
    """职责分离规则及其状态 / the separation-of-duty rules and whether they are relaxed."""
    from pipeline.messages import message
    from pipeline.service import admin
    from pipeline.workflow.refusal import localized

    rows = ctx.value(admin.rules(ctx.register))
    if as_json:
        dump(rows)
        return EXIT_OK
    for row in rows:
        reason = f"（{row['reason']}）" if row["relaxed"] and ctx.lang == "zh" else ""
        if row["relaxed"] and ctx.lang == "en":
            reason = f" ({row['reason']})"
        ctx.say(
            "rule_line",
            rule=row["rule"],
            label=localized({"label": row["rule"]}, ctx.lang)["label"],
            state=message("rule_off" if row["relaxed"] else "rule_on", ctx.lang),
            reason=reason,
        )
    return EXIT_OK


@register_group.command("relax")
@click.argument("rule", type=click.Choice(["distinct_signers", "approver_not_drafter"]))
@click.option("--reason", required=True, help="理由（如本单位人员不足）/ why (the unit is small)")
@ACTOR
@workflow_options
@guarded
def register_relax(ctx: Context, rule: str, reason: str, actor_name: str | None) -> int:
    """放宽一条职责分离规则（管理员）/ relax a separation-of-duty rule (admin)."""
    from pipeline.service import admin

    actor = ctx.actor(actor_name)
    return ctx.finish(admin.set_rule(ctx.register, actor, rule, relaxed=True, reason=reason))


@register_group.command("enforce")
@click.argument("rule", type=click.Choice(["distinct_signers", "approver_not_drafter"]))
@ACTOR
@workflow_options
@guarded
def register_enforce(ctx: Context, rule: str, actor_name: str | None) -> int:
    """恢复执行一条职责分离规则（管理员）/ enforce a rule again (admin)."""
    from pipeline.service import admin

    actor = ctx.actor(actor_name)
    return ctx.finish(admin.set_rule(ctx.register, actor, rule, relaxed=False))


COMMANDS = (register_group,)
