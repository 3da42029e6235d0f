#!/usr/bin/env python3
"""Regenerate corpus E and check that its labels can be trusted.

    python check.py [--seed N] [--keep DIR]

Asserts: 80 documents (30 DOCX, 25 PDF, 15 TXT, 10 XLSX/CSV), at least 25 kinds; every labelled
value occurs in its document's text, read here by readers independent of the writers
(python-docx paragraphs/tables/headers, the raw XML of the ZIP, openpyxl cells, pdfminer and PyMuPDF
for PDF, the bytes for TXT/CSV); no value is labelled both redact and keep; ID numbers, bank cards,
USCCs and VINs carry valid check digits; labels follow benchmarks/independent.py's format.
"""
from __future__ import annotations

import argparse
import collections
import html
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import values as V  # noqa: E402


def fold(text: str) -> str:
    text = text.translate({cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)})
    return re.sub(r"\s", "", text).lower()


def docx_text(path: Path) -> str:
    import docx

    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            parts.append("\t".join(c.text for c in row.cells))
    for s in d.sections:
        parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
    return "\n".join(parts)


def zip_xml_text(path: Path) -> str:
    chunks = []
    with zipfile.ZipFile(path) as z:
        for n in z.namelist():
            if n.endswith((".xml", ".rels")):
                chunks.append(html.unescape("".join(re.findall(r">([^<]*)<", z.read(n).decode("utf-8", "replace")))))
    return "\n".join(chunks)


def xlsx_text(path: Path) -> str:
    import openpyxl

    wb = openpyxl.load_workbook(str(path))
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def pdf_texts(path: Path) -> list[str]:
    from pdfminer.high_level import extract_text
    import pymupdf

    with pymupdf.open(str(path)) as doc:
        mu = "\n".join(p.get_text(flags=0) for p in doc)
    return [extract_text(str(path)), mu]


ID_RE = re.compile(r"^\d{17}[\dX]$")


def validate(item) -> str | None:
    t, v = item["type"], fold(item["value"]).upper().replace("-", "")
    if t == "id_number":
        if not ID_RE.match(v) or V.id_check(v[:17]) != v[17]:
            return "bad ID check digit"
    if t in ("bank_card", "bank_account_office") and not V.luhn_ok(v):
        return "bad Luhn"
    if t == "uscc":
        tot = sum(V.USCC_CS.index(ch) * w for ch, w in zip(v[:17], V.USCC_W))
        if V.USCC_CS[(31 - tot % 31) % 31] != v[17]:
            return "bad USCC check"
    if t == "vin" and not V.vin_ok(v):
        return "bad VIN check"
    return None


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", help="generate into this folder and keep it")
    a = ap.parse_args(argv)
    tmp = tempfile.TemporaryDirectory()
    out = Path(a.keep or tmp.name)
    subprocess.run([sys.executable, str(HERE / "generate.py"), str(out), "--seed", str(a.seed)], check=True)
    labels = json.loads((out / "labels.json").read_text(encoding="utf-8"))
    problems: list[str] = []
    fmts = collections.Counter(Path(lab["file"]).suffix for lab in labels)
    kinds = {lab["kind"] for lab in labels}
    if len(labels) != 80 or fmts[".docx"] != 30 or fmts[".pdf"] != 25 or fmts[".txt"] != 15 or fmts[".xlsx"] + fmts[".csv"] != 10:
        problems.append(f"document counts wrong: {len(labels)} {dict(fmts)}")
    if len(kinds) < 25:
        problems.append(f"only {len(kinds)} kinds")
    by_type = collections.Counter()
    for lab in labels:
        path = out / lab["file"]
        assert set(lab) >= {"file", "kind", "format_extra", "items", "marking", "attribute"}, lab["file"]
        if lab["attribute"] not in ("主动公开", "依申请公开", "不予公开", "须报审"):
            problems.append(f"{lab['file']}: attribute {lab['attribute']}")
        m = lab["marking"]
        if m is not None and set(m) != {"level", "period", "marked_on", "expires_on"}:
            problems.append(f"{lab['file']}: marking keys {sorted(m)}")
        suf = path.suffix
        if suf == ".docx":
            raws, folded = [docx_text(path)], [fold(zip_xml_text(path))]
        elif suf == ".xlsx":
            raws, folded = [xlsx_text(path)], [fold(zip_xml_text(path))]
        elif suf == ".pdf":
            raws, folded = [], [fold(t) for t in pdf_texts(path)]
        else:
            raws = [path.read_bytes().decode("utf-8-sig")]
            folded = [fold(raws[0])]
        expects = collections.defaultdict(set)
        for it in lab["items"]:
            if it["expect"] not in ("redact", "keep"):
                problems.append(f"{lab['file']}: expect {it['expect']}")
            expects[it["value"]].add(it["expect"])
            by_type[(it["type"], it["expect"])] += 1
            for raw in raws:
                if it["value"] not in raw:
                    problems.append(f"{lab['file']}: {it['type']} {it['value']!r} not in the text as written")
            for ft in folded:
                if fold(it["value"]) not in ft:
                    problems.append(f"{lab['file']}: {it['type']} {it['value']!r} not in the folded text")
            bad = validate(it)
            if bad:
                problems.append(f"{lab['file']}: {it['type']} {it['value']!r}: {bad}")
        for val, ex in expects.items():
            if len(ex) > 1:
                problems.append(f"{lab['file']}: {val!r} labelled both redact and keep")
        red = [i["value"] for i in lab["items"] if i["expect"] == "redact"]
        keep = [i["value"] for i in lab["items"] if i["expect"] == "keep"]
        for rv in red:
            for kv in keep:
                if fold(rv) in fold(kv) or fold(kv) in fold(rv):
                    problems.append(f"{lab['file']}: redact {rv!r} overlaps keep {kv!r}")
    total = sum(by_type.values())
    print(f"{len(labels)} documents, {len(kinds)} kinds, {total} labelled values "
          f"({sum(n for (t, e), n in by_type.items() if e == 'redact')} redact, "
          f"{sum(n for (t, e), n in by_type.items() if e == 'keep')} keep); formats {dict(fmts)}")
    for (t, e), n in sorted(by_type.items()):
        print(f"  {t:24} {e:7} {n}")
    if problems:
        print(f"\n{len(problems)} PROBLEMS:")
        for p in problems[:80]:
            print("  " + p)
        return 1
    print("OK: every labelled value occurs in its document")
    return 0


if __name__ == "__main__":
    sys.exit(main())
