"""robots.txt (RFC 9309) of the site a sweep crawls, read with ``urllib.robotparser``.

It is fetched with the sweep's own ``Fetcher`` (a time limit, a size limit, no redirect off
the site): ``RobotFileParser.read`` has neither. As RFC 9309 says: a robots.txt that does not
exist (4xx) allows everything; one the server cannot give (5xx, a timeout, a failed
connection) disallows everything, so the crawl stops at the start page and says why. A
``Crawl-delay`` longer than the sweep's own interval is honoured.
"""

from __future__ import annotations

import urllib.robotparser
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from pipeline.sweep.fetch import Fetcher

MAX_ROBOTS_BYTES = 512 * 1024  # RFC 9309 §2.5: at least 500 KiB must be read
MAX_CRAWL_DELAY = 60.0


@dataclass(slots=True)
class Robots:
    parser: urllib.robotparser.RobotFileParser
    status: str  # found | missing | unavailable
    delay: float | None = None

    def allowed(self, url: str, agent: str) -> bool:
        return self.parser.can_fetch(agent, url)


def crawl_delay(lines: list[str], agent: str) -> float | None:
    """The ``Crawl-delay`` of the group that names ``agent``, else of ``*``, in seconds
    (``RobotFileParser.crawl_delay`` reads whole seconds only)."""
    delays: dict[str, float] = {}
    agents: list[str] = []
    in_rules = False
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        key, _, value = line.partition(":")
        key, value = key.strip().lower(), value.strip()
        if key == "user-agent":
            if in_rules:
                agents, in_rules = [], False
            agents.append(value.lower())
        elif key in ("allow", "disallow", "crawl-delay", "request-rate"):
            in_rules = True
            if key == "crawl-delay":
                try:
                    seconds = float(value)
                except ValueError:
                    continue
                for name in agents:
                    delays.setdefault(name, seconds)
    agent = agent.lower()
    for name, seconds in delays.items():
        if name != "*" and name in agent:
            return seconds
    return delays.get("*")


def load(fetcher: Fetcher, start_url: str, agent: str) -> Robots:
    parts = urlsplit(start_url)
    url = urljoin(f"{parts.scheme}://{parts.netloc}/", "/robots.txt")
    parser = urllib.robotparser.RobotFileParser(url)
    response = fetcher.get(url, limit=MAX_ROBOTS_BYTES)
    hops = 0
    while response.redirect and hops < 5:  # a redirect on the same site only
        target = urljoin(url, response.header("location") or "")
        if urlsplit(target).netloc != parts.netloc:
            break
        response = fetcher.get(target, limit=MAX_ROBOTS_BYTES)
        hops += 1
    if response.error is None and 200 <= response.status < 300:
        from pipeline.sweep.pages import decode

        lines = decode(response.body).splitlines()
        parser.parse(lines)
        delay = crawl_delay(lines, agent)
        return Robots(parser, "found", min(delay, MAX_CRAWL_DELAY) if delay else None)
    if response.error is None and 400 <= response.status < 500:
        parser.allow_all = True
        return Robots(parser, "missing")
    parser.disallow_all = True
    return Robots(parser, "unavailable")
