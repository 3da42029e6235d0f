"""Crawling a site the office runs, from a start URL, politely and within bounds.

Scope: pages are followed within the start URL's host and path (the folder of the start
page: ``https://www.example.gov.cn/xxgk/`` covers ``/xxgk/…`` only); the attachments those
pages link (documents, spreadsheets, OFD, images) are fetched from anywhere on the same host.
Nothing on another host is ever requested: off-site links are counted and listed, a redirect
off the site is not followed. robots.txt is honoured (``pipeline.sweep.robots``), requests
are spaced (``pipeline.sweep.fetch``), and every request has a time limit and a size limit.

Budgets: at most ``max_pages`` requests for pages and attachments, and ``max_bytes`` bytes in
all. A crawl that reaches a budget never stops silently: every URL it knew of and did not
fetch is an item with the reason (``UNVISITED``), and so is every URL robots.txt disallows.

Order: pages first (breadth first), attachments after them, so that each attachment knows
the pages that link it: its title is the link's text, its date the newest of those pages'
publication dates (``--since`` then leaves attachments of older pages unfetched).
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit, urlunsplit

from pipeline.sweep import formats, items, pages
from pipeline.sweep.fetch import Fetcher, Response, save
from pipeline.sweep.items import Item
from pipeline.sweep.robots import Robots, load
from pipeline.sweep.state import SweepState

ROBOTS_AGENT = "baomi-sweep"
MAX_REDIRECTS = 5
FILES = "files"


@dataclass(slots=True)
class Budget:
    max_pages: int = 10_000
    max_bytes: int = 2 << 30
    max_file_bytes: int = 100 << 20
    timeout: float = 30.0
    interval: float = 0.5  # seconds between requests


@dataclass(slots=True)
class CrawlResult:
    items: list[Item] = field(default_factory=list)
    offsite: dict[str, int] = field(default_factory=dict)  # host → links not followed
    out_of_scope: list[str] = field(default_factory=list)  # same host, outside the path
    robots: str = "missing"
    requests: int = 0
    bytes: int = 0
    not_modified: int = 0  # 304 answers


def normalize(url: str) -> str | None:
    """Scheme and host in lower case, no default port, no fragment; None if not http(s)."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    try:
        port = parts.port
    except ValueError:
        return None
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    if "@" in parts.netloc:  # credentials in a link are never sent anywhere
        return None
    return urlunsplit((scheme, host, parts.path or "/", parts.query, ""))


def _site(url: str) -> tuple[str, int]:
    parts = urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return (parts.hostname or "").lower(), port


class Crawler:
    """One start URL's crawl. ``echo`` gets a progress line per request (or None)."""

    def __init__(
        self,
        start_url: str,
        out_dir: Path,
        state: SweepState,
        budget: Budget,
        *,
        since: str | None = None,
        fetcher: Fetcher | None = None,
        echo: Callable[[str], None] | None = None,
        used: list[int] | None = None,
    ) -> None:
        start = normalize(start_url)
        if start is None:
            raise ValueError(start_url)
        self.start = start
        self.out_dir = out_dir
        self.state = state
        self.budget = budget
        self.since = since
        self.fetcher = fetcher or Fetcher(
            interval=budget.interval, timeout=budget.timeout, max_file_bytes=budget.max_file_bytes
        )
        self.echo = echo
        # Requests and bytes already spent by earlier start URLs of the same sweep.
        self.used = used if used is not None else [0, 0]
        parts = urlsplit(start)
        self.host = _site(start)
        folder = parts.path if parts.path.endswith("/") else parts.path.rsplit("/", 1)[0] + "/"
        self.prefix = folder
        self.result = CrawlResult()
        self.items: dict[str, Item] = {}
        self.seen: set[str] = set()
        self.pages: deque[str] = deque()
        self.attachments: deque[str] = deque()
        # Attachment → [(page, page date, link text)] of the pages that link it.
        self.referrers: dict[str, list[tuple[str, str | None, str]]] = {}
        self.robots: Robots | None = None

    # ------------------------------------------------------------------ scope

    def same_site(self, url: str) -> bool:
        return _site(url) == self.host

    def in_scope(self, url: str) -> bool:
        return self.same_site(url) and urlsplit(url).path.startswith(self.prefix)

    # ------------------------------------------------------------------ queue

    def _enqueue_page(self, url: str) -> None:
        if url not in self.seen:
            self.seen.add(url)
            self.pages.append(url)

    def _enqueue_attachment(self, url: str) -> None:
        if url not in self.seen:
            self.seen.add(url)
            self.attachments.append(url)

    def _follow(self, page_url: str, page: pages.Page) -> None:
        for link in page.links:
            url = normalize(link.url)
            if url is None:
                continue  # mailto:, javascript:, tel:, data: — not published items
            if not self.same_site(url):
                host = urlsplit(url).netloc
                self.result.offsite[host] = self.result.offsite.get(host, 0) + 1
                continue
            refs = self.referrers.setdefault(url, [])
            if len(refs) < 50:
                refs.append((page_url, page.date, link.text))
            embedded = link.tag not in ("a", "area", "iframe", "frame")
            if embedded or formats.looks_like_attachment(url):
                self._enqueue_attachment(url)
            elif self.in_scope(url):
                self._enqueue_page(url)
            elif url not in self.result.out_of_scope:
                self.result.out_of_scope.append(url)

    # ------------------------------------------------------------------ run

    def run(self) -> CrawlResult:
        self.robots = load(self.fetcher, self.start, ROBOTS_AGENT)
        if self.robots.delay and self.robots.delay > self.fetcher.interval:
            self.fetcher.interval = self.robots.delay
        self.result.robots = self.robots.status
        self._enqueue_page(self.start)
        while self.pages or self.attachments:
            is_page = bool(self.pages)
            url = self.pages.popleft() if is_page else self.attachments.popleft()
            reason = self._budget_left()
            if reason is not None:
                self._unvisited(url, is_page, reason)
                for rest in self.pages:
                    self._unvisited(rest, True, reason)
                for rest in self.attachments:
                    self._unvisited(rest, False, reason)
                self.pages.clear()
                self.attachments.clear()
                break
            self._visit(url, is_page)
            self.state.save(every=5.0)
        self.result.items = list(self.items.values())
        self.result.requests = self.fetcher.requests
        self.result.bytes = self.fetcher.bytes
        return self.result

    def _budget_left(self) -> str | None:
        if self.used[0] + self.fetcher.requests >= self.budget.max_pages:
            return "budget_pages"
        if self.used[1] + self.fetcher.bytes >= self.budget.max_bytes:
            return "budget_bytes"
        return None

    def _item(self, url: str, is_page: bool) -> Item:
        item = self.items.get(url)
        if item is None:
            item = Item(address=url, kind=items.PAGE if is_page else items.ATTACHMENT)
            item.source = self.start
            self._describe_attachment(item)
            self.items[url] = item
        return item

    def _describe_attachment(self, item: Item) -> None:
        refs = self.referrers.get(item.address)
        if not refs:
            return
        dated = [r for r in refs if r[1]]
        page, date, text = max(dated, key=lambda r: r[1] or "") if dated else refs[0]
        item.linked_from = page
        item.date = date
        item.title = text or None

    def _unvisited(self, url: str, is_page: bool, reason: str, **params: object) -> Item:
        item = self._item(url, is_page)
        item.status = items.UNVISITED
        item.reason = reason
        item.reason_params = dict(params)
        return item

    def _visit(self, url: str, is_page: bool) -> None:
        assert self.robots is not None
        if not self.robots.allowed(url, ROBOTS_AGENT):
            self._unvisited(url, is_page, "robots_disallowed")
            return
        if not is_page:
            probe = Item(address=url, kind=items.ATTACHMENT)
            self._describe_attachment(probe)
            if self.since and probe.date and probe.date < self.since:
                item = self._item(url, False)
                item.status = items.OLDER
                return
        final, response = self._get(url, is_page)
        if response is None:
            return
        item = self._item(final, is_page)
        self.seen.add(final)
        self._store(item, response)

    def _get(self, url: str, is_page: bool) -> tuple[str, Response | None]:
        """Fetch ``url`` following redirects on the site: (final URL, response), or
        (url, None) when the chain ended in an item of its own (loop, off-site, known)."""
        chain = [url]
        current = url
        while True:
            entry = self.state.get(current)
            stored = self.state.local_file(current)
            remaining = self.budget.max_bytes - self.used[1] - self.fetcher.bytes
            limit = max(min(self.budget.max_file_bytes, remaining), 0)
            response = self.fetcher.get(
                current,
                etag=entry.get("etag") if stored else None,
                last_modified=entry.get("last_modified") if stored else None,
                limit=limit,
            )
            if self.echo is not None:
                self.echo(f"{response.status or '-'} {current}")
            if not response.redirect:
                if response.error == "fetch_too_large" and limit < self.budget.max_file_bytes:
                    self._unvisited(current, is_page, "budget_bytes")
                    return current, None
                return current, response
            location = response.header("location")
            if not location:
                item = self._item(url, is_page)
                item.status, item.reason = items.FAILED, "redirect_no_location"
                return url, None
            target = normalize(urljoin(current, location))
            if target is None or not self.same_site(target):
                where = urlsplit(urljoin(current, location)).netloc or location[:80]
                self._unvisited(url, is_page, "redirect_offsite", target=where)
                return url, None
            if target in chain:
                item = self._item(url, is_page)
                item.status, item.reason = items.FAILED, "redirect_loop"
                item.reason_params = {"hops": len(chain)}
                return url, None
            if len(chain) > MAX_REDIRECTS:
                item = self._item(url, is_page)
                item.status, item.reason = items.FAILED, "redirect_too_many"
                item.reason_params = {"hops": len(chain)}
                return url, None
            if target in self.items or (target in self.seen and target != url):
                return url, None  # an alias of an item the crawl has or will have
            if is_page and not self.in_scope(target) and not formats.looks_like_attachment(target):
                self._unvisited(url, is_page, "redirect_out_of_scope", target=target)
                return url, None
            if not self.robots or not self.robots.allowed(target, ROBOTS_AGENT):
                self._unvisited(url, is_page, "robots_disallowed")
                return url, None
            chain.append(target)
            current = target
            if self._budget_left() is not None:
                self._unvisited(url, is_page, self._budget_left() or "budget_pages")
                return url, None

    def _store(self, item: Item, response: Response) -> None:
        entry = self.state.get(item.address)
        if response.error is not None:
            item.status = (
                items.UNREVIEWABLE if response.error == "fetch_too_large" else items.FAILED
            )
            item.reason, item.reason_params = response.error, dict(response.error_params)
            return
        if response.status == 304:
            path = self.state.local_file(item.address)
            if path is None:  # pragma: no cover - conditional requests need the file
                item.status, item.reason = items.FAILED, "fetch_failed"
                item.reason_params = {"reason": "304 Not Modified, no stored copy"}
                return
            self.result.not_modified += 1
            content_type = entry.get("content_type")
            data = path.read_bytes()
            item.fetched = False
        elif 200 <= response.status < 300:
            content_type = response.header("content-type")
            data = response.body
            name = formats.local_name(
                item.address, content_type, response.header("content-disposition")
            )
            key = hashlib.sha1(item.address.encode("utf-8")).hexdigest()[:16]
            path = self.out_dir / FILES / key / name
            old = entry.get("file")
            if old and old != path.relative_to(self.out_dir).as_posix():
                from pipeline.atomic import discard

                discard(self.out_dir / old)
            save(path, data)
            item.fetched = True
        elif response.status in (404, 410):
            item.status, item.reason = items.BROKEN, "http_status"
            item.reason_params = {"status": response.status}
            return
        else:
            item.status, item.reason = items.FAILED, "http_status"
            item.reason_params = {"status": response.status}
            return
        sha = hashlib.sha256(data).hexdigest()
        item.file = str(path)
        item.sha256 = sha
        item.size = len(data)
        html = formats.is_html_type(content_type) or (
            content_type is None and formats.is_html_name(path.name)
        )
        if html:
            item.kind = items.PAGE
            page = pages.read_page(data, item.address, content_type)
            item.title = page.title or item.title
            item.date = page.date
            self._follow(item.address, page)
            if self.since and item.date and item.date < self.since:
                item.status = items.OLDER
        else:
            item.kind = items.ATTACHMENT
            self._describe_attachment(item)
        self.state.put(
            item.address,
            sha256=sha,
            etag=response.header("etag") if response.status != 304 else entry.get("etag"),
            last_modified=(
                response.header("last-modified")
                if response.status != 304
                else entry.get("last_modified")
            ),
            content_type=content_type,
            file=path.relative_to(self.out_dir).as_posix(),
            size=len(data),
        )
