#!/usr/bin/env python3
"""Generate the labelled corpus of fictitious Chinese government documents.

    python generate.py OUT_DIR [--seed N] [--no-check]

Writes the documents under OUT_DIR/{docx,pdf,txt,sheets}/ and OUT_DIR/labels.json, then runs the
self-check (check.py) on the result. Deterministic for a given seed (LibreOffice-produced files
carry LibreOffice's own timestamps; their text is deterministic).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import shutil
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import corpus_base  # noqa: E402
import kinds_gov as G  # noqa: E402
import kinds_letters as L  # noqa: E402
import kinds_lists as S  # noqa: E402
from corpus_base import Doc, LabelError  # noqa: E402
from render import (P, Table, soffice_convert, write_csv, write_docx, write_pdf_mupdf,  # noqa: E402
                    write_pdf_reportlab, write_txt, write_xlsx)

D = dt.date

# (kind, builder, format, producer, options)
SPEC = [
    # ---------------- DOCX (45)
    ("行政处罚决定书", L.penalty, "docx", "python-docx", {"party": "person"}),
    ("行政处罚决定书", L.penalty, "docx", "python-docx", {"party": "company"}),
    ("行政处罚决定书", L.penalty, "docx", "soffice", {"party": "person", "getihu": True, "id_style": "684"}),
    ("政府信息公开申请答复书", L.oga_reply, "docx", "python-docx",
     {"channel": "email", "outcome": "partial", "with_id": True, "id_style": "4442"}),
    ("政府信息公开申请答复书", L.oga_reply, "docx", "python-docx", {"channel": "mail", "outcome": "open", "passport": True}),
    ("政府信息公开申请答复书", L.oga_reply, "docx", "python-docx", {"channel": "online", "outcome": "secret", "company": True}),
    ("政府信息公开申请答复书", L.oga_reply, "docx", "soffice",
     {"channel": "window", "outcome": "none", "with_id": True, "id_style": "fullwidth"}),
    ("政府信息公开申请补正告知书", L.oga_notice, "docx", "python-docx", {"sub": "补正"}),
    ("信访事项处理意见书", L.xinfang, "docx", "python-docx", {"sub": "处理"}),
    ("信访事项处理意见书", L.xinfang, "docx", "soffice", {"sub": "处理", "old15": True}),
    ("信访事项复查意见书", L.xinfang, "docx", "python-docx", {"sub": "复查"}),
    ("12345热线工单", L.hotline, "docx", "python-docx", {"topic": "heat"}),
    ("12345热线工单", L.hotline, "docx", "python-docx", {"topic": "water"}),
    ("临时救助公示名单", S.relief_list, "docx", "python-docx",
     {"program": "临时救助", "rows": 180, "two_level": True, "with_phone": True}),
    ("最低生活保障公示名单", S.relief_list, "docx", "python-docx", {"program": "最低生活保障", "masked": True, "rows": 120,
                                                          "with_phone": True}),
    ("特困人员救助供养公示名单", S.relief_list, "docx", "python-docx",
     {"program": "特困人员救助供养", "rows": 160, "hdr_name": "供养对象", "hdr_id": "证件号", "hdr_card": "存折账号",
      "with_addr": True, "hdr_addr": "现居住地", "subtotal_every": 40}),
    ("临时救助公示名单", S.relief_list, "docx", "python-docx",
     {"program": "临时救助", "rows": 60, "break_ok": True,
      "id_styles": {"plain": 6, "break": 3, "4442": 1, "lowerx": 1}, "card_styles": ["plain", "space", "double"]}),
    ("医疗救助公示名单", S.medical_list, "docx", "python-docx", {"rows": 150}),
    ("残疾人两项补贴名单", S.disability_list, "docx", "python-docx", {"rows": 160}),
    ("学生资助名单", S.student_list, "docx", "python-docx", {"sub": "资助", "rows": 80}),
    ("房屋征收补偿公示", S.expropriation_list, "docx", "python-docx", {"rows": 70}),
    ("中标（成交）结果公告", G.procurement, "docx", "python-docx", {}),
    ("人事任免通知", G.appointment, "docx", "python-docx", {"sub": "任免"}),
    ("干部任前公示", G.appointment, "docx", "python-docx", {"sub": "公示"}),
    ("会议纪要", G.minutes, "docx", "python-docx", {"internal_header": True, "bad_note": True}),
    ("会议纪要", G.minutes, "docx", "soffice", {"sub": "专题"}),
    ("征求意见函（内部）", G.draft, "docx", "python-docx", {}),
    ("公开征求意见公告", G.draft, "docx", "python-docx", {"public": True}),
    ("请示", G.request, "docx", "python-docx", {}),
    ("新闻稿", G.news, "docx", "python-docx", {"sub": "救助"}),
    ("新闻稿", G.news, "docx", "python-docx", {"sub": "调研"}),
    ("机动车公告", G.traffic, "docx", "python-docx", {"sub": "逾期", "rows": 50}),
    ("行政许可决定书", L.licence, "docx", "python-docx", {"sub": "采伐"}),
    ("行政许可决定书", L.licence, "docx", "soffice", {"sub": "建设"}),
    ("通告（含缴费账户）", G.public_notice, "docx", "python-docx", {"sub": "医保"}),
    ("申报通知", G.public_notice, "docx", "python-docx", {"sub": "申报"}),
    ("停水通知", G.public_notice, "docx", "python-docx", {"sub": "停水", "bad_note": True}),
    ("联合发文通知", G.joint_doc, "docx", "python-docx", {}),
    ("涉密文件", G.classified, "docx", "python-docx", {"level": "秘密", "period": "1年", "date": D(2019, 5, 14)}),
    ("涉密文件", G.classified, "docx", "python-docx",
     {"level": "机密", "period": "10年", "date": D(2020, 9, 3), "urgent": "特急"}),
    ("涉密文件", G.classified, "docx", "soffice",
     {"level": "秘密", "period": "6个月", "date": D(2026, 3, 10), "note_text": "（此件公开发布）"}),
    ("内部资料", G.internal, "docx", "python-docx", {"in_header": True}),
    ("工作秘密文件", G.internal, "docx", "python-docx", {"mark": "工作秘密"}),
    ("转发密码电报的通知", G.cable_report, "docx", "python-docx", {}),
    ("保密审查制度（规范性文件）", G.regulation, "docx", "python-docx", {}),
    # ---------------- PDF (35)
    ("行政处罚决定书", L.penalty, "pdf", "mupdf", {"party": "person", "id_style": "break"}),
    ("行政处罚决定书", L.penalty, "pdf", "soffice", {"party": "company"}),
    ("政府信息公开申请答复书", L.oga_reply, "pdf", "mupdf", {"channel": "email", "outcome": "open", "passport": True}),
    ("政府信息公开申请答复书", L.oga_reply, "pdf", "reportlab", {"channel": "mail", "outcome": "partial"}),
    ("政府信息公开申请答复书", L.oga_reply, "pdf", "soffice", {"channel": "online", "outcome": "none", "with_id": True,
                                                          "id_style": "stray"}),
    ("信访事项处理意见书", L.xinfang, "pdf", "mupdf", {"sub": "处理", "email": True}),
    ("信访事项复查意见书", L.xinfang, "pdf", "reportlab", {"sub": "复查"}),
    ("临时救助公示名单", S.relief_list, "pdf", "mupdf", {"program": "临时救助", "rows": 120, "narrow_id": True, "fs": 8}),
    ("最低生活保障公示名单", S.relief_list, "pdf", "reportlab", {"program": "最低生活保障", "masked": True, "rows": 100,
                                                          "with_addr": True}),
    ("临时救助公示名单", S.relief_list, "pdf", "mupdf", {"program": "临时救助", "rows": 100, "lines": False, "fs": 8}),
    ("医疗救助公示名单", S.medical_list, "pdf", "reportlab", {"rows": 100, "prog": "重特大疾病医疗救助",
                                                         "hdr_name": "救助对象", "hdr_dis": "病种", "hdr_card": "收款账号"}),
    ("残疾人两项补贴名单", S.disability_list, "pdf", "mupdf", {"rows": 100}),
    ("学生资助名单", S.student_list, "pdf", "soffice", {"sub": "资助", "rows": 60}),
    ("房屋征收补偿公示", S.expropriation_list, "pdf", "mupdf", {"rows": 50}),
    ("中标（成交）结果公告", G.procurement, "pdf", "mupdf", {}),
    ("中标（成交）结果公告", G.procurement, "pdf", "reportlab", {}),
    ("人事任免通知", G.appointment, "pdf", "soffice", {"sub": "任免"}),
    ("会议纪要", G.minutes, "pdf", "mupdf", {}),
    ("请示", G.request, "pdf", "soffice", {}),
    ("新闻稿", G.news, "pdf", "reportlab", {"sub": "法治"}),
    ("机动车公告", G.traffic, "pdf", "mupdf", {"sub": "逾期", "rows": 40, "fs": 8}),
    ("交通事故协查通报", G.traffic, "pdf", "reportlab", {"sub": "协查"}),
    ("行政许可决定书", L.licence, "pdf", "mupdf", {"sub": "取水"}),
    ("通告（含缴费账户）", G.public_notice, "pdf", "soffice", {"sub": "医保"}),
    ("联合发文通知", G.joint_doc, "pdf", "mupdf", {}),
    ("涉密文件", G.classified, "pdf", "mupdf", {"level": "绝密", "period": "长期", "date": D(2023, 6, 20)}),
    ("涉密文件", G.classified, "pdf", "reportlab", {"level": "机密", "period": "5年", "date": D(2018, 3, 12)}),
    ("涉密文件", G.classified, "pdf", "soffice", {"level": "机密", "period": "3年", "date": D(2021, 4, 8), "style": "1999"}),
    ("涉密文件", G.classified, "pdf", "mupdf",
     {"level": "秘密", "period": "6个月", "date": D(2026, 8, 20), "with_private": True, "urgent": "加急"}),
    ("内部资料", G.internal, "pdf", "mupdf", {}),
    ("保密审查制度（规范性文件）", G.regulation, "pdf", "soffice", {}),
    ("公益性岗位补贴公示", S.public_post_list, "pdf", "reportlab", {"rows": 70}),
    ("12345热线办理情况选登", L.hotline_digest, "pdf", "mupdf", {}),
    ("政府信息公开申请延期答复告知书", L.oga_notice, "pdf", "reportlab", {"sub": "延期"}),
    ("新生入学名单", S.student_list, "pdf", "mupdf", {"sub": "入学", "rows": 50}),
    # ---------------- TXT (30)
    ("行政处罚决定书", L.penalty, "txt", "utf-8", {"party": "person", "id_style": "double"}),
    ("政府信息公开申请答复书", L.oga_reply, "txt", "gb18030-crlf", {"channel": "email", "outcome": "partial"}),
    ("政府信息公开申请答复书", L.oga_reply, "txt", "utf-8", {"channel": "online", "outcome": "open", "with_id": True,
                                                         "id_style": "break"}),
    ("政府信息公开申请延期答复告知书", L.oga_notice, "txt", "utf-8", {"sub": "延期"}),
    ("信访事项处理意见书", L.xinfang, "txt", "utf-8-sig", {"sub": "处理", "email": True, "old15": True}),
    ("12345热线工单", L.hotline, "txt", "utf-8", {"topic": "heat"}),
    ("12345热线工单", L.hotline, "txt", "gb18030-crlf", {"topic": "noise"}),
    ("12345热线工单", L.hotline, "txt", "utf-8", {"topic": "permit"}),
    ("12345热线办理情况选登", L.hotline_digest, "txt", "utf-8", {}),
    ("临时救助公示名单", S.relief_list, "txt", "utf-8", {"program": "临时救助", "rows": 150, "with_phone": True}),
    ("最低生活保障公示名单", S.relief_list, "txt", "utf-8-aligned", {"program": "最低生活保障", "masked": True, "rows": 80}),
    ("残疾人两项补贴名单", S.disability_list, "txt", "utf-8-aligned", {"rows": 100, "cert_lower": True}),
    ("新生入学名单", S.student_list, "txt", "utf-8", {"sub": "入学", "rows": 60}),
    ("医疗救助公示名单", S.medical_list, "txt", "gb18030-crlf", {"rows": 80}),
    ("房屋征收补偿公示", S.expropriation_list, "txt", "utf-8-aligned", {"rows": 40}),
    ("中标（成交）结果公告", G.procurement, "txt", "utf-8", {}),
    ("干部任前公示", G.appointment, "txt", "utf-8-aligned", {"sub": "公示"}),
    ("征求意见函（内部）", G.draft, "txt", "utf-8", {}),
    ("请示", G.request, "txt", "utf-8", {}),
    ("新闻稿", G.news, "txt", "utf-8", {"sub": "调研"}),
    ("新闻稿", G.news, "txt", "utf-8", {"sub": "救助"}),
    ("新闻稿", G.news, "txt", "utf-8-sig", {"sub": "法治"}),
    ("交通事故协查通报", G.traffic, "txt", "utf-8", {"sub": "协查"}),
    ("行政许可决定书", L.licence, "txt", "utf-8", {"sub": "采伐"}),
    ("涉密文件", G.classified, "txt", "utf-8",
     {"level": "秘密", "period": "2年", "date": D(2025, 1, 16), "mark_text": "秘密 ★ 2年"}),
    ("工作秘密文件", G.internal, "txt", "utf-8", {"mark": "工作秘密"}),
    ("保密审查制度（规范性文件）", G.regulation, "txt", "utf-8", {}),
    ("会议纪要", G.minutes, "txt", "gb18030-crlf", {}),
    ("高龄津贴发放名单", S.elderly_allowance, "txt", "utf-8", {"rows": 120}),
    ("申报通知", G.public_notice, "txt", "utf-8", {"sub": "申报", "email_public": False}),
    # ---------------- spreadsheets (format_extra)
    ("耕地地力保护补贴清册", S.farm_subsidy, "xlsx", "openpyxl", {"rows": 200, "old15": True, "mid_total": True}),
    ("耕地地力保护补贴清册", S.farm_subsidy, "xlsx", "openpyxl",
     {"rows": 150, "headers": ["编号", "农户姓名", "公民身份号码", "确权面积", "补贴面积", "标准", "应发金额", "惠农卡号",
                               "代发银行", "手机号码"]}),
    ("耕地地力保护补贴清册", S.farm_subsidy, "csv", "gb18030", {"rows": 120}),
    ("耕地地力保护补贴清册", S.farm_subsidy, "csv", "utf-8-sig", {"rows": 100, "old15": True}),
    ("高龄津贴发放名单", S.elderly_allowance, "xlsx", "openpyxl", {"rows": 130}),
    ("高龄津贴发放名单", S.elderly_allowance, "csv", "gb18030", {"rows": 90, "hdr_id": "证件号", "hdr_card": "社保卡卡号"}),
    ("公益性岗位补贴公示", S.public_post_list, "xlsx", "openpyxl", {"rows": 80, "sheet": True}),
    ("临时救助公示名单", S.relief_list, "xlsx", "openpyxl", {"program": "临时救助", "rows": 140, "two_level": True}),
    ("残疾人两项补贴名单", S.disability_list, "xlsx", "openpyxl", {"rows": 120}),
    ("医疗救助公示名单", S.medical_list, "csv", "gb18030", {"rows": 90}),
]

DIRS = {"docx": "docx", "pdf": "pdf", "txt": "txt", "xlsx": "sheets", "csv": "sheets"}


def boilerplate() -> str:
    """All template text: generated names must not occur in it (a name inside 安全生产法 would
    make its label ambiguous)."""
    out = []
    for f in ("kinds_gov.py", "kinds_letters.py", "kinds_lists.py", "corpus_base.py"):
        with open(os.path.join(HERE, f), encoding="utf-8") as fh:
            out.append("".join(re.findall(r"[\u4e00-\u9fff]+", fh.read())))
    return "\n".join(out)


def doc_text(d: Doc) -> str:
    parts = []
    for b in d.blocks:
        if isinstance(b, Table):
            for r in b.rows:
                parts.append("\t".join(c.replace("\n", "") for c in r))
        else:
            parts.append(b.text.replace("\n", ""))
    if d.header_text:
        parts.append(d.header_text)
    if d.sheet:
        parts.append(d.sheet.get("title", ""))
        parts.extend(d.sheet.get("notes", []))
    return "\n".join(parts)


def finalize(d: Doc) -> None:
    text = doc_text(d)
    for v in d.items:
        if v not in text:
            raise LabelError(f"{d.file}: labelled value {v!r} not in the document")
    redact = [v for v, (_, e) in d.items.items() if e == "redact"]
    keep = [v for v, (_, e) in d.items.items() if e == "keep"]
    for k in keep:
        for r in redact:
            if r in k:
                raise LabelError(f"{d.file}: redact value {r!r} inside keep value {k!r}")
    # A keep value that only occurs inside a redact value cannot be scored: drop it, and make
    # sure any keep value that does overlap also occurs on its own somewhere.
    for k in keep:
        inside = [r for r in redact if k in r]
        if inside:
            stripped = text
            for r in sorted(inside, key=len, reverse=True):
                stripped = stripped.replace(r, "\x00")
            if k not in stripped:
                del d.items[k]


def collapse_spaces(d: Doc) -> None:
    """ReportLab paragraphs collapse runs of spaces, so its documents are written (and labelled)
    with single spaces."""
    def c(s: str) -> str:
        return re.sub(r" {2,}", " ", s)
    for b in d.blocks:
        if isinstance(b, Table):
            b.rows = [[c(x) for x in r] for r in b.rows]
        else:
            b.text = c(b.text)
    d.items = {c(v): te for v, te in d.items.items()}


def safe(s: str) -> str:
    s = re.sub(r"[\\/:*?\"<>|\s]", "", s.replace("\n", ""))
    return s[:34]


def build(out: str, seed: int, dry: bool = False) -> list[dict]:
    corpus_base.BOILER = boilerplate()
    master = random.Random(seed)
    tmp = tempfile.mkdtemp(prefix="dev-corpus-")
    for sub in set(DIRS.values()):
        os.makedirs(os.path.join(out, sub), exist_ok=True)
    docs = []
    lo_pdf, lo_docx = [], []
    for i, (kind, fn, fmt, producer, var) in enumerate(SPEC, start=1):
        rng = random.Random(master.randrange(1 << 30))
        d = Doc(file="", kind=kind, fmt=fmt, rng=rng, producer=producer)
        fn(d, dict(var))
        titles = [b.text for b in d.blocks if isinstance(b, P) and b.style == "title"]
        title = d.title or (titles[0] + titles[1] if len(titles) > 1 and "关于" not in titles[0]
                            and len(titles[0]) < 20 else titles[0] if titles else kind)
        d.title = title.replace("\n", "")
        ext = fmt
        d.file = f"{DIRS[fmt]}/{i:03d}_{safe(d.title)}.{ext}"
        if producer == "reportlab":
            collapse_spaces(d)
        finalize(d)
        path = os.path.join(out, d.file)
        if dry:
            docs.append(d)
            continue
        author = rng.choice(["Administrator", "User", "微软用户", "dell", "办公室"])
        if fmt == "docx":
            if producer == "soffice":
                src = os.path.join(tmp, "docx_in", os.path.basename(d.file))
                os.makedirs(os.path.dirname(src), exist_ok=True)
                write_docx(src, d.blocks, author, d.title, d.header_text)
                lo_docx.append((src, path))
            else:
                write_docx(path, d.blocks, author, d.title, d.header_text)
        elif fmt == "pdf":
            if producer == "mupdf":
                write_pdf_mupdf(path, d.blocks, d.title, author)
            elif producer == "reportlab":
                write_pdf_reportlab(path, d.blocks, d.title, author)
            else:
                src = os.path.join(tmp, "pdf_in", os.path.basename(d.file)[:-4] + ".docx")
                os.makedirs(os.path.dirname(src), exist_ok=True)
                write_docx(src, d.blocks, author, d.title, d.header_text)
                lo_pdf.append((src, path))
        elif fmt == "txt":
            enc = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "gb18030-crlf": "gb18030",
                   "utf-8-aligned": "utf-8"}[producer]
            write_txt(path, d.blocks, encoding=enc, newline="\r\n" if producer.endswith("crlf") else "\n",
                      table_style="aligned" if producer.endswith("aligned") else "tsv",
                      indent=rng.choice(["　　", "    ", "　　"]))
            if producer != "utf-8":
                d.note += f"文本编码/排版：{producer}。"
        else:
            table = next(b for b in d.blocks if isinstance(b, Table))
            paras = [b.text for b in d.blocks if isinstance(b, P) and b.text and b.text.replace("\n", "") != d.title]
            notes = (d.sheet.get("notes") or []) + paras
            if fmt == "xlsx":
                write_xlsx(path, d.title, table, d.sheet.get("sheet", "Sheet1"), notes, author)
            else:
                write_csv(path, d.title, table, encoding=producer, notes=notes)
                d.note += f"CSV 编码：{producer}。"
        docs.append(d)
    if dry:
        return [d.label() for d in docs]
    by_dir = {}
    for src, dst in lo_pdf:
        by_dir.setdefault(os.path.dirname(dst), []).append((src, dst))
    for outdir, pairs in by_dir.items():
        soffice_convert([s for s, _ in pairs], "pdf", outdir)
    if lo_docx:
        conv = os.path.join(tmp, "docx_out")
        os.makedirs(conv, exist_ok=True)
        soffice_convert([s for s, _ in lo_docx], "docx", conv)
        for src, dst in lo_docx:
            shutil.move(os.path.join(conv, os.path.basename(src)), dst)
    shutil.rmtree(tmp, ignore_errors=True)
    for d in docs:
        if d.producer == "soffice":
            d.note += "由 LibreOffice 转换生成。"
    labels = [d.label() for d in docs]
    with open(os.path.join(out, "labels.json"), "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    return labels


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-check", action="store_true")
    ap.add_argument("--dry-run", action="store_true", help="build and validate labels, write nothing")
    a = ap.parse_args()
    labels = build(a.out, a.seed, a.dry_run)
    if a.dry_run:
        print(f"dry run: {len(labels)} documents built")
        return 0
    print(f"wrote {len(labels)} documents to {a.out}")
    if a.no_check:
        return 0
    import check
    return check.main([a.out])


if __name__ == "__main__":
    sys.exit(main())
