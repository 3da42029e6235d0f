"""Backing up and restoring a SQLite register with SQLite's online backup API, so the copy is
consistent even while others write (it is taken under the database's read lock, page by page
into a temporary file, then moved into place). A PostgreSQL register is backed up with
``pg_dump`` (see the README). A restore first checks the backup (a baomi register this code
can open or upgrade, whose audit chain verifies), keeps the register it replaces beside it
(``<name>.before-restore-<time>``), and records the restore in the restored audit chain."""

from __future__ import annotations

import datetime
import os
import sqlite3
from pathlib import Path
from typing import Any

from pipeline.atomic import discard
from pipeline.workflow.refusal import Refused

PRIVATE = 0o600


def _copy(source: Path, target: Path) -> None:
    """SQLite ``source`` into a new file ``target`` (0600), atomically."""
    partial = target.with_name(f".{target.name}.partial-{os.getpid()}")
    discard(partial)
    fd = os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE)
    os.close(fd)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
            finally:
                dst.close()
        finally:
            src.close()
        os.replace(partial, target)
    except BaseException:
        discard(partial)
        raise


def backup(register: Any, target: Path) -> dict[str, Any]:
    path = register.sqlite_path
    if path is None:
        raise Refused("backup_sqlite_only")
    target = target.expanduser()
    if target.resolve() == path.resolve():
        raise Refused("backup_same_file", path=str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        _copy(path, target)
    except (sqlite3.Error, OSError) as exc:
        raise Refused("backup_failed", path=str(target), reason=str(exc)[:200]) from None
    return {"path": str(target), "bytes": target.stat().st_size}


def check_backup(source: Path) -> tuple[Any, int]:
    """Refuse a file that is not a baomi register this code can use, or whose audit chain
    does not verify. Returns (its schema state, its number of audit events)."""
    from sqlalchemy import create_engine
    from sqlalchemy.exc import SQLAlchemyError
    from sqlalchemy.orm import Session

    from pipeline.workflow import audit, migrate

    if not source.is_file():
        raise Refused("restore_not_a_register", path=str(source))
    engine = create_engine(f"sqlite:///file:{source}?mode=ro&uri=true")
    try:
        with engine.connect() as connection:
            state = migrate.schema_state(connection)
        if state.kind not in {"current", "old"}:
            raise Refused("restore_not_a_register", path=str(source))
        with Session(engine) as session:
            events, problems = audit.verify(session)
    except SQLAlchemyError:
        raise Refused("restore_not_a_register", path=str(source)) from None
    finally:
        engine.dispose()
    if problems:
        raise Refused("restore_chain_broken", path=str(source), count=len(problems))
    return state, events


def restore(register: Any, source: Path, *, at: datetime.datetime) -> dict[str, Any]:
    path = register.sqlite_path
    if path is None:
        raise Refused("backup_sqlite_only")
    source = source.expanduser()
    if source.resolve() == path.resolve():
        raise Refused("backup_same_file", path=str(source))
    state, events = check_backup(source)
    kept = None
    if path.is_file() and path.stat().st_size:
        kept = path.with_name(f"{path.name}.before-restore-{at.strftime('%Y%m%dT%H%M%S')}")
        _copy(path, kept)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)
    try:
        dst = sqlite3.connect(path, timeout=30)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return {
        "path": str(path),
        "source": str(source),
        "kept": str(kept) if kept else None,
        "events": events,
        "version": state.label,
        "current": state.kind == "current",
    }
