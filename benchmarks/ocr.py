"""OCR on scans nobody typed: documents of an independent corpus, printed to pixels.

    .venv/bin/python benchmarks/ocr.py [--corpus /work/corpora/dev/out] [--docs 12]
        [--engines rapidocr,tesseract] [--memory 10,50] [--keep DIR] [--json]

Takes the PDFs of a corpus written independently of baomi (``labels.json`` lists the values
planted in each document and whether a reviewer must black them out), and renders every page
to an image twice, as a scanner would hand it over:

- **300 dpi**: a clean scan (light noise), stored as an image-only PDF;
- **150 dpi, noisy**: noise, blur, a slight skew (0.4–1.2°), JPEG artefacts (quality 55) and a
  red seal (公章) printed over the text as ink is (multiplied), as an image-only PDF, a
  multi-page TIFF and one JPEG per page (each of the three is reviewed).

Then it prints, per kind of scan:

- **character accuracy** of OCR: 1 − (edit distance / length) against the text of the page
  the corpus wrote (whitespace left out), for each engine in ``--engines`` (``tesseract``
  needs ``pytesseract`` and Debian's ``tesseract-ocr-chi-sim``; it is measured only, baomi
  does not use it) with seconds per page;
- **recall through OCR** of the planted identifiers (ID numbers, mobiles, bank cards, plates,
  …) and names that must be redacted: the share that the review of the scan redacted, next to
  the same review of the text PDF (what detection itself finds);
- **leaks**: must-redact values the review redacted that can still be read in the published
  copy (its pages rendered by PDFium and read by OCR again; the text layer read by PDFium):
  the target is none;
- **speed**: pages reviewed per second (``baomi review`` as a process, 2 cores), the mean time
  a page takes, and the time of a 50-page scanned PDF against the default limit (600 s);
- **peak memory** (``os.wait4``) of reviewing scanned PDFs of ``--memory`` pages: it should be
  flat in the number of pages.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BIN = Path(sys.executable).parent
DEFAULT_CORPUS = Path("/work/corpora/dev/out")
IDENTIFIERS = {
    "id_number", "old_id_number", "mobile", "bank_card", "social_security_card", "plate",
    "vin", "passport", "travel_permit", "landline_private", "credit_code_individual",
}
NAMES = {"person_name"}
LAST: dict[str, float] = {}  # CPU seconds and load average of the last ``run_review``


def fold(text: str) -> str:
    text = text.translate({cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)})
    return re.sub(r"\s", "", text).lower()


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance, one row at a time (numpy for the inner loop)."""
    if len(a) < len(b):
        a, b = b, a
    if not b:
        return len(a)
    bs = np.frombuffer(b.encode("utf-32-le"), dtype=np.uint32)
    previous = np.arange(len(b) + 1, dtype=np.int32)
    for i, ch in enumerate(a, start=1):
        cost = (bs != ord(ch)).astype(np.int32)
        current = np.empty_like(previous)
        current[0] = i
        # substitution/deletion first, then insertions as a running minimum
        current[1:] = np.minimum(previous[1:] + 1, previous[:-1] + cost)
        current = np.minimum.accumulate(current - np.arange(len(b) + 1)) + np.arange(len(b) + 1)
        previous = current
    return int(previous[-1])


# --- making scans ----------------------------------------------------------------------------


def render_pages(pdf_path: Path, dpi: int) -> list[np.ndarray]:
    import pymupdf

    with pymupdf.open(pdf_path) as pdf:
        pages = []
        for page in pdf:
            pix = page.get_pixmap(dpi=dpi, alpha=False)
            pages.append(np.frombuffer(pix.samples, dtype=np.uint8).reshape(pix.h, pix.w, 3).copy())
        return pages


def page_texts(pdf_path: Path) -> list[str]:
    import pymupdf

    with pymupdf.open(pdf_path) as pdf:
        return [fold(page.get_text()) for page in pdf]


def _seal(image: np.ndarray, rng: random.Random) -> np.ndarray:
    h, w = image.shape[:2]
    radius = int(min(h, w) * 0.12)
    cx = rng.randint(radius, w - radius)
    cy = rng.randint(int(h * 0.2), int(h * 0.8))
    yy, xx = np.ogrid[0:h, 0:w]
    distance = np.hypot(xx - cx, yy - cy)
    ink = np.ones((h, w, 3), dtype=np.float32)
    mask = ((distance < radius) & (distance > radius * 0.88)) | (distance < radius * 0.3)
    ink[mask] = (0.88, 0.15, 0.15)
    return (image.astype(np.float32) * ink).astype(np.uint8)


def degrade(image: np.ndarray, rng: random.Random, noisy: bool) -> np.ndarray:
    from PIL import Image, ImageFilter

    out = image.astype(np.float32)
    out += np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 10 if noisy else 4, out.shape)
    picture = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    if noisy:
        picture = Image.fromarray(_seal(np.asarray(picture), rng))
        picture = picture.filter(ImageFilter.GaussianBlur(0.7))
        angle = rng.uniform(0.4, 1.2) * rng.choice((-1, 1))
        picture = picture.rotate(angle, resample=Image.BICUBIC, fillcolor=(255, 255, 255))
        buffer = io.BytesIO()
        picture.save(buffer, format="JPEG", quality=55)
        picture = Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")
    return np.asarray(picture)


def image_pdf(images: list[np.ndarray], dpi: int, jpeg: bool) -> bytes:
    import pymupdf
    from PIL import Image

    pdf = pymupdf.open()
    for image in images:
        h, w = image.shape[:2]
        page = pdf.new_page(width=w * 72 / dpi, height=h * 72 / dpi)
        buffer = io.BytesIO()
        Image.fromarray(image).save(buffer, format="JPEG" if jpeg else "PNG", quality=85)
        page.insert_image(page.rect, stream=buffer.getvalue())
    return pdf.tobytes()


def tiff(images: list[np.ndarray], dpi: int) -> bytes:
    from PIL import Image

    frames = [Image.fromarray(i) for i in images]
    buffer = io.BytesIO()
    frames[0].save(
        buffer, format="TIFF", save_all=True, append_images=frames[1:], dpi=(dpi, dpi),
        compression="tiff_lzw",
    )
    return buffer.getvalue()


def jpeg(image: np.ndarray, dpi: int) -> bytes:
    from PIL import Image

    buffer = io.BytesIO()
    Image.fromarray(image).save(buffer, format="JPEG", quality=80, dpi=(dpi, dpi))
    return buffer.getvalue()


# --- measuring -------------------------------------------------------------------------------


def ocr_text(engine: str, image: np.ndarray) -> str:
    if engine == "rapidocr":
        from pipeline import ocr

        return fold("".join(line.text for line in ocr.read(image).lines))
    import pytesseract
    from PIL import Image

    return fold(pytesseract.image_to_string(Image.fromarray(image), lang="chi_sim"))


def run_review(paths: list[Path], out: Path) -> tuple[float, int, dict[str, Any]]:
    """``baomi review`` as a process: wall time, peak RSS (KiB) and its JSON summary. Its CPU
    time (user + system) and the load average at its end are kept in ``LAST``: on a shared
    machine the wall time says more about the neighbours than about baomi."""
    env = dict(os.environ, BAOMI_REGISTER=str(out / "register.sqlite3"))
    began = time.perf_counter()
    process = subprocess.Popen(
        # One worker, in the process: its CPU time and peak memory are the process's (a
        # pool's forkserver workers are not children this process can account for).
        [str(BIN / "baomi"), "review", *map(str, paths), "--out", str(out), "--json", "--force", "--jobs", "1"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
    )
    stdout = process.stdout.read() if process.stdout else b""
    _, _, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - began
    LAST["cpu"] = usage.ru_utime + usage.ru_stime
    LAST["load"] = os.getloadavg()[0]
    return elapsed, usage.ru_maxrss, json.loads(stdout or b"{}")


def redacted_values(record_path: Path) -> set[str]:
    record = json.loads(record_path.read_text(encoding="utf-8"))
    return {fold(f["text"]) for f in record.get("findings", []) if f["action"] == "redact" and f.get("text")}


def copy_text(copy: Path, dpi: int) -> str:
    """What a reader gets from a published scan: OCR of its pages rendered by PDFium, and its
    text layer."""
    import pypdfium2 as pdfium

    from pipeline import ocr

    texts = []
    pdf = pdfium.PdfDocument(str(copy))
    for page in pdf:
        image = page.render(scale=dpi / 72, rev_byteorder=True).to_numpy()[:, :, :3].copy()
        texts.append("".join(line.text for line in ocr.read(image).lines))
        texts.append(page.get_textpage().get_text_range())
    pdf.close()
    return fold("".join(texts))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--docs", type=int, default=12, help="PDFs of the corpus to scan")
    parser.add_argument("--engines", default="rapidocr")
    parser.add_argument("--memory", default="3,8,50", help="page counts for the memory runs")
    parser.add_argument("--kinds", default="", help="scan kinds to review (default: all)")
    parser.add_argument("--no-accuracy", action="store_true", help="skip the engines' accuracy")
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    labels = json.loads((args.corpus / "labels.json").read_text(encoding="utf-8"))
    chosen = [lab for lab in labels if lab["file"].endswith(".pdf")]
    rng.shuffle(chosen)
    chosen = sorted(chosen[: args.docs], key=lambda lab: lab["file"])
    work = Path(args.keep or tempfile.mkdtemp(prefix="baomi-ocr-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results: dict[str, Any] = {"documents": len(chosen), "kinds": {}, "engines": {}}

    kinds = {
        "300dpi-pdf": (300, False, "pdf"),
        "150dpi-noisy-pdf": (150, True, "pdf"),
        "150dpi-noisy-tiff": (150, True, "tiff"),
        "150dpi-noisy-jpeg": (150, True, "jpeg"),
    }
    if args.kinds:
        kinds = {k: v for k, v in kinds.items() if k in args.kinds.split(",")}
    engines = [] if args.no_accuracy else [e for e in args.engines.split(",") if e]
    accuracy: dict[str, dict[str, list[float]]] = {}
    inputs: dict[str, list[tuple[dict, list[Path]]]] = {k: [] for k in kinds}
    texts_pdf = []
    for lab in chosen:
        source = args.corpus / lab["file"]
        truth = page_texts(source)
        texts_pdf.append(source)
        stem = Path(lab["file"]).stem[:3]
        for dpi in (300, 150):
            noisy = dpi == 150
            images = [degrade(p, rng, noisy) for p in render_pages(source, dpi)]
            label = f"{dpi}dpi" + ("-noisy" if noisy else "")
            for engine in engines:
                for image, text in zip(images, truth, strict=True):
                    began = time.perf_counter()
                    read = ocr_text(engine, image)
                    spent = time.perf_counter() - began
                    score = 1 - edit_distance(text, read) / max(1, len(text))
                    cell = accuracy.setdefault(f"{engine}@{label}", {"acc": [], "sec": []})
                    cell["acc"].append(score)
                    cell["sec"].append(spent)
            for kind, (kdpi, _, fmt) in kinds.items():
                if kdpi != dpi or kind not in inputs:
                    continue
                folder = work / kind
                folder.mkdir(exist_ok=True)
                if fmt == "pdf":
                    path = folder / f"{stem}.pdf"
                    path.write_bytes(image_pdf(images, dpi, jpeg=noisy))
                    paths = [path]
                elif fmt == "tiff":
                    path = folder / f"{stem}.tif"
                    path.write_bytes(tiff(images, dpi))
                    paths = [path]
                else:
                    paths = []
                    for i, image in enumerate(images, start=1):
                        path = folder / f"{stem}-p{i}.jpg"
                        path.write_bytes(jpeg(image, dpi))
                        paths.append(path)
                inputs[kind].append((lab, paths))
        print(f"scanned {lab['file']}", file=sys.stderr, flush=True)
    for key, cell in accuracy.items():
        results["engines"][key] = {
            "char_accuracy": round(float(np.mean(cell["acc"])), 4),
            "seconds_per_page": round(float(np.mean(cell["sec"])), 2),
            "pages": len(cell["acc"]),
        }

    # The text PDFs themselves: what detection finds without OCR.
    _, _, _ = run_review(texts_pdf, work / "out-text")
    baseline = {}
    for lab in chosen:
        record = work / "out-text" / (Path(lab["file"]).name + ".review.json")
        baseline[lab["file"]] = redacted_values(record) if record.exists() else set()

    for kind, entries in inputs.items():
        out = work / f"out-{kind}"
        paths = [p for _, ps in entries for p in ps]
        elapsed, rss, summary = run_review(paths, out)
        pages = 0
        found = {"identifiers": [0, 0], "names": [0, 0], "text_identifiers": [0, 0], "text_names": [0, 0]}
        leaks = planted_readable = 0
        errors = [d["name"] for d in summary.get("documents", []) if d.get("error")]
        for lab, ps in entries:
            redacted: set[str] = set()
            for p in ps:
                record = out / f"{p.name}.review.json"
                if record.exists():
                    redacted |= redacted_values(record)
                    pages += json.loads(record.read_text(encoding="utf-8"))["document"].get("pages") or 0
            must = [i for i in lab["items"] if i["expect"] == "redact"]
            for item in must:
                group = "identifiers" if item["type"] in IDENTIFIERS else "names" if item["type"] in NAMES else None
                if group is None:
                    continue
                value = fold(item["value"])
                hit = any(value in r or r in value for r in redacted if len(r) >= 2)
                found[group][0] += int(hit)
                found[group][1] += 1
                text_hit = any(value in r or r in value for r in baseline[lab["file"]] if len(r) >= 2)
                found["text_" + group][0] += int(text_hit)
                found["text_" + group][1] += 1
            if kind in ("300dpi-pdf", "150dpi-noisy-pdf"):
                copies = [out / f"{p.stem}.redacted.pdf" for p in ps]
                published = "".join(copy_text(c, 150) for c in copies if c.exists())
                leaks += sum(1 for v in redacted if len(v) >= 4 and v in published)
                planted_readable += sum(
                    1
                    for item in must
                    if (item["type"] in IDENTIFIERS or item["type"] in NAMES)
                    and fold(item["value"]) in published
                )
        results["kinds"][kind] = {
            "files": len(paths),
            "pages": pages,
            "errors": errors,
            "seconds": round(elapsed, 1),
            "cpu_seconds": round(LAST["cpu"], 1),
            "cpu_seconds_per_page": round(LAST["cpu"] / pages, 2) if pages else None,
            "load_average": round(LAST["load"], 1),
            "pages_per_second": round(pages / elapsed, 3) if elapsed else None,
            "seconds_per_page": round(elapsed / pages, 2) if pages else None,
            "peak_rss_mb": round(rss / 1024, 1),
            "recall_identifiers": _ratio(found["identifiers"]),
            "recall_names": _ratio(found["names"]),
            "text_pdf_recall_identifiers": _ratio(found["text_identifiers"]),
            "text_pdf_recall_names": _ratio(found["text_names"]),
            "redacted_values_readable_in_copy": leaks if kind.endswith("pdf") else None,
            "planted_values_readable_in_copy": planted_readable if kind.endswith("pdf") else None,
        }
        print(f"reviewed {kind}", file=sys.stderr, flush=True)

    results["memory"] = {}
    sample = next((p for _, ps in inputs.get("300dpi-pdf", []) for p in ps), None)
    if sample is not None:
        pages = render_pages(sample, 300)
        for count in [int(c) for c in args.memory.split(",") if c]:
            # The sample's pages repeated, as JPEG (what scanners write; PNG pages of 300 dpi
            # would pass the input size limit at about eight pages).
            path = work / f"memory-{count}.pdf"
            path.write_bytes(image_pdf([pages[i % len(pages)] for i in range(count)], 300, jpeg=True))
            elapsed, rss, summary = run_review([path], work / f"out-memory-{count}")
            document = summary.get("documents", [{}])[0]
            results["memory"][str(count)] = {
                "seconds": round(elapsed, 1),
                "cpu_seconds": round(LAST["cpu"], 1),
                "load_average": round(LAST["load"], 1),
                "peak_rss_mb": round(rss / 1024, 1),
                "error": document.get("error"),
            }
            print(f"memory run {count} pages", file=sys.stderr, flush=True)

    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return
    print(f"{len(chosen)} documents of {args.corpus}, scans in {work}")
    for key, value in results["engines"].items():
        print(f"  OCR {key:28} char accuracy {value['char_accuracy']:.4f}  {value['seconds_per_page']:.2f} s/page  ({value['pages']} pages)")
    for kind, value in results["kinds"].items():
        print(
            f"  {kind:18} pages {value['pages']:3}  ids {value['recall_identifiers']}  names "
            f"{value['recall_names']}  (text PDF: {value['text_pdf_recall_identifiers']} / "
            f"{value['text_pdf_recall_names']})  leaks {value['redacted_values_readable_in_copy']} (planted readable {value['planted_values_readable_in_copy']})  "
            f"{value['seconds_per_page']} s/page ({value['cpu_seconds_per_page']} CPU-s, load "
            f"{value['load_average']})  {value['peak_rss_mb']} MB  errors {len(value['errors'])}"
        )
    for count, value in results["memory"].items():
        print(
            f"  {count:>3}-page scanned PDF: {value['seconds']} s ({value['cpu_seconds']} CPU-s, "
            f"load {value['load_average']}), peak {value['peak_rss_mb']} MB, error {value['error']}"
        )


def _ratio(pair: list[int]) -> float | None:
    return round(pair[0] / pair[1], 4) if pair[1] else None


if __name__ == "__main__":
    main()
