"""``baomi case list|show``: the cases of the register, with their state and next step."""

from __future__ import annotations

import click

from pipeline.cli.context import (
    EXIT_OK,
    STATUS_LABELS,
    STEP_LABELS,
    Context,
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
    from pipeline.messages import attribute_label, label
    from pipeline.service import cases
    from pipeline.workflow.state import STAGES

    rows = ctx.value(cases.list_cases(ctx.register, status=status))
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
            signed=(", " if ctx.lang == "en" else "、").join(
                label("stage", stage, ctx.lang) for stage in row["signed"]
            )
            or "-",
            # The next review level by its name, else the next step (publish).
            next=label("stage", row["next_step"], ctx.lang)
            if row["next_step"] in STAGES
            else label_of(STEP_LABELS, row["next_step"] or "-", ctx.lang),
        )
    return EXIT_OK


@case_group.command("show")
@click.argument("case_id")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON / print JSON")
@workflow_options
@guarded
def case_show(ctx: Context, case_id: str, as_json: bool) -> int:
    """显示案卷详情（含原文，仅供内部审查）/ show a case (internal: holds original text)."""
    from pipeline.service import cases

    detail = ctx.value(cases.show_case(ctx.register, case_id))
    if as_json:
        dump(detail)
        return EXIT_OK
    from pipeline.cli.case_text import case_lines

    lines = case_lines(detail, ctx.lang)
    click.echo("\n".join(lines))
    return EXIT_OK


COMMANDS = (case_group,)
