"""Builders of bad inputs for the robustness tests: truncated, corrupt, encrypted, bombed and
mislabelled TXT, DOCX and PDF files, each written by a small function ``build(path)``.

``CORPUS`` maps a file name to its builder and the words the English error message must
contain; ``LIMITS`` is the ``[limits]`` table the corpus is reviewed with (low enough that
the size cases stay small and fast, high enough for the good documents).
"""

from __future__ import annotations

import io
import os
import shutil
import struct
import zipfile
from collections.abc import Callable
from pathlib import Path

LIMITS = {
    "max_bytes": 8_000_000,
    "max_decompressed_bytes": 4_000_000,
    "max_part_bytes": 2_000_000,
}
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


# --------------------------------------------------------------------------- PDF


def raw_pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF from numbered object bodies (object ``i`` is ``objects[i - 1]``), with a correct
    classic xref table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer<</Size %d/Root %d 0 R>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        xref,
    )
    return bytes(out)


def _page(contents: bytes, extra: bytes = b"") -> list[bytes]:
    return [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[3 0 R]/Count 1>>",
        b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 300]/Contents 4 0 R"
        b"/Resources<</Font<</F1 5 0 R>>>>" + extra + b">>",
        b"<</Length %d>>stream\n" % len(contents) + contents + b"\nendstream",
        b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>",
    ]


HELLO = b"BT /F1 12 Tf 20 200 Td (Notice 2024 No 7) Tj ET"


def pdf_pages(path: Path, count: int) -> None:
    """``count`` empty pages (cheap: one small object each)."""
    kids = b" ".join(b"%d 0 R" % (3 + i) for i in range(count))
    objects = [
        b"<</Type/Catalog/Pages 2 0 R>>",
        b"<</Type/Pages/Kids[%s]/Count %d>>" % (kids, count),
    ]
    objects += [b"<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>"] * count
    path.write_bytes(raw_pdf(objects))


def pdf_deep_nesting(path: Path) -> None:
    depth = 100_000
    path.write_bytes(raw_pdf(_page(HELLO, b"/Deep " + b"[" * depth + b"]" * depth)))


def pdf_deep_dictionaries(path: Path) -> None:
    depth = 50_000
    path.write_bytes(raw_pdf(_page(HELLO, b"/Deep " + b"<</A " * depth + b"1" + b">>" * depth)))


def pdf_cyclic_pages(path: Path) -> None:
    path.write_bytes(
        raw_pdf(
            [
                b"<</Type/Catalog/Pages 2 0 R>>",
                b"<</Type/Pages/Kids[3 0 R]/Count 2>>",
                b"<</Type/Pages/Kids[2 0 R]/Count 1/Parent 2 0 R>>",
            ]
        )
    )


def pdf_no_pages(path: Path) -> None:
    path.write_bytes(raw_pdf([b"<</Type/Catalog/Pages 2 0 R>>", b"<</Type/Pages/Kids[]/Count 0>>"]))


def pdf_broken_xref(source: Path, path: Path) -> None:
    """A readable PDF whose xref table and startxref point nowhere: MuPDF repairs it."""
    data = source.read_bytes()
    cut = data.rfind(b"startxref")
    data = data[:cut] + b"startxref\n999999999\n%%EOF\n"
    data = data.replace(b" 00000 n", b" 00000 x")  # garble the classic table, if any
    path.write_bytes(data)


def pdf_encrypted(path: Path, user_pw: str = "u") -> None:
    from pipeline.pdflib import pymupdf

    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_font(fontname="F0", fontbuffer=pymupdf.Font("cjk").buffer)
    page.insert_text((72, 72), "申请人联系电话：13812345678", fontname="F0", fontsize=11)
    pdf.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw=user_pw, owner_pw="owner")


# --------------------------------------------------------------------------- DOCX


def docx_bytes(document_xml: bytes, extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal DOCX package around ``document_xml``."""
    content_types = (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        b'<Default Extension="xml" ContentType="application/xml"/>'
        b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        b"</Types>"
    )
    rels = (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        b"</Relationships>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", content_types)
        archive.writestr("_rels/.rels", rels)
        archive.writestr("word/document.xml", document_xml)
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return buffer.getvalue()


def body(*paragraphs: str, prolog: str = "") -> bytes:
    runs = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
        f'<w:document xmlns:w="{W_NS}"><w:body>{runs}</w:body></w:document>'
    ).encode()


def _entries(data: bytes) -> list[tuple[int, int, str]]:
    """(central header offset, local header offset, name) of every entry."""
    found = []
    position = data.find(b"PK\x01\x02")
    while position != -1:
        name_length, extra_length, comment_length = struct.unpack_from("<HHH", data, position + 28)
        local = struct.unpack_from("<I", data, position + 42)[0]
        name = data[position + 46 : position + 46 + name_length].decode("utf-8", "replace")
        found.append((position, local, name))
        position = data.find(
            b"PK\x01\x02", position + 46 + name_length + extra_length + comment_length
        )
    return found


def patch_entry(data: bytes, name: str, *, size: int | None = None, flags: int = 0) -> bytes:
    """Rewrite the declared uncompressed size and/or set general-purpose flag bits of entry
    ``name`` in both its local and its central directory header."""
    out = bytearray(data)
    for central, local, entry in _entries(data):
        if entry != name:
            continue
        if size is not None:
            struct.pack_into("<I", out, central + 24, size)
            struct.pack_into("<I", out, local + 22, size)
        if flags:
            for offset in (central + 8, local + 6):
                struct.pack_into(
                    "<H", out, offset, struct.unpack_from("<H", out, offset)[0] | flags
                )
    return bytes(out)


def corrupt_entry_data(data: bytes, name: str) -> bytes:
    """Overwrite the middle of ``name``'s compressed data."""
    out = bytearray(data)
    for _, local, entry in _entries(data):
        if entry == name:
            name_length, extra_length = struct.unpack_from("<HH", data, local + 26)
            compressed = struct.unpack_from("<I", data, local + 18)[0]
            start = local + 30 + name_length + extra_length
            for i in range(start + compressed // 4, start + compressed // 2):
                out[i] ^= 0xA5
    return bytes(out)


BILLION_LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
        for i in range(1, 10)
    )
    + "]>"
)
XXE = '<!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def docx_bomb_declared(path: Path) -> None:
    """Honest bytes, but a declared unpacked size of 2 GiB."""
    data = docx_bytes(body("通知"))
    path.write_bytes(patch_entry(data, "word/document.xml", size=2_000_000_000))


def docx_bomb_total(path: Path) -> None:
    """Three entries of 1.5 MB of zeros each: every one under the part limit, together over
    the package limit."""
    zeros = b"\0" * 1_500_000
    extra = {f"word/media/blob{i}.bin": zeros for i in range(3)}
    path.write_bytes(docx_bytes(body("通知"), extra))


def docx_huge_part(path: Path) -> None:
    text = "关于开展安全生产检查的通知。" * 60_000  # about 2.5 MB of XML
    path.write_bytes(docx_bytes(body(text)))


def docx_lying_size(path: Path) -> None:
    """A part that declares 100 bytes and inflates to 1 MB."""
    data = docx_bytes(body("通知" * 150_000))
    path.write_bytes(patch_entry(data, "word/document.xml", size=100))


def docx_zip_encrypted(path: Path) -> None:
    """Entries flagged as encrypted (traditional PKWARE encryption)."""
    path.write_bytes(patch_entry(docx_bytes(body("通知")), "word/document.xml", flags=0x1))


def docx_many_entries(path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        archive.writestr("word/document.xml", body("通知"))
        for i in range(66_000):
            archive.writestr(f"x/{i}", b"")
    path.write_bytes(buffer.getvalue())


def docx_deep_xml(path: Path) -> None:
    nested = "<w:sdt>" * 300 + "<w:p><w:r><w:t>通知</w:t></w:r></w:p>" + "</w:sdt>" * 300
    xml = f'<w:document xmlns:w="{W_NS}"><w:body>{nested}</w:body></w:document>'
    path.write_bytes(docx_bytes(xml.encode()))


def docx_from(path: Path, paragraphs: list[str]) -> bytes:
    from tests.conftest import make_docx

    make_docx(path, paragraphs)
    return path.read_bytes()


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504
LEGACY_FAILURE = (
    "could not convert the DOC file" if shutil.which("soffice") else "LibreOffice is not installed"
)


def _zip(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _device(path: Path) -> None:
    path.symlink_to("/dev/zero")


Builder = Callable[[Path], None]


def _bytes(data: bytes) -> Builder:
    def build(path: Path) -> None:
        path.write_bytes(data)

    return build


def corpus(workdir: Path) -> dict[str, tuple[Builder, str]]:
    """name → (builder, words of the expected English message)."""
    good_docx = docx_from(workdir / "good-source.docx", ["联系人手机：13812345678"])
    return {
        # TXT and anything read as text
        "zero.txt": (_bytes(b""), "the file is empty"),
        "nul-bytes.txt": (_bytes(b"\x00\x01\x02\xff\xfe\x00" * 10), "not a text file"),
        "utf16-no-bom.txt": (_bytes("联系电话".encode("utf-16-le")), "not a text file"),
        "not-gb18030.txt": (_bytes(b"\x80\xff\x81\x30\xfe" * 20), "not a text file"),
        "oversized.txt": (_bytes(b"a" * (LIMITS["max_bytes"] + 1)), "too large"),
        "fifo.txt": (_fifo, "not a regular file"),
        "device.txt": (_device, "not a regular file"),
        "vanished.txt": (lambda path: None, "no such file"),
        # PDF
        "zero.pdf": (_bytes(b""), "the file is empty"),
        "garbage.pdf": (_bytes(b"%PDF-1.7\n1 0 obj<<>>garbage\x00\xff" * 3), "no readable pages"),
        "header-only.pdf": (_bytes(b"%PDF-1.4\n"), "PDF is corrupt"),
        # Read by its content: a (broken) PNG, whatever its name.
        "png-named.pdf": (_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64), "the image file is damaged"),
        "encrypted.pdf": (pdf_encrypted, "supply its password"),
        "10000-pages.pdf": (lambda p: pdf_pages(p, 10_000), "too many pages (10000, limit 5000)"),
        "no-pages.pdf": (pdf_no_pages, "no readable pages"),
        "deep-arrays.pdf": (pdf_deep_nesting, "PDF is corrupt"),
        "deep-dicts.pdf": (pdf_deep_dictionaries, "PDF is corrupt"),
        "cyclic-pages.pdf": (pdf_cyclic_pages, "PDF is corrupt"),
        # DOCX
        "zero.docx": (_bytes(b""), "the file is empty"),
        "text.docx": (_bytes("这不是一个DOCX文件".encode()), "not a ZIP package"),
        "truncated.docx": (_bytes(good_docx[: len(good_docx) // 2]), "not a ZIP package"),
        "ole-encrypted.docx": (_bytes(OLE), "the DOCX is encrypted"),
        "zip-encrypted.docx": (docx_zip_encrypted, "the DOCX is encrypted"),
        "no-document.docx": (
            _bytes(docx_bytes(body("x")).replace(b"word/document.xml", b"word/documenX.xml")),
            "word/document.xml is missing",
        ),
        "bad-xml.docx": (_bytes(docx_bytes(b"<w:document><w:body><w:p>")), "the DOCX is corrupt"),
        "bad-deflate.docx": (
            _bytes(corrupt_entry_data(good_docx, "word/document.xml")),
            "the DOCX is corrupt: its compressed data cannot be unpacked",
        ),
        "bomb-declared.docx": (docx_bomb_declared, "possibly a ZIP bomb"),
        "bomb-total.docx": (docx_bomb_total, "possibly a ZIP bomb"),
        "huge-part.docx": (docx_huge_part, "unpacks to more than 2000000 bytes"),
        "lying-size.docx": (docx_lying_size, "the DOCX is corrupt"),
        "many-entries.docx": (docx_many_entries, "too many entries"),
        "billion-laughs.docx": (
            _bytes(docx_bytes(body("&lol9;", prolog=BILLION_LAUGHS))),
            "document type declaration",
        ),
        "xxe.docx": (_bytes(docx_bytes(body("&xxe;", prolog=XXE))), "document type declaration"),
        "deep-xml.docx": (docx_deep_xml, "the DOCX is corrupt"),
        # Neither
        # Images are read by OCR now: a broken one is damaged, not of an unknown type.
        "image.png": (_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64), "the image file is damaged"),
        # An OLE header and nothing in it: LibreOffice cannot load it (or is not installed).
        "legacy.doc": (_bytes(OLE), LEGACY_FAILURE),
        "slides.pptx": (_bytes(_zip({"ppt/presentation.xml": b"<p/>"})), "unsupported file type"),
        "text.xlsx": (_bytes("这不是一个XLSX文件".encode()), "not a valid XLSX file"),
        "no-workbook.xlsx": (_bytes(_zip({"xl/other.xml": b"<x/>"})), "xl/workbook.xml is missing"),
        "text.ofd": (_bytes("这不是一个OFD文件".encode()), "not a valid OFD file"),
        "no-root.ofd": (_bytes(_zip({"Doc_0/Document.xml": b"<x/>"})), "OFD.xml is missing"),
        "no-body.ofd": (_bytes(_zip({"OFD.xml": b"<ofd:OFD xmlns:ofd='http://www.ofdspec.org/2016'/>"})), "names no document"),
        "encrypted.ofd": (
            _bytes(_zip({"OFD.xml": b"<OFD/>", "Encryptions.xml": b"<Encryptions/>"})),
            "the OFD is encrypted",
        ),
        "billion-laughs.xlsx": (
            _bytes(_zip({"xl/workbook.xml": BILLION_LAUGHS.encode() + b"<workbook/>"})),
            "document type declaration",
        ),
        "bad-xml.ofd": (_bytes(_zip({"OFD.xml": b"<ofd:OFD><ofd:DocBody>"})), "the OFD is corrupt"),
    }
