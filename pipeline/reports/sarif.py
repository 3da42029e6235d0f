"""SARIF 2.1.0 output of ``baomi check``, for code-review and CI tools.

One rule per entity type, plus three document-level rules (a disclosure attribute that forbids
publication, content that cannot be checked, an input that cannot be processed). A result's
level says whether it fails the check under ``--fail-on``: ``error`` fails it, ``warning`` is a
finding for review that does not, ``note`` a finding that is kept.

Nothing here carries a sensitive value: messages hold the entity type, category, action, legal
basis and reason only; no offsets (their difference is a value's length), no snippet, no hash
of a value. Every string is also scrubbed of the document's finding texts, in case a reason
ever quotes one.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
WITHHELD = ("不予公开", "须报审")
MASK = "［…］"

RULE_ATTRIBUTE = "BAOMI-ATTRIBUTE"
RULE_UNVERIFIABLE = "BAOMI-UNVERIFIABLE"
RULE_INPUT = "BAOMI-INPUT-ERROR"


def blocks(result: Any, fail_on: str) -> bool:
    """Whether ``result`` (a runner ``Result`` without error) must not be published."""
    if result.unverifiable or result.attribute in WITHHELD or result.counts.get("redact"):
        return True
    if getattr(result, "preview_input", False):
        return True  # a reviewers' preview is never publishable
    if fail_on in ("review", "any") and result.counts.get("review"):
        return True
    return fail_on == "any" and bool(result.counts.get("keep"))


def finding_level(action: str, fail_on: str) -> str:
    if action == "redact":
        return "error"
    if action == "review":
        return "error" if fail_on in ("review", "any") else "warning"
    return "error" if fail_on == "any" else "note"


def artifact_uri(name: str, cwd: Path | None = None) -> tuple[str, str | None]:
    """(uri, uriBaseId): relative to the working folder where possible (what code-review
    tools expect), else an absolute ``file:`` URI."""
    cwd = cwd or Path.cwd()
    path = Path(name)
    absolute = path if path.is_absolute() else cwd / path
    try:
        relative = Path(os.path.relpath(absolute, cwd))
    except ValueError:
        relative = None
    if relative is not None and not relative.as_posix().startswith("../"):
        return quote(relative.as_posix()), SRCROOT
    return Path(os.path.abspath(absolute)).as_uri(), None


def _scrubber(record: dict[str, Any] | None):
    secrets = sorted(
        {f.get("text", "") for f in (record or {}).get("findings", [])} - {""},
        key=len,
        reverse=True,
    )

    def scrub(value: Any) -> Any:
        if isinstance(value, str):
            for secret in secrets:
                value = value.replace(secret, MASK)
            return value
        if isinstance(value, list):
            return [scrub(v) for v in value]
        if isinstance(value, dict):
            return {k: scrub(v) for k, v in value.items()}
        return value

    return scrub


def _where(location: dict[str, Any], lang: str) -> str:
    """The location in words (``pipeline.places.where``), followed by a space."""
    from pipeline.places import where

    text = where(location, lang)
    return text + " " if text else ""


def build(
    entries: list[tuple[str, Any, str | None]],
    *,
    fail_on: str = "redact",
    lang: str = "zh",
    version: str = "0",
    cwd: Path | None = None,
) -> dict[str, Any]:
    """The SARIF log for ``entries``: (input name, runner ``Result``, rendered error)."""
    from pipeline.messages import basis_text, label, message, reason_text

    rules: list[dict[str, Any]] = []
    rule_index: dict[str, int] = {}

    def rule(rule_id: str, short: str, full: str, level: str, **props: Any) -> int:
        if rule_id not in rule_index:
            rule_index[rule_id] = len(rules)
            entry: dict[str, Any] = {
                "id": rule_id,
                "name": rule_id.replace("-", "_").title().replace("_", ""),
                "shortDescription": {"text": short},
                "fullDescription": {"text": full or short},
                "defaultConfiguration": {"level": level},
            }
            if props:
                entry["properties"] = props
            rules.append(entry)
        return rule_index[rule_id]

    artifacts: list[dict[str, Any]] = []
    results: list[dict[str, Any]] = []
    notifications: list[dict[str, Any]] = []

    for name, result, error_text in entries:
        uri, base = artifact_uri(name, cwd)
        artifact_location: dict[str, Any] = {"uri": uri, "index": len(artifacts)}
        if base:
            artifact_location["uriBaseId"] = base
        artifact: dict[str, Any] = {
            "location": {k: v for k, v in artifact_location.items() if k != "index"}
        }
        if result is not None and result.record is not None:
            fmt = result.record["document"].get("format")
            artifact["properties"] = {
                "format": fmt,
                "disclosureAttribute": result.attribute,
            }
        artifacts.append(artifact)
        scrub = _scrubber(result.record if result is not None else None)

        def physical(region: dict[str, int] | None = None, location=artifact_location) -> dict:
            where: dict[str, Any] = {"artifactLocation": dict(location)}
            if region:
                where["region"] = region
            return {"physicalLocation": where}

        if error_text is not None:
            index = rule(
                RULE_INPUT,
                message("table_errors_title", lang),
                "The input could not be processed (corrupt, encrypted, empty, unsupported).",
                "error",
            )
            text = scrub(error_text)
            results.append(
                {
                    "ruleId": RULE_INPUT,
                    "ruleIndex": index,
                    "level": "error",
                    "message": {"text": text},
                    "locations": [physical()],
                }
            )
            notifications.append(
                {"level": "error", "message": {"text": text}, "locations": [physical()]}
            )
            continue
        record = result.record or {}
        for finding in record.get("findings", []):
            entity = finding["entity_type"]
            category = finding["category"]
            action = finding["action"]
            index = rule(
                entity,
                f"{label('entity', entity, lang)} — {label('category', category, lang)}",
                basis_text(finding.get("basis") or "", lang),
                finding_level(action, "redact"),
                category=category,
            )
            location = finding.get("location") or {}
            region = None
            # A text line (TXT): a PDF's line is of its page, not of the file.
            if location.get("line") is not None and location.get("page") is None:
                region = {"startLine": int(location["line"])}
                columns = result.regions.get(finding["id"])
                if columns:
                    region.update(columns)
            text = message(
                "check_finding",
                lang,
                where=_where(location, lang),
                entity=label("entity", entity, lang),
                category=label("category", category, lang),
                action=message(f"action_{action}", lang),
                reason=reason_text(entity, category, finding.get("reason", ""), lang),
            ).strip()
            properties = {
                "findingId": finding["id"],
                "category": category,
                "action": action,
                "basis": finding.get("basis", ""),
                "route": finding.get("route"),
                "status": finding.get("status"),
                "location": {
                    k: v for k, v in location.items() if k in {"page", "part", "paragraph", "line"}
                },
            }
            results.append(
                scrub(
                    {
                        "ruleId": entity,
                        "ruleIndex": index,
                        "level": finding_level(action, fail_on),
                        "message": {"text": text},
                        "locations": [physical(region)],
                        "properties": properties,
                    }
                )
            )
        if result.attribute in WITHHELD:
            index = rule(
                RULE_ATTRIBUTE,
                message("table_attribute", lang),
                "The disclosure attribute forbids publication (不予公开) or needs the "
                "secrecy office first (须报审).",
                "error",
            )
            results.append(
                {
                    "ruleId": RULE_ATTRIBUTE,
                    "ruleIndex": index,
                    "level": "error",
                    "message": {
                        "text": message("check_attribute", lang, attribute=result.attribute)
                    },
                    "locations": [physical()],
                    "properties": {"disclosureAttribute": result.attribute},
                }
            )
        if result.unverifiable:
            index = rule(
                RULE_UNVERIFIABLE,
                "unverifiable content",
                "Content the automatic check cannot read (scanned pages, fonts without a text "
                "mapping); a person must review it.",
                "error",
            )
            results.append(
                {
                    "ruleId": RULE_UNVERIFIABLE,
                    "ruleIndex": index,
                    "level": "error",
                    "message": {"text": message("check_unverifiable", lang)},
                    "locations": [physical()],
                }
            )

    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "baomi",
                "version": version,
                "semanticVersion": version,
                "rules": rules,
            }
        },
        "invocations": [
            {
                "executionSuccessful": not notifications,
                "toolExecutionNotifications": notifications,
            }
        ],
        "artifacts": artifacts,
        "results": results,
        "columnKind": "unicodeCodePoints",
        "properties": {"failOn": fail_on},
    }
    if any(a["location"].get("uriBaseId") == SRCROOT for a in artifacts):
        run["originalUriBaseIds"] = {SRCROOT: {"uri": (cwd or Path.cwd()).resolve().as_uri() + "/"}}
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}
