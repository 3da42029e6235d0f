"""A document's time limit grows with the scanned pages it holds.

``[limits] timeout_seconds`` bounds the review of one document. A scanned page is read by
OCR (detection and recognition of every line, then a second look at the painted copy), which
costs some seconds of CPU a page, where a text page costs milliseconds: a fixed limit per
document either lets a stuck text document run for an hour or stops a long scan half-read.
So each image OCR reads grants the document ``[ocr] page_seconds`` more (for an image smaller
than a page, its share by pixels): a 50-page scan gets ``timeout_seconds + 50 × page_seconds``.

Ingest calls ``grant`` before it reads an image; whoever enforces the limit (the serial
runner's timer and watchdog, a worker pool's clock in the parent process) listens with
``granting``. Without a listener (no limit, the web desk's previews) a grant does nothing.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator

_listeners: list[Callable[[float], None]] = []

# An image of this many pixels or more counts as a whole page (an A4 page at 150 dpi has
# 2.2 million; a larger image is reduced before it is read, so it costs no more).
PAGE_PIXELS = 2_000_000


def share(width: int, height: int) -> float:
    """The part of a page's budget an image of ``width`` × ``height`` pixels is granted."""
    return min(1.0, max(0, width) * max(0, height) / PAGE_PIXELS)


def grant(seconds: float) -> None:
    """Extend the time limit of the document under review by ``seconds``."""
    if seconds <= 0:
        return
    for listener in list(_listeners):
        listener(seconds)


@contextlib.contextmanager
def granting(listener: Callable[[float], None]) -> Iterator[None]:
    """Call ``listener(seconds)`` for every grant made while the block runs."""
    _listeners.append(listener)
    try:
        yield
    finally:
        _listeners.remove(listener)
