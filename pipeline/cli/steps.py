"""The workflow steps on the command line, one command each: ``sign``, ``decide``,
``secrecy queue|confirm``, ``declassify``, ``consent`` and ``publish``."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli.context import (
    ANSWER_LABELS,
    EXIT_OK,
    NAME,
    Context,
    current_time,
    dump,
    guarded,
    label_of,
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
@NAME
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
    by: str,
    opinion: str,
    attribute: str | None,
    summary: str | None,
) -> int:
    """签署初审、复审、审批意见（按顺序）/ sign off a review level, in order."""
    from pipeline.workflow.sign import sign
    from pipeline.workflow.state import get_case

    with ctx.session() as session:
        case = get_case(session, case_id)
        row = sign(
            session,
            case,
            stage=stage,
            by=by,
            opinion=opinion,
            attribute=attribute,
            summary=summary,
            at=current_time(),
        )
        ctx.say("signed", stage=row.stage, case=case.case_id, by=by)
    return EXIT_OK


@click.command("decide")
@click.argument("case_id")
@click.argument("finding_id")
@click.option("--action", required=True, type=click.Choice(["keep", "redact"]))
@NAME
@click.option("--reason", required=True, help="理由 / reason")
@workflow_options
@guarded
def decide_command(
    ctx: Context, case_id: str, finding_id: str, action: str, by: str, reason: str
) -> int:
    """改变审查项的处理（保留或删除）并说明理由 / override a finding's action."""
    from pipeline.workflow.decide import decide
    from pipeline.workflow.state import get_case

    with ctx.session() as session:
        case = get_case(session, case_id)
        decide(session, case, finding_id, action=action, by=by, reason=reason, at=current_time())
        ctx.say("decided", finding=finding_id, action=action, case=case.case_id)
    return EXIT_OK


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
    from pipeline.policy import label
    from pipeline.workflow import secrecy

    days = ctx.config.secrecy_days
    with ctx.session() as session:
        items = secrecy.secrecy_queue(
            session, days=days, today=current_time().date(), overdue_only=overdue
        )
    if as_json:
        dump([item.as_dict() for item in items])
        return EXIT_OK
    if not items:
        ctx.say("queue_empty")
    from pipeline.messages import message

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
@NAME
@click.option("--opinion", required=True, help="保密工作部门意见 / the office's opinion")
@click.option("--reject", is_flag=True, help="不予确认（不属于国家秘密）/ not a state secret")
@workflow_options
@guarded
def secrecy_confirm(
    ctx: Context, case_id: str, finding_ids: tuple[str, ...], by: str, opinion: str, reject: bool
) -> int:
    """登记保密工作部门的确认或否定意见 / record the secrecy office's answer."""
    from pipeline.workflow.secrecy import secrecy_answer
    from pipeline.workflow.state import get_case

    with ctx.session() as session:
        case = get_case(session, case_id)
        secrecy_answer(
            session,
            case,
            list(finding_ids),
            by=by,
            opinion=opinion,
            reject=reject,
            at=current_time(),
        )
        ctx.say(
            "secrecy_answered",
            findings=", ".join(finding_ids),
            result=label_of(ANSWER_LABELS, "rejected" if reject else "confirmed", ctx.lang),
        )
    return EXIT_OK


# --------------------------------------------------------------------------- declassify / consent


@click.command("declassify")
@click.argument("case_id")
@NAME
@click.option("--basis", required=True, help="解密依据 / basis of the declassification")
@workflow_options
@guarded
def declassify_command(ctx: Context, case_id: str, by: str, basis: str) -> int:
    """登记解密决定（保密期限已满的文件公开前必须）/ record a declassification."""
    from pipeline.workflow.declassify import declassify
    from pipeline.workflow.state import get_case

    with ctx.session() as session:
        case = get_case(session, case_id)
        declassify(session, case, by=by, basis=basis, at=current_time())
        ctx.say("declassified", case=case.case_id)
    return EXIT_OK


@click.command("consent")
@click.argument("case_id")
@click.option("--issuer", required=True, help="联合发文机关 / joint issuer")
@NAME
@workflow_options
@guarded
def consent_command(ctx: Context, case_id: str, issuer: str, by: str) -> int:
    """登记联合发文机关的同意意见 / record a joint issuer's consent."""
    from pipeline.workflow.consent import consent
    from pipeline.workflow.state import get_case

    with ctx.session() as session:
        case = get_case(session, case_id)
        consent(session, case, issuer=issuer, by=by, at=current_time())
        ctx.say("consented", issuer=issuer, case=case.case_id)
    return EXIT_OK


# --------------------------------------------------------------------------- publish


def _default_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


@click.command("publish")
@click.argument("case_id")
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(path_type=Path, file_okay=False),
    help="输出目录 / output folder",
)
@click.option("--by", "by", help="录入人员 / who publishes (default: the login name)")
@click.option("--carrier", help="公开载体 / where it is published")
@workflow_options
@guarded
def publish_command(
    ctx: Context, case_id: str, out_dir: Path, by: str | None, carrier: str | None
) -> int:
    """全部审查环节完成后生成最终公开文本 / write the final publishable copy."""
    from pipeline.workflow.publish import publish
    from pipeline.workflow.state import get_case

    with ctx.session() as session:
        case = get_case(session, case_id)
        result = publish(
            session,
            case,
            out_dir,
            by=by or _default_user(),
            carrier=carrier or ctx.config.carrier,
            at=current_time(),
        )
        ctx.say(
            "published_rereviewed" if result.rereviewed else "published",
            path=str(result.path),
            case=case.case_id,
        )
    return EXIT_OK


COMMANDS = (
    sign_command,
    decide_command,
    secrecy_group,
    declassify_command,
    consent_command,
    publish_command,
)
