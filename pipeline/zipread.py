"""Reading a ZIP package (DOCX, XLSX, OFD) as untrusted input: one entry per name (the one a
reader opens), the sizes checked before and while unpacking (ZIP bombs), no XML entry with a
document type declaration (entity bombs, values hidden in entities).

Each error names the package's format, so an XLSX or an OFD is never called a damaged DOCX:
DOCX keeps its own message keys (``docx_corrupt``…); the other formats share the ``package_*``
messages with the format's name as a parameter.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field

from pipeline.config import Config
from pipeline.errors import InputError

MAX_ENTRIES = 65_535  # a package has tens to hundreds of entries
_CHUNK = 1 << 20
_XML_ENTRY = re.compile(r"\.(xml|rels|vml)$", re.IGNORECASE)
_DTD_MARKERS = tuple("<!DOCTYPE".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))


@dataclass(slots=True)
class Package:
    """The entries of a ZIP package, one per name, and the names written more than once."""

    entries: dict[str, bytes] = field(default_factory=dict)
    duplicates: list[str] = field(default_factory=list)


def error(kind: str, problem: str, **params: object) -> InputError:
    """The ``InputError`` for ``problem`` (corrupt, bomb, …) in a package of format ``kind``."""
    if kind == "docx":
        return InputError(f"docx_{problem}", **params)
    return InputError(f"package_{problem}", format=kind.upper(), **params)


def names(data: bytes) -> list[str] | None:
    """The entry names of a ZIP (central directory), or None if it is not one we can list."""
    if data.count(b"PK\x01\x02") > MAX_ENTRIES:
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return archive.namelist()
    except Exception:  # BadZipFile, or a central directory zipfile cannot make sense of
        return None


def read_package(
    data: bytes, config: Config, kind: str, required: tuple[str, ...] = ()
) -> Package:
    """Every entry of the package unpacked within the limits; ``required`` entries must be
    there (the first one missing makes the package corrupt)."""
    # Each entry takes a central directory header: a package of millions of empty entries
    # is refused before zipfile builds an object for every one of them.
    if data.count(b"PK\x01\x02") > MAX_ENTRIES:
        raise error(kind, "too_many_entries", limit=MAX_ENTRIES)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except Exception:
        raise error(kind, "not_zip") from None
    package = Package()
    with archive:
        infos = [i for i in archive.infolist() if not i.is_dir()]
        # The sizes the package declares, before anything is unpacked (a ZIP bomb) …
        total = sum(i.file_size for i in infos)
        if total > config.max_decompressed_bytes:
            raise error(kind, "bomb", size=total, limit=config.max_decompressed_bytes)
        if any(i.file_size > config.max_part_bytes for i in infos):
            raise error(kind, "part_too_large", limit=config.max_part_bytes)
        # A name written twice is read by ZIP readers from its last entry (the central
        # directory's); only that entry is kept, so the copy shows what a reader was shown.
        chosen: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if info.filename in chosen and info.filename not in package.duplicates:
                package.duplicates.append(info.filename)
            chosen[info.filename] = info
        for name in required:
            if name not in chosen:
                raise error(kind, "missing_part", part=name)
        budget = [config.max_decompressed_bytes]
        for name, info in chosen.items():
            package.entries[name] = _read(archive, info, config, budget, kind)
            if _XML_ENTRY.search(name) and has_dtd(package.entries[name]):
                raise error(kind, "dtd")
    return package


def _read(
    archive: zipfile.ZipFile, info: zipfile.ZipInfo, config: Config, budget: list[int], kind: str
) -> bytes:
    """… and the bytes actually unpacked, read in chunks and stopped at the limits (an
    entry may declare a small size and inflate to far more)."""
    chunks: list[bytes] = []
    size = 0
    try:
        with archive.open(info) as handle:
            while chunk := handle.read(_CHUNK):
                size += len(chunk)
                budget[0] -= len(chunk)
                if size > config.max_part_bytes:
                    raise error(kind, "part_too_large", limit=config.max_part_bytes)
                if budget[0] < 0:
                    limit = config.max_decompressed_bytes
                    raise error(kind, "bomb", size=limit - budget[0], limit=limit)
                chunks.append(chunk)
    except RuntimeError as exc:
        if "encrypted" not in str(exc):
            raise error(kind, "damaged_data") from None
        raise error(kind, "encrypted") from None
    except NotImplementedError:
        raise error(kind, "compression") from None
    except InputError:
        raise
    except Exception:  # BadZipFile, zlib.error, LZMAError, EOFError, …: said in words
        raise error(kind, "damaged_data") from None
    return b"".join(chunks)


def has_dtd(data: bytes) -> bool:
    """A document type declaration in an XML entry. OOXML and OFD have none (Office refuses
    such a file) and they are how entity bombs and values hidden in entities get in."""
    return any(marker in data for marker in _DTD_MARKERS)
