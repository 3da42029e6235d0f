"""OFD (GB/T 33190): read by following the package's references with lxml, from ``OFD.xml``
through each ``DocBody``'s ``Document.xml`` to its pages, templates, resources, annotations,
attachments, custom tags, extensions and signatures. Folders are never guessed.

Page text is rebuilt from the glyphs: every ``TextCode`` of every ``TextObject`` (in any layer,
nested ``PageBlock``, composite graphic unit, the page's templates, hidden or not) is placed on
the page through its object's ``Boundary`` and ``CTM`` and the ``DeltaX``/``DeltaY`` lists,
glyphs are grouped into lines by their baseline and ordered by x, with a space where a gap is
wide (so a name split over several objects is one string, and two numbers apart are not).
Each run of consecutive characters of one ``TextCode`` is a segment (``part``, ``node``,
``page``). After the pages, one line each: annotations (remarks, parameters, creators and the
text of their appearances), outlines, bookmarks and link targets, ``DocInfo`` (with its
``CustomData``), the text of attachments in XML, custom tags and extensions (parsed leniently:
producers write custom tags that are not well-formed XML). Any ``TextCode`` that the walk did not
reach is read last, on its own line.

Encrypted packages (GM/T 0099 ``Encryptions.xml``) are refused. Pages with images and no text
(scans) and attachments that are not XML are reported as unverifiable.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from lxml import etree

from pipeline.config import Config
from pipeline.errors import InputError
from pipeline.model import Document, Locator
from pipeline.ofdxml import (
    IDENTITY,
    CodeNode,
    Matrix,
    apply,
    child,
    children,
    code_positions,
    compose,
    descendants,
    local,
    numbers,
    object_matrix,
    resolve,
)
from pipeline.ofdxml import find_entry as _find
from pipeline.ooxml import AttributeText, parse
from pipeline.zipread import error, read_package
from stages.ingest.ofd_lines import Glyph, add_lines

_TAG = re.compile(r"<[^>]*>")


class LooseText:
    """Text read from a part that is not well-formed XML (a custom tag): detection only; the
    part is dropped from the copy."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text


@dataclass(slots=True)
class Signature:
    list_part: str  # Signatures.xml
    entry: etree._Element  # its <Signature>
    part: str  # Signature.xml
    references: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Body:
    element: etree._Element  # OFD.xml's <DocBody>
    document: str  # Document.xml
    signatures: list[Signature] = field(default_factory=list)


@dataclass(slots=True)
class OfdSource:
    entries: dict[str, bytes] = field(default_factory=dict)
    duplicates: list[str] = field(default_factory=list)
    parts: dict[str, etree._Element] = field(default_factory=dict)
    nodes: dict[str, list] = field(default_factory=dict)
    bodies: list[Body] = field(default_factory=list)
    # Every TextCode read, by element identity → (part, node index).
    codes: dict[int, tuple[str, int]] = field(default_factory=dict)
    unreadable: set[str] = field(default_factory=set)


def find_entry(source: OfdSource, name: str) -> str | None:
    return _find(source.entries, name)


def part(source: OfdSource, name: str, lenient: bool = False) -> etree._Element | None:
    found = find_entry(source, name)
    if found is None:
        return None
    if found in source.parts:
        return source.parts[found]
    try:
        root = parse(source.entries[found])
    except etree.XMLSyntaxError as exc:
        if lenient:
            source.unreadable.add(found)
            return None
        raise error("ofd", "bad_xml", part=found, line=exc.lineno or 1) from None
    source.parts[found] = root
    return root


def part_name(source: OfdSource, name: str) -> str:
    return find_entry(source, name) or name


class _Reader:
    def __init__(self, document: Document, source: OfdSource) -> None:
        self.document = document
        self.source = source

    def node(self, part_name_: str, node) -> int:  # type: ignore[no-untyped-def]
        nodes = self.source.nodes.setdefault(part_name_, [])
        nodes.append(node)
        return len(nodes) - 1

    def code(self, part_name_: str, code: etree._Element) -> int:
        key = id(code)
        if key not in self.source.codes:
            self.source.codes[key] = (part_name_, self.node(part_name_, CodeNode(code)))
        return self.source.codes[key][1]

    def line(self, part_name_: str, *nodes, page: int | None = None) -> None:  # type: ignore[no-untyped-def]
        added = False
        for node in nodes:
            if (node.text or "").strip():
                index = self.node(part_name_, node)
                self.document.add_segment(node.text, Locator(part=part_name_, node=index, page=page))
                added = True
        if added:
            self.document.add_separator("\n")

    def everything(self, part_name_: str, root: etree._Element) -> None:
        for element in root.iter():
            if not isinstance(element.tag, str):
                continue
            for name, value in element.attrib.items():
                if value.strip() and not _numeric(value):
                    self.line(part_name_, AttributeText(element, name))
            if (element.text or "").strip():
                if local(element) == "TextCode":
                    self.line(part_name_, CodeNode(element))
                else:
                    self.line(part_name_, element)

    # --- glyphs ---------------------------------------------------------------------------

    def glyphs(
        self, part_name_: str, container: etree._Element, m: Matrix, units: dict[str, tuple[str, etree._Element]], depth: int = 0
    ) -> list[Glyph]:
        out: list[Glyph] = []
        if depth > 32:
            return out
        for element in container:
            name = local(element)
            if name == "TextObject":
                out.extend(self._text_object(part_name_, element, m))
            elif name in {"PageBlock", "Layer", "Content", "Area"}:
                out.extend(self.glyphs(part_name_, element, m, units, depth + 1))
            elif name == "CompositeObject":
                unit = units.get(element.get("ResourceID", ""))
                if unit is not None:
                    unit_part, unit_element = unit
                    content = child(unit_element, "Content")
                    if content is not None:
                        inner = compose(m, object_matrix(element))
                        out.extend(self.glyphs(unit_part, content, inner, units, depth + 1))
            elif name in {"Clips", "Clip"}:
                out.extend(self.glyphs(part_name_, element, m, units, depth + 1))
        return out

    def _text_object(self, part_name_: str, element: etree._Element, m: Matrix) -> list[Glyph]:
        codes = children(element, "TextCode")
        full = compose(m, object_matrix(element))
        scale = math.sqrt(abs(full[0] * full[3] - full[1] * full[2])) or 1.0
        size = (numbers(element.get("Size")) or [3.5])[0] * scale
        out = []
        own = (numbers(element.get("Size")) or [3.5])[0]
        for code, positions in zip(codes, code_positions(codes, own), strict=True):
            node = self.code(part_name_, code)
            for index, (x, y) in enumerate(positions):
                px, py = apply(full, x, y)
                out.append(Glyph((code.text or "")[index], px, py, size, part_name_, node, index))
        return out

    def lines(self, glyphs: list[Glyph], page: int | None) -> None:
        add_lines(self.document, glyphs, page)


def _numeric(value: str) -> bool:
    return bool(re.fullmatch(r"[-+\d.\s g]*", value))


def _open(document: Document, config: Config) -> tuple[OfdSource, etree._Element]:
    package = read_package(document.data, config, "ofd", required=("OFD.xml",))
    source = OfdSource(entries=package.entries, duplicates=package.duplicates)
    if any(n.rsplit("/", 1)[-1].lower() == "encryptions.xml" for n in source.entries):
        raise InputError("ofd_encrypted")
    root = part(source, "OFD.xml")
    assert root is not None
    for body in children(root, "DocBody"):
        doc_root = child(body, "DocRoot")
        if doc_root is None or not (doc_root.text or "").strip():
            continue
        name = part_name(source, resolve("OFD.xml", doc_root.text or ""))
        if part(source, name) is None:
            raise error("ofd", "missing_part", part=name)
        entry = Body(body, name)
        signatures = child(body, "Signatures")
        if signatures is not None and (signatures.text or "").strip():
            entry.signatures = _signatures(source, resolve("OFD.xml", signatures.text or ""))
        source.bodies.append(entry)
    if not source.bodies:
        raise InputError("ofd_no_document")
    return source, root


def _signatures(source: OfdSource, list_name: str) -> list[Signature]:
    root = part(source, list_name, lenient=True)
    if root is None:
        return []
    found = []
    for entry in children(root, "Signature"):
        sign_part = part_name(source, resolve(list_name, entry.get("BaseLoc", "")))
        signature = Signature(part_name(source, list_name), entry, sign_part)
        sign = part(source, sign_part, lenient=True)
        if sign is not None:
            for reference in descendants(sign, "Reference"):
                target = reference.get("FileRef", "")
                signature.references.append(part_name(source, resolve(sign_part, target)))
        found.append(signature)
    return found


def resources(source: OfdSource, document_part: str, root: etree._Element, page_root: etree._Element | None = None, page_part: str = "") -> dict[str, tuple[str, etree._Element]]:
    """Composite graphic units by ID, from the document's and the page's resource files."""
    units: dict[str, tuple[str, etree._Element]] = {}
    names = []
    common = child(root, "CommonData")
    if common is not None:
        for element in common:
            if local(element) in {"PublicRes", "DocumentRes"} and (element.text or "").strip():
                names.append(resolve(document_part, element.text or ""))
    if page_root is not None:
        for element in page_root:
            if local(element) == "PageRes" and (element.text or "").strip():
                names.append(resolve(page_part, element.text or ""))
    for name in names:
        res = part(source, name)
        if res is None:
            continue
        for unit in descendants(res, "CompositeGraphicUnit"):
            units[unit.get("ID", "")] = (part_name(source, name), unit)
    return units


def _page_text(reader: _Reader, body: Body, number: int, page_part: str, templates: dict[str, str], used: set[str]) -> bool:
    """One page: its templates' and its own glyphs in lines. Whether it has text."""
    source = reader.source
    document_root = source.parts[body.document]
    page_root = part(source, page_part)
    if page_root is None:
        raise error("ofd", "missing_part", part=page_part)
    units = resources(source, body.document, document_root, page_root, page_part)
    glyphs: list[Glyph] = []
    for template in children(page_root, "Template"):
        template_part = templates.get(template.get("TemplateID", ""))
        if template_part is None:
            continue
        used.add(template_part)
        template_root = part(source, template_part)
        if template_root is not None:
            glyphs.extend(reader.glyphs(template_part, template_root, IDENTITY, units))
    content = child(page_root, "Content")
    if content is not None:
        glyphs.extend(reader.glyphs(page_part, content, IDENTITY, units))
    reader.lines(glyphs, number)
    reader.document.add_separator("\n")
    has_images = bool(descendants(page_root, "ImageObject"))
    if has_images and glyphs:
        # The pixels are not read (no OCR of OFD images yet): never called clean.
        reader.document.add_unverifiable(
            "image", f"page {number}: an image on a text page; its pixels are not read",
            page=number,
        )
    elif has_images:
        reader.document.add_unverifiable(
            "scanned_page", f"page {number}: images and no text (a scan?); not read", page=number
        )
    return bool(glyphs) or not has_images


def _annotations(reader: _Reader, body: Body, root: etree._Element) -> None:
    source = reader.source
    element = child(root, "Annotations")
    if element is None or not (element.text or "").strip():
        return
    list_name = part_name(source, resolve(body.document, element.text or ""))
    listing = part(source, list_name)
    if listing is None:
        return
    for page in children(listing, "Page"):
        for location in children(page, "FileLoc"):
            name = part_name(source, resolve(list_name, location.text or ""))
            annots = part(source, name)
            if annots is None:
                continue
            for annot in descendants(annots, "Annot"):
                reader.line(name, *[AttributeText(annot, a) for a in ("Creator", "Subtype") if annot.get(a)])
                for remark in descendants(annot, "Remark", "Parameter"):
                    reader.line(name, remark)
                for appearance in children(annot, "Appearance"):
                    units = resources(source, body.document, source.parts[body.document])
                    reader.lines(reader.glyphs(name, appearance, object_matrix(appearance), units), None)


def _navigation(reader: _Reader) -> None:
    """Outline titles, bookmark names and link targets, wherever they are (the document's
    outline, an object's or an annotation's actions)."""
    for name, root in list(reader.source.parts.items()):
        for element in root.iter():
            tag = local(element)
            if tag == "OutlineElem" and element.get("Title"):
                reader.line(name, AttributeText(element, "Title"))
            elif tag == "Bookmark" and element.get("Name"):
                reader.line(name, AttributeText(element, "Name"))
            elif tag == "URI" and element.get("URI"):
                reader.line(name, AttributeText(element, "URI", encoded=True))
            elif tag in {"Goto", "GotoA", "Sound", "Movie"}:
                for attribute, value in element.attrib.items():
                    if value.strip() and not _numeric(value):
                        reader.line(name, AttributeText(element, attribute))


def _referenced_files(reader: _Reader, body: Body, root: etree._Element, unverifiable: list[int]) -> None:
    """Attachments, custom tags and extensions: read for detection (the copy drops them)."""
    source = reader.source
    for kind, file_tags in (("Attachments", ("FileLoc",)), ("CustomTags", ("FileLoc", "SchemaLoc")), ("Extensions", ("ExtendData",))):
        element = child(root, kind)
        if element is None or not (element.text or "").strip():
            continue
        list_name = part_name(source, resolve(body.document, element.text or ""))
        listing = part(source, list_name, lenient=True)
        if listing is None:
            _loose(reader, list_name)
            continue
        reader.everything(list_name, listing)
        for location in descendants(listing, *file_tags):
            name = part_name(source, resolve(list_name, location.text or ""))
            if name not in source.entries:
                continue
            data = source.entries[name]
            if data.lstrip(b"\xef\xbb\xbf \r\n\t")[:1] == b"<":
                tree = part(source, name, lenient=True)
                if tree is not None:
                    reader.everything(name, tree)
                else:
                    _loose(reader, name)
            elif kind == "Attachments":
                unverifiable[0] += 1


def _loose(reader: _Reader, name: str) -> None:
    data = reader.source.entries.get(name, b"")
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        text = data.decode("utf-8", "replace")
    for piece in _TAG.split(text):
        if piece.strip():
            reader.line(name, LooseText(piece.strip()))


def ingest(document: Document, config: Config) -> None:
    source, _root = _open(document, config)
    document.source = source
    reader = _Reader(document, source)
    number = 0
    unverifiable = [0]
    for body in source.bodies:
        doc = source.parts[body.document]
        templates = {}
        common = child(doc, "CommonData")
        if common is not None:
            for template in children(common, "TemplatePage"):
                templates[template.get("ID", "")] = part_name(
                    source, resolve(body.document, template.get("BaseLoc", ""))
                )
        used: set[str] = set()
        pages = child(doc, "Pages")
        for page in children(pages, "Page") if pages is not None else []:
            number += 1
            page_part = part_name(source, resolve(body.document, page.get("BaseLoc", "")))
            _page_text(reader, body, number, page_part, templates, used)
        for template_part in templates.values():
            if template_part not in used:
                template_root = part(source, template_part)
                if template_root is not None:
                    units = resources(source, body.document, doc)
                    reader.lines(reader.glyphs(template_part, template_root, IDENTITY, units), None)
        _annotations(reader, body, doc)
        _referenced_files(reader, body, doc, unverifiable)
    for body in source.bodies:
        info = child(body.element, "DocInfo")
        if info is not None:
            reader.everything("OFD.xml", info)
    _navigation(reader)
    _unreached_codes(reader)
    document.pages = number
    if unverifiable[0]:
        document.unverifiable.append(f"{unverifiable[0]} attachment(s) not reviewed; left out of the copy")
    if source.duplicates:
        count = len(source.duplicates)
        document.unverifiable.append(f"{count} duplicate ZIP entry name(s); only the entries readers open kept")


def _unreached_codes(reader: _Reader) -> None:
    """Any TextCode of a parsed part the walk did not place (text in a clip, a pattern, a
    resource no page uses)."""
    for name, root in list(reader.source.parts.items()):
        for code in descendants(root, "TextCode"):
            if id(code) not in reader.source.codes and (code.text or "").strip():
                index = reader.code(name, code)
                reader.document.add_segment(code.text or "", Locator(part=name, node=index))
                reader.document.add_separator("\n")
