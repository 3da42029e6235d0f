"""What the desk's tests share: a desk served by waitress on a loopback port of its own (in a
thread of the test process, on a register of the office in ``tests.office``), one headless
Debian chromium per test session driven by Playwright (``executable_path``, no browser
download), and a folder for the screenshots of every page (``$BAOMI_SCREENSHOTS``, else a
temporary folder; its path is printed at the end of the run)."""

from __future__ import annotations

import os
import re
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


@dataclass
class Served:
    url: str
    app: Any
    register: Any
    data: Path
    log: list[str] = field(default_factory=list)


def serve(register_url: str, data: Path, config: Any | None = None) -> Iterator[Served]:
    """The desk on 127.0.0.1 (a free port), until the generator is closed. Every line the
    desk logs is kept in ``Served.log``."""
    import logging

    import waitress

    from pipeline.config import Config
    from pipeline.web import create_app
    from pipeline.workflow.register import open_register

    register = open_register(register_url)
    app = create_app(register, config or Config(), data)
    server = waitress.create_server(app, host="127.0.0.1", port=0, threads=4, ident="baomi")
    served = Served(f"http://127.0.0.1:{server.effective_port}", app, register, data)

    class Keep(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            served.log.append(self.format(record))

    handler = Keep()
    logger = logging.getLogger("baomi.web")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield served
    finally:
        logger.removeHandler(handler)
        server.close()
        thread.join(timeout=5)
        register.close()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        # launch() gives each browser a fresh temporary profile (its --user-data-dir).
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def screenshots(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[Path]:
    folder = Path(os.environ.get("BAOMI_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    yield folder
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        count = len(list(folder.glob("*.png")))
        reporter.write_line(f"baomi desk screenshots ({count}): {folder}")


def shot(page: Any, folder: Path, name: str) -> Path:
    path = folder / f"{re.sub(r'[^a-z0-9-]+', '-', name.lower())}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
