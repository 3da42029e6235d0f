"""Regenerate corpus F and verify its labels: python check.py [OUTDIR] [--seed N]

For every document, every labelled value must occur in the document's text exactly as labelled:
- DOCX: the text of every paragraph (runs joined) of the body, tables, text boxes, headers and footers;
- PDF: PyMuPDF's text with the line breaks removed (values may wrap across lines; the report says
  how many do);
- XLSX: every cell of every sheet (hidden ones included); CSV and TXT: the decoded file.
Identifiers must also be valid: resident IDs (GB 11643 MOD 11-2), bank cards (Luhn), USCCs (GB 32100),
VINs (ISO 3779). Exits 1 on any failure.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from fakedata import id_ok, luhn_ok, uscc_ok, vin_ok  # noqa: E402

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(path: Path) -> str:
    from lxml import etree

    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if not re.match(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$", name):
                continue
            root = etree.fromstring(z.read(name))
            for p in root.iter(W + "p"):
                texts = [t.text or "" for t in p.iter(W + "t")
                         if next(a for a in t.iterancestors(W + "p")) is p]
                out.append("".join(texts))
    return "\n".join(out)


def pdf_text(path: Path) -> tuple[str, str]:
    import pymupdf

    with pymupdf.open(path) as doc:
        raw = "\n".join(page.get_text() for page in doc)
    return raw, raw.replace("\n", "")


def xlsx_text(path: Path) -> str:
    import openpyxl

    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    out.append(str(cell.value))
    return "\n".join(out)


def plain_text(path: Path) -> str:
    data = path.read_bytes()
    return data.decode("utf-8-sig")


def fold(s: str) -> str:
    s = s.translate({cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)})
    return re.sub(r"\s", "", s)


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--seed")]
    seed = "1"
    for i, a in enumerate(argv):
        if a == "--seed":
            seed = argv[i + 1]
            args.remove(seed)
    tmp = None
    if args:
        out = Path(args[0])
    else:
        tmp = tempfile.TemporaryDirectory()
        out = Path(tmp.name) / "sixth"
    subprocess.run([sys.executable, str(HERE / "generate.py"), str(out), "--seed", seed], check=True)
    labels = json.loads((out / "labels.json").read_text(encoding="utf-8"))
    failures, wrapped, total = [], 0, 0
    for lab in labels:
        path = out / lab["file"]
        suffix = path.suffix
        if suffix == ".docx":
            texts = [docx_text(path)]
        elif suffix == ".pdf":
            raw, joined = pdf_text(path)
            texts = [joined]
        elif suffix == ".xlsx":
            texts = [xlsx_text(path)]
        else:
            texts = [plain_text(path)]
        for item in lab["items"]:
            total += 1
            v = item["value"]
            if not any(v in t for t in texts):
                failures.append(f"{lab['file']}: {item['type']} {v!r} not in text")
                continue
            if suffix == ".pdf" and v not in raw:
                wrapped += 1
            f = fold(v)
            t = item["type"]
            ok = True
            if t == "id_number":
                ok = len(f) == 18 and id_ok(f)
            elif t == "bank_card":
                ok = f.isdigit() and 16 <= len(f) <= 19 and luhn_ok(f)
            elif t == "uscc":
                ok = len(f) == 18 and uscc_ok(f)
            elif t == "vin":
                ok = len(f) == 17 and vin_ok(f)
            elif t == "student_no":
                ok = f.startswith("G") and id_ok(f[1:])
            if not ok:
                failures.append(f"{lab['file']}: {t} {v!r} fails its check digit")
        if lab["attribute"] not in ("主动公开", "依申请公开", "不予公开", "须报审"):
            failures.append(f"{lab['file']}: bad attribute {lab['attribute']}")
    for f in failures:
        print("FAIL", f)
    print(f"{len(labels)} documents, {total} values checked, {wrapped} wrapped across PDF lines, "
          f"{len(failures)} failures")
    if tmp:
        tmp.cleanup()
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
