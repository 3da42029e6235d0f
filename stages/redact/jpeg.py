"""JPEG metadata stripping, shared by the DOCX and PDF writers of the redact stage: the
metadata segments (EXIF, XMP, IPTC, comments) go, the image data is copied untouched."""

from __future__ import annotations

# JPEG segments kept: JFIF (APP0), ICC profile (APP2) and Adobe (APP14, it says how to decode
# the colours). EXIF and XMP (APP1), IPTC (APP13), the others and comments (COM) go.
_JPEG_KEPT = {0xE0, 0xE2, 0xEE}


def strip_jpeg_metadata(data: bytes) -> bytes:
    """The JPEG without its metadata segments (the image data is copied untouched)."""
    if not data.startswith(b"\xff\xd8"):
        return data
    out = bytearray(data[:2])
    position = 2
    while position + 4 <= len(data) and data[position] == 0xFF:
        marker = data[position + 1]
        if marker == 0xFF:  # fill byte
            position += 1
            continue
        if marker == 0xDA or marker == 0xD9:  # start of scan: the rest is image data
            out += data[position:]
            return bytes(out)
        length = int.from_bytes(data[position + 2 : position + 4], "big")
        segment = data[position : position + 2 + length]
        if not (0xE0 <= marker <= 0xEF or marker == 0xFE) or marker in _JPEG_KEPT:
            out += segment
        position += 2 + length
    out += data[position:]
    return bytes(out)
