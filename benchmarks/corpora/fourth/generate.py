"""Corpus D: fictitious Chinese government documents with labels (author D).

    python generate.py OUT_DIR [--seed N] [--no-soffice]

Writes about 100 documents (DOCX, PDF, TXT, XLSX/CSV) and OUT_DIR/labels.json in the format of
benchmarks/independent.py. Deterministic for a seed. LibreOffice is used for some PDFs when
present; without it those PDFs are written by reportlab instead (the label records the producer).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import kinds_internal as ki  # noqa: E402
import kinds_letters as kl  # noqa: E402
import kinds_lists as ks  # noqa: E402
import writers  # noqa: E402
from model import Doc  # noqa: E402
from values import Gen  # noqa: E402

KINDS = {
    "commendation": ("表彰决定及名单", ks.commendation),
    "civil_servant_hire": ("拟录用公务员公示", ks.civil_servant_hire),
    "institution_hire": ("事业单位拟聘用人员公示", ks.institution_hire),
    "public_rental": ("公租房配租结果公示", ks.public_rental),
    "farm_machinery": ("农机购置补贴公示", ks.farm_machinery),
    "elderly_allowance": ("高龄津贴发放名单", ks.elderly_allowance),
    "funeral_subsidy": ("惠民殡葬补贴公示", ks.funeral_subsidy),
    "disability_subsidy": ("残疾人两项补贴公示", ks.disability_subsidy),
    "student_aid_minor": ("高中国家助学金名单（未成年人）", ks.student_aid_minor),
    "student_aid_univ": ("高校国家助学金名单", ks.student_aid_univ),
    "admission_list": ("特长生拟录取名单（未成年人）", ks.admission_list),
    "expropriation_result": ("房屋征收分户补偿结果公布", ks.expropriation_result),
    "realestate_notice": ("不动产首次登记公告", ks.realestate_notice),
    "forest_notice": ("林权登记公告", ks.forest_notice),
    "tax_arrears": ("欠税公告", ks.tax_arrears),
    "service_by_notice": ("公告送达", ks.service_by_notice),
    "vehicle_cancel": ("机动车注销公告", ks.vehicle_cancel),
    "trip_notice": ("因公出国（境）公示", ks.trip_notice),
    "review_decision": ("行政复议决定书", kl.review_decision),
    "enterprise_penalty": ("企业行政处罚决定书", kl.enterprise_penalty),
    "deputy_reply": ("人大代表建议答复", kl.deputy_reply),
    "cppcc_reply": ("政协提案答复", kl.cppcc_reply),
    "accident_report": ("生产安全事故调查报告", kl.accident_report),
    "medical_insurance": ("医保违规通报", kl.medical_insurance),
    "hotline_reply": ("12345热线回复", kl.hotline_reply),
    "application_reply": ("依申请公开答复书", kl.application_reply),
    "petition_opinion": ("信访事项处理意见书", kl.petition_opinion),
    "expropriation_agreement": ("征收补偿协议", kl.expropriation_agreement),
    "meeting_minutes": ("会议纪要", ki.meeting_minutes),
    "request_report": ("请示", ki.request_report),
    "work_secret": ("工作秘密/内部资料", ki.work_secret),
    "classified_in_force": ("密级文件（保密期内）", None),
    "classified_expired": ("密级文件（期限届满）", None),
    "law_text": ("规范性文件全文（提及国家秘密）", ki.law_text),
    "law_quote_reply": ("不予公开告知书（引用法条）", ki.law_quote_reply),
}

# (kind, format, variant): 40 DOCX, 30 PDF, 20 TXT, 10 XLSX/CSV.
PLAN_DOCX = """review_decision review_decision enterprise_penalty enterprise_penalty deputy_reply deputy_reply
cppcc_reply cppcc_reply accident_report medical_insurance medical_insurance application_reply application_reply
petition_opinion expropriation_agreement expropriation_agreement meeting_minutes meeting_minutes request_report
request_report work_secret classified_in_force:secret_1y classified_in_force:secret_10y
classified_in_force:confidential_long classified_expired:expired_6m classified_expired:expired_2y law_text
law_quote_reply commendation civil_servant_hire institution_hire funeral_subsidy disability_subsidy
student_aid_minor admission_list expropriation_result realestate_notice public_rental:big hotline_reply
service_by_notice""".split()
PLAN_PDF = """review_decision enterprise_penalty enterprise_penalty accident_report accident_report medical_insurance
funeral_subsidy funeral_subsidy tax_arrears realestate_notice institution_hire student_aid_univ student_aid_minor
disability_subsidy commendation public_rental:big classified_in_force:confidential_long
classified_expired:expired_6m classified_expired:expired_2y law_text law_quote_reply cppcc_reply deputy_reply
hotline_reply service_by_notice expropriation_result admission_list forest_notice trip_notice
civil_servant_hire""".split()
PLAN_TXT = """service_by_notice service_by_notice forest_notice hotline_reply hotline_reply law_text petition_opinion
meeting_minutes vehicle_cancel commendation civil_servant_hire realestate_notice classified_in_force:secret_1y
work_secret deputy_reply trip_notice application_reply farm_machinery elderly_allowance:big
tax_arrears""".split()
PLAN_SHEET = [("public_rental", "xlsx"), ("elderly_allowance", "xlsx"), ("disability_subsidy", "xlsx"),
              ("vehicle_cancel", "xlsx"), ("tax_arrears", "xlsx"), ("student_aid_minor", "xlsx"),
              ("farm_machinery", "csv"), ("elderly_allowance", "csv"), ("admission_list", "csv"),
              ("expropriation_result", "csv")]
PDF_PRODUCERS = ["reportlab", "reportlab", "soffice", "pymupdf", "reportlab", "soffice"]
EXT = {"docx": "docx", "pdf": "pdf", "txt": "txt", "xlsx": "xlsx", "csv": "csv"}


def plan() -> list[tuple[str, str, str]]:
    out = [(*(k.split(":") + [""])[:2], "docx") for k in PLAN_DOCX]
    out += [(*(k.split(":") + [""])[:2], "pdf") for k in PLAN_PDF]
    out += [(*(k.split(":") + [""])[:2], "txt") for k in PLAN_TXT]
    out += [(k, "", f) for k, f in PLAN_SHEET]
    return [(k, f, v) for k, v, f in out]


def build(key: str, fmt: str, variant: str, seed: int, index: int) -> Doc:
    kind, fn = KINDS[key]
    g = Gen(seed * 1000 + index)
    d = Doc(kind=kind, fmt=fmt)
    if variant == "big":
        d.big = True
    if fn is None:
        ki.classified(g, d, variant)
    else:
        fn(g, d)
    d.settle()
    if d.fmt == "txt" and key in ("farm_machinery", "elderly_allowance") and g.r.random() < .5:
        d.align = "tab"
    return d


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--no-soffice", action="store_true")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    use_soffice = not args.no_soffice and writers.soffice_available()
    labels = []
    pdf_i = 0
    for i, (key, fmt, variant) in enumerate(plan(), 1):
        d = build(key, fmt, variant, args.seed, i)
        name = f"{i:03d}_{key}{'_' + variant if variant and variant != 'big' else ''}.{EXT[fmt]}"
        path = out / name
        rng = random.Random(args.seed * 7919 + i)
        if fmt == "docx":
            writers.write_docx(d, path, rng)
            d.producer = "python-docx"
        elif fmt == "pdf":
            prod = PDF_PRODUCERS[pdf_i % len(PDF_PRODUCERS)]
            pdf_i += 1
            if prod == "soffice" and not (use_soffice and writers.write_pdf_soffice(d, path, rng)):
                prod = "reportlab"
            if prod == "reportlab":
                writers.write_pdf_reportlab(d, path, rng)
            elif prod == "pymupdf":
                writers.write_pdf_pymupdf(d, path, rng)
            d.producer = {"soffice": "python-docx + LibreOffice"}.get(prod, prod)
        elif fmt == "txt":
            writers.write_txt(d, path, rng)
            d.producer = f"plain text ({'tab' if d.align == 'tab' else 'space'}-aligned tables)"
        elif fmt == "xlsx":
            writers.write_xlsx(d, path, rng)
            d.producer = "openpyxl"
        else:
            writers.write_csv(d, path, rng)
            d.producer = "csv (UTF-8 with BOM)"
        labels.append({"file": name, "kind": d.kind, "format_extra": fmt in ("xlsx", "csv"),
                       "items": d.items, "marking": d.marking, "attribute": d.attribute,
                       "note": d.note, "producer": d.producer})
        print(f"{name}  {len(d.items)} items  {d.attribute}", file=sys.stderr)
    writers.cleanup()
    (out / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(labels)} documents in {out}")


if __name__ == "__main__":
    main()
