"""Renderers: DOCX (python-docx), PDF (reportlab / pymupdf), TXT, XLSX, CSV."""
import csv
import io
import os
import unicodedata


ASCII_W = [0.56]


def cw(ch, size):
    if ch == "\t":
        return size * 2
    ea = unicodedata.east_asian_width(ch)
    return size if ea in ("W", "F") else size * ASCII_W[0]


def sw(s, size):
    return sum(cw(c, size) for c in s)


def dispw(s):
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in s)


def register_breaks(doc, text, breaks):
    """text was split at the given positions; record labelled values crossing a break."""
    if not breaks:
        return
    for v in doc.items:
        if len(v) < 2:
            continue
        start = 0
        while True:
            i = text.find(v, start)
            if i < 0:
                break
            inner = [b for b in breaks if i < b < i + len(v)]
            if inner:
                parts, last = [], i
                for b in inner + [i + len(v)]:
                    parts.append(text[last:b].strip())
                    last = b
                doc.splits.setdefault(v, []).append([x for x in parts if x])
            start = i + 1


def protected_spans(doc, text):
    spans = []
    for v in doc.items:
        if len(v) < 2 or len(v) > 30:
            continue
        start = 0
        while True:
            i = text.find(v, start)
            if i < 0:
                break
            spans.append((i, i + len(v)))
            start = i + 1
    return spans


def wrap(doc, text, maxw, size, first_indent=0.0, protect=True):
    """returns list of lines; registers unprotected breaks."""
    lines, breaks = [], []
    spans = protected_spans(doc, text) if protect else []
    pos, n = 0, len(text)
    avail = maxw - first_indent
    while pos < n:
        w, j = 0.0, pos
        while j < n and w + cw(text[j], size) <= avail:
            w += cw(text[j], size)
            j += 1
        if j >= n:
            lines.append(text[pos:])
            break
        if j == pos:
            j = pos + 1
        # avoid breaking inside a protected span
        for a, b in spans:
            if a < j < b and a > pos:
                j = a
                break
        # keep closing punctuation on the line
        while j < n and text[j] in "，。；、：）》”" and j - pos > 1:
            j -= 1
        lines.append(text[pos:j])
        breaks.append(j)
        pos = j
        avail = maxw
    register_breaks(doc, text, breaks)
    return lines


# ------------------------------------------------------------------ DOCX
def render_docx(doc, path, rng, variant=None):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    variant = variant or {}
    d = Document()
    body_font = variant.get("font", rng.choice(["仿宋_GB2312", "仿宋", "宋体", "FangSong"]))
    size = variant.get("size", rng.choice([16, 16, 14, 12]))
    st = d.styles["Normal"]
    st.font.name = body_font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), body_font)
    if variant.get("autospace_off", True):
        pPr = st.element.get_or_add_pPr()
        for tag in ("w:autoSpaceDE", "w:autoSpaceDN"):
            el = OxmlElement(tag)
            el.set(qn("w:val"), "0")
            pPr.append(el)
    sec = d.sections[0]
    sec.top_margin, sec.bottom_margin = Cm(3.7), Cm(3.5)
    sec.left_margin, sec.right_margin = Cm(2.8), Cm(2.6)
    if variant.get("landscape"):
        from docx.enum.section import WD_ORIENT
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = sec.page_height, sec.page_width
        sec.left_margin = sec.right_margin = Cm(1.8)
        sec.top_margin = sec.bottom_margin = Cm(2.0)
    if variant.get("header"):
        sec.header.paragraphs[0].text = variant["header"]
    if doc.header_text:
        sec.header.paragraphs[0].text = doc.header_text
    if doc.footer_text:
        sec.footer.paragraphs[0].text = doc.footer_text
    split_runs = variant.get("split_runs", rng.random() < 0.4)

    def add_text(par, text, bold=False, font=None, fsize=None):
        chunks = [text]
        if split_runs and len(text) > 12:
            cuts = sorted(rng.sample(range(1, len(text)), min(3, len(text) - 1)))
            chunks, last = [], 0
            for c in cuts + [len(text)]:
                chunks.append(text[last:c])
                last = c
        for ch in chunks:
            segs = ch.split("\n")
            for k, seg in enumerate(segs):
                if k:
                    par.add_run().add_break()
                if not seg:
                    continue
                run = par.add_run(seg)
                run.bold = bold
                if font:
                    run.font.name = font
                    run._element.rPr.rFonts.set(qn("w:eastAsia"), font)
                if fsize:
                    run.font.size = Pt(fsize)

    for b in doc.blocks:
        if b[0] == "p":
            text, o = b[1], b[2]
            par = d.add_paragraph()
            if o.get("title"):
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                add_text(par, text, bold=variant.get("title_bold", False),
                         font=variant.get("title_font", "方正小标宋简体"), fsize=o.get("size", 22))
            else:
                if o.get("align") == "right":
                    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                elif o.get("align") == "center":
                    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                elif o.get("indent", True) and text and not o.get("noindent"):
                    par.paragraph_format.first_line_indent = Pt(size * 2)
                add_text(par, text, bold=o.get("bold", False), font=o.get("font"),
                         fsize=o.get("size"))
        else:
            rows, o = b[1], b[2]
            ncols = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncols)
            t.style = "Table Grid"
            fs = Pt(o.get("font_size", 10.5 if ncols > 6 else 12))
            for r, (vals, row) in enumerate(zip(rows, t.rows)):
                cells = row.cells
                for c in range(ncols):
                    v = vals[c] if c < len(vals) else ""
                    cell = cells[c]
                    par = cell.paragraphs[0]
                    run = par.add_run(v)
                    run.font.size = fs
                    if r < o.get("header_rows", 1):
                        run.bold = True
                        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for (r0, c0, r1, c1) in o.get("merges", []):
                keep = rows[r0][c0]
                m = t.cell(r0, c0).merge(t.cell(r1, c1))
                for par in m.paragraphs[1:]:
                    par._element.getparent().remove(par._element)
                for run in m.paragraphs[0].runs[1:]:
                    run._element.getparent().remove(run._element)
                if m.paragraphs[0].runs:
                    m.paragraphs[0].runs[0].text = keep
            for row in t.rows:
                trPr = row._tr.get_or_add_trPr()
                el = OxmlElement("w:cantSplit")
                el.set(qn("w:val"), "true")
                trPr.append(el)
            if o.get("repeat_header"):
                for r in range(o.get("header_rows", 1)):
                    trPr = t.rows[r]._tr.get_or_add_trPr()
                    el = OxmlElement("w:tblHeader")
                    el.set(qn("w:val"), "true")
                    trPr.append(el)
    d.core_properties.author = variant.get("author", "")
    d.core_properties.title = ""
    d.save(path)


# ------------------------------------------------------------------ PDF
class RLBackend:
    def __init__(self, path, pagesize):
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont
        from reportlab.pdfgen import canvas
        try:
            pdfmetrics.getFont("STSong-Light")
        except KeyError:
            pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
        self.c = canvas.Canvas(path, pagesize=pagesize, invariant=1)
        self.H = pagesize[1]

    def text(self, x, y, s, size):
        self.c.setFont("STSong-Light", size)
        self.c.drawString(x, self.H - y - size * 0.85, s)

    def line(self, x0, y0, x1, y1):
        self.c.setLineWidth(0.6)
        self.c.line(x0, self.H - y0, x1, self.H - y1)

    def new_page(self):
        self.c.showPage()

    def save(self):
        self.c.save()


class MuBackend:
    def __init__(self, path, pagesize, fontfile=None):
        import pymupdf
        self.pymupdf = pymupdf
        self.path = path
        self.d = pymupdf.open()
        self.ps = pagesize
        self.font = pymupdf.Font("cjk")
        self.page = None
        self.tw = None
        self.new_page()

    def _flush(self):
        if self.tw is not None:
            self.tw.write_text(self.page)

    def new_page(self):
        self._flush()
        self.page = self.d.new_page(width=self.ps[0], height=self.ps[1])
        self.tw = self.pymupdf.TextWriter(self.page.rect)

    def text(self, x, y, s, size):
        self.tw.append((x, y + size * 0.88), s, font=self.font, fontsize=size)

    def line(self, x0, y0, x1, y1):
        self.page.draw_line((x0, y0), (x1, y1), width=0.6)

    def save(self):
        self._flush()
        self.d.set_metadata({"producer": "", "creator": ""})
        self.d.subset_fonts()
        self.d.save(self.path, garbage=3, deflate=True)


def render_pdf(doc, path, rng, producer="reportlab", variant=None):
    variant = variant or {}
    landscape = variant.get("landscape", False)
    ps = (842, 595) if landscape else (595, 842)
    ASCII_W[0] = 0.56
    if producer == "reportlab":
        be = RLBackend(path, ps)
    else:
        be = MuBackend(path, ps, fontfile=variant.get("fontfile"))
    ml, mr, mt, mb = (50, 50, 50, 50) if landscape else (72, 66, 78, 72)
    W = ps[0] - ml - mr
    size = variant.get("size", rng.choice([12, 12.5, 13, 14]))
    grid = variant.get("grid", True)
    y = mt
    bottom = ps[1] - mb
    pageno = [1]

    def footer():
        if variant.get("page_numbers", True):
            s = "— %d —" % pageno[0]
            be.text(ps[0] / 2 - sw(s, 10) / 2, ps[1] - mb / 2, s, 10)

    def newpage():
        nonlocal y
        footer()
        be.new_page()
        pageno[0] += 1
        y = mt

    for b in doc.blocks:
        if b[0] == "p":
            text, o = b[1], b[2]
            if not text:
                y += size * 0.8
                continue
            fs = o.get("size", 20) if o.get("title") else o.get("size", size)
            if o.get("title"):
                fs = min(fs, 20)
            for seg in text.split("\n"):
                indent = 0 if (o.get("title") or o.get("align") or o.get("noindent") or
                               not o.get("indent", True)) else fs * 2
                lines = wrap(doc, seg, W, fs, first_indent=indent)
                for k, ln in enumerate(lines):
                    if y + fs * 1.6 > bottom:
                        newpage()
                    lw = sw(ln, fs)
                    if o.get("title") or o.get("align") == "center":
                        x = ml + (W - lw) / 2
                    elif o.get("align") == "right":
                        x = ml + W - lw
                    else:
                        x = ml + (indent if k == 0 else 0)
                    be.text(x, y, ln, fs)
                    y += fs * (1.75 if o.get("title") else 1.55)
            if o.get("title"):
                y += fs * 0.3
        else:
            rows, o = b[1], b[2]
            ncols = max(len(r) for r in rows)
            fs = o.get("pdf_font", 8.5 if ncols > 7 else 9.5)
            rel = o.get("widths") or [max(dispw(r[c]) if c < len(r) else 1 for r in rows[:60]) + 2
                                      for c in range(ncols)]
            tot = sum(rel)
            widths = [W * r_ / tot for r_ in rel]
            if o.get("narrow"):
                # squeeze requested columns so values wrap in the cell
                for c, frac in o["narrow"].items():
                    take = widths[c] * (1 - frac)
                    widths[c] -= take
                    others = [k for k in range(ncols) if k not in o["narrow"]]
                    for k in others:
                        widths[k] += take / len(others)
            xs = [ml]
            for w_ in widths:
                xs.append(xs[-1] + w_)
            hdr_n = o.get("header_rows", 1)
            merges = o.get("merges", [])

            def draw_row(vals, r_index, is_header):
                nonlocal y
                cell_lines = []
                for c in range(ncols):
                    v = vals[c] if c < len(vals) else ""
                    covered = any(r0 <= r_index <= r1 and c0 <= c <= c1 and (r_index, c) != (r0, c0)
                                  for (r0, c0, r1, c1) in merges) if is_header else False
                    if covered:
                        cell_lines.append([])
                        continue
                    span_w = widths[c]
                    if is_header:
                        for (r0, c0, r1, c1) in merges:
                            if (r0, c0) == (r_index, c):
                                span_w = xs[c1 + 1] - xs[c0]
                    cell_lines.append(wrap(doc, v, span_w - 4, fs, protect=False) if v else [])
                nl = max(1, max(len(x) for x in cell_lines))
                h = nl * fs * 1.3 + 4
                if y + h > bottom:
                    return False
                for c, lines in enumerate(cell_lines):
                    for k, ln in enumerate(lines):
                        be.text(xs[c] + 2, y + 2 + k * fs * 1.3, ln, fs)
                if grid:
                    be.line(xs[0], y, xs[-1], y)
                    be.line(xs[0], y + h, xs[-1], y + h)
                    for x in xs:
                        be.line(x, y, x, y + h)
                y += h
                return True

            r = 0
            while r < len(rows):
                is_h = r < hdr_n
                if not draw_row(rows[r], r, is_h):
                    newpage()
                    if o.get("repeat_header", True) and not is_h:
                        for hr in range(hdr_n):
                            draw_row(rows[hr], hr, True)
                    continue
                r += 1
            y += size * 0.6
    footer()
    be.save()
    ASCII_W[0] = 0.56


# ------------------------------------------------------------------ TXT
def render_txt(doc, path, rng, variant=None):
    variant = variant or {}
    style = variant.get("table_style", rng.choice(["tab", "space"]))
    indent = variant.get("indent", rng.choice(["", "　　", "    "]))
    out = []
    for b in doc.blocks:
        if b[0] == "p":
            text, o = b[1], b[2]
            if o.get("title") or o.get("align") or o.get("noindent") or not text:
                out.append(text)
            else:
                out.append(indent + text)
        else:
            rows = b[1]
            if style == "tab":
                for r in rows:
                    out.append("\t".join(r))
            else:
                ncols = max(len(r) for r in rows)
                wd = [max(dispw(r[c]) if c < len(r) else 0 for r in rows) for c in range(ncols)]
                for r in rows:
                    cells = []
                    for c in range(ncols):
                        v = r[c] if c < len(r) else ""
                        cells.append(v + " " * (wd[c] - dispw(v)))
                    out.append("  ".join(cells).rstrip())
    text = "\n".join(out) + "\n"
    nl = variant.get("newline", "\n")
    if nl != "\n":
        text = text.replace("\n", nl)
    enc = variant.get("encoding", "utf-8")
    with open(path, "wb") as f:
        f.write(text.encode(enc))


# ------------------------------------------------------------------ XLSX / CSV
def render_xlsx(doc, path, rng, variant=None):
    import openpyxl
    from openpyxl.styles import Alignment, Font
    variant = variant or {}
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = variant.get("sheet", "Sheet1")
    row = 1
    ncols = max(max(len(r) for r in b[1]) for b in doc.blocks if b[0] == "table")
    int_cols = variant.get("int_cols", [])
    for b in doc.blocks:
        if b[0] == "p":
            if not b[1]:
                continue
            ws.cell(row=row, column=1, value=b[1])
            if b[2].get("title"):
                ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncols)
                ws.cell(row=row, column=1).font = Font(bold=True, size=16)
                ws.cell(row=row, column=1).alignment = Alignment(horizontal="center")
            row += 1
        else:
            rows, o = b[1], b[2]
            base = row
            for r, vals in enumerate(rows):
                for c, v in enumerate(vals):
                    if r >= o.get("header_rows", 1) and c in int_cols and v.isdigit():
                        ws.cell(row=row, column=c + 1, value=int(v))
                    else:
                        ws.cell(row=row, column=c + 1, value=v)
                row += 1
            for (r0, c0, r1, c1) in o.get("merges", []):
                ws.merge_cells(start_row=base + r0, start_column=c0 + 1, end_row=base + r1,
                               end_column=c1 + 1)
    for c in range(ncols):
        ws.column_dimensions[openpyxl.utils.get_column_letter(c + 1)].width = 16
    wb.save(path)


def render_csv(doc, path, rng, variant=None):
    variant = variant or {}
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for b in doc.blocks:
        if b[0] == "p":
            if b[1]:
                w.writerow([b[1]])
        else:
            for r in b[1]:
                w.writerow(r)
    enc = variant.get("encoding", "utf-8-sig")
    with open(path, "wb") as f:
        f.write(buf.getvalue().encode(enc))
