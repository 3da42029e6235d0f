"""Document model and the DOCX / PDF / TXT / XLSX / CSV writers of corpus F."""

from __future__ import annotations

import csv
import io
import random
import unicodedata
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
import openpyxl
from openpyxl.styles import Alignment, Font
import pymupdf


class Doc:
    def __init__(self, name: str, kind: str, fmt: str, attribute: str, note: str = ""):
        self.name, self.kind, self.fmt, self.attribute, self.note = name, kind, fmt, attribute, note
        self.blocks: list[tuple] = []
        self.items: list[dict] = []
        self.marking: dict | None = None
        self.header: str | None = None
        self.footer: str | None = None
        self.split_runs = False
        self.crlf = False
        self.bom = False
        self.txt_table = "tab"
        self.landscape = False
        self.csv_bom = True
        self.numeric_cells = False
        self._seen: dict[tuple[str, str], str] = {}

    # values ------------------------------------------------------------------------------
    def v(self, typ: str, value: str, expect: str = "redact") -> str:
        value = str(value)
        key = (typ, value)
        for (t, val), e in self._seen.items():
            if val == value and e != expect:
                raise ValueError(f"{self.name}: {value} labelled both {e} and {expect}")
        if key not in self._seen:
            self._seen[key] = expect
            self.items.append({"type": typ, "value": value, "expect": expect})
        return value

    def k(self, typ: str, value: str) -> str:
        return self.v(typ, value, "keep")

    # blocks ------------------------------------------------------------------------------
    def p(self, text: str, style: str = "body") -> None:
        self.blocks.append(("p", text, style))

    def table(self, rows, header_rows: int = 1, merges=(), sheet: str | None = None, hidden_cols=(),
              hidden: bool = False, title: str | None = None) -> None:
        self.blocks.append(("table", [list(r) for r in rows], dict(header_rows=header_rows, merges=list(merges),
                                                                    sheet=sheet, hidden_cols=list(hidden_cols),
                                                                    hidden=hidden, title=title)))

    def footnote(self, text: str, note: str, style: str = "body") -> None:
        """A paragraph whose footnote holds ``note`` (DOCX: a real footnote; elsewhere: a 注 line)."""
        self.blocks.append(("footnote", (text, note), style))

    def textbox(self, text: str) -> None:
        self.blocks.append(("textbox", text, None))

    def label(self) -> dict:
        return {"file": f"{self.fmt_dir()}/{self.name}", "kind": self.kind, "format_extra": False,
                "items": self.items, "marking": self.marking, "attribute": self.attribute, "note": self.note}

    def fmt_dir(self) -> str:
        return {"docx": "docx", "pdf": "pdf", "txt": "txt", "xlsx": "sheets", "csv": "sheets"}[self.fmt]


# --- DOCX ----------------------------------------------------------------------------------

def _runs(par, text: str, rng: random.Random, split: bool, bold: bool = False, size: float | None = None):
    if not split or len(text) < 6:
        r = par.add_run(text)
        r.bold = bold or None
        if size:
            r.font.size = Pt(size)
        return
    cuts = sorted(rng.sample(range(1, len(text)), min(len(text) - 1, rng.randint(2, 6))))
    prev = 0
    for i, c in enumerate(cuts + [len(text)]):
        r = par.add_run(text[prev:c])
        prev = c
        if bold:
            r.bold = True
        if size:
            r.font.size = Pt(size)
        if i % 2:
            # a different (but invisible) property so that Word keeps the runs apart
            r.font.name = "仿宋_GB2312"
            r._element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
        if i % 3 == 2:
            r.font.color.rgb = None
            rpr = r._element.get_or_add_rPr()
            rpr.append(parse_xml(f'<w:lang {nsdecls("w")} w:eastAsia="zh-CN"/>'))


def write_docx(doc: Doc, path: Path, rng: random.Random) -> None:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "仿宋_GB2312"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    st.font.size = Pt(14)
    sec = d.sections[0]
    if doc.header:
        sec.header.paragraphs[0].text = doc.header
    if doc.footer:
        fp = sec.footer.paragraphs[0]
        fp.text = doc.footer
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    notes: list[str] = []
    for kind, content, opts in doc.blocks:
        if kind == "footnote":
            text, note = content
            notes.append(note)
            par = d.add_paragraph()
            par.paragraph_format.first_line_indent = Pt(28)
            _runs(par, text, rng, doc.split_runs)
            ref = parse_xml(f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                            f'<w:footnoteReference w:id="{len(notes)}"/></w:r>')
            par._element.append(ref)
            continue
        if kind == "p":
            style = opts
            par = d.add_paragraph()
            if style == "title":
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                _runs(par, content, rng, doc.split_runs, bold=True, size=20)
            elif style == "center":
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                _runs(par, content, rng, doc.split_runs)
            elif style == "right":
                par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                _runs(par, content, rng, doc.split_runs)
            elif style == "plain":
                _runs(par, content, rng, doc.split_runs)
            else:
                par.paragraph_format.first_line_indent = Pt(28)
                _runs(par, content, rng, doc.split_runs)
        elif kind == "textbox":
            par = d.add_paragraph()
            run = par.add_run()
            esc = content.replace("&", "&amp;").replace("<", "&lt;")
            xml = (f'<w:pict {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml">'
                   f'<v:shape style="width:220pt;height:70pt"><v:textbox><w:txbxContent>'
                   f'<w:p><w:r><w:t xml:space="preserve">{esc}</w:t></w:r></w:p>'
                   f'</w:txbxContent></v:textbox></v:shape></w:pict>')
            run._element.append(parse_xml(xml))
        elif kind == "table":
            rows = content
            if opts.get("title"):
                tp = d.add_paragraph()
                tp.alignment = WD_ALIGN_PARAGRAPH.CENTER
                _runs(tp, opts["title"], rng, False, bold=True)
            ncol = max(len(r) for r in rows)
            t = d.add_table(rows=len(rows), cols=ncol)
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j in range(ncol):
                    val = r[j] if j < len(r) else ""
                    if val is None:
                        continue
                    cell = t.cell(i, j)
                    cp = cell.paragraphs[0]
                    _runs(cp, str(val), rng, doc.split_runs, bold=i < opts["header_rows"], size=10.5)
            for (r1, c1, r2, c2) in opts["merges"]:
                a, b = t.cell(r1, c1), t.cell(r2, c2)
                keep = a.text
                m = a.merge(b)
                # merge() concatenates paragraphs; keep only the first cell's text
                for extra in m.paragraphs[1:]:
                    if not extra.text.strip():
                        extra._element.getparent().remove(extra._element)
                _ = keep
            d.add_paragraph()
    if notes:
        _add_footnotes(d, notes)
    d.save(path)


def _add_footnotes(d, notes: list[str]) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = [f'<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
            f'<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
    for i, n in enumerate(notes, 1):
        esc = n.replace("&", "&amp;").replace("<", "&lt;")
        body.append(f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {esc}</w:t></w:r></w:p></w:footnote>')
    xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {w}>{"".join(body)}</w:footnotes>'
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)


# --- PDF -----------------------------------------------------------------------------------

FONT = "china-s"


def _tl(s: str, size: float) -> float:
    return pymupdf.get_text_length(s, fontname=FONT, fontsize=size)


def _wrap(text: str, width: float, size: float, indent: float = 0) -> list[str]:
    lines, cur, w = [], "", indent
    for ch in text:
        cw = _tl(ch, size)
        if w + cw > width and cur:
            lines.append(cur)
            cur, w = "", 0
        cur += ch
        w += cw
    if cur:
        lines.append(cur)
    return lines


def write_pdf(doc: Doc, path: Path, rng: random.Random) -> None:
    pdf = pymupdf.open()
    landscape = doc.landscape
    for kind, content, opts in doc.blocks:
        if kind == "table":
            ncol = max(len(r) for r in content)
            need = sum(max(_tl("" if j >= len(r) or r[j] is None else str(r[j]), 6.5) for r in content) + 8
                       for j in range(ncol))
            if need > 595 - 124:
                landscape = True
    W, H = (842, 595) if landscape else (595, 842)
    ml, mr, mt, mb = 62, 62, 70, 70
    state = {"page": None, "y": 0}

    def new_page():
        pg = pdf.new_page(width=W, height=H)
        if doc.header:
            pg.insert_text((ml, 40), doc.header, fontname=FONT, fontsize=8)
        if doc.footer:
            pg.insert_text((W / 2 - _tl(doc.footer, 8) / 2, H - 35), doc.footer, fontname=FONT, fontsize=8)
        state["page"], state["y"] = pg, mt

    def line(text: str, size: float, x: float = ml):
        if state["page"] is None or state["y"] + size * 1.7 > H - mb:
            new_page()
        state["y"] += size * 1.7
        state["page"].insert_text((x, state["y"]), text, fontname=FONT, fontsize=size)

    width = W - ml - mr
    for kind, content, opts in _flatten_notes(doc.blocks):
        if kind in ("p", "textbox"):
            style = opts or "body"
            size = 16 if style == "title" else 11.5
            if style in ("title", "center"):
                for ln in _wrap(content, width, size):
                    line(ln, size, ml + (width - _tl(ln, size)) / 2)
            elif style == "right":
                for ln in _wrap(content, width, size):
                    line(ln, size, ml + width - _tl(ln, size))
            else:
                ind = 2 * size if style == "body" else 0
                lines = _wrap(content, width, size, ind)
                for i, ln in enumerate(lines):
                    line(ln, size, ml + (ind if i == 0 else 0))
        elif kind == "table":
            rows = [[("" if c is None else str(c)) for c in r] for r in content]
            if opts.get("title"):
                line(opts["title"], 12, ml + (width - _tl(opts["title"], 12)) / 2)
            ncol = max(len(r) for r in rows)
            size = 9.5
            while True:
                cw = [max(_tl(r[j], size) if j < len(r) else 0 for r in rows) + 8 for j in range(ncol)]
                if sum(cw) <= width:
                    break
                if size <= 5:
                    raise ValueError(f"{doc.name}: table too wide for the page")
                size -= 0.5
            scale = width / sum(cw) if sum(cw) < width else 1
            cw = [c * scale for c in cw]
            for i, r in enumerate(rows):
                if state["page"] is None or state["y"] + size * 1.9 > H - mb:
                    new_page()  # continuation: the header is not repeated
                state["y"] += size * 1.9
                x = ml
                for j in range(ncol):
                    cell = r[j] if j < len(r) else ""
                    if cell:
                        state["page"].insert_text((x + 2, state["y"]), cell, fontname=FONT, fontsize=size)
                    x += cw[j]
                state["page"].draw_line((ml, state["y"] + size * 0.5), (ml + sum(cw), state["y"] + size * 0.5),
                                        color=(.6, .6, .6), width=.3)
            state["y"] += 8
    if state["page"] is None:
        new_page()
    pdf.set_metadata({"title": doc.name, "creator": "WPS Office", "producer": "corpus-F"})
    pdf.save(path, garbage=3, deflate=True)


# --- TXT -----------------------------------------------------------------------------------

def _dw(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _flatten_notes(blocks):
    notes, out = [], []
    for kind, content, opts in blocks:
        if kind == "footnote":
            notes.append(content[1])
            out.append(("p", content[0] + ("①②③④⑤"[len(notes) - 1] if len(notes) <= 5 else ""), opts))
        else:
            out.append((kind, content, opts))
    for i, n in enumerate(notes):
        out.append(("p", ("①②③④⑤"[i] if i < 5 else "注：") + n, "plain"))
    return out


def txt_text(doc: Doc) -> str:
    out: list[str] = []
    for kind, content, opts in _flatten_notes(doc.blocks):
        if kind in ("p", "textbox"):
            style = opts or "body"
            if style == "title":
                out.append("          " + content)
            elif style == "body":
                out.append("　　" + content)
            elif style == "right":
                out.append(" " * max(0, 60 - _dw(content)) + content)
            else:
                out.append(content)
        elif kind == "table":
            if opts.get("title"):
                out.append(opts["title"])
            rows = [[("" if c is None else str(c)) for c in r] for r in content]
            if doc.txt_table == "tab":
                out.extend("\t".join(r) for r in rows)
            else:
                ncol = max(len(r) for r in rows)
                w = [max(_dw(r[j]) if j < len(r) else 0 for r in rows) for j in range(ncol)]
                for r in rows:
                    out.append("  ".join((r[j] if j < len(r) else "") + " " * (w[j] - _dw(r[j] if j < len(r) else ""))
                                         for j in range(ncol)).rstrip())
            out.append("")
    nl = "\r\n" if doc.crlf else "\n"
    return nl.join(out) + nl


def write_txt(doc: Doc, path: Path, rng: random.Random) -> None:
    data = txt_text(doc).encode("utf-8")
    if doc.bom:
        data = b"\xef\xbb\xbf" + data
    path.write_bytes(data)


# --- XLSX / CSV ----------------------------------------------------------------------------

def write_xlsx(doc: Doc, path: Path, rng: random.Random) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    row = 1
    pending_titles: list[str] = []
    first_table = True
    for kind, content, opts in _flatten_notes(doc.blocks):
        if kind in ("p", "textbox"):
            pending_titles.append(content)
            continue
        if opts.get("sheet") and not first_table:
            ws = wb.create_sheet(opts["sheet"])
            row = 1
        elif opts.get("sheet"):
            ws.title = opts["sheet"]
        first_table = False
        rows = content
        ncol = max(len(r) for r in rows)
        for t in pending_titles + ([opts["title"]] if opts.get("title") else []):
            ws.cell(row=row, column=1, value=t)
            if ncol > 1:
                ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=ncol)
            ws.cell(row=row, column=1).alignment = Alignment(horizontal="center")
            ws.cell(row=row, column=1).font = Font(bold=True, size=14 if t == pending_titles[:1] else 11)
            row += 1
        pending_titles = []
        base = row
        for r in rows:
            for j, c in enumerate(r):
                if c is None or c == "":
                    continue
                if doc.numeric_cells and isinstance(c, str) and c.isdigit() and len(c) <= 15 and c[0] != "0":
                    c = int(c)  # phone numbers typed into Excel become numbers
                cell = ws.cell(row=row, column=j + 1, value=c)
                if isinstance(c, str) and c.isdigit() and len(c) > 11:
                    cell.number_format = "@"
            row += 1
        for (r1, c1, r2, c2) in opts["merges"]:
            ws.merge_cells(start_row=base + r1, start_column=c1 + 1, end_row=base + r2, end_column=c2 + 1)
        for i in range(opts["header_rows"]):
            for j in range(ncol):
                ws.cell(row=base + i, column=j + 1).font = Font(bold=True)
        for j in range(ncol):
            letter = openpyxl.utils.get_column_letter(j + 1)
            ws.column_dimensions[letter].width = min(40, max(8, max(_dw(str(r[j])) if j < len(r) and r[j] else 0
                                                                    for r in rows) + 2))
        for j in opts["hidden_cols"]:
            ws.column_dimensions[openpyxl.utils.get_column_letter(j + 1)].hidden = True
        if opts["hidden"]:
            ws.sheet_state = "hidden"
        row += 1
    for t in pending_titles:
        ws.cell(row=row, column=1, value=t)
        row += 1
    wb.properties.creator = "admin"
    wb.save(path)


def write_csv(doc: Doc, path: Path, rng: random.Random) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    for kind, content, opts in _flatten_notes(doc.blocks):
        if kind in ("p", "textbox"):
            w.writerow([content])
        else:
            for r in content:
                w.writerow(["" if c is None else c for c in r])
    data = buf.getvalue().encode("utf-8")
    path.write_bytes((b"\xef\xbb\xbf" if doc.csv_bom else b"") + data)


WRITERS = {"docx": write_docx, "pdf": write_pdf, "txt": write_txt, "xlsx": write_xlsx, "csv": write_csv}
