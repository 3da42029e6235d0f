"""Walking a folder that mirrors a website's published files (a copy of the web root, or
what the publishing system exported).

Every file is a published item: nothing is skipped but hidden files and the sweep's own
output folder. HTML files are pages (title, publication date and links read by
``pipeline.sweep.pages``); every other file is an attachment, whose title is the text of a
link to it from a page of the mirror and whose date is that page's. A file is hashed again
only when its size or modification time changed since the last run.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from pipeline.sweep import formats, items, pages
from pipeline.sweep.items import Item
from pipeline.sweep.state import SweepState


def _hash(path: Path, state: SweepState) -> tuple[str, bool]:
    """(sha256, changed since the last run)."""
    from pipeline.filehash import file_sha256

    st = path.stat()
    key = str(path)
    entry = state.get(key)
    if entry.get("size") == st.st_size and entry.get("mtime_ns") == st.st_mtime_ns:
        sha = entry.get("sha256")
        if isinstance(sha, str):
            return sha, False
    sha = file_sha256(path)
    changed = entry.get("sha256") != sha
    state.put(key, size=st.st_size, mtime_ns=st.st_mtime_ns, sha256=sha, file=None)
    return sha, changed


BASE = "http://mirror.invalid/"


def _target(url: str, root: Path) -> Path | None:
    """The mirror file a link leads to (links were resolved against ``BASE`` plus the page's
    path in the mirror, so relative and root-relative links both land in the mirror)."""
    parts = urlsplit(url)
    if parts.netloc != "mirror.invalid":
        return None
    raw = unquote(parts.path).lstrip("/")
    candidate = Path(os.path.normpath(root / raw)) if raw else root
    if candidate.is_dir():
        candidate = candidate / "index.html"
    try:
        candidate.relative_to(root)
    except ValueError:
        return None
    return candidate


def walk(
    root: Path,
    state: SweepState,
    *,
    exclude: Path | None = None,
    since: str | None = None,
) -> list[Item]:
    root = root.resolve()
    excluded = exclude.resolve() if exclude is not None else None
    files: list[Path] = []
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if any(part.startswith(".") for part in relative.parts):
            continue
        if excluded is not None and (path == excluded or excluded in path.parents):
            continue
        if path.is_file():
            files.append(path)
    found: dict[Path, Item] = {}
    referrers: dict[Path, list[tuple[str, str | None, str]]] = {}
    for path in files:
        if not formats.is_html_name(path.name):
            continue
        item = _item(path, root, state, items.PAGE)
        found[path] = item
        if item.status != items.REVIEWED:
            continue
        base = BASE + quote(path.relative_to(root).as_posix())
        page = pages.read_page(path.read_bytes(), base)
        item.title, item.date = page.title, page.date
        if since and item.date and item.date < since:
            item.status = items.OLDER
        for link in page.links:
            target = _target(link.url, root)
            if target is not None and target != path:
                referrers.setdefault(target, []).append((item.address, item.date, link.text))
    for path in files:
        if path in found:
            continue
        item = _item(path, root, state, items.ATTACHMENT)
        refs = referrers.get(path, [])
        if refs:
            dated = [r for r in refs if r[1]]
            page_address, date, text = max(dated, key=lambda r: r[1] or "") if dated else refs[0]
            item.linked_from, item.date, item.title = page_address, date, text or None
            if since and date and date < since and item.status == items.REVIEWED:
                item.status = items.OLDER
        found[path] = item
    return [found[p] for p in files]


def _item(path: Path, root: Path, state: SweepState, kind: str) -> Item:
    item = Item(address=str(path), kind=kind, source=str(root), file=str(path))
    try:
        item.sha256, item.fetched = _hash(path, state)
        item.size = path.stat().st_size
    except OSError as exc:
        item.status, item.reason = items.FAILED, "mirror_unreadable"
        item.reason_params = {"reason": exc.strerror or type(exc).__name__}
    return item


def walk_file(path: Path, state: SweepState) -> list[Item]:
    """A single published file named as a source."""
    path = path.resolve()
    kind = items.PAGE if formats.is_html_name(path.name) else items.ATTACHMENT
    item = _item(path, path.parent, state, kind)
    if kind == items.PAGE and item.status == items.REVIEWED:
        page = pages.read_page(path.read_bytes(), BASE + quote(path.name))
        item.title, item.date = page.title, page.date
    return [item]
