"""The review stages, in pipeline order: ingest → detect → decide → redact → verify → record.

Each stage reads and writes only the shared model in ``pipeline.model``; none imports another.
"""

# Imported first, so that Presidio is imported without spaCy (pipeline.presidio_light).
from pipeline import presidio_light

presidio_light.install()
