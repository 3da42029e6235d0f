"""The register itself: its schema version (``status``, ``upgrade``), backup and restore of a
SQLite register, and the separation-of-duty rules an admin relaxes or enforces again.

Upgrading, backing up and restoring need no registered user: they need the database itself
(the SQLite file, or PostgreSQL's owner role), and they may run on a register that has no users
yet; the audit chain records each upgrade and restore with the login name that did it."""

from __future__ import annotations

import datetime
from pathlib import Path
from typing import Any

from pipeline.service.outcome import Actor, Done, Outcome, Refusal, perform, refusal_of
from pipeline.workflow.audit import now
from pipeline.workflow.refusal import Refused


def _open(url: str) -> Any:
    from pipeline.workflow.register import open_register

    return open_register(url, check_schema=False)


def _log(register: Any, action: str, payload: dict[str, Any], at: datetime.datetime) -> None:
    from pipeline.workflow.audit import append_event
    from pipeline.workflow.cases import login_name

    with register.session() as session:
        append_event(
            session, actor=login_name(), action=action, case_id=None, payload=payload, at=at
        )


def status(url: str) -> Outcome[dict[str, Any]]:
    from pipeline.errors import BaomiError
    from pipeline.workflow import migrate

    try:
        register = _open(url)
    except BaomiError as exc:
        return refusal_of(exc)
    try:
        with register.engine.connect() as connection:
            state = migrate.schema_state(connection)
    finally:
        register.close()
    value = {"version": state.version, "state": state.kind, "head": migrate.HEAD}
    return Done(
        "register_status_" + state.kind, {"version": state.label, "head": migrate.HEAD}, value
    )


def upgrade(url: str, *, at: datetime.datetime | None = None) -> Outcome[dict[str, Any]]:
    """Move the register at ``url`` to this code's schema (a new one is created)."""
    from sqlalchemy.exc import SQLAlchemyError

    from pipeline.errors import BaomiError
    from pipeline.workflow import migrate
    from pipeline.workflow.register import safe_url

    try:
        register = _open(url)
    except BaomiError as exc:
        return refusal_of(exc)
    try:
        before, after = migrate.upgrade(register.engine)
        if before.kind == "newer":
            return Refusal(
                "register_too_new",
                {"url": safe_url(url), "version": before.label, "head": migrate.HEAD},
                [],
                2,
            )
        if after.kind != "current":
            return Refusal("register_foreign", {"url": safe_url(url)}, [], 2)
        moved = before.kind != "current"
        if moved:
            _log(
                register,
                "register_upgraded",
                {"from": before.label, "to": after.label},
                at or now(),
            )
        key = "register_upgraded" if moved else "register_up_to_date"
        value = {"from": before.label, "to": after.label, "moved": moved}
        return Done(key, {"from": before.label, "to": after.label}, value)
    except SQLAlchemyError as exc:
        reason = (str(exc).splitlines() or [type(exc).__name__])[0][:200]
        return Refusal("register_unavailable", {"url": safe_url(url), "reason": reason}, [], 2)
    finally:
        register.close()


def backup(url: str, target: Path) -> Outcome[dict[str, Any]]:
    from pipeline.errors import BaomiError
    from pipeline.workflow import backup as backups

    try:
        register = _open(url)
        try:
            value = backups.backup(register, target)
        finally:
            register.close()
    except BaomiError as exc:
        return refusal_of(exc)
    return Done("backup_written", {"path": value["path"]}, value)


def restore(
    url: str, source: Path, *, at: datetime.datetime | None = None
) -> Outcome[dict[str, Any]]:
    from pipeline.errors import BaomiError
    from pipeline.workflow import backup as backups

    moment = at or now()
    try:
        register = _open(url)
        try:
            value = backups.restore(register, source, at=moment)
            if value["current"]:
                _log(register, "register_restored", {"from": value["source"]}, moment)
        finally:
            register.close()
    except BaomiError as exc:
        return refusal_of(exc)
    key = "register_restored" if value["current"] else "register_restored_old"
    return Done(key, {"path": value["path"], "kept": value["kept"] or "-"}, value)


def rules(register: Any) -> Outcome[list[dict[str, Any]]]:
    from pipeline.workflow.roles import rules_table

    return perform(register, lambda session: Done(None, {}, rules_table(session)), write=False)


def set_rule(
    register: Any,
    actor: Actor,
    rule: str,
    *,
    relaxed: bool,
    reason: str | None = None,
    at: datetime.datetime | None = None,
) -> Outcome[dict[str, Any]]:
    """Relax a separation rule (with the reason the office gives: its size, say) or enforce
    it again: an admin's action, in the audit chain."""
    from sqlalchemy import select

    from pipeline.workflow.audit import add_audited, stamp
    from pipeline.workflow.roles import RULES, require_role, require_text
    from pipeline.workflow.tables import RuleSetting
    from pipeline.workflow.users import acting_user

    def body(session: Any) -> Done[dict[str, Any]]:
        user = acting_user(session, actor.name)
        require_role(user, "rules")
        if rule not in RULES:
            raise Refused("unknown_rule", rule=rule, rules="、".join(RULES))
        text = require_text(reason, "reason") if relaxed else (reason or "").strip()
        moment = at or now()
        row = session.scalars(select(RuleSetting).where(RuleSetting.rule == rule)).first()
        if row is None:
            row = RuleSetting(rule=rule, relaxed=0, reason="")
        if bool(row.relaxed) == relaxed:
            raise Refused("rule_unchanged", rule=rule)
        row.relaxed, row.reason = int(relaxed), text
        row.changed_by, row.changed_at = user.name, stamp(moment)
        add_audited(
            session,
            row,
            actor=user.name,
            action="rule_relaxed" if relaxed else "rule_enforced",
            case_id=None,
            at=moment,
        )
        key = "rule_relaxed" if relaxed else "rule_enforced"
        return Done(key, {"rule": rule}, {"rule": rule, "relaxed": relaxed, "reason": text})

    return perform(register, body)
