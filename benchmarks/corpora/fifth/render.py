"""Writers for corpus E: one document model, rendered as DOCX, PDF, TXT, XLSX or CSV."""
from __future__ import annotations

import csv
import random
from pathlib import Path

# Block kinds: ("title", text) ("sub", text) ("p", text) ("right", text) ("left", text)
# ("table", {"rows": [[...]], "head": n, "merges": [(r1, c1, r2, c2)], "small": bool, "hidden_col": i})
# Document-level: header (page header text), footer, corner (lines at the top-left: 份号/密级/紧急)


def _cells(tb):
    covered = set()
    for r1, c1, r2, c2 in tb.get("merges", []):
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                if (r, c) != (r1, c1):
                    covered.add((r, c))
    return covered


# ---------------------------------------------------------------- TXT
def _w(s: str) -> int:
    return sum(1 if ord(ch) < 128 else 2 for ch in s)


def write_txt(doc, path: Path, rng: random.Random):
    style = doc.opts.get("txt", "tab")
    out: list[str] = []
    for line in doc.corner:
        out.append(line)
    if doc.header:
        out.append(doc.header)
        out.append("")
    for kind, val in doc.blocks:
        if kind == "title":
            out.append(("" if style == "flat" else "　　　　") + val)
        elif kind == "sub":
            out.append(val)
        elif kind == "p":
            out.append(("　　" if style != "flat" else "") + val)
        elif kind in ("right", "left"):
            out.append(("　　　　　　　　　　" if kind == "right" and style != "flat" else "") + val)
        elif kind == "table":
            rows = val["rows"]
            covered = _cells(val)
            grid = [["" if (r, c) in covered else str(x) for c, x in enumerate(row)] for r, row in enumerate(rows)]
            if style == "space":
                widths = [max(_w(row[c]) for row in grid if c < len(row)) for c in range(max(map(len, grid)))]
                for row in grid:
                    out.append("  ".join(x + " " * (widths[c] - _w(x)) for c, x in enumerate(row)).rstrip())
            else:
                for row in grid:
                    out.append("\t".join(row))
        out.append("") if style == "blank" else None
    if doc.footer:
        out.append("")
        out.append(doc.footer)
    nl = "\r\n" if doc.opts.get("crlf") else "\n"
    path.write_bytes(((nl.join(out)) + nl).encode("utf-8-sig" if doc.opts.get("bom") else "utf-8"))


# ---------------------------------------------------------------- DOCX
def write_docx(doc, path: Path, rng: random.Random):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    st.font.size = Pt(doc.opts.get("size", 14))
    sec = d.sections[0]
    if doc.header:
        sec.header.paragraphs[0].text = doc.header
    if doc.footer:
        sec.footer.paragraphs[0].text = doc.footer

    def para(text, align=None, bold=False, size=None, indent=True):
        p = d.add_paragraph()
        if align:
            p.alignment = align
        if indent and align is None and doc.opts.get("indent", True):
            p.paragraph_format.first_line_indent = Pt(28)
        # Split into several runs at random points, as Word does after edits.
        cuts = sorted(rng.sample(range(1, len(text)), min(len(text) - 1, rng.randint(0, 3)))) if len(text) > 4 else []
        last = 0
        for cut in cuts + [len(text)]:
            run = p.add_run(text[last:cut])
            run.bold = bold
            if size:
                run.font.size = Pt(size)
            last = cut
        return p

    for line in doc.corner:
        para(line, indent=False).alignment = WD_ALIGN_PARAGRAPH.LEFT
    for kind, val in doc.blocks:
        if kind == "title":
            para(val, WD_ALIGN_PARAGRAPH.CENTER, bold=True, size=20)
        elif kind == "sub":
            para(val, WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "p":
            para(val)
        elif kind == "right":
            para(val, WD_ALIGN_PARAGRAPH.RIGHT)
        elif kind == "left":
            para(val, WD_ALIGN_PARAGRAPH.LEFT, indent=False)
        elif kind == "table":
            rows = val["rows"]
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            covered = _cells(val)
            for r1, c1, r2, c2 in val.get("merges", []):
                t.cell(r1, c1).merge(t.cell(r2, c2))
            for r, row in enumerate(rows):
                for c, x in enumerate(row):
                    if (r, c) in covered:
                        continue
                    cell = t.cell(r, c)
                    cell.text = str(x)
                    if val.get("small"):
                        for p in cell.paragraphs:
                            for run in p.runs:
                                run.font.size = Pt(9)
                    if r < val.get("head", 1):
                        for p in cell.paragraphs:
                            for run in p.runs:
                                run.bold = True
    d.core_properties.author = doc.opts.get("author", "")
    d.core_properties.title = doc.opts.get("doc_title", "")
    d.save(path)


# ---------------------------------------------------------------- PDF
FONT = "china-s"


def _tw(s: str, size: float) -> float:
    # The built-in CJK font sets every glyph, Latin ones too, one em wide.
    return size * len(s)


def _table_need(tb, size, pad):
    rows = [[str(x) for x in r] for r in tb["rows"]]
    ncol = max(len(r) for r in rows)
    widths = [0.0] * ncol
    for row in rows[tb.get("head", 1):]:
        for c, x in enumerate(row):
            widths[c] = max(widths[c], _tw(x, size) + 2 * pad)
    return sum(widths)


def write_pdf(doc, path: Path, rng: random.Random):
    import pymupdf as fitz

    wide = any(_table_need(v, 6.5, 2.5) > 595 - 2 * 64 for k, v in doc.blocks if k == "table")
    W, H = (595, 842) if not (doc.opts.get("landscape") or wide) else (842, 595)
    M = doc.opts.get("margin", 64)
    base = doc.opts.get("size", 11.5)
    pdf = fitz.open()
    state = {"page": None, "y": 0}

    def new_page():
        pg = pdf.new_page(width=W, height=H)
        if doc.header:
            pg.insert_text((M, 34), doc.header, fontname=FONT, fontsize=8.5)
            pg.draw_line((M, 40), (W - M, 40), width=0.4)
        if doc.footer:
            pg.insert_text((M, H - 26), doc.footer, fontname=FONT, fontsize=8.5)
        state["page"], state["y"] = pg, M + 6

    def need(h):
        if state["page"] is None or state["y"] + h > H - M:
            new_page()

    def line(text, size, x=None, align="left"):
        need(size * 1.7)
        tw = _tw(text, size)
        if align == "center":
            x = (W - tw) / 2
        elif align == "right":
            x = W - M - tw
        state["page"].insert_text((x if x is not None else M, state["y"] + size), text, fontname=FONT, fontsize=size)
        state["y"] += size * 1.75

    def wrap(text, size, first_indent):
        avail = W - 2 * M
        lines, cur, width = [], "", first_indent
        for ch in text:
            cw = _tw(ch, size)
            if width + cw > avail:
                lines.append(cur)
                cur, width = "", 0
            cur += ch
            width += cw
        lines.append(cur)
        return lines

    new_page()
    for ln in doc.corner:
        line(ln, base + 2)
    for kind, val in doc.blocks:
        if kind == "title":
            for part in val.split("\n"):
                for ln in wrap(part, base + 6, 0):
                    line(ln, base + 6, align="center")
            state["y"] += 4
        elif kind == "sub":
            line(val, base, align="center")
        elif kind in ("p", "left"):
            ind = 2 * base if kind == "p" else 0
            for i, ln in enumerate(wrap(val, base, ind)):
                line(ln, base, x=M + (ind if i == 0 else 0))
        elif kind == "right":
            line(val, base, align="right")
        elif kind == "table":
            _pdf_table(val, state, need, W, M, base, fitz)
            state["y"] += 8
    pdf.set_metadata({"title": doc.opts.get("doc_title", ""), "author": doc.opts.get("author", ""),
                      "creator": doc.opts.get("creator", "WPS 文字")})
    pdf.save(path, garbage=3, deflate=True)


def _pdf_table(tb, state, need, W, M, base, fitz):
    rows = [[str(x) for x in r] for r in tb["rows"]]
    ncol = max(len(r) for r in rows)
    rows = [r + [""] * (ncol - len(r)) for r in rows]
    covered = _cells(tb)
    spans = {(r1, c1): (r2, c2) for r1, c1, r2, c2 in tb.get("merges", [])}
    avail = W - 2 * M
    size = 7.0 if tb.get("small") else base - 1.5
    pad = 2.5 if tb.get("small") else 4
    while True:
        widths = [0.0] * ncol
        for r, row in enumerate(rows):
            for c, x in enumerate(row):
                if (r, c) in covered or (r, c) in spans:
                    continue
                widths[c] = max(widths[c], _tw(x, size) + 2 * pad)
        for (r, c), (r2, c2) in spans.items():  # a merged header must fit its span
            need_w = _tw(rows[r][c], size) + 2 * pad
            have = sum(widths[c:c2 + 1])
            if have < need_w:
                widths[c2] += need_w - have
        if sum(widths) <= avail or size <= 5.0:
            break
        size -= 0.25
    if not tb.get("small") and sum(widths) < avail:  # stretch ordinary tables to the text width
        extra = (avail - sum(widths)) / ncol
        widths = [w + extra for w in widths]
    rh = size * 2.1
    x0 = M + (avail - sum(widths)) / 2 if tb.get("small") else M
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    r = 0
    while r < len(rows):
        # keep header rows together on one page
        block = max(1, tb.get("head", 1)) if r == 0 else 1
        need(rh * block)
        pg, y = state["page"], state["y"]
        for rr in range(r, r + block):
            for c in range(ncol):
                if (rr, c) in covered:
                    continue
                r2, c2 = spans.get((rr, c), (rr, c))
                rect = fitz.Rect(xs[c], y + (rr - r) * rh, xs[c2 + 1], y + (r2 - r + 1) * rh)
                pg.draw_rect(rect, width=0.5)
                text = rows[rr][c]
                tx = rect.x0 + pad if rr >= tb.get("head", 1) else (rect.x0 + rect.x1 - _tw(text, size)) / 2
                ty = (rect.y0 + rect.y1) / 2 + size * 0.35
                if text:
                    pg.insert_text((tx, ty), text, fontname=FONT, fontsize=size)
        state["y"] = y + block * rh
        r += block


# ---------------------------------------------------------------- XLSX / CSV
def write_xlsx(doc, path: Path, rng: random.Random):
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = doc.opts.get("sheet", "Sheet1")
    row = 1
    tables = [v for k, v in doc.blocks if k == "table"]
    ncol = max((max(len(r) for r in t["rows"]) for t in tables), default=4)
    for kind, val in doc.blocks:
        if kind == "table":
            off = row
            for r, rr in enumerate(val["rows"]):
                for c, x in enumerate(rr):
                    if (r, c) in _cells(val):
                        continue
                    cell = ws.cell(row=off + r, column=c + 1, value=str(x))
                    cell.number_format = "@"
                    if r < val.get("head", 1):
                        cell.font = Font(bold=True)
                        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            for r1, c1, r2, c2 in val.get("merges", []):
                ws.merge_cells(start_row=off + r1, start_column=c1 + 1, end_row=off + r2, end_column=c2 + 1)
            if "hidden_col" in val:
                ws.column_dimensions[get_column_letter(val["hidden_col"] + 1)].hidden = True
            row = off + len(val["rows"])
        else:
            ws.cell(row=row, column=1, value=val)
            if kind == "title":
                ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
                ws.cell(row=row, column=1).font = Font(bold=True, size=16)
                ws.cell(row=row, column=1).alignment = Alignment(horizontal="center")
            row += 1
    for c in range(1, ncol + 1):
        ws.column_dimensions[get_column_letter(c)].width = 16
    if doc.opts.get("second_sheet"):
        ws2 = wb.create_sheet(doc.opts["second_sheet"][0])
        for r, rr in enumerate(doc.opts["second_sheet"][1]):
            for c, x in enumerate(rr):
                ws2.cell(row=r + 1, column=c + 1, value=str(x))
    wb.properties.creator = doc.opts.get("author", "")
    wb.save(path)


def write_csv(doc, path: Path, rng: random.Random):
    rows: list[list[str]] = []
    for kind, val in doc.blocks:
        if kind == "table":
            covered = _cells(val)
            rows += [["" if (r, c) in covered else str(x) for c, x in enumerate(rr)] for r, rr in enumerate(val["rows"])]
        else:
            rows.append([val])
    with open(path, "w", encoding="utf-8-sig" if doc.opts.get("bom", True) else "utf-8", newline="") as f:
        csv.writer(f).writerows(rows)


WRITERS = {"txt": write_txt, "docx": write_docx, "pdf": write_pdf, "xlsx": write_xlsx, "csv": write_csv}
