#!/usr/bin/env python3
"""Self-check for the held-out corpus: re-read every file with a reader of its format and assert that
each labelled value is present, identifiers are well-formed, and markings/attributes are consistent.

    python check.py OUT_DIR

Matching levels: (1) exact substring of the extracted text; (2) after removing line breaks (the
deliberate breaks inside IDs and cells); (3) PDF only: after removing all whitespace on both sides
(line wrapping and LibreOffice/ReportLab glyph spacing). Level-3 matches are counted and reported.
"""
from __future__ import annotations

import collections
import datetime as dt
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from core import add_months  # noqa: E402
from idgen import MOBILE_PREFIX, id_valid, luhn_ok, vin_valid  # noqa: E402

FW2A = {0xFF10 + i: 0x30 + i for i in range(10)}
FW2A.update({0xFF38: ord("X"), 0xFF58: ord("x"), 0xFF0D: ord("-"), 0x3000: ord(" ")})
PLATE = re.compile(r"^[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z]"
                   r"(?:[A-HJ-NP-Z0-9]{5}|[DF][A-HJ-NP-Z0-9]\d{4}|\d{5}[DF]|\d{4}挂)$")
REF = dt.date(2026, 12, 1)


def text_docx(path):
    import docx
    from docx.oxml.ns import qn
    D = docx.Document(path)
    parts = []

    def walk(el):
        out = []
        for p in el.iter(qn("w:p")):
            s = []
            for node in p.iter():
                if node.tag == qn("w:t"):
                    s.append(node.text or "")
                elif node.tag in (qn("w:br"), qn("w:cr")):
                    s.append("\n")
                elif node.tag == qn("w:tab"):
                    s.append("\t")
            out.append("".join(s))
        return "\n".join(out)
    parts.append(walk(D.element.body))
    for sec in D.sections:
        for hf in (sec.header, sec.footer, sec.first_page_header, sec.first_page_footer):
            try:
                parts.append(walk(hf._element))
            except Exception:
                pass
    return "\n".join(parts)


def text_pdf(path):
    import pymupdf
    with pymupdf.open(path) as doc:
        return "\n".join(p.get_text() for p in doc)


def decode(path):
    raw = open(path, "rb").read()
    for enc in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            pass
    raise ValueError(path)


def text_xlsx(path):
    import openpyxl
    wb = openpyxl.load_workbook(path, read_only=True)
    out = []
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            out.append("\t".join("" if v is None else str(v) for v in row))
    return "\n".join(out)


def extract(path):
    ext = path.rsplit(".", 1)[1]
    if ext == "docx":
        return text_docx(path)
    if ext == "pdf":
        return text_pdf(path)
    if ext == "xlsx":
        return text_xlsx(path)
    return decode(path)[0]


def norm_digits(v):
    return re.sub(r"[\s\-]", "", v.translate(FW2A))


def validate(t, v):
    """Return an error string or None."""
    n = norm_digits(v)
    if t == "id_number":
        n = n.upper()
        if len(n) == 20 and n[:18][:17].isdigit():
            n = n[:18]
        return None if id_valid(n) else "bad ID check/date"
    if t == "old_id_number":
        if not (len(n) == 15 and n.isdigit()):
            return "bad ID15"
        try:
            dt.date(1900 + int(n[6:8]), int(n[8:10]), int(n[10:12]))
        except ValueError:
            return "bad ID15 date"
        return None
    if t == "bank_card":
        return None if (n.isdigit() and 16 <= len(n) <= 19 and luhn_ok(n)) else "bad card"
    if t in ("credit_code", "credit_code_individual"):
        from stdnum.cn import uscc
        if not uscc.is_valid(n):
            return "bad USCC"
        if t == "credit_code_individual" and not n.startswith("92"):
            return "individual USCC must start 92"
        return None
    if t == "vin":
        return None if vin_valid(n) else "bad VIN"
    if t == "mobile":
        n = re.sub(r"^(\+86|\(\+86\))", "", n)
        return None if (len(n) == 11 and n[:3] in MOBILE_PREFIX) else "bad mobile"
    if t == "plate":
        return None if PLATE.match(v) else "bad plate"
    if t == "masked_value":
        return None if re.search(r"[*某×]", v) else "not masked"
    return None


def main(argv=None):
    argv = argv if argv is not None else sys.argv[1:]
    out = argv[0]
    labels = json.load(open(os.path.join(out, "labels.json"), encoding="utf-8"))
    errors, level3 = [], 0
    n_items = 0
    counts = {"kind": collections.Counter(), "format": collections.Counter(), "type_expect": collections.Counter(),
              "attribute": collections.Counter()}
    files_on_disk = set()
    for root, _, fs in os.walk(out):
        for f in fs:
            if f != "labels.json":
                files_on_disk.add(os.path.relpath(os.path.join(root, f), out))
    listed = {lab["file"] for lab in labels}
    if files_on_disk != listed:
        errors.append(f"files on disk vs labels differ: {sorted(files_on_disk ^ listed)[:5]}")
    for lab in labels:
        path = os.path.join(out, lab["file"])
        assert set(lab) == {"file", "kind", "format_extra", "items", "marking", "attribute", "note"}, lab["file"]
        ext = lab["file"].rsplit(".", 1)[1]
        counts["kind"][lab["kind"]] += 1
        counts["format"][ext] += 1
        counts["attribute"][lab["attribute"]] += 1
        if lab["format_extra"] != (ext in ("xlsx", "csv")):
            errors.append(f"{lab['file']}: format_extra wrong")
        if lab["attribute"] not in ("主动公开", "依申请公开", "不予公开", "须报审"):
            errors.append(f"{lab['file']}: bad attribute")
        try:
            text = extract(path)
        except Exception as e:  # noqa: BLE001
            errors.append(f"{lab['file']}: unreadable: {e}")
            continue
        t1 = text.replace("\r", "").replace("\n", "")
        t3 = re.sub(r"\s+", "", text)
        seen = {}
        for it in lab["items"]:
            n_items += 1
            t, v, e = it["type"], it["value"], it["expect"]
            counts["type_expect"][(t, e)] += 1
            if e not in ("redact", "keep"):
                errors.append(f"{lab['file']}: bad expect {e}")
            if v in seen:
                errors.append(f"{lab['file']}: duplicate value {v!r}")
            seen[v] = e
            if v in text or v in t1:
                pass
            elif ext == "pdf" and re.sub(r"\s+", "", v) in t3:
                level3 += 1
            else:
                errors.append(f"{lab['file']}: value not found: {t} {v!r}")
            err = validate(t, v)
            if err:
                errors.append(f"{lab['file']}: {t} {v!r}: {err}")
        keeps = [v for v, e in seen.items() if e == "keep"]
        reds = [v for v, e in seen.items() if e == "redact"]
        for k in keeps:
            for rv in reds:
                if len(k) >= 4 and k in rv:
                    errors.append(f"{lab['file']}: keep value {k!r} inside redact value {rv!r}")
        mk = lab["marking"]
        if mk:
            head = re.sub(r"\s+", "", text[:600])
            if mk["level"] not in head or mk["period"] not in head:
                errors.append(f"{lab['file']}: marking not in header zone")
            mo = dt.date.fromisoformat(mk["marked_on"])
            if mk["period"] == "长期":
                exp, want = None, "不予公开"
            else:
                m = re.fullmatch(r"(\d+)(年|个月)", mk["period"])
                k = int(m.group(1)) * (12 if m.group(2) == "年" else 1)
                exp = add_months(mo, k)
                want = "须报审" if exp <= REF else "不予公开"
            if (mk["expires_on"] or None) != (exp.isoformat() if exp else None):
                errors.append(f"{lab['file']}: expires_on {mk['expires_on']} != {exp}")
            if lab["attribute"] != want:
                errors.append(f"{lab['file']}: attribute {lab['attribute']} but marking says {want}")
            y0 = str(mo.year)
            cn = "".join("〇一二三四五六七八九"[int(c)] for c in y0)
            if y0 not in text and cn not in text:
                errors.append(f"{lab['file']}: 成文日期 year not in text")
    print(f"documents: {len(labels)}  items: {n_items}  (pdf whitespace-insensitive matches: {level3})")
    print("formats:", dict(counts["format"]))
    print("attributes:", dict(counts["attribute"]))
    print(f"kinds ({len(counts['kind'])}):", dict(counts["kind"]))
    te = counts["type_expect"]
    for t in sorted({t for t, _ in te}):
        print(f"  {t:24s} redact={te[(t, 'redact')]:5d}  keep={te[(t, 'keep')]:4d}")
    if len(counts["kind"]) < 25:
        errors.append("fewer than 25 kinds")
    if errors:
        print(f"\nFAILED: {len(errors)} problem(s)")
        for e in errors[:80]:
            print("  ", e)
        return 1
    print("\nself-check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
