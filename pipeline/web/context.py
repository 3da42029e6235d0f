"""What every view of the desk shares: the ``Desk`` (register, configuration, data folder,
sessions, document views) kept on the application, the signed-in person as the service
layer's ``Actor``, their language, the message tables in it, and the CSRF field of their
session. The application (``app``) and the views (``work``, ``case``) import it; it imports
neither, so the views and the application do not import each other."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import g
from markupsafe import Markup

from pipeline.web.document import Views
from pipeline.web.sessions import DeskSession, SessionStore


@dataclass(slots=True)
class Desk:
    """What the views share: the register, the configuration, the data folder (uploads,
    reviews, published copies, document views) and the sessions."""

    register: Any
    config: Any
    data: Path
    sessions: SessionStore
    views: Views
    secure_cookies: bool = False


def desk() -> Desk:
    from flask import current_app

    return current_app.extensions["baomi"]


def t(key: str, **params: Any) -> str:
    """A message of ``pipeline.messages`` in the session's language."""
    from pipeline.messages import message

    return message(key, lang(), **params)


def lang() -> str:
    session: DeskSession | None = getattr(g, "desk_session", None)
    return session.lang if session is not None else "zh"


def csrf_field() -> Markup:
    session: DeskSession | None = getattr(g, "desk_session", None)
    token = session.csrf if session is not None else ""
    return Markup('<input type="hidden" name="csrf" value="{}">').format(token)


def actor() -> Any:
    from pipeline.service.outcome import Actor

    return Actor(g.desk_session.user, via="token")
