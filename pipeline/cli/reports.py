"""What an inspector asks for, on the command line: ``ledger``, ``catalogue``, ``form`` (see
``pipeline.reports``) and ``audit verify`` (the register's audit chain)."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli.context import (
    EXIT_OK,
    EXIT_REFUSED,
    Context,
    dump,
    guarded,
    parse_date,
    workflow_options,
)


@click.command("ledger")
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx"]), default=None)
@click.option("--out", "out_file", required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--from", "date_from", help="起始日期 / from date (YYYY-MM-DD)")
@click.option("--to", "date_to", help="截止日期 / to date (YYYY-MM-DD)")
@workflow_options
@guarded
def ledger_command(
    ctx: Context, fmt: str | None, out_file: Path, date_from: str | None, date_to: str | None
) -> int:
    """保密审查台账 / the review ledger (csv in UTF-8 with BOM, or xlsx)."""
    from pipeline.messages import message
    from pipeline.reports import ledger
    from pipeline.reports.spreadsheet import write_table
    from pipeline.service import reports

    fmt = fmt or _format_of(out_file, ("csv", "xlsx"))
    start, end = parse_date(date_from, ctx.lang), parse_date(date_to, ctx.lang)
    rows = ctx.value(
        reports.ledger(
            ctx.register, start=start, end=end, carrier=ctx.config.carrier, lang=ctx.lang
        )
    )
    sheet = message("ledger_sheet", ctx.lang)
    write_table(out_file, fmt, ledger.headers(ctx.lang), rows, sheet=sheet)
    ctx.say("written", path=str(out_file), rows=len(rows))
    return EXIT_OK


@click.command("catalogue")
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx"]), default=None)
@click.option("--out", "out_file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="输出 JSON / print JSON")
@workflow_options
@guarded
def catalogue_command(ctx: Context, fmt: str | None, out_file: Path | None, as_json: bool) -> int:
    """政府信息公开目录（不含涉密文件）/ the catalogue (classified documents left out)."""
    from pipeline.messages import message
    from pipeline.reports import catalogue
    from pipeline.reports.spreadsheet import write_table
    from pipeline.service import reports

    if as_json:
        # The JSON's keys and values are the record's (Chinese) ones, whatever --lang says.
        rows = ctx.value(reports.catalogue(ctx.register))
        dump([dict(zip(catalogue.CATALOGUE_HEADERS, row, strict=True)) for row in rows])
        return EXIT_OK
    rows = ctx.value(reports.catalogue(ctx.register, lang=ctx.lang))
    if out_file is None:
        click.echo("\t".join(catalogue.headers(ctx.lang)))
        for row in rows:
            click.echo("\t".join(str(v) for v in row))
        return EXIT_OK
    fmt = fmt or _format_of(out_file, ("csv", "xlsx"))
    sheet = message("catalogue_sheet", ctx.lang)
    write_table(out_file, fmt, catalogue.headers(ctx.lang), rows, sheet=sheet)
    ctx.say("written", path=str(out_file), rows=len(rows))
    return EXIT_OK


def _format_of(path: Path, formats: tuple[str, ...]) -> str:
    from pipeline.errors import BaomiError

    suffix = path.suffix.lower().lstrip(".")
    if suffix not in formats:
        raise BaomiError("bad_out_format", path=str(path), formats="/".join(formats))
    return suffix


@click.command("form")
@click.argument("case_id")
@click.option("--out", "out_file", required=True, type=click.Path(path_type=Path, dir_okay=False))
@workflow_options
@guarded
def form_command(ctx: Context, case_id: str, out_file: Path) -> int:
    """生成保密审查审批表（PDF 或 DOCX）/ render the review form as PDF or DOCX."""
    from pipeline.reports import form
    from pipeline.service import reports

    fmt = _format_of(out_file, ("pdf", "docx"))
    data = ctx.value(
        reports.form(
            ctx.register,
            case_id,
            carrier=ctx.config.carrier,
            unit=ctx.config.unit,
            lang=ctx.lang,
        )
    )
    if fmt == "pdf":
        form.render_pdf(data, out_file)
    else:
        form.render_docx(data, out_file)
    ctx.say("form_written", path=str(out_file))
    return EXIT_OK


# --------------------------------------------------------------------------- audit


@click.group("audit")
def audit_group() -> None:
    """审计日志 / the audit log."""


@audit_group.command("verify")
@workflow_options
@guarded
def audit_verify(ctx: Context) -> int:
    """校验审计链：发现被修改或删除的记录时返回 1 / verify the audit chain."""
    from pipeline.messages import message
    from pipeline.service import reports

    events, problems = ctx.value(reports.verify_audit(ctx.register))
    if not problems:
        ctx.say("audit_ok", events=events)
        return EXIT_OK
    click.echo(f"baomi: {message('audit_failed', ctx.lang, count=len(problems))}", err=True)
    for problem in problems:
        click.echo(f"  {message(problem.key, ctx.lang, **problem.params)}", err=True)
    return EXIT_REFUSED


COMMANDS = (ledger_command, catalogue_command, form_command, audit_group)
