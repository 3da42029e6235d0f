"""The people of the register: adding, disabling and listing users, setting their credential,
and telling who is acting (authentication). Every change of a user is an audit event carrying
the user's whole row (without the credential's hash).

The first user: on a register without users, ``baomi user add`` needs no acting user, and the
user it adds must hold the ``admin`` role (it then adds everybody else). On a private SQLite
register (see ``Register.private``) a user may be mapped to a login name (``os_user``): that
login acts as the user without a token, which keeps the solo drafter's path short.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pipeline.workflow import credentials
from pipeline.workflow.audit import add_audited, stamp
from pipeline.workflow.refusal import NotFound, Refused
from pipeline.workflow.roles import ROLES
from pipeline.workflow.tables import User

MAX_NAME = 128


@dataclass(frozen=True, slots=True)
class Identity:
    """Who claims to act: a user name (``--as``/``--by`` or ``BAOMI_USER``), a secret
    (``BAOMI_TOKEN``: a token or a password), and the login name of the process."""

    name: str | None
    secret: str | None
    login: str | None


def user_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(User)) or 0)


def find_user(session: Session, name: str) -> User | None:
    return session.scalars(select(User).where(User.name == name)).first()


def get_user(session: Session, name: str) -> User:
    user = find_user(session, name)
    if user is None:
        raise NotFound("user_not_found", user=name)
    return user


def user_view(user: User) -> dict[str, Any]:
    return {
        "name": user.name,
        "roles": list(user.roles or ()),
        "unit": user.unit,
        "os_user": user.os_user,
        "active": bool(user.active),
        "credential": bool(user.secret_hash),
        "created_at": user.created_at,
        "changed_at": user.changed_at,
    }


def clean_name(name: str | None) -> str:
    value = (name or "").strip()
    if not value:
        raise Refused("empty_name")
    if len(value) > MAX_NAME or any(ch.isspace() and ch != " " for ch in value):
        raise Refused("bad_name", user=value[:40])
    return value


def clean_roles(roles: list[str] | tuple[str, ...]) -> list[str]:
    wanted = {r.strip().lower() for r in roles if r.strip()}
    unknown = sorted(wanted - set(ROLES))
    if unknown:
        raise Refused("unknown_role", role="、".join(unknown), choices=", ".join(ROLES))
    if not wanted:
        raise Refused("no_role", choices=", ".join(ROLES))
    return [r for r in ROLES if r in wanted]


def add_user(
    session: Session,
    *,
    name: str,
    roles: list[str] | tuple[str, ...],
    unit: str | None,
    os_user: str | None,
    password: str | None,
    by: User | None,
    at: datetime.datetime,
) -> tuple[User, str | None]:
    """Add a user; returns it and its new token (None when a password was chosen). ``by``
    is None only for the first user of a register, who must be an admin."""
    name = clean_name(name)
    role_list = clean_roles(roles)
    first = user_count(session) == 0
    if by is None and not first:
        raise Refused("actor_missing")
    if first and "admin" not in role_list:
        raise Refused("first_user_admin", user=name)
    if find_user(session, name) is not None:
        raise Refused("user_exists", user=name)
    login = (os_user or "").strip() or None
    if login is not None:
        taken = session.scalars(select(User).where(User.os_user == login)).first()
        if taken is not None:
            raise Refused("os_user_taken", login=login, user=taken.name)
    secret, token = _secret(password)
    user = User(
        name=name,
        roles=role_list,
        unit=(unit or "").strip() or None,
        os_user=login,
        active=1,
        secret_hash=credentials.hash_secret(secret),
        created_at=stamp(at),
        changed_at=stamp(at),
    )
    actor = by.name if by is not None else name
    add_audited(
        session,
        user,
        actor=actor,
        action="user_bootstrapped" if by is None else "user_added",
        case_id=None,
        at=at,
    )
    return user, token


def _secret(password: str | None) -> tuple[str, str | None]:
    if password is None:
        token = credentials.new_token()
        return token, token
    if len(password) < credentials.MIN_PASSWORD:
        raise Refused("password_short", length=credentials.MIN_PASSWORD)
    return password, None


def disable_user(session: Session, name: str, *, by: User, at: datetime.datetime) -> User:
    user = get_user(session, name)
    if not user.active:
        raise Refused("user_already_disabled", user=user.name)
    # Only an active admin disables, and never themself: a register always keeps an admin.
    if user.id == by.id:
        raise Refused("disable_self", user=user.name)
    user.active = 0
    user.changed_at = stamp(at)
    add_audited(session, user, actor=by.name, action="user_disabled", case_id=None, at=at)
    return user


def reset_secret(
    session: Session, name: str, *, password: str | None, by: User, at: datetime.datetime
) -> tuple[User, str | None]:
    """A new token (or the chosen password) for ``name``: an admin for anyone, a user for
    themself. The old credential stops working."""
    user = get_user(session, name)
    if user.id != by.id and "admin" not in (by.roles or ()):
        raise Refused(
            "role_refused",
            user=by.name,
            roles="、".join(by.roles or ()) or "-",
            step="users",
            allowed="admin",
        )
    secret, token = _secret(password)
    user.secret_hash = credentials.hash_secret(secret)
    user.changed_at = stamp(at)
    add_audited(session, user, actor=by.name, action="credential_set", case_id=None, at=at)
    return user, token


def authenticate(session: Session, identity: Identity, *, private: bool) -> tuple[User, str]:
    """The user ``identity`` stands for, and how it was told (``token`` or ``os``).
    Refused: no name and no mapped login, an unknown or disabled user, a wrong or missing
    credential. The login name counts only on a private SQLite register."""
    name = (identity.name or "").strip()
    login = identity.login if private else None
    if not name:
        if identity.name is not None:
            raise Refused("empty_name")
        if identity.secret:
            raise Refused("token_without_user")
        mapped = _by_login(session, login)
        if mapped is None:
            raise Refused("actor_missing")
        return _active(mapped), "os"
    user = find_user(session, name)
    if identity.secret:
        if user is None or not credentials.check_secret(user.secret_hash, identity.secret):
            if user is None:
                credentials.check_secret(None, identity.secret)
            raise Refused("credential_wrong", user=name)
        return _active(user), "token"
    if user is not None and login is not None and user.os_user == login:
        return _active(user), "os"
    if user is None:
        raise Refused("user_not_registered", user=name)
    raise Refused("credential_missing", user=name)


def _by_login(session: Session, login: str | None) -> User | None:
    if not login:
        return None
    return session.scalars(select(User).where(User.os_user == login)).first()


def _active(user: User) -> User:
    if not user.active:
        raise Refused("user_disabled", user=user.name)
    return user


def acting_user(session: Session, name: str) -> User:
    """The acting user as stored now (in the step's own transaction): a user disabled since
    signing in is refused."""
    user = find_user(session, name)
    if user is None:
        raise Refused("user_not_registered", user=name)
    return _active(user)
