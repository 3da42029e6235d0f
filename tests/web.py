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


# How long a page may take to come back (ms). Waits are for conditions (the desk's answer to
# a form, the page it leads to, an element on it), never fixed sleeps; this only bounds them.
# Review and publish run the whole pipeline: on a loaded 2-core machine, well over the 30 s
# Playwright allows a navigation by default, so actions wait for their own answer instead.
PATIENCE = 240_000


class User:
    """One person at their own browser (a context of their own: their own cookies), signed
    in. Every step that posts a form goes through ``submit``: it waits for the desk's answer
    to that POST and for the page it redirects to, so the next read is of the new page."""

    def __init__(self, browser: Any, desk: Served, name: str, urls: list[str]) -> None:
        from tests.office import password_of

        self.desk = desk
        self.context = browser.new_context(
            viewport={"width": 1400, "height": 1000}, accept_downloads=True, locale="zh-CN"
        )
        self.context.set_default_timeout(PATIENCE)
        self.context.set_default_navigation_timeout(PATIENCE)
        self.page = self.context.new_page()
        self.page.on("request", lambda request: urls.append(request.url))
        self.page.goto(desk.url + "/work", wait_until="domcontentloaded")
        assert "/login" in self.page.url
        self.page.fill("#user", name)
        self.page.fill("#password", password_of(name))
        self.submit("#sign-in")
        assert re.search(r"/work$", self.page.url), self.page.url

    def submit(self, target: Any) -> Any:
        """Click ``target`` (a form's button: a selector or a locator) and wait until the
        desk has answered the form and the page it leads to is parsed; returns the response
        of that page."""
        page = self.page
        button = page.locator(target) if isinstance(target, str) else target

        def answered(response: Any) -> bool:
            return response.request.method == "POST" and response.frame == page.main_frame

        with (
            page.expect_response(answered) as posted,
            page.expect_navigation(wait_until="domcontentloaded") as landed,
        ):
            button.click(no_wait_after=True)
        assert posted.value.status < 500, posted.value.status
        return landed.value

    def decide(self, finding: Any, choice: str, reason: str) -> None:
        """Open the decision form on ``finding`` (a ``li.finding`` locator), give the reason
        and press ``choice`` (keep, redact, refer)."""
        finding.locator("button.open-decide").click()
        finding.locator("form.decide input.reason").fill(reason)
        self.submit(finding.locator(f"form.decide button.{choice}"))

    def follow(self, locator: Any) -> None:
        """Click a link and wait for the page it leads to."""
        with self.page.expect_navigation(wait_until="domcontentloaded"):
            locator.click(no_wait_after=True)

    def goto(self, path: str) -> None:
        self.page.goto(self.desk.url + path, wait_until="domcontentloaded")

    def open_case_from_work(self, task: str) -> None:
        row = self.page.locator("#work tbody tr", has_text=task).first
        self.follow(row.locator("a.case-link"))
        assert re.search(r"/case/C\d+", self.page.url), self.page.url

    def flash(self) -> tuple[bool, str]:
        flash = self.page.locator("#flash")
        return "good" in (flash.get_attribute("class") or ""), flash.inner_text()

    def flash_ok(self) -> str:
        good, text = self.flash()
        assert good, text
        return text

    def flash_refused(self) -> str:
        good, text = self.flash()
        assert not good, text
        return text

    def close(self) -> None:
        self.context.close()


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
