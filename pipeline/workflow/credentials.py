"""Users' credentials: a token baomi makes (shown once) or a password the user chose, kept only
as a salted argon2id hash (argon2-cffi, RFC 9106's low-memory profile). Checking a name that
does not exist costs as much as checking a wrong secret, so timing tells nothing about names."""

from __future__ import annotations

import contextlib
import secrets

TOKEN_PREFIX = "bm-"
MIN_PASSWORD = 8


def _hasher():
    from argon2 import PasswordHasher

    return PasswordHasher()


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_urlsafe(24)


def hash_secret(secret: str) -> str:
    return _hasher().hash(secret)


_DUMMY: list[str] = []


def check_secret(stored: str | None, secret: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    hasher = _hasher()
    if not stored:
        if not _DUMMY:
            _DUMMY.append(hasher.hash(new_token()))
        stored = _DUMMY[0]
        with contextlib.suppress(VerificationError, InvalidHashError):
            hasher.verify(stored, secret)
        return False
    try:
        return hasher.verify(stored, secret)
    except (VerificationError, InvalidHashError):
        return False
