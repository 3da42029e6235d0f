"""How a workflow step says no: ``Refused`` (a gate refused, exit 1, with the missing items as
message keys and parameters, so the command line can print them in Chinese or English) and
``NotFound`` (an unknown case or finding, exit 2). A refused step writes nothing."""

from __future__ import annotations

from typing import Any

from pipeline.errors import BaomiError


class Refused(BaomiError):
    """A gate refused: exit 1, with the missing items (message key, parameters)."""

    exit_code = 1

    def __init__(
        self, key: str, /, items: list[tuple[str, dict[str, Any]]] | None = None, **params: Any
    ):
        super().__init__(key, **params)
        self.items = items or []

    def render(self, lang: str = "zh") -> str:
        from pipeline.messages import message

        head = message(self.key, lang, **localized(self.params, lang))
        if not self.items:
            return head
        sep = "；" if lang == "zh" else "; "
        return head + sep.join(message(k, lang, **localized(p, lang)) for k, p in self.items)


STAGE_EN = {
    "初审": "first review (初审)",
    "复审": "second review (复审)",
    "审批": "approval (审批)",
}


def localized(params: dict[str, Any], lang: str) -> dict[str, Any]:
    """Review levels named in English messages."""
    if lang != "en":
        return params
    return {k: STAGE_EN.get(v, v) if k in {"stage", "before"} else v for k, v in params.items()}


class NotFound(BaomiError):
    """An unknown case or finding: a usage error (exit 2)."""
