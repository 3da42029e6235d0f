"""The review form (保密审查审批表) of one case, as PDF (PyMuPDF, with the embedded CJK font,
subset) or DOCX (python-docx), laid out like the paper form: a bordered table with 文件名称,
文号, 载体形式, 公开方式, 公开时间, 内容摘要, 不予公开部分及理由, then one box per review level
(初审, 复审, 审批) and the secrecy office, each with the opinion, the signature and the date.

The form holds no original text: withheld parts are described by category, basis and reason,
and reviewers' free text is scrubbed of every redacted value.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipeline.atomic import write_bytes

FORM_TITLE = "政府信息公开保密审查审批表"
PUBLIC_MODE = 0o644


@dataclass(slots=True)
class Opinion:
    label: str  # as the PDF's label column breaks it
    text: str
    signer: str
    date: str
    docx_label: str = ""  # on one line (Word wraps it)


@dataclass(slots=True)
class FormData:
    unit: str
    case_id: str
    name: str
    number: str
    carrier_form: str
    method: str
    published_on: str
    summary: str
    withheld: str
    opinions: list[Opinion] = field(default_factory=list)
    lang: str = "zh"

    def word(self, key: str, **params: Any) -> str:
        """A word of the form in the form's language."""
        from pipeline.messages import message

        return message(key, self.lang, **params)

    def signature(self, opinion: Opinion) -> str:
        blank = "　" * 6 if self.lang == "zh" else " " * 12
        return self.word("form_signature", signer=opinion.signer or blank, date=opinion.date)


def _chinese_date(iso: str | None, lang: str = "zh") -> str:
    from pipeline.messages import message

    if not iso:
        return message("form_no_date", lang)
    year, month, day = iso[:10].split("-")
    return f"{year}年{int(month)}月{int(day)}日" if lang == "zh" else iso[:10]


def form_data(state: Any, *, carrier: str, unit: str = "", lang: str = "zh") -> FormData:
    from pipeline.messages import attribute_label, message
    from pipeline.reports.ledger import method_label, scrubber, secrecy_lines, withheld_parts

    case = state.case
    scrub = scrubber(state)
    attribute = state.attribute or ""
    method = method_label(attribute, lang)
    if attribute in {"主动公开", "依申请公开"} and carrier:
        method = f"{method}（{carrier}）" if lang == "zh" else f"{method} ({carrier})"
    publication = state.publications[-1] if state.publications else None
    first = state.signoffs.get("初审")
    summary = (first.summary if first and first.summary else None) or case.title or ""
    parts = withheld_parts(state, lang)
    if attribute == "不予公开":
        parts.insert(0, message("withheld_in_full_line", lang))
    withheld = "\n".join(parts) or message("withheld_nothing", lang)
    opinions = []
    for stage in ("初审", "复审", "审批"):
        s = state.signoffs.get(stage)
        text = scrub(s.opinion) if s else ""
        if s and s.attribute:
            line = message("form_attribute", lang, attribute=attribute_label(s.attribute, lang))
            text = f"{text}\n{line}" if text else line
        label = message(f"form_opinion_{stage}", lang)
        opinions.append(
            Opinion(
                label,
                text,
                s.reviewer if s else "",
                _chinese_date(s.signed_at if s else None, lang),
                label,
            )
        )
    answered = [
        s.confirmation
        for s in state.findings
        if s.confirmation is not None and s.confirmation.finding_id == s.row.finding_id
    ]
    if state.declassification is not None:
        signer, date = state.declassification.reviewer, state.declassification.decided_at
    elif answered:
        signer, date = answered[-1].reviewer, answered[-1].answered_at
    else:
        signer, date = "", None
    opinions.append(
        Opinion(
            message("form_opinion_secrecy", lang),
            "\n".join(secrecy_lines(state, lang)),
            signer,
            _chinese_date(date, lang),
            message("form_opinion_secrecy_docx", lang),
        )
    )
    return FormData(
        unit=unit,
        case_id=case.case_id,
        name=case.title or Path(case.name).stem,
        number=case.doc_number or "",
        carrier_form=message("form_carrier_format", lang, format=case.format.upper()),
        method=method,
        published_on=_chinese_date(publication.published_at, lang) if publication else "",
        summary=scrub(summary),
        withheld=scrub(withheld),
        opinions=opinions,
        lang=lang,
    )


# --------------------------------------------------------------------------- PDF

PAGE_W, PAGE_H = 595.0, 842.0  # A4 in points
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 56.0, 64.0, 56.0
LABEL_W = 92.0
FONT_SIZE = 11.0
LINE_H = FONT_SIZE * 1.55
PAD = 6.0


NO_LINE_START = set("，。、：；！？）》」』”’…％,.;:!?)")
NO_LINE_END = set("（《「『“‘(")


def _wrap(font: Any, text: str, width: float, size: float) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` (character by character, which is
    how Chinese text wraps; a Latin word is not split unless it is longer than a line)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line = ""
        for char in paragraph:
            if font.text_length(line + char, fontsize=size) <= width:
                line += char
                continue
            if char in NO_LINE_START and line:
                line += char  # hanging punctuation: it may reach into the cell's padding
                continue
            if line and line[-1] in NO_LINE_END:
                lines.append(line[:-1])
                line = line[-1] + char
                continue
            # Keep a Latin/number run together when it fits on the next line.
            head, tail = line, ""
            while head and head[-1].isascii() and head[-1].isalnum() and char.isascii():
                head, tail = head[:-1], head[-1] + tail
            if head and tail and font.text_length(tail + char, fontsize=size) <= width:
                lines.append(head)
                line = tail + char
            else:
                lines.append(line)
                line = char
        lines.append(line)
    return lines


@dataclass(slots=True)
class _Cell:
    x0: float
    x1: float
    text: str
    label: bool = False
    center: bool = False


def _rows(data: FormData) -> list[tuple[list[_Cell], float, Opinion | None]]:
    """The table rows: cells, minimum height, and the opinion a signature line belongs to."""
    left, right = MARGIN_X, PAGE_W - MARGIN_X
    mid = left + (right - left) / 2
    rows: list[tuple[list[_Cell], float, Opinion | None]] = [
        (
            [
                _Cell(left, left + LABEL_W, data.word("form_name"), True, True),
                _Cell(left + LABEL_W, right, data.name),
            ],
            34,
            None,
        ),
        (
            [
                _Cell(left, left + LABEL_W, data.word("form_number"), True, True),
                _Cell(left + LABEL_W, mid, data.number),
                _Cell(mid, mid + LABEL_W, data.word("form_carrier"), True, True),
                _Cell(mid + LABEL_W, right, data.carrier_form),
            ],
            34,
            None,
        ),
        (
            [
                _Cell(left, left + LABEL_W, data.word("form_method"), True, True),
                _Cell(left + LABEL_W, mid, data.method),
                _Cell(mid, mid + LABEL_W, data.word("form_published"), True, True),
                _Cell(mid + LABEL_W, right, data.published_on),
            ],
            34,
            None,
        ),
        (
            [
                _Cell(left, left + LABEL_W, data.word("form_summary"), True, True),
                _Cell(left + LABEL_W, right, data.summary),
            ],
            64,
            None,
        ),
        (
            [
                _Cell(left, left + LABEL_W, data.word("form_withheld"), True, True),
                _Cell(left + LABEL_W, right, data.withheld),
            ],
            80,
            None,
        ),
    ]
    for opinion in data.opinions:
        rows.append(
            (
                [
                    _Cell(left, left + LABEL_W, opinion.label, True, True),
                    _Cell(left + LABEL_W, right, opinion.text),
                ],
                96,
                opinion,
            )
        )
    return rows


def render_pdf(data: FormData, path: Path) -> None:
    import pymupdf

    font = pymupdf.Font("cjk")
    pdf = pymupdf.open()

    def new_page() -> Any:
        page = pdf.new_page(width=PAGE_W, height=PAGE_H)
        page.insert_font(fontname="cjk", fontbuffer=font.buffer)
        return page

    def text_at(page: Any, x: float, y: float, text: str, size: float = FONT_SIZE) -> None:
        page.insert_text((x, y), text, fontname="cjk", fontsize=size)

    page = new_page()
    title_size = 18.0
    title = data.word("form_title")
    title_w = font.text_length(title, fontsize=title_size)
    text_at(page, (PAGE_W - title_w) / 2, MARGIN_TOP, title, title_size)
    y = MARGIN_TOP + 22
    info = data.word("form_case", case=data.case_id)
    if data.unit:
        text_at(page, MARGIN_X, y, data.word("form_unit", unit=data.unit), 10)
    text_at(page, PAGE_W - MARGIN_X - font.text_length(info, fontsize=10), y, info, 10)
    y += 10

    for cells, min_height, opinion in _rows(data):
        wrapped = [
            _wrap(font, c.text, c.x1 - c.x0 - 2 * PAD, FONT_SIZE) if c.text else [] for c in cells
        ]
        body = max(len(w) for w in wrapped) * LINE_H + 2 * PAD
        if opinion is not None:
            body += LINE_H + PAD  # the signature line
        height = max(min_height, body)
        if y + height > PAGE_H - MARGIN_BOTTOM:
            page = new_page()
            y = MARGIN_TOP
            height = min(height, PAGE_H - MARGIN_BOTTOM - y)
        for cell, lines in zip(cells, wrapped, strict=True):
            page.draw_rect(
                pymupdf.Rect(cell.x0, y, cell.x1, y + height), color=(0, 0, 0), width=0.8
            )
            block_h = len(lines) * LINE_H
            top = y + (height - block_h) / 2 if cell.center or opinion is None else y + PAD
            for i, line in enumerate(lines):
                baseline = top + i * LINE_H + FONT_SIZE
                if baseline > y + height - PAD:
                    break
                if cell.center:
                    x = (
                        cell.x0
                        + (cell.x1 - cell.x0 - font.text_length(line, fontsize=FONT_SIZE)) / 2
                    )
                else:
                    x = cell.x0 + PAD
                text_at(page, x, baseline, line)
        if opinion is not None:
            sign = data.signature(opinion)
            x = PAGE_W - MARGIN_X - PAD - font.text_length(sign, fontsize=FONT_SIZE)
            text_at(page, x, y + height - PAD - 3, sign)
        y += height

    pdf.set_metadata({"title": title, "creator": "baomi", "producer": "baomi"})
    pdf.subset_fonts()
    write_bytes(path, pdf.tobytes(garbage=4, deflate=True), mode=PUBLIC_MODE)
    pdf.close()


# --------------------------------------------------------------------------- DOCX


def render_docx(data: FormData, path: Path) -> None:
    import docx
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(2)

    def set_font(run: Any, size: float, name: str = "宋体", bold: bool = False) -> None:
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.name = name
        run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), name)

    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(title.add_run(data.word("form_title")), 18, "黑体", True)
    info = document.add_paragraph()
    info.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    gap = "　　" if data.lang == "zh" else "    "
    head = (data.word("form_unit", unit=data.unit) + gap if data.unit else "") + data.word(
        "form_case", case=data.case_id
    )
    set_font(info.add_run(head), 10)

    table = document.add_table(rows=0, cols=4)
    table.style = "Table Grid"
    widths = [Cm(3.2), Cm(5.3), Cm(3.2), Cm(5.3)]

    def fill(cell: Any, text: str, label: bool = False, min_lines: int = 1) -> None:
        cell.vertical_alignment = (
            WD_CELL_VERTICAL_ALIGNMENT.CENTER if label else WD_CELL_VERTICAL_ALIGNMENT.TOP
        )
        lines = text.split("\n") if text else [""]
        lines += [""] * max(0, min_lines - len(lines))
        first = cell.paragraphs[0]
        for i, line in enumerate(lines):
            paragraph = first if i == 0 else cell.add_paragraph()
            if label:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            set_font(paragraph.add_run(line), 11, bold=label)

    def full_row(label: str, text: str, min_lines: int = 1) -> Any:
        row = table.add_row()
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
        merged = row.cells[1].merge(row.cells[3])
        fill(row.cells[0], label, label=True)
        fill(merged, text, min_lines=min_lines)
        return merged

    def half_row(l1: str, t1: str, l2: str, t2: str) -> None:
        row = table.add_row()
        for cell, width, text, is_label in zip(
            row.cells, widths, (l1, t1, l2, t2), (True, False, True, False), strict=True
        ):
            cell.width = width
            fill(cell, text, label=is_label)

    w = data.word
    full_row(w("form_name"), data.name)
    half_row(w("form_number"), data.number, w("form_carrier"), data.carrier_form)
    half_row(w("form_method"), data.method, w("form_published"), data.published_on)
    full_row(w("form_summary"), data.summary, min_lines=3)
    full_row(w("form_withheld_docx"), data.withheld, min_lines=3)
    for opinion in data.opinions:
        cell = full_row(opinion.docx_label or opinion.label, opinion.text, min_lines=3)
        sign = cell.add_paragraph()
        sign.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        set_font(sign.add_run(data.signature(opinion)), 11)

    core = document.core_properties
    core.title, core.author, core.comments = w("form_title"), "baomi", ""
    buffer = io.BytesIO()
    document.save(buffer)
    write_bytes(path, buffer.getvalue(), mode=PUBLIC_MODE)
