"""Batch throughput of ``baomi review`` with 1 and 2 worker processes on the same corpus.

    .venv/bin/python benchmarks/batch_throughput.py [--docs 40] [--jobs 1,2] [--repeat 1]

Generates a mixed corpus (TXT, DOCX and PDF notices and replies with phone numbers, ID
numbers, e-mail addresses, secrecy-list terms and clean documents), then times the whole
command line — process start, engine loading, every stage, the register — once per job count,
each into a fresh output folder (``--force`` as well, so the resume cache never helps). Prints
documents per second and the speed-up over the first job count. Runs offline; the register is
a temporary SQLite file.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BAOMI = Path(sys.executable).with_name("baomi")

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗"
TOPICS = (
    "关于做好春节期间安全生产工作的通知",
    "关于政府信息公开申请的答复",
    "关于下达年度农业补贴资金的通知",
    "关于开展消防安全专项检查的通知",
    "行政处罚决定书",
    "关于征求意见的函",
)
BODY = (
    "根据《中华人民共和国政府信息公开条例》的规定，现将有关事项通知如下。",
    "各单位要高度重视，认真组织实施，确保各项工作落到实处。",
    "请于规定时间内将落实情况报送市政府办公室。",
    "本决定自送达之日起生效，如不服本决定，可依法申请行政复议。",
    "经研究，同意你单位的申请，相关资金已按程序拨付。",
)


def _resident_id(rng: random.Random) -> str:
    from stdnum.cn import ric

    body = f"1101{rng.randint(1, 99):02d}19{rng.randint(50, 99)}{rng.randint(1, 12):02d}"
    body += f"{rng.randint(1, 28):02d}{rng.randint(100, 999)}"
    return body + ric.calc_check_digit(body)


def _paragraphs(rng: random.Random, index: int) -> list[str]:
    lines = [TOPICS[index % len(TOPICS)]]
    for _ in range(rng.randint(4, 12)):
        lines.append(rng.choice(BODY))
    kind = index % 5
    name = rng.choice(SURNAMES) + rng.choice("伟芳娜敏静丽强磊军洋")
    if kind == 0:
        lines.append(
            f"联系人：{name}，手机1{rng.choice('3589')}{rng.randint(100000000, 999999999)}。"
        )
    elif kind == 1:
        lines.append(f"申请人{name}，公民身份号码{_resident_id(rng)}。")
    elif kind == 2:
        lines.append(f"电子邮箱 user{index}@example.com，项目代号青松工程。")
    elif kind == 3:
        lines.append("联系电话：0350-3032811（办公室）。")
    return lines


def make_corpus(folder: Path, count: int, seed: int = 6) -> list[Path]:
    """``count`` documents, a third each TXT, DOCX and PDF."""
    import docx
    import pymupdf

    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    font = pymupdf.Font("cjk")
    for index in range(count):
        lines = _paragraphs(rng, index)
        fmt = ("txt", "docx", "pdf")[index % 3]
        path = folder / f"doc{index:03d}.{fmt}"
        if fmt == "txt":
            path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        elif fmt == "docx":
            document = docx.Document()
            for line in lines:
                document.add_paragraph(line)
            document.save(path)
        else:
            pdf = pymupdf.open()
            page = pdf.new_page()
            page.insert_font(fontname="F0", fontbuffer=font.buffer)
            y = 72.0
            for line in lines:
                page.insert_text((72, y), line, fontname="F0", fontsize=10)
                y += 16
            pdf.subset_fonts()
            pdf.save(path, garbage=4, deflate=True)
        paths.append(path)
    return paths


def run(corpus: Path, terms: Path, out: Path, jobs: int, register: Path) -> float:
    env = dict(os.environ, BAOMI_REGISTER=str(register))
    began = time.perf_counter()
    proc = subprocess.run(
        [
            str(BAOMI),
            "review",
            str(corpus),
            "--terms",
            str(terms),
            "--out",
            str(out),
            "--jobs",
            str(jobs),
            "--force",
            "--json",
            "--progress",
            "none",
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    elapsed = time.perf_counter() - began
    if proc.returncode not in (0, 1):
        raise SystemExit(f"baomi review failed ({proc.returncode}): {proc.stderr.strip()}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=40)
    parser.add_argument("--jobs", default="1,2", help="comma-separated job counts")
    parser.add_argument("--repeat", type=int, default=1, help="runs per job count (best kept)")
    args = parser.parse_args()
    job_counts = [int(j) for j in args.jobs.split(",")]
    with tempfile.TemporaryDirectory(prefix="baomi-bench-") as tmp:
        base = Path(tmp)
        corpus = base / "corpus"
        make_corpus(corpus, args.docs)
        terms = base / "terms.txt"
        terms.write_text("青松工程\n", encoding="utf-8")
        print(f"corpus: {args.docs} documents (TXT/DOCX/PDF), cores: {os.cpu_count()}")
        print(f"{'jobs':>4}  {'seconds':>8}  {'docs/s':>7}  {'speed-up':>8}")
        first = None
        for jobs in job_counts:
            best = min(
                run(corpus, terms, base / f"out-{jobs}-{i}", jobs, base / f"reg-{jobs}-{i}.db")
                for i in range(args.repeat)
            )
            first = first or best
            print(f"{jobs:>4}  {best:>8.2f}  {args.docs / best:>7.2f}  {first / best:>7.2f}x")


if __name__ == "__main__":
    main()
