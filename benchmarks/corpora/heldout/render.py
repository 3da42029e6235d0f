"""Renderers: one document model (paragraph and table blocks) written as DOCX, PDF (PyMuPDF,
ReportLab, or LibreOffice from DOCX), TXT, XLSX or CSV.

BRK (U+001E) inside a text marks a deliberate break: a soft line break in DOCX, a forced line
break in PDF, a newline in TXT (inside a tab table it becomes an Excel-style quoted cell).
"""
from __future__ import annotations

import csv
import io
import os
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass, field

BRK = "\x1e"


@dataclass
class P:
    text: str
    style: str = "body"   # red, docno, title, subtitle, body, plain, right, mark, small, center, head
    color: tuple | None = None


@dataclass
class T:
    header: list            # list of rows; None = merged with left cell, "^" = merged with cell above
    rows: list
    widths: list | None = None
    title: str | None = None
    lines: bool = True
    font: float | None = None


@dataclass
class PB:
    pass


@dataclass
class Model:
    blocks: list = field(default_factory=list)
    header_text: str | None = None   # page header (DOCX/PDF)
    footer_text: str | None = None
    font: str = "仿宋_GB2312"
    size: float = 16
    txt_indent: str = "　　"
    txt_table: str = "tab"          # tab | space
    newline: str = "\n"
    encoding: str = "utf-8"
    author: str = "Administrator"
    landscape: bool = False


# ----------------------------------------------------------------------------- DOCX
def render_docx(m: Model, path: str):
    import docx
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt, RGBColor

    D = docx.Document()
    sec = D.sections[0]
    if m.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
        sec.top_margin = sec.bottom_margin = Mm(20)
        sec.left_margin = sec.right_margin = Mm(18)
    else:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
        sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)

    def setfont(run, name, size=None, bold=False, color=None):
        run.font.name = name
        rpr = run._element.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = rpr.makeelement(qn("w:rFonts"), {})
            rpr.insert(0, rf)
        rf.set(qn("w:eastAsia"), name)
        if size:
            run.font.size = Pt(size)
        if bold:
            run.bold = True
        if color:
            run.font.color.rgb = RGBColor(*color)

    st = D.styles["Normal"]
    st.font.name = m.font
    st.font.size = Pt(m.size)
    st.element.get_or_add_rPr()
    rpr = st.element.rPr
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rf)
    rf.set(qn("w:eastAsia"), m.font)

    def add_text(par, text, font, size, bold=False, color=None):
        parts = text.split(BRK)
        for i, part in enumerate(parts):
            sub = part.split("\n")
            for j, s in enumerate(sub):
                run = par.add_run(s)
                setfont(run, font, size, bold, color)
                if j < len(sub) - 1:
                    run.add_break()
            if i < len(parts) - 1:
                par.runs[-1].add_break()

    for b in m.blocks:
        if isinstance(b, PB):
            D.add_page_break()
        elif isinstance(b, P):
            par = D.add_paragraph()
            pf = par.paragraph_format
            font, size, bold, color = m.font, m.size, False, b.color
            s = b.style
            if s == "red":
                font, size, color = "方正小标宋简体", 26, color or (255, 0, 0)
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif s == "title":
                font, size = "方正小标宋简体", 22
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif s == "subtitle":
                font, size = "楷体_GB2312", m.size
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif s in ("docno", "center"):
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            elif s == "right":
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif s == "mark":
                font, bold = "黑体", True
            elif s == "head":
                font = "黑体"
                pf.first_line_indent = Pt(m.size * 2)
            elif s == "small":
                size = 14 if m.size >= 14 else m.size
            elif s == "body":
                pf.first_line_indent = Pt(m.size * 2)
            add_text(par, b.text, font, size, bold, color)
        elif isinstance(b, T):
            ncol = max(len(r) for r in (b.header + b.rows))
            t = D.add_table(rows=0, cols=ncol)
            t.style = "Table Grid" if b.lines else None
            fs = b.font or (10.5 if ncol > 6 else 12)
            if b.title:
                row = t.add_row()
                c = row.cells[0].merge(row.cells[-1])
                c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                add_text(c.paragraphs[0], b.title, "黑体", fs + 2)
            hdr_cells = []
            for hr in b.header:
                row = t.add_row()
                cells = row.cells
                hdr_cells.append(cells)
                for i, v in enumerate(hr):
                    if v is None or v == "^":
                        continue
                    cells[i].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
                    add_text(cells[i].paragraphs[0], v, "黑体", fs)
            # merges
            for ri, hr in enumerate(b.header):
                for i, v in enumerate(hr):
                    if v is None:
                        j = i - 1
                        while hr[j] is None:
                            j -= 1
                        hdr_cells[ri][j].merge(hdr_cells[ri][i])
                    elif v == "^":
                        hdr_cells[ri - 1][i].merge(hdr_cells[ri][i])
            for r in b.rows:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    if v is None:
                        continue
                    add_text(cells[i].paragraphs[0], str(v), m.font if m.font != "仿宋_GB2312" else "宋体", fs)
                if any(v is None for v in r):
                    i0 = next(i for i, v in enumerate(r) if v is not None)
                    last = max(i for i, v in enumerate(r) if v is None)
                    cells[i0].merge(cells[last])
            from docx.oxml import OxmlElement
            for row in t.rows:  # keep a row on one page (a split row scatters a value over two pages)
                row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
            if b.widths:
                tot = sum(b.widths)
                avail = (sec.page_width - sec.left_margin - sec.right_margin)
                t.autofit = False
                ws = [int(avail * w / tot) for w in b.widths]
                for gc, w in zip(t._tbl.tblGrid.findall(qn("w:gridCol")), ws):
                    gc.set(qn("w:w"), str(int(w / 635)))
                for row in t.rows:
                    for i, c in enumerate(row.cells[:len(b.widths)]):
                        c.width = ws[i]
            D.add_paragraph()
    if m.header_text:
        par = sec.header.paragraphs[0]
        par.text = m.header_text
    if m.footer_text:
        par = sec.footer.paragraphs[0]
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        par.text = m.footer_text
    D.core_properties.author = m.author
    D.core_properties.last_modified_by = m.author
    D.save(path)


# ----------------------------------------------------------------------------- PDF (PyMuPDF)
def render_pdf_fitz(m: Model, path: str):
    import pymupdf

    W, H = (842, 595) if m.landscape else (595, 842)
    L, R, TOP, BOT = (50, 50, 50, 50) if m.landscape else (79, 74, 100, 90)
    FN = "china-s"
    doc = pymupdf.open()
    state = {"page": None, "y": 0}

    def newpage():
        pg = doc.new_page(width=W, height=H)
        state["page"], state["y"] = pg, TOP
        if m.header_text:
            put(pg, L, 50, m.header_text, 10)
        if m.footer_text:
            put(pg, W / 2 - 30, H - 40, m.footer_text.replace("{n}", str(len(doc))), 10)

    import re as _re
    runs = _re.compile(r"[\x20-\x7e]+|[^\x20-\x7e]+")

    def tl(s, fs):
        return sum(pymupdf.get_text_length(u, fontname="helv" if u[0] < "\x7f" else FN, fontsize=fs)
                   for u in runs.findall(s))

    def put(pg, x, y, s, fs, color=(0, 0, 0)):
        """Latin runs in Helvetica, CJK runs in the built-in CJK font, as word processors do."""
        for u in runs.findall(s):
            fn = "helv" if u[0] < "\x7f" else FN
            pg.insert_text((x, y), u, fontname=fn, fontsize=fs, color=color)
            x += pymupdf.get_text_length(u, fontname=fn, fontsize=fs)

    def wrap(text, width, fs, indent=0.0):
        out = []
        for seg in text.replace("\n", BRK).split(BRK):
            line, w, first = "", indent, True
            for ch in seg:
                cw = tl(ch, fs)
                if w + cw > width and line:
                    out.append((line, first))
                    line, w, first = "", 0.0, False
                line += ch
                w += cw
            out.append((line, first))
            first = True
        return out

    newpage()
    for b in m.blocks:
        if isinstance(b, PB):
            newpage()
            continue
        if isinstance(b, P):
            s = b.style
            fs = {"red": 24, "title": 17, "subtitle": 14, "small": 11}.get(s, 13.5 if m.size >= 15 else 11)
            color = b.color or ((1, 0, 0) if s == "red" else (0, 0, 0))
            ind = fs * 2 if s in ("body", "head") else 0
            width = W - L - R
            lines = wrap(b.text, width, fs, ind)
            for ln, first in lines:
                if state["y"] + fs * 1.7 > H - BOT:
                    newpage()
                x = L + (ind if first else 0)
                lw = tl(ln, fs)
                if s in ("red", "title", "subtitle", "docno", "center"):
                    x = L + (width - lw) / 2
                elif s == "right":
                    x = W - R - lw - fs * 2
                state["y"] += fs * 1.7
                put(state["page"], x, state["y"], ln, fs, color)
            if s in ("red",):
                state["y"] += 8
                state["page"].draw_line((L, state["y"]), (W - R, state["y"]), color=(1, 0, 0), width=1.5)
                state["y"] += 6
            continue
        # table
        ncol = max(len(r) for r in (b.header + b.rows))
        fs = b.font or (8.5 if ncol > 7 else 9.5)
        ws = b.widths or [1] * ncol
        tot = sum(ws)
        avail = W - L - R
        cw = [avail * w / tot for w in ws]
        xs = [L]
        for w in cw:
            xs.append(xs[-1] + w)
        lh = fs * 1.35
        pad = 2.5

        def cells_of(row):
            res = []  # (text, x0, x1)
            i = 0
            while i < len(row):
                v = row[i]
                j = i + 1
                while j < len(row) and row[j] is None:
                    j += 1
                res.append(("" if v in (None, "^") else str(v), xs[i], xs[j]))
                i = j
            return res

        def draw_row(row, bold=False):
            cs = cells_of(row)
            wrapped = [wrap(t, x1 - x0 - 2 * pad, fs) for t, x0, x1 in cs]
            h = max(len(w) for w in wrapped) * lh + 2 * pad
            if state["y"] + h > H - BOT:
                return None
            y0 = state["y"]
            pg = state["page"]
            for (t, x0, x1), wl in zip(cs, wrapped):
                if b.lines:
                    pg.draw_rect(pymupdf.Rect(x0, y0, x1, y0 + h), width=0.5)
                yy = y0 + pad
                for ln, _ in wl:
                    yy += lh
                    put(pg, x0 + pad, yy - fs * 0.3, ln, fs)
            state["y"] = y0 + h
            return h

        state["y"] += 6
        if b.title:
            t_fs = fs + 3
            if state["y"] + 30 > H - BOT:
                newpage()
            tw = tl(b.title, t_fs)
            state["y"] += t_fs * 1.6
            put(state["page"], L + (avail - tw) / 2, state["y"], b.title, t_fs)
            state["y"] += 4

        def headers():
            for hr in b.header:
                if draw_row(hr) is None:
                    newpage()
                    draw_row(hr)
        headers()
        for r in b.rows:
            if draw_row(r) is None:
                newpage()
                headers()
                draw_row(r)
        state["y"] += 10
    doc.set_metadata({"producer": "", "creator": m.author, "author": m.author})
    doc.save(path, garbage=3, deflate=True)


# ----------------------------------------------------------------------------- PDF (ReportLab)
def render_pdf_rl(m: Model, path: str):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    try:
        pdfmetrics.getFont("STSong-Light")
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    FN = "STSong-Light"
    ps = landscape(A4) if m.landscape else A4
    docu = SimpleDocTemplate(path, pagesize=ps, leftMargin=25 * mm, rightMargin=22 * mm, topMargin=30 * mm,
                             bottomMargin=25 * mm, author=m.author, title="", creator="")
    base = 14 if m.size >= 15 else 11.5

    def sty(name, fs, align=TA_LEFT, indent=0, color=colors.black):
        return ParagraphStyle(name, fontName=FN, fontSize=fs, leading=fs * 1.6, alignment=align,
                              firstLineIndent=indent, wordWrap="CJK", textColor=color)
    S = {
        "red": sty("red", 24, TA_CENTER, color=colors.red), "title": sty("title", 18, TA_CENTER),
        "subtitle": sty("subtitle", base, TA_CENTER), "docno": sty("docno", base, TA_CENTER),
        "center": sty("center", base, TA_CENTER), "right": sty("right", base, TA_RIGHT),
        "body": sty("body", base, indent=base * 2), "head": sty("head", base, indent=base * 2),
        "plain": sty("plain", base), "mark": sty("mark", base), "small": sty("small", base - 2),
    }

    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace(BRK, "<br/>").replace("\n", "<br/>")
    story = []
    for b in m.blocks:
        if isinstance(b, PB):
            story.append(PageBreak())
        elif isinstance(b, P):
            story.append(Paragraph(esc(b.text), S.get(b.style, S["body"])))
        else:
            ncol = max(len(r) for r in (b.header + b.rows))
            fs = b.font or (8 if ncol > 7 else 9)
            cs = ParagraphStyle("c", fontName=FN, fontSize=fs, leading=fs * 1.3, wordWrap="CJK")
            data, spans = [], []
            allrows = ([[b.title] + [None] * (ncol - 1)] if b.title else []) + b.header + b.rows
            for ri, row in enumerate(allrows):
                row = list(row) + [None] * (ncol - len(row))
                out = []
                for ci, v in enumerate(row):
                    if v is None:
                        out.append("")
                        if ci > 0 and (not spans or spans[-1][1] != (ci, ri) or True):
                            pass
                    elif v == "^":
                        out.append("")
                    else:
                        out.append(Paragraph(esc(str(v)), cs))
                data.append(out)
                ci = 0
                while ci < ncol:
                    if row[ci] is not None and ci + 1 < ncol and row[ci + 1] is None:
                        cj = ci + 1
                        while cj < ncol and row[cj] is None:
                            cj += 1
                        spans.append(("SPAN", (ci, ri), (cj - 1, ri)))
                        ci = cj
                    else:
                        ci += 1
            ws = b.widths or [1] * ncol
            avail = ps[0] - 47 * mm
            tbl = Table(data, colWidths=[avail * w / sum(ws) for w in ws],
                        repeatRows=len(b.header) + (1 if b.title else 0))
            tst = [("VALIGN", (0, 0), (-1, -1), "MIDDLE")] + spans
            if b.lines:
                tst.append(("GRID", (0, 1 if b.title else 0), (-1, -1), 0.5, colors.black))
            tbl.setStyle(TableStyle(tst))
            story += [Spacer(1, 4), tbl, Spacer(1, 8)]

    def deco(canvas, _doc):
        canvas.saveState()
        canvas.setFont(FN, 9)
        if m.header_text:
            canvas.drawString(25 * mm, ps[1] - 15 * mm, m.header_text)
        if m.footer_text:
            canvas.drawCentredString(ps[0] / 2, 12 * mm, m.footer_text.replace("{n}", str(_doc.page)))
        canvas.restoreState()
    docu.build(story, onFirstPage=deco, onLaterPages=deco)


# ----------------------------------------------------------------------------- soffice
def soffice_convert(src_paths: list[str], outdir: str, target: str):
    """Convert files with one LibreOffice call (pdf or docx); returns nothing, raises on failure."""
    if not src_paths:
        return
    with tempfile.TemporaryDirectory(prefix="heldout-lo-") as prof:
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", target,
               "--outdir", outdir] + src_paths
        subprocess.run(cmd, check=True, capture_output=True, timeout=900)


# ----------------------------------------------------------------------------- TXT
def dwidth(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def render_txt(m: Model, path: str):
    out: list[str] = []
    for b in m.blocks:
        if isinstance(b, PB):
            out.append("")
            continue
        if isinstance(b, P):
            text = b.text.replace(BRK, "\n")
            if b.style in ("red", "title", "subtitle", "docno", "center"):
                out.append(("　" * 6 if m.txt_indent else "") + text if b.style != "docno" else ("  " * 8) + text)
            elif b.style == "right":
                out.append(" " * 30 + text)
            elif b.style in ("body", "head"):
                out.append(m.txt_indent + text)
            else:
                out.append(text)
            continue
        rows = ([[b.title]] if b.title else []) + [["" if v in (None, "^") else str(v) for v in r] for r in b.header] \
            + [["" if v is None else str(v) for v in r] for r in b.rows]
        if m.txt_table == "tab":
            for r in rows:
                cells = []
                for v in r:
                    if BRK in v:
                        v = '"' + v.replace(BRK, "\n") + '"'
                    cells.append(v)
                out.append("\t".join(cells))
        else:
            rows = [[v.replace(BRK, "") for v in r] for r in rows]
            body = rows[1:] if b.title else rows
            ncol = max(len(r) for r in body)
            wd = [0] * ncol
            for r in body:
                for i, v in enumerate(r):
                    wd[i] = max(wd[i], dwidth(v))
            if b.title:
                out.append(" " * 10 + rows[0][0])
            for r in body:
                out.append("  ".join(v + " " * (wd[i] - dwidth(v)) for i, v in enumerate(r)).rstrip())
        out.append("")
    text = m.newline.join(out) + m.newline
    with open(path, "wb") as f:
        f.write(text.encode(m.encoding))


# ----------------------------------------------------------------------------- spreadsheets
def render_xlsx(m: Model, path: str):
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    r0 = 1
    for b in m.blocks:
        if isinstance(b, P):
            ws.cell(r0, 1, b.text.replace(BRK, "\n"))
            r0 += 1
        elif isinstance(b, T):
            ncol = max(len(r) for r in (b.header + b.rows))
            if b.title:
                ws.cell(r0, 1, b.title).font = Font(bold=True, size=14)
                ws.merge_cells(start_row=r0, start_column=1, end_row=r0, end_column=ncol)
                ws.cell(r0, 1).alignment = Alignment(horizontal="center")
                r0 += 1
            for hi, hr in enumerate(b.header):
                for ci, v in enumerate(hr):
                    if v not in (None, "^"):
                        ws.cell(r0, ci + 1, v).font = Font(bold=True)
                ci = 0
                while ci < len(hr):
                    if hr[ci] not in (None, "^"):
                        cj = ci + 1
                        while cj < len(hr) and hr[cj] is None:
                            cj += 1
                        if cj - ci > 1:
                            ws.merge_cells(start_row=r0, start_column=ci + 1, end_row=r0, end_column=cj)
                        ci = cj
                    else:
                        ci += 1
                for ci, v in enumerate(hr):
                    if v == "^":
                        ws.merge_cells(start_row=r0 - 1, start_column=ci + 1, end_row=r0, end_column=ci + 1)
                r0 += 1
            for r in b.rows:
                for ci, v in enumerate(r):
                    if v is None:
                        continue
                    if isinstance(v, str) and BRK in v:
                        c = ws.cell(r0, ci + 1, v.replace(BRK, "\n"))
                        c.alignment = Alignment(wrap_text=True)
                    else:
                        ws.cell(r0, ci + 1, v)
                r0 += 1
            if b.widths:
                for ci, w in enumerate(b.widths):
                    ws.column_dimensions[openpyxl.utils.get_column_letter(ci + 1)].width = 4 + w * 4
            r0 += 1
    wb.properties.creator = m.author
    wb.save(path)


def render_csv(m: Model, path: str):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for b in m.blocks:
        if isinstance(b, P):
            w.writerow([b.text.replace(BRK, "\n")])
        elif isinstance(b, T):
            if b.title:
                w.writerow([b.title])
            for hr in b.header:
                w.writerow(["" if v in (None, "^") else v for v in hr])
            for r in b.rows:
                w.writerow(["" if v is None else str(v).replace(BRK, "\n") for v in r])
    with open(path, "wb") as f:
        f.write(buf.getvalue().encode(m.encoding))


def ensure_dir(p):
    os.makedirs(os.path.dirname(p), exist_ok=True)
