"""The desk's sign-in sessions, kept in the server's memory: a random id in an HttpOnly,
SameSite=Strict cookie names one; it holds the user's name (never a credential), the language
and the session's CSRF token. A session ends when its user signs out, after ``idle`` seconds
without a request, or ``lifetime`` seconds after sign-in, whichever comes first; a restart of
the server ends them all. The id changes at sign-in (no session fixation)."""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Any

COOKIE = "baomi_session"


@dataclass(slots=True)
class DeskSession:
    sid: str
    csrf: str
    user: str | None = None
    lang: str = "zh"
    created: float = field(default_factory=time.monotonic)
    seen: float = field(default_factory=time.monotonic)
    # The outcome of the last action, shown once on the next page (never a value).
    flash: dict[str, Any] | None = None

    def check_csrf(self, token: str | None) -> bool:
        return bool(token) and hmac.compare_digest(self.csrf, str(token))


class SessionStore:
    def __init__(self, *, idle: float = 30 * 60, lifetime: float = 10 * 60 * 60) -> None:
        self.idle = idle
        self.lifetime = lifetime
        self._items: dict[str, DeskSession] = {}
        self._lock = threading.Lock()

    def new(self, *, lang: str = "zh") -> DeskSession:
        item = DeskSession(secrets.token_urlsafe(32), secrets.token_urlsafe(32), lang=lang)
        with self._lock:
            self._sweep()
            self._items[item.sid] = item
        return item

    def get(self, sid: str | None) -> tuple[DeskSession | None, bool]:
        """The live session ``sid`` names and whether it had just expired."""
        if not sid:
            return None, False
        with self._lock:
            item = self._items.get(sid)
            if item is None:
                return None, False
            moment = time.monotonic()
            if moment - item.seen > self.idle or moment - item.created > self.lifetime:
                del self._items[sid]
                return None, item.user is not None
            item.seen = moment
            return item, False

    def sign_in(self, old: DeskSession, user: str) -> DeskSession:
        """A new session for ``user`` (new id, new CSRF token); the old one ends."""
        fresh = DeskSession(secrets.token_urlsafe(32), secrets.token_urlsafe(32), user, old.lang)
        with self._lock:
            self._items.pop(old.sid, None)
            self._items[fresh.sid] = fresh
        return fresh

    def end(self, sid: str) -> None:
        with self._lock:
            self._items.pop(sid, None)

    def _sweep(self) -> None:
        moment = time.monotonic()
        for sid in [
            sid
            for sid, item in self._items.items()
            if moment - item.seen > self.idle or moment - item.created > self.lifetime
        ]:
            del self._items[sid]
