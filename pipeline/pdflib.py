"""PyMuPDF, imported without its optional layout analysis and Markdown helpers.

PyMuPDF 2.0 imports ``pymupdf.layout`` and ``pymupdf4llm`` at import whenever they are installed
(both are dependencies of ``pymupdf`` 2.0): numpy, onnxruntime and an ONNX model, about 0.4 s
and 60–100 MB for every process. baomi uses none of what they provide (``Page.get_layout``,
table finding, ``to_markdown``), so their import is skipped while PyMuPDF loads. The entries
are taken out again afterwards: code that imports ``pymupdf.layout`` or ``pymupdf4llm`` itself
later still can (only PyMuPDF's own ``to_markdown`` shortcuts stay off in such a process).

Also here: the exceptions by which MuPDF gives up on a document (``MUPDF_ERRORS``,
``mupdf_failure``), shared by the stages that read and write PDFs.
"""

from __future__ import annotations

import sys

from pipeline.errors import raised_in

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

# MuPDF's own exceptions (``pymupdf.mupdf.FzErrorBase``) are not RuntimeErrors; PyMuPDF's
# Python layer raises RuntimeError and ValueError ("bad xref") for objects it cannot use.
_MUPDF_OWN: type[Exception] = getattr(getattr(pymupdf, "mupdf", None), "FzErrorBase", RuntimeError)
MUPDF_ERRORS: tuple[type[Exception], ...] = (RuntimeError, ValueError, _MUPDF_OWN)


def mupdf_failure(exc: BaseException) -> bool:
    """Whether MuPDF gave up on the document rather than our code failing: one of MuPDF's own
    exceptions, or a RuntimeError or ValueError raised inside the ``pymupdf`` package. Our
    own RuntimeErrors and ValueErrors stay what they are (bugs), not a "damaged file"."""
    if isinstance(exc, _MUPDF_OWN):
        return True
    return isinstance(exc, MUPDF_ERRORS) and raised_in(exc, "pymupdf")


__all__ = ["MUPDF_ERRORS", "mupdf_failure", "pymupdf"]
