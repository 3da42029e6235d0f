#!/usr/bin/env python3
"""Self-check: re-read every generated file with a reader of its format and assert that every labelled
value is present (modulo intentional line/cell breaks), identifiers are well-formed, and no keep/redact
labels overlap.  Usage: python check.py OUT_DIR"""
import csv
import io
import json
import os
import re
import sys

import ids

FW = str.maketrans("０１２３４５６７８９Ｘｘ", "0123456789Xx")


def read_docx(path):
    import docx
    d = docx.Document(path)
    out = []

    def cells(tbls):
        for t in tbls:
            for row in t.rows:
                for cell in row.cells:
                    out.append(cell.text)
                    cells(cell.tables)
    for p in d.paragraphs:
        out.append(p.text)
    cells(d.tables)
    for s in d.sections:
        for part in (s.header, s.footer):
            for p in part.paragraphs:
                out.append(p.text)
    return "\n".join(out)


def read_pdf(path):
    import pymupdf
    with pymupdf.open(path) as d:
        return "\n".join(p.get_text() for p in d)


def read_txt(path):
    raw = open(path, "rb").read()
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    raise ValueError("undecodable")


def read_xlsx(path):
    import openpyxl
    wb = openpyxl.load_workbook(path)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def read_csv(path):
    t = read_txt(path).lstrip("\ufeff")
    return "\n".join("\t".join(r) for r in csv.reader(io.StringIO(t)))


READERS = {".docx": read_docx, ".pdf": read_pdf, ".txt": read_txt, ".xlsx": read_xlsx, ".csv": read_csv}


def valid(typ, v):
    s = re.sub(r"[\s-]", "", v.translate(FW))
    if typ == "id_number":
        if s.startswith("G"):
            s = s[1:]
        if len(s) == 20:
            s = s[:18]
        return len(s) == 18 and ids.id_check(s[:17]) == s[17].upper()
    if typ == "bank_card":
        return 16 <= len(s) <= 19 and s.isdigit() and ids.luhn_digit(s[:-1]) == s[-1]
    if typ == "mobile":
        s = s[3:] if s.startswith("+86") else s
        return len(s) == 11 and s[:3] in ids.MOBILE_PREFIX
    if typ == "credit_code" or typ == "credit_code_individual":
        from stdnum.cn import uscc
        return uscc.is_valid(s)
    if typ == "vin":
        t = sum(ids.VIN_T[ch] * w for ch, w in zip(s, ids.VIN_W)) % 11
        return len(s) == 17 and s[8] == ("X" if t == 10 else str(t))
    return True


def check_all(out, labels, splits):
    errs = []
    for lab in labels:
        f = lab["file"]
        p = os.path.join(out, f)
        if not os.path.exists(p):
            errs.append("%s: missing file" % f)
            continue
        text = READERS[os.path.splitext(f)[1]](p)
        flat = text.replace("\r", "").replace("\n", "")
        nows = re.sub(r"\s+", "", text) if f.endswith(".pdf") else None
        sp = splits.get(f, {})
        keep = [i["value"] for i in lab["items"] if i["expect"] == "keep"]
        red = [i["value"] for i in lab["items"] if i["expect"] == "redact"]
        for it in lab["items"]:
            v = it["value"]
            if not valid(it["type"], v):
                errs.append("%s: malformed %s %r" % (f, it["type"], v))
            if v in text or v in flat:
                continue
            if nows is not None and re.sub(r"\s+", "", v) in nows:
                continue
            ok = False
            for parts in sp.get(v, []):
                if all(pt in text for pt in parts):
                    ok = True
                    break
            if not ok:
                errs.append("%s: %s %r not found" % (f, it["type"], v))
        for a in keep:
            for b in red:
                if a in b or b in a:
                    errs.append("%s: keep %r overlaps redact %r" % (f, a, b))
        mk = lab["marking"]
        if mk and not (mk["level"] + "★" + mk["period"] in text or
                       (nows is not None and mk["level"] in nows and mk["period"] in nows and "★" in nows)):
            errs.append("%s: marking not in text" % f)
    return errs


if __name__ == "__main__":
    out = sys.argv[1]
    labels = json.load(open(os.path.join(out, "labels.json"), encoding="utf-8"))
    meta = json.load(open(out.rstrip("/") + "_meta.json", encoding="utf-8"))
    errs = check_all(out, labels, meta["splits"])
    for e in errs:
        print(e)
    print("%d documents, %d problems" % (len(labels), len(errs)))
    sys.exit(1 if errs else 0)
