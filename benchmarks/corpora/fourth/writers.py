"""Renderers of corpus D: DOCX (python-docx), PDF (reportlab, PyMuPDF, LibreOffice), TXT, XLSX, CSV."""

from __future__ import annotations

import csv
import random
import shutil
import subprocess
import tempfile
import unicodedata
from pathlib import Path

from model import Doc, Table


def _expanded(t: Table) -> list[list[str]]:
    """Body rows with the header rows written again every ``repeat_every`` rows."""
    out: list[list[str]] = []
    for i, row in enumerate(t.rows):
        if t.repeat_every and i and i % t.repeat_every == 0:
            out.extend(t.header)
        out.append(row)
    return out


# DOCX ---------------------------------------------------------------------------------------
def write_docx(doc: Doc, path: Path, rng: random.Random) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = Document()
    st = d.styles["Normal"]
    st.font.name = "FangSong"
    st.font.size = Pt(12)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋")

    def para(text: str, bold: bool = False, center: bool = False, split: bool = True) -> None:
        p = d.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        lines = text.split("\n")
        for li, line in enumerate(lines):
            pieces = [line]
            if split and len(line) > 30 and rng.random() < 0.6:   # runs split at odd places
                cut = sorted(rng.sample(range(1, len(line)), 2))
                pieces = [line[:cut[0]], line[cut[0]:cut[1]], line[cut[1]:]]
            for k, piece in enumerate(pieces):
                run = p.add_run(piece)
                run.bold = bold
                if li < len(lines) - 1 and k == len(pieces) - 1:
                    run.add_break()

    for h in doc.head:
        para(h, bold=True, split=False)
    if doc.title:
        para(doc.title, bold=True, center=True, split=False)
    for b in doc.blocks:
        if isinstance(b, str):
            para(b)
            continue
        if b.caption:
            para(b.caption, center=True, split=False)
        rows = b.header + _expanded(b)
        ncol = len(b.header[0])
        table = d.add_table(rows=len(rows), cols=ncol)
        if b.ruled:
            table.style = "Table Grid"
        for ri, row in enumerate(rows):
            cells = table.rows[ri].cells
            for ci, val in enumerate(row):
                cell = cells[ci]
                parts = val.split("\n")
                cell.text = parts[0]
                for extra in parts[1:]:
                    cell.paragraphs[0].add_run().add_break()
                    cell.paragraphs[0].add_run(extra)
        for tr in table.rows:                 # a row is never split by a page break
            el = OxmlElement("w:cantSplit")
            tr._tr.get_or_add_trPr().append(el)
        for ri in range(len(b.header)):       # repeat header on each page
            trpr = table.rows[ri]._tr.get_or_add_trPr()
            el = OxmlElement("w:tblHeader")
            el.set(qn("w:val"), "true")
            trpr.append(el)
        for r0, c0, r1, c1 in b.spans:
            keep = b.header[r0][c0]
            merged = table.cell(r0, c0).merge(table.cell(r1, c1))
            merged.text = keep
    if doc.footer:
        sec = d.sections[0]
        sec.footer.paragraphs[0].text = doc.footer
    d.core_properties.author = "清江市政务公开办"
    d.core_properties.title = doc.title[:60]
    d.save(str(path))


# PDF: reportlab -----------------------------------------------------------------------------
def _esc(s: str) -> str:
    # STSong-Light has no glyph for U+00B7 (in 扎西·多吉); U+30FB is drawn and read back as U+00B7.
    s = s.replace("\u00b7", "\u30fb")
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")


def write_pdf_reportlab(doc: Doc, path: Path, rng: random.Random) -> None:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table as RLTable, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle("b", fontName="STSong-Light", fontSize=11, leading=17, wordWrap="CJK",
                          firstLineIndent=22)
    plain = ParagraphStyle("h", parent=body, firstLineIndent=0)
    title = ParagraphStyle("t", parent=plain, fontSize=16, leading=24, alignment=1)
    cellst = ParagraphStyle("c", parent=plain, fontSize=8.5, leading=11)
    story = []
    for h in doc.head:
        story.append(Paragraph(_esc(h), plain))
    if doc.title:
        story += [Spacer(1, 4 * mm), Paragraph(_esc(doc.title), title), Spacer(1, 4 * mm)]
    width = A4[0] - 40 * mm
    for b in doc.blocks:
        if isinstance(b, str):
            story.append(Paragraph(_esc(b), body))
            continue
        if b.caption:
            story.append(Paragraph(_esc(b.caption), ParagraphStyle("cap", parent=plain, alignment=1)))
        data = [[Paragraph(_esc(c), cellst) for c in row] for row in b.header + b.rows]
        ncol = len(b.header[0])
        w = b.widths or [1] * ncol
        cw = [width * x / sum(w) for x in w]
        style = [("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
        style += [("SPAN", (c0, r0), (c1, r1)) for r0, c0, r1, c1 in b.spans]
        if b.ruled:
            style.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
        else:
            style.append(("LINEBELOW", (0, len(b.header) - 1), (-1, len(b.header) - 1), 0.5, colors.black))
        story.append(RLTable(data, colWidths=cw, repeatRows=len(b.header), style=TableStyle(style)))
        story.append(Spacer(1, 3 * mm))

    def footer(canvas, _doc):
        if doc.footer:
            canvas.setFont("STSong-Light", 8)
            canvas.drawString(20 * mm, 10 * mm, doc.footer)
    pdf = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=doc.title[:60])
    pdf.build(story, onFirstPage=footer, onLaterPages=footer)


# PDF: PyMuPDF (text set line by line, tables unruled and aligned) --------------------------
def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, n: int) -> str:
    return s + " " * max(0, n - _width(s))


def _table_lines(t: Table, sep: str = "space") -> list[str]:
    rows = t.header + _expanded(t)
    rows = [[c.replace("\n", "") for c in r] for r in rows]
    if sep == "tab":
        return ["\t".join(r) for r in rows]
    ncol = len(rows[0])
    w = [max(_width(r[i]) for r in rows) + 2 for i in range(ncol)]
    return ["".join(_pad(r[i], w[i]) for i in range(ncol)).rstrip() for r in rows]


def write_pdf_pymupdf(doc: Doc, path: Path, rng: random.Random) -> None:
    import pymupdf

    lines: list[tuple[str, float]] = [(h, 11) for h in doc.head]
    if doc.title:
        lines.append((doc.title, 15))
    for b in doc.blocks:
        if isinstance(b, str):
            for seg in b.split("\n"):
                seg = "　　" + seg
                while pymupdf.get_text_length(seg, fontname="china-s", fontsize=10.5) > 490:
                    cut = 1                      # wrap by hand, as a typesetter would
                    while pymupdf.get_text_length(seg[:cut + 1], fontname="china-s", fontsize=10.5) <= 490:
                        cut += 1
                    lines.append((seg[:cut], 10.5))
                    seg = seg[cut:]
                lines.append((seg, 10.5))
        else:
            if b.caption:
                lines.append((b.caption, 10.5))
            tl = _table_lines(b)
            size = min(8.0, 495 / max(pymupdf.get_text_length(x, fontname="china-s", fontsize=1) for x in tl))
            lines += [(ln, size) for ln in tl]
    out = pymupdf.open()
    page, y = None, 0.0
    for text, size in lines:
        if page is None or y > 800:
            page = out.new_page(width=595, height=842)
            y = 50.0
            if doc.footer:
                page.insert_text((50, 825), doc.footer, fontname="china-s", fontsize=7)
        page.insert_text((50, y), text, fontname="china-s", fontsize=size)
        y += size * 1.6
    out.set_metadata({"title": doc.title[:60], "producer": "PyMuPDF"})
    out.save(str(path), garbage=3, deflate=True)


def soffice_available() -> bool:
    return shutil.which("soffice") is not None


_PROFILE: list[str] = []


def write_pdf_soffice(doc: Doc, path: Path, rng: random.Random) -> bool:
    """DOCX written by python-docx, converted by LibreOffice. False when that failed."""
    if not _PROFILE:
        _PROFILE.append(tempfile.mkdtemp(prefix="corpus-d-lo-"))
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (path.stem + ".docx")
        write_docx(doc, src, rng)
        try:
            subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{_PROFILE[0]}",
                            "--convert-to", "pdf", "--outdir", tmp, str(src)],
                           check=True, capture_output=True, timeout=120)
        except (OSError, subprocess.SubprocessError):
            return False
        pdf = Path(tmp) / (path.stem + ".pdf")
        if not pdf.exists():
            return False
        shutil.copy(pdf, path)
        return True


# TXT / XLSX / CSV ---------------------------------------------------------------------------
def write_txt(doc: Doc, path: Path, rng: random.Random) -> None:
    out: list[str] = list(doc.head)
    if doc.title:
        out += [doc.title, ""]
    for b in doc.blocks:
        if isinstance(b, str):
            out.append("    " + b)
        else:
            if b.caption:
                out.append(b.caption)
            out += _table_lines(b, doc.align)
            out.append("")
    if doc.footer:
        out += ["", doc.footer]
    newline = "\r\n" if rng.random() < 0.25 else "\n"
    path.write_bytes((newline.join(out) + newline).encode("utf-8"))


def write_xlsx(doc: Doc, path: Path, rng: random.Random) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = doc.kind[:20]
    tables = [b for b in doc.blocks if isinstance(b, Table)]
    ncol = max(len(t.header[0]) for t in tables)
    r = 1
    for h in doc.head + ([doc.title] if doc.title else []):
        ws.cell(r, 1, h).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
        r += 1
    for b in doc.blocks:
        if isinstance(b, str):
            ws.cell(r, 1, b).alignment = Alignment(wrap_text=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=ncol)
            r += 1
            continue
        top = r
        for row in b.header + _expanded(b):
            for c, val in enumerate(row, 1):
                ws.cell(r, c, val)
            r += 1
        for r0, c0, r1, c1 in b.spans:
            ws.merge_cells(start_row=top + r0, start_column=c0 + 1, end_row=top + r1, end_column=c1 + 1)
        r += 1
    if doc.footer:
        ws.oddFooter.center.text = doc.footer
    wb.save(str(path))


def write_csv(doc: Doc, path: Path, rng: random.Random) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        if doc.title:
            w.writerow([doc.title])
        for b in doc.blocks:
            if isinstance(b, str):
                w.writerow([b])
            else:
                for row in b.header[-1:] + b.rows:
                    w.writerow(row)


def cleanup() -> None:
    for p in _PROFILE:
        shutil.rmtree(p, ignore_errors=True)
    _PROFILE.clear()
