"""PyMuPDF, imported without its optional layout analysis and Markdown helpers.

PyMuPDF 2.0 imports ``pymupdf.layout`` and ``pymupdf4llm`` at import whenever they are installed
(both are dependencies of ``pymupdf`` 2.0): numpy, onnxruntime and an ONNX model, about 0.4 s
and 60–100 MB for every process. baomi uses none of what they provide (``Page.get_layout``,
table finding, ``to_markdown``), so their import is skipped while PyMuPDF loads. The entries
are taken out again afterwards: code that imports ``pymupdf.layout`` or ``pymupdf4llm`` itself
later still can (only PyMuPDF's own ``to_markdown`` shortcuts stay off in such a process).

``MUPDF_ERRORS`` are the exceptions a damaged file makes MuPDF raise.
"""

from __future__ import annotations

import sys

_OPTIONAL = ("pymupdf.layout", "pymupdf4llm")

if "pymupdf" not in sys.modules:
    blocked = [name for name in _OPTIONAL if name not in sys.modules]
    for name in blocked:
        sys.modules[name] = None  # type: ignore[assignment]  # `import` raises ImportError
    try:
        import pymupdf
    finally:
        for name in blocked:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]
else:
    import pymupdf

# MuPDF's own exceptions (``pymupdf.mupdf.FzErrorBase``) are not RuntimeErrors.
MUPDF_ERRORS: tuple[type[Exception], ...] = (
    RuntimeError,
    ValueError,
    getattr(getattr(pymupdf, "mupdf", None), "FzErrorBase", RuntimeError),
)

__all__ = ["MUPDF_ERRORS", "pymupdf"]
