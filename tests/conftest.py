"""Shared test fixtures: the network is cut for the whole run (baomi must never download
anything), and small builders make real DOCX/PDF/TXT files on the fly."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples" / "documents"
SECRECY_LIST = ROOT / "samples" / "secrecy-list.txt"


@pytest.fixture(autouse=True, scope="session")
def no_network() -> Iterator[None]:
    """Any attempt to open a network connection fails the test that made it."""
    original = socket.socket.connect

    def refuse(self: socket.socket, address: Any) -> None:
        if self.family == socket.AF_UNIX:
            return original(self, address)
        raise AssertionError(f"network access attempted: {address!r}")

    socket.socket.connect = refuse  # type: ignore[method-assign]
    yield
    socket.socket.connect = original  # type: ignore[method-assign]


@pytest.fixture(autouse=True, scope="session")
def private_register(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """`baomi review` records every document in the register: point it at a temporary file,
    never at the user's data folder (tests that need their own register set it themselves)."""
    import os

    path = tmp_path_factory.mktemp("register") / "register.sqlite3"
    previous = os.environ.get("BAOMI_REGISTER")
    os.environ["BAOMI_REGISTER"] = str(path)
    yield path
    if previous is None:
        os.environ.pop("BAOMI_REGISTER", None)
    else:
        os.environ["BAOMI_REGISTER"] = previous


@pytest.fixture(scope="session")
def postgres() -> Iterator[Any]:
    """One real PostgreSQL server for the whole session (see ``tests.pg``), started the first
    time a test asks for it; skipped, with the reason, where the binaries are absent."""
    from tests.pg import start_server, stop_server

    server = start_server()
    if isinstance(server, str):
        pytest.skip(server)
    yield server
    stop_server(server)


@pytest.fixture(params=["sqlite", "postgresql"])
def register_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A new, empty register: a SQLite file, or a database on the session's PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'register.sqlite3'}"
    return request.getfixturevalue("postgres").new_database()


@pytest.fixture(autouse=True)
def cheap_password_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests hash and check many credentials: argon2id with small parameters (a hash
    records its parameters, so a process that checks it, the test's own or a subprocess,
    works as with the real ones, only faster)."""
    from argon2 import PasswordHasher

    from pipeline.workflow import credentials

    fast = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)
    monkeypatch.setattr(credentials, "_hasher", lambda: fast)


def run_cli(*args: str) -> Result:
    from pipeline.cli import main

    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def review_json(*args: str) -> tuple[int, dict[str, Any]]:
    result = run_cli("review", *args, "--json")
    return result.exit_code, json.loads(result.stdout)


def make_docx(path: Path, paragraphs: list[str | list[str]]) -> Path:
    """A DOCX whose paragraphs are strings, or lists of strings written as separate runs."""
    import docx

    document = docx.Document()
    for paragraph in paragraphs:
        p = document.add_paragraph()
        for run in [paragraph] if isinstance(paragraph, str) else paragraph:
            p.add_run(run)
    document.save(path)
    return path


def make_pdf(path: Path, lines: list[str], fontsize: float = 11) -> Path:
    """A one-page PDF with each string on its own line, in an embedded CJK font."""
    import pymupdf

    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_font(fontname="F0", fontbuffer=pymupdf.Font("cjk").buffer)
    y = 72.0
    for line in lines:
        page.insert_text((72, y), line, fontname="F0", fontsize=fontsize)
        y += fontsize * 1.6
    pdf.subset_fonts()
    pdf.save(path, garbage=4, deflate=True)
    return path


def pdf_text_pypdf(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def docx_text_python_docx(path: Path) -> str:
    """Everything python-docx can see: body, tables, headers and footers."""
    import docx

    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            texts.extend(cell.text for cell in row.cells)
    for section in document.sections:
        for part in (section.header, section.footer):
            texts.extend(p.text for p in part.paragraphs)
    return "\n".join(texts)


@pytest.fixture(scope="session")
def sample_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[int, dict[str, Any], Path]:
    """The demo: every sample reviewed once with the sample secrecy list."""
    out = tmp_path_factory.mktemp("samples-out")
    code, summary = review_json(str(SAMPLES), "--terms", str(SECRECY_LIST), "--out", str(out))
    return code, summary, out


# The web desk's browser (one headless chromium per test session) and screenshot folder.
from tests.web import browser, screenshots  # noqa: E402, F401
