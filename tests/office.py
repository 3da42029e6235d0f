"""The people of a small office, registered in a test register with known passwords, and a
``cli`` that acts as whoever ``--by``/``--as`` names (its password in ``BAOMI_TOKEN``)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from click.testing import CliRunner, Result

PEOPLE: dict[str, tuple[str, ...]] = {
    "管理员": ("admin",),
    **dict.fromkeys(("赵科员", "赵", "赵科长"), ("drafter",)),
    **dict.fromkeys(
        ("王处长", "王", "王副局长", "李审核", "陈录入", "录入员", "教育局办公室", "财政局办公室"),
        ("reviewer",),
    ),
    **dict.fromkeys(("刘局长", "刘"), ("approver",)),
    **dict.fromkeys(("市保密局张某", "保密办", "保密局", "张", "张主任"), ("secrecy",)),
}
ADMIN = "管理员"


def password_of(name: str) -> str:
    return f"pw-{name}-2025"


def url_of(register: Path | str) -> str:
    text = str(register)
    return text if "://" in text else f"sqlite:///{Path(text).resolve()}"


def add_people(register: Path | str, people: Mapping[str, tuple[str, ...]] = PEOPLE) -> None:
    """Register ``people`` (the first must be an admin on an empty register), each with the
    password ``password_of(name)``; through the service layer, as ``baomi user add`` does."""
    from pipeline.service import people as service
    from pipeline.service.outcome import NOBODY, Actor
    from pipeline.workflow.register import open_register

    handle = open_register(url_of(register))
    try:
        for name, roles in people.items():
            actor = NOBODY if service.first_user_needed(handle) else Actor(ADMIN)
            outcome = service.add_user(handle, actor, name, roles=roles, password=password_of(name))
            assert outcome.ok, outcome.render("en")
    finally:
        handle.close()


_PEOPLED: set[str] = set()


def ensure_people(register: Path | str) -> None:
    """Register ``PEOPLE`` in ``register`` once (the workflow tests' office)."""
    key = url_of(register)
    if key not in _PEOPLED:
        add_people(register)
        _PEOPLED.add(key)


def acting(args: tuple[str, ...]) -> str | None:
    for flag in ("--by", "--as"):
        if flag in args:
            return args[args.index(flag) + 1]
    return None


def run(register: Path | str | None, *args: str, env: Mapping[str, str] | None = None) -> Result:
    """``baomi ARGS --register REGISTER`` with the password of the user ``--by``/``--as``
    names."""
    from pipeline.cli import main

    environment = dict(env or {})
    name = acting(args)
    if name is not None and "BAOMI_TOKEN" not in environment:
        environment["BAOMI_TOKEN"] = password_of(name)
    full = [*args, "--register", str(register)] if register is not None else list(args)
    return CliRunner(env=environment).invoke(main, full, catch_exceptions=False)
