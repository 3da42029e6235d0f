"""Revisions of the register's schema, oldest first (``r0001_baseline`` is release 0.1.0)."""
