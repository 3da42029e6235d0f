"""Throughput of a whole review against the floor of PyMuPDF itself.

    .venv/bin/python benchmarks/throughput.py [--pages 200] [--repeat 3] [--keep DIR] [--json]

Generates a Chinese document of ``--pages`` pages (five personal items a page: an ID number
with a valid MOD 11-2 check character, a mobile, an applicant and a contact person named
after 申请人 and 联系人, a home address; and distractors: document numbers, dates, amounts,
office phones) as PDF (PyMuPDF, the built-in CJK font, subset), and the same text as DOCX
(python-docx) and TXT. Then, in one run and interleaved (the machines are noisy, so only the
ratios mean something), it times as whole processes:

- the floor: a bare PyMuPDF script that opens the PDF, extracts the text, finds the ID numbers
  with a regular expression, redacts them (``search_for`` + ``add_redact_annot`` +
  ``apply_redactions``) and saves;
- ``baomi review FILE --out TMP --json`` on the PDF, the DOCX and the TXT (``BAOMI_REGISTER``
  pointing at a temporary SQLite file), from compiled modules as an installed baomi runs
  (they are compiled first, and ``PYTHONDONTWRITEBYTECODE`` is not passed on).

Prints the median wall time, pages per second and the ratio to the floor, the median CPU time
(user + system) and its ratio to the floor's (on a shared machine the steadier of the two), the
peak RSS of each process (``os.wait4``), characters per second, and the cost of each stage (the
record's ``timings_ms``). Goals (``benchmarks/README.md``): PDF ≤ 3× the floor, DOCX and TXT no slower
per character than the PDF, peak RSS ≤ 400 MB for 200 pages.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.corpus import Values  # noqa: E402

BIN = Path(sys.executable).parent
# Another build to compare with (a wrapper that runs it), e.g. an unchanged checkout.
BAOMI = Path(os.environ.get("BAOMI_BENCH_BIN", BIN / "baomi"))

# --------------------------------------------------------------------------------------------
# The document

_ROADS = ["七一北路", "和平西街", "长征街", "建设北路", "新建路", "雁门西大街", "健康街"]
_DISTRICTS = ["山西省忻州市忻府区", "山西省原平市", "山西省太原市小店区", "忻州市五台县"]
_ESTATES = ["锦绣花园小区", "阳光家园", "翠苑小区", "康馨园", "华府小区", "紫金苑"]
_ISSUERS = ["忻政办发", "忻市监发", "忻民发", "忻人社发", "忻府住建发"]
_FILLER = (
    "经审查，该申请所涉信息属于本机关在履行行政管理职能过程中制作的政府信息，"
    "依据《中华人民共和国政府信息公开条例》第二十条、第三十六条的规定予以答复。",
    "本机关已按照规定对相关材料进行了核实，并对申请内容逐项作出说明，"
    "如对本答复不服，可以依法申请行政复议或者提起行政诉讼。",
    "各有关单位要进一步提高思想认识，压实工作责任，严格落实各项工作措施，"
    "确保政策落实到位、资金发放及时、群众反映问题得到妥善解决。",
    "请各乡镇人民政府、街道办事处及时汇总辖区内申报情况，"
    "并于每月底前将统计表报送市民政局社会救助科。",
)


def build_pages(count: int, seed: int = 7) -> list[list[str]]:
    """``count`` pages, each a list of paragraphs, with five personal items a page."""
    rng = random.Random(seed)
    values = Values(rng)
    pages = []
    for number in range(1, count + 1):
        year = rng.choice((2021, 2022, 2023, 2024))
        date = f"{year}年{rng.randrange(1, 13)}月{rng.randrange(1, 29)}日"
        doc_number = f"{rng.choice(_ISSUERS)}〔{year}〕{rng.randrange(1, 200)}号"
        amount = f"{rng.randrange(1, 99)},{rng.randrange(0, 1000):03d}.00"
        office = f"0350-{rng.randrange(2, 9)}{rng.randrange(0, 10**6):06d}"
        address = (
            f"{rng.choice(_DISTRICTS)}{rng.choice(_ROADS)}{rng.randrange(1, 300)}号"
            f"{rng.choice(_ESTATES)}{rng.randrange(1, 30)}号楼{rng.randrange(1, 6)}单元"
            f"{rng.randrange(1, 30)}{rng.randrange(1, 5):02d}室"
        )
        paragraphs = [
            f"政府信息公开申请答复书（第{number}号）",
            f"根据《关于进一步做好政府信息公开工作的通知》（{doc_number}）的要求，"
            f"现将{date}收到的政府信息公开申请答复如下。",
            f"申请人：{values.name()}，公民身份号码：{values.id18()}，"
            f"联系电话：{values.mobile()}，家庭住址：{address}。",
            f"本机关于{date}通过邮寄方式向申请人送达了补正告知书，联系人：{values.name()}。",
            rng.choice(_FILLER),
            f"经核实，申请人所涉补助资金人民币{amount}元已于{date}发放到位，"
            f"发放依据为{doc_number}文件。",
            rng.choice(_FILLER),
            f"如有疑问，请在工作日拨打咨询电话：{office}，或到市政务服务中心三楼窗口咨询。",
            rng.choice(_FILLER),
            f"忻州市人民政府办公室　{date}",
        ]
        pages.append(paragraphs)
    return pages


def page_text(pages: list[list[str]]) -> str:
    return "\n\n".join("\n".join(page) for page in pages) + "\n"


def write_txt(pages: list[list[str]], path: Path) -> None:
    path.write_text(page_text(pages), encoding="utf-8")


def write_docx(pages: list[list[str]], path: Path) -> None:
    import docx
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    for index, page in enumerate(pages):
        for paragraph in page:
            document.add_paragraph(paragraph)
        if index + 1 < len(pages):
            document.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    document.save(str(path))


def write_pdf(pages: list[list[str]], path: Path) -> None:
    """One page per page of text, paragraphs wrapped at the right margin (never inside a
    digit run, so the floor's ``search_for`` finds every ID number on one line)."""
    import pymupdf

    font = pymupdf.Font("cjk")
    size, left, width, top = 11.0, 72.0, 451.0, 80.0
    pdf = pymupdf.open()
    for paragraphs in pages:
        page = pdf.new_page()
        page.insert_font(fontname="F0", fontbuffer=font.buffer)
        y = top
        for paragraph in paragraphs:
            for line in _wrap(paragraph, font, size, width):
                page.insert_text((left, y), line, fontname="F0", fontsize=size)
                y += size * 1.7
            y += size * 0.6
    pdf.subset_fonts()
    pdf.save(str(path), garbage=3, deflate=True)
    pdf.close()


def _wrap(text: str, font: Any, size: float, width: float) -> list[str]:
    lines, start, used = [], 0, 0.0
    for i, char in enumerate(text):
        w = font.text_length(char, fontsize=size)
        if used + w > width:
            cut = i
            while cut > start + 1 and text[cut - 1].isalnum() and text[cut - 1].isascii():
                cut -= 1  # do not break inside a number
            lines.append(text[start:cut])
            start = cut
            used = sum(font.text_length(c, fontsize=size) for c in text[start : i + 1])
            continue
        used += w
    lines.append(text[start:])
    return lines


def make_inputs(folder: Path, pages: int, formats: tuple[str, ...] = ("pdf", "docx", "txt")
                ) -> tuple[dict[str, Path], int]:
    """The document as each format under ``folder``, and its length in characters.

    Written by a child process: a child forked from a parent that has PyMuPDF and a large
    document in memory would inherit that peak RSS (Linux keeps the high-water mark across
    ``exec``), and every measurement after it would be inflated."""
    cmd = [sys.executable, __file__, "--generate", str(folder), "--pages", str(pages),
           "--formats", ",".join(formats)]
    answer = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    return {fmt: Path(path) for fmt, path in answer["paths"].items()}, answer["characters"]


def _generate(folder: Path, pages: int, formats: tuple[str, ...]) -> dict[str, Any]:
    content = build_pages(pages)
    folder.mkdir(parents=True, exist_ok=True)
    writers = {"pdf": write_pdf, "docx": write_docx, "txt": write_txt}
    paths = {}
    for fmt in formats:
        paths[fmt] = folder / f"bench-{pages}.{fmt}"
        writers[fmt](content, paths[fmt])
    return {"paths": {f: str(p) for f, p in paths.items()}, "characters": len(page_text(content))}


# --------------------------------------------------------------------------------------------
# Running a measured process

FLOOR = r"""
import re, sys
import pymupdf

ID = re.compile(r"(?<![0-9A-Za-z])[1-8]\d{16}[\dXx](?![0-9A-Za-z])")
pdf = pymupdf.open(sys.argv[1])
for page in pdf:
    text = page.get_text()
    for number in set(ID.findall(text)):
        for rect in page.search_for(number):
            page.add_redact_annot(rect, fill=(0, 0, 0))
    page.apply_redactions()
pdf.save(sys.argv[2], garbage=4, deflate=True)
"""


@dataclass
class Run:
    seconds: float
    peak_mb: float
    status: int
    stdout: str = ""
    stderr: str = ""
    # User + system CPU of the process (and the children it waited for): on a shared machine
    # the wall time counts the other sessions' load too, the CPU time does not.
    cpu_seconds: float = 0.0


def measure(cmd: list[str], env: dict[str, str] | None = None, cwd: Path | None = None) -> Run:
    """Wall time, CPU time, peak RSS (of the process and the children it waited for) and
    output."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        began = time.perf_counter()
        process = subprocess.Popen(cmd, stdout=out, stderr=err, env=env, cwd=cwd)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - began
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(seconds, usage.ru_maxrss / 1024, process.returncode,
                   out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"),
                   usage.ru_utime + usage.ru_stime)


def baomi_env(register: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["BAOMI_REGISTER"] = str(register)
    env.pop("BAOMI_DEBUG", None)
    # As an installed baomi runs: from compiled modules (``compile_sources``), not compiling
    # each of its modules at every start because the session forbids bytecode caches.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def compile_sources() -> None:
    """Compile baomi's own modules once before measuring (an installed package has them
    compiled; an editable checkout under ``PYTHONDONTWRITEBYTECODE`` would compile about 150
    modules at every start of every measured process)."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "pipeline", "stages", "recognizers"],
        cwd=ROOT, check=False, capture_output=True,
    )


@dataclass
class Review:
    run: Run
    timings: dict[str, float] = field(default_factory=dict)
    redact: int = 0
    written: bool = False
    error: str | None = None


def review(path: Path, work: Path, tag: str) -> Review:
    """``baomi review PATH --json`` as a fresh process, into a fresh output folder."""
    out = work / f"out-{tag}"
    register = work / f"register-{tag}.sqlite"
    shutil.rmtree(out, ignore_errors=True)  # no resume cache from an earlier run
    register.unlink(missing_ok=True)
    run = measure(
        [str(BAOMI), "review", str(path), "--out", str(out), "--json"],
        env=baomi_env(register),
    )
    result = Review(run)
    try:
        document = json.loads(run.stdout)["documents"][0]
    except (ValueError, KeyError, IndexError):
        result.error = (run.stderr or run.stdout).strip()[-400:] or f"exit {run.status}"
        return result
    result.error = document.get("error")
    result.redact = document["findings"]["redact"]
    result.written = bool(document.get("redacted"))
    if document.get("record"):
        record = json.loads(Path(document["record"]).read_text(encoding="utf-8"))
        result.timings = record.get("timings_ms", {})
    return result


def floor(pdf: Path, work: Path, tag: str) -> Run:
    script = work / "floor.py"
    script.write_text(FLOOR, encoding="utf-8")
    return measure([sys.executable, str(script), str(pdf), str(work / f"floor-{tag}.pdf")])


# --------------------------------------------------------------------------------------------
# Report


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def summarise(pages: int, chars: int, floors: list[Run], reviews: dict[str, list[Review]]
              ) -> dict[str, Any]:
    floor_s = _median([r.seconds for r in floors])
    floor_cpu = _median([r.cpu_seconds for r in floors])
    report: dict[str, Any] = {
        "pages": pages,
        "characters": chars,
        "floor": {
            "seconds": round(floor_s, 3),
            "cpu_seconds": round(floor_cpu, 3),
            "pages_per_s": round(pages / floor_s, 1),
            "peak_mb": round(max(r.peak_mb for r in floors), 1),
        },
        "review": {},
    }
    pdf_cps = None
    for fmt, runs in reviews.items():
        seconds = _median([r.run.seconds for r in runs])
        cpu = _median([r.run.cpu_seconds for r in runs])
        stages = {
            stage: round(_median([r.timings.get(stage, 0.0) for r in runs]) / 1000, 3)
            for stage in ("ingest", "detect", "decide", "redact", "verify", "record")
        }
        cps = chars / seconds
        if fmt == "pdf":
            pdf_cps = cps
        report["review"][fmt] = {
            "seconds": round(seconds, 3),
            "pages_per_s": round(pages / seconds, 1),
            "ratio_to_floor": round(seconds / floor_s, 2),
            "cpu_seconds": round(cpu, 3),
            "cpu_ratio_to_floor": round(cpu / floor_cpu, 2) if floor_cpu else None,
            "chars_per_s": round(cps),
            "peak_mb": round(max(r.run.peak_mb for r in runs), 1),
            "stages_s": stages,
            "in_process_s": round(sum(stages.values()), 3),
            "redactions": runs[-1].redact,
            "copy_written": runs[-1].written,
            "error": runs[-1].error,
        }
    for entry in report["review"].values():
        entry["chars_per_s_vs_pdf"] = round(entry["chars_per_s"] / pdf_cps, 2) if pdf_cps else None
    return report


def print_report(report: dict[str, Any]) -> None:
    floor_entry = report["floor"]
    print(f"pages: {report['pages']}   characters: {report['characters']}")
    print(
        f"floor (bare PyMuPDF)  {floor_entry['seconds']:8.2f} s  "
        f"cpu {floor_entry['cpu_seconds']:6.2f} s  "
        f"{floor_entry['pages_per_s']:7.1f} pages/s  peak {floor_entry['peak_mb']:6.1f} MB"
    )
    print()
    header = (f"{'format':<6} {'wall s':>8} {'pages/s':>8} {'×floor':>7} {'chars/s':>9} "
              f"{'vs pdf':>7} {'peak MB':>8} {'cpu s':>7} {'×floor':>7}  redact  copy")
    print(header)
    for fmt, entry in report["review"].items():
        print(
            f"{fmt:<6} {entry['seconds']:8.2f} {entry['pages_per_s']:8.1f} "
            f"{entry['ratio_to_floor']:7.2f} {entry['chars_per_s']:9d} "
            f"{entry['chars_per_s_vs_pdf']:7.2f} {entry['peak_mb']:8.1f} "
            f"{entry['cpu_seconds']:7.2f} {entry['cpu_ratio_to_floor'] or 0:7.2f}  "
            f"{entry['redactions']:6d}  {'yes' if entry['copy_written'] else 'NO'}"
        )
        if entry["error"]:
            print(f"       error: {entry['error']}")
    print()
    stages = ("ingest", "detect", "decide", "redact", "verify", "record")
    print(f"{'stage s':<6} " + " ".join(f"{s:>8}" for s in stages) + f" {'sum':>8} {'startup':>8}")
    for fmt, entry in report["review"].items():
        cells = " ".join(f"{entry['stages_s'][s]:8.2f}" for s in stages)
        startup = entry["seconds"] - entry["in_process_s"]
        print(f"{fmt:<6}  {cells} {entry['in_process_s']:8.2f} {startup:8.2f}")
    print("(startup: process start, imports, engines, register and output, outside the stages)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3, help="runs of each, interleaved")
    parser.add_argument("--formats", default="pdf,docx,txt")
    parser.add_argument("--keep", type=Path, help="keep the inputs and outputs here")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument("--generate", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    formats = tuple(f for f in args.formats.split(",") if f)
    if args.generate:
        print(json.dumps(_generate(args.generate, args.pages, formats)))
        return 0

    with tempfile.TemporaryDirectory(prefix="baomi-bench-") as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        paths, chars = make_inputs(work / "inputs", args.pages, tuple({"pdf", *formats}))
        compile_sources()
        floors: list[Run] = []
        reviews: dict[str, list[Review]] = {fmt: [] for fmt in formats}
        for round_ in range(args.repeat):
            floors.append(floor(paths["pdf"], work, str(round_)))
            for fmt in formats:
                reviews[fmt].append(review(paths[fmt], work, f"{fmt}-{round_}"))
        report = summarise(args.pages, chars, floors, reviews)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print_report(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
