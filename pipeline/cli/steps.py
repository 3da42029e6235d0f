"""Workflow commands of the command line (added to ``baomi`` by ``pipeline.cli``):

``case list|show``, ``sign``, ``decide``, ``secrecy queue|confirm``, ``declassify``,
``consent``, ``publish``, ``ledger``, ``catalogue``, ``form``, ``audit verify``.

Exit status: 0 done; 1 a gate refused or something is missing (the reason is printed on one
line); 2 a usage error (unknown case, bad option, register that cannot be opened).

Only click is imported here at module level, so ``baomi --help`` stays fast.
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


def _common(fn: Callable[..., Any]) -> Callable[..., Any]:
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


def _guarded(fn: Callable[..., Any]) -> Callable[..., Any]:
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


def _now() -> Any:
    from pipeline.workflow.audit import now

    return now()


def _date(value: str | None, lang: str) -> Any:
    import datetime

    from pipeline.errors import BaomiError

    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise BaomiError("bad_date", value=value) from None


def _dump(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


STATUS_LABELS = {"open": "审查中", "approved": "已审批", "published": "已公开"}
STEP_LABELS = {"publish": "公开"}
ANSWER_LABELS = {"confirmed": "确认", "rejected": "不予确认"}


def _label(labels: dict[str, str], value: str, lang: str) -> str:
    return labels.get(value, value) if lang == "zh" else value


NAME = click.option("--by", "by", required=True, help="签署人 / name of the person")


# --------------------------------------------------------------------------- case


@click.group("case")
def case_group() -> None:
    """案卷 / cases of the register."""


@case_group.command("list")
@click.option(
    "--status", type=click.Choice(["open", "approved", "published"]), help="按状态筛选 / filter"
)
@click.option("--json", "as_json", is_flag=True, help="输出 JSON / print JSON")
@_common
@_guarded
def case_list(ctx: Context, status: str | None, as_json: bool) -> int:
    """列出案卷 / list cases."""
    from sqlalchemy import select

    from pipeline.messages import attribute_label
    from pipeline.workflow.state import load_state
    from pipeline.workflow.tables import Case
    from pipeline.workflow.views import case_summary

    today = _now().date()
    with ctx.session() as session:
        query = select(Case).order_by(Case.id)
        if status:
            query = query.where(Case.status == status)
        rows = [case_summary(load_state(session, case), today) for case in session.scalars(query)]
    if as_json:
        _dump(rows)
        return EXIT_OK
    if not rows:
        ctx.say("no_cases")
    for row in rows:
        ctx.say(
            "case_line",
            case=row["case_id"],
            status=_label(STATUS_LABELS, row["status"], ctx.lang),
            name=row["name"],
            attribute=attribute_label(row["disclosure_attribute"] or "-", ctx.lang),
            signed="、".join(row["signed"]) or "-",
            next=_label(STEP_LABELS, row["next_step"] or "-", ctx.lang),
        )
    return EXIT_OK


@case_group.command("show")
@click.argument("case_id")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON / print JSON")
@_common
@_guarded
def case_show(ctx: Context, case_id: str, as_json: bool) -> int:
    """显示案卷详情（含原文，仅供内部审查）/ show a case (internal: holds original text)."""
    from pipeline.messages import message
    from pipeline.workflow.state import get_case, load_state
    from pipeline.workflow.views import case_detail

    today = _now().date()
    with ctx.session() as session:
        detail = case_detail(load_state(session, get_case(session, case_id)), today)
    if as_json:
        _dump(detail)
        return EXIT_OK
    lines = [
        f"{detail['case_id']}  {detail['name']}  [{_label(STATUS_LABELS, detail['status'], ctx.lang)}]",
        f"  标题 / title: {detail['title'] or '-'}",
        f"  文号 / number: {detail['doc_number'] or '-'}",
        f"  发文机关 / issuers: {'、'.join(detail['issuers']) or '-'}",
        f"  公开属性 / attribute: {detail['disclosure_attribute'] or '-'}",
    ]
    for f in detail["findings"]:
        extra = f" ({f['status']})" if f["route"] else ""
        lines.append(
            f"  {f['id']} {f['entity_type']} {f['category']} {f['proposed_action']}→{f['action']}"
            f"{extra}: {f['text']}"
        )
    for s in detail["signoffs"]:
        lines.append(f"  {s['stage']}: {s['by']} {s['at'][:10]} {s['opinion']}")
    for item in detail["missing"]:
        params = {k: v for k, v in item.items() if k != "key"}
        lines.append("  - " + message(item["key"], ctx.lang, **params))
    click.echo("\n".join(lines))
    return EXIT_OK


# --------------------------------------------------------------------------- sign / decide


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
@_common
@_guarded
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
            at=_now(),
        )
        ctx.say("signed", stage=row.stage, case=case.case_id, by=by)
    return EXIT_OK


@click.command("decide")
@click.argument("case_id")
@click.argument("finding_id")
@click.option("--action", required=True, type=click.Choice(["keep", "redact"]))
@NAME
@click.option("--reason", required=True, help="理由 / reason")
@_common
@_guarded
def decide_command(
    ctx: Context, case_id: str, finding_id: str, action: str, by: str, reason: str
) -> int:
    """改变审查项的处理（保留或删除）并说明理由 / override a finding's action."""
    from pipeline.workflow.decide import decide
    from pipeline.workflow.state import get_case

    with ctx.session() as session:
        case = get_case(session, case_id)
        decide(session, case, finding_id, action=action, by=by, reason=reason, at=_now())
        ctx.say("decided", finding=finding_id, action=action, case=case.case_id)
    return EXIT_OK


# --------------------------------------------------------------------------- secrecy office


@click.group("secrecy")
def secrecy_group() -> None:
    """保密工作部门 / the secrecy office."""


@secrecy_group.command("queue")
@click.option("--overdue", is_flag=True, help="只列逾期事项 / only overdue items")
@click.option("--json", "as_json", is_flag=True, help="输出 JSON / print JSON")
@_common
@_guarded
def secrecy_queue(ctx: Context, overdue: bool, as_json: bool) -> int:
    """待保密工作部门确认的事项及期限 / what awaits the secrecy office, with deadlines."""
    from pipeline.policy import label
    from pipeline.workflow import secrecy

    days = ctx.config.secrecy_days
    with ctx.session() as session:
        items = secrecy.secrecy_queue(session, days=days, today=_now().date(), overdue_only=overdue)
    if as_json:
        _dump([item.as_dict() for item in items])
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
@_common
@_guarded
def secrecy_confirm(
    ctx: Context, case_id: str, finding_ids: tuple[str, ...], by: str, opinion: str, reject: bool
) -> int:
    """登记保密工作部门的确认或否定意见 / record the secrecy office's answer."""
    from pipeline.workflow.secrecy import secrecy_answer
    from pipeline.workflow.state import get_case

    with ctx.session() as session:
        case = get_case(session, case_id)
        secrecy_answer(
            session, case, list(finding_ids), by=by, opinion=opinion, reject=reject, at=_now()
        )
        ctx.say(
            "secrecy_answered",
            findings=", ".join(finding_ids),
            result=_label(ANSWER_LABELS, "rejected" if reject else "confirmed", ctx.lang),
        )
    return EXIT_OK


# --------------------------------------------------------------------------- declassify / consent


@click.command("declassify")
@click.argument("case_id")
@NAME
@click.option("--basis", required=True, help="解密依据 / basis of the declassification")
@_common
@_guarded
def declassify_command(ctx: Context, case_id: str, by: str, basis: str) -> int:
    """登记解密决定（保密期限已满的文件公开前必须）/ record a declassification."""
    from pipeline.workflow.declassify import declassify
    from pipeline.workflow.state import get_case

    with ctx.session() as session:
        case = get_case(session, case_id)
        declassify(session, case, by=by, basis=basis, at=_now())
        ctx.say("declassified", case=case.case_id)
    return EXIT_OK


@click.command("consent")
@click.argument("case_id")
@click.option("--issuer", required=True, help="联合发文机关 / joint issuer")
@NAME
@_common
@_guarded
def consent_command(ctx: Context, case_id: str, issuer: str, by: str) -> int:
    """登记联合发文机关的同意意见 / record a joint issuer's consent."""
    from pipeline.workflow.consent import consent
    from pipeline.workflow.state import get_case

    with ctx.session() as session:
        case = get_case(session, case_id)
        consent(session, case, issuer=issuer, by=by, at=_now())
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
@_common
@_guarded
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
            at=_now(),
        )
        ctx.say(
            "published_rereviewed" if result.rereviewed else "published",
            path=str(result.path),
            case=case.case_id,
        )
    return EXIT_OK


# --------------------------------------------------------------------------- outputs


@click.command("ledger")
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx"]), default=None)
@click.option("--out", "out_file", required=True, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--from", "date_from", help="起始日期 / from date (YYYY-MM-DD)")
@click.option("--to", "date_to", help="截止日期 / to date (YYYY-MM-DD)")
@_common
@_guarded
def ledger_command(
    ctx: Context, fmt: str | None, out_file: Path, date_from: str | None, date_to: str | None
) -> int:
    """保密审查台账 / the review ledger (csv in UTF-8 with BOM, or xlsx)."""
    from pipeline.reports import ledger

    fmt = fmt or _format_of(out_file, ("csv", "xlsx"))
    start, end = _date(date_from, ctx.lang), _date(date_to, ctx.lang)
    with ctx.session() as session:
        rows = ledger.ledger_rows(session, start=start, end=end, carrier=ctx.config.carrier)
    ledger.write_table(out_file, fmt, ledger.LEDGER_HEADERS, rows, sheet="保密审查台账")
    ctx.say("written", path=str(out_file), rows=len(rows))
    return EXIT_OK


@click.command("catalogue")
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx"]), default=None)
@click.option("--out", "out_file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="输出 JSON / print JSON")
@_common
@_guarded
def catalogue_command(ctx: Context, fmt: str | None, out_file: Path | None, as_json: bool) -> int:
    """政府信息公开目录（不含涉密文件）/ the catalogue (classified documents left out)."""
    from pipeline.reports import ledger

    with ctx.session() as session:
        rows = ledger.catalogue_rows(session, today=_now().date())
    if as_json or out_file is None:
        if as_json:
            _dump([dict(zip(ledger.CATALOGUE_HEADERS, row, strict=True)) for row in rows])
        else:
            for row in rows:
                click.echo("\t".join(str(v) for v in row))
        return EXIT_OK
    fmt = fmt or _format_of(out_file, ("csv", "xlsx"))
    ledger.write_table(out_file, fmt, ledger.CATALOGUE_HEADERS, rows, sheet="政府信息公开目录")
    ctx.say("written", path=str(out_file), rows=len(rows))
    return EXIT_OK


def _format_of(path: Path, formats: tuple[str, ...]) -> str:
    from pipeline.errors import BaomiError

    suffix = path.suffix.lower().lstrip(".")
    if suffix not in formats:
        raise BaomiError("bad_out_format", path=str(path), formats="、".join(formats))
    return suffix


@click.command("form")
@click.argument("case_id")
@click.option("--out", "out_file", required=True, type=click.Path(path_type=Path, dir_okay=False))
@_common
@_guarded
def form_command(ctx: Context, case_id: str, out_file: Path) -> int:
    """生成保密审查审批表（PDF 或 DOCX）/ render the review form as PDF or DOCX."""
    from pipeline.reports import form
    from pipeline.workflow.state import get_case, load_state

    fmt = _format_of(out_file, ("pdf", "docx"))
    with ctx.session() as session:
        state = load_state(session, get_case(session, case_id))
        data = form.form_data(state, carrier=ctx.config.carrier, unit=ctx.config.unit)
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
@_common
@_guarded
def audit_verify(ctx: Context) -> int:
    """校验审计链：发现被修改或删除的记录时返回 1 / verify the audit chain."""
    from pipeline.messages import message
    from pipeline.workflow import audit

    with ctx.session() as session:
        events, problems = audit.verify(session)
    if not problems:
        ctx.say("audit_ok", events=events)
        return EXIT_OK
    click.echo(f"baomi: {message('audit_failed', ctx.lang, count=len(problems))}", err=True)
    for problem in problems:
        click.echo(f"  {message(problem.key, ctx.lang, **problem.params)}", err=True)
    return EXIT_REFUSED


COMMANDS = [
    case_group,
    sign_command,
    decide_command,
    secrecy_group,
    declassify_command,
    consent_command,
    publish_command,
    ledger_command,
    catalogue_command,
    form_command,
    audit_group,
]
