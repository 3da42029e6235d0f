"""Generate corpus F ("sixth"): python generate.py OUTDIR [--seed N]

Writes OUTDIR/docx, OUTDIR/pdf, OUTDIR/txt, OUTDIR/sheets and OUTDIR/labels.json
(label format: benchmarks/independent.py).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import kinds as K  # noqa: E402
from fakedata import Faker  # noqa: E402
from render import WRITERS  # noqa: E402

# (builder, slug, format, count)
PLAN = [
    # DOCX
    (K.hotline, "hotline", "docx", 2), (K.mayor_mailbox, "mayor-mailbox", "docx", 1), (K.petition, "petition", "docx", 3), (K.foi_reply, "foi-reply", "docx", 3),
    (K.npc_reply, "npc-reply", "docx", 2), (K.annual_report, "annual-report", "docx", 1), (K.correction, "correction", "docx", 2), (K.mediation, "mediation", "docx", 2),
    (K.edu_reply, "edu-reply", "docx", 2), (K.relief_form, "relief-form", "docx", 2),
    (lambda c, f, n: K.penalty(c, f, n, "person"), "penalty-person", "docx", 2),
    (lambda c, f, n: K.penalty(c, f, n, "getihu"), "penalty-getihu", "docx", 1),
    (lambda c, f, n: K.penalty(c, f, n, "company"), "penalty-company", "docx", 1),
    (K.review_decision, "review-decision", "docx", 1), (K.foi_guide, "foi-guide", "docx", 1),
    (K.award_publicity, "publicity", "docx", 1), (K.classified, "classified", "docx", 2),
    (K.insurance_form, "insurance-form", "docx", 1), (K.religion_reply, "religion-reply", "docx", 1),
    (K.health_reply, "health-reply", "docx", 1),
    (K.court_notice, "court-notice", "docx", 1), (K.marriage_revoke, "marriage-revoke", "docx", 1),
    (K.veteran_reply, "veteran-reply", "docx", 1),
    # PDF
    (K.court_notice, "court-notice", "pdf", 1), (K.resettlement_report, "resettlement-report", "pdf", 1),
    (K.housing_reply, "housing-reply", "pdf", 1),
    (K.hotline, "hotline", "pdf", 2), (K.petition, "petition", "pdf", 2), (K.foi_reply, "foi-reply", "pdf", 1),
    (lambda c, f, n: K.penalty(c, f, n, "person"), "penalty-person", "pdf", 1),
    (lambda c, f, n: K.penalty(c, f, n, "getihu"), "penalty-getihu", "pdf", 1),
    (lambda c, f, n: K.penalty(c, f, n, "company"), "penalty-company", "pdf", 1),
    (K.recruit_publicity, "recruit-publicity", "pdf", 1),
    (K.coercion, "coercion", "pdf", 2), (K.review_decision, "review-decision", "pdf", 2),
    (K.service_notice, "service-notice", "pdf", 2), (K.petition_ledger, "petition-ledger", "pdf", 2),
    (K.resettlement, "resettlement", "pdf", 1), (K.compensation_list, "compensation", "pdf", 1),
    (K.juvenile_case, "juvenile", "pdf", 2), (K.stats_bulletin, "stats", "pdf", 1),
    (K.procurement, "procurement", "pdf", 1), (K.classified, "classified", "pdf", 1),
    (K.internal_brief, "internal-brief", "pdf", 1), (K.correction, "correction", "pdf", 1),
    (K.relief_form, "relief-form", "pdf", 1),
    # TXT
    (K.hotline, "hotline", "txt", 1), (K.mayor_mailbox, "mayor-mailbox", "txt", 1), (K.edu_reply, "edu-reply", "txt", 1), (K.mediation, "mediation", "txt", 1),
    (K.rectify, "rectify", "txt", 1), (K.leadership, "leadership", "txt", 1), (K.service_notice, "service-notice", "txt", 1),
    (K.law_excerpt, "law-excerpt", "txt", 1), (K.stats_bulletin, "stats", "txt", 1), (K.foi_guide, "foi-guide", "txt", 1),
    (K.npc_reply, "npc-reply", "txt", 1), (K.internal_brief, "internal-brief", "txt", 1),
    (K.health_reply, "health-reply", "txt", 1), (K.religion_reply, "religion-reply", "txt", 1),
    (K.resettlement, "resettlement", "txt", 1), (K.dibao_publicity, "dibao-publicity", "txt", 1),
    (lambda c, f, n: K.penalty(c, f, n, "person"), "penalty-person", "txt", 1),
    (K.procurement, "procurement", "txt", 1),
    (K.enrol_reply, "enrol-reply", "txt", 1), (K.hearing_notice, "hearing-notice", "txt", 1),
    # XLSX / CSV
    (K.roster_jobs, "roster-jobs", "xlsx", 1), (K.relief_form, "relief-form", "xlsx", 1), (K.driver_ledger, "driver-ledger", "xlsx", 1),
    (K.student_aid, "student-aid", "xlsx", 2), (K.grid_visit, "grid-visit", "xlsx", 1),
    (K.license_publicity, "license-publicity", "xlsx", 1), (K.dibao_publicity, "dibao-publicity", "xlsx", 1),
    (K.property_ledger, "property-ledger", "xlsx", 1), (K.compensation_list, "compensation", "xlsx", 1),
    (K.violation_csv, "traffic-violations", "csv", 2), (K.penalty_publicity, "penalty-publicity", "csv", 1),
    (K.license_publicity, "license-publicity", "csv", 1), (K.petition_ledger, "petition-ledger", "csv", 1),
]

EXT = {"docx": "docx", "pdf": "pdf", "txt": "txt", "xlsx": "xlsx", "csv": "csv"}


def layout(doc, rng: random.Random, c) -> None:
    """Per-document layout variation (runs split inside values, headers/footers, text boxes, CRLF/BOM...)."""
    if doc.fmt == "docx":
        doc.split_runs = rng.random() < .55
        if rng.random() < .35 and not doc.header:
            doc.header = rng.choice(["政务公开", "本文件共　页", "（此页无正文）"]) if rng.random() < .5 else None
        if rng.random() < .4:
            doc.footer = rng.choice(["— 1 —", "第 1 页 共 2 页", "印发份数：10份"])
        reds = [i for i in doc.items if i["expect"] == "redact" and i["type"] in ("mobile", "id_number", "address_home")]
        if reds and rng.random() < .35:
            it = rng.choice(reds)
            label = {"mobile": "联系电话", "id_number": "身份证复印件已核对，号码", "address_home": "送达地址"}[it["type"]]
            doc.textbox(f"收文登记备注：{label}{it['value']}")
        elif rng.random() < .3:
            nm = doc.k("official_name", c.f.name())
            doc.textbox(f"校对：{nm}　　印数：5份")
    elif doc.fmt == "txt":
        doc.crlf = rng.random() < .45
        doc.bom = rng.random() < .4
        doc.txt_table = rng.choice(["tab", "space"])
    elif doc.fmt == "pdf":
        if rng.random() < .4:
            doc.footer = rng.choice(["第 1 页", "— 1 —", "政务公开专用"])
    elif doc.fmt == "csv":
        doc.csv_bom = rng.random() < .6


def build(seed: int):
    rng = random.Random(seed)
    faker = Faker(random.Random(seed * 7919 + 1))
    c = K.Ctx(faker, rng)
    docs = []
    idx = 0
    for builder, slug, fmt, count in PLAN:
        for _ in range(count):
            idx += 1
            name = f"{idx:03d}_{slug}.{EXT[fmt]}"
            doc = builder(c, fmt, name)
            layout(doc, rng, c)
            docs.append(doc)
    return docs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args(argv)
    out = Path(a.outdir)
    for sub in ("docx", "pdf", "txt", "sheets"):
        (out / sub).mkdir(parents=True, exist_ok=True)
    docs = build(a.seed)
    labels = []
    for i, doc in enumerate(docs):
        path = out / doc.fmt_dir() / doc.name
        WRITERS[doc.fmt](doc, path, random.Random(a.seed * 1000 + i))
        labels.append(doc.label())
    (out / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1), encoding="utf-8")
    n = sum(len(lab["items"]) for lab in labels)
    print(f"{len(labels)} documents, {n} labelled values -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
