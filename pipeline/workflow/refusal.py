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


# The review levels in English (``--stage first|second|approval`` names them the same way).
STAGE_EN = {
    "初审": "first review",
    "复审": "second review",
    "审批": "approval",
}


def localized(params: dict[str, Any], lang: str) -> dict[str, Any]:
    """Parameters named in the message's language: review levels (in English), roles, steps,
    fields and rules (in both)."""
    from pipeline.messages_register import (
        FIELD_LABELS,
        RESULT_LABELS,
        ROLE_LABELS,
        RULE_LABELS,
        STEP_LABELS,
    )

    def label(table: dict[str, dict[str, str]], value: Any) -> Any:
        entry = table.get(value) if isinstance(value, str) else None
        return entry.get(lang, entry["zh"]) if entry else value

    out: dict[str, Any] = {}
    for key, value in params.items():
        if key in {"stage", "before", "other"} and lang == "en":
            value = STAGE_EN.get(value, value)
        elif key in {"roles", "allowed"} and isinstance(value, str):
            value = "、".join(label(ROLE_LABELS, part) for part in value.split("、"))
            if lang == "en":
                value = value.replace("、", ", ")
        elif key == "step":
            value = label(STEP_LABELS, value)
        elif key == "field":
            value = label(FIELD_LABELS, value)
        elif key == "result":
            value = label(RESULT_LABELS, value)
        elif key == "label":
            value = label(RULE_LABELS, value)
        elif key == "action" and value in {"keep", "redact", "review"}:
            from pipeline.messages import message

            value = message(f"decision_{value}", lang)
        elif key in {"attribute", "note"} and isinstance(value, str):
            from pipeline.messages import attribute_label

            value = attribute_label(value, lang)
        out[key] = value
    return out


class NotFound(BaomiError):
    """An unknown case or finding: a usage error (exit 2)."""
