"""Writers that turn one abstract document (paragraphs and tables) into DOCX, PDF, TXT, XLSX or CSV.

A document is a list of blocks. A paragraph is ``P(text, style)``; ``\\n`` inside its text is a
hard line break the drafter typed (python-docx ``<w:br/>``, a new line in TXT, a forced line in PDF).
A table cell may hold ``\\n`` too: a value the drafter broke in a narrow cell.
"""
from __future__ import annotations

import csv
import io
import os
import zipfile
from dataclasses import dataclass, field

FIXED_DT = (2026, 11, 20, 9, 0, 0)


@dataclass
class P:
    text: str
    style: str = "body"   # title, subtitle, docno, body, plain, heading, right, marking, note, center, small


@dataclass
class Table:
    rows: list[list[str]]
    header_rows: int = 1
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)  # r0, c0, r1, c1 inclusive
    widths: list[float] | None = None
    font_size: float = 10.5
    lines: bool = True      # PDF: ruled grid, or text aligned by position only


# ---------------------------------------------------------------- DOCX
def _set_font(run, east: str, size: float | None = None, bold: bool = False, color=None):
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor
    run.font.name = "Times New Roman" if east != "黑体" else "黑体"
    rpr = run._element.get_or_add_rPr()
    rfonts = rpr.find(qn("w:rFonts"))
    if rfonts is None:
        rfonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, rfonts)
    rfonts.set(qn("w:eastAsia"), east)
    if size:
        run.font.size = Pt(size)
    run.bold = bold or None
    if color:
        run.font.color.rgb = RGBColor(*color)


STYLE_FONT = {
    "title": ("方正小标宋简体", 22, False), "subtitle": ("楷体_GB2312", 16, False),
    "docno": ("仿宋_GB2312", 16, False), "body": ("仿宋_GB2312", 16, False),
    "plain": ("仿宋_GB2312", 16, False), "heading": ("黑体", 16, False), "heading2": ("楷体_GB2312", 16, True),
    "right": ("仿宋_GB2312", 16, False), "marking": ("黑体", 16, False), "note": ("仿宋_GB2312", 16, False),
    "center": ("仿宋_GB2312", 16, False), "small": ("仿宋_GB2312", 14, False),
    "redhead": ("方正小标宋简体", 30, False), "tabletitle": ("黑体", 14, False),
}


def write_docx(path: str, blocks: list, author: str = "Administrator", title: str = "",
               header_text: str | None = None, footer_page: bool = True) -> None:
    from docx import Document
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt
    import datetime as dt

    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Mm(37), Mm(35), Mm(28), Mm(26)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.title = title
    cp.created = dt.datetime(2026, 11, 20, 9, 0, 0)
    cp.modified = dt.datetime(2026, 11, 20, 9, 0, 0)
    cp.revision = 1
    if header_text:
        hp = sec.header.paragraphs[0]
        hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
        _set_font(hp.add_run(header_text), "黑体", 12)
    if footer_page:
        fp = sec.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = fp.add_run("— ")
        _set_font(r, "宋体", 14)
        r2 = fp.add_run()
        for tag, attr in (("w:fldChar", {"w:fldCharType": "begin"}), ("w:instrText", None),
                          ("w:fldChar", {"w:fldCharType": "end"})):
            el = OxmlElement(tag)
            if attr:
                for k, v in attr.items():
                    el.set(qn(k), v)
            else:
                el.set(qn("xml:space"), "preserve")
                el.text = " PAGE "
            r2._element.append(el)
        _set_font(fp.add_run(" —"), "宋体", 14)

    for b in blocks:
        if isinstance(b, Table):
            _docx_table(doc, b, WD_TABLE_ALIGNMENT, Pt, qn, OxmlElement)
            continue
        p = doc.add_paragraph()
        east, size, bold = STYLE_FONT.get(b.style, STYLE_FONT["body"])
        pf = p.paragraph_format
        pf.space_before = Pt(0)
        pf.space_after = Pt(0)
        pf.keep_together = True
        pf.line_spacing = Pt(28 if size >= 16 else 22)
        if b.style in ("title", "redhead", "subtitle", "docno", "center", "tabletitle"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif b.style == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            pf.right_indent = Pt(64)
        elif b.style in ("body", "heading", "heading2", "note", "small"):
            pf.first_line_indent = Pt(size * 2)
        color = (0xE0, 0, 0) if b.style == "redhead" else None
        parts = b.text.split("\n")
        run = None
        for i, part in enumerate(parts):
            run = p.add_run(part)
            _set_font(run, east, size, bold, color)
            if i < len(parts) - 1:
                run.add_break()
    doc.save(path)
    normalize_zip(path)


def _docx_table(doc, t: Table, WD_TABLE_ALIGNMENT, Pt, qn, OxmlElement):
    from docx.shared import Mm
    ncol = max(len(r) for r in t.rows)
    table = doc.add_table(rows=len(t.rows), cols=ncol)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = t.widths or [1] * ncol
    total = sum(widths)
    for (r0, c0, r1, c1) in t.merges:
        table.cell(r0, c0).merge(table.cell(r1, c1))
    cells = table._cells          # computed once: table.cell() recomputes the grid on every call
    covered = set()
    for (r0, c0, r1, c1) in t.merges:
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                if (r, c) != (r0, c0):
                    covered.add((r, c))
    for ri, row in enumerate(t.rows):
        tr = table.rows[ri]._tr
        trpr = tr.get_or_add_trPr()
        trpr.append(OxmlElement("w:cantSplit"))   # a row never breaks across pages
        if ri < t.header_rows:
            trpr.append(OxmlElement("w:tblHeader"))
        for ci in range(ncol):
            if (ri, ci) in covered:
                continue
            cell = cells[ri * ncol + ci]
            cell.width = Mm(156 * widths[ci] / total)
            text = row[ci] if ci < len(row) else ""
            p = cell.paragraphs[0]
            for extra in cell.paragraphs[1:]:
                extra._element.getparent().remove(extra._element)
            p.paragraph_format.space_after = Pt(0)
            parts = text.split("\n")
            for i, part in enumerate(parts):
                run = p.add_run(part)
                _set_font(run, "黑体" if ri < t.header_rows else "仿宋_GB2312", t.font_size)
                if i < len(parts) - 1:
                    run.add_break()
    doc.add_paragraph()


def normalize_zip(path: str) -> None:
    """Rewrite an OOXML zip with fixed timestamps so the bytes do not depend on the clock."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path + ".tmp", "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            if name == "docProps/core.xml":   # openpyxl stamps the save time here
                import re
                data = re.sub(rb"(<dcterms:(?:modified|created)[^>]*>)[^<]*(<)", rb"\g<1>2026-11-20T09:00:00Z\2", data)
            zi = zipfile.ZipInfo(name, FIXED_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    os.replace(path + ".tmp", path)


# ---------------------------------------------------------------- PDF (PyMuPDF)
class _PdfWriter:
    W, H = 595.0, 842.0
    L, R, T, B = 79.0, 74.0, 100.0, 90.0

    def __init__(self, body_size: float = 15.0):
        import pymupdf
        self.pymupdf = pymupdf
        self.doc = pymupdf.open()
        self.font = pymupdf.Font("cjk")
        self.body = body_size
        self._cw = {}
        self.page = None
        self.tw = None
        self.y = 0.0
        self.pages = 0
        self.new_page()

    def new_page(self):
        if self.page is not None:
            self.flush()
        self.page = self.doc.new_page(width=self.W, height=self.H)
        self.pages += 1
        self.tw = self.pymupdf.TextWriter(self.page.rect)
        self.tw_red = self.pymupdf.TextWriter(self.page.rect, color=(0.85, 0, 0))
        self.y = self.T

    def flush(self):
        self.tw_red.write_text(self.page)
        self.tw.write_text(self.page)
        num = f"- {self.pages} -"
        tw = self.pymupdf.TextWriter(self.page.rect)
        w = self.font.text_length(num, fontsize=12)
        tw.append(((self.W - w) / 2, self.H - 50), num, font=self.font, fontsize=12)
        tw.write_text(self.page)

    def width(self, s: str, size: float) -> float:
        if len(s) == 1:
            w = self._cw.get(s)
            if w is None:
                w = self._cw[s] = self.font.text_length(s, fontsize=1.0)
            return w * size
        return sum(self.width(c, size) for c in s)

    def wrap(self, text: str, size: float, maxw: float, indent: float = 0.0) -> list[str]:
        lines = []
        for k, hard in enumerate(text.split("\n")):
            avail = maxw - (indent if k == 0 else 0.0)
            cur, curw = "", 0.0
            for ch in hard:
                cw = self.width(ch, size)
                if curw + cw > avail + 0.01 and cur:
                    lines.append(cur)
                    cur, curw, avail = "", 0.0, maxw
                cur += ch
                curw += cw
            lines.append(cur)
        return lines

    def para(self, text: str, style: str):
        size = {"title": 20, "redhead": 26, "subtitle": 15, "heading": 15, "small": 12,
                "tabletitle": 14}.get(style, self.body)
        maxw = self.W - self.L - self.R
        indent = size * 2 if style in ("body", "heading", "heading2", "note", "small") else 0.0
        lines = self.wrap(text, size, maxw, indent)
        lead = size * 1.75
        if self.y + lead * len(lines) > self.H - self.B and lead * len(lines) < self.H - self.B - self.T:
            self.new_page()          # keep a paragraph's lines together, as offices set it
        for i, line in enumerate(lines):
            if self.y + lead > self.H - self.B:
                self.new_page()
            x = self.L + (indent if i == 0 else 0)
            w = self.width(line, size)
            if style in ("title", "redhead", "subtitle", "docno", "center", "tabletitle"):
                x = (self.W - w) / 2
            elif style == "right":
                x = self.W - self.R - 48 - w
            tw = self.tw_red if style == "redhead" else self.tw
            tw.append((x, self.y + size), line, font=self.font, fontsize=size)
            self.y += lead

    def table(self, t: Table):
        ncol = max(len(r) for r in t.rows)
        widths = t.widths or [1] * ncol
        total_w = self.W - self.L - self.R
        colw = [total_w * w / sum(widths) for w in widths]
        xs = [self.L]
        for w in colw:
            xs.append(xs[-1] + w)
        size = t.font_size
        pad = 2.5
        lead = size * 1.3
        covered = {}
        for (r0, c0, r1, c1) in t.merges:
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    covered[(r, c)] = (r0, c0, r1, c1)
        # line-wrap each cell (merged cells use the joint width)
        cell_lines = {}
        for ri, row in enumerate(t.rows):
            for ci in range(ncol):
                m = covered.get((ri, ci))
                if m and (ri, ci) != (m[0], m[1]):
                    continue
                c1 = m[3] if m else ci
                width = xs[c1 + 1] - xs[ci] - 2 * pad
                text = row[ci] if ci < len(row) else ""
                cell_lines[(ri, ci)] = self.wrap(text, size, width)
        heights = []
        for ri, row in enumerate(t.rows):
            h = 0
            for ci in range(ncol):
                m = covered.get((ri, ci))
                if (ri, ci) in cell_lines and not (m and m[2] > ri):
                    h = max(h, len(cell_lines[(ri, ci)]) * lead + 2 * pad)
            heights.append(max(h, lead + 2 * pad))
        shape = self.page.new_shape() if t.lines else None
        header = list(range(t.header_rows))

        def draw_row(ri, y):
            for ci in range(ncol):
                m = covered.get((ri, ci))
                if m and (ri, ci) != (m[0], m[1]):
                    continue
                r1 = m[2] if m else ri
                c1 = m[3] if m else ci
                h = sum(heights[ri:r1 + 1])
                lines = cell_lines[(ri, ci)]
                ty = y + pad + (h - 2 * pad - len(lines) * lead) / 2
                for ln in lines:
                    w = self.width(ln, size)
                    cx = xs[ci] + pad if (ri >= t.header_rows and w > 0 and not t.lines) else \
                        xs[ci] + (xs[c1 + 1] - xs[ci] - w) / 2
                    self.tw.append((cx, ty + size), ln, font=self.font, fontsize=size)
                    ty += lead
                if shape is not None:
                    shape.draw_rect(self.pymupdf.Rect(xs[ci], y, xs[c1 + 1], y + h))

        for ri in range(len(t.rows)):
            m_rows = max((covered[(ri, c)][2] for c in range(ncol) if (ri, c) in covered), default=ri)
            block_h = sum(heights[ri:m_rows + 1])
            if self.y + block_h > self.H - self.B and ri >= t.header_rows:
                if shape is not None:
                    shape.finish(color=(0, 0, 0), width=0.6)
                    shape.commit()
                self.new_page()
                shape = self.page.new_shape() if t.lines else None
                for hr in header:      # repeat the header rows on each page
                    draw_row(hr, self.y)
                    self.y += heights[hr]
            draw_row(ri, self.y)
            self.y += heights[ri]
        if shape is not None:
            shape.finish(color=(0, 0, 0), width=0.6)
            shape.commit()
        self.y += lead

    def save(self, path: str, title: str, author: str):
        self.flush()
        self.doc.set_metadata({"title": title, "author": author, "creator": "WPS 文字",
                               "producer": "PyMuPDF", "creationDate": "D:20261120090000+08'00'",
                               "modDate": "D:20261120090000+08'00'"})
        self.doc.save(path, garbage=3, deflate=True, no_new_id=True)


def write_pdf_mupdf(path: str, blocks: list, title: str = "", author: str = "") -> None:
    w = _PdfWriter()
    for b in blocks:
        if isinstance(b, Table):
            w.table(b)
        else:
            w.para(b.text, b.style)
    w.save(path, title, author)


# ---------------------------------------------------------------- PDF (ReportLab)
def write_pdf_reportlab(path: str, blocks: list, title: str = "", author: str = "") -> None:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer
    from reportlab.platypus import Table as RLTable
    from reportlab.platypus import TableStyle
    from reportlab import rl_config
    rl_config.invariant = 1
    try:
        pdfmetrics.getFont("STSong-Light")
    except KeyError:
        pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    F = "STSong-Light"

    def st(size, align=TA_LEFT, indent=0.0, lead=None):
        return ParagraphStyle("s%d%d" % (size, align), fontName=F, fontSize=size, leading=lead or size * 1.7,
                              alignment=align, firstLineIndent=indent, wordWrap="CJK")
    styles = {
        "title": st(20, TA_CENTER), "redhead": st(24, TA_CENTER), "subtitle": st(15, TA_CENTER),
        "docno": st(15, TA_CENTER), "center": st(15, TA_CENTER), "tabletitle": st(14, TA_CENTER),
        "body": st(15, indent=30), "heading": st(15, indent=30), "heading2": st(15, indent=30),
        "note": st(15, indent=30), "small": st(12, indent=24), "plain": st(15),
        "right": st(15, TA_RIGHT), "marking": st(15),
    }

    def esc(s):
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br/>")
    story = []
    for b in blocks:
        if isinstance(b, Table):
            cs = st(b.font_size, TA_CENTER, lead=b.font_size * 1.3)
            data = [[Paragraph(esc(c), cs) for c in row] for row in b.rows]
            ncol = max(len(r) for r in b.rows)
            widths = b.widths or [1] * ncol
            tot = 160 * mm
            t = RLTable(data, colWidths=[tot * w / sum(widths) for w in widths], repeatRows=b.header_rows)
            cmds = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2)]
            if b.lines:
                cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            for (r0, c0, r1, c1) in b.merges:
                cmds.append(("SPAN", (c0, r0), (c1, r1)))
            t.setStyle(TableStyle(cmds))
            story.append(t)
            story.append(Spacer(1, 8))
        else:
            story.append(KeepTogether([Paragraph(esc(b.text) or "&nbsp;", styles.get(b.style, styles["body"]))]))

    def page_no(canvas, doc):
        canvas.setFont(F, 12)
        canvas.drawCentredString(A4[0] / 2, 15 * mm, "- %d -" % doc.page)
    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=28 * mm, rightMargin=26 * mm, topMargin=37 * mm,
                          bottomMargin=35 * mm, title=title, author=author, creator="Microsoft Word")
    d.build(story, onFirstPage=page_no, onLaterPages=page_no)


# ---------------------------------------------------------------- TXT
def _dispw(s: str) -> int:
    return sum(2 if ord(c) > 0x2E80 else 1 for c in s)


def txt_text(blocks: list, table_style: str = "tsv", indent: str = "　　") -> str:
    out = []
    for b in blocks:
        if isinstance(b, Table):
            rows = b.rows
            if table_style == "tsv":
                for r in rows:
                    out.append("\t".join(c.replace("\n", "") for c in r))
            else:  # aligned with spaces, as copied from a fixed-width printout
                ncol = max(len(r) for r in rows)
                w = [max(_dispw(r[c].replace("\n", "")) if c < len(r) else 0 for r in rows) for c in range(ncol)]
                for r in rows:
                    cells = []
                    for c in range(ncol):
                        v = r[c].replace("\n", "") if c < len(r) else ""
                        cells.append(v + " " * (w[c] - _dispw(v)))
                    out.append("  ".join(cells).rstrip())
            out.append("")
            continue
        t = b.text
        if b.style in ("body", "heading", "heading2", "note", "small"):
            t = indent + t
        elif b.style in ("title", "subtitle", "docno", "center", "redhead", "tabletitle"):
            t = " " * max(0, (60 - _dispw(t)) // 2) + t
        elif b.style == "right":
            t = " " * max(0, 56 - _dispw(t)) + t
        out.append(t)
    return "\n".join(out) + "\n"


def write_txt(path: str, blocks: list, encoding: str = "utf-8", newline: str = "\n",
              table_style: str = "tsv", indent: str = "　　") -> None:
    text = txt_text(blocks, table_style, indent)
    if newline != "\n":
        text = text.replace("\n", newline)
    with open(path, "wb") as f:
        f.write(text.encode(encoding))


# ---------------------------------------------------------------- XLSX / CSV
def write_xlsx(path: str, title: str, t: Table, sheet: str = "Sheet1", notes: list[str] | None = None,
               author: str = "Administrator") -> None:
    import datetime as dt
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    wb.properties.creator = author
    wb.properties.created = dt.datetime(2026, 11, 20, 9, 0, 0)
    wb.properties.modified = dt.datetime(2026, 11, 20, 9, 0, 0)
    ncol = max(len(r) for r in t.rows)
    ws.cell(row=1, column=1, value=title).font = Font(name="宋体", size=16, bold=True)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=ncol)
    ws.cell(row=1, column=1).alignment = Alignment(horizontal="center")
    thin = Side(style="thin")
    for ri, row in enumerate(t.rows):
        for ci, v in enumerate(row):
            c = ws.cell(row=ri + 2, column=ci + 1, value=v if v != "" else None)
            c.number_format = "@"
            c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            c.font = Font(name="宋体", size=11, bold=ri < t.header_rows)
            if "\n" in v:
                c.alignment = Alignment(wrap_text=True)
    for (r0, c0, r1, c1) in t.merges:
        ws.merge_cells(start_row=r0 + 2, start_column=c0 + 1, end_row=r1 + 2, end_column=c1 + 1)
    widths = t.widths or [1] * ncol
    for ci, w in enumerate(widths):
        ws.column_dimensions[get_column_letter(ci + 1)].width = max(6, 4.5 * w)
    r = len(t.rows) + 3
    for n in notes or []:
        ws.cell(row=r, column=1, value=n)
        r += 1
    wb.save(path)
    normalize_zip(path)


def write_csv(path: str, title: str | None, t: Table, encoding: str = "gb18030", notes=None) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    ncol = max(len(r) for r in t.rows)
    if title:
        w.writerow([title] + [""] * (ncol - 1))
    for row in t.rows:
        w.writerow(row)
    for n in notes or []:
        w.writerow([n])
    with open(path, "wb") as f:
        f.write(buf.getvalue().encode(encoding))


# ---------------------------------------------------------------- LibreOffice
def soffice_convert(paths: list[str], target: str, outdir: str) -> None:
    """Convert files with a headless LibreOffice in one batch (target: 'pdf' or 'docx')."""
    import subprocess
    import tempfile
    if not paths:
        return
    with tempfile.TemporaryDirectory(prefix="dev-corpus-lo-") as prof:
        cmd = ["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--norestore",
               "--convert-to", target if target == "pdf" else 'docx:MS Word 2007 XML',
               "--outdir", outdir, *paths]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
