"""Self-check of corpus D: python check.py OUT_DIR

Reads every document back with a reader that did not write it (the ZIP's XML for DOCX, PyMuPDF
for PDF, the bytes for TXT/CSV, openpyxl for XLSX), and checks that:
- every labelled value occurs in its document's text (whitespace-insensitive, full-width folded);
- ID numbers, bank cards (Luhn), USCC codes, VINs and 残疾人证号 are valid where labelled so;
- markings agree with the attributes (in force → 不予公开, expired → 须报审);
then prints counts per kind, type and format. Exit status 1 on any failure.
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import re
import sys
import zipfile
from pathlib import Path

REF = dt.date(2026, 12, 1)


def fold(text: str) -> str:
    text = text.translate({cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)})
    return re.sub(r"\s", "", text).lower()


def read_text(path: Path) -> str:
    suf = path.suffix.lower()
    if suf == ".docx":
        out = []
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if name.startswith("word/") and name.endswith(".xml"):
                    xml = z.read(name).decode("utf-8")
                    out.append("".join(re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", xml)))
        return "\n".join(out)
    if suf == ".pdf":
        import pymupdf
        with pymupdf.open(path) as pdf:
            return "\n".join(page.get_text() for page in pdf)
    if suf == ".xlsx":
        from openpyxl import load_workbook
        wb = load_workbook(path)
        out = []
        for ws in wb.worksheets:
            for row in ws.iter_rows(values_only=True):
                out += [str(v) for v in row if v is not None]
            out.append(ws.oddFooter.center.text or "")
        return "\n".join(out)
    return path.read_bytes().decode("utf-8-sig")


def id_ok(v: str) -> bool:
    v = v.upper()
    if len(v) == 15:
        try:
            dt.date(1900 + int(v[6:8]), int(v[8:10]), int(v[10:12]))
            return v.isdigit()
        except ValueError:
            return False
    # GB 11643: checksum, birth date and a known region code. python-stdnum's is_valid also wants the
    # county to have existed in the birth year, which real IDs of older people often fail.
    from stdnum import numdb
    from stdnum.cn import ric
    if len(v) != 18 or not v[:17].isdigit() or ric.calc_check_digit(v) != v[-1]:
        return False
    try:
        ric.get_birth_date(v)
    except Exception:
        return False
    return any("county" in props for _, props in numdb.get("cn/loc").info(v[:6]))


def luhn_ok(v: str) -> bool:
    from stdnum import luhn
    return v.isdigit() and luhn.is_valid(v)


def uscc_ok(v: str) -> bool:
    from stdnum.cn import uscc
    return uscc.is_valid(v.upper())


def vin_ok(v: str) -> bool:
    t = {**{str(i): i for i in range(10)}, **dict(zip("ABCDEFGH", range(1, 9))),
         **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    v = v.upper()
    if len(v) != 17 or any(c not in t for c in v):
        return False
    c = sum(t[ch] * k for ch, k in zip(v, w)) % 11
    return v[8] == ("X" if c == 10 else str(c))


VALIDATORS = {
    "id_number": lambda v: len(v) == 18 and id_ok(v),
    "id_number_15": lambda v: len(v) == 15 and id_ok(v),
    "bank_card": luhn_ok,
    "account_body": luhn_ok,
    "uscc": uscc_ok,
    "vin": vin_ok,
    "disability_cert": lambda v: len(v) == 20 and id_ok(v[:18]) and v[18] in "1234567" and v[19] in "1234",
    "mobile": lambda v: re.fullmatch(r"(?:\+?86-?)?1[3-9]\d{9}", v.replace("-", "")) is not None,
}


def main() -> int:
    out = Path(sys.argv[1])
    labels = json.loads((out / "labels.json").read_text(encoding="utf-8"))
    errors: list[str] = []
    by_kind = collections.Counter()
    by_fmt = collections.Counter()
    by_attr = collections.Counter()
    by_type: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for lab in labels:
        path = out / lab["file"]
        if not path.exists():
            errors.append(f"{lab['file']}: missing")
            continue
        text = fold(read_text(path))
        by_kind[lab["kind"]] += 1
        by_fmt[path.suffix[1:]] += 1
        by_attr[lab["attribute"]] += 1
        seen: dict[str, str] = {}
        for it in lab["items"]:
            by_type[it["type"]][it["expect"]] += 1
            v = fold(it["value"])
            if v not in text:
                errors.append(f"{lab['file']}: {it['type']} {it['value']!r} not in text")
            if seen.get(v, it["expect"]) != it["expect"]:
                errors.append(f"{lab['file']}: {it['value']!r} labelled both redact and keep")
            seen[v] = it["expect"]
            check = VALIDATORS.get(it["type"])
            if check and not check(v):
                errors.append(f"{lab['file']}: {it['type']} {it['value']!r} fails its check")
        keeps = [fold(i["value"]) for i in lab["items"] if i["expect"] == "keep"]
        for it in lab["items"]:
            v = fold(it["value"])
            if it["expect"] == "redact" and any(v in k for k in keeps):
                errors.append(f"{lab['file']}: redact {it['value']!r} lies inside a keep value")
        m = lab["marking"]
        if m:
            exp = m["expires_on"]
            live = exp is None or dt.date.fromisoformat(exp) > REF
            want = "不予公开" if live else "须报审"
            if lab["attribute"] != want:
                errors.append(f"{lab['file']}: marking {m} but attribute {lab['attribute']}")
    print(f"{len(labels)} documents")
    print("formats:", dict(by_fmt))
    print("attributes:", dict(by_attr))
    print(f"kinds ({len(by_kind)}):")
    for k, n in sorted(by_kind.items(), key=lambda x: -x[1]):
        print(f"  {n:3d}  {k}")
    print("types (redact / keep):")
    for t, c in sorted(by_type.items()):
        print(f"  {t:24s} {c['redact']:5d} {c['keep']:5d}")
    tot = sum(c["redact"] for c in by_type.values()), sum(c["keep"] for c in by_type.values())
    print(f"  {'total':24s} {tot[0]:5d} {tot[1]:5d}")
    for e in errors[:60]:
        print("ERROR", e)
    print(f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
