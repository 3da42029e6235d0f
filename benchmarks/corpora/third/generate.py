#!/usr/bin/env python3
"""Corpus C generator: python generate.py OUT_DIR [--seed N] [--no-check]"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import kinds1 as K1  # noqa: E402
import kinds2 as K2  # noqa: E402
import kinds3 as K3  # noqa: E402
import render  # noqa: E402
import world  # noqa: E402
from model import Doc  # noqa: E402
import datetime as dt  # noqa: E402

D = dt.date


def plan():
    P = []

    def a(fn, fmt, kw=None, var=None):
        P.append((fn, fmt, kw or {}, var or {}))
    # ---------------- DOCX (40)
    a(K1.k_dibao, "docx", dict(rows=180, variant="A"), dict(landscape=False))
    a(K1.k_dibao, "docx", dict(rows=160, variant="C"), dict(landscape=True))
    a(K1.k_dibao, "docx_lo", dict(rows=60, variant="B"), dict(landscape=True))
    a(K1.k_dibao, "docx", dict(rows=150, variant="A", masked=True))
    a(K1.k_linshi, "docx", dict(rows=40), dict(landscape=True))
    a(K1.k_yiliao, "docx", dict(rows=60), dict(landscape=True))
    a(K1.k_yiliao, "docx", dict(rows=40, sscard=False))
    a(K1.k_canji, "docx", dict(rows=80), dict(landscape=True))
    a(K1.k_xuesheng, "docx", dict(rows=70))
    a(K1.k_zhengshou, "docx", dict(rows=45), dict(landscape=True))
    a(K1.k_gaoling, "docx", dict(rows=120))
    a(K2.k_chufa_person, "docx")
    a(K2.k_chufa_person, "docx")
    a(K2.k_chufa_company, "docx")
    a(K2.k_xinxi_reply, "docx", dict(channel="email", outcome="partial"))
    a(K2.k_xinxi_reply, "docx_lo", dict(channel="mail"))
    a(K2.k_xinxi_reply, "docx", dict(channel="online"))
    a(K2.k_buzheng, "docx")
    a(K2.k_xinfang, "docx", dict(kind="处理意见书"))
    a(K2.k_xinfang, "docx", dict(kind="处理意见书"))
    a(K2.k_xinfang, "docx_lo", dict(kind="复查意见书"))
    a(K2.k_12345, "docx")
    a(K2.k_zhongbiao, "docx")
    a(K3.k_renmian, "docx")
    a(K3.k_renqian, "docx")
    a(K3.k_jiyao, "docx", {}, dict(header="内部资料　注意保存"))
    a(K3.k_zhengqiu, "docx")
    a(K3.k_qingshi, "docx")
    a(K3.k_dongtai, "docx_lo")
    a(K3.k_dongtai, "docx", dict(internal=True))
    a(K3.k_cheliang, "docx", dict(rows=30))
    a(K2.k_xuke, "docx")
    a(K3.k_tonggao, "docx")
    a(K3.k_jiaokuan, "docx")
    a(K3.k_mimi, "docx", dict(level="秘密", period="1年", when=D(2026, 6, 18), urgency="特急"))
    a(K3.k_mimi_plain, "docx", dict(level="机密", period="10年", when=D(2019, 4, 2)))
    a(K3.k_gongzuo_mimi, "docx")
    a(K3.k_banfa, "docx_lo")
    a(K3.k_lianhe, "docx")
    a(K3.k_yanqi, "docx")
    # ---------------- PDF (30)
    a(K1.k_dibao, "pdf_lo", dict(rows=160, variant="A"))
    a(K2.k_xinxi_reply, "pdf_lo", dict(channel="email", outcome="none"))
    a(K2.k_xinfang, "pdf_lo", dict(kind="处理意见书"))
    a(K2.k_chufa_person, "pdf_lo")
    a(K3.k_renmian, "pdf_lo")
    a(K3.k_mimi, "pdf_lo", dict(level="秘密", period="6个月", when=D(2025, 3, 10)))
    a(K2.k_zhongbiao, "pdf_lo")
    a(K1.k_canji, "pdf_lo", dict(rows=60), dict(landscape=True))
    a(K3.k_lianhe, "pdf_lo")
    a(K3.k_tonggao, "pdf_lo")
    a(K1.k_yiliao, "pdf_rl", dict(rows=50), dict(landscape=True))
    a(K1.k_linshi, "pdf_rl", dict(rows=35), dict(landscape=False))
    a(K1.k_xuesheng, "pdf_rl", dict(rows=50))
    a(K1.k_zhengshou, "pdf_rl", dict(rows=40), dict(landscape=True))
    a(K2.k_xinxi_reply, "pdf_rl", dict(channel="online", outcome="partial"))
    a(K2.k_chufa_company, "pdf_rl")
    a(K2.k_xuke, "pdf_rl")
    a(K3.k_mimi_plain, "pdf_rl", dict(level="绝密", period="长期", when=D(2021, 11, 5)))
    a(K3.k_jiaokuan, "pdf_rl")
    a(K2.k_12345, "pdf_rl")
    a(K1.k_dibao, "pdf_mu", dict(rows=50, variant="B"), dict(grid=False, landscape=True))
    a(K1.k_gaoling, "pdf_mu", dict(rows=80), dict(grid=False))
    a(K3.k_cheliang, "pdf_mu", dict(rows=25), dict(landscape=True))
    a(K3.k_jiyao, "pdf_mu")
    a(K3.k_qingshi, "pdf_mu", dict(wrong_note=True))
    a(K3.k_dongtai, "pdf_mu")
    a(K3.k_banfa, "pdf_mu")
    a(K3.k_yanqi, "pdf_mu")
    a(K2.k_xinfang, "pdf_mu", dict(kind="复查意见书"))
    a(K3.k_mimi, "pdf_mu", dict(level="秘密", period="1年", when=D(2024, 9, 20), urgency="加急"))
    # ---------------- TXT (22)
    a(K1.k_dibao, "txt", dict(rows=150, variant="A"), dict(table_style="tab"))
    a(K1.k_dibao, "txt", dict(rows=100, variant="C"), dict(table_style="space"))
    a(K1.k_linshi, "txt", dict(rows=30), dict(table_style="space"))
    a(K1.k_yiliao, "txt", dict(rows=45), dict(table_style="tab"))
    a(K1.k_canji, "txt", dict(rows=50), dict(table_style="tab"))
    a(K1.k_zhengshou, "txt", dict(rows=35), dict(table_style="space"))
    a(K2.k_xinxi_reply, "txt", dict(channel="email", outcome="exists"), dict(hard_wrap=36))
    a(K2.k_xinxi_reply, "txt", dict(channel="inperson", outcome="partial"))
    a(K2.k_xinfang, "txt", dict(kind="处理意见书"), dict(hard_wrap=40))
    a(K2.k_xinfang, "txt", dict(kind="复查意见书"), dict(newline="\r\n"))
    a(K2.k_12345, "txt", {}, dict(table_style="tab"))
    a(K2.k_chufa_person, "txt", {}, dict(hard_wrap=38))
    a(K3.k_renmian, "txt")
    a(K3.k_jiyao, "txt")
    a(K3.k_zhengqiu, "txt")
    a(K3.k_dongtai, "txt")
    a(K3.k_cheliang, "txt", dict(rows=20), dict(table_style="tab"))
    a(K3.k_mimi, "txt", dict(level="机密", period="2年", when=D(2025, 1, 15)))
    a(K3.k_mimi_plain, "txt", dict(level="机密", period="5年", when=D(2020, 8, 30), style="cn", wrong_note=True))
    a(K3.k_banfa, "txt")
    a(K2.k_buzheng, "txt", {}, dict(encoding="gb18030"))
    a(K3.k_qingshi, "txt", {}, dict(newline="\r\n", table_style="space"))
    # ---------------- XLSX / CSV (8)
    a(K1.k_gengdi, "xlsx", dict(rows=150))
    a(K1.k_gengdi, "xlsx", dict(rows=110, header_style=1), dict(int_cols=[8]))
    a(K1.k_dibao, "xlsx", dict(rows=120, variant="C"))
    a(K1.k_canji, "xlsx", dict(rows=70))
    a(K1.k_yiliao, "xlsx", dict(rows=80))
    a(K1.k_gengdi, "csv", dict(rows=120))
    a(K1.k_linshi, "csv", dict(rows=40), dict(encoding="gb18030"))
    a(K1.k_dibao, "csv", dict(rows=90, variant="B"))
    return P


EXT = {"docx": "docx", "docx_lo": "docx", "pdf_lo": "pdf", "pdf_rl": "pdf", "pdf_mu": "pdf", "txt": "txt",
       "xlsx": "xlsx", "csv": "csv"}
PRODUCER = {"docx": "python-docx", "docx_lo": "python-docx→LibreOffice", "pdf_lo": "python-docx→LibreOffice PDF",
            "pdf_rl": "reportlab", "pdf_mu": "pymupdf", "txt": "text", "xlsx": "openpyxl", "csv": "csv"}


def _d(s):
    return s.replace("县", "区")


def district(doc):
    """The documents are written with 县 wording; a district (区) says 区长, 区民政局, 全区."""
    nb = []
    for b in doc.blocks:
        if b[0] == "p":
            nb.append(("p", _d(b[1]), b[2]))
        else:
            nb.append(("table", [[_d(x) for x in r] for r in b[1]], b[2]))
    doc.blocks = nb
    doc.items = {_d(k): v for k, v in doc.items.items()}
    doc.splits = {_d(k): [[_d(p) for p in parts] for parts in v] for k, v in doc.splits.items()}
    doc.note = _d(doc.note)


def soffice(files, outdir, target):
    if not files:
        return
    prof = tempfile.mkdtemp(prefix="lo_prof_")
    cmd = ["nice", "-n", "10", "soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", target,
           "--outdir", outdir] + files
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=1200)
    shutil.rmtree(prof, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=20261201)
    ap.add_argument("--no-check", action="store_true")
    ap.add_argument("--only", type=int, default=None, help="debug: generate only the first N")
    args = ap.parse_args()
    out = os.path.abspath(args.out)
    os.makedirs(out, exist_ok=True)
    for f in os.listdir(out):
        p = os.path.join(out, f)
        if os.path.isfile(p):
            os.remove(p)
    tmp = tempfile.mkdtemp(prefix="corpusC_")
    labels = []
    lo_pdf, lo_docx = [], []
    P = plan()
    if args.only:
        P = P[:args.only]
    for i, (fn, fmt, kw, var) in enumerate(P):
        rng = random.Random(args.seed * 1000 + i)
        loc = world.LOCALES[(i * 3 + args.seed) % len(world.LOCALES)]
        doc = Doc("", "主动公开")
        c = K1.Ctx(rng, loc, doc)
        fn(c, **kw)
        if loc["county"].endswith("区"):
            district(doc)
        ext = EXT[fmt]
        name = "C%03d_%s_%s.%s" % (i + 1, doc.kind.split("（")[0], loc["county"], ext)
        path = os.path.join(out, name)
        var = dict(var)
        if fmt in ("pdf_lo", "docx_lo"):
            var.setdefault("font", rng.choice(["Noto Serif CJK SC", "Noto Sans CJK SC"]))
            var.setdefault("title_font", "Noto Sans CJK SC")
        if fmt in ("docx", "docx_lo", "pdf_lo"):
            dst = os.path.join(tmp, name.replace(".pdf", ".docx")) if fmt != "docx" else path
            if fmt == "docx_lo":
                os.makedirs(os.path.join(tmp, "lo_docx_src"), exist_ok=True)
                dst = os.path.join(tmp, "lo_docx_src", name)
            render.render_docx(doc, dst, rng, var)
            if fmt == "docx_lo":
                lo_docx.append(dst)
            elif fmt == "pdf_lo":
                lo_pdf.append(dst)
        elif fmt == "pdf_rl":
            render.render_pdf(doc, path, rng, "reportlab", var)
        elif fmt == "pdf_mu":
            render.render_pdf(doc, path, rng, "pymupdf", var)
        elif fmt == "txt":
            if var.get("hard_wrap"):
                nb = []
                for b in doc.blocks:
                    if b[0] == "p" and b[1] and not b[2].get("title"):
                        lines = render.wrap(doc, b[1], var["hard_wrap"], 1.0, protect=False)
                        nb.append(("p", "\n".join(lines), b[2]))
                    else:
                        nb.append(b)
                doc.blocks = nb
            render.render_txt(doc, path, rng, var)
        elif fmt == "xlsx":
            render.render_xlsx(doc, path, rng, var)
        elif fmt == "csv":
            render.render_csv(doc, path, rng, var)
        items = [{"type": t, "value": v, "expect": e} for v, (t, e) in doc.items.items()]
        note = doc.note
        if fmt == "txt" and var.get("encoding"):
            note += " 文本编码为 %s。" % var["encoding"]
        if fmt == "txt" and var.get("hard_wrap"):
            note += " 文本按固定宽度硬换行，部分值被换行拆开（value 为去掉换行后的字符串）。"
        if fmt in ("pdf_rl", "pdf_mu") and doc.splits:
            note += " PDF 窄单元格中部分值折成两行（value 为去掉折行后的字符串）。"
        if fmt == "pdf_lo":
            note += " LibreOffice 由 DOCX 导出的 PDF：提取文本时数字与汉字之间可能多出空格，窄单元格中的值可能折行；value 为源文档中的写法。"
        if fmt == "docx_lo":
            note += " DOCX 经 LibreOffice 另存。"
        if var.get("header"):
            note += " 页眉标有“%s”。" % var["header"]
        if fmt == "pdf_mu" and var.get("grid") is False:
            note += " 表格无框线，仅按列对齐。"
        labels.append({"file": name, "kind": doc.kind, "format_extra": fmt in ("xlsx", "csv"), "items": items,
                       "marking": doc.marking, "attribute": doc.attribute, "note": note.strip(),
                       "_producer": PRODUCER[fmt],
                       "_splits": {k: v for k, v in doc.splits.items() if k in doc.items}})
    soffice(lo_pdf, out, "pdf")
    soffice(lo_docx, out, "docx:MS Word 2007 XML")
    shutil.rmtree(tmp, ignore_errors=True)
    splits = {l["file"]: l.pop("_splits") for l in labels}
    producers = {l["file"]: l.pop("_producer") for l in labels}
    with open(out.rstrip("/") + "_meta.json", "w", encoding="utf-8") as f:
        json.dump({"splits": splits, "producers": producers}, f, ensure_ascii=False, indent=1)
    if not args.no_check:
        import check
        errs = check.check_all(out, labels, splits)
        if errs:
            for e in errs[:80]:
                print("CHECK:", e)
            print("self-check FAILED: %d problems; labels.json not written" % len(errs))
            sys.exit(1)
        print("self-check passed: %d documents" % len(labels))
    tmpf = os.path.join(out, ".labels.json.tmp")
    with open(tmpf, "w", encoding="utf-8") as f:
        json.dump(labels, f, ensure_ascii=False, indent=1)
    os.replace(tmpf, os.path.join(out, "labels.json"))
    print("wrote", os.path.join(out, "labels.json"))


if __name__ == "__main__":
    main()
