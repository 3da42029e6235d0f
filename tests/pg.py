"""A real PostgreSQL server for the tests, started once per test session: ``initdb`` in a
temporary folder, listening on a free loopback port only (no Unix socket), stopped with
``pg_ctl stop`` at the end. PostgreSQL refuses to run as root, so under uid 0 the server runs as
an unprivileged account (``postgres`` if the Debian package made it, else ``nobody``).

The binaries are found on ``PATH`` or under ``/usr/lib/postgresql/*/bin``; without them the
tests that need the server are skipped with that reason (CI installs Debian's ``postgresql``).
Each test gets its own new database (``PostgresServer.new_database``).
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SUPERUSER = "baomi"


def find_binaries() -> Path | None:
    """The folder holding ``initdb``, ``pg_ctl`` and ``postgres``, or None."""
    candidates = []
    found = shutil.which("initdb")
    if found:
        candidates.append(Path(found).resolve().parent)
    for folder in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        candidates.append(Path(folder))
    for folder in candidates:
        if all((folder / name).is_file() for name in ("initdb", "pg_ctl", "postgres")):
            return folder
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _server_account() -> pwd.struct_passwd | None:
    """Who runs the server: None (this process's user) unless we are root."""
    if os.getuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            return pwd.getpwnam(name)
    raise RuntimeError("running as root and no unprivileged account (postgres, nobody)")


@dataclass
class PostgresServer:
    binaries: Path
    folder: Path
    port: int
    account: pwd.struct_passwd | None
    _names: Any = field(default_factory=lambda: itertools.count(1))

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def log(self) -> Path:
        return self.folder / "server.log"

    def _run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        kwargs: dict[str, Any] = {}
        if self.account is not None:
            kwargs.update(user=self.account.pw_uid, group=self.account.pw_gid, extra_groups=[])
        env = {"PATH": os.environ.get("PATH", ""), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
        return subprocess.run(
            args,
            check=True,
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=self.folder,
            env=env,
            **kwargs,
        )

    def start(self) -> None:
        self.data.mkdir(mode=0o700)
        self.log.touch()
        if self.account is not None:
            for path in (self.folder, self.data, self.log):
                os.chown(path, self.account.pw_uid, self.account.pw_gid)
        self._run(
            str(self.binaries / "initdb"),
            "-D", str(self.data),
            "-U", SUPERUSER,
            "--auth=trust",
            "--encoding=UTF8",
            "--locale=C.UTF-8",
            "--no-sync",
        )  # fmt: skip
        options = " ".join(
            [
                "-c listen_addresses=127.0.0.1",
                f"-p {self.port}",
                "-c unix_socket_directories=''",
                "-c fsync=off",
                "-c synchronous_commit=off",
                "-c full_page_writes=off",
                "-c max_connections=60",
            ]
        )
        self._run(
            str(self.binaries / "pg_ctl"),
            "-D", str(self.data),
            "-l", str(self.log),
            "-o", options,
            "-w",
            "-t", "60",
            "start",
        )  # fmt: skip

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._run(str(self.binaries / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w",
                      "stop")  # fmt: skip

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """A new, empty database; returns its SQLAlchemy URL."""
        import psycopg

        name = f"register_{os.getpid()}_{next(self._names)}"
        with psycopg.connect(
            f"host=127.0.0.1 port={self.port} user={SUPERUSER} dbname=postgres", autocommit=True
        ) as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def start_server() -> PostgresServer | str:
    """A running server, or the reason there is none."""
    binaries = find_binaries()
    if binaries is None:
        return (
            "PostgreSQL binaries (initdb, pg_ctl, postgres) not found: apt-get install postgresql"
        )
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed: pip install 'baomi[postgres]'"
    folder = Path(tempfile.mkdtemp(prefix="baomi-pg-"))
    folder.chmod(0o755)
    server = PostgresServer(binaries, folder, _free_port(), _server_account())
    try:
        server.start()
    except subprocess.CalledProcessError as exc:
        log = server.log.read_text(errors="replace")[-2000:] if server.log.exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL did not start: {exc.stderr or exc}\n{log}") from None
    deadline = time.monotonic() + 30
    while True:
        try:
            server.new_database()
            break
        except Exception:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.2)
    return server


def stop_server(server: PostgresServer) -> None:
    server.stop()
    shutil.rmtree(server.folder, ignore_errors=True)
