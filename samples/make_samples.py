"""Build the baomi sample corpus: fictitious Chinese government documents.

Every file is written next to this script (``samples/``). Output is deterministic:
fixed metadata dates, no randomness, DOCX zip entries with a fixed timestamp and
PDFs saved without a new file ID, so two runs give byte-identical files (for the
same library versions).

All personal values (names, 公民身份号码, mobiles, e-mails, addresses, USCCs) are
invented. Identifiers are syntactically valid: ID check digits use ISO 7064
MOD 11-2, USCC check characters follow GB 32100-2015, and mobiles use allocated
13x/15x/18x/19x prefixes.

Rebuild with::

    python samples/make_samples.py
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import re
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

import docx
import pymupdf
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph
from docx.text.run import Run

SAMPLES_DIR = Path(__file__).resolve().parent
# The documents live in their own folder so that `baomi review samples/documents` does not
# review the secrecy list or this script.
OUT_DIR = SAMPLES_DIR / "documents"

# ---------------------------------------------------------------------------
# Identifier helpers
# ---------------------------------------------------------------------------

ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK_MAP = "10X98765432"
USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = tuple(pow(3, i, 31) for i in range(17))
ORG_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)
MOBILE_RE = re.compile(r"1(?:3\d|5[0-35-9]|8\d|9[0-35-9])\d{8}")


def id_check_digit(body17: str) -> str:
    """Return the GB 11643 check digit (ISO 7064 MOD 11-2) for 17 digits."""
    if not re.fullmatch(r"\d{17}", body17):
        raise ValueError(f"need 17 digits, got {body17!r}")
    total = sum(int(ch) * w for ch, w in zip(body17, ID_WEIGHTS, strict=True))
    return ID_CHECK_MAP[total % 11]


def make_id(area: str, birth: str, seq: str) -> str:
    """Build an 18-digit 公民身份号码 from area code, YYYYMMDD and sequence."""
    dt.datetime.strptime(birth, "%Y%m%d")  # raises on an impossible date
    body = f"{area}{birth}{seq}"
    return body + id_check_digit(body)


def is_valid_id(number: str) -> bool:
    """Check length, birth date and check digit of an 18-digit ID number."""
    if not re.fullmatch(r"[1-8]\d{16}[\dX]", number):
        return False
    try:
        dt.datetime.strptime(number[6:14], "%Y%m%d")
    except ValueError:
        return False
    return id_check_digit(number[:17]) == number[17]


def org_code_check(body8: str) -> str:
    """Return the GB 11714 organisation-code check character for 8 characters."""
    values = [int(ch) if ch.isdigit() else ord(ch) - 55 for ch in body8]
    rest = 11 - sum(v * w for v, w in zip(values, ORG_CODE_WEIGHTS, strict=True)) % 11
    return {10: "X", 11: "0"}.get(rest, str(rest))


def uscc_check_char(body17: str) -> str:
    """Return the GB 32100-2015 check character for the first 17 characters."""
    total = sum(USCC_CHARSET.index(ch) * w for ch, w in zip(body17, USCC_WEIGHTS, strict=True))
    return USCC_CHARSET[(31 - total % 31) % 31]


def make_uscc(kind: str, area: str, org8: str) -> str:
    """Build a USCC from department+type (2), division (6) and org code body (8)."""
    body = f"{kind}{area}{org8}{org_code_check(org8)}"
    if len(body) != 17 or any(ch not in USCC_CHARSET for ch in body):
        raise ValueError(f"bad USCC body {body!r}")
    return body + uscc_check_char(body)


def is_valid_uscc(code: str) -> bool:
    """Check charset, length and check character of a USCC."""
    if len(code) != 18 or any(ch not in USCC_CHARSET for ch in code):
        return False
    return uscc_check_char(code[:17]) == code[17]


def checked_mobile(number: str) -> str:
    """Return the number unchanged after checking it is an allocated mobile."""
    if not MOBILE_RE.fullmatch(number):
        raise ValueError(f"not a 13x/15x/18x/19x mobile: {number!r}")
    return number


# ---------------------------------------------------------------------------
# Planted values (all fictitious)
# ---------------------------------------------------------------------------

# 01 penalty decision: 王建军, male, born 1985-07-12, 忻府区 (140902).
P01_NAME = "王建军"
P01_ID = make_id("140902", "19850712", "031")
P01_ADDRESS = "山西省忻州市忻府区七一北路锦绣花园小区6号楼2单元501室"
P01_MOBILE = checked_mobile("13935071286")

# 02 application reply: 李晓燕, female, born 1990-03-18, 定襄县 (140921).
P02_NAME = "李晓燕"
P02_ID = make_id("140921", "19900318", "046")
P02_MOBILE = checked_mobile("15803508847")
P02_EMAIL = "lixiaoyan1990@example.com"
P02_ADDRESS = "忻州市忻府区新建北路18号院3号楼1单元202室"

# 03 subsidy list: five recipients in 五台县 (140922); one ID ends in X.
P03_ROWS: tuple[tuple[str, str, str, str], ...] = (
    ("张国华", make_id("140922", "19621105", "013"), "13703501124", "1,500.00"),
    ("刘桂英", make_id("140922", "19581123", "032"), "15135016672", "1,500.00"),
    ("武建平", make_id("140922", "19700809", "075"), "18835023390", "1,200.00"),
    ("郭淑芬", make_id("140922", "19650130", "102"), "13994105578", "1,200.00"),
    ("赵永强", make_id("140922", "19791214", "057"), "19903506613", "1,080.00"),
)
P03_TOTAL = "6,480.00"

# 05 draft for comments.
P05_CONTACT = "赵志刚"
P05_MOBILE = checked_mobile("13603502219")
P05_EMAIL = "xzsfj_lfk@example.com"

# 06 procurement note.
P06_BIDDER = "山西恒信达信息技术有限公司"
P06_BIDDER_USCC = make_uscc("91", "140900", "MA0K3R7T")
P06_PURCHASER_USCC = make_uscc("11", "140900", "01300725")
P06_CONTACT = "刘凯"
P06_MOBILE = checked_mobile("18603501937")
P06_AMOUNT = "1,286,000.00"

# 08 joint document.
P08_CONTACT = "孙丽华"
P08_MOBILE = checked_mobile("13834409126")

# ---------------------------------------------------------------------------
# Text (TXT) helpers
# ---------------------------------------------------------------------------


def write_txt(name: str, lines: Iterable[str]) -> Path:
    """Write UTF-8 text with LF line endings."""
    path = (SAMPLES_DIR if name == "secrecy-list.txt" else OUT_DIR) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    return path


# ---------------------------------------------------------------------------
# DOCX helpers
# ---------------------------------------------------------------------------

FANGSONG = "仿宋_GB2312"
SONGTI = "宋体"
HEITI = "黑体"
XIAOBIAOSONG = "方正小标宋简体"
RED = RGBColor(0xC0, 0x00, 0x00)
ZIP_TIME = (2024, 1, 1, 0, 0, 0)

Segment = tuple[str, bool]  # (text, bold)


def style_run(
    run: Run,
    east_asia: str = FANGSONG,
    size: float = 16,
    bold: bool = False,
    color: RGBColor | None = None,
) -> None:
    """Apply size, weight and a CJK font (rPr/rFonts w:eastAsia) to a run."""
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.name = "Times New Roman"
    if color is not None:
        run.font.color.rgb = color
    rfonts = run._element.get_or_add_rPr().get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), east_asia)


def new_docx() -> DocxDocument:
    """Create an A4 document with GB/T 9704 margins and a CJK Normal style."""
    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)
    normal = document.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(16)
    rfonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    rfonts.set(qn("w:eastAsia"), FANGSONG)
    normal.paragraph_format.line_spacing = Pt(29)
    normal.paragraph_format.space_after = Pt(0)
    return document


def add_par(
    container: DocxDocument | _Cell,
    parts: str | Sequence[Segment],
    align: WD_ALIGN_PARAGRAPH | None = None,
    indent: bool = True,
    east_asia: str = FANGSONG,
    size: float = 16,
    bold: bool = False,
    color: RGBColor | None = None,
) -> Paragraph:
    """Add a paragraph made of one or more runs."""
    segments: Sequence[Segment] = [(parts, bold)] if isinstance(parts, str) else parts
    par = container.add_paragraph()
    if align is not None:
        par.alignment = align
    if indent and align is None:
        par.paragraph_format.first_line_indent = Pt(size * 2)
    for text, seg_bold in segments:
        style_run(par.add_run(text), east_asia, size, seg_bold, color)
    return par


def add_title(document: DocxDocument, text: str, size: float = 22) -> Paragraph:
    """Add a centred title line."""
    return add_par(document, text, WD_ALIGN_PARAGRAPH.CENTER, False, XIAOBIAOSONG, size)


def add_right(document: DocxDocument, text: str) -> Paragraph:
    """Add a right-aligned line (signature block, dates)."""
    return add_par(document, text, WD_ALIGN_PARAGRAPH.RIGHT, False)


def add_left(document: DocxDocument, text: str, size: float = 16) -> Paragraph:
    """Add a left-aligned line without first-line indent."""
    return add_par(document, text, WD_ALIGN_PARAGRAPH.LEFT, False, size=size)


def add_page_field(par: Paragraph) -> None:
    """Append a simple PAGE field (cached value 1) to a paragraph."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    par._p.append(field)


def set_header_footer(document: DocxDocument, header: str) -> None:
    """Put a text header and a '— PAGE —' footer on the first section."""
    section = document.sections[0]
    hpar = section.header.paragraphs[0]
    hpar.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    style_run(hpar.add_run(header), SONGTI, 10.5)
    fpar = section.footer.paragraphs[0]
    fpar.alignment = WD_ALIGN_PARAGRAPH.CENTER
    style_run(fpar.add_run("— "), SONGTI, 14)
    add_page_field(fpar)
    style_run(fpar.add_run(" —"), SONGTI, 14)


def set_table_text(cell: _Cell, text: str, bold: bool = False, east_asia: str = SONGTI) -> None:
    """Replace a table cell's text with a single styled, centred run."""
    par = cell.paragraphs[0]
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    par.paragraph_format.first_line_indent = Pt(0)
    par.paragraph_format.line_spacing = Pt(20)
    style_run(par.add_run(text), east_asia, 12, bold)


def add_table(document: DocxDocument, header: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """Add a bordered table with a bold header row."""
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for col, text in enumerate(header):
        set_table_text(table.cell(0, col), text, bold=True, east_asia=HEITI)
    for r, row in enumerate(rows, start=1):
        for col, text in enumerate(row):
            set_table_text(table.cell(r, col), text)


def save_docx(document: DocxDocument, name: str, title: str, date: dt.datetime) -> Path:
    """Set fixed core properties and save with fixed zip timestamps."""
    props = document.core_properties
    props.author = "办公室"
    props.last_modified_by = "办公室"
    props.title = title
    props.subject = ""
    props.keywords = ""
    props.comments = ""
    props.category = ""
    props.revision = 1
    props.created = date
    props.modified = date
    props.last_printed = date
    raw = io.BytesIO()
    document.save(raw)
    path = OUT_DIR / name
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 3
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    path.write_bytes(out.getvalue())
    return path


# ---------------------------------------------------------------------------
# PDF helpers
# ---------------------------------------------------------------------------

A4_W, A4_H = 595.0, 842.0
MM = 72 / 25.4
LEFT, RIGHT = 28 * MM, A4_W - 26 * MM
TOP, BOTTOM = 37 * MM, A4_H - 35 * MM
BLACK = (0.0, 0.0, 0.0)
PDF_RED = (0.8, 0.0, 0.0)
# ASCII runs (numbers, e-mails, codes) are kept whole when wrapping.
TOKEN_RE = re.compile(r"[A-Za-z0-9@._%+\-:/,¥]+|.", re.S)
NO_LINE_START = set("，。、；：？！）》”’")


def cjk_subsetting_works() -> bool:
    """Probe whether the embedded CJK font can be subset (keeps PDFs small)."""
    try:
        probe = pymupdf.open()
        page = probe.new_page()
        page.insert_font(fontname="F0", fontbuffer=pymupdf.Font("cjk").buffer)
        page.insert_text((72, 72), "保密审查", fontname="F0", fontsize=12)
        probe.subset_fonts()
        probe.tobytes(garbage=4, deflate=True)
        probe.close()
    except Exception:
        return False
    return True


CAN_SUBSET_CJK = cjk_subsetting_works()


def pdf_date(date: dt.datetime) -> str:
    """Format a PDF date string with a fixed +08'00' offset."""
    return date.strftime("D:%Y%m%d%H%M%S+08'00'")


class PdfComposer:
    """Minimal top-down text layout on A4 pages with an embedded CJK font."""

    def __init__(self) -> None:
        self.doc = pymupdf.open()
        if CAN_SUBSET_CJK:
            self.font = pymupdf.Font("cjk")
            self.fontname = "F0"
        else:  # pragma: no cover - fallback for builds without subsetting
            self.font = pymupdf.Font("china-s")
            self.fontname = "china-s"
        self.font_buffer = self.font.buffer
        self.page: pymupdf.Page | None = None
        self.y = TOP

    def _new_page(self) -> pymupdf.Page:
        page = self.doc.new_page(width=A4_W, height=A4_H)
        if self.fontname == "F0":
            page.insert_font(fontname=self.fontname, fontbuffer=self.font_buffer)
        self.page = page
        self.y = TOP
        return page

    def _room(self, height: float) -> pymupdf.Page:
        if self.page is None or self.y + height > BOTTOM:
            return self._new_page()
        return self.page

    def width(self, text: str, size: float) -> float:
        """Rendered width of text in points."""
        return self.font.text_length(text, fontsize=size)

    def line(
        self,
        text: str,
        size: float = 16,
        align: str = "left",
        color: tuple[float, float, float] = BLACK,
        gap: float = 1.8,
    ) -> None:
        """Write one unwrapped line (left, center or right)."""
        page = self._room(size * gap)
        if align == "center":
            x = (LEFT + RIGHT - self.width(text, size)) / 2
        elif align == "right":
            x = RIGHT - self.width(text, size)
        else:
            x = LEFT
        page.insert_text(
            (x, self.y + size), text, fontname=self.fontname, fontsize=size, color=color
        )
        self.y += size * gap

    def rule(self, color: tuple[float, float, float] = PDF_RED) -> None:
        """Draw a horizontal separator (the red line under a 版头)."""
        page = self._room(12)
        page.draw_line((LEFT, self.y + 4), (RIGHT, self.y + 4), color=color, width=1.5)
        self.y += 12

    def skip(self, height: float) -> None:
        """Leave vertical space."""
        self.y += height

    def wrap(
        self, text: str, size: float, indent: float, breakable: Sequence[str] = ()
    ) -> list[str]:
        """Greedy wrap; strings in `breakable` may be split between lines."""
        tokens: list[str] = []
        pattern = "|".join(re.escape(b) for b in breakable)
        pieces = re.split(f"({pattern})", text) if pattern else [text]
        for piece in pieces:
            for token in piece if piece in breakable else TOKEN_RE.findall(piece):
                if tokens and token in NO_LINE_START:
                    tokens[-1] += token  # keep closing punctuation off line starts
                else:
                    tokens.append(token)
        lines: list[str] = []
        current = ""
        avail = RIGHT - LEFT - indent
        for token in tokens:
            if current and self.width(current + token, size) > avail:
                lines.append(current)
                current = ""
                avail = RIGHT - LEFT
            current += token
        if current:
            lines.append(current)
        return lines

    def paragraph(
        self,
        text: str,
        size: float = 16,
        indent_chars: int = 2,
        breakable: Sequence[str] = (),
    ) -> list[str]:
        """Write a wrapped paragraph; returns the produced lines."""
        indent = size * indent_chars
        lines = self.wrap(text, size, indent, breakable)
        for number, chunk in enumerate(lines):
            page = self._room(size * 1.8)
            x = LEFT + (indent if number == 0 else 0)
            page.insert_text((x, self.y + size), chunk, fontname=self.fontname, fontsize=size)
            self.y += size * 1.8
        return lines

    def save(self, name: str, title: str, date: dt.datetime) -> Path:
        """Subset fonts, set neutral fixed metadata and save compactly."""
        if self.fontname == "F0":
            self.doc.subset_fonts()
        stamp = pdf_date(date)
        self.doc.set_metadata(
            {
                "title": title,
                "author": "",
                "subject": "",
                "keywords": "",
                "creator": "baomi sample generator",
                "producer": "PyMuPDF",
                "creationDate": stamp,
                "modDate": stamp,
            }
        )
        path = OUT_DIR / name
        self.doc.save(path, garbage=4, deflate=True, no_new_id=True)
        self.doc.close()
        return path


# ---------------------------------------------------------------------------
# 01 行政处罚决定书 (DOCX)
# ---------------------------------------------------------------------------


def make_01_penalty_decision() -> Path:
    """Penalty decision against a private individual, ID split over two runs."""
    date = dt.datetime(2024, 3, 12, 9, 30, 0)
    document = new_docx()
    set_header_footer(document, "忻州市市场监督管理局行政处罚决定书")
    add_title(document, "忻州市市场监督管理局")
    add_title(document, "行政处罚决定书", 26)
    add_par(document, "忻市监罚〔2024〕15号", WD_ALIGN_PARAGRAPH.RIGHT, False)
    add_par(
        document,
        [
            (f"当事人：{P01_NAME}，男，汉族，1985年7月12日出生，公民身份号码：", False),
            (P01_ID[:10], True),
            (P01_ID[10:], False),
            (f"，住址：{P01_ADDRESS}，联系电话：", False),
            (P01_MOBILE, False),
            ("。", False),
        ],
    )
    body = [
        "2024年1月18日，本局执法人员根据12315平台转办的投诉举报线索，"
        "对当事人在忻州市忻府区和平街农贸市场内经营的水果摊位进行检查，"
        "发现当事人销售的苹果、香蕉、砂糖橘等6种水果均未标明价格，"
        "现场亦未设置价目表。执法人员当场制作了现场笔录，并对相关商品拍照取证。"
        "经查，当事人自2023年12月起在上述摊位经营水果，"
        "截至检查之日，违法所得共计人民币壹仟贰佰捌拾元（¥1,280.00）。",
        "上述事实有现场笔录、询问笔录、现场照片、销售记录等证据证实。",
        "本局认为，当事人的上述行为违反了《中华人民共和国价格法》第十三条第一款"
        "“经营者销售、收购商品和提供服务，应当按照政府价格主管部门的规定明码标价”"
        "的规定。依据《中华人民共和国价格法》第四十二条的规定，"
        "鉴于当事人能够积极配合调查并当场改正，本局决定对当事人作出如下行政处罚：",
        "一、责令改正；",
        "二、没收违法所得人民币壹仟贰佰捌拾元（¥1,280.00）；",
        "三、罚款人民币叁仟元整（¥3,000.00）。",
        "当事人应当自收到本决定书之日起十五日内，持本决定书到指定银行缴纳罚没款。"
        "逾期不缴纳的，本局将每日按罚款数额的百分之三加处罚款，并依法申请人民法院强制执行。",
        "当事人如不服本处罚决定，可以在收到本决定书之日起六十日内向忻州市人民政府"
        "申请行政复议，也可以在六个月内依法向人民法院提起行政诉讼。",
        "如有疑问，可拨打12345政务服务便民热线咨询。",
    ]
    for text in body:
        add_par(document, text)
    add_par(document, "")
    add_right(document, "忻州市市场监督管理局")
    add_right(document, "2024年3月12日")
    add_left(document, "（此件公开发布）")
    return save_docx(document, "01-penalty-decision.docx", "行政处罚决定书", date)


# ---------------------------------------------------------------------------
# 02 政府信息公开申请答复书 (PDF)
# ---------------------------------------------------------------------------


def make_02_application_reply() -> Path:
    """Reply to an applicant; the applicant's mobile wraps across two lines."""
    date = dt.datetime(2024, 5, 20, 10, 0, 0)
    pdf = PdfComposer()
    pdf.line("忻州市忻府区住房和城乡建设局", 22, "center")
    pdf.line("政府信息公开申请答复书", 22, "center", gap=2.2)
    pdf.line("忻府住建依复〔2024〕12号", 16, "center", gap=2.2)
    pdf.line(f"{P02_NAME}：", 16)
    lines = pdf.paragraph(
        "本机关于2024年5月6日收到你通过信函方式提交的《政府信息公开申请表》"
        f"（申请人：{P02_NAME}，身份证号：{P02_ID}，电子邮箱：{P02_EMAIL}，"
        f"通讯地址：{P02_ADDRESS}，联系电话（手机）：{P02_MOBILE}），"
        "申请公开“2023年度忻府区老旧小区改造项目的立项批复文件及资金安排情况”。",
        breakable=[P02_MOBILE],
    )
    assert_wrapped(lines, P02_MOBILE)
    body = [
        "经审查，根据《中华人民共和国政府信息公开条例》第三十六条第（二）项的规定，"
        "现答复如下：你申请公开的信息属于本机关公开职责范围，予以公开，详见附件。",
        "其中，涉及第三方施工单位投标报价明细的部分，经书面征求第三方意见，"
        "第三方认为属于商业秘密且不同意公开。根据《中华人民共和国政府信息公开条例》"
        "第十五条、第三十七条的规定，该部分不予提供，其余部分予以公开。",
        "如对本答复不服，可以在收到本答复之日起六十日内向忻州市忻府区人民政府"
        "申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。",
    ]
    for text in body:
        pdf.paragraph(text)
    pdf.paragraph("附件：关于2023年度忻府区老旧小区改造项目的批复（复印件）")
    pdf.skip(16)
    pdf.line("忻州市忻府区住房和城乡建设局", 16, "right")
    pdf.line("2024年5月20日", 16, "right")
    pdf.paragraph("（联系电话：0350-3068512）")
    return pdf.save("02-application-reply.pdf", "政府信息公开申请答复书", date)


def assert_wrapped(lines: Sequence[str], value: str) -> None:
    """Fail unless `value` is split between the end of one line and the next."""
    for first, second in itertools.pairwise(lines):
        for cut in range(1, len(value)):
            if first.endswith(value[:cut]) and second.startswith(value[cut:]):
                return
    raise AssertionError(f"{value} does not wrap across two lines: {lines}")


# ---------------------------------------------------------------------------
# 03 补贴发放名单 (DOCX with table)
# ---------------------------------------------------------------------------


def make_03_subsidy_list() -> Path:
    """Relief payment list with full IDs and mobiles plus a statistics table."""
    date = dt.datetime(2024, 4, 8, 15, 0, 0)
    document = new_docx()
    set_header_footer(document, "五台县东冶镇人民政府")
    add_title(document, "五台县东冶镇2024年第一批")
    add_title(document, "临时救助金发放名单公示")
    names = "、".join(row[0] for row in P03_ROWS)
    add_par(
        document,
        "根据临时救助有关规定，经个人申请、村（居）民委员会入户调查、"
        f"镇人民政府审核、县民政局审批，{names}等5人符合临时救助条件。"
        "现将发放名单公示如下：",
    )
    rows = [
        [str(i), name, id_no, mobile, amount]
        for i, (name, id_no, mobile, amount) in enumerate(P03_ROWS, start=1)
    ]
    rows.append(["合计", "5人", "—", "—", P03_TOTAL])
    add_table(document, ["序号", "姓名", "身份证号", "联系电话", "发放金额（元）"], rows)
    add_par(document, "")
    add_par(document, "发放情况统计：", WD_ALIGN_PARAGRAPH.LEFT, False, HEITI)
    add_table(
        document,
        ["统计项目", "数值"],
        [
            ["受理申请人数（人）", "8"],
            ["审核通过人数（人）", "5"],
            ["发放总额（元）", P03_TOTAL],
            ["人均发放金额（元）", "1,296.00"],
            ["本年累计发放（元）", "19,440.00"],
            ["资金来源", "县级临时救助资金"],
        ],
    )
    add_par(document, "")
    add_par(
        document,
        "公示期为2024年4月8日至2024年4月14日。公示期内如有异议，"
        "请向镇民政办反映，监督电话：0350-6522316，也可拨打12345政务服务便民热线。",
    )
    add_par(document, "")
    add_right(document, "五台县东冶镇人民政府")
    add_right(document, "2024年4月8日")
    add_left(document, "（此件公开发布）")
    return save_docx(document, "03-subsidy-list.docx", "临时救助金发放名单公示", date)


# ---------------------------------------------------------------------------
# 04 classified notice (TXT)
# ---------------------------------------------------------------------------


def make_04_classified_notice() -> Path:
    """A 机密★5年 notice: 份号, 密级, 紧急程度 in the header zone."""
    lines = [
        "000123",
        "机密★5年",
        "特急",
        "",
        "山西省人民政府办公厅文件",
        "",
        "晋政办发〔2024〕8号",
        "",
        "山西省人民政府办公厅",
        "关于印发全省应急物资储备库布局调整方案的通知",
        "",
        "各市人民政府，省人民政府各委、厅，各直属机构：",
        "    为进一步提升全省应急物资保障能力，经省人民政府同意，"
        "现将《应急物资储备库布局调整方案》（以下简称《方案》）印发给你们，"
        "并就有关事项通知如下：",
        "    一、《方案》确定的储备点代号JB-017、JB-023两处新建储备库的选址、"
        "库容和物资品种数据，各地不得擅自扩大知悉范围，不得在公开网站、"
        "新闻媒体和非涉密信息系统中登载。",
        "    二、各市人民政府要在2024年6月底前完成储备点代号JB-031的交接工作，"
        "交接情况以机要渠道报送省应急管理厅。",
        "    三、本通知及《方案》按机密级文件管理，阅后按规定清退。",
        "",
        "    附件：应急物资储备库布局调整方案",
        "",
        "山西省人民政府办公厅",
        "2024年3月5日",
        "",
        "抄送：省委办公厅，省人大常委会办公厅，省政协办公厅。",
        "山西省人民政府办公厅                    2024年3月5日印发",
    ]
    return write_txt("04-classified-notice.txt", lines)


# ---------------------------------------------------------------------------
# 05 征求意见稿 (DOCX)
# ---------------------------------------------------------------------------


def make_05_draft_for_comments() -> Path:
    """Public-consultation notice wrapping a draft regulation."""
    date = dt.datetime(2024, 5, 31, 16, 0, 0)
    document = new_docx()
    set_header_footer(document, "忻州市司法局")
    add_title(document, "忻州市司法局")
    add_title(document, "关于公开征求《忻州市城市养犬管理办法")
    add_title(document, "（征求意见稿）》意见的公告")
    add_par(
        document,
        "为提高立法质量，增强立法的公开性和透明度，现将《忻州市城市养犬管理办法"
        "（征求意见稿）》全文公布，公开征求社会各界意见。"
        "征求意见时间为2024年6月1日至2024年6月30日。"
        "有关单位和个人可以通过以下方式提出意见：",
    )
    add_par(document, f"一、电子邮件：请将意见发送至{P05_EMAIL}，邮件主题注明“养犬管理办法意见”。")
    add_par(document, "二、信函：请寄至忻州市司法局立法科，信封注明“养犬管理办法意见”。")
    add_par(
        document,
        [
            ("三、电话：联系人：", False),
            (P05_CONTACT, False),
            ("，联系电话：", False),
            (P05_MOBILE, False),
            ("。", False),
        ],
    )
    add_par(document, "")
    add_right(document, "忻州市司法局")
    add_right(document, "2024年5月31日")
    document.add_page_break()
    add_title(document, "忻州市城市养犬管理办法")
    add_title(document, "（征求意见稿）", 18)
    articles = [
        "第一条  为了规范城市养犬行为，保障公民人身安全和身体健康，"
        "维护市容环境和社会公共秩序，根据有关法律、法规，结合本市实际，制定本办法。",
        "第二条  本市城市建成区内的养犬及相关管理活动，适用本办法。",
        "第三条  养犬管理工作实行政府主导、部门协作、养犬人自律、社会监督的原则。",
        "第四条  公安机关负责养犬登记、犬只收容以及查处违法养犬行为；"
        "城市管理部门负责查处犬只随意便溺污染市容环境的行为；"
        "农业农村部门负责犬只免疫、检疫和狂犬病防控工作。",
        "第五条  个人饲养犬只，每户限养一只。禁止饲养烈性犬、大型犬。",
        "第六条  携犬出户的，应当为犬只束犬链，由完全民事行为能力人牵领，"
        "主动避让行人和车辆，并及时清除犬只排泄物。",
        "第七条  本办法自2025年1月1日起施行。",
    ]
    for text in articles:
        add_par(document, text)
    return save_docx(
        document, "05-draft-for-comments.docx", "忻州市城市养犬管理办法（征求意见稿）", date
    )


# ---------------------------------------------------------------------------
# 06 采购结果公告 (PDF)
# ---------------------------------------------------------------------------


def make_06_procurement_note() -> Path:
    """Procurement result with a bidder's trade-secret claim and cost breakdown."""
    date = dt.datetime(2024, 7, 15, 11, 0, 0)
    pdf = PdfComposer()
    pdf.line("忻州市城市管理局智慧城管平台运维服务", 20, "center")
    pdf.line("采购项目中标结果公告", 20, "center", gap=2.2)
    paragraphs = [
        "一、项目编号：XZCG-2024-0087",
        "二、项目名称：忻州市城市管理局智慧城管平台运维服务采购项目",
        f"三、中标信息：供应商名称：{P06_BIDDER}；统一社会信用代码：{P06_BIDDER_USCC}；"
        "供应商地址：忻州市忻府区长征西街16号；"
        f"中标金额：人民币壹佰贰拾捌万陆仟元整（¥{P06_AMOUNT}元）。",
        "四、主要标的信息：服务范围为平台软硬件运维、数据采集与巡查；"
        "服务要求详见招标文件；服务时间为合同签订之日起一年；服务标准为合格。",
        "五、评审专家名单：王志强、陈红梅、杨学文、韩冬、李建新（组长）。",
        "六、代理服务收费标准及金额：按国家有关规定收取，金额为人民币壹万伍仟肆佰元整"
        "（¥15,400.00元）。",
        "七、其他补充事宜：中标供应商在投标文件中书面声明，其投标报价明细及成本构成"
        "属于商业秘密，不同意公开。",
    ]
    for text in paragraphs:
        pdf.paragraph(text)
    pdf.paragraph("附：投标报价明细及成本构成（摘自投标文件）")
    cost_lines = [
        "1. 人工成本：768,000.00元（驻场运维人员8人，单价8,000.00元/人·月）",
        "2. 设备折旧及备品备件：214,500.00元",
        "3. 软件许可及云资源租赁：158,000.00元",
        "4. 管理费：按人工成本的6.5%计取，49,920.00元",
        "5. 利润：按成本的8.2%计取，95,580.00元",
    ]
    for text in cost_lines:
        pdf.paragraph(text, size=14)
    pdf.paragraph("八、凡对本次公告内容提出询问，请按以下方式联系：")
    contacts = [
        "采购人：忻州市城市管理局，统一社会信用代码："
        f"{P06_PURCHASER_USCC}，联系电话：0350-3036617。",
        "采购代理机构：山西汇诚招标代理有限公司，联系电话：0350-3329856。",
        f"中标供应商联系人：{P06_CONTACT}，联系电话：{P06_MOBILE}。",
    ]
    for text in contacts:
        pdf.paragraph(text)
    pdf.skip(16)
    pdf.line("忻州市城市管理局", 16, "right")
    pdf.line("2024年7月15日", 16, "right")
    return pdf.save("06-procurement-note.pdf", "采购项目中标结果公告", date)


# ---------------------------------------------------------------------------
# 07 clean 政府信息公开指南 (TXT)
# ---------------------------------------------------------------------------

CLEAN_NOTICE_LINES = [
    "忻州市人民政府办公室政府信息公开指南",
    "",
    "    为了更好地提供政府信息公开服务，根据《中华人民共和国政府信息公开条例》"
    "（以下简称《条例》）和《忻州市人民政府办公室关于进一步做好政府信息公开工作的"
    "通知》（忻府政秘函〔2018〕66号）要求，编制本指南。",
    "    一、主动公开",
    "    （一）公开范围。本机关按照《条例》第十九条、第二十条的规定，"
    "主动公开机构职能、政策文件、规划计划、财政预决算等政府信息。",
    "    （二）公开方式。主动公开的政府信息，通过忻州市人民政府门户网站"
    "“政府信息公开”专栏、政府公报、新闻发布会等途径公开。",
    "    （三）公开时限。属于主动公开范围的政府信息，"
    "自该信息形成或者变更之日起20个工作日内予以公开。",
    "    二、依申请公开",
    "    （一）受理机构：忻州市人民政府办公室政务公开科。",
    "    办公地址：忻州市忻府区和平西街1号市政府办公楼一层政务公开服务窗口",
    "    办公时间：工作日上午8:00—12:00，下午14:30—18:00（法定节假日除外）",
    "    联系电话：0350-3032811",
    "    政务服务便民热线：12345",
    "    （二）申请方式。申请人可以通过当面提交、信函、网络等方式提出申请，"
    "并如实填写《政府信息公开申请表》。",
    "    （三）处理期限。能够当场答复的，当场予以答复；不能当场答复的，"
    "自收到申请之日起20个工作日内予以答复；需要延长答复期限的，"
    "经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不超过20个工作日。",
    "    （四）不予公开的范围。涉及国家秘密的信息不予公开。"
    "依照《条例》规定不予公开的其他情形，本机关将书面告知并说明理由。",
    "    （五）收费标准。行政机关依申请提供政府信息，不收取费用。",
    "    三、监督和救济",
    "    公民、法人或者其他组织认为本机关在政府信息公开工作中侵犯其合法权益的，"
    "可以向上一级行政机关或者政府信息公开工作主管部门投诉、举报，"
    "也可以依法申请行政复议或者提起行政诉讼。",
    "",
    "忻州市人民政府办公室",
    "2024年1月10日",
]


def make_07_clean_notice() -> Path:
    """A clean disclosure guide: public landline, hotline, no personal data."""
    return write_txt("07-clean-notice.txt", CLEAN_NOTICE_LINES)


# ---------------------------------------------------------------------------
# 08 联合发文 (DOCX)
# ---------------------------------------------------------------------------


def make_08_joint_document() -> Path:
    """Joint notice by two issuers with both 印发 lines."""
    date = dt.datetime(2024, 8, 20, 9, 0, 0)
    document = new_docx()
    set_header_footer(document, "忻州市教育局　忻州市财政局")
    add_par(
        document,
        "忻州市教育局",
        WD_ALIGN_PARAGRAPH.CENTER,
        False,
        XIAOBIAOSONG,
        36,
        color=RED,
    )
    add_par(
        document,
        "忻州市财政局文件",
        WD_ALIGN_PARAGRAPH.CENTER,
        False,
        XIAOBIAOSONG,
        36,
        color=RED,
    )
    add_par(document, "")
    add_par(document, "忻市教发〔2024〕21号", WD_ALIGN_PARAGRAPH.CENTER, False)
    add_par(document, "")
    add_title(document, "忻州市教育局　忻州市财政局")
    add_title(document, "关于做好2024年秋季学期家庭经济困难学生资助工作的通知")
    add_left(document, "各县（市、区）教育局、财政局，市直各学校：")
    body = [
        "为切实做好2024年秋季学期家庭经济困难学生资助工作，"
        "确保各项资助政策落实到位，现就有关事项通知如下：",
        "一、精准认定资助对象。各地各校要严格按照家庭经济困难学生认定办法，"
        "坚持公平、公正、公开的原则，做到应助尽助。",
        "二、及时足额发放资金。各级财政部门要按规定落实资金分担责任，"
        "教育部门要在9月30日前将国家助学金足额发放到受助学生手中。",
        "三、加强资金监督管理。严禁挤占、挪用、截留资助资金，"
        "公示受助学生名单时不得公开学生身份证件号码、家庭住址、联系电话等个人信息。",
        "四、做好政策宣传工作。各地各校要通过多种渠道宣传资助政策，"
        "畅通12345热线等咨询渠道，及时回应社会关切。",
    ]
    for text in body:
        add_par(document, text)
    add_par(
        document,
        [
            ("联系人：", False),
            (P08_CONTACT, False),
            ("（市教育局学生资助管理中心），联系电话：", False),
            (P08_MOBILE, False),
            ("。", False),
        ],
    )
    add_par(document, "")
    add_right(document, "忻州市教育局　　　　忻州市财政局")
    add_right(document, "2024年8月20日")
    add_left(document, "（此件主动公开）")
    add_par(document, "")
    add_left(document, "抄送：山西省教育厅，山西省财政厅。", 14)
    add_left(document, "忻州市教育局办公室　　　　　　　　2024年8月21日印发", 14)
    add_left(document, "忻州市财政局办公室　　　　　　　　2024年8月21日印发", 14)
    return save_docx(document, "08-joint-document.docx", "联合发文通知", date)


# ---------------------------------------------------------------------------
# 09 classified notice as PDF
# ---------------------------------------------------------------------------


def make_09_classified_scan_notice() -> Path:
    """A short 秘密★1年 notice (period counted from 2023-06-01, now expired)."""
    date = dt.datetime(2023, 6, 1, 9, 0, 0)
    pdf = PdfComposer()
    pdf.line("000045", 16)
    pdf.line("秘密★1年", 16)
    pdf.skip(10)
    pdf.line("忻州市人民政府办公室文件", 30, "center", PDF_RED, gap=1.6)
    pdf.line("忻政办发〔2023〕27号", 16, "center")
    pdf.rule()
    pdf.skip(8)
    pdf.line("忻州市人民政府办公室", 22, "center", gap=1.5)
    pdf.line("关于做好汛期重点目标安全防范工作的通知", 22, "center", gap=2.0)
    pdf.line("各县（市、区）人民政府，市直有关单位：", 16)
    body = [
        "为确保汛期全市重点目标安全，现将《重点防护目标清单》随文下发，"
        "请各地对照清单逐一落实防护措施，明确责任人员。",
        "清单所列目标的位置、防护力量部署等情况，不得在公开场合和互联网上传播，"
        "不得擅自复制、摘抄。",
        "各地落实情况请于2023年6月20日前报市应急管理局。",
    ]
    for text in body:
        pdf.paragraph(text)
    pdf.skip(16)
    pdf.line("忻州市人民政府办公室", 16, "right")
    pdf.line("2023年6月1日", 16, "right")
    return pdf.save("09-classified-scan-notice.pdf", "重点目标安全防范工作通知", date)


# ---------------------------------------------------------------------------
# Secrecy list
# ---------------------------------------------------------------------------

SECRECY_LIST_LINES = [
    "# 本单位保密事项清单（示例，内容虚构，仅供测试）",
    "# 格式：UTF-8，每行一项；以 # 开头的行为注释；",
    "# 可写作“类别<TAB>词条”；词条以 re: 开头时按正则表达式匹配。",
    "# 类别：state_secret work_secret trade_secret personal_privacy",
    "#       internal_affairs process_info law_enforcement security_stability",
    "state_secret\t应急物资储备库布局调整方案",
    "state_secret\tre:储备点代号[A-Z]{2}-\\d{3}",
    "security_stability\t重点防护目标清单",
    "trade_secret\t成本构成",
    "work_secret\t干部考察谈话记录",
    "internal_affairs\t机关值班安排表",
    "law_enforcement\t案件调查终结报告",
    "process_info\t党组会议讨论记录",
    "personal_privacy\t家庭经济状况核查结果",
    "涉密载体台账",
]


def secrecy_terms(lines: Iterable[str]) -> list[tuple[str, str]]:
    """Parse the keyword list into (category, term) pairs."""
    terms = []
    for raw in lines:
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        category, _, term = line.rpartition("\t")
        terms.append((category, term))
    return terms


def term_hits(term: str, text: str) -> bool:
    """True if a list term (literal or re:) occurs in text."""
    if term.startswith("re:"):
        return re.search(term[3:], text) is not None
    return term in text


def make_secrecy_list() -> Path:
    """Write the unit secrecy list and check it against the samples."""
    clean = "\n".join(CLEAN_NOTICE_LINES)
    classified = (OUT_DIR / "04-classified-notice.txt").read_text(encoding="utf-8")
    terms = secrecy_terms(SECRECY_LIST_LINES)
    for _, term in terms:
        if term_hits(term, clean):
            raise AssertionError(f"secrecy term {term!r} occurs in the clean notice")
    state_hits = [t for c, t in terms if c == "state_secret" and term_hits(t, classified)]
    if len(state_hits) < 2:
        raise AssertionError("the classified notice must hit state_secret terms")
    return write_txt("secrecy-list.txt", SECRECY_LIST_LINES)


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------


def self_check() -> None:
    """Validate every planted identifier before writing anything."""
    ids = [P01_ID, P02_ID, *(row[1] for row in P03_ROWS)]
    for number in ids:
        if not is_valid_id(number):
            raise AssertionError(f"invalid ID {number}")
    for code in (P06_BIDDER_USCC, P06_PURCHASER_USCC):
        if not is_valid_uscc(code):
            raise AssertionError(f"invalid USCC {code}")
    for row in P03_ROWS:
        checked_mobile(row[2])
    # Reference vectors from GB 11643 / GB 32100 examples.
    if id_check_digit("11010519491231002") != "X":
        raise AssertionError("ID check digit helper is wrong")
    if uscc_check_char("91350100M000100Y4") != "3":
        raise AssertionError("USCC check helper is wrong")


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    """Build every sample file into the samples folder."""
    self_check()
    built = [
        make_01_penalty_decision(),
        make_02_application_reply(),
        make_03_subsidy_list(),
        make_04_classified_notice(),
        make_05_draft_for_comments(),
        make_06_procurement_note(),
        make_07_clean_notice(),
        make_08_joint_document(),
        make_09_classified_scan_notice(),
        make_secrecy_list(),
    ]
    for path in built:
        print(f"{path.name:32} {path.stat().st_size:>8} bytes")


if __name__ == "__main__":
    main()
