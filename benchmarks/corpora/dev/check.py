#!/usr/bin/env python3
"""Self-check of a generated corpus: re-read every file with a reader of its format and check
the labels.

    python check.py OUT_DIR

For each document: the file exists and opens; every labelled value occurs in the text a reader
extracts (python-docx paragraphs, tables, headers and footers; PyMuPDF page text; openpyxl cells;
TXT/CSV decoded as UTF-8 or GB18030), allowing only for line breaks (a value the writer or the
drafter broke across lines or cell lines); no redact value lies inside a keep value; the marking
and attribute agree with the reference date; and identifiers are well-formed (GB 11643 check
digit, Luhn, GB 32100, ISO 3779, mobile segments).
"""
from __future__ import annotations

import collections
import datetime as dt
import json
import os
import re
import sys

REF = dt.date(2026, 12, 1)
FW = str.maketrans("０１２３４５６７８９Ｘｘ", "0123456789Xx")


def read_docx(path: str) -> str:
    from docx import Document
    doc = Document(path)
    parts = []
    for s in doc.sections:
        for p in s.header.paragraphs + s.footer.paragraphs:
            parts.append(p.text)
    body = doc.element.body
    for p in doc.paragraphs:
        parts.append(p.text)
    for t in doc.tables:
        for row in t.rows:
            parts.append("\t".join(c.text for c in row.cells))
    del body
    return "\n".join(parts)


def read_pdf(path: str, inhibit_spaces: bool = False) -> str:
    import pymupdf
    flags = pymupdf.TEXTFLAGS_TEXT | (pymupdf.TEXT_INHIBIT_SPACES if inhibit_spaces else 0)
    with pymupdf.open(path) as doc:
        return "\n".join(page.get_text(flags=flags) for page in doc)


def read_xlsx(path: str) -> str:
    from openpyxl import load_workbook
    wb = load_workbook(path, read_only=False)
    parts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            parts.append("\t".join("" if v is None else str(v) for v in row))
    return "\n".join(parts)


def read_text(path: str) -> tuple[str, str]:
    raw = open(path, "rb").read()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise ValueError("undecodable")


def id_ok(v: str) -> bool:
    s = re.sub(r"[\s\-]", "", v.translate(FW)).upper()
    if len(s) == 20:           # 残疾人证号 = ID + category + grade
        s = s[:18]
    if not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    if "10X98765432"[sum(int(a) * b for a, b in zip(s[:17], w)) % 11] != s[17]:
        return False
    try:
        b = dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return dt.date(1900, 1, 1) < b < REF


def luhn_ok(v: str) -> bool:
    s = re.sub(r"[\s\-]", "", v)
    if not re.fullmatch(r"\d{16,19}", s) or s[0] not in "456":
        return False
    tot = 0
    for i, c in enumerate(reversed(s)):
        x = int(c)
        if i % 2:
            x *= 2
            x -= 9 if x > 9 else 0
        tot += x
    return tot % 10 == 0


def uscc_ok(v: str) -> bool:
    cs = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    w = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
    if len(v) != 18 or any(c not in cs for c in v):
        return False
    return cs[(31 - sum(cs.index(c) * x for c, x in zip(v, w)) % 31) % 31] == v[17]


def vin_ok(v: str) -> bool:
    tr = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
          "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    if len(v) != 17 or any(c not in tr for c in v):
        return False
    r = sum(tr[c] * x for c, x in zip(v, w)) % 11
    return v[8] == ("X" if r == 10 else str(r))


MOBILE = re.compile(r"^(?:\+86 )?1(?:3\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\d|9[0-35-9])\d{8}$")
PLATE = re.compile(r"^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z]"
                   r"(?:[DF][A-HJ-NP-Z0-9]\d{4}|\d{5}[DF]|[A-HJ-NP-Z0-9]{4}[A-HJ-NP-Z0-9挂学警港澳])$")


def well_formed(t: str, v: str) -> str | None:
    if t == "id_number" and not id_ok(v):
        return "bad ID"
    if t == "old_id_number" and not re.fullmatch(r"\d{15}", v):
        return "bad old ID"
    if t == "bank_card" and not luhn_ok(v):
        return "bad card"
    if t in ("credit_code", "credit_code_individual") and not uscc_ok(v):
        return "bad USCC"
    if t == "vin" and not vin_ok(v):
        return "bad VIN"
    if t == "mobile" and not MOBILE.match(re.sub(r"[\s\-]", "", v.translate(FW)).replace("+86", "+86 ")):
        return "bad mobile"
    if t == "plate" and not PLATE.match(v):
        return "bad plate"
    if t == "passport" and not re.fullmatch(r"E[A-HJ-NP-Z]\d{7}|[EG]\d{8}", v):
        return "bad passport"
    if t == "travel_permit" and not re.fullmatch(r"C[A-HJ-NP-Z]\d{7}|C\d{8}", v):
        return "bad permit"
    return None


def add_months(d: dt.date, n: int) -> dt.date:
    import calendar
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    return dt.date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def check_marking(lab: dict) -> list[str]:
    m = lab["marking"]
    errs = []
    if m is None:
        return errs
    on = dt.date.fromisoformat(m["marked_on"])
    p = m["period"]
    exp = None if p == "长期" else add_months(on, int(p[:-2]) if p.endswith("个月") else 12 * int(p[:-1]))
    if (exp.isoformat() if exp else None) != m["expires_on"]:
        errs.append(f"expires_on {m['expires_on']} != {exp}")
    want = "不予公开" if exp is None or exp > REF else "须报审"
    if lab["attribute"] != want:
        errs.append(f"attribute {lab['attribute']} but marking says {want}")
    return errs


def main(argv: list[str]) -> int:
    out = [a for a in argv if not a.startswith("--")][0]
    labels = json.load(open(os.path.join(out, "labels.json"), encoding="utf-8"))
    types = {"person_name", "official_name", "id_number", "old_id_number", "mobile", "landline_private",
             "landline_office", "email_private", "email_office", "bank_card", "social_security_card", "body_account",
             "address_home", "address_public", "plate", "vin", "passport", "travel_permit", "credit_code",
             "credit_code_individual", "health", "disability", "minor", "religion", "criminal_record", "doc_number",
             "case_number", "amount", "date", "service_number", "masked_value", "company_name", "other_private",
             "other_public"}
    errors = []
    broken = collections.Counter()
    spaced = collections.Counter()
    total_items = 0
    files = set()
    for lab in labels:
        f = lab["file"]
        assert set(lab) == {"file", "kind", "format_extra", "items", "marking", "attribute", "note"}, f
        if f in files:
            errors.append(f"{f}: listed twice")
        files.add(f)
        path = os.path.join(out, f)
        ext = f.rsplit(".", 1)[1]
        try:
            if ext == "docx":
                text = read_docx(path)
            elif ext == "pdf":
                text = read_pdf(path)
            elif ext == "xlsx":
                text = read_xlsx(path)
            else:
                text, _ = read_text(path)
        except Exception as e:  # noqa: BLE001 - report any unreadable file
            errors.append(f"{f}: cannot read: {e}")
            continue
        if lab["format_extra"] != (ext in ("xlsx", "csv")):
            errors.append(f"{f}: format_extra wrong")
        if lab["attribute"] not in ("主动公开", "依申请公开", "不予公开", "须报审"):
            errors.append(f"{f}: bad attribute")
        errors += [f"{f}: {e}" for e in check_marking(lab)]
        joined = re.sub(r"[\r\n]", "", text) + "\n" + re.sub(r"\r?\n", " ", text)
        inhibited = re.sub(r"[\r\n]", "", read_pdf(path, True)) if ext == "pdf" else ""
        seen = set()
        keep = [i["value"] for i in lab["items"] if i["expect"] == "keep"]
        for it in lab["items"]:
            total_items += 1
            t, v, e = it["type"], it["value"], it["expect"]
            if t not in types or e not in ("redact", "keep"):
                errors.append(f"{f}: bad item {it}")
            if v in seen:
                errors.append(f"{f}: value listed twice: {v!r}")
            seen.add(v)
            if v in text:
                pass
            elif v in joined:
                broken[ext] += 1
            elif ext == "pdf" and v in inhibited:
                spaced[f] += 1
            else:
                errors.append(f"{f}: value not found: {t} {v!r}")
            bad = well_formed(t, v)
            if bad:
                errors.append(f"{f}: {bad}: {v!r}")
            if e == "redact":
                for k in keep:
                    if v in k:
                        errors.append(f"{f}: redact value {v!r} inside keep value {k!r}")
    missing = []
    for sub in ("docx", "pdf", "txt", "sheets"):
        p = os.path.join(out, sub)
        if os.path.isdir(p):
            for n in os.listdir(p):
                if f"{sub}/{n}" not in files:
                    missing.append(f"{sub}/{n}")
    if missing:
        errors.append(f"unlabelled files: {missing}")
    # summary
    fmt = collections.Counter(lab["file"].rsplit(".", 1)[1] for lab in labels)
    kinds = collections.Counter(lab["kind"] for lab in labels)
    te = collections.Counter((i["type"], i["expect"]) for lab in labels for i in lab["items"])
    attrs = collections.Counter(lab["attribute"] for lab in labels)
    print(f"documents: {len(labels)}  formats: {dict(fmt)}")
    print(f"kinds: {len(kinds)}")
    print(f"attributes: {dict(attrs)}")
    print(f"items: {total_items}  redact: {sum(v for (t, e), v in te.items() if e == 'redact')}  "
          f"keep: {sum(v for (t, e), v in te.items() if e == 'keep')}")
    print(f"values found only after joining line breaks: {dict(broken)}")
    print(f"PDF values found only without extractor-inserted spaces (LibreOffice autospace): "
          f"{sum(spaced.values())} in {len(spaced)} files")
    if "--stats" in argv:
        print("per kind:")
        for k, n in sorted(kinds.items(), key=lambda x: -x[1]):
            fm = collections.Counter(lab["file"].rsplit(".", 1)[1] for lab in labels if lab["kind"] == k)
            print(f"  {k}: {n} ({', '.join(f'{a} {b}' for a, b in sorted(fm.items()))})")
        print("per type (redact / keep):")
        for t in sorted({t for t, _ in te}):
            print(f"  {t}: {te.get((t, 'redact'), 0)} / {te.get((t, 'keep'), 0)}")
        docs_with = collections.Counter(t for lab in labels for t in {i["type"] for i in lab["items"]})
        print("documents containing each type:", dict(sorted(docs_with.items())))
        print("markings:", sum(1 for lab in labels if lab["marking"]))
    if errors:
        print(f"FAILED: {len(errors)} problems")
        for e in errors[:60]:
            print("  " + e)
        return 1
    print("self-check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
