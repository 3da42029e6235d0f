"""Vehicles a notice publishes by rule: the plates and VINs of a body's own cars put up for
auction or disposal, and of the vehicles a vehicle office's 公告 declares void
(``pipeline.published_lists.published_vehicles``). Shared by the plate and VIN recognizers,
which report such a value as ``CN_VEHICLE_PUBLIC`` (kept) instead of a keeper's identifier.

Not a recognizer module: the registry skips modules whose name starts with ``_``.
"""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

from pipeline.published_lists import published_vehicles
from pipeline.tables import index_for

ENTITY = "CN_VEHICLE_PUBLIC"


def mark_published(text: str, found: RecognizerResult) -> RecognizerResult:
    """``found`` as a published vehicle's when the document is such a notice."""
    notice = published_vehicles(index_for(text))
    if notice is not None:
        found.entity_type = ENTITY
        found.recognition_metadata["notice"] = notice.kind
    return found
