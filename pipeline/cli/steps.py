"""The workflow steps on the command line, one command each: ``sign``, ``decide``, ``refer``,
``secrecy queue|confirm``, ``declassify``, ``consent``, ``redact`` and ``publish``; each is thin
over its entry point in ``pipeline.service.steps`` (who may act and every rule live there). The acting
user is ``--as USER`` (``--by`` is the same option, kept from earlier releases; env
``BAOMI_USER``) with the token or password in ``BAOMI_TOKEN``."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli.context import (
    ACTOR,
    EXIT_OK,
    Context,
    dump,
    guarded,
    workflow_options,
)


@click.command("sign")
@click.argument("case_id")
@click.option(
    "--stage",
    required=True,
    type=click.Choice(["初审", "复审", "审批", "first", "second", "approval"]),
    help="审查环节 / review level",
)
@ACTOR
@click.option("--opinion", required=True, help="审查意见 / opinion")
@click.option(
    "--attribute",
    type=click.Choice(["主动公开", "依申请公开", "不予公开", "须报审"]),
    help="公开属性 / disclosure attribute",
)
@click.option("--summary", help="内容摘要（初审填写）/ content summary, for the form")
@workflow_options
@guarded
def sign_command(
    ctx: Context,
    case_id: str,
    stage: str,
    actor_name: str | None,
    opinion: str,
    attribute: str | None,
    summary: str | None,
) -> int:
    """签署初审、复审、审批意见（按顺序）/ sign off a review level, in order."""
    from pipeline.service import steps

    actor = ctx.actor(actor_name)
    outcome = steps.sign(
        ctx.register,
        actor,
        case_id,
        stage=stage,
        opinion=opinion,
        attribute=attribute,
        summary=summary,
    )
    return ctx.finish(outcome)


@click.command("decide")
@click.argument("case_id")
@click.argument("finding_id")
@click.option("--action", required=True, type=click.Choice(["keep", "redact"]))
@ACTOR
@click.option("--reason", required=True, help="理由 / reason")
@workflow_options
@guarded
def decide_command(
    ctx: Context,
    case_id: str,
    finding_id: str,
    action: str,
    actor_name: str | None,
    reason: str,
) -> int:
    """改变审查项的处理（保留或删除）并说明理由 / override a finding's action."""
    from pipeline.service import steps

    actor = ctx.actor(actor_name)
    outcome = steps.decide(ctx.register, actor, case_id, finding_id, action=action, reason=reason)
    return ctx.finish(outcome)


@click.command("refer")
@click.argument("case_id")
@click.argument("finding_id")
@ACTOR
@click.option("--reason", required=True, help="理由 / reason")
@workflow_options
@guarded
def refer_command(
    ctx: Context, case_id: str, finding_id: str, actor_name: str | None, reason: str
) -> int:
    """将审查项报保密工作部门确认 / send a finding to the secrecy office."""
    from pipeline.service import steps

    actor = ctx.actor(actor_name)
    return ctx.finish(steps.refer(ctx.register, actor, case_id, finding_id, reason=reason))


# --------------------------------------------------------------------------- secrecy office


@click.group("secrecy")
def secrecy_group() -> None:
    """保密工作部门 / the secrecy office."""


@secrecy_group.command("queue")
@click.option("--overdue", is_flag=True, help="只列逾期事项 / only overdue items")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON / print JSON")
@workflow_options
@guarded
def secrecy_queue(ctx: Context, overdue: bool, as_json: bool) -> int:
    """待保密工作部门确认的事项及期限 / what awaits the secrecy office, with deadlines."""
    from pipeline.messages import message
    from pipeline.policy import label
    from pipeline.service import cases

    items = ctx.value(
        cases.secrecy_queue(ctx.register, days=ctx.config.secrecy_days, overdue_only=overdue)
    )
    if as_json:
        dump([item.as_dict() for item in items])
        return EXIT_OK
    if not items:
        ctx.say("queue_empty")
    for item in items:
        ctx.say(
            "queue_line",
            case=item.case_id,
            finding=item.finding_id,
            entity=item.entity_type,
            category=label(item.category) if ctx.lang == "zh" else item.category,
            name=item.document,
            filed=item.filed,
            due=item.due,
            late=message("queue_overdue", ctx.lang) if item.overdue else "",
        )
    return EXIT_OK


@secrecy_group.command("confirm")
@click.argument("case_id")
@click.argument("finding_ids", nargs=-1, required=True)
@ACTOR
@click.option("--opinion", required=True, help="保密工作部门意见 / the office's opinion")
@click.option("--reject", is_flag=True, help="不予确认（不属于国家秘密）/ not a state secret")
@workflow_options
@guarded
def secrecy_confirm(
    ctx: Context,
    case_id: str,
    finding_ids: tuple[str, ...],
    actor_name: str | None,
    opinion: str,
    reject: bool,
) -> int:
    """登记保密工作部门的确认或否定意见 / record the secrecy office's answer."""
    from pipeline.service import steps

    actor = ctx.actor(actor_name)
    outcome = steps.answer_secrecy(
        ctx.register, actor, case_id, list(finding_ids), opinion=opinion, reject=reject
    )
    return ctx.finish(outcome)


# --------------------------------------------------------------------------- declassify / consent


@click.command("declassify")
@click.argument("case_id")
@ACTOR
@click.option("--basis", required=True, help="解密依据 / basis of the declassification")
@click.option("--number", help="解密决定文号 / the decision's number")
@click.option("--date", "decided_on", help="解密决定日期 YYYY-MM-DD / the decision's date")
@workflow_options
@guarded
def declassify_command(
    ctx: Context,
    case_id: str,
    actor_name: str | None,
    basis: str,
    number: str | None,
    decided_on: str | None,
) -> int:
    """登记解密决定（保密期限已满的文件公开前必须）/ record a declassification."""
    from pipeline.service import steps

    actor = ctx.actor(actor_name)
    outcome = steps.declassify(
        ctx.register, actor, case_id, basis=basis, number=number, date=decided_on
    )
    return ctx.finish(outcome)


@click.command("consent")
@click.argument("case_id")
@click.option("--issuer", required=True, help="联合发文机关 / joint issuer")
@ACTOR
@workflow_options
@guarded
def consent_command(ctx: Context, case_id: str, issuer: str, actor_name: str | None) -> int:
    """登记联合发文机关的同意意见 / record a joint issuer's consent."""
    from pipeline.service import steps

    actor = ctx.actor(actor_name)
    return ctx.finish(steps.consent(ctx.register, actor, case_id, issuer=issuer))


# --------------------------------------------------------------------------- manual redactions


@click.command("redact")
@click.argument("case_id")
@click.option("--text", help="删除该文字的每一处 / redact every occurrence of this text")
@click.option("--page", type=int, help="PDF 页码 / PDF page (with --box)")
@click.option("--box", help="x0,y0,x1,y1（页面坐标，磅）/ area in page points (with --page)")
@click.option(
    "--category",
    type=click.Choice(
        [
            "personal_privacy",
            "state_secret",
            "work_secret",
            "trade_secret",
            "security_stability",
            "internal_affairs",
            "process_info",
            "law_enforcement",
        ]
    ),
    help="不予公开的类别（默认个人隐私）/ category (default personal_privacy)",
)
@click.option("--remove", "remove_id", help="撤销一项人工删除（如 M001）/ take one back")
@ACTOR
@click.option("--reason", required=True, help="理由 / reason")
@workflow_options
@guarded
def redact_command(
    ctx: Context,
    case_id: str,
    text: str | None,
    page: int | None,
    box: str | None,
    category: str | None,
    remove_id: str | None,
    actor_name: str | None,
    reason: str,
) -> int:
    """人工增加（或撤销）删除：一段文字的每一处，或 PDF 页面的一个区域 / add (or remove) a
    manual redaction: every occurrence of a text, or an area of a PDF page."""
    from pipeline.service import steps

    actor = ctx.actor(actor_name)
    if remove_id is not None:
        if text is not None or page is not None or box is not None:
            raise click.UsageError("--remove takes no --text, --page or --box")
        return ctx.finish(steps.unredact(ctx.register, actor, case_id, remove_id, reason=reason))
    outcome = steps.redact(
        ctx.register,
        actor,
        case_id,
        text=text,
        page=page,
        box=box,
        category=category,
        reason=reason,
    )
    return ctx.finish(outcome)


# --------------------------------------------------------------------------- publish


@click.command("publish")
@click.argument("case_id")
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="输出目录 / output folder",
)
@ACTOR
@click.option("--carrier", help="公开载体 / where it is published")
@workflow_options
@guarded
def publish_command(
    ctx: Context, case_id: str, out_dir: Path, actor_name: str | None, carrier: str | None
) -> int:
    """全部审查环节完成后生成最终公开文本 / write the final publishable copy."""
    from pipeline.service import steps

    actor = ctx.actor(actor_name)
    outcome = steps.publish(
        ctx.register,
        actor,
        case_id,
        out_dir,
        carrier=carrier or ctx.config.carrier,
        declassified_note=ctx.config.declassified_note,
    )
    return ctx.finish(outcome)


COMMANDS = (
    sign_command,
    decide_command,
    refer_command,
    secrecy_group,
    declassify_command,
    consent_command,
    redact_command,
    publish_command,
)
