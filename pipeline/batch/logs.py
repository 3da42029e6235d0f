"""Logging of a batch: ``BAOMI_LOG_LEVEL`` sends records to stderr, in the command's process
and in every worker; a document's outcome is logged by type, count and location, never by
value."""

from __future__ import annotations

import json
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pipeline.batch.tasks import Outcome


LOG_LEVEL_ENV = "BAOMI_LOG_LEVEL"
# Libraries that handle document text: kept at WARNING whatever the level asked for, so a
# debug log can never carry a value they might quote.
TEXT_LOGGERS = ("presidio-analyzer", "presidio-anonymizer", "pypdf", "pymupdf", "spacy")


def log_outcome(outcome: Outcome) -> None:
    """A document's outcome at DEBUG on the ``baomi`` logger: its name, the error's message
    key or the attribute and counts, then each finding's id, type, action and location —
    never its text (nor an error's parameters, which can quote a parser)."""
    import logging

    log = logging.getLogger("baomi")
    if not log.isEnabledFor(logging.DEBUG):
        return
    name, result = str(outcome.job.path), outcome.result
    if result.error is not None:
        log.debug("%s: error %s", name, result.error.key)
        return
    counts = result.counts
    log.debug(
        "%s: %s; redact %d, review %d, keep %d%s",
        name,
        result.attribute,
        counts["redact"],
        counts["review"],
        counts["keep"],
        " (unchanged, reused)" if outcome.skipped else "",
    )
    for finding in (result.record or {}).get("findings", []):
        where = json.dumps(finding.get("location") or {}, ensure_ascii=False, sort_keys=True)
        log.debug(
            "%s: %s %s %s %s at %s",
            name,
            finding.get("id"),
            finding.get("entity_type"),
            finding.get("category"),
            finding.get("action"),
            where,
        )


def configure_logging() -> None:
    """``BAOMI_LOG_LEVEL=DEBUG`` (or INFO, …) sends log records to stderr, in the command's
    process and in every worker. baomi's own records name types, counts and locations, never
    a value."""
    import logging

    name = os.environ.get(LOG_LEVEL_ENV, "").strip().upper()
    level = logging.getLevelName(name) if name else None
    if isinstance(level, int):
        logging.basicConfig(
            level=level, format="%(asctime)s %(process)d %(name)s %(levelname)s %(message)s"
        )
    for logger in TEXT_LOGGERS:
        if logging.getLogger(logger).getEffectiveLevel() < logging.WARNING:
            logging.getLogger(logger).setLevel(logging.WARNING)
