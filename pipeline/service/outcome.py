"""What a service action receives and returns: the acting ``Actor``; ``Done`` or ``Refusal``
(each a message key with parameters, so a front end renders it in Chinese or English); and
``perform``, which runs an action in one locked transaction and turns every refusal into a
``Refusal`` (the transaction is rolled back: a refused action writes nothing)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

from pipeline.errors import BaomiError

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Actor:
    """The acting user as authenticated: ``via`` is ``token`` (a token or password was
    checked), ``os`` (the login name of a private SQLite register) or ``bootstrap`` (nobody:
    adding the first user). Each action reads the user again in its own transaction."""

    name: str
    via: str = "token"


NOBODY = Actor("", via="bootstrap")


@dataclass(frozen=True, slots=True)
class Reason:
    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, lang: str = "zh") -> str:
        from pipeline.messages import message
        from pipeline.workflow.refusal import localized

        return message(self.key, lang, **localized(self.params, lang))


@dataclass(slots=True)
class Done(Generic[T]):
    """The action was done: ``key``/``params`` say so, ``value`` is what it made."""

    key: str | None
    params: dict[str, Any] = field(default_factory=dict)
    value: T | None = None
    ok: Literal[True] = True
    exit_code: int = 0
    # Done, and something the user must know (a drafter's note the attribute contradicts).
    warnings: list[Reason] = field(default_factory=list)

    def render(self, lang: str = "zh") -> str:
        return Reason(self.key, self.params).render(lang) if self.key else ""


@dataclass(slots=True)
class Refusal:
    """The action was refused (``exit_code`` 1: a rule or gate said no; 2: an unknown case,
    finding or user, a bad argument, or a register that cannot be used). ``reasons`` are the
    missing items or broken rules, in order."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)
    reasons: list[Reason] = field(default_factory=list)
    exit_code: int = 1
    ok: Literal[False] = False

    def render(self, lang: str = "zh") -> str:
        head = Reason(self.key, self.params).render(lang)
        if not self.reasons:
            return head
        sep = "；" if lang == "zh" else "; "
        return head + sep.join(r.render(lang) for r in self.reasons)

    def as_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "params": self.params,
            "reasons": [{"key": r.key, "params": r.params} for r in self.reasons],
            "exit_code": self.exit_code,
        }


Outcome = Done[T] | Refusal


def refusal_of(exc: BaomiError) -> Refusal:
    items = getattr(exc, "items", None) or []
    return Refusal(exc.key, dict(exc.params), [Reason(k, dict(p)) for k, p in items], exc.exit_code)


def perform(register: Any, body: Callable[[Any], Done[T]], *, write: bool = True) -> Outcome[T]:
    """Run ``body(session)`` in one transaction of ``register`` (holding the write lock first
    when ``write``); a ``BaomiError`` raised in it becomes a ``Refusal`` and nothing is kept."""
    from sqlalchemy.exc import SQLAlchemyError

    from pipeline.workflow.audit import lock_writers
    from pipeline.workflow.register import safe_url

    try:
        with register.session() as session:
            if write:
                lock_writers(session)
            return body(session)
    except BaomiError as exc:
        return refusal_of(exc)
    except SQLAlchemyError as exc:
        reason = (str(exc).splitlines() or [type(exc).__name__])[0][:200]
        return Refusal(
            "register_unavailable", {"url": safe_url(register.url), "reason": reason}, [], 2
        )
