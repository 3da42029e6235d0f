"""One HTTP request at a time, politely: a minimum interval between requests, a time limit per
request (for the whole response, not only between bytes), a size limit per response, no
redirect followed (the crawler decides where a redirect may lead), no proxy from the
environment (the requests go to the office's own site and nowhere else), and conditional
requests (``If-None-Match`` / ``If-Modified-Since``) for what an earlier run fetched.

Standard library only (``urllib.request``). ``Fetcher.get`` never raises for what a server or
the network does: every outcome is a ``Response`` with a status, or an ``error`` message key.
"""

from __future__ import annotations

import http.client
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

USER_AGENT = "baomi-sweep/0.1 (self-inspection of published information; +robots.txt honoured)"
CHUNK = 64 * 1024


@dataclass(slots=True)
class Response:
    url: str
    status: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    error: str | None = None  # message key: fetch_timeout, fetch_too_large, fetch_failed
    error_params: dict[str, object] = field(default_factory=dict)
    size: int = 0

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    @property
    def redirect(self) -> bool:
        return self.status in (301, 302, 303, 307, 308)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


class Fetcher:
    """Requests to one site, spaced by ``interval`` seconds."""

    def __init__(
        self,
        *,
        interval: float = 0.5,
        timeout: float = 30.0,
        max_file_bytes: int = 100 << 20,
        user_agent: str = USER_AGENT,
    ) -> None:
        self.interval = interval
        self.timeout = timeout
        self.max_file_bytes = max_file_bytes
        self.user_agent = user_agent
        self.requests = 0
        self.bytes = 0
        self._last = 0.0
        self._lock = threading.Lock()
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect())

    def _wait_turn(self) -> None:
        with self._lock:
            pause = self._last + self.interval - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            self._last = time.monotonic()

    def get(
        self,
        url: str,
        *,
        etag: str | None = None,
        last_modified: str | None = None,
        limit: int | None = None,
    ) -> Response:
        """GET ``url`` (conditionally when validators are given), reading at most ``limit``
        bytes (default: the size limit per file)."""
        limit = self.max_file_bytes if limit is None else limit
        headers = {"User-Agent": self.user_agent, "Accept": "*/*"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        self._wait_turn()
        self.requests += 1
        response = Response(url)
        deadline = time.monotonic() + self.timeout
        try:
            request = urllib.request.Request(url, headers=headers, method="GET")
            handle = self._opener.open(request, timeout=self.timeout)
        except urllib.error.HTTPError as exc:
            response.status = exc.code
            response.headers = {k.lower(): v for k, v in exc.headers.items()}
            exc.close()
            return response
        except TimeoutError:
            response.error = "fetch_timeout"
            response.error_params = {"seconds": f"{self.timeout:g}"}
            return response
        except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as exc:
            reason = getattr(exc, "reason", None) or exc
            if isinstance(reason, TimeoutError):
                response.error = "fetch_timeout"
                response.error_params = {"seconds": f"{self.timeout:g}"}
            else:
                response.error = "fetch_failed"
                response.error_params = {"reason": _reason(reason)}
            return response
        with handle:
            response.status = handle.status
            response.headers = {k.lower(): v for k, v in handle.headers.items()}
            declared = response.header("content-length")
            if declared and declared.isdigit() and int(declared) > limit:
                response.error = "fetch_too_large"
                response.error_params = {"size": int(declared), "limit": limit}
                response.size = int(declared)
                return response
            chunks: list[bytes] = []
            total = 0
            try:
                while True:
                    if time.monotonic() > deadline:
                        response.error = "fetch_timeout"
                        response.error_params = {"seconds": f"{self.timeout:g}"}
                        return response
                    chunk = handle.read1(CHUNK)  # what has arrived: the deadline is checked often
                    if not chunk:
                        break
                    total += len(chunk)
                    self.bytes += len(chunk)
                    if total > limit:
                        response.error = "fetch_too_large"
                        response.error_params = {"size": f">{limit}", "limit": limit}
                        response.size = total
                        return response
                    chunks.append(chunk)
            except TimeoutError:
                response.error = "fetch_timeout"
                response.error_params = {"seconds": f"{self.timeout:g}"}
                return response
            except (http.client.HTTPException, OSError) as exc:
                response.error = "fetch_failed"
                response.error_params = {"reason": _reason(exc)}
                return response
        response.body = b"".join(chunks)
        response.size = total
        return response


def _reason(exc: object) -> str:
    text = str(exc).splitlines()[0][:160] if str(exc) else type(exc).__name__
    return text or type(exc).__name__


def save(path: Path, data: bytes) -> None:
    """Keep a download (owner-readable only: it may hold what the sweep is looking for),
    atomically: a temporary file renamed into place, so no reader sees half of it. Not
    fsynced (that was a third of a loopback crawl's time): a download lost in a power cut
    is fetched again, since the resume state checks each file's hash."""
    import contextlib
    import os

    from pipeline.atomic import temp_path_for

    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    temp = temp_path_for(path)
    try:
        temp.write_bytes(data)
        os.replace(temp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()
