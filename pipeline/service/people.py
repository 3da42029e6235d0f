"""People: telling who acts (``authenticate``), and the admin's actions on users (``add_user``,
``list_users``, ``disable_user``, ``reset_credential``). The first user of an empty register
is added by nobody and must be an admin (see ``pipeline.workflow.users``)."""

from __future__ import annotations

import datetime
from typing import Any

from pipeline.service.outcome import NOBODY, Actor, Done, Outcome, perform
from pipeline.workflow.audit import now
from pipeline.workflow.refusal import Refused
from pipeline.workflow.users import Identity


def first_user_needed(register: Any) -> bool:
    """Whether the register has no users yet (its first user is added by nobody)."""
    from pipeline.workflow.users import user_count

    outcome = perform(register, lambda session: Done(None, {}, user_count(session)), write=False)
    return outcome.ok and outcome.value == 0


def authenticate(register: Any, identity: Identity) -> Outcome[Actor]:
    """The ``Actor`` that ``identity`` proves to be, or the refusal saying why not."""
    from pipeline.workflow import users

    def body(session: Any) -> Done[Actor]:
        user, via = users.authenticate(session, identity, private=register.private)
        return Done(None, {}, Actor(user.name, via))

    return perform(register, body, write=False)


def submitter(register: Any, name: str | None, secret: str | None) -> Outcome[Actor | None]:
    """Who submits the documents of a review (the drafter of the cases it opens): the user
    named (who must then prove it), else the user mapped to this login on a private SQLite
    register, else nobody registered (None: the cases record the login name)."""
    from pipeline.workflow.cases import login_name

    identity = Identity(name, secret, login_name())
    if name is None and secret is None:
        outcome = authenticate(register, identity)
        return outcome if outcome.ok else Done(None, {}, None)
    return authenticate(register, identity)


def _acting_admin(session: Any, actor: Actor) -> Any:
    from pipeline.workflow.roles import require_role
    from pipeline.workflow.users import acting_user

    user = acting_user(session, actor.name)
    require_role(user, "users")
    return user


def add_user(
    register: Any,
    actor: Actor,
    name: str,
    *,
    roles: list[str] | tuple[str, ...],
    unit: str | None = None,
    os_user: str | None = None,
    password: str | None = None,
    at: datetime.datetime | None = None,
) -> Outcome[dict[str, Any]]:
    """Add a user (an admin's action; on an empty register, ``NOBODY`` adds the first admin).
    ``Done.value`` holds the user and ``token``: the new token, shown this once (None when a
    password was given)."""
    from pipeline.workflow import users

    def body(session: Any) -> Done[dict[str, Any]]:
        by = None
        if users.user_count(session):
            if actor is NOBODY or not actor.name:
                raise Refused("actor_missing")
            by = _acting_admin(session, actor)
        user, token = users.add_user(
            session,
            name=name,
            roles=roles,
            unit=unit,
            os_user=os_user,
            password=password,
            by=by,
            at=at or now(),
        )
        view = users.user_view(user)
        return Done(
            "user_added",
            {"user": user.name, "roles": "、".join(view["roles"])},
            {**view, "token": token},
        )

    return perform(register, body)


def list_users(register: Any) -> Outcome[list[dict[str, Any]]]:
    from sqlalchemy import select

    from pipeline.workflow.tables import User
    from pipeline.workflow.users import user_view

    def body(session: Any) -> Done[list[dict[str, Any]]]:
        rows = session.scalars(select(User).order_by(User.id))
        return Done(None, {}, [user_view(u) for u in rows])

    return perform(register, body, write=False)


def disable_user(
    register: Any, actor: Actor, name: str, *, at: datetime.datetime | None = None
) -> Outcome[dict[str, Any]]:
    from pipeline.workflow import users

    def body(session: Any) -> Done[dict[str, Any]]:
        user = users.disable_user(session, name, by=_acting_admin(session, actor), at=at or now())
        return Done("user_disabled_done", {"user": user.name}, users.user_view(user))

    return perform(register, body)


def reset_credential(
    register: Any,
    actor: Actor,
    name: str,
    *,
    password: str | None = None,
    at: datetime.datetime | None = None,
) -> Outcome[dict[str, Any]]:
    """A new token (or the given password) for ``name``: by an admin, or by the user."""
    from pipeline.workflow import users

    def body(session: Any) -> Done[dict[str, Any]]:
        by = users.acting_user(session, actor.name)
        user, token = users.reset_secret(session, name, password=password, by=by, at=at or now())
        view = {**users.user_view(user), "token": token}
        return Done("credential_reset", {"user": user.name}, view)

    return perform(register, body)
