"""Decide: give every finding its category, action, legal basis and reason from the policy
table; send state-secret findings to the secrecy office; redact every other occurrence of a
value that is redacted once; read the document's classification marking into a period and an
expiry; and propose the document's disclosure attribute (``pipeline.attribute``, from everything
found, with its reason)."""

from __future__ import annotations

import calendar
import datetime
import re
from array import array
from itertools import compress
from operator import not_

from pipeline import attribute, policy
from pipeline.analysis import normalize_same_length
from pipeline.config import Config
from pipeline.docmeta import parse_dates
from pipeline.leakscan import ValueFinder, non_overlapping
from pipeline.messages import names_list_reason
from pipeline.model import Classification, Finding, Review

# 《国家秘密保密期限的规定》(1990): a level marked without a period lasts this many years.
DEFAULT_YEARS = {"绝密": 30, "机密": 20, "秘密": 10}
ATTRIBUTE_NOTES = {"DISCLOSURE_NOTE"}


def _apply_policy(finding: Finding, config: Config) -> None:
    if finding.entity_type == "NOTICE_RECIPIENT" and config.notice_recipients == "redact":
        # The office removes (or masks, with a PERSON operator) the names its notices publish.
        finding.entity_type = "PERSON"
    if finding.entity_type == "KEYWORD":
        rule = policy.keyword_rule(finding.metadata.get("category", "work_secret"))
    else:
        rule = policy.rule_for(finding.entity_type)
    action = rule.action
    if (
        action == "redact"
        and finding.entity_type != "KEYWORD"
        and (finding.score < config.redact_threshold)
    ):
        action = "review"
    finding.category = rule.category
    finding.action = action
    finding.basis = rule.basis
    finding.reason = rule.reason_text
    listed = finding.metadata.get("names_list")
    if listed and finding.entity_type == "PERSON":
        # The unit listed the name itself: the reason says where, so a reviewer can check it.
        finding.reason = names_list_reason(str(listed))
    if rule.secrecy_office:
        finding.route = "secrecy_office"
        finding.status = "pending_confirmation"


def _propagate(review: Review) -> None:
    """A value redacted in one place is redacted wherever else it appears, also with
    whitespace between its characters.

    All values are looked for in one pass over the text with its whitespace taken out (an
    occurrence there is a match of the value with any whitespace between its characters in
    the text), and the text already redacted is kept as a mask of characters: a regular
    expression per value over the whole text, and a comparison with every earlier span per
    match, made a long document quadratic."""
    text = normalize_same_length(review.document.text)
    redacted = review.redacted()
    covered = bytearray(len(text))
    for f in redacted:
        covered[f.start : f.end] = b"\x01" * (f.end - f.start)
    values: list[tuple[Finding, str]] = []
    seen: set[str] = set()
    for finding in redacted:
        value = "".join(normalize_same_length(finding.text).split())
        if len(value) < 2 or value in seen:
            continue
        seen.add(value)
        values.append((finding, value))
    added: list[Finding] = []
    # A value redacted elsewhere and only proposed for review here is redacted here too: the
    # propagated finding takes the place of the weaker one at the same span.
    weaker = {(f.start, f.end): f for f in review.findings if f.action != "redact"}
    replaced: set[int] = set()
    if values:
        # Index in ``text`` of each character of the text without whitespace (packed: a list
        # of a million ints is 36 MB).
        kept = array("q", compress(range(len(text)), map(not_, map(str.isspace, text))))
        positions = ValueFinder(value for _, value in values).positions("".join(text.split()))
        for finding, value in values:
            for position in non_overlapping(positions.get(value, []), len(value)):
                start, end = kept[position], kept[position + len(value) - 1] + 1
                if covered.find(1, start, end) >= 0:
                    continue
                covered[start:end] = b"\x01" * (end - start)
                same = weaker.get((start, end))
                if same is not None and same.entity_type == finding.entity_type:
                    replaced.add(id(same))
                copy = finding.propagated_at(
                    start, end, review.document.text[start:end], id=f"{finding.id}-{len(added) + 1}"
                )
                added.append(copy)
    if replaced:
        review.findings[:] = [f for f in review.findings if id(f) not in replaced]
    review.findings.extend(added)
    review.findings.sort(key=lambda f: (f.start, f.end))


def add_months(day: datetime.date, months: int) -> datetime.date:
    """Calendar months; the 29th of February plus a year is the 28th."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def classify(
    level: str, period: str | None, kind: str, marked_on: str | None, today: datetime.date
) -> Classification:
    result = Classification(level=level, period=period, marked_on=marked_on)
    start = datetime.date.fromisoformat(marked_on) if marked_on else None
    expires: datetime.date | None = None
    if kind == "date" and period:
        dates = parse_dates(period if "日" in period else period.replace("月", "月1日"))
        expires = dates[0][1] if dates else None
    elif start and kind in {"years", "months", "none"}:
        number = int(re.sub(r"\D", "", period)) if kind != "none" and period else 0
        months = {"years": number * 12, "months": number}.get(kind, DEFAULT_YEARS[level] * 12)
        expires = add_months(start, months)
    if kind == "long":
        result.expired = False
    elif expires:
        result.expires_on = expires.isoformat()
        result.expired = expires <= today
    return result


def run(review: Review, config: Config, today: datetime.date | None = None) -> None:
    today = today or datetime.date.today()
    for finding in review.findings:
        _apply_policy(finding, config)
    _propagate(review)

    markings = [f for f in review.findings if f.entity_type == "CLASSIFICATION_MARKING"]
    if markings:
        meta = markings[0].metadata
        review.classification = classify(
            meta["level"],
            meta.get("period"),
            meta.get("period_kind", "none"),
            review.document.meta.issued_on,
            today,
        )
    notes = [f for f in review.findings if f.entity_type in ATTRIBUTE_NOTES]
    if notes:
        review.proposed_attribute = notes[0].metadata.get("attribute")
    review.disclosure_attribute, review.attribute_reason = attribute.derive(review)
