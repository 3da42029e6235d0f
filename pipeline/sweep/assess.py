"""What a published item's review found, as the inspector's report needs it: reportable
findings by entity type with counts, their categories and legal bases, the attribute, the
classification marking and whether it is still in force, and the urgency. Values never leave
this module: only types, counts and the masked title and address.

Reportable: what ``baomi check --fail-on`` would fail on (a redaction, and with ``review``
also what is left for review), every marking (国家秘密标志, 密码电报, 内部资料), and content
the pipeline could not check. Urgency: 1 a classification marking, a cipher telegram, a state
secret of the unit's list, or a list of identity-document numbers (three or more distinct
numbers: a roster, not a single reply); 2 other personal data, work secrets and internal
markings; 3 what needs a person's look (findings for review, content that cannot be checked).
"""

from __future__ import annotations

from typing import Any

from pipeline.sweep.items import Assessment

MARKINGS = {"CLASSIFICATION_MARKING", "CIPHER_TELEGRAM", "INTERNAL_MARKING"}
IDENTITY_DOCUMENTS = {
    "CN_RESIDENT_ID", "CN_PASSPORT", "CN_HKMO_PERMIT", "CN_HOME_RETURN_PERMIT",
    "CN_TW_PERMIT", "CN_MILITARY_ID",
}  # fmt: skip
ID_LIST = 3
WITHHELD = ("不予公开", "须报审")
MASK = "［…］"


def reportable(finding: dict[str, Any], fail_on: str) -> bool:
    if finding.get("entity_type") in MARKINGS:
        return True
    action = finding.get("action")
    if action == "redact":
        return True
    if action == "review":
        return fail_on in ("review", "any")
    return fail_on == "any" and finding.get("category") != "none"


def assess(record: dict[str, Any], *, unverifiable: bool, fail_on: str) -> Assessment:
    from pipeline.leakscan import fold

    result = Assessment()
    ids: set[str] = set()
    redacts_or_markings = False
    state_secret = False
    for finding in record.get("findings", []):
        if not reportable(finding, fail_on):
            continue
        kind = finding["entity_type"]
        result.entities[kind] = result.entities.get(kind, 0) + 1
        category = finding.get("category") or "none"
        result.categories[category] = result.categories.get(category, 0) + 1
        basis = finding.get("basis")
        if basis and basis not in result.bases:
            result.bases.append(basis)
        if kind in IDENTITY_DOCUMENTS:
            ids.add(fold(finding.get("text", "")))
        if finding.get("action") == "redact" or kind in MARKINGS:
            redacts_or_markings = True
        if category == "state_secret":
            state_secret = True
    result.id_numbers = len(ids)
    classification = record.get("classification") or {}
    if classification.get("level"):
        period = classification.get("period")
        result.marking = (
            f"{classification['level']}★{period}" if period else classification["level"]
        )
        result.classification = {
            k: classification.get(k) for k in ("level", "period", "expires_on", "expired")
        }
    result.attribute = record.get("disclosure_attribute")
    result.unverifiable = unverifiable
    document = record.get("document") or {}
    result.doc_title = document.get("title")
    result.doc_date = document.get("issued_on")
    if state_secret or result.marking or result.id_numbers >= ID_LIST:
        result.urgency = 1
    elif redacts_or_markings or result.attribute in WITHHELD:
        result.urgency = 2
    elif result.entities or unverifiable:
        result.urgency = 3
    return result


def masker(record: dict[str, Any]):
    """Replaces the value of every finding that is not kept in a string (a title, a URL) by
    ``［…］``."""
    from urllib.parse import quote

    values = sorted(
        {
            f.get("text", "")
            for f in record.get("findings", [])
            if len(f.get("text", "")) >= 2 and f.get("action") != "keep"
        },
        key=len,
        reverse=True,
    )
    encoded = [(quote(v), v) for v in values]

    def mask(text: str | None) -> str | None:
        if not text:
            return text
        for value in values:
            text = text.replace(value, MASK)
        for quoted, _ in encoded:
            text = text.replace(quoted, MASK)
        return text

    return mask
