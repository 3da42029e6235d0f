#!/usr/bin/env python3
"""Held-out labelled corpus of county/township government documents for the baomi confidentiality review.

    python generate.py OUT_DIR [--seed N] [--no-soffice] [--no-check]

Writes OUT_DIR/{docx,pdf,txt,sheets}/NNN_<kind>.<ext> and OUT_DIR/labels.json, then runs the
self-check (check.py) unless --no-check. Deterministic for a given seed (LibreOffice output aside,
whose bytes carry timestamps; its text is stable).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import kinds_a as A  # noqa: E402
import kinds_b as B  # noqa: E402
import kinds_c as C  # noqa: E402
from core import Doc  # noqa: E402
from render import (render_csv, render_docx, render_pdf_fitz, render_pdf_rl, render_txt, render_xlsx,  # noqa: E402
                    soffice_convert)

# kind label, builder, (docx, pdf, txt)
SCHEDULE = [
    ("行政处罚决定书", A.k_penalty, (3, 2, 1)),
    ("政府信息公开申请答复书", A.k_reply, (3, 3, 3)),
    ("信访事项处理意见书", A.k_petition, (2, 2, 2)),
    ("信访事项复查意见书", lambda d: A.k_petition(d, review=True), (1, 0, 1)),
    ("12345热线工单答复", A.k_hotline, (0, 1, 3)),
    ("最低生活保障对象公示", B.k_dibao, (2, 2, 1)),
    ("临时救助对象公示", B.k_temp_relief, (1, 1, 1)),
    ("医疗救助对象公示", B.k_medical, (1, 1, 1)),
    ("残疾人两项补贴公示", B.k_disability, (1, 1, 1)),
    ("学生资助名单公示", B.k_student_aid, (1, 1, 1)),
    ("新生入学名单公示", B.k_enroll, (1, 1, 0)),
    ("中标（成交）结果公告", B.k_award, (2, 2, 1)),
    ("人事任免通知", C.k_appoint, (2, 1, 1)),
    ("干部任前公示", C.k_pre_appoint, (1, 1, 1)),
    ("会议纪要", C.k_minutes, (2, 1, 1)),
    ("征求意见函（征求意见稿）", C.k_consult, (2, 1, 0)),
    ("请示", C.k_request, (2, 1, 1)),
    ("工作动态", C.k_news, (2, 1, 2)),
    ("交通管理公告", B.k_traffic, (1, 2, 1)),
    ("房屋征收补偿分户公示", B.k_expro, (1, 1, 1)),
    ("行政许可决定书", A.k_license, (2, 1, 1)),
    ("公开通知公告", C.k_notice, (2, 1, 1)),
    ("涉密文件", C.k_secret, (3, 2, 1)),
    ("内部资料/工作秘密", C.k_internal, (2, 1, 1)),
    ("联合发文", C.k_joint, (1, 1, 1)),
    ("保密审查制度文本", C.k_rules, (1, 1, 0)),
    ("劳动保障监察文书", A.k_labor, (1, 1, 0)),
    ("宅基地审批公示", B.k_homestead, (1, 0, 1)),
    ("行政复议决定书", A.k_reconsider, (1, 1, 0)),
]
SHEETS = [("xlsx", 0), ("csv", 0), ("xlsx", 1), ("xlsx", 1), ("csv", 2), ("xlsx", 2), ("xlsx", 3), ("csv", 3),
          ("xlsx", 4), ("xlsx", 4)]
EXT = {"docx": "docx", "pdf": "pdf", "txt": "txt", "xlsx": "xlsx", "csv": "csv"}
FONTS = ["仿宋_GB2312", "仿宋_GB2312", "仿宋", "宋体", "FangSong_GB2312"]
AUTHORS = ["Administrator", "user", "微软用户", "dell", "lenovo", "HP", "Windows 用户", "mzj", "xxgk"]


def build(seed: int):
    docs: list[Doc] = []
    idx = 0
    for kind, fn, counts in SCHEDULE:
        var = 0
        for fmt, n in zip(("docx", "pdf", "txt"), counts):
            for _ in range(n):
                idx += 1
                d = Doc(idx, kind, fmt, seed, variant=var)
                var += 1
                style(d)
                fn(d)
                docs.append(d)
    var = 0
    for fmt, v in SHEETS:
        idx += 1
        d = Doc(idx, "补贴发放明细", fmt, seed, variant=v)
        style(d)
        B.k_sheet(d)
        docs.append(d)
    # PDF producers: rotate fitz / reportlab / LibreOffice
    producers = ["fitz", "rl", "soffice"]
    k = 0
    for d in docs:
        if d.fmt == "pdf":
            d.pdf_via = producers[k % 3]
            k += 1
    k = 0
    for d in docs:
        if d.fmt == "docx":
            d.docx_via = "soffice" if k % 9 == 4 else "python-docx"
            k += 1
    return docs


def style(d: Doc):
    r = d.rng
    m = d.m
    m.font = r.choice(FONTS)
    m.author = r.choice(AUTHORS)
    if d.fmt == "txt":
        d.noise = r.choice([0, 1, 1, 2])
        m.txt_indent = r.choice(["　　", "    ", "", "　　"])
        m.txt_table = r.choice(["tab", "tab", "space"])
        m.newline = "\r\n" if r.random() < 0.4 else "\n"
        m.encoding = "gb18030" if d.idx % 17 == 5 else ("utf-8-sig" if r.random() < 0.2 else "utf-8")
    elif d.fmt in ("csv",):
        m.encoding = "gb18030" if d.variant == 2 else "utf-8-sig"
    else:
        d.noise = r.choice([0, 0, 1, 2]) if d.fmt != "xlsx" else 0
        if r.random() < 0.25:
            m.size = 12
    if r.random() < 0.3 and d.fmt in ("docx", "pdf"):
        m.footer_text = "— {n} —" if d.fmt == "pdf" else "— 1 —"


def write(docs, out: str, use_soffice=True):
    for sub in ("docx", "pdf", "txt", "sheets"):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    tmp = tempfile.mkdtemp(prefix="heldout-gen-")
    to_pdf, to_docx = [], []
    for d in docs:
        safe = d.kind.replace("/", "或").replace("（", "(").replace("）", ")")
        sub = "sheets" if d.fmt in ("xlsx", "csv") else d.fmt
        name = f"{d.idx:03d}_{safe}.{EXT[d.fmt]}"
        d.file = f"{sub}/{name}"
        path = os.path.join(out, d.file)
        if d.fmt == "docx":
            if getattr(d, "docx_via", "") == "soffice" and use_soffice:
                src = os.path.join(tmp, "rt", name)
                os.makedirs(os.path.dirname(src), exist_ok=True)
                render_docx(d.m, src)
                to_docx.append((src, path))
                d.notes.append("DOCX经LibreOffice另存")
            else:
                render_docx(d.m, path)
        elif d.fmt == "pdf":
            via = d.pdf_via if (use_soffice or d.pdf_via != "soffice") else "fitz"
            if via == "fitz":
                render_pdf_fitz(d.m, path)
                d.notes.append("PDF由PyMuPDF生成")
            elif via == "rl":
                render_pdf_rl(d.m, path)
                d.notes.append("PDF由ReportLab生成（非嵌入CID字体）")
            else:
                src = os.path.join(tmp, "lo", name[:-4] + ".docx")
                os.makedirs(os.path.dirname(src), exist_ok=True)
                render_docx(d.m, src)
                to_pdf.append((src, path))
                d.notes.append("PDF由LibreOffice从DOCX转换")
        elif d.fmt == "txt":
            render_txt(d.m, path)
            enc = d.m.encoding
            if enc != "utf-8" or d.m.newline != "\n":
                d.notes.append(f"TXT编码{enc}{'，CRLF换行' if d.m.newline == chr(13) + chr(10) else ''}")
        elif d.fmt == "xlsx":
            render_xlsx(d.m, path)
        else:
            render_csv(d.m, path)
            d.notes.append(f"CSV编码{d.m.encoding}")
    if to_pdf:
        od = os.path.join(tmp, "lo-out")
        os.makedirs(od, exist_ok=True)
        soffice_convert([s for s, _ in to_pdf], od, "pdf")
        for s, dst in to_pdf:
            shutil.move(os.path.join(od, os.path.basename(s)[:-5] + ".pdf"), dst)
    if to_docx:
        od = os.path.join(tmp, "rt-out")
        os.makedirs(od, exist_ok=True)
        soffice_convert([s for s, _ in to_docx], od, 'docx:MS Word 2007 XML')
        for s, dst in to_docx:
            shutil.move(os.path.join(od, os.path.basename(s)), dst)
    shutil.rmtree(tmp, ignore_errors=True)
    labels = [d.label() for d in docs]
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    return labels


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-soffice", action="store_true", help="skip LibreOffice (those PDFs are drawn with PyMuPDF)")
    ap.add_argument("--no-check", action="store_true")
    a = ap.parse_args(argv)
    if os.path.exists(a.out):
        for sub in ("docx", "pdf", "txt", "sheets"):
            shutil.rmtree(os.path.join(a.out, sub), ignore_errors=True)
    docs = build(a.seed)
    labels = write(docs, a.out, use_soffice=not a.no_soffice)
    print(f"wrote {len(labels)} documents to {a.out}")
    if not a.no_check:
        import check
        return check.main([a.out])
    return 0


if __name__ == "__main__":
    sys.exit(main())
