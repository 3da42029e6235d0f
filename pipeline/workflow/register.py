"""Opening the register. It is opened through SQLAlchemy, so an office can point it at
PostgreSQL with a URL (``postgresql+psycopg://…``, the ``baomi[postgres]`` extra); the default is
a SQLite file in the user's data directory, created readable by the owner only. Its tables are
in ``pipeline.workflow.tables``, its audit chain in ``pipeline.workflow.audit``, its schema
version in ``pipeline.workflow.migrate``: a new register gets the current schema on first
open, an older one is refused until ``baomi register upgrade`` moved it forward, and one made
by a later baomi is refused.
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

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    @property
    def sqlite_path(self) -> Path | None:
        database = self.engine.url.database
        if self.backend != "sqlite" or not database or database == ":memory:":
            return None
        return Path(database)

    @property
    def private(self) -> bool:
        """A single-user register: a SQLite file owned by this process's user that nobody
        else may write. Only there does the login name stand for a user (``os_user``)."""
        path = self.sqlite_path
        if path is None:
            return False
        try:
            info = path.stat()
        except OSError:
            return False
        return info.st_uid == os.getuid() and not info.st_mode & 0o022

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


def _engine(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.drivername == "postgresql":
        # ``postgresql://`` means psycopg 3 here (the ``baomi[postgres]`` extra).
        parsed = parsed.set(drivername="postgresql+psycopg")
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
    return engine


def _unavailable(url: str, exc: BaseException) -> RegisterError:
    reason = getattr(exc, "strerror", None) or (str(exc).splitlines() or [type(exc).__name__])[0]
    return RegisterError("register_unavailable", url=safe_url(url), reason=reason[:200])


def open_register(url: str, *, check_schema: bool = True) -> Register:
    """Open the register at ``url``; a new one gets the current schema. Raises
    ``RegisterError`` if it cannot be opened, or (``check_schema``) if its schema is not the
    one of this code. ``baomi register upgrade|backup|restore`` open it unchecked."""
    from pipeline.workflow import migrate

    try:
        engine = _engine(url)
        state = migrate.ensure_schema(engine) if check_schema else None
    except (SQLAlchemyError, OSError, ValueError, ImportError) as exc:
        raise _unavailable(url, exc) from None
    if state is not None and state.kind != "current":
        engine.dispose()
        key = {
            "old": "register_needs_upgrade",
            "newer": "register_too_new",
        }.get(state.kind, "register_foreign")
        raise RegisterError(key, url=safe_url(url), version=state.label, head=migrate.HEAD)
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
