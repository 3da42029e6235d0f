"""The review stages, in pipeline order: ingest → detect → decide → redact → verify → record.

Each stage reads and writes only the shared model in ``pipeline.model``; none imports another.
"""
