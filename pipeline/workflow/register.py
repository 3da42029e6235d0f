"""Opening the register. It is opened through SQLAlchemy, so an office can point it at
PostgreSQL with a URL; the default is a SQLite file in the user's data directory, created
readable by the owner only. Its tables are in ``pipeline.workflow.tables``, its audit chain in
``pipeline.workflow.audit``.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from pipeline.errors import BaomiError
from pipeline.workflow.tables import Base

DEFAULT_FILE = "register.sqlite3"
ENV = "BAOMI_REGISTER"


class RegisterError(BaomiError):
    """The register cannot be opened or used: exit 2."""


def default_location() -> Path:
    import platformdirs

    return platformdirs.user_data_path("baomi", appauthor=False) / DEFAULT_FILE


def resolve_url(option: str | None, configured: str | None) -> str:
    """``--register`` beats ``BAOMI_REGISTER`` beats ``[workflow] register`` beats the
    default file; a value without ``://`` is a path to a SQLite file."""
    value = option or os.environ.get(ENV) or configured
    if not value:
        value = str(default_location())
    if "://" in value:
        return value
    return "sqlite:///" + str(Path(value).expanduser().resolve())


def _prepare_sqlite_file(path: Path) -> None:
    """Create the file (and its folder) before SQLite does, readable by the owner only."""
    if not path.parent.exists():
        path.parent.mkdir(parents=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
    os.close(fd)
    if path.stat().st_uid == os.getuid():
        os.chmod(path, 0o600)


@dataclass(slots=True)
class Register:
    url: str
    engine: Engine
    factory: sessionmaker[Session]

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed on success, rolled back on any error."""
        session = self.factory()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def safe_url(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<invalid URL>"


def open_register(url: str) -> Register:
    """Open (creating if need be) the register at ``url``. Raises ``RegisterError``."""
    try:
        parsed = make_url(url)
        is_sqlite = parsed.get_backend_name() == "sqlite"
        database = parsed.database
        if is_sqlite and database and database != ":memory:":
            _prepare_sqlite_file(Path(database))
        kwargs: dict[str, Any] = {}
        if is_sqlite:
            kwargs["connect_args"] = {"timeout": 30}
        engine = create_engine(parsed, **kwargs)
        if is_sqlite:
            _sqlite_serializable(engine)
        Base.metadata.create_all(engine)
    except (SQLAlchemyError, OSError, ValueError, ImportError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc).splitlines()[0][:200]
        raise RegisterError("register_unavailable", url=safe_url(url), reason=reason) from None
    return Register(url, engine, sessionmaker(engine, expire_on_commit=False))


def _sqlite_serializable(engine: Engine) -> None:
    """Writers take the database lock when their transaction begins, so two processes
    appending to the audit chain at once queue instead of forking it."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
