"""``baomi case list|show``: the cases of the register, with their state and next step."""

from __future__ import annotations

import click

from pipeline.cli.context import (
    EXIT_OK,
    STATUS_LABELS,
    STEP_LABELS,
    Context,
    current_time,
    dump,
    guarded,
    label_of,
    workflow_options,
)


@click.group("case")
def case_group() -> None:
    """案卷 / cases of the register."""


@case_group.command("list")
@click.option(
    "--status", type=click.Choice(["open", "approved", "published"]), help="按状态筛选 / filter"
)
@click.option("--json", "as_json", is_flag=True, help="输出 JSON / print JSON")
@workflow_options
@guarded
def case_list(ctx: Context, status: str | None, as_json: bool) -> int:
    """列出案卷 / list cases."""
    from sqlalchemy import select

    from pipeline.messages import attribute_label
    from pipeline.workflow.state import load_state
    from pipeline.workflow.tables import Case
    from pipeline.workflow.views import case_summary

    today = current_time().date()
    with ctx.session() as session:
        query = select(Case).order_by(Case.id)
        if status:
            query = query.where(Case.status == status)
        rows = [case_summary(load_state(session, case), today) for case in session.scalars(query)]
    if as_json:
        dump(rows)
        return EXIT_OK
    if not rows:
        ctx.say("no_cases")
    for row in rows:
        ctx.say(
            "case_line",
            case=row["case_id"],
            status=label_of(STATUS_LABELS, row["status"], ctx.lang),
            name=row["name"],
            attribute=attribute_label(row["disclosure_attribute"] or "-", ctx.lang),
            signed="、".join(row["signed"]) or "-",
            next=label_of(STEP_LABELS, row["next_step"] or "-", ctx.lang),
        )
    return EXIT_OK


@case_group.command("show")
@click.argument("case_id")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON / print JSON")
@workflow_options
@guarded
def case_show(ctx: Context, case_id: str, as_json: bool) -> int:
    """显示案卷详情（含原文，仅供内部审查）/ show a case (internal: holds original text)."""
    from pipeline.workflow.integrity import ensure_intact
    from pipeline.workflow.state import get_case, load_state
    from pipeline.workflow.views import case_detail

    today = current_time().date()

    with ctx.session() as session:
        case = get_case(session, case_id)
        ensure_intact(session, case)
        detail = case_detail(load_state(session, case), today)
    if as_json:
        dump(detail)
        return EXIT_OK
    from pipeline.cli.case_text import case_lines

    lines = case_lines(detail, ctx.lang)
    click.echo("\n".join(lines))
    return EXIT_OK


COMMANDS = (case_group,)
