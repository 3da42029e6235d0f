"""Errors that end the review of one document (or the whole run) with a one-line message.

Each carries a message key from ``pipeline.messages`` and its parameters, so the CLI can
render it in Chinese or English; nothing here ever reaches the user as a traceback.
"""

from __future__ import annotations

from typing import Any


class BaomiError(Exception):
    """Base class: ``key`` names a message in ``pipeline.messages``."""

    exit_code = 2

    def __init__(self, message_key: str, /, **params: Any) -> None:
        super().__init__(message_key)
        self.key = message_key
        self.params = params

    def render(self, lang: str = "zh") -> str:
        from pipeline.messages import message

        return message(self.key, lang, **self.params)

    def __str__(self) -> str:
        return self.render("en")


class InputError(BaomiError):
    """The input cannot be reviewed (corrupt, encrypted, empty, unsupported, too large)."""


class ConfigError(BaomiError):
    """The configuration or a keyword list is invalid: a usage error."""


class LeakError(BaomiError):
    """The publishable copy still holds a redacted value; the copy was discarded."""
