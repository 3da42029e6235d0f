"""DOCX: read from the package's XML with lxml, not python-docx, which does not see text
boxes, footnotes, inserted revisions or field results. Every ``w:t`` of the body, headers,
footers, footnotes and endnotes (text boxes included, both the ``mc:Choice`` and the
``mc:Fallback`` copy) becomes a segment; a paragraph's runs are joined, so a value split over
several runs is one string for detection."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field

from lxml import etree

from pipeline.config import Config
from pipeline.errors import InputError
from pipeline.model import Document, Locator
from pipeline.ooxml import TEXT_PART, W, parse, part_order


@dataclass(slots=True)
class DocxSource:
    """The package as parsed: raw entries, parsed text parts and their ``w:t`` nodes."""

    entries: dict[str, bytes] = field(default_factory=dict)
    parts: dict[str, etree._Element] = field(default_factory=dict)
    nodes: dict[str, list[etree._Element]] = field(default_factory=dict)


def _open(document: Document, config: Config) -> DocxSource:
    try:
        archive = zipfile.ZipFile(io.BytesIO(document.data))
    except zipfile.BadZipFile:
        raise InputError("docx_not_zip") from None
    source = DocxSource()
    with archive:
        infos = archive.infolist()
        if sum(i.file_size for i in infos) > config.max_bytes * 20:
            raise InputError(
                "too_large", size=sum(i.file_size for i in infos), limit=config.max_bytes * 20
            )
        names = {i.filename for i in infos}
        if "word/document.xml" not in names:
            raise InputError("docx_corrupt", reason="word/document.xml missing")
        for info in infos:
            if info.filename in source.entries or info.is_dir():
                continue  # a duplicate entry name: only the first is read, all are dropped later
            try:
                source.entries[info.filename] = archive.read(info)
            except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError) as exc:
                raise InputError("docx_corrupt", reason=type(exc).__name__) from None
            except RuntimeError:
                raise InputError("docx_encrypted") from None
    for name in sorted((n for n in source.entries if TEXT_PART.match(n)), key=part_order):
        try:
            source.parts[name] = parse(source.entries[name])
        except etree.XMLSyntaxError as exc:
            raise InputError("docx_corrupt", reason=f"{name}: {exc.msg}") from None
    return source


def ingest(document: Document, config: Config) -> None:
    source = _open(document, config)
    document.source = source
    for part, root in source.parts.items():
        nodes = list(root.iter(W + "t"))
        source.nodes[part] = nodes
        paragraphs: dict[etree._Element, list[int]] = {}
        loose: list[int] = []
        for index, node in enumerate(nodes):
            paragraph = next(node.iterancestors(W + "p"), None)
            if paragraph is None:
                loose.append(index)
            else:
                paragraphs.setdefault(paragraph, []).append(index)
        groups = [*paragraphs.items(), *([(None, loose)] if loose else [])]
        for p_index, (paragraph, indexes) in enumerate(groups):
            runs = (
                {} if paragraph is None else {r: i for i, r in enumerate(paragraph.iter(W + "r"))}
            )
            for index in indexes:
                node = nodes[index]
                locator = Locator(
                    part=part,
                    paragraph=p_index,
                    run=runs.get(node.getparent()),
                    node=index,
                )
                document.add_segment(node.text or "", locator)
            document.add_separator("\n")
        document.add_separator("\n")
