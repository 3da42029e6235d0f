"""``baomi case show`` as text: the case, each finding with what it is, what is done with it,
where it is (``pipeline.places.where``: PDF page and line, DOCX section and paragraph or table,
row and column), its context with the value masked and the value itself (the register is
internal), the decisions and answers on it, the sign-offs and what is still missing — every
word from the message tables, in Chinese or English."""

from __future__ import annotations

from typing import Any

from pipeline.messages import attribute_label, label, message


def _finding(f: dict[str, Any], lang: str) -> list[str]:
    from pipeline.places import where

    status = ""
    if f.get("route"):
        status = message("show_finding_status", lang, status=label("finding", f["status"], lang))
    line = message(
        "show_finding_head",
        lang,
        id=f["id"],
        entity=label("entity", f["entity_type"], lang),
        category=label("category", f["category"], lang),
        proposed=message(f"action_{f['proposed_action']}", lang),
        action=message(f"action_{f['action']}", lang),
        status=status,
    )
    location = f.get("location") or {}
    place = where(location, lang)
    if place:
        line += message("show_finding_where", lang, where=place)
    if location.get("context"):
        line += message("show_finding_context", lang, context=location["context"])
    if f.get("text"):
        line += message("show_finding_value", lang, text=f["text"])
    lines = [line]
    decision = f.get("decision")
    if decision:
        lines.append(
            message(
                "show_decision",
                lang,
                action=label("decision", decision["action"], lang),
                by=decision["by"],
                at=decision["at"][:10],
                reason=decision["reason"],
            )
        )
    answer = f.get("secrecy_office")
    if answer:
        lines.append(
            message(
                "show_secrecy",
                lang,
                result=label("answer", answer["result"], lang),
                by=answer["by"],
                at=answer["at"][:10],
                opinion=answer["opinion"],
            )
        )
    return lines


def case_lines(detail: dict[str, Any], lang: str) -> list[str]:
    lines = [
        message(
            "show_head",
            lang,
            case=detail["case_id"],
            name=detail["name"],
            status=label("status", detail["status"], lang),
        )
    ]
    fields = (
        ("show_title", detail.get("title")),
        ("show_number", detail.get("doc_number")),
        (
            "show_issuers",
            "、".join(detail.get("issuers") or [])
            if lang == "zh"
            else ", ".join(detail.get("issuers") or []),
        ),
        (
            "show_attribute",
            attribute_label(detail["disclosure_attribute"], lang)
            if detail.get("disclosure_attribute")
            else None,
        ),
    )
    for key, value in fields:
        lines.append(message("show_field", lang, label=message(key, lang), value=value or "-"))
    for name in detail.get("seen_as") or []:
        lines.append(message("show_seen_as", lang, name=name["name"], path=name["path"]))
    if detail["findings"]:
        lines.append(message("show_field", lang, label=message("show_findings", lang), value=""))
    for f in detail["findings"]:
        lines.extend(_finding(f, lang))
    manual = detail.get("manual_redactions") or []
    if manual:
        lines.append(message("case_manual_header", lang))
    for m in manual:
        common = {
            "id": m["id"],
            "category": label("category", m.get("category") or "personal_privacy", lang),
            "reviewer": m["reviewer"],
            "reason": m["reason"],
        }
        if m["kind"] == "area":
            box = ",".join(f"{v:g}" for v in m.get("box") or [])
            lines.append(message("case_manual_area", lang, page=m["page"], box=box, **common))
        else:
            lines.append(message("case_manual_text", lang, text=m.get("text") or "", **common))
    for s in detail["signoffs"]:
        lines.append(
            message(
                "show_signoff",
                lang,
                stage=label("stage", s["stage"], lang),
                by=s["by"],
                at=s["at"][:10],
                opinion=s["opinion"],
            )
        )
    for item in detail["missing"]:
        from pipeline.workflow.refusal import localized

        params = {k: v for k, v in item.items() if k != "key"}
        lines.append(
            message(
                "show_missing", lang, text=message(item["key"], lang, **localized(params, lang))
            )
        )
    return lines
