"""The register's schema version: which Alembic revision a register is at, creating the schema
of a new register (once, however many processes open it at the same moment), and moving an
older register forward (``baomi register upgrade``).

A register is one of: *empty* (a new database: the schema is created on first open), *current*
(at ``HEAD``), *old* (an earlier revision, or release 0.1.0's tables without a version: it must
be upgraded first), or *newer* (a revision this code does not know: a later baomi made it, and
this one refuses to touch it).

Creating and upgrading hold a lock for the whole transaction: PostgreSQL's transaction-level
advisory lock (its DDL is transactional, so nobody sees half a schema), SQLite's write lock
(``BEGIN IMMEDIATE``, see ``pipeline.workflow.register``). A process that waited re-reads the
version and finds the work done.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

# The revisions of ``pipeline/workflow/migrations/versions``, oldest first (a test checks
# them against Alembic's script directory). ``HEAD`` is the schema this code works with.
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006")
HEAD = REVISIONS[-1]
BASELINE = REVISIONS[0]
# Release 0.1.0's tables (the baseline): a register with them and no version is that release's.
BASELINE_TABLES = frozenset(
    {
        "cases",
        "findings",
        "signoffs",
        "decisions",
        "confirmations",
        "declassifications",
        "consents",
        "publications",
        "audit_log",
        "audit_head",
    }
)
VERSION_TABLE = "alembic_version"
LOCK_KEY = 0x6261_6F6D_6921  # "baomi!": the advisory lock of schema changes on PostgreSQL


@dataclass(frozen=True, slots=True)
class SchemaState:
    kind: str  # empty | current | old | newer | foreign
    version: str | None

    @property
    def label(self) -> str:
        return self.version or "0.1.0"


def schema_state(connection: Connection) -> SchemaState:
    inspector = inspect(connection)
    tables = set(inspector.get_table_names())
    if VERSION_TABLE in tables:
        version = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalar()
        if version == HEAD:
            return SchemaState("current", version)
        if version in REVISIONS:
            return SchemaState("old", version)
        if version is None:
            return SchemaState("empty" if tables == {VERSION_TABLE} else "foreign", None)
        return SchemaState("newer", str(version))
    if not tables:
        return SchemaState("empty", None)
    if tables >= BASELINE_TABLES:
        return SchemaState("old", None)
    return SchemaState("foreign", None)


def lock_schema(connection: Connection) -> None:
    """Hold the schema lock until the transaction ends."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})


def _alembic_config(connection: Connection) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    config.attributes["connection"] = connection
    return config


def run_upgrade(connection: Connection, state: SchemaState, target: str = "head") -> None:
    """Move the schema from ``state`` to ``target`` on ``connection`` (inside its transaction):
    a release 0.1.0 register is stamped with the baseline first."""
    from alembic import command

    config = _alembic_config(connection)
    if state.kind == "old" and state.version is None:
        command.stamp(config, BASELINE)
    command.upgrade(config, target)


def ensure_schema(engine: Engine) -> SchemaState:
    """On open: create the schema of a new register; otherwise return its state (the caller
    refuses anything but ``current``)."""
    with engine.connect() as connection:
        state = schema_state(connection)
        connection.rollback()
    if state.kind != "empty":
        return state
    with engine.begin() as connection:
        lock_schema(connection)
        state = schema_state(connection)
        if state.kind == "empty":
            run_upgrade(connection, state)
            return SchemaState("current", HEAD)
    return state


def upgrade(engine: Engine) -> tuple[SchemaState, SchemaState]:
    """``baomi register upgrade``: (state before, state after)."""
    with engine.begin() as connection:
        lock_schema(connection)
        before = schema_state(connection)
        if before.kind in {"empty", "old"}:
            run_upgrade(connection, before)
        after = schema_state(connection)
    return before, after
