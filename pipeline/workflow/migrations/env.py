"""Alembic's environment for the register: migrations run on the connection (and inside the
transaction) that ``pipeline.workflow.migrate`` opened and locked; there is no offline mode."""

from __future__ import annotations

from alembic import context

connection = context.config.attributes.get("connection")
if connection is None:  # `alembic` run by hand without the register's connection
    raise SystemExit("run migrations with `baomi register upgrade`")
context.configure(connection=connection, target_metadata=None)
with context.begin_transaction():
    context.run_migrations()
