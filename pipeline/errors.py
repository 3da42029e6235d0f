"""Errors that end the review of one document (or the whole run) with a one-line message.

Each carries a message key from ``pipeline.messages`` and its parameters, so the CLI can
render it in Chinese or English; nothing here ever reaches the user as a traceback.
"""

from __future__ import annotations

from types import TracebackType
from typing import Any


class BaomiError(Exception):
    """Base class: ``key`` names a message in ``pipeline.messages``."""

    exit_code = 2

    def __init__(self, message_key: str, /, **params: Any) -> None:
        super().__init__(message_key)
        self.key = message_key
        self.params = params

    def render(self, lang: str = "zh") -> str:
        from pipeline.formats import Supported
        from pipeline.messages import message

        # ``{supported}``: the kinds of file reviewed, for the messages that name them.
        return message(self.key, lang, **{"supported": Supported(), **self.params})

    def __str__(self) -> str:
        return self.render("en")


class InputError(BaomiError):
    """The input cannot be reviewed (corrupt, encrypted, empty, unsupported, too large)."""


class ConfigError(BaomiError):
    """The configuration or a keyword list is invalid: a usage error."""


class LeakError(BaomiError):
    """The publishable copy still holds a redacted value (``leak_detected``) or could not be
    verified (``copy_unverifiable``); the copy was discarded."""


def raised_in(exc: BaseException, package: str) -> bool:
    """Whether ``exc`` was raised by ``package``'s own code (the innermost frame of its
    traceback): a library that gave up on the data it was given, as opposed to a mistake of
    ours that merely passed through it."""
    tb: TracebackType | None = exc.__traceback__
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    module = tb.tb_frame.f_globals.get("__name__", "")
    return module == package or module.startswith(package + ".")
