"""Who may do what (the seeds' 三审 and the secrecy office), in one table, and the
separation-of-duty rules an office may relax when it is too small to keep them.

Roles: ``drafter`` (承办人: drafts, signs 初审), ``reviewer`` (the unit head or the disclosure
office: 复审, decisions, consents, publication), ``approver`` (the leader in charge: 审批),
``secrecy`` (保密工作部门: answers the secrecy office's queue; declassifies, as the approver
may), ``admin`` (manages the people and the register, and takes no workflow step by that
role). A person may hold several roles.

Separation of duties, each rule on unless an admin relaxed it with a reason
(``baomi register relax``); a step allowed only because a rule was relaxed is written to the
register (``Relaxation``) and shown in the signed record and the ledger:

* ``distinct_signers``: 初审, 复审 and 审批 of a case are signed by three different people;
* ``approver_not_drafter``: the approver of a case is not the person who submitted it.

Never relaxed: each step needs a registered, active user whose role allows it; only the
secrecy role answers for the secrecy office; names, opinions, reasons and bases are not empty.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from pipeline.workflow.refusal import Refused
from pipeline.workflow.tables import RuleSetting, User

ROLES = ("drafter", "reviewer", "approver", "secrecy", "admin")

# The roles allowed to take each step (``sign:<stage>`` for the three levels).
PERMISSIONS: dict[str, frozenset[str]] = {
    "sign:初审": frozenset({"drafter", "reviewer"}),
    "sign:复审": frozenset({"reviewer"}),
    "sign:审批": frozenset({"approver"}),
    "decide": frozenset({"drafter", "reviewer", "approver"}),
    "secrecy": frozenset({"secrecy"}),
    "declassify": frozenset({"secrecy", "approver"}),
    "consent": frozenset({"reviewer", "approver"}),
    "third_party_consent": frozenset({"reviewer", "approver"}),
    "redact": frozenset({"drafter", "reviewer"}),
    "publish": frozenset({"drafter", "reviewer"}),
    "users": frozenset({"admin"}),
    "rules": frozenset({"admin"}),
}

RULES = ("distinct_signers", "approver_not_drafter")


def allowed_roles(step: str) -> frozenset[str]:
    return PERMISSIONS[step]


def require_role(user: User, step: str) -> None:
    """Refuse unless one of the user's roles allows ``step``."""
    allowed = PERMISSIONS[step]
    if not allowed & set(user.roles or ()):
        raise Refused(
            "role_refused",
            user=user.name,
            roles="、".join(user.roles or ()) or "-",
            step=step,
            allowed="、".join(r for r in ROLES if r in allowed),
        )


def require_text(value: str | None, field: str) -> str:
    """Opinions, reasons and bases are what the record keeps of a person's judgment: never
    empty."""
    if value is None or not value.strip():
        raise Refused("empty_text", field=field)
    return value.strip()


def relaxed_rules(session: Session) -> dict[str, str]:
    """The rules relaxed in this register, with the reason given."""
    return {
        row.rule: row.reason
        for row in session.scalars(select(RuleSetting).where(RuleSetting.relaxed == 1))
    }


def rules_table(session: Session) -> list[dict[str, Any]]:
    settings = {row.rule: row for row in session.scalars(select(RuleSetting))}
    table = []
    for rule in RULES:
        row = settings.get(rule)
        table.append(
            {
                "rule": rule,
                "relaxed": bool(row and row.relaxed),
                "reason": row.reason if row and row.relaxed else None,
                "changed_by": row.changed_by if row else None,
                "changed_at": row.changed_at if row else None,
            }
        )
    return table
