"""TXT copies are re-read from disk and decoded under every encoding that could hold them."""

from __future__ import annotations

from pathlib import Path


def extract(path: Path) -> list[tuple[str, str]]:
    data = path.read_bytes()
    layers = []
    for encoding in ("utf-8", "utf-16", "gb18030"):
        layers.append((encoding, data.decode(encoding, errors="ignore")))
    return layers
